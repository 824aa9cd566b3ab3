"""HTML text → ``lxml.html`` tree, parsed once per page and shared by every extractor.

The loader is trafilatura's (``trafilatura.utils.load_html``: its repairs of broken markup and
its rejection of non-HTML text measured better than a plain lxml parse on the benchmark pages),
with one change: elements get their Python class from a lookup done in C
(``ElementDefaultClassLookup``: every element an ``HtmlElement``) instead of lxml.html's
lookup, a Python method called for every element proxy created, about 3,500 times per page
and pass. The form-control subclasses that lookup picks (``FormElement``, ``InputElement``…)
are not used here. Same trees, same extraction (checked on the 248 benchmark pages of
``benchmarks/page_cost.py``), about 6 % less CPU per page.
"""

from __future__ import annotations

import re

from lxml import etree
from lxml.html import (
    HtmlComment,
    HtmlElement,
    HtmlEntity,
    HTMLParser,
    HtmlProcessingInstruction,
    fromstring,
)
from trafilatura.utils import is_dubious_html, repair_faulty_html

# trafilatura's HTML_PARSER settings, with the C-level class lookup.
_PARSER = HTMLParser(  # type: ignore[call-arg]  # the stubs lack default_doctype
    collect_ids=False,
    default_doctype=False,
    encoding="utf-8",
    remove_comments=True,
    remove_pis=True,
)
_PARSER.set_element_class_lookup(
    etree.ElementDefaultClassLookup(
        element=HtmlElement,
        comment=HtmlComment,
        pi=HtmlProcessingInstruction,
        entity=HtmlEntity,
    )
)


def _parse(markup: str | bytes) -> HtmlElement | None:
    try:
        tree = fromstring(markup, parser=_PARSER)
    except (etree.LxmlError, ValueError):  # nothing to parse; a str declaring its encoding
        return None
    return tree if isinstance(tree, HtmlElement) else None


# What ``repair_faulty_html`` removes from the whole text (its ``INVALID_XML_CHARS``): control
# characters libxml2 rejects, and two non-characters.
_INVALID_XML = tuple(
    chr(c) for c in (*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0xFFFE, 0xFFFF)
)
# Characters after the first line that ``repair_faulty_html``'s other two repairs read: the
# doctype on the first line, a self-closing ``<html/>`` among the first 4,096 characters.
_REPAIRED_HEAD = 4096


def _repair(html: str, beginning: str) -> str:
    """``repair_faulty_html(html, beginning)``, its whole-text regex run only on the head when
    the rest holds none of the characters it removes: membership tests in C cost a third of the
    regex scan (0.2 against 0.5 ms a page on aeb), and a page seldom holds such a character.
    The other repairs only touch the head: its first line and the 4,096 characters after.
    (``html.find(c, cut) >= 0`` is ``c in html[cut:]`` without copying the rest of the page
    for each of the 33 characters: 0.17 against 0.65 ms a page on aeb.)"""
    first = html.find("\n")
    cut = html.find("\n", (len(html) if first < 0 else first) + _REPAIRED_HEAD)
    if cut < 0 or any(html.find(c, cut) >= 0 for c in _INVALID_XML):
        return repair_faulty_html(html, beginning)
    head = html[:cut]
    fixed = repair_faulty_html(head, beginning)
    # a head the repairs leave as it is (every aeb page): the page itself, without copying
    # its rest twice (slice and concatenation; ~50 µs a page on aeb); the same text
    return html if fixed == head else fixed + html[cut:]


# A page's end tag with more markup after it: a header include that prints a whole document
# (``<html>…</body></html>``) before the page's own ``<html>`` root, or a footer after
# ``</html>``. A browser reads on (the HTML5 "after body" modes go back "in body"); libxml2
# 2.14 drops everything after ``</html>`` and puts what follows ``</body>`` outside the body.
_END_TAG = re.compile(r"</(?:body|html)\s*>", re.IGNORECASE)
_START_TAG = re.compile(r"<[A-Za-z]")


def _drop_early_end_tags(html: str) -> str:
    """``html`` without its ``</body>``/``</html>`` end tags when a start tag follows the first
    of them (the parser closes both at the end of the text): one regex search on most pages."""
    end = _END_TAG.search(html)
    if end is not None and _START_TAG.search(html, end.end()):
        return _END_TAG.sub("", html)
    return html


def parse_html(html: str) -> HtmlElement | None:
    """The page's tree (``None``: empty, or text that is not HTML), as trafilatura loads it."""
    html = _drop_early_end_tags(html)
    beginning = html[:50].lower()
    dubious = is_dubious_html(beginning)
    html = _repair(html, beginning)
    tree = _parse(html)
    if tree is None or len(tree) < 1:
        tree = _parse(html.encode("utf8", "surrogatepass"))
    if tree is not None and dubious and len(tree) < 2:
        return None
    return tree
