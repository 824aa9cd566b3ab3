"""Site 43's article templates: Der Spiegel (one layout, old ``-a-1266310.html`` addresses for
2019 stories), Le Monde (the 2024 layout and the 2019 one), El País (the 2024 Arc layout and the
2019 one), the Corriere della Sera (the 2024 layout and the 2019 one) and NOS (the 2024 Next.js
layout and the 2019 one)."""

# ruff: noqa: E501  (markup is written the way the CMS writes it: long lines, as served)

from __future__ import annotations

import hashlib
import random
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from heldout import Art, Block

from .common import consent, css, encode, esc, gtm, ld, month, page_rng, script_json, slug

if TYPE_CHECKING:
    from .generator import Site43

LABELS = {
    "spiegel": "DER SPIEGEL",
    "lemonde": "Le Monde",
    "elpais": "EL PAÍS",
    "corriere": "Corriere della Sera",
    "nos": "NOS",
}


# --- shared -----------------------------------------------------------------------------
def latest(arts: list[Art]) -> list[Art]:
    return sorted(arts, key=lambda a: a.when, reverse=True)


def others(rng: random.Random, site: Site43, a: Art, k: int) -> list[Art]:
    pool = [b for b in site.of(a.tpl) if b is not a and b.path not in a.related]
    return rng.sample(pool, min(k, len(pool)))


def rel(site: Site43, a: Art) -> list[Art]:
    return [site.by_path[p] for p in a.related]


def body(
    a: Art,
    para: Callable[[str, int], str],
    sub: Callable[[str], str],
    fig: Callable[[Block, int], str],
    after: Callable[[int], str] | None = None,
) -> str:
    """The story's blocks as markup; ``after(k)`` is written after the k-th paragraph."""
    out = []
    k = 0
    for n, b in enumerate(a.blocks):
        if b.kind == "p":
            out.append(para(b.text, k))
            k += 1
            if after is not None:
                out.append(after(k))
        elif b.kind == "h":
            out.append(sub(b.text))
        else:
            out.append(fig(b, n))
    return "\n".join(x for x in out if x)


def zstamp(w: datetime, ms: bool = False) -> str:
    u = w.astimezone(UTC)
    return f"{u:%Y-%m-%dT%H:%M:%S}{'.000' if ms else ''}Z"


def offset(w: datetime) -> str:
    """``+0200``: the offset without a colon, as some CMSes print it."""
    return w.strftime("%z")


def hexid(text: str, n: int = 32) -> str:
    return hashlib.md5(text.encode()).hexdigest()[:n]


def uuid_of(text: str) -> str:
    h = hexid(text)
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def author_path(tpl: str, name: str, old: bool = False) -> str:
    """A writer's page (Corriere and NOS bylines link nowhere)."""
    if tpl == "spiegel":
        return f"/impressum/autor-{uuid_of(name)}"
    if tpl == "lemonde":
        return f"/journaliste/{slug(name)}/" if old else f"/signataires/{slug(name)}/"
    return f"/autor/{slug(name).replace('-', '_')}/a/" if old else f"/autor/{slug(name)}/"


def writers(site: Site43, tpl: str) -> dict[str, tuple[bool, list[Art]]]:
    """Each writer of ``tpl`` with whether the page is a 2019 one (its own address scheme)."""
    out: dict[tuple[str, bool], list[Art]] = {}
    for a in site.of(tpl):
        for n in a.authors:
            out.setdefault((n, tpl in ("lemonde", "elpais") and a.x["old"]), []).append(a)
    return {author_path(tpl, n, old): (old, arts) for (n, old), arts in out.items()}


def topic_path(tpl: str, ctx: dict[str, str]) -> tuple[str, str]:
    """A story's topic page and its label."""
    if tpl == "spiegel":
        return f"/thema/{slug(ctx['topic_bare'])}/", ctx["topic_bare"]
    if tpl == "lemonde":
        t = ctx["topic"].removeprefix("la ").removeprefix("le ").removeprefix("l’")
        return f"/{slug(t, 6, '-')}/", t[:1].upper() + t[1:]
    if tpl == "elpais":
        t = ctx["topic"].removeprefix("la ").removeprefix("el ")
        return f"/noticias/{slug(t, 6)}/", t[:1].upper() + t[1:]
    if tpl == "corriere":
        return f"/argomenti/{slug(ctx['topic_bare'], 6, '-')}/", ctx["topic_bare"]
    t = ctx["topic_bare"]
    return f"/collectie/{13000 + int(hexid(t, 4), 16) % 900}-{slug(t)}", t[:1].upper() + t[1:]


def share(labels: list[str], cls: str) -> str:
    return "".join(
        f'<a class="{cls}" href="#share-{slug(s)}" data-share="{slug(s)}" aria-label="{esc(s)}">{esc(s)}</a>'
        for s in labels
    )


def svg(name: str) -> str:
    return f'<svg class="icon icon-{name}" width="24" height="24" viewBox="0 0 24 24" aria-hidden="true"><use xlink:href="#icon-{name}"></use></svg>'


# --- Der Spiegel ------------------------------------------------------------------------
SP_SECTIONS = [
    ("politik/deutschland", "Deutschland"),
    ("wirtschaft/soziales", "Soziales"),
    ("wirtschaft/service", "Verbraucher & Service"),
    ("panorama/gesellschaft", "Gesellschaft"),
]
SP_RESSORTS = [("politik", "Politik"), ("wirtschaft", "Wirtschaft"), ("panorama", "Panorama")]
SP_NAV = [
    "Schlagzeilen",
    "Politik",
    "Meinung",
    "Wirtschaft",
    "Panorama",
    "Sport",
    "Kultur",
    "Netzwelt",
    "Wissenschaft",
    "Mobilität",
    "Karriere",
    "Leben",
    "Geschichte",
    "Ausland",
    "Audio",
    "Video",
]


def sp_when(w: datetime) -> str:
    return f"{w:%d.%m.%Y}, {w:%H.%M}\u00a0Uhr"


def sp_issue(w: datetime) -> tuple[str, str]:
    """The print issue a story appeared in: (its index page, "DER SPIEGEL 19/2024")."""
    wk = (w + timedelta(days=3)).isocalendar()[1]
    return f"/spiegel/print/index-{w.year}-{wk}.html", f"DER SPIEGEL {wk}/{w.year}"


def sp_chrome(
    site: Site43,
    rng: random.Random,
    title: str,
    canonical: str,
    main: str,
    head_extra: str = "",
    tail: str = "",
) -> tuple[bytes, str]:
    fronts = {"Politik": "/politik/", "Wirtschaft": "/wirtschaft/", "Panorama": "/panorama/"}
    nav = "".join(
        f'<li class="shrink-0"><a href="{fronts.get(t, "/#" + slug(t))}" class="font-sansUI text-base px-8" data-link-flag="{slug(t)}">{esc(t)}</a></li>'
        for t in SP_NAV
    )
    foot = "".join(
        f'<li><a href="/impressum#{slug(t)}" class="text-shade-lightest">{esc(t)}</a></li>'
        for t in [
            "Impressum",
            "Datenschutz",
            "Nutzungsbedingungen",
            "Cookies & Tracking",
            "Abo kündigen",
            "Hilfe",
            "Kontakt",
            "Newsletter",
            "Mediadaten",
            "Barrierefreiheit",
            "Jobs",
            "SPIEGEL-Gruppe",
        ]
    )
    services = "".join(
        f'<li><a href="/impressum#{slug(t)}">{esc(t)}</a></li>'
        for t in [
            "Brückenrechner",
            "Gutscheine",
            "Jobsuche",
            "Ferientermine",
            "Rätsel",
            "SPIEGEL Shop",
            "Manager Magazin",
            "Harvard Business Manager",
            "11Freunde",
        ]
    )
    page = f"""<!DOCTYPE html><html lang="de" data-ptype="article" class="no-js"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)}</title><link rel="canonical" href="{site.base}{canonical}"><meta property="og:site_name" content="DER SPIEGEL"><meta name="robots" content="index, follow, noarchive, max-snippet:-1, max-image-preview:large">
<link rel="preload" href="https://cdn.prod.www.spiegel.example/public/spon/fonts/SpiegelSans.woff2" as="font" crossorigin>{head_extra}
<style>{css(rng, "sp", 430, "util")}</style>
<script>{gtm("SPON43")}{consent("spon")}window.SPON=window.SPON||{{}};window.SPON.config={{"env":"production","release":"{rng.getrandbits(40):010x}","adTag":"spiegel.de/artikel"}};</script>
</head><body class="bg-white dark:bg-black"><a href="#Inhalt" class="sr-only">Zum Inhalt springen</a>
<svg xmlns="http://www.w3.org/2000/svg" class="hidden"><symbol id="spiegelplus" viewBox="0 0 20 13"><path d="M0 0h20v13H0z"></path></symbol><symbol id="icon-share" viewBox="0 0 24 24"><path d="M3 3h18v18H3z"></path></symbol></svg>
<header data-area="navigation_bar" class="sticky top-0 z-50"><div class="flex items-center justify-between"><a href="/" title="DER SPIEGEL" class="block"><svg width="164" height="26" viewBox="0 0 164 26"><title>DER SPIEGEL</title><path d="M0 0h164v26H0z"></path></svg></a>
<div class="flex"><a href="/impressum#abo" data-sara-click-el="navigation_bar" class="font-sansUI font-bold">Abonnement</a><a href="/impressum#anmelden" class="font-sansUI">Anmelden</a><a href="/suche/?suchbegriff=Rente" aria-label="Suche öffnen">Suche</a></div></div>
<nav aria-label="Ressorts" data-area="ressort_nav"><ul class="flex overflow-x-auto">{nav}</ul></nav></header>
<main id="Inhalt">{main}</main>
<footer data-area="footer" class="bg-black text-shade-lightest"><div class="lg:w-10/12 mx-auto"><a href="/" title="DER SPIEGEL">DER SPIEGEL</a>
<div class="grid"><div><span class="font-bold">Services</span><ul>{services}</ul></div><div><ul>{foot}</ul></div></div>
<p class="text-s">Alle Rechte vorbehalten · Vervielfältigung nur mit Genehmigung · © DER SPIEGEL GmbH &amp; Co. KG</p></div></footer>
{tail}</body></html>"""
    return encode(page)


def sp_byline(a: Art) -> str:
    def who(n: str) -> str:
        return f'<a href="{author_path("spiegel", n)}" class="text-black dark:text-shade-lightest font-bold border-b border-shade-light hover:border-black">{esc(n)}</a>'

    nm = [n for n, _ in a.x["nm"]]
    style = a.x["style"]
    if style == "agency":
        return ""
    inner = {
        "one": f"Von {who(nm[0])}",
        "two": f"Von {who(nm[0])} und {who(nm[1])}",
        "three": f"Von {who(nm[0])}, {who(nm[1])} und {who(nm[2])}",
        "place": f"Von {who(nm[0])}, {esc(a.x['place'])}",
        "comment": f"Ein Kommentar von {who(nm[0])}",
        "interview": f"Ein Interview von {who(nm[0])}",
    }[style]
    faces = "".join(
        f'<img class="rounded-full w-40 h-40" src="https://cdn.prod.www.spiegel.example/images/{hexid(n, 12)}_w80_r1_fpx50_fpy50.jpg" alt="" width="40" height="40">'
        for n in a.authors
    )
    return f'<div class="flex items-center font-sansUI lg:text-base md:text-base sm:text-s text-shade-dark mb-16" data-area="author"><div class="flex -space-x-8 mr-8">{faces}</div><div>{inner}</div></div>'


def sp_teaser(b: Art, cls: str = "") -> str:
    return f'<article aria-label="{esc(b.title)}" class="{cls}"><a href="{b.path}" title="{esc(b.x["kicker"])}: {esc(b.title)}" class="text-black block"><h3 class="font-serifUI"><span class="text-primary-base font-sansUI font-bold text-base block mb-4">{esc(b.x["kicker"])}</span><span class="align-middle">{esc(b.title)}</span></h3></a></article>'


def spiegel(site: Site43, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    x = a.x
    ad_no = iter(range(1, 9))

    def para(t: str, k: int) -> str:
        return f"<p>{esc(t)}</p>"

    def sub(t: str) -> str:
        return f'</div><h3 class="font-sansUI font-bold lg:text-2xl md:text-2xl sm:text-xl lg:w-8/12 md:w-10/12 lg:mx-auto md:mx-auto lg:px-24 md:px-24 sm:px-16 mb-12">{esc(t)}</h3><div class="RichText RichText--iconLinks lg:w-8/12 md:w-10/12 lg:mx-auto md:mx-auto lg:px-24 md:px-24 sm:px-16 break-words word-wrap" data-area="text">'

    def fig(b: Block, n: int) -> str:
        src = f"https://cdn.prod.www.spiegel.example/images/{b.src}-0001-0000-0000-000000000000_w948_r1.778_fpx{rng.randint(30, 70)}_fpy{rng.randint(30, 60)}.jpg"
        inner = f'<figure class="relative" data-area="image"><div class="relative overflow-hidden"><picture><img data-image-el="img" src="{src}" alt="{esc(b.text)}" title="{esc(b.text)}" width="948" height="533" loading="{"eager" if n == 0 else "lazy"}"></picture></div><figcaption class="font-sansUI text-shade-dark text-s mt-8"><p>{esc(b.text)}</p><span class="block text-shade-dark mt-4">{esc(b.credit)}</span></figcaption></figure>'
        if n == 0:
            return ""
        return f'</div><div class="lg:w-10/12 md:w-10/12 lg:mx-auto my-24" data-area="image_block">{inner}</div><div class="RichText RichText--iconLinks lg:w-8/12 md:w-10/12 lg:mx-auto md:mx-auto lg:px-24 md:px-24 sm:px-16 break-words word-wrap" data-area="text">'

    def after(k: int) -> str:
        if k in (3, 8) and k < len(a.paras):
            return f'</div><div data-area="ad_container" class="my-32 text-center"><span class="font-sansUI text-shade-dark text-xs uppercase">Anzeige</span><div id="spon_ad_inline_{next(ad_no)}" class="min-h-250"></div></div><div class="RichText RichText--iconLinks lg:w-8/12 md:w-10/12 lg:mx-auto md:mx-auto lg:px-24 md:px-24 sm:px-16 break-words word-wrap" data-area="text">'
        return ""

    lead = ""
    if a.blocks and a.blocks[0].kind == "img":
        b = a.blocks[0]
        src = f"https://cdn.prod.www.spiegel.example/images/{b.src}-0001-0000-0000-000000000000_w1280_r1.778_fpx50_fpy44.jpg"
        lead = f'<div data-area="top_element>image" class="lg:w-10/12 md:w-10/12 lg:mx-auto mb-24"><figure class="relative" data-area="image"><picture><img data-image-el="img" src="{src}" alt="{esc(b.text)}" title="{esc(b.text)}" width="1280" height="720" loading="eager" fetchpriority="high"></picture><figcaption class="font-sansUI text-shade-dark text-s mt-8 lg:px-0 md:px-0 sm:px-16"><p>{esc(b.text)}</p><span class="block text-shade-dark mt-4">{esc(b.credit)}</span></figcaption></figure></div>'
    story = body(a, para, sub, fig, after)
    if x["style"] == "agency":
        story += f"\n<p>{esc(x['kuerzel'])}</p>"
    text_div = '<div class="RichText RichText--iconLinks lg:w-8/12 md:w-10/12 lg:mx-auto md:mx-auto lg:px-24 md:px-24 sm:px-16 break-words word-wrap" data-area="text">'
    story = f"{text_div}{story}</div>".replace(f"{text_div}</div>", "")
    paywall = ""
    if x["plus"]:
        paywall = """<div data-area="paywall" data-paywall="true" class="relative lg:w-8/12 md:w-10/12 lg:mx-auto"><div class="absolute -top-96 h-96 w-full bg-gradient-to-b from-transparent to-white"></div>
<div class="border-t-4 border-primary-base bg-shade-lightest p-24 text-center"><svg width="60" height="39" aria-hidden="true"><use xlink:href="#spiegelplus"></use></svg>
<p class="font-sansUI font-bold text-2xl">Jetzt weiterlesen mit SPIEGEL+</p><p class="font-sansUI">Mehr Perspektiven, mehr verstehen.</p>
<ul class="font-sansUI text-left"><li>Freier Zugang zu allen Artikeln, Videos, Audioinhalten und Podcasts</li><li>Alle Artikel auf SPIEGEL.de frei zugänglich</li><li>Jederzeit kündbar</li></ul>
<a href="/impressum#abo" class="inline-block bg-primary-base text-white font-bold px-24 py-12" data-sara-click-el="paywall_button">Jetzt für 1 € testen</a>
<p class="font-sansUI text-s">Sie haben bereits ein Digital-Abo? <a href="/impressum#anmelden" class="underline">Hier anmelden</a></p>
<p class="font-sansUI text-xs text-shade-dark">Weiterlesen mit SPIEGEL+ ist mit einem Abo von DER SPIEGEL, SPIEGEL+ oder SPIEGEL Digital möglich. Das Angebot gilt für Neukunden.</p></div></div>"""
    more = ""
    if a.related:
        items = "".join(f'<li class="mb-24">{sp_teaser(b)}</li>' for b in rel(site, a))
        more = f'<section data-area="related_articles" class="lg:w-8/12 md:w-10/12 lg:mx-auto lg:px-24 md:px-24 sm:px-16 my-32 border-t border-b border-shade-light py-24"><p class="font-sansUI font-bold text-primary-base text-l mb-16">Mehr zum Thema</p><ul>{items}</ul></section>'
    tp, tlabel = topic_path("spiegel", x["ctx"])
    pills = [
        (tp, tlabel),
        (f"/{x['sec'][0]}/", x["sec"][1]),
        (f"/{x['sec'][0].split('/')[0]}/", x["sec"][2]),
    ]
    pills_html = "".join(
        f'<li class="inline-block mr-8 mb-8"><a href="{h}" class="border border-shade-light rounded-full px-12 py-4 font-sansUI text-s">{esc(t)}</a></li>'
        for h, t in pills
    )
    issue = ""
    if x["print_issue"]:
        ip, il = sp_issue(a.when)
        issue = f' <span class="mx-4">•</span> aus <a href="{ip}" class="underline">{il}</a>'
    audio = ""
    if not x["old"]:
        audio = f'<div data-area="audio_player" class="flex items-center font-sansUI text-s my-16"><button type="button" class="flex items-center" data-contains-flags="audio">{svg("play")}<span>Artikel zum Hören</span> <span class="mx-4">•</span> <span>{x["minutes"]} Min</span></button><span class="sr-only" role="status">Die Wiedergabe wurde unterbrochen.</span></div>'
    shares = share(
        ["X.com", "Facebook", "E-Mail", "Messenger", "WhatsApp", "Link kopieren"],
        "inline-flex font-sansUI text-s mr-12",
    )
    gift = (
        '<button type="button" class="font-sansUI text-s font-bold" data-area="gift_button">Artikel verschenken</button>'
        if x["plus"]
        else ""
    )
    flag = (
        '<span class="inline-block mr-6 align-middle"><svg width="20" height="13" aria-hidden="true" data-flag-name="Spplus"><use xlink:href="#spiegelplus"></use></svg></span>'
        if x["plus"]
        else ""
    )
    most = "".join(
        f'<li class="flex mb-16"><span class="font-sansUI font-bold text-primary-base text-3xl mr-12">{k}</span>{sp_teaser(b)}</li>'
        for k, b in enumerate(others(rng, site, a, 5), 1)
    )
    heads = "".join(
        f'<li class="mb-12"><span class="font-sansUI text-s text-shade-dark">{b.when:%H.%M}</span> {sp_teaser(b)}</li>'
        for b in latest(site.of("spiegel"))[:6]
        if b is not a
    )
    main = f"""<div class="relative"><article aria-label="{esc(a.title)}" data-area="article" class="lg:pt-32 md:pt-32 sm:pt-24">
<header data-area="intro" class="lg:w-10/12 md:w-10/12 lg:mx-auto">
<div class="lg:px-24 md:px-24 sm:px-16 lg:mb-32 md:mb-32 sm:mb-24">
<h2 class="lg:w-10/12 md:w-10/12 leading-tight font-serifUI"><span class="text-primary-base dark:text-dm-primary-base font-sansUI font-bold text-base block mb-12">{flag}{esc(x["kicker"])}</span><span class="align-middle">{esc(a.title)}</span></h2>
<div class="RichText RichText--sans leading-loose lg:text-xl md:text-xl sm:text-l lg:mb-32 md:mb-32 sm:mb-24">{esc(x["teaser"])}</div>
{sp_byline(a)}
<div class="font-sansUI lg:text-base md:text-base sm:text-s text-shade-dark" data-area="timestamp"><time datetime="{a.when:%Y-%m-%d %H:%M:%S}" class="timeformat">{sp_when(a.when)}</time>{issue}</div>
{audio}
<div data-area="social_bar" class="flex flex-wrap items-center mt-16"><span class="sr-only">Artikel teilen</span>{shares}<button type="button" class="font-sansUI text-s" data-area="bookmark" aria-label="Zur Merkliste hinzufügen">{svg("bookmark")}Merken</button>{gift}<button type="button" aria-label="Weitere Optionen zum Teilen">{svg("share")}</button></div>
</div>{lead}</header>
<section class="relative" data-area="body">
{story}
{paywall}
</section>
{more}
<div data-area="topic_pills" class="lg:w-8/12 md:w-10/12 lg:mx-auto lg:px-24 md:px-24 sm:px-16 my-24"><p class="font-sansUI font-bold mb-8">Mehr lesen über</p><ul>{pills_html}</ul></div>
<div data-area="article_footer" class="lg:w-8/12 md:w-10/12 lg:mx-auto lg:px-24 md:px-24 sm:px-16 font-sansUI text-s text-shade-dark"><p>Merkliste</p><p>Speichern Sie Ihre Lieblingsartikel in der persönlichen Merkliste, um sie später zu lesen und einfach wiederzufinden.</p><p><a href="/impressum#anmelden">Jetzt anmelden</a> · Sie haben noch kein SPIEGEL-Konto? <a href="/impressum#registrieren">Jetzt registrieren</a></p></div>
</article>
<aside class="lg:w-10/12 mx-auto my-48" data-area="block>topic:meistgelesen"><p class="font-sansUI font-bold text-2xl mb-24">Meistgelesen</p><ol>{most}</ol></aside>
<aside class="lg:w-10/12 mx-auto my-48" data-area="block>headlines"><p class="font-sansUI font-bold text-2xl mb-24">Schlagzeilen</p><ul>{heads}</ul></aside>
<div data-area="newsletter_box" class="lg:w-10/12 mx-auto bg-shade-lightest p-24"><p class="font-bold">Die Lage am Morgen</p><p>Was heute wichtig ist – und was Sie wissen müssen. Der tägliche Newsletter der Chefredaktion.</p><a href="/impressum#newsletter">Jetzt kostenlos abonnieren</a></div></div>"""
    full = f"{x['kicker']}: {a.title}"
    author_meta = ", ".join(a.authors) + ", DER SPIEGEL" if a.authors else "DER SPIEGEL"
    mod = a.when + timedelta(minutes=x["updated"])
    head = f'<meta name="description" content="{esc(x["teaser"])}"><meta name="author" content="{esc(author_meta)}"><meta name="date" content="{a.when.isoformat()}"><meta name="last-modified" content="{mod.isoformat()}"><meta property="og:title" content="{esc(full)}"><meta property="og:type" content="article"><meta property="og:description" content="{esc(x["teaser"])}"><meta name="twitter:title" content="{esc(full)}">'
    head += ld(
        [
            {
                "@context": "http://schema.org",
                "@type": "NewsArticle",
                "mainEntityOfPage": f"{site.base}{a.path}",
                "headline": full,
                "description": x["teaser"],
                "datePublished": a.when.isoformat(),
                "dateModified": mod.isoformat(),
                "isAccessibleForFree": not x["plus"],
                "author": [
                    {"@type": "Person", "name": n, "url": f"{site.base}{author_path('spiegel', n)}"}
                    for n in a.authors
                ]
                or {"@type": "Organization", "name": "DER SPIEGEL"},
                "publisher": {
                    "@type": "Organization",
                    "name": "DER SPIEGEL",
                    "logo": {"@type": "ImageObject", "url": "https://www.spiegel.example/logo.png"},
                },
            },
            {
                "@context": "http://schema.org",
                "@type": "BreadcrumbList",
                "itemListElement": [
                    {
                        "@type": "ListItem",
                        "position": 1,
                        "name": "DER SPIEGEL",
                        "item": f"{site.base}/",
                    },
                    {
                        "@type": "ListItem",
                        "position": 2,
                        "name": x["sec"][2],
                        "item": f"{site.base}/{x['sec'][0].split('/')[0]}/",
                    },
                    {
                        "@type": "ListItem",
                        "position": 3,
                        "name": x["sec"][1],
                        "item": f"{site.base}/{x['sec'][0]}/",
                    },
                ],
            },
        ]
    )
    settings = {
        "contentId": uuid_of(a.path),
        "contentType": "article",
        "channel": x["sec"][2].lower(),
        "subchannel": x["sec"][0],
        "paywall": {"active": x["plus"], "type": "spiegelplus" if x["plus"] else "none"},
        "publishedAt": f"{a.when:%Y-%m-%d %H:%M:%S}",
        "headline": a.title,
        "topline": x["kicker"],
        "authors": a.authors,
        "tags": [x["ctx"]["topic_bare"], x["sec"][1]],
        "wordCount": sum(len(b.text.split()) for b in a.blocks),
    }
    tail = f'<script type="application/settings+json" data-settings="article">{script_json(settings)}</script>'
    return sp_chrome(site, rng, f"{full} - DER SPIEGEL", a.path, main, head, tail)


# --- Le Monde ---------------------------------------------------------------------------
LM_SECTIONS = [
    ("politique", "Politique"),
    ("societe", "Société"),
    ("economie", "Economie"),
    ("planete", "Planète"),
]
LM_NAV = [
    "International",
    "Politique",
    "Société",
    "Les Décodeurs",
    "Sport",
    "Planète",
    "Sciences",
    "M Campus",
    "Le Monde Afrique",
    "Pixels",
    "Santé",
    "Big Browser",
    "Disparitions",
    "Opinions",
    "Culture",
    "M le mag",
    "Economie",
    "Services",
]


def lm_day(w: datetime) -> str:
    return f"{w:%d} {month('fr', w.month)} {w.year}"


def lm_when(w: datetime) -> str:
    return f"{lm_day(w)} à {w:%H}h{w:%M}"


def lm_chrome(
    site: Site43,
    rng: random.Random,
    title: str,
    canonical: str,
    main: str,
    head_extra: str = "",
    tail: str = "",
) -> tuple[bytes, str]:
    fronts = {n: f"/{p}/" for p, n in LM_SECTIONS}
    nav = "".join(
        f'<li class="Nav__item"><a class="js-actu-tag Nav__link" href="{fronts.get(t, "/#" + slug(t))}">{esc(t)}</a></li>'
        for t in LM_NAV
    )
    foot = "".join(
        f'<li class="Footer__item"><a class="Footer__link" href="/le-monde/contact/#{slug(t)}">{esc(t)}</a></li>'
        for t in [
            "Mentions légales",
            "Charte du Groupe",
            "Politique de confidentialité",
            "Gestion des cookies",
            "Conditions générales",
            "Aide (FAQ)",
            "Journal du Monde",
            "Le Monde Jeux",
            "Le Monde Ateliers",
            "Guides d’achat",
            "Mots croisés",
            "Newsletters",
            "Courrier international",
            "Télérama",
            "La Vie",
            "Le Monde diplomatique",
        ]
    )
    page = f"""<!DOCTYPE html><html lang="fr" prefix="og: http://ogp.me/ns#"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)}</title><link rel="canonical" href="{site.base}{canonical}"><meta property="og:site_name" content="Le Monde.fr"><meta property="og:locale" content="fr_FR"><meta name="twitter:site" content="@lemondefr">{head_extra}
<style>{css(rng, "lm", 440, "bem")}</style>
<script>{gtm("LMD43")}{consent("lmd")}var lmd=lmd||{{}};lmd.context={{"site":"lemonde","pageType":"article","user":{{"status":"visitor","isPremium":false}},"release":"{rng.getrandbits(36):09x}"}};</script>
</head><body class="article-page"><a class="skip-link" href="#habillagepub">Aller au contenu principal</a>
<header class="Header"><div class="Header__wrapper"><button class="Burger" aria-label="Menu">Menu</button><a class="Header__logo" href="/" title="Le Monde"><svg width="210" height="38" viewBox="0 0 210 38"><path d="M0 0h210v38H0z"></path></svg><span class="sr-only">Le Monde</span></a>
<div class="Header__actions"><a class="Header__subscribe" href="/abonnement/#offres">S’abonner</a><a class="Header__login" href="/abonnement/#connexion">Se connecter</a><a class="Header__search" href="/recherche/?search_keywords=logement">Rechercher</a></div></div>
<nav class="Nav" aria-label="Rubriques"><ul class="Nav__list">{nav}</ul></nav></header>
<main id="habillagepub" class="article article--content">{main}</main>
<footer class="Footer"><div class="Footer__wrapper"><a href="/" class="Footer__logo">Le Monde</a><ul class="Footer__list">{foot}</ul>
<p class="Footer__copyright">Le Monde est édité par la Société éditrice du Monde. © Le Monde – règles d’usage et de partage des contenus – Contactez-nous.</p></div></footer>
{tail}</body></html>"""
    return encode(page)


def lm_credit(a: Art) -> tuple[str, str]:
    """(the byline, the closing signature) of a Le Monde story."""
    x = a.x
    nm = [n for n, _ in x["nm"]]
    old = x["old"]

    def who(n: str) -> str:
        if old:
            return f'<a class="auteur" itemprop="author" href="{author_path("lemonde", n, True)}">{esc(n)}</a>'
        return f'<a class="article__author-link" href="{author_path("lemonde", n)}">{esc(n)}</a>'

    style = x["style"]
    where = f"({x['corr'][0]}, {x['corr'][1]})"
    line = {
        "one": f"Par {who(nm[0])}",
        "two": f"Par {who(nm[0])} et {who(nm[1])}",
        "three": f"Par {who(nm[0])}, {who(nm[1])} et {who(nm[2])}",
        "corr": f'Par {who(nm[0])} <span class="author__desc">{esc(where)}</span>',
        "interview": f"Propos recueillis par {who(nm[0])}",
        "afp": "Le Monde avec AFP",
    }[style]
    sign = {
        "afp": "Le Monde avec AFP",
        "corr": f"{nm[0]} {where}",
        "interview": f"Propos recueillis par {nm[0]}",
    }.get(
        style,
        ", ".join(a.authors[:-1]) + (" et " if len(a.authors) > 1 else "") + a.authors[-1]
        if a.authors
        else "",
    )
    return line, sign


def lm_catcher(b: Art, genre: str, old: bool) -> str:
    label = f"Lire aussi {genre}" if genre else "Lire aussi"
    if old:
        return f'<p class="lire"><span class="lire__label">{esc(label)} :</span> <a href="{b.path}">{esc(b.title)}</a></p>'
    premium = (
        '<span class="icon__premium" title="Article réservé à nos abonnés"><span class="sr-only">Article réservé à nos abonnés</span></span> '
        if b.x["premium"]
        else ""
    )
    return f'<section class="catcher catcher--inline"><p class="catcher__title"><span class="catcher__label">{esc(label)}</span> | {premium}<a class="js-article-link catcher__link" href="{b.path}">{esc(b.title)}</a></p></section>'


def lemonde(site: Site43, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    x = a.x
    old = x["old"]
    related = rel(site, a)
    n_paras = len(a.paras)
    # a "Lire aussi" after the 2nd, 5th, 8th… paragraph (the last one if the story is short)
    slots: dict[int, list[int]] = {}
    for j in range(len(related)):
        slots.setdefault(min(2 + 3 * j, n_paras), []).append(j)

    def after(k: int) -> str:
        return "".join(lm_catcher(related[j], x["genres"][j], old) for j in slots.get(k, []))

    def para(t: str, k: int) -> str:
        return f"<p>{esc(t)}</p>" if old else f'<p class="article__paragraph ">{esc(t)}</p>'

    def sub(t: str) -> str:
        return (
            f'<h2 class="intertitre">{esc(t)}</h2>'
            if old
            else f'<h2 class="article__sub-title">{esc(t)}</h2>'
        )

    def fig(b: Block, n: int) -> str:
        src = f"https://img.lemde.example/{a.when:%Y/%m/%d}/0/0/{rng.choice([5000, 6000, 4000])}/{rng.choice([3333, 4000, 2667])}/664/0/75/0/{b.src}_1.jpg"
        if old:
            return f'<figure class="illustration_haut"><img src="{src}" alt="" width="534" height="356"><figcaption class="legende" data-caption="{esc(b.text)}">{esc(b.text)} <span class="credit">{esc(b.credit)}</span></figcaption></figure>'
        cls = "article__media" if n else "article__media article__media--main"
        return f'<figure class="{cls}"><picture class="article__media-picture"><source srcset="{src.replace("/664/", "/1328/")} 1328w" media="(min-width: 1024px)"><img src="{src}" alt="{esc(b.text)}" width="664" height="443" loading="{"eager" if n == 0 else "lazy"}"></picture><figcaption class="article__legend" aria-hidden="true">{esc(b.text)}<span class="article__credit" aria-hidden="true">{esc(b.credit)}</span></figcaption></figure>'

    story = body(a, para, sub, fig, after)
    if a.related and n_paras < 2:
        story += after(2)
    line, sign = lm_credit(a)
    up = a.when + timedelta(minutes=x["updated"])
    if old:
        dates = f'<span class="txt2_120">Publié le <time datetime="{a.when.isoformat()}" itemprop="datePublished">{lm_when(a.when)}</time>'
        if x["updated"]:
            dates += f' - Mis à jour le <time datetime="{up.isoformat()}" itemprop="dateModified">{lm_when(up)}</time>'
        dates += "</span>"
        pop = "".join(
            f'<li><a href="{b.path}"><span class="num">{k}</span>{esc(b.title)}</a></li>'
            for k, b in enumerate(others(rng, site, a, 5), 1)
        )
        main = f"""<div class="global"><div class="contenu"><article class="article article_normal" itemscope itemtype="http://schema.org/NewsArticle">
<div class="ariane"><a href="/">Le Monde</a> › <a href="/{x["sec"][0]}/">{esc(x["sec"][1])}</a></div>
<h1 class="tt2" itemprop="Headline">{esc(a.title)}</h1>
<p class="txt3 description-article" itemprop="description">{esc(x["chapo"])}</p>
<div class="signature clearfix"><span class="auteur txt2_120">{line}</span> {dates}<span class="txt2_120 temps-lecture">Temps de Lecture {x["minutes"]} min.</span></div>
<div class="bloc_outils"><ul class="partage">{share(["Partager sur Facebook", "Envoyer par e-mail", "Partager sur Messenger", "Partager sur Twitter", "Partager sur Linkedin"], "partage__lien")}</ul></div>
<div id="articleBody" class="contenu_article js_article_body" itemprop="articleBody">
{story}
</div>
<div class="bloc_signature"><span class="auteur">{esc(sign)}</span></div>
<div class="bloc_outils bottom"><a href="/le-monde/contact/#reutiliser" class="reutiliser">Réutiliser ce contenu</a></div>
</article></div>
<div class="col_droite"><div class="bloc_base meme_sujet"><h4 class="titre_bloc">Les plus lus</h4><ul>{pop}</ul></div><div class="pub"><span>Publicité</span><div id="dfp_pave_haut"></div></div></div></div>"""
        head = f'<meta name="description" content="{esc(x["chapo"])}"><meta property="og:title" content="{esc(a.title)}"><meta property="og:type" content="article"><meta property="og:article:published_time" content="{a.when.astimezone(UTC).isoformat()}">'
        head += f"<script>var lmd_tag_context = {script_json({'page_type': 'article', 'article_id': str(x['aid']), 'rubrique': x['sec'][0], 'date_publication': f'{a.when:%Y%m%d}', 'signature': sign})};</script>"
        return lm_chrome(site, rng, f"{a.title}", a.path, main, head)

    dates = f'<span class="meta__date meta__date--header">Publié le {lm_when(a.when)}'
    if x["updated"]:
        dates += f", modifié le {lm_when(up)}"
    dates += "</span>"
    status = (
        '<p class="article__status"><span class="icon__premium"></span>Article réservé aux abonnés</p>'
        if x["premium"]
        else ""
    )
    paywall = ""
    if x["premium"]:
        paywall = f"""<div class="paywall" id="js-paywall-content"><p class="paywall__message">Il vous reste {x["hidden"]:.2f}% de cet article à lire. La suite est réservée aux abonnés.</p>
<div class="paywall__offer"><p class="paywall__title">Offre spéciale abonnés</p><p>Accédez à tous nos contenus en illimité, à partir de 7,99\u00a0€/mois la première année.</p><a class="btn btn--premium" href="/abonnement/#offres">S’abonner</a><p class="paywall__login">Déjà abonné\u00a0? <a href="/abonnement/#connexion">Se connecter</a></p></div></div>"""
    tp, tlabel = topic_path("lemonde", x["ctx"])
    same_rub = "".join(
        f'<div class="teaser teaser--inline"><a class="teaser__link" href="{b.path}"><h3 class="teaser__title">{esc(b.title)}</h3></a><span class="meta__date">{lm_day(b.when)}</span></div>'
        for b in others(rng, site, a, 4)
    )
    pop = "".join(
        f'<li class="river__item"><a href="{b.path}"><span class="river__num">{k}</span> {esc(b.title)}</a></li>'
        for k, b in enumerate(others(rng, site, a, 5), 1)
    )
    main = f"""<section class="article__wrapper article__wrapper--premium zone zone--article">
<header class="article__header article__header--ja">
<ul class="breadcrumb"><li class="breadcrumb__parent"><a href="/{x["sec"][0]}/">{esc(x["sec"][1])}</a></li><li class="breadcrumb__child"><a href="{tp}">{esc(tlabel)}</a></li></ul>
<h1 class="article__title">{esc(a.title)}</h1>
<p class="article__desc">{esc(x["chapo"])}</p>
<section class="meta meta__social old__meta-social"><div class="meta__reading-time"><span class="icon__reading-time"></span><span>Lecture {x["minutes"]} min.</span></div>{status}
<span class="meta__bookmark js-bookmark"><span class="icon__bookmark"></span>Lire plus tard</span><span class="meta__gift js-gift"><span class="icon__gift"></span>Offrir l’article</span>
<ul class="meta__social-list"><li>Partager</li>{share(["Partager sur Facebook", "Partager sur X", "Partager sur LinkedIn", "Envoyer par e-mail", "Copier le lien"], "meta__social-link")}</ul></section>
</header>
<section class="article__meta zone--article-meta"><div class="meta__authors"><span class="author__detail">{line}</span></div>{dates}</section>
<article class="article__content old__article-content-single">
{story}
{paywall}
<footer class="article__footer-single old__article-footer"><section class="author"><p class="article__author"><span class="author__name">{esc(sign)}</span></p></section>
<section class="article__reactions"><a class="article__reaction-link" href="/le-monde/contact/#contribuer">Contribuer</a><a class="article__reaction-link" href="/le-monde/contact/#reutiliser">Réutiliser ce contenu</a></section></footer>
</article></section>
<section class="aside__iso old__aside"><div class="aside__bloc"><p class="aside__title">Dans la même rubrique</p>{same_rub}</div>
<div class="aside__bloc river"><p class="aside__title">Les plus lus</p><ol>{pop}</ol></div>
<div class="dfp-slot dfp__sticky"><p class="dfp__label">Publicité</p><div id="dfp_pave_bas"></div></div>
<div class="aside__bloc services"><p class="aside__title">Services Le Monde</p><ul><li><a href="/le-monde/contact/#jeux">Le Monde Jeux</a></li><li><a href="/le-monde/contact/#cours">Cours d’anglais</a></li><li><a href="/le-monde/contact/#codes-promo">Codes promo</a></li><li><a href="/le-monde/contact/#ateliers">Le Monde Ateliers</a></li></ul></div></section>"""
    head = f'<meta name="description" content="{esc(x["chapo"])}"><meta property="og:title" content="{esc(a.title)}"><meta property="og:description" content="{esc(x["chapo"])}"><meta property="og:type" content="article"><meta property="og:article:published_time" content="{a.when.astimezone(UTC).isoformat()}"><meta property="og:article:modified_time" content="{up.astimezone(UTC).isoformat()}"><meta property="og:article:section" content="{esc(x["sec"][1])}">'
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "mainEntityOfPage": {"@type": "WebPage", "@id": f"{site.base}{a.path}"},
        "headline": a.title,
        "description": x["chapo"],
        "datePublished": a.when.isoformat(),
        "dateModified": up.isoformat(),
        "author": [{"@type": "Person", "name": n} for n in a.authors]
        or [{"@type": "Organization", "name": "Le Monde avec AFP"}],
        "publisher": {"@type": "Organization", "name": "Le Monde"},
        "isAccessibleForFree": not x["premium"],
    }
    if x["premium"]:
        data["hasPart"] = {
            "@type": "WebPageElement",
            "isAccessibleForFree": False,
            "cssSelector": ".article__content",
        }
    head += ld(data)
    return lm_chrome(site, rng, a.title, a.path, main, head)


# --- El País ----------------------------------------------------------------------------
EP_SECTIONS = [
    ("espana", "España"),
    ("economia", "Economía"),
    ("sociedad", "Sociedad"),
    ("espana/madrid", "Madrid"),
]
EP_NAV = [
    "Internacional",
    "Opinión",
    "España",
    "Economía",
    "Sociedad",
    "Educación",
    "Clima y Medio Ambiente",
    "Ciencia",
    "Cultura",
    "Babelia",
    "Deportes",
    "Tecnología",
    "Salud",
    "Estilo",
    "Televisión",
    "Gente",
    "Última hora",
    "Newsletters",
]


def ep_mon(m: int) -> str:
    return "sept" if m == 9 else month("es", m)[:3]


def ep_when(w: datetime) -> str:
    return f"{w:%d} {ep_mon(w.month)} {w.year} - {w:%H:%M}"


def ep_chrome(
    site: Site43,
    rng: random.Random,
    title: str,
    canonical: str,
    main: str,
    head_extra: str = "",
    tail: str = "",
) -> tuple[bytes, str]:
    fronts = {n: f"/{p}/" for p, n in EP_SECTIONS}
    nav = "".join(
        f'<li class="sm_i"><a href="{fronts.get(t, "/#" + slug(t))}" class="sm_a">{esc(t)}</a></li>'
        for t in EP_NAV
    )
    eds = "".join(
        f'<li><a href="/#edicion-{slug(t)}" hreflang="es">{esc(t)}</a></li>'
        for t in [
            "España",
            "América",
            "México",
            "Colombia",
            "Chile",
            "Argentina",
            "US Español",
            "English",
            "Català",
        ]
    )
    foot = "".join(
        f'<li class="_pr"><a href="/estaticos/contacto/#{slug(t)}">{esc(t)}</a></li>'
        for t in [
            "Contacto",
            "Venta de contenidos",
            "Publicidad",
            "Aviso legal",
            "Política cookies",
            "Mapa",
            "EL PAÍS en KIOSKOyMÁS",
            "Índice RSS",
            "Suscripciones",
            "Libro de estilo",
            "Defensora del lector",
        ]
    )
    page = f"""<!DOCTYPE html><html lang="es-ES"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{esc(title)}</title><link rel="canonical" href="{site.base}{canonical}"><meta property="og:site_name" content="El País"><meta name="lang" content="es">{head_extra}
<style>{css(rng, "ep", 430, "util")}</style>
<script>{gtm("EPS43")}{consent("prisa")}window.DTM=window.DTM||{{}};window.DTM.pageDataLayer={{"primaryCategory":"{canonical.split("/")[1]}","edition":"españa","siteID":"elpais","thematic":"noticias","pageType":"articulo","arcId":"{rng.getrandbits(80):020X}"}};</script>
</head><body class="a-p"><a href="#main-content" class="_sr">Ir al contenido</a>
<header class="_g _g-lg _g-md _g-o"><div class="_df _ai-c"><button class="b_m" aria-label="Menú"><span>Secciones</span></button><a href="/" class="ep_l" title="EL PAÍS"><svg width="150" height="28" viewBox="0 0 150 28"><path d="M0 0h150v28H0z"></path></svg><span class="_sr">EL PAÍS: el periódico global</span></a>
<div class="ed_c"><button class="ed_b">España</button><ul class="ed_l">{eds}</ul></div>
<div class="_df"><a href="/suscripciones/#suscribete" class="b_su">Suscríbete</a><a href="/suscripciones/#login" class="b_l">Iniciar sesión</a><a href="/buscador/?qt=vivienda" class="b_s">Buscar</a></div></div>
<nav class="sm" aria-label="Secciones"><ul class="sm_l">{nav}</ul></nav></header>
<main id="main-content">{main}</main>
<footer class="_g _g-o fo"><div class="fo_w"><a href="/" class="fo_l">EL PAÍS</a><ul class="_df">{foot}</ul>
<p class="fo_c">© EDICIONES EL PAÍS S.L.</p></div></footer>
{tail}</body></html>"""
    return encode(page)


def ep_bio(name: str, gender: str, sec: str) -> str:
    who = "Redactora" if gender == "f" else "Redactor"
    lic = "licenciada" if gender == "f" else "licenciado"
    prev = ["la Cadena SER", "elDiario.es", "El Correo", "la Agencia EFE", "Cinco Días"][
        int(hexid(name, 2), 16) % 5
    ]
    return f"{who} de la sección de {sec}. Antes trabajó en {prev}. Es {lic} en Periodismo por la Universidad Complutense de Madrid y máster de Periodismo de EL PAÍS."


def elpais(site: Site43, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    if a.x["old"]:
        return elpais_2019(site, a, rng)
    x = a.x
    style = x["style"]
    related = rel(site, a)
    mi_at = min(3, len(a.paras))

    def after(k: int) -> str:
        if k != mi_at or not related:
            return ""
        cards = "".join(
            f'<article class="c c-d c--m"><figure class="c_m"><a href="{b.path}" class="c_m_l"><img src="https://imagenes.elpais.example/resizer/{hexid(b.path, 20)}=/414x233/filters:focal(400x200:410x210)/cloudfront-eu-central-1.images.arcpublishing.example/prisa/{hexid(b.path, 26).upper()}.jpg" alt="" width="414" height="233" loading="lazy"></a></figure><header class="c_h"><h2 class="c_t"><a href="{b.path}">{esc(b.title)}</a></h2></header></article>'
            for b in related
        )
        return f'<section class="mi" aria-label="Más información"><header class="mi_h"><span class="mi_t">Más información</span></header><div class="mi_c">{cards}</div></section>'

    def para(t: str, k: int) -> str:
        return f'<p class="">{esc(t)}</p>'

    def sub(t: str) -> str:
        return f'<h3 class="">{esc(t)}</h3>'

    def fig(b: Block, n: int) -> str:
        src = f"https://imagenes.elpais.example/resizer/{b.src}=/1960x1103/cloudfront-eu-central-1.images.arcpublishing.example/prisa/{b.src.upper()}ZQ.jpg"
        if n == 0:
            return ""
        return f'<figure class="a_m a_m-w"><span class="a_m_w"><img src="{src}" alt="{esc(b.text)}" width="414" height="233" loading="lazy"></span><figcaption class="a_m_p"><span>{esc(b.text)}</span><span class="a_m_m">{esc(b.credit)}</span></figcaption></figure>'

    story = body(a, para, sub, fig, after)
    if x["promo"]:
        label = "Economía y Negocios" if x["sec"][0] == "economia" else "Madrid"
        story += f'\n<p class=""><i>Sigue toda la información de {label} en <a href="https://www.facebook.example/elpais{slug(label)}">Facebook</a> y <a href="https://x.example/elpais{slug(label)}">X</a>, o en nuestra <a href="/newsletters/#{slug(label)}">newsletter semanal</a></i></p>'
    lead = ""
    if a.blocks and a.blocks[0].kind == "img":
        b = a.blocks[0]
        lead = f'<div class="a_e_m"><figure class="a_m a_m-h"><span class="a_m_w"><img src="https://imagenes.elpais.example/resizer/{b.src}=/1960x1103/cloudfront-eu-central-1.images.arcpublishing.example/prisa/{b.src.upper()}AB.jpg" alt="{esc(b.text)}" width="1960" height="1103" fetchpriority="high"></span><figcaption class="a_m_p"><span>{esc(b.text)}</span><span class="a_m_m">{esc(b.credit)}</span></figcaption></figure></div>'
    nm = x["nm"]
    if style == "desk":
        names_html = '<a href="/autor/el-pais/" class="a_md_a_n">EL PAÍS</a>'
    elif style == "agency":
        names_html = (
            f'<span class="a_md_a_n">{esc(x["agency"])}</span>'
            if x["agency"] == "Agencias"
            else f'<a href="/autor/{slug(x["agency"])}/" class="a_md_a_n">{esc(x["agency"])}</a>'
        )
    else:
        names_html = ", ".join(
            f'<a href="{author_path("elpais", n)}" class="a_md_a_n">{esc(n)}</a>' for n in a.authors
        )
    faces = "".join(
        f'<div class="a_md_a_i"><img src="https://imagenes.elpais.example/resizer/{hexid(n, 16)}=/100x100/autor.png" alt="{esc(n)}" width="32" height="32"></div>'
        for n in a.authors
    )
    up = a.when + timedelta(minutes=x["updated"])
    tz = a.when.tzname()
    date_html = f'<div class="a_md_f"><span>{esc(x["place"])} - </span><a href="/hemeroteca/{a.when:%Y-%m-%d}/" data-date="{a.when.isoformat()}" id="article_date_p" title="Ver noticias del día">{ep_when(a.when)}<abbr title="{"Central European Summer Time" if tz == "CEST" else "Central European Time"}">{tz}</abbr></a>'
    if x["updated"]:
        date_html += f'<span class="a_md_f_u">Actualizado:<span data-date="{up.isoformat()}" id="article_date_u">{ep_when(up)}<abbr title="{"Central European Summer Time" if up.tzname() == "CEST" else "Central European Time"}">{up.tzname()}</abbr></span></span>'
    date_html += "</div>"
    cards = ""
    if a.authors:
        cards = "".join(
            f'<div class="a_aut_a"><div class="a_aut_i"><img src="https://imagenes.elpais.example/resizer/{hexid(n, 16)}=/100x100/autor.png" alt="{esc(n)}" width="60" height="60" loading="lazy"></div><div class="a_aut_txt"><a href="{author_path("elpais", n)}" class="a_aut_n">{esc(n)}</a><p class="a_aut_d">{esc(ep_bio(n, g, x["sec"][1]))}</p><ul class="a_aut_sn"><li><a href="https://x.example/{slug(n).replace("-", "")}" aria-label="X">X</a></li><li><a href="{author_path("elpais", n)}#rss" aria-label="RSS">RSS</a></li></ul></div></div>'
            for n, g in nm
            if n in a.authors
        )
        cards = f'<div class="a_aut"><span class="a_aut_t">Sobre la firma</span>{cards}</div>'
    tp, tlabel = topic_path("elpais", x["ctx"])
    tags = [(tp, tlabel), (f"/{x['sec'][0]}/", x["sec"][1]), ("/noticias/politica/", "Política")]
    tags_html = "".join(f'<li><a href="{h}">{esc(t)}</a></li>' for h, t in tags)
    most = "".join(
        f'<li class="b_mv_i"><span class="b_mv_n">{k}</span><h2 class="c_t"><a href="{b.path}">{esc(b.title)}</a></h2></li>'
        for k, b in enumerate(others(rng, site, a, 5), 1)
    )
    recs = "".join(
        f'<article class="c c-o"><h3 class="c_t"><a href="/cupones/#{slug(t)}">{esc(t)}</a></h3></article>'
        for t in [
            "Cupones de descuento",
            "Las mejores ofertas en tecnología",
            "Escaparate: qué comprar",
        ]
    )
    kicker = f'<div class="a_k"><a href="/{x["sec"][0]}/" class="a_k_n">{esc(x["sec"][1])}</a><span class="a_k_tp"> | </span><a href="{tp}" class="a_k_tg">{esc(tlabel)}</a></div>'
    main = f"""<article class="a _g _g-lg _g-o"><header class="a_e _g _g-lg _g-o">{kicker}
<div class="a_e_txt _df"><h1 class="a_t">{esc(a.title)}</h1><h2 class="a_st">{esc(x["subtitle"])}</h2></div>{lead}</header>
<div class="a_md _df _g _g-lg"><div class="a_md_txt"><div class="a_md_a _df">{faces}{names_html}</div>{date_html}</div>
<div class="a_md_sh"><ul class="_df">{share(["Compartir en Whatsapp", "Compartir en Facebook", "Compartir en Twitter", "Compartir en Bluesky", "Compartir en Linkedin", "Copiar enlace"], "a_sh_l")}</ul><a href="#comments_container" class="a_md_c">Ir a los comentarios</a></div></div>
<div class="a_b article_body | color_gray_ultra_dark"><div class="a_c clearfix" data-dtm-region="articulo_cuerpo">
{story}
</div>
<div id="ctn_freemium_article" class="a_s_b _dn"><p class="a_s_b_t">Suscríbete para seguir leyendo</p><p class="a_s_b_st">Lee sin límites</p><a href="/suscripciones/#suscribete" class="a_s_b_a">Seguir leyendo</a><a href="/suscripciones/#login" class="a_s_b_l">Ya soy suscriptor</a></div>
<a class="a_tp" href="/estaticos/trust-project/">Se adhiere a los criterios de <span>The Trust Project</span></a><a href="/estaticos/trust-project/#mas" class="a_tp_m">Más información</a>
{cards}
<div class="a_tgs"><span class="a_tgs_t">Archivado En</span><ul class="_df">{tags_html}</ul></div>
<div id="comments_container" class="a_com"><span class="a_com_t">Comentarios</span><a href="/estaticos/normas-comentarios/" class="a_com_n">Normas</a><p>Mis comentarios</p></div>
</div></article>
<aside class="_g _g-lg"><section class="b b-mv"><header class="b_h"><h3 class="b_t">Lo más visto</h3></header><ol class="b_mv_l">{most}</ol></section>
<section class="b b-r"><header class="b_h"><h3 class="b_t">Recomendaciones EL PAÍS</h3></header>{recs}</section>
<div class="nl_b"><p class="nl_t">Recibe el boletín de {esc(x["sec"][1])}</p><p>Todas las claves de la actualidad, en tu correo.</p><a href="/newsletters/#{slug(x["sec"][1])}">Apúntate</a></div>
<div class="ad ad-mpu"><span class="ad_t">Publicidad</span><div id="elpais_gpt-MPU1"></div></div></aside>"""
    head = f'<meta name="description" content="{esc(x["subtitle"])}"><meta property="og:title" content="{esc(a.title)}"><meta property="og:description" content="{esc(x["subtitle"])}"><meta property="og:type" content="article"><meta property="article:published_time" content="{a.when.isoformat()}"><meta property="article:modified_time" content="{up.isoformat()}"><meta name="author" content="{esc(", ".join(a.authors) or ("EL PAÍS" if style == "desk" else x["agency"]))}">'
    head += ld(
        {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "mainEntityOfPage": f"{site.base}{a.path}",
            "headline": a.title,
            "alternativeHeadline": x["subtitle"],
            "datePublished": a.when.isoformat(),
            "dateModified": up.isoformat(),
            "dateCreated": (a.when - timedelta(minutes=rng.randint(20, 90))).isoformat(),
            "author": [
                {"@type": "Person", "name": n, "url": f"{site.base}{author_path('elpais', n)}"}
                for n in a.authors
            ]
            or [{"@type": "Organization", "name": "EL PAÍS" if style == "desk" else x["agency"]}],
            "contentLocation": {"@type": "Place", "name": x["place"]},
            "publisher": {"@type": "Organization", "name": "Ediciones El País"},
            "isAccessibleForFree": False,
            "articleSection": x["sec"][1],
        }
    )
    return ep_chrome(site, rng, f"{a.title} | {x['sec'][1]} | EL PAÍS", a.path, main, head)


def elpais_2019(site: Site43, a: Art, rng: random.Random) -> tuple[bytes, str]:
    x = a.x
    style = x["style"]
    related = rel(site, a)
    at = min(2, len(a.paras))

    def after(k: int) -> str:
        if k != at or not related:
            return ""
        items = "".join(
            f'<li><h2 class="articulo-titulo"><a href="{b.path}">{esc(b.title)}</a></h2></li>'
            for b in related
        )
        return f'<aside class="sumario-relacionadas"><h3 class="sumario-relacionadas-titulo">MÁS INFORMACIÓN</h3><ul>{items}</ul></aside>'

    def para(t: str, k: int) -> str:
        return f"<p>{esc(t)}</p>"

    def sub(t: str) -> str:
        return f'<h3 class="sumario-intertitulo">{esc(t)}</h3>'

    def fig(b: Block, n: int) -> str:
        src = f"https://ep01.epimg.example/politica/imagenes/{a.when:%Y/%m/%d}/actualidad/{int(a.when.timestamp())}_{rng.randint(100000, 999999)}_{rng.randint(1000000000000, 1999999999999)}_noticia_normal.jpg"
        return f'<figure class="foto foto-{"principal" if n == 0 else "derecha"}" itemprop="image" itemscope itemtype="http://schema.org/ImageObject"><img src="{src}" alt="{esc(b.text)}" width="{980 if n == 0 else 360}" itemprop="url"><figcaption class="foto-texto"><span itemprop="caption" class="foto-texto">{esc(b.text)}</span> <span class="foto-firma"><span class="foto-autor">{esc(b.credit)}</span></span></figcaption></figure>'

    story = body(a, para, sub, fig, after)
    if style == "desk":
        names_html = '<span class="autor-nombre"><a href="/autor/el-pais/" title="Ver todas las noticias de EL PAÍS">EL PAÍS</a></span>'
    elif style == "agency":
        names_html = f'<span class="autor-nombre">{esc(x["agency"])}</span>'
    else:
        names_html = "".join(
            f'<span class="autor-nombre"><a href="{author_path("elpais", n, True)}" title="Ver todas las noticias de {esc(n)}">{esc(n)}</a></span>'
            for n in a.authors
        )
    pop = "".join(
        f'<li><a href="{b.path}">{esc(b.title)}</a></li>' for b in others(rng, site, a, 5)
    )
    main = f"""<div id="contenedor" class="contenedor"><div id="principal" class="principal"><article id="articulo-{a.i}" class="articulo" itemscope itemtype="http://schema.org/NewsArticle">
<div id="articulo-titulares" class="articulo-titulares"><span class="articulo-antetitulo"><a href="/{x["sec"][0]}/">{esc(x["sec"][1].upper())}</a></span><h1 class="articulo-titulo" id="articulo-titulo" itemprop="headline">{esc(a.title)}</h1>
<div class="articulo-subtitulos" id="articulo-subtitulos"><h2 itemprop="alternativeHeadline" class="articulo-subtitulo">{esc(x["subtitle"])}</h2></div></div>
<div class="articulo-datos" id="articulo-datos"><div class="firma"><div class="autor"><div class="autor-texto">{names_html}<span class="autor-localizacion">{esc(x["place"])}</span></div></div></div>
<div class="articulo-actualizado"><a href="/tag/fecha/{a.when:%Y%m%d}" title="Ver todas las noticias de esta fecha"><time datetime="{a.when.isoformat()}" class="articulo-actualizado" itemprop="datePublished">{a.when.day} {ep_mon(a.when.month).upper()} {a.when.year} - {a.when:%H:%M} {a.when.tzname()}</time></a></div></div>
<div class="articulo-apoyos"><ul class="herramientas">{share(["Facebook", "Twitter", "Whatsapp", "Enviar por correo", "Imprimir", "Guardar"], "boton")}</ul></div>
<div class="articulo-cuerpo" id="cuerpo_noticia" itemprop="articleBody">
{story}
</div>
<div class="articulo-tags"><span class="articulo-tags-titulo">Archivado en:</span><ul><li><a href="{topic_path("elpais", x["ctx"])[0]}">{esc(topic_path("elpais", x["ctx"])[1])}</a></li></ul></div>
<div class="articulo-apoyos-comentarios"><p>Normas</p><a href="/estaticos/normas-comentarios/">Ver normas de participación</a></div>
</article></div>
<div id="secundario" class="secundario"><div class="caja lo-mas-visto"><h3 class="caja-titulo">LO MÁS VISTO EN...</h3><span>Top 50</span><ol>{pop}</ol></div></div></div>"""
    head = f'<meta name="description" content="{esc(x["subtitle"])}"><meta property="og:title" content="{esc(a.title)}"><meta property="article:published_time" content="{a.when.isoformat()}"><meta name="DC.date.issued" content="{a.when:%Y-%m-%d}">'
    head += f"<script>var DTM_vars = {script_json({'articleId': a.path.rsplit('/', 1)[1].removesuffix('.html'), 'author': ', '.join(a.authors) or 'EL PAÍS', 'section': x['sec'][1], 'publishDate': a.when.isoformat()})};</script>"
    return ep_chrome(site, rng, f"{a.title} | {x['sec'][1]} | EL PAÍS", a.path, main, head)


# --- Corriere della Sera ----------------------------------------------------------------
CO_SECTIONS = [
    ("politica", "Politica"),
    ("cronache", "Cronache"),
    ("economia/lavoro", "Lavoro"),
    ("economia/consumi", "Consumi"),
]
CO_NAV = [
    "Ultime notizie",
    "Cronache",
    "Politica",
    "Esteri",
    "Economia",
    "Sport",
    "Cultura",
    "Spettacoli",
    "Cinema",
    "Scuola",
    "Salute",
    "Scienze",
    "Animali",
    "Tecnologia",
    "Motori",
    "Viaggi",
    "Cook",
    "Moda",
    "Opinioni",
    "Podcast",
]
CO_LOCAL = [
    "Milano",
    "Roma",
    "Torino",
    "Bologna",
    "Firenze",
    "Napoli",
    "Bergamo",
    "Brescia",
    "Veneto",
    "Trentino",
    "Alto Adige",
]


def co_day(w: datetime) -> str:
    return f"{w.day} {month('it', w.month)} {w.year}"


def co_when(a: Art) -> str:
    """ "8 maggio 2024 (modifica l'8 maggio 2024 | 18:05)": the day it was published, the day
    and time it was last changed."""
    out = co_day(a.when)
    if a.x["modified"]:
        m = a.when + timedelta(minutes=a.x["modified"])
        art = "l'" if m.day in (1, 8, 11) else "il "
        if a.x["old"]:
            art = "il "
        out += f" (modifica {art}{co_day(m)} | {m:%H:%M})"
    return out


def co_chrome(
    site: Site43,
    rng: random.Random,
    title: str,
    canonical: str,
    main: str,
    head_extra: str = "",
    tail: str = "",
) -> tuple[bytes, str]:
    fronts = {n: f"/{p}/" for p, n in CO_SECTIONS}
    fronts["Ultime notizie"] = "/ultime-notizie/"
    nav = "".join(
        f'<li class="nav-item"><a class="nav-link" href="{fronts.get(t, "/#" + slug(t))}" title="{esc(t)}">{esc(t)}</a></li>'
        for t in CO_NAV
    )
    local = "".join(f'<li><a href="/#{slug(t)}">{esc(t)}</a></li>' for t in CO_LOCAL)
    foot = "".join(
        f'<li><a href="/servizi/#{slug(t)}">{esc(t)}</a></li>'
        for t in [
            "Chi siamo",
            "The Trust Project",
            "Scrivi",
            "Abbonati",
            "Corriere Store",
            "Codice etico",
            "Privacy",
            "Cookie policy",
            "Preferenze sui cookie",
            "Dichiarazione di accessibilità",
            "Servizi",
            "Pubblicità",
        ]
    )
    page = f"""<!DOCTYPE html><html lang="it"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)}</title><link rel="canonical" href="{site.base}{canonical}"><meta property="og:site_name" content="Corriere della Sera"><meta name="twitter:site" content="@Corriere">{head_extra}
<style>{css(rng, "co", 430, "bem")}</style>
<script>{gtm("COR43")}{consent("rcs")}var utag_data={{"site":"corriere","page_type":"articolo","section":"{canonical.split("/")[1]}","release":"{rng.getrandbits(32):08x}"}};</script>
</head><body class="is-article"><a class="skip" href="#content">Vai al contenuto</a>
<header id="rcsheader" class="header"><div class="header__top"><a href="/" class="header__logo" title="Corriere della Sera"><svg width="260" height="36" viewBox="0 0 260 36"><path d="M0 0h260v36H0z"></path></svg><span class="hidden">Corriere della Sera</span></a>
<div class="header__actions"><a class="btn btn--abbonati" href="/servizi/#abbonati">Abbonati</a><a class="btn btn--login" href="/servizi/#accedi">Accedi</a><a href="/ricerca/?q=pensioni" class="header__search">Cerca</a></div></div>
<nav class="header__nav" aria-label="Sezioni"><ul class="nav">{nav}</ul><div class="nav__local"><span>Edizioni locali</span><ul>{local}</ul></div></nav></header>
<div id="content" class="content">{main}</div>
<footer class="footer"><div class="footer__inner"><a class="footer__logo" href="/">Corriere della Sera</a><ul class="footer__list">{foot}</ul>
<p class="footer__legal">Copyright 2024 © RCS Mediagroup S.p.a. Tutti i diritti sono riservati | Per la pubblicità: CAIRORCS MEDIA SpA - Direzione Pubblicità</p>
<p class="footer__legal">RCS MediaGroup S.p.A. - Direzione Media Sede legale: via Angelo Rizzoli, 8 - 20132 Milano | Codice Fiscale, Partita I.V.A. e Iscrizione al Registro delle Imprese di Milano n.12086540155 | ISSN 2499-0485</p></div></footer>
{tail}</body></html>"""
    return encode(page)


def co_byline(a: Art, old: bool = False) -> str:
    x = a.x
    nm = x["nm"]
    style = x["style"]
    tag = "span" if old else "strong"

    def n(k: int) -> str:
        return (
            f'<{tag} class="writer-name"{" itemprop=author" if old else ""}>{esc(nm[k][0])}</{tag}>'
        )

    g = nm[0][1]
    return {
        "one": f"di {n(0)}",
        "two": f"di {n(0)} e {n(1)}",
        "redazione": "di Redazione Online",
        "corr": f"{'dalla nostra corrispondente' if g == 'f' else 'dal nostro corrispondente'} a {esc(x['where'])} {n(0)}",
        "inviato": f"{'dalla nostra inviata' if g == 'f' else 'dal nostro inviato'} a {esc(x['where'])} {n(0)}",
    }[style]


def corriere(site: Site43, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    x = a.x
    old = x["old"]
    related = rel(site, a)
    at = min(2, len(a.paras))

    def after(k: int) -> str:
        if k != at or not related:
            return ""
        items = "".join(
            f'<li><a href="{b.path}" class="leggi-anche__link">{esc(b.title)}</a></li>'
            for b in related
        )
        return f'<div class="box-leggi-anche"><p class="title-leggi-anche">Leggi anche</p><ul>{items}</ul></div>'

    def para(t: str, k: int) -> str:
        return f'<p class="chapter-paragraph">{esc(t)}</p>'

    def sub(t: str) -> str:
        return f'<h2 class="chapter-title">{esc(t)}</h2>' if not old else f"<h3>{esc(t)}</h3>"

    def fig(b: Block, n: int) -> str:
        src = f"https://images2.corriereobjects.example/{x['sec'][0]}/{a.when:%Y/%m_%B/%d}/{b.src}.jpg".lower()
        if n == 0 and not old:
            return ""
        return f'<figure class="media-news{" media-news--main" if n == 0 else ""}"><img src="{src}" alt="" width="{"1280" if n == 0 else "640"}" loading="lazy"><figcaption class="caption-art">{esc(b.text)} {esc(b.credit)}</figcaption></figure>'

    story = body(a, para, sub, fig, after)
    share_bar = share(["Facebook", "X", "WhatsApp", "Email", "Copia link"], "share__item")
    pop = "".join(
        f'<li class="most-read__item"><a href="{b.path}"><span class="most-read__num">{k}</span><span class="most-read__title">{esc(b.title)}</span></a></li>'
        for k, b in enumerate(others(rng, site, a, 5), 1)
    )
    lat = "".join(
        f'<li class="bck-news__item"><span class="bck-news__time">{co_day(b.when)}</span><a href="{b.path}">{esc(b.title)}</a></li>'
        for b in latest(site.of("corriere"))[:6]
        if b is not a
    )
    crumb = f'<a href="/{x["sec"][0]}/" class="breadcrumb__link">{esc(x["sec"][1])}</a>'
    if old:
        main = f"""<div class="container"><div class="row"><div class="col-md-8"><article class="article" itemscope itemtype="http://schema.org/NewsArticle">
<div class="breadcrumb">{crumb}</div>
<div class="article-wrapper"><h1 class="article-title" itemprop="headline">{esc(a.title)}</h1>
<h2 class="article-subtitle" itemprop="alternativeHeadline">{esc(x["summary"])}</h2>
<div class="article-info"><span class="article-author">{co_byline(a, True)}</span>
<p class="is-last-update">{co_when(a)}</p></div>
<div class="article-share">{share_bar}</div>
<div class="article-content" itemprop="articleBody">
{story}
</div>
<p class="riproduzione-riservata">© RIPRODUZIONE RISERVATA</p></div></article></div>
<aside class="col-md-4"><div class="box-piu-letti"><h3>I più letti</h3><ol>{pop}</ol></div><div class="adv"><span>Pubblicità</span><div id="rcsad_Frame1"></div></div></aside></div></div>"""
        head = f'<meta name="description" content="{esc(x["summary"])}"><meta property="og:title" content="{esc(a.title)}"><meta name="DC.date.issued" content="{a.when:%Y-%m-%d}">'
        return co_chrome(site, rng, f"{a.title}- Corriere.it", a.path, main, head)
    lead = ""
    if a.blocks and a.blocks[0].kind == "img":
        b = a.blocks[0]
        src = f"https://images2.corriereobjects.example/{x['sec'][0]}/{a.when:%Y/%m_%B/%d}/{b.src}.jpg".lower()
        lead = f'<figure class="media-news media-news--main"><img src="{src}" alt="" width="1280" height="720" fetchpriority="high"><figcaption class="caption-art">{esc(b.text)} {esc(b.credit)}</figcaption></figure>'
    wa = '<p class="chapter-paragraph"><em><a href="https://whatsapp.example/channel/corriere" target="_blank">Corriere della Sera è anche su Whatsapp</a>. È sufficiente <a href="https://whatsapp.example/channel/corriere" target="_blank">cliccare qui</a> per iscriversi al canale ed essere sempre aggiornati.</em></p>'
    nl = ""
    if x["sec"][0] == "politica":
        nl = '<div class="box-newsletter"><p class="box-newsletter__title">La newsletter Diario Politico</p><p>Se vuoi restare aggiornato sulle notizie di politica iscriviti alla newsletter "Diario Politico". È dedicata ai temi della politica italiana e arriva ogni giorno nella tua casella di posta.</p><a href="/servizi/#newsletter" class="btn">Iscriviti</a></div>'
    mod = a.when + timedelta(minutes=x["modified"])
    main = f"""<div class="article-wrapper"><div class="article-layout"><section class="content-article">
<div class="breadcrumb">{crumb}</div>
<h1 class="title-art-hp is-xxl">{esc(a.title)}</h1>
<p class="summary-art">{esc(x["summary"])}</p>
<div class="info-art"><div class="writer-art"><span class="writer">{co_byline(a)}</span></div>
<p class="is-last-update" datetime="{a.when:%Y-%m-%dT%H:%M:%S}{offset(a.when)}">{co_when(a)}</p></div>
<div class="tools-art"><div class="share">{share_bar}</div><button class="tts-button" data-minutes="{x["minutes"]}">Ascolta l'articolo</button><span class="tts-duration">{x["minutes"]} min</span><button class="bookmark-art">Salva</button><button class="gift-art">Regala l'articolo</button></div>
{lead}
<div class="content">
{story}
{wa}
</div>
{nl}
<p class="riproduzione-riservata">© RIPRODUZIONE RISERVATA</p>
</section>
<aside class="rail"><div class="adv adv--box"><span class="adv__label">Pubblicità</span><div id="rcsad_Frame1"></div></div>
<div class="most-read"><h3 class="most-read__head">I più letti</h3><ol>{pop}</ol></div>
<div class="bck-news"><h3 class="bck-news__head">Ultime notizie</h3><ul>{lat}</ul></div>
<div class="box-abbonati"><p>Abbonati a Corriere della Sera</p><p>1€ al mese per 3 mesi</p><a href="/servizi/#abbonati">Scopri l'offerta</a></div></aside></div></div>"""
    head = f'<meta name="description" content="{esc(x["summary"])}"><meta property="og:title" content="{esc(a.title)}"><meta property="og:description" content="{esc(x["summary"])}"><meta property="og:type" content="article"><meta property="article:published_time" content="{a.when.isoformat()}"><meta property="article:modified_time" content="{mod.isoformat()}"><meta name="DC.date.issued" content="{a.when:%Y-%m-%d}">'
    head += ld(
        {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": a.title,
            "description": x["summary"],
            "datePublished": a.when.isoformat(),
            "dateModified": mod.isoformat(),
            "author": [{"@type": "Person", "name": n} for n in a.authors]
            or [{"@type": "Organization", "name": "Redazione Online"}],
            "publisher": {"@type": "Organization", "name": "Corriere della Sera"},
            "articleSection": x["sec"][1],
        }
    )
    return co_chrome(site, rng, f"{a.title}- Corriere.it", a.path, main, head)


# --- NOS --------------------------------------------------------------------------------
NOS_SECTIONS = [("binnenland", "Binnenland"), ("politiek", "Politiek"), ("economie", "Economie")]
NOS_NAV = [
    "Laatste nieuws",
    "Binnenland",
    "Buitenland",
    "Regionaal nieuws",
    "Politiek",
    "Economie",
    "Koningshuis",
    "Tech",
    "Cultuur & Media",
    "Opmerkelijk",
]


def sc(role: str) -> str:
    """A styled-components class pair, the same on every page of one build."""
    h = int(hexid("nos-x:" + role, 12), 16)
    letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
    tail = "".join(letters[(h >> (6 * k)) % 52] for k in range(6))
    return f"sc-{hexid('nos:' + role, 8)}-0 {tail}"


def nos_rel_day(w: datetime, seen: datetime) -> str:
    """NOS's printed time: "vandaag, 14:32", "gisteren, 21:10" or "8 mei 2024, 14:32"."""
    d = (seen.date() - w.date()).days
    day = {0: "vandaag", 1: "gisteren"}.get(d, f"{w.day} {month('nl', w.month)} {w.year}")
    return f"{day}, {w:%H:%M}"


def nos_old_when(w: datetime) -> str:
    return f"{['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag'][w.weekday()]} {w.day} {month('nl', w.month)} {w.year}, {w:%H:%M}"


def nos_chrome(
    site: Site43,
    rng: random.Random,
    title: str,
    canonical: str,
    main: str,
    head_extra: str = "",
    tail: str = "",
    old: bool = False,
) -> tuple[bytes, str]:
    """NOS's page; ``old``: the 2019 site (BEM classes, no Next.js)."""
    cls = (lambda role: role) if old else sc
    wrap = '<div id="page">' if old else '<div id="__next">'
    styled = "" if old else ' data-styled="active" data-styled-version="5.3.11"'
    fronts = {n: f"/nieuws/{p}" for p, n in NOS_SECTIONS}
    fronts["Laatste nieuws"] = "/nieuws/laatste"
    nav = "".join(
        f'<li class="{cls("nav-item")}"><a class="{cls("nav-link")}" href="{fronts.get(t, "/nieuws/laatste#" + slug(t))}">{esc(t)}</a></li>'
        for t in NOS_NAV
    )
    foot = "".join(
        f'<li><a href="/over#{slug(t)}">{esc(t)}</a></li>'
        for t in [
            "Over de NOS",
            "Contact",
            "NOS Nieuws app",
            "NOS op 3",
            "Privacy",
            "Cookies",
            "Toegankelijkheid",
            "Klachtenprocedure",
            "Vacatures",
            "Nieuwsbrieven",
        ]
    )
    page = f"""<!DOCTYPE html><html lang="nl"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/>
<title>{esc(title)}</title><link rel="canonical" href="{site.base}{canonical}"/><meta property="og:site_name" content="NOS"/><meta name="twitter:site" content="@NOS"/>{head_extra}
<style{styled}>{css(rng, "nos" if old else "sc", 470, "bem" if old else "hashed")}</style>
<script>{gtm("NOS43")}{consent("npo")}window.NPO_TAG={{"brand":"nos","platform":"site","chapters":["nieuws"],"release":"{rng.getrandbits(32):08x}"}};</script>
</head><body>{wrap}<a href="#content" class="{cls("skip")}">Naar de inhoud</a>
<header class="{cls("header")}"><div class="{cls("header-inner")}"><a href="/" aria-label="NOS Nieuws" class="{cls("logo")}"><svg width="60" height="24" viewBox="0 0 60 24"><path d="M0 0h60v24H0z"></path></svg></a>
<nav aria-label="Hoofdmenu" class="{cls("main-nav")}"><ul><li><a href="/">Nieuws</a></li><li><a href="/nieuws/laatste#sport">Sport</a></li><li><a href="/nieuws/laatste#live">Live</a></li><li><a href="/nieuws/laatste#uitzendingen">Uitzendingen</a></li><li><a href="/nieuws/laatste#podcasts">Podcasts</a></li></ul></nav>
<a href="/zoeken?q=stikstof" class="{cls("search")}" aria-label="Zoeken">Zoeken</a></div>
<nav aria-label="Nieuwsmenu" class="{cls("sub-nav")}"><ul>{nav}</ul></nav></header>
<main id="content" class="{cls("main")}">{main}</main>
<footer class="{cls("footer")}"><div class="{cls("footer-inner")}"><a href="/" class="{cls("footer-logo")}">NOS</a><ul>{foot}</ul>
<p>De NOS is onderdeel van de Nederlandse Publieke Omroep.</p></div></footer></div>
{tail}</body></html>"""
    return encode(page)


def nos_card(b: Art) -> str:
    return f'<a href="{b.path}" class="{sc("card-link")}"><div class="{sc("card-img")}"><img src="https://cdn.nos.example/image/{a_id(b)}/xs.jpg" alt="" loading="lazy"/></div><span class="{sc("card-title")}">{esc(b.title)}</span></a>'


def a_id(a: Art) -> str:
    return a.path.split("/")[2].split("-")[0]


def nos(site: Site43, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    if a.x["old"]:
        return nos_2019(site, a, rng)
    x = a.x
    related = rel(site, a)
    inline = x["inline"] and len(related) == 1
    at = min(3, len(a.paras))

    def after(k: int) -> str:
        if not (inline and k == at):
            return ""
        return f'<div class="{sc("lees-ook")}"><span class="{sc("lees-ook-label")}">Lees ook</span>{nos_card(related[0])}</div>'

    def para(t: str, k: int) -> str:
        return f'<p class="{sc("paragraph")}">{esc(t)}</p>'

    def sub(t: str) -> str:
        return f'<h2 class="{sc("subhead")}">{esc(t)}</h2>'

    def fig(b: Block, n: int) -> str:
        if n == 0:
            return ""
        return f'<figure class="{sc("figure")}"><img src="https://cdn.nos.example/image/{b.src}/1008x567a.jpg" alt="{esc(b.text)}" loading="lazy"/><figcaption class="{sc("caption")}"><span>{esc(b.text)}</span><span class="{sc("credit")}">{esc(b.credit)}</span></figcaption></figure>'

    story = body(a, para, sub, fig, after)
    lead = ""
    if a.blocks and a.blocks[0].kind == "img":
        b = a.blocks[0]
        lead = f'<figure class="{sc("lead")}"><img src="https://cdn.nos.example/image/{b.src}/2048x1152a.jpg" alt="{esc(b.text)}" fetchpriority="high"/><figcaption class="{sc("caption")}"><span>{esc(b.text)}</span><span class="{sc("credit")}">{esc(b.credit)}</span></figcaption></figure>'
    up = a.when + timedelta(minutes=x["updated"])
    seen = (up if x["updated"] else a.when) + timedelta(days=x["seen"])
    times = (
        f'<time datetime="{zstamp(a.when)}" class="{sc("time")}">{nos_rel_day(a.when, seen)}</time>'
    )
    if x["updated"]:
        times += f'<span class="{sc("dot")}">•</span><time datetime="{zstamp(up)}" class="{sc("time")}">Aangepast {nos_rel_day(up, seen)}</time>'
    nm = [n for n, _ in x["nm"]]
    byline = ""
    if x["style"] == "door":
        byline = f'<p class="{sc("byline")}">Door {esc(nm[0])}</p>'
    elif x["style"] == "two":
        byline = f'<p class="{sc("byline")}">Door {esc(nm[0])} en {esc(nm[1])}</p>'
    bekijk = ""
    if related and not inline:
        items = "".join(f'<li class="{sc("bekijk-item")}">{nos_card(b)}</li>' for b in related)
        bekijk = f'<section class="{sc("bekijk-ook")}"><h2 class="{sc("bekijk-title")}">Bekijk ook</h2><ul>{items}</ul></section>'
    tp, tlabel = topic_path("nos", x["ctx"])
    lat = "".join(
        f'<li class="{sc("latest-item")}"><a href="{b.path}"><time>{b.when:%H:%M}</time> {esc(b.title)}</a></li>'
        for b in latest(site.of("nos"))[:7]
        if b is not a
    )
    most = "".join(
        f'<li class="{sc("popular-item")}"><a href="{b.path}">{esc(b.title)}</a></li>'
        for b in others(rng, site, a, 5)
    )
    main = f"""<article class="{sc("article")}">
{lead}
<div class="{sc("article-header")}"><a href="/nieuws/{x["sec"][0]}" class="{sc("section-label")}">{esc(x["sec"][1])}</a>
<h1 class="{sc("title")}">{esc(a.title)}</h1>
{byline}<div class="{sc("meta")}">{times}</div></div>
<div class="{sc("content-body")} contentBody">
{story}
</div>
{bekijk}
<div class="{sc("tags")}"><h2 class="{sc("tags-title")}">Meer over dit onderwerp:</h2><ul><li><a href="{tp}">{esc(tlabel)}</a></li><li><a href="/nieuws/{x["sec"][0]}">{esc(x["sec"][1])}</a></li></ul></div>
<div class="{sc("share")}"><span>Deel artikel:</span>{share(["Deel via WhatsApp", "Deel via Facebook", "Deel via X", "Deel via e-mail", "Link kopiëren"], sc("share-btn"))}</div>
</article>
<aside class="{sc("aside")}"><section class="{sc("latest")}"><h2>Het laatste nieuws</h2><ul>{lat}</ul><a href="/nieuws/laatste">Meer nieuws</a></section>
<section class="{sc("popular")}"><h2>Meest gelezen</h2><ol>{most}</ol></section>
<section class="{sc("partners")}"><h2>Onze regionale partners</h2><p>Nieuws uit jouw regio van de regionale omroepen.</p></section></aside>"""
    nd = {
        "props": {
            "pageProps": {
                "data": {
                    "id": int(a_id(a)),
                    "type": "article",
                    "title": a.title,
                    "publishedAt": zstamp(a.when, True),
                    "modifiedAt": zstamp(up, True),
                    "authors": [{"name": n} for n in a.authors],
                    "category": x["sec"][1],
                    "url": a.path,
                    "items": [
                        {"type": b.kind, "text": b.text} for b in a.blocks if b.kind != "img"
                    ],
                }
            }
        },
        "page": "/artikel/[id]",
        "buildId": hexid("nos-build", 21),
        "isFallback": False,
        "gssp": True,
    }
    head = f'<meta name="description" content="{esc(a.paras[0][:160])}"/><meta property="og:title" content="{esc(a.title)}"/><meta property="og:type" content="article"/><meta property="article:published_time" content="{a.when.astimezone(UTC).isoformat()}"/><meta property="article:modified_time" content="{up.astimezone(UTC).isoformat()}"/>'
    tail = f'<script id="__NEXT_DATA__" type="application/json">{script_json(nd)}</script>'
    return nos_chrome(site, rng, f"{a.title} | NOS", a.path, main, head, tail)


def nos_2019(site: Site43, a: Art, rng: random.Random) -> tuple[bytes, str]:
    x = a.x
    related = rel(site, a)
    at = min(3, len(a.paras))

    def after(k: int) -> str:
        if k != at or not related:
            return ""
        items = "".join(
            f'<li class="list-related__item"><a href="{b.path}" class="link-block">{esc(b.title)}</a></li>'
            for b in related
        )
        return f'<div class="block_related"><h2 class="block_related__title">Lees ook</h2><ul class="list-related">{items}</ul></div>'

    def para(t: str, k: int) -> str:
        return f"<p>{esc(t)}</p>"

    def sub(t: str) -> str:
        return f"<h2>{esc(t)}</h2>"

    def fig(b: Block, n: int) -> str:
        return f'<figure class="article_image{" article_image--lead" if n == 0 else ""}"><img src="https://nos.example/data/image/{a.when:%Y/%m/%d}/{rng.randint(500000, 599999)}/xxl.jpg" alt="{esc(b.text)}"><figcaption class="caption_content">{esc(b.text)}<span class="caption_credit">{esc(b.credit)}</span></figcaption></figure>'

    story = body(a, para, sub, fig, after)
    up = a.when + timedelta(minutes=x["updated"])
    meta = (
        f'<time datetime="{a.when:%Y-%m-%dT%H:%M:%S}{offset(a.when)}">{nos_old_when(a.when)}</time>'
    )
    if x["updated"]:
        meta += f'<span class="article__meta--updated">Aangepast {nos_old_when(up)}</span>'
    lat = "".join(
        f'<li class="list-time__item"><a href="{b.path}" class="link-block"><time>{b.when:%H:%M}</time><div class="list-time__title">{esc(b.title)}</div></a></li>'
        for b in others(rng, site, a, 6)
    )
    main = f"""<div class="page-container"><div class="article" id="article">
<div class="article__header"><div class="article__category"><a href="/nieuws/{x["sec"][0]}">{esc(x["sec"][1])}</a></div>
<h1 class="article__title">{esc(a.title)}</h1>
<div class="article__meta">{meta}</div>
<ul class="sharebar">{share(["Delen op Facebook", "Delen op Twitter", "Delen via WhatsApp", "Mailen"], "sharebar__link")}</ul></div>
<div class="article_textwrap">
{story}
</div>
<div class="article__tags"><span>Meer over:</span> <a href="{topic_path("nos", x["ctx"])[0]}">{esc(topic_path("nos", x["ctx"])[1])}</a></div></div>
<div class="sidebar"><div class="block"><h2 class="block__title">Laatste nieuws</h2><ul class="list-time">{lat}</ul></div></div></div>"""
    head = f'<meta name="description" content="{esc(a.paras[0][:160])}"><meta property="og:title" content="{esc(a.title)}"><meta property="og:type" content="article">'
    return nos_chrome(site, rng, f"{a.title} | NOS", a.path, main, head, old=True)


RENDER: dict[str, Callable[[Site43, Art], tuple[bytes, str]]] = {
    "spiegel": spiegel,
    "lemonde": lemonde,
    "elpais": elpais,
    "corriere": corriere,
    "nos": nos,
}


def register(site: Site43) -> None:
    for a in site.arts:
        site.route(a.path, lambda a=a: RENDER[a.tpl](site, a))


__all__ = ["LABELS", "RENDER", "author_path", "register", "topic_path", "writers"]
