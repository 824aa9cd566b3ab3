#!/usr/bin/env python3
"""The README's screenshot of ``newscrawl report``: crawl the demo site twice (the second run
after some articles were edited), render the report in headless Chromium, save a PNG. The
charts show what the demo site has (it syndicates no stories: the clusters chart says so).

    python benchmarks/report_screenshot.py docs/report.png [--articles 300]

Needs Debian's chromium (``make chromium``) and, for legible Chinese titles in the PNG, a CJK
font (``apt-get install fonts-wqy-zenhei``); the report itself uses the viewer's fonts.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def crawl(db: str, base: str, tmp: str) -> None:
    env = {
        **os.environ,
        "SCRAPY_SETTINGS_MODULE": "newscrawl.settings",
        "NEWSCRAWL_DATABASE_URL": db,
    }
    cmd = [sys.executable, "-m", "scrapy", "crawl", "news", "-a", "site=demo"]
    cmd += ["-a", f"base_url={base}", "-s", "LOG_LEVEL=WARNING"]
    cmd += ["-s", f"NEWSCRAWL_WARC_DIR={tmp}/warc", "-s", f"NEWSCRAWL_LOCK_DIR={tmp}/locks"]
    subprocess.run(cmd, env=env, cwd=ROOT, check=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("output", type=Path)
    parser.add_argument("--articles", type=int, default=300)
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    from newscrawl.cli import main as newscrawl
    from newscrawl.testsite.generator import Site
    from newscrawl.testsite.server import SiteServer

    with tempfile.TemporaryDirectory() as tmp:
        db = f"sqlite:///{tmp}/demo.db"
        with SiteServer(Site(n_articles=args.articles, seed=0)) as server:
            port = int(server.url.rsplit(":", 1)[1].strip("/"))
            crawl(db, server.url, tmp)
        # A later run of the same site (same address), after some articles were edited.
        with SiteServer(Site(n_articles=args.articles, seed=0, edited=20), port=port) as server:
            crawl(db, server.url, tmp)
        report = Path(tmp) / "report.html"
        assert newscrawl(["--database", db, "report", "--output", str(report)]) == 0
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
            page = browser.new_page(viewport={"width": 1400, "height": 1000})
            page.goto(report.as_uri())
            page.wait_for_selector(".js-plotly-plot .main-svg")
            args.output.parent.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(args.output), full_page=True)
            browser.close()
    print(f"screenshot written to {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
