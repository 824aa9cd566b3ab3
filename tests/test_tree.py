"""``extract.tree.parse_html`` parses as trafilatura's own loader does (same tree, same
rejections), only with a C-level element class lookup."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest
from lxml import etree
from lxml.html import HtmlElement
from trafilatura.utils import load_html

from newscrawl.extract.encoding import decode_html
from newscrawl.extract.tree import parse_html

FIXTURES = Path(__file__).parent / "fixtures" / "pages"
SHARED = Path(__file__).resolve().parents[2] / "shared" / "benchmarks" / "extraction"


def _pages() -> list[str]:
    texts = [decode_html(p.read_bytes())[0] for p in sorted(FIXTURES.glob("*.html"))]
    for corpus in ("aeb", "magichtml"):  # a few real pages when ../shared is beside the clone
        texts += [
            decode_html(gzip.decompress(p.read_bytes()))[0]
            for p in sorted((SHARED / corpus).glob("*.html.gz"))[:15]
        ]
    return texts


EDGE_CASES = [
    "",
    "   ",
    "just some text, no markup at all",
    "<p>one fragment</p>",
    '<?xml version="1.0" encoding="utf-8"?><html><body><p>declared</p></body></html>',
    "<!DOCTYPE html/><html><body><p>broken doctype</p></body></html>",
    "<html/>\n<body><p>self-closed html</p></body>",
    "<html><body><p>control \x00\x01\x08 characters</p></body></html>",
    "<html><body><form><input name=q><select><option>a</select></form></body></html>",
    # past the head the repair scans only when a character it removes is there (tree._repair)
    "<html><body>\n" + "<p>long text</p>\n" * 600 + "<p>late \x0b\x1f\ufffe</p></body></html>",
    "<html><body>\n" + "<p>long text</p>\n" * 600 + "<p>nothing to remove</p></body></html>",
    "<!DOCTYPE html/>" + " " * 5000 + "\n<html/>\n<body><p>a long first line</p></body>",
]


@pytest.mark.parametrize("html", _pages() + EDGE_CASES)
def test_same_tree_as_trafilaturas_loader(html: str) -> None:
    ours, theirs = parse_html(html), load_html(html)
    assert (ours is None) == (theirs is None)
    if ours is not None:
        assert isinstance(ours, HtmlElement)
        assert all(isinstance(el, HtmlElement) for el in ours.iter() if isinstance(el.tag, str))
        assert etree.tostring(ours) == etree.tostring(theirs)
