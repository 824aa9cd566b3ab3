"""The twelfth held-out site: 60 articles over five Chinese government and party-media templates,
every page rendered in memory.

``Site12(seed)`` is deterministic. ``render(path)`` → ``(body, content_type)`` or ``None``;
``truth()`` → one dict per article as a reader states it; ``non_articles()`` → every other page.
"""

from __future__ import annotations

from datetime import timedelta
from zoneinfo import ZoneInfo

from heldout import Art, Block
from heldout_gen import GenSite

from . import cnr, cqnews, dzwww, govcn, pages, sthj
from .pools import POOLS, SUBHEADS, context, headline, names, paragraphs

BEIJING = ZoneInfo("Asia/Shanghai")
HEX = "0123456789abcdef"
POLICY_VERBS = ["加快推进", "进一步做好", "促进", "健全完善", "推动", "全面加强"]
POLICY_THEMES = [
    "城乡建设、环境保护\\其他",
    "国民经济管理、国有资产监管\\其他",
    "商贸、海关、旅游\\国内贸易（含供销）",
    "劳动、人事、监察\\其他",
    "卫生、体育\\卫生",
    "农业、林业、水利\\农业、畜牧业、渔业",
]
POLICY_OPEN = [
    "{topic}是推动高质量发展的重要举措，事关人民群众切身利益。",
    "为深入贯彻落实党中央、国务院决策部署，扎实推进{topic}，经国务院同意，现提出如下意见。",
    "各地区、各部门要充分认识{topic}的重要意义，加强组织领导，细化工作措施。",
]
POLICY_TASKS = [
    "（{k}）完善政策体系。健全{topic}相关制度，加快出台配套措施，形成上下联动、协同推进的工作格局。",
    "（{k}）强化要素保障。统筹用好各类资金渠道，对符合条件的项目给予支持，引导社会资本积极参与。",
    "（{k}）优化服务供给。推动服务向基层延伸，提升便利化水平，更好满足人民群众多样化需求。",
    "（{k}）加强监督管理。建立健全监测评估机制，定期开展督促检查，及时发现和解决苗头性问题。",
    "（{k}）推进试点示范。在有条件的地区先行先试，及时总结推广可复制的经验做法。",
    "（{k}）加强宣传引导。及时解读政策，回应社会关切，营造良好舆论氛围。",
]
NUMS = "一二三四五六七八九十"


class Site12(GenSite):
    modules = (govcn, cnr, dzwww, cqnews, sthj, pages)
    pools = POOLS
    subheads = SUBHEADS
    long_paras = (14, 22)

    def __init__(self, seed: int = 12012) -> None:
        super().__init__(seed)

    def build(self) -> None:
        self._govcn()
        self._cnr()
        self._dzwww()
        self._cqnews()
        self._sthj()

    # --- 中国政府网 -------------------------------------------------------------------------
    def _policy_blocks(self, ctx: dict[str, str], notice: str, long: bool) -> list[Block]:
        rng = self.rng
        out = [Block("p", "各省、自治区、直辖市人民政府，国务院各部委、各直属机构：")]
        if notice:
            out.append(Block("p", f"现将《{notice}》印发给你们，请结合实际认真贯彻落实。"))
            out.append(Block("sign", ""))  # the 落款 and 成文日期 of the covering notice
            out.append(Block("h", notice))
        out += [Block("p", rng.choice(POLICY_OPEN).format(**ctx))]
        sections = 3 if long else 2
        for s in range(sections):
            out.append(Block("h", SUBHEADS["govcn"][s]))
            tasks = rng.sample(POLICY_TASKS, rng.randint(2, 4 if long else 3))
            for k, t in enumerate(tasks):
                out.append(Block("p", t.format(k=NUMS[k], topic=ctx["topic"])))
            out += [Block("p", p) for p in paragraphs(rng, "govcn", rng.randint(1, 2), ctx)]
        return out

    def _govcn(self) -> None:
        rng = self.rng
        news_styles = ["xinhua", "rmrb", "govweb", "xinhua_photo", "xinhua", "cctv"]
        sizes = self._sizes()
        arts = []
        for i in range(12):
            ctx = context(rng, "govcn")
            nm = names(rng, 5)
            cid = 6950000 + i * 173 + rng.randint(0, 99)
            kind = "policy" if i % 2 == 0 else "news"
            day = 2 + i * 2 + rng.randint(0, 1)
            if kind == "policy":
                when = self._when(day, hours=(16, 20))
                n = i // 2
                issuer = "国务院" if n % 3 == 1 else "国务院办公厅"
                if n % 3 == 1:
                    plan = f"推动{ctx['topic']}行动方案"
                    title = f"国务院关于印发《{plan}》的通知"
                    docno = f"国发〔2024〕{rng.randint(5, 19)}号"
                else:
                    plan = ""
                    kind_word = "意见" if n % 3 == 0 else "通知"
                    title = f"国务院办公厅关于{rng.choice(POLICY_VERBS)}{ctx['topic']}的{kind_word}"
                    docno = f"国办发〔2024〕{rng.randint(12, 40)}号"
                while title in self.used:
                    title = title.replace("关于", "关于进一步", 1)
                self.used.add(title)
                blocks = self._policy_blocks(ctx, plan, sizes[i] == "long")
                written = when - timedelta(days=rng.randint(2, 9))
                # the 落款 (issuing organ, 成文日期) and （此件公开发布） are the document's own
                # text: a reader copying the document keeps them
                sign = f"{issuer}\n{written.year}年{written.month}月{written.day}日"
                if not any(b.kind == "sign" for b in blocks):
                    blocks.append(Block("sign"))
                for b in blocks:
                    if b.kind == "sign":
                        b.text = sign
                if n % 2 == 0:
                    blocks.append(Block("p", "（此件公开发布）"))
                arts.append(
                    Art(
                        "govcn",
                        i,
                        f"/zhengce/content/{when:%Y%m}/content_{cid}.htm",
                        title,
                        [],
                        when,
                        "day",
                        blocks,
                        editors=[nm[0]],
                        x={
                            "kind": kind,
                            "issuer": issuer,
                            "docno": docno,
                            "written": written,
                            "index": f"000014349/2024-{rng.randint(30, 260):05d}",
                            "theme": rng.choice(POLICY_THEMES),
                        },
                    )
                )
                continue
            style = news_styles[i // 2]
            when = self._when(day)
            title = headline(rng, "govcn", ctx, self.used)
            images = rng.randint(1, 3) if style == "xinhua_photo" else rng.choice([0, 0, 1])
            blocks = self._blocks("govcn", sizes[i], ctx, images, when)
            for b in blocks:
                if b.kind == "img":
                    b.credit = (
                        f"新华社记者 {nm[4]} 摄" if style.startswith("xinhua") else "中国政府网 图"
                    )
            authors = {"xinhua": nm[:2], "xinhua_photo": nm[:1], "rmrb": nm[:1]}.get(style, [])
            first = self._first(blocks)
            if style.startswith("xinhua"):
                who = "、".join(authors)
                first.text = f"新华社北京{self._md(when)}电（记者{who}）" + first.text
            elif style == "cctv":
                first.text = "据央视新闻客户端消息，" + first.text
            source = {"rmrb": "人民日报", "govweb": "中国政府网", "cctv": "央视新闻客户端"}.get(
                style, "新华社"
            )
            arts.append(
                Art(
                    "govcn",
                    i,
                    f"/yaowen/liebiao/{when:%Y%m}/content_{cid}.htm",
                    title,
                    authors,
                    when,
                    "minute",
                    blocks,
                    editors=[nm[2]],
                    x={
                        "kind": kind,
                        "style": style,
                        "source": source,
                        "page": rng.choice(["01", "02", "04"]),
                    },
                )
            )
        # 相关报道: a policy's 解读 and news; a news story's 相关稿件
        for k, a in enumerate(arts):
            if k in (3, 10):
                continue
            pool = [b for b in arts if b is not a]
            a.related = [b.path for b in rng.sample(pool, rng.randint(2, 3))]
        self.arts += arts

    # --- 央广网 -----------------------------------------------------------------------------
    def _cnr(self) -> None:
        rng = self.rng
        styles = ["lede", "lede_corr", "zhisheng", "xinhua", "none", "lede2"] * 2
        styles[10] = "zhisheng"
        sizes = self._sizes()
        arts = []
        for i, style in enumerate(styles):
            when = self._when(1 + i * 2 + rng.randint(0, 1))
            cid = 526690000 + i * 3371 + rng.randint(0, 999)
            ctx = context(rng, "cnr")
            title = headline(rng, "cnr", ctx, self.used)
            blocks = self._blocks("cnr", sizes[i], ctx, rng.choice([0, 1, 1, 2]), when)
            nm = names(rng, 5)
            for b in blocks:
                if b.kind == "img":
                    b.credit = rng.choice(
                        [
                            f"（央广网发 {ctx['place']}市委宣传部供图）",
                            f"（央广网记者 {nm[0]} 摄）",
                            "（央广网发 受访者供图）",
                        ]
                    )
            authors = {
                "lede": nm[:1],
                "lede_corr": nm[:1],
                "lede2": nm[:2],
                "zhisheng": nm[:1],
                "xinhua": nm[:1],
            }.get(style, [])
            corr = nm[1:2] if style == "lede_corr" else []
            first = self._first(blocks)
            place = ctx["place"]
            if style in ("lede", "lede2", "lede_corr"):
                who = "记者" + "、".join(authors) + (f" 通讯员{corr[0]}" if corr else "")
                first.text = f"央广网{place}{self._md(when)}消息（{who}）" + first.text
            elif style == "zhisheng":
                first.text = "据中央广播电视总台中国之声《新闻和报纸摘要》报道，" + first.text
            elif style == "xinhua":
                first.text = f"新华社{place}{self._md(when)}电（记者{nm[0]}）" + first.text
            source = {"zhisheng": "中国之声", "xinhua": "新华网"}.get(style, "央广网")
            arts.append(
                Art(
                    "cnr",
                    i,
                    f"/native/gd/{when:%Y%m%d}/t{when:%Y%m%d}_{cid}.shtml",
                    title,
                    authors,
                    when,
                    "second",
                    blocks,
                    correspondents=corr,
                    editors=[nm[2]],
                    x={"style": style, "source": source, "head_editor": i % 3 == 0},
                )
            )
        self._related(arts, lambda: rng.randint(2, 4), who=[0, 1, 2, 4, 5, 6, 7, 9, 11])
        self.arts += arts

    # --- 大众网 -----------------------------------------------------------------------------
    def _dzwww(self) -> None:
        rng = self.rng
        styles = ["own_line", "inline", "dzrb", "none", "own_line2", "inline_corr"] * 2
        sizes = self._sizes()
        arts = []
        for i, style in enumerate(styles):
            when = self._when(1 + i * 2 + rng.randint(0, 1))
            cid = 13900000 + i * 2711 + rng.randint(0, 999)
            ctx = context(rng, "dzwww")
            title = headline(rng, "dzwww", ctx, self.used)
            blocks = self._blocks("dzwww", sizes[i], ctx, rng.choice([0, 1, 2]), when)
            nm = names(rng, 5)
            for b in blocks:
                if b.kind == "img" and rng.random() < 0.7:
                    b.credit = rng.choice([f"（大众网·海报新闻记者 {nm[0]} 摄）", "（资料图）"])
            authors = {
                "own_line": nm[:1],
                "own_line2": nm[:2],
                "inline": nm[:1],
                "inline_corr": nm[:1],
                "dzrb": nm[:1],
            }.get(style, [])
            corr = nm[2:3] if style in ("own_line", "inline_corr", "dzrb") else []
            place = ctx["place"]
            first = self._first(blocks)
            if style == "inline":
                first.text = f"大众网·海报新闻记者 {nm[0]} {place}报道　" + first.text
            elif style == "inline_corr":
                first.text = (
                    f"大众网·海报新闻记者 {nm[0]} 通讯员 {corr[0]} {place}报道　" + first.text
                )
            arts.append(
                Art(
                    "dzwww",
                    i,
                    f"/sdnews/{when:%Y%m}/t{when:%Y%m%d}_{cid}.htm",
                    title,
                    authors,
                    when,
                    "minute",
                    blocks,
                    correspondents=corr,
                    editors=[nm[3]],
                    x={
                        "style": style,
                        "place": place,
                        "source": "大众日报" if style == "dzrb" else "大众网",
                        "byline_field": i % 4 != 3,
                    },
                )
            )
        self._related(arts, lambda: rng.randint(2, 3), who=[0, 1, 3, 4, 5, 7, 8, 9, 10])
        self.arts += arts

    # --- 华龙网 -----------------------------------------------------------------------------
    def _cqnews(self) -> None:
        rng = self.rng
        styles = ["reporter", "corr", "intern", "only_corr", "cqrb", "two"] * 2
        styles[9] = "chief"
        sizes = self._sizes()
        arts = []
        for i, style in enumerate(styles):
            when = self._when(1 + i * 2 + rng.randint(0, 1), hours=(7, 21))
            ctx = context(rng, "cqnews")
            title = headline(rng, "cqnews", ctx, self.used)
            blocks = self._blocks("cqnews", sizes[i], ctx, rng.choice([0, 1, 1, 2, 3]), when)
            nm = names(rng, 5)
            for b in blocks:
                if b.kind == "img":
                    b.credit = rng.choice(
                        [f"华龙网-新重庆客户端记者 {nm[0]} 摄", f"{ctx['place']}融媒体中心供图", ""]
                    )
            authors = {
                "reporter": nm[:1],
                "corr": nm[:1],
                "intern": [nm[0], nm[3]],
                "cqrb": nm[:1],
                "two": nm[:2],
                "chief": nm[:1],
            }.get(style, [])
            corr = nm[1:2] if style in ("corr", "only_corr") else []
            first = self._first(blocks)
            md = f"{when.month}月{when.day}日{when.hour}时讯"
            who = {
                "reporter": f"记者 {nm[0]}",
                "corr": f"记者 {nm[0]} 通讯员 {nm[1]}",
                "intern": f"记者 {nm[0]} 实习生 {nm[3]}",
                "only_corr": f"通讯员 {nm[1]}",
                "two": f"记者 {nm[0]} {nm[1]}",
                "chief": f"首席记者 {nm[0]}",
            }.get(style)
            if who:
                first.text = f"华龙网-新重庆客户端{md}（{who}）" + first.text
            did = str(1238000000000000000 + i * 97_531_000_000 + rng.getrandbits(36))
            arts.append(
                Art(
                    "cqnews",
                    i,
                    f"/1/detail/{did}/web/content_{did}.html",
                    title,
                    authors,
                    when,
                    "second",
                    blocks,
                    correspondents=corr,
                    editors=[nm[2]],
                    x={
                        "style": style,
                        "did": did,
                        "source": "重庆日报" if style == "cqrb" else "华龙网",
                    },
                )
            )
        self._related(arts, lambda: rng.randint(2, 4), who=[0, 1, 2, 3, 5, 6, 8, 9, 10])
        self.arts += arts

    # --- 省生态环境厅 -----------------------------------------------------------------------
    def _sthj(self) -> None:
        rng = self.rng
        styles = ["plain", "supply", "wentu", "scdaily", "plain", "city"] * 2
        sizes = self._sizes()
        arts = []
        for i, style in enumerate(styles):
            when = self._when(1 + i * 2 + rng.randint(0, 1), hours=(8, 19))
            ctx = context(rng, "sthj")
            title = headline(rng, "sthj", ctx, self.used)
            blocks = self._blocks("sthj", sizes[i], ctx, rng.choice([0, 1, 1, 2]), when)
            nm = names(rng, 5)
            authors = {"wentu": nm[:1], "scdaily": nm[:1]}.get(style, [])
            source = {
                "scdaily": "四川日报",
                "city": f"{ctx['place']}市生态环境局",
            }.get(style, "省生态环境厅")
            path_hex = "".join(rng.choice(HEX) for _ in range(32))
            arts.append(
                Art(
                    "sthj",
                    i,
                    f"/sthjt/c103878/{when.year}/{when.month}/{when.day}/{path_hex}.shtml",
                    title,
                    authors,
                    when,
                    "day" if i in (4, 9) else "minute",
                    blocks,
                    editors=[nm[2]] if i % 3 != 1 else [],
                    x={
                        "style": style,
                        "source": source,
                        "unit": rng.choice(
                            ["大气环境处", "水生态环境处", "土壤生态环境处", "办公室"]
                        ),
                        "checker": nm[3],
                        "stale_meta": i in (2, 7),
                        "views": rng.randint(80, 4000),
                    },
                )
            )
        self._related(arts, lambda: rng.randint(2, 3), who=[0, 1, 3, 4, 6, 7, 9, 10])
        self.arts += arts
