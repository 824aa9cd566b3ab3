"""newscrawl: a Scrapy news crawler that leaves analysts a clean, deduplicated SQL database."""
