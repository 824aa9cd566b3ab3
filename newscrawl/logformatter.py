"""Log formatter: dropped items at INFO with the reason (they are counted in stats)."""

from __future__ import annotations

import logging
from typing import Any

from scrapy.logformatter import DroppedLogFormatterResult, LogFormatter


class QuietDropFormatter(LogFormatter):
    def dropped(
        self, item: Any, exception: BaseException, response: Any, spider: Any = None
    ) -> DroppedLogFormatterResult:
        return {
            "level": logging.INFO,
            "msg": "Dropped: %(exception)s",
            "args": {"exception": exception},
        }
