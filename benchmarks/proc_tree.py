"""Peak summed RSS and CPU seconds of a process tree, sampled from /proc (scale_bench.py)."""

from __future__ import annotations

import os
import threading
import time


def proc_stats() -> dict[int, list[str]]:
    """Every process's ``/proc/<pid>/stat`` fields after the command name (index 1: the parent
    pid, 11-12: CPU ticks, 21: RSS pages)."""
    stats: dict[int, list[str]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as fh:
                stats[int(entry)] = fh.read().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
    return stats


class TreeMonitor(threading.Thread):
    """Peak summed RSS and CPU seconds of processes and all their descendants (/proc)."""

    def __init__(self, pids: list[int]) -> None:
        super().__init__(daemon=True)
        self.roots = set(pids)
        self.cpu: dict[int, float] = {}
        self.peak_rss = 0
        self.stop = threading.Event()
        self.tick = os.sysconf("SC_CLK_TCK")
        self.page = os.sysconf("SC_PAGE_SIZE")

    def _sample(self) -> None:
        stats = proc_stats()
        parents = {pid: int(fields[1]) for pid, fields in stats.items()}
        tree = set(self.roots)
        grew = True
        while grew:
            grew = False
            for pid, ppid in parents.items():
                if ppid in tree and pid not in tree:
                    tree.add(pid)
                    grew = True
        rss = 0
        for pid in tree & set(stats):
            f = stats[pid]
            self.cpu[pid] = (int(f[11]) + int(f[12])) / self.tick
            rss += int(f[21]) * self.page
        self.peak_rss = max(self.peak_rss, rss)

    def run(self) -> None:
        while not self.stop.is_set():
            self._sample()
            time.sleep(0.2)

    def total_cpu(self) -> float:
        return sum(self.cpu.values())
