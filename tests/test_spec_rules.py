"""The Redocly rules of `make lint-spec` (redocly.yaml, spec-rules/qoder.mjs) catch what they claim to.

A copy of openapi.yaml gets one deliberate breakage per rule; a single `redocly lint` run over the
copy must report every one of them where it was made. (`make lint-spec` checks that the real spec
lints clean.)
"""

from __future__ import annotations

import copy
import json
import os
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from .support.node_tools import ROOT, SPEC_PATH, node_tool

Spec = dict[str, Any]


def _operation(spec: Spec, path: str, method: str) -> dict[str, Any]:
    operation: dict[str, Any] = spec["paths"][path][method]
    return operation


def _rename_operation_id(spec: Spec) -> None:
    _operation(spec, "/agents/{agent_id}/archive", "post")["operationId"] = "archiveAgent"


def _inline_error_schema(spec: Spec) -> None:
    responses = _operation(spec, "/environments/{environment_id}", "get")["responses"]
    responses["404"] = {"description": "Gone.", "content": {"application/json": {"schema": {"type": "object"}}}}


def _drop_cursor_parameters(spec: Spec) -> None:
    operation = _operation(spec, "/agents/{agent_id}/versions", "get")
    operation["parameters"] = [p for p in operation["parameters"] if not p["$ref"].endswith(("AfterId", "BeforeId"))]


def _give_models_one_cursor(spec: Spec) -> None:
    """`models_list` takes no cursor at all; one alone is a partial set."""
    _operation(spec, "/models", "get")["parameters"] = [{"$ref": "#/components/parameters/Limit"}]


def _drop_next_page(spec: Spec) -> None:
    del spec["components"]["schemas"]["ModelList"]["properties"]["next_page"]


def _add_a_json_stream(spec: Spec) -> None:
    ok = {"description": "Events.", "content": {"application/json": {"schema": {"type": "object"}}}}
    stream = {"operationId": "models_stream", "tags": ["models"], "summary": "Stream", "responses": {"200": ok}}
    spec["paths"]["/models/stream"] = {"get": stream}


def _drop_a_title(spec: Spec) -> None:
    del spec["components"]["schemas"]["Effort"]["title"]


def _empty_a_description(spec: Spec) -> None:
    spec["tags"][0]["description"] = ""


def _break_a_schema_example(spec: Spec) -> None:
    spec["components"]["schemas"]["EnvironmentCreateParams"]["examples"][0]["name"] = 5


def _break_a_media_type_example(spec: Spec) -> None:
    body = _operation(spec, "/environments", "post")["requestBody"]
    body["content"]["application/json"]["example"] = {"description": "no name"}


def _break_a_parameter_example(spec: Spec) -> None:
    spec["components"]["parameters"]["Limit"]["example"] = 500


def _overlap_a_oneof(spec: Spec) -> None:
    schema = spec["components"]["schemas"]["AgentTool"]
    schema["oneOf"] = schema.pop("anyOf")


# (rule id, breakage, a fragment of the JSON pointer where the rule must report it)
BREAKAGES: list[tuple[str, Callable[[Spec], None], str]] = [
    ("qoder/one-tag-and-operation-id", _rename_operation_id, "~1archive/post/operationId"),
    ("qoder/error-responses-use-error-response", _inline_error_schema, "{environment_id}/get/responses/404"),
    ("qoder/list-operations-paginate", _drop_cursor_parameters, "~1versions/get/parameters"),
    ("qoder/list-operations-paginate", _give_models_one_cursor, "~1models/get/parameters"),
    ("qoder/list-operations-paginate", _drop_next_page, "~1models/get/responses"),
    ("qoder/streams-declare-event-stream", _add_a_json_stream, "~1models~1stream/get/responses"),
    ("qoder/schemas-have-title-and-description", _drop_a_title, "schemas/Effort"),
    ("qoder/no-empty-descriptions", _empty_a_description, "#/tags/0/description"),
    ("no-invalid-schema-examples", _break_a_schema_example, "EnvironmentCreateParams/examples"),
    ("no-invalid-media-type-examples", _break_a_media_type_example, "~1environments/post/requestBody"),
    ("no-invalid-parameter-examples", _break_a_parameter_example, "parameters/Limit"),
    ("no-illogical-composition-keywords", _overlap_a_oneof, "schemas/AgentTool/oneOf"),
]


@pytest.fixture(scope="module")
def problems(tmp_path_factory: pytest.TempPathFactory) -> list[dict[str, Any]]:
    redocly = node_tool("redocly")
    spec = copy.deepcopy(yaml.safe_load(SPEC_PATH.read_text()))
    for _, breakage, _ in BREAKAGES:
        breakage(spec)
    broken: Path = tmp_path_factory.mktemp("lint") / "openapi.yaml"
    broken.write_text(yaml.safe_dump(spec, sort_keys=False))
    result = subprocess.run(
        [str(redocly), "lint", str(broken), "--config", str(ROOT / "redocly.yaml"), "--format=json"],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "REDOCLY_TELEMETRY": "off", "REDOCLY_SUPPRESS_UPDATE_NOTICE": "true"},
    )
    assert result.returncode == 1, result.stderr[-2000:]
    found: list[dict[str, Any]] = json.loads(result.stdout)["problems"]
    return found


@pytest.mark.parametrize(
    ("rule", "breakage", "pointer"), BREAKAGES, ids=[f"{rule}:{breakage.__name__}" for rule, breakage, _ in BREAKAGES]
)
def test_the_rule_reports_its_breakage(
    problems: list[dict[str, Any]], rule: str, breakage: Callable[[Spec], None], pointer: str
) -> None:
    mine = [problem for problem in problems if problem["ruleId"] == rule]
    places = [problem["location"][0]["pointer"] for problem in mine]
    assert any(pointer in place for place in places), f"{rule} did not report {breakage.__name__}: {places}"
    assert all(problem["severity"] == "error" for problem in mine)
