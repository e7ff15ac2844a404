"""The runtime of the generated code: everything `qoder_cloud_api` imports from this package.

This module is the whole contract in that direction. Generated code imports `qoder_cloud._runtime`
and nothing else from `qoder_cloud` (`tests/test_generated.py` checks it), and uses only the names
in `__all__`:

- the operation modules (`api/<tag>/<operation>.py`) call `path_segment` for each path ID, and
  `draining_page` on the JSON body of a list page before it is parsed;
- the resource classes (`api/<tag>/__init__.py`) subclass `SyncAPIResource` / `AsyncAPIResource`,
  build their arguments with `json_body`, `unset_if_none`, `list_or_unset`, `enum_arg`,
  `list_arg`, `workspace_header`, `beta_header`, `upload_file(s)` and `as_model`, send with
  `_call` (or `_stream` for an event stream) and return pages and streams; their
  `...WithRawResponse` twins wrap each method with `raw_response` / `async_raw_response`;
- the `Resources` mixins (`api/__init__.py`) declare that the client they are mixed into is a
  `SyncSender` / `AsyncSender`, which `QoderCloud` / `AsyncQoderCloud` implement.

In the other direction, hand-written code reaches generated code only through the resource classes
and the models.
"""

from __future__ import annotations

import datetime
import enum
from collections.abc import Awaitable, Callable, Iterator, Mapping, Sequence
from typing import Any, Protocol, TypeVar, overload
from urllib.parse import quote

import httpx

from qoder_cloud_api.types import UNSET, Unset, enum_input

from ._pagination import AsyncPaginator, SyncPage
from ._redaction import masked_in_repr
from ._response import async_raw_response, raw_response
from ._settings import beta_value, workspace_value
from ._streaming import AsyncStream, AsyncStreamOpener, Stream
from ._types import NOT_GIVEN, NotGiven, RequestOptions, TimeoutTypes
from ._uploads import FileInput, FilesInput, as_model, upload_file, upload_files

__all__ = [
    "NOT_GIVEN",
    "AsyncAPIResource",
    "AsyncPaginator",
    "AsyncSender",
    "AsyncStreamOpener",
    "FileInput",
    "FilesInput",
    "NotGiven",
    "RequestOptions",
    "Stream",
    "SyncAPIResource",
    "SyncPage",
    "SyncSender",
    "TimeoutTypes",
    "as_model",
    "async_raw_response",
    "beta_header",
    "draining_page",
    "enum_arg",
    "json_body",
    "list_arg",
    "list_or_unset",
    "path_segment",
    "raw_response",
    "unset_if_none",
    "upload_file",
    "upload_files",
    "workspace_header",
]

R = TypeVar("R")
T = TypeVar("T")
E = TypeVar("E", bound=enum.Enum)

Parse = Callable[[httpx.Response], R]
"""Turns a 2xx response into what the method returns (a generated `_parse_success`)."""


class SyncSender(Protocol):
    """What a resource needs from its client (`QoderCloud` implements it).

    `request` is what an operation's `_get_kwargs` returns: `method`, a `url` path, and optionally
    `params`, `headers`, `json`, `files`, `data`, `content`.
    """

    def _call(self, request: dict[str, Any], options: RequestOptions, parse: Parse[R]) -> R:
        """Send the request (retrying what is safe), raise a typed error for anything but a 2xx,
        and return `parse(response)`."""
        ...

    def _open_stream(self, request: dict[str, Any], options: RequestOptions) -> httpx.Response:
        """Like `_call`, but return the 2xx response with its body unread (the caller closes it)."""
        ...

    def _open_link(self, url: str, options: RequestOptions) -> httpx.Response:
        """Open a download link with a bare GET (no token), its body unread."""
        ...

    _sleep: Callable[[float], None]
    """How the client waits between attempts (`time.sleep`; tests put a recording clock here)."""

    @property
    def betas(self) -> tuple[str, ...]:
        """The client's betas (`x-qoder-beta`), which an operation that needs a beta of its own
        sends with it."""
        ...

    @property
    def max_response_bytes(self) -> int:
        """The largest answer, event-stream line or event the client reads."""
        ...


class AsyncSender(Protocol):
    """What an async resource needs from its client (`AsyncQoderCloud` implements it)."""

    async def _call(self, request: dict[str, Any], options: RequestOptions, parse: Parse[R]) -> R: ...

    async def _open_stream(self, request: dict[str, Any], options: RequestOptions) -> httpx.Response: ...

    async def _open_link(self, url: str, options: RequestOptions) -> httpx.Response: ...

    _sleep: Callable[[float], Awaitable[None]]

    @property
    def betas(self) -> tuple[str, ...]: ...

    @property
    def max_response_bytes(self) -> int: ...


class SyncAPIResource:
    """Base of the sync resource classes (generated, and their hand-written subclasses)."""

    def __init__(self, client: SyncSender) -> None:
        self._client = client

    def _call(self, request: dict[str, Any], options: RequestOptions, parse: Parse[R]) -> R:
        return self._client._call(request, options, parse)

    def _stream(
        self, request: dict[str, Any], options: RequestOptions, parse: Callable[[dict[str, Any]], R]
    ) -> Stream[R]:
        """Open an event stream now (so events that follow are not missed) and return it."""
        return Stream(self._client._open_stream(request, options), parse, self._client.max_response_bytes)


class AsyncAPIResource:
    """Base of the async resource classes (generated, and their hand-written subclasses)."""

    def __init__(self, client: AsyncSender) -> None:
        self._client = client

    async def _call(self, request: dict[str, Any], options: RequestOptions, parse: Parse[R]) -> R:
        return await self._client._call(request, options, parse)

    def _stream(
        self, request: dict[str, Any], options: RequestOptions, parse: Callable[[dict[str, Any]], R]
    ) -> AsyncStreamOpener[R]:
        """An event stream that opens on `async with`, `await` or `async for`."""

        async def open_stream() -> AsyncStream[R]:
            return AsyncStream(
                await self._client._open_stream(request, options), parse, self._client.max_response_bytes
            )

        return AsyncStreamOpener(open_stream)


def draining_page(body: Any) -> Any:
    """A list page's JSON `body`, whose `data` items reach the parser one at a time and leave the
    body as they go, so each item's JSON is freed once its model is built.

    Otherwise the whole page's JSON stays alive until the last item is parsed, beside the models
    built from it: on a page of nested objects (agents, with their tools and servers) the cyclic
    garbage collector then ran twice as often during the parse, and found twice as much alive each
    time (`make bench`, page of 100 agents). The body is the one just decoded from the answer, so
    nothing else sees it change; anything but a list under `data` is left for the parser to refuse.
    """
    items = body.get("data") if isinstance(body, dict) else None
    if isinstance(items, list):
        body["data"] = _handed_out(items)
    return body


def _handed_out(items: list[Any]) -> Iterator[Any]:
    items.reverse()
    while items:
        yield items.pop()


def path_segment(name: str, value: str) -> str:
    """A path ID as one URL segment, percent-encoded.

    Refuses "", "." and "..": httpx would resolve the dots against the base URL, and an empty ID
    reaches another route (`/environments/` is the list).
    """
    text = str(value)
    if text.strip() in ("", ".", ".."):
        raise ValueError(f"{name} must be a non-empty ID, got {value!r}")
    return quote(text, safe="")


def unset_if_none(value: T | None | Unset) -> T | Unset:
    """A query or header argument: None means "not given" (neither can carry a null)."""
    return UNSET if value is None else value


def workspace_header(workspace_id: str | None | Unset) -> str | Unset:
    """A call's `workspace_id` as its `qoder-workspace-id` header; None: the client's."""
    return UNSET if workspace_id is None or isinstance(workspace_id, Unset) else workspace_value(workspace_id)


@overload
def beta_header(betas: Sequence[str] | None | Unset) -> str | Unset: ...
@overload
def beta_header(betas: Sequence[str] | None | Unset, *, required: str, client: Sequence[str]) -> str: ...
def beta_header(
    betas: Sequence[str] | None | Unset, *, required: str | None = None, client: Sequence[str] = ()
) -> str | Unset:
    """A call's `betas` as its `x-qoder-beta` header (comma-joined); None or empty: the client's.

    An operation that needs a beta of its own (a search's `search-2026-08-31`, the `required`
    default of its header) always sends it, first, joined with the call's betas, else with the
    `client`'s: other betas never push it out, and it never pushes them out.
    """
    given = "" if betas is None or isinstance(betas, Unset) else beta_value(betas)
    if required is None:
        return given or UNSET
    return beta_value([required, *(given.split(",") if given else client)])


def enum_arg(kind: type[E], name: str, value: E | str | None | Unset) -> E | None | Unset:
    """An enum-valued argument as its member (see `enum_input`); None and UNSET pass."""
    if value is None or isinstance(value, Unset):
        return value
    return enum_input(kind, value, name)


def list_arg(name: str, value: T) -> T:
    """A list-valued body argument, refused at once when it is a bare string, bytes or a mapping
    (each of which would be sent as something else than the list it stands for)."""
    if isinstance(value, (str, bytes, Mapping)):
        raise TypeError(f"{name} must be a list, not a {type(value).__name__}: wrap one value in [...]")
    return value


def list_or_unset(name: str, value: Sequence[Any] | None | Unset, kind: type[enum.Enum] | None = None) -> Any:
    """A repeated query argument as the list the operation module expects: a bare string is
    refused (it would go out as one value per character), and with `kind` each item becomes its
    enum member."""
    if value is None or isinstance(value, Unset):
        return UNSET
    items = list(list_arg(name, value))
    return items if kind is None else [enum_input(kind, item, f"{name}[{index}]") for index, item in enumerate(items)]


def json_body(fields: Mapping[str, Any]) -> dict[str, Any]:
    """The JSON object for a request body: unset fields dropped, models and enums turned into JSON.

    Callers may pass generated models or plain dicts for nested objects; both end up as plain
    JSON values. `None` stays and is sent as `null` (which clears a field on update).
    """
    body = {key: _to_json(value) for key, value in fields.items() if not isinstance(value, Unset)}
    return masked_in_repr(body)  # type: ignore[no-any-return]  # a dict in, the same dict shape out


def _to_json(value: Any) -> Any:
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
        return {str(key): _to_json(item) for key, item in value.items() if not isinstance(item, Unset)}
    if isinstance(value, (list, tuple)):
        return [_to_json(item) for item in value]
    if isinstance(value, datetime.datetime):
        return value.isoformat()
    raise TypeError(f"cannot send a value of type {type(value).__name__} as JSON: {value!r}")
