"""Retries under injected faults: what is retried, how long it waits, and that nothing is
created twice."""

from __future__ import annotations

import email.utils
import time

import httpx
import pytest

from qoder_cloud import (
    APIResponseValidationError,
    AsyncQoderCloud,
    ConflictError,
    InternalServerError,
    QoderCloud,
    RateLimitError,
)
from qoder_cloud._retries import is_safe, retry_delay, should_retry_status
from qoder_cloud.testing import FAULT_KINDS, FaultPlan, LocalServer

from .support.constants import TOKEN

RECOVERABLE = [kind for kind in FAULT_KINDS if kind not in ("sse_cut", "truncated_json")]


def _server(*script: str | None, **options: float) -> LocalServer:
    return LocalServer(token=TOKEN, faults=FaultPlan(script=list(script), **options))  # type: ignore[arg-type]


@pytest.mark.parametrize("kind", RECOVERABLE)
def test_a_create_survives_each_fault_exactly_once(kind: str) -> None:
    with _server(kind, stall_seconds=1.0) as server:
        with QoderCloud(token=TOKEN, base_url=server.base_url, timeout=0.5) as client:
            env = client.environments.create(name="once")
        assert list(server.state.environments) == [env.id]
        keys = {r.header("idempotency-key") for r in server.app.requests}
        assert len(keys) == 1, "every attempt reuses the call's Idempotency-Key"


@pytest.mark.anyio
@pytest.mark.parametrize("kind", ["reset_after_handler", "server_error", "reset_mid_body"])
async def test_async_create_survives_faults_exactly_once(kind: str) -> None:
    with _server(kind) as server:
        async with AsyncQoderCloud(token=TOKEN, base_url=server.base_url) as client:
            env = await client.environments.create(name="once")
        assert list(server.state.environments) == [env.id]


def test_an_answer_lost_after_the_server_acted_is_replayed_not_redone() -> None:
    with _server("reset_after_handler") as server:
        with QoderCloud(token=TOKEN, base_url=server.base_url) as client:
            agent = client.agents.create(name="replayed", model="ultimate")
        assert server.app.idempotency.replays == 1
        assert [r.current["id"] for r in server.state.agents.values()] == [agent.id]


def test_a_truncated_body_is_fetched_again_when_that_is_safe() -> None:
    with _server(None, "truncated_json", None, "truncated_json", None) as server:
        with QoderCloud(token=TOKEN, base_url=server.base_url) as client:
            env = client.environments.create(name="t")
            assert client.environments.retrieve(env.id).id == env.id  # a GET: asked again
            # a POST: asked again with the same Idempotency-Key, so the server replays its answer
            archived = client.environments.archive(env.id)
        assert archived.archived_at is not None
        keys = [r.header("idempotency-key") for r in server.app.requests if r.path.endswith("/archive")]
        assert len(keys) == 2 and keys[0] == keys[1]
        assert server.app.idempotency.replays == 1


def test_a_truncated_body_is_a_typed_error_once_retries_run_out() -> None:
    with _server(None, "truncated_json") as server:
        with QoderCloud(token=TOKEN, base_url=server.base_url, max_retries=0) as client:
            env = client.environments.create(name="t")
            with pytest.raises(APIResponseValidationError):
                client.environments.retrieve(env.id)


def test_valid_json_of_the_wrong_shape_is_not_asked_again(client: QoderCloud, server: LocalServer) -> None:
    from .support.scripted import scripted_server

    with scripted_server({("GET", "/environments/{environment_id}"): lambda request: {"id": "env_1"}}) as odd:
        with QoderCloud(token=TOKEN, base_url=odd.base_url) as odd_client:
            with pytest.raises(APIResponseValidationError):
                odd_client.environments.retrieve("env_1")
        assert len(odd.app.requests) == 1


def test_max_retries_per_client_and_per_call() -> None:
    with _server("server_error", "server_error", "server_error", "server_error", "server_error") as server:
        with QoderCloud(token=TOKEN, base_url=server.base_url, max_retries=2) as client:
            with pytest.raises(InternalServerError):
                client.models.list()
            assert len(server.app.requests) == 0  # all three attempts were answered by the fault layer
            assert server.faults is not None and server.faults.total == 3
            assert [m.id for m in client.models.list(max_retries=3)][0] == "ultimate"
            assert server.faults.total == 5


def test_no_retries_when_disabled() -> None:
    with _server("server_error") as server:
        with QoderCloud(token=TOKEN, base_url=server.base_url, max_retries=0) as client:
            with pytest.raises(InternalServerError):
                client.models.list()


def test_conflicts_are_never_retried(client: QoderCloud, server: LocalServer) -> None:
    client.environments.create(name="dup")
    before = len(server.app.requests)
    with pytest.raises(ConflictError):
        client.environments.create(name="dup")
    assert len(server.app.requests) == before + 1


def test_rate_limits_honour_retry_after() -> None:
    with _server("rate_limit", retry_after_ms=300) as server:
        with QoderCloud(token=TOKEN, base_url=server.base_url) as client:
            started = time.monotonic()
            client.models.list()
            assert time.monotonic() - started >= 0.3


def test_rate_limits_give_up_after_max_retries() -> None:
    with _server("rate_limit", "rate_limit") as server:
        with QoderCloud(token=TOKEN, base_url=server.base_url, max_retries=1) as client:
            with pytest.raises(RateLimitError):
                client.models.list()


def _request(method: str, **headers: str) -> httpx.Request:
    return httpx.Request(method, "https://api.qoder.com/api/v1/cloud/agents", headers=headers)


def _response(status: int, **headers: str) -> httpx.Response:
    return httpx.Response(status, headers=headers)


def test_which_requests_are_safe_to_repeat() -> None:
    assert is_safe(_request("GET"))
    assert is_safe(_request("HEAD"))
    assert is_safe(_request("POST", **{"Idempotency-Key": "k"}))
    assert not is_safe(_request("POST"))
    assert not is_safe(_request("DELETE"))


@pytest.mark.parametrize(
    ("method", "status", "expected"),
    [
        ("GET", 500, True),
        ("GET", 529, True),
        ("GET", 408, True),
        ("GET", 429, True),
        ("GET", 409, False),
        ("GET", 404, False),
        ("POST", 500, False),
        ("POST", 429, True),
        ("POST", 409, False),
    ],
)
def test_which_statuses_are_retried(method: str, status: int, expected: bool) -> None:
    assert should_retry_status(_request(method), _response(status)) is expected


def test_the_server_can_veto_a_retry() -> None:
    assert not should_retry_status(_request("GET"), _response(503, **{"x-should-retry": "false"}))


def test_retry_delays() -> None:
    assert retry_delay(0, _response(429, **{"retry-after-ms": "250"})) == 0.25
    assert retry_delay(0, _response(429, **{"retry-after": "2"})) == 2.0
    future = email.utils.formatdate(time.time() + 5, usegmt=True)
    assert 3.5 < retry_delay(0, _response(503, **{"retry-after": future})) <= 5.0
    # unusable or far-away values fall back to exponential backoff with jitter
    for attempt, low, high in [(0, 0.375, 0.5), (1, 0.75, 1.0), (2, 1.5, 2.0), (6, 6.0, 8.0)]:
        for headers in ({}, {"retry-after": "soon"}, {"retry-after": "3600"}):
            assert low <= retry_delay(attempt, _response(503, **headers)) <= high


def test_the_server_honours_idempotency_keys(server: LocalServer) -> None:
    headers = {"Authorization": f"Bearer {TOKEN}", "Idempotency-Key": "key-1"}
    first = httpx.post(server.base_url + "/environments", json={"name": "idem"}, headers=headers)
    again = httpx.post(server.base_url + "/environments", json={"name": "idem"}, headers=headers)
    other = httpx.post(server.base_url + "/environments", json={"name": "other"}, headers=headers)

    assert first.status_code == again.status_code == 200
    assert first.json()["id"] == again.json()["id"]
    assert again.headers["idempotent-replayed"] == "true"
    assert other.status_code == 409
    assert other.json()["error"]["message"] == "Idempotency key reused with a different request body."
    assert len(server.state.environments) == 1
