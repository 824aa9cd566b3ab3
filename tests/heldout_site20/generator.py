"""The twentieth held-out site: 60 articles over five Chinese tech and business new-media
templates, every page rendered in memory.

``Site20(seed)`` is deterministic. ``render(path)`` → ``(body, content_type)`` or ``None``;
``truth()`` → one dict per article as a reader states it; ``non_articles()`` → every other page.
"""

from __future__ import annotations

from heldout import Art, Block
from heldout_gen import GenSite

from . import pages, templates
from .pools import POOLS, SUBHEADS, context, names

ACCOUNTS = [
    ("硬核观察局", "yinghe_gcj"),
    ("远川商业评论", "ycsypl"),
    ("财经新智库", "cjxzk2015"),
    ("深网腾讯新闻", "qqshenwang"),
    ("新眸", "xinmoumedia"),
    ("零售氪星球", "lingshouke"),
    ("数智前线", "szqx2022"),
    ("雪豹财经社", "xuebaocaijing"),
]
COVERS = ["视觉中国", "IC photo", "企业官方", "AI生成", "Unsplash"]
ORIG_TAILS = ["没有退路", "慢下来了", "在赌什么", "想明白了"]
HX_GROUPS = ["虎嗅科技组", "虎嗅商业消费组", "虎嗅汽车组", "虎嗅出海组", "虎嗅财经组"]
ITH_SOURCES = ["IT之家", "IT之家", "IT之家", "新浪科技", "快科技", "IT之家"]
ITH_PEN = ["汪淼", "清源", "故渊", "远洋", "问舟", "沛霖", "孤城", "漾仔", "归泷", "瑾凌"]
ITH_EDITORS = ["汪淼", "清源", "故渊", "远洋", "问舟", "沛霖", "孤城", "漾仔", "归泷", "瑾凌"]
ZOL_PARAMS = [
    ("处理器", ["英特尔酷睿i9-14900HX", "AMD 锐龙9 8945HX", "英特尔酷睿Ultra 7 155H"]),
    ("显卡", ["NVIDIA GeForce RTX 4060", "NVIDIA GeForce RTX 4070", "Intel Arc 核显"]),
    ("内存", ["16GB DDR5 5600MHz", "32GB DDR5 5600MHz", "32GB LPDDR5x 7467MHz"]),
    ("硬盘", ["1TB PCIe 4.0 SSD", "512GB PCIe 4.0 SSD", "2TB PCIe 4.0 SSD"]),
    ("屏幕", ["16英寸 2.5K 240Hz", "14.5英寸 3K 120Hz", "16英寸 2.5K 165Hz"]),
    ("电池", ["99.99Wh", "80Wh", "75Wh"]),
    ("重量", ["约2.5kg", "约1.6kg", "约2.2kg"]),
]


class Site20(GenSite):
    modules = (templates, pages)
    pools = POOLS
    subheads = SUBHEADS
    long_paras = (14, 22)

    def __init__(self, seed: int = 2020) -> None:
        super().__init__(seed)

    def build(self) -> None:
        self._kr()
        self._hx()
        self._tmt()
        self._ith()
        self._zol()
        for tpl in ("kr", "hx", "tmt", "ith", "zol"):
            self._link(self.of(tpl))

    def _link(self, arts: list[Art]) -> None:
        """2-4 related stories each; every fourth story has no related block."""
        rng = self.rng
        for a in arts:
            if a.i % 4 == 3:
                continue
            others = [b for b in arts if b is not a]
            a.related = [b.path for b in rng.sample(others, rng.randint(2, 4))]

    def _base(self, tpl: str, i: int, sizes: list[str], day: int, seconds: bool = False):
        rng = self.rng
        when = self._when(day, seconds=seconds, hours=(7, 23))
        ctx = context(rng, tpl)
        title = self.pools.headline(rng, tpl, ctx, self.used)
        blocks = self._blocks(tpl, sizes[i], ctx, rng.choice([0, 1, 1, 2]), when)
        return when, ctx, title, blocks

    # --- 36氪 ------------------------------------------------------------------------------
    def _kr(self) -> None:
        rng = self.rng
        styles = ["own", "wx", "own_two", "wx_ed", "own", "own_noed"] * 2
        sizes = self._sizes()
        for i, style in enumerate(styles):
            when, ctx, title, blocks = self._base("kr", i, sizes, 1 + i * 2 + rng.randint(0, 1))
            nm = names(rng, 4)
            acc = ACCOUNTS[(i * 3) % len(ACCOUNTS)]
            authors = nm[:2] if style == "own_two" else nm[:1]
            editors = nm[2:3] if style in ("own", "own_two", "wx_ed") else []
            aid = 2760123456789012 + i * 9133377 + rng.randint(0, 99999)
            a = Art("kr", i, f"/p/{aid}", title, authors, when, "minute", blocks, editors=editors)
            a.x = {
                "style": style,
                "ctx": ctx,
                "acc": acc,
                "aid": aid,
                "uid": 5280000 + rng.randint(1000, 99999),
                "cover": rng.choice(COVERS),
                "cover_top": i % 3 != 0,
                "summary": f"{ctx['org']}在{ctx['topic']}上的新动作，折射出整个赛道的变化。",
                "tags": [ctx["topic"], ctx["org"], rng.choice(["融资", "创投", "科技", "消费"])],
            }
            self.arts.append(a)

    # --- 虎嗅 ------------------------------------------------------------------------------
    def _hx(self) -> None:
        rng = self.rng
        styles = ["orig", "wx", "wx", "orig", "orig_notitle", "wx"] * 2
        sizes = self._sizes()
        for i, style in enumerate(styles):
            when, ctx, title, blocks = self._base("hx", i, sizes, 1 + i * 2 + rng.randint(0, 1))
            nm = names(rng, 3)
            acc = ACCOUNTS[(i * 5 + 1) % len(ACCOUNTS)]
            editors = nm[1:2] if style.startswith("orig") else []
            aid = 2890123 + i * 4127 + rng.randint(0, 999)
            a = Art(
                "hx",
                i,
                f"/article/{aid}.html",
                title,
                nm[:1],
                when,
                "minute",
                blocks,
                editors=editors,
            )
            a.x = {
                "style": style,
                "ctx": ctx,
                "acc": acc,
                "aid": aid,
                "uid": 1800000 + rng.randint(1000, 999999),
                "group": rng.choice(HX_GROUPS),
                "orig_title": f"《{ctx['org']}，{rng.choice(ORIG_TAILS)}》",
                "cover": rng.choice(COVERS),
                "mins": max(2, len("".join(b.text for b in blocks)) // 400),
                "fans": f"{rng.randint(2, 98)}.{rng.randint(1, 9)}万",
                "n_art": rng.randint(40, 900),
            }
            self.arts.append(a)

    # --- 钛媒体 ----------------------------------------------------------------------------
    def _tmt(self) -> None:
        rng = self.rng
        styles = ["news", "deep", "news_sp", "two", "news", "deep_noed"] * 2
        sizes = self._sizes()
        for i, style in enumerate(styles):
            when, ctx, title, blocks = self._base("tmt", i, sizes, 1 + i * 2 + rng.randint(0, 1))
            nm = names(rng, 3)
            authors = nm[:2] if style == "two" else nm[:1]
            editors = [] if style == "deep_noed" else nm[2:3]
            if style.startswith("news"):
                lead = (
                    f"钛媒体 App {when.month} 月 {when.day} 日消息，"
                    if style == "news_sp"
                    else f"钛媒体App {when.month}月{when.day}日消息，"
                )
                first = self._first(blocks)
                first.text = lead + first.text
            aid = 7012345 + i * 3761 + rng.randint(0, 999)
            a = Art(
                "tmt", i, f"/{aid}.html", title, authors, when, "minute", blocks, editors=editors
            )
            a.x = {
                "style": style,
                "ctx": ctx,
                "aid": aid,
                "uid": 3400000 + rng.randint(1000, 999999),
                "summary": f"{ctx['topic']}产业正在发生哪些变化？",
                "views": rng.randint(1200, 98000),
            }
            self.arts.append(a)

    # --- IT之家 ----------------------------------------------------------------------------
    def _ith(self) -> None:
        rng = self.rng
        styles = ["plain", "thanks", "plain", "src", "thanks", "plain"] * 2
        sizes = self._sizes()
        for i, style in enumerate(styles):
            when, ctx, title, blocks = self._base(
                "ith", i, sizes, 1 + i * 2 + rng.randint(0, 1), seconds=True
            )
            for b in blocks:
                if b.kind == "img":
                    b.text = ""  # IT之家 pictures carry the headline as alt, no caption
            first = self._first(blocks)
            first.text = f"IT之家 {when.month} 月 {when.day} 日消息，" + first.text
            pen = rng.sample(ITH_PEN, 2)
            aid = 760123 + i * 2311 + rng.randint(0, 999)
            path = f"/0/{aid // 1000}/{aid % 1000:03d}.htm"
            a = Art("ith", i, path, title, pen[:1], when, "second", blocks, editors=pen[1:2])
            a.x = {
                "style": style,
                "ctx": ctx,
                "aid": aid,
                "source": "新浪科技" if style == "src" else "IT之家",
                "tipster": names(rng, 1)[0] if style == "thanks" else "",
                "ncomm": rng.randint(40, 900),
            }
            self.arts.append(a)

    # --- 中关村在线 (GBK) -------------------------------------------------------------------
    def _zol(self) -> None:
        rng = self.rng
        styles = ["table", "plain", "table", "plain", "table", "repost"] * 2
        sizes = self._sizes()
        for i, style in enumerate(styles):
            when, ctx, title, blocks = self._base("zol", i, sizes, 1 + i * 2 + rng.randint(0, 1))
            nm = names(rng, 2)
            rows = []
            if style == "table":
                rows = [("型号", ctx["topic"])] + [(k, rng.choice(v)) for k, v in ZOL_PARAMS]
                text = "\n".join(f"{k} {v}" for k, v in rows)
                at = min(len(blocks), 2 + rng.randint(0, 2))
                blocks.insert(at, Block("p", f"{ctx['topic']}的主要配置参数如下："))
                blocks.insert(at + 1, Block("table", text, src="params"))
            aid = 1234567 + i * 5231 + rng.randint(0, 999)
            path = f"/news/{when:%Y/%m%d}/{aid}.shtml"
            a = Art("zol", i, path, title, nm[:1], when, "minute", blocks, editors=nm[1:2])
            a.x = {"style": style, "ctx": ctx, "aid": aid, "rows": rows, "sec": when.second}
            self.arts.append(a)
