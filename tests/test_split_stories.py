"""A story split over pages (``t1.html``, ``t1_1.html``, ``t1_2.html`` under a 1 2 3 下一页
pager) is one article: its pages are read from the pager (``extract.pager``), fetched after
the first and joined (``items.join_page``); a later page is never stored on its own."""

from __future__ import annotations

import gzip
import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from lxml.html import document_fromstring
from routeserver import Route, RouteServer, html

from newscrawl.extract.article import Extracted
from newscrawl.extract.pager import article_pages
from newscrawl.extract.tree import parse_html
from newscrawl.items import ArticleItem, join_page

SHARED = Path(__file__).resolve().parents[2] / "shared" / "benchmarks" / "extraction"


def pager(links: list[tuple[str, str]], url: str) -> list[str]:
    anchors = "".join(f'<a href="{href}">{text}</a>' for href, text in links)
    page = f"<html><body><p>正文</p><div class='page'>{anchors}</div></body></html>"
    return article_pages(document_fromstring(page), url, url)


@pytest.mark.parametrize(
    ("url", "links", "pages"),
    [
        # TRS WCM: the second page is _1
        (
            "http://a.cn/xw/t20240508_123.html",
            [
                ("t20240508_123.html", "1"),
                ("t20240508_123_1.html", "2"),
                ("t20240508_123_1.html", "下一页"),
            ],
            ["t20240508_123.html", "t20240508_123_1.html"],
        ),
        # a later page knows the whole story too
        (
            "http://a.cn/xw/t1_2.html",
            [
                ("t1.html", "首页"),
                ("t1_1.html", "上一页"),
                ("t1.html", "[1]"),
                ("t1_1.html", "[2]"),
            ],
            ["t1.html", "t1_1.html", "t1_2.html"],
        ),
        # 人民网: -2; English ?page=2 and Next
        (
            "http://a.cn/n1/2024/0508/c1001-40000000.html",
            [("c1001-40000000-2.html", "2"), ("c1001-40000000-3.html", "3")],
            ["c1001-40000000.html", "c1001-40000000-2.html", "c1001-40000000-3.html"],
        ),
        ("http://a.com/story/42", [("?page=2", "Next page")], ["42", "42?page=2"]),
        # WordPress's <!--nextpage-->: /slug/2/; its day archive /2024/05/ is no page
        (
            "http://a.com/2024/05/08/budget-vote/",
            [("/2024/05/", "05"), ("2/", "2"), ("3/", "3"), ("2/", "Next page")],
            ["", "2/", "3/"],
        ),
        # no pager of this page's own: the next story, the list's pages, numbered other stories
        ("http://a.cn/xw/t1.html", [("t2.html", "下一篇"), ("t3.html", "2")], []),
        ("http://a.cn/xw/t1.html", [("/xw/index_1.html", "2"), ("/xw/index_2.html", "下一页")], []),
        ("http://a.cn/xw/t1.html", [("t1.html", "1")], []),
    ],
)
def test_article_pages(url: str, links: list[tuple[str, str]], pages: list[str]) -> None:
    base = url.rsplit("/", 1)[0] + "/"
    assert pager(links, url) == [base + p for p in pages]


def test_a_real_paged_story_is_read() -> None:
    """China Daily's _2.html pages, on a saved page."""
    name = "00f02be72b94daeea50a3a9bbc3fd8e3d1b9f1d42a5ef808bc180f59d7b9c964"
    path = SHARED / "magichtml" / f"{name}.html.gz"
    if not path.exists():
        pytest.skip(f"benchmark page not found: {path}")
    url = json.loads(path.with_name(f"{name}.json").read_text())["url"]
    root = parse_html(gzip.decompress(path.read_bytes()).decode())
    pages = article_pages(root, url, url)
    assert pages[0] == url and pages[1] == url.replace(".html", "_2.html"), pages


def test_join_page_adds_new_text_and_missing_credits() -> None:
    item = ArticleItem(url="u", canonical_url="u", site="s", body="第一段。\n\n第二段。")
    later = Extracted(url="u2", paragraphs=["第二段。", "第三段。", "第四段。"], editor="王五")
    assert join_page(item, later)
    assert item.body == "第一段。\n\n第二段。\n\n第三段。\n\n第四段。" and item.editor == "王五"
    again = Extracted(url="u?page=2", paragraphs=["第一段。", "第二段。", "第三段。", "网友评论"])
    assert not join_page(item, again)  # the same text again: not a next page
    assert item.body.count("第三段") == 1


PARTS = [
    "市政府今天召开常务会议，研究部署城市更新和老旧小区改造工作。" * 3,
    "会议强调，各区要压实责任，倒排工期，确保年底前完成改造任务。" * 3,
    "下一步，全市将统筹推进海绵城市建设和地下管网更新改造工作。" * 3,
]


def story_page(i: int) -> Route:
    names = ["t1.html", "t1_1.html", "t1_2.html"]
    pager = "".join(f'<a href="{n}">{j + 1}</a>' for j, n in enumerate(names))
    if i < 2:
        pager += f'<a href="{names[i + 1]}">下一页</a>'
    editor = "<p>（责任编辑：王五）</p>" if i == 2 else ""
    return html(
        "<h1>城市更新工作会议召开</h1><div class='info'>2024-05-08 10:00 来源：本网</div>"
        f"<div class='content'><p>{PARTS[i]}</p>{editor}</div><div class='page'>{pager}</div>"
    )


def _crawl(tmp_path: Path, run_crawl: Any, server: RouteServer) -> tuple[list[str], str]:
    done = len(server.log)
    proc = run_crawl(f"sqlite:///{tmp_path / 'c.db'}", f"start_urls={server.url}/", timeout=120)
    assert proc.returncode == 0, proc.stderr[-3000:]
    return server.log[done:], proc.stderr


def _rows(tmp_path: Path) -> list[tuple[str, str, str | None]]:
    db = sqlite3.connect(tmp_path / "c.db")
    return db.execute("SELECT canonical_url, body, editor FROM articles").fetchall()


def test_a_split_story_is_stored_once_whole(tmp_path: Path, run_crawl: Any) -> None:
    # The home page links the story's second page first (a "continue reading" link).
    home = html(
        '<a href="/a/t1_1.html">续读</a><a href="/a/t1.html">城市更新</a><a href="/x">x</a>'
    )
    routes = {
        "/": home,
        **{f"/a/{n}": story_page(i) for i, n in enumerate(["t1.html", "t1_1.html", "t1_2.html"])},
    }
    with RouteServer(routes) as server:
        _, err = _crawl(tmp_path, run_crawl, server)
        rows = _rows(tmp_path)
        assert len(rows) == 1, rows
        url, body, editor = rows[0]
        assert url.endswith("/a/t1.html") and editor == "王五"
        assert [body.index(p[:20]) for p in PARTS] == sorted(body.index(p[:20]) for p in PARTS)
        assert "'newscrawl/article/later_pages': 1" in err
        # A second run reads no page of the stored story again.
        again, _ = _crawl(tmp_path, run_crawl, server)
    assert not {"/a/t1.html", "/a/t1_1.html", "/a/t1_2.html"} & set(again), again
    assert len(_rows(tmp_path)) == 1


def test_a_page_that_fails_leaves_the_story_with_the_pages_it_has(
    tmp_path: Path, run_crawl: Any
) -> None:
    routes = {"/": html('<a href="/a/t1.html">城市更新</a><a href="/x">x</a><a href="/y">y</a>')}
    routes["/a/t1.html"] = story_page(0)
    routes["/a/t1_1.html"] = story_page(1)  # t1_2.html: 404
    with RouteServer(routes) as server:
        _, err = _crawl(tmp_path, run_crawl, server)
    rows = _rows(tmp_path)
    assert len(rows) == 1 and PARTS[1][:20] in rows[0][1] and PARTS[2][:20] not in rows[0][1]
    assert "'newscrawl/article/pages_failed': 1" in err
