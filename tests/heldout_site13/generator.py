"""The thirteenth held-out site: 60 articles over five small-site CMS templates, every page
rendered in memory.

``Site13(seed)`` is deterministic. ``render(path)`` → ``(body, content_type)`` or ``None``;
``truth()`` → one dict per article as a reader states it; ``non_articles()`` → every other page.
"""

from __future__ import annotations

from zoneinfo import ZoneInfo

from heldout import Art
from heldout_gen import GenSite

from . import empire, pages, phpcms, powereasy, rmt, zblog
from .pools import POOLS, SUBHEADS, context, headline, names

BEIJING = ZoneInfo("Asia/Shanghai")


class Site13(GenSite):
    modules = (phpcms, empire, zblog, powereasy, rmt, pages)
    pools = POOLS
    subheads = SUBHEADS
    long_paras = (15, 22)

    def __init__(self, seed: int = 1313) -> None:
        super().__init__(seed)

    def build(self) -> None:
        self._phpcms()
        self._empire()
        self._zblog()
        self._powereasy()
        self._rmt()

    # --- PHPCMS v9 (a city daily's news site, GBK) ----------------------------------------
    def _phpcms(self) -> None:
        rng = self.rng
        styles = ["jz", "two", "corr", "bxun", "wire", "editor"] * 2
        styles[10] = "jz"
        sizes = self._sizes()
        arts = []
        for i, style in enumerate(styles):
            when = self._when(1 + i * 2 + rng.randint(0, 1))
            ctx = context(rng, "phpcms")
            title = headline(rng, "phpcms", ctx, self.used)
            img = "/uploadfile/{d:%Y}/{d:%m%d}/{d:%Y%m%d}{n}.jpg"
            blocks = self._blocks("phpcms", sizes[i], ctx, rng.choice([0, 1, 1, 2]), when, img)
            nm = names(rng, 5)
            for b in blocks:
                if b.kind == "img" and rng.random() < 0.6:
                    b.credit = f"记者 {nm[4]} 摄"
            authors = {"jz": nm[:1], "two": nm[:2], "corr": nm[:1], "bxun": nm[:1], "wire": nm[:1]}
            corr = nm[1:2] if style in ("corr", "bxun") else []
            first = self._first(blocks)
            if style == "bxun":
                first.text = f"本报讯（记者 {nm[0]} 通讯员 {nm[1]}）" + first.text
            elif style == "wire":
                first.text = f"新华社北京{when.month}月{when.day}日电（记者{nm[0]}）" + first.text
            catid = [12, 12, 13, 14][i % 4]
            cid = 3400 + i * 37 + rng.randint(0, 30)
            dynamic = i % 4 == 3
            path = (
                f"/index.php?m=content&c=index&a=show&catid={catid}&id={cid}"
                if dynamic
                else f"/show-{catid}-{cid}-1.html"
            )
            arts.append(
                Art(
                    "phpcms",
                    i,
                    path,
                    title,
                    authors.get(style, []),
                    when,
                    "second",
                    blocks,
                    correspondents=corr,
                    editors=[nm[2]],
                    x={
                        "style": style,
                        "catid": catid,
                        "id": cid,
                        "source": {"wire": "新华社", "editor": "临江发布"}.get(style, "临江日报"),
                        "ed_in_info": i % 3 == 0,
                        "keywords": [ctx["topic"], ctx["place"]],
                        "hits": rng.randint(80, 9000),
                        "subtitle": f"——{ctx['place']}{ctx['topic']}工作侧记"
                        if i in (2, 8)
                        else "",
                    },
                )
            )
        self._related(arts, lambda: rng.randint(2, 5), who=[0, 1, 2, 3, 4, 6, 7, 9, 10, 11])
        self.arts += arts

    # --- 帝国CMS (an industry news site, UTF-8) --------------------------------------------
    def _empire(self) -> None:
        rng = self.rng
        styles = ["one", "anon", "two", "benwang", "corr", "one"] * 2
        styles[9] = "anon"
        sizes = self._sizes()
        arts = []
        for i, style in enumerate(styles):
            when = self._when(1 + i * 2 + rng.randint(0, 1), seconds=False)
            ctx = context(rng, "empire")
            title = headline(rng, "empire", ctx, self.used)
            img = "/d/file/news/{d:%Y-%m-%d}/{h}.jpg"
            blocks = self._blocks("empire", sizes[i], ctx, rng.choice([0, 0, 1, 2]), when, img)
            nm = names(rng, 5)
            authors = {"one": nm[:1], "two": nm[:2], "benwang": nm[:1], "corr": nm[:1]}
            cls = ["news", "qiye"][i % 2]
            nid = 1180 + i * 23 + rng.randint(0, 20)
            arts.append(
                Art(
                    "empire",
                    i,
                    f"/{cls}/{when:%Y-%m-%d}/{nid}.html",
                    title,
                    authors.get(style, []),
                    when,
                    "minute",
                    blocks,
                    correspondents=nm[1:2] if style == "corr" else [],
                    editors=[nm[3]],
                    x={
                        "style": style,
                        "cls": cls,
                        "classid": 2 if cls == "news" else 5,
                        "id": nid,
                        "source": rng.choice(
                            ["中国物流与采购网", "经济日报", "农民日报", "现代物流报"]
                        )
                        if style == "anon"
                        else "本网",
                        "summary": blocks[0].text[:60] if blocks[0].kind == "p" else "",
                        "tags": [ctx["topic"], rng.choice(["物流", "农业", "电商", "供应链"])],
                        "hits": rng.randint(30, 5000),
                    },
                )
            )
        self._related(arts, lambda: rng.randint(2, 4), who=[0, 1, 2, 4, 5, 6, 8, 9, 10])
        self.arts += arts

    # --- Z-Blog PHP (an association's news blog, UTF-8) ----------------------------------
    def _zblog(self) -> None:
        rng = self.rng
        accounts = names(rng, 3)
        cats = [(2, "协会动态"), (3, "会员风采"), (4, "政策法规")]
        sizes = self._sizes()
        arts = []
        for i in range(12):
            when = self._when(2 + i * 2, seconds=True, hours=(8, 18))
            ctx = context(rng, "zblog")
            title = headline(rng, "zblog", ctx, self.used)
            img = "/zb_users/upload/{d:%Y}/{d:%m}/{d:%Y%m%d}{n}.jpg"
            blocks = self._blocks("zblog", sizes[i], ctx, rng.choice([0, 1, 2, 3]), when, img)
            nm = names(rng, 4, set(accounts))
            corr = nm[:1] if i % 4 == 1 else []
            editors = nm[1:2] if i % 3 == 2 else []
            arts.append(
                Art(
                    "zblog",
                    i,
                    f"/post/{96 + i * 3 + rng.randint(0, 2)}.html",
                    title,
                    [accounts[i % 3]],
                    when,
                    "day",
                    blocks,
                    correspondents=corr,
                    editors=editors,
                    x={
                        "acct": i % 3 + 1,
                        "cat": cats[i % 3],
                        "tags": [ctx["topic"], rng.choice(["协会", "会员", "培训", "活动"])],
                        "views": rng.randint(20, 3000),
                        "unit": rng.choice(
                            ["临江市顺达物流有限公司", "临江云仓科技", "江北新区商会"]
                        ),
                        "reviewer": nm[2],
                        "comments": rng.randint(0, 3),
                    },
                )
            )
        self._related(arts, lambda: rng.randint(3, 5), who=[0, 1, 2, 3, 5, 6, 7, 8, 9, 11])
        self.arts += arts
        self.zb_accounts = accounts

    # --- 动易 SiteFactory (a county education site, GBK, .aspx) --------------------------
    def _powereasy(self) -> None:
        rng = self.rng
        styles = ["one", "anon", "two", "credit", "unit", "one"] * 2
        styles[11] = "credit"
        sizes = self._sizes()
        arts = []
        for i, style in enumerate(styles):
            when = self._when(1 + i * 2 + rng.randint(0, 1), hours=(8, 19))
            ctx = context(rng, "powereasy")
            title = headline(rng, "powereasy", ctx, self.used)
            img = "/UploadFiles/{d:%Y%m}/{d:%Y%m%d}{n}.jpg"
            blocks = self._blocks("powereasy", sizes[i], ctx, rng.choice([0, 1, 2]), when, img)
            nm = names(rng, 5)
            authors = {"one": nm[:1], "two": nm[:2], "credit": nm[:1], "unit": nm[:1]}
            aid = 2210 + i * 11 + rng.randint(0, 9)
            path = (
                f"/Article/HTML/{aid}.html"
                if i % 3 == 2
                else f"/Article/ShowArticle.aspx?ArticleID={aid}"
            )
            arts.append(
                Art(
                    "powereasy",
                    i,
                    path,
                    title,
                    authors.get(style, []),
                    when,
                    "second",
                    blocks,
                    editors=[nm[2]],
                    x={
                        "style": style,
                        "id": aid,
                        "school": ctx["school"],
                        "source": ctx["school"] if style in ("unit", "credit") else "本站原创",
                        "photo": nm[3],
                        "review": nm[4],
                        "hits": rng.randint(10, 2000),
                        "cls": rng.choice([(2, "教育动态"), (3, "校园风采"), (5, "通知公告")]),
                    },
                )
            )
        self._related(arts, lambda: rng.randint(2, 4), who=[0, 1, 3, 4, 5, 6, 8, 9, 10])
        self.arts += arts

    # --- county 融媒体中心 (a PC page and the app's share page) ----------------------------
    def _rmt(self) -> None:
        rng = self.rng
        styles = ["credits", "lead", "sanshen", "wentu", "pub", "credits"] * 2
        share = {2, 4, 7, 9, 11}
        sizes = self._sizes()
        arts = []
        for i, style in enumerate(styles):
            mobile = i in share
            when = self._when(1 + i * 2 + rng.randint(0, 1), seconds=not mobile)
            ctx = context(rng, "rmt")
            title = headline(rng, "rmt", ctx, self.used)
            img = "/upload/resources/image/{d:%Y/%m/%d}/{n}.jpg"
            blocks = self._blocks("rmt", sizes[i], ctx, rng.choice([0, 1, 2, 3]), when, img)
            nm = names(rng, 7)
            for b in blocks:
                if b.kind == "img" and rng.random() < 0.3:
                    b.text = ""  # a phone shot posted without a caption
            two = i % 2 == 0
            authors = {
                "credits": nm[: 1 + two],
                "lead": nm[:1],
                "sanshen": [],
                "wentu": nm[:1],
                "pub": nm[: 1 + two],
            }[style]
            corr = nm[2:3] if style in ("credits", "lead") else []
            nid = 654300 + i * 131 + rng.randint(0, 99)
            path = (
                f"/h5/share.html?id={nid}&tenantId=128"
                if mobile
                else f"/content/{when:%Y-%m}/{when:%d}/content_{nid}.html"
            )
            arts.append(
                Art(
                    "rmt",
                    i,
                    path,
                    title,
                    authors,
                    when,
                    "minute" if mobile else "second",
                    blocks,
                    correspondents=corr,
                    editors=[nm[3]],
                    x={
                        "style": style,
                        "mobile": mobile,
                        "id": nid,
                        "source": "云溪县委宣传部" if style == "sanshen" else "云溪县融媒体中心",
                        "review": nm[4:7],
                        "reads": rng.randint(200, 30000),
                        "node": rng.choice([(1201, "云溪要闻"), (1202, "乡镇动态")]),
                    },
                )
            )
        pc = [a for a in arts if not a.x["mobile"]]  # the PC pages relate PC pages only
        self._related(pc, lambda: rng.randint(2, 3), who=[0, 1, 2, 4, 5, 6])
        self.arts += arts
