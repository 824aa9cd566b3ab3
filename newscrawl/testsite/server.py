"""Threaded HTTP server that serves a generated `Site` on 127.0.0.1 and logs every request path."""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType

from newscrawl.testsite.generator import Site

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
        owner._log(self.path)
        host = self.headers.get("Host") or f"{owner.host}:{owner.port}"
        try:
            page = owner.site.render(self.path, base_url=f"http://{host}")
        except Exception:  # a broken page must not kill the server thread
            self._plain(500, b"internal error\n", send_body)
            return
        if page is None:
            self._plain(404, b"<html><body><h1>404 Not Found</h1></body></html>\n", send_body)
            return
        self.send_response(page.status)
        self.send_header("Content-Type", page.content_type)
        self.send_header("Content-Length", str(len(page.body)))
        for name, value in page.headers:
            self.send_header(name, value)
        self.end_headers()
        if send_body and page.body:
            self.wfile.write(page.body)

    def _plain(self, status: int, body: bytes, send_body: bool) -> None:
        self.send_response(status)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if send_body:
            self.wfile.write(body)

    def version_string(self) -> str:
        return self.server_version

    def log_message(self, format: str, *args: object) -> None:
        """Silence the default per-request stderr logging."""


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 256  # concurrent crawlers open many connections at once

    def __init__(self, address: tuple[str, int], owner: SiteServer) -> None:
        self.owner = owner
        super().__init__(address, _Handler)


class SiteServer:
    """Serve `site` from a daemon thread; use as a context manager or via start()/stop()."""

    def __init__(self, site: Site, host: str = "127.0.0.1", port: int = 0) -> None:
        self.site = site
        self.host = host
        self.request_log: list[str] = []
        self._log_lock = threading.Lock()
        self._httpd = _Server((host, port), self)
        self.port: int = int(self._httpd.server_address[1])
        self.url = f"http://{host}:{self.port}"
        self._thread: threading.Thread | None = None

    def _log(self, path: str) -> None:
        with self._log_lock:
            self.request_log.append(path)

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
