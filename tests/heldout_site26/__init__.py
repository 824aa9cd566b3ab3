"""A twenty-sixth held-out news site (placeholder docstring, completed below)."""

from .generator import Site26

__all__ = ["Site26"]
