"""What the send path must keep doing: headers, the token, options, what a 2xx answer parses as, and
the seams a caller can plug into (speed itself is measured by `make bench`, not here)."""

from __future__ import annotations

import gc
import gzip
import subprocess
import sys
import weakref
from collections.abc import Generator
from pathlib import Path
from typing import Any

import httpx
import pytest

import qoder_cloud
from qoder_cloud import APIResponseValidationError, QoderCloud
from qoder_cloud._settings import USER_AGENT
from qoder_cloud._types import RequestOptions
from qoder_cloud.testing import LocalServer, Response
from qoder_cloud.types import Environment, EnvironmentDeleted, SelfHostedConfig

from .support.constants import TOKEN
from .support.mock_api import MockAPI
from .support.scripted import scripted_server

ENV = {
    "id": "env_1",
    "type": "environment",
    "name": "ci",
    "config": {"type": "cloud"},
    "created_at": "2026-03-01T00:00:00Z",
    "updated_at": "2026-03-01T00:00:00Z",
}


def test_the_token_and_default_headers_reach_a_callers_http_client(mock_api: MockAPI) -> None:
    client = mock_api.reply(json=ENV).client(default_headers={"X-Team": "platform"})
    client.environments.retrieve("env_1")
    headers = mock_api.requests[-1].headers
    assert headers.get_list("authorization") == [f"Bearer {TOKEN}"]
    assert headers["x-team"] == "platform"
    assert headers["accept"] == "application/json"


@pytest.mark.parametrize("name", ["Authorization", "authorization", "AUTHORIZATION"])
def test_a_callers_authorization_header_replaces_the_token_in_any_case(mock_api: MockAPI, name: str) -> None:
    client = mock_api.reply(json=ENV).reply(json=ENV).client(default_headers={name: "Bearer from-defaults"})
    client.environments.retrieve("env_1")
    assert mock_api.requests[-1].headers.get_list("authorization") == ["Bearer from-defaults"]
    client.environments.retrieve("env_1", extra_headers={name: "Bearer per-call"})
    assert mock_api.requests[-1].headers.get_list("authorization") == ["Bearer per-call"]


def test_a_callers_http_client_keeps_its_defaults_and_ours_win_a_clash(mock_api: MockAPI) -> None:
    """The query goes into the URL as it is made, and a bodiless request's headers are set after
    it is built: neither may drop a default of the caller's client or let one beat ours."""
    page = {"data": [], "has_more": False}
    mock_api.reply(json=page).reply(json=page)
    mine = httpx.Client(
        transport=mock_api.transport(),
        headers={"Accept": "text/plain", "X-Mine": "kept", "User-Agent": "theirs"},
    )
    client = mock_api.client(http=mine, workspace_id="ws_1")
    client.environments.list(limit=5, extra_headers={"X-Call": "1"}, extra_query={"probe": "yes"})
    sent = mock_api.requests[-1]
    assert dict(sent.url.params) == {"limit": "5", "probe": "yes"}
    assert sent.headers.get_list("accept") == ["application/json"], "ours replace the client's default"
    assert sent.headers.get_list("user-agent") == [USER_AGENT]
    assert sent.headers["x-mine"] == "kept" and sent.headers["x-call"] == "1"
    assert sent.headers["qoder-workspace-id"] == "ws_1"
    assert sent.headers.get_list("authorization") == [f"Bearer {TOKEN}"]

    # A client with default params of its own: they are sent, and the call's win on a clash.
    with_params = httpx.Client(transport=mock_api.transport(), params={"limit": "99", "tenant": "t1"})
    mock_api.client(http=with_params).environments.list(limit=5)
    assert dict(mock_api.requests[-1].url.params) == {"limit": "5", "tenant": "t1"}

    # With a body, the headers go in before httpx frames it: its own Content-Type and length stay.
    mock_api.reply(json={**ENV, "name": "made"})
    made = client.environments.create(name="made", extra_headers={"X-Call": "2"})
    sent = mock_api.requests[-1]
    assert made.name == "made" and sent.headers["content-type"] == "application/json"
    assert int(sent.headers["content-length"]) == len(sent.content)
    assert sent.headers["x-mine"] == "kept" and sent.headers["x-call"] == "2"
    assert sent.headers.get_list("accept") == ["application/json"]


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

        def spy(*args: Any, **kwargs: Any) -> httpx.Response:
            response: httpx.Response = send(*args, **kwargs)
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


@pytest.fixture
def parsed_as(monkeypatch: pytest.MonkeyPatch) -> Generator[list[str], None, None]:
    """The names of the config members whose parse function ran, in order."""
    from qoder_cloud_api.models import cloud_config, environment, self_hosted_config

    tried: list[str] = []
    for module in (cloud_config, self_hosted_config):
        name = f"_{module.__name__.rsplit('.', 1)[-1]}_from_dict"
        original = getattr(module, name)

        def spy(src: Any, original: Any = original, module: Any = module) -> Any:
            tried.append(module.__name__.rsplit(".", 1)[-1])
            return original(src)

        monkeypatch.setattr(module, name, spy)
    monkeypatch.setattr(environment, "_config_parsers", {})  # looked up again, so the spies are found
    yield tried


def test_a_union_member_is_picked_by_its_type_constant_without_trying_the_others(parsed_as: list[str]) -> None:
    env = Environment.from_dict({**ENV, "config": {"type": "self_hosted"}})
    assert isinstance(env.config, SelfHostedConfig)
    assert parsed_as == ["self_hosted_config"], "the members before it were not tried"


def test_importing_the_package_loads_neither_asyncio_nor_the_models() -> None:
    code = (
        "import sys, qoder_cloud\n"
        "loaded = [m for m in ('asyncio', 'qoder_cloud_api.models.environment') if m in sys.modules]\n"
        "print(loaded)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


@pytest.mark.parametrize("status", [201, 202, 203, 207])
def test_an_undocumented_2xx_parses_as_the_documented_success(mock_api: MockAPI, status: int) -> None:
    env = mock_api.reply(status, json=ENV).client().environments.retrieve("env_1")
    assert isinstance(env, Environment) and env.id == "env_1"


@pytest.mark.parametrize("status", [202, 204])
def test_a_bodiless_2xx_of_a_delete_is_the_deleted_object(mock_api: MockAPI, status: int) -> None:
    deleted = mock_api.reply(status).client().environments.delete("env_9")
    assert isinstance(deleted, EnvironmentDeleted)
    assert (deleted.id, deleted.deleted) == ("env_9", True)


def test_a_2xx_body_that_is_not_json_is_a_validation_error(mock_api: MockAPI) -> None:
    client = mock_api.reply(200, content=b'{"id": "env_1", "na').client(max_retries=0)
    with pytest.raises(APIResponseValidationError, match="could not be read") as caught:
        client.environments.retrieve("env_1")
    assert caught.value.status_code == 200


def test_a_2xx_body_that_does_not_decompress_is_a_validation_error() -> None:
    broken = gzip.compress(b'{"id": "env_1"}')[:10] + b"not deflate data"
    headers = {"content-encoding": "gzip", "content-type": "application/json"}
    routes = {("GET", "/environments/{environment_id}"): lambda request: Response(200, broken, headers)}
    with scripted_server(routes) as server, QoderCloud(token=TOKEN, base_url=server.base_url, max_retries=0) as client:
        with pytest.raises(APIResponseValidationError, match="could not be read"):
            client.environments.retrieve("env_1")


@pytest.mark.parametrize("key", ["", "   ", "\t"])
def test_an_empty_idempotency_key_is_refused_before_sending(mock_api: MockAPI, key: str) -> None:
    client = mock_api.client()
    with pytest.raises(ValueError, match="idempotency_key"):
        client.agents.create(name="once", model="ultimate", idempotency_key=key)
    with pytest.raises(ValueError, match="idempotency_key"):
        client.environments.archive("env_1", extra_headers={"Idempotency-Key": key})
    assert mock_api.requests == []


class _StampAuth(httpx.Auth):
    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers["X-Stamp"] = "mine"
        yield request


def test_a_callers_httpx_auth_runs_on_api_requests(mock_api: MockAPI) -> None:
    http = httpx.Client(transport=mock_api.transport(), auth=_StampAuth())
    mock_api.reply(json=ENV).client(http=http).environments.retrieve("env_1")
    sent = mock_api.requests[-1]
    assert sent.headers["x-stamp"] == "mine"
    assert sent.headers["authorization"] == f"Bearer {TOKEN}"


def test_a_callers_httpx_auth_never_runs_on_a_download_link(mock_api: MockAPI, tmp_path: Path) -> None:
    link = {"type": "file_content_link", "url": "http://127.0.0.1:9/blob/1", "expires_at": "2026-03-01T00:00:00Z"}
    mock_api.reply(json=link).reply(content=b"the bytes")
    http = httpx.Client(transport=mock_api.transport(), auth=_StampAuth())
    path = mock_api.client(http=http).files.download("file_1", tmp_path / "out.bin")
    assert path is not None and path.read_bytes() == b"the bytes"
    api_call, download = mock_api.requests
    assert api_call.headers["x-stamp"] == "mine"
    assert "x-stamp" not in download.headers and "authorization" not in download.headers


def test_the_package_ships_its_types() -> None:
    assert (Path(qoder_cloud.__file__).parent / "py.typed").is_file()


def test_unset_comes_from_the_public_package() -> None:
    from qoder_cloud_api.types import UNSET, Unset

    assert qoder_cloud.UNSET is UNSET and qoder_cloud.Unset is Unset
    assert isinstance(Environment.from_dict(ENV).description, qoder_cloud.Unset)


def test_a_gzipped_answer_is_read_as_httpx_reads_one() -> None:
    """The response a raw call hands back holds the decoded body and the headers as they came,
    as `httpx.Response.read()` leaves a response."""
    body = (
        b'{"id": "env_1", "name": "zipped", "config": {"type": "cloud"}, '
        b'"created_at": "2026-03-01T12:00:00Z", "updated_at": "2026-03-01T12:00:00Z"}'
    )
    headers = {"content-encoding": "gzip", "content-type": "application/json"}
    routes = {("GET", "/environments/{environment_id}"): lambda request: Response(200, gzip.compress(body), headers)}
    with scripted_server(routes) as server, QoderCloud(token=TOKEN, base_url=server.base_url) as client:
        raw = client.with_raw_response.environments.retrieve("env_1")
        assert raw.parse().name == "zipped"
        assert raw.http_response.content == body
        assert raw.http_response.json()["name"] == "zipped"
        assert raw.headers["content-encoding"] == "gzip"
        assert raw.http_response.is_closed


def test_a_body_is_kept_in_a_copy_when_httpx_does_not_take_it_where_read_keeps_it() -> None:
    """`read_response` relies on where httpx's `read()` keeps a body; an httpx that keeps it
    elsewhere gets a complete copy of the response instead of a wrong body."""
    from qoder_cloud._decoding import read_response

    class KeepsItElsewhere(httpx.Response):
        @property
        def content(self) -> bytes:
            return b"what httpx read"

    request = httpx.Request("GET", "https://api.example/environments")
    sent = KeepsItElsewhere(200, headers={"content-encoding": "gzip", "x-request-id": "req_1"}, request=request)
    read = read_response(sent, b'{"decoded": true}')
    assert read is not sent
    assert read.content == b'{"decoded": true}' and read.json() == {"decoded": True}
    assert "content-encoding" not in read.headers and read.headers["x-request-id"] == "req_1"
    assert read.headers["content-length"] == str(len(read.content))


def test_a_list_page_hands_its_items_to_the_parser_one_at_a_time() -> None:
    from qoder_cloud._runtime import draining_page

    first, second = {"id": "env_1"}, {"id": "env_2"}
    body = draining_page({"data": [first, second], "has_more": False})
    items = body["data"]
    assert next(items) is first and next(items) is second
    assert list(items) == []
    for odd in ({"data": None}, {"data": {"id": "env_1"}}, ["not", "an", "object"], None):
        assert draining_page(odd) == odd, "anything but a list under data is left for the parser to refuse"


def test_a_page_with_a_malformed_item_is_a_validation_error_that_shows_the_body(mock_api: MockAPI) -> None:
    body = b'{"data": [{"id": "env_1", "name": "ok"}, 7], "has_more": false}'
    client = mock_api.reply(200, content=body).client(max_retries=0)
    with pytest.raises(APIResponseValidationError) as caught:
        client.environments.list()
    assert caught.value.status_code == 200
    assert caught.value.response.json() == {"data": [{"id": "env_1", "name": "ok"}, 7], "has_more": False}
