"""The errors this client raises.

    QoderError
    ├── ConfigurationError           bad client settings (e.g. no token), raised before any request
    ├── PaginationError              a list's cursor stopped moving
    ├── StreamError                  an event stream ended in an error event (or a frame that is not one)
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
        print(err.status_code, err.type, err.code, err.message, err.request_id)
"""

from __future__ import annotations

import json
from typing import Any

import httpx

from ._decoding import is_read
from ._redaction import Secrets, redacted_request, redacted_response

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
    "request_id_of",
    "status_error_from",
    "target_of",
    "validation_error_from",
]


class QoderError(Exception):
    """Base class of the errors this client raises for answers, transport failures and settings.

    A bad argument to a method is a plain `ValueError` or `TypeError` naming the argument.

    Every error pickles, copies and deep-copies with all its attributes (a process pool can send
    one back to its parent); the request and response an error keeps are copies with secrets
    masked, so a pickle holds no token either.
    """

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuilt, (type(self), self.args, dict(vars(self))))


def _rebuilt(cls: type[QoderError], args: tuple[Any, ...], state: dict[str, Any]) -> QoderError:
    """An error from its pickled parts, without calling its `__init__` (whose arguments vary)."""
    error = cls.__new__(cls)
    error.args = args
    vars(error).update(state)
    return error


class ConfigurationError(QoderError, ValueError):
    """The client was configured in a way that cannot work (raised before any request)."""


class PaginationError(QoderError):
    """The server kept answering `has_more` without a cursor that moves forward."""


class StreamError(QoderError):
    """An event stream delivered an error event, or a frame that cannot be read as an event.

    Attributes:
        message: the error envelope's `message` (or what was wrong with the frame).
        type: the envelope's error `type` (e.g. `overloaded_error`), or None.
        code: the envelope's `error.code`, a finer reason within `type`, or None.
        request_id: the envelope's `request_id`, else the stream response's `x-request-id`.
        data: the frame's decoded data (secrets masked), or its text.
    """

    def __init__(
        self,
        message: str,
        *,
        type: str | None = None,
        data: Any = None,
        code: str | None = None,
        request_id: str | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.type = type
        self.code = code
        self.data = data
        self.request_id = request_id

    def __str__(self) -> str:
        kind = " ".join(part for part in (self.type, f"({self.code})" if self.code else None) if part)
        text = f"{kind}: {self.message}" if kind else self.message
        return f"{text} [request_id: {self.request_id}]" if self.request_id else text


class APIError(QoderError):
    """A request was sent and did not produce a usable answer.

    `request` is a copy of the request with credential headers and secrets masked (its body is
    kept only when it is small text).
    """

    def __init__(self, message: str, *, request: httpx.Request | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.request = request


class APIConnectionError(APIError):
    """The connection failed or broke before a complete response arrived."""


class APITimeoutError(APIConnectionError):
    """A connect, read, write or pool timeout expired."""


class APIResponseValidationError(APIError):
    """A 2xx response whose body does not match the documented shape, cannot be read (cut short,
    not JSON, not decodable), or is larger than the client's `max_response_bytes`.

    `response` is a copy holding a preview of the body, secrets masked.
    """

    def __init__(self, message: str, *, response: httpx.Response) -> None:
        super().__init__(message, request=response.request)
        self.response = response
        self.status_code = response.status_code


class APIStatusError(APIError):
    """A non-2xx response.

    Attributes:
        status_code: the HTTP status.
        type: `error.type` from the error envelope (e.g. `not_found_error`), or None.
        code: `error.code`, a finer reason within `type` (e.g. `invalid_request_body`), or None.
        message: `error.message`, or a summary of a non-JSON body.
        param: `error.param`, the request field at fault, or None.
        request_id: the `x-request-id` header, else the `request-id` header, else the envelope's
            `request_id`; None when the server sent none.
        body: the decoded JSON body, or the raw text when it is not JSON (secrets masked; only
            the first `ERROR_PREVIEW_BYTES` of a large body are read).
        response: a copy of the `httpx.Response` holding that body, secrets masked.
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
        code: str | None = None,
    ) -> None:
        super().__init__(message, request=response.request)
        self.response = response
        self.status_code = response.status_code
        self.body = body
        self.type = type
        self.code = code
        self.param = param
        self.request_id = request_id

    def __str__(self) -> str:
        parts = [f"{self.status_code}"]
        if self.type:
            parts.append(self.type)
        if self.code:
            parts.append(f"({self.code})")
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
_CAUSE_PREVIEW = 300
_COPY_PREVIEW = 64 * 1024

UNREADABLE = (json.JSONDecodeError, UnicodeDecodeError, httpx.DecodingError)
"""What a body that is not readable JSON at all raises (cut short on the way, not JSON, or a
compressed body that does not decode), as opposed to JSON of the wrong shape."""


def target_of(request: httpx.Request) -> str:
    """The method, host and path of a request, for messages (`GET https://api.qoder.com/...`)."""
    url = request.url
    return f"{request.method} {url.scheme}://{url.netloc.decode('ascii', 'replace')}{url.path}"


def connection_error_from(
    exc: Exception, request: httpx.Request, secrets: Secrets, *, what: str | None = None
) -> APIConnectionError:
    """The typed error for an httpx transport failure of `request` (or of `what`, e.g. "the
    event stream"); the message names the host."""
    where = f"{what} ({target_of(request)})" if what else target_of(request)
    copy = redacted_request(request, secrets)
    if isinstance(exc, httpx.TimeoutException):
        return APITimeoutError(f"{where} timed out ({type(exc).__name__})", request=copy)
    detail = secrets.mask(str(exc) or "connection error")[:_CAUSE_PREVIEW]
    return APIConnectionError(f"{where} failed: {type(exc).__name__}: {detail}", request=copy)


def validation_error_from(
    exc: Exception | str, response: httpx.Response, what: str, secrets: Secrets, *, body: bytes | None = None
) -> APIResponseValidationError:
    """The typed error for a 2xx answer (`what`: its body, or one event of it) that could not be
    parsed: `exc` is what the parser raised, or the problem in words. `body` is what failed to
    parse (the response's content unless given); the error keeps a masked preview of it."""
    if isinstance(exc, str):
        problem = exc
    else:
        kind = "could not be read" if isinstance(exc, UNREADABLE) else "does not match the documented shape"
        problem = f"{kind}: {type(exc).__name__}: {secrets.mask(str(exc))[:_CAUSE_PREVIEW]}"
    request = response.request
    if body is None:
        body = response.content if is_read(response) else b""
    text = secrets.mask(body[:_COPY_PREVIEW].decode(response.encoding or "utf-8", "replace"))
    copy = redacted_response(response, text, redacted_request(request, secrets), secrets)
    return APIResponseValidationError(
        f"{what} of the {response.status_code} response to {request.method} {request.url.path} {problem}",
        response=copy,
    )


def status_error_from(response: httpx.Response, secrets: Secrets) -> APIStatusError:
    """Build the typed error for a non-2xx response whose body (or a preview of it) has been read.

    The secrets (the client's token, credential headers, secrets sent in the request body) are
    masked wherever they would appear: in the message, the decoded body and the copies of the
    request and the response the error keeps.
    """
    text = secrets.mask(_text_of(response))
    body: object = text
    error_type = param = code = None
    request_id = request_id_of(response)
    message = ""
    try:
        decoded = json.loads(text) if text else None
    except ValueError:
        decoded = None
    if isinstance(decoded, dict):
        decoded = secrets.scrub(decoded)
        body = decoded
        text = json.dumps(decoded, ensure_ascii=False)
        detail = decoded.get("error")
        if isinstance(detail, dict):
            error_type = _str_or_none(detail.get("type"))
            param = _str_or_none(detail.get("param"))
            code = _str_or_none(detail.get("code"))
            message = _str_or_none(detail.get("message")) or ""
        request_id = request_id or _str_or_none(decoded.get("request_id"))
    if not message:
        message = _summary(response, text)
    cls = _BY_STATUS.get(response.status_code)
    if cls is None:
        cls = InternalServerError if response.status_code >= 500 else APIStatusError
    copy = redacted_response(response, text, redacted_request(response.request, secrets), secrets)
    return cls(message, response=copy, body=body, type=error_type, param=param, request_id=request_id, code=code)


def request_id_of(response: httpx.Response) -> str | None:
    """The request ID a server sent in a header: `x-request-id`, else `request-id`."""
    headers = response.headers
    return headers.get("x-request-id") or headers.get("request-id") or None


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
