"""The overview's Widerspruch and Bürgergeld lines: dates and amounts written out."""

from datetime import date
from decimal import Decimal

import pytest

from engine.arbeit.scenario import Arbeit, Arbeitsweg
from engine.explain import Money
from engine.household import Aufenthalt, Aufenthaltszweck, Bundesland, Person, Staatsangehoerigkeit
from engine.scenario import Scenario
from engine.uebersicht.beispiele import KEMAL
from engine.uebersicht.zeilen import RANG_ANTRAG, RANG_RECHTSBEHELF, Zeile, uebersicht
from engine.widerspruch.beispiele import BEISPIELE as WIDERSPRUCH
from engine.widerspruch.fristen import Rechtsbehelf
from engine.widerspruch.scenario import Leistungsart, Widerspruch, Zuzahlung

# A Pflegegrad-3 child at home in Hessen (Pflegegeld, Entlastungsbetrag … as lines).
KIND = Person(geburtsdatum=date(2016, 5, 1), pflegegrad=3, wohnform=None, bundesland=Bundesland.HE)


def lines(scenario: Scenario, on: date) -> dict[str, Zeile]:
    return {z.key: z for z in uebersicht(scenario, on).zeilen}


def with_bescheid(posted: date, **rest: object) -> Scenario:
    return Scenario(person=KIND, widerspruch=Widerspruch(bescheid_datum=posted, **rest))


@pytest.mark.parametrize(
    ("posted", "ende"),
    [
        # Posted Fri 31.1.2025: since 1.1.2025 the 4th day (§ 37 Abs. 2 SGB X) → Tue 4.2.;
        # one month (§ 84 Abs. 1, § 64 Abs. 2 SGG) → Tue 4.3.2025, a working day.
        (date(2025, 1, 31), date(2025, 3, 4)),
        # Posted Tue 31.12.2024: the 3rd day of the law then in force → Fri 3.1.2025;
        # one month → Mon 3.2.2025.
        (date(2024, 12, 31), date(2025, 2, 3)),
        # Posted Wed 1.1.2025: 4th day → Sun 5.1.2025 (the Bekanntgabe is not moved, BSG
        # B 14 AS 12/09 R); one month → Wed 5.2.2025.
        (date(2025, 1, 1), date(2025, 2, 5)),
        # Posted Fri 28.11.2025 → Tue 2.12.2025; one month → Fri 2.1.2026.
        (date(2025, 11, 28), date(2026, 1, 2)),
        # Posted Fri 28.2.2025 → Tue 4.3.2025; one month → Fri 4.4.2025.
        (date(2025, 2, 28), date(2025, 4, 4)),
    ],
)
def test_deadline_line_is_the_engines_last_day_and_comes_first(posted: date, ende: date) -> None:
    """The line's day is the deadline screen's own; it opens /widerspruch and, while it
    runs, stands before every other line (here before the care benefits paid monthly)."""
    stand = uebersicht(with_bescheid(posted), posted)
    first = stand.zeilen[0]
    assert first.key == "widerspruch.frist"
    assert first.frist is not None and first.frist.datum == ende
    assert first.frist.message == "uebersicht.frist.rechtsbehelf"
    assert (first.rang, first.seite) == (RANG_RECHTSBEHELF, "screens/widerspruch.py")
    assert first.stelle == "stelle.bescheid_behoerde"
    assert first.legal_basis == "§ 84 Abs. 1 SGG"
    assert first.betrag is None and first.monatlich == 0
    # The explanation starts with the Bekanntgabe, then the month.
    assert [s.rule for s in first.erklaerung.steps][:2] == ["frist.bekanntgabe", "frist.dauer"]


def test_deadline_moved_past_fronleichnam_in_nrw() -> None:
    """Preset "pflegegrad": posted Thu 30.4.2026 → Mon 4.5.2026; one month → Thu 4.6.2026,
    Fronleichnam in Nordrhein-Westfalen (§ 64 Abs. 3 SGG) → Fri 5.6.2026."""
    b = WIDERSPRUCH["pflegegrad"]
    first = uebersicht(b.scenario, b.rechtsstand).zeilen[0]
    assert first.key == "widerspruch.frist"
    assert first.frist is not None and first.frist.datum == date(2026, 6, 5)
    assert "frist.werktag" in [s.rule for s in first.erklaerung.steps]


def test_widerspruch_deadline_before_an_earlier_birthday() -> None:
    """Born 15.2.2008: the 18th birthday (15.2.2026) lies within the year and before the
    deadline, yet the deadline comes first. Posted Fri 30.1.2026 → Tue 3.2.2026; one
    month → Tue 3.3.2026."""
    person = KIND.model_copy(update={"geburtsdatum": date(2008, 2, 15)})
    scenario = Scenario(person=person, widerspruch=Widerspruch(bescheid_datum=date(2026, 1, 30)))
    zeilen = uebersicht(scenario, date(2026, 2, 1)).zeilen
    assert zeilen[0].key == "widerspruch.frist"
    assert zeilen[0].frist.datum == date(2026, 3, 3)  # type: ignore[union-attr]
    birthday = [z for z in zeilen if z.frist and z.frist.datum == date(2026, 2, 15)]
    assert birthday and zeilen.index(birthday[0]) > 0


@pytest.mark.parametrize(("on", "vorbei"), [(date(2025, 3, 4), False), (date(2025, 3, 5), True)])
def test_a_passed_deadline_says_so_and_moves_down(on: date, vorbei: bool) -> None:
    """Posted 31.1.2025, last day Tue 4.3.2025: on that day still first; from 5.3.2025 the
    line says the deadline has passed (a Überprüfungsantrag, § 44 SGB X, remains) and
    stands among the lines to apply for, after the monthly care benefits."""
    zeilen = uebersicht(with_bescheid(date(2025, 1, 31)), on).zeilen
    frist = next(z for z in zeilen if z.key == "widerspruch.frist")
    assert frist.frist is not None and frist.frist.datum == date(2025, 3, 4)
    if vorbei:
        assert frist.frist.message == "uebersicht.frist.rechtsbehelf_vorbei"
        assert frist.rang == RANG_ANTRAG
        assert zeilen[0].key == "pflege.pflegegeld"
    else:
        assert frist.frist.message == "uebersicht.frist.rechtsbehelf"
        assert zeilen[0] is frist


def test_klage_without_belehrung_one_year_at_the_sozialgericht() -> None:
    """Widerspruchsbescheid posted Fri 31.1.2025 without a Rechtsbehelfsbelehrung → Tue
    4.2.2025; one year (§ 66 Abs. 2 SGG) → Wed 4.2.2026, at the Sozialgericht (§ 87 SGG)."""
    scenario = with_bescheid(
        date(2025, 1, 31), rechtsbehelf=Rechtsbehelf.klage, belehrung_fehlt=True
    )
    frist = lines(scenario, date(2025, 2, 10))["widerspruch.frist"]
    assert frist.name == "uebersicht.name.frist_klage"
    assert frist.stelle == "stelle.sozialgericht"
    assert frist.frist.datum == date(2026, 2, 4)  # type: ignore[union-attr]
    assert frist.legal_basis == "§ 66 Abs. 2 SGG"


def test_no_bescheid_date_no_krankenversicherung_answers_no_lines() -> None:
    """Without the Bescheid's date and the Krankenversicherung questions the area says
    nothing (a Belastungsgrenze of 0 € for an unanswered income would mislead)."""
    assert not [k for k in lines(Scenario(person=KIND), date(2026, 6, 1)) if "widerspruch" in k]


def test_zahnersatz_on_grundsicherung_135_12_and_the_haertefall() -> None:
    """Preset "zahnersatz" (2026): on Grundsicherung the Belastungsgrenze is 2 % of 12 × RBS 1
    563 € = 135.12 € a year (§ 62 Abs. 2 Satz 5, 6 SGB V), a cost outside the month's
    total; the Zahnersatz Härtefall always applies (§ 55 Abs. 2 Satz 2 Nr. 2 SGB V). Posted
    Tue 2.12.2025 electronically → Sat 6.12.2025; no Belehrung: one year → Sun 6.12.2026 →
    Mon 7.12.2026."""
    b = WIDERSPRUCH["zahnersatz"]
    stand = uebersicht(b.scenario, b.rechtsstand)
    by_key = {z.key: z for z in stand.zeilen}
    grenze = by_key["widerspruch.belastungsgrenze"]
    assert (grenze.art, grenze.betrag) == ("kosten", Money(amount=Decimal("135.12"), per="year"))
    assert grenze.im_monat is False and stand.summe_monat == 0
    zahn = by_key["widerspruch.zahnersatz"]
    assert zahn.kostenfrei is True and zahn.legal_basis == "§ 55 Abs. 2 SGB V"
    assert stand.zeilen[0].frist.datum == date(2026, 12, 7)  # type: ignore[union-attr]


def test_wohnform_zuzahlung_10_and_27_56_left() -> None:
    """Preset "wohnform" (2026), chronisch krank on Grundsicherung: 1 % of 12 × 563 =
    67.56 €; a cushion for 180 €: 10 % = 18 €, at most 10 € (§ 61 Satz 1 SGB V); 40 € paid
    so far → 67.56 − 40 = 27.56 € left this year (§ 62 Abs. 1 Satz 1 SGB V)."""
    b = WIDERSPRUCH["wohnform"]
    by_key = lines(b.scenario, b.rechtsstand)
    assert by_key["widerspruch.belastungsgrenze"].betrag == Money(
        amount=Decimal("67.56"), per="year"
    )
    assert by_key["widerspruch.zuzahlung"].betrag.amount == Decimal("10.00")  # type: ignore[union-attr]
    assert by_key["widerspruch.zuzahlung_rest"].betrag.amount == Decimal("27.56")  # type: ignore[union-attr]
    assert "widerspruch.zahnersatz" in by_key


@pytest.mark.parametrize(("born", "befreit"), [(date(2008, 3, 2), True), (date(2008, 3, 1), False)])
def test_a_minor_pays_no_zuzahlung(born: date, befreit: bool) -> None:
    """§ 33 Abs. 8 SGB V: only insured people of 18 or more pay. On 1.3.2026 someone born
    2.3.2008 is 17 (free), born 1.3.2008 is 18 that day (§ 187 Abs. 2 BGB): 10 % of 120 € =
    12 €, at most 10 €."""
    scenario = Scenario(
        person=Person(geburtsdatum=born),
        widerspruch=Widerspruch(
            zuzahlung=Zuzahlung(
                brutto_jahr=Decimal(30000), leistung=Leistungsart.hilfsmittel, kosten=Decimal(120)
            )
        ),
    )
    zeile = lines(scenario, date(2026, 3, 1))["widerspruch.zuzahlung"]
    if befreit:
        assert (zeile.kostenfrei, zeile.betrag) == (True, None)
    else:
        assert zeile.betrag == Money(amount=Decimal("10.00"))


def kemal(born: date = KEMAL.person.geburtsdatum, **aufenthalt: object) -> Scenario:  # type: ignore[assignment]
    return KEMAL.model_copy(
        update={
            "person": KEMAL.person.model_copy(update={"geburtsdatum": born}),
            "aufenthalt": Aufenthalt(**aufenthalt),
        }
    )


@pytest.mark.parametrize(
    ("born", "on", "regelbedarf", "mehrbedarf"),
    [
        # RBS 3 (§ 20 Abs. 2 Satz 2 Nr. 2 SGB II): 402 € in 2023, 451 € from 2024;
        # 35 % (§ 21 Abs. 4 SGB II): 402 × 0.35 = 140.70; 451 × 0.35 = 157.85.
        (date(2003, 1, 20), date(2023, 12, 31), "402", "140.70"),
        (date(2003, 1, 20), date(2024, 1, 1), "451", "157.85"),
        # The day before the 25th birthday still RBS 3; from the birthday RBS 1 563 €:
        # 563 × 0.35 = 197.05.
        (date(2001, 6, 1), date(2026, 5, 31), "451", "157.85"),
        (date(2001, 6, 1), date(2026, 6, 1), "563", "197.05"),
    ],
)
def test_buergergeld_need_with_35_percent(
    born: date, on: date, regelbedarf: str, mehrbedarf: str
) -> None:
    """Kemal in a Berufsbildungswerk, erwerbsfähig, with his parents: the Regelbedarf and
    the Mehrbedarf, both at the Jobcenter and both need, not the amount paid: outside the
    month's total."""
    by_key = lines(kemal(born), on)
    rb, mb = by_key["arbeit.buergergeld"], by_key["arbeit.mehrbedarf_teilhabe"]
    assert rb.betrag == Money(amount=Decimal(regelbedarf), per="month")
    assert mb.betrag == Money(amount=Decimal(mehrbedarf), per="month")
    assert {rb.stelle, mb.stelle} == {"stelle.jobcenter"}
    assert rb.im_monat is False and mb.im_monat is False
    assert "arbeit.grundsicherung" not in by_key
    assert mb.legal_basis == "§ 21 Abs. 4 SGB II"


def test_kemal_month_total_is_the_kindergeld_only() -> None:
    """2026: Kindergeld 259 € (§ 66 Abs. 1 EStG) counts; the Bürgergeld need (451 + 157.85)
    does not, the Jobcenter sets what it pays."""
    assert uebersicht(KEMAL, date(2026, 6, 1)).summe_monat == Decimal(259)


def test_no_35_percent_without_teilhabe_am_arbeitsleben() -> None:
    """§ 21 Abs. 4 SGB II needs Leistungen nach § 49 or § 112 SGB IX: on the Inklusionsbetrieb
    path only the Regelbedarf."""
    scenario = KEMAL.model_copy(
        update={"arbeit": Arbeit(weg=Arbeitsweg.inklusionsbetrieb, erwerbsfaehig=True)}
    )
    by_key = lines(scenario, date(2026, 6, 1))
    assert "arbeit.buergergeld" in by_key and "arbeit.mehrbedarf_teilhabe" not in by_key


@pytest.mark.parametrize(("monate", "ausgeschlossen"), [(59, True), (60, False)])
def test_residence_exclusion_is_a_no_line(monate: int, ausgeschlossen: bool) -> None:
    """§ 7 Abs. 1 Satz 2 Nr. 2 SGB II: an EU citizen here to look for work is excluded,
    until five years (60 months) of residence (Satz 4)."""
    scenario = kemal(
        staatsangehoerigkeit=Staatsangehoerigkeit.eu_ewr_schweiz,
        zweck=Aufenthaltszweck.arbeitsuche,
        monate_in_deutschland=monate,
    )
    by_key = lines(scenario, date(2026, 6, 1))
    zeile = by_key["arbeit.buergergeld"]
    assert zeile.anspruch is not ausgeschlossen
    if ausgeschlossen:
        assert zeile.betrag is None and zeile.monatlich == 0
        assert zeile.name == "uebersicht.name.buergergeld_aufenthalt"
        assert zeile.legal_basis == "§ 7 Abs. 1 Satz 2 Nr. 2 SGB II"
        assert "arbeit.mehrbedarf_teilhabe" not in by_key
    else:
        assert zeile.betrag == Money(amount=Decimal(451), per="month")
