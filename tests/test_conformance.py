"""The local server against openapi.yaml, driven by schemathesis: for every operation, requests
generated from the spec (with real IDs for half of the path parameters, so success answers are
exercised too) never get a 5xx, and every answer matches its documented schema."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, Phase, given, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import response_schema_conformance

from qoder_cloud import QoderCloud
from qoder_cloud.testing import LocalServer

from .support.constants import TOKEN

SPEC = Path(__file__).resolve().parent.parent / "openapi.yaml"
SCHEMA = schemathesis.openapi.from_path(SPEC)
OPERATIONS = [result.ok() for result in SCHEMA.get_all_operations()]
# Streams stay open until the session ends; they are covered end to end in test_streaming.py.
CHECKED = [op for op in OPERATIONS if not op.path.endswith("/stream")]
SEARCH_BETA = "search-2026-08-31"
SKILL = b"---\nname: conformance\ndescription: A skill for the searches to find\n---\n"


@pytest.fixture(scope="module")
def seeded() -> Iterator[tuple[LocalServer, dict[str, Any]]]:
    """A server holding one of each object, so generated requests can name real IDs."""
    with LocalServer(token=TOKEN) as server, QoderCloud(token=TOKEN, base_url=server.base_url) as client:
        env = client.environments.create(name="conformance")
        agent = client.agents.create(name="conformance", model="ultimate")
        session = client.sessions.create(agent=agent.id, environment_id=env.id)
        upload = client.files.upload(file=("conformance.txt", b"conformance"))
        resource = client.session_resources.add(session.id, type="file", file_id=upload.id)
        thread = client.threads.list(session.id).data[0]
        message = {"type": "user.message", "content": [{"type": "text", "text": "conformance"}]}
        deployment = client.deployments.create(
            name="conformance", agent=agent.id, environment_id=env.id, initial_events=[message]
        )
        run = client.deployments.run(deployment.id)
        store = client.memory_stores.create(name="conformance")
        dream = client.dreams.create(inputs=[{"type": "memory_store", "memory_store_id": store.id}])
        client.vaults.create(display_name="conformance")
        client.skills.create(files=[("conformance/SKILL.md", SKILL)])
        self_hosted = client.environments.create(name="conformance-workers", config={"type": "self_hosted"})
        client.sessions.create(agent=agent.id, environment_id=self_hosted.id)
        work = client.environments.work.list(self_hosted.id).data[0]
        ids: dict[str, Any] = {
            "environment_id": env.id,
            "agent_id": agent.id,
            "session_id": session.id,
            "thread_id": thread.id,
            "resource_id": resource.id,
            "deployment_id": deployment.id,
            "deployment_run_id": run.id,
            "dream_id": dream.id,
            "work_id": work.id,
            "work_environment_id": self_hosted.id,  # the work queue's operations need a self-hosted environment
        }
        yield server, ids


@pytest.mark.parametrize("operation", CHECKED, ids=lambda op: op.label)
def test_answers_match_the_spec(operation: Any, seeded: tuple[LocalServer, dict[str, Any]]) -> None:
    server, ids = seeded
    calls: Counter[str] = Counter()

    @settings(
        max_examples=12,
        deadline=None,
        database=None,
        phases=[Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    @given(case=operation.as_strategy())
    def check(case: Any) -> None:
        calls["all"] += 1
        if calls["all"] % 2 and case.path_parameters:
            for name in case.path_parameters:
                if name in ids:
                    case.path_parameters[name] = ids[name]
            if "/work" in operation.path:
                case.path_parameters["environment_id"] = ids["work_environment_id"]
        if calls["all"] % 2 and operation.path.endswith("/search"):
            # a search answers only with its beta named; every other one of those finds everything
            case.headers = {**(case.headers or {}), "x-qoder-beta": SEARCH_BETA}
            if calls["all"] % 4 == 1:
                case.body = {"limit": 2}
        response = case.call(base_url=server.base_url, headers={"Authorization": f"Bearer {TOKEN}"}, timeout=10)
        case.validate_response(response, checks=[not_a_server_error, response_schema_conformance])

    check()
    assert calls["all"] > 0
