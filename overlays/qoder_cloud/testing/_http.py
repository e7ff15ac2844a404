"""Serves an `App` over HTTP/1.1 on a real loopback socket (standard library only).

Requests are handled on threads; connections are kept alive. A streamed response (server-sent
events) is written with chunked encoding as its chunks are produced.
"""

from __future__ import annotations

import http.server
import socketserver
import sys
import threading
from typing import Any
from urllib.parse import parse_qs, urlsplit

from ._app import API_PREFIX, MAX_BODY_BYTES, ApiError, App, Request, Response, error_response

__all__ = ["HTTPServer"]


class _Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True
    server: HTTPServer

    def log_message(self, format: str, *args: Any) -> None:  # quiet: tests read their own output
        pass

    def _serve(self) -> None:
        split = urlsplit(self.path)
        headers = {name.lower(): value for name, value in self.headers.items()}
        if not split.path.startswith(API_PREFIX + "/") and split.path != API_PREFIX:
            self._write(error_response(ApiError(404, f"No route for {split.path}."), "none"))
            return
        length = int(headers.get("content-length") or 0)
        if length > MAX_BODY_BYTES:
            self.close_connection = True
            self._write(
                error_response(
                    ApiError(400, "Request body exceeds the 32 MB limit."), headers.get("x-request-id", "none")
                )
            )
            return
        body = self.rfile.read(length) if length else b""
        request = Request(
            method=self.command,
            path=split.path[len(API_PREFIX) :] or "/",
            query=parse_qs(split.query, keep_blank_values=True),
            headers=headers,
            body=body,
        )
        self._write(self.server.app.handle(request))

    do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = do_HEAD = _serve

    def _write(self, response: Response) -> None:
        self.send_response(response.status)
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

    def _write_stream(self, response: Response) -> None:
        assert response.stream is not None
        try:
            for chunk in response.stream:
                if chunk:
                    self.wfile.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
                    self.wfile.flush()
            self.wfile.write(b"0\r\n\r\n")
            self.wfile.flush()
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True
        finally:
            close = getattr(response.stream, "close", None)
            if close is not None:
                close()


class HTTPServer(http.server.ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, app: App, host: str, port: int) -> None:
        self.app = app
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
