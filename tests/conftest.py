"""Shared fixtures: a network guard, database URLs for every backend, the local test site."""

from __future__ import annotations

import atexit
import ipaddress
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import uuid
from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import create_engine, text

from newscrawl.testsite.generator import Site
from newscrawl.testsite.server import SiteServer

CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")
POSTGRES_URL = os.environ.get(
    "NEWSCRAWL_TEST_POSTGRES", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
)
MYSQL_URL = os.environ.get(
    "NEWSCRAWL_TEST_MYSQL", "mysql+pymysql://root@127.0.0.1:3306/test?charset=utf8mb4"
)

_real_connect = socket.socket.connect


def _guarded_connect(self: socket.socket, address: Any) -> Any:
    host = address[0] if isinstance(address, tuple) else None
    if host is not None:
        try:
            loopback = ipaddress.ip_address(host).is_loopback
        except ValueError:
            loopback = host == "localhost"
        if not loopback:
            raise RuntimeError(f"network guard: tests may only connect to loopback, not {host}")
    return _real_connect(self, address)


@pytest.fixture(autouse=True)
def network_guard(monkeypatch: pytest.MonkeyPatch) -> None:
    """Any non-loopback connection from test code fails the test."""
    monkeypatch.setattr(socket.socket, "connect", _guarded_connect)


def _server_db(base_url: str, name: str) -> Iterator[str]:
    """A fresh, empty database on a real server; dropped afterwards."""
    try:
        admin = create_engine(base_url, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(text("SELECT 1"))
    except Exception as exc:
        if CI:
            pytest.fail(f"{name} is required under CI=true but unreachable: {exc}")
        pytest.skip(f"{name} not reachable at {base_url}: {exc}")
    db = f"nc_test_{uuid.uuid4().hex[:10]}"
    with admin.connect() as conn:
        conn.execute(text(f"CREATE DATABASE {db}"))
    url = admin.url.set(database=db).render_as_string(hide_password=False)
    try:
        yield url
    finally:
        with admin.connect() as conn:
            if admin.dialect.name == "postgresql":
                conn.execute(text(f"DROP DATABASE IF EXISTS {db} WITH (FORCE)"))
            else:
                conn.execute(text(f"DROP DATABASE IF EXISTS {db}"))
        admin.dispose()


@pytest.fixture(params=["sqlite", "postgresql", "mariadb"])
def db_url(request: pytest.FixtureRequest, tmp_path: Any) -> Iterator[str]:
    """An empty database URL on each backend (SQLite file, PostgreSQL, MariaDB)."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'test.db'}"
    elif request.param == "postgresql":
        yield from _server_db(POSTGRES_URL, "PostgreSQL")
    else:
        yield from _server_db(MYSQL_URL, "MariaDB")


ROOT = __import__("pathlib").Path(__file__).resolve().parents[1]
# The benchmark scripts' modules (e.g. the AEB scorer) are importable by the tests.
sys.path.insert(0, str(ROOT / "benchmarks"))


_WARC_TMP = tempfile.mkdtemp(prefix="newscrawl-test-warc-")  # crawls' WARC archives
atexit.register(shutil.rmtree, _WARC_TMP, ignore_errors=True)


def _run_crawl(
    db_url: str,
    *args: str,
    timeout: float = 300,
    settings: dict[str, str] | None = None,
    cwd: Any = None,
) -> subprocess.CompletedProcess[str]:
    """Run ``scrapy crawl news`` exactly as a user would, in a subprocess."""
    env = {
        **os.environ,
        "SCRAPY_SETTINGS_MODULE": "newscrawl.settings",
        "NEWSCRAWL_DATABASE_URL": db_url,
        "NEWSCRAWL_LOG_LEVEL": "INFO",
    }
    # Each crawl's WARC archive goes to a temporary directory unless the test names one.
    settings = {"NEWSCRAWL_WARC_DIR": _WARC_TMP, **(settings or {})}
    sets = [x for k, v in settings.items() for x in ("-s", f"{k}={v}")]
    cmd = [
        sys.executable,
        "-m",
        "scrapy",
        "crawl",
        "news",
        "-s",
        "LOG_FILE=",
        *sets,
        *[x for a in args for x in ("-a", a)],
    ]
    return subprocess.run(
        cmd,
        cwd=cwd or ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


@pytest.fixture(scope="session")
def run_crawl() -> Any:
    """``run_crawl(db_url, "site=demo", "base_url=…")`` → CompletedProcess."""
    return _run_crawl


# The test-site tests' fixtures (tests/testsite/): a 60-article site, its ground truth, and the
# site served over HTTP, one of each per test module. Here rather than in a tests/testsite
# conftest.py: two modules named ``conftest`` make ``from conftest import …`` ambiguous.
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
