"""One owner per resource: a whole crawl builds exactly one database engine."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from newscrawl.testsite.generator import Site
from newscrawl.testsite.server import SiteServer

ROOT = Path(__file__).resolve().parents[1]

# Runs `scrapy crawl news` in this interpreter with sqlalchemy.create_engine counted (patched
# before newscrawl is imported, so every module's `from sqlalchemy import create_engine` gets
# the counter); the count is written at exit, whatever way the crawl ends.
COUNTING_CRAWL = """
import atexit, sys, traceback
import sqlalchemy
calls = []
_create = sqlalchemy.create_engine
def counted(*args, **kwargs):
    calls.append("".join(traceback.format_stack(limit=6)[:-1]))
    return _create(*args, **kwargs)
sqlalchemy.create_engine = counted
import sqlalchemy.engine
sqlalchemy.engine.create_engine = counted
def report():
    with open(sys.argv[1], "w") as fh:
        fh.write(f"{len(calls)}\\n" + "\\n----\\n".join(calls))
atexit.register(report)
from scrapy.cmdline import execute
execute(["scrapy", "crawl", "news", "-s", "LOG_FILE=", *sys.argv[2:]])
"""


def test_a_crawl_builds_one_engine(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'crawl.db'}"
    out = tmp_path / "engines.txt"
    env = {
        **os.environ,
        "SCRAPY_SETTINGS_MODULE": "newscrawl.settings",
        "NEWSCRAWL_DATABASE_URL": db,
    }
    with SiteServer(Site(n_articles=6, seed=1)) as server:
        proc = subprocess.run(
            [
                sys.executable,
                "-c",
                COUNTING_CRAWL,
                str(out),
                "-a",
                "site=demo",
                "-a",
                f"base_url={server.url}",
            ],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )
    assert proc.returncode == 0, proc.stderr[-3000:]
    count, _, where = out.read_text().partition("\n")
    assert "newscrawl/store/new" in proc.stderr  # the crawl stored articles
    assert int(count) == 1, where
