"""The fortieth held-out site: 60 articles over five sites on small Chinese CMSes (a county
融媒体中心 on PbootCMS, a machinery maker's 新闻动态 on MetInfo, a building-materials association on
EyouCMS in GBK, a city portal on XunRuiCMS, an old local portal on 齐博CMS in GB2312), all Beijing
time, every page rendered in memory.

``Site40(seed)`` is deterministic. ``render(path)`` → ``(body, content_type)`` or ``None``;
``truth()`` → one dict per article as a reader states it; ``non_articles()`` → every other page.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from heldout import Art, Block
from heldout_gen import BEIJING, GenSite

from . import pages, templates
from .pools import (
    EYOU_MEMBERS,
    EYOU_PAPERS,
    MET_DEPTS,
    MET_SHOPS,
    MET_WIRES,
    PB_TOWNS,
    PB_UNITS,
    POOLS,
    QB_UNITS,
    SUBHEADS,
    XR_DEPTS,
    context,
    names,
)


class Site40(GenSite):
    modules = (templates, pages)
    pools = POOLS
    subheads = SUBHEADS
    long_paras = (14, 22)
    today = datetime(2024, 5, 28, 9, 30, tzinfo=BEIJING)  # the day the pages are served

    def __init__(self, seed: int = 4040) -> None:
        super().__init__(seed)

    def build(self) -> None:
        self._pb()
        self._met()
        self._eyou()
        self._xr()
        self._qb()

    # --- shared -------------------------------------------------------------------------
    def _story(
        self,
        tpl: str,
        i: int,
        size: str,
        img: str,
        seconds: bool = True,
        year: int = 2024,
    ) -> dict[str, Any]:
        rng = self.rng
        when = self._when(1 + i * 2 + rng.randint(0, 1), seconds=seconds, hours=(7, 21), year=year)
        # a headline and its story share one context (a repeated headline draws both again)
        for _ in range(200):
            ctx = context(rng, tpl)
            title = self.pools.fill(rng, rng.choice(self.pools.head[tpl]), ctx)
            if title not in self.used:
                self.used.add(title)
                break
        else:
            raise RuntimeError("headline pool exhausted")
        images = 0 if size == "brief" else rng.choice([0, 1, 1, 2])
        if size == "long":
            images = max(images, 2)
        blocks = self._blocks(tpl, size, ctx, images, when, img)
        seen: set[str] = set()
        for b in blocks:  # a caption drawn twice: the second picture goes uncaptioned
            if b.kind == "img" and b.text in seen:
                b.text = ""
            seen.add(b.text)
        return {"when": when, "ctx": ctx, "title": title, "blocks": blocks, "nm": names(rng, 8)}

    @staticmethod
    def _lead(blocks: list[Block], lead: str) -> None:
        first = next(b for b in blocks if b.kind == "p")
        first.text = lead + first.text

    def _relate(self, arts: list[Art], who: list[int], k: tuple[int, int] = (2, 4)) -> None:
        for i in who:
            a = arts[i]
            pool = [b for b in arts if b is not a]
            a.related = [b.path for b in self.rng.sample(pool, self.rng.randint(*k))]

    def _credits(self, blocks: list[Block], pick: Any) -> None:
        for b in blocks:
            if b.kind == "img":
                b.credit = pick()

    # --- 1. 云溪融媒 (云溪县融媒体中心, PbootCMS: ``/news/1234.html``, ``/xzdt/1234.html``) ------
    def _pb(self) -> None:
        rng = self.rng
        sizes = self._sizes()
        styles = [
            "jz",
            "two",
            "unit",
            "tx",
            "jz_tx",
            "wen",
            "zg",
            "cjgly",
            "xiumi",
            "jz",
            "three",
            "town",
        ]
        old_at = {4, 9}
        arts = []
        for i, style in enumerate(styles):
            old = i in old_at
            d = self._story(
                "pb",
                i,
                sizes[i],
                "/static/upload/image/{d:%Y%m%d}/17151{n}{h}.jpg",
                seconds=False,
                year=2019 if old else 2024,
            )
            nm, when, blocks = d["nm"], d["when"], d["blocks"]
            self._credits(
                blocks,
                lambda nm=nm, style=style: (
                    ""
                    if style == "wen"
                    else rng.choice(["", f"（融媒记者 {nm[4]} 摄）", "（资料图）", ""])
                ),
            )
            authors = {
                "jz": nm[:1],
                "two": nm[:2],
                "jz_tx": nm[:1],
                "wen": nm[:1],
                "zg": nm[:1],
                "xiumi": nm[:1],
                "three": nm[:3],
            }.get(style, [])
            corr = {"tx": nm[2:3], "jz_tx": nm[2:3], "xiumi": nm[2:3]}.get(style, [])
            # 编辑/责任编辑 are editors; 审核 and 终审 are sign-offs
            editors = [] if style in ("cjgly", "zg") else [nm[5]]
            unit = {"unit": rng.choice(PB_UNITS), "town": rng.choice(PB_TOWNS)}.get(style, "")
            sec = (
                ("xzdt", "乡镇动态")
                if style in ("town", "tx") or i % 4 == 3
                else ("news", "云溪要闻")
            )
            pid = (
                (300 + i * 23 + rng.randint(0, 20)) if old else (1800 + i * 41 + rng.randint(0, 30))
            )
            tags = [d["ctx"]["topic"], d["ctx"]["place"]] if i % 3 != 2 else []
            arts.append(
                Art(
                    "pb",
                    i,
                    f"/{sec[0]}/{pid}.html",
                    d["title"],
                    authors,
                    when,
                    "minute",
                    blocks,
                    correspondents=corr,
                    editors=editors,
                    x={
                        "style": style,
                        "old": old,
                        "id": pid,
                        "ctx": d["ctx"],
                        "nm": nm,
                        "unit": unit,
                        "sec": sec,
                        "tags": tags,
                        "visits": rng.randint(80, 6000),
                        "edline": rng.choice(["bj_sh", "bj_sh", "zrbj", "bj_sh_zs"]),
                    },
                )
            )
        # 相关新闻 comes from the story's tags: only tagged stories have it
        for a in arts:
            if a.x["tags"]:
                pool = [b for b in arts if b is not a]
                a.related = [b.path for b in rng.sample(pool, rng.randint(2, 4))]
        self.arts += arts

    # --- 2. 恒锐重工 新闻动态 (MetInfo: ``/news/shownews.php?lang=cn&id=123``) -------------------
    def _met(self) -> None:
        rng = self.rng
        sizes = self._sizes()
        styles = [
            "none",
            "gb",
            "zg_sh",
            "old",
            "gb_zg",
            "wen_dept",
            "wire",
            "zz_unit",
            "old_zg",
            "zg_sy",
            "wire_end",
            "bj",
        ]
        arts = []
        for i, style in enumerate(styles):
            old = style.startswith("old")
            wire = style.startswith("wire")
            d = self._story(
                "metw" if wire else "met",
                i,
                "small" if old else sizes[i],
                "../upload/{d:%Y%m}/1715{n}{h}.jpg",
                year=2019 if old else 2024,
            )
            nm, when, blocks = d["nm"], d["when"], d["blocks"]
            self._credits(blocks, lambda: "")
            authors = {
                "zg_sh": nm[:1],
                "gb_zg": nm[:1],
                "wen_dept": nm[:1],
                "zz_unit": nm[:1],
                "old_zg": nm[:1],
                "zg_sy": nm[:2],
                "bj": nm[:1],
            }.get(style, [])
            editors = {"bj": nm[5:6], "gb_zg": nm[5:6]}.get(style, [])
            cls = (6, "行业动态") if wire else (5, "公司新闻")
            mid = (40 + i * 7 + rng.randint(0, 5)) if old else (260 + i * 9 + rng.randint(0, 6))
            arts.append(
                Art(
                    "met",
                    i,
                    f"/news/shownews.php?lang=cn&id={mid}",
                    d["title"],
                    authors,
                    when,
                    "second",
                    blocks,
                    editors=editors,
                    x={
                        "style": style,
                        "old": old,
                        "id": mid,
                        "ctx": d["ctx"],
                        "nm": nm,
                        "cls": cls,
                        "dept": rng.choice(MET_DEPTS),
                        "shop": rng.choice(MET_SHOPS),
                        "wire": rng.choice(MET_WIRES),
                        "hits": rng.randint(30, 2500),
                    },
                )
            )
        new = [k for k, a in enumerate(arts) if not a.x["old"]]
        self._relate(arts, [k for k in new if k % 4 != 1], (3, 5))
        self.arts += arts

    # --- 3. 江淮建材行业协会 (EyouCMS in GBK: ``/xhdt/1234.html``, ``/hyzx/1234.html``) ---------
    def _eyou(self) -> None:
        rng = self.rng
        sizes = self._sizes()
        styles = [
            "msc",
            "zz",
            "zz2",
            "reprint",
            "member",
            "wen",
            "jz_tx",
            "bz",
            "zz",
            "msc",
            "reprint2",
            "zz_bj",
        ]
        old_at = {2, 7}
        arts = []
        for i, style in enumerate(styles):
            old = i in old_at
            d = self._story(
                "eyou",
                i,
                sizes[i],
                "/uploads/allimg/{d:%Y%m%d}/1-{d:%y%m%d}1{n}.jpg",
                year=2019 if old else 2024,
            )
            nm, when, blocks = d["nm"], d["when"], d["blocks"]
            self._credits(
                blocks, lambda nm=nm: rng.choice(["", "", f"（{nm[4]}　摄）", "（协会秘书处供图）"])
            )
            authors = {
                "zz": nm[:1],
                "zz2": nm[:2],
                "reprint": nm[:1],
                "wen": nm[:1],
                "jz_tx": nm[:1],
                "zz_bj": nm[:1],
            }.get(style, [])
            corr = {"jz_tx": nm[2:3]}.get(style, [])
            editors = {"reprint": nm[5:6], "zz_bj": nm[5:6], "jz_tx": nm[5:6]}.get(style, [])
            reprint = style in ("reprint", "reprint2", "jz_tx")
            col = ("hyzx", "行业资讯", 3) if reprint or i == 8 else ("xhdt", "协会动态", 2)
            aid = (
                (100 + i * 13 + rng.randint(0, 9)) if old else (1500 + i * 17 + rng.randint(0, 12))
            )
            arts.append(
                Art(
                    "eyou",
                    i,
                    f"/{col[0]}/{aid}.html",
                    d["title"],
                    authors,
                    when,
                    "day",
                    blocks,
                    correspondents=corr,
                    editors=editors,
                    x={
                        "style": style,
                        "old": old,
                        "id": aid,
                        "ctx": d["ctx"],
                        "nm": nm,
                        "col": col,
                        "member": rng.choice(EYOU_MEMBERS),
                        "paper": {"jz_tx": "江淮日报", "reprint2": "中国建材网"}.get(
                            style, rng.choice(EYOU_PAPERS[:2] + EYOU_PAPERS[3:])
                        ),
                    },
                )
            )
        self._relate(arts, [0, 1, 3, 4, 5, 8, 10, 11], (2, 5))
        self.arts += arts

    # --- 4. 楚南新闻网 (XunRuiCMS: ``/news/show-1234.html``) ------------------------------------
    def _xr(self) -> None:
        rng = self.rng
        sizes = self._sizes()
        styles = [
            "jz",
            "bbx",
            "two",
            "admin",
            "dept",
            "jz_sy",
            "xhs",
            "qmt",
            "bbx_tx",
            "jz",
            "admin_tail",
            "two_tx",
        ]
        old_at = {5, 10}
        arts = []
        for i, style in enumerate(styles):
            old = i in old_at
            d = self._story(
                "xr",
                i,
                sizes[i],
                "/uploadfile/{d:%Y%m}/{h}.jpg",
                seconds=False,
                year=2019 if old else 2024,
            )
            nm, when, blocks = d["nm"], d["when"], d["blocks"]
            if style == "bbx":
                self._lead(blocks, f"本报讯（记者 {nm[0]} 通讯员 {nm[2]}）")
            elif style == "bbx_tx":
                self._lead(blocks, f"本报讯（通讯员 {nm[2]} {nm[3]}）")
            elif style == "xhs":
                city = rng.choice(["北京", "长沙", "武汉"])
                self._lead(
                    blocks, f"新华社{city}{when.month}月{when.day - 1}日电（记者{nm[0]}、{nm[1]}）"
                )
            self._credits(
                blocks,
                lambda nm=nm, style=style: (
                    f"{nm[4]} 摄"
                    if style == "jz_sy"
                    else rng.choice(["", f"楚南日报全媒体记者 {nm[4]} 摄", "（资料图片）"])
                ),
            )
            authors = {
                "jz": nm[:1],
                "bbx": nm[:1],
                "two": nm[:2],
                "jz_sy": nm[:1],
                "xhs": nm[:2],
                "qmt": nm[:1],
                "admin_tail": nm[:1],
                "two_tx": nm[:2],
            }.get(style, [])
            corr = {"bbx": nm[2:3], "bbx_tx": nm[2:4], "two_tx": nm[2:3]}.get(style, [])
            editors = [] if style in ("admin", "dept") else [nm[5]]
            cat = (
                ("shizheng", "时政要闻", 2)
                if style in ("dept", "xhs") or i % 5 == 2
                else ("bendi", "本地新闻", 3)
            )
            sid = (
                (2100 + i * 31 + rng.randint(0, 25))
                if old
                else (18600 + i * 57 + rng.randint(0, 40))
            )
            source = {
                "xhs": "新华社",
                "admin": "楚南发布",
                "dept": rng.choice(XR_DEPTS),
                "admin_tail": "楚南日报",
            }.get(style, rng.choice(["楚南日报", "楚南晚报", "楚南日报"]))
            arts.append(
                Art(
                    "xr",
                    i,
                    f"/news/show-{sid}.html",
                    d["title"],
                    authors,
                    when,
                    "minute",
                    blocks,
                    correspondents=corr,
                    editors=editors,
                    x={
                        "style": style,
                        "old": old,
                        "id": sid,
                        "ctx": d["ctx"],
                        "nm": nm,
                        "cat": cat,
                        "source": source,
                        "updated": rng.randint(20, 900),
                    },
                )
            )
        self._relate(arts, [0, 1, 2, 4, 5, 7, 9, 11], (3, 4))
        self.arts += arts

    # --- 5. 桐江信息港 (齐博CMS V7 in GB2312: ``/bencandy.php?fid-12-id-3456.htm``) -----------
    def _qb(self) -> None:
        rng = self.rng
        sizes = self._sizes()
        styles = [
            "zz",
            "bz",
            "yiming",
            "jz_tx",
            "unit",
            "two",
            "wen",
            "zz",
            "bz",
            "jz",
            "unit",
            "zz_bj",
        ]
        new_at = {1, 4, 7, 9, 11}  # still posting in 2024; the rest are 2019 pages
        arts = []
        for i, style in enumerate(styles):
            old = i not in new_at
            d = self._story(
                "qb",
                i,
                sizes[i],
                "/upload_files/article/12/1_{d:%Y%m%d}10{n}.jpg",
                year=2019 if old else 2024,
            )
            nm, when, blocks = d["nm"], d["when"], d["blocks"]
            self._credits(
                blocks,
                lambda nm=nm, style=style: (
                    f"图/{nm[4]}"
                    if style == "wen"
                    else rng.choice(["", "（网友供图）", f"（记者 {nm[0]} 摄）"])
                ),
            )
            authors = {
                "zz": nm[:1],
                "jz_tx": nm[:1],
                "two": nm[:2],
                "wen": nm[:1],
                "jz": nm[:1],
                "zz_bj": nm[:1],
            }.get(style, [])
            corr = {"jz_tx": nm[2:3]}.get(style, [])
            editors = [nm[5]] if i % 2 == 1 or style == "zz_bj" else []
            fid = (
                (15, "社会民生") if style in ("unit", "yiming") or i % 4 == 2 else (12, "桐江新闻")
            )
            qid = (
                (3100 + i * 37 + rng.randint(0, 30))
                if old
                else (9400 + i * 29 + rng.randint(0, 20))
            )
            source = {
                "bz": "本站原创",
                "unit": "",
                "jz_tx": "桐江日报",
                "jz": "桐江日报",
            }.get(style, rng.choice(["桐江日报", "桐江电视台", "桐江信息港"]))
            arts.append(
                Art(
                    "qb",
                    i,
                    f"/bencandy.php?fid-{fid[0]}-id-{qid}.htm",
                    d["title"],
                    authors,
                    when,
                    "second",
                    blocks,
                    correspondents=corr,
                    editors=editors,
                    x={
                        "style": style,
                        "old": old,
                        "id": qid,
                        "ctx": d["ctx"],
                        "nm": nm,
                        "fid": fid,
                        "unit": rng.choice(QB_UNITS),
                        "source": source,
                        "user": rng.choice(["admin", "tjxxg", "admin", "小桐"]),
                    },
                )
            )
        self._relate(arts, [0, 1, 2, 3, 5, 6, 9, 10], (2, 4))
        self.arts += arts


__all__ = ["BEIJING", "Site40"]
