# Two set-up commands, both from a fresh clone:
#   make demo   install into .venv and code the bundled sample news
#   make test   install with the test extras and run the whole suite
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test lint install clean vendor-js

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

demo: install
	$(BIN)/vaarta extract examples/news --format table
	$(BIN)/vaarta eval examples/news/gold.jsonl
	$(BIN)/vaarta ingest examples/news --db sqlite:///vaarta.db
	$(BIN)/vaarta events --db sqlite:///vaarta.db --actor IND --limit 10
	$(BIN)/vaarta stats --db sqlite:///vaarta.db
	@echo
	@echo "Browse the events, their evidence, the dyad timeline, the network and the map:"
	@echo "  $(BIN)/vaarta serve --db sqlite:///vaarta.db    then open http://127.0.0.1:8000/"

test: install
	$(BIN)/ruff check src tests scripts fuzz
	$(BIN)/python -m pytest

lint: install
	$(BIN)/ruff check src tests scripts fuzz

# Refetch the pinned browser libraries (npm) into src/vaarta/web/static/vendor/; the result is
# committed, so neither demo nor test runs this (scripts/vendor_js.py --check only verifies).
vendor-js: install
	$(BIN)/python scripts/vendor_js.py

clean:
	rm -rf $(VENV) build *.egg-info src/*.egg-info .pytest_cache .ruff_cache
