# Two commands do all the set-up:  `make run` (install and start) and `make test` (install and test).
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: run test lint typecheck pytest install install-test system-deps benchmarks screenshots clean

# `make run PORT=8123` picks the port (the default is 8000).
PORT ?=
run: $(BIN)/secondround
	$(BIN)/secondround serve$(if $(PORT), --port $(PORT))

test: install-test system-deps lint typecheck pytest

$(BIN)/python:
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "secondround needs Python 3.11 or newer; set PYTHON=python3.11")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(BIN)/secondround: $(BIN)/python pyproject.toml
	$(BIN)/python -m pip install --quiet -e ".[semantic,voice]"
	@touch $@

install: $(BIN)/secondround

install-test: $(BIN)/python
	$(BIN)/python -m pip install --quiet -e ".[test,semantic,voice]"

# Debian's Chromium drives the browser tests (Playwright cannot download browsers offline).
system-deps:
	@scripts/install-system-deps

lint:
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck:
	$(BIN)/mypy

# pytest exits 5 when it collects nothing: that is a failure here, as it should be.
pytest:
	$(BIN)/pytest

benchmarks: install-test
	$(BIN)/python benchmarks/serve_startup.py
	$(BIN)/python benchmarks/coach_eval.py
	$(BIN)/python benchmarks/coach_speed.py
	$(BIN)/python benchmarks/plan_speed.py
	$(BIN)/python benchmarks/read_speed.py
	$(BIN)/python benchmarks/dry_run_load.py
	$(BIN)/python benchmarks/dashboard_speed.py
	$(BIN)/python benchmarks/story_match.py --speed
	$(BIN)/python benchmarks/salary_match.py
	$(BIN)/python benchmarks/kit_speed.py
	$(BIN)/python benchmarks/cli_startup.py
	$(BIN)/python benchmarks/yaml_load.py
	$(BIN)/python benchmarks/read_speed.py --scaling
	$(BIN)/python benchmarks/connection_reuse.py
	$(BIN)/python benchmarks/history_scale.py

# Refresh the README's pictures in docs/ (the tests themselves write only to test-artifacts/).
screenshots: install-test system-deps
	$(BIN)/python scripts/screenshots.py

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache test-artifacts
