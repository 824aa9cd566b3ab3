"""A twenty-fifth held-out news site (placeholder docstring, completed below)."""
