"""Site-wide pages: home, sitemap, RSS, the malformed and private pages."""

from __future__ import annotations

from email.utils import format_datetime

from newscrawl.testsite.common import (
    EN_SECTIONS,
    FAULTS_DIR,
    HTML_UTF8,
    MALFORMED_DIR,
    Page,
    esc_attr,
    esc_text,
    session_token,
)
from newscrawl.testsite.core import SiteCore


class SiteWidePages(SiteCore):
    """Site-wide pages: home, sitemap, RSS, the malformed and private pages."""

    def _home(self) -> str:
        blocks: list[str] = []
        for template, heading, more in (
            ("zh", "草原新闻", "/zh/list/index.htm"),
            ("en", "The Daily Ledger", "/en/world/"),
            ("legacy", "本站新闻（旧版）", "/legacy/list.asp?page=1"),
        ):
            items = "".join(
                f'<li><a href="{esc_attr(self._articles[i].canonical)}">'
                f"{esc_text(self._shown_title(self._articles[i]))}</a></li>"
                for i in self._order[template][:10]
            )
            blocks.append(
                f'<section class="latest-{template}"><h2>{heading}</h2><ul>{items}</ul>'
                f'<a class="more" href="{esc_attr(more)}">更多 / More</a></section>'
            )
        sections = "".join(f'<li><a href="/en/{s}/">{s.capitalize()}</a></li>' for s in EN_SECTIONS)
        return (
            '<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n'
            "<title>草原新闻网 · The Daily Ledger</title>\n"
            '<link rel="alternate" type="application/rss+xml" href="/rss.xml">\n'
            "</head>\n<body>\n"
            '<nav class="main-nav"><ul><li><a href="/">首页</a></li>'
            '<li><a href="/zh/list/index.htm">新闻</a></li>'
            f"{sections}"
            '<li><a href="/legacy/list.asp?page=1">旧版新闻</a></li></ul></nav>\n'
            + "\n".join(blocks)
            + '\n<section class="special"><h2>专题</h2><ul>'
            + malformed_links(self._wrongcharset_title())
            + "</ul></section>\n"
            + (self._faults_block() if self.faults else "")
            + '<div class="footer"><a href="/private/admin.html">管理后台</a> | '
            + '<a href="/private/draft/2022-03-19-preview.html">草稿预览</a> | '
            + '<a href="/rss.xml">RSS</a> | <a href="/sitemap.xml">Sitemap</a>'
            + "<p>草原新闻网 版权所有</p></div>\n</body>\n</html>\n"
        )

    def _sitemap(self, base: str) -> bytes:
        entries = "".join(
            f"<url><loc>{esc_text(base + self._articles[i].canonical)}</loc>"
            f"<lastmod>{self._articles[i].published.isoformat()}</lastmod></url>\n"
            for i in self._all_latest
        )
        return (
            '<?xml version="1.0" encoding="UTF-8"?>\n'
            '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
            f"{entries}</urlset>\n"
        ).encode()

    def _rss(self, base: str) -> bytes:
        items = []
        for i in self._all_latest[:30]:
            art = self._articles[i]
            link = esc_text(base + art.canonical)
            items.append(
                f"<item><title>{esc_text(self._shown_title(art))}</title><link>{link}</link>"
                f'<guid isPermaLink="true">{link}</guid>'
                f"<pubDate>{format_datetime(art.published)}</pubDate>"
                f"<description>{esc_text(self._conv(art)(self._summary(art, 100)))}</description>"
                "</item>\n"
            )
        return (
            '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel>\n'
            f"<title>草原新闻网 · The Daily Ledger</title><link>{esc_text(base)}/</link>\n"
            "<description>Latest stories</description>\n" + "".join(items) + "</channel></rss>\n"
        ).encode()

    # ----------------------------------------------------------------- fault routes
    def _faults_block(self) -> str:
        links = (
            ("flaky.htm", "Flaky listing (503 first)"),
            ("slow.htm", "Slow listing"),
            ("loop-a.htm", "Redirect loop"),
            ("calendar/2024-01.htm", "Event calendar"),
            (f"session.htm?sid={session_token(self.seed, 0, 'sid')}", "Member area"),
            ("deep/", "Deep archive"),
            ("big.htm", "Oversized page"),
            ("truncated.htm", "Truncated page"),
        )
        items = "".join(
            f'<li><a href="{esc_attr(FAULTS_DIR + href)}">{esc_text(text)}</a></li>'
            for href, text in links
        )
        return f'<div class="faults"><h2>Faults</h2><ul>{items}</ul></div>\n'


def malformed_links(wrongcharset_title: str) -> str:
    names = (
        ("c_wrongcharset.htm", wrongcharset_title),
        ("c_empty.htm", "图片新闻：草原春色"),
        ("c_truncated.htm", "视频：牧区新变化"),
        ("c_report.htm", "2022年全区经济运行情况报告（附件）"),
    )
    return "".join(f'<li><a href="{MALFORMED_DIR}{n}">{esc_text(t)}</a></li>' for n, t in names)


def malformed_page(name: str) -> Page | None:
    if name == "c_empty.htm":
        return Page(200, "text/html", b"")
    if name == "c_truncated.htm":
        return Page(
            200,
            HTML_UTF8,
            b'<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n'
            b'<meta name="viewport" content="width=device-wid',
        )
    if name == "c_report.htm":
        return Page(
            200,
            "application/pdf",
            b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
            b"2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n"
            b"%%EOF\n",
        )
    return None


def private_page(path: str) -> str:
    return (
        '<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>Restricted area</title></head>'
        f"<body><h1>Staff only</h1><p>{esc_text(path)}</p>"
        '<form action="/private/login" method="post"><input name="user"><input name="password" '
        'type="password"><button>Log in</button></form></body></html>\n'
    )
