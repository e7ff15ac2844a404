"""What the generated resource classes build on.

The resource classes under `qoder_cloud_api.api.<tag>` are generated from openapi.yaml; each
method builds its request with the generated operation module and hands it to the client
through `SyncAPIResource._call` / `AsyncAPIResource._call`. This module is the whole contract
between the two packages.
"""

from __future__ import annotations

import datetime
import enum
from collections.abc import Callable, Mapping, Sequence
from typing import Any, Concatenate, Final, ParamSpec, Protocol, TypeVar

import attrs
import httpx

from qoder_cloud_api.types import UNSET, Unset

from ._exceptions import APIResponseValidationError
from ._pagination import AsyncPage, AsyncPaginator, SyncPage
from ._streaming import AsyncStream, AsyncStreamOpener, Stream
from ._uploads import FileInput, FilesInput, as_model, upload_file, upload_files

__all__ = [
    "NOT_GIVEN",
    "FileInput",
    "FilesInput",
    "as_model",
    "upload_file",
    "upload_files",
    "AsyncAPIResource",
    "AsyncPage",
    "AsyncPaginator",
    "AsyncStreamOpener",
    "NotGiven",
    "RequestOptions",
    "SyncAPIResource",
    "Stream",
    "SyncPage",
    "TimeoutTypes",
    "given",
    "given_list",
    "json_body",
    "parse",
]

P = ParamSpec("P")
R = TypeVar("R")
T = TypeVar("T")

TimeoutTypes = float | httpx.Timeout | None


class NotGiven:
    """Marks an option the caller did not pass, so the client default applies.

    `None` cannot play this role: `timeout=None` means "no timeout".
    """

    _instance: NotGiven | None = None

    def __new__(cls) -> NotGiven:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __bool__(self) -> bool:
        return False

    def __repr__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN: Final = NotGiven()


@attrs.frozen
class RequestOptions:
    """Per-call options every resource method accepts."""

    extra_headers: Mapping[str, str] | None = None
    extra_query: Mapping[str, Any] | None = None
    timeout: TimeoutTypes | NotGiven = NOT_GIVEN
    max_retries: int | NotGiven = NOT_GIVEN


class SyncSender(Protocol):
    """What a resource needs from its client (implemented by `QoderCloud`)."""

    def _call(
        self,
        request: dict[str, Any],
        options: RequestOptions,
        parser: Callable[Concatenate[httpx.Response, P], R],
        *args: P.args,
        **kwargs: P.kwargs,
    ) -> R: ...

    def _open_stream(
        self, request: dict[str, Any], options: RequestOptions, *, accept: str = "text/event-stream"
    ) -> httpx.Response: ...

    def _open_link(self, url: str, options: RequestOptions) -> httpx.Response: ...


class AsyncSender(Protocol):
    """What an async resource needs from its client (implemented by `AsyncQoderCloud`)."""

    async def _call(
        self,
        request: dict[str, Any],
        options: RequestOptions,
        parser: Callable[Concatenate[httpx.Response, P], R],
        *args: P.args,
        **kwargs: P.kwargs,
    ) -> R: ...

    async def _open_stream(
        self, request: dict[str, Any], options: RequestOptions, *, accept: str = "text/event-stream"
    ) -> httpx.Response: ...

    async def _open_link(self, url: str, options: RequestOptions) -> httpx.Response: ...


class SyncAPIResource:
    """Base of the generated sync resource classes."""

    def __init__(self, client: SyncSender) -> None:
        self._client = client

    def _call(
        self,
        request: dict[str, Any],
        options: RequestOptions,
        parser: Callable[Concatenate[httpx.Response, P], R],
        *args: P.args,
        **kwargs: P.kwargs,
    ) -> R:
        """Send a request and parse its answer with a generated `_parse_success`."""
        return self._client._call(request, options, parser, *args, **kwargs)

    def _stream(
        self, request: dict[str, Any], options: RequestOptions, parse: Callable[[dict[str, Any]], R]
    ) -> Stream[R]:
        """Open an event stream now (so events that follow are not missed) and return it."""
        return Stream(self._client._open_stream(request, options), parse)


class AsyncAPIResource:
    """Base of the generated async resource classes."""

    def __init__(self, client: AsyncSender) -> None:
        self._client = client

    async def _call(
        self,
        request: dict[str, Any],
        options: RequestOptions,
        parser: Callable[Concatenate[httpx.Response, P], R],
        *args: P.args,
        **kwargs: P.kwargs,
    ) -> R:
        """Send a request and parse its answer with a generated `_parse_success`."""
        return await self._client._call(request, options, parser, *args, **kwargs)

    def _stream(
        self, request: dict[str, Any], options: RequestOptions, parse: Callable[[dict[str, Any]], R]
    ) -> AsyncStreamOpener[R]:
        """An event stream that opens on `async with`, `await` or `async for`."""

        async def open_stream() -> AsyncStream[R]:
            return AsyncStream(await self._client._open_stream(request, options), parse)

        return AsyncStreamOpener(open_stream)


def given(value: T | None | Unset) -> T | Unset:
    """A query or header argument: None means "not given" (neither can carry a null)."""
    return UNSET if value is None else value


def given_list(value: Sequence[T] | None | Unset) -> list[T] | Unset:
    """A repeated query argument as the list the operation module expects."""
    return UNSET if value is None or isinstance(value, Unset) else list(value)


def json_body(fields: Mapping[str, Any]) -> dict[str, Any]:
    """The JSON object for a request body: unset fields dropped, models and enums turned into JSON.

    Callers may pass generated models or plain dicts for nested objects; both end up as plain
    JSON values. `None` stays and is sent as `null` (which clears a field on update).
    """
    return {key: to_json(value) for key, value in fields.items() if not isinstance(value, Unset)}


def to_json(value: Any) -> Any:
    """Convert one value (model, enum, datetime, mapping or sequence of those) to JSON."""
    if value is None or isinstance(value, (bool, int, float)):
        return value
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, str):
        return value
    to_dict = getattr(value, "to_dict", None)
    if to_dict is not None:
        return to_dict()
    if isinstance(value, Mapping):
        return {str(key): to_json(item) for key, item in value.items() if not isinstance(item, Unset)}
    if isinstance(value, (list, tuple)):
        return [to_json(item) for item in value]
    if isinstance(value, datetime.datetime):
        return value.isoformat()
    raise TypeError(f"cannot send a value of type {type(value).__name__} as JSON: {value!r}")


def parse(
    parser: Callable[Concatenate[httpx.Response, P], R], response: httpx.Response, *args: P.args, **kwargs: P.kwargs
) -> R:
    """Run a generated `_parse_success` on a 2xx response; a body of the wrong shape becomes
    `APIResponseValidationError` (with the response attached) instead of a bare KeyError."""
    try:
        return parser(response, *args, **kwargs)
    except (KeyError, ValueError, TypeError, AttributeError) as exc:
        raise APIResponseValidationError(
            f"the {response.status_code} response to {response.request.method} {response.request.url.path} "
            f"does not match the documented shape: {type(exc).__name__}: {exc}",
            response=response,
        ) from exc
