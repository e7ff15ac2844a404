"""openapi.yaml: valid OpenAPI 3.1, the project's conventions, and a method for every operation."""

from __future__ import annotations

import importlib
import inspect
from pathlib import Path
from typing import Any

import pytest
import yaml
from openapi_python_client.strings import ClassName
from openapi_spec_validator import validate

SPEC_PATH = Path(__file__).resolve().parent.parent / "openapi.yaml"
CHANGELOG_PATH = SPEC_PATH.parent / "CHANGELOG.md"
SPEC: dict[str, Any] = yaml.safe_load(SPEC_PATH.read_text())
METHODS = ("get", "post", "put", "patch", "delete")
OPERATIONS = [
    (path, method, operation)
    for path, item in SPEC["paths"].items()
    for method, operation in item.items()
    if method in METHODS
]
OPTION_NAMES = {"extra_headers", "extra_query", "timeout", "max_retries"}

DOCUMENTED_PATH = Path(__file__).resolve().parent / "documented_operations.txt"


def _read_documented(path: Path) -> list[tuple[str, str]]:
    """(METHOD, path) pairs, one `METHOD /path` a line; blank lines and `#` comments are skipped."""
    pairs = []
    for line in path.read_text().splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            method, route = line.split()
            pairs.append((method, route))
    return pairs


# Every documented operation (docs/spec-decisions.md, "Scope": 73 in the first scope), kept in a data file.
DOCUMENTED_LIST = _read_documented(DOCUMENTED_PATH)
DOCUMENTED = set(DOCUMENTED_LIST)


def _resolve(node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        target: Any = SPEC
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def test_the_spec_is_valid_openapi_3_1() -> None:
    assert SPEC["openapi"].startswith("3.1")
    validate(SPEC)


def test_the_changelog_has_an_entry_for_the_spec_version() -> None:
    version = SPEC["info"]["version"]
    headings = [line for line in CHANGELOG_PATH.read_text().splitlines() if line.startswith("## ")]
    assert headings, "CHANGELOG.md has no entries"
    assert headings[0].split()[1] == version, f"the newest CHANGELOG.md entry is not info.version {version}"


def test_the_documented_list_is_well_formed() -> None:
    # 73 in the first scope; then deployments 10, deployment runs 2, dreams 5, MCP OAuth start 1; the work
    # queue 8; search 4.
    assert len(DOCUMENTED_LIST) == 73 + 18 + 8 + 4, "docs/spec-decisions.md: 73 in the first scope, then the rest"
    assert len(DOCUMENTED) == len(DOCUMENTED_LIST), "an operation is listed twice"
    for method, route in DOCUMENTED_LIST:
        assert method.lower() in METHODS, method
        assert route.startswith("/"), route


def _listing(pairs: set[tuple[str, str]]) -> str:
    return "\n".join(f"  {method:6} {route}" for method, route in sorted(pairs, key=lambda pair: (pair[1], pair[0])))


def test_the_operations_are_exactly_the_documented_ones() -> None:
    present = {(method.upper(), path) for path, method, _ in OPERATIONS}
    undocumented = present - DOCUMENTED
    missing = DOCUMENTED - present
    assert not undocumented, f"{len(undocumented)} operations in the spec are not documented:\n{_listing(undocumented)}"
    assert not missing, f"{len(missing)} documented operations are missing from the spec:\n{_listing(missing)}"


@pytest.mark.parametrize(("path", "method", "operation"), OPERATIONS, ids=lambda v: v if isinstance(v, str) else "")
def test_operation_conventions(path: str, method: str, operation: dict[str, Any]) -> None:
    tags = operation.get("tags", [])
    assert len(tags) == 1, "exactly one tag"
    assert operation["operationId"].startswith(tags[0] + "_"), "operationId is <tag>_<method>"
    assert operation.get("summary")
    for status, response in operation["responses"].items():
        if status.startswith("2"):
            continue
        schema = _resolve(response)["content"]["application/json"]["schema"]
        assert schema == {"$ref": "#/components/schemas/ErrorResponse"}, f"{status} must use the error envelope"
    if method == "post" and not path.endswith("/search"):
        names = [_resolve(p)["name"] for p in operation.get("parameters", [])]
        assert "Idempotency-Key" in names, "state-changing POSTs accept Idempotency-Key"


def test_list_operations_paginate() -> None:
    for path, method, operation in OPERATIONS:
        ok = operation["responses"].get("200")
        if ok is None or "application/json" not in _resolve(ok).get("content", {}):
            continue
        schema = _resolve(_resolve(ok)["content"]["application/json"]["schema"])
        if "has_more" not in schema.get("properties", {}):
            continue
        names = {_resolve(p)["name"] for p in operation.get("parameters", [])}
        cursors = {"limit", "page", "after_id", "before_id"}
        if path == "/models":
            # The docs: the catalogue comes in one page and the operation takes no query parameters.
            assert not names & cursors, "GET /models takes no query parameters"
        elif "requestBody" in operation:
            # A search: its cursor and page size are body fields (it pages by `page` alone), and it
            # counts its matches.
            body = _resolve(_resolve(operation["requestBody"])["content"]["application/json"]["schema"])
            assert {"limit", "page"} <= set(body["properties"]), f"{method} {path}"
            assert not names & cursors, f"{method} {path} takes no query cursor"
            assert "total" in schema["properties"]
        else:
            assert cursors <= names, f"{method} {path}"
        assert {"data", "first_id", "last_id", "has_more", "next_page"} <= set(schema["properties"])


@pytest.mark.parametrize("name", sorted(SPEC["components"]["schemas"]))
def test_schemas_have_titles_that_name_their_class(name: str) -> None:
    schema = SPEC["components"]["schemas"][name]
    assert schema.get("description"), "every schema is described"
    assert ClassName(schema["title"], "") == name, "the generator names the class after the title"


def test_every_operation_has_a_method_on_both_clients() -> None:
    for _, _, operation in OPERATIONS:
        tag = operation["tags"][0]
        method = operation["operationId"].removeprefix(tag + "_")
        module = importlib.import_module(f"qoder_cloud_api.api.{tag}")
        class_name = ClassName(tag, "")
        sync_method = getattr(getattr(module, f"{class_name}Resource"), method)
        async_method = getattr(getattr(module, f"Async{class_name}Resource"), method)
        assert not inspect.iscoroutinefunction(sync_method)
        returns = str(inspect.signature(async_method).return_annotation)
        lazy = "AsyncPaginator" in returns or "AsyncStreamOpener" in returns  # lists and streams open on use
        assert lazy or inspect.iscoroutinefunction(async_method)
        names = set(inspect.signature(sync_method).parameters)
        assert OPTION_NAMES <= names


def test_request_fields_do_not_shadow_call_options() -> None:
    for _, _, operation in OPERATIONS:
        body = operation.get("requestBody")
        names = {_resolve(p)["name"] for p in operation.get("parameters", [])}
        if body:
            for media in body["content"].values():
                names |= set(_resolve(media["schema"]).get("properties", {}))
        assert not names & OPTION_NAMES, operation["operationId"]


def test_the_client_redacts_every_write_only_field() -> None:
    """Errors must never show a secret sent in a request: the client's redaction list covers
    every `writeOnly` property of the spec."""
    from qoder_cloud._redaction import SECRET_FIELDS

    write_only: set[str] = set()

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            for name, prop in (node.get("properties") or {}).items():
                if isinstance(prop, dict) and prop.get("writeOnly"):
                    write_only.add(name)
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(SPEC)
    assert write_only, "the spec marks its secrets writeOnly"
    assert write_only <= SECRET_FIELDS, f"not redacted from errors: {sorted(write_only - SECRET_FIELDS)}"


def test_request_models_keep_write_only_fields_out_of_repr() -> None:
    """A secret written in a request model (a credential's token, a repository password) never
    shows when the model is printed or logged."""
    import attrs

    import qoder_cloud_api.models as models

    checked = 0
    for name, schema in SPEC["components"]["schemas"].items():
        for field_name, prop in schema.get("properties", {}).items():
            if prop.get("writeOnly"):
                fields = {f.name: f for f in attrs.fields(getattr(models, name))}
                assert fields[field_name].repr is False, f"{name}.{field_name} shows in repr"
                checked += 1
    assert checked >= 10
