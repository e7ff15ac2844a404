"""`client.with_raw_response.<group>.<method>(...)`: the answer's status, headers and request ID
next to the parsed value, typed; and `client.with_options(...)`: other settings on the same pool."""

from __future__ import annotations

import asyncio
from typing import assert_type

import httpx
import pytest

from qoder_cloud import (
    APIResponseValidationError,
    AsyncPage,
    AsyncQoderCloud,
    AsyncStream,
    NotFoundError,
    QoderCloud,
    RawResponse,
    Stream,
    SyncPage,
)
from qoder_cloud.testing import LocalServer
from qoder_cloud.types import Environment
from qoder_cloud_api.api.events import SessionEvent

from .support.constants import TOKEN
from .support.mock_api import MockAPI
from .support.sessions_setup import new_async_session, new_session, user_message

ENV = {
    "type": "environment",
    "id": "env_1",
    "name": "ci",
    "config": {"type": "cloud"},
    "created_at": "2026-01-01T00:00:00Z",
    "updated_at": "2026-01-01T00:00:00Z",
}


def test_a_raw_call_gives_the_status_headers_request_id_and_parsed_model(client: QoderCloud) -> None:
    raw = client.with_raw_response.environments.create(name="ci", extra_headers={"x-request-id": "req-raw"})
    assert_type(raw, RawResponse[Environment])
    env = raw.parse()
    assert_type(env, Environment)
    assert raw.status_code == 200
    assert raw.headers["content-type"].startswith("application/json")
    assert raw.request_id == env._request_id == "req-raw"
    assert raw.http_response.request.method == "POST"
    assert client.environments.retrieve(env.id).name == "ci"  # the call really happened


def test_a_raw_list_answers_with_its_first_page(client: QoderCloud) -> None:
    for name in ("a", "b", "c"):
        client.environments.create(name=name)
    raw = client.with_raw_response.environments.list(limit=2)
    page = raw.parse()
    assert_type(page, SyncPage[Environment])
    assert raw.request_id == page._request_id
    assert [env.name for env in page] == ["c", "b", "a"]  # the walk still goes on lazily


def test_a_raw_stream_answers_with_the_response_that_opened_it(client: QoderCloud, server: LocalServer) -> None:
    session = new_session(client)
    raw = client.with_raw_response.events.stream(session.id)
    assert raw.headers["content-type"].startswith("text/event-stream")
    with raw.parse() as stream:
        assert_type(stream, Stream[SessionEvent])
        client.events.send(session.id, events=[user_message("raw")])
        for event in stream:
            if event.type == "session.status_idle":
                break
    assert raw.request_id == stream._request_id


def test_a_failed_raw_call_raises_the_typed_error(client: QoderCloud) -> None:
    with pytest.raises(NotFoundError):
        client.with_raw_response.environments.retrieve("env_missing")


def test_a_raw_call_answers_with_the_attempt_that_succeeded(mock_api: MockAPI) -> None:
    mock_api.reply(503, headers={"x-request-id": "req-failed"}).reply(200, json=ENV, headers={"x-request-id": "req-ok"})
    raw = mock_api.client(max_retries=1).with_raw_response.environments.retrieve("env_1")
    assert (raw.status_code, raw.request_id, len(mock_api.requests)) == (200, "req-ok", 2)


def test_a_raw_wrapper_keeps_the_methods_name_and_docstring(client: QoderCloud) -> None:
    method = client.with_raw_response.environments.retrieve
    assert method.__name__ == "retrieve"
    assert method.__doc__ == client.environments.retrieve.__doc__


@pytest.mark.anyio
async def test_async_raw_calls(async_client: AsyncQoderCloud) -> None:
    raw = await async_client.with_raw_response.environments.create(name="ci", extra_headers={"x-request-id": "r1"})
    assert_type(raw, RawResponse[Environment])
    assert (raw.request_id, raw.parse().name) == ("r1", "ci")
    page = await async_client.with_raw_response.environments.list()
    assert_type(page, RawResponse[AsyncPage[Environment]])
    assert page.request_id == page.parse()._request_id
    session = await new_async_session(async_client)
    opened = await async_client.with_raw_response.events.stream(session.id)
    assert_type(opened, RawResponse[AsyncStream[SessionEvent]])
    await opened.parse().close()
    assert opened.status_code == 200


@pytest.mark.anyio
async def test_concurrent_async_raw_calls_keep_their_own_answers(async_client: AsyncQoderCloud) -> None:
    names = [f"env-{n}" for n in range(8)]
    raws = await asyncio.gather(
        *(
            async_client.with_raw_response.environments.create(name=name, extra_headers={"x-request-id": name})
            for name in names
        )
    )
    assert [(raw.request_id, raw.parse().name) for raw in raws] == [(name, name) for name in names]


# ---------------------------------------------------------------------------------- with_options


def test_with_options_shares_the_pool_and_changes_only_what_is_given(server: LocalServer) -> None:
    with QoderCloud(token=TOKEN, base_url=server.base_url, workspace_id="wksp_a", max_retries=3) as client:
        quick = client.with_options(timeout=2.0, max_retries=0, default_headers={"x-team": "ops"})
        assert quick._pool() is client._pool()
        assert (quick.timeout, quick.max_retries, quick.workspace_id) == (2.0, 0, "wksp_a")
        assert (client.timeout, client.max_retries) != (2.0, 0)
        quick.environments.create(name="quick")
        sent = list(server.app.requests)[-1]
        assert (sent.header("x-team"), sent.header("qoder-workspace-id")) == ("ops", "wksp_a")
        client.environments.list()
        assert list(server.app.requests)[-1].header("x-team") is None  # the original is unchanged


def test_with_options_replaces_or_drops_the_workspace_and_betas(server: LocalServer) -> None:
    with QoderCloud(token=TOKEN, base_url=server.base_url, workspace_id="wksp_a", betas=["b1"]) as client:
        other = client.with_options(workspace_id="wksp_b", betas=["b2"])
        bare = client.with_options(workspace_id=None, betas=None)
        other.environments.list()
        first = list(server.app.requests)[-1]
        bare.environments.list()
        second = list(server.app.requests)[-1]
    assert (first.header("qoder-workspace-id"), first.header("x-qoder-beta")) == ("wksp_b", "b2")
    assert (second.header("qoder-workspace-id"), second.header("x-qoder-beta")) == (None, None)


def test_closing_a_with_options_client_leaves_the_shared_pool_open(server: LocalServer) -> None:
    client = QoderCloud(token=TOKEN, base_url=server.base_url)
    client.with_options(max_retries=0).close()
    assert client.environments.list().data == []
    client.close()


def test_a_with_options_client_follows_its_parents_pool_after_a_fork(server: LocalServer) -> None:
    with QoderCloud(token=TOKEN, base_url=server.base_url) as client:
        derived = client.with_options(max_retries=0)
        before = client._pool()
        client._pid = -1  # as in a forked child: the parent's pool must not be used
        assert derived._pool() is client._pool() is not before
        assert derived.environments.list().data == []


def test_with_options_refuses_bad_values(mock_api: MockAPI) -> None:
    client = mock_api.client()
    with pytest.raises(ValueError, match="max_retries"):
        client.with_options(max_retries=-1)
    with pytest.raises(TypeError, match="betas"):
        client.with_options(betas="b1")


def test_a_with_options_client_keeps_a_callers_http_client(mock_api: MockAPI) -> None:
    mock_api.reply(200, json=ENV)
    http = httpx.Client(transport=mock_api.transport())
    client = mock_api.client(http=http)
    client.with_options(default_headers={"x-extra": "1"}).environments.retrieve("env_1")
    assert mock_api.requests[0].headers["x-extra"] == "1"
    assert mock_api.requests[0].headers["authorization"] == f"Bearer {TOKEN}"


@pytest.mark.anyio
async def test_async_with_options(server: LocalServer) -> None:
    async with AsyncQoderCloud(token=TOKEN, base_url=server.base_url) as client:
        scoped = client.with_options(workspace_id="wksp_async", max_retries=0)
        assert scoped._pool() is client._pool()
        await scoped.environments.create(name="scoped")
        assert list(server.app.requests)[-1].header("qoder-workspace-id") == "wksp_async"
        raw = await scoped.with_raw_response.environments.list()
        assert raw.parse().data[0].name == "scoped"


def test_a_sub_namespace_has_its_raw_counterpart(client: QoderCloud, server: LocalServer) -> None:
    env = client.environments.create(name="workers", config={"type": "self_hosted"})
    raw = client.with_raw_response.environments.work.stats(env.id, workspace_id="wksp_w", betas=["b1"])
    served = list(server.app.requests)[-1]
    assert raw.status_code == 200 and raw.request_id == served.request_id
    assert raw.parse().depth == 0
    assert (served.header("qoder-workspace-id"), served.header("x-qoder-beta")) == ("wksp_w", "b1")
    assert client.with_raw_response.environments.work.poll(env.id).parse() is None


@pytest.mark.anyio
async def test_an_async_sub_namespace_has_its_raw_counterpart(async_client: AsyncQoderCloud) -> None:
    env = await async_client.environments.create(name="workers", config={"type": "self_hosted"})
    raw = await async_client.with_raw_response.environments.work.list(env.id)
    assert raw.status_code == 200
    assert raw.parse().data == []


def test_with_options_keeps_or_replaces_max_response_bytes(mock_api: MockAPI) -> None:
    mock_api.reply(200, json=ENV).reply(200, json=ENV)
    client = mock_api.client(max_response_bytes=1_000)
    assert client.with_options(max_retries=0).max_response_bytes == 1_000
    small = client.with_options(max_response_bytes=10)
    assert small.max_response_bytes == 10 and client.max_response_bytes == 1_000
    with pytest.raises(APIResponseValidationError, match="max_response_bytes"):
        small.environments.retrieve("env_1")
    assert client.environments.retrieve("env_1").id == "env_1"
    with pytest.raises(ValueError, match="max_response_bytes"):
        client.with_options(max_response_bytes=0)
