"""The en news-site template: article with JSON-LD and section lists."""

from __future__ import annotations

import json

from newscrawl.testsite.common import (
    EN_SECTIONS,
    PER_PAGE,
    Article,
    Page,
    esc_attr,
    esc_text,
    html_page,
)
from newscrawl.testsite.core import SiteCore


class EnTemplate(SiteCore):
    """The en news-site template: article with JSON-LD and section lists."""

    def _en_nav(self) -> str:
        links = "".join(f'<li><a href="/en/{s}/">{s.capitalize()}</a></li>' for s in EN_SECTIONS)
        return (
            '<header class="site-header"><a class="logo" href="/">The Daily Ledger</a>'
            f'<nav class="primary"><ul><li><a href="/">Home</a></li>{links}</ul></nav></header>\n'
        )

    def _en_cookie(self) -> str:
        return (
            '<div id="cookie-banner" class="cookie-banner" role="dialog"><p>We use cookies and '
            "similar technologies to improve your experience, measure audiences and show you "
            "relevant advertising. You can change your choices at any time.</p>"
            "<button>Accept all</button> <button>Manage preferences</button></div>\n"
        )

    def _en_footer(self, private: bool) -> str:
        staff = ' | <a href="/private/admin.html">Staff login</a>' if private else ""
        return (
            '<footer class="site-footer"><p>&copy; 2024 The Daily Ledger Media Group. All rights '
            "reserved.</p><p>About us | Contact | Terms of use | Privacy policy | Advertise"
            f"{staff}</p></footer>\n"
        )

    def _en_article(self, art: Article, base: str) -> Page:
        local = art.local
        url = base + art.canonical
        desc = self._summary(art, 160)
        iso = local.isoformat()
        ld = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": art.title,
            "description": desc,
            "author": {"@type": "Person", "name": art.author},
            "datePublished": iso,
            "dateModified": iso,
            "mainEntityOfPage": url,
            "publisher": {"@type": "Organization", "name": "The Daily Ledger"},
        }
        ld_json = json.dumps(ld, ensure_ascii=False).replace("</", "<\\/")
        rel_items: list[str] = []
        rec_html = ""
        for kind, tgt, anchor in self._links(art):
            href = esc_attr(self._href(art, tgt))
            if kind == "recommended":
                rec_html = (
                    '<section class="recommended"><h2>Recommended for you</h2>'
                    f'<a href="{href}">{esc_text(anchor)}</a>'
                    f"<p>{esc_text(self._summary(tgt, 90))}</p></section>\n"
                )
            else:
                rel_items.append(f'<li><a href="{href}">{esc_text(anchor)}</a></li>')
        paras = self._paragraphs(art.idx)
        body_html: list[str] = []
        for i, text in enumerate(paras):
            esc = esc_text(text)
            if i == 0 and " \u2014 " in esc:
                dateline, rest = esc.split(" \u2014 ", 1)
                esc = f"<strong>{dateline}</strong> \u2014 {rest}"
            body_html.append(f"<p>{esc}</p>")
        tz = local.strftime("%z")
        shown_time = f"{local:%B} {local.day}, {local:%Y} {local:%H:%M} (UTC{tz[:3]}:{tz[3:]})"
        share_q = esc_attr(url)
        doc = (
            '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
            f"<title>{esc_text(art.title)} | The Daily Ledger</title>\n"
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f'<meta name="description" content="{esc_attr(desc)}">\n'
            '<meta property="og:site_name" content="The Daily Ledger">\n'
            f'<meta property="og:title" content="{esc_attr(art.title)}">\n'
            '<meta property="og:type" content="article">\n'
            f'<meta property="og:url" content="{esc_attr(url)}">\n'
            f'<meta property="og:description" content="{esc_attr(desc)}">\n'
            f'<script type="application/ld+json">{ld_json}</script>\n'
            "</head>\n<body>\n"
            + self._en_cookie()
            + self._en_nav()
            + "<main>\n"
            + f'<article class="story" data-id="{art.id}">\n<header>'
            + f'<p class="kicker"><a href="/en/{art.section}/">{art.section.capitalize()}</a></p>'
            + f"<h1>{esc_text(art.title)}</h1>"
            + f'<p class="byline">By {esc_text(art.author)}</p>'
            + f'<time datetime="{iso}">{shown_time}</time></header>\n'
            + '<div class="article-body">\n'
            + "\n".join(body_html)
            + "\n</div>\n"
            + '<div class="share"><span>Share this article</span> '
            + f'<a href="https://twitter.com/intent/tweet?url={share_q}">X</a> '
            + f'<a href="https://www.facebook.com/sharer/sharer.php?u={share_q}">Facebook</a> '
            + f'<a href="mailto:?subject={esc_attr(art.title)}">Email</a></div>\n'
            + "</article>\n"
            + '<aside class="newsletter"><h2>Get the Morning Ledger</h2><p>Sign up for our '
            + "free newsletter and get the day's most important stories delivered to your inbox "
            + 'every weekday morning.</p><form action="/newsletter" method="post">'
            + '<input type="email" name="email" placeholder="Your email address">'
            + "<button>Sign up</button></form></aside>\n"
            + '<aside class="related"><h2>Related stories</h2><ul>'
            + "".join(rel_items)
            + "</ul></aside>\n"
            + rec_html
            + "</main>\n"
            + self._en_footer(art.private_link)
            + "</body>\n</html>\n"
        )
        return html_page(doc)

    def _en_list(self, section: str, page_no: int) -> Page | None:
        order = self._en_sections[section]
        pages = max(1, -(-len(order) // PER_PAGE))
        if page_no < 1 or page_no > pages:
            return None
        items = []
        for pos in range((page_no - 1) * PER_PAGE, min(page_no * PER_PAGE, len(order))):
            art = self._articles[order[pos]]
            items.append(
                f'<li class="teaser"><h3><a href="{esc_attr(self._href(None, art, "list", pos))}">'
                f"{esc_text(art.title)}</a></h3>"
                f'<time datetime="{art.local.isoformat()}">{art.local:%B} {art.local.day}, '
                f"{art.local:%Y}</time><p>{esc_text(self._summary(art, 120))}</p></li>"
            )
        pager = []
        if page_no > 1:
            pager.append(f'<a rel="prev" href="/en/{section}/?page={page_no - 1}">Previous</a>')
        if page_no < pages:
            pager.append(f'<a rel="next" href="/en/{section}/?page={page_no + 1}">Next</a>')
        doc = (
            '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
            f"<title>{section.capitalize()} - page {page_no} | The Daily Ledger</title>\n"
            "</head>\n<body>\n"
            + self._en_cookie()
            + self._en_nav()
            + f'<main><h1>{section.capitalize()}</h1>\n<ul class="stories">\n'
            + "\n".join(items)
            + "\n</ul>\n"
            + '<nav class="pagination">'
            + " ".join(pager)
            + "</nav></main>\n"
            + self._en_footer(False)
            + "</body>\n</html>\n"
        )
        return html_page(doc, self._newest(order[(page_no - 1) * PER_PAGE : page_no * PER_PAGE]))
