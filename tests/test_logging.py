"""What the `qoder_cloud` logger says: each attempt at DEBUG with method, URL, status, attempt
number, request id, idempotency key and elapsed time; each retry and reconnect at INFO with its
reason; never a secret. Connection errors name the host; a request that cannot be written is not
retried."""

from __future__ import annotations

import io
import json
import logging
import re

import httpx
import pytest

from qoder_cloud import APIConnectionError, InternalServerError, QoderCloud
from qoder_cloud.testing import LocalServer

from .support.constants import TOKEN
from .support.hostile import SSE_HEAD, HostileServer, RawConnection, RawRequest, reply
from .support.mock_api import Clock, MockAPI


def _messages(caplog: pytest.LogCaptureFixture, level: int) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.name == "qoder_cloud" and r.levelno == level]


def test_each_attempt_is_logged_with_what_support_needs(mock_api: MockAPI, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="qoder_cloud")
    client = (
        mock_api.reply(503, headers={"x-request-id": "req-1"})
        .reply(500, headers={"request-id": "req-2"})
        .client(max_retries=1)
    )
    with pytest.raises(InternalServerError):
        client.agents.create(name="a", model="ultimate")
    key = mock_api.requests[0].headers["idempotency-key"]
    debug = _messages(caplog, logging.DEBUG)
    pattern = (
        r"POST http://127\.0\.0\.1:9/api/v1/cloud/agents -> (\d+) "
        r"\(attempt (\d), [\d.]+ ms, idempotency key ([^,]+), request id (\S+)\)"
    )
    assert [re.fullmatch(pattern, line).groups() for line in debug] == [  # type: ignore[union-attr]
        ("503", "1", key, "req-1"),
        ("500", "2", key, "req-2"),
    ]
    assert _messages(caplog, logging.INFO) == [
        f"retrying POST /api/v1/cloud/agents in {mock_api.clock.waits[0]:.2f} s after 503"
    ]


def test_a_link_is_logged_without_its_query(mock_api: MockAPI, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="qoder_cloud")
    link = {"url": "https://storage.example/f?signature=SECRET-SIGNATURE", "expires_at": "2030-01-01T00:00:00Z"}
    client = mock_api.reply(200, json=link).reply(200, content=b"x").client()
    client.files.download("file_1", io.BytesIO())
    text = "\n".join(_messages(caplog, logging.DEBUG))
    assert "GET https://storage.example/f -> 200" in text and "SECRET-SIGNATURE" not in text


def test_reconnects_are_logged_with_their_reason(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="qoder_cloud")

    def handler(request: RawRequest, out: RawConnection) -> bool:
        if request.index == 0:
            out.send(SSE_HEAD + b'data: {"id": "evt_1", "type": "session.status_running"}\n\n')
        elif request.index == 1:
            out.send(reply(503, b"", {"Connection": "close"}))
        else:
            out.send(SSE_HEAD + b'data: {"id": "evt_2", "type": "session.deleted"}\n\n')
        return False

    with HostileServer(handler) as server, QoderCloud(token=TOKEN, base_url=server.base_url) as client:
        Clock().attach(client)
        assert [event.id for event in client.events.resumable_stream("sess_1")] == ["evt_1", "evt_2"]
    info = _messages(caplog, logging.INFO)
    assert len(info) == 2
    assert re.fullmatch(
        r"reconnecting the event stream /sessions/sess_1/events/stream in [\d.]+ s \(failure 1 in a row, resuming "
        r"after evt_1\): the event stream /sessions/sess_1/events/stream ended",
        info[0],
    ), info[0]
    assert info[1].endswith("(failure 2 in a row, resuming after evt_1): 503: HTTP 503 X with an empty body")


def test_no_secret_in_any_record(server: LocalServer, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    with QoderCloud(token=TOKEN, base_url=server.base_url) as client:
        vault = client.vaults.create(display_name="v")
        auth = {"type": "static_bearer", "mcp_server_url": "https://m.example/sse", "token": "sk-LOGGED-NEVER-1"}
        client.credentials.create(vault.id, auth=auth)
        client.environments.list(extra_headers={"Authorization": f"Bearer {TOKEN}"})
    text = "\n".join(f"{record.getMessage()} {record.args!r}" for record in caplog.records)
    assert TOKEN not in text and "sk-LOGGED-NEVER-1" not in text


def test_a_connection_error_names_the_host() -> None:
    with HostileServer(lambda request, out: False) as server:
        address = server.base_url.removeprefix("http://")
        with QoderCloud(token=TOKEN, base_url=server.base_url, max_retries=0) as client:
            with pytest.raises(APIConnectionError, match=rf"^GET http://{re.escape(address)}/agents failed: "):
                client.agents.list()


def test_a_request_that_cannot_be_written_is_not_retried() -> None:
    """A header h11 refuses (here one a caller's own httpx client adds) fails the same way on
    every attempt: it is reported at once, not retried."""
    seen: list[RawRequest] = []

    def handler(request: RawRequest, out: RawConnection) -> bool:
        seen.append(request)
        out.send(reply(200, json.dumps({"data": [], "has_more": False})))
        return True

    with HostileServer(handler) as server:
        own = httpx.Client(headers={"X-Broken": "a\x00b"})
        with QoderCloud(token=TOKEN, base_url=server.base_url, http_client=own, max_retries=3) as client:
            clock = Clock()
            clock.attach(client)
            with pytest.raises(APIConnectionError, match="LocalProtocolError"):
                client.agents.list()
        own.close()
    assert seen == [] and clock.waits == []
