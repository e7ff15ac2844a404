"""Deployments and their runs through both clients against the local server: a nightly deployment
from creation to archive, runs that start real sessions with the initial events, a schedule that
fires on a clock the test moves, the refusals, and runs of both documented generations."""

from __future__ import annotations

import datetime
import itertools
from collections.abc import Iterator
from typing import Any

import pytest

from qoder_cloud import AsyncQoderCloud, BadRequestError, ConflictError, NotFoundError, QoderCloud
from qoder_cloud.testing import LocalServer, ManualClock
from qoder_cloud_api.models import Deployment, DeploymentRun, DeploymentRunStatus, TextBlock
from qoder_cloud_api.types import Unset

from .support.constants import TOKEN
from .support.scripted import Routes, scripted_server

MESSAGE = {"type": "user.message", "content": [{"type": "text", "text": "Triage yesterday's issues"}]}
NIGHTLY = {"type": "cron", "expression": "0 2 * * *", "timezone": "UTC"}


_names = itertools.count()


def _setup(client: QoderCloud) -> tuple[str, str]:
    env = client.environments.create(name=f"deployments-{next(_names)}")
    agent = client.agents.create(name="triager", model="ultimate")
    return env.id, agent.id


def _nightly(client: QoderCloud, **fields: Any) -> Deployment:
    env_id, agent_id = _setup(client)
    arguments = {
        "name": "nightly",
        "agent": agent_id,
        "environment_id": env_id,
        "initial_events": [MESSAGE],
        "schedule": NIGHTLY,
        **fields,
    }
    return client.deployments.create(**arguments)


def _event_types(client: QoderCloud, session_id: str) -> list[str]:
    return [event.type for event in client.events.list(session_id)]


def test_a_nightly_deployment_from_creation_to_archive(client: QoderCloud) -> None:
    deployment = _nightly(client, description="every night", metadata={"team": "core"})
    assert deployment.id.startswith("dep_")
    assert (deployment.type_, deployment.name, deployment.status, deployment.paused_reason) == (
        "deployment",
        "nightly",
        "active",
        None,
    )
    assert deployment.agent.version == 1 and deployment.archived_at is None
    assert isinstance(deployment.initial_events[0].content[0], TextBlock)
    upcoming = deployment.schedule.upcoming_runs_at
    assert len(upcoming) == 3 and upcoming == sorted(upcoming)
    assert all((moment.hour, moment.minute) == (2, 0) for moment in upcoming)
    assert upcoming[0] > datetime.datetime.now(datetime.UTC)

    run = client.deployments.run(deployment.id)
    assert run.id.startswith("drun_")
    assert (run.deployment_id, run.error, run.trigger_context.type_) == (deployment.id, None, "manual")
    session = client.sessions.retrieve(run.session_id)
    assert (session.deployment_id, session.agent.id) == (deployment.id, deployment.agent.id)
    assert "user.message" in _event_types(client, run.session_id), "the session received the initial event"
    assert [s.id for s in client.sessions.list(deployment_id=deployment.id)] == [run.session_id]

    paused = client.deployments.pause(deployment.id)
    assert (paused.status, paused.paused_reason.type_, paused.schedule.upcoming_runs_at) == ("paused", "manual", [])
    with pytest.raises(ConflictError):
        client.deployments.run(deployment.id)
    with pytest.raises(ConflictError):
        client.deployments.pause(deployment.id)
    assert [d.id for d in client.deployments.list(status="paused")] == [deployment.id]
    assert [d.id for d in client.deployments.list(status="active")] == []

    assert [r.id for r in client.deployments.runs.list(deployment.id)] == [run.id]
    assert [r.id for r in client.deployment_runs.list(deployment_id=deployment.id)] == [run.id]
    assert client.deployments.runs.retrieve(deployment.id, run.id).session_id == run.session_id
    assert client.deployment_runs.retrieve(run.id).trigger_context.type_ == "manual"

    resumed = client.deployments.unpause(deployment.id)
    assert (resumed.status, resumed.paused_reason, len(resumed.schedule.upcoming_runs_at)) == ("active", None, 3)

    archived = client.deployments.archive(deployment.id)
    stamp = int(archived.archived_at.timestamp())
    assert archived.name == f"nightly_archived_{stamp}"
    assert archived.schedule.upcoming_runs_at == []
    assert client.deployments.archive(deployment.id).name == archived.name, "archiving again changes nothing"
    assert [d.id for d in client.deployments.list()] == []
    assert [d.id for d in client.deployments.list(include_archived=True)] == [deployment.id]
    with pytest.raises(ConflictError):
        client.deployments.run(deployment.id)
    with pytest.raises(ConflictError):
        client.deployments.update(deployment.id, description="too late")


@pytest.mark.anyio
async def test_the_async_client_drives_a_deployment(client: QoderCloud, async_client: AsyncQoderCloud) -> None:
    env_id, agent_id = _setup(client)
    deployment = await async_client.deployments.create(
        name="manual-only", agent={"type": "agent", "id": agent_id}, environment_id=env_id, initial_events=[MESSAGE]
    )
    assert deployment.schedule is None
    updated = await async_client.deployments.update(deployment.id, name="on-demand", metadata={"k": "v"})
    assert (updated.name, updated.metadata.additional_properties) == ("on-demand", {"k": "v"})
    assert (await async_client.deployments.retrieve(deployment.id)).name == "on-demand"
    first = await async_client.deployments.run(deployment.id)
    second = await async_client.deployments.run(deployment.id)
    assert [r.id async for r in async_client.deployments.runs.list(deployment.id)] == [second.id, first.id]
    assert [r.id async for r in async_client.deployment_runs.list(trigger_type="manual")] == [second.id, first.id]
    assert (await async_client.deployments.runs.retrieve(deployment.id, first.id)).id == first.id
    assert (await async_client.deployment_runs.retrieve(second.id)).session_id == second.session_id
    for run in (first, second):
        assert "user.message" in _event_types(client, run.session_id)
    assert (await async_client.deployments.pause(deployment.id)).status == "paused"
    assert (await async_client.deployments.unpause(deployment.id)).schedule is None, "manual-only stays so"
    assert [d.id async for d in async_client.deployments.list(agent_id=agent_id)] == [deployment.id]
    assert (await async_client.deployments.archive(deployment.id)).archived_at is not None


def test_one_deployments_runs_are_a_sub_namespace_with_raw_responses(client: QoderCloud) -> None:
    deployment = _nightly(client, schedule=None)
    run = client.deployments.run(deployment.id)
    raw = client.with_raw_response.deployments.runs.retrieve(deployment.id, run.id)
    assert (raw.status_code, raw.parse().id) == (200, run.id)
    raw_page = client.with_raw_response.deployments.runs.list(deployment.id, limit=1)
    assert [r.id for r in raw_page.parse()] == [run.id]
    assert raw_page.http_response.request.url.path.endswith(f"/deployments/{deployment.id}/runs")
    assert not hasattr(client.deployments, "list_runs") and not hasattr(client.deployments, "retrieve_run")


@pytest.fixture
def clock(server: LocalServer) -> ManualClock:
    """The server on a clock the test moves, starting at 2026-01-01 00:00 UTC."""
    manual = ManualClock(start=datetime.datetime(2026, 1, 1, tzinfo=datetime.UTC).timestamp())
    server.reset(clock=manual)
    return manual


def _move(clock: ManualClock, to: datetime.datetime) -> None:
    clock.advance(to.timestamp() - clock.time())


def _at(text: str) -> datetime.datetime:
    return datetime.datetime.fromisoformat(text)


def test_a_schedule_fires_on_the_servers_clock(client: QoderCloud, clock: ManualClock) -> None:
    schedule = {"type": "cron", "expression": "0 2 * * *", "timezone": "Asia/Shanghai"}
    deployment = _nightly(client, schedule=schedule)
    # 02:00 in Shanghai is 18:00 UTC the day before.
    assert deployment.schedule.upcoming_runs_at[0] == _at("2026-01-01T18:00:00+00:00")
    assert list(client.deployments.runs.list(deployment.id)) == []

    _move(clock, _at("2026-01-03T00:00:00+00:00"))
    runs = list(client.deployments.runs.list(deployment.id))
    assert [r.trigger_context.scheduled_at for r in runs] == [
        _at("2026-01-02T18:00:00+00:00"),
        _at("2026-01-01T18:00:00+00:00"),
    ]
    assert all(r.trigger_context.type_ == "schedule" and r.error is None for r in runs)
    for run in runs:
        assert "user.message" in _event_types(client, run.session_id)
    current = client.deployments.retrieve(deployment.id)
    assert current.schedule.last_run_at == _at("2026-01-02T18:00:00+00:00")
    assert current.schedule.upcoming_runs_at[0] == _at("2026-01-03T18:00:00+00:00")
    assert [r.id for r in client.deployment_runs.list(trigger_type="schedule")] == [r.id for r in runs]

    client.deployments.pause(deployment.id)
    _move(clock, _at("2026-01-05T00:00:00+00:00"))
    assert len(list(client.deployments.runs.list(deployment.id))) == 2, "a paused deployment does not fire"
    resumed = client.deployments.unpause(deployment.id)
    assert resumed.schedule.upcoming_runs_at[0] == _at("2026-01-05T18:00:00+00:00"), "no backfill after a pause"
    assert len(list(client.deployments.runs.list(deployment.id))) == 2


def test_a_new_schedule_is_counted_from_the_change(client: QoderCloud, clock: ManualClock) -> None:
    deployment = _nightly(client, schedule=None)
    _move(clock, _at("2026-01-01T10:07:00+00:00"))
    updated = client.deployments.update(
        deployment.id, schedule={"type": "cron", "expression": "*/15 * * * *", "timezone": "UTC"}
    )
    assert updated.schedule.upcoming_runs_at == [
        _at("2026-01-01T10:15:00+00:00"),
        _at("2026-01-01T10:30:00+00:00"),
        _at("2026-01-01T10:45:00+00:00"),
    ]
    _move(clock, _at("2026-01-01T10:31:00+00:00"))
    assert len(list(client.deployments.runs.list(deployment.id))) == 2
    assert client.deployments.update(deployment.id, schedule=None).schedule is None
    _move(clock, _at("2026-01-02T00:00:00+00:00"))
    assert len(list(client.deployments.runs.list(deployment.id))) == 2, "manual-only fires no more"


@pytest.mark.parametrize(
    ("fields", "param"),
    [
        ({"schedule": {"type": "cron", "expression": "0 0 2 * * *", "timezone": "UTC"}}, "schedule.expression"),
        ({"schedule": {"type": "cron", "expression": "61 * * * *", "timezone": "UTC"}}, "schedule.expression"),
        ({"schedule": {"type": "cron", "expression": "0 2 * * *", "timezone": "Mars/Olympus"}}, "schedule.timezone"),
        ({"initial_events": []}, "initial_events"),
        ({"initial_events": [{"type": "user.interrupt"}]}, "initial_events[0].type"),
        ({"initial_events": [{"type": "user.message", "content": []}]}, "initial_events[0].content"),
        ({"name": ""}, "name"),
    ],
)
def test_bad_fields_are_refused_by_name(client: QoderCloud, fields: dict[str, Any], param: str) -> None:
    with pytest.raises(BadRequestError) as caught:
        _nightly(client, **fields)
    assert caught.value.param == param


def test_missing_references_and_self_hosted_environments_are_refused(client: QoderCloud) -> None:
    env_id, agent_id = _setup(client)
    with pytest.raises(NotFoundError):
        client.deployments.create(name="x", agent="agent_missing", environment_id=env_id, initial_events=[MESSAGE])
    with pytest.raises(NotFoundError):
        client.deployments.create(
            name="x",
            agent={"type": "agent", "id": agent_id, "version": 9},
            environment_id=env_id,
            initial_events=[MESSAGE],
        )
    hosted = client.environments.create(name="hosted", config={"type": "self_hosted"})
    with pytest.raises(BadRequestError) as caught:
        client.deployments.create(name="x", agent=agent_id, environment_id=hosted.id, initial_events=[MESSAGE])
    assert caught.value.param == "environment_id"
    with pytest.raises(NotFoundError):
        client.deployments.retrieve("dep_missing")
    with pytest.raises(NotFoundError):
        client.deployment_runs.retrieve("drun_missing")


def test_a_run_whose_session_cannot_start_is_kept_with_its_error(client: QoderCloud) -> None:
    deployment = _nightly(client, schedule=None)
    client.environments.archive(deployment.environment_id)
    run = client.deployments.run(deployment.id)
    assert run.session_id is None
    assert run.error.type_ == "invalid_request_error" and "archived" in str(run.error.message)
    assert [r.id for r in client.deployment_runs.list(has_error=True)] == [run.id]
    assert [r.id for r in client.deployment_runs.list(has_error=False)] == []
    other = _nightly(client, name="other", schedule=None)
    with pytest.raises(NotFoundError):
        client.deployments.runs.retrieve(other.id, run.id)


def test_resource_secrets_are_not_returned(client: QoderCloud) -> None:
    repository = {
        "type": "github_repository",
        "url": "https://github.com/octo/app",
        "authorization_token": "ghp_s3cret",
    }
    deployment = _nightly(client, schedule=None, resources=[repository])
    assert deployment.resources[0].url == "https://github.com/octo/app"
    assert "ghp_s3cret" not in str(client.deployments.retrieve(deployment.id).to_dict())
    run = client.deployments.run(deployment.id)
    assert client.sessions.retrieve(run.session_id).resources[0].url == repository["url"]


OLDER_RUN: dict[str, Any] = {
    "id": "drun_old",
    "type": "deployment_run",
    "deployment_id": "dep_old",
    "agent": {"id": "agent_1", "type": "agent", "version": 3},
    "session_id": "sess_old",
    "error": None,
    "trigger_context": {"type": "retry"},
    "created_at": "2026-06-01T02:00:00Z",
    "status": "skipped",
    "cas_run_extras": {"attempt": 2, "started_at": "2026-06-01T02:00:01Z", "turn_id": "turn_1"},
    "triggered_at": "2026-06-01T02:00:00Z",
    "completed_at": None,
    "duration_ms": 1500,
}
THIN_RUN: dict[str, Any] = {"id": "drun_thin", "deployment_id": "dep_old", "session_id": None, "error": None}
OLDER_DEPLOYMENT: dict[str, Any] = {
    "id": "dep_old",
    "type": "deployment",
    "name": "legacy",
    "created_at": "2026-06-01T00:00:00Z",
    "initial_events": [{"type": "user.message", "content": "a plain string"}],
    "metadata": {"cas_config": '{"session_strategy": "new_session"}'},
    "schedule": None,
}


@pytest.fixture
def older_server() -> Iterator[LocalServer]:
    """A server answering as the older generation of the docs describes."""
    routes: Routes = {
        ("GET", "/deployment_runs"): lambda request: {"data": [OLDER_RUN, THIN_RUN], "has_more": False},
        ("GET", "/deployments/{deployment_id}"): lambda request: OLDER_DEPLOYMENT,
    }
    with scripted_server(routes) as running:
        yield running


def test_runs_of_both_generations_parse(older_server: LocalServer) -> None:
    with QoderCloud(token=TOKEN, base_url=older_server.base_url) as client:
        older, thin = client.deployment_runs.list().data
        deployment = client.deployments.retrieve("dep_old")
    assert isinstance(older, DeploymentRun) and isinstance(thin, DeploymentRun)
    assert older.status == DeploymentRunStatus.SKIPPED
    assert (older.cas_run_extras.attempt, older.duration_ms, older.trigger_context.type_) == (2, 1500, "retry")
    assert older.triggered_at == _at("2026-06-01T02:00:00+00:00")
    assert (thin.error, thin.session_id) == (None, None)
    assert isinstance(thin.status, Unset) and isinstance(thin.created_at, Unset), "the thin form has neither"
    assert deployment.initial_events[0].content == "a plain string"


@pytest.mark.anyio
async def test_the_async_client_parses_older_runs(older_server: LocalServer) -> None:
    async with AsyncQoderCloud(token=TOKEN, base_url=older_server.base_url) as client:
        runs = [run async for run in client.deployment_runs.list()]
    assert [run.id for run in runs] == ["drun_old", "drun_thin"]
    assert runs[0].cas_run_extras.turn_id == "turn_1"
