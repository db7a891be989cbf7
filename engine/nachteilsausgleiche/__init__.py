"""Nachteilsausgleiche: the Schwerbehindertenausweis and what it opens. So far who can get
the Ausweis by residence (§ 2 Abs. 2 SGB IX, aufenthalt.py)."""
