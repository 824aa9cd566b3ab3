#!/usr/bin/env python3
"""import-warc on CC-NEWS-like input: the shared benchmark pages (real news pages of many
sites, 221 KB of HTML on average) written as one WARC under their own URLs, imported into a
fresh SQLite database with 1 worker and with all cores, in one run.

    python benchmarks/import_bench.py [--copies 1]

Prints records, articles stored, pages/s and peak RSS of each import. The pages are read in
place from the shared folder and the WARC lives in a temporary directory.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import subprocess
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
SHARED = ROOT.parent / "shared" / "benchmarks" / "extraction"
if not SHARED.is_dir():
    SHARED = Path("/work/shared/benchmarks/extraction")

IMPORT = r"""
import json, resource, sys, time
from newscrawl.cli import main
t0 = time.perf_counter()
code = main(["--database", sys.argv[1], "import-warc", "--quiet", *sys.argv[2:]])
print(json.dumps({"code": code, "seconds": time.perf_counter() - t0,
                  "rss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def build_warc(directory: Path, copies: int) -> tuple[str, int]:
    from newscrawl.warc import Exchange, WarcWriter

    writer = WarcWriter(directory)
    n = 0
    for copy in range(copies):
        for page in sorted(SHARED.glob("*/*.html.gz")):
            label = json.loads(page.with_name(page.name[:-8] + ".json").read_text("utf-8"))
            url = label.get("url") or f"https://{page.parent.name}.example/{page.name[:-8]}"
            if copy:
                url += f"{'&' if '?' in url else '?'}copy={copy}"
            writer.write(
                Exchange(
                    url=url,
                    method=b"GET",
                    request_headers=[(b"User-Agent", b"bench")],
                    status=200,
                    response_headers=[(b"Content-Type", b"text/html")],
                    body=gzip.decompress(page.read_bytes()),
                    date=datetime.now(UTC),
                )
            )
            n += 1
    writer.close()
    return str(writer.files[0]), n


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=1)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        warc, n = build_warc(Path(tmp) / "warc", args.copies)
        size = Path(warc).stat().st_size / 1e6
        print(f"{n} records, {size:.1f} MB WARC from {SHARED}")
        cores = len(os.sched_getaffinity(0))
        for workers in dict.fromkeys((1, cores)):
            db = f"sqlite:///{tmp}/w{workers}.db"
            out = subprocess.run(
                [sys.executable, "-c", IMPORT, db, warc, "--workers", str(workers)],
                cwd=ROOT,
                env={**os.environ, "NEWSCRAWL_LOG_LEVEL": "WARNING"},
                capture_output=True,
                text=True,
                check=True,
            )
            res = json.loads(out.stdout.strip().splitlines()[-1])
            summary = next(x for x in out.stderr.splitlines() if x.startswith("imported "))
            print(
                f"workers={workers}: {n / res['seconds']:.1f} pages/s "
                f"({res['seconds']:.1f} s, peak RSS {res['rss_mib']:.0f} MiB)\n    {summary}"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
