"""Command line for the test site: `python -m newscrawl.testsite serve|truth`.

`serve` runs the HTTP server in the foreground (`--faults` adds the fault routes under /faults/);
`truth` writes the ground truth as JSON lines (fault pages are never part of it).
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import sys
import threading
from pathlib import Path
from types import FrameType

from newscrawl.testsite.generator import Site
from newscrawl.testsite.server import SiteServer


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m newscrawl.testsite", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    serve = sub.add_parser("serve", help="serve the site in the foreground")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8000, help="0 picks a free port")
    truth = sub.add_parser("truth", help="write the ground truth as JSON lines")
    truth.add_argument("--output", "-o", type=Path, help="file to write (default: stdout)")
    for p in (serve, truth):
        p.add_argument("--articles", type=int, default=60)
        p.add_argument("--seed", type=int, default=0)
        p.add_argument("--edited", type=int, default=0, help="articles carrying an edit")
    serve.add_argument(
        "--no-validators", action="store_true", help="send no ETag/Last-Modified (never 304)"
    )
    serve.add_argument("--truth", type=Path, help="also write the ground truth to this file")
    serve.add_argument(
        "--faults", action="store_true", help="also serve the fault routes under /faults/"
    )
    serve.add_argument(
        "--slow-seconds", type=float, default=3.0, help="delay of /faults/slow.htm (seconds)"
    )
    serve.add_argument(
        "--big-bytes", type=int, default=3 * 1024 * 1024, help="size of /faults/big.htm (bytes)"
    )
    return parser


def _serve(site: Site, host: str, port: int, validators: bool = True) -> int:
    server = SiteServer(site, host=host, port=port, validators=validators)
    stop = threading.Event()

    def on_signal(signum: int, frame: FrameType | None) -> None:
        stop.set()

    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGINT, on_signal)
    server.start()
    print(server.url, flush=True)
    try:
        while not stop.wait(0.5):
            pass
    finally:
        server.stop()
    return 0


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.command == "serve":
        site = Site(
            n_articles=args.articles,
            seed=args.seed,
            edited=args.edited,
            faults=args.faults,
            slow_seconds=args.slow_seconds,
            big_bytes=args.big_bytes,
        )
    else:
        site = Site(n_articles=args.articles, seed=args.seed, edited=args.edited)
    if args.command == "truth":
        if args.output is not None:
            site.write_truth(args.output)
        else:
            out = sys.stdout.buffer  # always UTF-8, whatever the locale
            try:
                for row in site.truth():
                    out.write((json.dumps(row, ensure_ascii=False) + "\n").encode("utf-8"))
                out.flush()
            except BrokenPipeError:  # e.g. piped into `head`
                devnull = os.open(os.devnull, os.O_WRONLY)
                os.dup2(devnull, sys.stdout.fileno())
        return 0
    if args.truth is not None:
        site.write_truth(args.truth)
    return _serve(site, args.host, args.port, not args.no_validators)


if __name__ == "__main__":
    sys.exit(main())
