"""Several crawler processes on one Redis frontier and one database (scrapy-redis)."""
