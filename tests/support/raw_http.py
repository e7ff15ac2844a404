"""Raw HTTP/1.1 over a loopback socket, for requests no well-behaved client would send
(odd framing, broken lengths) and for reading exactly what the local server answers."""

from __future__ import annotations

import json
import socket
from dataclasses import dataclass
from typing import Any

from .constants import TOKEN

API = "/api/v1/cloud"


@dataclass
class RawAnswer:
    status: int
    headers: dict[str, str]
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body)


def request_head(method: str, path: str, *extra: str, token: str = TOKEN) -> bytes:
    """The request line and headers (ending in the blank line) for an API path."""
    lines = [f"{method} {API}{path} HTTP/1.1", "Host: 127.0.0.1", f"Authorization: Bearer {token}", *extra]
    return ("\r\n".join(lines) + "\r\n\r\n").encode()


def exchange(port: int, data: bytes, *, timeout: float = 5.0) -> bytes:
    """Send `data`, then read until the server closes the connection (or `timeout` passes)."""
    with socket.create_connection(("127.0.0.1", port), timeout=timeout) as conn:
        conn.sendall(data)
        received = b""
        try:
            while chunk := conn.recv(65536):
                received += chunk
        except (TimeoutError, ConnectionResetError):
            pass
    return received


def answers(raw: bytes) -> list[RawAnswer]:
    """Every response in `raw` (Content-Length framed, as the server sends JSON answers)."""
    found = []
    while raw:
        head, separator, rest = raw.partition(b"\r\n\r\n")
        if not separator:
            raise AssertionError(f"an incomplete answer: {raw[:200]!r}")
        status_line, *header_lines = head.decode("latin-1").split("\r\n")
        headers = {name.strip().lower(): value.strip() for name, _, value in (h.partition(":") for h in header_lines)}
        length = int(headers.get("content-length", "0"))
        found.append(RawAnswer(int(status_line.split(" ")[1]), headers, rest[:length]))
        raw = rest[length:]
    return found
