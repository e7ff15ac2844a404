"""Typed inputs: enum-valued inputs take their plain string and refuse other types when given,
list-valued arguments refuse a bare string, and every request object has a TypedDict whose keys
are the spec's (what a type checker reads; `tests/typecheck/` checks what it reports)."""

from __future__ import annotations

import typing
from pathlib import Path
from typing import Any

import pytest
import yaml

from qoder_cloud import AsyncQoderCloud, QoderCloud
from qoder_cloud.testing import LocalServer
from qoder_cloud.types import (
    CloudConfigParam,
    EnvironmentScope,
    NetworkingParam,
    NetworkingType,
    SessionStatus,
    SortOrder,
)
from qoder_cloud_api import models

SPEC = yaml.safe_load((Path(__file__).resolve().parent.parent / "openapi.yaml").read_text())
SCHEMAS: dict[str, Any] = SPEC["components"]["schemas"]


def test_a_model_takes_an_enum_fields_plain_string() -> None:
    networking = NetworkingParam(type_="limited", allowed_hosts=["pypi.org"])
    assert networking.type_ is NetworkingType.LIMITED
    assert networking.to_dict() == {"type": "limited", "allowed_hosts": ["pypi.org"]}


def test_a_model_keeps_a_value_this_client_does_not_know() -> None:
    networking = NetworkingParam(type_="sandboxed")
    assert networking.type_.name == "UNKNOWN"
    assert networking.to_dict() == {"type": "sandboxed"}


def test_a_model_refuses_another_type_when_constructed_naming_the_field() -> None:
    with pytest.raises(TypeError, match=r"NetworkingParam\.type_ must be a NetworkingType or one of its values"):
        NetworkingParam(type_=3)  # type: ignore[arg-type]


def test_a_nested_model_with_a_plain_string_is_sent(client: QoderCloud, server: LocalServer) -> None:
    config = CloudConfigParam(type_="cloud", networking=NetworkingParam(type_="unrestricted"))
    env = client.environments.create(name="typed", config=config)
    assert server.app.requests[-1].json()["config"]["networking"] == {"type": "unrestricted"}
    assert env.name == "typed"


def test_an_enum_argument_takes_its_string_and_refuses_another_type_before_sending(
    client: QoderCloud, server: LocalServer
) -> None:
    env = client.environments.create(name="scoped", scope="account")
    assert server.app.requests[-1].json()["scope"] == "account"
    client.environments.create(name="scoped-member", scope=EnvironmentScope.ORGANIZATION)
    sent = len(server.app.requests)
    with pytest.raises(TypeError, match="^scope must be a EnvironmentScope or one of its values"):
        client.environments.create(name="bad", scope=1)  # type: ignore[arg-type]
    assert len(server.app.requests) == sent
    assert env.id


def test_an_enum_query_argument_takes_its_string(client: QoderCloud, server: LocalServer) -> None:
    agent = client.agents.create(name="a", model="ultimate")
    env = client.environments.create(name="e")
    first = client.sessions.create(agent=agent.id, environment_id=env.id)
    second = client.sessions.create(agent=agent.id, environment_id=env.id)
    oldest_first = [s.id for s in client.sessions.list(order="asc")]
    assert oldest_first == [first.id, second.id]
    assert [s.id for s in client.sessions.list(order=SortOrder.DESC)] == [second.id, first.id]
    assert {s.id for s in client.sessions.list(statuses=["idle", SessionStatus.RUNNING])} <= {first.id, second.id}
    assert server.app.requests[-3].query["order"] == ["asc"]
    with pytest.raises(TypeError, match="^order must be a SortOrder"):
        client.sessions.list(order=True)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"^statuses\[1\] must be a SessionStatus"):
        client.sessions.list(statuses=["idle", 2])  # type: ignore[list-item]


def test_a_list_query_argument_refuses_a_bare_string(client: QoderCloud) -> None:
    agent = client.agents.create(name="a", model="ultimate")
    env = client.environments.create(name="e")
    session = client.sessions.create(agent=agent.id, environment_id=env.id)
    with pytest.raises(TypeError, match="^event_deltas must be a list, not a str"):
        client.events.stream(session.id, event_deltas="agent.message")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="^statuses must be a list, not a str"):
        client.sessions.list(statuses="idle")  # type: ignore[arg-type]


def test_a_list_body_argument_refuses_a_bare_string(client: QoderCloud, server: LocalServer) -> None:
    sent = len(server.app.requests)
    with pytest.raises(TypeError, match="^vault_ids must be a list, not a str"):
        client.sessions.create(agent="agent_1", environment_id="env_1", vault_ids="vlt_1")  # type: ignore[arg-type]
    assert len(server.app.requests) == sent


@pytest.mark.anyio
async def test_the_async_client_checks_the_same_way(async_client: AsyncQoderCloud) -> None:
    env = await async_client.environments.create(name="async-scoped", scope="organization")
    assert env.name == "async-scoped"
    with pytest.raises(TypeError, match="^scope must be"):
        await async_client.environments.create(name="bad", scope=2)  # type: ignore[arg-type]


def _typed_dicts() -> list[tuple[str, Any]]:
    return [(name, getattr(models, name)) for name in models.__all__ if name.endswith("Dict")]


def test_every_request_object_with_fields_has_a_typed_dict_with_the_spec_keys() -> None:
    typed = dict(_typed_dicts())
    for name in ("NetworkingParam", "EnvironmentCreateParams", "UserMessageEventParam", "TextBlock", "CustomTool"):
        assert f"{name}Dict" in typed
    for name, typed_dict in typed.items():
        schema = SCHEMAS[name[: -len("Dict")]]
        assert typing.is_typeddict(typed_dict), name
        # The annotations are strings (`from __future__ import annotations`), which the type
        # checkers read; `__required_keys__` cannot see a `Required[...]` inside one.
        annotations: dict[str, typing.ForwardRef] = typed_dict.__annotations__
        required = {key for key, text in annotations.items() if text.__forward_arg__.startswith("Required[")}
        assert required == set(schema.get("required", [])), name
        assert set(annotations) == set(schema["properties"]), name


def test_response_only_models_and_string_maps_have_none() -> None:
    names = set(models.__all__)
    assert "EnvironmentDict" not in names  # a response
    assert "MetadataDict" not in names  # a string map: any Mapping[str, str] is one


def test_the_resumable_stream_and_the_turn_refuse_a_bare_string_too(client: QoderCloud) -> None:
    agent = client.agents.create(name="a", model="ultimate")
    env = client.environments.create(name="e")
    session = client.sessions.create(agent=agent.id, environment_id=env.id)
    with pytest.raises(TypeError, match="^event_deltas must be a list, not a str"):
        client.events.resumable_stream(session.id, event_deltas="agent.message")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="^event_deltas must be a list, not a str"):
        client.events.run_turn(session.id, "hi", event_deltas="agent.thinking")  # type: ignore[arg-type]
