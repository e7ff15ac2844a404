"""Responses from newer servers: unknown enum values, union members and fields are kept and
sent back unchanged rather than crashing the parse."""

from __future__ import annotations

import copy
from typing import Any

from qoder_cloud import QoderCloud
from qoder_cloud.testing import Request
from qoder_cloud_api.models import (
    Agent,
    Environment,
    EnvironmentObjectType,
    NetworkingType,
    UnknownEnvironmentConfig,
    UnknownTool,
)

from .support.constants import TOKEN
from .support.scripted import scripted_server

FUTURE_ENVIRONMENT: dict[str, Any] = {
    "id": "env_future",
    "type": "environment",
    "name": "future",
    "config": {"type": "cloud", "networking": {"type": "satellite", "uplink": "ka-band"}, "gpu": {"count": 2}},
    "metadata": {},
    "created_at": "2026-05-18T15:26:39.61669Z",
    "updated_at": "2026-05-18T15:27:22.698411123Z",
    "archived_at": None,
    "region_hint": "eu-west",
    "status": "ready",
}


def test_unknown_enum_values_and_fields_round_trip() -> None:
    env = Environment.from_dict(copy.deepcopy(FUTURE_ENVIRONMENT))

    networking = env.config.networking  # type: ignore[union-attr]
    assert networking.type_ == "satellite"
    assert networking.type_.name == "UNKNOWN"
    assert isinstance(networking.type_, NetworkingType)
    assert networking["uplink"] == "ka-band"
    assert env.config["gpu"] == {"count": 2}  # type: ignore[index]
    assert env["region_hint"] == "eu-west"
    assert env.status == "ready"

    wire = env.to_dict()
    assert wire["config"]["networking"] == {"type": "satellite", "uplink": "ka-band"}
    assert wire["config"]["gpu"] == {"count": 2}
    assert wire["region_hint"] == "eu-west"
    assert EnvironmentObjectType("environment") is EnvironmentObjectType.ENVIRONMENT


def test_unknown_union_members_land_in_the_catch_all() -> None:
    env = Environment.from_dict({**FUTURE_ENVIRONMENT, "config": {"type": "gpu_pool", "size": 4}})
    assert isinstance(env.config, UnknownEnvironmentConfig)
    assert env.config.type_ == "gpu_pool"
    assert env.to_dict()["config"] == {"type": "gpu_pool", "size": 4}

    agent = Agent.from_dict(
        {
            "id": "agent_1",
            "type": "agent",
            "name": "a",
            "model": {"id": "ultimate", "effort": {"type": "max"}, "temperature": 0.2},
            "tools": [{"type": "quantum_toolset_20270101", "qubits": 8}],
            "version": 4,
            "created_at": "2026-05-18T15:26:39Z",
            "updated_at": "2026-05-18T15:26:39Z",
        }
    )
    assert isinstance(agent.tools[0], UnknownTool)
    assert agent.tools[0].type == "quantum_toolset_20270101"
    assert agent.to_dict()["tools"] == [{"type": "quantum_toolset_20270101", "qubits": 8}]
    assert agent.to_dict()["model"]["temperature"] == 0.2


def test_a_future_response_through_the_client() -> None:
    def future(request: Request) -> dict[str, Any]:
        return copy.deepcopy(FUTURE_ENVIRONMENT)

    with scripted_server({("GET", "/environments/{environment_id}"): future}) as server:
        with QoderCloud(token=TOKEN, base_url=server.base_url) as client:
            env = client.environments.retrieve("env_future")
    assert env.config.networking.type_ == "satellite"  # type: ignore[union-attr]
    assert env["region_hint"] == "eu-west"


def test_models_read_under_their_wire_names() -> None:
    env = Environment.from_dict(copy.deepcopy(FUTURE_ENVIRONMENT))
    assert env.type == env.type_ == "environment"
