"""WARC files in and out, with FastWARC (resiliparse): a rotating writer of request/response
pairs and revisit records (one gzip member per record, so any record is readable from its
offset), a streaming reader of HTML responses, and a reader of one record at an offset.

No scrapy, no database: the crawl's middleware (``newscrawl.archive``), ``reextract`` and
``import-warc`` all go through here. Thread-safe: records are built and compressed in the
calling thread, only the append to the file is serialised.
"""

from __future__ import annotations

import io
import os
import socket
import threading
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from http import HTTPStatus
from pathlib import Path
from typing import BinaryIO
from urllib.parse import urlsplit

from fastwarc.warc import ArchiveIterator, WarcRecord, WarcRecordType

#: ``Content-Type`` of the WARC records' HTTP blocks (WARC 1.1, section 6.3).
HTTP_RESPONSE = "application/http; msgtype=response"
HTTP_REQUEST = "application/http; msgtype=request"
REVISIT_PROFILE = "http://netpreserve.org/warc/1.1/revisit/server-not-modified"

Headers = list[tuple[bytes, bytes]]


@dataclass(frozen=True)
class Pointer:
    """Where a response record is: the file, the byte offset of its gzip member, its id."""

    file: str
    offset: int
    record_id: str


@dataclass
class Exchange:
    """One HTTP request and its response, as the crawler saw them."""

    url: str
    method: bytes
    request_headers: Headers
    status: int
    response_headers: Headers
    body: bytes
    date: datetime  #: when the response arrived (timezone-aware)
    protocol: str = "HTTP/1.1"
    ip_address: str | None = None


@dataclass
class ArchivedResponse:
    """An HTTP response read back from a WARC file (body decoded of its Content-Encoding)."""

    url: str
    status: int
    content_type: str | None  #: the response's full Content-Type header value
    body: bytes
    date: datetime
    record_id: str
    file: str
    offset: int


def _http_date(date: datetime) -> str:
    return date.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _head(first_line: bytes, headers: Headers) -> bytes:
    lines = [first_line] + [name + b": " + value for name, value in headers]
    return b"\r\n".join(lines) + b"\r\n\r\n"


def _record(
    kind: WarcRecordType, url: str | None, date: datetime, content_type: str, block: bytes
) -> WarcRecord:
    rec = WarcRecord()
    rec.init_headers(record_type=kind)
    rec.headers["WARC-Date"] = _http_date(date)
    if url is not None:
        rec.headers["WARC-Target-URI"] = url
    rec.headers["Content-Type"] = content_type
    rec.set_bytes_content(block)
    return rec


def _gzip_member(rec: WarcRecord, level: int) -> bytes:
    buf = io.BytesIO()
    rec.write(buf, checksum_data=True)
    gz = zlib.compressobj(level, zlib.DEFLATED, 31)
    return gz.compress(buf.getvalue()) + gz.flush()


class WarcWriter:
    """Appends records to ``{directory}/{prefix}-{run}-{serial:05d}.warc.gz``: a new file per
    writer (one per crawl run) and whenever the current one reaches ``max_bytes``. Each file
    starts with a ``warcinfo`` record."""

    def __init__(
        self,
        directory: Path,
        prefix: str = "newscrawl",
        max_bytes: int = 1 << 30,
        level: int = 1,
        software: str = "newscrawl",
    ) -> None:
        self.directory = directory
        self.prefix = prefix
        self.max_bytes = max_bytes
        self.level = level
        self.software = software
        self.run = f"{datetime.now(UTC):%Y%m%d%H%M%S}-{os.getpid()}"
        self.serial = 0
        self.files: list[Path] = []
        self.records = 0
        self.bytes = 0
        self._fh: BinaryIO | None = None
        self._size = 0
        self._lock = threading.Lock()

    def _open(self) -> BinaryIO:
        """The current file, rotated when full (called with the lock held)."""
        if self._fh is not None and self._size < self.max_bytes:
            return self._fh
        if self._fh is not None:
            self._fh.close()
        self.directory.mkdir(parents=True, exist_ok=True)
        self.serial += 1
        path = self.directory / f"{self.prefix}-{self.run}-{self.serial:05d}.warc.gz"
        self._fh = path.open("ab")
        self._size = self._fh.tell()
        self.files.append(path)
        info = (
            f"software: {self.software}\r\nformat: WARC File Format 1.1\r\n"
            f"hostname: {socket.gethostname()}\r\n"
        ).encode()
        rec = _record(
            WarcRecordType.warcinfo, None, datetime.now(UTC), "application/warc-fields", info
        )
        rec.headers["WARC-Filename"] = path.name
        self._append(_gzip_member(rec, self.level))
        return self._fh

    def _append(self, data: bytes) -> int:
        assert self._fh is not None
        offset = self._size
        self._fh.write(data)
        self._size += len(data)
        self.bytes += len(data)
        return offset

    def write(self, ex: Exchange) -> Pointer:
        """Write the response (a ``revisit`` for a 304) and then its request; return where the
        response record is."""
        reason = HTTPStatus(ex.status).phrase if ex.status in HTTPStatus._value2member_map_ else ""
        status_line = f"{ex.protocol} {ex.status} {reason}".rstrip().encode("latin-1")
        if ex.status == 304:  # nothing new: headers only, pointing at the profile
            resp = _record(
                WarcRecordType.revisit,
                ex.url,
                ex.date,
                HTTP_RESPONSE,
                _head(status_line, ex.response_headers),
            )
            resp.headers["WARC-Profile"] = REVISIT_PROFILE
            resp.headers["WARC-Truncated"] = "length"
        else:
            resp = _record(
                WarcRecordType.response,
                ex.url,
                ex.date,
                HTTP_RESPONSE,
                _head(status_line, ex.response_headers) + ex.body,
            )
        if ex.ip_address:
            resp.headers["WARC-IP-Address"] = ex.ip_address
        parts = urlsplit(ex.url)
        target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        req = _record(
            WarcRecordType.request,
            ex.url,
            ex.date,
            HTTP_REQUEST,
            _head(ex.method + b" " + target.encode() + b" HTTP/1.1", ex.request_headers),
        )
        req.headers["WARC-Concurrent-To"] = str(resp.record_id)
        data_resp = _gzip_member(resp, self.level)  # compressed outside the lock
        data_req = _gzip_member(req, self.level)
        with self._lock:
            self._open()
            offset = self._append(data_resp)
            self._append(data_req)
            self.records += 2
            assert self._fh is not None
            return Pointer(str(self.files[-1]), offset, str(resp.record_id))

    def flush(self) -> None:
        with self._lock:
            if self._fh is not None:
                self._fh.flush()

    def close(self) -> None:
        with self._lock:
            if self._fh is not None:
                self._fh.close()
                self._fh = None


def _archived(rec: WarcRecord, file: str) -> ArchivedResponse | None:
    http = rec.http_headers
    if http is None:
        return None
    url = rec.headers.get("WARC-Target-URI") or ""
    ctype = http.get("Content-Type")
    return ArchivedResponse(
        url=url,
        status=int(http.status_code or 0),
        content_type=ctype,
        body=rec.reader.read(),
        date=rec.record_date or datetime.now(UTC),
        record_id=str(rec.record_id),
        file=file,
        offset=rec.stream_pos,
    )


def iter_responses(path: Path | str, max_bytes: int = 10 << 20) -> Iterator[ArchivedResponse]:
    """Every HTTP ``response`` record of a WARC file (gzip, plain, zstd…), streamed: one record
    in memory at a time; records over ``max_bytes`` are skipped."""
    with open(path, "rb") as fh:
        for rec in ArchiveIterator(
            fh,
            record_types=WarcRecordType.response,
            parse_http=True,
            max_content_length=max_bytes,
            auto_decode="content",
        ):
            got = _archived(rec, str(path))
            if got is not None:
                yield got


def read_response(path: Path | str, offset: int) -> ArchivedResponse | None:
    """The response record whose gzip member starts at ``offset`` (None if it is not one)."""
    with open(path, "rb") as fh:
        fh.seek(offset)
        for rec in ArchiveIterator(fh, parse_http=True, auto_decode="content"):
            if rec.record_type != WarcRecordType.response:
                return None
            got = _archived(rec, str(path))
            if got is not None:
                got.offset = offset
            return got
    return None
