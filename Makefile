# Everything sets itself up: the first target that needs tools creates .venv and installs them.
# Tooling is pinned exactly in requirements-dev.txt; the package itself is installed editable.

PYTHON ?= python3
VENV   := .venv
BIN    := $(CURDIR)/$(VENV)/bin
STAMP  := $(VENV)/.installed
PKG    := generated/qoder_cloud_api
GEN    := PATH="$(BIN):$$PATH" $(BIN)/openapi-python-client generate --path openapi.yaml \
          --config generator-config.yaml --meta none --custom-template-path overlays/templates \
          --fail-on-warning
export PYTHONDONTWRITEBYTECODE := 1

.PHONY: setup generate check-generated lint-spec lint typecheck test demo soak check clean

setup: $(STAMP)

$(STAMP): pyproject.toml requirements-dev.txt
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements-dev.txt
	$(BIN)/python -m pip install --quiet -e .
	@touch $(STAMP)

## generate: rebuild generated/qoder_cloud_api from openapi.yaml and overlays/templates
generate: $(STAMP)
	rm -rf $(PKG)
	$(GEN) --output-path $(PKG)
	touch $(PKG)/py.typed

## check-generated: fail if generated/ differs from a fresh generation (new files included)
check-generated: $(STAMP)
	rm -rf generated/.check
	mkdir -p generated/.check
	$(GEN) --output-path generated/.check/qoder_cloud_api >/dev/null
	touch generated/.check/qoder_cloud_api/py.typed
	@if diff -r -x __pycache__ $(PKG) generated/.check/qoder_cloud_api; then \
		echo "generated/ is up to date with openapi.yaml"; rm -rf generated/.check; \
	else \
		rm -rf generated/.check; echo "generated/ is stale: run 'make generate' and commit the result"; exit 1; \
	fi

## lint-spec: validate openapi.yaml against the OpenAPI 3.1 schema
lint-spec: $(STAMP)
	$(BIN)/openapi-spec-validator openapi.yaml

## lint: ruff on the hand-written code and tests
lint: $(STAMP)
	$(BIN)/ruff check overlays/qoder_cloud tests examples
	$(BIN)/ruff format --check overlays/qoder_cloud tests examples

## typecheck: mypy --strict on the hand-written package
typecheck: $(STAMP)
	$(BIN)/mypy

## test: the whole test suite (unit, contract against the local server, spec checks)
test: $(STAMP)
	$(BIN)/python -m pytest -q

## demo: run examples/demo.py against a local server started for the occasion
demo: $(STAMP)
	$(BIN)/python examples/run_demo.py

## soak: thousands of mixed operations with ~20% injected faults (not part of test/check)
soak: $(STAMP)
	$(BIN)/python -m tests.soak --ops $(or $(OPS),3000) --fault-rate 0.2 --seed $(or $(SEED),7)

## check: everything CI runs
check: check-generated lint-spec lint typecheck test demo

clean:
	rm -rf $(VENV) generated/.check .pytest_cache .mypy_cache .ruff_cache
