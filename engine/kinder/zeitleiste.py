"""The life-stage timeline: for one child, what changes when, and what to do before.

Every date comes from a birthday (or the school entry) and the age limit of its rule;
birthdays are completed as in § 187 Abs. 2 Satz 2, § 188 BGB (engine/pflege/begutachtung.py
vollendet_am).
"""

from __future__ import annotations

from datetime import date

from pydantic import BaseModel, ConfigDict

from engine.explain import Count, Day, Step, uses
from engine.kinder.rules import MONATE_IM_JAHR
from engine.parameters import ParameterValue, param
from engine.pflege.begutachtung import ERWACHSENEN_REGELN_AB_JAHREN, SAEUGLING_BIS, vollendet_am
from engine.pflege.nba import Alter


class Lebensabschnitt(BaseModel):
    """One point of the timeline: its day, the rule that changes, and what to do before."""

    model_config = ConfigDict(frozen=True)

    key: str
    datum: date
    vorbei: bool  # the day lies on or before the Rechtsstand date
    regel: Step
    tun: str  # message key: what the family should do before the day


def geburtstag(geburtsdatum: date, jahre: int) -> date:
    """The day the ``jahre``-th year of life is completed (§ 187 Abs. 2 Satz 2 BGB)."""
    return vollendet_am(geburtsdatum, Alter(monate=jahre * MONATE_IM_JAHR))


def _punkt(
    key: str,
    datum: date,
    on: date,
    basis: str,
    alter: Count | Day,
    parameters: tuple[ParameterValue, ...] = (),
) -> Lebensabschnitt:
    return Lebensabschnitt(
        key=key,
        datum=datum,
        vorbei=datum <= on,
        regel=Step(
            rule=f"kinder.zeitleiste.{key}",
            message=f"zeitleiste.{key}",
            values={"alter": alter, "datum": Day(value=datum)},
            legal_basis=basis,
            parameters=uses(*parameters),
        ),
        tun=f"zeitleiste.{key}.tun",
    )


def _alter(geburtsdatum: date, key: str, parameter: str, on: date, basis: str) -> Lebensabschnitt:
    grenze = param(parameter, on)
    jahre = int(grenze.value)
    return _punkt(
        key, geburtstag(geburtsdatum, jahre), on, basis, Count(value=jahre, unit="years"), (grenze,)
    )


def zeitleiste(
    geburtsdatum: date, einschulung: date | None, on: date
) -> tuple[Lebensabschnitt, ...]:
    """The timeline for a child born on ``geburtsdatum``, with the rules in force on ``on``,
    sorted by day:

    - 18 months: the Pflegegrad assessment leaves the infant rule (§ 15 Abs. 7 SGB XI);
    - school entry: Frühförderung and the free heilpädagogische Leistungen end, the
      Schulbegleitung starts (§ 46, § 79, § 138 Abs. 1 Nr. 1, 4, § 112 SGB IX);
    - 11: the age comparison of the assessment ends (§ 15 Abs. 6 SGB XI; BRi);
    - 12: Kinderkrankengeld and Haushaltshilfe only for a child dependent on help (§ 45,
      § 38 SGB V);
    - 14: sozialmedizinische Nachsorge only in besonders schwerwiegenden Fällen (§ 43 Abs. 2);
    - 17: a Betreuer can be appointed, effective at 18 (§ 1814 Abs. 5 BGB);
    - 18: adult: parents' income no longer counts, Grundsicherung, rechtliche Betreuung,
      the Kindergeld test, Nachsorge ends (§ 2 BGB; § 136 SGB IX; § 41 Abs. 3 SGB XII;
      § 32 Abs. 4 Satz 1 Nr. 3 EStG; § 43 Abs. 2 SGB V);
    - 21: Hilfe für junge Volljährige ends as a rule (§ 41 SGB VIII);
    - 25: a disability arising later no longer gives Kindergeld (§ 32 Abs. 4 Satz 1 Nr. 3
      EStG).
    """
    saeugling = vollendet_am(geburtsdatum, SAEUGLING_BIS)
    punkte = [
        _punkt(
            "pflege_18_monate",
            saeugling,
            on,
            "§ 15 Abs. 7 SGB XI",
            Count(value=SAEUGLING_BIS.monate, unit="months"),
        ),
        _punkt(
            "pflege_11",
            geburtstag(geburtsdatum, ERWACHSENEN_REGELN_AB_JAHREN),
            on,
            "§ 15 Abs. 6 SGB XI; Begutachtungs-Richtlinien",
            Count(value=ERWACHSENEN_REGELN_AB_JAHREN, unit="years"),
        ),
        _alter(
            geburtsdatum,
            "krankenkasse_12",
            "kinderkrankengeld_altersgrenze",
            on,
            "§ 45 Abs. 1, § 38 Abs. 1 SGB V",
        ),
        _alter(geburtsdatum, "nachsorge_14", "nachsorge_altersgrenze", on, "§ 43 Abs. 2 SGB V"),
        _alter(geburtsdatum, "betreuung_17", "betreuung_vorab_alter", on, "§ 1814 Abs. 5 BGB"),
        _alter(
            geburtsdatum,
            "volljaehrig_18",
            "volljaehrigkeit_alter",
            on,
            "§ 2 BGB; § 136 SGB IX; § 41 Abs. 3 SGB XII; § 32 Abs. 4 EStG; § 43 Abs. 2 SGB V",
        ),
        _alter(
            geburtsdatum,
            "junge_volljaehrige_21",
            "hilfe_junge_volljaehrige_regelalter",
            on,
            "§ 41 Abs. 1 SGB VIII",
        ),
        _alter(
            geburtsdatum,
            "kindergeld_25",
            "kindergeld_behinderung_vor_alter",
            on,
            "§ 32 Abs. 4 Satz 1 Nr. 3 EStG",
        ),
    ]
    if einschulung is not None:
        punkte.append(
            _punkt(
                "einschulung",
                einschulung,
                on,
                "§ 46, § 79, § 112, § 138 Abs. 1 Nr. 1, 4 SGB IX",
                Day(value=einschulung),
            )
        )
    return tuple(sorted(punkte, key=lambda p: p.datum))
