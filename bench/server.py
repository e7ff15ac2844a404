"""A minimal, fast HTTP/1.1 server on the loopback interface that answers with canned bytes.

It runs as its own process (so its work does not share a client's interpreter lock), prints its
port on stdout, and stops by itself: when its parent closes stdin, after `--idle` seconds without
a request, or after `--lifetime` seconds at most.

Routes (keep-alive; request bodies are read and dropped, by length or chunked):
  GET  /api/v1/cloud/environments/{id}              one environment
  GET  /api/v1/cloud/environments?limit=100[&page=] a page of 100 environments of 10,000
  GET  /api/v1/cloud/agents?limit=100               a page of 100 agents
  GET  /api/v1/cloud/sessions/{id}/events/stream    100,000 SSE events (10,000 for SHORT_SESSION_ID,
                                                    20,000 for MID_SESSION_ID), chunked
  POST /api/v1/cloud/files                          the uploaded file's metadata (its size as received)
  GET  /api/v1/cloud/files/{id}/content             a download link to /blob/{size}: DOWNLOAD_BYTES for
                                                    FILE_ID, a tenth of that for SMALL_FILE_ID
  GET  /blob/{size}                                 that many zeros, written as the client reads
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
import threading
import time
from collections.abc import Iterator
from urllib.parse import parse_qs, urlsplit

if __package__ in (None, ""):
    sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from bench import payloads  # noqa: E402

JSON_HEAD = b"HTTP/1.1 %d %s\r\ncontent-type: application/json\r\ncontent-length: %d\r\nx-request-id: req_bench\r\n\r\n"
SSE_HEAD = (
    b"HTTP/1.1 200 OK\r\ncontent-type: text/event-stream\r\ncache-control: no-cache\r\n"
    b"transfer-encoding: chunked\r\n\r\n"
)
BLOB_HEAD = b"HTTP/1.1 200 OK\r\ncontent-type: application/octet-stream\r\ncontent-length: %d\r\n\r\n"
BLOB_BLOCK = bytes(1024 * 1024)


def _chunked(body: bytes, size: int) -> bytes:
    parts = []
    for start in range(0, len(body), size):
        piece = body[start : start + size]
        parts.append(b"%x\r\n%s\r\n" % (len(piece), piece))
    parts.append(b"0\r\n\r\n")
    return b"".join(parts)


def _json(body: bytes, status: int = 200, reason: bytes = b"OK") -> bytes:
    return JSON_HEAD % (status, reason, len(body)) + body


def _error(status: int, reason: bytes, kind: str, message: str) -> bytes:
    body = payloads.dumps({"type": "error", "error": {"type": kind, "message": message}, "request_id": "req_bench"})
    return _json(body, status, reason)


def _blob(size: int) -> Iterator[bytes]:
    yield BLOB_HEAD % size
    for start in range(0, size, len(BLOB_BLOCK)):
        yield BLOB_BLOCK[: min(len(BLOB_BLOCK), size - start)]


class Canned:
    """Every response, rendered once at start-up."""

    def __init__(self, base: str) -> None:
        self.environment = _json(payloads.ENVIRONMENT)
        pages = payloads.TOTAL_ITEMS // payloads.PAGE_SIZE
        self.pages = [_json(payloads.list_page(page)) for page in range(pages)]
        self.agents = _json(payloads.agent_page())
        self.streams = {
            payloads.SESSION_ID: SSE_HEAD + _chunked(payloads.sse_body(), payloads.SSE_CHUNK),
            payloads.SHORT_SESSION_ID: SSE_HEAD
            + _chunked(payloads.sse_body(payloads.SHORT_SSE_EVENTS), payloads.SSE_CHUNK),
            payloads.MID_SESSION_ID: SSE_HEAD
            + _chunked(payloads.sse_body(payloads.MID_SSE_EVENTS), payloads.SSE_CHUNK),
        }
        self.links = {
            f"/files/{payloads.FILE_ID}/content": _json(payloads.content_link(base, payloads.DOWNLOAD_BYTES)),
            f"/files/{payloads.SMALL_FILE_ID}/content": _json(
                payloads.content_link(base, payloads.DOWNLOAD_BYTES // 10)
            ),
        }
        self.not_found = _error(404, b"Not Found", "not_found_error", "no such route")
        self.bad_limit = _error(400, b"Bad Request", "invalid_request_error", "this server serves limit=100 only")

    def answer(self, method: str, target: str, received: int) -> bytes | Iterator[bytes]:
        parts = urlsplit(target)
        if parts.path.startswith("/blob/"):
            return _blob(int(parts.path[len("/blob/") :]))
        if not parts.path.startswith(payloads.API_PREFIX):
            return self.not_found
        path = parts.path[len(payloads.API_PREFIX) :]
        if method == "POST":
            return _json(payloads.file_metadata(received)) if path == "/files" else self.not_found
        if path in ("/environments", "/agents"):
            query = parse_qs(parts.query)
            if query.get("limit") != ["100"]:
                return self.bad_limit
            if path == "/agents":
                return self.agents
            index = payloads.page_index((query.get("page") or [None])[0])
            return self.pages[index] if 0 <= index < len(self.pages) else self.not_found
        if path.startswith("/environments/"):
            return self.environment
        if path in self.links:
            return self.links[path]
        for session, stream in self.streams.items():
            if path == f"/sessions/{session}/events/stream":
                return stream
        return self.not_found


class Protocol(asyncio.Protocol):
    """HTTP/1.1 requests in, canned answers out. A request body is counted and dropped as it
    arrives (a 30 MB upload is never held); a long answer (the blob) is written as the client
    reads it, under the transport's flow control."""

    def __init__(self, canned: Canned, activity: list[float]) -> None:
        self.canned = canned
        self.activity = activity
        self.buffer = bytearray()
        self.transport: asyncio.Transport | None = None
        self.request: tuple[str, str] | None = None  # method and target of the request being read
        self.remaining = 0  # body bytes still to drop (by content-length) ...
        self.chunked = False  # ... or the body is chunked
        self.received = 0
        self.pending: Iterator[bytes] | None = None
        self.paused = False

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport

    def pause_writing(self) -> None:
        self.paused = True

    def resume_writing(self) -> None:
        self.paused = False
        self._write_pending()

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        while self._step():
            pass

    def _step(self) -> bool:
        """Consume what the buffer holds of the current request; True when there may be more."""
        if self.request is None:
            end = self.buffer.find(b"\r\n\r\n")
            if end < 0:
                return False
            head = bytes(self.buffer[:end])
            del self.buffer[: end + 4]
            lines = head.split(b"\r\n")
            method, target, _ = lines[0].decode("latin-1").split(" ", 2)
            self.request, self.remaining, self.chunked, self.received = (method, target), 0, False, 0
            for line in lines[1:]:
                name, _, value = line.partition(b":")
                name = name.strip().lower()
                if name == b"content-length":
                    self.remaining = int(value.strip())
                elif name == b"transfer-encoding" and b"chunked" in value.lower():
                    self.chunked = True
            return True
        if self.remaining:
            taken = min(self.remaining, len(self.buffer))
            del self.buffer[:taken]
            self.remaining -= taken
            self.received += taken
            return not self.remaining  # then answer
        if self.chunked:
            end = self.buffer.find(b"\r\n")
            if end < 0:
                return False
            size = int(bytes(self.buffer[:end]).split(b";")[0], 16)
            if size == 0:
                if len(self.buffer) < end + 4:
                    return False
                del self.buffer[: end + 4]  # the last chunk and the empty trailer
                self.chunked = False
            else:
                if len(self.buffer) < end + 2 + size + 2:
                    return False
                del self.buffer[: end + 2 + size + 2]
                self.received += size
            return True
        method, target = self.request
        self.request = None
        self.activity[0] = time.monotonic()
        answer = self.canned.answer(method, target, self.received)
        assert self.transport is not None
        if isinstance(answer, bytes):
            self.transport.write(answer)
        else:
            self.pending = answer
            self._write_pending()
        return bool(self.buffer)

    def _write_pending(self) -> None:
        assert self.transport is not None
        while self.pending is not None and not self.paused:
            piece = next(self.pending, None)
            if piece is None:
                self.pending = None
                return
            self.transport.write(piece)


async def serve(port: int, idle: float, lifetime: float) -> None:
    loop = asyncio.get_running_loop()
    activity = [time.monotonic()]
    holder: list[Canned] = []
    server = await loop.create_server(lambda: Protocol(holder[0], activity), "127.0.0.1", port, backlog=256)
    bound = server.sockets[0].getsockname()[1]
    holder.append(Canned(f"http://127.0.0.1:{bound}"))
    print(bound, flush=True)
    stop = asyncio.Event()

    def watch_stdin() -> None:  # the parent closing our stdin (or dying) ends the server
        try:
            sys.stdin.buffer.read()
        finally:
            loop.call_soon_threadsafe(stop.set)

    threading.Thread(target=watch_stdin, daemon=True).start()
    started = time.monotonic()
    async with server:
        while not stop.is_set():
            now = time.monotonic()
            if now - started > lifetime or now - activity[0] > idle:
                break
            try:
                await asyncio.wait_for(stop.wait(), timeout=1.0)
            except TimeoutError:
                pass


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--idle", type=float, default=120.0, help="stop after this many seconds without a request")
    parser.add_argument("--lifetime", type=float, default=900.0, help="stop after this many seconds in any case")
    args = parser.parse_args()
    asyncio.run(serve(args.port, args.idle, args.lifetime))


if __name__ == "__main__":
    main()
