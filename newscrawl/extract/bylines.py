"""Bylines and credits: ``（记者 张三）``, ``记者 张三 李四``, ``作者：``, ``来源：``, ``By …``.

Each function takes one line of text and says what it credits; the body extractor uses them to
keep credit lines out of the body and to fill ``author``.
"""

from __future__ import annotations

import re

_REPORTER = (
    r"(?:融媒体|融媒體|见习|見習|实习|實習|特约|特約)?(?:记者|記者|通讯员|通訊員|实习生|實習生)"
)
_NAMES = r"[\u4e00-\u9fff·•]{2,4}(?:[\s、，,]+[\u4e00-\u9fff·•]{2,4}){0,7}"
# "…参加会议。（内蒙古日报社融媒体记者 章奎）" at the end of the last paragraph.
_TRAILING = re.compile(rf"[（(]\s*[^（）()]{{0,30}}?{_REPORTER}\s*({_NAMES})\s*[)）]\s*$")
# "本报讯（记者 张三 李四）…" / "新华社北京3月19日电（记者 张三）…" at the start of the body.
_LEADING = re.compile(
    rf"^\s*(?:本报讯|本報訊|[^\s（(]{{2,12}}电|[^\s（(]{{2,12}}電)?\s*"
    rf"[（(]\s*[^（）()]{{0,20}}?{_REPORTER}\s*({_NAMES})\s*[)）]\s*"
)
# "作者：张三", "来源：新华社", "责任编辑：孙七": a labelled credit needs its colon (a line that
# merely starts with 文 or 作者 is prose); "记者 张三 李四" may omit it but must list names only.
_CREDIT = re.compile(
    r"^\s*[（(【\[]?\s*(?P<kind>作者|撰文|文|来源|來源|(?:责任|責任)?(?:编辑|編輯)|责编|責編)"
    r"\s*[:：/]\s*(?P<value>[^:：]{1,60}?)\s*[)）】\]]?\s*$"
)
_REPORTER_LINE = re.compile(rf"^\s*{_REPORTER}\s*[:：]?\s*(?P<value>.{{2,60}}?)\s*$")
_BY = re.compile(
    r"^\s*(?:by|written by)\s+(?P<value>[A-Z][\w.'\- ]+(?:(?:,| and | & )\s*[A-Z][\w.'\- ]+)*)\s*$",
    re.IGNORECASE,
)
_SPLIT_CJK = re.compile(r"[\s、，,;；]+")
_SPLIT_LATIN = re.compile(r"\s*(?:[,;；、]|\band\b|&)\s*")


_ROLE = re.compile(rf"^{_REPORTER}$")


def join_names(names: str) -> str:
    """``张三 李四`` / ``张三、李四`` / ``黄海 通讯员 林涛`` → ``张三, 李四`` / ``黄海, 林涛``."""
    split = _SPLIT_CJK if re.search(r"[\u4e00-\u9fff]", names) else _SPLIT_LATIN
    return ", ".join(n for n in split.split(names.strip()) if n and not _ROLE.match(n))


def split_trailing_byline(paragraph: str) -> tuple[str, str | None]:
    """Remove a reporter credit in parentheses from the end of a paragraph."""
    m = _TRAILING.search(paragraph)
    if not m:
        return paragraph, None
    return paragraph[: m.start()].rstrip(), join_names(m.group(1))


def split_leading_byline(paragraph: str) -> tuple[str, str | None]:
    """Remove ``本报讯（记者 张三）`` from the start of the first paragraph."""
    m = _LEADING.match(paragraph)
    if not m:
        return paragraph, None
    return paragraph[m.end() :].lstrip(), join_names(m.group(1))


def parse_credit(line: str) -> tuple[str, str] | None:
    """A whole line that is a credit: ``("author"|"source"|"editor", value)``, else None."""
    m = _CREDIT.match(line)
    if m:
        kind = m.group("kind")
        value = m.group("value").strip()
        if kind in ("来源", "來源"):
            return "source", value
        if kind not in ("作者", "撰文", "文"):
            return "editor", value
        return "author", join_names(value) if re.fullmatch(_NAMES, value) else value
    m = _REPORTER_LINE.match(line)
    if m:
        value = m.group("value")
        # "记者 张三 李四 通讯员 王五": only when the rest is names (and roles), not a sentence.
        if re.fullmatch(rf"{_NAMES}(?:\s*{_REPORTER}\s*{_NAMES})*", value):
            return "author", join_names(value)
        return None
    m = _BY.match(line)
    if m and len(line) < 80:
        return "author", join_names(m.group("value"))
    return None


# Several names only when separated by 、 or a comma: after a space comes the next field.
_AUTHOR_IN_TEXT = re.compile(
    r"(?:作者|撰文|记者|記者)\s*[:：]\s*([^\s:：|｜，,、]{2,20}(?:[、，,][^\s:：|｜，,、]{2,20})*)"
)


def author_from_credit_text(text: str) -> str | None:
    """``作者：张三  来源：本站`` inside a meta line → ``张三``."""
    m = _AUTHOR_IN_TEXT.search(text)
    return join_names(m.group(1)) if m else None


_SOURCE_IN_TEXT = re.compile(r"(?:来源|來源)\s*[:：]\s*([^\s:：|｜]{2,20})")


def source_from_text(text: str) -> str | None:
    """``… 来源：内蒙古日报 …`` in an info line → ``内蒙古日报``."""
    m = _SOURCE_IN_TEXT.search(text)
    return m.group(1) if m else None
