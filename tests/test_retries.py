"""Retries: what is retried, how long it waits, that one budget covers every reason, and that
nothing is created twice (under injected faults on the local server)."""

from __future__ import annotations

import email.utils
import time

import httpx
import pytest

from qoder_cloud import (
    APIConnectionError,
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
from .support.mock_api import Clock, MockAPI

RECOVERABLE = [kind for kind in FAULT_KINDS if kind not in ("sse_cut", "truncated_json")]
MODELS = {"data": [{"id": "ultimate", "type": "model"}], "has_more": False}
TRUNCATED = b'{"data": [{"id": "ulti'


def _server(*script: str | None, **options: float) -> LocalServer:
    return LocalServer(token=TOKEN, faults=FaultPlan(script=list(script), **options))  # type: ignore[arg-type]


def _client(server: LocalServer, **options: object) -> QoderCloud:
    client = QoderCloud(token=TOKEN, base_url=server.base_url, **options)  # type: ignore[arg-type]
    Clock().attach(client)
    return client


@pytest.mark.parametrize("kind", RECOVERABLE)
def test_a_create_survives_each_fault_exactly_once(kind: str) -> None:
    with _server(kind, stall_seconds=1.0) as server:
        with _client(server, timeout=0.5) as client:
            env = client.environments.create(name="once")
        assert list(server.state.environments) == [env.id]
        keys = {r.header("idempotency-key") for r in server.app.requests}
        assert len(keys) == 1, "every attempt reuses the call's Idempotency-Key"


@pytest.mark.anyio
@pytest.mark.parametrize("kind", ["reset_after_handler", "server_error", "reset_mid_body"])
async def test_async_create_survives_faults_exactly_once(kind: str) -> None:
    with _server(kind) as server:
        async with AsyncQoderCloud(token=TOKEN, base_url=server.base_url) as client:
            clock = Clock()
            clock.attach(client)
            env = await client.environments.create(name="once")
        assert list(server.state.environments) == [env.id]
        assert len(clock.waits) == 1


def test_an_answer_lost_after_the_server_acted_is_replayed_not_redone() -> None:
    with _server("reset_after_handler") as server:
        with _client(server) as client:
            agent = client.agents.create(name="replayed", model="ultimate")
        assert server.app.idempotency.replays == 1
        assert [r.current["id"] for r in server.state.agents.values()] == [agent.id]


def test_a_truncated_body_is_fetched_again_when_that_is_safe() -> None:
    with _server(None, "truncated_json", None, "truncated_json", None) as server:
        with _client(server) as client:
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
        with _client(server, max_retries=0) as client:
            env = client.environments.create(name="t")
            with pytest.raises(APIResponseValidationError):
                client.environments.retrieve(env.id)


def test_valid_json_of_the_wrong_shape_is_not_asked_again(mock_api: MockAPI) -> None:
    client = mock_api.reply(json={"id": "env_1"}).client()
    with pytest.raises(APIResponseValidationError, match="documented shape"):
        client.environments.retrieve("env_1")
    assert len(mock_api.requests) == 1


def _scripted(mock_api: MockAPI, faults: list[str]) -> MockAPI:
    for fault in faults:
        if fault == "500":
            mock_api.reply(500)
        elif fault == "429":
            mock_api.reply(429)
        elif fault == "reset":
            mock_api.fail(httpx.RemoteProtocolError)
        elif fault == "timeout":
            mock_api.fail(httpx.ReadTimeout)
        else:
            mock_api.reply(200, content=TRUNCATED)
    return mock_api


@pytest.mark.parametrize(
    "faults",
    [
        ["500", "truncated", "500", "500", "truncated", "500", "500", "truncated"],  # the review's probe
        ["reset", "truncated", "429", "500"],
        ["truncated", "truncated", "truncated"],
        ["timeout", "500", "reset"],
    ],
)
def test_max_retries_bounds_the_attempts_whatever_the_mix_of_faults(mock_api: MockAPI, faults: list[str]) -> None:
    client = _scripted(mock_api, faults).client(max_retries=2)
    with pytest.raises((InternalServerError, RateLimitError, APIConnectionError, APIResponseValidationError)):
        client.models.list()
    assert len(mock_api.requests) == 3, "max_retries=2 is at most 3 attempts"
    assert len(mock_api.clock.waits) == 2


def test_a_call_recovers_within_its_budget(mock_api: MockAPI) -> None:
    client = _scripted(mock_api, ["reset", "truncated"]).reply(json=MODELS).client(max_retries=2)
    assert [m.id for m in client.models.list()] == ["ultimate"]
    assert len(mock_api.requests) == 3


@pytest.mark.anyio
async def test_async_max_retries_bounds_the_attempts_whatever_the_mix_of_faults(mock_api: MockAPI) -> None:
    client = _scripted(mock_api, ["500", "truncated", "reset", "500"]).async_client(max_retries=2)
    with pytest.raises(APIConnectionError):
        await client.models.list()
    assert len(mock_api.requests) == 3 and len(mock_api.clock.waits) == 2


def test_max_retries_per_client(mock_api: MockAPI) -> None:
    client = mock_api.reply(500).reply(500).reply(500).client(max_retries=2)
    with pytest.raises(InternalServerError):
        client.models.list()
    assert len(mock_api.requests) == 3


def test_max_retries_per_call_overrides_the_client(mock_api: MockAPI) -> None:
    client = mock_api.reply(500).reply(500).reply(500).reply(json=MODELS).client(max_retries=0)
    assert [m.id for m in client.models.list(max_retries=3)] == ["ultimate"]
    assert len(mock_api.requests) == 4


def test_no_retries_when_disabled(mock_api: MockAPI) -> None:
    client = mock_api.reply(500).client(max_retries=0)
    with pytest.raises(InternalServerError):
        client.models.list()
    assert mock_api.clock.waits == []


def test_conflicts_are_never_retried(client: QoderCloud, server: LocalServer) -> None:
    client.environments.create(name="dup")
    before = len(server.app.requests)
    with pytest.raises(ConflictError):
        client.environments.create(name="dup")
    assert len(server.app.requests) == before + 1


def test_rate_limits_honour_retry_after() -> None:
    with _server("rate_limit", retry_after_ms=300) as server:
        with QoderCloud(token=TOKEN, base_url=server.base_url) as client:
            clock = Clock()
            clock.attach(client)
            client.models.list()
    assert clock.waits == [0.3]


def test_rate_limits_give_up_after_max_retries() -> None:
    with _server("rate_limit", "rate_limit") as server:
        with _client(server, max_retries=1) as client:
            with pytest.raises(RateLimitError):
                client.models.list()


def test_the_server_may_ask_a_safe_request_to_retry_a_status_it_would_not(mock_api: MockAPI) -> None:
    client = mock_api.reply(409, headers={"x-should-retry": "true"}).reply(json=MODELS).client()
    assert [m.id for m in client.models.list()] == ["ultimate"]
    assert len(mock_api.requests) == 2


def test_the_server_cannot_make_an_unsafe_request_retry(mock_api: MockAPI) -> None:
    client = mock_api.reply(503, headers={"x-should-retry": "true"}).client()
    with pytest.raises(InternalServerError):
        client.environments.delete("env_1")  # a DELETE carries no Idempotency-Key
    assert len(mock_api.requests) == 1


def test_the_server_can_veto_a_retry(mock_api: MockAPI) -> None:
    client = mock_api.reply(503, headers={"x-should-retry": "false"}).client()
    with pytest.raises(InternalServerError):
        client.models.list()
    assert len(mock_api.requests) == 1


def _request(method: str, **headers: str) -> httpx.Request:
    return httpx.Request(method, "https://api.qoder.com/api/v1/cloud/agents", headers=headers)


def _response(status: int, **headers: str) -> httpx.Response:
    return httpx.Response(status, headers=headers)


@pytest.mark.parametrize(
    ("request_", "safe"),
    [
        (_request("GET"), True),
        (_request("HEAD"), True),
        (_request("POST", **{"Idempotency-Key": "k"}), True),
        (_request("POST"), False),
        (_request("DELETE"), False),
    ],
)
def test_which_requests_are_safe_to_repeat(request_: httpx.Request, safe: bool) -> None:
    assert is_safe(request_) is safe


@pytest.mark.parametrize(
    ("method", "status", "header", "expected"),
    [
        ("GET", 500, None, True),
        ("GET", 529, None, True),
        ("GET", 408, None, True),
        ("GET", 429, None, True),
        ("GET", 409, None, False),
        ("GET", 404, None, False),
        ("POST", 500, None, False),
        ("POST", 429, None, True),
        ("POST", 409, None, False),
        ("GET", 503, "false", False),
        ("POST", 429, "false", False),
        ("GET", 409, "true", True),
        ("GET", 400, "true", True),
        ("POST", 500, "true", False),
        ("DELETE", 503, "true", False),
    ],
)
def test_which_statuses_are_retried(method: str, status: int, header: str | None, expected: bool) -> None:
    headers = {} if header is None else {"x-should-retry": header}
    assert should_retry_status(_request(method), _response(status, **headers)) is expected


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        ({"retry-after-ms": "250"}, 0.25),
        ({"retry-after": "2"}, 2.0),
        ({"retry-after-ms": "250", "retry-after": "2"}, 0.25),
    ],
)
def test_the_server_names_the_delay(headers: dict[str, str], expected: float) -> None:
    assert retry_delay(0, _response(429, **headers)) == expected


def test_a_retry_after_date_is_a_delay_from_now() -> None:
    future = email.utils.formatdate(time.time() + 5, usegmt=True)
    assert 3.5 < retry_delay(0, _response(503, **{"retry-after": future})) <= 5.0


@pytest.mark.parametrize(("attempt", "low", "high"), [(0, 0.375, 0.5), (1, 0.75, 1.0), (2, 1.5, 2.0), (6, 6.0, 8.0)])
@pytest.mark.parametrize("headers", [{}, {"retry-after": "soon"}, {"retry-after": "3600"}], ids=["none", "bad", "far"])
def test_without_a_usable_server_delay_the_wait_backs_off_with_jitter(
    attempt: int, low: float, high: float, headers: dict[str, str]
) -> None:
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
