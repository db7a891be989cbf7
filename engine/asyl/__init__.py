"""Aufenthalt und Asyl: the residence rules every area shares — the result type for a
residence status (rules.py), the Analogleistungen of § 2 AsylbLG with their dated waiting
time, and the residence limits that are fixed by statute (asyl.toml)."""
