"""RecentSet keeps the ``maxlen`` most recently added members, oldest forgotten first."""

from __future__ import annotations

from newscrawl.bounded import RecentSet


def test_recent_set_forgets_the_oldest_first() -> None:
    s = RecentSet(3)
    s.update(["a", "b", "c", "a", "d"])  # "a" again is no new member: "a" is still the oldest
    assert len(s) == 3
    assert "a" not in s
    assert all(x in s for x in "bcd")
    s.add("e")
    assert "b" not in s and "e" in s


def test_recent_set_stays_at_its_bound_under_churn() -> None:
    s = RecentSet(1000)
    s.update(f"u{i}" for i in range(10_000))
    assert len(s) == 1000
    assert "u8999" not in s and "u9000" in s and "u9999" in s
