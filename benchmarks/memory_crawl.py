#!/usr/bin/env python3
"""A fleet worker's RSS while it really crawls: real pages, a Redis frontier, PostgreSQL.

    python benchmarks/memory_crawl.py [--articles 10000] [--report 1000,10000] [--workers 0]

The site is scale_bench's (real saved news pages of 30-300 KB served as ``/a/<id>.html``,
portal listings of 90 links). One newscrawl worker crawls it with ``NEWSCRAWL_SCHEDULER=redis``
(the frontier and the seen-set in Redis), extraction inline (``--workers 0``, the default) or in
a pool, the WARC archive on, storage to a fresh PostgreSQL database. Every 0.25 s the /proc
status of the worker process and of its children (pool workers) is read; at each report point
(articles fetched, counted at the server) the current and peak RSS so far are printed with the
pages/s since the previous point (a ratio between runs in one invocation is robust to the
machine's load; an absolute figure is not). Configurations compared in one invocation:
``--configs 'base;MALLOC_ARENA_MAX=2;s:CONCURRENT_REQUESTS=16'`` runs one crawl per
configuration: ``K=V`` an environment variable of the worker, ``s:K=V`` a Scrapy setting,
``SRC=<dir>`` the newscrawl package of another checkout (a before/after).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from proc_tree import proc_stats
from scale_bench import PROFILE, SHARED, _http_json, _new_pg, _stored, add_site_args

ROOT = Path(__file__).resolve().parents[1]
PAGE = os.sysconf("SC_PAGE_SIZE")


def _status(pid: int) -> dict[str, int]:
    """VmRSS and VmHWM of a process, in KiB (empty once it is gone)."""
    out: dict[str, int] = {}
    try:
        with open(f"/proc/{pid}/status") as fh:
            for line in fh:
                if line.startswith(("VmRSS:", "VmHWM:")):
                    out[line.split(":")[0]] = int(line.split()[1])
    except OSError:
        pass
    return out


def _children(pid: int) -> list[int]:
    return [child for child, fields in proc_stats().items() if fields[1] == str(pid)]


class Sampler(threading.Thread):
    """Peak RSS of the worker and (summed) of its child processes; article count at the server."""

    def __init__(self, pid: int, base: str) -> None:
        super().__init__(daemon=True)
        self.pid, self.base = pid, base
        self.stop = threading.Event()
        self.main_kib = self.main_peak = self.kids_kib = self.kids_peak = 0
        self.kid_peak = 0  # the largest single child
        self.count = 0

    def run(self) -> None:
        kids: list[int] = []
        tick = 0
        while not self.stop.is_set():
            if tick % 20 == 0:  # the pool's workers (and the forkserver) come and go
                kids = [k for c in _children(self.pid) for k in (c, *_children(c))]
            tick += 1
            self.main_kib = _status(self.pid).get("VmRSS", 0)
            self.main_peak = max(self.main_peak, self.main_kib)
            sizes = [_status(k).get("VmRSS", 0) for k in kids]
            self.kids_kib = sum(sizes)
            self.kids_peak = max(self.kids_peak, self.kids_kib)
            self.kid_peak = max([self.kid_peak, *sizes])
            with contextlib.suppress(OSError):
                self.count = int(_http_json(f"{self.base}/__stats")["count"])
            time.sleep(0.25)


def crawl(
    args: argparse.Namespace,
    base: str,
    extra_env: dict[str, str],
    extra_sets: list[str],
    tmp: Path,
) -> None:
    db, drop = _new_pg(args.postgres)
    prefix = f"nc_mem_{uuid.uuid4().hex[:8]}"
    env = {**os.environ, "SCRAPY_SETTINGS_MODULE": "newscrawl.settings", **extra_env}
    # SRC=<dir>: run the newscrawl found there (an older checkout, for a before/after in one
    # invocation): the crawl's working directory comes first on its import path.
    src = Path(env.pop("SRC", ROOT))
    env["NEWSCRAWL_DATABASE_URL"] = db
    profile = tmp / "bench.toml"
    profile.write_text(PROFILE.format(base=base))
    run = tmp / prefix
    cmd = [sys.executable, "-m", "scrapy", "crawl", "news", "-a", f"site={profile}"]
    cmd += ["-a", f"base_url={base}"]
    sets = {
        **SHARED,
        "NEWSCRAWL_EXTRACT_WORKERS": str(args.workers),
        "NEWSCRAWL_SCHEDULER": "redis",
        "NEWSCRAWL_REDIS_URL": args.redis,
        "NEWSCRAWL_REDIS_PREFIX": prefix,
        "NEWSCRAWL_IDLE_EXIT": "2",
        "NEWSCRAWL_LOCK_DIR": str(run / "locks"),
        "NEWSCRAWL_SPOOL_DIR": str(run / "spool"),
        "NEWSCRAWL_WARC_DIR": str(run / "warc"),
    }
    for item in [*args.set, *extra_sets]:
        k, v = item.split("=", 1)
        sets[k] = v
    cmd += [x for k, v in sets.items() for x in ("-s", f"{k}={v}")]
    _http_json(f"{base}/__stats?reset=1")
    proc = subprocess.Popen(
        cmd, cwd=src, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True
    )
    err: list[str] = []
    reader = threading.Thread(target=lambda: err.append(proc.stderr.read()), daemon=True)  # type: ignore[union-attr]
    reader.start()
    sampler = Sampler(proc.pid, base)
    sampler.start()
    points = sorted(int(x) for x in args.report.split(","))
    last_n, last_t = 0, time.perf_counter()
    label = " ".join(f"{k}={v}" for k, v in extra_env.items()) or "base"
    label += "".join(f" -s {s}" for s in [*args.set, *extra_sets])
    print(f"-- {label}")
    print(f"   {'pages':>7} {'RSS MiB':>8} {'peak':>6} {'pool RSS':>9} {'peak':>6} {'pages/s':>8}")
    while proc.poll() is None:
        time.sleep(0.25)
        if points and sampler.count >= points[0]:
            now = time.perf_counter()
            rate = (sampler.count - last_n) / max(1e-6, now - last_t)
            print(
                f"   {sampler.count:>7} {sampler.main_kib / 1024:>8.0f} "
                f"{sampler.main_peak / 1024:>6.0f} {sampler.kids_kib / 1024:>9.0f} "
                f"{sampler.kids_peak / 1024:>6.0f} {rate:>8.1f}",
                flush=True,
            )
            last_n, last_t = sampler.count, now
            points.pop(0)
            if not points:
                proc.terminate()  # enough: the rest of the site is not measured
    sampler.stop.set()
    sampler.join()
    reader.join(5)
    if proc.returncode not in (0, -15) and err:
        print(err[0][-3000:], file=sys.stderr)
    stored, notes = _stored(db)
    print(
        f"   stored {stored}; peak RSS worker {sampler.main_peak / 1024:.0f} MiB, "
        f"pool children {sampler.kids_peak / 1024:.0f} MiB "
        f"(largest one {sampler.kid_peak / 1024:.0f})"
    )
    if notes:
        print("   " + ", ".join(f"{k} {v}" for k, v in sorted(notes.items())))
    drop()
    from redis import Redis

    r = Redis.from_url(args.redis)
    keys = list(r.scan_iter(f"{prefix}:*"))
    if keys:
        r.delete(*keys)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=10_000)
    ap.add_argument("--report", default="1000,10000")
    ap.add_argument("--workers", type=int, default=0, help="NEWSCRAWL_EXTRACT_WORKERS")
    ap.add_argument("--configs", default="base", help="';'-separated: 'base' or K=V,K=V env")
    ap.add_argument("--set", action="append", default=[], help="a Scrapy setting K=V")
    add_site_args(ap)
    args = ap.parse_args()
    server = subprocess.Popen(
        [
            sys.executable,
            str(ROOT / "benchmarks" / "scale_bench.py"),
            "--serve",
            *("--articles", str(args.articles)),
            *("--min-kb", str(args.min_kb), "--max-kb", str(args.max_kb)),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert server.stdout is not None
        base = server.stdout.readline().strip()
        about = server.stdout.readline().strip()
        print(f"site: {args.articles} articles ({about}); extraction workers {args.workers}")
        with tempfile.TemporaryDirectory() as tmp:
            for config in args.configs.split(";"):
                pairs = [kv for kv in config.split(",") if kv.strip() != "base"]
                env = dict(kv.split("=", 1) for kv in pairs if not kv.startswith("s:"))
                sets = [kv[2:] for kv in pairs if kv.startswith("s:")]
                crawl(args, base, env, sets, Path(tmp))
    finally:
        server.terminate()
        server.wait()
    print(json.dumps({"load_average": os.getloadavg()[0]}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
