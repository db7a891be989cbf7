"""Hilfen-Check engine: pure Python rules, dated parameters, explainable results.

Never imports streamlit. Pages call :func:`evaluate` and render what it returns.
"""

from engine.evaluate import Result, evaluate
from engine.parameters import NotCovered, NotInForce, covered_period
from engine.scenario import Scenario

__all__ = ["NotCovered", "NotInForce", "Result", "Scenario", "covered_period", "evaluate"]
