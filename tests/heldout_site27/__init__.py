"""Site 27 (docstring to come)."""
