"""Issue 11 on the children's, work and tax screens: the residence or insurance status
comes first, plainly, with the paragraph and what to do instead; a card or headline
below it never reads as a payment the status excludes. German and Arabic."""

import pytest
from app_session import visible_text
from streamlit.testing.v1 import AppTest
from test_aufenthalt_screens import FAMILIE as FAMILIE_2026
from test_aufenthalt_screens import open_page

# Issue 11's family: Aufenthaltsgestattung, 20 months, AsylbLG, child aged 6 with PG 3
# (born 1.9.2018: six on 1.3.2025, not yet at school — seven is the latest school start).
FAMILIE = {**FAMILIE_2026, "d": "2025-03-01", "gd": "2018-09-01"}
# An adult with a Duldung on AsylbLG in the Werkstatt's Arbeitsbereich.
DULDUNG = {
    "d": "2026-03-01",
    "gd": "1990-01-01",
    "jw": "werkstatt_arbeitsbereich",
    "rs": "andere",
    "rt": "duldung",
    "rm": "20",
    "ra": "1",
    "rk": "asylblg",
    "v": "1",
}
FSI, PDI = "\u2068", "\u2069"
KASSE_AUSGESCHLOSSEN = [
    "**Kinderkrankengeld der Krankenkasse: Ausgeschlossen – es gibt andere Wege**",
    "**Haushaltshilfe der Krankenkasse: Ausgeschlossen – es gibt andere Wege**",
]


def titles(at: AppTest) -> list[str]:
    return [w.value.split("\n")[0].replace("\xa0", " ") for w in at.warning]


def cards(at: AppTest) -> list[str]:
    return [m.value.replace("\xa0", " ") for m in at.markdown if m.value.startswith("**")]


def test_family_sees_first_that_integration_aid_is_excluded_and_what_instead() -> None:
    """§ 100 Abs. 2 SGB IX; § 6 Abs. 1 AsylbLG for children; 36 − 20 = 16 months to the
    Analogleistungen (§ 2 Abs. 1 AsylbLG since 27.2.2024). Frühförderung and Kita help are
    not 'kostenfrei: ja' for this child; Kindergeld (§ 62 Abs. 2 EStG), Kinderkrankengeld
    (§ 45 SGB V) and Haushaltshilfe (§ 38 SGB V; § 4 AsylbLG) are excluded, none paid."""
    at = open_page("screens/kinder.py", {"lang": "de", **FAMILIE})
    assert titles(at) == [
        "**Eingliederungshilfe: Ausgeschlossen – es gibt andere Wege**",
        "**Kindergeld: Ausgeschlossen – es gibt andere Wege**",
        "**Kindergeld: für Sie ausgeschlossen – siehe den Hinweis oben.** Ohne den Ausschluss"
        " wären es 255,00 € im Monat; diesen Betrag bekommen Sie nicht.",
        *KASSE_AUSGESCHLOSSEN,
    ]
    egh = at.warning[0].value.replace("\xa0", " ")
    assert "(§ 6 Abs. 1 AsylbLG)" in egh
    assert "wenn Sie 36 Monate in Deutschland sind – bei Ihnen fehlen noch 16 Monate" in egh
    assert "Rechtsgrundlage: § 100 Abs. 2 SGB IX" in egh
    shown = cards(at)
    for name in ("Frühförderung, kostenfrei", "Assistenz in der Kita, kostenfrei"):
        assert f"**{name}**: entfällt für Sie – siehe den Hinweis darüber" in shown
    assert "**Schulbegleitung, kostenfrei**: nein" in shown  # not yet at school anyway
    kkg = (
        "**Kinderkrankengeld je Elternteil im Jahr**: entfällt für Sie – siehe den Hinweis darüber"
    )
    assert kkg in shown
    assert not at.success


def test_family_sees_it_in_arabic() -> None:
    at = open_page("screens/kinder.py", {"lang": "ar", **FAMILIE})
    egh, kkg, hh = at.warning[0].value, at.warning[3].value, at.warning[4].value
    assert egh.startswith(
        f"**المساعدة على الاندماج {FSI}(Eingliederungshilfe){PDI}: مستبعد {FSI}(ausgeschlossen)"
    )
    assert f"{FSI}36 شهرًا{PDI}" in egh and f"{FSI}16 شهرًا{PDI}" in egh
    assert f"{FSI}(Kinderkrankengeld der Krankenkasse){PDI}: مستبعد" in kkg
    assert f"{FSI}(§ 45 Abs. 5 SGB V){PDI}" in kkg
    assert f"{FSI}(§ 6 Abs. 1 AsylbLG){PDI}" in hh and f"{FSI}(Jugendamt){PDI}" in hh
    assert any("لا ينطبق عليكم" in c and "Frühförderung" in c for c in cards(at))


@pytest.mark.parametrize(
    ("months", "excluded"),
    [("35", True), ("36", False)],
)
def test_family_after_the_waiting_time(months: str, excluded: bool) -> None:
    """§ 2 Abs. 1 AsylbLG on 1.3.2025: 35 < 36 still excluded (1 month left); 36 ≥ 36
    Analogleistungen — Teil 2 SGB IX applies, Frühförderung is free (§ 138 Abs. 1 Nr. 1)."""
    at = open_page("screens/kinder.py", {"lang": "de", **FAMILIE, "rm": months})
    egh_warning = [t for t in titles(at) if t.startswith("**Eingliederungshilfe")]
    egh_info = [i.value for i in at.info if i.value.startswith("**Eingliederungshilfe")]
    ja = "**Frühförderung, kostenfrei**: ja" in cards(at)
    if excluded:
        assert egh_warning and not egh_info and not ja
        assert "bei Ihnen fehlen noch 1 Monat" in at.warning[0].value.replace("\xa0", " ")
    else:
        assert not egh_warning and ja
        assert egh_info[0].startswith(
            "**Eingliederungshilfe: Anspruch über § 2 AsylbLG (Analogleistungen)**"
        )


def test_privately_insured_german_family_gets_no_kinderkrankengeld_from_the_krankenkasse() -> None:
    """§ 45 Abs. 1 SGB V binds the gesetzliche Krankenkasse only; the private tariff decides;
    instead § 45 Abs. 5 SGB V (unpaid leave) and § 616 BGB. No residence limit for Germans."""
    params = {"lang": "de", "d": "2025-03-01", "gd": "2018-09-01", "rs": "deutsch"}
    at = open_page("screens/kinder.py", {**params, "rk": "privat", "v": "1"})
    assert titles(at) == KASSE_AUSGESCHLOSSEN
    kkg = at.warning[0].value.replace("\xa0", " ")
    assert "steht nur in Ihrem Tarif" in kkg
    assert "unbezahlt von der Arbeit freistellen lassen (§ 45 Abs. 5 SGB V)" in kkg
    assert "(§ 616 BGB)" in kkg
    assert "(§ 20 SGB VIII)" in at.warning[1].value.replace("\xa0", " ")
    assert "**Frühförderung, kostenfrei**: ja" in cards(at)
    assert "uneingeschränkten Aufenthaltsstatus" not in visible_text(at)


def test_paragraph_264_card_holder_gets_haushaltshilfe_but_no_kinderkrankengeld() -> None:
    """§ 264 Abs. 2, 4 SGB V: the Krankenkasse takes over the Krankenbehandlung — which
    includes the Haushaltshilfe (§ 27 Abs. 1 Satz 2 Nr. 4 SGB V): 26 weeks with a child under
    12 (§ 38 Abs. 1 Satz 4) — but pays no Krankengeld (§ 45 SGB V)."""
    query = {"lang": "de", **FAMILIE, "rm": "40", "rk": "sozialamt"}
    at = open_page("screens/kinder.py", query)
    assert KASSE_AUSGESCHLOSSEN[0] in titles(at)
    assert not [t for t in titles(at) if t.startswith("**Haushaltshilfe")]
    texts = [m.value.replace("\xa0", " ") for m in at.markdown]
    [kopf] = [i for i, t in enumerate(texts) if t.startswith("**Haushaltshilfe bei")]
    assert texts[kopf] == "**Haushaltshilfe bei schwerer Krankheit, längstens**: 26 Wochen"
    assert texts[kopf + 1].startswith("- Mit der Gesundheitskarte über das Sozialamt (§ 264 SGB V)")


@pytest.mark.parametrize("lang", ["de", "ar"])
def test_adult_with_duldung_sees_the_werkstatt_and_grundsicherung_excluded(lang: str) -> None:
    """§ 100 Abs. 2 SGB IX (Arbeitsbereich, § 58, § 63 Abs. 2 SGB IX) and § 23 Abs. 2
    SGB XII: both boxes first; the Grundsicherung amount is not shown as a payment."""
    at = open_page("screens/arbeit.py", {"lang": lang, **DULDUNG})
    assert not at.success
    first, gs_box, gs_line = (w.value for w in at.warning[:3])
    if lang == "de":
        assert first.startswith("**Eingliederungshilfe: Ausgeschlossen – es gibt andere Wege**")
        assert "(§ 6 Abs. 1 AsylbLG)" in first.replace("\xa0", " ")
        assert gs_box.startswith("**Grundsicherung: Ausgeschlossen – es gibt andere Wege**")
        assert gs_line.startswith("**Grundsicherung: für Sie ausgeschlossen")
    else:
        assert first.startswith(f"**المساعدة على الاندماج {FSI}(Eingliederungshilfe){PDI}: مستبعد")
        assert f"{FSI}16 شهرًا{PDI}" in first
        assert gs_box.startswith(f"**الضمان الأساسي {FSI}(Grundsicherung){PDI}: مستبعد")
        assert gs_line.startswith(f"**الضمان الأساسي {FSI}(Grundsicherung){PDI}: مستبعد بالنسبة")


def test_berufsbildungsbereich_is_not_excluded_but_needs_the_auslaenderbehoerde() -> None:
    """§ 57, § 63 Abs. 1 Nr. 1 SGB IX: the Agentur für Arbeit pays; § 100 Abs. 2 SGB IX does
    not reach it; with a Duldung the Ausländerbehörde's permission (§ 4a Abs. 4 AufenthG)."""
    at = open_page("screens/arbeit.py", {"lang": "de", **DULDUNG, "jw": "werkstatt_berufsbildung"})
    first = at.warning[0].value.replace("\xa0", " ")
    assert first.startswith(
        "**Leistungen zur Teilhabe am Arbeitsleben: Hängt vom Einzelfall ab – das Amt prüft**"
    )
    assert "Ausländerbehörde" in first and "§ 4a Abs. 4 AufenthG" in first


@pytest.mark.parametrize("lang", ["de", "ar"])
def test_tax_screen_boxes_for_the_family(lang: str) -> None:
    """§ 2 Abs. 2 SGB IX (Ausweis: the office checks the prognosis) and § 23 Abs. 2 SGB XII
    (Blindenhilfe excluded under the AsylbLG), Merkzeichen Bl."""
    at = open_page("screens/steuern.py", {"lang": lang, **FAMILIE, "d": "2026-11-24", "mz": "Bl"})
    if lang == "de":
        assert titles(at)[:2] == [
            "**Schwerbehindertenausweis: Hängt vom Einzelfall ab – das Amt prüft**",
            "**Blindenhilfe: Ausgeschlossen – es gibt andere Wege**",
        ]
        assert "(§ 6 AsylbLG)" in at.warning[1].value.replace("\xa0", " ")
    else:
        ausweis, blind = at.warning[0].value, at.warning[1].value
        assert ausweis.startswith(f"**بطاقة ذوي الإعاقة الشديدة {FSI}(Schwerbehindertenausweis)")
        assert f"{FSI}(Versorgungsamt){PDI}" in ausweis
        assert blind.startswith(f"**مساعدة المكفوفين {FSI}(Blindenhilfe){PDI}: مستبعد")
        assert f"{FSI}(§ 6 AsylbLG){PDI}" in blind


@pytest.mark.parametrize(
    ("page", "params"),
    [
        ("screens/kinder.py", {"gd": "2018-09-01"}),
        ("screens/arbeit.py", {"gd": "1990-01-01", "jw": "werkstatt_arbeitsbereich"}),
        ("screens/steuern.py", {"gd": "1990-01-01"}),
    ],
)
def test_without_residence_facts_one_line_says_what_is_assumed(
    page: str, params: dict[str, str]
) -> None:
    at = open_page(page, {"lang": "de", "d": "2025-03-01", "v": "1", **params})
    assert visible_text(at).count("setzt einen uneingeschränkten Aufenthaltsstatus voraus") == 1
    assert not [w for w in at.warning if "Ausgeschlossen" in w.value]
