"""Serves an `App` over HTTP/1.1 on a real loopback socket (standard library only).

Requests are handled on threads; connections are kept alive until they idle for `idle_timeout`
seconds. Request bodies come with a `Content-Length` or in chunks (`Transfer-Encoding: chunked`);
any other framing, a malformed or conflicting length, or a body over the route's limit is a 400
in the error envelope, after which the connection closes (its bytes can no longer be trusted).
A streamed response (server-sent events, downloads) is written as its chunks are produced. With a
`FaultPlan`, some requests meet the failures a real gateway produces (see `_faults.py`).

Each answered request is logged on `qoder_cloud.testing.requests` at INFO: method, path, status
and milliseconds (the command line prints these lines).
"""

from __future__ import annotations

import http.server
import itertools
import logging
import re
import socket
import socketserver
import struct
import sys
import threading
import time
import uuid
from collections.abc import Iterator
from typing import Any
from urllib.parse import parse_qs, urlsplit

from ._app import API_PREFIX, ApiError, App, Request, Response, error_response
from ._faults import AFTER_HANDLER, BEFORE_HANDLER, FaultPlan
from ._messages import StreamCut, size_text

__all__ = ["HTTPServer"]

request_log = logging.getLogger("qoder_cloud.testing.requests")

_FAULT_STATUS = {
    "rate_limit": (429, "rate_limit_error", "Too many requests; slow down."),
    "server_error": (500, "api_error", "Internal server error."),
    "gateway_timeout": (504, "api_error", "The upstream did not answer in time."),
    "overloaded": (529, "overloaded_error", "The service is overloaded."),
}
_HTML_502 = b"<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1></body></html>"
_SSE_FRAMES_BEFORE_CUT = 3
_DIGITS = re.compile(r"^[0-9]+$")
_CHUNK_SIZE = re.compile(rb"^([0-9A-Fa-f]{1,16})[ \t]*(;.*)?$")
_MAX_CHUNK_LINE = 4096
_MAX_TRAILER_LINES = 100
_LINGER_SECONDS = 2.0
_MAX_LINGER_BYTES = 256 * 1024 * 1024


class _Refused(Exception):
    """The request cannot be read: answer 400 with this message and close the connection."""


class _Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True
    server: HTTPServer

    def setup(self) -> None:
        super().setup()
        self.connection.settimeout(self.server.idle_timeout)  # every read and write of the connection

    def log_message(self, format: str, *args: Any) -> None:  # quiet: the request log says what matters
        pass

    def log_request(self, code: int | str = "-", size: int | str = "-") -> None:
        self._status = str(int(code)) if isinstance(code, int) else str(code)

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        """What `http.server` itself refuses (a garbled request line, too many headers, an unknown
        method or HTTP version) is answered in the API's error envelope too, as a 4xx."""
        status = code if code < 500 else 405 if code == 501 else 400  # the client's fault: never a 5xx
        self.close_connection = True
        self.request_version = "HTTP/1.1"  # a garbled request line leaves "HTTP/0.9", which has no status line
        self._write(error_response(ApiError(status, message or "Bad request."), str(uuid.uuid4())))
        self._linger()

    def _serve(self) -> None:
        started = time.perf_counter()
        self._status = "-"
        split = urlsplit(self.path)
        try:
            self._answer(split.path, split.query)
        finally:
            shown = split.path if not self.server.app.is_mounted(split.path) else self.server.app.mount_of(split.path)
            elapsed = (time.perf_counter() - started) * 1000
            request_log.info("%s %s %s %.1f ms", self.command, shown, self._status, elapsed)

    do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = do_HEAD = _serve

    def _answer(self, path: str, query: str) -> None:
        headers = {name.lower(): value for name, value in self.headers.items()}
        app = self.server.app
        inside = path.startswith(API_PREFIX + "/") or path == API_PREFIX
        if not inside and not app.is_mounted(path):
            self._write(error_response(ApiError(404, f"No route for {path}."), "none"))
            return
        local_path = (path[len(API_PREFIX) :] or "/") if inside else path
        try:
            body = self._read_body(app.body_limit(self.command, local_path))
        except _Refused as refused:
            self.close_connection = True
            request_id = headers.get("x-request-id") or str(uuid.uuid4())
            self._write(error_response(ApiError(400, str(refused)), request_id))
            self._linger()
            return
        request = Request(
            method=self.command,
            path=local_path,
            query=parse_qs(query, keep_blank_values=True),
            headers=headers,
            body=body,
        )
        plan = self.server.faults
        fault = plan.draw(streaming="text/event-stream" in headers.get("accept", "")) if plan else None
        if fault in BEFORE_HANDLER:
            self._fail_before(fault, request)
            return
        response = app.handle(request) if inside else app.handle_outside(request)
        if fault in AFTER_HANDLER and response.stream is None:
            self._fail_after(fault, response)
        elif fault == "sse_cut" and response.stream is not None:
            response.stream = _cut_mid_frame(iter(response.stream))
            self._write(response)
        else:
            self._write(response)

    # ------------------------------------------------------------------ request bodies

    def _read_body(self, limit: int) -> bytes:
        lengths = self.headers.get_all("content-length") or []
        coding = ",".join(self.headers.get_all("transfer-encoding") or []).strip().lower()
        if coding and lengths:
            raise _Refused("A request may not carry both Transfer-Encoding and Content-Length.")
        if coding:
            if coding != "chunked":
                raise _Refused(f"Transfer-Encoding '{coding[:40]}' is not supported; send chunked or a Content-Length.")
            return self._read_chunked(limit)
        if not lengths:
            return b""
        values = {value.strip() for value in lengths}
        if len(values) != 1 or not _DIGITS.match(next(iter(values))):
            raise _Refused("Content-Length must be one non-negative whole number.")
        length = int(values.pop())
        if length > limit:
            raise _Refused(f"Request body exceeds the {size_text(limit)} limit.")
        return self.rfile.read(length) if length else b""

    def _read_chunked(self, limit: int) -> bytes:
        body = bytearray()
        while True:
            line = self.rfile.readline(_MAX_CHUNK_LINE + 1).rstrip(b"\r\n")
            match = _CHUNK_SIZE.match(line)
            if match is None:
                raise _Refused("Malformed chunked request body.")
            size = int(match.group(1), 16)
            if size == 0:
                break
            if len(body) + size > limit:
                raise _Refused(f"Request body exceeds the {size_text(limit)} limit.")
            chunk = self.rfile.read(size)
            if len(chunk) != size or self.rfile.read(2) != b"\r\n":
                raise _Refused("Malformed chunked request body.")
            body += chunk
        for _ in range(_MAX_TRAILER_LINES):  # trailer fields, ignored, up to the blank line
            if self.rfile.readline(_MAX_CHUNK_LINE + 1) in (b"\r\n", b"\n", b""):
                return bytes(body)
        raise _Refused("Malformed chunked request body.")

    def _linger(self) -> None:
        """Close after a refusal without losing the answer: send FIN, then read and drop what the
        client is still sending for a moment (closing with unread bytes would send a reset that can
        destroy the answer before the client reads it)."""
        try:
            self.wfile.flush()
            self.connection.shutdown(socket.SHUT_WR)
            self.connection.settimeout(_LINGER_SECONDS)
            deadline = time.monotonic() + _LINGER_SECONDS
            dropped = 0
            while time.monotonic() < deadline and dropped < _MAX_LINGER_BYTES:
                data = self.connection.recv(65536)
                if not data:
                    break
                dropped += len(data)
        except OSError:
            pass

    # ------------------------------------------------------------------ normal answers

    def _write(self, response: Response) -> None:
        self.send_response(response.status)
        if self.close_connection:
            self.send_header("Connection", "close")
        if response.stream is not None and "content-length" in response.headers:
            self._write_sized_stream(response)  # a download: length known, body produced in chunks
            return
        if response.stream is not None:
            self.send_header("Content-Type", response.headers.pop("content-type", "text/event-stream"))
            self.send_header("Cache-Control", "no-cache")
            self.send_header("Transfer-Encoding", "chunked")
            for name, value in response.headers.items():
                self.send_header(name, value)
            self.end_headers()
            self._write_stream(response)
            return
        payload = response.encoded()
        if payload:
            self.send_header("Content-Type", response.headers.pop("content-type", "application/json"))
        self.send_header("Content-Length", str(len(payload)))
        for name, value in response.headers.items():
            self.send_header(name, value)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(payload)

    def _write_sized_stream(self, response: Response) -> None:
        assert response.stream is not None
        for name, value in response.headers.items():
            self.send_header(name, value)
        self.end_headers()
        try:
            if self.command != "HEAD":
                for chunk in response.stream:
                    self.wfile.write(chunk)
        except (ConnectionError, TimeoutError):
            self.close_connection = True

    def _write_stream(self, response: Response) -> None:
        assert response.stream is not None
        try:
            for chunk in response.stream:
                if chunk:
                    self.wfile.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
                    self.wfile.flush()
            self.wfile.write(b"0\r\n\r\n")
            self.wfile.flush()
        except StreamCut:
            self._reset()
        except (ConnectionError, TimeoutError):
            self.close_connection = True
        finally:
            close = getattr(response.stream, "close", None)
            if close is not None:
                close()

    # ------------------------------------------------------------------ faults

    def _fail_before(self, fault: str, request: Request) -> None:
        plan = self.server.faults
        assert plan is not None
        retry_headers = {"retry-after-ms": str(plan.retry_after_ms)} if plan.retry_after_ms is not None else {}
        if fault == "reset_before_handler":
            self._reset()
        elif fault == "bad_gateway_html":
            self._write(Response(502, _HTML_502, {"content-type": "text/html", **retry_headers}))
        elif fault == "unavailable_empty":
            self._write(Response(503, None, dict(retry_headers)))
        else:
            status, kind, message = _FAULT_STATUS[fault]
            answer = error_response(ApiError(status, message, type=kind), request.header("x-request-id") or "fault")
            if fault == "rate_limit" and plan.retry_after_ms is None:
                answer.headers["retry-after"] = "1"
            answer.headers.update(retry_headers)
            self._write(answer)

    def _fail_after(self, fault: str, response: Response) -> None:
        payload = response.encoded()
        if fault == "reset_after_handler":
            self._reset()
        elif fault == "reset_mid_body":
            self.send_response(response.status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload[: len(payload) // 2])
            self._reset()
        elif fault == "stall":
            plan = self.server.faults
            assert plan is not None
            # Real seconds on purpose: a stall is about the client's own (real) read timeout.
            self.server.stopping.wait(plan.stall_seconds)
            self.close_connection = True
            self._status = "stall"
        elif fault == "truncated_json":
            cut = payload[: max(1, len(payload) // 2)]
            self._write(Response(response.status, cut, {"content-type": "application/json"}))

    def _reset(self) -> None:
        """Drop the connection with a TCP reset (RST), as a crashed proxy would."""
        try:
            self.wfile.flush()
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            self.connection.close()
        except OSError:
            pass
        self.close_connection = True
        self._status = f"{self._status}+reset" if self._status != "-" else "reset"


def _cut_mid_frame(chunks: Iterator[bytes]) -> Iterator[bytes]:
    """Pass a few chunks through, then half of the next one, then cut the connection."""
    yield from itertools.islice(chunks, _SSE_FRAMES_BEFORE_CUT)
    following = next(chunks, b"")
    if following:
        yield following[: max(1, len(following) // 2)]
    raise StreamCut


class HTTPServer(http.server.ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 256  # the listen backlog: a burst of new connections is queued, not reset

    def __init__(
        self, app: App, host: str, port: int, faults: FaultPlan | None = None, *, idle_timeout: float = 30.0
    ) -> None:
        self.app = app
        self.faults = faults
        self.idle_timeout = idle_timeout
        self.stopping = threading.Event()
        super().__init__((host, port), _Handler)

    def handle_error(self, request: Any, client_address: Any) -> None:
        # A client that hangs up early (a timeout, a cancelled stream) is normal here, not an error.
        if isinstance(sys.exc_info()[1], ConnectionError | TimeoutError):
            return
        super().handle_error(request, client_address)

    def server_bind(self) -> None:
        # Skip http.server's reverse DNS lookup of the host, which can stall on a closed network.
        socketserver.TCPServer.server_bind(self)
        host, port = self.server_address[:2]
        self.server_name = str(host)
        self.server_port = int(port)
