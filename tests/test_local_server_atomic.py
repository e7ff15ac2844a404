"""A request the local server refuses changes nothing: every handler validates the whole request
before it writes, and no input (however deep or odd) can leave state behind that breaks later
answers."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from qoder_cloud import APIStatusError, QoderCloud
from qoder_cloud.testing import LocalServer, ManualClock

from .support.constants import TOKEN
from .support.sessions_setup import new_session, user_message
from .support.snapshot import snapshot


def _deep(levels: int) -> Any:
    value: Any = 1
    for _ in range(levels):
        value = {"a": value}
    return value


@pytest.fixture
def http(server: LocalServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=server.base_url, headers={"Authorization": f"Bearer {TOKEN}"}) as plain:
        yield plain


def _post(http: httpx.Client, path: str, body: Any) -> httpx.Response:
    return http.post(path, content=json.dumps(body), headers={"Content-Type": "application/json"})


def test_a_deeply_nested_body_is_refused_and_poisons_nothing(
    client: QoderCloud, server: LocalServer, http: httpx.Client
) -> None:
    session = new_session(client)
    agent_id = session.agent.id
    before = snapshot(server)
    tool = {"type": "custom", "name": "t", "description": "d", "input_schema": _deep(500)}
    repository = {"type": "git_repository", "url": "https://x/r", "checkout": _deep(500)}
    refused = [
        _post(http, f"/sessions/{session.id}", {"agent": {"tools": [_deep(500)]}}),
        _post(http, f"/agents/{agent_id}", {"version": 1, "tools": [tool]}),
        _post(
            http, "/sessions", {"agent": agent_id, "environment_id": session.environment_id, "resources": [repository]}
        ),
    ]
    for answer in refused:
        assert answer.status_code == 400, answer.text
        assert answer.json()["error"]["type"] == "invalid_request_error"
        assert "nested" in answer.json()["error"]["message"]
    assert snapshot(server) == before
    assert http.get("/sessions").status_code == 200 and http.get("/agents").status_code == 200


def test_a_refused_session_update_applies_no_field(client: QoderCloud, server: LocalServer) -> None:
    session = new_session(client, title="before")
    before = snapshot(server)
    for fields in (
        {"title": "after", "metadata": {"k": 1}},
        {"agent": {"system": "CHANGED"}, "environment_variables": {"QODER_X": "1"}},
        {"title": "after", "agent": {"tools": "not a list"}},
    ):
        with pytest.raises(APIStatusError) as caught:
            client.sessions.update(session.id, **fields)
        assert caught.value.status_code == 400
        assert snapshot(server) == before, fields


def test_a_refused_session_create_leaves_no_session(client: QoderCloud, server: LocalServer) -> None:
    session = new_session(client)
    before = snapshot(server)
    with pytest.raises(APIStatusError) as caught:
        client.sessions.create(
            agent=session.agent.id, environment_id=session.environment_id, initial_events=[{"type": "nope"}]
        )
    assert caught.value.status_code == 400
    assert snapshot(server) == before


def test_a_refused_send_does_not_interrupt_the_running_turn(client: QoderCloud, server: LocalServer) -> None:
    clock = ManualClock()
    server.reset(clock=clock)
    session = new_session(client)
    server.turn_delay = 1.0
    with client.events.stream(session.id) as stream:
        client.events.send(session.id, events=[user_message("one")])
        with pytest.raises(APIStatusError) as caught:
            client.events.send(session.id, events=[{"type": "user.interrupt"}, user_message("two")])
        assert caught.value.status_code == 409
        clock.advance(60)
        idle = next(e for e in stream if e.type == "session.status_idle")
    assert idle.stop_reason.type == "end_turn"
    assert "user.interrupt" not in [e.type for e in client.events.list(session.id)]


def test_a_refused_agent_update_keeps_versions_consistent(client: QoderCloud, server: LocalServer) -> None:
    agent = client.agents.create(name="a", model="ultimate")
    before = snapshot(server)
    for fields in ({"name": "b", "model": "no-such-model"}, {"name": "b", "tools": [{"type": "custom"}]}):
        with pytest.raises(APIStatusError):
            client.agents.update(agent.id, version=1, **fields)
    assert snapshot(server) == before
