"""Every environments operation through both clients against the local server."""

from __future__ import annotations

import datetime

import pytest

from qoder_cloud import AsyncQoderCloud, ConflictError, NotFoundError, QoderCloud
from qoder_cloud.testing import LocalServer
from qoder_cloud_api.models import CloudConfig, EnvironmentDeleted, Networking, NetworkingType

CONFIG = {
    "type": "cloud",
    "networking": {"type": "allowlist", "allowed_hosts": ["pypi.org"]},
    "packages": {"pip": ["requests"]},
}


def test_create_returns_the_parsed_environment(client: QoderCloud) -> None:
    env = client.environments.create(name="ci", config=CONFIG, metadata={"team": "infra"})

    assert env.id.startswith("env_")
    assert env.type == "environment"
    assert env.name == "ci"
    assert isinstance(env.config, CloudConfig)
    assert env.config.networking.type_ == NetworkingType.ALLOWLIST
    assert env.config.networking.allowed_hosts == ["pypi.org"]
    assert env.config.packages.pip == ["requests"]
    assert env.metadata["team"] == "infra"
    assert env.archived_at is None
    assert env.created_at.tzinfo is not None


def test_create_accepts_generated_models_for_nested_objects(client: QoderCloud, server: LocalServer) -> None:
    config = CloudConfig(type_="cloud", networking=Networking(type_=NetworkingType.UNRESTRICTED))
    env = client.environments.create(name="typed", config=config)

    assert isinstance(env.config, CloudConfig)
    assert env.config.networking.type_ == "unrestricted"
    sent = server.app.requests[-1]
    assert sent.json()["config"] == {"type": "cloud", "networking": {"type": "unrestricted"}}


def test_retrieve_update_archive_delete(client: QoderCloud) -> None:
    env = client.environments.create(name="first", metadata={"keep": "1", "drop": "2"})

    assert client.environments.retrieve(env.id).name == "first"

    updated = client.environments.update(env.id, name="renamed", description=None, metadata={"drop": None, "new": "3"})
    assert updated.name == "renamed"
    assert updated.description is None
    assert updated.metadata.additional_properties == {"keep": "1", "new": "3"}
    assert updated.updated_at >= env.updated_at

    archived = client.environments.archive(env.id)
    assert isinstance(archived.archived_at, datetime.datetime)
    assert env.id not in [e.id for e in client.environments.list()]
    assert env.id in [e.id for e in client.environments.list(include_archived=True)]

    deleted = client.environments.delete(env.id)
    assert isinstance(deleted, EnvironmentDeleted)
    assert (deleted.id, deleted.type) == (env.id, "environment_deleted")
    with pytest.raises(NotFoundError):
        client.environments.retrieve(env.id)


def test_duplicate_name_is_a_conflict(client: QoderCloud) -> None:
    client.environments.create(name="same")
    with pytest.raises(ConflictError) as caught:
        client.environments.create(name="same")
    assert caught.value.status_code == 409
    assert caught.value.type == "conflict_error"


def test_created_at_filters(client: QoderCloud) -> None:
    early = client.environments.create(name="early")
    late = client.environments.create(name="late")

    after = [e.id for e in client.environments.list(created_at_gte=late.created_at)]
    before = [e.id for e in client.environments.list(created_at_lte=early.created_at)]

    assert after == [late.id]
    assert before == [early.id]


@pytest.mark.anyio
async def test_async_client_covers_every_environment_operation(async_client: AsyncQoderCloud) -> None:
    env = await async_client.environments.create(name="async", config=CONFIG)
    assert (await async_client.environments.retrieve(env.id)).name == "async"

    updated = await async_client.environments.update(env.id, description="changed")
    assert updated.description == "changed"

    page = await async_client.environments.list(limit=10)
    assert [e.id for e in page.data] == [env.id]
    assert [e.id async for e in async_client.environments.list()] == [env.id]

    archived = await async_client.environments.archive(env.id)
    assert archived.archived_at is not None

    deleted = await async_client.environments.delete(env.id)
    assert deleted.id == env.id
    with pytest.raises(NotFoundError):
        await async_client.environments.retrieve(env.id)
