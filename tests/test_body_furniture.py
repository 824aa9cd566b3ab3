"""Reader comments and page furniture cut from the body (``extract/comments.py``, the furniture
lines of ``clean.py``), on real pages from ../shared (hand-checked facts per page) and on small
hand-written snippets.

The pages are not in the repository: they are read from ``../shared/benchmarks/extraction``
beside the clone. Without it the tests skip, except under ``CI=true`` where it must be there.
"""

from __future__ import annotations

import gzip
import json
import os
from pathlib import Path

import lxml.html
import pytest

from newscrawl.clean import END_OF_ARTICLE, clean_body, is_boilerplate
from newscrawl.extract.article import extract_article
from newscrawl.extract.comments import drop_comments
from newscrawl.extract.encoding import decode_html

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "benchmarks" / "extraction"

HABER7 = "magichtml/84fc492060f77163e1d1ba54e2fafafb81f6ca777848a034da78305736e3397f"
GSMARENA = "magichtml/6a096b630c676dd12a0d3d8b6c5c6cb3cf18371d5f8b5b23181a7e7f63b09d10"
CNBLOGS = "magichtml/66211fc426fc70162d7560b0ebb6497e0cc76a3218f087612a0f92640af93746"
VIDEO_1905 = "magichtml/3e863fa9ac3416188abb30733c0f2cfc54da8e55360d2a3747ba76cc638bb469"
SPORTOWE = "magichtml/c4053203f04f40ae3bbfb3bce50a390b3b28812e927067cc82bbdd4a2a319609"
PARADIGM = "aeb/0dd1357045727799a447563fd8851f4ebe79f042073ea16991a9b67aa595f81a"


def _body(name: str) -> str:
    path = SHARED / f"{name}.html.gz"
    if not path.exists():
        if os.environ.get("CI") == "true":
            pytest.fail(f"{path} is missing (CI has ../shared beside the clone)")
        pytest.skip(f"benchmark pages not found at {SHARED}")
    meta = json.loads(path.with_name(path.name[: -len(".html.gz")] + ".json").read_text())
    html, _, _ = decode_html(gzip.decompress(path.read_bytes()))
    return clean_body(extract_article(html, meta.get("url") or "").body or "")


# A comment list (<li class="news-comment-list-content">: name, "3 gün önce", "Şikayet Et")
# followed the story; the story ends with the relegation paragraph.
def test_comment_list_after_the_story_is_cut() -> None:
    body = _body(HABER7)
    assert body.startswith("Süper Lig'de 2023/2024 sezonunun şampiyonu")
    assert body.endswith("ligde tutunması için yeterli olacak.")
    assert "Misafir1" not in body
    assert "Şikayet Et" not in body


# A "Reader comments" box (id="user-comments") under the related-articles list.
def test_reader_comments_box_is_cut() -> None:
    body = _body(GSMARENA)
    assert "TCL 10 Plus and TCL 10 SE go official" in body
    assert "Premier League footballer" not in body


# Code blocks mark their comments <span class="hljs-comment">: inline tags are never a comment
# section, so the shell comments of the scripts stay in the body.
def test_code_comments_are_not_reader_comments() -> None:
    body = _body(CNBLOGS)
    assert "# 查看日志" in body
    assert "# 停止然后移除容器，不建议使用--rm参数，当容器启动异常时会丢失日志信息" in body
    assert body.endswith("轻轻松松进大厂！")


# A bare <h3>Comments</h3> inside the post's own wrapper (after the story) must not take the
# wrapper, and the story, with it; the comment form ("Share your thoughts") goes.
def test_comment_heading_inside_the_post_wrapper_keeps_the_story() -> None:
    body = _body(PARADIGM)
    assert body.startswith("Senator representing Yobe North , Ahmad Lawan , on Tuesday moved")
    assert body.endswith("— The Nigerian Senate (@NGRSenate) October 9, 2018")
    assert "Share your thoughts" not in body


# The video player's controls (playback rates, timecodes, 倍速) leaked into the body.
def test_video_player_controls_are_not_body_lines() -> None:
    lines = _body(VIDEO_1905).split("\n\n")
    assert "倍速" not in lines
    assert "- 2.0X" not in lines and "- 0.75X" not in lines
    assert "00:00" not in lines
    assert lines[-1].startswith("1905电影网讯 以光影之名，探寻首都文化魅力。")


# "ZOBACZ WIDEO: …" (watch the video) and "Czytaj też: …" (read also) prompts inside the story.
def test_watch_and_read_also_prompts_are_cut() -> None:
    body = _body(SPORTOWE)
    assert "ZOBACZ WIDEO" not in body
    assert "Czytaj też" not in body
    assert "Poniedziałkowe spotkanie między FC Barceloną a Realem Sociedad" in body


@pytest.mark.parametrize(
    "line",
    [
        "- 1.5X",
        "00:00",
        "00:00 / 01:45",
        "倍速",
        "广告",
        "Tweet may have been deleted",
        "View all 12 comments",
        "Tags",
        "Filed under: Khawarij |",
        "关键词：雄安 新区",
        "Czytaj też: Wielki powrót. Polak czekał na ten moment 10 lat",
        "ZOBACZ WIDEO: Wierzył w Pawła Przedpełskiego",
        "Listen to Short Wave on Spotify, Apple Podcasts and Google Podcasts.",
        "* Follow Official WhatsApp Channel Liputan6.com untuk mendapatkan berita-berita terkini.",
        # follow-us and get-the-app prompts
        "更多猛料！欢迎扫描左方二维码关注新浪新闻官方微信（xinlang-xinwen）",
        "长按识别二维码关注我们",
        "下载界面新闻APP",
        "打开澎湃新闻客户端",
    ],
)
def test_furniture_lines(line: str) -> None:
    assert is_boilerplate(line)


@pytest.mark.parametrize(
    "line",
    [
        "At 10:00 the police arrived at the scene.",
        "Topics discussed at the meeting included wages and hours.",
        "The tags on the birds showed they had flown 3,000 km.",
        "Listen to the full interview below.",
        "广告主们对这一新规反应不一。",
        "市民可扫描二维码预约挂号，也可拨打电话。",
        "下载量突破1亿的APP",
    ],
)
def test_prose_is_not_furniture(line: str) -> None:
    assert not is_boilerplate(line)


@pytest.mark.parametrize(
    "line", ["Comments", "3 Comments", "Leave a Reply", "网友评论", "發表評論"]
)
def test_comment_heading_ends_the_article(line: str) -> None:
    assert END_OF_ARTICLE.match(line)
    assert clean_body(f"The story.\n\n{line}\n\nGreat piece!") == "The story."


_STORY = "<p>" + "The council voted on the budget late on Tuesday evening. " * 12 + "</p>"


def test_drop_comments_keeps_a_wrapper_that_merely_mentions_comments() -> None:
    root = lxml.html.fromstring(
        f'<html><body><div class="post has-comments"><h1>Budget passes</h1>{_STORY}'
        '<div id="comments"><h3>2 Comments</h3><p>First!</p><p>Great piece</p></div>'
        "</div></body></html>"
    )
    assert drop_comments(root) == 1
    text = root.text_content()
    assert "The council voted" in text
    assert "First!" not in text


def test_drop_comments_cuts_a_section_opened_by_a_comment_heading() -> None:
    root = lxml.html.fromstring(
        f"<html><body><div>{_STORY}</div>"
        "<section><h2>Leave a Reply</h2><p>Your email address will not be published.</p>"
        "</section></body></html>"
    )
    assert drop_comments(root) == 1
    assert "email address" not in root.text_content()
    assert "The council voted" in root.text_content()


def test_drop_comments_never_takes_most_of_the_page() -> None:
    root = lxml.html.fromstring(f'<html><body><div class="comments">{_STORY}</div></body></html>')
    assert drop_comments(root) == 0
    assert "The council voted" in root.text_content()
