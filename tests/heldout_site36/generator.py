"""The thirty-sixth held-out site: 60 articles over five Chinese prefecture-city and county news
portals (all Beijing time), every page rendered in memory.

``Site36(seed)`` is deterministic. ``render(path)`` → ``(body, content_type)`` or ``None``;
``truth()`` → one dict per article as a reader states it; ``non_articles()`` → every other page
(the continuation pages of the multi-page stories among them).
"""

from __future__ import annotations

import string
from typing import Any

from heldout import Art, Block
from heldout_gen import BEIJING, GenSite

from . import pages, templates
from .pools import POOLS, SUBHEADS, context, names

B62 = string.digits + string.ascii_letters


def split_pages(blocks: list[Block], n: int) -> list[list[Block]]:
    """A long story cut into ``n`` pages of about equal length (a page never ends on a
    subhead)."""
    out: list[list[Block]] = []
    size = (len(blocks) + n - 1) // n
    at = 0
    for k in range(n):
        end = len(blocks) if k == n - 1 else at + size
        while 0 < end < len(blocks) and blocks[end - 1].kind == "h":
            end += 1
        out.append(blocks[at:end])
        at = end
    return [p for p in out if p]


class Site36(GenSite):
    modules = (templates, pages)
    pools = POOLS
    subheads = SUBHEADS
    long_paras = (16, 22)

    def __init__(self, seed: int = 3636) -> None:
        super().__init__(seed)

    def build(self) -> None:
        self._fz()
        self._rm()
        self._ec()
        self._wp()
        self._h5()

    def _art(
        self,
        key: str,
        i: int,
        size: str,
        img: str,
        images: int | None = None,
        seconds: bool = True,
    ) -> dict[str, Any]:
        rng = self.rng
        when = self._when(1 + i * 2 + rng.randint(0, 1), seconds=seconds, hours=(6, 22))
        ctx = context(rng, key)
        title = self.pools.headline(rng, key, ctx, self.used)
        if images is None:
            images = rng.choice([0, 1, 1, 2])
        if size == "long":
            images = max(images, 2)
        blocks = self._blocks(key, size, ctx, images, when, img)
        return {"when": when, "ctx": ctx, "title": title, "blocks": blocks, "nm": names(rng, 8)}

    @staticmethod
    def _lead(blocks: list[Block], lead: str) -> None:
        first = next(b for b in blocks if b.kind == "p")
        first.text = lead + first.text

    def _wire(self, when: Any) -> str:
        city = self.rng.choice(["北京", "北京", "南京", "杭州", "武汉", "长沙"])
        return f"新华社{city}{when.month}月{max(1, when.day - 1)}日电"

    def _relate(self, arts: list[Art], who: list[int], k: tuple[int, int] = (2, 4)) -> None:
        """Related links for ``arts[i]`` (``i`` in ``who``), to current (not old-layout) pages."""
        pool = [a for a in arts if not a.x.get("old")]
        for i in who:
            a = arts[i]
            others = [b for b in pool if b is not a]
            a.related = [b.path for b in self.rng.sample(others, self.rng.randint(*k))]

    # --- 1. 宁川新闻网 (宁川日报社, 方正翔宇: ``/content/2024-05/08/content_4123456.htm``) ----
    def _fz(self) -> None:
        rng = self.rng
        sizes = self._sizes()
        styles = [
            "bbx",
            "zz2",
            "qmt",
            "xhs",
            "dept",
            "photo",
            "old",
            "multi3",
            "bbx2",
            "old",
            "multi2",
            "qmt_tx",
        ]
        arts = []
        for i, style in enumerate(styles):
            multi = style.startswith("multi")
            size = "long" if multi else ("mid" if style == "old" else sizes[i])
            d = self._art("fz", i, size, "/images/{d:%Y-%m}/{d:%d}/{h}.jpg")
            nm, when, blocks = d["nm"], d["when"], d["blocks"]
            old = style == "old"
            if old:
                when = when.replace(year=2019 if i == 6 else 2020, month=11, second=0)
            if style == "bbx":
                self._lead(blocks, f"本报讯（记者 {nm[0]} 通讯员 {nm[2]}）")
            elif style == "bbx2":
                self._lead(blocks, f"本报讯（全媒体记者 {nm[0]}）")
            elif style == "xhs":
                self._lead(blocks, f"{self._wire(when)}（记者{nm[0]}、{nm[1]}）")
            for b in blocks:
                if b.kind == "img":
                    b.credit = (
                        f"{nm[0]} 摄"
                        if style == "photo"
                        else rng.choice([f"全媒体记者 {nm[4]} 摄", "", "（资料图片）"])
                    )
            authors = {
                "bbx": nm[:1],
                "zz2": nm[:2],
                "qmt": nm[:2],
                "xhs": nm[:2],
                "photo": nm[:1],
                "old": nm[:1],
                "multi3": nm[:1],
                "bbx2": nm[:1],
                "multi2": nm[:1],
                "qmt_tx": nm[:1],
            }.get(style, [])
            corr = {"bbx": nm[2:3], "multi3": nm[2:4], "multi2": nm[2:3], "qmt_tx": nm[2:4]}.get(
                style, []
            )
            editors = [] if style == "bbx2" or (old and i == 9) else [nm[5]]
            cid = 4120000 + i * 3313 + rng.randint(0, 999)
            if old:
                cid -= 1_800_000 if when.year == 2019 else 1_100_000
            source = {
                "xhs": "新华社",
                "dept": rng.choice(["宁川市生态环境局", "宁川市住建局"]),
            }.get(style, rng.choice(["宁川日报", "宁川日报", "宁川晚报"]))
            node = rng.choice(
                [("node_12", "宁川要闻"), ("node_15", "区县新闻"), ("node_12", "宁川要闻")]
            )
            parts = split_pages(blocks, int(style[-1])) if multi else [blocks]
            arts.append(
                Art(
                    "fz",
                    i,
                    f"/content/{when:%Y-%m}/{when:%d}/content_{cid}.htm",
                    d["title"],
                    authors,
                    when,
                    "minute" if old else "second",
                    blocks,
                    correspondents=corr,
                    editors=editors,
                    x={
                        "style": style,
                        "old": old,
                        "id": cid,
                        "ctx": d["ctx"],
                        "nm": nm,
                        "source": source,
                        "node": node,
                        "pages": parts,
                    },
                )
            )
        self._relate(arts, [0, 1, 2, 3, 5, 7, 10, 11])
        self.arts += arts

    # --- 2. 清河融媒 (清河县融媒体中心, 索贝/大洋 ``/folder2/folder9/2024-05-08/<16>.html``) ------
    def _rm(self) -> None:
        rng = self.rng
        sizes = self._sizes()
        styles = [
            "jz",
            "jz2_tx",
            "wentu",
            "sheying",
            "xhs",
            "dept",
            "none",
            "jx",
            "zb",
            "sxs",
            "top",
            "sanshen",
        ]
        arts = []
        for i, style in enumerate(styles):
            d = self._art(
                "rm",
                i,
                sizes[i],
                "/upload/resources/image/{d:%Y/%m/%d}/{n}.jpg",
                seconds=False,
            )
            nm, when, blocks = d["nm"], d["when"], d["blocks"]
            if style == "xhs":
                self._lead(blocks, f"{self._wire(when)}（记者 {nm[0]}）")
            for b in blocks:
                if b.kind == "img":
                    b.credit = {"wentu": "", "sheying": ""}.get(
                        style, rng.choice(["", f"（融媒体记者 {nm[4]} 摄）"])
                    )
            authors = {
                "jz": nm[:1],
                "jz2_tx": nm[:2],
                "wentu": nm[:1],
                "sheying": nm[:1],
                "xhs": nm[:1],
                "jx": nm[:2],
                "zb": nm[:1],
                "sxs": nm[:2],
                "top": nm[:1],
                "sanshen": nm[:2],
            }.get(style, [])
            corr = {"jz2_tx": nm[2:3], "dept": nm[2:3], "top": nm[2:4]}.get(style, [])
            editors = [nm[5]]
            folder = rng.choice([("folder2/folder9", "本地新闻"), ("folder2/folder11", "乡镇动态")])
            code = "".join(rng.choice(B62) for _ in range(16))
            source = {
                "xhs": "新华社",
                "dept": "清河县人民医院",
                "none": "清河县融媒体中心",
            }.get(style, "清河融媒")
            arts.append(
                Art(
                    "rm",
                    i,
                    f"/{folder[0]}/{when:%Y-%m-%d}/{code}.html",
                    d["title"],
                    authors,
                    when,
                    "minute",
                    blocks,
                    correspondents=corr,
                    editors=editors,
                    x={
                        "style": style,
                        "ctx": d["ctx"],
                        "nm": nm,
                        "source": source,
                        "folder": folder,
                    },
                )
            )
        self._relate(arts, [0, 1, 3, 4, 6, 7, 9, 10])
        self.arts += arts

    # --- 3. 澄州新闻网 (帝国CMS, GB2312: ``/news/bendi/2024-05-08/1234.html``) -----------------
    def _ec(self) -> None:
        rng = self.rng
        sizes = self._sizes()
        styles = [
            "zz",
            "jz_tx",
            "multi2",
            "yiming",
            "old",
            "xhw",
            "multi3",
            "unit",
            "wentu",
            "old2",
            "zz2",
            "bw",
        ]
        arts = []
        for i, style in enumerate(styles):
            multi = style.startswith("multi")
            old = style.startswith("old")
            size = "long" if multi else ("small" if old else sizes[i])
            d = self._art("ec", i, size, "/d/file/news/bendi/{d:%Y-%m-%d}/{h}.jpg")
            nm, when, blocks = d["nm"], d["when"], d["blocks"]
            if old:
                when = when.replace(year=2017, month=11, hour=0, minute=0, second=0)
            if style == "xhw":
                self._lead(blocks, f"{self._wire(when)}（记者{nm[0]}）")
            for b in blocks:
                if b.kind == "img":
                    b.credit = (
                        f"（{nm[4]} 摄）"
                        if style == "wentu"
                        else rng.choice(["", f"（记者 {nm[0]} 摄）", "（资料图）"])
                    )
            authors = {
                "zz": nm[:1],
                "jz_tx": nm[:1],
                "multi2": nm[:2],
                "old": nm[:1],
                "xhw": nm[:1],
                "multi3": nm[:1],
                "wentu": nm[:1],
                "old2": nm[:2],
                "zz2": nm[:2],
                "bw": nm[:1],
            }.get(style, [])
            corr = {"jz_tx": nm[2:3], "multi3": nm[2:3]}.get(style, [])
            editors = [] if style in ("yiming", "old2") else [nm[5]]
            sec = rng.choice(
                [("bendi", "本地新闻", 2), ("shehui", "社会民生", 5), ("bendi", "本地新闻", 2)]
            )
            nid = 18000 + i * 97 + rng.randint(0, 60)
            if old:
                nid -= 14000
            source = {
                "yiming": "澄州新闻网",
                "xhw": "新华网",
                "unit": "澄州市公安局交警支队",
            }.get(style, rng.choice(["澄州日报", "澄州日报", "澄州晚报"]))
            parts = split_pages(blocks, int(style[-1])) if multi else [blocks]
            arts.append(
                Art(
                    "ec",
                    i,
                    f"/news/{sec[0]}/{when:%Y-%m-%d}/{nid}.html",
                    d["title"],
                    authors,
                    when,
                    "day" if old else "second",
                    blocks,
                    correspondents=corr,
                    editors=editors,
                    x={
                        "style": style,
                        "old": old,
                        "id": nid,
                        "ctx": d["ctx"],
                        "nm": nm,
                        "source": source,
                        "sec": sec,
                        "pages": parts,
                    },
                )
            )
        self._relate(arts, [0, 1, 2, 5, 6, 7, 10, 11], (2, 3))
        self.arts += arts

    # --- 4. 梅溪在线 (WordPress, ``/archives/12345``) -------------------------------------------
    def _wp(self) -> None:
        rng = self.rng
        sizes = self._sizes()
        styles = [
            "wen",
            "wentu",
            "jz_tx",
            "src",
            "repost",
            "none",
            "wen2",
            "tx",
            "wen",
            "src2",
            "jz",
            "wentu2",
        ]
        old_at = {5, 8, 10}  # 2023 posts on the old theme: minute-precision dates
        arts = []
        for i, style in enumerate(styles):
            d = self._art("wp", i, sizes[i], "/wp-content/uploads/{d:%Y/%m}/{h}.jpg")
            nm, when, blocks = d["nm"], d["when"], d["blocks"]
            old = i in old_at
            if old:
                when = when.replace(year=2023, month=rng.choice([9, 10, 11]), second=0)
                for b in blocks:
                    if b.kind == "img":
                        b.src = b.src.replace("/2024/05/", f"/2023/{when.month:02d}/")
            for b in blocks:
                if b.kind == "img":
                    b.credit = (
                        f"摄影丨{nm[4]}"
                        if style == "wen"
                        else rng.choice(["", "", "图片来源：网络"])
                    )
            authors = {
                "wen": nm[:1],
                "wentu": nm[:1],
                "jz_tx": nm[:1],
                "repost": nm[:2],
                "wen2": nm[:2],
                "jz": nm[:1],
                "wentu2": nm[:1],
            }.get(style, [])
            corr = {"jz_tx": nm[2:3], "tx": nm[2:4]}.get(style, [])
            editors = [] if style in ("src", "wen2") else [nm[5]]
            pid = 20400 + i * 131 + rng.randint(0, 90)
            if old:
                pid -= 6000
            cat = rng.choice([("bendi", "梅溪本地"), ("lvyou", "吃喝玩乐"), ("bendi", "梅溪本地")])
            source = {"src": "梅溪发布", "src2": "梅溪镇文旅办", "repost": "澄州日报"}.get(
                style, ""
            )
            arts.append(
                Art(
                    "wp",
                    i,
                    f"/archives/{pid}",
                    d["title"],
                    authors,
                    when,
                    "minute" if old else "day",
                    blocks,
                    correspondents=corr,
                    editors=editors,
                    x={
                        "style": style,
                        "old": old,
                        "id": pid,
                        "ctx": d["ctx"],
                        "nm": nm,
                        "source": source,
                        "cat": cat,
                    },
                )
            )
        self._relate(arts, [0, 1, 2, 3, 4, 6, 7, 11], (3, 4))
        self.arts += arts

    # --- 5. 掌上宁川 (宁川日报 app's H5 pages, ``/m/news/123456.html``) --------------------------
    def _h5(self) -> None:
        rng = self.rng
        sizes = self._sizes()
        styles = [
            "jz",
            "jz_tx",
            "xhs",
            "fb",
            "jx",
            "rmrb",
            "jz2",
            "none",
            "wentu",
            "jz",
            "tx",
            "jz_sy",
        ]
        arts = []
        for i, style in enumerate(styles):
            d = self._art("h5", i, sizes[i], "/m/res/{d:%Y%m%d}/{h}.jpg", seconds=False)
            nm, when, blocks = d["nm"], d["when"], d["blocks"]
            if style == "xhs":
                self._lead(blocks, f"{self._wire(when)}（记者 {nm[0]} {nm[1]}）")
            for b in blocks:
                if b.kind == "img":
                    b.credit = f"摄影 {nm[4]}" if style == "jz_sy" else ""
            authors = {
                "jz": nm[:1],
                "jz_tx": nm[:1],
                "xhs": nm[:2],
                "jx": nm[:2],
                "rmrb": nm[:1],
                "jz2": nm[:2],
                "wentu": nm[:1],
                "jz_sy": nm[:1],
            }.get(style, [])
            corr = {"jz_tx": nm[2:3], "tx": nm[2:3]}.get(style, [])
            editors = [nm[5]]
            aid = 512000 + i * 811 + rng.randint(0, 700)
            source = {"xhs": "新华社", "fb": "宁川发布", "rmrb": "人民日报客户端"}.get(
                style, "宁川日报"
            )
            arts.append(
                Art(
                    "h5",
                    i,
                    f"/m/news/{aid}.html",
                    d["title"],
                    authors,
                    when,
                    "minute",
                    blocks,
                    correspondents=corr,
                    editors=editors,
                    x={"style": style, "id": aid, "ctx": d["ctx"], "nm": nm, "source": source},
                )
            )
        self._relate(arts, [0, 1, 2, 4, 5, 7, 9, 11], (2, 3))
        self.arts += arts


__all__ = ["BEIJING", "Site36"]
