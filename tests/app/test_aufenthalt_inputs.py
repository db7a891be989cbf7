"""Issue 11: the residence questions, asked once and known on every screen (ui/aufenthalt.py)."""

import pytest
from app_session import open_app, query
from streamlit.testing.v1 import AppTest

from engine.household import Aufenthaltszweck

EGH = "screens/eingliederungshilfe.py"
PFLEGE = "screens/pflege.py"
# A child aged 6 with Pflegegrad 3 on the Rechtsstand 24.11.2026 (issue 11 "done when").
KIND = {"d": "2026-11-24", "gd": "2020-05-01", "pg": "3", "v": "1"}
FAMILIE = {"rs": "andere", "rt": "aufenthaltsgestattung", "rm": "20", "ra": "1"}


def key(name: str) -> str:
    return f"scenario.aufenthalt.{name}"


def shown(at: AppTest) -> dict[str, object]:
    """Each residence question drawn on this run and the answer it shows."""
    widgets = [*at.selectbox, *at.number_input, *at.get("button_group")]
    return {
        w.key.removeprefix(key("")): w.value for w in widgets if w.key and w.key.startswith(key(""))
    }


def panel_title(at: AppTest) -> str:
    [title] = [e.label for e in at.expander if e.label.startswith(("Aufenthalt", "الإقامة"))]
    return title


def answer_family(at: AppTest) -> None:
    """Citizenship "andere" → Aufenthaltsgestattung → 20 months → AsylbLG yes."""
    at.selectbox(key=key("staatsangehoerigkeit")).select("andere").run()
    at.selectbox(key=key("dokument")).select("aufenthaltsgestattung").run()
    at.number_input(key=key("monate_in_deutschland")).set_value(20).run()
    at.button_group(key=key("asylblg")).set_value(True).run()
    assert not at.exception, at.exception


@pytest.mark.parametrize(
    ("language", "egh_title", "pflege_title"),
    [
        (
            "de",
            "**Eingliederungshilfe: Ausgeschlossen",
            "**Hilfe zur Pflege: Ausgeschlossen",
        ),
        (
            "ar",
            "**المساعدة على الاندماج \u2068(Eingliederungshilfe)\u2069: مستبعد",
            "**المساعدة على الرعاية \u2068(Hilfe zur Pflege)\u2069: مستبعد",
        ),
    ],
)
def test_answered_on_home_the_care_and_integration_aid_screens_know_it(
    language: str, egh_title: str, pflege_title: str
) -> None:
    """§ 100 Abs. 2 SGB IX and § 23 Abs. 2 SGB XII: an Aufenthaltsgestattung with AsylbLG
    and 20 < 36 months (§ 2 Abs. 1 AsylbLG since 27.2.2024) excludes both."""
    at = open_app({"lang": language, **KIND})
    answer_family(at)
    assert query(at) | FAMILIE == query(at)
    at.switch_page(EGH).run()
    assert shown(at) == {
        "staatsangehoerigkeit": "andere",
        "dokument": "aufenthaltsgestattung",
        "monate_in_deutschland": 20,
        "asylblg": True,
        "krankenversicherung": None,
        "erwerbstaetig": None,
    }
    [box] = at.warning
    assert box.value.startswith(egh_title)
    at.session_state["pflege.hzp_panel"] = True  # the panel is built when opened
    at.switch_page(PFLEGE).run()
    assert shown(at)["dokument"] == "aufenthaltsgestattung"
    assert any(w.value.startswith(pflege_title) for w in at.warning)


def test_a_link_with_residence_keys_fills_every_question_on_every_screen() -> None:
    link = {**FAMILIE, "rk": "asylblg", "re": "1", "rb": "0"}
    for page in (None, PFLEGE, EGH):
        at = open_app({"lang": "de", **KIND, **link})
        if page:
            at.switch_page(page).run()
        assert panel_title(at) == "Aufenthalt und Versicherung: angegeben"
        assert shown(at) == {
            "staatsangehoerigkeit": "andere",
            "dokument": "aufenthaltsgestattung",
            "monate_in_deutschland": 20,
            "asylblg": True,
            "krankenversicherung": "asylblg",
            "erwerbstaetig": True,
            "abkommensstaat": False,
        }


@pytest.mark.parametrize("page", [None, PFLEGE, EGH])
def test_not_asked_stays_possible(page: str | None) -> None:
    """Nothing said: only the citizenship is asked, nothing travels in the link, and the
    answer assumes an unrestricted status (one line on the screens)."""
    at = open_app({"lang": "de", **KIND})
    if page:
        at.switch_page(page).run()
    assert panel_title(at) == "Aufenthalt und Versicherung: nicht angegeben (freiwillig)"
    assert shown(at) == {"staatsangehoerigkeit": None}
    assert not [k for k in query(at) if k.startswith("r")]


def test_a_changed_citizenship_clears_the_answers_that_hang_on_it() -> None:
    """German after all: no document, months or AsylbLG; nothing limits (§ 100 SGB IX)."""
    at = open_app({"lang": "de", **KIND, **FAMILIE})
    at.selectbox(key=key("staatsangehoerigkeit")).select("deutsch").run()
    assert shown(at) == {"staatsangehoerigkeit": "deutsch", "krankenversicherung": None}
    assert [k for k in query(at) if k.startswith("r")] == ["rs"]
    at.switch_page(EGH).run()
    assert not at.warning


@pytest.mark.parametrize(
    ("answers", "asked"),
    [
        # Germans: only the insurance follows (membership decides, § 1 Abs. 2 SGB XI).
        ({"rs": "deutsch"}, {"staatsangehoerigkeit", "krankenversicherung"}),
        # EU citizens: the ground of the right of residence (§ 2 FreizügG/EU), no document.
        (
            {"rs": "eu_ewr_schweiz"},
            {
                "staatsangehoerigkeit",
                "zweck",
                "monate_in_deutschland",
                "krankenversicherung",
                "erwerbstaetig",
            },
        ),
        # An Aufenthaltserlaubnis asks its purpose; an Aufenthaltsgestattung does not.
        (
            {"rs": "andere", "rt": "aufenthaltserlaubnis"},
            {
                "staatsangehoerigkeit",
                "dokument",
                "zweck",
                "monate_in_deutschland",
                "asylblg",
                "krankenversicherung",
                "erwerbstaetig",
            },
        ),
        # § 62 Abs. 2 Nr. 2 Buchst. c EStG names § 23 Abs. 1, § 23a, § 25 Abs. 3-5 only: a
        # humanitarian title asks whether it is a § 22, § 23 Abs. 2 or 4 admission.
        (
            {"rs": "andere", "rt": "aufenthaltserlaubnis", "rz": "humanitaer"},
            {
                "staatsangehoerigkeit",
                "dokument",
                "zweck",
                "aufnahme",
                "monate_in_deutschland",
                "asylblg",
                "krankenversicherung",
                "erwerbstaetig",
            },
        ),
        # The Abkommensstaat counts only for those who work (§ 62 Abs. 2 EStG, agreements).
        (
            {"rs": "andere", "rt": "duldung", "re": "1"},
            {
                "staatsangehoerigkeit",
                "dokument",
                "monate_in_deutschland",
                "asylblg",
                "krankenversicherung",
                "erwerbstaetig",
                "abkommensstaat",
            },
        ),
    ],
)
def test_follow_up_questions_appear_only_when_they_matter(
    answers: dict[str, str], asked: set[str]
) -> None:
    at = open_app({"lang": "de", **KIND, **answers})
    assert set(shown(at)) == asked


@pytest.mark.parametrize(
    ("day", "months", "asked", "source"),
    [
        ("2024-02-26", "20", False, "before 27.2.2024 the 18 months apply anyway"),
        ("2024-03-15", "18", True, "18 − 0 months since 27.2. ≥ 18 and 18 < 36: § 20 decides"),
        ("2024-03-15", "17", False, "17 < 18: not reached under the old law either"),
        ("2024-03-27", "18", False, "18 − 1 month since 27.2. = 17 < 18 on the day before"),
        ("2026-11-24", "35", False, "35 − 32 months since 27.2.2024 = 3 < 18"),
        ("2024-03-15", "36", False, "36 ≥ 36: the new waiting time is over anyway"),
        ("2024-03-15", "35", True, "35 < 36 and 35 ≥ 18"),
    ],
)
def test_analogleistungen_before_2024_is_asked_only_where_paragraph_20_can_decide(
    day: str, months: str, asked: bool, source: str
) -> None:
    """§ 20 AsylbLG keeps the 18 months (§ 2 Abs. 1 AsylbLG a. F.) for those who already
    drew Analogleistungen before 27.2.2024; the new waiting time is 36 months."""
    at = open_app({"lang": "de", **KIND, "d": day, **FAMILIE, "rm": months})
    assert ("analog_vor_2024" in shown(at)) is asked, source


def test_a_hidden_follow_up_answer_leaves_the_link() -> None:
    """The Abkommensstaat answer goes when the person no longer works."""
    at = open_app({"lang": "de", **KIND, "rs": "andere", "rt": "duldung", "re": "1", "rb": "1"})
    at.button_group(key=key("erwerbstaetig")).set_value(False).run()
    assert "abkommensstaat" not in shown(at)
    assert "rb" not in query(at) and query(at)["re"] == "0"


def test_the_admission_answer_leaves_the_link_with_another_purpose() -> None:
    """§ 22, § 23 Abs. 2, 4 AufenthG are humanitarian titles: another purpose drops rh."""
    at = open_app(
        {"lang": "de", **KIND, "rs": "andere", "rt": "aufenthaltserlaubnis", "rz": "humanitaer"}
        | {"rh": "1"}
    )
    assert query(at)["rh"] == "1"
    at.selectbox(key=key("zweck")).set_value(Aufenthaltszweck.schutz).run()
    assert "aufnahme" not in shown(at)
    assert "rh" not in query(at)
