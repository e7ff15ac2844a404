"""A minimal, fast HTTP/1.1 server on the loopback interface that answers with canned bytes.

It runs as its own process (so its work does not share the client's interpreter lock), prints
its port on stdout, and stops by itself: when its parent closes stdin, after `--idle` seconds
without a request, or after `--lifetime` seconds at most.

Routes (GET only, keep-alive):
  /api/v1/cloud/environments/{id}              one environment
  /api/v1/cloud/environments?limit=100[&page=] a page of 100 environments of 10,000
  /api/v1/cloud/sessions/{id}/events/stream    100,000 SSE events (chunked), then the end
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
import threading
import time
from urllib.parse import parse_qs, urlsplit

if __package__ in (None, ""):
    sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from bench import payloads  # noqa: E402

JSON_HEAD = b"HTTP/1.1 %d %s\r\ncontent-type: application/json\r\ncontent-length: %d\r\nx-request-id: req_bench\r\n\r\n"
SSE_HEAD = (
    b"HTTP/1.1 200 OK\r\ncontent-type: text/event-stream\r\ncache-control: no-cache\r\n"
    b"transfer-encoding: chunked\r\n\r\n"
)


def _chunked(body: bytes, size: int) -> bytes:
    parts = []
    for start in range(0, len(body), size):
        piece = body[start : start + size]
        parts.append(b"%x\r\n%s\r\n" % (len(piece), piece))
    parts.append(b"0\r\n\r\n")
    return b"".join(parts)


def _error(status: int, reason: bytes, kind: str, message: str) -> bytes:
    body = payloads.dumps({"type": "error", "error": {"type": kind, "message": message}, "request_id": "req_bench"})
    return JSON_HEAD % (status, reason, len(body)) + body


class Canned:
    """Every response, rendered once at start-up."""

    def __init__(self) -> None:
        self.environment = JSON_HEAD % (200, b"OK", len(payloads.ENVIRONMENT)) + payloads.ENVIRONMENT
        pages = payloads.TOTAL_ITEMS // payloads.PAGE_SIZE
        self.pages = []
        for page in range(pages):
            body = payloads.list_page(page)
            self.pages.append(JSON_HEAD % (200, b"OK", len(body)) + body)
        self.stream = SSE_HEAD + _chunked(payloads.sse_body(), payloads.SSE_CHUNK)
        self.not_found = _error(404, b"Not Found", "not_found_error", "no such route")
        self.bad_limit = _error(400, b"Bad Request", "invalid_request_error", "this server serves limit=100 only")

    def answer(self, target: str) -> bytes:
        parts = urlsplit(target)
        path = parts.path
        if not path.startswith(payloads.API_PREFIX):
            return self.not_found
        path = path[len(payloads.API_PREFIX) :]
        if path == "/environments":
            query = parse_qs(parts.query)
            if query.get("limit") != ["100"]:
                return self.bad_limit
            index = payloads.page_index((query.get("page") or [None])[0])
            return self.pages[index] if 0 <= index < len(self.pages) else self.not_found
        if path.startswith("/environments/"):
            return self.environment
        if path == f"/sessions/{payloads.SESSION_ID}/events/stream":
            return self.stream
        return self.not_found


class Protocol(asyncio.Protocol):
    def __init__(self, canned: Canned, activity: list[float]) -> None:
        self.canned = canned
        self.activity = activity
        self.buffer = b""
        self.transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        while True:
            end = self.buffer.find(b"\r\n\r\n")
            if end < 0:
                return
            head = self.buffer[:end]
            rest = self.buffer[end + 4 :]
            length = 0
            for line in head.split(b"\r\n")[1:]:
                name, _, value = line.partition(b":")
                if name.strip().lower() == b"content-length":
                    length = int(value.strip())
            if len(rest) < length:
                return
            self.buffer = rest[length:]
            target = head.split(b" ", 2)[1].decode("latin-1")
            self.activity[0] = time.monotonic()
            assert self.transport is not None
            self.transport.write(self.canned.answer(target))


async def serve(port: int, idle: float, lifetime: float) -> None:
    canned = Canned()
    loop = asyncio.get_running_loop()
    activity = [time.monotonic()]
    server = await loop.create_server(lambda: Protocol(canned, activity), "127.0.0.1", port, backlog=64)
    print(server.sockets[0].getsockname()[1], flush=True)
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
