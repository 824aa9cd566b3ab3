"""Reader-comment sections, found by general signals and removed before the body is extracted.

trafilatura's own comment filter (``include_comments=False``) knows a fixed list of ids; comment
threads under other names (``news-comment-list-content``, ``user-comments``, a "Reader comments"
box) reached the stored body. Two signals, neither keyed to a site:

- an element whose ``class``/``id``/``role`` carries a comment token (``comment``,
  ``comments``, ``disqus``, ``respond``, ``reply``, ``discussion``, ``评论`` …);
- a section headed by a comment heading ("Comments", "Leave a reply", "网友评论", "發表評論" …).

Either is removed only when it holds a small share of the page's text and not the headline, so a
wrapper whose class merely mentions comments (``has-comments``) never takes the story with it.
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

_TOKEN = re.compile(
    r"(?:^|[\s_-])(?:comments?|commentlist|commentary-list|disqus\w*|respond|replies|"
    r"reply|discussion|talkback|user-?comments?|yorum\w*|kommentar\w*|commentaires?|"
    r"comentarios?|reactions|cmt(?:\d+|s|list)?)(?:$|[\s_-])",
    re.IGNORECASE,
)
_CJK_TOKEN = re.compile(r"评论|評論|留言|跟帖")
COMMENT_HEADING = re.compile(
    r"^\s*(?:\d+\s*)?(?:reader\s+|user\s+|latest\s+|show\s+|view\s+)?(?:comments?|"
    r"leave\s+a\s+(?:reply|comment)|post\s+a\s+comment|join\s+the\s+discussion|discussion|"
    r"reactions|网友评论|網友評論|发表评论|發表評論|评论|評論|最新评论|热门评论|相关评论|"
    r"我要评论|留言|跟帖)\s*(?:\(\s*\d+\s*\)|（\s*\d+\s*）|\d+)?\s*[:：]?\s*$",
    re.IGNORECASE,
)
#: Block containers only: inline tags (``<span class="hljs-comment">`` in code, a comment count
#: next to the byline) are never a comment section. A table cell is one: a table-layout CMS's
#: comment rows (动易's ``<td class="cmt_t">网友：X　评论时间：2024-5-7</td>``), whose times are
#: readers', not the story's.
_BOXES = frozenset(("div", "section", "ul", "ol", "aside", "footer", "form", "td"))
_MAX_SHARE = 0.35  # a comment section holds less than this share of the page's text
_MAX_NODES = 20_000  # bound the work on huge pages

# One lower-case scan for any comment-ish word before the exact token test.
_ANY_WORD = re.compile(
    r"comment|cmt|disqus|respond|repl|discussion|talkback|yorum|kommentar|comentario|reaction|"
    r"评论|評論|留言|跟帖"
)
_HEADINGS = ("h2", "h3", "h4", "h5", "h6")


def _attrs(el: HtmlElement) -> str:
    return f"{el.get('class', '')} {el.get('id', '')} {el.get('role', '')}".strip()


_HEAD_START = 200  # characters: a heading this far into its parent does not head it


def _visible(el: HtmlElement) -> int:
    """Characters of text a reader sees in ``el`` (script and style text left out)."""
    hidden = sum(len(s.text or "") for s in el.iter("script", "style"))
    return len(el.text_content()) - hidden


def _heads(heading: HtmlElement, parent: HtmlElement) -> bool:
    """``heading`` opens ``parent``: little visible text comes before it."""
    before = 0
    for sib in heading.itersiblings(preceding=True):
        if isinstance(sib, HtmlElement):
            before += _visible(sib)
        before += len((sib.tail or "").strip())
        if before > _HEAD_START:
            return False
    return before + len((parent.text or "").strip()) <= _HEAD_START


def is_comment_box(el: HtmlElement) -> bool:
    attrs = _attrs(el)
    return bool(attrs) and bool(_TOKEN.search(attrs) or _CJK_TOKEN.search(attrs))


_SECTION_DEPTH = 10  # ancestors looked at for a comment section


def in_comment_section(el: HtmlElement) -> bool:
    """Whether ``el`` sits in a reader-comment section (a block container classed as one,
    within :data:`_SECTION_DEPTH` levels): its dates and names are readers', not the story's."""
    for depth, anc in enumerate(el.iterancestors()):
        if depth >= _SECTION_DEPTH:
            return False
        if anc.tag in _BOXES and is_comment_box(anc):
            return True
    return False


def drop_comments(root: HtmlElement) -> int:
    """Remove reader-comment sections from ``root`` in place; returns how many were removed."""
    body = root.find("body")
    scope = body if body is not None else root
    doomed: list[HtmlElement] = []
    for n, el in enumerate(scope.iter(*_BOXES, *_HEADINGS)):
        if n > _MAX_NODES:
            break
        if not isinstance(el, HtmlElement):
            continue
        if el.tag in _BOXES:
            attrs = _attrs(el)
            if attrs and _ANY_WORD.search(attrs.lower()) and is_comment_box(el):
                doomed.append(el)
        elif len(el) < 4 and COMMENT_HEADING.match(el.text_content()):
            parent = el.getparent()
            # The heading's own section: its parent, unless the parent is the whole page.
            if (
                parent is not None
                and parent.tag not in ("body", "html", "article", "main")
                and _heads(el, parent)
            ):
                doomed.append(parent)
    if not doomed:
        return 0
    total = _visible(scope)
    removed = 0
    for el in doomed:
        if el.getparent() is None:
            continue
        if next(el.iter("h1"), None) is not None:
            continue
        if _visible(el) > _MAX_SHARE * total:
            continue
        el.drop_tree()
        removed += 1
    return removed
