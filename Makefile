# Passerelle. `make help` lists the targets; `make run` and `make test` work from a fresh clone.

.DEFAULT_GOAL := help
SHELL := /bin/bash

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py
PORT ?= 8000
# Links in e-mails, invitations and printed setup-code sheets point at SITE_URL: when neither the
# environment nor .env sets it, the server, the demo and the worker started here use the port
# served (`make run PORT=8001` -> http://127.0.0.1:8001).
LOCAL_SITE_URL = $(if $(SITE_URL)$(shell grep -s '^SITE_URL=' .env),,SITE_URL=http://127.0.0.1:$(PORT))
# Extra pytest arguments, e.g. `make test PYTEST_ARGS="tests/e2e -x"`.
PYTEST_ARGS ?=
# Folders that hold no source of ours: never scanned for translatable strings.
NOT_SOURCE := --ignore=$(VENV) --ignore=staticfiles --ignore=media --ignore=test-results \
	--ignore=node_modules

.PHONY: help venv messages run test lint format check makemessages translations-check worker beat \
	bench vendor-axe

help: ## List the targets
	@awk 'BEGIN {FS = ":.*## "} /^[a-zA-Z_-]+:.*## / {printf "  %-20s %s\n", $$1, $$2}' \
		$(MAKEFILE_LIST)

# --- environment -----------------------------------------------------------------------------

venv: $(VENV)/.installed ## Create .venv with python3 (3.11) and install requirements.txt

$(BIN)/python:
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info[:2] != (3, 11))' || { \
		echo "Passerelle needs Python 3.11; $(PYTHON) is $$($(PYTHON) --version 2>&1)." \
			"Try: make PYTHON=python3.11 ..." >&2; exit 1; }
	$(PYTHON) -m venv $(VENV)

# Reinstalls only when requirements.txt changes.
$(VENV)/.installed: requirements.txt | $(BIN)/python
	$(BIN)/python -m pip install --disable-pip-version-check -r requirements.txt
	@touch $@

messages: venv ## Compile the translations in locale/ (.po to .mo)
	$(MANAGE) compilemessages $(NOT_SOURCE)

# --- everyday --------------------------------------------------------------------------------

run: venv messages ## Migrate, seed the demo (prints the logins), serve http://127.0.0.1:8000 (PORT=8001...)
	$(MANAGE) migrate --no-input
	$(LOCAL_SITE_URL) $(MANAGE) seed_demo
	$(LOCAL_SITE_URL) $(MANAGE) runserver 127.0.0.1:$(PORT)

test: venv messages ## Run the whole suite in parallel, browser tests included (pytest -n auto)
	DJANGO_SETTINGS_MODULE=lms.settings.test $(BIN)/pytest -n auto --dist loadgroup $(PYTEST_ARGS)

lint: venv ## Check style (ruff), import layers (import-linter) and template indentation (djhtml)
	@status=0; \
	echo "ruff check"; $(BIN)/ruff check . || status=1; \
	echo "ruff format --check"; $(BIN)/ruff format --check . || status=1; \
	echo "lint-imports"; $(BIN)/lint-imports || status=1; \
	echo "djhtml --check templates/"; $(BIN)/djhtml --check templates/ || status=1; \
	exit $$status

format: venv ## Rewrite code and templates in the house style (ruff fixes, ruff format, djhtml)
	$(BIN)/ruff check --fix-only .
	$(BIN)/ruff format .
	$(BIN)/djhtml templates/

# The deploy check reads production settings with throwaway values; it connects to nothing.
check: venv ## Django checks, missing migrations, and deploy checks with production settings
	$(MANAGE) check
	$(MANAGE) makemigrations --check --dry-run
	DJANGO_SETTINGS_MODULE=lms.settings.production \
	DJANGO_SECRET_KEY="$$($(BIN)/python -c 'import secrets; print(secrets.token_urlsafe(50))')" \
	DJANGO_ALLOWED_HOSTS=passerelle.example.org \
	SITE_URL=https://passerelle.example.org \
	DATABASE_URL=postgres://passerelle@127.0.0.1:5432/passerelle \
	CACHE_URL=redis://127.0.0.1:6379/1 \
		$(MANAGE) check --deploy --fail-level WARNING

# --- translations ----------------------------------------------------------------------------

makemessages: venv ## Extract translatable strings into locale/fr/LC_MESSAGES/django.po
	$(MANAGE) makemessages --locale=fr --add-location=file $(NOT_SOURCE)

translations-check: makemessages ## Fail if any French translation is missing, empty or fuzzy
	$(BIN)/python bin/check_translations.py locale/fr/LC_MESSAGES/django.po

# --- background work -------------------------------------------------------------------------

# Without a broker, tasks run in the web process and a worker or beat would wait for RabbitMQ.
REQUIRE_BROKER = $(BIN)/python -c "import os, sys; \
	os.environ.setdefault('DJANGO_SETTINGS_MODULE', 'lms.settings.dev'); \
	from django.conf import settings; \
	sys.exit(None if not settings.CELERY_TASK_ALWAYS_EAGER else 'CELERY_BROKER_URL is not set (environment \
	or .env), e.g. redis://127.0.0.1:6379/0: without it tasks run in the web process.')"

worker: venv ## Run a Celery worker (needs CELERY_BROKER_URL)
	@$(REQUIRE_BROKER)
	$(LOCAL_SITE_URL) $(BIN)/celery -A lms worker --loglevel=INFO

beat: venv ## Run Celery beat, the scheduler; schedules live in the database (needs CELERY_BROKER_URL)
	@$(REQUIRE_BROKER)
	$(BIN)/celery -A lms beat --loglevel=INFO

# --- vendored assets ------------------------------------------------------------------------

# axe-core, the accessibility checker every browser walk runs (tests/e2e), pinned and checked: the
# file in the repository is exactly this version's axe.min.js from the npm registry.
AXE_VERSION := 4.14.1
AXE_SHA256 := 29348999450cdf2849a8e70b7912fc2da85a849da39c0d0d5394f51d4a9ed95c
AXE_DIR := tests/e2e/vendor

vendor-axe: ## Fetch axe-core $(AXE_VERSION) from npm into tests/e2e/vendor/ and check its hash
	@tmp="$$(mktemp -d)"; trap 'rm -rf "$$tmp"' EXIT; \
	(cd "$$tmp" && npm pack --silent axe-core@$(AXE_VERSION) >/dev/null) && \
	tar -xzf "$$tmp/axe-core-$(AXE_VERSION).tgz" -C "$$tmp" package/axe.min.js package/LICENSE && \
	echo "$(AXE_SHA256)  $$tmp/package/axe.min.js" | sha256sum --check --quiet && \
	install -D -m 644 "$$tmp/package/axe.min.js" $(AXE_DIR)/axe.min.js && \
	install -m 644 "$$tmp/package/LICENSE" $(AXE_DIR)/axe-core-LICENSE && \
	echo "$(AXE_DIR)/axe.min.js: axe-core $(AXE_VERSION), sha256 $(AXE_SHA256)"

# --- measurements ----------------------------------------------------------------------------

bench: venv ## Run every benchmark in bench/ (bench_*.py); each prints a table
	@found=; \
	for script in bench/bench_*.py; do \
		[ -e "$$script" ] || continue; \
		found=1; echo "== $$script"; \
		$(BIN)/python "$$script" || exit 1; \
	done; \
	[ -n "$$found" ] || echo "No benchmarks yet: see bench/README.md."
