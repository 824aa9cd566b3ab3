"""A time budget for extracting one page: a page that takes longer is stopped, not waited for.

``time_budget(seconds)`` raises :class:`BudgetExceeded` inside the code it guards once the
budget is spent (``SIGALRM``; it interrupts Python code and regex matching). It works in the
main thread of a process, which is where ``newscrawl extract`` and pool workers run pages;
elsewhere it guards nothing. A call that overruns even the alarm (a C loop that never returns
to Python) is the process pool's to stop: :class:`newscrawl.pool.PagePool` kills and replaces
the worker.

Setting: ``NEWSCRAWL_EXTRACT_TIMEOUT`` (seconds, default 5; 0 disables the budget).
"""

from __future__ import annotations

import os
import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType
from typing import Any

DEFAULT_EXTRACT_TIMEOUT = 5.0


class BudgetExceeded(BaseException):
    """Extraction of one page ran over its time budget.

    A ``BaseException`` (like ``KeyboardInterrupt``): libraries that catch ``Exception`` around
    their parsing (trafilatura does) must not swallow it."""


def extract_timeout(value: Any = None) -> float:
    """The budget in seconds: ``value`` (a setting) or ``$NEWSCRAWL_EXTRACT_TIMEOUT`` or 5."""
    raw = value if value not in (None, "") else os.environ.get("NEWSCRAWL_EXTRACT_TIMEOUT")
    if raw in (None, ""):
        return DEFAULT_EXTRACT_TIMEOUT
    try:
        seconds = float(raw)
    except (TypeError, ValueError):
        raise ValueError(f"NEWSCRAWL_EXTRACT_TIMEOUT must be a number, not {raw!r}") from None
    if seconds < 0:
        raise ValueError(f"NEWSCRAWL_EXTRACT_TIMEOUT must be >= 0, not {raw!r}")
    return seconds


def _can_alarm() -> bool:
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


@contextmanager
def time_budget(seconds: float) -> Iterator[None]:
    """Raise :class:`BudgetExceeded` in the guarded block after ``seconds`` (0: no budget)."""
    if seconds <= 0 or not _can_alarm():
        yield
        return

    def expire(signum: int, frame: FrameType | None) -> None:
        raise BudgetExceeded(f"over the {seconds:g} s extraction budget")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
