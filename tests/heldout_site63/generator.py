"""The sixty-third held-out site: 60 articles of one city's courts, procuratorate, police
and justice bureau (江州市) and its 法治报 — the 中级人民法院's site (中国法院网-style), the
人民检察院's (正义网-style), the 公安局's (警情通报, 警方提醒, 微警务 H5 share pages), the
司法局's (普法) and the 法治报's 数字报 in GBK — all Beijing
time, plus the pages that are no news, rendered in memory.

``Site63(seed)`` is deterministic. ``render(path)`` → ``(body, content_type)`` or ``None``;
``truth()`` → one dict per article as a reader states it; ``non_articles()`` → every other page.
"""

from __future__ import annotations

from typing import Any

from heldout import Art, Block
from heldout_gen import BEIJING, GenSite

from . import pages, templates
from .pools import POOLS, SUBHEADS, TOPICS, context, names

OLD = {"fy": (3, 9), "jc": (2, 8), "ga": (4, 10), "sf": (5, 11), "fz": (3, 8)}
STYLES = {
    "fy": [
        "person",
        "tx_info",
        "office",
        "lead_tx",
        "case",
        "two",
        "person",
        "case_tx",
        "office",
        "lead_tx",
        "two",
        "case",
    ],
    "jc": [
        "jcrb_lead",
        "person",
        "jcrb_info",
        "office",
        "lead_own",
        "jcrb_lead",
        "person",
        "jcrb_info",
        "lead_own",
        "jcrb_lead2",
        "office",
        "person",
    ],
    "ga": [
        "tb",
        "tx_person",
        "h5",
        "tb",
        "tx_office",
        "h5",
        "tx_person",
        "tb",
        "h5_two",
        "tb",
        "tx_office",
        "tb",
    ],
    "sf": [
        "person",
        "office",
        "none",
        "lead",
        "two",
        "person",
        "office",
        "lead",
        "person",
        "none",
        "two",
        "office",
    ],
    "fz": ["jt", "j", "jj", "t", "jt", "name", "j", "jt", "t", "jj", "j", "name"],
}
RELATED = {
    "fy": [0, 1, 4, 6, 7, 10],
    "jc": [0, 2, 3, 6, 9, 11],
    "ga": [1, 4, 6, 10],
    "sf": [0, 3, 4, 8, 10],
    "fz": [],
}
PRECISION = {"fy": "second", "jc": "minute", "ga": "minute", "sf": "day", "fz": "day"}
KEY = {"fy": "fy", "jc": "jc", "sf": "sf", "fz": "fz"}


class Site63(GenSite):
    modules = (templates, pages)
    pools = POOLS
    subheads = SUBHEADS
    long_paras = (12, 18)

    def __init__(self, seed: int = 6363) -> None:
        super().__init__(seed)

    def build(self) -> None:
        for tpl in ("fy", "jc", "ga", "sf", "fz"):
            self._channel(tpl)

    @staticmethod
    def _lead(blocks: list[Block], lead: str) -> None:
        first = next(b for b in blocks if b.kind == "p")
        first.text = lead + first.text

    def _key(self, tpl: str, style: str) -> str:
        if tpl == "fy" and style.startswith("case"):
            return "fy_case"
        if tpl == "ga":
            return "ga_" + style[:2]
        return tpl

    def _case_blocks(self, ctx: dict[str, str]) -> list[Block]:
        rng = self.rng
        out: list[Block] = []
        for h in SUBHEADS["fy_case"]:
            out.append(Block("h", h))
            out += [Block("p", p) for p in POOLS.paragraphs(rng, "fy_case", rng.randint(2, 4), ctx)]
        return out

    def _tb_blocks(self, ctx: dict[str, str], when: Any) -> list[Block]:
        p1 = (
            f"{when.month}月{when.day}日{max(0, when.hour - 2)}时许，{ctx['branch']}接群众报警称，"
            f"{ctx['place']}发生一起{ctx['event']}。接警后，属地派出所民警迅速赶到现场处置，"
            "相关人员已被送往医院救治，现场秩序已恢复正常。"
        )
        p2 = (
            f"经初步调查，{ctx['event']}系因个人矛盾纠纷引发，涉事人员已被警方依法控制。"
            "目前，案件正在进一步调查处理中。请广大网民不信谣、不传谣，以警方发布的权威信息为准。"
        )
        return [Block("p", p1), Block("p", p2)]

    def _channel(self, tpl: str) -> None:
        rng = self.rng
        sizes = self._sizes()
        arts: list[Art] = []
        for i, style in enumerate(STYLES[tpl]):
            old = i in OLD[tpl]
            key = self._key(tpl, style)
            year = 2019 if old else 2024
            seconds = PRECISION[tpl] == "second"
            when = self._when(1 + i * 2 + rng.randint(0, 1), seconds, (7, 21), year, BEIJING)
            ctx = context(rng)
            ctx["topic"] = rng.choice(TOPICS[tpl])
            ctx["day"] = str(when.day)
            title = POOLS.headline(rng, key, ctx, self.used)
            size = sizes[i]
            if key in ("ga_h5", "ga_tx") and size == "long":
                size = "mid"
            images = 0 if size == "brief" else rng.choice([0, 1, 1, 2])
            if key == "fy_case":
                blocks = self._case_blocks(ctx)
            elif key == "ga_tb":
                blocks = self._tb_blocks(ctx, when)
            else:
                blocks = self._blocks(key, size, ctx, images, when, None)
                if key == "ga_h5" and not any(b.kind == "img" for b in blocks):
                    blocks.insert(
                        1,
                        Block(
                            "img",
                            POOLS.caption(rng, ctx),
                            f"/wjw/upload/{rng.getrandbits(40):010x}.jpg",
                        ),
                    )
            nm = names(rng, 6)
            authors, corrs, editors = self._credits(tpl, style, nm, blocks, i)
            for b in blocks:
                if b.kind == "img":
                    b.credit = rng.choice(["", f"（{nm[5]} 摄）"])
                    if tpl == "fz":
                        b.credit = f"本报记者 {nm[5]} 摄" if rng.random() < 0.5 else ""
            aid = rng.randint(100_000, 999_999)
            arts.append(
                Art(
                    tpl,
                    i,
                    self._path(tpl, key, when, aid),
                    title,
                    authors,
                    when,
                    PRECISION[tpl],
                    blocks,
                    correspondents=corrs,
                    editors=editors,
                    x={"old": old, "style": style, "ctx": ctx, "nm": nm, "id": aid, "key": key},
                )
            )
        for i in RELATED[tpl]:
            a = arts[i]
            others = [b for b in arts if b is not a and b.x["key"] != "ga_h5"]
            a.related = [b.path for b in rng.sample(others, rng.randint(2, 4))]
        self.arts += arts

    @staticmethod
    def _path(tpl: str, key: str, when: Any, aid: int) -> str:
        if tpl == "fy":
            col = "alxx" if key == "fy_case" else "fyxw"
            return f"/article/{col}/{when:%Y/%m}/id/{aid}.shtml"
        if tpl == "jc":
            return f"/jcxw/{when:%Y%m}/t{when:%Y%m%d}_{aid}.shtml"
        if tpl == "ga":
            if key == "ga_h5":
                return f"/wjw/h5/detail.html?id={aid}&from=share"
            col = "jqtb" if key == "ga_tb" else "jftx"
            return f"/{col}/{when:%Y%m}/t{when:%Y%m%d}_{aid}.html"
        if tpl == "sf":
            return f"/sfj/pfxc/{when:%Y%m}/t{when:%Y%m%d}_{aid}.html"
        return f"/fzb/html/{when:%Y-%m}/{when:%d}/content_{aid}.htm"

    def _credits(
        self, tpl: str, style: str, nm: list[str], blocks: list[Block], i: int
    ) -> tuple[list[str], list[str], list[str]]:
        """(authors, correspondents, editors) of a page; leads are written into the text."""
        x, y, z, e = nm[0], nm[1], nm[2], nm[3]
        if tpl == "fy":
            if style == "lead_tx":
                self._lead(blocks, f"本网讯（通讯员 {y} {z}）")
                return [], [y, z], [e]
            if style in ("tx_info", "case_tx"):
                return [x], [y], [e]
            return {"person": [x], "case": [x], "two": [x, z]}.get(style, []), [], [e]
        if tpl == "jc":
            if style == "jcrb_lead":
                self._lead(blocks, f"本报讯（记者 {x} 通讯员 {y}）")
                return [x], [y], [e]
            if style == "jcrb_lead2":
                self._lead(blocks, f"本报讯（记者 {x} {z} 通讯员 {y}）")
                return [x, z], [y], [e]
            if style == "lead_own":
                self._lead(blocks, f"本网讯（通讯员 {y}）")
                return [], [y], [e]
            return {"person": [x], "jcrb_info": [x, z]}.get(style, []), [], [e]
        if tpl == "ga":
            if style == "tb":
                return [], [], []
            if style == "tx_person":
                return [x], [], ([e] if i % 2 == 0 else [])
            if style == "tx_office":
                return [], [], [e]
            if style == "h5_two":
                return [x, z], [], [e]
            return [x], [], [e]  # h5: 文/X
        if tpl == "sf":
            editors = [e] if i % 4 != 2 else []
            if style == "lead":
                self._lead(blocks, f"本网讯（通讯员 {y}）")
                return [], [y], editors
            return {"person": [x], "two": [x, z]}.get(style, []), [], editors
        return {  # 法治报: the byline line under the headline
            "jt": ([x], [y]),
            "j": ([x], []),
            "jj": ([x, z], []),
            "t": ([], [y]),
            "name": ([x], []),
        }[style] + ([],)


__all__ = ["BEIJING", "Site63"]
