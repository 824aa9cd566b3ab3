"""A time budget for extracting one page: a page that takes longer is stopped, not waited for.

``time_budget(seconds)`` raises :class:`BudgetExceeded` inside the code it guards once the
budget is spent (``SIGALRM``; it interrupts Python code and regex matching). It works in the
main thread of a process, which is where ``newscrawl extract`` and pool workers run pages;
elsewhere it guards nothing. :class:`BudgetedWorker` runs calls in a child process and kills
it when a call overruns even the alarm (a C loop that never returns to Python).

Setting: ``NEWSCRAWL_EXTRACT_TIMEOUT`` (seconds, default 5; 0 disables the budget).
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import threading
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from multiprocessing.connection import Connection
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


def _serve(conn: Connection, seconds: float) -> None:
    """Child loop: run each ``(fn, args)`` under the alarm; answer ``(status, value)``."""
    while True:
        try:
            job = conn.recv()
        except EOFError:
            return
        fn, args = job
        try:
            with time_budget(seconds):
                conn.send(("ok", fn(*args)))
        except BudgetExceeded as exc:
            conn.send(("timeout", str(exc)))
        except Exception:
            conn.send(("error", traceback.format_exc(limit=20)))


class BudgetedWorker:
    """One child process running picklable calls, each within ``seconds``.

    ``run(fn, *args)`` returns ``("ok", result)``, ``("error", traceback)`` or
    ``("timeout", reason)``. The alarm stops Python-level overruns; a call that does not come
    back ``grace`` seconds after its budget gets its process killed and a fresh one started.
    """

    def __init__(self, seconds: float, grace: float = 2.0) -> None:
        self.seconds = seconds
        self.grace = grace
        self.kills = 0
        ctx = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
        self._ctx: Any = multiprocessing.get_context(ctx)
        self._proc: Any = None
        self._conn: Connection | None = None

    def _start(self) -> Connection:
        parent: Connection
        parent, child = self._ctx.Pipe()
        self._proc = self._ctx.Process(target=_serve, args=(child, self.seconds), daemon=True)
        self._proc.start()
        child.close()
        self._conn = parent
        return parent

    def run(self, fn: Callable[..., Any], *args: Any) -> tuple[str, Any]:
        conn = self._conn or self._start()
        conn.send((fn, args))
        wait = self.seconds + self.grace if self.seconds > 0 else None
        if conn.poll(wait):
            try:
                status, value = conn.recv()
                return str(status), value
            except EOFError:  # the child died (a crash in C, out of memory)
                self.close()
                return "error", "worker process died"
        self.kills += 1
        self.close()
        return "timeout", f"no answer {wait:g} s after the call started: killed"

    def close(self) -> None:
        if self._proc is not None:
            self._proc.kill()
            self._proc.join(5)
            self._proc = None
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def __enter__(self) -> BudgetedWorker:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
