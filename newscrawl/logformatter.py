"""Log formatter: dropped items at INFO with the reason (they are counted in stats)."""

from __future__ import annotations

import logging
from typing import Any

from scrapy.logformatter import LogFormatter, LogFormatterResult


class QuietDropFormatter(LogFormatter):
    """A drop is an expected, counted outcome: one INFO line, without dumping the item."""

    def dropped(
        self, item: Any, exception: BaseException, response: Any, spider: Any = None
    ) -> LogFormatterResult:
        return {
            "level": logging.INFO,
            "msg": "Dropped: %(exception)s",
            "args": {"exception": exception},
        }
