"""Erbe und Betreuung: which country's law governs a rechtliche Betreuung and an
inheritance (aufenthalt.py)."""
