"""Page processing off the crawler's thread: one pure entry function and a process pool.

``process_page(PageJob) -> PageResult`` is everything CPU-bound a crawler does with a fetched
page: decode the bytes (charset repair), parse, and either extract the article (body,
metadata, related links, every page link, listing-vs-article signals) or, for a listing page,
list its links. It is pure
(no Scrapy, no database) and picklable both ways, so any driver can use it: the spider through
:class:`PagePool`, ``newscrawl import-warc`` or a test calling it inline::

    from newscrawl.pool import PageJob, PagePool, process_page
    result = process_page(PageJob(body, url, "text/html; charset=gbk"))   # inline
    with PagePool(workers=2, timeout=5) as pool:                            # in processes
        result = pool.submit(PageJob(body, url, None)).result()

:class:`PagePool` runs jobs in ``workers`` child processes, each job within ``timeout``
seconds of CPU time: a ``SIGPROF`` in the child stops Python-level overruns (raises
:class:`PageTimeout`), and a child that does not answer within ``WALL_FACTOR × timeout + grace``
seconds of wall time (stuck in C, or waiting) is killed and replaced. ``workers=0`` runs jobs
inline in the caller (same results, no isolation but the CPU-time signal).
"""

from __future__ import annotations

import multiprocessing
import os
import queue
import signal
import threading
import traceback
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass, field
from datetime import datetime, tzinfo
from multiprocessing.connection import Connection
from typing import Any, Literal
from urllib.parse import urlsplit

from newscrawl.clean import clean_body
from newscrawl.extract import pagetype
from newscrawl.extract.article import Extracted, Selectors
from newscrawl.extract.budget import BudgetExceeded, on_pause, time_budget, unbudgeted
from newscrawl.extract.encoding import decode_html
from newscrawl.extract.pagetype import Signals
from newscrawl.language import detect, load_model, needs_model

DEFAULT_TIMEOUT = 5.0  #: NEWSCRAWL_EXTRACT_TIMEOUT's default (CPU seconds; 0 = no budget)
#: The parent's wall-clock deadline for a page, in budgets: a worker given a quarter of a core
#: by a loaded machine still finishes a page within its CPU budget before the parent gives up.
WALL_FACTOR = 4


class PageTimeout(TimeoutError):
    """A page ran over its time budget (its worker process was replaced if it hung)."""


class PageError(Exception):
    """The page raised in the worker; the message holds the worker's traceback."""


@dataclass(frozen=True)
class PageJob:
    """One fetched page and what the site profile says about it (all picklable)."""

    body: bytes
    url: str
    content_type: str | None = None  #: the response's Content-Type header, if any
    mode: Literal["article", "links"] = "article"  #: ``links``: a listing, only its links
    selectors: Selectors | None = None  #: the profile's selectors for this URL
    timezone: tzinfo | None = None  #: the profile's time zone (naive dates on the page)
    #: the zone the site's other pages showed (:class:`SiteZones`): naive dates on a page that
    #: names no zone and whose language and host imply none
    site_tz: tzinfo | None = None
    page_links: bool = True  #: article mode: also list every link on the page
    now: datetime | None = None  #: when the page was fetched (no publication date after it)
    #: read at most this many links of the page (a page with 100,000 links costs no more)
    max_links: int | None = None


class SiteZones:
    """The zone each site's pages showed, for its pages that show none.

    A Chinese city portal's English mirror prints ``Updated: 2024-05-08 10:21`` and names no
    zone, nor does its language or (served under an IP, a generic domain) its host; its
    Chinese pages are in Beijing time, and so is it. :meth:`record` notes the offset of every
    publication time extracted on a host (UTC is no evidence: many sites stamp their metadata
    in UTC and print local times); :meth:`zone` is the zone most of them had, once ``least``
    pages agree. At most ``max_hosts`` hosts are remembered (a broad crawl's long tail gets
    none, as without this)."""

    def __init__(self, least: int = 1, max_hosts: int = 10_000) -> None:
        self.least, self.max_hosts = least, max_hosts
        self._seen: dict[str, dict[str, int]] = {}
        self._zones: dict[str, tzinfo] = {}

    @staticmethod
    def _host(url: str) -> str:
        return urlsplit(url).hostname or ""

    def record(self, url: str, published: datetime | None) -> None:
        zone = published.tzinfo if published is not None else None
        offset = published.utcoffset() if published is not None else None
        if zone is None or not offset:
            return
        host = self._host(url)
        counts = self._seen.get(host)
        if counts is None:
            if len(self._seen) >= self.max_hosts:
                return
            counts = self._seen[host] = {}
        name = str(getattr(zone, "key", None) or offset)
        self._zones.setdefault(name, zone)
        counts[name] = counts.get(name, 0) + 1

    def zone(self, url: str) -> tzinfo | None:
        counts = self._seen.get(self._host(url))
        if not counts:
            return None
        name, n = max(counts.items(), key=lambda kv: (kv[1], kv[0]))
        return self._zones[name] if n >= self.least else None


@dataclass
class PageResult:
    """What :func:`process_page` returns."""

    url: str
    encoding: str  #: the charset the body was decoded with
    charset_repaired: bool  #: the declared charset was wrong and was replaced
    extracted: Extracted | None = None  #: article mode
    links: list[str] = field(default_factory=list)  #: links mode: absolute page links
    #: article mode, a page with title and body: listing-vs-article signals (extract.pagetype)
    signals: Signals | None = None
    #: article mode, a page to be stored: its cleaned body's language (``language.detect``),
    #: identified here so that the identifier's model lives in the pool's processes
    language: str | None = None


def process_page(job: PageJob) -> PageResult:
    """Decode, parse and extract one page. Pure; never raises on missing data."""
    text, encoding, repaired = decode_html(job.body, job.content_type)
    result = PageResult(job.url, encoding, repaired)
    if job.mode == "links":
        from newscrawl.extract.links import document_base, link_urls, script_urls
        from newscrawl.extract.tree import parse_html

        root = parse_html(text) if text.strip() else None
        if root is not None:
            base = document_base(root, job.url)
            result.links = link_urls(root, base, job.max_links) + script_urls(root, base)
        return result
    result.extracted, result.signals = pagetype.extract_and_classify(
        text,
        job.url,
        selectors=job.selectors,
        default_tz=job.timezone,
        site_tz=job.site_tz,
        page_links=job.page_links,
        now=job.now,
        max_links=job.max_links,
    )
    got, signals = result.extracted, result.signals
    stored = got is not None and got.title and got.paragraphs
    if stored and (signals is None or pagetype.is_article(signals)):
        assert got is not None
        body = clean_body(got.body or "")
        if needs_model(body):
            with unbudgeted():  # once per process: not the page's work
                load_model()
        result.language = detect(body)
    return result


def apply(call: tuple[Callable[..., Any], tuple[Any, ...]]) -> Any:
    """``fn(*args)`` of ``(fn, args)``: a :class:`PagePool` made with ``fn=apply`` runs any
    picklable call under the page budget (the fuzz harness, tests)."""
    fn, args = call
    return fn(*args)


def run_job(job: Any, timeout: float, fn: Callable[[Any], Any] = process_page) -> tuple[str, Any]:
    """``("ok", fn(job))``, ``("timeout", reason)`` or ``("error", traceback)``."""
    try:
        with time_budget(timeout):  # BaseException: trafilatura's `except Exception` can't eat it
            return "ok", fn(job)
    except BudgetExceeded as exc:
        return "timeout", str(exc)
    except Exception:
        return "error", traceback.format_exc(limit=15)


#: A worker's notice that it paused the page's budget for a one-off load (the language model).
_EXTEND = ("extend", None)


def _serve(conn: Connection, timeout: float, fn: Callable[[Any], Any]) -> None:
    """A worker process: answer each job until the pipe closes."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    on_pause(lambda: conn.send(_EXTEND))  # a one-off load: the parent's deadline starts again
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return
        conn.send(run_job(job, timeout, fn))


_Task = tuple[Any, "Future[Any]"]


class _Slot(threading.Thread):
    """One worker process and the thread in the parent that feeds it, one job at a time."""

    def __init__(self, pool: PagePool, index: int) -> None:
        super().__init__(name=f"newscrawl-page-{index}", daemon=True)
        self.pool = pool
        self.proc: Any = None
        self.conn: Connection | None = None

    def _start(self) -> Connection:
        pipe: tuple[Connection, Connection] = self.pool.ctx.Pipe()
        parent, child = pipe
        self.proc = self.pool.ctx.Process(
            target=_serve, args=(child, self.pool.timeout, self.pool.fn), daemon=True
        )
        self.proc.start()
        child.close()
        self.conn = parent
        return parent

    def _kill(self) -> None:
        if self.proc is not None:
            self.proc.kill()
            self.proc.join(5)
            self.proc = None
        if self.conn is not None:
            self.conn.close()
            self.conn = None

    def run(self) -> None:
        while True:
            task = self.pool.tasks.get()
            if task is None:
                self._kill()
                return
            job, future = task
            if not future.set_running_or_notify_cancel():
                continue
            try:
                status, value = self._call(job)
            except Exception as exc:  # pipe broken: the child died (a crash in C, OOM)
                self._kill()
                future.set_exception(PageError(f"worker process died: {exc!r}"))
                continue
            if status == "ok":
                future.set_result(value)
            elif status == "timeout":
                future.set_exception(PageTimeout(value))
            else:
                future.set_exception(PageError(value))

    def _call(self, job: Any) -> tuple[str, Any]:
        conn = self.conn or self._start()
        conn.send(job)
        timeout, grace = self.pool.timeout, self.pool.grace
        wait = WALL_FACTOR * timeout + grace if timeout > 0 else None
        while conn.poll(wait):
            status, value = conn.recv()
            if (status, value) != _EXTEND:
                return str(status), value
        self._kill()  # stuck where the signal cannot reach, or waiting: a fresh process instead
        with self.pool.lock:
            self.pool.killed += 1
        return "timeout", f"no answer {wait:g} s after the page was sent: worker replaced"


class PagePool:
    """Runs :func:`process_page` jobs in ``workers`` processes (0: inline, in the caller).

    ``submit`` never blocks; bound how many jobs are outstanding in the caller (the spider
    awaits each page, so Scrapy's concurrency limits bound it). ``killed`` counts workers
    replaced because a page hung.
    """

    def __init__(
        self,
        workers: int,
        timeout: float = DEFAULT_TIMEOUT,
        grace: float = 1.0,
        fn: Callable[[Any], Any] = process_page,
    ) -> None:
        self.workers = max(0, workers)
        self.fn = fn  #: a module-level function (it is pickled to the workers)
        self.timeout = timeout
        self.grace = grace
        self.killed = 0
        self.lock = threading.Lock()
        self.tasks: queue.SimpleQueue[_Task | None] = queue.SimpleQueue()
        methods = multiprocessing.get_all_start_methods()
        # Not fork: the parent runs a reactor and threads. A forkserver that preloaded this
        # module starts (and restarts) workers in milliseconds.
        self.ctx: Any = multiprocessing.get_context(
            "forkserver" if "forkserver" in methods else "spawn"
        )
        if "forkserver" in methods:
            self.ctx.set_forkserver_preload(["newscrawl.pool"])
        self.slots = [_Slot(self, i) for i in range(self.workers)]
        for slot in self.slots:
            slot.start()

    def submit(self, job: Any) -> Future[Any]:
        """``fn(job)``'s future (a :class:`PageJob` → :class:`PageResult` by default)."""
        future: Future[Any] = Future()
        if not self.workers:
            future.set_running_or_notify_cancel()
            status, value = run_job(job, self.timeout, self.fn)
            if status == "ok":
                future.set_result(value)
            else:
                future.set_exception((PageTimeout if status == "timeout" else PageError)(value))
            return future
        self.tasks.put((job, future))
        return future

    def call(self, job: Any) -> tuple[str, Any]:
        """``("ok", fn(job))``, ``("timeout", reason)`` or ``("error", traceback)``, waiting
        for the answer (a worker that does not answer is replaced: ``killed``)."""
        try:
            return "ok", self.submit(job).result()
        except PageTimeout as exc:
            return "timeout", str(exc)
        except PageError as exc:
            return "error", str(exc)

    def close(self) -> None:
        for _ in self.slots:
            self.tasks.put(None)
        for slot in self.slots:
            slot.join(10)
        self.slots = []

    def __enter__(self) -> PagePool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def default_workers() -> int:
    """One worker per core the process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1
