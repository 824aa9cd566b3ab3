"""The sixteenth held-out site: 60 articles over five overseas Chinese-language news templates,
every page rendered in memory.

``Site16(seed)`` is deterministic. ``render(path)`` → ``(body, content_type)`` or ``None``;
``truth()`` → one dict per article as a reader states it; ``non_articles()`` → every other page.
Paths with Chinese in them (法广, 德国之声) are stored percent-encoded, as a browser sends them;
the server hands ``render`` the decoded path, and routes are keyed on the decoded form.

Every story's time is in its newsroom's own zone: London, Paris, Berlin, Singapore, New York;
three of each outlet's twelve are winter stories (GMT, CET, EST), the rest spring ones (BST,
CEST, EDT)."""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any
from urllib.parse import quote, unquote
from zoneinfo import ZoneInfo

from heldout import Art, Block
from heldout_gen import GenSite, sorted_query

from . import bbc, dw, nyt, pages, rfi, zaobao
from .pools import (
    LATIN,
    PEN,
    POOLS,
    SUBHEADS,
    context,
    distinct,
    en_name,
    trad,
    zh_name,
)

LONDON = ZoneInfo("Europe/London")
PARIS = ZoneInfo("Europe/Paris")
BERLIN = ZoneInfo("Europe/Berlin")
SINGAPORE = ZoneInfo("Asia/Singapore")
NEW_YORK = ZoneInfo("America/New_York")

# Winter days (standard time everywhere) and spring days (summer time everywhere: the US moved
# on 10 March 2024, Europe on 31 March).
WINTER = [(2023, 12, 5), (2023, 12, 19), (2024, 1, 9), (2024, 1, 23), (2024, 2, 6), (2024, 2, 20)]


def slug(title: str) -> str:
    """法广 / 德国之声 slugs: the headline, its punctuation and spaces turned into dashes."""
    return re.sub(r"[\s｜：:！？，、“”‘’《》（）()%.·]+", "-", title).strip("-")


NYT_SLUG = {
    "中美贸易战": "us-china-trade-war",
    "芯片出口管制": "chip-export-controls",
    "TikTok禁令": "tiktok-ban",
    "中国经济放缓": "china-economy-slowdown",
    "中国青年失业": "china-youth-unemployment",
    "美国大选": "us-election",
    "台湾问题": "taiwan",
    "中国留学生": "chinese-students",
    "芬太尼危机": "fentanyl",
    "中国房地产": "china-property",
    "人工智能竞赛": "ai-race",
    "全球气候谈判": "climate-talks",
}
NYT_TAIL = ["beijing", "biden", "xi-jinping", "analysis", "companies", "washington", "trade"]


class Site16(GenSite):
    modules = (bbc, rfi, dw, zaobao, nyt, pages)
    pools = POOLS
    subheads = SUBHEADS
    lead_image = True
    img_root = "/ace/ws/640/cpsprodpb"

    def __init__(self, seed: int = 16016) -> None:
        super().__init__(seed)

    def build(self) -> None:
        self._bbc()
        self._rfi()
        self._dw()
        self._zaobao()
        self._nyt()

    def key(self, path: str) -> str:
        """The routing key: the path decoded, the query's parameters decoded and sorted."""
        bare, q = sorted_query(path)
        return unquote(bare) + q

    def register(self, modules: Any) -> None:
        self._art_keys = {self.key(p) for p in self.by_path}
        super().register(modules)

    def handler(self, path: str) -> Any:
        """An article answers whatever query rides on its URL (``?at_medium=``, ``?ref=``), as
        the real servers do; other pages only at their own query."""
        fn = super().handler(path)
        if fn is None and "?" in path:
            bare = path.split("?", 1)[0]
            if self.key(bare) in self._art_keys:
                return super().handler(bare)
        return fn

    # --- shared ---------------------------------------------------------------------------
    def _day(self, i: int) -> tuple[int, int, int]:
        """Story ``i``'s calendar day: every fourth a winter day, the others spread over April
        and May 2024."""
        rng = self.rng
        if i % 4 == 3:
            return WINTER[(i // 4 + rng.randint(0, 3)) % len(WINTER)]
        k = i - i // 4  # 0..8
        return (2024, 4 + k // 5, 2 + (k % 5) * 5 + rng.randint(0, 4))

    def _at(self, i: int, tz: ZoneInfo, hours: tuple[int, int]) -> datetime:
        rng = self.rng
        y, m, d = self._day(i)
        return datetime(
            y, m, d, rng.randint(*hours), rng.randint(0, 59), rng.randint(0, 59), tzinfo=tz
        )

    def _story(
        self, tpl: str, i: int, when: datetime, images: int, size: str
    ) -> tuple[str, list[Block], dict[str, str]]:
        ctx = context(self.rng, tpl)
        title = POOLS.headline(self.rng, tpl, ctx, self.used)
        blocks = self._blocks(tpl, size, ctx, images, when)
        return title, blocks, ctx

    def _to_trad(self, a: Art) -> None:
        """The 繁體 edition: headline, body, credits and names in traditional characters."""
        a.title = trad(a.title)
        for b in a.blocks:
            b.text, b.credit = trad(b.text), trad(b.credit)
        a.authors = [trad(n) for n in a.authors]
        a.editors = [trad(n) for n in a.editors]
        a.correspondents = [trad(n) for n in a.correspondents]
        a.x = {
            k: trad(v) if isinstance(v, str) and k in a.x.get("_trad", ()) else v
            for k, v in a.x.items()
        }
        a.x["nm"] = [trad(n) for n in a.x["nm"]]

    # --- BBC News 中文 ---------------------------------------------------------------------
    def _bbc(self) -> None:
        rng = self.rng
        styles = ["staff", "latin", "none", "desk", "staff", "loc"] * 2
        styles[9] = "contrib"
        trad_at = {2, 5, 8, 11}
        sizes = self._sizes()
        sizes = [s if s == "long" else "mid" for s in sizes]  # translated features: never short
        secs = ["world", "chinese-news", "uk", "business", "science"]
        arts = []
        for i, style in enumerate(styles):
            # BBC prints the day in GMT: its stories here fall between 02:00 and 21:59 UTC, so
            # the printed day is London's too.
            when = self._at(i, LONDON, (4, 21))
            title, blocks, _ = self._story("bbc", i, when, rng.choice([1, 1, 2, 3]), sizes[i])
            for b in blocks:
                if b.kind == "img":
                    b.credit = rng.choice(
                        ["Getty Images", "Reuters", "EPA", "BBC", "AFP via Getty Images"]
                    )
            nm = distinct(rng, zh_name, 5)
            latin = rng.choice(LATIN)
            authors = {
                "staff": nm[:1],
                "desk": nm[:1],
                "loc": nm[:1],
                "contrib": nm[:1],
                "latin": [latin],
            }.get(style, [])
            role = {
                "staff": "BBC中文记者",
                "desk": "BBC News 中文",
                "loc": "BBC中文记者",
                "contrib": "BBC News 中文",
                "latin": rng.choice(["BBC中国事务记者", "BBC亚洲事务记者", "BBC驻北京记者"]),
            }.get(style, "")
            variant = "trad" if i in trad_at else "simp"
            new = i % 3 != 0
            aid = "".join(rng.choice("bcdfghjklmnpqrstvwxyz0123456789") for _ in range(10))
            sec = secs[i % 5]
            num = 68100000 + i * 70111 + rng.randint(0, 9999)
            path = (
                f"/zhongwen/{variant}/articles/c{aid}o"
                if new
                else f"/zhongwen/{variant}/{sec}-{num}"
            )
            a = Art(
                "bbc",
                i,
                path,
                title,
                authors,
                when,
                "day",
                blocks,
                correspondents=nm[1:2] if style == "contrib" else [],
                x={
                    "style": style,
                    "role": role,
                    "variant": variant,
                    "sec": sec,
                    "nm": nm,
                    "loc": rng.choice(["伦敦", "北京", "香港", "台北"]),
                    "upd": rng.randint(1, 3) if i % 3 == 1 else 0,
                    "upd_h": rng.randint(0, 2),
                    "topics": rng.sample(
                        ["中国", "英国", "香港", "台湾", "国际", "经济", "科技", "中美关系"],
                        rng.randint(2, 4),
                    ),
                    "cid": f"c{rng.getrandbits(40):010x}",
                    "secs": rng.randint(0, 59),
                    "_trad": ("role", "loc"),
                },
            )
            if variant == "trad":
                self._to_trad(a)
                a.x["topics"] = [trad(t) for t in a.x["topics"]]
            arts.append(a)
        self._related(arts, lambda: rng.randint(2, 3), who=[0, 1, 2, 3, 4, 6, 7, 9, 10, 11])
        self.arts += arts

    # --- RFI 法广 华语 ---------------------------------------------------------------------
    def _rfi(self) -> None:
        rng = self.rng
        styles = ["one", "none", "one", "station", "one", "two"] * 2
        trad_at = {3, 7, 10}
        sizes = self._sizes()
        sizes = [s if s != "brief" else "small" for s in sizes]  # 阅读更多 sits between paragraphs
        secs = ["国际", "中国", "法国", "欧洲", "港澳台"]
        arts = []
        for i, style in enumerate(styles):
            when = self._at(i, PARIS, (7, 23))
            title, blocks, ctx = self._story("rfi", i, when, rng.choice([1, 1, 2]), sizes[i])
            for b in blocks:
                if b.kind == "img":
                    b.credit = rng.choice(
                        ["© 路透社", "© 法新社", "© AP - Thibault Camus", "© RFI"]
                    )
            nm = [*distinct(rng, lambda r: r.choice(PEN), 2), *distinct(rng, zh_name, 3)]
            authors = {"one": nm[:1], "two": nm[:2]}.get(style, [])
            if style == "one" and i % 4 == 2:
                authors = nm[2:3]  # some sign with a full name
            sec = secs[i % 5]
            variant = "tw" if i in trad_at else "cn"
            chapo = POOLS.paragraphs(rng, "rfi", 1, ctx)[0]
            a = Art(
                "rfi",
                i,
                "",
                title,
                authors,
                when,
                "minute",
                blocks,
                x={
                    "style": style,
                    "variant": variant,
                    "sec": sec,
                    "nm": nm,
                    "chapo": chapo,
                    "upd": rng.randint(25, 600) if i % 3 != 2 else 0,
                    "secs": rng.randint(0, 59),
                    "tags": rng.sample(
                        ["中法关系", "欧盟", "马克龙", "巴黎奥运", "人权", "移民", "气候"], 3
                    ),
                    "_trad": ("sec", "chapo"),
                },
            )
            if variant == "tw":
                self._to_trad(a)
                a.x["tags"] = [trad(t) for t in a.x["tags"]]
            raw = f"/{variant}/{a.x['sec']}/{when:%Y%m%d}-{slug(a.title)}"
            a.path = quote(raw)
            a.x["raw"] = raw
            arts.append(a)
        self._related(arts, lambda: rng.randint(1, 3), who=[0, 1, 2, 4, 5, 6, 8, 9, 10, 11])
        self.arts += arts

    # --- DW 德国之声 中文 ------------------------------------------------------------------
    def _dw(self) -> None:
        rng = self.rng
        styles = ["one", "wire", "one", "two", "one", "wire"] * 2
        styles[10] = "wire_ed"
        trad_at = {2, 6, 9}
        sizes = self._sizes()
        sizes = [s if s != "brief" else "small" for s in sizes]  # no two-paragraph briefs here
        arts = []
        for i, style in enumerate(styles):
            # DW prints the Berlin day; its stories here fall between 04:00 and 22:59 there.
            when = self._at(i, BERLIN, (4, 22))
            title, blocks, ctx = self._story("dw", i, when, rng.choice([1, 1, 2]), sizes[i])
            for b in blocks:
                if b.kind == "img":
                    b.credit = rng.choice(
                        [
                            "Kay Nietfeld/dpa/picture alliance",
                            "Michael Kappeler/dpa/picture alliance",
                            "Ng Han Guan/AP Photo/picture alliance",
                            "Lisi Niesner/REUTERS",
                        ]
                    )
            nm = [*distinct(rng, lambda r: r.choice(PEN), 3), *distinct(rng, zh_name, 2)]
            authors = {"one": nm[:1], "two": nm[:2]}.get(style, [])
            editors = [] if style == "wire" else nm[2:3]
            variant = "zh-hant" if i in trad_at else "zh"
            teaser = POOLS.paragraphs(rng, "dw", 1, ctx)[0]
            a = Art(
                "dw",
                i,
                "",
                title,
                authors,
                when,
                "day",
                blocks,
                editors=editors,
                x={
                    "style": style,
                    "variant": variant,
                    "nm": nm,
                    "teaser": teaser,
                    "kicker": ["时政风云", "经济纵横", "德国", "欧洲", "中国"][i % 5],
                    "aid": 68000000 + i * 171717 + rng.randint(0, 99999),
                    "wires": rng.choice(
                        ["（德新社、法新社）", "（路透社、美联社）", "（德新社、路透社、法新社）"]
                    ),
                    "secs": rng.randint(0, 59),
                    "_trad": ("teaser", "wires"),
                },
            )
            if variant == "zh-hant":
                self._to_trad(a)
            raw = f"/{variant}/{slug(a.title)}/a-{a.x['aid']}"
            a.path = quote(raw)
            a.x["raw"] = raw
            arts.append(a)
        self._related(arts, lambda: rng.randint(2, 4), who=[0, 1, 2, 3, 5, 6, 7, 8, 9, 11])
        self.arts += arts

    # --- 联合早报 ----------------------------------------------------------------------------
    def _zaobao(self) -> None:
        rng = self.rng
        styles = ["one", "photo", "wire", "two", "corr", "one"] * 2
        sizes = self._sizes()
        secs = [
            ("news", "singapore"),
            ("news", "china"),
            ("news", "world"),
            ("realtime", "china"),
            ("news", "sea"),
        ]
        arts = []
        for i, style in enumerate(styles):
            hours = (6, 23)
            if i == 4:
                hours = (12, 12)  # 下午12:xx
            elif i == 7:
                hours = (0, 0)  # 上午12:xx, past midnight
            when = self._at(i, SINGAPORE, hours)
            title, blocks, _ = self._story("zaobao", i, when, rng.choice([1, 1, 2]), sizes[i])
            for b in blocks:
                if b.kind == "img":
                    b.credit = rng.choice(
                        ["（路透社）", "（法新社）", "（档案照片）", "（彭博社）"]
                    )
            nm = distinct(rng, zh_name, 4)
            authors = {"one": nm[:1], "photo": nm[:1], "two": nm[:2], "corr": nm[:1]}.get(style, [])
            kind, sec = secs[i % 5]
            sid = 4000000 + i * 23117 + rng.randint(0, 9999)
            a = Art(
                "zaobao",
                i,
                f"/{kind}/{sec}/story{when:%Y%m%d}-{sid}",
                title,
                authors,
                when,
                "minute",
                blocks,
                x={
                    "style": style,
                    "kind": kind,
                    "sec": sec,
                    "nm": nm,
                    "upd": rng.randint(30, 400) if i % 3 == 0 else 0,
                    "post": rng.choice(["北京特派员", "驻华盛顿特派员", "吉隆坡特派员"]),
                    "sid": sid,
                },
            )
            arts.append(a)
        self._related(arts, lambda: rng.randint(2, 4), who=[0, 1, 2, 3, 4, 5, 7, 8, 9, 10])
        self.arts += arts

    # --- 纽约时报中文网 ------------------------------------------------------------------------
    def _nyt(self) -> None:
        rng = self.rng
        styles = ["one", "two", "corr", "one", "opinion", "two"] * 2
        styles[8] = "zh"
        trad_at = {1, 6, 10}
        sizes = self._sizes()
        sizes = [s if s == "long" else "mid" for s in sizes]  # translated features: never short
        secs = ["china", "world", "business", "usa", "opinion"]
        arts = []
        used_slugs: set[str] = set()
        for i, style in enumerate(styles):
            when = self._at(i, NEW_YORK, (5, 23))
            title, blocks, ctx = self._story("nyt", i, when, rng.choice([1, 1, 2]), sizes[i])
            for b in blocks:
                if b.kind == "img":
                    b.credit = rng.choice(
                        [
                            "Gilles Sabrié for The New York Times",
                            "Qilai Shen for The New York Times",
                            "Agence France-Presse — Getty Images",
                            "Reuters",
                        ]
                    )
            en = distinct(rng, en_name, 4)
            zh = distinct(rng, zh_name, 3)
            authors = {
                "one": en[:1],
                "two": [en[0], zh[0]],
                "corr": en[:1],
                "opinion": en[:1],
                "zh": zh[:1],
            }[style]
            corr = {"corr": [zh[1]], "two": [en[2]] if i == 5 else []}.get(style, [])
            sec = "opinion" if style == "opinion" else secs[i % 4]
            variant = "zh-hant" if i in trad_at else "zh-hans"
            base = NYT_SLUG[ctx["topic"]]
            s = base
            while s in used_slugs:
                s = f"{base}-{rng.choice(NYT_TAIL)}"
            used_slugs.add(s)
            first = self._first(blocks)
            if style != "opinion":
                first.text = f"{ctx['place']}——" + first.text  # the dateline stays in the story
            path = f"/{sec}/{when:%Y%m%d}/{s}/" + ("zh-hant/" if variant == "zh-hant" else "")
            a = Art(
                "nyt",
                i,
                path,
                title,
                authors,
                when,
                "minute",
                blocks,
                correspondents=corr,
                x={
                    "style": style,
                    "variant": variant,
                    "sec": sec,
                    "nm": en + zh,
                    "slug": s,
                    "translator": rng.choice(["纽约时报中文网", zh[2], "晋其角", "Harvey Jiang"]),
                    "post": rng.choice(
                        ["驻北京记者", "驻华盛顿记者", "驻首尔记者", "驻台北记者", "经济记者"]
                    ),
                    "secs": rng.randint(0, 59),
                    "id": rng.getrandbits(32),
                    "_trad": ("translator", "post"),
                },
            )
            if variant == "zh-hant":
                self._to_trad(a)
            arts.append(a)
        self._related(arts, lambda: rng.randint(2, 4), who=[0, 1, 2, 3, 5, 6, 7, 8, 10, 11])
        self.arts += arts
