"""Both catalogs translate every message, keep the German official terms, and nothing
visible bypasses them."""

import ast
import re
import tomllib
import typing
from datetime import date
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from engine.arbeit.rules import System
from engine.arbeit.scenario import Arbeit, Arbeitsweg
from engine.arbeit.werkstatt import TRAEGER
from engine.eingliederungshilfe.rules import GRUPPEN
from engine.eingliederungshilfe.scenario import (
    Behinderungsart,
    EghLeistung,
    Eingliederungshilfe,
    Ursache,
)
from engine.erbe.scenario import Erblasserstaat, Programm
from engine.evaluate import PflegeResult
from engine.explain import Count, Money
from engine.household import (
    Aufenthalt,
    Aufenthaltsdokument,
    Bundesland,
    Einkunftsart,
    Krankenversicherung,
    Merkzeichen,
    Staatsangehoerigkeit,
    Wohnform,
)
from engine.kinder.beispiele import BEISPIELE as KINDER_BEISPIELE
from engine.kinder.ergebnis import KinderErgebnis
from engine.kinder.scenario import Kinder
from engine.kinder.zeitleiste import zeitleiste
from engine.link import FIELDS, Ignored
from engine.nachteilsausgleiche.rules import Abzug, KfzVergleich
from engine.nachteilsausgleiche.scenario import Steuern, Veranlagung
from engine.parameters import PARAMETERS, areas, parameter_files
from engine.pflege.begutachtung import Altersstufe
from engine.pflege.leistungen import leistungen
from engine.pflege.nba import EINZELPUNKTE, KRITERIEN, MODULE, ZEITRAEUME
from engine.pflege.scenario import HilfeZurPflege, Pflege, Pflegeperson
from engine.uebersicht.beispiele import BIBLIOTHEK
from engine.uebersicht.beispiele import GRUPPEN as BIBLIOTHEK_GRUPPEN
from engine.uebersicht.scenario import Umschalter
from engine.widerspruch.fristen import Rechtsbehelf, Zugang
from engine.widerspruch.scenario import Leistungsart, Thema
from i18n import LANGUAGES, LOCALE_DIR, Translator
from ui.aufenthalt import ZWECKE_EU, ZWECKE_TITEL
from ui.fragebogen import FRAGEN
from ui.layout import SCREENS
from ui.state import APP_KEYS

ROOT = Path(__file__).parents[2]
APP_SOURCES = [
    ROOT / "app.py",
    *sorted((ROOT / "screens").glob("*.py")),
    *sorted((ROOT / "ui").glob("*.py")),
]
ALL_SOURCES = APP_SOURCES + sorted((ROOT / "engine").rglob("*.py"))
MESSAGE_CALLS = {"tr", "plural", "N_", "Notice"}

# Terms families take to German offices: where the German text has one, Arabic keeps it.
OFFICIAL_TERMS = [
    "Pflegegrad",
    "Pflegegeld",
    "Pflegesachleistung",
    "Pflegeversicherung",
    "Pflegekasse",
    "Entlastungsbetrag",
    "Verhinderungspflege",
    "Kurzzeitpflege",
    "Gemeinsamer Jahresbetrag",
    "Tages- und Nachtpflege",
    "Wohngruppenzuschlag",
    "Wohnumfeldverbesserung",
    "Umwandlungsanspruch",
    "Anschubfinanzierung",
    "besondere Wohnform",
    "Eingliederungshilfe",
    "Einkommensgrenze",
    "Kostenbeitrag",
    "Bezugsgröße",
    "Vermögensfreibetrag",
    "Rechtsstand",
    "Rechtsgrundlage",
    "Bescheid",
    "volljährig",
    "minderjährig",
    "Niederlassungserlaubnis",
    "Aufenthaltserlaubnis",
    "Aufenthaltsgestattung",
    "Duldung",
    "Fiktionsbescheinigung",
    "AufenthG",
    "AsylbLG",
]


def catalog(language: str):
    with (LOCALE_DIR / language / "LC_MESSAGES" / "messages.po").open("rb") as file:
        return read_po(file, locale=language)


def entries(language: str) -> dict[str, tuple[str, ...]]:
    return {
        m.id if isinstance(m.id, str) else m.id[0]: (
            (m.string,) if isinstance(m.string, str) else tuple(m.string)
        )
        for m in catalog(language)
        if m.id
    }


def _call_name(node: ast.Call) -> str | None:
    if isinstance(node.func, ast.Name):
        return node.func.id
    if isinstance(node.func, ast.Attribute):
        return node.func.attr
    return None


def static_keys() -> set[str]:
    """First string arguments of tr(...), tr.plural(...), N_(...) and Notice(...)."""
    keys = set()
    for path in ALL_SOURCES:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and _call_name(node) in MESSAGE_CALLS
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            ):
                keys.add(node.args[0].value)
    return keys


def _literals(annotation) -> tuple[str, ...]:
    return tuple(a for a in typing.get_args(annotation) if isinstance(a, str)) or tuple(
        x for arg in typing.get_args(annotation) for x in _literals(arg)
    )


def dynamic_keys() -> set[str]:
    """Keys built at run time from engine data (f"param.{key}" and the like)."""
    return (
        {f"param.{key}" for key in PARAMETERS}
        | {f"area.{area}" for area in areas()}
        | {f"nav.{name}" for name in SCREENS}
        | {f"fragebogen.kurz.{frage.name}" for frage in FRAGEN}
        | {f"link.field.{f.key}" for f in FIELDS}
        | {f"link.field.{key}" for key in APP_KEYS}
        | {f"link.reason.{r}" for r in _literals(typing.get_type_hints(Ignored)["reason"])}
        | {f"money.per.{per}" for per in _literals(Money.model_fields["per"].annotation)}
        | {
            f"count.{unit}"
            for unit in _literals(Count.model_fields["unit"].annotation)
            if unit != "calendar_year"  # a year is written as a number, without a word
        }
        | {"points"}
        | care_keys()
        | aufenthalt_keys()
        | {f"erbe.programm.{p}" for p in Programm}
        | {f"erbe.staat.{s}" for s in Erblasserstaat}
        | arbeit_keys()
        | steuern_keys()
        | kinder_keys()
        | uebersicht_keys()
        | widerspruch_keys()
    )


def widerspruch_keys() -> set[str]:
    """The deadline screen's families: how the Bescheid came, the remedy, the subject, the
    benefit a Zuzahlung is for and its cost field (none for the hospital: days only)."""
    return (
        {f"zugang.{z}" for z in Zugang}
        | {f"rechtsbehelf.{r}" for r in Rechtsbehelf}
        | {f"wsp.frist.ende.{r}" for r in Rechtsbehelf}
        | {f"wsp.ics.titel.{r}" for r in Rechtsbehelf}
        | {f"thema.{t}" for t in Thema}
        | {f"leistungsart.{a}" for a in Leistungsart}
        | {f"field.wsp.kosten.{a}" for a in Leistungsart if a is not Leistungsart.krankenhaus}
    )


def uebersicht_keys() -> set[str]:
    """Overview, comparison and library: the what-if switches, life situations, stories."""
    return (
        {f"vergleich.umschalter.{u.value}" for u in Umschalter}
        | {f"bibliothek.gruppe.{g}" for g in BIBLIOTHEK_GRUPPEN}
        | {f"bibliothek.story.{e.key}" for e in BIBLIOTHEK}
    )


def arbeit_keys() -> set[str]:
    """The work screen's families: paths, Träger, systems, its fields, the chart's parts."""
    return (
        {f"arbeit.weg.{w}" for w in Arbeitsweg}
        | {f"arbeit.weg.text.{w}" for w in Arbeitsweg}
        | {f"arbeit.traeger.{t}" for t, _, _ in TRAEGER.values()}
        | {f"arbeit.system.{s}" for s in System}
        | {f"field.arbeit.{name}" for name in Arbeit.model_fields} - {"field.arbeit.weg"}
        | {"field.arbeit.merkzeichen"}
        | {f"arbeit.lohn.{n}" for n in ("ausbildungsgeld", "entgelt", "arbeitsfoerderungsgeld")}
        | {
            f"chart.arbeit.teil.{c}"
            for c in ("regelbedarf", "mehrbedarf", "kdu", "angerechnet", "grundsicherung", "frei")
        }
    )


def steuern_keys() -> set[str]:
    """The tax and Ausweis screen's families (issue 15): tariff zones, allowances, car tax,
    who claims, its fields."""
    return (
        {f"est.zone.{zone}" for zone in range(1, 6)}
        | {f"steuern.abzug.{art}" for art in _literals(Abzug.model_fields["art"].annotation)}
        | {f"kfz.{art}" for art in _literals(KfzVergleich.model_fields["art"].annotation)}
        | {f"veranlagung.{v}" for v in Veranlagung}
        | {f"field.steuern.{name}" for name in Steuern.model_fields}
    )


def aufenthalt_keys() -> set[str]:
    """The residence questions (ui/aufenthalt.py): one label per field, one per option."""
    return (
        {f"field.aufenthalt.{name}" for name in Aufenthalt.model_fields}
        | {"field.aufenthalt.zweck_eu"}
        | {f"staatsangehoerigkeit.{s}" for s in Staatsangehoerigkeit}
        | {f"aufenthaltsdokument.{d}" for d in Aufenthaltsdokument}
        | {f"aufenthaltszweck.{z}" for z in ZWECKE_TITEL}
        | {f"aufenthaltszweck_eu.{z}" for z in ZWECKE_EU}
        | {f"krankenversicherung.{k}" for k in Krankenversicherung}
    )


def _benefits() -> list:  # type: ignore[type-arg]
    """Every benefit the care engine can return (all settings, grades, both rule periods)."""
    pflege = Pflege(pflegeperson=Pflegeperson(beschaeftigte_arbeitgeber=10))
    return [
        item
        for on in (date(2024, 1, 1), date(2025, 7, 1))
        for wohnform in Wohnform
        for grad in (None, 1, 2, 4)
        for group in leistungen(grad, 20, True, pflege, wohnform, (), on).model_dump().values()
        if isinstance(group, list | tuple)
        for item in group
    ]


def care_keys() -> set[str]:
    """The care screen's families: criteria, scales, modules, benefits, where to apply."""
    benefits = _benefits()
    quellen = _literals(PflegeResult.model_fields["pflegegrad_quelle"].annotation)
    return (
        {f"nba.frage.{k.nummer}" for k in KRITERIEN}
        | {f"nba.skala.{s}.{i}" for s, points in EINZELPUNKTE.items() for i in range(len(points))}
        | {f"nba.je.{p}" for p in ZEITRAEUME}
        | {f"modul.{m}" for m in MODULE}
        | {f"modul.kurz.{m}" for m in MODULE}
        | {f"modul.hilfe.{m}" for m in MODULE}
        | {f"term.pflegegrad.{g}" for g in range(6)}
        | {f"term.stufe.{s}" for s in range(5)}
        | {f"term.altersstufe.{a}" for a in Altersstufe}
        | {f"pflege.altersstufe.{a}" for a in Altersstufe}
        | {f"pflege.leistungen.lead.{q}" for q in quellen}
        | {f"leistung.{b['key']}" for b in benefits}
        | {b["stelle"] for b in benefits}
        | {f"field.hzp.{name}" for name in HilfeZurPflege.model_fields}
        | {f"field.pflegeperson.{name}" for name in Pflegeperson.model_fields}
        | {f"merkzeichen.{m}" for m in Merkzeichen}
        | {f"bundesland.{b}" for b in Bundesland}
        | {f"wohnform.{w}" for w in Wohnform}
        | egh_keys()
    )


def egh_keys() -> set[str]:
    """The integration-aid screen's families: kinds, causes, groups, benefits, its fields."""
    return (
        {f"behinderungsart.{b}" for b in Behinderungsart}
        | {f"ursache.{u}" for u in Ursache}
        | {f"einkunftsart.{a}" for a in Einkunftsart}
        | {f"egh.gruppe.{g}" for g in GRUPPEN}
        | {f"egh.leistung.{leistung}" for leistung in EghLeistung}
        | {
            f"field.egh.{n}"
            for n, f in Eingliederungshilfe.model_fields.items()
            if f.annotation is bool
        }
    )


def kinder_keys() -> set[str]:
    """The children's screen's families: timeline points, fields, cards, chart parts."""
    punkte = {p.key for p in zeitleiste(date(2010, 5, 20), date(2016, 8, 1), date(2026, 6, 1))}
    eigene = {
        "alter",
        "minderjaehrig",
        "zustaendigkeit",
        "kindergeld",
        "verfahrenslotse",
        "kurzzeitpflege",
        # residence and insurance statuses, shown as boxes above their cards
        "eingliederungshilfe_aufenthalt",
        "kinderkrankengeld_versicherung",
        "haushaltshilfe_versicherung",
    }
    karten = set(KinderErgebnis.model_fields) - eigene - {"zeitleiste"}
    return (
        {f"zeitleiste.{k}{suffix}" for k in punkte for suffix in ("", ".kurz", ".tun")}
        | {f"field.kinder.{name}" for name in Kinder.model_fields}
        | {
            f"kinder.{name}"
            for name in karten - {"verfahrenslotse", "kurzzeitpflege", "zeitleiste"}
        }
        | {f"chart.kinder.{teil}" for teil in ("grundbedarf", "mehrbedarf", "pflegegeld")}
        | {f"chart.kinder.{teil}" for teil in ("einkommen", "grundsicherung")}
        | {f"kinder.beispiel.{name}" for name in KINDER_BEISPIELE}
    )


def test_key_scanner_sees_every_kind_of_use() -> None:
    """tr(...) in pages, tr.plural(...), N_(...) in the engine, Notice(...) in ui/state.py."""
    keys = static_keys()
    assert {"home.title", "betraege.unverified", "step.person.volljaehrig"} <= keys
    assert {"notice.ignored", "notice.today_not_covered"} <= keys
    assert {"link.reason.version", "count.years", "param.pflegegeld_pg2"} <= dynamic_keys()


@pytest.mark.parametrize("language", sorted(LANGUAGES))
def test_every_message_is_translated(language: str) -> None:
    translated = entries(language)
    needed = static_keys() | dynamic_keys()
    missing = sorted(needed - set(translated))
    empty = sorted(k for k, forms in translated.items() if not all(f.strip() for f in forms))
    assert not missing, f"{language}: no translation for {missing}"
    assert not empty, f"{language}: empty translation for {empty}"


@pytest.mark.parametrize("language", sorted(LANGUAGES))
def test_no_unused_messages(language: str) -> None:
    unused = sorted(set(entries(language)) - static_keys() - dynamic_keys())
    assert not unused, f"{language}: messages no code uses: {unused}"


def test_no_fuzzy_entries_and_complete_plurals() -> None:
    for language, forms in (("de", 2), ("ar", 6)):
        cat = catalog(language)
        assert cat.num_plurals == forms
        assert not cat.fuzzy
        for message in cat:
            assert not message.fuzzy, message.id
            if message.pluralizable:
                assert len(message.string) == forms, message.id


def test_placeholders_match_between_languages() -> None:
    german, arabic = entries("de"), entries("ar")
    for key, forms in german.items():
        wanted = set(re.findall(r"{(\w+)}", " ".join(forms)))
        for form in arabic[key]:
            found = set(re.findall(r"{(\w+)}", form))
            # Arabic may spell out 1 and 2 ("سنة واحدة", "سنتان") instead of the number.
            assert found == wanted or found == wanted - {"n"}, (key, form)


def test_arabic_keeps_the_german_official_term() -> None:
    german, arabic = entries("de"), entries("ar")
    for key, forms in german.items():
        for term in OFFICIAL_TERMS:
            if term.lower() in " ".join(forms).lower():
                assert all(term.lower() in form.lower() for form in arabic[key]), (key, term)


def test_german_parameter_labels_are_the_data_labels() -> None:
    """label_de in engine/params is the German catalog text; they must not drift apart."""
    german = entries("de")
    for path in parameter_files():
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        data.pop("meta")
        for key, table in data.items():
            assert german[f"param.{key}"] == (table["label_de"],), key


# Streamlit calls whose arguments are never shown as text.
_NOT_VISIBLE = {"html", "navigation", "set_page_config", "switch_page", "fragment", "cache_data"}
_NOT_VISIBLE_KWARGS = {
    "key",
    "format",
    "type",
    "language",
    "position",
    "url_path",
    "label_visibility",
    "selection_mode",
    "layout",
    "initial_sidebar_state",
    "width",
    "height",
    "file_name",
    "mime",
    "on_click",
    "on_change",
}
# Positional arguments that are file paths, not text: st.Page("pages/x.py").
_PATH_ARGUMENT = {"Page", "page_link"}


def visible_literals(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and isinstance(node.func.value, ast.Name)
            and node.func.value.id == "st"
            and node.func.attr not in _NOT_VISIBLE
        ):
            continue
        arguments = list(node.args[1:] if node.func.attr in _PATH_ARGUMENT else node.args)
        arguments += [k.value for k in node.keywords if k.arg not in _NOT_VISIBLE_KWARGS]
        for argument in arguments:
            if isinstance(argument, ast.JoinedStr) or (
                isinstance(argument, ast.Constant) and isinstance(argument.value, str)
            ):
                found.append(f"{path.name}:{node.lineno} st.{node.func.attr}")
    return found


def test_no_visible_string_bypasses_the_catalog() -> None:
    offenders = [hit for path in APP_SOURCES for hit in visible_literals(path)]
    assert not offenders


def test_visible_literal_detector_catches_a_bypass(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text('st.title("Hallo")\nst.button(label=f"x{1}")\nst.Page("p.py", title=t())\n')
    assert visible_literals(bad) == ["bad.py:1 st.title", "bad.py:2 st.button"]


@pytest.mark.parametrize(
    ("language", "money", "share", "years"),
    [("de", "1.693,00\xa0€ im Monat", "85\xa0%", "18 Jahre"), ("ar", "شهريًا", "85", "سنة")],
)
def test_formatting_follows_the_locale(language, money, share, years) -> None:
    from decimal import Decimal

    from engine.explain import Count, Money, Share

    tr = Translator(language)
    assert money in tr.quantity(Money(amount=Decimal("1693"), per="month"))
    assert share in tr.quantity(Share(value=Decimal("0.85")))
    assert years in tr.quantity(Count(value=18, unit="years"))


def test_arabic_money_uses_arabic_locale_pattern() -> None:
    from decimal import Decimal

    assert Translator("ar").money(Decimal("1693")) == "\u200f1,693.00\xa0€"


def test_arabic_counts_use_all_plural_forms() -> None:
    tr = Translator("ar")
    assert [tr.plural("count.years", n) for n in (1, 2, 3, 11, 100)] == [
        "سنة واحدة",
        "سنتان",
        "3 سنوات",
        "11 سنة",
        "100 سنة",
    ]


def test_arabic_isolates_german_terms_and_legal_references() -> None:
    tr = Translator("ar")
    assert "\u2068(Rechtsstand)\u2069" in tr("link.field.d")
    assert tr.legal("§ 37 Abs. 1 SGB XI") == "\u2068§\u00a037 Abs.\u00a01 SGB\u00a0XI\u2069"
    german = Translator("de")
    assert german("link.field.d") == "Rechtsstand"
    assert "\u2068" not in german.legal("§ 37 SGB XI")


def test_translators_are_independent_per_language() -> None:
    """No process-global state: two sessions in two languages at once."""
    german, arabic = Translator("de"), Translator("ar")
    assert german("nav.home") == "Start"
    assert arabic("nav.home") == "البداية"
    assert german("nav.home") == "Start"


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_year_is_written_without_grouping(language: str) -> None:
    """The summary PDF printed "2.023": a year in a step (the Kostenbeitrag's income year,
    § 135 SGB IX) is written 2023 in both languages, a plain count keeps its grouping."""
    from engine.eingliederungshilfe.beispiele import BEISPIELE
    from engine.evaluate import evaluate_eingliederungshilfe
    from engine.explain import Count

    tr = Translator(language)
    assert tr.quantity(Count(value=2023, unit="calendar_year")).strip("\u2068\u2069") == "2023"
    assert "2023" not in tr.quantity(Count(value=2023))
    schmidt = BEISPIELE["schmidt"]
    beitrag = evaluate_eingliederungshilfe(schmidt.scenario, schmidt.rechtsstand).kostenbeitrag
    text = " ".join(tr.step(step) for step in beitrag.steps)  # type: ignore[union-attr]
    assert "2021" in text and "2023" in text
    assert "2.021" not in text and "2,021" not in text and "2.023" not in text
