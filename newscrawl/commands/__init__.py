"""Project commands: ``scrapy crawl`` with a per-site lock and exit statuses cron can act on."""
