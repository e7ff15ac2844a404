"""A webhook receiver for tests: a loopback HTTP server that records each request it gets and
answers with the statuses a test scripts (then 204)."""

from __future__ import annotations

import http.server
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from types import TracebackType
from typing import Self


@dataclass(frozen=True)
class Received:
    headers: list[tuple[str, str]]  # as sent, repeated headers kept apart
    body: bytes  # the raw bytes, as a receiver must verify them
    status: int  # what the receiver answered

    def header(self, name: str) -> str:
        return next(value for key, value in self.headers if key.lower() == name.lower())


class WebhookReceiver:
    def __init__(self, statuses: Iterable[int] = ()) -> None:
        self.statuses = list(statuses)
        self.received: list[Received] = []
        self.arrived = threading.Condition()
        receiver = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("content-length") or 0))
                with receiver.arrived:
                    status = receiver.statuses.pop(0) if receiver.statuses else 204
                    receiver.received.append(Received(list(self.headers.items()), body, status))
                    receiver.arrived.notify_all()
                self.send_response(status)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, format: str, *args: object) -> None:
                pass

        self._server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}/hooks"

    def wait_for(self, count: int, timeout: float = 30.0) -> list[Received]:
        """The first `count` requests, once they have arrived (AssertionError after `timeout`)."""
        with self.arrived:
            if not self.arrived.wait_for(lambda: len(self.received) >= count, timeout):
                raise AssertionError(f"{len(self.received)} of {count} webhook requests arrived in {timeout} s")
            return list(self.received[:count])

    def __enter__(self) -> Self:
        self._thread.start()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self._server.shutdown()
        self._thread.join(timeout=5)
        self._server.server_close()
