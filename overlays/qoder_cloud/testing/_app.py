"""The local server's router: bearer-token check, idempotency, and dispatch to handlers.

Handlers are plain functions `handler(request) -> Response | JSON value`; they raise `ApiError`
for any documented failure, which becomes the API's error envelope with a `request_id`.
Nothing here knows about sockets: `_http.py` adapts this to a real loopback server.

Paths outside the API prefix (such as the download links of `_files.py`) are served by handlers
registered with `App.mount`: they see no token check and no idempotency handling.
"""

from __future__ import annotations

import json
import logging
import re
import threading
import uuid
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ._clock import Clock, SystemClock
from ._idempotency import IdempotencyStore
from ._messages import API_PREFIX, MAX_BODY_BYTES, ApiError, Request, Response, error_response

__all__ = ["API_PREFIX", "MAX_BODY_BYTES", "ApiError", "App", "Request", "Response", "error_response"]

log = logging.getLogger("qoder_cloud.testing")


Handler = Callable[[Request], "Response | Any"]


@dataclass
class _Route:
    method: str
    pattern: re.Pattern[str]
    handler: Handler
    max_body_bytes: int | None


class App:
    """Routes API requests to handlers, checks the bearer token and builds error envelopes.

    Args:
        token: accept only this bearer token; any non-empty token when None.
        lock: the lock handlers take to change state (one per server).
        max_body_bytes: the largest request body (a route may allow more, e.g. skill uploads).
        clock: the time idempotency retention is measured in.
    """

    def __init__(
        self,
        token: str | None = None,
        lock: threading.RLock | None = None,
        *,
        max_body_bytes: int = MAX_BODY_BYTES,
        clock: Clock | None = None,
    ) -> None:
        if max_body_bytes < 1:
            raise ValueError(f"max_body_bytes must be at least 1, got {max_body_bytes}")
        self.token = token
        self.lock = lock or threading.RLock()  # handlers run on server threads; state changes take this
        self.max_body_bytes = max_body_bytes
        self._routes: list[_Route] = []
        self.requests: deque[Request] = deque(maxlen=1000)  # the latest requests, for tests to inspect
        self.idempotency = IdempotencyStore(clock or SystemClock())
        self._mounts: dict[str, Handler] = {}
        self.outside_requests: deque[Request] = deque(maxlen=100)  # requests to mounted paths
        # Tokens accepted besides `token`: True for one, False for a stranger; may raise a 401
        # (the service-account tokens of `_service_accounts.py`, when the server has a key).
        self.service_tokens: Callable[[str], bool] | None = None

    def mount(self, prefix: str, handler: Handler) -> None:
        """Serve every path starting with `prefix` (outside the API prefix) with `handler`."""
        self._mounts[prefix] = handler

    def is_mounted(self, path: str) -> bool:
        return self.mount_of(path) is not None

    def mount_of(self, path: str) -> str | None:
        """The mount prefix that serves `path`, if any (what the request log shows of such paths,
        since the rest can be a signed token)."""
        return next((prefix for prefix in self._mounts if path.startswith(prefix)), None)

    def body_limit(self, method: str, path: str) -> int:
        """The largest body a request to `path` (below the API prefix) may carry."""
        for route in self._routes:
            if route.method == method and route.max_body_bytes is not None and route.pattern.match(path):
                return max(route.max_body_bytes, self.max_body_bytes)
        return self.max_body_bytes

    def handle_outside(self, request: Request) -> Response:
        """Answer a request for a path outside the API prefix with the handler mounted there."""
        request.request_id = str(uuid.uuid4())
        self.outside_requests.append(request)
        for prefix, handler in self._mounts.items():
            if request.path.startswith(prefix):
                try:
                    result = handler(request)
                except ApiError as err:
                    return error_response(err, request.request_id)
                return result if isinstance(result, Response) else Response(200, result)
        return error_response(ApiError(404, f"No route for {request.path}."), request.request_id)

    def route(self, method: str, template: str, *, max_body_bytes: int | None = None) -> Callable[[Handler], Handler]:
        """Register `handler` for `method` and a path template such as `/agents/{agent_id}`;
        `max_body_bytes` lets this route take larger bodies than the server's limit."""
        regex = "^" + re.sub(r"\{(\w+)\}", r"(?P<\1>[^/]+)", template) + "$"

        def register(handler: Handler) -> Handler:
            self._routes.append(_Route(method, re.compile(regex), handler, max_body_bytes))
            return handler

        return register

    def handle(self, request: Request) -> Response:
        request.request_id = request.header("x-request-id") or str(uuid.uuid4())
        self.requests.append(request)
        try:
            response = self._dispatch(request)
        except ApiError as err:
            response = error_response(err, request.request_id)
        except Exception as exc:  # a bug in a handler: answer like a real server, and say what broke
            log.exception("local server: %s %s failed", request.method, request.path)
            response = error_response(ApiError(500, f"Internal error: {type(exc).__name__}."), request.request_id)
        response.headers.setdefault("x-request-id", request.request_id)
        return response

    def call(self, method: str, path: str, body: Any = None) -> Response:
        """Serve an API request from inside the server (a deployment run creating its session): the
        same routes and checks as a client's request, without the token, idempotency or request log.
        Documented failures come back as error responses, as a client would see them."""
        request = Request(method, path, {}, {"content-type": "application/json"}, json.dumps(body).encode())
        request.request_id = str(uuid.uuid4())
        try:
            return self._route(request)
        except ApiError as err:
            return error_response(err, request.request_id)

    def _dispatch(self, request: Request) -> Response:
        caller = self._authenticate(request)
        return self.idempotency.run(request, caller, lambda: self._route(request))

    def _route(self, request: Request) -> Response:
        allowed = False
        for route in self._routes:
            match = route.pattern.match(request.path)
            if match is None:
                continue
            if route.method != request.method:
                allowed = True
                continue
            request.path_params = match.groupdict()
            result = route.handler(request)
            return result if isinstance(result, Response) else Response(200, result)
        if allowed:
            raise ApiError(405, f"Method {request.method} is not allowed on {request.path}.")
        raise ApiError(404, f"No route for {request.method} {request.path}.")

    def _authenticate(self, request: Request) -> str:
        """The caller's token; 401 when it is missing or not the one this server accepts."""
        header = request.header("authorization") or ""
        scheme, _, credential = header.partition(" ")
        credential = credential.strip()
        if scheme.lower() != "bearer" or not credential:
            raise ApiError(401, "Invalid API key or token.")
        if self.service_tokens is not None and self.service_tokens(credential):
            return credential
        if self.token is not None and credential != self.token:
            raise ApiError(401, "Invalid API key or token.")
        return credential
