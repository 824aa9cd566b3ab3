#!/usr/bin/env python3
"""WARC libraries: warcio vs FastWARC (resiliparse) writing and reading the same records.

    pip install warcio   # the comparison only; newscrawl itself uses FastWARC
    python benchmarks/warc_bench.py [--records 1000] [--repeat 3]

Records are HTTP responses whose bodies are the shared benchmark pages (aeb, magichtml, gne-zh;
read in place, never copied). Each library writes every record as its own gzip member (what
newscrawl's archive does, so that a record can be read from its offset), then reads the file back
(iterating the records, parsing HTTP headers, reading every payload). Prints records/s and MB/s
of each and the ratios. The machine is shared: compare the ratios, not the absolute figures.
"""

from __future__ import annotations

import argparse
import gzip
import io
import tempfile
import time
import zlib
from pathlib import Path

SHARED = Path(__file__).resolve().parents[2] / "shared" / "benchmarks" / "extraction"
if not SHARED.is_dir():
    SHARED = Path("/work/shared/benchmarks/extraction")


def pages(n: int) -> list[tuple[str, bytes]]:
    files = sorted(SHARED.glob("*/*.html.gz"))
    if not files:
        raise SystemExit(f"no benchmark pages under {SHARED}")
    bodies = [
        (f"https://example.com/{f.parent.name}/{f.name[:-8]}", gzip.decompress(f.read_bytes()))
        for f in files
    ]
    return [(f"{u}?r={i}", b) for i in range(n // len(bodies) + 1) for u, b in bodies][:n]


def http_block(body: bytes) -> bytes:
    head = (
        b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n"
        b"Content-Length: %d\r\n\r\n" % len(body)
    )
    return head + body


def write_warcio(path: Path, records: list[tuple[str, bytes]]) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for url, body in records:
            headers = StatusAndHeaders(
                "200 OK",
                [("Content-Type", "text/html; charset=utf-8"), ("Content-Length", str(len(body)))],
                protocol="HTTP/1.1",
            )
            rec = writer.create_warc_record(
                url, "response", payload=io.BytesIO(body), http_headers=headers
            )
            writer.write_record(rec)


def write_fastwarc(path: Path, records: list[tuple[str, bytes]], level: int = 9) -> None:
    from fastwarc.warc import WarcRecord, WarcRecordType

    with path.open("wb") as fh:
        for url, body in records:
            rec = WarcRecord()
            rec.init_headers(record_type=WarcRecordType.response)
            rec.headers["WARC-Target-URI"] = url
            rec.headers["Content-Type"] = "application/http; msgtype=response"
            rec.set_bytes_content(http_block(body))
            buf = io.BytesIO()
            rec.write(buf, checksum_data=True)
            gz = zlib.compressobj(level, zlib.DEFLATED, 31)  # one gzip member per record
            fh.write(gz.compress(buf.getvalue()) + gz.flush())


def read_warcio(path: Path) -> int:
    from warcio.archiveiterator import ArchiveIterator

    total = 0
    with path.open("rb") as fh:
        for rec in ArchiveIterator(fh):
            if rec.rec_type == "response":
                assert rec.http_headers is not None
                total += len(rec.content_stream().read())
    return total


def read_fastwarc(path: Path) -> int:
    from fastwarc.warc import ArchiveIterator, WarcRecordType

    total = 0
    with path.open("rb") as fh:
        for rec in ArchiveIterator(fh, record_types=WarcRecordType.response):
            assert rec.http_headers is not None
            total += len(rec.reader.read())
    return total


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--records", type=int, default=1000)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    records = pages(args.records)
    size = sum(len(b) for _, b in records) / 1e6
    print(f"{len(records)} records, {size:.1f} MB of HTML")
    print("gzip level 9 for both (warcio's fixed level); fastwarc also at level 1 (newscrawl's)")
    libs = {
        "warcio": write_warcio,
        "fastwarc": write_fastwarc,
        "fastwarc-l1": lambda p, r: write_fastwarc(p, r, level=1),
    }
    readers = {"warcio": read_warcio, "fastwarc": read_fastwarc, "fastwarc-l1": read_fastwarc}
    best: dict[str, dict[str, float]] = {n: {"write": 1e9, "read": 1e9} for n in libs}
    sizes: dict[str, int] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for _ in range(args.repeat):  # interleaved, best of N: the machine is shared
            for name, write in libs.items():
                path = Path(tmp) / f"{name}.warc.gz"
                t0 = time.perf_counter()
                write(path, records)
                t1 = time.perf_counter()
                got = readers[name](path)
                t2 = time.perf_counter()
                assert got == sum(len(b) for _, b in records), (name, got)
                best[name]["write"] = min(best[name]["write"], t1 - t0)
                best[name]["read"] = min(best[name]["read"], t2 - t1)
                sizes[name] = path.stat().st_size
                path.unlink()
    for name, t in best.items():
        print(
            f"{name:12s} write {len(records) / t['write']:7.0f} rec/s "
            f"({size / t['write']:6.1f} MB/s)"
            f"   read {len(records) / t['read']:7.0f} rec/s ({size / t['read']:6.1f} MB/s)"
            f"   file {sizes[name] / 1e6:.1f} MB"
        )
    for op in ("write", "read"):
        ratio = best["warcio"][op] / best["fastwarc"][op]
        print(f"{op} (same gzip level): fastwarc is {ratio:.2f}x warcio's speed")


if __name__ == "__main__":
    main()
