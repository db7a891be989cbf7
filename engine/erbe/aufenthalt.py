"""Which country's law governs a rechtliche Betreuung and an inheritance of a person with
foreign citizenship living in Germany.

Where the Ratgeber (October 2023) is outdated:
- Kapitel P says a Betreuung "richtet sich in der Regel nach … seinem Heimatrecht". Since
  1.1.2009 the Haager Erwachsenenschutzübereinkommen (ESÜ) binds Germany and takes
  precedence over Art. 24 EGBGB (Art. 3 Nr. 2 EGBGB): the authorities of the habitual
  residence decide (Art. 5 ESÜ) and apply their own law (Art. 13 ESÜ), whatever the
  person's nationality (Art. 18 ESÜ). Only the Geschäftsfähigkeit still follows the
  nationality (Art. 7 Abs. 1 EGBGB).
- Kapitel Q says an inheritance follows "grundsätzlich … dem Recht seines Heimatlandes".
  For deaths since 17.8.2015 the EU-Erbrechtsverordnung (VO (EU) Nr. 650/2012) applies the
  law of the last habitual residence (Art. 21 Abs. 1), unless the deceased chose the law
  of a state whose nationality they held (Art. 22); the nationality rule of Art. 25
  Abs. 1 EGBGB a. F. is for earlier deaths only.
- Neither chapter names the treaties that take precedence over both (Art. 75 Abs. 1
  EU-ErbVO; before 17.8.2015 Art. 3 Nr. 2 EGBGB): the deutsch-türkisches
  Nachlassabkommen (Anlage zu Art. 20 des Konsularvertrags vom 28.5.1929, § 14) and the
  deutsch-persisches Niederlassungsabkommen vom 17.2.1929 (Art. 8 Abs. 3). They apply to
  citizens of Turkey or Iran only, not to recognised refugees or Asylberechtigte and not
  when the deceased was also German; the screen says so, the Nachlassgericht decides.
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from engine.erbe.scenario import Erblasserstaat
from engine.explain import N_, Day, ExplainedAmount, Step, Term

ERBVO_AB = date(2015, 8, 17)  # Art. 83 Abs. 1, Art. 84 VO (EU) Nr. 650/2012


class Recht(StrEnum):
    deutsches = "deutsches"
    heimatrecht = "heimatrecht"
    aufenthaltsrecht = "aufenthaltsrecht"  # the law of the (foreign) habitual residence
    nachlassspaltung = "nachlassspaltung"  # movables: nationality; immovables: where they lie


RECHT_TERM = {
    Recht.deutsches: N_("erbe.recht.deutsches"),
    Recht.heimatrecht: N_("erbe.recht.heimatrecht"),
    Recht.aufenthaltsrecht: N_("erbe.recht.aufenthaltsrecht"),
    Recht.nachlassspaltung: N_("erbe.recht.nachlassspaltung"),
}


def _recht(recht: Recht, message: str, basis: str, **values: Day) -> ExplainedAmount:
    return ExplainedAmount(
        value=Term(key=RECHT_TERM[recht]),
        legal_basis=basis,
        steps=(Step(rule="erbe.recht", message=message, values=values, legal_basis=basis),),
    )


def betreuungsrecht(gewoehnlicher_aufenthalt_in_deutschland: bool) -> ExplainedAmount:
    """Art. 5 Abs. 1, Art. 13 Abs. 1 ESÜ: the authorities of the state of the adult's
    habitual residence have jurisdiction and "wenden … ihr eigenes Recht an"."""
    if gewoehnlicher_aufenthalt_in_deutschland:
        return _recht(
            Recht.deutsches, N_("step.erbe.betreuung.deutschland"), "Art. 5, 13 ESÜ; Art. 24 EGBGB"
        )
    return _recht(Recht.aufenthaltsrecht, N_("step.erbe.betreuung.ausland"), "Art. 5, 13 ESÜ")


def _nachlassabkommen_tuerkei() -> ExplainedAmount:
    """§ 14 Nachlassabkommen (Anlage zu Art. 20 des deutsch-türkischen Konsularvertrags vom
    28.5.1929): "(1) Die erbrechtlichen Verhältnisse bestimmen sich in Ansehung des
    beweglichen Nachlasses nach den Gesetzen des Landes, dem der Erblasser zur Zeit seines
    Todes angehörte. (2) … in Ansehung des unbeweglichen Nachlasses nach den Gesetzen des
    Landes, in dem dieser Nachlass liegt" — for the estate in Germany of a Turkish citizen:
    movables by Turkish law, land in Germany by German law (Nachlassspaltung)."""
    return _recht(
        Recht.nachlassspaltung,
        N_("step.erbe.erbstatut.tuerkei"),
        "§ 14 Nachlassabkommen (Anlage zu Art. 20 Konsularvertrag Deutschland–Türkei 1929); "
        "Art. 75 Abs. 1 EU-ErbVO",
    )


def _niederlassungsabkommen_iran() -> ExplainedAmount:
    """Art. 8 Abs. 3 deutsch-persisches Niederlassungsabkommen vom 17.2.1929: "In Bezug auf
    das Personen-, Familien- und Erbrecht bleiben die Angehörigen jedes der
    vertragsschließenden Staaten im Gebiet des anderen Staates jedoch den Vorschriften
    ihrer heimischen Gesetze unterworfen" (the Schlussprotokoll names "testamentarische und
    gesetzliche Erbfolge") — an Iranian citizen is inherited from by Iranian law, whatever
    the last habitual residence; Iranian inheritance law allows no choice of law."""
    return _recht(
        Recht.heimatrecht,
        N_("step.erbe.erbstatut.iran"),
        "Art. 8 Abs. 3 Niederlassungsabkommen Deutschland–Iran 1929; Art. 75 Abs. 1 EU-ErbVO",
    )


def erbstatut(
    todestag: date,
    gewoehnlicher_aufenthalt_in_deutschland: bool,
    staatsangehoerigkeit: Erblasserstaat,
    rechtswahl_heimatrecht: bool,
) -> ExplainedAmount:
    """Art. 21 Abs. 1 EU-ErbVO: "… unterliegt die gesamte Rechtsnachfolge von Todes wegen
    dem Recht des Staates, in dem der Erblasser im Zeitpunkt seines Todes seinen
    gewöhnlichen Aufenthalt hatte." Art. 22 Abs. 1: "Eine Person kann für die Rechtsnachfolge
    von Todes wegen das Recht des Staates wählen, dem sie im Zeitpunkt der Rechtswahl …
    angehört." Before 17.8.2015: Art. 25 Abs. 1 EGBGB a. F. (the nationality's law).
    Art. 75 Abs. 1: the treaties with Turkey and Iran go first, on every date."""
    if staatsangehoerigkeit is Erblasserstaat.tuerkisch:
        return _nachlassabkommen_tuerkei()
    if staatsangehoerigkeit is Erblasserstaat.iranisch:
        return _niederlassungsabkommen_iran()
    deutsch = staatsangehoerigkeit is Erblasserstaat.deutsch
    if todestag < ERBVO_AB:
        recht = Recht.deutsches if deutsch else Recht.heimatrecht
        return _recht(
            recht,
            N_("step.erbe.erbstatut.vor_erbvo"),
            "Art. 25 Abs. 1 EGBGB a. F.",
            ab=Day(value=ERBVO_AB),
        )
    if rechtswahl_heimatrecht:
        recht = Recht.deutsches if deutsch else Recht.heimatrecht
        return _recht(recht, N_("step.erbe.erbstatut.rechtswahl"), "Art. 22 EU-ErbVO")
    if gewoehnlicher_aufenthalt_in_deutschland:
        return _recht(
            Recht.deutsches,
            N_("step.erbe.erbstatut.aufenthalt"),
            "Art. 21 Abs. 1 EU-ErbVO",
            ab=Day(value=ERBVO_AB),
        )
    return _recht(
        Recht.aufenthaltsrecht, N_("step.erbe.erbstatut.ausland"), "Art. 21 Abs. 1 EU-ErbVO"
    )
