# Two commands set everything up: `make run` and `make test` (see README.md).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test test-min lint bench translations clean dist dist-test

$(STAMP): pyproject.toml
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev,publish]'
	touch $(STAMP)

# Opens the GUI on the default catalog, creating it from the bundled data first if it is missing.
run: $(STAMP)
	$(BIN)/investor-guide init --if-missing
	$(BIN)/investor-guide $(ARGS)

lint: $(STAMP)
	$(BIN)/ruff check guide tests
	$(BIN)/ruff format --check guide tests
	$(BIN)/mypy

test: $(STAMP) lint
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest -q $(PYTEST_ARGS)

# The tests against the lowest versions pyproject.toml admits (.ci/minimum-versions.txt), in a venv
# of their own, so a lower bound that the code has outgrown shows up. The slow crash tests are left out.
MIN_VENV := .venv-min
test-min:
	test -d $(MIN_VENV) || $(PYTHON) -m venv $(MIN_VENV)
	$(MIN_VENV)/bin/pip install --quiet --upgrade pip
	$(MIN_VENV)/bin/pip install --quiet -c .ci/minimum-versions.txt -e '.[dev,publish]'
	QT_QPA_PLATFORM=offscreen $(MIN_VENV)/bin/pytest -q -m "not slow" -p no:cacheprovider $(PYTEST_ARGS)

# GUI translations: lupdate brings resources/translations/*.ts up to date with the strings in guide/ui,
# lrelease compiles the .qm files the app loads. Both are committed; tests/ui/test_translations.py fails
# when either is stale or a Kazakh or English string is untranslated.
translations: $(STAMP)
	$(BIN)/python -m guide.ui.translations

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tests.benchmarks

# The desktop program without Python: dist/investor-guide/ from packaging/investor-guide.spec
# (see docs/desktop-app.md). Takes minutes; not part of `make test`.
dist: $(STAMP)
	$(BIN)/pip install --quiet -e '.[dist]'
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build/pyinstaller packaging/investor-guide.spec
	du -sh dist/investor-guide

# Smoke-tests the frozen program: --version, init, search --json, a Kazakh guide with every font
# embedded, and the main window shown offscreen and closed.
dist-test: $(STAMP)
	test -x dist/investor-guide/investor-guide || { echo "run make dist first"; exit 2; }
	$(BIN)/pytest -q -p no:cacheprovider packaging/test_dist.py

clean:
	rm -rf $(VENV) $(MIN_VENV) build dist .pytest_cache .mypy_cache .ruff_cache
