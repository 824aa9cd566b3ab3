"""Fault routes under /faults/: crawler traps and transport faults (only with faults=True)."""

from __future__ import annotations

import dataclasses
import random
import re
from collections.abc import Iterable
from datetime import datetime, timedelta

from newscrawl.testsite.common import (
    FAULTS_DIR,
    HTML_UTF8,
    Page,
    esc_attr,
    esc_text,
    html_page,
    session_token,
)
from newscrawl.testsite.core import SiteCore
from newscrawl.testsite.text import en_sentence


class FaultRoutes(SiteCore):
    """Fault routes under /faults/: crawler traps and transport faults (only with faults=True)."""

    def _article_items(self, ids: Iterable[int]) -> str:
        return "".join(
            f'<li><a href="{esc_attr(self._articles[i].canonical)}">'
            f"{esc_text(self._shown_title(self._articles[i]))}</a></li>"
            for i in ids
        )

    def _fault_page(self, title: str, body: str, modified: datetime | None = None) -> Page:
        doc = (
            '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
            f"<title>{esc_text(title)}</title>\n</head>\n<body>\n"
            f'<p><a href="/">Home</a></p>\n<h1>{esc_text(title)}</h1>\n{body}\n</body>\n</html>\n'
        )
        return html_page(doc, modified or self._site_modified)

    def _fault(self, path: str, visit: int) -> Page | None:
        """The fault routes (only with ``faults=True``; the server adds the transport side):

        - ``flaky.htm``: visit 1 is a 503 with ``Retry-After: 1``; later visits a 200 listing
          that links the two newest articles.
        - ``slow.htm``: a listing, answered after ``slow_seconds`` (`Page.delay`).
        - ``loop-a.htm`` ⇄ ``loop-b.htm``: 302 to each other.
        - ``calendar/YYYY-MM.htm`` (years 1900–2999): links the previous (上一月) and next
          (下一月) month, endlessly (no link past 1900-01 or 2999-12).
        - ``session.htm`` (any query, any ``;params``): links itself with a new ``?sid=``,
          ``;jsessionid=`` and both, the tokens derived from (seed, visit).
        - ``deep/`` + ``a/`` * n: links ``…/a/`` one level deeper, endlessly.
        - ``big.htm``: an article-like page of exactly ``big_bytes`` bytes (when ``big_bytes``
          exceeds the ~300-byte skeleton).
        - ``truncated.htm``: 1000 bytes of a page announced as 5000 (`Page.declared_length`).
        """
        name = path[len(FAULTS_DIR) :]
        newest = self._all_latest
        if name == "flaky.htm":
            if visit <= 1:
                body = b"<html><body><h1>503 Service Unavailable</h1></body></html>\n"
                return Page(503, HTML_UTF8, body, (("Retry-After", "1"),))
            return self._fault_page(
                "Flaky listing", f'<ul class="list">{self._article_items(newest[:2])}</ul>'
            )
        if name == "slow.htm":
            page = self._fault_page(
                "Slow listing", f'<ul class="list">{self._article_items(newest[2:5])}</ul>'
            )
            return dataclasses.replace(page, delay=self.slow_seconds)
        if name in ("loop-a.htm", "loop-b.htm"):
            other = "loop-b.htm" if name == "loop-a.htm" else "loop-a.htm"
            return Page(302, HTML_UTF8, b"", (("Location", FAULTS_DIR + other),))
        m = re.fullmatch(r"calendar/(\d{4})-(\d\d)\.htm", name)
        if m:
            return self._calendar(int(m[1]), int(m[2]))
        if name.split(";", 1)[0] == "session.htm":
            return self._session(visit)
        m = re.fullmatch(r"deep/((?:a/)*)", name)
        if m:
            depth = len(m[1]) // 2
            return self._fault_page(
                f"Archive level {depth}",
                f'<p>Older items are one level down.</p><p><a href="{esc_attr(path)}a/">'
                f"Level {depth + 1}</a></p>",
            )
        if name == "big.htm":
            return Page(200, HTML_UTF8, self._big_body(), last_modified=self._site_modified)
        if name == "truncated.htm":
            full = self._long_article("Truncated page", "truncated", 5000)
            return Page(
                200,
                HTML_UTF8,
                full[:1000],
                last_modified=self._site_modified,
                declared_length=len(full),
            )
        return None

    def _calendar(self, year: int, month: int) -> Page | None:
        if not (1900 <= year <= 2999 and 1 <= month <= 12):
            return None
        here = year * 12 + month - 1
        nav = []
        for label, n in (("上一月", here - 1), ("下一月", here + 1)):
            y, mo = divmod(n, 12)
            if 1900 <= y <= 2999:
                nav.append(f'<a href="{FAULTS_DIR}calendar/{y:04d}-{mo + 1:02d}.htm">{label}</a>')
        first = datetime(year, month, 1)
        days = ((datetime(year + month // 12, month % 12 + 1, 1)) - first).days
        cells = [""] * first.weekday() + [str(d) for d in range(1, days + 1)]
        cells += [""] * (-len(cells) % 7)
        rows = "".join(
            "<tr>" + "".join(f"<td>{c}</td>" for c in cells[i : i + 7]) + "</tr>"
            for i in range(0, len(cells), 7)
        )
        body = (
            f'<table class="calendar"><tr><th>一</th><th>二</th><th>三</th><th>四</th><th>五</th>'
            f"<th>六</th><th>日</th></tr>{rows}</table>\n"
            f'<div class="calendar-nav">{" ".join(nav)}</div>'
        )
        return self._fault_page(f"活动日历 {year}年{month}月", body)

    def _session(self, visit: int) -> Page:
        sid = session_token(self.seed, visit, "sid")
        jsid = session_token(self.seed, visit, "jsessionid").upper()
        both = session_token(self.seed, visit, "both")
        here = FAULTS_DIR + "session.htm"
        hrefs = (
            (f"{here}?sid={sid}", "Refresh"),
            (f"{here};jsessionid={jsid}", "Member home"),
            (f"{here};jsessionid={jsid}?sid={both}", "Member settings"),
        )
        body = (
            '<ul class="session">'
            + "".join(f'<li><a href="{esc_attr(h)}">{t}</a></li>' for h, t in hrefs)
            + "</ul>\n"
            + f'<ul class="list">{self._article_items(self._all_latest[:2])}</ul>'
        )
        modified = self._site_modified + timedelta(seconds=visit)  # the body changes per visit
        return self._fault_page("Member area", body, modified)

    def _long_article(self, title: str, salt: str, size: int) -> bytes:
        """An ASCII article-like page of exactly ``size`` bytes (or its bare skeleton if
        ``size`` is smaller than that)."""
        rng = random.Random(f"{self.seed}/{salt}")
        pool: list[bytes] = []
        for _ in range(64):
            text = esc_text(" ".join(en_sentence(rng) for _ in range(4)))
            pool.append(f"<p>{text}</p>\n".encode("ascii", "xmlcharrefreplace"))
        head = (
            '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
            f"<title>{title} | The Daily Ledger</title>\n</head>\n<body>\n"
            f'<article class="story">\n<h1>{title}</h1>\n<div class="article-body">\n'
        ).encode()
        tail = b"</div>\n</article>\n</body>\n</html>\n"
        parts = [head]
        room = size - len(head) - len(tail)
        i = 0
        while room >= len(pool[i % len(pool)]):
            parts.append(pool[i % len(pool)])
            room -= len(pool[i % len(pool)])
            i += 1
        parts.append(b"\n" * max(room, 0))  # whitespace pads to the exact size
        parts.append(tail)
        return b"".join(parts)

    def _big_body(self) -> bytes:
        if self._big is None:
            body = self._long_article("Oversized page", "big", self.big_bytes)
            with self._cache_lock:
                self._big = body
        return self._big
