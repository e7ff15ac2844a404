"""Requests, responses and the error envelope of the local server (no sockets, no routing)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

__all__ = ["API_PREFIX", "MAX_BODY_BYTES", "ApiError", "Request", "Response", "StreamCut", "error_response"]

API_PREFIX = "/api/v1/cloud"
MAX_BODY_BYTES = 32 * 1024 * 1024

_STATUS_TYPES = {
    400: "invalid_request_error",
    401: "authentication_error",
    403: "permission_error",
    404: "not_found_error",
    405: "invalid_request_error",
    409: "conflict_error",
    413: "invalid_request_error",
    429: "rate_limit_error",
    500: "api_error",
    503: "api_error",
    529: "overloaded_error",
}


class StreamCut(Exception):
    """Raised by a streamed body to make the server drop the connection with a reset."""


class ApiError(Exception):
    """A documented failure: becomes `{"type": "error", "error": {...}, "request_id": ...}`."""

    def __init__(self, status: int, message: str, *, type: str | None = None, param: str | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.type = type or _STATUS_TYPES.get(status, "api_error")
        self.param = param


@dataclass
class Request:
    method: str
    path: str  # below API_PREFIX, e.g. "/environments/env_1"
    query: dict[str, list[str]]
    headers: Mapping[str, str]  # lower-case names
    body: bytes
    path_params: dict[str, str] = field(default_factory=dict)
    request_id: str = ""

    def header(self, name: str) -> str | None:
        return self.headers.get(name.lower())

    def json(self) -> Any:
        """The decoded body; 400 when it is not valid JSON."""
        if not self.body:
            return None
        try:
            return json.loads(self.body)
        except (ValueError, UnicodeDecodeError):
            raise ApiError(400, "Request body must be valid JSON.") from None

    def json_object(self, *, required: bool = True) -> dict[str, Any]:
        """The body as a JSON object; an empty body counts as `{}` when not required."""
        data = self.json()
        if data is None and not required:
            return {}
        if not isinstance(data, dict):
            raise ApiError(400, "Request body must be a JSON object.")
        return data

    def query_value(self, name: str) -> str | None:
        values = self.query.get(name)
        if not values:
            return None
        if len(values) > 1:
            raise ApiError(400, f"Query parameter '{name}' was given more than once.", param=name)
        return values[0]


@dataclass
class Response:
    status: int = 200
    body: Any = None  # JSON value, or bytes sent as they are
    headers: dict[str, str] = field(default_factory=dict)
    stream: Iterable[bytes] | None = None  # streamed with chunked encoding (e.g. server-sent events)

    def encoded(self) -> bytes:
        if self.body is None:
            return b""
        if isinstance(self.body, bytes):
            return self.body
        return json.dumps(self.body, separators=(",", ":")).encode()


def error_response(err: ApiError, request_id: str) -> Response:
    detail: dict[str, Any] = {"type": err.type, "message": err.message}
    if err.param is not None:
        detail["param"] = err.param
    return Response(err.status, {"type": "error", "error": detail, "request_id": request_id})
