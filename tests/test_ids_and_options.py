"""Path IDs that would escape their route, per-call options, and bring-your-own httpx client."""

from __future__ import annotations

import threading
import time

import httpx
import pytest

from qoder_cloud import APITimeoutError, AsyncQoderCloud, QoderCloud
from qoder_cloud.testing import LocalServer, Request

from .support.constants import TOKEN
from .support.scripted import scripted_server


@pytest.mark.parametrize("bad", ["", ".", "..", "  "])
def test_dot_and_empty_ids_are_rejected_before_sending(client: QoderCloud, server: LocalServer, bad: str) -> None:
    with pytest.raises(ValueError, match="environment_id must be a non-empty ID"):
        client.environments.retrieve(bad)
    with pytest.raises(ValueError, match="agent_id must be a non-empty ID"):
        client.agents.update(bad, version=1)
    assert len(server.app.requests) == 0


def test_ids_with_slashes_stay_in_their_segment(client: QoderCloud, server: LocalServer) -> None:
    with pytest.raises(Exception):  # noqa: B017 - any answer will do; the path is what matters
        client.environments.retrieve("../agents")
    assert server.app.requests[-1].path == "/environments/..%2Fagents"


def test_extra_headers_and_query_are_sent(client: QoderCloud, server: LocalServer) -> None:
    list(client.environments.list(extra_headers={"X-Trace": "abc"}, extra_query={"include_archived": "true"}))
    sent = server.app.requests[-1]
    assert sent.header("x-trace") == "abc"
    assert sent.query_value("include_archived") == "true"


def test_every_post_carries_an_idempotency_key(client: QoderCloud, server: LocalServer) -> None:
    env = client.environments.create(name="idem")
    generated = server.app.requests[-1].header("idempotency-key")
    assert generated and len(generated) >= 32

    client.environments.archive(env.id, idempotency_key="my-key")
    assert server.app.requests[-1].header("idempotency-key") == "my-key"
    client.environments.retrieve(env.id)
    assert server.app.requests[-1].header("idempotency-key") is None


def test_default_headers(server: LocalServer) -> None:
    with QoderCloud(token=TOKEN, base_url=server.base_url, default_headers={"X-Team": "infra"}) as client:
        list(client.models.list())
    sent = server.app.requests[-1]
    assert sent.header("x-team") == "infra"
    assert (sent.header("user-agent") or "").startswith("qoder-cloud-agents-python/")


def test_bring_your_own_http_client(server: LocalServer) -> None:
    seen: list[str] = []
    http_client = httpx.Client(event_hooks={"request": [lambda request: seen.append(request.url.path)]})
    with QoderCloud(token=TOKEN, base_url=server.base_url, http_client=http_client) as client:
        client.environments.create(name="byo")
    assert seen == ["/api/v1/cloud/environments"]
    assert not http_client.is_closed  # the caller's client stays open
    http_client.close()


def test_wrong_http_client_type_is_refused() -> None:
    with pytest.raises(TypeError, match="httpx.Client"):
        QoderCloud(token=TOKEN, http_client=httpx.AsyncClient())  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="httpx.AsyncClient"):
        AsyncQoderCloud(token=TOKEN, http_client=httpx.Client())  # type: ignore[arg-type]


def test_close_and_context_manager(server: LocalServer) -> None:
    client = QoderCloud(token=TOKEN, base_url=server.base_url)
    with client:
        list(client.models.list())
    assert client._http.is_closed

    other = QoderCloud(token=TOKEN, base_url=server.base_url)
    other.close()
    assert other._http.is_closed


@pytest.mark.anyio
async def test_async_close_and_context_manager(server: LocalServer) -> None:
    async with AsyncQoderCloud(token=TOKEN, base_url=server.base_url) as client:
        assert [m.id async for m in client.models.list()]
    assert client._http.is_closed


def test_per_call_timeout_overrides_the_client() -> None:
    release = threading.Event()

    def slow(request: Request) -> dict[str, object]:
        release.wait(2)
        return {"data": [], "has_more": False}

    with scripted_server({("GET", "/models"): slow}) as server:
        with QoderCloud(token=TOKEN, base_url=server.base_url, timeout=30.0, max_retries=0) as client:
            started = time.monotonic()
            try:
                with pytest.raises(APITimeoutError):
                    client.models.list(timeout=0.2)
            finally:
                release.set()
    assert time.monotonic() - started < 2


def test_a_body_over_32_mb_fails_before_sending_and_names_the_field(client: QoderCloud, server: LocalServer) -> None:
    sent = len(server.app.requests)
    with pytest.raises(ValueError, match=r"32 MB\); its largest field is 'system'"):
        client.agents.create(name="huge", model="ultimate", system="x" * (33 * 1024 * 1024))
    assert len(server.app.requests) == sent
