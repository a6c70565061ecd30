# Every target sets up .venv first (only Python 3.11+ is needed), then does its job.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-$(shell cat pyproject.toml | cksum | cut -d' ' -f1)
NB_TIMEOUT ?= 300
# ARTICLE=path/to/article.txt renders or serves another article than the seed (relative to this folder);
# a folder renders or serves its corpus (every .txt file in it, incidents merged across them)
ARTICLE ?=
# The live app (python -m analysis.app): its port on 127.0.0.1, its token (empty: a new one, printed;
# `none`: no token, for trusted machines), viewers served at once (a kernel each), seconds a closed
# tab's kernel may stay idle before it is released, and kernels started ahead for the next viewers
# (they count against APP_MAX_KERNELS)
APP_PORT ?= 8866
APP_TOKEN ?=
APP_MAX_KERNELS ?= 8
APP_RELEASE ?= 30
APP_PREHEAT ?= 1
# Settings reach the programs in the environment exactly as typed, never spliced into a shell
# command: `$(value …)` keeps make from expanding them, `export` hands them over, and recipes
# name them only as "$$NAME" inside double quotes, so a file name holding quotes, backticks,
# $(…), `;` or a newline stays a file name. (PYTHON is a command and is run as one.)
SETTINGS := ARTICLE NB_TIMEOUT APP_PORT APP_TOKEN APP_MAX_KERNELS APP_RELEASE APP_PREHEAT
$(foreach name,$(SETTINGS),$(eval override $(name) := $$(value $(name))))
export $(SETTINGS)
# Jupyter refuses to run as root without being told (containers and CI machines run as root)
ROOT_FLAG := $(if $(filter 0,$(shell id -u)),--allow-root,)

.DEFAULT_GOAL := help
.PHONY: help lab app render test bench setup clean

help:  ## list the targets
	@grep -E '^[a-z]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-8s %s\n", $$1, $$2}'
	@echo "Settings (make app APP_TOKEN=none, …): ARTICLE=path for render and app (now: '$$ARTICLE'),"
	@echo "  APP_PORT=$$APP_PORT, APP_TOKEN (empty: a new token, printed; none: no token, trusted machines only),"
	@echo "  APP_MAX_KERNELS=$$APP_MAX_KERNELS viewers at once (a kernel each), APP_RELEASE=$$APP_RELEASE s idle before"
	@echo "  a closed tab's kernel is released, APP_PREHEAT=$$APP_PREHEAT kernels started ahead (counted in the cap),"
	@echo "  NB_TIMEOUT=$$NB_TIMEOUT s per notebook cell."

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11+ is needed; set PYTHON=python3.11")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[lab,test,corpus]'
	@# rfc3987-syntax (an optional jsonschema format checker) compiles ~35 grammars at import:
	@# `import nbformat` 1.77 s with it, 0.22 s without; the dashboard rendered by nbconvert
	@# 15.9 s with it, 7.0 s without (benchmarks/nbformat_rfc3987.py); pip check stays clean.
	$(BIN)/python -m pip uninstall --quiet --yes rfc3987-syntax
	$(BIN)/python -m pip check
	@rm -f $(VENV)/.installed-*
	@touch $@

setup: $(STAMP)  ## create .venv with everything the lab and the tests need

lab: $(STAMP)  ## set up and open the dashboard notebook in JupyterLab (ARTICLE=file or folder)
	@# the notebooks run in notebooks/: the article's path reaches them absolute, or not at all
	ANALYSIS_ARTICLE="$${ARTICLE:+$$(realpath -m -- "$$ARTICLE")}" $(BIN)/jupyter lab $(ROOT_FLAG) notebooks/dashboard.ipynb

app: $(STAMP)  ## set up and serve the dashboard as a live app on 127.0.0.1 with a token (ARTICLE=file or folder)
	@# APP_TOKEN is read from the environment, not passed as an argument that `ps` would show
	exec $(BIN)/python -m analysis.app --article="$$ARTICLE" --port="$$APP_PORT" \
	  --max-kernels="$$APP_MAX_KERNELS" --release-after="$$APP_RELEASE" --preheat="$$APP_PREHEAT"

render: $(STAMP)  ## set up and write the notebooks as an offline static site in site/ (ARTICLE=file or folder)
	timeout 900 $(BIN)/python -m analysis.site --out site --timeout="$$NB_TIMEOUT" --article="$$ARTICLE"

test: $(STAMP)  ## set up and run every test: package tests and every notebook (nbval)
	timeout 1800 $(BIN)/python -m pytest tests --nbval-lax --nbval-cell-timeout="$$NB_TIMEOUT" notebooks

# `make bench` only (never `make test` or `make lab`): the `bench` extra from pyproject.toml (spaCy, the
# sentence-splitting floor), and rfc3987-syntax in a folder beside the venv, never in it, for
# benchmarks/nbformat_rfc3987.py's "with" runs (it puts that folder on PYTHONPATH).
BENCH_STAMP := $(VENV)/.bench-$(shell cat pyproject.toml | cksum | cut -d' ' -f1)
RFC3987_DIR := $(VENV)/bench-rfc3987

$(BENCH_STAMP): $(STAMP)
	$(BIN)/python -c 'import tomllib; print("\n".join(tomllib.load(open("pyproject.toml", "rb"))["project"]["optional-dependencies"]["bench"]))' > $(VENV)/bench-requirements.txt
	$(BIN)/python -m pip install --quiet -r $(VENV)/bench-requirements.txt
	rm -rf $(RFC3987_DIR)
	$(BIN)/python -m pip install --quiet --target $(RFC3987_DIR) $$($(BIN)/python -c 'import lark' 2>/dev/null && echo --no-deps) rfc3987-syntax
	$(BIN)/python -m pip check
	@rm -f $(VENV)/.bench-*
	@touch $@

bench: $(BENCH_STAMP)  ## run the benchmarks and print their table (installs spaCy for them once)
	$(BIN)/python benchmarks/run.py

clean:  ## remove the virtual environment and build output
	rm -rf $(VENV) build site .pytest_cache .hypothesis
