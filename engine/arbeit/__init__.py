"""Arbeit: work and the Bürgergeld (SGB II). So far the residence exclusions of § 7 SGB II
(aufenthalt.py)."""
