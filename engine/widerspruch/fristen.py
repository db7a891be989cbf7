"""Fristen im Widerspruchs- und Klageverfahren: the day a Bescheid counts as received
(§ 37 Abs. 2 SGB X), the Widerspruch and Klage deadlines (§§ 84, 87, 66 SGG) and how their
end is computed and moved (§ 64 SGG).

Periods: widerspruch.toml. Public holidays: the `holidays` package (Land by ISO code).
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta
from enum import StrEnum

import holidays
from pydantic import BaseModel, ConfigDict

from engine.explain import N_, Count, Day, ExplainedAmount, Step, Term, uses
from engine.household import Bundesland
from engine.parameters import param


class Zugang(StrEnum):
    """Wie der Bescheid kam / how the decision arrived."""

    post = "post"  # einfacher Brief im Inland
    elektronisch = "elektronisch"  # elektronisch übermittelt (§ 37 Abs. 2 Satz 2 SGB X)
    persoenlich = "persoenlich"  # persönlich ausgehändigt: bekannt gegeben am selben Tag


class Rechtsbehelf(StrEnum):
    """Gegen welchen Bescheid / which remedy the deadline is for."""

    widerspruch = "widerspruch"  # gegen den Bescheid (§ 84 SGG)
    klage = "klage"  # gegen den Widerspruchsbescheid (§ 87 SGG)


_DAUER_MESSAGE = {
    Rechtsbehelf.widerspruch: N_("step.frist.dauer_widerspruch"),
    Rechtsbehelf.klage: N_("step.frist.dauer_klage"),
}
_OHNE_BELEHRUNG = N_("step.frist.dauer_ohne_belehrung")


def bekanntgabe(datum: date, zugang: Zugang) -> ExplainedAmount:
    """§ 37 Abs. 2 SGB X: "Ein schriftlicher Verwaltungsakt, der im Inland durch die Post
    übermittelt wird, gilt am vierten Tag nach der Aufgabe zur Post als bekannt gegeben. Ein
    Verwaltungsakt, der elektronisch übermittelt wird, gilt am vierten Tag nach der
    Absendung als bekannt gegeben." (third day until 31.12.2024; the number of days is the
    one in force on the day of posting, ``datum``). The fictitious day is not moved when it
    is a Saturday, Sunday or holiday: § 64 Abs. 3 SGG governs the end of a period, not the
    Bekanntgabe (BSG, 6.5.2010, B 14 AS 12/09 R; Bayerisches LSG, 11.5.2022, L 2 U 140/13;
    the BFH decides otherwise for tax law, § 122 AO). A Bescheid handed over in person is
    bekannt gegeben on that day (§ 37 Abs. 1 SGB X)."""
    if zugang is Zugang.persoenlich:
        return ExplainedAmount(
            value=Day(value=datum),
            legal_basis="§ 37 Abs. 1 SGB X",
            steps=(
                Step(
                    rule="frist.bekanntgabe_persoenlich",
                    message=N_("step.frist.bekanntgabe_persoenlich"),
                    values={"tag": Day(value=datum)},
                    legal_basis="§ 37 Abs. 1 SGB X",
                ),
            ),
        )
    tage = param("bekanntgabe_tage", datum)
    tag = datum + timedelta(days=int(tage.value))
    return ExplainedAmount(
        value=Day(value=tag),
        legal_basis="§ 37 Abs. 2 SGB X",
        steps=(
            Step(
                rule="frist.bekanntgabe",
                message=N_("step.frist.bekanntgabe"),
                values={
                    "abgesandt": Day(value=datum),
                    "tage": Count(value=int(tage.value), unit="days"),
                    "tag": Day(value=tag),
                    "weg": Term(key=f"zugang.{zugang.value}"),
                },
                legal_basis="§ 37 Abs. 2 SGB X",
                parameters=uses(tage),
            ),
        ),
    )


def monate_spaeter(beginn: date, monate: int) -> date:
    """§ 64 Abs. 2 SGG: "Eine nach Wochen oder Monaten bestimmte Frist endet mit dem Ablauf
    desjenigen Tages der letzten Woche oder des letzten Monats, welcher nach Benennung oder
    Zahl dem Tage entspricht, in den das Ereignis oder der Zeitpunkt fällt. Fehlt dem
    letzten Monat der entsprechende Tag, so endet die Frist mit dem Monat." (31 January +
    one month = 28 or 29 February.)"""
    jahr, monat = divmod(beginn.month - 1 + monate, 12)
    jahr += beginn.year
    monat += 1
    letzter = calendar.monthrange(jahr, monat)[1]
    return date(jahr, monat, min(beginn.day, letzter))


def feiertage(bundesland: Bundesland | None, jahre: range) -> holidays.HolidayBase:
    """Gesetzliche Feiertage for § 64 Abs. 3 SGG: nationwide and those of the household's
    Land (ISO 3166-2:DE code); without a Land only the nationwide ones."""
    if bundesland is None:
        return holidays.Germany(years=jahre)
    return holidays.Germany(subdiv=bundesland.value, years=jahre)


def naechster_werktag(ende: date, bundesland: Bundesland | None) -> tuple[date, tuple[date, ...]]:
    """§ 64 Abs. 3 SGG: "Fällt das Ende einer Frist auf einen Sonnabend, einen Sonntag oder
    einen gesetzlichen Feiertag, so endet die Frist mit Ablauf des nächsten Werktages."
    Returns the end and the days skipped on the way."""
    frei = feiertage(bundesland, range(ende.year, ende.year + 2))
    uebersprungen: list[date] = []
    tag = ende
    while tag.weekday() >= 5 or tag in frei:
        uebersprungen.append(tag)
        tag += timedelta(days=1)
    return tag, tuple(uebersprungen)


class Fristergebnis(BaseModel):
    """The deadline: when the Bescheid counts as received, and the last day to act."""

    model_config = ConfigDict(frozen=True)

    rechtsbehelf: Rechtsbehelf
    bekanntgabe: ExplainedAmount
    ende: ExplainedAmount
    rechnerisches_ende: date
    uebersprungen: tuple[date, ...]
    jahresfrist: bool


def frist(
    datum: date,
    zugang: Zugang,
    rechtsbehelf: Rechtsbehelf,
    belehrung_richtig: bool,
    bundesland: Bundesland | None,
) -> Fristergebnis:
    """The deadline for a Widerspruch (§ 84 Abs. 1 SGG: one month after Bekanntgabe) or a
    Klage after the Widerspruchsbescheid (§ 87 Abs. 1, 2 SGG: one month); one year when the
    Rechtsbehelfsbelehrung is missing or wrong (§ 66 Abs. 2 SGG). The period begins the day
    after the Bekanntgabe (§ 64 Abs. 1 SGG), ends on the day of the same number (§ 64 Abs. 2)
    and moves past Saturdays, Sundays and holidays of the Land (§ 64 Abs. 3)."""
    bekannt = bekanntgabe(datum, zugang)
    beginn = bekannt.value.value  # type: ignore[union-attr]
    if belehrung_richtig:
        widerspruch = rechtsbehelf is Rechtsbehelf.widerspruch
        dauer = param("widerspruchsfrist_monate" if widerspruch else "klagefrist_monate", beginn)
        monate = int(dauer.value)
        basis = "§ 84 Abs. 1 SGG" if widerspruch else "§ 87 SGG"
        einheit = "months"
    else:
        dauer = param("frist_ohne_belehrung_jahre", beginn)
        monate = 12 * int(dauer.value)
        basis = "§ 66 Abs. 2 SGG"
        einheit = "years"
    rechnerisch = monate_spaeter(beginn, monate)
    ende, uebersprungen = naechster_werktag(rechnerisch, bundesland)
    steps = [
        Step(
            rule="frist.dauer",
            message=_DAUER_MESSAGE[rechtsbehelf] if belehrung_richtig else _OHNE_BELEHRUNG,
            values={
                "dauer": Count(value=int(dauer.value), unit=einheit),  # type: ignore[arg-type]
                "beginn": Day(value=beginn),
                "ende": Day(value=rechnerisch),
            },
            legal_basis=f"{basis}; § 64 Abs. 1, 2 SGG",
            parameters=uses(dauer),
        )
    ]
    if uebersprungen:
        steps.append(
            Step(
                rule="frist.werktag",
                message=N_("step.frist.werktag"),
                values={"von": Day(value=rechnerisch), "ende": Day(value=ende)},
                legal_basis="§ 64 Abs. 3 SGG",
            )
        )
    return Fristergebnis(
        rechtsbehelf=rechtsbehelf,
        bekanntgabe=bekannt,
        ende=ExplainedAmount(value=Day(value=ende), legal_basis=basis, steps=tuple(steps)),
        rechnerisches_ende=rechnerisch,
        uebersprungen=uebersprungen,
        jahresfrist=not belehrung_richtig,
    )
