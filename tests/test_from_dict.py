"""The generated `from_dict` builds the same objects the models' constructors build, though it
skips the constructor: every field set, unknown fields kept (their dict made on first use when
there are none), the input left untouched, and the objects equal, printable, copyable, picklable."""

from __future__ import annotations

import copy
import pickle
from typing import Any

import attrs
import pytest

from qoder_cloud.types import (
    Agent,
    AgentList,
    CloudConfig,
    Environment,
    Metadata,
    ModelConfig,
    Networking,
    NetworkingType,
    UnknownEnvironmentConfig,
)

ENVIRONMENT: dict[str, Any] = {
    "id": "env_1",
    "name": "ci",
    "config": {"type": "cloud", "networking": {"type": "limited", "allowed_hosts": ["pypi.org"]}},
    "metadata": {"team": "platform"},
    "created_at": "2026-03-01T12:00:00Z",
    "updated_at": "2026-03-01T12:00:00Z",
}


def _agent(model: Any) -> dict[str, Any]:
    return {
        "id": "agent_1",
        "type": "agent",
        "name": "reviewer",
        "model": model,
        "version": 1,
        "tools": [{"type": "mcp_toolset", "mcp_server_name": "github"}, {"type": "custom_2099", "x": 1}],
        "created_at": "2026-03-01T12:00:00Z",
        "updated_at": "2026-03-01T12:00:00Z",
    }


def _every_field_set(obj: object, seen: int = 0) -> int:
    """Read every attrs field of `obj` and of the models it holds; the number of models read."""
    if isinstance(obj, list):
        return sum(_every_field_set(item) for item in obj)
    if not attrs.has(type(obj)):
        return 0
    count = 1
    for field in attrs.fields(type(obj)):
        count += _every_field_set(getattr(obj, field.name))
    return count


def test_a_parsed_model_equals_the_one_its_constructor_builds() -> None:
    parsed = Environment.from_dict(ENVIRONMENT)
    built = Environment(
        id="env_1",
        name="ci",
        config=CloudConfig(
            type_="cloud", networking=Networking(type_=NetworkingType.LIMITED, allowed_hosts=["pypi.org"])
        ),
        metadata=Metadata.from_dict({"team": "platform"}),
        created_at=parsed.created_at,
        updated_at=parsed.updated_at,
    )
    assert parsed == built and repr(parsed) == repr(built)
    assert parsed._request_id is None


def test_every_field_of_every_parsed_model_is_set() -> None:
    agents = [_agent("ultimate"), _agent({"id": "ultimate", "effort": "high"})]
    page = AgentList.from_dict({"data": agents, "has_more": False, "first_id": None, "last_id": None})
    assert _every_field_set(page) > 6
    assert _every_field_set(Environment.from_dict(ENVIRONMENT)) == 4


def test_unknown_fields_are_kept_and_known_ones_are_not() -> None:
    parsed = Environment.from_dict({**ENVIRONMENT, "region": "eu", "labels": ["a"]})
    assert parsed.additional_properties == {"region": "eu", "labels": ["a"]}
    assert parsed["region"] == "eu" and sorted(parsed.additional_keys) == ["labels", "region"]
    assert parsed.to_dict()["region"] == "eu"


def test_without_unknown_fields_the_dict_is_made_when_first_used() -> None:
    parsed = Environment.from_dict(ENVIRONMENT)
    assert "extra" not in parsed and parsed.additional_keys == []
    parsed["extra"] = 1
    assert parsed.additional_properties == {"extra": 1} and parsed.to_dict()["extra"] == 1


def test_the_input_is_left_untouched_and_not_kept() -> None:
    given = copy.deepcopy({**ENVIRONMENT, "region": "eu"})
    parsed = Environment.from_dict(given)
    assert given == {**ENVIRONMENT, "region": "eu"}
    parsed["region"] = "us"
    assert given["region"] == "eu"
    assert isinstance(parsed.metadata, Metadata)
    parsed.metadata["team"] = "other"
    assert given["metadata"] == {"team": "platform"}


def test_a_string_or_an_object_is_told_apart_and_unknown_tools_are_kept() -> None:
    as_string = Agent.from_dict(_agent("ultimate"))
    as_object = Agent.from_dict(_agent({"id": "ultimate", "effort": "high", "context_window": 200_000}))
    assert as_string.model == "ultimate"
    assert isinstance(as_object.model, ModelConfig) and as_object.model.context_window == 200_000
    assert [type(tool).__name__ for tool in as_string.tools] == ["MCPToolset", "UnknownTool"]


def test_an_unknown_config_type_lands_in_the_catch_all() -> None:
    parsed = Environment.from_dict({**ENVIRONMENT, "config": {"type": "quantum", "qubits": 8}})
    assert isinstance(parsed.config, UnknownEnvironmentConfig) and parsed.config["qubits"] == 8


def test_parsed_models_copy_and_pickle() -> None:
    parsed = Environment.from_dict({**ENVIRONMENT, "region": "eu"})
    plain = Environment.from_dict(ENVIRONMENT)
    for original in (parsed, plain):
        assert copy.copy(original) == original == copy.deepcopy(original)
        assert pickle.loads(pickle.dumps(original)) == original
        assert pickle.loads(pickle.dumps(original))._request_id is None


def test_a_stamped_request_id_survives_a_copy_and_a_parsed_one_is_none_until_stamped() -> None:
    parsed = Environment.from_dict(ENVIRONMENT)
    assert parsed._request_id is None and parsed.config._request_id is None
    parsed._request_id = "req_1"
    assert copy.copy(parsed)._request_id == "req_1" and pickle.loads(pickle.dumps(parsed))._request_id == "req_1"
    with pytest.raises(AttributeError, match="no attribute 'not_a_field'"):
        getattr(parsed, "not_a_field")  # noqa: B009 - the lookup is what is tested
