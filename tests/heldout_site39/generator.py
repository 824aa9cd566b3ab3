"""The thirty-ninth held-out site: 60 articles over five Chinese legal-affairs and public-security
news sites (a national court portal, the procuratorate's news site and its paper's e-edition, a
provincial 公安厅 on a government CMS in GBK, the central political-legal portal and a city
司法局 on 大汉 JCMS with its old TRS pages), all Beijing time, every page rendered in memory.

``Site39(seed)`` is deterministic. ``render(path)`` → ``(body, content_type)`` or ``None``;
``truth()`` → one dict per article as a reader states it; ``non_articles()`` → every other page.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from heldout import Art, Block
from heldout_gen import BEIJING, GenSite

from . import pages, templates
from .pools import POOLS, SUBHEADS, THEORY, UNITS, context, names


class Site39(GenSite):
    modules = (templates, pages)
    pools = POOLS
    subheads = SUBHEADS
    long_paras = (14, 22)

    def __init__(self, seed: int = 3939) -> None:
        super().__init__(seed)

    def build(self) -> None:
        self._fy()
        self._jc()
        self._ga()
        self._ca()
        self._sf()

    # --- shared -------------------------------------------------------------------------
    def _story(
        self, tpl: str, i: int, size: str, img: str, hours: tuple[int, int] = (7, 21)
    ) -> dict[str, Any]:
        rng = self.rng
        when = self._when(1 + i * 2 + rng.randint(0, 1), True, hours)
        ctx = context(rng, tpl)
        title = self.pools.headline(rng, tpl, ctx, self.used)
        images = rng.choice([0, 1, 1, 2])
        if size == "long":
            images = max(images, 1)
        if size == "brief":
            images = 0
        blocks = self._blocks(tpl, size, ctx, images, when, img)
        return {"when": when, "ctx": ctx, "title": title, "blocks": blocks, "nm": names(rng, 8)}

    @staticmethod
    def _lead(blocks: list[Block], lead: str) -> None:
        first = next(b for b in blocks if b.kind == "p")
        first.text = lead + first.text

    def _relate(self, arts: list[Art], who: list[int], k: tuple[int, int] = (2, 4)) -> None:
        """Related links for ``arts[i]`` (``i`` in ``who``): a 2019 page's list names the other
        2019 pages, a current page's names current pages."""
        for i in who:
            a = arts[i]
            others = [b for b in arts if b is not a and b.x["old"] == a.x["old"]]
            n = min(len(others), self.rng.randint(*k))
            a.related = [b.path for b in self.rng.sample(others, n)]

    @staticmethod
    def _old(when: datetime, year: int = 2019) -> datetime:
        return when.replace(year=year)

    # --- 1. 中国法院网 (``/article/detail/2024/05/id/7945123.shtml``) -------------------------
    def _fy(self) -> None:
        rng = self.rng
        sizes = self._sizes()
        styles = [
            "rmfyb",
            "two",
            "unit_tx",
            "unit_person",
            "lead",
            "jz_tx",
            "blank",
            "xhs",
            "two_space",
            "unit",
            "rmfyb_role",
            "jz_tx",
        ]
        arts = []
        for i, style in enumerate(styles):
            d = self._story("fy", i, sizes[i], "/upload/resources/image/{d:%Y/%m/%d}/{n}.jpg")
            nm, when, blocks, ctx = d["nm"], d["when"], d["blocks"], d["ctx"]
            old = i in (4, 9)
            if old:
                when = self._old(when)
                for b in blocks:
                    b.src = b.src.replace("/2024/", "/2019/")
            md = self._md(when.replace(day=max(1, when.day - 1)))
            court = ctx["unit"]
            lead = {
                "rmfyb": f"本报{rng.choice(['北京', '澜阳', '云州'])}{md}电（记者 {nm[0]}）",
                "unit_tx": f"中国法院网讯　（通讯员 {nm[2]} {nm[3]}）",
                "lead": f"中国法院网讯　（{nm[0]} {nm[1]}）",
                "jz_tx": f"中国法院网讯　（记者 {nm[0]} 通讯员 {nm[2]}）",
                "xhs": f"新华社北京{md}电（记者{nm[0]}、{nm[1]}）",
            }.get(style, "")
            if lead:
                self._lead(blocks, lead)
            for b in blocks:
                if b.kind == "img":
                    b.credit = rng.choice([f"{nm[4]} 摄", f"{nm[4]} 摄", ""])
            authors = {
                "rmfyb": nm[:1],
                "two": nm[:2],
                "unit_person": nm[:1],
                "lead": nm[:2],
                "jz_tx": nm[:1],
                "xhs": nm[:2],
                "two_space": nm[:2],
                "rmfyb_role": nm[:1],
            }.get(style, [])
            corr = {"unit_tx": nm[2:4], "jz_tx": nm[2:3]}.get(style, [])
            editors = [] if style in ("blank", "unit") else [nm[5]]
            source = {
                "rmfyb": "人民法院报",
                "rmfyb_role": "人民法院报",
                "two_space": "人民法院报",
                "xhs": "新华网",
                "unit": court,
            }.get(style, "中国法院网")
            aid = (3_870_000 if old else 7_930_000) + i * 1711 + rng.randint(0, 1500)
            sec = rng.choice(
                [
                    ("MzAwNDAwNDAwMiACAAA", "法院新闻"),
                    ("MzAwNDAwNDAwNSACAAA", "地方法院"),
                    ("MzAwNDAwNDAwMiACAAA", "法院新闻"),
                ]
            )
            path = f"/article/detail/{when:%Y/%m}/id/{aid}.shtml"
            arts.append(
                Art(
                    "fy",
                    i,
                    path,
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
                        "ctx": ctx,
                        "nm": nm,
                        "source": source,
                        "court": court,
                        "id": aid,
                        "sec": sec,
                        "subtitle": f"——{court}{ctx['topic']}工作综述"
                        if i in (3, 8) and sizes[i] != "brief"
                        else "",
                    },
                )
            )
        self._relate(arts, [0, 1, 2, 3, 5, 6, 8, 10], (2, 4))
        self.arts += arts

    # --- 2. 正义网 and the 检察日报 e-edition ------------------------------------------------
    def _jc(self) -> None:
        rng = self.rng
        sizes = self._sizes()
        styles = [
            "zyw_jz_tx",
            "zyw_dt",
            "ep_bbx",
            "zyw_tx",
            "zyw_two",
            "ep_box",
            "zyw_old",
            "jcrb_repost",
            "ep_theory",
            "zyw_src",
            "zyw_jz_tx",
            "ep_tx_old",
        ]
        secs = [
            ("procuratorate/jcpd", "检察要闻"),
            ("procuratorate/dfjc", "地方检察"),
            ("procuratorate/gyss", "公益诉讼"),
        ]
        arts = []
        for i, style in enumerate(styles):
            ep = style.startswith("ep_")
            size = "long" if style == "ep_theory" else sizes[i]
            d = self._story("jc", i, size, "/{d:%Y%m}/W0{d:%Y%m%d}{n}.jpg")
            nm, when, blocks, ctx = d["nm"], d["when"], d["blocks"], d["ctx"]
            if style == "ep_theory":  # a 理论 page essay: its own kind of headline
                self.used.discard(d["title"])
                d["title"] = rng.choice(THEORY).format(**ctx)
                self.used.add(d["title"])
            old = style in ("zyw_old", "ep_tx_old")
            if old:
                when = self._old(when)
            md = self._md(when)
            lead = {
                "zyw_jz_tx": f"正义网讯（记者 {nm[0]} 通讯员 {nm[2]}）",
                "zyw_dt": f"正义网北京{md}电（记者 {nm[0]}）",
                "ep_bbx": f"本报讯（记者{nm[0]} 通讯员{nm[2]} {nm[3]}）",
                "zyw_tx": f"正义网讯（通讯员 {nm[2]} {nm[3]}）",
                "zyw_two": f"正义网讯（记者 {nm[0]} {nm[1]}）",
                "zyw_old": f"正义网讯（记者 {nm[0]}）",
                "jcrb_repost": f"本报讯（记者{nm[0]}）",
                "ep_tx_old": f"本报讯（通讯员{nm[2]}）",
            }.get(style, "")
            if lead:
                self._lead(blocks, lead)
            for b in blocks:
                if b.kind == "img":
                    b.credit = rng.choice(["", "（资料图片）", f"摄影：{nm[4]}"])
            authors = {
                "zyw_jz_tx": nm[:1],
                "zyw_dt": nm[:1],
                "ep_bbx": nm[:1],
                "zyw_two": nm[:2],
                "ep_box": nm[:1],
                "zyw_old": nm[:1],
                "jcrb_repost": nm[:1],
                "ep_theory": nm[:1],
            }.get(style, [])
            corr = {
                "zyw_jz_tx": nm[2:3],
                "ep_bbx": nm[2:4],
                "zyw_tx": nm[2:4],
                "ep_box": nm[2:3],
                "ep_tx_old": nm[2:3],
            }.get(style, [])
            editors = [] if ep else [nm[5]]
            source = {
                "jcrb_repost": "检察日报",
                "zyw_src": "最高人民检察院网上发布厅",
            }.get(style, "正义网")
            if ep:
                edition = rng.choice([(1, "要闻"), (2, "要闻"), (3, "新闻·地方"), (4, "新闻·地方")])
                if style == "ep_theory":
                    edition = (3, "理论")
                when = when.replace(hour=0, minute=0, second=0)
                k = rng.randint(1, 6)
                path = (
                    f"/{when:%Y}/{when:%Y%m%d}/{when:%Y%m%d}_{edition[0]:03d}/"
                    f"{when:%Y%m%d}_{edition[0]:03d}_{k}.htm"
                )
                sec = ("epaper", "检察日报")
                aid = k
            else:
                edition = (0, "")
                sec = rng.choice(secs)
                aid = (2_010_000 if old else 2_610_000) + i * 911 + rng.randint(0, 800)
                path = f"/{sec[0]}/{when:%Y%m}/t{when:%Y%m%d}_{aid}.html"
            arts.append(
                Art(
                    "jc",
                    i,
                    path,
                    d["title"],
                    authors,
                    when,
                    "day" if ep else "second",
                    blocks,
                    correspondents=corr,
                    editors=editors,
                    x={
                        "style": style,
                        "ep": ep,
                        "old": old,
                        "ctx": ctx,
                        "nm": nm,
                        "source": source,
                        "sec": sec,
                        "id": aid,
                        "edition": edition,
                        "yinti": ctx["unit"] + rng.choice(["深化", "聚焦", "做实"]) + ctx["topic"]
                        if ep and i != 8
                        else "",
                        "futi": f"——{ctx['place']}一起{ctx['case']}案办理纪实"
                        if style in ("ep_box", "ep_bbx")
                        else "",
                        "jcy": rng.choice(UNITS["jc"]),
                    },
                )
            )
        self._relate(arts, [0, 1, 3, 4, 6, 7, 9, 10], (2, 3))
        self.arts += arts

    # --- 3. 澜江省公安厅 (government CMS in GBK) --------------------------------------------
    def _ga(self) -> None:
        rng = self.rng
        sizes = self._sizes()
        styles = [
            "zz",
            "zz2",
            "unit",
            "tx_end",
            "old",
            "jz_tx",
            "wentu",
            "unit_person",
            "zz",
            "old_unit",
            "tx_end",
            "zz2",
        ]
        arts = []
        for i, style in enumerate(styles):
            d = self._story("ga", i, sizes[i], "/picture/{d:%Y%m}/{h}.jpg", hours=(8, 22))
            nm, when, blocks, ctx = d["nm"], d["when"], d["blocks"], d["ctx"]
            old = style.startswith("old")
            if old:
                when = self._old(when)
            for b in blocks:
                if b.kind == "img":
                    b.credit = rng.choice([f"（{nm[4]} 摄）", "", f"{nm[4]}　摄"])
            if style == "wentu":
                for b in blocks:
                    if b.kind == "img":
                        b.credit = ""
            authors = {
                "zz": nm[:1],
                "zz2": nm[:2],
                "old": nm[:1],
                "jz_tx": nm[:1],
                "wentu": nm[:1],
                "unit_person": nm[:1],
            }.get(style, [])
            corr = {"tx_end": nm[2:4], "jz_tx": nm[2:3]}.get(style, [])
            editors = [nm[5]] if style in ("zz", "zz2", "jz_tx", "wentu") else []
            source = "澜江法治报" if style == "jz_tx" else ctx["unit"]
            aid = (41_000 if old else 98_000) + i * 173 + rng.randint(0, 150)
            col = rng.choice([("jwdt", "警务动态"), ("jwdt", "警务动态"), ("dsdt", "地市动态")])
            path = f"/jwzx/{col[0]}/{when:%Y}/{when:%m%d}/{aid}.html"
            arts.append(
                Art(
                    "ga",
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
                        "col": col,
                        "id": aid,
                        "index": f"11330000002482{rng.randint(1000, 9999)}/{when:%Y}-"
                        f"{rng.randint(100, 999):05d}",
                        "hits": rng.randint(120, 9800),
                        "short": ctx["unit"]
                        .removeprefix("澜州市公安局")
                        .removeprefix("青峰市公安局"),
                    },
                )
            )
        self._relate(arts, [0, 1, 3, 5, 6, 8, 10, 11], (2, 3))
        self.arts += arts

    # --- 4. 中国长安网 (``/chinapeace/c100007/2024-05/08/content_12731234.shtml``) ------------
    def _ca(self) -> None:
        rng = self.rng
        sizes = self._sizes()
        styles = [
            "fzrb",
            "fzrb_tx",
            "box",
            "xhs",
            "qmt",
            "unit",
            "old",
            "rmrb",
            "cap",
            "two",
            "box2",
            "old_xhs",
        ]
        arts = []
        for i, style in enumerate(styles):
            size = "long" if style in ("box", "box2") else sizes[i]
            d = self._story("ca", i, size, "/chinapeace/images/{d:%Y-%m}/{d:%d}/{h}.jpg")
            nm, when, blocks, ctx = d["nm"], d["when"], d["blocks"], d["ctx"]
            old = style.startswith("old")
            if old:
                when = self._old(when)
            md = self._md(when.replace(day=max(1, when.day - 1)))
            lead = {
                "fzrb": f"本报北京{md}讯 记者{nm[0]}　",
                "fzrb_tx": f"本报讯 记者{nm[0]} 通讯员{nm[2]} {nm[3]}　",
                "xhs": f"新华社北京{md}电（记者{nm[0]}、{nm[1]}）",
                "old": f"本报北京{md}讯 记者{nm[0]}　",
                "two": f"本报讯 记者{nm[0]} {nm[1]}　",
                "old_xhs": f"新华社北京{md}电（记者{nm[0]}）",
            }.get(style, "")
            if lead:
                self._lead(blocks, lead)
            fz = style in ("fzrb", "fzrb_tx", "box", "box2", "two", "qmt", "old")
            for b in blocks:
                if b.kind != "img":
                    continue
                if style == "xhs":
                    b.credit = f"新华社记者 {nm[4]} 摄"
                elif style == "unit":
                    b.credit = "图片由澜阳市委政法委提供"
                elif fz:  # the paper's reporter took the picture, or the desk's file
                    b.credit = rng.choice(["", f"法治日报记者 {nm[0]} 摄", "资料图片"])
                else:
                    b.credit = rng.choice(["", "资料图片"])
            authors = {
                "fzrb": nm[:1],
                "fzrb_tx": nm[:1],
                "box": nm[:1],
                "xhs": nm[:2],
                "qmt": nm[:1],
                "old": nm[:1],
                "rmrb": nm[:1],
                "two": nm[:2],
                "box2": nm[:2],
                "old_xhs": nm[:1],
            }.get(style, [])
            corr = {"fzrb_tx": nm[2:4], "box": nm[2:3]}.get(style, [])
            editors = [nm[5]]
            source = {
                "xhs": "新华社",
                "old_xhs": "新华网",
                "rmrb": "人民日报",
                "unit": "澜阳政法",
                "cap": "中国长安网",
            }.get(style, "法治日报")
            cid = (12_400_000 if old else 12_730_000) + i * 2113 + rng.randint(0, 2000)
            col = rng.choice(
                [("c100007", "政法动态"), ("c100008", "地方动态"), ("c100007", "政法动态")]
            )
            if style == "unit":
                col = ("c100008", "地方动态")
            path = f"/chinapeace/{col[0]}/{when:%Y-%m}/{when:%d}/content_{cid}.shtml"
            arts.append(
                Art(
                    "ca",
                    i,
                    path,
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
                        "ctx": ctx,
                        "nm": nm,
                        "source": source,
                        "col": col,
                        "id": cid,
                    },
                )
            )
        self._relate(arts, [0, 1, 2, 4, 5, 7, 9, 10], (2, 4))
        self.arts += arts

    # --- 5. 云州市司法局 (大汉 JCMS ``/art/2024/5/8/art_1532567_58912345.html``; TRS in 2019) --
    def _sf(self) -> None:
        rng = self.rng
        sizes = self._sizes()
        styles = [
            "src",
            "zz",
            "zz_unit",
            "zg",
            "trs",
            "bj",
            "zz2",
            "src",
            "zg",
            "trs_unit",
            "gy",
            "zz_bj",
        ]
        cols = [(1532567, "工作动态"), (1532571, "基层动态"), (1532580, "普法宣传")]
        arts = []
        for i, style in enumerate(styles):
            trs = style.startswith("trs")
            d = self._story("sf", i, sizes[i], "/picture/0/{h}.jpg", hours=(8, 18))
            nm, when, blocks, ctx = d["nm"], d["when"], d["blocks"], d["ctx"]
            if trs:
                when = self._old(when).replace(second=0)
                for b in blocks:
                    if b.kind == "img":
                        b.src = f"./W0{when:%Y%m%d}{rng.randint(100000, 999999)}.jpg"
            authors = {
                "zz": nm[:1],
                "zg": nm[:1],
                "trs": nm[:1],
                "zz2": nm[:2],
                "zz_bj": nm[:1],
            }.get(style, [])
            editors = [nm[5]] if style in ("bj", "zz_bj") else []
            unit = ctx["unit"]
            source = {
                "src": unit if "司法局" in unit else "江滨区司法局",
                "zz_unit": "云州市司法局",
                "gy": "云州市司法局",
                "trs_unit": "城西区司法局",
            }.get(style, "云州市司法局")
            if trs:
                tid = 3_120_000 + i * 1301 + rng.randint(0, 1200)
                col = ("xxgk/gzdt", "工作动态")
                path = f"/{col[0]}/{when:%Y%m}/t{when:%Y%m%d}_{tid}.html"
                aid: int = tid
            else:
                aid = 58_900_000 + i * 4111 + rng.randint(0, 4000)
                colid, name = rng.choice(cols)
                col = (str(colid), name)
                path = f"/art/{when.year}/{when.month}/{when.day}/art_{colid}_{aid}.html"
            arts.append(
                Art(
                    "sf",
                    i,
                    path,
                    d["title"],
                    authors,
                    when,
                    "minute" if trs else "day",
                    blocks,
                    correspondents=[],
                    editors=editors,
                    x={
                        "style": style,
                        "old": trs,
                        "ctx": ctx,
                        "nm": nm,
                        "source": source,
                        "col": col,
                        "id": aid,
                        "xxgk": (not trs) and i % 2 == 0,
                        "index": f"002503{rng.randint(100, 999)}/{when:%Y}-"
                        f"{rng.randint(10000, 99999)}",
                        "office": rng.choice(
                            ["普法与依法治理处", "人民参与和促进法治处", "公共法律服务管理处"]
                        ),
                        "suo": rng.choice(["南湖街道司法所", "望江司法所", "青溪镇司法所"]),
                    },
                )
            )
        self._relate(arts, [0, 1, 2, 3, 5, 7, 8, 11], (2, 3))
        self.arts += arts


__all__ = ["BEIJING", "Site39"]
