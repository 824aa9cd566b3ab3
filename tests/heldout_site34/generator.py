"""The thirty-fourth held-out site: 60 articles over five Chinese sports and entertainment portals
(all Beijing time), every page rendered in memory.

``Site34(seed)`` is deterministic. ``render(path)`` → ``(body, content_type)`` or ``None``;
``truth()`` → one dict per article as a reader states it; ``non_articles()`` → every other page.
"""

from __future__ import annotations

import string
from typing import Any

from heldout import Art, Block
from heldout_gen import BEIJING, GenSite

from . import pages, templates
from .pools import CITIES, ENT_POOLS, HANDLES, POOLS, SUBHEADS, context, names

LOW = string.ascii_lowercase
UP = string.ascii_uppercase + string.digits


class Site34(GenSite):
    modules = (templates, pages)
    pools = POOLS
    subheads = SUBHEADS
    long_paras = (14, 20)

    def __init__(self, seed: int = 3434) -> None:
        super().__init__(seed)

    def build(self) -> None:
        self._sina()
        self._wy()
        self._dqd()
        self._sohu()
        self._cctv()

    def _art(
        self,
        key: str,
        i: int,
        size: str,
        img: str,
        images: int | None = None,
        year: int | None = None,
    ) -> dict[str, Any]:
        """An article's makings; an old page (``year``) is dated November of that year."""
        rng = self.rng
        when = self._when(1 + i * 2 + rng.randint(0, 1), hours=(8, 23))
        if year is not None:
            when = when.replace(year=year, month=11)
        ctx = context(rng, key)
        title = self.pools.headline(rng, key, ctx, self.used)
        if images is None:
            images = rng.choice([0, 1, 1, 2])
        blocks = self._blocks(key, size, ctx, images, when, img)
        nm = names(rng, 6)
        while set(nm) & set(ctx.values()):
            nm = names(rng, 6)
        return {"when": when, "ctx": ctx, "title": title, "blocks": blocks, "nm": nm}

    @staticmethod
    def _lead(blocks: list[Block], lead: str) -> None:
        first = next(b for b in blocks if b.kind == "p")
        first.text = lead + first.text

    # --- 1. 新浪体育 sports.sina.com.cn (``/china/j/2024-05-08/doc-inaxxxx.shtml``) ------------
    def _sina(self) -> None:
        rng = self.rng
        sizes = self._sizes()
        styles = [
            "xun",
            "fazi",
            "wire",
            "old",
            "titan",
            "xun",
            "wen2",
            "fazi",
            "old",
            "xun",
            "wire",
            "titan",
        ]
        arts = []
        for i, style in enumerate(styles):
            old = style == "old"
            d = self._art(
                "sina", i, sizes[i], "/img/{d:%Y%m%d}/{h}.jpg", year=2012 if old else None
            )
            nm, when, blocks, ctx = d["nm"], d["when"], d["blocks"], d["ctx"]
            city = rng.choice(CITIES)
            if style == "wire":
                self._lead(
                    blocks, f"新华社{city}{when.month}月{when.day}日电（记者{nm[0]}、{nm[1]}）"
                )
            elif style in ("xun", "fazi", "old"):
                self._lead(blocks, f"新浪体育讯　北京时间{when.month}月{when.day}日，")
            for b in blocks:
                if b.kind == "img":
                    b.credit = rng.choice(["视觉中国", "图片来源：IC photo", ""])
            authors = {"fazi": nm[:1], "wire": nm[:2], "titan": nm[:1], "wen2": nm[:2]}.get(
                style, []
            )
            editors = [nm[5]] if i != 9 else []
            sec = "china/j" if i % 3 else "china/national"
            if old:
                path = f"/j/{when:%Y-%m-%d}/{when:%H%M}{rng.randint(6000000, 6399999)}.shtml"
            else:
                code = "".join(rng.choice(LOW) for _ in range(5)) + str(
                    rng.randint(1000000, 9999999)
                )
                path = f"/{sec}/{when:%Y-%m-%d}/doc-ina{code}.shtml"
            source = {"wire": "新华社", "titan": "体坛+"}.get(style, "新浪体育")
            arts.append(
                Art(
                    "sina",
                    i,
                    path,
                    d["title"],
                    authors,
                    when,
                    "minute",
                    blocks,
                    editors=editors,
                    x={
                        "style": style,
                        "old": old,
                        "ctx": ctx,
                        "nm": nm,
                        "source": source,
                        "city": city,
                        "sec": sec,
                    },
                )
            )
        self._related(arts, lambda: rng.randint(2, 4), who=[0, 1, 2, 4, 6, 7, 10, 11])
        for a in arts:
            a.related = [p for p in a.related if not self._is_old(arts, p)]
        self.arts += arts

    @staticmethod
    def _is_old(arts: list[Art], path: str) -> bool:
        return next(a for a in arts if a.path == path).x.get("old", False)

    def _lineup(self, team: str) -> str:
        rng = self.rng
        nums = rng.sample(range(1, 40), 11)
        return f"{team}首发：" + "、".join(
            f"{n}-{p}" for n, p in zip(nums, names(rng, 11), strict=True)
        )

    # --- 2. 网易体育 163.com (``/sports/article/J1ABCDEF00058780.html``; old pages GBK)----
    def _wy(self) -> None:
        rng = self.rng
        sizes = self._sizes()
        styles = [
            "report",
            "ns",
            "report",
            "old",
            "other",
            "report_ns",
            "unit",
            "old",
            "report",
            "ns",
            "old",
            "other",
        ]
        arts = []
        for i, style in enumerate(styles):
            old = style == "old"
            d = self._art(
                "wy",
                i,
                sizes[i],
                "http://img{n}.cache.netease.com/sports/{d:%Y}/{d:%m}/{d:%d}/{h}.jpg"
                if old
                else "https://nimg.ws.126.net/?url=http%3A%2F%2Fdingyue.ws.126.net%2F{d:%Y}%2F{d:%m%d}%2F{h}.jpg",
                year=rng.choice([2014, 2016]) if old else None,
            )
            nm, when, blocks, ctx = d["nm"], d["when"], d["blocks"], d["ctx"]
            if style.startswith("report"):
                score = (
                    f"北京时间{when.month}月{when.day}日晚，2024赛季中超联赛第{ctx['rnd']}轮，"
                    f"{ctx['home']}主场迎战{ctx['away']}。最终，{ctx['home']}{ctx['s1']}-{ctx['s2']}{ctx['away']}。"
                )
                at = next(k for k, b in enumerate(blocks) if b.kind == "p")
                blocks.insert(at, Block("p", score))
                blocks.insert(at + 1, Block("p", self._lineup(ctx["home"])))
                blocks.insert(at + 2, Block("p", self._lineup(ctx["away"])))
            for b in blocks:
                if b.kind == "img":
                    b.credit = rng.choice(["", "图/视觉中国"])
            authors = {"report": nm[:1], "other": nm[:2], "old": nm[:1] if i != 7 else []}.get(
                style, []
            )
            code = "".join(rng.choice(UP) for _ in range(8))
            if old:
                path = f"/{when:%y}/{when:%m%d}/{when:%H}/{code}00051C89.html"
            else:
                path = f"/sports/article/{code}00058780.html"
            source = {"other": rng.choice(["新京报", "北京青年报", "潇湘晨报"])}.get(
                style, "网易体育"
            )
            arts.append(
                Art(
                    "wy",
                    i,
                    path,
                    d["title"],
                    authors,
                    when,
                    "second",
                    blocks,
                    editors=[nm[5]],
                    x={
                        "style": style,
                        "old": old,
                        "ctx": ctx,
                        "nm": nm,
                        "source": source,
                        "ns": rng.randint(1000, 9999),
                        "code": code,
                    },
                )
            )
        self._related(arts, lambda: rng.randint(2, 4), who=[0, 1, 2, 4, 5, 8, 9, 11])
        for a in arts:
            a.related = [p for p in a.related if not self._is_old(arts, p)]
        self.arts += arts

    # --- 3. 懂球帝 dongqiudi.com (``/articles/4123456.html``) and 虎扑 voice (old) ---
    def _dqd(self) -> None:
        rng = self.rng
        sizes = self._sizes()
        styles = [
            "user",
            "outlet",
            "user_ed",
            "hupu",
            "user",
            "user",
            "outlet",
            "hupu",
            "user_ed",
            "user",
            "hupu",
            "user_ed",
        ]
        arts = []
        for i, style in enumerate(styles):
            hupu = style == "hupu"
            d = self._art(
                "dqd",
                i,
                sizes[i],
                "https://c{n}.hoopchina.com.cn/uploads/star/event/images/{d:%y%m%d}/{h}.jpg"
                if hupu
                else "https://img1.dqdgame.com/fastdfs7/M00/{d:%m/%d}/{h}.jpg",
                year=2019 if hupu else None,
            )
            nm, when, blocks, ctx = d["nm"], d["when"], d["blocks"], d["ctx"]
            user, ed = rng.sample(HANDLES, 2)
            for b in blocks:
                b.credit = "" if b.kind != "img" else rng.choice(["", "图片来源：Getty Images"])
            authors = [user] if style in ("user", "user_ed") else []
            editors = [ed] if style in ("user_ed", "hupu") else []
            if hupu:
                path = f"/soccer/{2480000 + i * 3119 + rng.randint(0, 999)}.html"
            else:
                path = f"/articles/{4100000 + i * 5237 + rng.randint(0, 999)}.html"
            arts.append(
                Art(
                    "dqd",
                    i,
                    path,
                    d["title"],
                    authors,
                    when,
                    "second" if hupu else "minute",
                    blocks,
                    editors=editors,
                    x={
                        "style": style,
                        "old": hupu,
                        "ctx": ctx,
                        "nm": nm,
                        "user": user,
                        "ed": ed,
                        "likes": rng.randint(12, 4800),
                    },
                )
            )
        self._related(arts, lambda: rng.randint(2, 4), who=[0, 1, 2, 3, 5, 7, 8, 11])
        self.arts += arts

    # --- 4. 搜狐娱乐 sohu.com (``/a/777123456_114941``; old ``/20131105/n389123456.shtml`` GBK)
    def _sohu(self) -> None:
        rng = self.rng
        sizes = self._sizes()
        styles = [
            "wentu",
            "zutu",
            "acct",
            "old",
            "intern",
            "wentu",
            "zutu",
            "old",
            "acct",
            "wentu",
            "old",
            "intern",
        ]
        arts = []
        self.pools = ENT_POOLS
        for i, style in enumerate(styles):
            zutu = style == "zutu"
            old = style == "old"
            images = rng.randint(6, 9) if zutu else rng.choice([1, 2, 3, 4])
            d = self._art(
                "sohu",
                i,
                "small" if zutu else sizes[i],
                "http://photocdn.sohu.com/{d:%Y%m%d}/Img{n}{h}.jpg"
                if old
                else "//p{n}.itc.cn/q_70/images03/{d:%Y%m%d}/{h}.jpeg",
                images,
                year=2013 if old else None,
            )
            nm, when, blocks, ctx = d["nm"], d["when"], d["blocks"], d["ctx"]
            for b in blocks:
                if b.kind == "img":
                    b.credit = (
                        "" if style == "wentu" else rng.choice(["", "", "图片来源：视觉中国"])
                    )
            if zutu and not d["title"].startswith("组图"):
                self.used.discard(d["title"])
                d["title"] = "组图：" + d["title"]
                self.used.add(d["title"])
            authors = {
                "wentu": nm[:1],
                "intern": [nm[2], nm[0]],
                "old": nm[:1] if i != 10 else [],
            }.get(style, [])
            empty = style == "acct" and i == 2
            editors = ([nm[4]] if style in ("wentu", "zutu") else []) + ([] if empty else [nm[5]])
            if old:
                path = f"/{when:%Y%m%d}/n{389100000 + i * 7919 + rng.randint(0, 999)}.shtml"
            else:
                aid = 777100000 + i * 13331 + rng.randint(0, 9999)
                path = f"/a/{aid}_{rng.choice([114941, 121124, 114988])}"
            source = {"zutu": "新浪娱乐", "acct": "搜狐娱乐"}.get(
                style, rng.choice(["搜狐娱乐", "新京报娱乐"])
            )
            arts.append(
                Art(
                    "sohu",
                    i,
                    path,
                    d["title"],
                    authors,
                    when,
                    "minute",
                    blocks,
                    editors=editors,
                    x={
                        "style": style,
                        "old": old,
                        "ctx": ctx,
                        "nm": nm,
                        "source": source,
                        "empty": empty,
                    },
                )
            )
        self.pools = POOLS
        self._related(arts, lambda: rng.randint(2, 4), who=[0, 1, 2, 4, 5, 6, 9, 11])
        for a in arts:
            a.related = [p for p in a.related if not self._is_old(arts, p)]
        self.arts += arts

    # --- 5. 央视体育 sports.cctv.com and 体坛网 (old, GBK)--------------------------------------
    def _cctv(self) -> None:
        rng = self.rng
        sizes = self._sizes()
        styles = [
            "xx",
            "titan",
            "jz_tx",
            "old",
            "tepai",
            "xhs",
            "xx",
            "old",
            "titan",
            "jz_tx",
            "old",
            "xx",
        ]
        arts = []
        for i, style in enumerate(styles):
            old = style == "old"
            d = self._art(
                "cctv",
                i,
                sizes[i],
                "http://img.titan24.com/upload/{d:%Y%m}/{d:%d}{n}{h}.jpg"
                if old
                else "https://p{n}.img.cctvpic.com/photoworkspace/contentimg/{d:%Y/%m/%d}/{d:%Y%m%d}{h}.jpg",
                year=2013 if old else None,
            )
            nm, when, blocks, ctx = d["nm"], d["when"], d["blocks"], d["ctx"]
            city = rng.choice(CITIES)
            if style == "xx":
                self._lead(blocks, "央视网消息：")
            elif style == "jz_tx":
                self._lead(blocks, f"央视网消息（记者 {nm[0]} 通讯员 {nm[2]}）：")
            elif style == "xhs":
                self._lead(blocks, f"新华社{city}{when.month}月{when.day}日电（记者{nm[0]}）")
            for b in blocks:
                if b.kind == "img":
                    b.credit = rng.choice(["", "图片来源：视觉中国", f"新华社记者 {nm[3]} 摄"])
            authors = {
                "titan": nm[:2],
                "jz_tx": nm[:1],
                "tepai": nm[:1],
                "xhs": nm[:1],
                "old": nm[:2],
            }.get(style, [])
            corr = nm[2:3] if style == "jz_tx" else []
            editors = [nm[4], nm[5]] if style != "old" else [nm[5]]
            if old:
                folder = rng.choice(["europe", "china", "italy"])
                path = f"/{folder}/{when:%Y-%m-%d}/{2160000 + i * 811 + rng.randint(0, 99)}.html"
            else:
                aid = "ARTI" + "".join(
                    rng.choice(string.ascii_letters + string.digits) for _ in range(20)
                )
                path = f"/{when:%Y/%m/%d}/{aid}{when:%y%m%d}.shtml"
            source = {
                "titan": "体坛周报",
                "tepai": "体坛周报",
                "xhs": "新华社",
                "old": "体坛周报",
            }.get(style, "央视网")
            arts.append(
                Art(
                    "cctv",
                    i,
                    path,
                    d["title"],
                    authors,
                    when,
                    "day" if old else "minute",
                    blocks,
                    correspondents=corr,
                    editors=editors,
                    x={
                        "style": style,
                        "old": old,
                        "ctx": ctx,
                        "nm": nm,
                        "source": source,
                        "city": rng.choice(["巴黎", "伦敦", "米兰", "慕尼黑"]),
                    },
                )
            )
        self._related(arts, lambda: rng.randint(2, 4), who=[0, 1, 2, 4, 5, 6, 8, 11])
        for a in arts:
            a.related = [p for p in a.related if not self._is_old(arts, p)]
        self.arts += arts


__all__ = ["BEIJING", "Site34"]
