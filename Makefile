# Everything runs from a project-local virtualenv built from the pinned requirements.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
export NO_MKDOCS_2_WARNING := 1

.PHONY: serve build test check lint bench clean

$(STAMP): requirements.txt constraints.txt pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements.txt
	$(BIN)/python -m pip install --quiet --no-deps --editable .  # the `dossier` package and command
	touch $(STAMP)

serve: $(STAMP)  ## live preview at http://127.0.0.1:8000, reloading on docs/, seeds/ and hooks/
	$(BIN)/mkdocs serve --livereload --dirty --dev-addr 127.0.0.1:8000

build: $(STAMP)  ## strict build into site/
	$(BIN)/mkdocs build --strict

test: $(STAMP)  ## unit, build and browser tests
	$(BIN)/python -m pytest

check: $(STAMP)  ## validate seeds and entity files
	$(BIN)/dossier check

lint: $(STAMP)
	$(BIN)/ruff check hooks scripts/bench scripts/dossier scripts/evaluate scripts/synthetic.py tests
	$(BIN)/ruff format --check hooks scripts/bench scripts/dossier scripts/evaluate scripts/synthetic.py tests

clean:
	rm -rf site .pytest_cache
