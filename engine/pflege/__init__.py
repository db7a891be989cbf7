"""Pflege: the assessment instrument (§ 15 SGB XI, nba.py and begutachtung.py), the SGB XI
benefits and the care screen's SGB V amounts (leistungen.py), Hilfe zur Pflege (SGB XII,
hilfe_zur_pflege.py), the area's part of the scenario (scenario.py) and its parameter
files (pflege.toml, krankenversicherung.toml, sozialhilfe.toml)."""
