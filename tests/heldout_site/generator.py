# ruff: noqa: E501  (HTML templates read best as one line per element)
"""The held-out site: five article templates plus listing, pagination, calendar and tag pages
(their HTML is written by pages.py).

Templates (each modelled on a kind of real page):

* ``gov``   – a city government portal (TRS-style URLs ``/zwgk/202403/t20240305_N.html``),
  ``<title>headline-呼和浩特市人民政府</title>``, a 来源/作者/发布时间 line, 责任编辑 at the end.
* ``qx``    – a county-news portal in GBK (declared gb2312), ``<title>headline--旗县之窗</title>``,
  the credit inside the first paragraph: ``（内蒙古日报记者 陈冬 通讯员 秦平萍）``.
* ``paper`` – a newspaper site, ``<title>headline_北疆晨报</title>``, 作者：本报记者 A B, 编辑/审核.
* ``big5``  – a Traditional-Chinese mirror in Big5, ``記者陳美玲／呼和浩特報導``, 責任編輯.
* ``en``    – an English mirror, ``By A and B in Hohhot``, og:site_name, ``<time datetime>``.
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta

from .pages import PageTemplates
from .pools import (
    ACTIONS,
    EN_SENTENCES,
    EN_TOPICS,
    PINYIN,
    PLACES,
    SENTENCES,
    TAGS,
    TEMPLATES,
    TOPICS,
    TW_ACTIONS,
    TW_PLACES,
    TW_SENTENCES,
    TW_TOPICS,
    Art,
    _fill,
    _name,
    _tw_name,
)


class HeldoutSite(PageTemplates):
    """Deterministic site; ``render(path)`` → (body bytes, Content-Type) or None."""

    def __init__(self, per_template: int = 10, seed: int = 7) -> None:
        rng = random.Random(seed)
        self.arts: list[Art] = []
        base = datetime(2024, 2, 20, 0, 0)
        for tpl in TEMPLATES:
            for n in range(per_template):
                day = base + timedelta(days=rng.randint(0, 18))
                # some late-night and early-morning times: the UTC day differs from the local one
                hour = rng.choice((0, 1, 7, 8, 9, 10, 11, 14, 16, 17, 20, 23))
                when = day.replace(hour=hour, minute=rng.randint(0, 59), second=rng.randint(0, 59))
                self.arts.append(self._make(tpl, n, when, rng))
        by_tpl: dict[str, list[Art]] = {}
        for a in self.arts:
            by_tpl.setdefault(a.tpl, []).append(a)
        for group in by_tpl.values():
            for a in group:
                others = [o for o in group if o is not a]
                a.related = [o.path for o in rng.sample(others, rng.randint(2, 4))]
        # the sitewide "most read" boxes: the same few articles on every page
        self.most_read = {
            "zh": [a.path for a in by_tpl["gov"][:2] + by_tpl["qx"][:2] + by_tpl["paper"][:2]],
            "big5": [a.path for a in by_tpl["big5"][:5]],
            "en": [a.path for a in by_tpl["en"][:5]],
        }
        self.by_tpl = by_tpl
        self.pages: dict[str, tuple[bytes, str]] = {}
        self._build()

    # -- the articles -------------------------------------------------------------------
    def _make(self, tpl: str, n: int, when: datetime, rng: random.Random) -> Art:
        place = rng.choice(PLACES)
        topic = rng.choice(TOPICS)
        title = f"{place}{rng.choice(ACTIONS)}{topic}"
        if n == 3:
            title = f"{topic.rstrip('工作')}进行时——{place}见闻"  # a real subtitle dash, not a site name
        if n == 5:
            title = f"“{topic}”：{place}交出亮眼答卷"
        authors: list[str] = []
        corr: list[str] = []
        editors = [_name(rng)]
        picked = rng.sample(SENTENCES, rng.randint(6, 10))
        lead = f"{when.month}月{when.day}日，{place}{rng.choice(ACTIONS)}{topic}，记者第一时间进行了采访。"
        paras = [lead] + [_fill(x, rng, place, topic) for x in picked]
        if tpl not in ("qx", "en"):
            when = when.replace(second=0)  # these templates print the time to the minute
        ymd = when.strftime("%Y%m%d")
        if tpl == "gov":
            path = f"/zwgk/{when:%Y%m}/t{ymd}_{480000 + n * 37}.html"
            authors = [] if n % 4 == 2 else [_name(rng)]
        elif tpl == "qx":
            path = f"/qxzc/{when:%Y-%m}/{when:%d}/content_{9100 + n}.htm"
            kind = n % 4
            authors = [_name(rng)] if kind in (0, 3) else [_name(rng), _name(rng)]
            corr = [_name(rng)] if kind in (0, 2) else []
        elif tpl == "paper":
            path = f"/bjcb/{ymd}/n{77000 + n * 13}.shtml"
            authors = [_name(rng) for _ in range(1 + n % 2)]
        elif tpl == "big5":
            path = f"/big5/news/{when:%Y}/{when:%m%d}/c{300 + n}.htm"
            place, topic = rng.choice(TW_PLACES), rng.choice(TW_TOPICS)
            title = f"{place}{rng.choice(TW_ACTIONS)}{topic}"
            if n == 3:
                title = f"{topic}進行時——{place}見聞"
            authors = [_tw_name(rng) for _ in range(1 + (n % 3 == 1))]
            editors = [_tw_name(rng)]
            paras = [
                _fill(rng.choice(TW_SENTENCES), rng, place, topic) for _ in range(rng.randint(6, 9))
            ]
        else:
            title = EN_TOPICS[n % len(EN_TOPICS)]
            slug = "-".join(title.lower().replace(":", "").replace(",", "").split()[:6])
            path = f"/en/{when:%Y/%m/%d}/{slug}/"
            authors = rng.sample(PINYIN, 1 + n % 2)
            editors = [rng.choice([p for p in PINYIN if p not in authors])]
            place_en = rng.choice(["Hohhot", "Baotou", "Tumed Left Banner", "Wuchuan county"])
            paras = [
                _fill(rng.choice(EN_SENTENCES), rng, place_en, "") for _ in range(rng.randint(6, 9))
            ]
        return Art(tpl, n, path, title, when, authors, corr, editors, paras, tag=TAGS[tpl])

    def truth(self) -> list[dict[str, object]]:
        """What a reader would say about each article page."""
        return [
            {
                "path": a.path,
                "template": a.tpl,
                "title": a.title,
                "authors": sorted(a.authors),
                "correspondents": sorted(a.correspondents),
                "editors": sorted(a.editors),
                "published_local": a.when.strftime("%Y-%m-%dT%H:%M:%S") + "+08:00",
                "related": list(a.related),
            }
            for a in self.arts
        ]

    def non_articles(self) -> list[str]:
        return [p for p in self.pages if p not in {a.path for a in self.arts}]

    def render(self, path: str) -> tuple[bytes, str] | None:
        return self.pages.get(path)

    def _build(self) -> None:
        self._fixed_reviewer = "周建"
        self._recommend = [a.path for a in self.by_tpl["paper"][6:9]]
        enc = {"qx": "gbk", "big5": "big5"}
        ctype = {"qx": "text/html; charset=GBK", "big5": "text/html"}
        for a in self.arts:
            self.pages[a.path] = (
                self._article_html(a).encode(enc.get(a.tpl, "utf-8")),
                ctype.get(a.tpl, "text/html; charset=utf-8"),
            )

        def put(path: str, text: str, encoding: str = "utf-8") -> None:
            ct = "text/html" if encoding == "big5" else f"text/html; charset={encoding}"
            self.pages[path] = (text.encode(encoding), ct)

        def chunks(arts: list[Art], size: int) -> list[list[Art]]:
            arts = sorted(arts, key=lambda x: x.when, reverse=True)
            return [arts[i : i + size] for i in range(0, len(arts), size)] or [[]]

        # gov: index.html, index_1.html … (TRS pagination)
        pages = chunks(self.by_tpl["gov"], 3)
        names = ["index.html"] + [f"index_{i}.html" for i in range(1, len(pages))]
        for i, arts in enumerate(pages):
            pager = "".join(f'<a href="/zwgk/{n}">{j + 1}</a> ' for j, n in enumerate(names))
            pager = f"共{len(pages)}页 {pager}"
            put(f"/zwgk/{names[i]}", self._listing("zh", "政务公开", arts, pager, summaries=True))
        # qx: index.htm, list_2.htm …
        pages = chunks(self.by_tpl["qx"], 4)
        names = ["index.htm"] + [f"list_{i + 1}.htm" for i in range(1, len(pages))]
        for i, arts in enumerate(pages):
            pager = "".join(f'<a href="/qxzc/{n}">[{j + 1}]</a>' for j, n in enumerate(names))
            put(f"/qxzc/{names[i]}", self._listing("zh", "旗县之窗", arts, pager))
        # paper
        put(
            "/bjcb/index.shtml",
            self._listing("zh", "北疆晨报", chunks(self.by_tpl["paper"], 20)[0], "", True),
        )
        # big5: index.htm, index_2.htm …
        pages = chunks(self.by_tpl["big5"], 4)
        names = ["index.htm"] + [f"index_{i + 1}.htm" for i in range(1, len(pages))]
        for i, arts in enumerate(pages):
            pager = "".join(f'<a href="/big5/news/{n}">{j + 1}</a> ' for j, n in enumerate(names))
            put(f"/big5/news/{names[i]}", self._listing("big5", "新聞", arts, pager, True), "big5")
        # en: /en/, /en/page/2/ … /en/page/4/
        pages = chunks(self.by_tpl["en"], 3)
        names = ["/en/"] + [f"/en/page/{i + 1}/" for i in range(1, len(pages))]
        for i, arts in enumerate(pages):
            pager = "".join(
                f'<a class="page-numbers" href="{n}">{j + 1}</a> ' for j, n in enumerate(names)
            )
            put(names[i], self._listing("en", "Latest News", arts, pager, True))
        # tags
        for tag in sorted(set(TAGS.values())):
            arts = [a for a in self.arts if a.tag == tag]
            lang = "en" if tag == "economy" else "zh"
            put(
                f"/tag/{tag}/",
                self._listing(
                    lang, f"标签：{tag}" if lang == "zh" else f"Tag: {tag}", arts, "", True
                ),
            )
        # calendar (month grid) and one page per day with articles
        days: dict[str, list[Art]] = {}
        for a in self.arts:
            if a.tpl in ("gov", "qx", "paper"):
                days.setdefault(a.when.strftime("%Y/%m/%d"), []).append(a)
        for month in ("2024/02", "2024/03"):
            cells = []
            for d in range(1, 32):
                key = f"{month}/{d:02d}"
                if key in days:
                    cells.append(f'<td><a href="/archive/{key}/">{d}</a></td>')
                else:
                    cells.append(f"<td>{d}</td>")
            rows = "".join("<tr>" + "".join(cells[i : i + 7]) + "</tr>" for i in range(0, 31, 7))
            other = "/archive/2024/03/" if month == "2024/02" else "/archive/2024/02/"
            grid = (
                f'<table class="calendar"><caption>{month.replace("/", "年")}月</caption>'
                "<tr><th>日</th><th>一</th><th>二</th><th>三</th><th>四</th><th>五</th><th>六</th></tr>"
                f'{rows}</table><a href="{other}">上一月/下一月</a>'
            )
            put(
                f"/archive/{month}/",
                self._page(
                    "zh",
                    '<meta charset="utf-8"><title>往期回顾-呼和浩特市人民政府</title>',
                    f'<div class="main">{grid}{self._most_read("zh")}</div>',
                ),
            )
        for key, arts in days.items():
            put(f"/archive/{key}/", self._listing("zh", f"{key} 新闻", arts, "", True))
        # about
        about = (
            '<div class="main"><h1>关于我们</h1><p>本网站由呼和浩特市人民政府办公室主办，'
            "发布政务信息和本地新闻。联系电话：0471-1234567。</p>"
            f"{self._most_read('zh')}</div>"
        )
        put("/about.html", self._page("zh", '<meta charset="utf-8"><title>关于我们</title>', about))
        # the home page
        latest = sorted(self.arts, key=lambda x: x.when, reverse=True)[:12]
        home = (
            f'<div class="main"><div class="focus">{self._teasers(latest, False)}</div>'
            '<div class="links"><a href="/zwgk/index.html">政务公开</a> <a href="/qxzc/index.htm">旗县之窗</a> '
            '<a href="/bjcb/index.shtml">北疆晨报</a> <a href="/archive/2024/03/">往期回顾</a> '
            '<a href="/tag/就业/">就业</a> <a href="/tag/乡村振兴/">乡村振兴</a> <a href="/tag/民生/">民生</a>'
            f"</div>{self._most_read('zh')}</div>"
        )
        put("/", self._page("zh", '<meta charset="utf-8"><title>呼和浩特市人民政府</title>', home))
