"""Answers a broken or hostile server may send: every one ends in a typed error (never an httpx,
generated or Unicode exception), deterministic ones are not retried, and memory stays bounded
(measured with tracemalloc, as a bound only) whatever a small answer expands to."""

from __future__ import annotations

import gzip
import io
import json
import time
import tracemalloc
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from qoder_cloud import (
    APIConnectionError,
    APIResponseValidationError,
    APITimeoutError,
    AsyncQoderCloud,
    InternalServerError,
    QoderCloud,
    QoderError,
    StreamError,
    Timeout,
)

from .support.constants import TOKEN
from .support.hostile import SSE_HEAD, HostileServer, RawConnection, RawRequest, always, gzip_bomb, reply
from .support.mock_api import MockAPI

LIMIT = 1024 * 1024
"""The clients here read at most 1 MB: every bomb expands far beyond it."""
BOUND = 16 * 1024 * 1024
"""The most memory Python may allocate while a client refuses one of these answers."""
ENV = {"id": "env_1", "type": "environment", "name": "n", "config": {"type": "cloud"}, "metadata": {}}
ENV |= {"created_at": "2026-01-01T00:00:00Z", "updated_at": "2026-01-01T00:00:00Z"}


@pytest.fixture(scope="module")
def json_bomb() -> bytes:
    return gzip_bomb(b'{"id": "', 256, b'"}')


def _serve(handler: Callable[[RawRequest, RawConnection], bool]) -> HostileServer:
    return HostileServer(handler)


def _peak(call: Callable[[], Any]) -> tuple[BaseException | None, int]:
    """What `call` raised and the peak of memory Python allocated meanwhile."""
    tracemalloc.start()
    tracemalloc.reset_peak()
    raised: BaseException | None = None
    try:
        call()
    except BaseException as exc:  # noqa: BLE001 - the test checks what was raised
        raised = exc
    finally:
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
    return raised, peak


@pytest.fixture
def client_for() -> Iterator[Callable[..., QoderCloud]]:
    made: list[QoderCloud] = []

    def make(server: HostileServer, **options: Any) -> QoderCloud:
        options = {"max_retries": 0, "max_response_bytes": LIMIT, **options}
        made.append(QoderCloud(token=TOKEN, base_url=server.base_url, **options))
        return made[-1]

    yield make
    for client in made:
        client.close()


def test_a_gzip_bomb_is_refused_in_bounded_memory(json_bomb: bytes, client_for: Callable[..., QoderCloud]) -> None:
    headers = {"Content-Type": "application/json", "Content-Encoding": "gzip"}
    with _serve(always(reply(200, json_bomb, headers))) as server:
        client = client_for(server)
        raised, peak = _peak(lambda: client.environments.retrieve("env_1"))
    assert isinstance(raised, APIResponseValidationError), raised
    assert "larger than max_response_bytes (1,048,576 bytes)" in raised.message
    assert peak < BOUND, f"{peak:,} bytes for a {len(json_bomb):,}-byte answer"
    assert len(server.requests) == 1  # not asked again: it would be as large again


def test_an_error_body_bomb_is_read_only_as_a_preview(json_bomb: bytes, client_for: Callable[..., QoderCloud]) -> None:
    headers = {"Content-Type": "application/json", "Content-Encoding": "gzip"}
    with _serve(always(reply(500, json_bomb, headers))) as server:
        client = client_for(server)
        raised, peak = _peak(lambda: client.environments.retrieve("env_1"))
    assert isinstance(raised, InternalServerError), raised
    assert len(raised.response.content) <= 64 * 1024
    assert peak < BOUND, f"{peak:,} bytes"


def test_a_plain_answer_over_the_limit_is_refused_and_not_retried(
    client_for: Callable[..., QoderCloud],
) -> None:
    big = json.dumps({**ENV, "name": "x" * (2 * LIMIT)}).encode()
    with _serve(always(reply(200, big, {"Content-Type": "application/json"}))) as server:
        with pytest.raises(APIResponseValidationError, match="larger than max_response_bytes"):
            client_for(server, max_retries=2).environments.retrieve("env_1")
    assert len(server.requests) == 1


def test_the_limit_is_a_client_setting(client_for: Callable[..., QoderCloud]) -> None:
    body = json.dumps({**ENV, "name": "x" * (2 * LIMIT)}).encode()
    with _serve(always(reply(200, body, {"Content-Type": "application/json"}))) as server:
        assert client_for(server, max_response_bytes=4 * LIMIT).environments.retrieve("env_1").name == "x" * (2 * LIMIT)
    with pytest.raises(ValueError, match="max_response_bytes"):
        QoderCloud(token=TOKEN, base_url="http://127.0.0.1:9", max_response_bytes=0)


def test_a_gzipped_answer_within_the_limit_reads_as_usual(client_for: Callable[..., QoderCloud]) -> None:
    body = gzip.compress(json.dumps(ENV).encode())
    headers = {"Content-Type": "application/json", "Content-Encoding": "gzip"}
    with _serve(always(reply(200, body, headers))) as server:
        assert client_for(server).environments.retrieve("env_1").name == "n"
    assert server.requests[0].headers["accept-encoding"] == "gzip, deflate"


@pytest.mark.parametrize("raw", [False, True])
def test_a_deflate_answer_reads_zlib_wrapped_or_raw(raw: bool, client_for: Callable[..., QoderCloud]) -> None:
    squeeze = zlib.compressobj(6, zlib.DEFLATED, -15 if raw else 15)
    body = squeeze.compress(json.dumps(ENV).encode()) + squeeze.flush()
    headers = {"Content-Type": "application/json", "Content-Encoding": "deflate"}
    with _serve(always(reply(200, body, headers))) as server:
        assert client_for(server).environments.retrieve("env_1").id == "env_1"


def _endless_line(request: RawRequest, out: RawConnection) -> bool:
    """An event stream whose first line never ends (up to 256 MB, then the connection closes)."""
    out.send(SSE_HEAD + b"data: ")
    chunk = b"a" * 65536
    while out.open and out.sent < 256 * LIMIT:
        out.send(chunk)
    return False


def test_an_endless_event_stream_line_is_refused_in_bounded_memory(
    client_for: Callable[..., QoderCloud],
) -> None:
    with _serve(_endless_line) as server:
        client = client_for(server)
        raised, peak = _peak(lambda: list(client.events.stream("sess_1")))
    assert isinstance(raised, APIResponseValidationError), raised
    assert "a line or an event larger than max_response_bytes" in raised.message
    assert peak < BOUND, f"{peak:,} bytes"
    assert server.connections[0].sent < 64 * LIMIT  # the client hung up long before the end


def test_an_event_of_many_lines_is_bounded_too(client_for: Callable[..., QoderCloud]) -> None:
    def many_lines(request: RawRequest, out: RawConnection) -> bool:
        out.send(SSE_HEAD)
        while out.open and out.sent < 64 * LIMIT:
            out.send(b"data: " + b"b" * 1000 + b"\n")
        return False

    with _serve(many_lines) as server:
        client = client_for(server)
        raised, peak = _peak(lambda: list(client.events.stream("sess_1")))
    assert isinstance(raised, APIResponseValidationError), raised
    assert peak < BOUND, f"{peak:,} bytes"


def test_a_gzip_bomb_in_an_event_stream_is_bounded(client_for: Callable[..., QoderCloud]) -> None:
    bomb = gzip_bomb(b"data: ", 256, b"\n\n")
    head = b"HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nContent-Encoding: gzip\r\nConnection: close\r\n\r\n"
    with _serve(always(head + bomb, keep_alive=False)) as server:
        client = client_for(server)
        raised, peak = _peak(lambda: list(client.events.stream("sess_1")))
    assert isinstance(raised, APIResponseValidationError), raised
    assert peak < BOUND, f"{peak:,} bytes"


BAD_GZIP = gzip.compress(b'data: {"id": "evt_1"}\n\n')[:12] + b"this is not deflate data"


def test_an_event_stream_that_does_not_decompress_is_a_typed_error(
    client_for: Callable[..., QoderCloud],
) -> None:
    head = b"HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nContent-Encoding: gzip\r\nConnection: close\r\n\r\n"
    with _serve(always(head + BAD_GZIP, keep_alive=False)) as server:
        with pytest.raises(APIResponseValidationError, match="could not be read: DecodingError"):
            list(client_for(server).events.stream("sess_1"))


def _files(link_path: str, answer: Callable[[RawRequest, RawConnection], None]) -> Callable[..., bool]:
    """The API's content link (to `link_path` on the same server) and `answer` for the link."""

    def handler(request: RawRequest, out: RawConnection) -> bool:
        if request.path.endswith("/content"):
            link = {"url": f"http://127.0.0.1:{request.headers['host'].split(':')[1]}{link_path}"}
            out.send(reply(200, json.dumps(link | {"expires_at": "2030-01-01T00:00:00Z"})))
        else:
            answer(request, out)
        return True

    return handler


def test_a_download_that_does_not_decompress_is_a_typed_error_and_leaves_no_file(
    client_for: Callable[..., QoderCloud], tmp_path: Path
) -> None:
    def bad(request: RawRequest, out: RawConnection) -> None:
        out.send(reply(200, BAD_GZIP, {"Content-Encoding": "gzip"}))

    with _serve(_files("/dl", bad)) as server:
        with pytest.raises(APIResponseValidationError, match="the download of the 200 response"):
            client_for(server).files.download("file_1", tmp_path / "out.txt")
    assert list(tmp_path.iterdir()) == []


def test_a_gzipped_download_is_inflated_in_bounded_memory(
    client_for: Callable[..., QoderCloud], tmp_path: Path
) -> None:
    bomb = gzip_bomb(b"", 64, b"end")

    def big(request: RawRequest, out: RawConnection) -> None:
        out.send(reply(200, bomb, {"Content-Encoding": "gzip"}))

    with _serve(_files("/dl", big)) as server:
        client = client_for(server)
        raised, peak = _peak(lambda: client.files.download("file_1", tmp_path / "out.bin"))
    assert raised is None, raised
    assert (tmp_path / "out.bin").stat().st_size == 64 * 2**20 + 3
    assert peak < BOUND, f"{peak:,} bytes"


def test_a_download_link_that_redirects_forever_is_a_typed_error(
    client_for: Callable[..., QoderCloud],
) -> None:
    def loop(request: RawRequest, out: RawConnection) -> None:
        out.send(reply(302, b"", {"Location": "/dl"}))

    with _serve(_files("/dl", loop)) as server:
        with pytest.raises(APIConnectionError, match="more than 10 redirects"):
            client_for(server, max_retries=2).files.download("file_1", io.BytesIO())
    assert len(server.requests) == 1 + 11  # the link and ten redirects, each once


def _one_event_with_id(event_id: str) -> Callable[[RawRequest, RawConnection], bool]:
    def handler(request: RawRequest, out: RawConnection) -> bool:
        data = json.dumps({"id": event_id, "type": "session.status_running"})
        out.send(SSE_HEAD + f"data: {data}\n\n".encode())
        return False

    return handler


@pytest.mark.parametrize("event_id", ["evt_é", "evt_1\r\nX: y", "evt_\x00", "evt_\x7f"])
def test_an_event_id_that_cannot_be_sent_back_ends_the_stream_with_a_typed_error(
    event_id: str, client_for: Callable[..., QoderCloud]
) -> None:
    with _serve(_one_event_with_id(event_id)) as server:
        stream = client_for(server).events.resumable_stream("sess_1", max_attempts=None)
        seen: list[Any] = []
        with pytest.raises(StreamError, match="cannot be sent back as a Last-Event-ID header"):
            for event in stream:
                seen.append(event)
    assert [event.id for event in seen] == [event_id]
    assert len(server.requests) == 1  # no silent loop of local failures


def test_a_caller_last_event_id_that_cannot_be_sent_is_refused(
    client_for: Callable[..., QoderCloud],
) -> None:
    with _serve(_one_event_with_id("evt_1")) as server:
        with pytest.raises(ValueError, match="last_event_id"):
            client_for(server).events.resumable_stream("sess_1", last_event_id="evt\n1")
    assert server.requests == []


def test_a_slow_drip_is_cut_by_the_total_timeout(client_for: Callable[..., QoderCloud]) -> None:
    """One byte every 0.1 s never trips a 0.5 s read timeout; the total of 0.6 s ends the call."""
    body = json.dumps(ENV).encode()

    def drip(request: RawRequest, out: RawConnection) -> bool:
        out.send(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n" % len(body))
        for byte in body:
            if not out.open:
                break
            out.send(bytes([byte]))
            time.sleep(0.1)
        return False

    with _serve(drip) as server:
        client = client_for(server, timeout=Timeout(0.5, total=0.6), max_retries=2)
        with pytest.raises(APITimeoutError, match="ran out of its total timeout of 0.6 s after 1 attempt"):
            client.environments.retrieve("env_1")
    assert server.connections[0].sent < len(body)  # it hung up before the drip ended


def test_the_total_timeout_bounds_the_waits_between_attempts(mock_api: MockAPI) -> None:
    for _ in range(3):
        mock_api.reply(503, headers={"retry-after-ms": "500"})
    client = mock_api.client(max_retries=5, timeout=Timeout(10, total=0.9))
    with pytest.raises(APITimeoutError, match="after 2 attempts"):
        client.environments.retrieve("env_1")
    assert len(mock_api.requests) == 2
    assert mock_api.clock.waits == [0.5]  # a second wait of 0.5 s would outlast the total


def test_a_retry_after_beyond_the_total_is_not_waited_for(mock_api: MockAPI) -> None:
    client = mock_api.reply(429, headers={"retry-after": "5"}).client(timeout=Timeout(total=2.0))
    with pytest.raises(APITimeoutError):
        client.agents.list()
    assert mock_api.clock.waits == []


def test_a_per_call_total_overrides_the_client(mock_api: MockAPI) -> None:
    client = mock_api.reply(503).reply(503).reply(200, json=ENV).client(max_retries=2)
    assert client.environments.retrieve("env_1", timeout=Timeout(30, total=60)).id == "env_1"
    mock_api.reply(503)
    with pytest.raises(APITimeoutError):
        client.environments.retrieve("env_1", timeout=Timeout(30, total=0.3), max_retries=1)  # waits are >= 0.375 s


@pytest.mark.anyio
async def test_the_async_client_has_the_same_total(mock_api: MockAPI) -> None:
    for _ in range(2):
        mock_api.reply(503, headers={"retry-after-ms": "500"})
    client = mock_api.async_client(max_retries=5, timeout=Timeout(10, total=0.9))
    with pytest.raises(APITimeoutError):
        await client.environments.retrieve("env_1")
    assert len(mock_api.requests) == 2


def test_timeout_keeps_httpx_parts_and_checks_its_total() -> None:
    assert Timeout(total=5).as_dict() == {"connect": 10.0, "read": 60.0, "write": 60.0, "pool": 60.0}
    assert Timeout(3, total=5).as_dict() == {"connect": 3, "read": 3, "write": 3, "pool": 3}
    assert Timeout(Timeout(3, total=5)).total == 5
    assert "total=5.0" in repr(Timeout(3, total=5))
    for bad in (0, -1, float("nan"), float("inf"), True, "5"):
        with pytest.raises(ValueError, match="total must be a positive number"):
            Timeout(total=bad)  # type: ignore[arg-type]


@pytest.mark.anyio
async def test_async_bombs_are_bounded_too(json_bomb: bytes) -> None:
    headers = {"Content-Type": "application/json", "Content-Encoding": "gzip"}
    with _serve(always(reply(200, json_bomb, headers))) as server:
        async with AsyncQoderCloud(
            token=TOKEN, base_url=server.base_url, max_retries=0, max_response_bytes=LIMIT
        ) as client:
            with pytest.raises(APIResponseValidationError, match="larger than max_response_bytes"):
                await client.environments.retrieve("env_1")
    with _serve(_endless_line) as server:
        async with AsyncQoderCloud(
            token=TOKEN, base_url=server.base_url, max_retries=0, max_response_bytes=LIMIT
        ) as client:
            with pytest.raises(APIResponseValidationError, match="larger than max_response_bytes"):
                async with client.events.stream("sess_1") as stream:
                    async for _ in stream:
                        pass


def test_nothing_here_escapes_as_anything_but_a_qoder_error() -> None:
    """The review's four holes together, on one server: an undocumented 201, a bad gzip body, a
    download link that loops, a non-ASCII event id."""
    credential: dict[str, Any] = {
        "id": "vcred_1",
        "type": "vault_credential",
        "vault_id": "vault_1",
        "display_name": None,
    }
    credential |= {"auth": {"type": "static_bearer", "mcp_server_url": "https://m.example/sse"}, "metadata": {}}
    credential |= {"created_at": ENV["created_at"], "updated_at": ENV["updated_at"], "archived_at": None}

    def handler(request: RawRequest, out: RawConnection) -> bool:
        if request.path.endswith("/credentials"):
            out.send(reply(201, json.dumps(credential), {"Content-Type": "application/json"}))
        elif "/environments/" in request.path:
            out.send(reply(200, b"{}", {"Content-Type": "application/json", "Content-Encoding": "gzip"}))
        elif request.path.endswith("/content") or request.path == "/dl":
            return _files("/dl", lambda r, o: o.send(reply(302, b"", {"Location": "/dl"})))(request, out)
        else:
            return _one_event_with_id("evt_é")(request, out)
        return True

    with _serve(handler) as server, QoderCloud(token=TOKEN, base_url=server.base_url, max_retries=0) as client:
        auth = {"type": "static_bearer", "mcp_server_url": "https://m.example/sse", "token": "x"}
        assert client.credentials.create("vault_1", auth=auth).id == "vcred_1"
        for call in (
            lambda: client.environments.retrieve("env_1"),
            lambda: client.files.download("file_1", io.BytesIO()),
            lambda: list(client.events.resumable_stream("sess_1")),
        ):
            with pytest.raises(QoderError):
                call()
