"""``newscrawl reextract``: extraction → cleaning → dedupe again, from the archived responses,
with the current code; the database changes only where the result did.

Each archived article's response record is read back (``warc_file`` + ``warc_offset``), run
through :func:`newscrawl.ingest.process_record` and the crawl's item pipelines up to
validation (the same classes, from the project's ``ITEM_PIPELINES``), then compared with the
row: a new text is stored through ``Repository.store_articles`` (the old text becomes a
version, the dedupe index follows); other changed fields are updated in place; an article
whose page no longer passes validation is left as it is and counted.
"""

from __future__ import annotations

import asyncio
import inspect
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from scrapy.exceptions import DropItem
from scrapy.settings import Settings
from scrapy.utils.misc import build_from_crawler, load_object
from scrapy.utils.test import get_crawler

from newscrawl import dedupe
from newscrawl.db import Engine
from newscrawl.db.archive_queries import FIELDS, archived_articles, update_fields
from newscrawl.db.repository import Repository
from newscrawl.ingest import RecordJob, process_record
from newscrawl.items import ArticleItem
from newscrawl.pipelines import CanonicalUrlPipeline, StoragePipeline, article_record
from newscrawl.warc import read_response

logger = logging.getLogger(__name__)


@dataclass
class ReextractReport:
    checked: int = 0
    text_changed: int = 0  #: new text: the old one kept as a version
    fields_changed: int = 0  #: same text, other fields changed (updated in place)
    unchanged: int = 0
    now_dropped: int = 0  #: the page no longer passes validation: left as it was
    missing_record: int = 0  #: WARC file or record not found
    changed_ids: list[int] = field(default_factory=list)
    examples: list[str] = field(default_factory=list)

    def summary(self) -> str:
        lines = [
            f"re-extracted {self.checked} archived articles: {self.text_changed} with a new text "
            f"(old text kept as a version), {self.fields_changed} with other fields changed, "
            f"{self.unchanged} unchanged, {self.now_dropped} now failing validation (left "
            f"as they were), {self.missing_record} whose WARC record is missing"
        ]
        lines += [f"  {e}" for e in self.examples]
        return "\n".join(lines)


def _stages(settings: Settings) -> list[Callable[[Any], Any]]:
    """``process_item`` of the project's pipelines before dedupe and storage."""
    # The stages read only newscrawl's settings (a crawler with Scrapy's full settings would
    # want a reactor installed).
    ours = {k: v for k, v in settings.copy_to_dict().items() if k.startswith("NEWSCRAWL_")}
    crawler = get_crawler(settings_dict=ours)
    pipelines = settings.getdict("ITEM_PIPELINES")
    stages = []
    for path, _ in sorted(pipelines.items(), key=lambda kv: kv[1]):
        cls = load_object(path)
        if issubclass(cls, CanonicalUrlPipeline | StoragePipeline):
            continue
        stages.append(build_from_crawler(cls, crawler).process_item)
    return stages


def _run(stages: list[Callable[[Any], Any]], item: ArticleItem) -> ArticleItem | None:
    for stage in stages:
        try:
            out = stage(item)
            if inspect.isawaitable(out):
                out = asyncio.run(_await(out))
        except DropItem as exc:
            logger.info("re-extraction dropped %s: %s", item.url, exc)
            return None
        item = out
    return item


async def _await(aw: Any) -> Any:
    return await aw


def _locate(file: str, warc_dir: Path | None) -> Path | None:
    path = Path(file)
    if path.is_file():
        return path
    if warc_dir is not None and (warc_dir / path.name).is_file():
        return warc_dir / path.name
    return None


def reextract(
    engine: Engine,
    site: str | None = None,
    since: date | None = None,
    until: date | None = None,
    warc_dir: Path | None = None,
    dry_run: bool = False,
    settings: Settings | None = None,
    examples: int = 5,
) -> ReextractReport:
    """Re-extract the matching archived articles; see the module docstring."""
    if settings is None:
        settings = Settings()
        settings.setmodule("newscrawl.settings")
    stages = _stages(settings)
    repo = Repository(
        engine, threshold=settings.getfloat("NEWSCRAWL_NEAR_DUP_THRESHOLD", dedupe.THRESHOLD)
    )
    report = ReextractReport()
    for row in archived_articles(engine, site, since, until):
        report.checked += 1
        path = _locate(row.warc_file, warc_dir)
        archived = read_response(path, int(row.warc_offset)) if path else None
        if archived is None:
            report.missing_record += 1
            logger.warning("no WARC record for article %d at %s", row.id, row.warc_file)
            continue
        job = RecordJob(
            body=archived.body,
            url=archived.url,
            content_type=archived.content_type,
            fetched_at=row.fetched_at,
            site=row.site,
            warc_file=row.warc_file,
            warc_offset=row.warc_offset,
            warc_record_id=row.warc_record_id,
            require_article=False,
        )
        result = process_record(job)
        item = _run(stages, result.item) if result.item else None
        if item is None:
            report.now_dropped += 1
            continue
        # The article stays under its URL, whatever canonical link the page now yields.
        item.canonical_url, item.urls = row.canonical_url, [row.canonical_url]
        record = article_record(item)
        changed = {n: getattr(record, n) for n in FIELDS if getattr(record, n) != getattr(row, n)}
        if record.content_hash != row.content_hash:
            report.text_changed += 1
            what = f"text changed (title {row.title!r} → {record.title!r})"
            if not dry_run:
                record.fingerprint, record.signature, record.band_keys = dedupe.digest(record.body)
                repo.store_articles([record])
        elif changed:
            report.fields_changed += 1
            what = ", ".join(f"{n}: {getattr(row, n)!r} → {v!r}" for n, v in changed.items())
            if not dry_run:
                update_fields(engine, [(row.id, changed)])
        else:
            report.unchanged += 1
            continue
        report.changed_ids.append(row.id)
        if len(report.examples) < examples:
            report.examples.append(f"#{row.id} {row.canonical_url}: {what}")
    return report
