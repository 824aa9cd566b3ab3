"""``scrapy crawl`` for newscrawl: one run per site at a time, and an exit status that says
whether the run worked.

Exit statuses (documented in the README):
  0   the run finished and is healthy
  1   the crawl could not start (bad arguments or profile, database at another schema, …)
  3   the run ran but failed: database unreachable (articles spooled, or not even that),
      crawl state unreadable, error rate over NEWSCRAWL_MAX_ERROR_RATE, the run ended early,
      or a site that used to yield articles returned nothing
  4   the run finished but is partial: pages raised while parsed, or rows were quarantined
  75  another run of the same site holds the lock (EX_TEMPFAIL: try again later)
"""

from __future__ import annotations

import argparse
import fcntl
import os
import re
import sys
import tomllib
from pathlib import Path
from typing import IO
from urllib.parse import urlsplit

from scrapy.commands import crawl
from scrapy.exceptions import UsageError

_SITES = Path(__file__).resolve().parents[1] / "sites"
EXIT_FAILED = 3
EXIT_PARTIAL = 4
EXIT_LOCKED = 75


def lock_name(spargs: dict[str, str]) -> str:
    """One lock per site: the name its articles and runs are recorded under (as
    :mod:`newscrawl.profiles` names it), read without importing the crawler, so that a second
    run gives way at once."""
    site, urls = spargs.get("site"), spargs.get("start_urls", "")
    if site:
        path = Path(site) if site.endswith(".toml") else _SITES / f"{site}.toml"
        try:
            name = tomllib.loads(path.read_text(encoding="utf-8")).get("name")
        except (OSError, ValueError):
            name = None  # the spider reports the bad profile
        return str(name or path.stem)
    try:
        hosts = sorted({(urlsplit(u.strip()).hostname or "").lower() for u in urls.split(",") if u})
    except ValueError:
        hosts = []
    return hosts[0] if hosts else "adhoc"


def try_lock(path: Path) -> IO[str] | None:
    """An exclusive, non-blocking lock held for the life of the process (the kernel drops it
    when the process dies, even by kill -9, so a crashed run never blocks the next)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle = path.open("a+")
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        handle.close()
        return None
    handle.seek(0)
    handle.truncate()
    handle.write(f"{os.getpid()}\n")
    handle.flush()
    return handle


class Command(crawl.Command):
    _lock: IO[str] | None = None

    def short_desc(self) -> str:
        return "Run a newscrawl spider (one run per site at a time)"

    def process_options(self, args: list[str], opts: argparse.Namespace) -> None:
        """Take the site's lock before Scrapy builds its crawler process (reactor, logging):
        a second run must give way at once, not after a second of start-up."""
        super().process_options(args, opts)
        assert self.settings is not None
        if self.settings.get("NEWSCRAWL_SCHEDULER") == "redis":
            # A fleet worker: many per site, on many machines; the Redis frontier and the
            # database's store lock coordinate them (newscrawl.fleet), not a local file lock.
            self._lock = open(os.devnull)  # noqa: SIM115 (closed in run())
            return
        name = lock_name(opts.spargs)
        safe = re.sub(r"[^\w.-]+", "_", name)
        path = Path(self.settings.get("NEWSCRAWL_LOCK_DIR", "output/locks")) / f"{safe}.lock"
        self._lock = try_lock(path)
        if self._lock is None:
            print(
                f"newscrawl: another crawl of {name!r} is running (lock {path}); not starting",
                file=sys.stderr,
            )
            sys.exit(EXIT_LOCKED)
        # The recorder may mark this site's unfinished runs aborted: none of them is alive.
        self.settings.set("NEWSCRAWL_SITE_LOCK", name, priority="cmdline")

    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        if len(args) != 1:
            raise UsageError("give exactly one spider name, e.g. scrapy crawl news -a site=demo")
        assert self.crawler_process is not None and self._lock is not None
        lock = self._lock
        try:
            crawler = self._create_crawler(args[0])
            self.crawler_process.crawl(crawler, **opts.spargs)
            self.crawler_process.start()
            failure = getattr(crawler, "newscrawl_failure", None)
            partial = getattr(crawler, "newscrawl_partial", None)
            if self.crawler_process.bootstrap_failed:
                self.exitcode = 1
            elif failure:
                print(f"newscrawl: run failed: {failure}", file=sys.stderr)
                self.exitcode = EXIT_FAILED
            elif partial:
                print(f"newscrawl: run partial: {partial}", file=sys.stderr)
                self.exitcode = EXIT_PARTIAL
        finally:
            lock.close()
