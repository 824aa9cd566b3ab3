"""The legacy table-layout template (GBK/GB18030 pages, .asp list)."""

from __future__ import annotations

from newscrawl.testsite.common import PER_PAGE, Article, Page, esc_attr, esc_text
from newscrawl.testsite.core import SiteCore


class LegacyTemplate(SiteCore):
    """The legacy table-layout template (GBK/GB18030 pages, .asp list)."""

    def _legacy_article(self, art: Article) -> Page:
        local = art.local
        rel_rows: list[str] = []
        rec_html = ""
        for kind, tgt, anchor in self._links(art):
            href = esc_attr(self._href(art, tgt))
            if kind == "recommended":
                rec_html = (
                    '<tr><td class="tuijian"><font color="#CC0000">推荐阅读：</font>'
                    f'<a href="{href}">{esc_text(anchor)}</a></td></tr>\n'
                )
            else:
                rel_rows.append(
                    f'<tr><td>·<a href="{href}" target="_blank">{esc_text(anchor)}</a></td></tr>'
                )
        pos = self._legacy_pos[art.idx]
        order = self._order["legacy"]

        def neighbour(label: str, p: int) -> str:
            if 0 <= p < len(order):
                other = self._articles[order[p]]
                return f'{label}：<a href="{other.canonical}">{esc_text(other.title)}</a>'
            return f"{label}：没有了"

        paras = "\n".join(f"<p>　　{esc_text(p)}</p>" for p in self._paragraphs(art.idx))
        private = (
            ' | <a href="/private/admin.html"><font color="#999999">后台管理</font></a>'
            if art.private_link
            else ""
        )
        doc = (
            '<html>\n<head>\n<meta http-equiv="Content-Type" '
            f'content="text/html; charset={art.declared}">\n'
            f"<title>{esc_text(art.title)}_本站新闻</title>\n"
            "</head>\n"
            '<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0">\n'
            '<table width="778" border="0" align="center" cellpadding="0" cellspacing="0">\n'
            '<tr><td height="60"><a href="/"><font size="5" color="#CC0000"><b>本站新闻网</b>'
            '</font></a></td><td align="right"><font size="2"><a href="/">首页</a> | '
            '<a href="/legacy/list.asp?page=1">新闻中心</a> | 通知公告 | 联系我们'
            "</font></td></tr>\n"
            "</table>\n"
            '<table width="778" border="0" align="center" cellpadding="0" cellspacing="0">\n'
            '<tr><td width="560" valign="top">\n'
            '<table width="100%" border="0" cellpadding="4" cellspacing="0">\n'
            '<tr><td class="biaoti" align="center"><font size="4" color="#003399"><b>'
            f"{esc_text(art.title)}</b></font></td></tr>\n"
            '<tr><td align="center"><font size="2" color="#666666">'
            f"发布时间：{local:%Y}年{local:%m}月{local:%d}日 {local:%H:%M}&nbsp;&nbsp;"
            f"作者：{esc_text(art.author)}&nbsp;&nbsp;来源：本站</font></td></tr>\n"
            f'<tr><td class="content">\n{paras}\n</td></tr>\n'
            '<tr><td align="right"><font size="2">'
            '【<a href="javascript:window.print()">打印本页</a>】'
            '【<a href="javascript:window.close()">关闭窗口</a>】</font></td></tr>\n'
            f'<tr><td><font size="2">{neighbour("上一篇", pos + 1)}<br>'
            f"{neighbour('下一篇', pos - 1)}</font></td></tr>\n"
            '<tr><td><font color="#CC0000"><b>相关阅读</b></font>\n'
            '<table width="100%" border="0" cellspacing="0" cellpadding="2">\n'
            + "\n".join(rel_rows)
            + "\n</table></td></tr>\n"
            + rec_html
            + "</table>\n</td>\n"
            + '<td width="218" valign="top" bgcolor="#F5F5F5"><font size="2"><b>通知公告</b><br>'
            + "本站新版网站已上线，欢迎访问。<br>投稿邮箱：tougao@example.com<br><br>"
            + "<b>友情链接</b><br>人民网<br>新华网</font></td></tr>\n"
            + "</table>\n"
            + '<table width="778" border="0" align="center"><tr><td align="center">'
            + '<font size="2" color="#999999">版权所有 &copy; 本站新闻网 ICP备12345678号'
            + f"{private}</font></td></tr></table>\n"
            + "</body>\n</html>\n"
        )
        ctype = f"text/html; charset={art.encoding}" if art.header_charset else "text/html"
        return Page(200, ctype, doc.encode(art.encoding))

    def _legacy_list(self, page_no: int) -> Page | None:
        order = self._order["legacy"]
        pages = max(1, -(-len(order) // PER_PAGE))
        if page_no < 1 or page_no > pages:
            return None
        rows = []
        for i in order[(page_no - 1) * PER_PAGE : page_no * PER_PAGE]:
            art = self._articles[i]
            rows.append(
                f'<tr><td>·<a href="{art.canonical}" target="_blank">{esc_text(art.title)}</a></td>'
                f'<td align="right"><font color="#999999">{art.local:%Y-%m-%d}</font></td></tr>'
            )
        pager = ['<a href="/legacy/list.asp?page=1">首页</a>']
        if page_no > 1:
            pager.append(f'<a href="/legacy/list.asp?page={page_no - 1}">上一页</a>')
        if page_no < pages:
            pager.append(f'<a href="/legacy/list.asp?page={page_no + 1}">下一页</a>')
        pager.append(f'<a href="/legacy/list.asp?page={pages}">尾页</a>')
        pager.append(f"共{pages}页 第{page_no}页")
        doc = (
            '<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=gbk">\n'
            "<title>新闻中心_本站新闻</title>\n</head>\n<body>\n"
            '<table width="778" align="center"><tr><td><a href="/">首页</a> | '
            '<a href="/legacy/list.asp?page=1">新闻中心</a></td></tr></table>\n'
            '<table width="778" align="center" border="0" cellpadding="3">\n'
            + "\n".join(rows)
            + "\n</table>\n"
            + '<table width="778" align="center"><tr><td align="center"><font size="2">'
            + " ".join(pager)
            + "</font></td></tr></table>\n</body>\n</html>\n"
        )
        shown = order[(page_no - 1) * PER_PAGE : page_no * PER_PAGE]
        return Page(200, "text/html", doc.encode("gbk"), last_modified=self._newest(shown))
