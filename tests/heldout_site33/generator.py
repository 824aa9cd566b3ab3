"""The thirty-third held-out site: 60 articles over five government press offices and English
portals of Chinese-speaking cities (info.gov.hk press releases, news.gov.hk, Macau's GCS, the
Singapore government newsroom, Shenzhen's English portal), every page rendered in memory.

``Site33(seed)`` is deterministic. ``render(path)`` → ``(body, content_type)`` or ``None``;
``truth()`` → one dict per article as a reader states it; ``non_articles()`` → every other page.
A release and its translation are drawn from one plan and rendered once per language: they are
separate articles, each with its own headline and truth.
"""

# ruff: noqa: E501  (long word-pool and markup lines)

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime
from typing import Any, ClassVar
from zoneinfo import ZoneInfo

from heldout import Art, Block
from heldout_gen import GenSite

from . import pages, templates
from .pools import (
    HK_CAP,
    HK_DEPT,
    HK_HEAD,
    HK_LCQ,
    HK_MEMBER,
    HK_OFF,
    HK_PLACE,
    HK_SENT,
    HK_SUBHEAD,
    HK_TOPIC,
    MO_CAP,
    MO_DEPT,
    MO_HEAD,
    MO_PLACE,
    MO_SENT,
    MO_SUBHEAD,
    MO_TOPIC,
    NEWS_PHOTOG,
    NEWS_REPORTER,
    SG_AGENCY,
    SG_CAP,
    SG_CONTACT,
    SG_COUNTRY,
    SG_DESIG,
    SG_HEAD,
    SG_OFF,
    SG_PLACE,
    SG_SENT,
    SG_SUBHEAD,
    SG_TOPIC,
    SZ_AUTHOR,
    SZ_CAP,
    SZ_EDITOR,
    SZ_HEAD,
    SZ_ORG,
    SZ_PHOTOG,
    SZ_PLACE,
    SZ_SENT,
    SZ_SUBHEAD,
    SZ_TOPIC,
    cn_num,
    draw_vals,
    fill,
    plan_paras,
    render_paras,
)

HONGKONG = ZoneInfo("Asia/Hong_Kong")
MACAU = ZoneInfo("Asia/Macau")
SINGAPORE = ZoneInfo("Asia/Singapore")
SHANGHAI = ZoneInfo("Asia/Shanghai")

LANG_INDEX = {"hk": {"en": 0, "zh": 1}, "mo": {"zh": 0, "pt": 1, "en": 2}}


def slug(title: str, n: int = 10) -> str:
    return "-".join(re.findall(r"[a-z0-9]+", title.lower().replace("'", ""))[:n])


class Site33(GenSite):
    modules = (templates, pages)
    pools: Any = None
    subheads: ClassVar[dict[str, list[str]]] = {}

    def __init__(self, seed: int = 3333) -> None:
        super().__init__(seed)

    def build(self) -> None:
        self._isd()
        self._newsgov()
        self._gcs()
        self._govsg()
        self._sz()
        for a in self.arts:  # Big5 pages print 衛 where the Unicode pages print 衞
            if a.x["old"] and a.x["lang"] == "zh":
                a.title = a.title.replace("衞", "衛")
                for b in a.blocks:
                    b.text = b.text.replace("衞", "衛")

    # --- shared -------------------------------------------------------------------------
    def _n(self, size: str) -> int:
        rng = self.rng
        return {"brief": 2, "small": rng.randint(3, 5), "mid": rng.randint(6, 10)}.get(
            size, rng.randint(13, 18)
        )

    def _multi(
        self,
        langs: list[int],
        frames: list[Any],
        caps: list[Any],
        subheads: list[Any],
        ctx: dict[str, Any],
        size: str,
        images: int,
        credit: Callable[[], str],
        sep: dict[int, str] | None = None,
        imgs_at_end: bool = False,
    ) -> dict[int, list[Block]]:
        """One story plan rendered in every language of ``langs``: paragraphs, subheads in a
        long story, pictures (one source, caption and credit for every language)."""
        rng = self.rng
        varying = [k for k, f in enumerate(frames) if "{num" in str(f) or "{pct" in str(f)]
        plan = plan_paras(rng, len(frames), self._n(size), brief=size == "brief", varying=varying)
        heads = rng.sample(range(len(subheads)), 2) if size == "long" and subheads else []
        pics = []
        for _ in range(images):
            at = rng.randint(1, len(plan))
            pics.append(
                (
                    at,
                    rng.randrange(len(caps)),
                    draw_vals(rng),
                    f"{rng.getrandbits(48):012x}",
                    credit(),
                )
            )
        out: dict[int, list[Block]] = {}
        for lang in langs:
            paras = render_paras(frames, plan, ctx, lang, (sep or {}).get(lang, " "))
            blocks = [Block("p", p) for p in paras]
            for k, h in enumerate(heads):
                sh = subheads[h]
                blocks.insert(2 + k * 6, Block("h", sh if isinstance(sh, str) else sh[lang]))
            for at, ci, vals, src, cr in pics:
                c = caps[ci] if isinstance(caps[ci], str) else caps[ci][lang]
                b = Block("img", fill(c, ctx, lang, vals), src, cr)
                if imgs_at_end:
                    blocks.append(b)
                else:
                    blocks.insert(min(at, len(blocks)), b)
            out[lang] = blocks
        return out

    def _headline(
        self, frames: list[Any], ctx: dict[str, Any], langs: list[int], key: int = 0
    ) -> dict[int, str]:
        rng = self.rng
        for _ in range(300):
            f = rng.choice(frames)
            vals = draw_vals(rng)
            out = {
                lang: fill(f if isinstance(f, str) else f[lang], ctx, lang, vals) for lang in langs
            }
            if all(t not in self.used for t in out.values()):
                self.used.update(out.values())
                return out
        raise RuntimeError("headline pool exhausted")

    def _sizes12(self, fixed: dict[int, str] | None = None) -> list[str]:
        s = self._sizes()
        for k, v in (fixed or {}).items():
            s[k] = v
        return s

    def _rel(self, arts: list[Art], who: list[int], k: tuple[int, int] = (2, 4)) -> None:
        """Related stories: others of the template in the page's language first."""
        rng = self.rng
        for i in who:
            a = arts[i]
            same = [
                b
                for b in arts
                if b is not a
                and b.x["lang"] == a.x["lang"]
                and b.x.get("twin_of") != a.x.get("twin_of", -1)
            ]
            pool = same if len(same) >= 2 else [b for b in arts if b is not a]
            a.related = [b.path for b in rng.sample(pool, min(rng.randint(*k), len(pool)))]

    def _art(
        self,
        tpl: str,
        i: int,
        path: str,
        title: str,
        authors: list[str],
        when: datetime,
        precision: str,
        blocks: list[Block],
        **x: Any,
    ) -> Art:
        editors = x.pop("editors", [])
        return Art(tpl, i, path, title, authors, when, precision, blocks, editors=editors, x=x)

    # --- info.gov.hk press releases ------------------------------------------------------
    def _isd(self) -> None:
        rng = self.rng
        arts: list[Art] = []
        sizes = ["small", "brief", "long", "mid", "long", "small"]
        photos = [1, 0, 0, 2, 0, 1]
        for g in range(6):
            old = g == 5
            day = 11 if old else 2 + g * 4 + rng.randint(0, 2)
            when = self._when(day, False, (9, 23), 2011 if old else 2024, HONGKONG)
            dept, off, place, topic = (
                rng.choice(HK_DEPT),
                rng.choice(HK_OFF),
                rng.choice(HK_PLACE),
                rng.choice(HK_TOPIC),
            )
            md = (f"{when:%B} {when.day}", f"{cn_num(when.month)}月{cn_num(when.day)}日")
            ctx = {
                "dept": dept,
                "off": off,
                "place": place,
                "topic": topic,
                "today": (f"today ({md[0]})", f"今日（{md[1]}）"),
            }
            size = sizes[g]
            if size == "long":
                n = rng.randint(2, 22)
                titles = {
                    0: HK_LCQ[0].format(n=n, Topic=topic[0][:1].upper() + topic[0][1:]),
                    1: HK_LCQ[1].format(cn=cn_num(n), topic=topic[1]),
                }
                self.used.update(titles.values())
            else:
                titles = self._headline(HK_HEAD, ctx, [0, 1])
            story = self._multi(
                [0, 1],
                HK_SENT,
                HK_CAP,
                [],
                ctx,
                size if size != "long" else "mid",
                photos[g],
                lambda: "",
                {1: ""},
                imgs_at_end=True,
            )
            if size == "long":  # a LegCo question and its reply
                member = rng.choice(HK_MEMBER)
                for lang in (0, 1):
                    b = story[lang]
                    ps = [x for x in b if x.kind == "p"]
                    pics = [x for x in b if x.kind == "img"]
                    intro = (
                        f"Following is a question by the {member[0]} and a reply by {off[0]} in the Legislative Council today ({md[0]}):"
                        if lang == 0
                        else f"以下是今日（{md[1]}）在立法會會議上{member[1]}的提問和{off[1]}的書面答覆："
                    )
                    nq = 2
                    blocks = [Block("p", intro), Block("h", "Question:" if lang == 0 else "問題：")]
                    blocks += ps[:nq]
                    blocks += [
                        Block("h", "Reply:" if lang == 0 else "答覆："),
                        Block("p", "President," if lang == 0 else "主席："),
                    ]
                    blocks += ps[nq:]
                    blocks.append(
                        Block("p", "Thank you, President." if lang == 0 else "多謝主席。")
                    )
                    blocks += pics
                    story[lang] = blocks
            pid = rng.randint(100, 1200)
            for lang, code in ((0, "en"), (1, "zh")):
                num = pid + (0 if lang == 0 else 1)
                path = f"/gia/general/{when:%Y%m}/{when:%d}/P{when:%Y%m%d}{num:05d}.htm"
                arts.append(
                    self._art(
                        "isd",
                        len(arts),
                        path,
                        titles[lang],
                        [],
                        when,
                        "minute",
                        story[lang],
                        lang=code,
                        old=old,
                        group=g,
                        twin_of=g,
                        ctx=ctx,
                        lcq=size == "long",
                    )
                )
        for k in range(0, 12, 2):
            arts[k].x["twin"], arts[k + 1].x["twin"] = arts[k + 1].path, arts[k].path
        self.arts += arts

    # --- news.gov.hk ---------------------------------------------------------------------
    def _newsgov(self) -> None:
        rng = self.rng
        # (lang, group, style): style none / by / by2 / rep (記者) / rep_photo (記者 + 攝影) / photos
        spec = [
            ("en", 0, "none"),
            ("zh", 0, "none"),
            ("en", 1, "by"),
            ("zh", 1, "rep"),
            ("en", 2, "none"),
            ("en", 3, "by2"),
            ("en", 4, "none"),
            ("en", 5, "photos"),
            ("en", 6, "none"),
            ("en", 7, "by"),
            ("zh", 8, "rep_photo"),
            ("zh", 9, "none"),
        ]
        cats = [
            ("finance", "Finance", "財經"),
            ("health-and-community", "Health & Community", "健康與社區"),
            ("environment", "Environment", "環境"),
            ("infrastructure-and-logistics", "Infrastructure & Logistics", "基建與物流"),
            ("city-life", "City Life", "城市生活"),
        ]
        sizes = self._sizes12({3: "long", 2: "long", 0: "small", 1: "small"})
        arts: list[Art] = []
        groups: dict[int, Any] = {}
        for i, (lang, g, style) in enumerate(spec):
            li = LANG_INDEX["hk"][lang]
            if g not in groups:
                when = self._when(1 + g * 3 + rng.randint(0, 1), True, (8, 22), 2024, HONGKONG)
                dept, off, place, topic = (
                    rng.choice(HK_DEPT),
                    rng.choice(HK_OFF),
                    rng.choice(HK_PLACE),
                    rng.choice(HK_TOPIC),
                )
                md = (f"{when:%B} {when.day}", f"{when.month}月{when.day}日")
                ctx = {
                    "dept": dept,
                    "off": off,
                    "place": place,
                    "topic": topic,
                    "today": ("today", "今日"),
                }
                titles = self._headline(HK_HEAD, ctx, [0, 1])
                story = self._multi(
                    [0, 1],
                    HK_SENT,
                    HK_CAP,
                    HK_SUBHEAD,
                    ctx,
                    sizes[i],
                    rng.choice([1, 1, 2]),
                    lambda: "",
                    {1: ""},
                )
                rep = rng.sample(NEWS_REPORTER, 2)
                groups[g] = (
                    when,
                    ctx,
                    titles,
                    story,
                    rep,
                    rng.choice(NEWS_PHOTOG),
                    rng.choice(cats),
                    f"{when:%Y%m%d_%H%M%S}_{rng.randint(100, 999)}",
                    md,
                )
            when, ctx, titles, story, rep, photog, cat, nid, md = groups[g]
            authors = {
                "by": [rep[0][li]],
                "rep": [rep[0][li]],
                "by2": [rep[0][0], rep[1][0]],
                "rep_photo": [rep[0][li]],
            }.get(style, [])
            path = f"/{'eng' if lang == 'en' else 'chi'}/{when:%Y/%m/%Y%m%d}/{nid}.html"
            arts.append(
                self._art(
                    "newsgov",
                    i,
                    path,
                    titles[li],
                    authors,
                    when,
                    "day",
                    story[li],
                    lang=lang,
                    group=g,
                    twin_of=g,
                    style=style,
                    ctx=ctx,
                    rep=rep,
                    photog=photog,
                    cat=cat,
                    old=False,
                )
            )
        by_g: dict[int, list[Art]] = {}
        for a in arts:
            by_g.setdefault(a.x["group"], []).append(a)
        for members in by_g.values():
            for a in members:
                a.x["twin"] = next((b.path for b in members if b is not a), None)
        self._rel(arts, [0, 1, 2, 3, 5, 6, 7, 9, 10, 11], (2, 3))
        self.arts += arts

    # --- Macau GCS -----------------------------------------------------------------------
    def _gcs(self) -> None:
        rng = self.rng
        spec = [
            ("zh", 0),
            ("pt", 0),
            ("en", 0),
            ("zh", 1),
            ("en", 1),
            ("zh", 2),
            ("pt", 2),
            ("zh", 3),
            ("zh", 4),
            ("en", 5),
            ("zh", 6),
            ("pt", 6),
        ]
        sizes = self._sizes12()
        arts: list[Art] = []
        groups: dict[int, Any] = {}
        alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789"
        for i, (lang, g) in enumerate(spec):
            li = LANG_INDEX["mo"][lang]
            if g not in groups:
                old = g == 6
                when = self._when(
                    2 + g * 4 + rng.randint(0, 2), False, (9, 22), 2019 if old else 2024, MACAU
                )
                dept = rng.choice(MO_DEPT)
                ctx = {"dept": dept, "place": rng.choice(MO_PLACE), "topic": rng.choice(MO_TOPIC)}
                titles = self._headline(MO_HEAD, ctx, [0, 1, 2])
                size = sizes[i]
                story = self._multi(
                    [0, 1, 2],
                    MO_SENT,
                    MO_CAP,
                    MO_SUBHEAD,
                    ctx,
                    size,
                    rng.choice([0, 1, 2, 3]) if size != "brief" else 0,
                    lambda: "",
                    {0: ""},
                    imgs_at_end=True,
                )
                nid = "N" + f"{when:%y}" + "".join(rng.choice(alphabet) for _ in range(8))
                ucn = rng.randint(130000, 139999)
                source = dept if rng.random() < 0.4 else ("新聞局", "GCS", "GCS")
                groups[g] = (when, ctx, titles, story, nid, ucn, old, source)
            when, ctx, titles, story, nid, ucn, old, source = groups[g]
            if old:
                path = f"/showNews.php?DataUcn={ucn}&PageLang={'C' if lang == 'zh' else 'P'}"
            else:
                path = f"/detail/{ {'zh': 'zh-hant', 'pt': 'pt', 'en': 'en'}[lang] }/{nid}"
            arts.append(
                self._art(
                    "gcs",
                    i,
                    path,
                    titles[li],
                    [],
                    when,
                    "minute",
                    story[li],
                    lang=lang,
                    group=g,
                    twin_of=g,
                    ctx=ctx,
                    old=old,
                    source=source,
                    nid=nid,
                )
            )
        by_g: dict[int, list[Art]] = {}
        for a in arts:
            by_g.setdefault(a.x["group"], []).append(a)
        for members in by_g.values():
            for a in members:
                a.x["twins"] = {b.x["lang"]: b.path for b in members}
        self._rel(arts, [0, 1, 2, 3, 4, 5, 7, 8, 9, 10], (2, 3))
        self.arts += arts

    # --- gov.sg / MCI press releases -----------------------------------------------------
    def _govsg(self) -> None:
        rng = self.rng
        styles = [
            "joint",
            "single",
            "contact",
            "joint_contact",
            "single",
            "joint",
            "contact",
            "single",
            "joint",
            "single",
            "joint",
            "contact",
        ]
        sizes = self._sizes12()
        arts: list[Art] = []
        for i, style in enumerate(styles):
            old = i >= 9
            when = self._when(
                1 + i * 2 + rng.randint(0, 1), False, (9, 20), 2019 if old else 2024, SINGAPORE
            )
            ag = rng.choice(SG_AGENCY)
            ag2 = rng.choice([a for a in SG_AGENCY if a is not ag])
            ctx = {
                "ag": ag[0],
                "ag2": ag2[1],
                "topic": rng.choice(SG_TOPIC),
                "place": rng.choice(SG_PLACE),
                "off": rng.choice(SG_OFF),
                "country": rng.choice(SG_COUNTRY),
            }
            title = self._headline(SG_HEAD, ctx, [0])[0]
            story = self._multi(
                [0],
                SG_SENT,
                SG_CAP,
                SG_SUBHEAD,
                ctx,
                sizes[i],
                rng.choice([0, 1, 1, 2]),
                lambda ag=ag: f"Photo: {rng.choice(['MCI', ag[1], 'IMDA', 'MDDI'])}",
            )[0]
            contacts = [(rng.choice(SG_CONTACT), rng.choice(SG_DESIG), ag[1])]
            if style == "joint_contact":
                contacts.append(
                    (
                        rng.choice([c for c in SG_CONTACT if c != contacts[0][0]]),
                        rng.choice(SG_DESIG),
                        "MCI",
                    )
                )
            if old:
                path = f"/pressroom/news-and-stories/pressroom/{when.year}/{when.month}/{slug(title, 9)}"
            else:
                path = f"/media-centre/press-releases/{slug(title, 10)}/"
            upd = rng.choice([0, 0, 1, 2, 5])
            arts.append(
                self._art(
                    "govsg",
                    i,
                    path,
                    title,
                    [],
                    when,
                    "day",
                    story,
                    lang="en",
                    style=style,
                    ctx=ctx,
                    old=old,
                    ag=ag,
                    contacts=contacts,
                    updated=upd,
                    annex=rng.random() < 0.4,
                )
            )
        self._rel(arts, [0, 1, 2, 3, 4, 6, 7, 8, 9, 11], (2, 3))
        self.arts += arts

    # --- Shenzhen English portal ---------------------------------------------------------
    def _sz(self) -> None:
        rng = self.rng
        styles = [
            "author",
            "author2",
            "by_lead",
            "sd_email",
            "xinhua",
            "none",
            "author",
            "by_lead",
            "author2",
            "author",
            "xinhua",
            "sd_email",
        ]
        sources = {
            "author": "Shenzhen Daily",
            "author2": "Shenzhen Daily",
            "by_lead": "Shenzhen Daily",
            "sd_email": "Shenzhen Daily",
            "xinhua": "Xinhua",
            "none": "Shenzhen Government Online",
        }
        sizes = self._sizes12()
        chans = [("latest", "Latest News"), ("business", "Business"), ("culture", "Culture")]
        arts: list[Art] = []
        for i, style in enumerate(styles):
            old = i >= 9
            when = self._when(
                1 + i * 2 + rng.randint(0, 1), True, (7, 21), 2019 if old else 2024, SHANGHAI
            )
            place = rng.choice(SZ_PLACE)
            ctx = {"place": place, "org": rng.choice(SZ_ORG), "topic": rng.choice(SZ_TOPIC)}
            title = self._headline(SZ_HEAD, ctx, [0])[0]
            story = self._multi(
                [0],
                SZ_SENT,
                SZ_CAP,
                SZ_SUBHEAD,
                ctx,
                sizes[i],
                rng.choice([0, 1, 1, 2]),
                lambda place=place: rng.choice(
                    [
                        f"Photo by {rng.choice(SZ_PHOTOG)}",
                        "Xinhua",
                        f"Courtesy of {place}",
                        f"Photo by {rng.choice(SZ_PHOTOG)}",
                    ]
                ),
            )[0]
            if style == "xinhua":
                first = next(b for b in story if b.kind == "p")
                first.text = f"SHENZHEN, {when:%B} {when.day} (Xinhua) -- {first.text}"
            nm = rng.sample(SZ_AUTHOR, 2)
            authors = {"author2": nm[:2], "xinhua": [], "none": []}.get(style, nm[:1])
            editors = [] if i in (5, 10) else rng.sample(SZ_EDITOR, 2 if i == 3 else 1)
            chan = rng.choice(chans)
            if old:
                path = f"/en_szgov/news/{chan[0]}/{when:%Y%m}/t{when:%Y%m%d}_{rng.randint(16_000_000, 17_999_999)}.htm"
            else:
                path = f"/en_szgov/news/{chan[0]}/content/post_{rng.randint(11_100_000, 11_299_999)}.html"
            arts.append(
                self._art(
                    "sz",
                    i,
                    path,
                    title,
                    authors,
                    when,
                    "second" if old else "minute",
                    story,
                    editors=editors,
                    lang="en",
                    style=style,
                    source=sources[style],
                    ctx=ctx,
                    old=old,
                    nm=nm,
                    chan=chan,
                )
            )
        self._rel(arts, [0, 1, 2, 4, 5, 6, 7, 9, 10, 11], (2, 4))
        self.arts += arts
