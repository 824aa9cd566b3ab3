"""The ``newscrawl`` console script: everything a user does that is not a crawl.

newscrawl demo [--articles N]      serve the bundled demo site, crawl it, print a summary
newscrawl extract PATH… [--url U]  extract saved pages to JSON lines on stdout
newscrawl db upgrade               create or upgrade the database schema
newscrawl summary                  summarise the database and its last crawl run
newscrawl search TEXT              articles whose title or body contains TEXT
newscrawl export [--format F] [--site S] [--since D] [--until D] [-o FILE|-]
                                   articles to CSV, JSON lines or Parquet (stdout by default)
newscrawl enqueue SITE [URL…]     start or extend a site's crawl job for fleet workers (Redis)
newscrawl datasette-metadata [-o FILE|-]
                                   Datasette metadata.json for the database
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from newscrawl.cli_args import date_arg, int_arg
from newscrawl.db.repository import Repository
from newscrawl.db.runs import last_run
from newscrawl.db.session import (
    SchemaError,
    database_url,
    ensure_schema,
    make_engine,
    safe_url,
    sqlite_file,
    upgrade,
)
from newscrawl.export import FORMATS, Format


def _db_upgrade(args: argparse.Namespace) -> int:
    engine = make_engine(database_url(args.database))
    upgrade(engine)
    print(f"database {engine.url.render_as_string(hide_password=True)} is at the latest schema")
    return 0


def summary(url: str) -> str:
    """A short report: row counts and the last run's duplicates and drops."""
    engine = make_engine(url)
    try:
        repo = Repository(engine)
        counts = repo.counts()
        run = last_run(engine)
    finally:
        engine.dispose()
    lines = [
        f"database: {engine.url.render_as_string(hide_password=True)}",
        f"articles: {counts['articles']}  (reached by {counts['urls']} URLs)",
        f"related/recommended links: {counts['links']}",
    ]
    if run is not None:
        r = run
        stats: dict[str, Any] = json.loads(r.stats or "{}")
        drops = {
            k.rsplit("/", 1)[1]: v for k, v in stats.items() if k.startswith("newscrawl/drop/")
        }
        skips = {
            k.rsplit("/", 1)[1]: v for k, v in stats.items() if k.startswith("newscrawl/skip/")
        }
        lines += [
            f"last run #{r.id} ({r.finish_reason}, {r.status or 'unfinished'}): {r.pages} pages "
            f"fetched, {r.articles_new} new articles, {r.articles_seen} seen again"
            + (f"; {r.failure}" if r.failure else ""),
            f"duplicates collapsed: {stats.get('newscrawl/dedupe/url_variants', 0)} URL variants "
            f"canonicalised before requesting, "
            f"{stats.get('newscrawl/dedupe/duplicate_url', 0)} duplicate pages, "
            f"{stats.get('newscrawl/dedupe/exact_duplicates', 0)} copies of stored texts; "
            f"{stats.get('newscrawl/dedupe/near_duplicates', 0)} near-duplicates clustered",
            "dropped by reason: "
            + (", ".join(f"{k}={v}" for k, v in sorted(drops.items())) or "none"),
            "skipped: " + (", ".join(f"{k}={v}" for k, v in sorted(skips.items())) or "none"),
        ]
    return "\n".join(lines)


def _summary(args: argparse.Namespace) -> int:
    print(summary(database_url(args.database)))
    return 0


def _demo(args: argparse.Namespace) -> int:
    from newscrawl.testsite.generator import Site
    from newscrawl.testsite.server import SiteServer

    url = database_url(args.database)
    engine = make_engine(url)
    try:
        upgrade(engine)
    finally:
        engine.dispose()
    site = Site(n_articles=args.articles, seed=args.seed)
    try:  # the same address every time, so a second demo is an incremental re-run
        server = SiteServer(site, port=args.port).start()
    except OSError:
        server = SiteServer(site, port=0).start()  # the port is taken: any free one
    with server:
        print(
            f"demo site: {server.url} ({args.articles} articles); crawling into {safe_url(url)}",
            flush=True,
        )
        env = {
            **os.environ,
            "SCRAPY_SETTINGS_MODULE": "newscrawl.settings",
            "NEWSCRAWL_DATABASE_URL": url,
        }
        env.setdefault("NEWSCRAWL_LOG_LEVEL", "WARNING")
        cmd = [
            sys.executable,
            "-m",
            "scrapy",
            "crawl",
            "news",
            "-a",
            "site=demo",
            "-a",
            f"base_url={server.url}",
        ]
        code = subprocess.run(cmd, env=env, check=False).returncode
    print(summary(url))
    return code


_FORMAT_BY_SUFFIX: dict[str, Format] = {
    ".csv": "csv",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".parquet": "parquet",
}


def _export(args: argparse.Namespace) -> int:
    from newscrawl.export import ExportError, export_articles

    to_stdout = args.output == "-"
    fmt: Format = args.format or _FORMAT_BY_SUFFIX.get(Path(args.output).suffix.lower(), "csv")
    if to_stdout and fmt == "parquet" and sys.stdout.isatty():
        print("newscrawl export: Parquet is binary: use -o FILE or a pipe", file=sys.stderr)
        return 2
    engine = make_engine(database_url(args.database))
    try:
        ensure_schema(engine, create_if_empty=False)  # SchemaError: exit 2 via main()
        out = sys.stdout.buffer if to_stdout else Path(args.output)
        sys.stdout.flush()
        count = export_articles(
            engine,
            out,
            fmt,
            site=args.site,
            since=args.since,
            until=args.until,
            language=args.language,
        )
    except ExportError as exc:
        print(f"newscrawl export: {exc}", file=sys.stderr)
        return 1
    except BrokenPipeError:  # `newscrawl export | head`
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    finally:
        engine.dispose()
    where = "stdout" if to_stdout else args.output
    print(f"exported {count} articles ({fmt}) to {where}", file=sys.stderr)
    return 0


def _datasette_metadata(args: argparse.Namespace) -> int:
    from newscrawl.datasette import DATABASE, metadata, write_metadata

    path = sqlite_file(database_url(args.database))
    name = path.stem if path else DATABASE
    if args.output == "-":
        print(json.dumps(metadata(name), ensure_ascii=False, indent=2))
    else:
        write_metadata(Path(args.output), name)
        print(f"Datasette metadata for database {name!r} written to {args.output}", file=sys.stderr)
    return 0


def _search(args: argparse.Namespace) -> int:
    engine = make_engine(database_url(args.database))
    try:
        ensure_schema(engine, create_if_empty=False)
        for row in Repository(engine).search(args.text, limit=args.limit, language=args.language):
            when = row.published_at.date().isoformat() if row.published_at else "-"
            print(f"{row.id}\t{row.site}\t{when}\t{row.title}")
    finally:
        engine.dispose()
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="newscrawl", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--database",
        help="SQLAlchemy URL (default: $NEWSCRAWL_DATABASE_URL or sqlite:///output/newscrawl.db)",
    )
    sub = parser.add_subparsers(dest="command", required=True)
    demo = sub.add_parser("demo", help="serve the demo site, crawl it, print a summary")
    demo.add_argument("--articles", type=int_arg(0, 100_000), default=60)
    demo.add_argument("--seed", type=int_arg(0), default=0)
    demo.add_argument(
        "--port", type=int_arg(0, 65535), default=8765, help="demo site port (default 8765)"
    )
    demo.set_defaults(func=_demo)
    from newscrawl.cli_extract import add_parser as add_extract

    add_extract(sub)
    db = sub.add_parser("db", help="database schema commands")
    dbsub = db.add_subparsers(dest="db_command", required=True)
    dbsub.add_parser("upgrade", help="create or upgrade the schema").set_defaults(func=_db_upgrade)
    sub.add_parser("summary", help="summarise the database").set_defaults(func=_summary)
    srch = sub.add_parser("search", help="full-text search (Chinese or English)")
    srch.add_argument("text")
    srch.add_argument("--limit", type=int_arg(1, 10_000), default=20)
    srch.add_argument("--language", help="only articles whose body is in this language")
    srch.set_defaults(func=_search)
    exp = sub.add_parser("export", help="export articles to CSV, JSON lines or Parquet")
    exp.add_argument(
        "--format",
        choices=FORMATS,
        help="default: from the -o file's extension (.csv, .jsonl/.ndjson, .parquet), else csv",
    )
    exp.add_argument("--site", help="only this site's articles")
    exp.add_argument("--language", help="only articles whose body is in this language (zh, en…)")
    exp.add_argument(
        "--since", type=date_arg, metavar="YYYY-MM-DD", help="published on or after (UTC)"
    )
    exp.add_argument(
        "--until", type=date_arg, metavar="YYYY-MM-DD", help="published on or before (UTC)"
    )
    exp.add_argument(
        "-o", "--output", default="-", metavar="FILE", help="output file; - is stdout (default)"
    )
    exp.set_defaults(func=_export)
    dsm = sub.add_parser("datasette-metadata", help="print or write Datasette metadata.json")
    dsm.add_argument(
        "-o", "--output", default="-", metavar="FILE", help="output file; - is stdout (default)"
    )
    dsm.set_defaults(func=_datasette_metadata)
    from newscrawl.fleet import enqueue

    enqueue.add_parser(sub)
    from newscrawl.cli_archive import add_commands

    add_commands(sub)
    args = parser.parse_args(argv)
    try:
        return int(args.func(args))
    except SchemaError as exc:
        print(f"newscrawl: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
