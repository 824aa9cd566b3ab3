#!/usr/bin/env python3
"""Throughput on every core and across workers, in ONE invocation on the same site:

    python benchmarks/scale_bench.py [--articles 2000] [--repeat 3]
                                     [--modes bare,single,pool,fleet1,fleet2]

The site: real saved news pages (the shared extraction benchmark, aeb + magichtml, 30-300 KB,
read from ../shared at run time and never copied) served by a separate local process as
``/a/<id>.html`` (page ``id mod n``, with a unique paragraph put into its longest paragraph so
that every article is distinct, and a related block linking three other articles), reached
through portal listing pages ``/list/<n>`` (90 article links each, full navigation, ~40 KB).
Links of the real pages that point elsewhere are ignored by the benchmark profile.

Modes (each in its own processes, same server, fresh database):
  bare    bare Scrapy: follows the links newscrawl would follow, skips seen URLs, extracts
          nothing (the ceiling)
  single  newscrawl, one process, extraction inline (NEWSCRAWL_EXTRACT_WORKERS=0)
  pool    newscrawl, one process, extraction in a pool of one worker per core
  fleetN  N newscrawl workers (extraction inline in each) on one Redis frontier
          (NEWSCRAWL_SCHEDULER=redis) and one database; fleet2 / fleet1 is scale-out alone,
          fleet2 / single also counts the cost of the shared frontier

Databases: PostgreSQL (``--postgres``, default the local server; a fresh database per mode),
Redis (``--redis``). Time per mode is measured at the server (first to last request), so
start-up and the fleet's idle-exit wait are not counted; wall time of the processes is also
shown. CPU seconds and peak RSS are of the whole process tree (crawler, pool workers), sampled
from /proc every 0.2 s. Settings identical for all: robots.txt obeyed, AutoThrottle off,
CONCURRENT_REQUESTS 32, 16 per domain.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

from proc_tree import TreeMonitor
from scale_site import PER_LIST, serve

ROOT = Path(__file__).resolve().parents[1]
SHARED = {
    "AUTOTHROTTLE_ENABLED": "False",
    "CONCURRENT_REQUESTS": "32",
    "CONCURRENT_REQUESTS_PER_DOMAIN": "16",
    "LOG_LEVEL": "WARNING",
    "TELNETCONSOLE_ENABLED": "False",
}
PROFILE = """name = "bench"
base_url = "{base}"
seeds = ["/"]
article_patterns = ['^/a/\\d+\\.html$']
listing_patterns = ['^/$', '^/list/\\d+$']
max_depth = 100
"""


# ------------------------------------------------------------------------------ measuring
BARE = r'''
import sys
from scrapy import Request, Spider
from scrapy.crawler import CrawlerProcess
from scrapy.utils.project import get_project_settings
from newscrawl.profiles import load_profile

profile_path, base = sys.argv[1], sys.argv[2]

class BareSpider(Spider):
    """Follows the links newscrawl would follow (same canonicalisation and rules), skips
    seen URLs (Scrapy's dupefilter), extracts nothing."""
    name = "bare"
    def __init__(self, **kw):
        super().__init__(**kw)
        self.profile = load_profile(profile_path, base)
        self.allowed_domains = self.profile.allowed_domains
    async def start(self):
        for u in self.profile.seeds:
            yield Request(self.profile.canonicalize(u))
    def parse(self, response):
        for href in response.css("a::attr(href)").getall():
            u = self.profile.canonicalize(response.urljoin(href))
            if self.profile.classify(u) != "ignore":
                yield Request(u)

settings = get_project_settings()
for arg in sys.argv[3:]:
    k, v = arg.split("=", 1)
    settings.set(k, v)
settings.set("ITEM_PIPELINES", {})
settings.set("EXTENSIONS", {})
settings.set("ADDONS", {})
process = CrawlerProcess(settings)
process.crawl(BareSpider)
process.start()
'''


def _http_json(url: str) -> dict[str, Any]:
    from urllib.request import urlopen

    with urlopen(url, timeout=10) as resp:
        return json.loads(resp.read())  # type: ignore[no-any-return]


def _new_pg(admin_url: str) -> tuple[str, Any]:
    from sqlalchemy import create_engine, text

    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    name = f"nc_bench_{uuid.uuid4().hex[:8]}"
    with admin.connect() as conn:
        conn.execute(text(f"CREATE DATABASE {name}"))

    def drop() -> None:
        with admin.connect() as conn:
            conn.execute(text(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
        admin.dispose()

    return admin.url.set(database=name).render_as_string(hide_password=False), drop


def _stored(db: str) -> tuple[int, dict[str, int]]:
    """Articles stored, and the runs' summed counters of where the other pages went."""
    from sqlalchemy import create_engine, text

    engine = create_engine(db)
    keys = ("newscrawl/drop/", "newscrawl/dedupe/exact", "newscrawl/dedupe/duplicate_url")
    keys += ("newscrawl/extract/", "newscrawl/fleet/requeued", "newscrawl/store/spooled")
    try:
        with engine.connect() as conn:
            count = int(conn.execute(text("SELECT count(*) FROM articles")).scalar() or 0)
            notes: dict[str, int] = {}
            for (raw,) in conn.execute(text("SELECT stats FROM crawl_runs")):
                for k, v in json.loads(raw or "{}").items():
                    if k.startswith(keys) and isinstance(v, int):
                        name = k.removeprefix("newscrawl/")
                        notes[name] = notes.get(name, 0) + v
            return count, notes
    finally:
        engine.dispose()


def run_mode(
    mode: str, base: str, profile: Path, args: argparse.Namespace, tmp: Path
) -> dict[str, Any]:
    env = {**os.environ, "SCRAPY_SETTINGS_MODULE": "newscrawl.settings"}
    sets = [x for k, v in SHARED.items() for x in ("-s", f"{k}={v}")]
    cmds: list[list[str]] = []
    db, drop, prefix = "", None, ""
    if mode == "bare":
        cmds = [
            [
                sys.executable,
                "-c",
                BARE,
                str(profile),
                base,
                *(f"{k}={v}" for k, v in SHARED.items()),
            ]
        ]
    else:
        db, drop = _new_pg(args.postgres)
        env["NEWSCRAWL_DATABASE_URL"] = db
        crawl = [sys.executable, "-m", "scrapy", "crawl", "news", "-a", f"site={profile}"]
        if args.cprofile:  # the crawl process under cProfile (its pool workers are not)
            out = Path(args.cprofile) / f"{mode}.prof"
            crawl[1:1] = ["-m", "cProfile", "-o", str(out)]
        crawl += ["-a", f"base_url={base}", *sets, "-s", f"NEWSCRAWL_LOCK_DIR={tmp / mode}"]
        crawl += ["-s", f"NEWSCRAWL_SPOOL_DIR={tmp / mode / 'spool'}"]
        if mode == "single":
            cmds = [[*crawl, "-s", "NEWSCRAWL_EXTRACT_WORKERS=0"]]
        elif mode == "pool":
            cmds = [[*crawl, "-s", f"NEWSCRAWL_EXTRACT_WORKERS={args.pool_workers}"]]
        elif mode.startswith("fleet"):
            prefix = f"nc_bench_{uuid.uuid4().hex[:8]}"
            fleet = [
                *crawl,
                *("-s", "NEWSCRAWL_EXTRACT_WORKERS=0", "-s", "NEWSCRAWL_SCHEDULER=redis"),
                *(
                    "-s",
                    f"NEWSCRAWL_REDIS_URL={args.redis}",
                    "-s",
                    f"NEWSCRAWL_REDIS_PREFIX={prefix}",
                ),
                *("-s", "NEWSCRAWL_IDLE_EXIT=2"),
            ]
            cmds = [fleet] * int(mode[5:] or 2)
    _http_json(f"{base}/__stats?reset=1")
    t0 = time.perf_counter()
    procs = [
        subprocess.Popen(
            c, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True
        )
        for c in cmds
    ]
    monitor = TreeMonitor([p.pid for p in procs])
    monitor.start()
    errors = [p.communicate()[1] for p in procs]
    wall = time.perf_counter() - t0
    monitor.stop.set()
    monitor.join()
    for p, err in zip(procs, errors, strict=True):
        if p.returncode != 0:
            print(f"{mode}: exit {p.returncode}\n{err[-6000:]}", file=sys.stderr)
    if prefix:
        from redis import Redis

        r = Redis.from_url(args.redis)
        keys = list(r.scan_iter(f"{prefix}:*"))
        if keys:
            r.delete(*keys)
    server = _http_json(f"{base}/__stats")
    stored, notes = _stored(db) if db else (0, {})
    if drop:
        drop()
    seconds = max(1e-6, server["last"] - server["first"])
    return {
        "mode": mode,
        "requests": server["count"],
        "seconds": seconds,
        "wall": wall,
        "pages_per_s": server["count"] / seconds,
        "stored": stored,
        "req_per_article": server["count"] / stored if stored else float("nan"),
        "peak_rss_mib": monitor.peak_rss / 2**20,
        "cpu_s": monitor.total_cpu(),
        "cpu_ms_per_page": 1000 * monitor.total_cpu() / max(1, server["count"]),
        "notes": notes,
    }


def add_site_args(ap: argparse.ArgumentParser) -> None:
    """The site's page sizes and the services (shared with memory_crawl.py)."""
    ap.add_argument("--min-kb", type=int, default=30)
    ap.add_argument("--max-kb", type=int, default=300)
    ap.add_argument(
        "--postgres",
        default=os.environ.get(
            "NEWSCRAWL_TEST_POSTGRES", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
        ),
    )
    ap.add_argument(
        "--redis", default=os.environ.get("NEWSCRAWL_REDIS_URL", "redis://127.0.0.1:6379/0")
    )


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=2000)
    ap.add_argument("--modes", default="bare,single,pool,fleet1,fleet2")
    ap.add_argument("--pool-workers", type=int, default=len(os.sched_getaffinity(0)))
    ap.add_argument(
        "--repeat",
        type=int,
        default=1,
        help="run the modes this many rounds, interleaved (A B C A B C); each mode's figures "
        "are then its median round, and each ratio also shows its range over the rounds",
    )
    add_site_args(ap)
    ap.add_argument("--serve", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--json", help="also write the results here")
    ap.add_argument(
        "--cprofile",
        metavar="DIR",
        help="run each newscrawl crawl process under cProfile, writing DIR/<mode>.prof "
        "(slower: for finding the costs, not for the figures)",
    )
    args = ap.parse_args()
    if args.serve:
        serve(args.articles, args.min_kb, args.max_kb)
        return 0
    server = subprocess.Popen(
        [
            sys.executable,
            __file__,
            "--serve",
            "--articles",
            str(args.articles),
            "--min-kb",
            str(args.min_kb),
            "--max-kb",
            str(args.max_kb),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    results = []
    try:
        assert server.stdout is not None
        base = server.stdout.readline().strip()
        about = server.stdout.readline().strip()
        with tempfile.TemporaryDirectory() as tmp:
            profile = Path(tmp) / "bench.toml"
            profile.write_text(PROFILE.format(base=base))
            for _ in range(args.repeat):
                for mode in args.modes.split(","):
                    results.append(run_mode(mode, base, profile, args, Path(tmp)))
    finally:
        server.terminate()
        server.wait()
    cores = len(os.sched_getaffinity(0))
    print(
        f"site: {args.articles} articles ({about}), listings of {PER_LIST}; {cores} cores; "
        f"pool workers {args.pool_workers}; load average {os.getloadavg()[0]:.1f}"
    )
    head = f"{'mode':<8}{'requests':>9}{'seconds':>9}{'wall s':>8}{'pages/s':>9}{'stored':>8}"
    print(head + f"{'req/art':>8}{'peak RSS MiB':>13}{'CPU s':>8}{'CPU ms/page':>12}")
    for r in results:
        print(
            f"{r['mode']:<8}{r['requests']:>9}{r['seconds']:>9.1f}{r['wall']:>8.1f}"
            f"{r['pages_per_s']:>9.1f}{r['stored']:>8}{r['req_per_article']:>8.2f}"
            f"{r['peak_rss_mib']:>13.0f}{r['cpu_s']:>8.1f}{r['cpu_ms_per_page']:>12.1f}"
        )
    for r in results:
        if r["notes"]:
            print(f"  {r['mode']}: " + ", ".join(f"{k} {v}" for k, v in sorted(r["notes"].items())))
    rounds: dict[str, list[dict[str, Any]]] = {}
    for r in results:
        rounds.setdefault(r["mode"], []).append(r)
    # A mode's figure is its median round (by pages/s): a busy neighbour slows one round, not all.
    by = {m: sorted(rs, key=lambda r: r["pages_per_s"])[len(rs) // 2] for m, rs in rounds.items()}
    if args.repeat > 1:
        print(f"medians of {args.repeat} interleaved rounds:")
        for m, r in by.items():
            each = ", ".join(f"{x['pages_per_s']:.1f}" for x in rounds[m])
            print(f"  {m:<8} {r['pages_per_s']:.1f} pages/s (rounds: {each})")

    def ratio(a: str, b: str) -> None:
        if a in by and b in by:
            line = f"{a} / {b}: {by[a]['pages_per_s'] / by[b]['pages_per_s']:.2f}x pages/s"
            if args.repeat > 1:  # the same round's pair: the neighbours' load shared
                each = [
                    x["pages_per_s"] / y["pages_per_s"]
                    for x, y in zip(rounds[a], rounds[b], strict=True)
                ]
                line += f" (rounds: {min(each):.2f}-{max(each):.2f})"
            print(line)

    ratio("pool", "bare")
    ratio("single", "bare")
    ratio("pool", "single")
    ratio("fleet2", "single")
    ratio("fleet2", "fleet1")  # scale-out alone: the same worker, one vs two
    if args.json:
        Path(args.json).write_text(json.dumps({"cores": cores, "results": results}, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
