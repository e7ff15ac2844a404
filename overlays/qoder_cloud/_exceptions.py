"""The errors this client raises.

    QoderError
    ├── ConfigurationError           bad client settings (e.g. no token), raised before any request
    ├── PaginationError              a list's cursor stopped moving
    ├── StreamError                  an event stream ended in an error event
    └── APIError                     a request was made and did not succeed
        ├── APIConnectionError       no usable response (refused, reset, DNS, ...)
        │   └── APITimeoutError
        ├── APIResponseValidationError   a 2xx response that could not be parsed
        └── APIStatusError           a non-2xx response; one subclass per status:
            BadRequestError 400, AuthenticationError 401, PermissionDeniedError 403,
            NotFoundError 404, ConflictError 409, PreconditionFailedError 412, RequestTooLargeError 413,
            UnprocessableEntityError 422, RateLimitError 429,
            InternalServerError 5xx (OverloadedError 529)

Usage::

    try:
        client.environments.retrieve("env_missing")
    except qoder_cloud.NotFoundError as err:
        print(err.status_code, err.type, err.message, err.request_id)
"""

from __future__ import annotations

import json
from typing import Any

import httpx

from ._redaction import redacted, scrubbed

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConfigurationError",
    "ConflictError",
    "InternalServerError",
    "NotFoundError",
    "OverloadedError",
    "PaginationError",
    "PermissionDeniedError",
    "PreconditionFailedError",
    "QoderError",
    "RateLimitError",
    "RequestTooLargeError",
    "StreamError",
    "UNREADABLE",
    "UnprocessableEntityError",
    "connection_error_from",
    "status_error_from",
    "validation_error_from",
]


class QoderError(Exception):
    """Base class of the errors this client raises for answers, transport failures and settings.

    A bad argument to a method is a plain `ValueError` or `TypeError` naming the argument.
    """


class ConfigurationError(QoderError, ValueError):
    """The client was configured in a way that cannot work (raised before any request)."""


class PaginationError(QoderError):
    """The server kept answering `has_more` without a cursor that moves forward."""


class StreamError(QoderError):
    """An event stream delivered an error event."""

    def __init__(self, message: str, *, type: str | None = None, data: Any = None) -> None:
        super().__init__(message)
        self.message = message
        self.type = type
        self.data = data


class APIError(QoderError):
    """A request was sent and did not produce a usable answer."""

    def __init__(self, message: str, *, request: httpx.Request | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.request = request


class APIConnectionError(APIError):
    """The connection failed or broke before a complete response arrived."""


class APITimeoutError(APIConnectionError):
    """A connect, read, write or pool timeout expired."""


class APIResponseValidationError(APIError):
    """A 2xx response whose body does not match the documented shape."""

    def __init__(self, message: str, *, response: httpx.Response) -> None:
        super().__init__(message, request=response.request)
        self.response = response
        self.status_code = response.status_code


class APIStatusError(APIError):
    """A non-2xx response.

    Attributes:
        status_code: the HTTP status.
        type: `error.type` from the error envelope (e.g. `not_found_error`), or None.
        message: `error.message`, or a summary of a non-JSON body.
        param: `error.param`, the request field at fault, or None.
        request_id: from the `x-request-id` (or `request-id`) header, else the envelope.
        body: the decoded JSON body, or the raw text when it is not JSON.
        response: the `httpx.Response`.
    """

    status_code: int

    def __init__(
        self,
        message: str,
        *,
        response: httpx.Response,
        body: object,
        type: str | None,
        param: str | None,
        request_id: str | None,
    ) -> None:
        super().__init__(message, request=response.request)
        self.response = response
        self.status_code = response.status_code
        self.body = body
        self.type = type
        self.param = param
        self.request_id = request_id

    def __str__(self) -> str:
        parts = [f"{self.status_code}"]
        if self.type:
            parts.append(self.type)
        text = " ".join(parts) + f": {self.message}"
        if self.param:
            text += f" (param: {self.param})"
        if self.request_id:
            text += f" [request_id: {self.request_id}]"
        return text


class BadRequestError(APIStatusError):
    """400: the request is malformed or a field is invalid."""


class AuthenticationError(APIStatusError):
    """401: the token is missing, invalid or expired."""


class PermissionDeniedError(APIStatusError):
    """403: the token may not do this."""


class NotFoundError(APIStatusError):
    """404: the resource does not exist or is not visible."""


class ConflictError(APIStatusError):
    """409: stale version, reused idempotency key, duplicate, or resource in use."""


class PreconditionFailedError(APIStatusError):
    """412: a condition of the request no longer holds (a work item's lease was lost)."""


class RequestTooLargeError(APIStatusError):
    """413: the request body is too large."""


class UnprocessableEntityError(APIStatusError):
    """422: the request is well-formed but cannot be processed."""


class RateLimitError(APIStatusError):
    """429: throttled; retry after the delay the server names."""


class InternalServerError(APIStatusError):
    """5xx: the server failed."""


class OverloadedError(InternalServerError):
    """529: the service is overloaded."""


_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    412: PreconditionFailedError,
    413: RequestTooLargeError,
    422: UnprocessableEntityError,
    429: RateLimitError,
    529: OverloadedError,
}

_TEXT_PREVIEW = 200

UNREADABLE = (json.JSONDecodeError, UnicodeDecodeError, httpx.DecodingError)
"""What a body that is not readable JSON at all raises (cut short on the way, not JSON, or a
compressed body that does not decode), as opposed to JSON of the wrong shape."""


def connection_error_from(exc: Exception, request: httpx.Request, where: str) -> APIConnectionError:
    """The typed error for an httpx transport failure of `where` (e.g. "GET /agents")."""
    if isinstance(exc, httpx.TimeoutException):
        return APITimeoutError(f"{where} timed out ({type(exc).__name__})", request=request)
    return APIConnectionError(f"{where} failed: {type(exc).__name__}: {exc or 'connection error'}", request=request)


def validation_error_from(exc: Exception, response: httpx.Response, what: str) -> APIResponseValidationError:
    """The typed error for a 2xx answer (`what`: its body, or one event of it) that could not be parsed."""
    problem = "could not be read" if isinstance(exc, UNREADABLE) else "does not match the documented shape"
    request = response.request
    return APIResponseValidationError(
        f"{what} of the {response.status_code} response to {request.method} {request.url.path} {problem}: "
        f"{type(exc).__name__}: {exc}",
        response=response,
    )


def status_error_from(response: httpx.Response, *, redact: tuple[str, ...] = ()) -> APIStatusError:
    """Build the typed error for a non-2xx response whose body has been read.

    Any string in `redact` (the client's token, secrets sent in the request body) is masked
    wherever it would appear: in the message, the decoded body and the raw text.
    """
    text = redacted(_text_of(response), redact)
    body: object = text
    error_type = param = None
    request_id = response.headers.get("x-request-id") or response.headers.get("request-id")
    message = ""
    try:
        decoded = json.loads(text) if text else None
    except ValueError:
        decoded = None
    if isinstance(decoded, dict):
        decoded = scrubbed(decoded, redact)
        body = decoded
        detail = decoded.get("error")
        if isinstance(detail, dict):
            error_type = _str_or_none(detail.get("type"))
            param = _str_or_none(detail.get("param"))
            message = _str_or_none(detail.get("message")) or ""
        request_id = request_id or _str_or_none(decoded.get("request_id"))
    if not message:
        message = _summary(response, text)
    cls = _BY_STATUS.get(response.status_code)
    if cls is None:
        cls = InternalServerError if response.status_code >= 500 else APIStatusError
    return cls(message, response=response, body=body, type=error_type, param=param, request_id=request_id)


def _text_of(response: httpx.Response) -> str:
    """The body as text; empty when it could not be read (e.g. a gzip body that does not decode)."""
    try:
        return response.text
    except httpx.ResponseNotRead:
        return ""


def _summary(response: httpx.Response, text: str) -> str:
    reason = response.reason_phrase or "error"
    if not text.strip():
        return f"HTTP {response.status_code} {reason} with an empty body"
    kind = response.headers.get("content-type", "unknown content type").split(";")[0]
    preview = " ".join(text.split())[:_TEXT_PREVIEW]
    return f"HTTP {response.status_code} {reason} ({kind} body): {preview}"


def _str_or_none(value: object) -> str | None:
    return value if isinstance(value, str) else None
