"""The home page and the frame: languages, Rechtsstand, household, share link, bad links."""

import re
from datetime import date
from urllib.parse import parse_qsl, urlsplit

import pytest
from app_session import open_app, query, share_link, visible_text
from conftest import TODAY

import ui.state
from i18n import Translator
from ui.layout import SHARE_PANEL

# A message key shown instead of its text ("home.title") means a missing translation.
KEY_PREFIXES = "home|nav|link|notice|share|explain|step|term|param|rechtsstand|footer|betraege"
CATALOG_KEY = re.compile(rf"\b(?:{KEY_PREFIXES}|area|money|count)\.[a-z_.0-9]+\b")


def test_home_in_german() -> None:
    at = open_app({"lang": "de", "d": "2025-07-01"})
    assert at.title[0].value == "Hilfen-Check"
    text = visible_text(at)
    assert "keine Rechtsberatung" in text
    assert "Rechtsstand: 1. Juli 2025" in text
    assert "vom 1. Januar 2023 bis zum 31. Dezember 2027" in text
    # Each area to its own end (test_parameters.COVERED_UNTIL); counts grow with the data.
    for area, end in [
        ("Pflegeversicherung", "31. Dezember 2027"),
        ("Krankenversicherung, SGB V", "31. Dezember 2027"),
        ("Sozialhilfe, SGB XII", "31. Dezember 2026"),
        ("Eingliederungshilfe", "31. Dezember 2026"),
    ]:
        assert re.search(rf"^- {re.escape(area)} \(\d+ Werte\): bis zum {end}$", text, re.M)
    assert "Allgemein" not in text  # serves every area, no range of its own
    assert "Beträge und Grenzen" in text  # the working screen is offered
    assert not CATALOG_KEY.search(text)


def test_home_in_arabic_keeps_german_terms() -> None:
    at = open_app({"lang": "ar", "d": "2025-07-01"})
    assert at.title[0].value == "فحص المساعدات \u2068(Hilfen-Check)\u2069"
    text = visible_text(at)
    assert "\u2068(Rechtsstand)\u2069: \u20681 يوليو 2025\u2069" in text
    assert "(Bescheid)" in text
    assert not CATALOG_KEY.search(text)


def test_default_is_today_and_browser_language() -> None:
    at = open_app(locale="ar-SY")
    assert query(at) == {"lang": "ar", "d": TODAY.isoformat()}
    assert at.title[0].value.startswith("فحص المساعدات")
    assert not at.warning


@pytest.mark.parametrize(
    ("today", "used", "notice"),
    [
        (date(2027, 12, 31), "2027-12-31", False),
        (date(2028, 1, 1), "2027-12-31", True),
    ],
    ids=str,
)
def test_today_after_the_data_opens_on_its_last_day(
    monkeypatch: pytest.MonkeyPatch, today: date, used: str, notice: bool
) -> None:
    """The range is the union of the areas: care reaches 31.12.2027 (§ 30 Abs. 1 SGB XI)."""
    monkeypatch.setattr(ui.state, "todays_date", lambda: today)
    at = open_app({"lang": "de"})
    assert query(at)["d"] == used
    warnings = "\n".join(w.value for w in at.warning)
    assert ("noch keine geprüften Daten" in warnings) is notice


def test_language_switch_turns_the_page_arabic_and_back() -> None:
    at = open_app({"lang": "de", "d": "2025-07-01"})
    at.button_group(key="hc.lang").set_value("ar").run()
    assert query(at)["lang"] == "ar"
    assert at.title[0].value.startswith("فحص المساعدات")
    assert [link.proto.label for link in at.get("page_link")] == [
        "الرعاية ودرجة الرعاية \u2068(Pflegegrad)\u2069",
        "المساعدة على الاندماج \u2068(Eingliederungshilfe)\u2069",
        "العمل والمال \u2068(Arbeit und Geld)\u2069",
        "المبالغ والحدود",
    ]
    at.button_group(key="hc.lang").set_value("de").run()
    assert at.title[0].value == "Hilfen-Check"


def test_rechtsstand_change_reaches_url_and_footer() -> None:
    at = open_app({"lang": "de", "d": "2025-07-01"})
    at.date_input(key="hc.date").set_value(date(2024, 1, 1)).run()
    assert query(at)["d"] == "2024-01-01"
    assert "Rechtsstand 1. Januar 2024" in visible_text(at)


BIRTH = "scenario.person.geburtsdatum"


@pytest.mark.parametrize(
    ("on", "age_text"),
    [
        ("2026-11-22", "**17 Jahre** alt und damit **minderjährig**"),
        ("2026-11-23", "**18 Jahre** alt und damit **volljährig**"),
    ],
)
def test_birth_date_gives_age_and_majority(on: str, age_text: str) -> None:
    at = open_app({"lang": "de", "d": on})
    at.date_input(key=BIRTH).set_value(date(2008, 11, 23)).run()
    text = visible_text(at)
    assert age_text in text
    assert "So wurde gerechnet" in text
    assert query(at)["gd"] == "2008-11-23"


def test_household_is_known_on_every_page_and_in_the_link() -> None:
    at = open_app({"lang": "de", "d": "2025-07-01"})
    at.date_input(key=BIRTH).set_value(date(2019, 3, 4)).run()
    at.session_state[SHARE_PANEL] = True
    at.switch_page("screens/betraege.py").run()
    assert query(at)["gd"] == "2019-03-04"
    assert "gd=2019-03-04" in share_link(at)
    at.switch_page("screens/home.py").run()
    assert at.date_input(key=BIRTH).value == date(2019, 3, 4)


def test_reset_forgets_the_household() -> None:
    at = open_app({"lang": "de", "d": "2025-07-01", "gd": "2019-03-04", "v": "1"})
    at.button[-1].click().run()
    assert "gd" not in query(at)
    assert at.date_input(key=BIRTH).value is None


def test_birth_after_rechtsstand_is_explained_not_crashed() -> None:
    at = open_app({"lang": "de", "d": "2024-01-01", "gd": "2025-05-05", "v": "1"})
    assert "liegt nach dem Rechtsstand" in visible_text(at)


@pytest.mark.parametrize("language", ["de", "ar"])
def test_share_link_reopens_the_same_screen(language: str) -> None:
    first = open_app({"lang": language, "d": "2025-07-01", "gd": "2019-03-04", "v": "1"})
    first.session_state[SHARE_PANEL] = True
    first.run()
    link = share_link(first)
    params = dict(parse_qsl(urlsplit(link).query))
    assert params == {"lang": language, "d": "2025-07-01", "gd": "2019-03-04", "v": "1"}
    second = open_app(params)
    second.session_state[SHARE_PANEL] = True
    second.run()
    assert visible_text(second) == visible_text(first)
    assert not second.warning
    assert Translator(language)("share.privacy") in visible_text(second)


@pytest.mark.parametrize(
    ("params", "named"),
    [
        ({"lang": "xx"}, "Sprache: ungültiger Wert"),
        ({"d": "gestern"}, "Rechtsstand: ungültiger Wert"),
        ({"d": "2030-01-01"}, "Der Rechtsstand 1. Januar 2030 aus dem Link liegt außerhalb"),
        (
            {"d": "2022-12-31"},
            "liegt außerhalb unserer Daten (1. Januar 2023 bis 31. Dezember 2027)",
        ),
        ({"gd": "2019-02-30", "v": "1"}, "Geburtsdatum: ungültiger Wert"),
        ({"pg": "7", "v": "1"}, "Pflegegrad: ungültiger Wert"),
        ({"e1": "-1", "a1": "rente", "v": "1"}, "Einkommen Elternteil 1: ungültiger Wert"),
        ({"pg": "3", "v": "9"}, "Pflegegrad: aus einer anderen Version des Links"),
        ({"foo": "bar"}, "unbekannte Angabe „foo“: nicht vorgesehen"),
        ({"<img src=x>": "1"}, "unbekannte Angabe „…“"),
        ({"x" * 5000: "y" * 5000}, "unbekannte Angabe „…“"),
    ],
)
def test_bad_links_get_a_clear_message_and_safe_defaults(params: dict, named: str) -> None:
    at = open_app({"lang": "de", **params} if "lang" not in params else params)
    warnings = "\n".join(w.value for w in at.warning)
    assert named in warnings
    assert at.title[0].value == "Hilfen-Check"
    cleaned = query(at)
    assert set(cleaned) <= {"lang", "d", "gd", "pg", "e1", "a1", "v"}
    assert cleaned["lang"] == "de"
    assert cleaned["d"] == TODAY.isoformat()


def test_notice_can_be_dismissed() -> None:
    at = open_app({"lang": "de", "pg": "7", "v": "1"})
    assert at.warning
    at.button[0].click().run()
    assert not at.warning
