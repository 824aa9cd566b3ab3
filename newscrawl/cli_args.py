"""argparse value types shared by the ``newscrawl`` subcommands: a message naming the bound or
the expected form instead of a traceback."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date


def int_arg(low: int, high: int | None = None) -> Callable[[str], int]:
    """An argparse type: an integer in ``[low, high]``, else a message naming the range."""

    def parse(value: str) -> int:
        try:
            number = int(value)
        except ValueError:
            raise argparse.ArgumentTypeError(f"not an integer: {value!r}") from None
        if number < low or (high is not None and number > high):
            bound = f"between {low} and {high}" if high is not None else f">= {low}"
            raise argparse.ArgumentTypeError(f"must be {bound}, not {number}")
        return number

    parse.__name__ = "integer"
    return parse


def date_arg(value: str) -> date:
    """An argparse type: an ISO date (``YYYY-MM-DD``)."""
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {value!r}") from None
