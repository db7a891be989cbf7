"""The summary to take to the office: a PDF in German with the Arabic after each item.

Made in memory from the overview's lines (engine/uebersicht/zeilen.py) and never stored:
the bytes go straight to the browser. fpdf2 shapes Arabic with HarfBuzz (uharfbuzz) and
lays it out right to left with the Unicode bidi algorithm, so German terms, paragraphs
and amounts inside an Arabic line stay left to right (the catalogs wrap them in isolates,
which fpdf2 honours). Fonts: Noto Sans and Noto Naskh Arabic from Debian's fonts-noto-core.
"""

from __future__ import annotations

import re
from datetime import date
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from fpdf import FPDF
from fpdf.enums import XPos, YPos

from engine.asyl.rules import STATUS_TERM
from engine.explain import N_
from engine.parameters import NotCoveredResult
from engine.person import lebensalter
from engine.scenario import Scenario
from engine.uebersicht.zeilen import BEREICH, Uebersicht, Zeile, uebersicht
from i18n import _NO_BREAK_AFTER, Translator

FONT_DIR = Path("/usr/share/fonts/truetype/noto")
FONTS = {
    ("latin", ""): "NotoSans-Regular.ttf",
    ("latin", "B"): "NotoSans-Bold.ttf",
    ("arab", ""): "NotoNaskhArabic-Regular.ttf",
    ("arab", "B"): "NotoNaskhArabic-Bold.ttf",
}
MARGIN_MM = 15
TEXT_PT = 10
TITLE_PT = 15
HEADING_PT = 12
LINE_MM = 5.2
GAP_MM = 2.5
# An isolated run (§ 40 Abs. 3 SGB XI, a German term, an amount) is never broken across
# lines: fpdf2 loses the isolate's end at a break and draws the rest of the page wrong.
_ISOLATE = re.compile("\u2068[^\u2069]*\u2069")


def _unbroken(text: str) -> str:
    """Nor between "§", "Abs.", "SGB" … and what follows, in German as in Arabic."""
    text = _NO_BREAK_AFTER.sub("\\1\xa0", text)
    return _ISOLATE.sub(lambda m: m.group(0).replace(" ", "\xa0"), text)


def app_version() -> str:
    try:
        return version("hilfen-check")
    except PackageNotFoundError:
        return "dev"


class _Pdf(FPDF):
    """Two voices: German left to right, Arabic right to left.

    Both start in Noto Sans; Arabic letters come from Noto Naskh Arabic as the fallback.
    (Arabic as the main font with Latin as fallback drew the Latin punctuation after a
    wrapped line with a wrong glyph in fpdf2 2.8.)"""

    def __init__(self, german: Translator, arabic: Translator) -> None:
        super().__init__(format="A4")
        self.german, self.arabic = german, arabic
        self.set_margins(MARGIN_MM, MARGIN_MM)
        self.set_auto_page_break(True, MARGIN_MM)
        for (family, style), name in FONTS.items():
            self.add_font(family, style=style, fname=FONT_DIR / name)
        self.set_fallback_fonts(["latin", "arab"])
        self.add_page()

    def de(self, text: str, size: float = TEXT_PT, bold: bool = False) -> None:
        self.set_font("latin", "B" if bold else "", size)
        self.set_text_shaping(use_shaping_engine=True, direction="ltr")
        self.multi_cell(
            0, LINE_MM * size / TEXT_PT, _unbroken(text), new_x=XPos.LMARGIN, new_y=YPos.NEXT
        )

    def ar(self, text: str, size: float = TEXT_PT, bold: bool = False) -> None:
        self.set_font("latin", "B" if bold else "", size)
        # No optional ligatures: a German word is shaped right to left with the Arabic, and
        # the "fl" ligature would turn "hilfs" into "hifls". Lam-alef is required (rlig).
        self.set_text_shaping(
            use_shaping_engine=True,
            features={"liga": False},
            direction="rtl",
            script="arab",
            language="ara",
        )
        self.multi_cell(
            0,
            LINE_MM * 1.15 * size / TEXT_PT,
            _unbroken(text),
            align="R",
            new_x=XPos.LMARGIN,
            new_y=YPos.NEXT,
        )

    def both(self, de: str, ar: str, size: float = TEXT_PT, bold: bool = False) -> None:
        self.de(de, size, bold)
        self.ar(ar, size, bold)

    def say(self, key: str, size: float = TEXT_PT, bold: bool = False) -> None:
        """The message ``key`` in German, then in Arabic."""
        self.both(self.german(key), self.arabic(key), size, bold)

    def rule(self) -> None:
        self.ln(GAP_MM / 2)
        self.set_draw_color(170, 170, 170)
        self.line(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
        self.ln(GAP_MM)


def _fakten(tr: Translator, scenario: Scenario, rechtsstand: date) -> list[str]:
    """The household facts the results rest on, one line each."""
    person = scenario.person
    lines = []
    if person.geburtsdatum is not None:
        alter = lebensalter(person.geburtsdatum, rechtsstand).value
        lines.append(
            tr(
                "pdf.fakt.alter",
                geburtsdatum=tr.date(person.geburtsdatum),
                alter=tr.quantity(alter),
            )
        )
    if person.pflegegrad is not None:
        lines.append(tr("pdf.fakt.pflegegrad", grad=tr(f"term.pflegegrad.{person.pflegegrad}")))
    if person.wohnform is not None:
        lines.append(tr("pdf.fakt.wohnform", wohnform=tr(f"wohnform.{person.wohnform}")))
    if person.gdb is not None:
        lines.append(tr("pdf.fakt.gdb", gdb=tr.number(person.gdb)))
    if person.merkzeichen:
        names = ", ".join(tr(f"merkzeichen.{m}") for m in person.merkzeichen)
        lines.append(tr("pdf.fakt.merkzeichen", merkzeichen=names))
    if person.bundesland is not None:
        lines.append(tr("pdf.fakt.bundesland", land=tr(f"bundesland.{person.bundesland}")))
    return lines or [tr("pdf.fakt.keine")]


def zeile_titel(tr: Translator, zeile: Zeile) -> str:
    """Name and amount (or free / with a contribution, or no claim) of one line, as screens
    show it."""
    name = tr(zeile.name)
    if not zeile.anspruch:
        return tr("uebersicht.zeile.betrag", name=name, betrag=tr("uebersicht.kein_anspruch"))
    if zeile.betrag is not None:
        return tr("uebersicht.zeile.betrag", name=name, betrag=tr.quantity(zeile.betrag))
    if zeile.kostenfrei is not None:
        frei = tr("uebersicht.kostenfrei") if zeile.kostenfrei else tr("uebersicht.mit_beitrag")
        return tr("uebersicht.zeile.betrag", name=name, betrag=frei)
    return name


def zeile_details(tr: Translator, zeile: Zeile) -> list[str]:
    """Who pays and where to apply (for a benefit the residence status excludes: why and
    what to do instead), the paragraph, the day that matters, and when the office decides
    at discretion or checks, that the amount is not in the sure total."""
    if zeile.anspruch:
        lines = [tr(zeile.stelle_wie, stelle=tr(zeile.stelle))]
    else:
        lines = [tr.step(step) for step in zeile.erklaerung.steps]
    lines.append(tr("explain.basis", basis=tr.legal(zeile.legal_basis)))
    if zeile.frist is not None:
        lines.append(tr(zeile.frist.message, date=tr.date(zeile.frist.datum)))
    if zeile.vorbehalt and zeile.aufenthalt is not None:
        lines.append(tr("uebersicht.vorbehalt", status=tr(STATUS_TERM[zeile.aufenthalt])))
    return lines


def summe_lines(tr: Translator, stand: Uebersicht) -> list[str]:
    """The sure total of the month, what the offices may add at discretion or after their
    check, and that the answer assumes an unrestricted residence status when the family
    skipped those questions."""
    lines = [tr("uebersicht.summe_monat", betrag=tr.isolate(tr.money(stand.summe_monat)))]
    if stand.summe_vorbehalt:
        lines.append(
            tr("uebersicht.summe_vorbehalt", betrag=tr.isolate(tr.money(stand.summe_vorbehalt)))
        )
    if stand.aufenthalt_angenommen:
        lines.append(tr("step.aufenthalt.nicht_gefragt"))
    return lines


def _punkte(tr: Translator, zeile: Zeile) -> list[str]:
    """A line's details and its explanation's steps; a "kein Anspruch" line's details are
    already its steps."""
    schritte = [tr.step(step) for step in zeile.erklaerung.steps] if zeile.anspruch else []
    return [*zeile_details(tr, zeile), *schritte]


def _not_covered(tr: Translator, bereich: str, result: NotCoveredResult) -> str:
    return tr(
        "pdf.nicht_abgedeckt",
        bereich=tr(BEREICH[bereich].name),
        end=tr.date(result.covered_until),
    )


def summary_pdf(scenario: Scenario, rechtsstand: date, erstellt: date, link: str) -> bytes:
    """The bilingual summary of ``scenario`` on ``rechtsstand``, made on ``erstellt``.

    The household's facts, each overview line with amount, paragraph, where to apply and
    its explanation (German, then Arabic), the monthly total, the Rechtsstand, the app
    version, the day it was made and the link that reopens it.
    """
    de, ar = Translator("de"), Translator("ar")
    stand = uebersicht(scenario, rechtsstand)
    pdf = _Pdf(de, ar)
    pdf.set_title(de(N_("pdf.titel")))
    pdf.set_creator(f"Hilfen-Check {app_version()}")
    pdf.say(N_("pdf.titel"), TITLE_PT, bold=True)
    for tr, write in ((de, pdf.de), (ar, pdf.ar)):
        write(
            tr(
                "pdf.meta",
                rechtsstand=tr.date(rechtsstand),
                version=tr.isolate(f"Hilfen-Check {app_version()}"),
                erstellt=tr.date(erstellt),
            )
        )
    pdf.set_text_color(0, 70, 160)
    pdf.de(link, size=TEXT_PT - 2)
    pdf.set_text_color(0, 0, 0)
    pdf.say(N_("pdf.link"), TEXT_PT - 1)
    pdf.rule()

    pdf.say(N_("pdf.haushalt"), HEADING_PT, bold=True)
    for de_line, ar_line in zip(
        _fakten(de, scenario, rechtsstand), _fakten(ar, scenario, rechtsstand), strict=True
    ):
        pdf.both(de_line, ar_line)
    pdf.rule()

    pdf.say(N_("pdf.ergebnisse"), HEADING_PT, bold=True)
    if not stand.zeilen:
        pdf.say(N_("uebersicht.leer"))
    for number, zeile in enumerate(stand.zeilen, 1):
        pdf.de(f"{number}. {zeile_titel(de, zeile)}", bold=True)
        for line in _punkte(de, zeile):
            pdf.de(f"– {line}")
        pdf.ln(1)
        pdf.ar(f"{ar.number(number)}. {zeile_titel(ar, zeile)}", bold=True)
        for line in _punkte(ar, zeile):
            pdf.ar(f"– {line}")
        pdf.rule()
    for bereich, result in stand.nicht_abgedeckt:
        pdf.both(_not_covered(de, bereich, result), _not_covered(ar, bereich, result))
    for index, (de_line, ar_line) in enumerate(
        zip(summe_lines(de, stand), summe_lines(ar, stand), strict=True)
    ):
        pdf.both(de_line, ar_line, bold=index == 0)
    pdf.rule()
    pdf.say(N_("pdf.hinweis"), TEXT_PT - 1)
    return bytes(pdf.output())
