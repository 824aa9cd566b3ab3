"""Extraction on real saved pages from the shared benchmark set (read in place, never copied
into the repository): profile selector overrides and the secondary fields. Every expected
value below was read off the page source by hand."""

from __future__ import annotations

import gzip
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from newscrawl.extract.article import Extracted, Selectors, extract_article
from newscrawl.extract.encoding import decode_html

SHARED = Path(__file__).resolve().parents[1] / ".." / "shared" / "benchmarks" / "extraction"
SHARED = SHARED if SHARED.is_dir() else Path("/work/shared/benchmarks/extraction")
CST = timezone(timedelta(hours=8))

# finance.people.com.cn, 2024-05-10: a kicker <h3> above the <h1>, the byline in div.author,
# date and source in div.col-1-1, the text in div.rm_txt_con; <meta name="author"> is an id.
PEOPLE = (
    "magichtml/1e20e0271231de85fba26cef6db2bedebf916402368a4602c5adb5b2acf722e1",
    "http://finance.people.com.cn/n1/2024/0510/c1004-40232587.html",
)
PEOPLE_FIRST = (
    "5月9日，国务院新闻办举行“推动高质量发展”系列主题新闻发布会，河南省有关负责同志介绍了相关情况。"
)
PEOPLE_KICKER = "河南着力培育新动能塑造新优势"
# wccftech.com, 2019-11-18: Open Graph + article:* meta and a JSON-LD NewsArticle.
WCCF = (
    "aeb/e100c9612ad8495db03b2a9f968952d0eaa4853d9b32ded6a29f8e313a974873",
    "https://wccftech.com/stadia-destiny-2-1080p-medium-rdr2-1440p/",
)


def extract(page: tuple[str, str], **kw: object) -> Extracted:
    path = SHARED / f"{page[0]}.html.gz"
    if not path.exists():
        pytest.skip(f"shared benchmark page not present: {path}")
    text, _, _ = decode_html(gzip.decompress(path.read_bytes()))
    return extract_article(text, page[1], **kw)  # type: ignore[arg-type]


PEOPLE_SELECTORS = Selectors(
    body="div.rm_txt_con", author="div.author", published="div.channel .col-1-1"
)


def test_selector_overrides_take_the_profile_s_elements() -> None:
    e = extract(PEOPLE, selectors=PEOPLE_SELECTORS, default_tz=CST)
    paragraphs = (e.body or "").split("\n\n")
    assert paragraphs[0] == PEOPLE_FIRST  # div.rm_txt_con: no kicker, no repeated title
    assert PEOPLE_KICKER not in (e.body or "")
    assert "孙守刚表示，河南将坚持生态优先、绿色发展" in (e.body or "")
    assert e.author is not None and "王乐文" in e.author and "105464" not in e.author
    # the date line states the minute, in the page's (profile's) time zone
    assert e.published_at == datetime(2024, 5, 10, 6, 58, tzinfo=CST)
    assert e.published_raw is not None and "2024年05月10日06:58" in e.published_raw


def test_a_title_selector_wins_over_the_page_s_headline() -> None:
    generic = extract(PEOPLE)
    assert generic.title == "在新时代中部地区崛起中争先出彩（推动高质量发展·权威发布）"
    assert extract(PEOPLE, selectors=Selectors(title="h3.pre")).title == PEOPLE_KICKER


def test_an_empty_selector_match_falls_back_to_generic_extraction() -> None:
    e = extract(PEOPLE, selectors=Selectors(title="h2.no-such-class", body="div.nothing-here"))
    assert e.title == "在新时代中部地区崛起中争先出彩（推动高质量发展·权威发布）"
    assert PEOPLE_FIRST in (e.body or "")


def test_secondary_fields_from_open_graph_and_json_ld() -> None:
    e = extract(WCCF)
    assert e.image_url == "https://cdn.wccftech.com/wp-content/uploads/2019/06/WCCFstadia7-1.jpg"
    assert e.section == "News"
    assert e.tags == ["Destiny 2", "Google", "Google Stadia", "Red Dead Redemption 2", "Stadia"]
    assert e.publisher == "Wccftech"
    # JSON-LD dateModified "2019-11-18T16:21:03-05:00": the same instant whatever offset is kept
    assert e.modified_at == datetime(2019, 11, 18, 21, 21, 3, tzinfo=UTC)
    assert e.modified_raw == "2019-11-18T16:21:03-05:00"
    assert e.description is not None and e.description.startswith("Google ")
    assert e.language == "en"
    assert e.canonical_url == WCCF[1]


def test_a_page_without_secondary_fields_leaves_them_empty() -> None:
    e = extract(PEOPLE)
    assert (e.image_url, e.section, e.tags, e.modified_at) == (None, None, [], None)


def test_the_headline_block_opening_the_body_goes() -> None:
    """The kicker <h3> and the headline opening the story's container are no body: the text
    starts at the story's first paragraph (the benchmark truth's first line)."""
    got = extract(PEOPLE)
    assert got.paragraphs[0] == PEOPLE_FIRST
    assert PEOPLE_KICKER not in (got.body or "")


@pytest.mark.parametrize(
    ("paragraphs", "kept"),
    [
        # a section label, the headline, a player's caption repeating it (a TV station's page)
        (["Local News", "Council votes", "WATCH: Council votes", "The council voted."], 3),
        (["Council votes", "视频｜Council votes", "The council voted."], 2),
        (["Council votes", "The council voted."], 1),
        # a sentence above it is the story's own text: nothing goes
        (["The council met on Monday.", "Council votes", "The council voted."], 0),
        # the headline further down, or only in a longer line, is the story's
        (["A", "B", "C", "Council votes", "The council voted."], 0),
        (["Council votes", "WATCH: what the mayor said about Council votes", "x"], 1),
    ],
)
def test_below_headline(paragraphs: list[str], kept: int) -> None:
    from newscrawl.extract.article import _below_headline

    assert _below_headline(paragraphs, "Council votes") == paragraphs[kept:]
