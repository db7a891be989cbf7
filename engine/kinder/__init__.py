"""Kinder: Kindergeld and the other family benefits. So far the residence rule of § 62
EStG (aufenthalt.py); the amounts come with the area's screen."""
