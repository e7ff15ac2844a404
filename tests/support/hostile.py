"""A loopback HTTP/1.1 server that writes raw bytes: the answers a broken or hostile server (or
proxy) may send, which no well-behaved server, the bundled one included, ever does.

    def handler(request: RawRequest, out: RawConnection) -> bool:
        out.send(reply(200, gzip_bomb, {"Content-Encoding": "gzip"}))
        return True                                   # keep the connection for the next request

    with HostileServer(handler) as server:
        QoderCloud(token=TOKEN, base_url=server.base_url).environments.retrieve("env_1")
        server.requests                               # every request seen, in order

The handler runs on the connection's own thread; `out.send` raises `OSError` once the client has
gone, which ends the connection. `stop()` (the `with` block's end) closes the listener and every
connection and waits a bounded time for the threads, so a handler that writes forever (an endless
SSE line) ends too: it should also check `out.open` in its loop.
"""

from __future__ import annotations

import socket
import threading
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from types import TracebackType
from typing import Self

SSE_HEAD = b"HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nConnection: close\r\n\r\n"
MAX_HEAD = 64 * 1024


@dataclass
class RawRequest:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes
    index: int  # 0 for the first request the server saw


@dataclass
class RawConnection:
    sock: socket.socket
    stopping: threading.Event
    sent: int = 0
    closed_early: bool = field(default=False)

    @property
    def open(self) -> bool:
        return not self.stopping.is_set()

    def send(self, data: bytes) -> None:
        if self.stopping.is_set():
            raise OSError("the server is stopping")
        try:
            self.sock.sendall(data)
        except OSError:
            self.closed_early = True
            raise
        self.sent += len(data)


Handler = Callable[[RawRequest, RawConnection], bool]


def reply(status: int, body: bytes | str = b"", headers: dict[str, str] | None = None) -> bytes:
    """One complete response with a `Content-Length`."""
    payload = body.encode() if isinstance(body, str) else body
    lines = {"Content-Length": str(len(payload)), **(headers or {})}
    head = f"HTTP/1.1 {status} X\r\n" + "".join(f"{name}: {value}\r\n" for name, value in lines.items())
    return head.encode("latin-1") + b"\r\n" + payload


def gzip_bomb(prefix: bytes, megabytes: int, suffix: bytes) -> bytes:
    """`prefix`, `megabytes` MB of spaces and `suffix`, gzipped: about 1 KB on the wire per MB."""
    squeeze = zlib.compressobj(9, zlib.DEFLATED, 31)
    block = b" " * 2**20
    parts = [squeeze.compress(prefix), *(squeeze.compress(block) for _ in range(megabytes))]
    return b"".join([*parts, squeeze.compress(suffix), squeeze.flush()])


def always(data: bytes, *, keep_alive: bool = True) -> Handler:
    """A handler that answers every request with the same bytes."""

    def handler(request: RawRequest, out: RawConnection) -> bool:
        out.send(data)
        return keep_alive

    return handler


class HostileServer:
    def __init__(self, handler: Handler) -> None:
        self._handler = handler
        self._listener = socket.socket()
        self._listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._listener.bind(("127.0.0.1", 0))
        self._listener.listen(128)
        self._stopping = threading.Event()
        self._threads: list[threading.Thread] = []
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()
        self.requests: list[RawRequest] = []
        self.connections: list[RawConnection] = []

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self._listener.getsockname()[1]}"

    def start(self) -> Self:
        self._spawn(self._accept)
        return self

    def stop(self) -> None:
        self._stopping.set()
        try:
            self._listener.shutdown(socket.SHUT_RDWR)  # wakes the thread blocked in accept()
        except OSError:
            pass
        self._listener.close()
        with self._lock:
            for sock in self._sockets:
                try:
                    sock.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass
                sock.close()
        for thread in self._threads:
            thread.join(timeout=5)

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()

    def _spawn(self, target: Callable[..., None], *args: object) -> None:
        thread = threading.Thread(target=target, args=args, daemon=True)
        with self._lock:
            self._threads.append(thread)
        thread.start()

    def _accept(self) -> None:
        while not self._stopping.is_set():
            try:
                sock, _ = self._listener.accept()
            except OSError:
                return
            with self._lock:
                self._sockets.append(sock)
            self._spawn(self._serve, sock)

    def _serve(self, sock: socket.socket) -> None:
        connection = RawConnection(sock, self._stopping)
        with self._lock:
            self.connections.append(connection)
        buffer = b""
        with sock:
            while not self._stopping.is_set():
                try:
                    request, buffer = self._read(sock, buffer)
                except OSError:
                    return
                if request is None:
                    return
                try:
                    if not self._handler(request, connection):
                        return
                except OSError:
                    return

    def _read(self, sock: socket.socket, buffer: bytes) -> tuple[RawRequest | None, bytes]:
        while b"\r\n\r\n" not in buffer:
            if len(buffer) > MAX_HEAD:
                return None, b""
            data = sock.recv(65536)
            if not data:
                return None, b""
            buffer += data
        head, _, buffer = buffer.partition(b"\r\n\r\n")
        first, *lines = head.decode("latin-1").split("\r\n")
        method, path, _ = first.split(" ", 2)
        headers = {name.strip().lower(): value.strip() for name, _, value in (line.partition(":") for line in lines)}
        length = int(headers.get("content-length") or 0)
        while len(buffer) < length:
            data = sock.recv(65536)
            if not data:
                return None, b""
            buffer += data
        with self._lock:
            request = RawRequest(method, path, headers, buffer[:length], len(self.requests))
            self.requests.append(request)
        return request, buffer[length:]
