"""A page linked as ``/dir/index.html`` on a server without a directory index: the crawl asks
for the canonical ``/dir/`` (404), then once for the page as linked, and a re-run asks for
neither."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from heldout import SiteServer
from sqlalchemy import select
from sqlalchemy.orm import Session

from newscrawl.db.models import Article
from newscrawl.db.session import make_engine

_PARAGRAPH = (
    "临江市今年以来持续推进老旧小区改造，全市共有一百二十个小区列入计划，涉及居民三万余户。"
    "市住建局有关负责人介绍，改造内容包括管网更新、外墙保温、加装电梯和停车设施建设等。"
)


def _page(title: str, body: str) -> bytes:
    return (
        f"<html><head><meta charset='utf-8'><title>{title}</title></head><body>{body}</body></html>"
    ).encode()


class NoIndexSite:
    """``/`` links ``/dir/index.html`` and ``/gone/index.html``; ``/dir/`` is 404 (no
    directory index) and ``/dir/index.html`` a list linking the only story; ``/gone/`` is 404
    in both forms."""

    def __init__(self) -> None:
        self.story = "/dir/2024/0502/story1.html"

    def render(self, path: str) -> tuple[bytes, str] | None:
        html = "text/html; charset=utf-8"
        if path == "/":
            links = "<a href='/dir/index.html'>繁體版</a> <a href='/gone/index.html'>旧版</a>"
            return _page("临江网", f"<h1>临江网</h1>{links}"), html
        if path == "/dir/index.html":
            item = f"<a href='{self.story}'>临江市推进老旧小区改造惠及三万余户</a>"
            return _page("新闻列表", f"<ul><li>{item}</li></ul>"), html
        if path == self.story:
            paragraphs = "".join(f"<p>{_PARAGRAPH}（{n}）</p>" for n in range(6))
            article = (
                "<article><h1>临江市推进老旧小区改造惠及三万余户</h1>"
                "<div class='info'>发布时间：2024-05-02 09:30 作者：王明</div>"
                f"{paragraphs}</article>"
            )
            return _page("临江市推进老旧小区改造惠及三万余户", article), html
        return None

    def truth(self) -> list[dict[str, Any]]:
        return []


def _stored(db: str) -> list[str]:
    engine = make_engine(db)
    with Session(engine) as s:
        urls = list(s.scalars(select(Article.canonical_url)))
    engine.dispose()
    return urls


def test_a_gone_canonical_url_is_fetched_once_as_linked(tmp_path: Path, run_crawl: Any) -> None:
    db = f"sqlite:///{tmp_path / 'crawl.db'}"
    site = NoIndexSite()
    logs = []
    with SiteServer(site) as server:
        for _ in range(2):
            before = len(server.requests)
            proc = run_crawl(
                db, f"start_urls={server.url}/", settings={"NEWSCRAWL_LOCK_DIR": str(tmp_path)}
            )
            assert proc.returncode == 0, proc.stderr[-3000:]
            logs.append([u for u in server.requests[before:] if u != "/robots.txt"])
    first, second = logs
    for form in ("/dir/", "/dir/index.html", "/gone/", "/gone/index.html"):
        assert first.count(form) == 1, (form, first)
    assert [u.removeprefix(server.url) for u in _stored(db)] == [site.story]
    # The list and the dead link are known by their canonical URLs: the re-run asks for the
    # home page only.
    assert second == ["/"], second
