"""Serves an `App` over HTTP/1.1 on a real loopback socket (standard library only).

Requests are handled on threads; connections are kept alive. A streamed response (server-sent
events) is written with chunked encoding as its chunks are produced. With a `FaultPlan`, some
requests meet the failures a real gateway produces (see `_faults.py`).
"""

from __future__ import annotations

import http.server
import itertools
import socket
import socketserver
import struct
import sys
import threading
from collections.abc import Iterator
from typing import Any
from urllib.parse import parse_qs, urlsplit

from ._app import API_PREFIX, MAX_BODY_BYTES, ApiError, App, Request, Response, error_response
from ._faults import AFTER_HANDLER, BEFORE_HANDLER, FaultPlan
from ._messages import StreamCut

__all__ = ["HTTPServer"]

_FAULT_STATUS = {
    "rate_limit": (429, "rate_limit_error", "Too many requests; slow down."),
    "server_error": (500, "api_error", "Internal server error."),
    "gateway_timeout": (504, "api_error", "The upstream did not answer in time."),
    "overloaded": (529, "overloaded_error", "The service is overloaded."),
}
_HTML_502 = b"<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1></body></html>"
_SSE_FRAMES_BEFORE_CUT = 3


class _Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True
    server: HTTPServer

    def log_message(self, format: str, *args: Any) -> None:  # quiet: tests read their own output
        pass

    def _serve(self) -> None:
        split = urlsplit(self.path)
        headers = {name.lower(): value for name, value in self.headers.items()}
        inside = split.path.startswith(API_PREFIX + "/") or split.path == API_PREFIX
        if not inside and not self.server.app.is_mounted(split.path):
            self._write(error_response(ApiError(404, f"No route for {split.path}."), "none"))
            return
        length = int(headers.get("content-length") or 0)
        if length > MAX_BODY_BYTES:
            self.close_connection = True
            too_large = ApiError(400, "Request body exceeds the 32 MB limit.")
            self._write(error_response(too_large, headers.get("x-request-id", "none")))
            return
        body = self.rfile.read(length) if length else b""
        request = Request(
            method=self.command,
            path=(split.path[len(API_PREFIX) :] or "/") if inside else split.path,
            query=parse_qs(split.query, keep_blank_values=True),
            headers=headers,
            body=body,
        )
        plan = self.server.faults
        fault = plan.draw(streaming="text/event-stream" in headers.get("accept", "")) if plan else None
        if fault in BEFORE_HANDLER:
            self._fail_before(fault, request)
            return
        response = self.server.app.handle(request) if inside else self.server.app.handle_outside(request)
        if fault in AFTER_HANDLER and response.stream is None:
            self._fail_after(fault, response)
        elif fault == "sse_cut" and response.stream is not None:
            response.stream = _cut_mid_frame(iter(response.stream))
            self._write(response)
        else:
            self._write(response)

    do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = do_HEAD = _serve

    # ------------------------------------------------------------------ normal answers

    def _write(self, response: Response) -> None:
        self.send_response(response.status)
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
        except (BrokenPipeError, ConnectionResetError):
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
        except (BrokenPipeError, ConnectionResetError):
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
            self.server.stopping.wait(plan.stall_seconds)
            self.close_connection = True
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

    def __init__(self, app: App, host: str, port: int, faults: FaultPlan | None = None) -> None:
        self.app = app
        self.faults = faults
        self.stopping = threading.Event()
        super().__init__((host, port), _Handler)

    def handle_error(self, request: Any, client_address: Any) -> None:
        # A client that hangs up early (a timeout, a cancelled stream) is normal here, not an error.
        if isinstance(sys.exc_info()[1], ConnectionError):
            return
        super().handle_error(request, client_address)

    def server_bind(self) -> None:
        # Skip http.server's reverse DNS lookup of the host, which can stall on a closed network.
        socketserver.TCPServer.server_bind(self)
        host, port = self.server_address[:2]
        self.server_name = str(host)
        self.server_port = int(port)
