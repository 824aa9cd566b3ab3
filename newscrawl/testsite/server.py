"""Threaded HTTP server that serves a generated `Site` on 127.0.0.1 and logs every request path.

Every 200 carries a strong ``ETag`` (of the body bytes) and a ``Last-Modified``; a GET or HEAD
whose ``If-None-Match`` matches, or (without If-None-Match) whose ``If-Modified-Since`` is not
older than Last-Modified, gets ``304 Not Modified`` with no body (``Content-Length: 0``).
``SiteServer(..., validators=False)`` (``serve --no-validators``) sends neither header and never
answers 304, like many real news sites.
The server also plays the transport side of the site's fault routes: per-path visit counts
(the flaky page's first 503, the session trap's fresh ids), delays and truncated bodies.
"""

from __future__ import annotations

import threading
import time
from collections import Counter
from datetime import UTC, datetime
from email.utils import format_datetime, parsedate_to_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from urllib.parse import urlsplit

from newscrawl.testsite.generator import Page, Site

__all__ = ["SiteServer"]


class _Handler(BaseHTTPRequestHandler):
    """Request handler; the owning SiteServer is reachable through `self.server.owner`."""

    protocol_version = "HTTP/1.1"  # keep-alive, so crawlers can reuse connections
    disable_nagle_algorithm = True  # headers and body go out in separate writes
    server_version = "newscrawl-testsite/1.0"

    def do_GET(self) -> None:
        self._respond(send_body=True)

    def do_HEAD(self) -> None:
        self._respond(send_body=False)

    def _respond(self, send_body: bool) -> None:
        owner: SiteServer = self.server.owner  # type: ignore[attr-defined]
        visit = owner._log(self.path)
        host = self.headers.get("Host") or f"{owner.host}:{owner.port}"
        try:
            page = owner.site.render(self.path, base_url=f"http://{host}", visit=visit)
        except Exception:  # a broken page must not kill the server thread
            self._plain(500, b"internal error\n", send_body)
            return
        if page is None:
            self._plain(404, b"<html><body><h1>404 Not Found</h1></body></html>\n", send_body)
            return
        if page.delay > 0:
            time.sleep(page.delay)  # only this connection's thread waits
        try:
            self._send_page(page, send_body)
        except (BrokenPipeError, ConnectionResetError):  # the client gave up (size limit, timeout)
            self.close_connection = True

    def _send_page(self, page: Page, send_body: bool) -> None:
        owner: SiteServer = self.server.owner  # type: ignore[attr-defined]
        validators = owner.validators and page.status == 200 and page.declared_length is None
        if validators and self._not_modified(page):
            self.send_response(304)
            self.send_header("ETag", page.etag)
            if page.last_modified is not None:
                self.send_header("Last-Modified", _http_date(page.last_modified))
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        self.send_response(page.status)
        self.send_header("Content-Type", page.content_type)
        length = len(page.body) if page.declared_length is None else page.declared_length
        self.send_header("Content-Length", str(length))
        if validators:
            self.send_header("ETag", page.etag)
            if page.last_modified is not None:
                self.send_header("Last-Modified", _http_date(page.last_modified))
        for name, value in page.headers:
            self.send_header(name, value)
        self.end_headers()
        if send_body and page.body:
            self.wfile.write(page.body)
        if page.declared_length is not None:  # truncated response: the rest never comes
            self.close_connection = True

    def _not_modified(self, page: Page) -> bool:
        """RFC 9110 §13.2.2 order: If-None-Match decides when present, else If-Modified-Since."""
        inm = self.headers.get("If-None-Match")
        if inm is not None:
            tags = [tag.strip() for tag in inm.split(",")]
            return "*" in tags or any(_opaque(tag) == page.etag for tag in tags)
        ims = self.headers.get("If-Modified-Since")
        if ims is None or page.last_modified is None:
            return False
        try:
            since = parsedate_to_datetime(ims)
        except (TypeError, ValueError):
            return False  # an unparsable date is ignored, as the RFC says
        if since.tzinfo is None:
            since = since.replace(tzinfo=UTC)
        return page.last_modified <= since

    def _plain(self, status: int, body: bytes, send_body: bool) -> None:
        self.send_response(status)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if send_body:
            self.wfile.write(body)

    def send_response(self, code: int, message: str | None = None) -> None:
        # Recorded before a byte goes out: a client that has read the response finds it in
        # the log (recording after the body raced with test assertions).
        owner: SiteServer = self.server.owner  # type: ignore[attr-defined]
        owner._record(self.command, self.path, code)
        super().send_response(code, message)

    def version_string(self) -> str:
        return self.server_version

    def log_message(self, format: str, *args: object) -> None:
        """Silence the default per-request stderr logging."""


def _opaque(tag: str) -> str:
    """An entity tag without its weak prefix (If-None-Match compares weakly)."""
    return tag[2:] if tag.startswith("W/") else tag


def _http_date(when: datetime) -> str:
    return format_datetime(when.astimezone(UTC).replace(microsecond=0), usegmt=True)


def _visit_key(path: str) -> str:
    """What the visit counter counts by: the path without query and without ``;params``."""
    return urlsplit(path).path.split(";", 1)[0]


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 256  # concurrent crawlers open many connections at once

    def __init__(self, address: tuple[str, int], owner: SiteServer) -> None:
        self.owner = owner
        super().__init__(address, _Handler)


class SiteServer:
    """Serve `site` from a daemon thread; use as a context manager or via start()/stop().

    ``request_log``: every request's path + query, in arrival order (appended before the page
    is rendered). ``response_log``: (method, path + query, status) per answered request, in
    completion order (a slow page lands after faster requests that came later).
    """

    def __init__(
        self, site: Site, host: str = "127.0.0.1", port: int = 0, validators: bool = True
    ) -> None:
        self.site = site
        self.validators = validators  #: False: no ETag/Last-Modified, never a 304
        self.host = host
        self.request_log: list[str] = []
        self.response_log: list[tuple[str, str, int]] = []
        self._visits: Counter[str] = Counter()
        self._log_lock = threading.Lock()
        self._httpd = _Server((host, port), self)
        self.port: int = int(self._httpd.server_address[1])
        self.url = f"http://{host}:{self.port}"
        self._thread: threading.Thread | None = None

    def _log(self, path: str) -> int:
        """Log a request; return which visit to its path (query and ;params ignored) it is."""
        key = _visit_key(path)
        with self._log_lock:
            self.request_log.append(path)
            self._visits[key] += 1
            return self._visits[key]

    def _record(self, method: str, path: str, status: int) -> None:
        with self._log_lock:
            self.response_log.append((method, path, status))

    def request_counts(self, with_query: bool = True) -> dict[str, int]:
        """Requests so far per logged path + query (``with_query=False``: per path only)."""
        with self._log_lock:
            log = list(self.request_log)
        if not with_query:
            log = [urlsplit(path).path for path in log]
        return dict(Counter(log))

    def start(self) -> SiteServer:
        """Start serving in a daemon thread (idempotent) and return self."""
        if self._thread is None:
            self._thread = threading.Thread(
                target=self._httpd.serve_forever,
                kwargs={"poll_interval": 0.05},
                name=f"testsite-{self.port}",
                daemon=True,
            )
            self._thread.start()
        return self

    def serve_forever(self) -> None:
        """Serve in the calling thread until shutdown() is called from elsewhere."""
        self._httpd.serve_forever(poll_interval=0.2)

    def stop(self) -> None:
        """Stop serving and close the listening socket."""
        if self._thread is not None:
            self._httpd.shutdown()
            self._thread.join(timeout=5)
            self._thread = None
        self._httpd.server_close()

    def __enter__(self) -> SiteServer:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()
