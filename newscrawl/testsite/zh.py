"""The zh portal template: article, print version and paged list (GBK/traditional variants)."""

from __future__ import annotations

from collections.abc import Callable

from newscrawl.testsite.common import (
    PER_PAGE,
    Article,
    Page,
    esc_attr,
    esc_text,
    html_page,
    ident,
    ruby,
)
from newscrawl.testsite.core import SiteCore
from newscrawl.testsite.sitewide import malformed_links


class ZhTemplate(SiteCore):
    """The zh portal template: article, print version and paged list (GBK/traditional variants)."""

    def _zh_head_nav(self, conv: Callable[[str], str]) -> str:
        return (
            '<div class="header"><div class="logo"><a href="/">'
            + conv("草原新闻网")
            + '</a></div><ul class="nav">'
            + f'<li><a href="/">{conv("首页")}</a></li>'
            + f'<li><a href="/zh/list/index.htm">{conv("新闻")}</a></li>'
            + f'<li><a href="/zh/list/index.htm">{conv("要闻")}</a></li>'
            + '<li><a href="/en/world/">English</a></li>'
            + f'<li><a href="/legacy/list.asp?page=1">{conv("旧版")}</a></li>'
            + "</ul></div>\n"
        )

    def _zh_paragraph_html(self, art: Article, with_byline: bool) -> str:
        conv = self._conv(art)
        paras = self._shown_paragraphs(art)
        out: list[str] = []
        for i, text in enumerate(paras):
            if with_byline and i == len(paras) - 1:
                text = f"{text}（{conv('内蒙古日报社融媒体记者')} {conv(art.author)}）"
            body = esc_text(text)
            out.append(f"<p>{ruby(body) if art.traditional else body}</p>")
        return "\n".join(out)

    def _zh_title_html(self, art: Article) -> str:
        t = esc_text(self._shown_title(art))
        return ruby(t) if art.traditional else t

    def _zh_bytes(self, art: Article, doc: str) -> Page:
        ctype = f"text/html; charset={art.encoding}" if art.header_charset else "text/html"
        return Page(200, ctype, doc.encode(art.encoding))

    def _zh_article(self, art: Article) -> Page:
        conv = self._conv(art)
        local = art.local
        title = self._shown_title(art)
        meta_date = (
            f'<meta name="publishdate" content="{local:%Y-%m-%d}">\n' if art.meta_date else ""
        )
        rec_html = ""
        rel_items: list[str] = []
        for kind, tgt, anchor in self._links(art):
            href = esc_attr(self._href(art, tgt))
            if kind == "recommended":
                summary = conv(self._summary(tgt, 40))
                rec_html = (
                    f'<div class="recommend"><h3>{conv("推荐阅读")}</h3>'
                    f'<a href="{href}">{esc_text(anchor)}</a><p>{esc_text(summary)}</p></div>\n'
                )
            else:
                rel_items.append(f'<li><a href="{href}">{esc_text(anchor)}</a></li>')
        private = (
            f' <a class="preview" href="/private/draft/{art.id}.html">{conv("编辑预览")}</a>'
            if art.private_link
            else ""
        )
        doc = (
            '<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n'
            f'<meta charset="{art.declared}">\n'
            f"<title>{esc_text(title)}_{conv('草原新闻网')}</title>\n"
            f'<meta name="keywords" content="{esc_attr(conv("新闻,内蒙古,草原"))}">\n'
            f'<meta name="description" content="{esc_attr(conv(self._summary(art, 60)))}">\n'
            f"{meta_date}"
            "</head>\n<body>\n"
            + self._zh_head_nav(conv)
            + f'<div class="ad">{conv("广告 招商热线：0471-6650000 诚邀合作")}</div>\n'
            + '<div class="main">\n'
            + f'<div class="crumb">{conv("当前位置")}：<a href="/">{conv("首页")}</a> &gt; '
            + f'<a href="/zh/list/index.htm">{conv("新闻")}</a> &gt; {conv("正文")}</div>\n'
            + f'<h1 class="title">{self._zh_title_html(art)}</h1>\n'
            + f'<div class="info"><span class="date">{local:%m}{conv("月")}{local:%d}'
            + f"{conv('日')} {local:%H:%M}</span> {conv('来源：内蒙古日报')}</div>\n"
            + '<div id="content">\n'
            + self._zh_paragraph_html(art, with_byline=True)
            + "\n</div>\n"
            + f'<div class="tools"><a class="print" href="{art.print_path}">{conv("打印")}</a>'
            + f"{private}</div>\n"
            + f'<div class="share">{conv("分享让更多人看到")}</div>\n'
            + rec_html
            + f'<div class="related"><h3>{conv("相关新闻")}</h3><ul>'
            + "".join(rel_items)
            + "</ul></div>\n"
            + f'<div class="ad">{conv("广告位招租 投放热线：0471-6651234")}</div>\n'
            + "</div>\n"
            + '<div class="footer"><p>'
            + conv("草原新闻网 版权所有 未经书面授权禁止转载 蒙ICP备05000001号")
            + f'</p><p><a href="/">{conv("网站首页")}</a> | {conv("联系我们")} | '
            + f"{conv('违法和不良信息举报电话：0471-12345')}</p></div>\n"
            + "</body>\n</html>\n"
        )
        return self._zh_bytes(art, doc)

    def _zh_print(self, art: Article, base: str) -> Page:
        conv = self._conv(art)
        local = art.local
        doc = (
            "<!DOCTYPE html>\n<html>\n<head>\n"
            f'<meta charset="{art.declared}">\n'
            f"<title>{esc_text(self._shown_title(art))}</title>\n"
            f'<link rel="canonical" href="{esc_attr(base + art.canonical)}">\n'
            '</head>\n<body class="print">\n'
            f"<h1>{self._zh_title_html(art)}</h1>\n"
            f'<div class="info">{local:%Y-%m-%d %H:%M} {conv("来源：内蒙古日报")}</div>\n'
            '<div id="content">\n'
            + self._zh_paragraph_html(art, with_byline=True)
            + "\n</div>\n"
            + f'<div class="print-tools"><a href="javascript:window.print()">{conv("打印")}</a> '
            + f'<a href="javascript:window.close()">{conv("关闭")}</a></div>\n'
            + "</body>\n</html>\n"
        )
        return self._zh_bytes(art, doc)

    def _zh_list(self, page_no: int, explicit: bool) -> Page | None:
        order = self._order["zh"]
        pages = max(1, -(-len(order) // PER_PAGE))
        if page_no < 1 or page_no > pages or (explicit and page_no == 1):
            return None
        items = []
        for i in order[(page_no - 1) * PER_PAGE : page_no * PER_PAGE]:
            art = self._articles[i]
            items.append(
                f'<li><a href="{esc_attr(self._href(None, art, "list"))}">'
                f"{esc_text(self._shown_title(art))}</a>"
                f'<span class="time">{art.local:%Y-%m-%d %H:%M}</span></li>'
            )

        def page_url(n: int) -> str:
            return "/zh/list/index.htm" if n == 1 else f"/zh/list/index_{n}.htm"

        pager = [f'<a href="{page_url(1)}">首页</a>']
        if page_no > 1:
            pager.append(f'<a href="{page_url(page_no - 1)}">上一页</a>')
        pager.extend(
            f'<a href="{page_url(n)}">{n}</a>' if n != page_no else f"<span>{n}</span>"
            for n in range(1, pages + 1)
        )
        if page_no < pages:
            pager.append(f'<a class="next" href="{page_url(page_no + 1)}">下一页</a>')
        pager.append(f'<a href="{page_url(pages)}">尾页</a>')
        special = ""
        if page_no == 1:
            special = (
                '<div class="special"><h3>专题</h3><ul>'
                + malformed_links(self._wrongcharset_title())
                + "</ul></div>\n"
            )
        doc = (
            '<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n'
            f"<title>新闻 第{page_no}页_草原新闻网</title>\n</head>\n<body>\n"
            + self._zh_head_nav(ident)
            + '<div class="list"><ul>\n'
            + "\n".join(items)
            + "\n</ul></div>\n"
            + special
            + '<div class="page">'
            + " ".join(pager)
            + "</div>\n"
            + '<div class="footer"><p>草原新闻网 版权所有</p></div>\n</body>\n</html>\n'
        )
        return html_page(doc, self._newest(order[(page_no - 1) * PER_PAGE : page_no * PER_PAGE]))
