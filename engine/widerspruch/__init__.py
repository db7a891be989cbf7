"""Widerspruch und Klage: deadlines (SGB X, SGG), the letter, and the Krankenversicherung
amounts a family meets in a Bescheid (§§ 55, 62 SGB V)."""
