# Two commands do all the set-up:  `make run` (install and start) and `make test` (install and test).
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: run test lint typecheck pytest install install-test system-deps benchmarks clean

run: $(BIN)/secondround
	$(BIN)/secondround serve

test: install-test system-deps lint typecheck pytest

$(BIN)/python:
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "secondround needs Python 3.11 or newer; set PYTHON=python3.11")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(BIN)/secondround: $(BIN)/python pyproject.toml
	$(BIN)/python -m pip install --quiet -e .
	@touch $@

install: $(BIN)/secondround

install-test: $(BIN)/python
	$(BIN)/python -m pip install --quiet -e ".[test]"

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
	$(BIN)/python benchmarks/cli_startup.py
	$(BIN)/python benchmarks/yaml_load.py
	$(BIN)/python benchmarks/read_speed.py --scaling
	$(BIN)/python benchmarks/connection_reuse.py
	$(BIN)/python benchmarks/history_scale.py

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache test-artifacts
