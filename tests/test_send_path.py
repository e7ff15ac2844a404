"""What the fast send path must keep doing (speed itself is measured by `make bench`, not here)."""

from __future__ import annotations

import gc
import inspect
import subprocess
import sys
import weakref

import httpx
import pytest

from qoder_cloud import QoderCloud
from qoder_cloud._types import RequestOptions
from qoder_cloud.testing import LocalServer
from qoder_cloud_api.api.events import events_stream
from qoder_cloud_api.models.environment import Environment

from .support.constants import TOKEN

ENV = {
    "id": "env_1",
    "type": "environment",
    "name": "ci",
    "config": {"type": "cloud"},
    "created_at": "2026-03-01T00:00:00Z",
    "updated_at": "2026-03-01T00:00:00Z",
}


def _recording_client(seen: list[httpx.Request], **options: object) -> QoderCloud:
    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=ENV)

    http = httpx.Client(transport=httpx.MockTransport(handler))
    return QoderCloud(token=TOKEN, base_url="https://api.qoder.com/api/v1/cloud", http_client=http, **options)  # type: ignore[arg-type]


def test_the_token_and_default_headers_reach_a_callers_http_client() -> None:
    seen: list[httpx.Request] = []
    client = _recording_client(seen, default_headers={"X-Team": "platform"})
    client.environments.retrieve("env_1")
    headers = seen[-1].headers
    assert headers.get_list("authorization") == [f"Bearer {TOKEN}"]
    assert headers["x-team"] == "platform"
    assert headers["accept"] == "application/json"


@pytest.mark.parametrize("name", ["Authorization", "authorization", "AUTHORIZATION"])
def test_a_callers_authorization_header_replaces_the_token_in_any_case(name: str) -> None:
    seen: list[httpx.Request] = []
    client = _recording_client(seen, default_headers={name: "Bearer from-defaults"})
    client.environments.retrieve("env_1")
    assert seen[-1].headers.get_list("authorization") == ["Bearer from-defaults"]
    client.environments.retrieve("env_1", extra_headers={name: "Bearer per-call"})
    assert seen[-1].headers.get_list("authorization") == ["Bearer per-call"]


def test_an_owned_pool_sends_the_token_once(server: LocalServer) -> None:
    with QoderCloud(token=TOKEN, base_url=server.base_url) as client:
        client.environments.create(name="once")
        assert server.app.requests[-1].header("authorization") == f"Bearer {TOKEN}"
        for method, extra in (("get", None), ("post", {"authorization": "Bearer mine"})):
            built = client._build_request(
                {"method": method, "url": "/environments"}, RequestOptions(extra_headers=extra)
            )
            expected = [f"Bearer {TOKEN}"] if extra is None else ["Bearer mine"]
            assert built.headers.get_list("authorization") == expected
            assert built.headers.get_list("accept") == ["application/json"]
        with pytest.raises(ValueError, match="API path"):
            client._build_request({"method": "get", "url": "@evil.example"}, RequestOptions())


def test_a_read_response_is_freed_without_the_cycle_collector(server: LocalServer) -> None:
    """httpx ties a response to its stream in a cycle; the client cuts it, so walking a long list
    does not keep every page's body alive until a full garbage collection."""
    responses: list[weakref.ref[httpx.Response]] = []
    with QoderCloud(token=TOKEN, base_url=server.base_url) as client:
        env = client.environments.create(name="freed")
        send = client._http.send

        def spy(*args: object, **kwargs: object) -> httpx.Response:
            response: httpx.Response = send(*args, **kwargs)  # type: ignore[arg-type]
            responses.append(weakref.ref(response))
            return response

        client._http.send = spy  # type: ignore[method-assign]
        gc.collect()
        gc.disable()
        try:
            assert client.environments.retrieve(env.id).name == "freed"
            assert [e.id for e in client.environments.list()] == [env.id]
            assert len(responses) == 2 and all(ref() is None for ref in responses)
        finally:
            gc.enable()


def test_unions_pick_their_member_by_the_type_constant() -> None:
    """The generated parsers compare `type` first instead of trying each member in turn."""
    assert 'if kind == "agent.message":' in inspect.getsource(events_stream._parse_event)
    assert 'if kind == "cloud":' in inspect.getsource(Environment.from_dict)
    event = events_stream._parse_event({"id": "evt_1", "type": "agent.thinking"})
    assert type(event).__name__ == "AgentThinkingEvent"
    assert type(Environment.from_dict(ENV).config).__name__ == "CloudConfig"


def test_importing_the_package_loads_neither_asyncio_nor_the_models() -> None:
    code = (
        "import sys, qoder_cloud\n"
        "loaded = [m for m in ('asyncio', 'qoder_cloud_api.models.environment') if m in sys.modules]\n"
        "print(loaded)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
