"""Eingliederungshilfe (SGB IX Teil 2): responsibility, free benefits, Einkommensgrenze,
Kostenbeitrag and assets (rules.py), the workshop families (beispiele.py), the area's part
of the scenario (scenario.py) and its parameter file (eingliederungshilfe.toml)."""
