"""Giving freed heap memory back to the operating system (glibc's ``malloc_trim``).

A crawl frees as much as it allocates: every page's body, decoded text and parsed tree
(several MB for a large page) are gone a moment later. glibc keeps freed memory in its heaps
for reuse, and a heap whose top is still in use keeps its free middle resident too, so a
long-running process sits tens of MB above what it holds. ``malloc_trim(0)`` returns every
free page of every heap (``madvise``); it takes about a millisecond. Elsewhere than glibc it
does nothing.
"""

from __future__ import annotations

import ctypes
import ctypes.util
from functools import lru_cache
from typing import Any


@lru_cache(maxsize=1)
def _libc() -> Any:
    name = ctypes.util.find_library("c")
    try:
        libc = ctypes.CDLL(name) if name else None
    except OSError:
        return None
    return libc if libc is not None and hasattr(libc, "malloc_trim") else None


def trim() -> bool:
    """Return the heaps' free pages to the system; False where there is no glibc."""
    libc = _libc()
    if libc is None:
        return False
    libc.malloc_trim(0)
    return True


def rss_mib() -> float | None:
    """This process's resident set size in MiB (Linux), else None."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None
