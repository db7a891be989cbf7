"""ui/render.py: an unverified amount behind a result is marked and warned about."""

from streamlit.testing.v1 import AppTest


def _explanation_with(status: str) -> None:
    from datetime import date
    from decimal import Decimal

    from engine.explain import ExplainedAmount, Money, ParameterUse, Step
    from i18n import Translator
    from ui import render

    use = ParameterUse(
        key="anschubfinanzierung_person",
        value=Money(amount=Decimal("2613")),
        valid_from=date(2025, 1, 1),
        legal_basis="§ 45e Abs. 1 SGB XI",
        source="test",
        status=status,
    )
    step = Step(rule="t", message="explain.title", legal_basis="§ 45e SGB XI", parameters=(use,))
    result = ExplainedAmount(value=use.value, legal_basis="§ 45e SGB XI", steps=(step,))
    render.explanation(Translator("de"), result)


def run(status: str) -> AppTest:
    at = AppTest.from_function(_explanation_with, args=(status,), default_timeout=30)
    at.run()
    assert not at.exception
    return at


def test_unverified_amount_is_warned_about_and_marked() -> None:
    at = run("unverified")
    assert "in keiner amtlichen Quelle bestätigen" in at.warning[0].value
    assert (
        "2.613,00\xa0€ (gilt seit 1. Januar 2025, §\xa045e Abs.\xa01 SGB\xa0XI) ⚠ nicht bestätigt"
        in at.markdown[0].value
    )


def test_verified_amount_has_no_warning() -> None:
    at = run("verified")
    assert not at.warning
    assert "⚠" not in at.markdown[0].value
