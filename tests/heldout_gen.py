"""What the generated Chinese held-out sites (7, 8, 10-13) share: the set-up of a site (seed, RNG,
articles, routes), the routing key, story sizes, the body of a story as blocks, its publication
time, and the word-pool helpers (headlines, sentences, paragraphs, captions) over a site's own
frames. A site keeps its templates, topic pools and frames; what differs between the copies this
replaces (the long story's length, where an image may stand, its URL) is a parameter.

Every call to the RNG is made in the order the copies made it: a site's pages and truth stay
byte-identical."""

from __future__ import annotations

import html
import random
from collections.abc import Callable, Iterable
from datetime import datetime
from types import ModuleType
from typing import Any
from urllib.parse import parse_qsl, urlsplit
from zoneinfo import ZoneInfo

from heldout import Art, Block, RoutedSite

BEIJING = ZoneInfo("Asia/Shanghai")


def sorted_query(path: str) -> tuple[str, str]:
    """A path's path part and its query's parameters decoded and sorted (``uid=…&pageNum=2``)."""
    parts = urlsplit(path)
    q = "&".join(f"{k}={v}" for k, v in sorted(parse_qsl(parts.query, keep_blank_values=True)))
    return parts.path, (f"?{q}" if q else "")


class Pools:
    """A site's headline, sentence, paragraph and caption makers over its own frames.

    ``head``/``frames`` are per-template frame lists, ``captions`` the caption frames, ``fill``
    the site's filler; ``words`` the (open, subject, predicate, tail) pools of the generic
    sentence. ``frame_share`` is how often a sentence is one of the template's frames;
    ``mixed_sep`` draws 、 or ， between the predicates (else always ，, no draw); ``tries`` is
    how many headlines to draw before giving up, and with ``topics`` each failed draw picks
    another topic of the template."""

    def __init__(
        self,
        head: dict[str, list[str]],
        frames: dict[str, list[str]],
        captions: list[str],
        fill: Callable[[random.Random, str, dict[str, str]], str],
        words: tuple[list[str], list[str], list[str], list[str]],
        *,
        frame_share: float = 0.3,
        mixed_sep: bool = True,
        tries: int = 200,
        topics: dict[str, list[str]] | None = None,
    ) -> None:
        self.head, self.frames, self.captions, self.fill = head, frames, captions, fill
        self.open, self.subj, self.pred, self.tail = words
        self.frame_share, self.mixed_sep = frame_share, mixed_sep
        self.tries, self.topics = tries, topics

    def headline(self, rng: random.Random, tpl: str, ctx: dict[str, str], used: set[str]) -> str:
        for _ in range(self.tries):
            t = self.fill(rng, rng.choice(self.head[tpl]), ctx)
            if t not in used:
                used.add(t)
                return t
            if self.topics is not None:
                ctx = {**ctx, "topic": rng.choice(self.topics[tpl])}
        raise RuntimeError("headline pool exhausted")

    def sentence(self, rng: random.Random, tpl: str, ctx: dict[str, str]) -> str:
        if rng.random() < self.frame_share:
            return self.fill(rng, rng.choice(self.frames[tpl]), ctx)
        p1, p2 = rng.sample(self.pred, 2)
        sep = ("、" if rng.random() < 0.3 else "，") if self.mixed_sep else "，"
        frame = (
            rng.choice(self.open) + rng.choice(self.subj) + p1 + sep + p2 + rng.choice(self.tail)
        )
        return self.fill(rng, frame, ctx)

    #: what joins a paragraph's sentences (a space in an alphabetic script)
    joiner = ""

    def paragraphs(self, rng: random.Random, tpl: str, n: int, ctx: dict[str, str]) -> list[str]:
        """``n`` paragraphs of 1-4 sentences, no sentence twice."""
        out: list[str] = []
        seen: set[str] = set()
        for _ in range(n):
            k = rng.randint(1, 2) if n <= 2 else rng.randint(1, 4)
            para: list[str] = []
            while len(para) < k:
                s = self.sentence(rng, tpl, ctx)
                if s not in seen:
                    seen.add(s)
                    para.append(s)
            out.append(self.joiner.join(para))
        return out

    def caption(self, rng: random.Random, ctx: dict[str, str]) -> str:
        return self.fill(rng, rng.choice(self.captions), ctx)


class GenSite(RoutedSite):
    """A generated site: ``build()`` makes the articles with ``rng`` (seeded with ``seed``), then
    the ``modules`` register their routes.

    A site sets ``pools`` (its :class:`Pools`) and ``subheads``, and where it differs:
    ``long_paras`` (a long story's paragraph range), ``lead_image`` (a story's first image may
    stand above its first paragraph), ``img_root`` (an image URL's first folder)."""

    modules: Iterable[ModuleType] = ()
    pools: Pools
    subheads: dict[str, list[str]]
    long_paras = (16, 24)
    lead_image = False
    img_root = "/img"

    def __init__(self, seed: int) -> None:
        self.seed = seed
        self.base = "http://127.0.0.1"  # the server sets the real one before serving
        self.rng = random.Random(seed)
        self.arts: list[Art] = []
        self.used: set[str] = set()
        self.build()
        self.by_path = {a.path: a for a in self.arts}
        self.register(self.modules)

    def build(self) -> None:
        raise NotImplementedError

    def key(self, path: str) -> str:
        """The routing key: the query's parameters decoded and sorted."""
        return "".join(sorted_query(path))

    def _sizes(self) -> list[str]:
        s = ["brief", "long", "long"] + [self.rng.choice(["small", "mid", "mid"]) for _ in range(9)]
        self.rng.shuffle(s)
        return s

    def _img_src(self, tpl: str, when: datetime, img: str | None) -> str:
        """An image's URL: ``img_root/tpl/YYYYmmdd/<48 random bits>.jpg``, or the format ``img``
        of ``d`` (the day), ``h`` (40 random bits) and ``n`` (a five-digit number)."""
        rng = self.rng
        if img is None:
            return f"{self.img_root}/{tpl}/{when:%Y%m%d}/{rng.getrandbits(48):012x}.jpg"
        return img.format(d=when, h=f"{rng.getrandbits(40):010x}", n=rng.randint(10000, 99999))

    def _blocks(
        self,
        tpl: str,
        size: str,
        ctx: dict[str, str],
        images: int,
        when: datetime,
        img: str | None = None,
    ) -> list[Block]:
        rng = self.rng
        n = {"brief": 2, "small": rng.randint(3, 5), "mid": rng.randint(6, 11)}.get(
            size, rng.randint(*self.long_paras)
        )
        blocks = [Block("p", p) for p in self.pools.paragraphs(rng, tpl, n, ctx)]
        if size == "long":
            for k, h in enumerate(self.subheads[tpl]):
                blocks.insert(2 + k * 6, Block("h", h))
        for k in range(images):
            at = rng.randint(0 if k == 0 and self.lead_image else 1, len(blocks))
            shot = {
                **ctx,
                "month": str(when.month),
                "day": str(max(1, when.day - rng.randint(0, 1))),
            }
            src = self._img_src(tpl, when, img)
            blocks.insert(at, Block("img", self.pools.caption(rng, shot), src))
        return blocks

    def _when(
        self,
        day: int,
        seconds: bool = True,
        hours: tuple[int, int] = (7, 22),
        year: int = 2024,
        tz: ZoneInfo = BEIJING,
    ) -> datetime:
        rng = self.rng
        return datetime(
            year,
            5,
            day,
            rng.randint(*hours),
            rng.randint(0, 59),
            rng.randint(0, 59) if seconds else 0,
            tzinfo=tz,
        )

    def _first(self, blocks: list[Block]) -> Block:
        return next(b for b in blocks if b.kind == "p")

    def _md(self, when: datetime) -> str:
        return f"{when.month}月{when.day}日"


def news_li(a: Art, fmt: str = "%m-%d %H:%M") -> str:
    """A story's line in a list: its linked headline and its time."""
    title = html.escape(a.title, quote=True)
    link = f'<a href="{a.path}" target="_blank">{title}</a>'
    return f'<li>{link}<span class="time">{a.when:{fmt}}</span></li>'


def home_boxes(
    site: RoutedSite,
    labels: dict[str, str],
    focus: str = "要闻",
    top: int = 12,
    each: int = 8,
    fmt: str = "%m-%d %H:%M",
) -> list[str]:
    """A home page's boxes: the ``top`` latest stories under ``focus``, then each template's
    ``each`` latest under its label."""

    def ul(arts: list[Any]) -> str:
        return "".join(news_li(a, fmt) for a in arts)

    latest = sorted(site.arts, key=lambda a: a.when)[::-1]
    boxes = [f'<div class="focus"><h2>{focus}</h2><ul>{ul(latest[:top])}</ul></div>']
    for tpl, label in labels.items():
        arts = sorted(site.of(tpl), key=lambda a: a.when)[::-1][:each]
        boxes.append(f'<div class="box"><h2>{label}</h2><ul>{ul(arts)}</ul></div>')
    return boxes


__all__ = ["BEIJING", "GenSite", "Pools", "home_boxes", "news_li", "sorted_query"]
