"""Models read well: a repr of only the fields that were sent (secrets never), `to_json`, and the
string maps (`Metadata`, environment variables) are mappings."""

from __future__ import annotations

import json
from collections.abc import Mapping, MutableMapping

from qoder_cloud.types import Environment, EnvironmentVariableAuthParam, Metadata, NetworkingParam

ENVIRONMENT = {
    "id": "env_1",
    "type": "environment",
    "name": "ci",
    "created_at": "2026-01-02T03:04:05Z",
    "updated_at": "2026-01-02T03:04:05Z",
    "metadata": {"team": "core"},
    "config": {"type": "cloud", "networking": {"type": "limited"}},
}


def test_the_repr_shows_only_what_was_sent() -> None:
    env = Environment.from_dict(ENVIRONMENT)
    assert repr(env) == (
        "Environment(id='env_1', name='ci', config=CloudConfig(type_='cloud', networking=Networking(type_='limited')),"
        " created_at=2026-01-02T03:04:05+00:00, updated_at=2026-01-02T03:04:05+00:00, type_='environment',"
        " metadata=Metadata({'team': 'core'}))"
    )


def test_the_repr_shows_unknown_fields_when_there_are_some() -> None:
    env = Environment.from_dict({**ENVIRONMENT, "region": "eu"})
    assert repr(env).endswith(", additional_properties={'region': 'eu'})")


def test_the_repr_never_shows_a_secret() -> None:
    auth = EnvironmentVariableAuthParam.from_dict(
        {
            "type": "environment_variable",
            "secret_name": "T",
            "secret_value": "s3cr3t",
            "networking": {"type": "unrestricted"},
        }
    )
    assert "s3cr3t" not in repr(auth)
    assert "secret_name='T'" in repr(auth)


def test_to_json_is_the_wire_form() -> None:
    env = Environment.from_dict(ENVIRONMENT)
    assert json.loads(env.to_json()) == env.to_dict()
    assert NetworkingParam(type_="limited").to_json(indent=2) == '{\n  "type": "limited"\n}'


def test_a_string_map_is_a_mapping() -> None:
    env = Environment.from_dict(ENVIRONMENT)
    assert isinstance(env.metadata, Metadata)
    metadata = env.metadata
    assert isinstance(metadata, MutableMapping) and isinstance(metadata, Mapping)
    assert dict(metadata) == {"team": "core"}
    assert list(metadata) == ["team"] and len(metadata) == 1
    assert metadata.get("team") == "core" and metadata.get("missing") is None
    assert dict(metadata.items()) == {"team": "core"}
    metadata["owner"] = "ana"
    assert metadata.to_dict() == {"team": "core", "owner": "ana"}
