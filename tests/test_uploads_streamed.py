"""Uploads are streamed: a part is read while the request is sent, never held whole (a path is
opened for the send and closed after it, bytes are read in place), and a retry still resends
exactly the same bytes, from a path, bytes, a caller's seekable file or a pipe read once."""

from __future__ import annotations

import os
import tracemalloc
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest

from qoder_cloud import QoderCloud
from qoder_cloud.testing import FaultPlan, LocalServer

from .support.constants import TOKEN

SIZE = 6 * 1024 * 1024


def _peak(action: Callable[[], object]) -> int:
    tracemalloc.start()
    try:
        base, _ = tracemalloc.get_traced_memory()
        tracemalloc.reset_peak()
        action()
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return peak - base


def _open_paths() -> set[str]:
    folder = Path("/proc/self/fd")
    found = set()
    for entry in folder.iterdir():
        try:
            found.add(os.readlink(entry))
        except OSError:
            continue
    return found


@pytest.fixture
def retried() -> Iterator[tuple[QoderCloud, LocalServer, list[tuple[bytes, str | None]]]]:
    """A client on a server whose first upload answers 503, recording every body as httpx sent it."""
    sent: list[tuple[bytes, str | None]] = []

    def record(request: httpx.Request) -> None:
        sent.append((b"".join(request.stream), request.headers.get("idempotency-key")))

    with LocalServer(token=TOKEN, faults=FaultPlan(script=["unavailable_empty"], retry_after_ms=10)) as server:
        with httpx.Client(event_hooks={"request": [record]}) as http:
            yield QoderCloud(token=TOKEN, base_url=server.base_url, http_client=http), server, sent


class _Sink(httpx.BaseTransport):
    """Reads each request body as httpx streams it, keeping only its length (a server in this
    process would hold the body and be counted by tracemalloc)."""

    def __init__(self) -> None:
        self.sent = 0

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        assert isinstance(request.stream, httpx.SyncByteStream)
        self.sent = 0
        for chunk in request.stream:
            self.sent += len(chunk)
        body = {
            "id": "file_1",
            "filename": "big.bin",
            "mime_type": "application/octet-stream",
            "size_bytes": self.sent,
            "created_at": "2026-03-01T12:00:00Z",
        }
        return httpx.Response(200, json=body)


@pytest.mark.parametrize("given", ["path", "bytes"])
def test_an_upload_is_never_held_whole(given: str, tmp_path: Path) -> None:
    source = tmp_path / "big.bin"
    payload = os.urandom(SIZE)
    source.write_bytes(payload)
    sink = _Sink()
    client = QoderCloud(token=TOKEN, base_url="http://127.0.0.1:9/v1", http_client=httpx.Client(transport=sink))
    file = source if given == "path" else ("big.bin", payload)
    client.files.upload(file=("warm-up.txt", b"x"))  # the first call's imports are not the upload's
    peak = _peak(lambda: client.files.upload(file=file))
    assert sink.sent > SIZE
    assert peak < SIZE // 4, f"peak {peak:,} bytes while uploading {SIZE:,} ({given})"


def test_a_path_arrives_byte_identical(client: QoderCloud, server: LocalServer, tmp_path: Path) -> None:
    source = tmp_path / "big.bin"
    source.write_bytes(os.urandom(SIZE))
    uploaded = client.files.upload(file=source)
    assert server.state.files[uploaded.id].content == source.read_bytes()


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="lists open files through /proc")
def test_a_retried_path_resends_the_same_bytes_and_is_closed_after(
    retried: tuple[QoderCloud, LocalServer, list[tuple[bytes, str | None]]], tmp_path: Path
) -> None:
    client, server, sent = retried
    source = tmp_path / "retried.bin"
    source.write_bytes(os.urandom(256 * 1024))
    uploaded = client.files.upload(file=source)
    assert len(sent) == 2 and sent[0] == sent[1], "the retry resends the identical body with the same key"
    assert source.read_bytes() in sent[0][0]
    assert server.state.files[uploaded.id].content == source.read_bytes()
    assert str(source) not in _open_paths()


def test_a_callers_file_is_sent_from_where_it_stood_and_left_open(
    retried: tuple[QoderCloud, LocalServer, list[tuple[bytes, str | None]]], tmp_path: Path
) -> None:
    client, server, sent = retried
    source = tmp_path / "partly-read.bin"
    source.write_bytes(b"header;" + os.urandom(64 * 1024))
    with source.open("rb") as handle:
        handle.read(len(b"header;"))
        uploaded = client.files.upload(file=handle)
        assert not handle.closed
    assert sent[0] == sent[1]
    assert server.state.files[uploaded.id].content == source.read_bytes()[len(b"header;") :]


def test_a_pipe_is_read_once_and_resent_the_same(
    retried: tuple[QoderCloud, LocalServer, list[tuple[bytes, str | None]]],
) -> None:
    client, server, sent = retried
    payload = os.urandom(32 * 1024)
    read_end, write_end = os.pipe()
    with os.fdopen(write_end, "wb") as writer:
        writer.write(payload)
    with os.fdopen(read_end, "rb") as reader:
        uploaded = client.files.upload(file=("piped.bin", reader))
    assert sent[0] == sent[1]
    assert server.state.files[uploaded.id].content == payload
