"""The page pool: same results as inline extraction, a time budget per page, hung workers
replaced, and a crawl through the pool storing what an inline crawl stores."""

from __future__ import annotations

import gzip
import os
import signal
import time
from pathlib import Path
from typing import Any

import pytest

from newscrawl.extract.encoding import decode_html
from newscrawl.pool import PageError, PageJob, PagePool, PageTimeout, process_page

SHARED = Path(__file__).resolve().parents[2] / "shared" / "benchmarks" / "extraction"


def real_pages(n: int) -> list[tuple[str, bytes]]:
    out = []
    for name in ("aeb", "magichtml"):
        for path in sorted((SHARED / name).glob("*.html.gz"))[: n // 2]:
            out.append(
                (
                    f"https://{name}.example/{path.name[:12]}.html",
                    gzip.decompress(path.read_bytes()),
                )
            )
    if not out:
        pytest.skip(f"benchmark pages not found under {SHARED}")
    return out


def test_pool_results_equal_inline_on_real_pages() -> None:
    pages = real_pages(16)
    jobs = [PageJob(body, url, "text/html") for url, body in pages]
    inline = [process_page(job) for job in jobs]
    with PagePool(workers=2, timeout=30) as pool:
        pooled = [f.result() for f in [pool.submit(job) for job in jobs]]
    assert pooled == inline
    assert all(r.extracted is not None for r in pooled)
    assert sum(bool(r.extracted and r.extracted.body) for r in pooled) >= 14
    # Links mode (a listing page) lists the same links as the article's page_links.
    links = process_page(PageJob(pages[0][1], pages[0][0], "text/html", mode="links")).links
    assert links and links == inline[0].extracted.page_links  # type: ignore[union-attr]


def test_charset_repair_reported() -> None:
    text = (
        "<html><head><meta charset='big5'></head><body><h1>標題測試</h1><p>"
        + "這是一段繁體中文的新聞內容。" * 20
        + "</p></body></html>"
    )
    body = text.encode("gb18030")  # declared big5, really GB18030
    result = process_page(PageJob(body, "https://x.example/a.html", "text/html; charset=big5"))
    assert result.encoding == decode_html(body, "text/html; charset=big5")[1]


def _busy(job: PageJob) -> str:
    """Works the CPU for the URL's number of seconds (interruptible: the budget stops it)."""
    end = time.process_time() + float(job.url.rsplit("/", 1)[1])
    while time.process_time() < end:
        pass
    return "done"


def _waiting(job: PageJob) -> str:
    """Takes the URL's number of seconds of wall time, hardly any CPU: a page whose worker
    waits for a core on a loaded machine."""
    time.sleep(float(job.url.rsplit("/", 1)[1]))
    return "done"


def _stuck(job: PageJob) -> str:
    signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGPROF})  # the budget cannot reach it
    return _busy(job)


def _pid(job: PageJob) -> int:
    return os.getpid()


def test_over_budget_page_times_out_and_worker_survives() -> None:
    with PagePool(workers=1, timeout=0.5, fn=_busy) as pool:
        t0 = time.monotonic()
        with pytest.raises(PageTimeout, match="CPU time"):
            pool.submit(PageJob(b"", "https://x.example/30")).result()
        assert time.monotonic() - t0 < 10
        assert pool.submit(PageJob(b"", "https://x.example/0")).result() == "done"
        assert pool.killed == 0  # the signal was enough: the process was kept


def test_a_page_that_waits_for_a_core_is_not_skipped_for_it() -> None:
    """The budget is CPU time: 1.2 s of wall time at almost no CPU (a worker a loaded machine
    left waiting) is no overrun of a 0.5 s budget; the parent's wall-clock deadline is
    WALL_FACTOR budgets, not one."""
    with PagePool(workers=1, timeout=0.5, grace=0.5, fn=_waiting) as pool:
        assert pool.submit(PageJob(b"", "https://x.example/1.2")).result() == "done"
        assert pool.killed == 0


def test_hung_worker_is_killed_and_replaced() -> None:
    with PagePool(workers=1, timeout=0.5, grace=0.5, fn=_stuck) as pool:
        t0 = time.monotonic()
        with pytest.raises(PageTimeout, match="worker replaced"):
            pool.submit(PageJob(b"", "https://x.example/60")).result()
        assert time.monotonic() - t0 < 10  # WALL_FACTOR × 0.5 + 0.5 = 2.5 s
        assert pool.killed == 1
        assert pool.submit(PageJob(b"", "https://x.example/0")).result() == "done"


def test_worker_processes_are_separate_and_inline_is_not() -> None:
    with PagePool(workers=2, timeout=5, fn=_pid) as pool:
        pids = {pool.submit(PageJob(b"", f"https://x.example/{i}")).result() for i in range(20)}
    assert os.getpid() not in pids and 1 <= len(pids) <= 2
    with PagePool(workers=0, fn=_pid) as pool:
        assert pool.submit(PageJob(b"", "https://x.example/1")).result() == os.getpid()


def test_error_in_page_is_reported_with_traceback() -> None:
    with PagePool(workers=1, timeout=5) as pool, pytest.raises(PageError, match="Traceback"):
        pool.submit("not a job").result()  # type: ignore[arg-type]


def test_crawl_through_pool_stores_what_inline_stores(tmp_path: Path, run_crawl: Any) -> None:
    from snapshot import snapshot

    from newscrawl.testsite.generator import Site
    from newscrawl.testsite.server import SiteServer

    site = Site(n_articles=40, seed=3)
    results = {}
    with SiteServer(site) as server:
        for workers in ("0", "2"):
            db = f"sqlite:///{tmp_path / f'w{workers}.db'}"
            proc = run_crawl(
                db,
                "site=demo",
                f"base_url={server.url}",
                settings={
                    "NEWSCRAWL_EXTRACT_WORKERS": workers,
                    "NEWSCRAWL_LOCK_DIR": str(tmp_path / f"locks{workers}"),
                },
            )
            assert proc.returncode == 0, proc.stderr[-3000:]
            results[workers] = snapshot(db)
    inline, pooled = results["0"], results["2"]
    assert inline.articles >= 40
    assert pooled.groups == inline.groups
    assert pooled.clusters == inline.clusters
    assert pooled.texts == inline.texts
    assert pooled.links == inline.links
    assert pooled.duplicate_urls == inline.duplicate_urls == 0


def test_processor_skips_and_counts_an_over_budget_page() -> None:
    import asyncio

    from scrapy.utils.test import get_crawler

    from newscrawl.pages import PageProcessor

    crawler = get_crawler(
        settings_dict={"NEWSCRAWL_EXTRACT_WORKERS": 1, "NEWSCRAWL_EXTRACT_TIMEOUT": 0.001}
    )
    processor = PageProcessor(crawler)
    url, body = real_pages(2)[0]
    try:
        got = asyncio.run(processor.process(PageJob(body, url, "text/html")))
    finally:
        processor.close()
    assert got is None  # a 100 KB page takes far more than 1 ms: skipped
    assert crawler.stats is not None
    assert crawler.stats.get_value("newscrawl/extract/timeout") == 1


def test_the_language_model_load_is_not_the_first_pages_work() -> None:
    """A worker's first English page loads the identifier's model (about a second, several on a
    loaded machine): that load runs outside the page's budget and the parent's deadline, so a
    budget shorter than the load does not skip the page."""
    path = Path(__file__).parent / "fixtures" / "pages" / "en_jsonld.html"
    job = PageJob(path.read_bytes(), "https://x.example/news/budget.html", "text/html")
    with PagePool(workers=1, timeout=0.4) as pool:  # the load alone takes 0.9 s here
        result = pool.submit(job).result(timeout=60)
    assert result.extracted.title == "City council approves new budget"
    assert result.language == "en"
