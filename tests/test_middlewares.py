"""Retry back-off (Retry-After honoured, capped) and the run-health verdict, built the way
Scrapy builds them."""

from __future__ import annotations

from typing import Any

from scrapy import Request, Spider
from scrapy.http import Response
from scrapy.utils.test import get_crawler

from newscrawl.extensions import run_failure
from newscrawl.middlewares import BackoffRetryMiddleware


def middleware(**settings: Any) -> BackoffRetryMiddleware:
    crawler = get_crawler(Spider, settings_dict={"RETRY_TIMES": 5, **settings})
    crawler.spider = Spider.from_crawler(crawler, name="test")  # retries read the spider
    return BackoffRetryMiddleware.from_crawler(crawler)


def retry(mw: BackoffRetryMiddleware, request: Request, headers: dict[str, str]) -> Request:
    response = Response(request.url, status=503, headers=headers, request=request)
    result = mw.process_response(request, response)
    assert isinstance(result, Request)
    return result


def test_retry_after_seconds_are_the_wait_capped_by_the_maximum() -> None:
    mw = middleware(NEWSCRAWL_RETRY_BACKOFF_MAX=60)
    first = retry(mw, Request("http://h/a"), {"Retry-After": "7"})
    assert first.meta["newscrawl_backoff"] == 7.0
    assert retry(mw, Request("http://h/b"), {"Retry-After": "3600"}).meta["newscrawl_backoff"] == 60


def test_without_retry_after_the_wait_doubles_per_attempt() -> None:
    mw = middleware(NEWSCRAWL_RETRY_BACKOFF=1.5, NEWSCRAWL_RETRY_BACKOFF_MAX=5)
    req = Request("http://h/a")
    waits = []
    for _ in range(4):
        req = retry(mw, req, {})
        waits.append(req.meta.pop("newscrawl_backoff"))
    assert waits == [1.5, 3.0, 5.0, 5.0]  # 1.5, 3, 6→cap 5, 12→cap 5


def test_an_http_date_retry_after_falls_back_to_the_back_off() -> None:
    mw = middleware(NEWSCRAWL_RETRY_BACKOFF=2)
    req = retry(mw, Request("http://h/a"), {"Retry-After": "Wed, 21 Oct 2015 07:28:00 GMT"})
    assert req.meta["newscrawl_backoff"] == 2.0


def test_a_200_is_not_retried_and_waits_nothing() -> None:
    mw = middleware()
    request = Request("http://h/a")
    response = Response(request.url, status=200, headers={"Retry-After": "9"}, request=request)
    assert mw.process_response(request, response) is response
    assert "newscrawl_backoff" not in request.meta


# --------------------------------------------------------------------------- run health
def test_spooled_articles_fail_the_run() -> None:
    stats = {"newscrawl/store/spooled": 3, "newscrawl/spider/article_pages": 10}
    assert run_failure(stats, 0.5, False) == (
        "database unreachable: 3 articles spooled for the next run"
    )


def test_error_rate_counts_network_errors_and_5xx_not_4xx() -> None:
    stats = {
        "downloader/request_count": 10,
        "downloader/exception_count": 2,
        "downloader/response_status_count/500": 1,
        "downloader/response_status_count/503": 3,
        "downloader/response_status_count/404": 4,
        "newscrawl/spider/listing_pages": 1,
    }
    assert run_failure(stats, 0.5, True) == "error rate 6/10 over NEWSCRAWL_MAX_ERROR_RATE=0.5"
    stats["downloader/response_status_count/503"] = 2  # 5/10 is not over 0.5
    assert run_failure(stats, 0.5, True) is None
    # fewer than 10 requests: too few to judge a rate
    few = {"downloader/request_count": 9, "downloader/exception_count": 9}
    assert run_failure(few, 0.5, False) is None


def test_a_site_that_returned_nothing_fails_only_if_it_had_articles() -> None:
    stats = {"downloader/request_count": 3, "newscrawl/spider/article_pages": 0}
    assert run_failure(stats, 0.5, True) == (
        "the site returned nothing this run, though earlier runs stored its articles"
    )
    assert run_failure(stats, 0.5, False) is None
    assert run_failure({**stats, "newscrawl/incremental/not_modified": 4}, 0.5, True) is None
