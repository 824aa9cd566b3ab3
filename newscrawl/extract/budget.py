"""A time budget for extracting one page: a page that takes longer is stopped, not waited for.

``time_budget(seconds)`` raises :class:`BudgetExceeded` inside the code it guards once the
process has spent ``seconds`` of CPU time on it (``ITIMER_PROF``/``SIGPROF``; it interrupts
Python code and regex matching). CPU time, not wall time: on a machine loaded by other work
a page is not skipped for the time it waited for a core (a wall-clock budget skipped heavy
pages of a cron crawl that shared its machine). It works in the main thread of a process,
which is where ``newscrawl extract`` and pool workers run pages; elsewhere it guards nothing.
A call that overruns even the signal (a C loop that never returns to Python) or waits without
using the CPU is the process pool's to stop: :class:`newscrawl.pool.PagePool` keeps a wall-clock
deadline and kills and replaces the worker.

Setting: ``NEWSCRAWL_EXTRACT_TIMEOUT`` (CPU seconds, default 5; 0 disables the budget).
"""

from __future__ import annotations

import os
import signal
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from types import FrameType
from typing import Any

DEFAULT_EXTRACT_TIMEOUT = 5.0
#: Called before and after an :func:`unbudgeted` load (a pool worker tells its parent, whose
#: own deadline for the page then starts again).
_on_pause: list[Callable[[], None]] = []


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
        raise BudgetExceeded(f"over the {seconds:g} s extraction budget (CPU time)")

    previous = signal.signal(signal.SIGPROF, expire)
    signal.setitimer(signal.ITIMER_PROF, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, previous)


def on_pause(notify: Callable[[], None]) -> None:
    """Have ``notify`` called before and after each :func:`unbudgeted` block (one per process:
    a pool worker's message to its parent)."""
    _on_pause[:] = [notify]


@contextmanager
def unbudgeted() -> Iterator[None]:
    """Run a one-off load (the language model: about a second of CPU) outside the running
    budget: the timer is paused and resumes with the time that was left, so the first page
    that needs the model is not skipped for the load's sake."""
    if not _can_alarm():
        yield
        return
    left, _ = signal.setitimer(signal.ITIMER_PROF, 0)
    for notify in _on_pause:
        notify()
    try:
        yield
    finally:
        for notify in _on_pause:
            notify()
        if left > 0:
            signal.setitimer(signal.ITIMER_PROF, left)
