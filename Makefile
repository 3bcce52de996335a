# Parallax developer commands. GNU make.
#
#   make run     set up everything (venv, dependencies, database, demo desk) and serve on :8000
#   make test    the test suite
#   make lint    ruff check, ruff format --check and the import contracts (lint-imports)
#
# Variables can be overridden: make run PORT=8001, make test PYTEST_ARGS="-x -k workflow".

SHELL := /bin/bash
.DEFAULT_GOAL := help

# The system's CPython 3.11 first: pyenv's default build is compiled without
# --enable-optimizations, and on it Parallax's admin pages took a third longer than on Debian's
# python3.11 (see the README's Performance section).
PYTHON ?= $(shell ls /usr/bin/python3.11 2>/dev/null || command -v python3.11 2>/dev/null || command -v python3 2>/dev/null || echo python3)
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
REQUIREMENTS := $(wildcard requirements*.txt)
MANAGE := $(BIN)/python manage.py
HOST ?= 127.0.0.1
PORT ?= 8000
# The suite runs on every core (pytest-xdist): each worker has its own test database and its
# own Redis database as the broker of the Celery workers its tests start (the test broker's
# database, the one below it, …: at most 15 workers from database 15). TEST_WORKERS=0 runs it
# in one process, as a broker other than Redis needs.
TEST_WORKERS ?= auto
PYTEST_ARGS ?=

# The development commands use the embedded default (SQLite in the project folder, eager Celery)
# unless DATABASE_URL / CELERY_BROKER_URL say otherwise, and run with DEBUG on.
run migrate demo: export DJANGO_DEBUG ?= 1
# Every link the desk prints or sends (the demo's logins, emails, ClaimReview and the API's
# urls) points at the server these targets start, unless PARALLAX_BASE_URL says otherwise.
run demo: export PARALLAX_BASE_URL ?= http://$(HOST):$(PORT)

.PHONY: help install run migrate demo test lint format bench bench-scaling clean distclean

help:
	@echo "make run        create .venv, install, migrate, load the demo desk, serve on $(HOST):$(PORT)"
	@echo "make test       run the test suite on every core (PYTEST_ARGS=... passes options to pytest)"
	@echo "make lint       ruff check, ruff format --check, the import contracts"
	@echo "make format     ruff format and ruff check --fix"
	@echo "make migrate    apply database migrations"
	@echo "make demo       load the demo desk and print its logins"
	@echo "make bench      run the benchmarks"
	@echo "make bench-scaling  the per-request benchmarks at 100,000 and 1,000,000 claims, in alternation"
	@echo "make clean      remove caches and generated files (keeps .venv and db.sqlite3)"
	@echo "make distclean  clean, and remove .venv and db.sqlite3 too"

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# Reinstall only when a requirements file changed since the last install.
$(STAMP): $(REQUIREMENTS) | $(BIN)/python
	$(BIN)/python -m pip install --disable-pip-version-check -q -r requirements-dev.txt
	@touch $@

install: $(STAMP)

migrate: $(STAMP)
	$(MANAGE) migrate --no-input

demo: migrate
	$(MANAGE) load_demo

run: demo
	$(MANAGE) runserver $(HOST):$(PORT)

test: $(STAMP)
	$(BIN)/pytest -n $(TEST_WORKERS) $(PYTEST_ARGS)

# Both checks run even when the first fails, so one run shows everything to fix.
lint: $(STAMP)
	@status=0; \
	echo "$(BIN)/ruff check ."; $(BIN)/ruff check . || status=1; \
	echo "$(BIN)/ruff format --check ."; $(BIN)/ruff format --check . || status=1; \
	echo "$(BIN)/lint-imports"; $(BIN)/lint-imports || status=1; \
	exit $$status

format: $(STAMP)
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

bench: $(STAMP)
	@if [ -d bench ]; then \
		echo "$(BIN)/python -m bench"; $(BIN)/python -m bench; \
	else \
		echo "No benchmarks yet (there is no bench/ package)."; \
	fi

# Seeds a database of 100,000 claims and one of 1,000,000 (each once, then reused) and reports
# how each per-request figure grows between them.
bench-scaling: $(STAMP)
	$(BIN)/python -m bench.scaling

clean:
	find . -path ./$(VENV) -prune -o -type d -name __pycache__ -prune -exec rm -rf {} +
	rm -rf .pytest_cache .ruff_cache staticfiles test-artifacts bench/results.json bench/scaling.json

distclean: clean
	rm -rf $(VENV) db.sqlite3
