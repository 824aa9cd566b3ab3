"""A twenty-eighth held-out news site (docstring completed below)."""
