"""Site 23 (docstring completed below)."""
