"""Listing pages a crawl reaches when it fetches a gone canonical URL in the form a page linked
(``/fortune/index.htm``, ``/gn/index.shtml``): shapes of real Chinese portals' channel, search,
topic and section pages that read as short stories. Each test fails on the rules before it."""

from __future__ import annotations

import dataclasses
from dataclasses import replace

from newscrawl.clean import is_boilerplate
from newscrawl.extract import pagetype

_NAV = (
    "<div class='nav'><a href='/'>首页</a> <a href='/politics/'>时政</a> "
    "<a href='/fortune/'>财经</a> <a href='/local/'>地方</a> <a href='/video/'>视频</a></div>"
)
_FOOTER = (
    "<div id='bottom'><div class='bottom_link'><a href='/about/'>关于我们</a> | "
    "<a href='/about/en/'>About us</a> | <a href='/contact/'>联系我们</a> | "
    "<a href='/ad/'>广告服务</a> | <a href='/gg/'>供稿服务</a> | <a href='/law/'>法律声明</a> | "
    "<a href='/jobs/'>招聘信息</a> | <a href='/map/'>网站地图</a></div>"
    "<p>本网站所刊载信息，不代表本社和本网观点。 刊用本网站稿件，务经书面授权。</p>"
    "<p>未经授权禁止转载、摘编、复制及建立镜像，违者将依法追究法律责任。</p>"
    "<p>[京ICP证000000号] [京公网安备：110102000000-1] 总机：86-10-00000000</p>"
    "<p>Copyright &copy;1999-2024 news.example. All Rights Reserved</p></div>"
)
_HEADLINES = [
    "央行：保持流动性合理充裕",
    "一季度全国新增减税降费超过两千亿元",
    "多地出台措施支持新能源汽车消费",
    "国家统计局发布四月份国民经济运行数据",
    "商务部：前四个月实际使用外资保持稳定",
    "交通运输部部署汛期安全生产工作",
    "农业农村部：夏粮丰收有基础有条件",
    "文旅部：五一假期国内旅游出游人次创新高",
    "工信部推动中小企业数字化转型",
    "水利部启动洪水防御四级应急响应",
    "国家医保局：新版药品目录正式落地",
    "教育部部署高校毕业生就业工作",
]


def _page(title: str, body: str) -> str:
    return (
        f"<html><head><meta charset='utf-8'><title>{title}</title></head>"
        f"<body>{_NAV}{body}</body></html>"
    )


def _channel(title: str = "财经_新华网") -> str:
    lead = (
        "<div class='focus'><div class='tit'><a href='/fortune/20240321/c1/c.html'>"
        "交通运输部一季度新增项目33个</a></div>"
        "<p>新华社北京3月21日电　今年以来，交通运输部新增项目33个，覆盖门店877家，"
        "沿线城市同比增长二成，有关负责人表示，下一步将继续加大投入力度，"
        "推动项目早日建成见效……</p></div>"
    )
    items = "".join(
        f"<li><a href='/fortune/202403{n + 10}/c{n}/c.html'>{h}</a>"
        f"<span>2024-03-{n + 10}</span></li>"
        for n, h in enumerate(_HEADLINES[:4])
    )
    return _page(title, lead + f"<ul class='list'>{items}</ul>")


def _results() -> str:
    rows = "".join(
        f"<tr><td><a href='/xwzx/szyw/202405/t2024050{n}_11808{n}.html'>{h}</a><br>"
        f"<font color='#666666'>本报讯（记者 陈超 实习生 林宏亮）近年来，"
        f"全市已累计完成项目{n + 60}个，惠及群众九百余户，有关负责人表示，"
        "将以此次活动为契机，进一步提升服务水平……</font><br>"
        f"<font color='#008000'>2024-05-0{n}</font></td></tr>"
        for n, h in enumerate(_HEADLINES[:5], 1)
    )
    return _page(
        "站内搜索", f"<form><input name='q'></form><p>共找到 5 条相关结果</p><table>{rows}</table>"
    )


def _topic() -> str:
    rows = "".join(
        f"<tr><td>·<a href='/xwzx/szyw/202405/t202405{n + 10}_1{n}.html'>{h}</a></td>"
        f"<td><font color='#999999'>2024-05-{n + 10}</font></td></tr>"
        for n, h in enumerate(_HEADLINES)
    )
    intro = (
        "<table><tr><td><font size='5'><b>全力创建全国文明城市</b></font></td></tr><tr><td>"
        "文明城市创建，人人都是主角。本专题集中展示我市文明城市创建工作中的新举措、新成效、新风貌，"
        "欢迎广大市民踊跃参与、积极建言。</td></tr></table>"
    )
    return _page("全力创建全国文明城市", intro + f"<table>{rows}</table>")


def _section() -> str:
    items = "".join(
        f"<li><div class='news_title'><em><a href='/gn/'>[国内]</a></em>"
        f"<a href='/gn/2024/05-0{n}/1021{n}.shtml'>{h}</a></div>"
        f"<div class='news_time'>05-0{n} 10:2{n}</div></li>"
        for n, h in enumerate(_HEADLINES[:8], 1)
    )
    pages = (
        "<div id='pagediv'><span>1</span><a href='index_2.shtml'>2</a>"
        "<a href='index_2.shtml'>下一页</a></div>"
    )
    return _page(
        "时政新闻-中新网", f"<div class='content_list'><ul>{items}</ul>{pages}</div>" + _FOOTER
    )


def test_a_channel_page_whose_body_is_one_teaser_is_a_listing() -> None:
    """A channel front (财经_新华网, a video column) whose extracted body is its lead story's
    summary, shown beside that story's headline link: under the section's name it is no story.
    The same paragraph under a headline is a brief whose page teases it too."""
    _, s = pagetype.extract_and_classify(_channel(), "http://www.news.example/fortune/")
    assert s is not None and s.teaser_paragraphs == 1 and not s.headline_title, s
    assert not pagetype.is_article(s), s
    _, s = pagetype.extract_and_classify(
        _channel("交通运输部一季度新增项目33个覆盖门店877家"), "http://www.news.example/fortune/"
    )
    assert s is not None and pagetype.is_article(s), s


def test_a_result_list_in_table_cells_is_a_listing() -> None:
    """A table-layout search page: each result a cell with its headline link, excerpt and
    date. The cell holds one story, so the excerpt is a teaser (a cell holding several is a
    page's column, and is none)."""
    url = "http://www.city.example.cn/search/search.jsp?q=%E4%B8%B4%E6%B1%9F"
    _, s = pagetype.extract_and_classify(_results(), url)
    assert s is not None and s.teaser_paragraphs == 1, s
    assert not pagetype.is_article(s), s


def test_a_topic_page_s_introduction_above_its_lists_is_no_story() -> None:
    """A 专题 page: one uncredited paragraph introducing the topic, a dozen headline links
    (dated, in table rows) outweighing it three times and more."""
    _, s = pagetype.extract_and_classify(_topic(), "http://www.city.example.cn/zt/2024/wmcs/")
    assert s is not None and 10 <= s.headline_links < 20, s
    assert not pagetype.is_article(s), s
    # The same shape naming its source (来源：省生态环境厅) is a short story beside a sidebar's
    # dozen headline links (a provincial department's news page).
    assert pagetype.is_article(replace(s, sourced=True)), s
    # A credited brief of two short paragraphs among as many links is a news flash
    # (a Taiwanese paper's 〔記者…／台南報導〕 story on its portal).
    brief = pagetype.Signals(
        url_listing=False,
        body_weight=165,
        longest_paragraph=87,
        prose_paragraphs=0,
        headline_links=13,
        headline_weight=752,
        dated=True,
        bylined=True,
    )
    assert pagetype.is_article(brief)
    assert not pagetype.is_article(
        dataclasses.replace(brief, bylined=False, prose_paragraphs=1, longest_paragraph=165)
    )


def test_a_section_list_s_footer_menu_and_reprint_notice_are_no_story() -> None:
    """A section list whose headlines (link text) the body step dropped, leaving the footer: its
    menu (link texts between bars) and its reprint notice. Each is enough on its own."""
    _, s = pagetype.extract_and_classify(_section(), "http://www.news.example/gn/")
    assert s is not None and s.link_weight == s.body_weight > 0, s
    assert not pagetype.is_article(s), s
    assert is_boilerplate("未经授权禁止转载、摘编、复制及建立镜像，违者将依法追究法律责任。")
    # A bar between two words in a sentence is no menu.
    assert not pagetype._is_menu("关于我们 | 这是一句话", frozenset({"关于我们"}))
