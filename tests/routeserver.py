"""A tiny HTTP server on 127.0.0.1 answering from a route table, logging every request path:
robots.txt, sitemap and network-policy tests build exactly the responses they need."""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType

Route = tuple[int, dict[str, str], bytes]  # status, headers, body


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def do_GET(self) -> None:
        owner: RouteServer = self.server.owner  # type: ignore[attr-defined]
        with owner.lock:
            owner.log.append(self.path)
        status, headers, body = owner.routes.get(self.path, (404, {}, b"not found"))
        self.send_response(status)
        headers = {"Content-Type": "text/html; charset=utf-8", **headers}
        for name, value in headers.items():
            self.send_header(name, value.replace("{base}", owner.url))
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        """Quiet."""


class RouteServer:
    def __init__(self, routes: dict[str, Route] | None = None) -> None:
        self.routes: dict[str, Route] = dict(routes or {})
        self.log: list[str] = []
        self.lock = threading.Lock()
        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
        self._httpd.daemon_threads = True
        self._httpd.owner = self  # type: ignore[attr-defined]
        self.port = int(self._httpd.server_address[1])
        self.url = f"http://127.0.0.1:{self.port}"

    def __enter__(self) -> RouteServer:
        threading.Thread(target=self._httpd.serve_forever, args=(0.05,), daemon=True).start()
        return self

    def __exit__(
        self, t: type[BaseException] | None, e: BaseException | None, tb: TracebackType | None
    ) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()


def html(body: str) -> Route:
    return 200, {}, f"<html><head><title>t</title></head><body>{body}</body></html>".encode()


def redirect(location: str, status: int = 302) -> Route:
    return status, {"Location": location}, b""
