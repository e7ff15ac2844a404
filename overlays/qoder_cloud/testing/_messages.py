"""Requests, responses and the error envelope of the local server (no sockets, no routing)."""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

__all__ = [
    "API_PREFIX",
    "MAX_BODY_BYTES",
    "MAX_JSON_DEPTH",
    "ApiError",
    "Request",
    "Response",
    "StreamCut",
    "dumps",
    "error_response",
    "size_text",
]

API_PREFIX = "/api/v1/cloud"
# The documented limit of the global region (the China region's is 4 MB: `LocalServer(max_body_bytes=...)`).
# The client has its own copy of this number on purpose: the server is an independent oracle.
MAX_BODY_BYTES = 32 * 1024 * 1024
MAX_JSON_DEPTH = 100  # arrays and objects inside each other; far beyond any real request

_STATUS_TYPES = {
    400: "invalid_request_error",
    401: "authentication_error",
    403: "permission_error",
    404: "not_found_error",
    405: "invalid_request_error",
    409: "conflict_error",
    429: "rate_limit_error",
    500: "api_error",
    503: "api_error",
    529: "overloaded_error",
}


class StreamCut(Exception):
    """Raised by a streamed body to make the server drop the connection with a reset."""


class ApiError(Exception):
    """A documented failure: becomes `{"type": "error", "error": {...}, "request_id": ...}`."""

    def __init__(
        self, status: int, message: str, *, type: str | None = None, param: str | None = None, code: str | None = None
    ) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.type = type or _STATUS_TYPES.get(status, "api_error")
        self.param = param
        self.code = code  # a finer reason within `type`, sent as `error.code` when set


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
        """The decoded body; 400 when it is not valid JSON (NaN and Infinity are not) or is
        nested deeper than `MAX_JSON_DEPTH`."""
        if not self.body:
            return None
        return loads(self.body)

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
        return dumps(self.body).encode()


def error_response(err: ApiError, request_id: str) -> Response:
    detail: dict[str, Any] = {"type": err.type, "message": err.message}
    if err.param is not None:
        detail["param"] = err.param
    if err.code is not None:
        detail["code"] = err.code
    return Response(err.status, {"type": "error", "error": detail, "request_id": request_id})


def loads(data: bytes | str) -> Any:
    """Strict JSON: no NaN or Infinity (not even as an overflowing number), at most
    `MAX_JSON_DEPTH` levels; anything else is a 400 in the error envelope."""
    try:
        value = json.loads(data, parse_constant=_not_a_number, parse_float=_finite)
    except _NotJSON as err:
        raise ApiError(400, f"Request body must be valid JSON: {err}") from None
    except RecursionError:
        value = _TOO_DEEP
    except (ValueError, UnicodeDecodeError):
        raise ApiError(400, "Request body must be valid JSON.") from None
    if value is _TOO_DEEP or _depth_exceeds(value, MAX_JSON_DEPTH):
        raise ApiError(400, f"Request body is nested more than {MAX_JSON_DEPTH} levels deep.")
    return value


def dumps(value: Any) -> str:
    """Compact JSON that other languages can read: NaN and Infinity raise `ValueError`."""
    try:
        return json.dumps(value, separators=(",", ":"), allow_nan=False)
    except ValueError:
        raise ValueError("the value holds NaN or Infinity, which JSON cannot carry") from None


def size_text(size: int) -> str:
    """`33554432` -> `32 MB`, `1024` -> `1 KB` (binary units, as the limits are set)."""
    for unit, factor in (("MB", 1024 * 1024), ("KB", 1024)):
        if size >= factor and size % factor == 0:
            return f"{size // factor} {unit}"
    return f"{size} bytes"


class _NotJSON(ValueError):
    pass


_TOO_DEEP = object()


def _not_a_number(constant: str) -> Any:
    raise _NotJSON(f"{constant} is not a JSON number (NaN, Infinity and -Infinity are refused)")


def _finite(text: str) -> float:
    number = float(text)
    if math.isinf(number):
        raise _NotJSON(f"{text[:40]} is out of range for a number (NaN and Infinity are refused)")
    return number


def _depth_exceeds(value: Any, limit: int) -> bool:
    """Whether arrays and objects nest more than `limit` levels (walked without recursion)."""
    pending = [(value, 1)]
    while pending:
        item, depth = pending.pop()
        children = item.values() if isinstance(item, dict) else item if isinstance(item, list) else None
        if children is None:
            continue
        if depth > limit:
            return True
        pending.extend((child, depth + 1) for child in children if isinstance(child, dict | list))
    return False
