# Every target sets up .venv first (only Python 3.11+ is needed), then does its job.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-$(shell cat pyproject.toml | cksum | cut -d' ' -f1)
NB_TIMEOUT ?= 300
# Jupyter refuses to run as root without being told (containers and CI machines run as root)
ROOT_FLAG := $(if $(filter 0,$(shell id -u)),--allow-root,)

.DEFAULT_GOAL := help
.PHONY: help lab test bench setup clean

help:  ## list the targets
	@grep -E '^[a-z]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-8s %s\n", $$1, $$2}'

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11+ is needed; set PYTHON=python3.11")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[lab,test]'
	@# rfc3987-syntax (an optional jsonschema format checker) compiles ~35 grammars at import and
	@# makes every nbformat import 2-4 s slower: the dashboard notebook ran 6.2 s with it, 2.7 s
	@# without (benchmarks/notebook_time.py); pip check stays clean without it.
	$(BIN)/python -m pip uninstall --quiet --yes rfc3987-syntax
	$(BIN)/python -m pip check
	@rm -f $(VENV)/.installed-*
	@touch $@

setup: $(STAMP)  ## create .venv with everything the lab and the tests need

lab: $(STAMP)  ## set up and open the dashboard notebook in JupyterLab
	$(BIN)/jupyter lab $(ROOT_FLAG) notebooks/dashboard.ipynb

test: $(STAMP)  ## set up and run every test: package tests and every notebook (nbval)
	timeout 1800 $(BIN)/python -m pytest tests --nbval-lax --nbval-cell-timeout=$(NB_TIMEOUT) notebooks

bench: $(STAMP)  ## run the benchmarks and print their table
	$(BIN)/python benchmarks/run.py

clean:  ## remove the virtual environment and build output
	rm -rf $(VENV) build site .pytest_cache .hypothesis
