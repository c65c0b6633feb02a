# Everything runs from a project-local virtualenv built from the pinned requirements.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
export NO_MKDOCS_2_WARNING := 1

.PHONY: serve build test check lint bench clean

$(STAMP): requirements.txt constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements.txt
	touch $(STAMP)

serve: $(STAMP)  ## live preview at http://127.0.0.1:8000, reloading on docs/, seeds/ and hooks/
	$(BIN)/mkdocs serve --livereload --dev-addr 127.0.0.1:8000

build: $(STAMP)  ## strict build into site/
	$(BIN)/mkdocs build --strict

test: $(STAMP)  ## unit, build and browser tests
	$(BIN)/python -m pytest

check: $(STAMP)  ## validate seeds and entity files
	$(BIN)/python scripts/dossier check

lint: $(STAMP)
	$(BIN)/ruff check hooks scripts/dossier scripts/bench tests
	$(BIN)/ruff format --check hooks scripts/dossier scripts/bench tests

clean:
	rm -rf site .pytest_cache
