"""Fixtures of the test-site tests: a 60-article site, its ground truth, and the site served
over HTTP (one of each per test module)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from newscrawl.testsite.generator import Site
from newscrawl.testsite.server import SiteServer


@pytest.fixture(scope="module")
def site() -> Site:
    return Site(n_articles=60, seed=0)


@pytest.fixture(scope="module")
def truth(site: Site) -> list[dict[str, object]]:
    return site.truth()


@pytest.fixture(scope="module")
def server(site: Site) -> Iterator[SiteServer]:
    with SiteServer(site) as srv:
        yield srv
