"""Pure text helpers: cleaning, bylines, dates, encodings, URL canonicalisation."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from newscrawl.clean import clean_body, is_boilerplate, strip_ruby_artifacts
from newscrawl.extract import bylines, dates
from newscrawl.extract.encoding import decode_html
from newscrawl.urls import Canonicalizer, canonicalize, compile_rewrites

SEED_LINE = "堅持不懈 科學(xué)精準(zhǔn) 動態(tài)清零 強調(diào)"


def test_seed_pinyin_artifacts_are_removed() -> None:
    assert strip_ruby_artifacts(SEED_LINE) == "堅持不懈 科學精準 動態清零 強調"


@pytest.mark.parametrize("keep", ["公司(CEO)表示", "成立(2022)", "(a)", "北京(Beijing)"])
def test_parentheses_that_are_not_pinyin_survive(keep: str) -> None:
    assert strip_ruby_artifacts(keep) == keep


def test_clean_body_drops_boilerplate_and_normalises_space() -> None:
    body = "  第一段\u00a0内容\u200b。 \n\n分享讓更多人看到\n\n责任编辑：王五\n\n第二段。"
    assert clean_body(body) == "第一段 内容。\n\n第二段。"


@pytest.mark.parametrize(
    ("line", "furniture"),
    [
        ("本文为CSDN原创文章，未经允许不得转载，如需转载请联系market#csdn.net", True),
        ("转载请注明出处：快科技", True),
        ("该视频被网友大量转载，引发热议。", False),
        ("他说，未经授权不得转载的规定早已存在，但执行中存在大量问题。", False),
        # a portal's footer: the uses it forbids listed after 转载
        ("未经授权禁止转载、摘编、复制及建立镜像，违者将依法追究法律责任。", True),
        ("他说，未经授权禁止转载、摘编的规定早已存在，但执行中存在大量问题。", False),
    ],
)
def test_reprint_notices_are_furniture(line: str, furniture: bool) -> None:
    assert is_boilerplate(line) is furniture


def test_contact_lines_go_only_at_the_end() -> None:
    body = (
        "Write to tips@example.com, the source said.\n\nSecond paragraph.\n\n"
        "Third paragraph.\n\nFourth paragraph.\n\nEmail Ann Lee at alee@example.com."
    )
    kept = clean_body(body).split("\n\n")
    assert kept[0].startswith("Write to tips@example.com")  # high up: the story's text
    assert kept[-1] == "Fourth paragraph."
    assert clean_body("Contact me at a@example.org.") == "Contact me at a@example.org."


FAMILY = "\U0001f468\u200d\U0001f469\u200d\U0001f467"  # one emoji, three people joined


# Zero-width (non-)joiners are spelling: in Persian they keep two words apart that are drawn
# side by side (varzesh3.com), in emoji they bind one sequence; other invisibles go.
@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("هاشمی\u200cنسب", "هاشمی\u200cنسب"),
        (FAMILY, FAMILY),
        ("com\u00adwrap\u200b \ufeffblog\u200e", "comwrap blog"),
    ],
)
def test_joiners_are_kept_other_invisibles_dropped(raw: str, clean: str) -> None:
    assert clean_body(raw) == clean


@pytest.mark.parametrize(
    "line",
    [
        "分享让更多人看到",
        "分享到：微信 微博",
        "【打印本页】【关闭窗口】",
        "Share this article",
        "上一篇：某某新闻",
        "编辑：张三",
        "特别声明：以上内容(如有图片或视频亦包括在内)为自媒体平台“网易号”用户上传并发布，"
        "本平台仅提供信息存储服务。",
        "Notice: The content above (including the videos, pictures and audios if any) is uploaded"
        " and posted by the user of Dafeng Hao, which is a social media platform and merely"
        " provides information storage space services.”",
        "- 前言在战国时期，玉更被视作“美德”的象征，诸子百家崇玉、王孙贵族爱玉，... [详细]",
        "The minister said on Monday that the plan would… Read more",
        "Up next: KUTV News at 6",  # a TV station's video player queue (held-out site71)
    ],
)
def test_boilerplate_lines(line: str) -> None:
    assert is_boilerplate(line)


@pytest.mark.parametrize(
    ("paragraph", "text", "author"),
    [
        ("参加会议。（内蒙古日报社融媒体记者 章奎）", "参加会议。", "章奎"),
        ("参加会议。(记者 张三 李四)", "参加会议。", "张三, 李四"),
        ("没有署名的段落。", "没有署名的段落。", None),
    ],
)
def test_trailing_byline(paragraph: str, text: str, author: str | None) -> None:
    assert bylines.split_trailing_byline(paragraph) == (text, author)


def test_leading_byline_and_credit_lines() -> None:
    assert bylines.split_leading_byline("本报讯（记者 王五）今天…") == ("今天…", "王五")
    assert bylines.parse_credit("记者 张三 李四") == ("author", "张三, 李四")
    assert bylines.parse_credit("来源：新华社") == ("source", "新华社")
    assert bylines.parse_credit("责任编辑：赵六") == ("editor", "赵六")
    assert bylines.parse_credit("By Jane Doe and John Roe") == ("author", "Jane Doe, John Roe")
    assert bylines.parse_credit("记者节当天，大家一起庆祝了这个节日") is None


def test_dates_are_aware_utc() -> None:
    assert dates.parse_iso("2022-03-19T12:05:00+08:00") == datetime(2022, 3, 19, 4, 5, tzinfo=UTC)
    assert dates.parse_text_date("发布时间：2022年03月19日 12:05") == datetime(
        2022, 3, 19, 4, 5, tzinfo=UTC
    )
    # No year on the page: it comes from the URL.
    year = dates.year_from_url("http://x/zh/2022-03/19/c_1.htm")
    assert dates.parse_text_date("3月19日中午", year_hint=year) == datetime(
        2022, 3, 18, 16, 0, tzinfo=UTC
    )
    assert dates.parse_text_date("3月19日中午") is None
    assert dates.parse_rfc822("Sat, 19 Mar 2022 04:05:00 GMT") == datetime(
        2022, 3, 19, 4, 5, tzinfo=UTC
    )


def test_wrong_charset_declaration_is_repaired() -> None:
    html = (
        '<html><head><meta charset="utf-8"></head>'
        "<body><p>我市召开春季植树动员大会</p></body></html>"
    )
    text, encoding, repaired = decode_html(html.encode("gbk"))
    assert repaired and "植树动员大会" in text and encoding == "gb18030"
    text, encoding, repaired = decode_html(html.encode("utf-8"))
    assert not repaired and encoding == "utf-8"


def test_declared_legacy_charsets_decode_as_their_supersets() -> None:
    """A page declaring gb2312 or gbk (in its <meta> or its header) is decoded and named as
    gb18030, a Big5 page as big5hkscs, with Python's codecs whatever w3lib's version: 2.6
    names the first "gbk" and decodes Big5's ／ as ∕ (U+2215), which bylines do not read."""
    gb = '<meta charset="gb2312"><p>记者 王镕／摄 𠀀</p>'
    for body, ctype in [
        (gb.encode("gb18030"), None),
        (gb.encode("gb18030"), "text/html; charset=gbk"),
    ]:
        assert decode_html(body, ctype) == (gb, "gb18030", False)
    big5 = "<meta charset=big5><p>〔記者郭淑芬／台中報導〕</p>"
    assert decode_html(big5.encode("big5hkscs")) == (big5, "big5hkscs", False)
    # Nothing declared: UTF-8, under that one name; a BOM wins over the declaration.
    assert decode_html("<p>新闻</p>".encode())[1] == "utf-8"
    bom = "\ufeff<meta charset=gbk><p>新闻</p>"
    assert decode_html(bom.encode("utf-8")) == (bom[1:], "utf-8", False)


def test_canonicalize() -> None:
    assert (
        canonicalize("HTTP://Example.COM:80/a/b/index.html?utm_source=x&b=2&a=1&from=tl#frag")
        == "http://example.com/a/b/?a=1&b=2"
    )
    # a word without a value is a rendering or referrer flag; a bare id without one is kept
    assert (
        canonicalize("https://www.chinatimes.com/realtimenews/20240508001234-260402?chdtv")
        == "https://www.chinatimes.com/realtimenews/20240508001234-260402"
    )
    assert canonicalize("http://x.cn/a.html?amp&id=3&print=") == "http://x.cn/a.html?id=3"
    assert canonicalize("http://bbs.x.cn/thread.php?12345") == "http://bbs.x.cn/thread.php?12345="
    print_pages = Canonicalizer(rewrites=compile_rewrites([(r"_print\.htm$", ".htm")]))
    assert print_pages("http://x.cn/zh/c_1_print.htm") == "http://x.cn/zh/c_1.htm"


def test_reporter_and_correspondent_in_one_byline() -> None:
    # The correspondent (通讯员) is credited, but not as an author (issue 10).
    assert bylines.split_trailing_byline("…参加会议。（记者 黄海 通讯员 林涛）") == (
        "…参加会议。",
        "黄海",
    )
    credits = bylines.parse_credits("记者 张三 李四 通讯员 王五")
    assert (credits.authors, credits.correspondents) == (["张三", "李四"], ["王五"])
    assert bylines.parse_credit("记者 张三 李四 通讯员 王五") == ("author", "张三, 李四")
    # A sentence that merely starts with 文 or 记者 is prose, not a credit.
    assert bylines.parse_credit("文旅部门提醒，游客出行前要关注天气变化。") is None
    assert bylines.author_from_credit_text("作者：刘洋 分享到") == "刘洋"
    assert bylines.author_from_credit_text("作者：刘洋、王丽  来源：本站") == "刘洋, 王丽"


def test_weekday_between_date_and_time() -> None:
    assert dates.parse_text_date("2022年3月19日 星期六 09:30") == datetime(
        2022, 3, 19, 1, 30, tzinfo=UTC
    )


@pytest.mark.parametrize("line", ["(责编：陈晨、刘洋)", "【编辑:黄欣】", "（责任编辑：王晓）"])
def test_bracketed_editor_lines_are_boilerplate(line: str) -> None:
    assert is_boilerplate(line)


@pytest.mark.parametrize(
    ("line", "furniture"),
    [
        ("本网站所刊载信息，不代表中新社和中新网观点。 刊用本网站稿件，务经书面授权。", True),
        ("本文仅代表作者观点，不代表本站立场。", True),
        ("凡本网注明“来源：XXX（非本网）”的作品，均转载自其它媒体，并不代表本网赞同其观点。", True),
        (
            "本网站所刊登的各种新闻、信息资料，均为临江新闻网版权所有，未经协议授权，禁止下载使用。",
            True,
        ),
        ("该公司拥有这项技术的版权所有权，他说。", False),
        # prose: someone else's views, or a reporter of the site reporting
        ("他表示，这并不代表公司的立场，而是个人观点。", False),
        ("本网记者了解到，这一决定不代表市政府的最终立场。", False),
    ],
)
def test_a_sites_disclaimer_of_its_views_is_boilerplate(line: str, furniture: bool) -> None:
    assert is_boilerplate(line) is furniture


@pytest.mark.parametrize(
    ("line", "furniture"),
    [
        ("2024年05月04日 07:24　来源：中国新闻网", True),
        ("2024-05-21 09:16 上海", True),  # the time and the writer's IP location
        ("发布时间：2024-05-21 09:16:00 来源：市政府办公室 浏览次数：", True),
        ("2024年5月21日 星期二", True),
        # story text that opens with a date
        ("2019年9月5日，北京召开会议。", False),
        ("2020年12月27日投入使用的", False),
    ],
)
def test_the_date_line_under_a_headline_is_no_story_text(line: str, furniture: bool) -> None:
    assert is_boilerplate(line) is furniture


# ---------------------------------------------------------------- the furniture pattern's split
def _alternatives(source: str) -> list[str]:
    """The top-level alternatives of a VERBOSE pattern's source (comments dropped)."""
    parts, current, depth, i = [], [], 0, 0
    while i < len(source):
        c = source[i]
        if c == "\\":
            current.append(source[i : i + 2])
            i += 2
            continue
        if c == "[":  # a class, up to its closing bracket (one right after [ or [^ is literal)
            end = source.index("]", i + 1 + (source[i + 1] == "^") + 1)
            current.append(source[i : end + 1])
            i = end + 1
            continue
        if c == "#":
            i = source.find("\n", i) % (len(source) + 1)
            continue
        depth += c == "("
        depth -= c == ")"
        if c == "|" and depth == 0:
            parts.append("".join(current))
            current = []
        else:
            current.append(c)
        i += 1
    return [*parts, "".join(current)]


def _caseless_non_ascii(code: int) -> bool:
    """A character no ASCII character matches case-blind (not the Kelvin sign, say)."""
    ch = chr(code)
    return all(not x.isascii() for x in (ch, ch.lower(), ch.upper(), ch.casefold()))


def _needs_non_ascii(items: Any) -> bool:
    """Whether every match of a parsed pattern holds a non-ASCII character: a literal or a
    class of them, outside any optional or repeated-zero-times part, or an alternation each
    of whose branches needs one, or a lookahead that does."""
    for op, arg in items:
        name = str(op)
        if name == "LITERAL" and _caseless_non_ascii(arg):
            return True
        if name == "IN" and all(
            (str(o) == "LITERAL" and _caseless_non_ascii(a))
            or (str(o) == "RANGE" and all(map(_caseless_non_ascii, range(a[0], a[1] + 1))))
            for o, a in arg
        ):
            return True
        if name == "SUBPATTERN" and _needs_non_ascii(arg[-1]):
            return True
        if name in ("MAX_REPEAT", "MIN_REPEAT") and arg[0] >= 1 and _needs_non_ascii(arg[2]):
            return True
        if name == "BRANCH" and all(_needs_non_ascii(b) for b in arg[1]):
            return True
        if name == "ASSERT" and arg[0] == 1 and _needs_non_ascii(arg[1]):
            return True
    return False


def test_furniture_split_is_exact() -> None:
    """Each alternative of the Han part needs a non-ASCII character (so an ASCII line is
    matched by the other part alone, with the same verdict); the checker itself tells."""
    from re import _parser

    from newscrawl import clean

    han = _alternatives(clean._HAN_FURNITURE)
    assert len(han) > 40 and len(_alternatives(clean._ANY_FURNITURE)) > 15
    flags = clean.BOILERPLATE_LINE.flags
    for alternative in han:
        assert _needs_non_ascii(_parser.parse(alternative, flags)), alternative
    needs = ("分享[:：]?", r"(?:[（【]\d|更)", r"(?=.{0,9}更)x", r"[\u4e00-\u9fff]{2,8}")
    ascii_capable = (
        "(?:分享)?x",
        r"(?:tags?|标签)[:：]",
        r"[（(]\d",
        r"(?!更)x",
        r"更{0,2}x",
        "\u212a",
    )
    assert all(_needs_non_ascii(_parser.parse(p, flags)) for p in needs)
    assert not any(_needs_non_ascii(_parser.parse(p, flags)) for p in ascii_capable)


@pytest.mark.parametrize(
    "line",
    [
        "Sign up for our newsletter to get the news delivered to your inbox",
        "Copyright © 2024 The Daily Example. All rights reserved.",
        "2024-05-08 14:02:11",
        "Tags: politics, economy",
        "00:00 / 01:45",
    ],
)
def test_ascii_furniture_is_matched_by_the_ascii_part(line: str) -> None:
    from newscrawl import clean

    assert clean.BOILERPLATE_LINE.match(line) and clean._ASCII_FURNITURE.match(line)
    assert is_boilerplate(line)
