"""The archive and analysis subcommands of ``newscrawl``: import-warc, reextract, report, serve.

Kept apart from ``newscrawl.cli`` (which only registers them) so each stays small.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import Any

from newscrawl.cli_args import date_arg
from newscrawl.db.session import database_url, ensure_schema, make_engine


def _import_warc(args: argparse.Namespace) -> int:
    os.environ.setdefault("SCRAPY_SETTINGS_MODULE", "newscrawl.settings")
    from scrapy.crawler import CrawlerProcess
    from scrapy.utils.project import get_project_settings

    from newscrawl.warcimport import WarcImportSpider

    settings = get_project_settings()
    settings.set("NEWSCRAWL_DATABASE_URL", database_url(args.database), priority="cmdline")
    settings.set("LOG_LEVEL", os.environ.get("NEWSCRAWL_LOG_LEVEL", "WARNING"), "cmdline")
    process = CrawlerProcess(settings)
    crawler = process.create_crawler(WarcImportSpider)
    process.crawl(
        crawler,
        files=",".join(args.files),
        site=args.site or "",
        workers="" if args.workers is None else str(args.workers),
        progress="0" if args.quiet else "1",
    )
    process.start()
    if process.bootstrap_failed or crawler.stats is None:
        return 1
    stats = crawler.stats.get_stats()
    skipped = {
        k.rsplit("/", 1)[1]: v for k, v in stats.items() if k.startswith("newscrawl/import/skip")
    }
    print(
        f"imported {stats.get('newscrawl/import/records', 0)} records at "
        f"{stats.get('newscrawl/import/pages_per_s', 0)} pages/s: "
        f"{stats.get('newscrawl/store/new', 0)} new articles, "
        f"{stats.get('newscrawl/store/updated', 0)} updated, "
        f"{stats.get('newscrawl/store/unchanged', 0)} unchanged, "
        f"{stats.get('newscrawl/dedupe/exact_duplicates', 0)} exact duplicates, "
        f"{stats.get('newscrawl/dedupe/near_duplicates', 0)} near-duplicates clustered; "
        f"skipped {skipped or 'none'}",
        file=sys.stderr,
    )
    return 3 if getattr(crawler, "newscrawl_failure", None) else 0


def _reextract(args: argparse.Namespace) -> int:
    from newscrawl.reextract import reextract

    if not (args.all or args.site or args.since or args.until):
        print("newscrawl reextract: give --site, --since/--until or --all", file=sys.stderr)
        return 2
    engine = make_engine(database_url(args.database))
    try:
        ensure_schema(engine, create_if_empty=False)
        report = reextract(
            engine,
            site=args.site,
            since=args.since,
            until=args.until,
            warc_dir=Path(args.warc_dir) if args.warc_dir else None,
            dry_run=args.dry_run,
        )
    finally:
        engine.dispose()
    print(report.summary())
    return 0


def _report(args: argparse.Namespace) -> int:
    from newscrawl.report import write_report

    engine = make_engine(database_url(args.database))
    try:
        ensure_schema(engine, create_if_empty=False)
        write_report(engine, Path(args.output))
    finally:
        engine.dispose()
    print(f"report written to {args.output}", file=sys.stderr)
    return 0


def _serve(args: argparse.Namespace) -> int:
    import shutil
    import subprocess
    import tempfile

    from newscrawl.datasette import metadata
    from newscrawl.db.session import sqlite_file

    path = sqlite_file(database_url(args.database))
    if path is None:
        print("newscrawl serve: Datasette reads SQLite databases only", file=sys.stderr)
        return 2
    exe = shutil.which("datasette") or str(Path(sys.executable).with_name("datasette"))
    if not Path(exe).exists():
        print("newscrawl serve: pip install 'newscrawl[datasette]'", file=sys.stderr)
        return 2
    meta: dict[str, Any] = metadata(path.stem)
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as fh:
        json.dump(meta, fh, ensure_ascii=False)
    cmd = [exe, "serve", str(path), "-m", fh.name, "-h", args.host, "-p", str(args.port)]
    print(" ".join(cmd), file=sys.stderr)
    try:
        return subprocess.run(cmd, check=False).returncode
    finally:
        os.unlink(fh.name)


def add_commands(sub: Any) -> None:
    """Register the subcommands on ``newscrawl``'s subparsers."""
    imp = sub.add_parser(
        "import-warc", help="import WARC files (e.g. CC-NEWS) through the pipelines"
    )
    imp.add_argument("files", nargs="+", metavar="FILE")
    imp.add_argument(
        "--site", help="site profile of every record (default: each URL's host, no profile)"
    )
    imp.add_argument("--workers", type=int, help="extraction processes (default: all cores)")
    imp.add_argument("--quiet", action="store_true", help="no progress on stderr")
    imp.set_defaults(func=_import_warc)

    rex = sub.add_parser(
        "reextract", help="re-run extraction on archived responses; update what changed"
    )
    rex.add_argument("--site", help="only this site's articles")
    rex.add_argument("--since", type=date_arg, metavar="YYYY-MM-DD", help="fetched on or after")
    rex.add_argument("--until", type=date_arg, metavar="YYYY-MM-DD", help="fetched on or before")
    rex.add_argument("--all", action="store_true", help="every archived article")
    rex.add_argument("--warc-dir", help="where to look for WARC files that have moved")
    rex.add_argument("--dry-run", action="store_true", help="report, change nothing")
    rex.set_defaults(func=_reextract)

    rep = sub.add_parser("report", help="one self-contained HTML report with charts")
    rep.add_argument("--output", "-o", default="output/report.html", metavar="FILE")
    rep.set_defaults(func=_report)

    srv = sub.add_parser(
        "serve", help="Datasette on the database (pip install newscrawl[datasette])"
    )
    srv.add_argument("--host", default="127.0.0.1")
    srv.add_argument("--port", type=int, default=8001)
    srv.set_defaults(func=_serve)
