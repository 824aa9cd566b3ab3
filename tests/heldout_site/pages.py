# ruff: noqa: E501  (HTML templates read best as one line per element)
"""HTML of the held-out site's pages: the five article templates, the shared page frame (banner,
navigation, footer, "most read" box, related block) and listing pages (see generator.py)."""

from __future__ import annotations

import html

from .pools import SITE_SUFFIX, Art


class PageTemplates:
    """Renders pages to HTML text; :class:`~.generator.HeldoutSite` supplies the articles."""

    arts: list[Art]
    most_read: dict[str, list[str]]  # language → the sitewide "most read" article paths
    _fixed_reviewer: str
    _recommend: list[str]

    def _art(self, path: str) -> Art:
        return next(a for a in self.arts if a.path == path)

    def _most_read(self, lang: str) -> str:
        paths = self.most_read[lang]
        items = "".join(
            f'<li><span class="num">{i + 1}</span><a href="{p}" target="_blank">{html.escape(self._art(p).title)}</a></li>'
            for i, p in enumerate(paths)
        )
        head = {"zh": "热门排行", "big5": "熱門排行", "en": "Most Read"}[lang]
        if lang == "en":
            return f'<aside class="widget widget-popular"><h2 class="widget-title">{head}</h2><ol>{items}</ol></aside>'
        return f'<div class="side-box phb"><div class="side-hd"><h3>{head}</h3></div><ul class="rank-list">{items}</ul></div>'

    def _nav(self, lang: str) -> str:
        if lang == "en":
            links = [
                ("/en/", "Home"),
                ("/en/page/2/", "Older"),
                ("/tag/economy/", "Economy"),
                ("/about.html", "About"),
            ]
        elif lang == "big5":
            links = [
                ("/big5/news/index.htm", "首頁"),
                ("/big5/news/index_2.htm", "新聞"),
                ("/", "簡體版"),
            ]
        else:
            links = [
                ("/", "首页"),
                ("/zwgk/index.html", "政务公开"),
                ("/qxzc/index.htm", "旗县之窗"),
                ("/bjcb/index.shtml", "北疆晨报"),
                ("/archive/2024/03/", "往期回顾"),
                ("/big5/news/index.htm", "繁體"),
                ("/en/", "English"),
                ("/about.html", "关于我们"),
            ]
        return (
            '<div class="nav"><ul>'
            + "".join(f'<li><a href="{h}">{t}</a></li>' for h, t in links)
            + "</ul></div>"
        )

    def _footer(self, lang: str) -> str:
        if lang == "en":
            return '<footer class="site-footer"><p>Copyright &copy; 2012-2024 Grassland Daily. All rights reserved.</p><p><a href="/about.html">About us</a> | <a href="/en/">Contact</a></p></footer>'
        if lang == "big5":
            return '<div class="footer"><p>版權所有 &copy; 2008-2024 草原新聞網　聯繫我們</p></div>'
        return (
            '<div class="footer"><p>主办单位：呼和浩特市人民政府办公室　承办单位：呼和浩特市大数据管理局</p>'
            "<p>网站标识码：1501000001　蒙ICP备05001234号　蒙公网安备 15010202000123号</p>"
            "<p>版权所有 &copy; 2005-2024 呼和浩特市人民政府</p></div>"
        )

    def _related(self, a: Art) -> str:
        lis = "".join(
            f'<li><a href="{p}">{html.escape(self._art(p).title)}</a><span>{self._art(p).when:%Y-%m-%d}</span></li>'
            for p in a.related
        )
        if a.tpl == "gov":
            return f'<div class="xgxw"><div class="xgxw-tit">相关新闻</div><ul>{lis}</ul></div>'
        if a.tpl == "qx":
            return f'<div class="read-more"><p class="tt">相关阅读：</p><ul>{lis}</ul></div>'
        if a.tpl == "paper":
            return f'<div class="box"><h3>相关链接</h3><ul class="list">{lis}</ul></div>'
        if a.tpl == "big5":
            return f'<div class="relnews"><h4>相關新聞</h4><ul>{lis}</ul></div>'
        return f'<section class="related-posts"><h3>Related stories</h3><ul>{lis}</ul></section>'

    def _article_html(self, a: Art) -> str:
        t = html.escape(a.title)
        ps = "".join(f"<p>{html.escape(p)}</p>" for p in a.paragraphs)
        lang = {"big5": "big5", "en": "en"}.get(a.tpl, "zh")
        ts = a.when.strftime("%Y-%m-%d %H:%M")
        if a.tpl == "gov":
            head = f'<meta charset="utf-8"><title>{t}{SITE_SUFFIX["gov"]}</title><meta name="ArticleTitle" content="{t}"><meta name="PubDate" content="{ts}"><meta name="ContentSource" content="呼和浩特市发展和改革委员会">'
            body = (
                f'<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/index.html">政务公开</a> &gt; 正文</div>'
                f'<div class="article"><div class="article-title">{t}</div>'
                f'<div class="article-info"><span>来源：呼和浩特市发展和改革委员会</span><span>作者：{"".join(a.authors)}</span>'
                f'<span>发布时间：{ts}</span><span>浏览次数：<em id="hits">1024</em></span>'
                f'<span>【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</span></div>'
                f'<div class="article-con TRS_Editor" id="zoom">{ps}</div>'
                f'<div class="article-editor">责任编辑：{a.editors[0]}</div>'
                f'<div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a> <a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>'
                f"{self._related(a)}</div>"
            )
        elif a.tpl == "qx":
            head = f'<meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>{t}{SITE_SUFFIX["qx"]}</title><meta name="keywords" content="{t}">'
            reporters = " ".join(a.authors)
            credit = f"内蒙古日报记者 {reporters}" if a.n % 2 == 0 else f"记者 {reporters}"
            if a.correspondents:
                credit += " 通讯员 " + " ".join(a.correspondents)
            first = f"　　本报讯（{credit}）{a.paragraphs[0]}"
            ps = f"<p>{html.escape(first)}</p>" + "".join(
                f"<p>　　{html.escape(p)}</p>" for p in a.paragraphs[1:]
            )
            body = (
                f'<table width="1000" align="center"><tr><td class="dqwz">您现在的位置：<a href="/">首页</a>&gt;&gt;<a href="/qxzc/index.htm">旗县之窗</a></td></tr></table>'
                f'<table width="1000" align="center"><tr><td width="700" valign="top">'
                f'<h1 class="bt">{t}</h1><div class="sj">发布时间：{a.when:%Y-%m-%d %H:%M:%S}　来源：内蒙古日报　点击数：312</div>'
                f'<div class="nr">{ps}<p align="right">（责任编辑：{a.editors[0]}）</p></div>'
                f'{self._related(a)}</td><td width="280" valign="top">{self._most_read("zh")}</td></tr></table>'
            )
        elif a.tpl == "paper":
            head = f'<meta charset="utf-8"><title>{t}{SITE_SUFFIX["paper"]}</title><meta name="description" content="{html.escape(a.paragraphs[0][:60])}">'
            body = (
                f'<div class="main"><div class="left"><h1>{t}</h1>'
                f'<div class="info"><span class="time">{ts}</span><span>来源：北疆晨报</span><span>作者：本报记者 {" ".join(a.authors)}</span></div>'
                f'<div class="content">{ps}</div><p class="editor">编辑：{a.editors[0]}　审核：{self._fixed_reviewer}</p>'
                f'<div class="box tj"><h3>编辑推荐</h3><ul class="list">'
                + "".join(
                    f'<li><a href="{p}">{html.escape(self._art(p).title)}</a></li>'
                    for p in self._recommend
                )
                + f"</ul></div>{self._related(a)}</div>"
                f'<div class="right">{self._most_read("zh")}</div></div>'
            )
        elif a.tpl == "big5":
            head = f'<meta charset="big5"><title>{t}{SITE_SUFFIX["big5"]}</title>'
            names = "、".join(a.authors)
            body = (
                f'<div id="main"><div class="story"><h1 class="story-title">{t}</h1>'
                f'<div class="story-meta"><span class="date">發佈時間：{a.when:%Y/%m/%d %H:%M}</span></div>'
                f'<div class="story-body"><p class="byline">記者{names}／呼和浩特報導</p>{ps}'
                f'<p class="ed">責任編輯：{a.editors[0]}</p></div>{self._related(a)}</div>'
                f'<div id="side">{self._most_read("big5")}</div></div>'
            )
        else:
            iso = a.when.strftime("%Y-%m-%dT%H:%M:%S") + "+08:00"
            by = " and ".join(a.authors)
            head = (
                f'<meta charset="utf-8"><title>{t}{SITE_SUFFIX["en"]}</title>'
                f'<meta property="og:site_name" content="Grassland Daily"><meta property="og:title" content="{t}">'
                f'<meta property="og:type" content="article"><meta property="article:published_time" content="{iso}">'
            )
            body = (
                f'<div class="container"><main><article class="post"><h1 class="entry-title">{t}</h1>'
                f'<div class="entry-meta"><p class="byline">By {by} in Hohhot</p>'
                f'<time class="published" datetime="{iso}">{a.when:%B} {a.when.day}, {a.when:%Y} {a.when:%H:%M}</time></div>'
                f'<div class="entry-content">{ps}<p class="editor-note">Editor: {a.editors[0]}</p></div>'
                f"{self._related(a)}</article></main>"
                f'<div class="sidebar">{self._most_read("en")}</div></div>'
            )
        side = (
            ""
            if a.tpl in ("qx", "paper", "big5", "en")
            else f'<div class="right">{self._most_read("zh")}</div>'
        )
        return self._page(lang, head, body + side)

    def _page(self, lang: str, head: str, body: str) -> str:
        hl = {"zh": "zh-CN", "big5": "zh-TW", "en": "en"}[lang]
        banner = {
            "zh": '<div class="header"><a href="/"><img src="/images/logo.png" alt="呼和浩特市人民政府"></a><form action="/search"><input name="q"><button>搜索</button></form></div>',
            "big5": '<div class="header"><a href="/big5/news/index.htm">草原新聞網</a></div>',
            "en": '<header><a class="logo" href="/en/">Grassland Daily</a></header>',
        }[lang]
        return (
            f'<!DOCTYPE html><html lang="{hl}"><head>{head}<link rel="stylesheet" href="/css/style.css"></head>'
            f"<body>{banner}{self._nav(lang)}{body}{self._footer(lang)}</body></html>"
        )

    def _teasers(self, arts: list[Art], summaries: bool) -> str:
        out = []
        for a in arts:
            s = f"<p>{html.escape(a.paragraphs[0][:70])}…</p>" if summaries else ""
            out.append(
                f'<li><a href="{a.path}" title="{html.escape(a.title)}">{html.escape(a.title)}</a>{s}<span class="date">{a.when:%Y-%m-%d}</span></li>'
            )
        return '<ul class="news-list">' + "".join(out) + "</ul>"

    def _listing(
        self, lang: str, title: str, arts: list[Art], pager: str, summaries: bool = False
    ) -> str:
        head = f'<meta charset="{"big5" if lang == "big5" else "utf-8"}"><title>{title}</title>'
        side = self._most_read(lang)
        body = f'<div class="main"><div class="left"><div class="lm-title">{title}</div>{self._teasers(arts, summaries)}<div class="page">{pager}</div></div><div class="right">{side}</div></div>'
        return self._page(lang, head, body)
