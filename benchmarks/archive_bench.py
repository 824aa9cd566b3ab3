#!/usr/bin/env python3
"""Cost of the WARC archive and speed of import-warc, in one run on the generated site.

    python benchmarks/archive_bench.py --articles 1000 [--rounds 2]

1. Crawls the site with ``NEWSCRAWL_WARC`` off and on, alternately, ``--rounds`` times each
   (same runner and settings as benchmarks/crawl_bench.py); best pages/s of each and the ratio
   (the target: the archive costs at most 15 %).
2. Imports the archive of the last crawl into a fresh database (``newscrawl import-warc``), then
   a file four times as large (the same records four times over), each in its own process;
   pages/s and peak RSS of the importing process and of its largest worker. Flat memory: the
   4x file peaks no higher than the 1x file (within noise).
The machine is shared: compare ratios measured in the same run, not absolute figures.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from crawl_bench import ROOT, SHARED
from crawl_bench import RUNNER as _RUNNER

# The same runner, also reporting the crawl process's CPU seconds: on a shared machine CPU
# per page is steadier than wall-clock pages/s.
RUNNER = _RUNNER.replace(
    '"seconds": elapsed,',
    '"seconds": elapsed, "cpu": sum(resource.getrusage(resource.RUSAGE_SELF)[:2]),',
)
assert RUNNER != _RUNNER

IMPORT = r"""
import json, resource, sys, time
from newscrawl.cli import main
t0 = time.perf_counter()
code = main(["--database", sys.argv[1], "import-warc", "--quiet", *sys.argv[2:]])
print(json.dumps({
    "code": code,
    "seconds": time.perf_counter() - t0,
    "rss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    "worker_rss_mib": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
}))
"""


def crawl(base: str, db: str, archive: bool, warc_dir: str) -> dict[str, float]:
    shared = {**SHARED, "NEWSCRAWL_WARC": archive, "NEWSCRAWL_WARC_DIR": warc_dir}
    env = {**os.environ, "SCRAPY_SETTINGS_MODULE": "newscrawl.settings"}
    out = subprocess.run(
        [sys.executable, "-c", RUNNER, "newscrawl", base, db, json.dumps(shared)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def import_warc(db: str, files: list[str]) -> dict[str, float]:
    env = {**os.environ, "NEWSCRAWL_LOG_LEVEL": "WARNING"}
    out = subprocess.run(
        [sys.executable, "-c", IMPORT, db, *files, "--site", "demo"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    result: dict[str, float] = json.loads(out.stdout.strip().splitlines()[-1])
    line = next(x for x in out.stderr.splitlines() if x.startswith("imported "))
    result["records"] = float(line.split()[1])
    result["pages_per_s"] = result["records"] / result["seconds"]
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    serve = ["serve", "--port", "0", "--articles", str(args.articles)]
    server = subprocess.Popen(
        [sys.executable, "-m", "newscrawl.testsite", *serve],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    best: dict[bool, float] = {False: 0.0, True: 0.0}
    cpu: dict[bool, list[float]] = {False: [], True: []}
    with tempfile.TemporaryDirectory() as tmp:
        try:
            assert server.stdout is not None
            base = server.stdout.readline().strip()
            for r in range(args.rounds):
                for archive in (False, True) if r % 2 == 0 else (True, False):
                    warc_dir = f"{tmp}/warc-{r}"
                    res = crawl(base, f"sqlite:///{tmp}/c-{r}-{archive}.db", archive, warc_dir)
                    rate = res["pages"] / res["seconds"]
                    best[archive] = max(best[archive], rate)
                    cpu[archive].append(1000 * res["cpu"] / res["pages"])
                    print(
                        f"crawl archive={'on ' if archive else 'off'} {res['pages']:.0f} pages "
                        f"in {res['seconds']:.1f}s = {rate:.1f} pages/s, "
                        f"{cpu[archive][-1]:.1f} CPU ms/page",
                        flush=True,
                    )
        finally:
            server.terminate()
            server.wait()
        ratio = best[True] / best[False]
        print(f"best pages/s: archive off {best[False]:.1f}, on {best[True]:.1f}")
        print(f"archive on / off throughput: {ratio:.3f} (cost {100 * (1 - ratio):.1f} %)")
        cpu_ratio = min(cpu[False]) / min(cpu[True])
        print(
            f"best CPU ms/page: off {min(cpu[False]):.1f}, on {min(cpu[True]):.1f}: "
            f"CPU-bound throughput ratio {cpu_ratio:.3f} (cost {100 * (1 - cpu_ratio):.1f} %)"
        )
        warcs = sorted(str(p) for p in Path(f"{tmp}/warc-{args.rounds - 1}").glob("*.warc.gz"))
        big = Path(tmp) / "x4.warc.gz"
        with big.open("wb") as fh:
            for _ in range(4):
                for w in warcs:
                    fh.write(Path(w).read_bytes())
        size1 = sum(Path(w).stat().st_size for w in warcs) / 1e6
        one = import_warc(f"sqlite:///{tmp}/i1.db", warcs)
        four = import_warc(f"sqlite:///{tmp}/i4.db", [str(big)])
        for name, res, size in (("1x", one, size1), ("4x", four, big.stat().st_size / 1e6)):
            print(
                f"import-warc {name} ({size:.1f} MB, {res['records']:.0f} records): "
                f"{res['pages_per_s']:.1f} pages/s, peak RSS {res['rss_mib']:.0f} MiB "
                f"(largest worker {res['worker_rss_mib']:.0f} MiB)"
            )
        print(f"crawl pages/s beside it (archive on): {best[True]:.1f}")
    return 0 if ratio >= 0.85 else 1


if __name__ == "__main__":
    sys.exit(main())
