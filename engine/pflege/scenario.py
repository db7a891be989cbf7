"""The care area's part of the household scenario: the self-assessment, the care setting,
the caregiver and Hilfe zur Pflege, with their link fields."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any, Literal

from pydantic import Field, field_validator

from engine.household import Euro, Model
from engine.linkfield import LinkField, encode_flag
from engine.pflege.nba import KRITERIEN, KRITERIUM, Skala


class Messung(Model):
    """Wie oft eine Maßnahme nötig ist (Modul 5) / how often a measure is needed."""

    anzahl: int = Field(ge=0, le=999)
    """Anzahl / count."""
    je: Literal["tag", "woche", "monat"]
    """pro Tag, Woche oder Monat / per day, week or month."""


class Begutachtung(Model):
    """Selbsteinschätzung nach dem Begutachtungsinstrument / self-assessment (§ 15 SGB XI).

    Answers are keyed by the official criterion numbers of Anlage 1 ("1.1" … "6.6", "4.K",
    "5.16") with the index on the criterion's scale, 0 (selbständig, nie) to 3 (unselbständig,
    täglich); "4.K" is 0 or 1. Children from 18 months answer what the child can do.
    """

    antworten: dict[str, int] = Field(default_factory=dict)
    """Antwort je Kriterium (Index 0–3) / answer per criterion (index 0–3)."""
    messungen: dict[str, Messung] = Field(default_factory=dict)
    """Modul 5: Häufigkeit je Maßnahme 5.1–5.15, 5.K / module 5 frequencies."""
    inkontinenz: bool = False
    """Überwiegend/vollständig inkontinent oder künstliche Ableitung (zählt 4.11/4.12)."""
    bedarfskonstellation: bool = False
    """Gebrauchsunfähigkeit beider Arme und beider Beine (§ 15 Abs. 4 SGB XI)."""

    @field_validator("antworten")
    @classmethod
    def _known_answers(cls, antworten: dict[str, int]) -> dict[str, int]:
        for nummer, index in antworten.items():
            kriterium = KRITERIUM.get(nummer)
            if kriterium is None or kriterium.skala is Skala.messung:
                raise ValueError(f"{nummer!r} is not a criterion answered on a scale")
            top = 1 if kriterium.skala is Skala.ja_nein else 3
            if not 0 <= index <= top:
                raise ValueError(f"{nummer}: answer must be between 0 and {top}")
        return antworten

    @field_validator("messungen")
    @classmethod
    def _known_measures(cls, messungen: dict[str, Messung]) -> dict[str, Messung]:
        for nummer in messungen:
            kriterium = KRITERIUM.get(nummer)
            if kriterium is None or kriterium.skala is not Skala.messung:
                raise ValueError(f"{nummer!r} is not a measure of module 5")
        return messungen


class Pflegeperson(Model):
    """Wer zu Hause pflegt / the person who cares at home (not as a job)."""

    pflege_stunden_woche: Decimal = Field(default=Decimal(0), ge=0, le=168, decimal_places=1)
    """Pflege in Stunden je Woche (alle Pflegebedürftigen zusammen) / care hours per week."""
    pflege_tage_woche: int = Field(default=0, ge=0, le=7)
    """An wie vielen Tagen der Woche / on how many days a week."""
    erwerb_stunden_woche: Decimal = Field(default=Decimal(0), ge=0, le=100, decimal_places=1)
    """Erwerbsarbeit in Stunden je Woche / paid work in hours per week."""
    beschaeftigte_arbeitgeber: int | None = Field(default=None, ge=0, le=1_000_000)
    """Beschäftigte beim Arbeitgeber (leer: nicht angestellt) / the employer's head count."""


class HilfeZurPflege(Model):
    """Angaben für die Hilfe zur Pflege (SGB XII) / inputs for Hilfe zur Pflege."""

    bedarf_monat: Euro | None = None
    """Festgestellter Pflegebedarf im Monat / assessed monthly care need in euros."""
    einkommen_monat: Euro = Decimal(0)
    """Bereinigtes Monatseinkommen (nach Steuern, Beiträgen), bei Kindern mit den Eltern."""
    erwerbseinkommen_monat: Euro = Decimal(0)
    """Davon eigenes Erwerbseinkommen der pflegebedürftigen Person / own earnings."""
    unterkunft_monat: Euro = Decimal(0)
    """Angemessene Kosten der Unterkunft im Monat / reasonable monthly housing costs."""
    unterhaltene_personen: int = Field(default=0, ge=0, le=15)
    """Volljährige: überwiegend unterhaltene Personen / adult: persons mainly supported."""
    vermoegen: Euro = Decimal(0)
    """Verwertbares Vermögen (ohne selbst bewohntes Haus) / countable assets."""
    vermoegen_aus_erwerb: Euro = Decimal(0)
    """Davon während der Hilfe aus eigener Arbeit angespart / of which saved from own work."""
    grundsicherung: bool = False
    """Bezieht auch Grundsicherung / also receives Grundsicherung (SGB XII, 4. Kapitel)."""
    eingliederungshilfe_vor_rentenalter: bool = False
    """Eingliederungshilfe schon vor der Regelaltersgrenze / integration aid before pension age."""
    blind: bool = False
    """Blind (§ 72 SGB XII) / blind."""


class Pflege(Model):
    """Was der Pflege-Bildschirm fragt / what the care screen asks."""

    begutachtung: Begutachtung = Begutachtung()
    """Selbsteinschätzung (leer: Pflegegrad bekannt) / self-assessment."""
    sachleistung_anteil: Decimal = Field(default=Decimal(0), ge=0, le=1, decimal_places=2)
    """Genutzter Anteil der Pflegesachleistung (Kombinationsleistung) / share used."""
    tage_zuhause_monat: int = Field(default=0, ge=0, le=31)
    """Besondere Wohnform: Tage zu Hause im Monat, An- und Abreise voll / days at home."""
    verguetung_einrichtung_monat: Euro | None = None
    """Besondere Wohnform: vereinbarte Vergütung im Monat / the home's monthly fee."""
    heim_monate: int = Field(default=0, ge=0, le=600)
    """Pflegeheim: Monate mit Leistungen nach § 43 SGB XI bisher / months in the nursing home."""
    eigenanteil_monat: Euro | None = None
    """Pflegeheim: pflegebedingter Eigenanteil laut Rechnung / the home's care co-payment."""
    mobilitaet_dauerhaft_beeintraechtigt: bool = False
    """Muss wegen dauerhaft eingeschränkter Mobilität gefahren werden / needs transport."""
    pflegeperson: Pflegeperson | None = None
    hilfe_zur_pflege: HilfeZurPflege | None = None


# Answers on a scale travel as one digit each, in the order of Anlage 1; never reorder.
ANSWER_ORDER = tuple(k.nummer for k in KRITERIEN if k.skala is not Skala.messung)
_UNANSWERED = "-"
_PER = {"tag": "t", "woche": "w", "monat": "m"}
_MEASURE = re.compile(r"(?P<nummer>5\.(?:[0-9]{1,2}|K))_(?P<anzahl>[0-9]{1,3})(?P<je>[twm])")


def encode_answers(antworten: dict[str, int]) -> str:
    text = "".join(str(antworten.get(n, _UNANSWERED)) for n in ANSWER_ORDER)
    return text.rstrip(_UNANSWERED)


def decode_answers(text: str) -> dict[str, int]:
    if len(text) > len(ANSWER_ORDER) or not re.fullmatch(r"[0-3-]*", text):
        raise ValueError("not an answer string")
    return {n: int(c) for n, c in zip(ANSWER_ORDER, text, strict=False) if c != _UNANSWERED}


def encode_measures(messungen: dict[str, Any]) -> str:
    return "~".join(f"{n}_{m.anzahl}{_PER[m.je]}" for n, m in messungen.items())


def decode_measures(text: str) -> dict[str, dict[str, Any]]:
    result: dict[str, dict[str, Any]] = {}
    for part in text.split("~"):
        match = _MEASURE.fullmatch(part)
        if match is None:
            raise ValueError("not a measure")
        je = {v: k for k, v in _PER.items()}[match["je"]]
        result[match["nummer"]] = {"anzahl": int(match["anzahl"]), "je": je}
    return result


# Short keys keep links well under 2,000 characters. Never reuse a retired key.
LINK_FIELDS: tuple[LinkField, ...] = (
    LinkField("na", ("pflege", "begutachtung", "antworten"), encode_answers, decode_answers),
    LinkField("nm", ("pflege", "begutachtung", "messungen"), encode_measures, decode_measures),
    LinkField("ni", ("pflege", "begutachtung", "inkontinenz"), encode_flag),
    LinkField("nk", ("pflege", "begutachtung", "bedarfskonstellation"), encode_flag),
    LinkField("sa", ("pflege", "sachleistung_anteil")),
    LinkField("tz", ("pflege", "tage_zuhause_monat")),
    LinkField("ve", ("pflege", "verguetung_einrichtung_monat")),
    LinkField("mb", ("pflege", "mobilitaet_dauerhaft_beeintraechtigt"), encode_flag),
    LinkField("ps", ("pflege", "pflegeperson", "pflege_stunden_woche")),
    LinkField("pt", ("pflege", "pflegeperson", "pflege_tage_woche")),
    LinkField("pe", ("pflege", "pflegeperson", "erwerb_stunden_woche")),
    LinkField("pb", ("pflege", "pflegeperson", "beschaeftigte_arbeitgeber")),
    LinkField("hb", ("pflege", "hilfe_zur_pflege", "bedarf_monat")),
    LinkField("hi", ("pflege", "hilfe_zur_pflege", "einkommen_monat")),
    LinkField("he", ("pflege", "hilfe_zur_pflege", "erwerbseinkommen_monat")),
    LinkField("hu", ("pflege", "hilfe_zur_pflege", "unterkunft_monat")),
    # Issue 9: the partner is the household's answer (pz); a link from before reads its own.
    LinkField("hp", ("person", "partner"), retired=True),
    LinkField("hn", ("pflege", "hilfe_zur_pflege", "unterhaltene_personen")),
    LinkField("hv", ("pflege", "hilfe_zur_pflege", "vermoegen")),
    LinkField("hw", ("pflege", "hilfe_zur_pflege", "vermoegen_aus_erwerb")),
    LinkField("hg", ("pflege", "hilfe_zur_pflege", "grundsicherung"), encode_flag),
    LinkField(
        "hl", ("pflege", "hilfe_zur_pflege", "eingliederungshilfe_vor_rentenalter"), encode_flag
    ),
    LinkField("hx", ("pflege", "hilfe_zur_pflege", "blind"), encode_flag),
    LinkField("qm", ("pflege", "heim_monate")),
    LinkField("qe", ("pflege", "eigenanteil_monat")),
)
