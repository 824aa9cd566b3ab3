"""Pure extraction: markup → typed values. Never imports scrapy, never raises on missing data."""
