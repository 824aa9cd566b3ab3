"""Serve a :class:`~heldout_site4.generator.Site4` on 127.0.0.1 (random port), threaded."""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any
from urllib.parse import unquote, urlsplit

from .generator import Site4


class Site4Server:
    def __init__(self, site: Site4) -> None:
        self.site = site
        self.requests: list[str] = []
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                parts = urlsplit(self.path)
                path = unquote(parts.path) + (f"?{parts.query}" if parts.query else "")
                outer.requests.append(path)
                page = outer.site.render(path)
                if page is None:
                    body = b"<html><body><h1>404 Not Found</h1></body></html>"
                    self.send_response(404)
                    self.send_header("Content-Type", "text/html")
                else:
                    body, ctype = page
                    self.send_response(200)
                    self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        site.base = self.url  # absolute links and canonicals name the served origin
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def __enter__(self) -> Site4Server:
        self.thread.start()
        return self

    def __exit__(
        self, t: type[BaseException] | None, e: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
