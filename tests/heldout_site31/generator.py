"""The thirty-first held-out site: 60 articles over five Chinese national broadcasters and central
sites (all Beijing time), every page rendered in memory.

``Site31(seed)`` is deterministic. ``render(path)`` → ``(body, content_type)`` or ``None``;
``truth()`` → one dict per article as a reader states it; ``non_articles()`` → every other page.
"""

# ruff: noqa: E501  (URL shapes are written whole)

from __future__ import annotations

import string
from typing import Any

from heldout import Art, Block
from heldout_gen import BEIJING, GenSite

from . import pages, templates
from .pools import POOLS, SUBHEADS, context, names

ALNUM = string.ascii_letters + string.digits


class Site31(GenSite):
    modules = (templates, pages)
    pools = POOLS
    subheads = SUBHEADS
    long_paras = (14, 20)

    def __init__(self, seed: int = 3131) -> None:
        super().__init__(seed)

    def build(self) -> None:
        self._cctv()
        self._cnr()
        self._cri()
        self._mil()
        self._theory()

    def _art(
        self, key: str, i: int, size: str, img: str, images: int | None = None, old: bool = False
    ) -> dict[str, Any]:
        rng = self.rng
        when = self._when(1 + i * 2 + rng.randint(0, 1), hours=(6, 22))
        if old:  # a page of the previous layout, from November 2019
            when = when.replace(year=2019, month=11)
        ctx = context(rng, key)
        title = self.pools.headline(rng, key, ctx, self.used)
        if images is None:
            images = rng.choice([0, 1, 1, 2])
        blocks = self._blocks(key, size, ctx, images, when, img)
        return {"when": when, "ctx": ctx, "title": title, "blocks": blocks, "nm": names(rng, 7)}

    @staticmethod
    def _lead(blocks: list[Block], lead: str) -> None:
        first = next(b for b in blocks if b.kind == "p")
        first.text = lead + first.text

    def _wire(self, when: Any) -> str:
        city = self.rng.choice(["北京", "北京", "上海", "武汉", "西安"])
        return f"新华社{city}{when.month}月{max(1, when.day - 1)}日电"

    def _credits(self, blocks: list[Block], choices: list[str]) -> None:
        for b in blocks:
            if b.kind == "img":
                b.credit = self.rng.choice(choices)

    # --- 1. 央视网 news.cctv.com (``/2024/05/08/ARTI…240508.shtml``) -------------------------
    def _cctv(self) -> None:
        rng = self.rng
        sizes = self._sizes()
        styles = [
            "xwlb",
            "zt_lead",
            "video",
            "ys2_end",
            "xhs",
            "video_jz",
            "old",
            "jz2_end",
            "none",
            "old_jz",
            "ztys_top",
            "old",
        ]
        arts = []
        for i, style in enumerate(styles):
            video = style.startswith("video")
            size = "brief" if video else sizes[i]
            if video and sizes[i] == "brief":
                sizes[(i + 1) % 12] = "brief"
            d = self._art(
                "cctv",
                i,
                size,
                "/photoworkspace/contentimg/{d:%Y/%m/%d}/{d:%Y%m%d}{n}{h}.jpg",
                0 if video else None,
                old=style.startswith("old"),
            )
            nm, when, blocks = d["nm"], d["when"], d["blocks"]
            old = style.startswith("old")
            self._credits(
                blocks,
                ["（图片来源：视觉中国）", f"央视网记者 {nm[4]} 摄", "图片来源：央视新闻客户端"],
            )
            if style in ("xwlb", "old"):
                self._lead(blocks, "央视网消息（新闻联播）：" if i < 8 else "央视网消息：")
            elif style == "zt_lead":
                self._lead(blocks, f"央视网消息（总台记者 {nm[0]}）：")
            elif style == "xhs":
                self._lead(blocks, f"{self._wire(when)}（记者{nm[0]}、{nm[1]}）")
            elif style in ("ys2_end", "jz2_end", "old_jz"):
                self._lead(blocks, "央视网消息：")
            authors = {
                "zt_lead": nm[:1],
                "ys2_end": nm[:2],
                "xhs": nm[:2],
                "video_jz": nm[:1],
                "jz2_end": nm[:2],
                "old_jz": nm[:1],
                "ztys_top": nm[:2],
            }.get(style, [])
            editors = [nm[5], nm[6]] if i != 8 else [nm[6]]
            source = {
                "video": "央视新闻客户端",
                "video_jz": "央视新闻客户端",
                "xhs": "新华社",
                "none": "人民日报",
            }.get(style, "央视网")
            code = "".join(rng.choice(ALNUM) for _ in range(18))
            path = f"/{when:%Y/%m/%d}/ARTI{code}{when:%y%m%d}.shtml"
            sec = rng.choice([("china", "国内"), ("society", "社会"), ("law", "法治")])
            arts.append(
                Art(
                    "cctv",
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
                        "video": video,
                        "ctx": d["ctx"],
                        "nm": nm,
                        "source": source,
                        "id": f"ARTI{code}{when:%y%m%d}",
                        "guid": f"{rng.getrandbits(128):032x}",
                        "sec": sec,
                    },
                )
            )
        self._related(arts, lambda: rng.randint(2, 4), who=[0, 1, 2, 3, 4, 5, 7, 8, 10, 11])
        for a in arts:
            if a.x["old"]:  # the 2019 pages link 2019 pages only
                a.related = [p for p in a.related if self._is_old(arts, p)] or []
        self.arts += arts

    @staticmethod
    def _is_old(arts: list[Art], path: str) -> bool:
        return next(a for a in arts if a.path == path).x.get("old", False)

    # --- 2. 央广网 china.cnr.cn (GBK; ``/news/20240508/t20240508_526698123.shtml``) ----------
    def _cnr(self) -> None:
        rng = self.rng
        sizes = self._sizes()
        styles = [
            "lead",
            "lead_tx",
            "lead2",
            "zgzs",
            "zs_jz",
            "agency",
            "lead",
            "old",
            "lead_tx",
            "old",
            "zgzs",
            "old",
        ]
        arts = []
        cities = ["北京", "北京", "杭州", "南京", "石家庄", "成都", "厦门"]
        for i, style in enumerate(styles):
            old = style == "old"
            d = self._art("cnr", i, sizes[i], "/news/{d:%Y%m%d}/W0{d:%Y%m%d}{n}.jpg", old=old)
            nm, when, blocks = d["nm"], d["when"], d["blocks"]
            city = rng.choice(cities)
            head = f"央广网{city}{when.month}月{when.day}日消息"
            lead = {
                "lead": f"{head}（记者{nm[0]}）",
                "old": f"{head}（记者{nm[0]}）",
                "lead_tx": f"{head}（记者{nm[0]} 通讯员{nm[2]}）",
                "lead2": f"{head}（记者{nm[0]} {nm[1]}）",
                "zgzs": f"{head} 据中央广播电视总台中国之声《新闻和报纸摘要》报道，",
                "zs_jz": f"{head}（总台中国之声记者{nm[0]}）据中国之声《新闻纵横》报道，",
                "agency": f"{self._wire(when)}（记者{nm[0]}）",
            }[style]
            self._lead(blocks, lead)
            self._credits(blocks, [f"（央广网记者 {nm[4]} 摄）", f"（央广网发 {nm[3]}供图）", ""])
            authors = {"lead2": nm[:2], "zgzs": []}.get(style, nm[:1])
            corr = [nm[2]] if style == "lead_tx" else []
            editors = [nm[5]] if i != 10 else []
            tid = 526690000 + i * 1733 + rng.randint(0, 999)
            if old:
                tid -= 51_000_000
            col = rng.choice([("news", "要闻"), ("gdgg", "滚动"), ("ygxw", "央广新闻")])
            source = {"agency": "新华网", "zgzs": "央广网", "zs_jz": "中国之声"}.get(
                style, "央广网"
            )
            arts.append(
                Art(
                    "cnr",
                    i,
                    f"/{col[0]}/{when:%Y%m%d}/t{when:%Y%m%d}_{tid}.shtml",
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
                        "ctx": d["ctx"],
                        "nm": nm,
                        "col": col,
                        "source": source,
                        "id": tid,
                    },
                )
            )
        self._related(arts, lambda: rng.randint(2, 4), who=[0, 1, 2, 3, 4, 5, 6, 8, 9, 10])
        for a in arts:
            if a.x["old"]:
                a.related = [p for p in a.related if self._is_old(arts, p)]
        self.arts += arts

    # --- 3. 国际在线 news.cri.cn (``/20240508/<uuid>.html``) ----------------------------------
    def _cri(self) -> None:
        rng = self.rng
        sizes = self._sizes()
        styles = [
            "gj",
            "gj2",
            "zw",
            "agency",
            "hy",
            "sx",
            "gj",
            "agency",
            "wentu",
            "gj",
            "zw",
            "hy",
        ]
        arts = []
        for i, style in enumerate(styles):
            d = self._art("cri", i, sizes[i], "/photoAlbum/cri/page/{d:%Y%m%d}/{h}.jpg")
            nm, when, blocks = d["nm"], d["when"], d["blocks"]
            city = rng.choice(["东京", "巴黎", "布鲁塞尔", "曼谷", "内罗毕"])
            lead = {
                "gj": f"国际在线报道（记者 {nm[0]}）：",
                "gj2": f"国际在线报道（记者 {nm[0]}、{nm[1]}）：",
                "zw": f"国际在线消息（总台驻{city}记者 {nm[0]}）：",
                "agency": f"国际在线专稿：据法新社{when.month}月{max(1, when.day - 1)}日报道，",
                "hy": "据中央广播电视总台华语环球广播报道，",
                "sx": f"国际在线报道（记者 {nm[0]} 实习生 {nm[1]}）：",
                "wentu": "",
            }[style]
            if lead:
                self._lead(blocks, lead)
            self._credits(
                blocks, ["（图片来源：视觉中国）", f"国际在线记者 {nm[4]} 摄", "图片来源：CFP"]
            )
            authors = {"gj2": nm[:2], "sx": nm[:2], "agency": [], "hy": []}.get(style, nm[:1])
            editors = [nm[5], nm[6]]
            extra = []
            if i % 3 == 1:
                extra.append(("审核", nm[3]))
            if i % 4 == 2:
                extra.append(("监制", nm[2] if style != "wentu" else nm[3]))
            uuid = f"{rng.getrandbits(32):08x}-{rng.getrandbits(16):04x}-{rng.getrandbits(16):04x}-{rng.getrandbits(16):04x}-{rng.getrandbits(48):012x}"
            source = {"hy": "华语环球广播"}.get(style, "国际在线")
            arts.append(
                Art(
                    "cri",
                    i,
                    f"/{when:%Y%m%d}/{uuid}.html",
                    d["title"],
                    authors,
                    when,
                    "second",
                    blocks,
                    editors=editors,
                    x={
                        "style": style,
                        "ctx": d["ctx"],
                        "nm": nm,
                        "source": source,
                        "extra": extra,
                        "uuid": uuid,
                    },
                )
            )
        self._related(arts, lambda: rng.randint(2, 3), who=[0, 1, 2, 3, 5, 6, 7, 8, 9, 11])
        self.arts += arts

    # --- 4. 中国军网 81.cn (``/yw_208727/16306123.html``; 2019 ``content_N.htm`` pages) -------
    def _mil(self) -> None:
        rng = self.rng
        sizes = self._sizes()
        styles = [
            "bz_tx",
            "two",
            "tyjz",
            "one",
            "xhs",
            "pl",
            "old",
            "bz_tx2",
            "unit",
            "old2",
            "two",
            "old0",
        ]
        arts = []
        for i, style in enumerate(styles):
            size = "mid" if style == "pl" else sizes[i]
            old = style.startswith("old")
            d = self._art(
                "mil",
                i,
                size,
                "/images/{d:%Y-%m}/{d:%d}/{h}.jpg",
                0 if style == "pl" else None,
                old=old,
            )
            nm, when, blocks = d["nm"], d["when"], d["blocks"]
            if style == "xhs":
                self._lead(blocks, f"{self._wire(when)}　记者{nm[0]}　")
            self._credits(blocks, [f"{nm[4]} 摄", f"{nm[4]} {nm[3]} 摄", "图片来源：视觉中国"])
            authors = {
                "bz_tx": nm[:1],
                "two": nm[:2],
                "tyjz": nm[:2],
                "one": nm[:1],
                "xhs": nm[:1],
                "bz_tx2": nm[:1],
                "old": nm[:1],
                "old2": nm[:2],
            }.get(style, [])
            corr = {"bz_tx": nm[1:2], "bz_tx2": nm[1:3]}.get(style, [])
            editors = [nm[5]]
            source = {
                "xhs": "新华社",
                "unit": "中国军网",
                "old0": "中国军网",
                "one": rng.choice(["中国军网", "中国国防报"]),
            }.get(style, "解放军报")
            if old:
                cid = 9670000 + i * 977 + rng.randint(0, 99)
                path = f"/jwzl/{when:%Y-%m}/{when:%d}/content_{cid}.htm"
            else:
                cid = 16300000 + i * 1531 + rng.randint(0, 999)
                col = rng.choice(["yw_208727", "yw_208727", "jwywpd/jsjx_208733"])
                path = f"/{col}/{cid}.html"
            arts.append(
                Art(
                    "mil",
                    i,
                    path,
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
                        "ctx": d["ctx"],
                        "nm": nm,
                        "source": source,
                        "id": cid,
                    },
                )
            )
        self._related(arts, lambda: rng.randint(2, 4), who=[0, 1, 2, 4, 5, 6, 7, 9, 10, 11])
        for a in arts:
            if a.x["old"]:
                a.related = [p for p in a.related if self._is_old(arts, p)]
        self.arts += arts

    # --- 5. 求是网 qstheory.cn and 党建网 dangjian.cn (theory essays, day-only dates) ----------
    def _theory(self) -> None:
        rng = self.rng
        sizes = ["long"] * 6 + ["mid"] * 5 + ["small"]
        rng.shuffle(sizes)
        styles = [
            "qs_one",
            "qs_two",
            "qs_unit",
            "qs_title",
            "dj",
            "qs_one",
            "qs_bkpl",
            "dj_unit",
            "qs_one",
            "qs_two",
            "dj",
            "qs_title",
        ]
        arts = []
        titles = [
            "中共中央党校（国家行政学院）教授",
            "中国社会科学院马克思主义研究院研究员",
            "中国人民大学习近平新时代中国特色社会主义思想研究院副院长",
            "北京大学马克思主义学院院长、教授",
            "清华大学习近平新时代中国特色社会主义思想研究院研究员",
        ]
        for i, style in enumerate(styles):
            d = self._art(
                "theory", i, sizes[i], "/images/{d:%Y-%m}/{d:%d}/{h}.jpg", rng.choice([0, 0, 1])
            )
            nm, when, blocks = d["nm"], d["when"], d["blocks"]
            self._credits(blocks, ["图片来源：视觉中国", "新华社记者 " + nm[4] + " 摄"])
            authors = {
                "qs_one": nm[:1],
                "qs_two": nm[:2],
                "qs_title": nm[:1],
                "dj": nm[:1],
            }.get(style, [])
            editors = [nm[5]] if i not in (6,) else []
            dj = style.startswith("dj")
            if dj:
                tid = 6760000 + i * 811 + rng.randint(0, 99)
                path = f"/shouye/sixianglilun/lilunqiangdang/{when:%Y%m}/t{when:%Y%m%d}_{tid}.shtml"
            elif i % 2:
                path = f"/{when:%Y%m%d}/{rng.getrandbits(128):032x}/c.html"
            else:
                path = f"/dukan/qs/{when:%Y-%m}/{when:%d}/c_{1130130000 + i * 2971 + rng.randint(0, 999)}.htm"
            unit = {
                "qs_unit": rng.choice(["中共浙江省委", "中共教育部党组", "国务院国资委党委"]),
                "qs_bkpl": "本刊评论员",
                "dj_unit": "中共北京市委党校课题组",
            }.get(style, "")
            source = (
                rng.choice(["党建网", "学习时报", "光明日报"])
                if dj
                else rng.choice(["《求是》2024/09", "求是网", "《红旗文稿》2024/09"])
            )
            arts.append(
                Art(
                    "theory",
                    i,
                    path,
                    d["title"],
                    authors,
                    when,
                    "day",
                    blocks,
                    editors=editors,
                    x={
                        "style": style,
                        "dj": dj,
                        "ctx": d["ctx"],
                        "nm": nm,
                        "source": source,
                        "unit": unit,
                        "titles": rng.sample(titles, 2),
                    },
                )
            )
        self.arts += arts


__all__ = ["BEIJING", "Site31"]
