# Every target sets itself up: a fresh clone needs only Python 3.11 and the package index.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test install-check bench bench-memory bench-extract bench-archive chromium report-screenshot lint clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV) || python3 -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[test,dev,bench]'
	touch $(STAMP)

demo: $(STAMP)  ## crawl the bundled demo site into output/newscrawl.db and summarise
	$(BIN)/newscrawl demo

test: lint chromium  ## lint, types, import layers, then the whole suite (PostgreSQL/MariaDB tests fail under CI=true if absent)
	$(BIN)/python -m pytest -q
	$(MAKE) install-check

# A user's install: a fresh venv with the pip Python ships (no upgrade), `pip install -e .`,
# then `newscrawl extract` on a saved page. Catches dependencies that only an upgraded pip
# (or the dev extras) would have pulled in.
CHECK_VENV := output/install-check
install-check:
	rm -rf $(CHECK_VENV)
	$(PYTHON) -m venv $(CHECK_VENV) || python3 -m venv $(CHECK_VENV)
	$(CHECK_VENV)/bin/python -m pip --version
	$(CHECK_VENV)/bin/python -m pip install -q -e .
	$(CHECK_VENV)/bin/newscrawl extract tests/fixtures/pages/en_jsonld.html \
	  | grep -q '"title": "City council approves new budget"'
	@echo "install-check: plain pip install -e . and newscrawl extract work"
	rm -rf $(CHECK_VENV)

chromium:  ## Debian's chromium for the report test: installed under CI=true, else the test skips
	@command -v chromium >/dev/null 2>&1 || [ "$$CI" != "true" ] || \
	  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium)

bench-archive: $(STAMP)  ## cost of the WARC archive on crawl throughput; import-warc pages/s, RSS
	$(BIN)/python benchmarks/archive_bench.py --articles 1000 --rounds 4

report-screenshot: $(STAMP)  ## docs/report.png: demo crawl, report, headless chromium screenshot
	$(BIN)/python benchmarks/report_screenshot.py docs/report.png

bench: $(STAMP)  ## throughput: bare Scrapy vs newscrawl (inline, pool, 2 Redis workers) on real pages
	$(BIN)/python benchmarks/scale_bench.py --articles 2000 --repeat 3
	$(BIN)/python benchmarks/crawl_bench.py --articles 5000

bench-memory: $(STAMP)  ## a fleet worker's RSS: 10k/50k/100k replayed URLs, then 10k crawled articles
	$(BIN)/python benchmarks/memory_bench.py --articles 100000
	$(BIN)/python benchmarks/memory_crawl.py --articles 10000 --report 1000,5000,10000

bench-extract: $(STAMP)  ## body extraction P/R/F1, pages/s: newscrawl vs trafilatura, readability
	$(BIN)/python benchmarks/extraction_bench.py

lint: $(STAMP)  ## ruff, formatting, mypy --strict and the import contracts (pyproject.toml)
	$(BIN)/ruff check newscrawl tests benchmarks
	$(BIN)/ruff format --check newscrawl tests benchmarks
	$(BIN)/mypy newscrawl
	$(BIN)/lint-imports

clean:
	rm -rf $(VENV) output/*.db output/*.db-* output/spool output/install-check
