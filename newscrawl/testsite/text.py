"""Deterministic titles, names and sentences of the test site (zh and en), drawn from `pools`."""

from __future__ import annotations

import random
from collections.abc import Callable

from newscrawl.testsite.pools import (
    EN_BIOS,
    EN_BODIES,
    EN_CLAIMS,
    EN_COUNTERS,
    EN_DETAILS,
    EN_DISTRICTS,
    EN_EFFECTS,
    EN_FIRST,
    EN_LAST,
    EN_MONTHS,
    EN_OBJECTS,
    EN_ORGS,
    EN_PERIODS,
    EN_PHASES,
    EN_PLACES,
    EN_PROJECTS,
    EN_QUOTES,
    EN_ROLES,
    EN_THINGS,
    EN_VERBS,
    EN_VERDICTS,
    ZH_ACTIONS,
    ZH_FACILITIES,
    ZH_FIELDS,
    ZH_GIVEN,
    ZH_GOALS,
    ZH_ORGS,
    ZH_PLACES,
    ZH_PLANS,
    ZH_QUOTES,
    ZH_RESULTS,
    ZH_ROLES,
    ZH_SCENES,
    ZH_SITES,
    ZH_SLOGAN_TAILS,
    ZH_SLOGANS,
    ZH_STATS,
    ZH_SURNAMES,
    ZH_TIMES,
    ZH_TITLE_TAILS,
    ZH_TITLE_VERBS,
)


def unique(seen: set[str], make: Callable[[], str]) -> str:
    title = make()
    tries = 0
    while title in seen:
        tries += 1
        title = make() if tries < 50 else f"{make()}（{len(seen)}）"
    seen.add(title)
    return title


def zh_name(rng: random.Random) -> str:
    given = "".join(rng.choice(ZH_GIVEN) for _ in range(rng.choice((1, 1, 2))))
    return rng.choice(ZH_SURNAMES) + given


def zh_title(rng: random.Random) -> str:
    field = rng.choice(ZH_FIELDS)
    kind = rng.randrange(4)
    if kind == 0:
        verb, tail = rng.choice(ZH_TITLE_VERBS), rng.choice(ZH_TITLE_TAILS)
        return f"{rng.choice(ZH_PLACES)}{verb}{field}{tail}"
    if kind == 1:
        tail = rng.choice(ZH_SLOGAN_TAILS).format(field=field)
        return f"{zh_name(rng)}：{rng.choice(ZH_SLOGANS)} {tail}"
    if kind == 2:
        stat = rng.choice(ZH_STATS).split("，")[0]
        return rng.choice(ZH_TIMES) + rng.choice(ZH_PLACES) + fill_zh(stat, rng)
    return f"{rng.choice(ZH_PLACES)}：{field}{rng.choice(ZH_TITLE_TAILS)}"


def en_title(rng: random.Random) -> str:
    place, body = rng.choice(EN_PLACES), rng.choice(EN_BODIES)
    obj = rng.choice(EN_OBJECTS)
    kind = rng.randrange(3)
    if kind == 0:
        return f"{place} {body} {rng.choice(EN_VERBS)} {obj}"
    if kind == 1:
        return f"Why {place} {body} {rng.choice(('may', 'will', 'could'))} revisit {obj}"
    return f"{place} {body} {rng.choice(EN_VERBS)} {obj} after {rng.choice(EN_PERIODS)}"


def fill_zh(template: str, rng: random.Random) -> str:
    return template.format(
        f=f"{rng.randint(1, 999) / 10:.1f}",
        n=rng.randint(2, 60),
        m=rng.randint(100, 9999),
        p=f"{rng.randint(11, 299) / 10:.1f}",
        facility=rng.choice(ZH_FACILITIES),
        field=rng.choice(ZH_FIELDS),
    )


def zh_sentence(rng: random.Random) -> str:
    kind = rng.randrange(9)
    place = rng.choice(ZH_PLACES)
    f = fill_zh
    if kind == 0:
        return (
            f"{rng.choice(ZH_TIMES)}，{place}{rng.choice(ZH_ORGS)}"
            f"{f(rng.choice(ZH_ACTIONS), rng)}，"
            f"{f(rng.choice(ZH_RESULTS), rng)}。"
        )
    if kind == 1:
        return (
            f"{place}{rng.choice(ZH_ORGS)}负责人表示，{f(rng.choice(ZH_PLANS), rng)}，"
            f"{f(rng.choice(ZH_GOALS), rng)}。"
        )
    if kind == 2:
        return f"“{f(rng.choice(ZH_QUOTES), rng)}。”{place}{rng.choice(ZH_ROLES)}{zh_name(rng)}说。"
    if kind == 3:
        return f"据了解，{place}{f(rng.choice(ZH_STATS), rng)}，{f(rng.choice(ZH_RESULTS), rng)}。"
    if kind == 4:
        return (
            f"{rng.choice(ZH_TIMES)}，{place}围绕{rng.choice(ZH_FIELDS)}，"
            f"{f(rng.choice(ZH_ACTIONS), rng)}，{f(rng.choice(ZH_GOALS), rng)}。"
        )
    if kind == 5:
        return f"会议强调，要{f(rng.choice(ZH_PLANS), rng)}，{f(rng.choice(ZH_GOALS), rng)}。"
    if kind == 6:
        return f"记者在{place}{rng.choice(ZH_SITES)}看到，{f(rng.choice(ZH_SCENES), rng)}。"
    if kind == 7:
        return f"下一步，{place}将{f(rng.choice(ZH_PLANS), rng)}，{f(rng.choice(ZH_GOALS), rng)}。"
    return (
        f"数据显示，{rng.choice(ZH_TIMES)}{place}{f(rng.choice(ZH_STATS), rng)}，"
        f"{f(rng.choice(ZH_RESULTS), rng)}。"
    )


def fill_en(template: str, rng: random.Random) -> str:
    return template.format(
        n=rng.randint(12, 4800),
        k=rng.randint(3, 45),
        f=f"{rng.randint(11, 990) / 10:.1f}",
        year=rng.randint(2008, 2020),
    )


def en_sentence(rng: random.Random) -> str:
    kind = rng.randrange(8)
    f = fill_en
    if kind == 0:
        return (
            f"Officials in {rng.choice(EN_PLACES)} said the {rng.choice(EN_PROJECTS)} would "
            f"{f(rng.choice(EN_EFFECTS), rng)} by {rng.randint(2024, 2035)}."
        )
    if kind == 1:
        return (
            f"\u201c{rng.choice(EN_QUOTES)},\u201d said {rng.choice(EN_FIRST)} "
            f"{rng.choice(EN_LAST)}, {rng.choice(EN_ROLES)} at {rng.choice(EN_ORGS)}."
        )
    if kind == 2:
        return (
            f"{rng.choice(EN_THINGS).capitalize()} has risen {rng.randint(2, 48)} percent "
            "since "
            f"{rng.choice(EN_PERIODS)}, according to figures from {rng.choice(EN_ORGS)}."
        )
    if kind == 3:
        return (
            f"Critics argue that {rng.choice(EN_CLAIMS)}, while supporters say "
            f"{rng.choice(EN_COUNTERS)}."
        )
    if kind == 4:
        reaction = rng.choice(("welcomed", "questioned", "opposed", "cautiously backed"))
        return (
            f"Residents of {rng.choice(EN_DISTRICTS)} have {reaction} "
            f"the {rng.choice(EN_PROJECTS)}, which is scheduled to {rng.choice(EN_PHASES)} "
            f"in {rng.choice(EN_MONTHS)}."
        )
    if kind == 5:
        return f"Under the proposal, {f(rng.choice(EN_DETAILS), rng)}."
    if kind == 6:
        return (
            f"{rng.choice(EN_FIRST)} {rng.choice(EN_LAST)}, who "
            f"{f(rng.choice(EN_BIOS), rng)}, said the {rng.choice(EN_PROJECTS)} was "
            f"{rng.choice(EN_VERDICTS)}."
        )
    return (
        f"A report by {rng.choice(EN_ORGS)} estimated that {rng.choice(EN_THINGS)} could "
        f"fall by {rng.randint(3, 30)} percent within {rng.randint(2, 9)} years."
    )
