# Everything sets itself up: the first target that needs tools creates .venv and installs them.
# Tooling is pinned exactly in requirements-dev.txt; the package itself is installed editable.
# The Node tools for the spec (Redocly CLI, Prism, openapi-typescript, tsc) are pinned exactly in
# package.json and package-lock.json and installed into node_modules by `npm ci` on first use.

PYTHON ?= python3
VENV   := .venv
BIN    := $(CURDIR)/$(VENV)/bin
STAMP  := $(VENV)/.installed
PKG    := generated/qoder_cloud_api
GEN    := PATH="$(BIN):$$PATH" $(BIN)/openapi-python-client generate --path openapi.yaml \
          --config generator-config.yaml --meta none --custom-template-path overlays/templates \
          --fail-on-warning
NODE_BIN   := $(CURDIR)/node_modules/.bin
NODE_STAMP := node_modules/.installed
# The Prism contract tests need node_modules; where there is no npm they skip, so `make test` still runs.
TEST_NODE  := $(if $(shell command -v npm),$(NODE_STAMP))
export PYTHONDONTWRITEBYTECODE := 1
export REDOCLY_TELEMETRY := off
export REDOCLY_SUPPRESS_UPDATE_NOTICE := true

.PHONY: setup node-setup generate check-generated check-templates record-templates lint-spec lint typecheck check-ts test demo soak bench docs check clean

## setup: create .venv with the pinned Python tools and this package (other targets do it when needed)
setup: $(STAMP)

## node-setup: install the pinned Node tools into node_modules (npm ci)
node-setup: $(NODE_STAMP)

$(STAMP): pyproject.toml requirements-dev.txt
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements-dev.txt
	$(BIN)/python -m pip install --quiet -e .
	@touch $(STAMP)

$(NODE_STAMP): package.json package-lock.json
	npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
	@touch $(NODE_STAMP)

## help: list the targets and what they do (what a bare `make` does)
.PHONY: help
.DEFAULT_GOAL := help
help:
	@awk '/^## [a-z-]+:/ { name = $$2; sub(/:$$/, "", name); sub(/^## [a-z-]+: */, ""); printf "  %-16s %s\n", name, $$0; next } \
	     /^##   / { sub(/^## +/, ""); printf "  %-16s %s\n", "", $$0 }' $(firstword $(MAKEFILE_LIST))

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

## check-templates: each template in overlays/templates differs from the stock one of the pinned
##                  openapi-python-client by exactly what overlays/templates/patches records
check-templates: $(STAMP)
	$(BIN)/python overlays/templates/check_templates.py

## record-templates: re-record overlays/templates/patches after an intended template change
record-templates: $(STAMP)
	$(BIN)/python overlays/templates/check_templates.py --record

## lint-spec: validate openapi.yaml against the OpenAPI 3.1 schema, then lint it with Redocly
##            (built-in rules plus the project rules in spec-rules/qoder.mjs; see redocly.yaml)
lint-spec: $(STAMP) $(NODE_STAMP)
	$(BIN)/openapi-spec-validator openapi.yaml
	$(NODE_BIN)/redocly lint openapi.yaml --format=stylish

## lint: ruff on the hand-written code and tests
lint: $(STAMP)
	$(BIN)/ruff check overlays/qoder_cloud tests examples bench
	$(BIN)/ruff format --check overlays/qoder_cloud tests examples bench

## typecheck: mypy --strict on the hand-written package
typecheck: $(STAMP)
	$(BIN)/mypy

## check-ts: generate TypeScript types from openapi.yaml and type-check ts/example.ts against them
##           (run from ts/ so openapi-typescript does not re-lint with the project's redocly.yaml)
check-ts: $(NODE_STAMP)
	cd ts && $(NODE_BIN)/openapi-typescript ../openapi.yaml --output generated/openapi.d.ts
	$(NODE_BIN)/tsc --project ts/tsconfig.json
	@echo "ts/example.ts type-checks against the types generated from openapi.yaml"

## official-sdk-setup: the official SDK (qca-sdk, pinned) in its own venv .venv-qca, for tests/test_official_sdk.py
QCA_VENV  := .venv-qca
QCA_STAMP := $(QCA_VENV)/.installed
official-sdk-setup: $(QCA_STAMP)

$(QCA_STAMP): tests/official_sdk/requirements.txt
	@test -x $(QCA_VENV)/bin/python || $(PYTHON) -m venv $(QCA_VENV)
	$(QCA_VENV)/bin/python -m pip install --quiet --upgrade pip
	$(QCA_VENV)/bin/python -m pip install --quiet -r tests/official_sdk/requirements.txt
	@touch $(QCA_STAMP)

## test: the whole test suite (unit, contract against the local server and Prism, spec checks)
test: $(STAMP) $(QCA_STAMP) $(TEST_NODE)
	$(BIN)/python -m pytest -q --cov --cov-report=term

## demo: run examples/demo.py against a local server started for the occasion
demo: $(STAMP)
	$(BIN)/python examples/run_demo.py

## soak: thousands of mixed operations with ~20% injected faults (not part of test/check)
soak: $(STAMP)
	$(BIN)/python -m tests.support.soak --ops $(or $(OPS),3000) --fault-rate 0.2 --seed $(or $(SEED),7)

## bench: this client vs raw httpx vs the official SDK (qca-sdk) on one loopback server; writes bench/results.md
##        (not part of test/check; qca-sdk is installed into its own venv, bench/.venv-bench)
BENCH_VENV  := bench/.venv-bench
BENCH_STAMP := $(BENCH_VENV)/.installed
$(BENCH_STAMP): bench/requirements.txt pyproject.toml
	@test -x $(BENCH_VENV)/bin/python || $(PYTHON) -m venv $(BENCH_VENV)
	$(BENCH_VENV)/bin/python -m pip install --quiet --upgrade pip
	$(BENCH_VENV)/bin/python -m pip install --quiet -r bench/requirements.txt
	$(BENCH_VENV)/bin/python -m pip install --quiet --no-deps -e .
	@touch $(BENCH_STAMP)

bench: $(BENCH_STAMP)
	$(BENCH_VENV)/bin/python bench/run.py $(BENCH_ARGS)

## docs: render the API reference from openapi.yaml into docs/api.html (one self-contained file)
docs: $(NODE_STAMP)
	$(NODE_BIN)/redocly build-docs openapi.yaml --inlineBundle --output docs/api.html

## check: everything CI runs
check: check-generated check-templates lint-spec lint typecheck check-ts test demo

## clean: remove .venv, node_modules and every generated artefact that is not committed
clean:
	rm -rf $(VENV) node_modules ts/generated docs/api.html generated/.check .pytest_cache .mypy_cache .ruff_cache
