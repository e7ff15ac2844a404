"""generated/ is exactly what the pinned generator makes from openapi.yaml and the templates, holds
only what runs, and meets the hand-written package at one documented module."""

from __future__ import annotations

import ast
import shutil
import subprocess
from pathlib import Path

import pytest

from qoder_cloud import _runtime

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "generated" / "qoder_cloud_api"
MODULES = sorted(PACKAGE.rglob("*.py"))
HEADER = (
    "# Generated from openapi.yaml by openapi-python-client and overlays/templates: do not edit; run `make generate`."
)

# The stock openapi-python-client endpoint functions and client, which this project does not generate.
STOCK_FUNCTIONS = {"sync", "sync_detailed", "asyncio", "asyncio_detailed", "_parse_response", "_build_response"}


@pytest.mark.skipif(shutil.which("make") is None, reason="needs make")
def test_generated_code_is_up_to_date() -> None:
    result = subprocess.run(["make", "-s", "check-generated"], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]


def _tree(path: Path) -> ast.Module:
    return ast.parse(path.read_text(), filename=str(path))


def test_every_generated_module_says_so() -> None:
    unmarked = [str(path.relative_to(PACKAGE)) for path in MODULES if not path.read_text().startswith(HEADER + "\n")]
    assert MODULES and unmarked == []


def test_generated_code_imports_only_the_runtime_of_the_hand_written_package() -> None:
    imported: dict[str, set[str]] = {}
    for path in MODULES:
        for node in ast.walk(_tree(path)):
            if isinstance(node, ast.ImportFrom) and node.level == 0 and (node.module or "").startswith("qoder_cloud"):
                imported.setdefault(node.module or "", set()).update(alias.name for alias in node.names)
            elif isinstance(node, ast.Import):
                assert not any(alias.name.startswith("qoder_cloud.") for alias in node.names), path
    assert set(imported) == {"qoder_cloud._runtime"}
    assert imported["qoder_cloud._runtime"] <= set(_runtime.__all__)


def test_no_stock_client_functions_are_generated() -> None:
    assert not (PACKAGE / "client.py").exists()
    assert not (PACKAGE / "errors.py").exists()
    for path in (PACKAGE / "api").rglob("*.py"):
        defined = {node.name for node in _tree(path).body if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)}
        assert not defined & STOCK_FUNCTIONS, path


def test_every_operation_module_is_a_request_builder_and_a_parser() -> None:
    for path in (PACKAGE / "api").glob("*/*.py"):
        if path.name == "__init__.py":
            continue
        defined = {node.name for node in _tree(path).body if isinstance(node, ast.FunctionDef)}
        # Besides, the parse of a union the answer holds (`_parse_response_200`), which they call.
        unions = {
            name for name in defined if name.startswith("_parse_") and name not in ("_parse_success", "_parse_event")
        }
        assert defined - unions in ({"_get_kwargs", "_parse_success"}, {"_get_kwargs", "_parse_event"}), path


def test_the_overlays_use_no_private_generated_name() -> None:
    """Hand-written code reaches generated code through the resource classes and the models only."""
    overlays = ROOT / "overlays" / "qoder_cloud"
    for path in overlays.rglob("*.py"):
        if "testing" in path.relative_to(overlays).parts:
            continue
        for node in ast.walk(_tree(path)):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("qoder_cloud_api"):
                module = node.module or ""
                assert module.count(".") <= 2, f"{path.name} imports an operation module: {module}"
                private = [
                    alias.name for alias in node.names if alias.name.startswith("_") and not alias.name.endswith("__")
                ]
                assert private == [], path
