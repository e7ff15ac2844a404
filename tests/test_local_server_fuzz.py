"""Every write operation of the local server against bodies that are mostly right and partly
wrong (a field replaced by any JSON value, a field dropped, a field added): never a 5xx, and a
refused request leaves the stored data exactly as it was."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from qoder_cloud import QoderCloud
from qoder_cloud.testing import LocalServer, ManualClock

from .support.constants import TOKEN
from .support.snapshot import snapshot

JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**40), 2**40) | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=12,
)  # fmt: skip


@pytest.fixture(scope="module")
def seeded() -> Iterator[tuple[LocalServer, httpx.Client, dict[str, str]]]:
    """A server (on a clock that stands still, so no turn moves in the background) holding one of each object."""
    with LocalServer(token=TOKEN, clock=ManualClock()) as server:
        server.turn_delay = 1.0
        with QoderCloud(token=TOKEN, base_url=server.base_url) as client:
            env = client.environments.create(name="fuzz")
            agent = client.agents.create(name="fuzz", model="ultimate")
            session = client.sessions.create(agent=agent.id, environment_id=env.id)
            store = client.memory_stores.create(name="fuzz")
            memory = client.memories.create(store.id, path="a.md", content="first")
            vault = client.vaults.create(display_name="fuzz")
            auth = {"type": "static_bearer", "mcp_server_url": "https://mcp.example", "token": "secret-token"}
            credential = client.credentials.create(vault.id, auth=auth)
            repository = {"type": "git_repository", "url": "https://example.com/r.git"}
            with_repo = client.sessions.create(agent=agent.id, environment_id=env.id, resources=[repository])
            deployment = client.deployments.create(
                name="fuzz", agent=agent.id, environment_id=env.id, initial_events=[USER_MESSAGE]
            )
        ids = {
            "env": env.id,
            "agent": agent.id,
            "session": session.id,
            "store": store.id,
            "memory": memory.id,
            "vault": vault.id,
            "credential": credential.id,
            "repo_session": with_repo.id,
            "resource": str(with_repo.resources[0].id),
            "deployment": deployment.id,
        }
        with httpx.Client(base_url=server.base_url, headers={"Authorization": f"Bearer {TOKEN}"}) as http:
            yield server, http, ids


USER_MESSAGE = {"type": "user.message", "content": [{"type": "text", "text": "hello"}]}
SCHEDULE = {"type": "cron", "expression": "0 2 * * *", "timezone": "UTC"}
# (path, a body that would be accepted) for every operation that takes a JSON body.
OPERATIONS: list[tuple[str, dict[str, Any]]] = [
    ("/environments", {"name": "n", "config": {"type": "cloud", "networking": {"type": "limited"}}, "metadata": {}}),
    ("/environments/{env}", {"name": "renamed", "description": "d", "metadata": {"k": "v"}}),
    ("/agents", {"name": "a", "model": "ultimate", "tools": [{"type": "agent_toolset_20260401"}]}),
    ("/agents/{agent}", {"version": 1, "name": "b", "system": "s", "tools": []}),
    ("/sessions", {"agent": "{agent}", "environment_id": "{env}", "title": "t", "resources": []}),
    ("/sessions/{session}", {"title": "t", "metadata": {"k": "v"}, "agent": {"system": "s"}}),
    ("/sessions/{session}/events", {"events": [{"type": "user.define_outcome", "description": "done"}]}),
    ("/sessions/{session}/resources", {"type": "file", "file_id": "file_missing"}),
    ("/sessions/{repo_session}/resources/{resource}", {"authorization_token": "t2"}),
    ("/memory_stores", {"name": "m", "description": "d"}),
    ("/memory_stores/{store}", {"name": "m2", "metadata": {"k": "v"}}),
    ("/memory_stores/{store}/memories", {"path": "b.md", "content": "text"}),
    ("/memory_stores/{store}/memories/{memory}", {"content": "changed", "path": "c.md"}),
    ("/vaults", {"display_name": "v", "metadata": {}}),
    ("/deployments", {"name": "d", "agent": "{agent}", "environment_id": "{env}", "initial_events": [USER_MESSAGE]}),
    ("/deployments/{deployment}", {"name": "d2", "schedule": SCHEDULE, "metadata": {"k": "v"}}),
    ("/dreams", {"inputs": [{"type": "memory_store", "memory_store_id": "{store}"}], "instructions": "tidy"}),
    ("/vaults/{vault}/credentials", {"auth": {"type": "static_bearer", "mcp_server_url": "https://m", "token": "x"}}),
    ("/vaults/{vault}/credentials/{credential}", {"auth": {"type": "static_bearer", "token": "y"}, "metadata": {}}),
    ("/sessions/search", {"statuses": ["idle"], "agent_id": "{agent}", "created_at[gte]": "2026-01-01T00:00:00Z"}),
    ("/files/search", {"name": "f", "scope_id": "{session}", "metadata": {"k": "v"}, "limit": 5}),
    ("/vaults/search", {"name": "fuzz", "include_archived": True, "page": "srch_eyJhZnRlciI6ICJ2In0"}),
    ("/skills/search", {"source": "custom", "display_title": "t", "name": "n"}),
]
# Searches need their beta named; every other operation ignores the header.
HEADERS = {"Content-Type": "application/json", "x-qoder-beta": "search-2026-08-31"}


def _filled(value: Any, ids: dict[str, str]) -> Any:
    if isinstance(value, str):
        return value.format(**ids) if value.startswith("{") else value
    if isinstance(value, dict):
        return {key: _filled(item, ids) for key, item in value.items()}
    if isinstance(value, list):
        return [_filled(item, ids) for item in value]
    return value


@st.composite
def _mutated(draw: st.DrawFn, body: dict[str, Any]) -> Any:
    kind = draw(st.sampled_from(["replace", "drop", "add", "nested", "whole"]))
    changed = json.loads(json.dumps(body))
    keys = sorted(changed)
    if kind == "whole":
        return draw(JSON_VALUES)
    if kind == "replace":
        changed[draw(st.sampled_from(keys))] = draw(JSON_VALUES)
    elif kind == "drop":
        changed.pop(draw(st.sampled_from(keys)))
    elif kind == "add":
        changed[draw(st.text(min_size=1, max_size=12))] = draw(JSON_VALUES)
    else:
        inside = [key for key in keys if isinstance(changed[key], dict | list) and changed[key]]
        if inside:
            container = changed[draw(st.sampled_from(inside))]
            if isinstance(container, dict):
                container[draw(st.sampled_from(sorted(container)))] = draw(JSON_VALUES)
            else:
                container[draw(st.integers(0, len(container) - 1))] = draw(JSON_VALUES)
    return changed


@pytest.mark.parametrize(("template", "body"), OPERATIONS, ids=[path for path, _ in OPERATIONS])
def test_odd_bodies_never_break_the_server_and_refusals_change_nothing(
    seeded: tuple[LocalServer, httpx.Client, dict[str, str]], template: str, body: dict[str, Any]
) -> None:
    server, http, ids = seeded
    path = template.format(**ids)

    @settings(max_examples=40, deadline=None, database=None, suppress_health_check=list(HealthCheck))
    @given(sent=_mutated(_filled(body, ids)))
    def check(sent: Any) -> None:
        before = snapshot(server)
        answer = http.post(path, content=json.dumps(sent), headers=HEADERS)
        assert answer.status_code < 500, (sent, answer.text)
        if answer.status_code >= 400:
            assert answer.json()["type"] == "error"
            assert snapshot(server) == before, (sent, answer.text)

    check()
    for listing in ("/environments", "/agents", "/sessions", "/memory_stores", "/vaults", "/deployments", "/dreams"):
        assert http.get(listing).status_code == 200
