"""Translations and locale formatting, one Translator per session and language.

Never installs gettext or sets a process locale: Streamlit serves every session from
threads of one process, so all state here is either immutable (cached catalogs) or lives
in the Translator object a session creates for itself.

Message ids are keys ("home.title"); both catalogs, German and Arabic, translate every
key. Arabic texts keep the German official term beside the Arabic one.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date
from decimal import Decimal
from functools import cache, lru_cache
from pathlib import Path

from babel import Locale
from babel.dates import format_date
from babel.numbers import format_currency, format_decimal, format_percent
from babel.support import Translations

from engine.explain import Count, Day, Money, Points, Quantity, Share, Step, Term

LOCALE_DIR = Path(__file__).parent / "locales"
DOMAIN = "messages"
DEFAULT_LANGUAGE = "de"
# Language names are shown in their own language, so they are not translated.
LANGUAGES: Mapping[str, str] = {"de": "Deutsch", "ar": "العربية"}
BABEL_LOCALES: Mapping[str, str] = {"de": "de_DE", "ar": "ar"}
_ISOLATE_START, _ISOLATE_END = "\u2068", "\u2069"
# "(Pflegegrad)" beside Arabic text: a bracketed Latin run, kept whole when a line wraps.
_LATIN_IN_BRACKETS = re.compile(r"\([A-Za-zÄÖÜäöüß0-9§.,/*\- ]+\)")
_NO_BREAK_AFTER = re.compile(r"(§|Abs\.|Satz|Nr\.|Art\.|SGB|Anlage) ")


# A whole number in the plural form CLDR calls "other" in both languages (de: n != 1;
# ar: n % 100 in 0..2 with n >= 100).
_OTHER_FORM = 100


class CatalogMissing(RuntimeError):
    """The compiled catalog is missing: set-up (make run / make test) compiles it."""


@cache
def _catalog(language: str) -> Translations:
    path = LOCALE_DIR / language / "LC_MESSAGES" / f"{DOMAIN}.mo"
    if not path.is_file():
        raise CatalogMissing(f"{path} not found: compile the catalogs (see README)")
    with path.open("rb") as file:
        return Translations(file, domain=DOMAIN)


@cache
def _percent_pattern(locale: str) -> str:
    """The locale's percent pattern, allowing up to two decimals (2,5 % not 3 %)."""
    return Locale.parse(locale).percent_formats[None].pattern.replace("#,##0", "#,##0.##", 1)


@cache
def _whole_currency_pattern(locale: str) -> str:
    """The locale's currency pattern without the cents (35.000 € for a whole amount)."""
    return Locale.parse(locale).currency_formats["standard"].pattern.replace(".00", "")


# Babel's formatting is a large part of a screen's rerun, and the same amounts and counts
# come back on every rerun of every session: each is formatted once per locale and
# shared by all sessions. Numbers are keyed by their text as well: Decimal("-0") equals
# Decimal("0") but Babel writes it "-0".
_FORMATTED = 8192


@lru_cache(maxsize=_FORMATTED)
def _decimal(value: int | Decimal, text: str, locale: str) -> str:
    return format_decimal(value, locale=locale)


@lru_cache(maxsize=_FORMATTED)
def _currency(amount: Decimal, text: str, locale: str) -> str:
    return format_currency(amount, "EUR", locale=locale)


def _long_date(value: date, locale: str) -> str:
    # Not kept: a birth date is personal even without a name beside it.
    return format_date(value, "long", locale=locale)


class Translator:
    """Texts and formatting for one language; cheap to create, safe to share read-only."""

    def __init__(self, language: str) -> None:
        if language not in LANGUAGES:
            raise ValueError(f"unsupported language {language!r}")
        self.language = language
        self.locale = BABEL_LOCALES[language]
        self.rtl = Locale.parse(self.locale).text_direction == "rtl"
        self._translations = _catalog(language)

    @property
    def direction(self) -> str:
        return "rtl" if self.rtl else "ltr"

    def __call__(self, message: str, /, **values: object) -> str:
        """The text for ``message``; ``{name}`` placeholders are filled with ``values``."""
        text = self._bidi(self._translations.gettext(message))
        return text.format(**values) if values else text

    def plural(self, message: str, n: int | Decimal, /, **values: object) -> str:
        """A text with plural forms (Arabic has six); ``{n}`` is the formatted count.

        A fraction (12,5 Punkte) takes CLDR's "other" form in German and Arabic; gettext's
        rules count whole numbers only, so it is looked up as a whole number of that form."""
        whole = n == int(n)
        form = int(n) if whole else _OTHER_FORM
        text = self._bidi(self._translations.ngettext(message, message, form))
        return text.format(n=self.number(n), **values)

    def _bidi(self, text: str) -> str:
        if not self.rtl:
            return text
        return _LATIN_IN_BRACKETS.sub(lambda m: self.isolate(m.group(0)), text)

    def isolate(self, text: str) -> str:
        """Keep a left-to-right run (§ 37 SGB XI, 1.693,00 €) intact inside Arabic text."""
        return f"{_ISOLATE_START}{text}{_ISOLATE_END}" if self.rtl else text

    def legal(self, reference: str) -> str:
        """A legal reference that does not break between "§" or "Abs." and its number."""
        return self.isolate(_NO_BREAK_AFTER.sub("\\1\u00a0", reference))

    def number(self, value: int | Decimal) -> str:
        return _decimal(value, str(value), self.locale)

    def money(self, amount: Decimal, per: str | None = None) -> str:
        text = _currency(amount, str(amount), self.locale)
        return self(f"money.per.{per}", amount=text) if per else text

    def euros(self, amount: Decimal) -> str:
        """Money without ",00" when the amount is whole: shorter where room is scarce
        (chart labels), still exact to the cent."""
        if amount != amount.to_integral_value():
            return self.money(amount)
        return format_currency(
            amount,
            "EUR",
            format=_whole_currency_pattern(self.locale),
            currency_digits=False,
            locale=self.locale,
        )

    def date(self, value: date) -> str:
        """A long date, kept whole inside Arabic text."""
        return self.isolate(_long_date(value, self.locale))

    def share(self, value: Decimal) -> str:
        return format_percent(value, _percent_pattern(self.locale), locale=self.locale)

    def quantity(self, quantity: Quantity) -> str:
        match quantity:
            case Money(amount=amount, per=per):
                text = self.money(amount, per)
            case Share(value=value):
                text = self.share(value)
            case Count(value=value, unit="calendar_year"):
                text = str(value)
            case Count(value=value, unit=None):
                text = self.number(value)
            case Count(value=value, unit=unit):
                text = self.plural(f"count.{unit}", value)
            case Points(value=value):
                text = self.plural("points", value)
            case Day(value=value):
                return self.date(value)
            case Term(key=key):
                return self(key)
        return self.isolate(text)

    def step(self, step: Step) -> str:
        values = {name: self.quantity(q) for name, q in step.values.items()}
        return self(step.message, **values)
