"""The local server's HTTP layer: request framing (chunked bodies, broken Content-Length), body
limits, a listen backlog that takes a burst of connections, and idle connections that time out."""

from __future__ import annotations

import socket
import threading
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest

from qoder_cloud.testing import LocalServer

from .support.constants import TOKEN
from .support.raw_http import answers, exchange, request_head

JSON = "Content-Type: application/json"
CLOSE = "Connection: close"


def _post_environments(*headers: str) -> bytes:
    return request_head("POST", "/environments", JSON, *headers)


def test_a_chunked_body_is_decoded_and_the_connection_stays_in_step(server: LocalServer) -> None:
    body = b'{"name":"chunked"}'
    chunked = b"5\r\n" + body[:5] + b"\r\n" + b"%x;ext=1\r\n" % (len(body) - 5) + body[5:] + b"\r\n0\r\n\r\n"
    follow_up = request_head("GET", "/environments", CLOSE)
    raw = exchange(server.port, _post_environments("Transfer-Encoding: chunked") + chunked + follow_up)
    created, listed = answers(raw)
    assert created.status == 200 and created.json()["name"] == "chunked"
    assert listed.status == 200 and [e["name"] for e in listed.json()["data"]] == ["chunked"]


@pytest.mark.parametrize(
    "framing",
    [
        ["Content-Length: -1"],
        ["Content-Length: abc"],
        ["Content-Length: 1e3"],
        ["Content-Length: 2", "Content-Length: 40"],
        ["Content-Length: 18", "Transfer-Encoding: chunked"],
        ["Transfer-Encoding: gzip"],
    ],
    ids=["negative", "not-a-number", "exponent", "conflicting", "both-framings", "unknown-coding"],
)
def test_broken_framing_is_a_400_in_the_envelope_and_the_connection_closes(
    server: LocalServer, framing: list[str]
) -> None:
    raw = exchange(server.port, _post_environments(*framing) + b'{"name":"framing"}')
    (answer,) = answers(raw)
    assert answer.status == 400
    assert answer.json()["error"]["type"] == "invalid_request_error"
    assert answer.headers.get("connection") == "close"
    assert server.state.environments == {}


def test_a_broken_chunk_is_a_400(server: LocalServer) -> None:
    raw = exchange(server.port, _post_environments("Transfer-Encoding: chunked") + b"zz\r\n{}\r\n0\r\n\r\n")
    (answer,) = answers(raw)
    assert answer.status == 400 and answer.json()["type"] == "error"


def test_a_body_over_the_limit_is_a_400_invalid_request_error() -> None:
    with LocalServer(token=TOKEN, max_body_bytes=1024) as server:
        small = exchange(server.port, _post_environments("Content-Length: 15", CLOSE) + b'{"name":"fits"}')
        assert answers(small)[0].status == 200
        body = b'{"name":"' + b"x" * 2000 + b'"}'
        for framing in (f"Content-Length: {len(body)}", "Transfer-Encoding: chunked"):
            payload = body if framing.startswith("Content") else b"%x\r\n%s\r\n0\r\n\r\n" % (len(body), body)
            (answer,) = answers(exchange(server.port, _post_environments(framing) + payload))
            assert answer.status == 400, framing
            assert answer.json()["error"]["type"] == "invalid_request_error"
            assert "1 KB" in answer.json()["error"]["message"]
        assert [e["name"] for e in server.state.environments.values()] == ["fits"]


def test_the_listen_backlog_takes_a_burst_of_new_connections(server: LocalServer) -> None:
    count = 64
    gate = threading.Barrier(count)

    def one(index: int) -> int:
        gate.wait(timeout=10)
        raw = exchange(server.port, request_head("GET", "/models", CLOSE), timeout=10)
        return answers(raw)[0].status

    with ThreadPoolExecutor(count) as pool:
        statuses = list(pool.map(one, range(count)))
    assert statuses == [200] * count


def test_an_idle_connection_is_closed_after_the_idle_timeout() -> None:
    with LocalServer(token=TOKEN, idle_timeout=0.2) as server:
        with socket.create_connection(("127.0.0.1", server.port), timeout=5) as idle:
            assert idle.recv(1) == b"", "the server closed the connection that never sent a byte"
        with socket.create_connection(("127.0.0.1", server.port), timeout=5) as kept:
            kept.sendall(request_head("GET", "/models"))
            received = b""
            while chunk := kept.recv(65536):  # the answer, then the close once the connection idles
                received += chunk
            assert answers(received)[0].status == 200


def test_what_http_server_itself_refuses_is_answered_in_the_envelope(server: LocalServer) -> None:
    for garbled in (b"NONSENSE\r\n\r\n", b"GET /api/v1/cloud/models HTTP/9.9\r\n\r\n"):
        (answer,) = answers(exchange(server.port, garbled))
        assert 400 <= answer.status < 500
        assert answer.json()["type"] == "error"


def test_skill_uploads_may_exceed_the_general_body_limit() -> None:
    manifest = b"---\nname: big\ndescription: d\n---\n" + b"x" * 4096
    with LocalServer(token=TOKEN, max_body_bytes=1024) as server:
        headers = {"Authorization": f"Bearer {TOKEN}"}
        with httpx.Client(base_url=server.base_url, headers=headers) as http:
            skill = http.post("/skills", files=[("files", ("big/SKILL.md", manifest, "text/markdown"))])
            assert skill.status_code == 201, skill.text
            too_big = http.post("/environments", json={"name": "x" * 2048})
            assert too_big.status_code == 400 and "1 KB" in too_big.json()["error"]["message"]
