# Gui'an Compute Explorer. The two set-up commands are `make run` and `make test`;
# both create (or reuse) .venv and install the pinned dependencies from nothing.

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
TS_FILES := $(wildcard resources/i18n/*.ts)
QM_FILES := $(TS_FILES:.ts=.qm)
SCREENSHOT_DIR := docs/screenshots

.PHONY: run test lint screenshots bench translations i18n-update package clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade "pip==25.3"
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $(STAMP)

resources/i18n/%.qm: resources/i18n/%.ts $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

translations: $(QM_FILES)

# After changing user-visible strings: refresh the .ts (the one source of translations), fill its
# new texts from the glossaries (resources/i18n/zh_CN*.json) and regenerate the glossaries from it;
# fails listing any string left untranslated. docs/translation.md.
i18n-update: $(STAMP)
	$(BIN)/pyside6-lupdate -no-obsolete $$(find explorer -name '*.py' | sort) -ts resources/i18n/explorer_zh_CN.ts
	$(BIN)/python tools/fill_translations.py resources/i18n/explorer_zh_CN.ts $$(ls resources/i18n/zh_CN*.json)

run: $(STAMP) translations
	tools/system-libs.sh offscreen
	@$(BIN)/python main.py || [ $$? -eq 3 ]  # 3: no display; the app has said how to run it

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/lint-imports
	$(BIN)/mypy

test: $(STAMP) translations lint
	tools/system-libs.sh offscreen
	# -X faulthandler, stderr into stdout: a crash prints its Python stack where CI shows output.
	QT_QPA_PLATFORM=offscreen $(BIN)/python -X faulthandler -m pytest -q 2>&1

screenshots: $(STAMP) translations
	tools/system-libs.sh xvfb
	xvfb-run -a -s "-screen 0 1366x768x24" $(BIN)/python tools/screenshots.py $(SCREENSHOT_DIR)

# Installers (docs/packaging.md): the one-folder app in dist/guian-explorer/, a .tar.gz and a
# .deb on Linux. Cached on a hash of the sources; the packaging tests and `make bench` reuse it.
package: $(STAMP) translations
	$(BIN)/python packaging/build.py

bench: $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/run_all.py

clean:
	rm -rf $(VENV) build dist .pytest_cache .ruff_cache $(QM_FILES)
