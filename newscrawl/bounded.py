"""A set that forgets its oldest members beyond a size: per-URL memory that stays flat.

The spider and the dedupe pipeline remember URLs they handled in this run (to skip them
and to count variants). On a site of millions of pages an unbounded set grows with the
crawl; this one keeps the ``maxlen`` most recent. Forgetting is safe: the scheduler's seen
filter (in memory, or in Redis for a fleet) still refuses a request made twice, and the
database finds an article again by its URL.
"""

from __future__ import annotations

from collections.abc import Iterable


class RecentSet:
    """Insertion-ordered set of at most ``maxlen`` strings (the oldest go first)."""

    def __init__(self, maxlen: int) -> None:
        self.maxlen = max(1, maxlen)
        self._items: dict[str, None] = {}

    def add(self, item: str) -> None:
        if item in self._items:
            return
        self._items[item] = None
        if len(self._items) > self.maxlen:
            del self._items[next(iter(self._items))]

    def update(self, items: Iterable[str]) -> None:
        for item in items:
            self.add(item)

    def __contains__(self, item: object) -> bool:
        return item in self._items

    def __len__(self) -> int:
        return len(self._items)
