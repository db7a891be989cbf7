"""The whole household at once: every area's results as overview lines, what-if variants."""
