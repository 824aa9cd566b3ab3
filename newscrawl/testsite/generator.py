"""Deterministic generator for the local test news site: article metadata, HTML, ground truth.

Three templates (zh portal, en news site, legacy table layout), lists, feeds, robots and traps.
With ``Site(faults=True)`` it also serves crawler traps and transport faults under ``/faults/``
(see `Site._fault`); none of them is an article of `Site.truth()`.
"""

from __future__ import annotations

import copy
import dataclasses
import json
import re
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from newscrawl.testsite.common import (
    DEFAULT_BASE_URL,
    EN_SECTIONS,
    FAULTS_DIR,
    HTML_UTF8,
    MALFORMED_DIR,
    Page,
    html_page,
    page_number,
    to_traditional,
)
from newscrawl.testsite.en import EnTemplate
from newscrawl.testsite.faults import FaultRoutes
from newscrawl.testsite.legacy import LegacyTemplate
from newscrawl.testsite.pools import EN_FIRST, EN_LAST, RUBY_PINYIN, ZH_GIVEN, ZH_SURNAMES
from newscrawl.testsite.sitewide import SiteWidePages, malformed_page, private_page
from newscrawl.testsite.zh import ZhTemplate

__all__ = [
    "DEFAULT_BASE_URL",
    "EN_FIRST",
    "EN_LAST",
    "RUBY_PINYIN",
    "ZH_GIVEN",
    "ZH_SURNAMES",
    "Page",
    "Site",
    "to_traditional",
]


class Site(ZhTemplate, EnTemplate, LegacyTemplate, SiteWidePages, FaultRoutes):
    """The whole deterministic test site; metadata precomputed, HTML rendered lazily and cached.

    One module per template (`zh`, `en`, `legacy`), plus `sitewide` and `faults`; `core` holds the
    article metadata and text every template renders."""

    def render(
        self, path_and_query: str, base_url: str = DEFAULT_BASE_URL, visit: int = 1
    ) -> Page | None:
        """Render one URL (path + optional query). None means 404.

        ``visit``: which request to this path (query and ``;params`` ignored) this is, counting
        from 1; only the fault pages ``/faults/flaky.htm`` and ``/faults/session.htm`` depend on
        it. Every 200 page carries ``last_modified``.
        """
        parts = urlsplit(path_and_query)
        path = parts.path or "/"
        query = parse_qs(parts.query)
        base = base_url.rstrip("/")
        if self.faults and path.startswith(FAULTS_DIR):
            return self._fault(path, visit)  # never cached: some depend on the visit
        hit = self._paths.get(path)
        if hit is not None:
            key = f"{hit[1]}:{hit[0]}"
        else:
            key = (
                path + "?" + parts.query
                if path.endswith(".asp") or path.startswith("/en/")
                else path
            )
        cached = self._cache.get((key, base))
        if cached is not None:
            return cached
        page = self._route(path, query, base, hit)
        if page is not None and page.status == 200:
            if page.last_modified is None:
                modified = self._modified(self._articles[hit[0]]) if hit else self._site_modified
                page = dataclasses.replace(page, last_modified=modified)
            with self._cache_lock:
                if len(self._cache) > 50_000:
                    self._cache.clear()
                self._cache[(key, base)] = page
        return page

    def truth(self) -> list[dict[str, object]]:
        """Ground truth: one dict per article a correct crawler must store."""
        if self._truth is not None:
            return copy.deepcopy(self._truth)
        linked: dict[int, set[str]] = {}
        for art in self._articles:
            for _kind, tgt, _anchor in self._links(art):
                href = self._href(art, tgt)
                if "?" in href:
                    linked.setdefault(tgt.idx, set()).add(href)
        out: list[dict[str, object]] = []
        for art in self._articles:
            urls = [art.canonical]
            if art.template == "en":
                urls.append(art.canonical + "index.html")
            if art.template == "zh":
                urls.append(art.print_path)
            urls.extend(sorted(linked.get(art.idx, set())))
            conv = self._conv(art)
            out.append(
                {
                    "id": art.id,
                    "template": art.template,
                    "canonical_url": art.canonical,
                    "urls": urls,
                    "title": self._shown_title(art),
                    "body": "\n\n".join(self._shown_paragraphs(art)),
                    "author": conv(art.author),
                    "published": art.published.isoformat(),
                    "language": "en" if art.template == "en" else "zh",
                    "related": [
                        {"url": tgt.canonical, "kind": kind, "anchor": anchor}
                        for kind, tgt, anchor in self._links(art)
                    ],
                }
            )
        self._truth = out
        return copy.deepcopy(out)

    def write_truth(self, path: Path) -> None:
        """Write the ground truth as JSON lines (UTF-8)."""
        with Path(path).open("w", encoding="utf-8") as fh:
            for row in self.truth():
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")

    # ----------------------------------------------------------------- routing
    def _route(
        self, path: str, query: dict[str, list[str]], base: str, hit: tuple[int, str] | None
    ) -> Page | None:
        if hit is not None:
            art = self._articles[hit[0]]
            if hit[1] == "print":
                return self._zh_print(art, base)
            if art.template == "zh":
                return self._zh_article(art)
            if art.template == "en":
                return self._en_article(art, base)
            return self._legacy_article(art)
        if path == "/":
            return html_page(self._home())
        if path == "/robots.txt":
            text = (
                f"User-agent: *\nDisallow: {self.disallowed_prefix}\n"
                + (f"Crawl-delay: {self.crawl_delay}\n" if self.crawl_delay else "")
                + f"\nSitemap: {base}/sitemap.xml\n"
            )
            return Page(200, "text/plain; charset=utf-8", text.encode())
        if path == "/sitemap.xml":
            return Page(200, "application/xml", self._sitemap(base))
        if path == "/rss.xml":
            return Page(200, "application/rss+xml; charset=utf-8", self._rss(base))
        if path.startswith(self.disallowed_prefix):
            return html_page(private_page(path))
        if path.startswith(MALFORMED_DIR):
            return malformed_page(path[len(MALFORMED_DIR) :])
        m = re.fullmatch(r"/zh/list/index(?:_(\d+))?\.htm", path)
        if m:
            return self._zh_list(int(m.group(1) or 1), explicit=m.group(1) is not None)
        m = re.fullmatch(r"/en/([a-z]+)(/?)", path)
        if m and m.group(1) in EN_SECTIONS:
            if not m.group(2):
                return Page(301, HTML_UTF8, b"", (("Location", path + "/"),))
            return self._en_list(m.group(1), page_number(query))
        if path.startswith("/en/") and not path.endswith("/") and path + "/" in self._paths:
            return Page(301, HTML_UTF8, b"", (("Location", path + "/"),))
        if path == "/legacy/list.asp":
            return self._legacy_list(page_number(query))
        return None
