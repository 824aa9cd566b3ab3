"""The links a crawl follows from a page go where a reader's browser goes.

- A small site's root is often a shell with no links of its own: a frameset, an iframe around
  the real home page, or a script that sends the reader on (``extract.links.script_urls``); on a
  page with links of its own, iframes and script targets are not followed.
- Relative links resolve against the page's ``<base href>`` (``extract.links.document_base``)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from lxml.html import document_fromstring
from routeserver import Route, RouteServer, html

from newscrawl.extract.links import document_base, script_urls
from newscrawl.profiles import adhoc_profile

STORY = "<p>" + "市政府今天召开常务会议，研究部署城市更新和老旧小区改造工作。" * 6 + "</p>"
SITE = {
    "/portal/": html(
        '<ul><li><a href="/news/1.html">一</a></li><li><a href="/news/2.html">二</a></li></ul>'
    ),
    "/news/1.html": html(f"<h1>城市更新工作会议召开</h1>{STORY}"),
    "/news/2.html": html(f"<h1>老旧小区改造全面启动</h1>{STORY}"),
}
SHELLS = {
    "frameset": '<frameset rows="80,*"><frame src="top.html"><frame src="/portal/"></frameset>',
    "iframe": '<body><iframe src="portal/" width="100%" height="3000"></iframe></body>',
    "script": "<body><script>window.location.href = '/portal/';</script></body>",
    "replace": '<head><script>top.location.replace("portal/")</script></head><body></body>',
}


@pytest.mark.parametrize("shell", sorted(SHELLS))
def test_a_shell_root_leads_to_the_site(shell: str, tmp_path: Path, run_crawl: Any) -> None:
    root = f"<html><head><title>t</title></head>{SHELLS[shell]}</html>".encode()
    with RouteServer({**SITE, "/": (200, {}, root)}) as server:
        proc = run_crawl(f"sqlite:///{tmp_path / 'c.db'}", f"start_urls={server.url}/", timeout=120)
        log = set(server.log)
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert {"/portal/", "/news/1.html", "/news/2.html"} <= log, sorted(log)


def test_a_shell_sending_the_reader_to_itself_as_index_html(tmp_path: Path, run_crawl: Any) -> None:
    """The script's target, index.html, is the root itself to the crawl (canonical ``/``):
    that form is fetched once, and a re-run reads the site again from the root."""
    shell = b"<html><head><script>window.location.href='index.html';</script></head></html>"
    routes = {**SITE, "/": (200, {}, shell), "/index.html": SITE["/portal/"]}
    runs = []
    with RouteServer(routes) as server:
        for _ in range(2):
            done = len(server.log)
            db = f"sqlite:///{tmp_path / 'c.db'}"
            proc = run_crawl(db, f"start_urls={server.url}/", timeout=120)
            assert proc.returncode == 0, proc.stderr[-3000:]
            runs.append((server.log[done:], proc.stderr))
    (first, err), (again, _) = runs
    assert first.count("/") == first.count("/index.html") == 1, first
    assert {"/news/1.html", "/news/2.html"} <= set(first), first
    assert "'newscrawl/fetch/as_linked': 1" in err and "waits for" not in err
    assert "/index.html" in again and "/news/1.html" not in again, again


def test_a_page_with_links_of_its_own_is_no_shell() -> None:
    page = (
        "<html><body><a href='/a'>a</a><a href='/b'>b</a><a href='/c'>c</a>"
        "<iframe src='/comments/?id=1'></iframe>"
        "<script>if (isMobile) location.href = '/m/';</script></body></html>"
    )
    assert script_urls(document_fromstring(page), "http://example.cn/") == []
    shell = "<html><head><script>location.href='/m/'; location.href='/m/'</script></head></html>"
    assert script_urls(document_fromstring(shell), "http://example.cn/x/") == [
        "http://example.cn/m/"
    ]


def test_relative_links_resolve_against_the_base(tmp_path: Path, run_crawl: Any) -> None:
    related = (
        '<div class="xgxw"><h3>相关新闻</h3>'
        '<a href="art/2024/5/9/art_2.html">老旧小区改造全面启动</a></div>'
    )
    base = '<base href="/"><base href="/elsewhere/">'  # the first counts
    routes = {
        "/": html('<a href="art/2024/5/8/art_1.html">一</a>'),
        "/art/2024/5/8/art_1.html": html(f"{base}<h1>城市更新工作会议召开</h1>{STORY}{related}"),
        "/art/2024/5/9/art_2.html": html(f"{base}<h1>老旧小区改造全面启动</h1>{STORY}"),
    }
    with RouteServer(routes) as server:
        proc = run_crawl(f"sqlite:///{tmp_path / 'c.db'}", f"start_urls={server.url}/", timeout=120)
        log = set(server.log)
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert "/art/2024/5/9/art_2.html" in log, sorted(log)
    assert not any(p.startswith("/art/2024/5/8/art/") for p in log), sorted(log)


@pytest.mark.parametrize(
    ("head", "base"),
    [
        ('<base href="/news/">', "http://example.cn/news/"),
        ('<base target="_blank"><base href="../">', "http://example.cn/a/"),
        ('<base target="_blank">', "http://example.cn/a/b/c.html"),
        (
            '<base href="http://www.example.gov.cn/">',
            "http://example.cn/a/b/c.html",
        ),  # another host
        ('<base href="javascript:void(0)">', "http://example.cn/a/b/c.html"),
    ],
)
def test_document_base(head: str, base: str) -> None:
    page = document_fromstring(f"<html><head>{head}</head><body><p>x</p></body></html>")
    assert document_base(page, "http://example.cn/a/b/c.html") == base


HANWEB_LIST = """<div id="4567"><script type="text/xml"><datastore>
<nextgroup><![CDATA[<a href="/module/web/jpage/dataproxy.jsp?page=1&columnid=45"></a>]]>
</nextgroup><recordset>
<record><![CDATA[<li><a href="/art/2024/5/8/art_45_1.html" title="一">一</a>
<span>2024-05-08</span></li>]]></record>
<record><![CDATA[<li><a href='/art/2024/5/9/art_45_2.html' target="_blank">二</a></li>]]></record>
</recordset></datastore></script></div>"""


def test_links_only_scripts_show_are_followed() -> None:
    """A 大汉 Hanweb list's records in its data script, TRS WCM's scripted pagination; a
    template's placeholders are no links."""
    page = document_fromstring(
        f"<html><body><a href='/'>首页</a><a href='/a'>a</a><a href='/b'>b</a>{HANWEB_LIST}"
        '<script type="text/template"><a href="{{url}}">x</a><a href="${u}">y</a></script>'
        "<script>var n = 1;</script><div class='page'><script>"
        'createPageHTML(3, 0, "index", "shtml");</script></div></body></html>'
    )
    assert script_urls(page, "http://example.cn/col/col45/index.html") == [
        "http://example.cn/module/web/jpage/dataproxy.jsp?page=1&columnid=45",
        "http://example.cn/art/2024/5/8/art_45_1.html",
        "http://example.cn/art/2024/5/9/art_45_2.html",
        "http://example.cn/col/col45/index.shtml",
        "http://example.cn/col/col45/index_1.shtml",
        "http://example.cn/col/col45/index_2.shtml",
    ]


def test_a_scripted_list_and_its_pages_are_crawled(tmp_path: Path, run_crawl: Any) -> None:
    def story(n: int) -> Route:
        return html(f"<h1>第{n}号城市更新工作会议召开</h1>{STORY}")

    routes = {
        "/": html('<a href="/col/col45/index.html">动态</a><a href="/about.html">关于</a>'),
        "/col/col45/": html(  # the crawl asks for index.html in its canonical form
            HANWEB_LIST + '<script>createPageHTML(2, 0, "index", "html");</script>'
        ),
        "/col/col45/index_1.html": html('<li><a href="/art/2024/5/1/art_45_3.html">三</a></li>'),
        "/art/2024/5/8/art_45_1.html": story(1),
        "/art/2024/5/9/art_45_2.html": story(2),
        "/art/2024/5/1/art_45_3.html": story(3),
    }
    with RouteServer(routes) as server:
        proc = run_crawl(f"sqlite:///{tmp_path / 'c.db'}", f"start_urls={server.url}/", timeout=120)
        log = set(server.log)
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert {f"/art/2024/5/{d}/art_45_{n}.html" for d, n in ((8, 1), (9, 2), (1, 3))} <= log


def test_an_adhoc_crawl_stays_on_its_seeds_sites() -> None:
    """A www. seed's site is also its name without www. (where links and redirects lead)."""
    profile = adhoc_profile(["http://www.example.cn/news/", "https://blog.example.org/"])
    inside = ["https://example.cn/a.html", "http://news.example.cn/", "http://www.example.cn/"]
    outside = ["http://otherexample.cn/", "http://example.org/", "http://www.example.org/"]
    assert [profile.in_domain(u) for u in inside + outside] == [True] * 3 + [False] * 3
    assert profile.name == "blog.example.org"  # runs are recorded under the seeds' hosts
    assert adhoc_profile(["http://www.cn/"]).in_domain("http://x.cn/") is False
