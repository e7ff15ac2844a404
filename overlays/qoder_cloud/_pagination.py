"""Cursor pagination over the API's list envelope.

Every list answers `{data, first_id, last_id, has_more, next_page}`. A walk goes forward with
`page=<next_page>` when the server sends one and `after_id=<last_id>` otherwise; a walk that
started with `before_id` goes backward with `before_id=<first_id>`. A list that sends no
`first_id`/`last_id` continues from its first or last item's `id`. A list that sends no `has_more`
(some answer `{data}` alone) ends there unless it sends a `next_page`. Pages are fetched one at a
time, only when iteration reaches them, and never accumulated.

A server that keeps saying `has_more` without a cursor that moves would make a naive loop spin
forever; here it raises `PaginationError` instead.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Generator, Iterator, Sequence
from typing import Any, Generic, Protocol, TypeVar

from qoder_cloud_api.types import UNSET, Unset

from ._exceptions import PaginationError

__all__ = ["AsyncPage", "AsyncPaginator", "SyncPage"]

T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)

_CURSORS = ("page", "after_id", "before_id")


class ListEnvelope(Protocol[T_co]):
    """The parsed list body (any generated `*List` model)."""

    @property
    def data(self) -> Sequence[T_co]: ...

    @property
    def has_more(self) -> bool | Unset: ...

    @property
    def first_id(self) -> str | None | Unset: ...

    @property
    def last_id(self) -> str | None | Unset: ...

    @property
    def next_page(self) -> str | None | Unset: ...


Query = dict[str, Any]


def next_query(query: Query, envelope: ListEnvelope[Any], seen: set[tuple[str, str]]) -> Query | None:
    """The query for the page after `envelope`, or None at the end.

    `seen` collects the cursors already used in this walk; meeting one again means the server
    is sending us in circles.
    """
    if not more_follow(envelope):
        return None
    backward = isinstance(query.get("before_id"), str)
    if backward:
        key, cursor = "before_id", _or_item_id(envelope.first_id, envelope.data, 0)
    elif isinstance(envelope.next_page, str) and envelope.next_page:
        key, cursor = "page", envelope.next_page
    else:
        key, cursor = "after_id", _or_item_id(envelope.last_id, envelope.data, -1)
    if not isinstance(cursor, str) or not cursor:
        raise PaginationError(
            f"the server said has_more=true but sent no {'first_id' if backward else 'next_page or last_id'} "
            "to continue from"
        )
    if (key, cursor) in seen or query.get(key) == cursor:
        raise PaginationError(f"pagination cursor did not advance ({key}={cursor!r} was already requested)")
    seen.add((key, cursor))
    following = {**query, **{name: UNSET for name in _CURSORS}}
    following[key] = cursor
    return following


def more_follow(envelope: ListEnvelope[Any]) -> bool:
    """`has_more`, or for a list that leaves it out, whether it still sent a `next_page`."""
    if isinstance(envelope.has_more, Unset):
        return isinstance(envelope.next_page, str) and bool(envelope.next_page)
    return envelope.has_more


def _or_item_id(cursor: str | None | Unset, data: Sequence[Any], index: int) -> str | None | Unset:
    """The envelope's cursor, else the `id` of the page's first or last item (some lists, such as
    skill versions, send neither `first_id` nor `last_id`)."""
    if isinstance(cursor, str) and cursor or not data:
        return cursor
    item_id = getattr(data[index], "id", None)
    return item_id if isinstance(item_id, str) else cursor


def check_limit(query: Query) -> Query:
    """Refuse a `limit` outside 1-100 before sending (the API would answer 400)."""
    limit = query.get("limit")
    if isinstance(limit, Unset) or limit is None:
        return query
    if isinstance(limit, bool) or not isinstance(limit, int) or not 1 <= limit <= 100:
        raise ValueError(f"limit must be an integer from 1 to 100, got {limit!r}")
    return query


class _PageBase(Generic[T]):
    def __init__(self, envelope: ListEnvelope[T], query: Query, seen: set[tuple[str, str]]) -> None:
        self._envelope = envelope
        self._query = query
        self._seen = seen

    @property
    def data(self) -> list[T]:
        """The items on this page."""
        return list(self._envelope.data)

    @property
    def envelope(self) -> ListEnvelope[T]:
        """The parsed list body, unknown fields included."""
        return self._envelope

    @property
    def has_more(self) -> bool:
        return more_follow(self._envelope)

    @property
    def _request_id(self) -> str | None:
        """The request ID of the answer this page came from (as on every model a call returns)."""
        value = getattr(self._envelope, "_request_id", None)
        return value if isinstance(value, str) else None

    @property
    def first_id(self) -> str | None:
        value = self._envelope.first_id
        return value if isinstance(value, str) else None

    @property
    def last_id(self) -> str | None:
        value = self._envelope.last_id
        return value if isinstance(value, str) else None

    @property
    def next_page(self) -> str | None:
        """The server's opaque cursor for the next page, when it sent one."""
        value = self._envelope.next_page
        return value if isinstance(value, str) else None

    def has_next_page(self) -> bool:
        """Whether another page follows in the direction of this walk."""
        return more_follow(self._envelope)

    def next_page_query(self) -> Query | None:
        """The query parameters that fetch the following page, or None at the end."""
        return next_query(self._query, self._envelope, set(self._seen))

    def __repr__(self) -> str:
        return f"<{type(self).__name__} items={len(self._envelope.data)} has_more={self.has_more}>"


class SyncPage(_PageBase[T]):
    """One page of a list; iterating it yields every item of this and the following pages."""

    def __init__(
        self,
        fetch: Callable[[Query], ListEnvelope[T]],
        envelope: ListEnvelope[T],
        query: Query,
        seen: set[tuple[str, str]],
    ) -> None:
        super().__init__(envelope, query, seen)
        self._fetch = fetch

    @classmethod
    def first(cls, fetch: Callable[[Query], ListEnvelope[T]], query: Query) -> SyncPage[T]:
        """Fetch the first page now, so a bad argument fails at the call."""
        check_limit(query)
        return cls(fetch, fetch(query), query, set())

    def get_next_page(self) -> SyncPage[T]:
        """Fetch the following page; raises `PaginationError` when there is none."""
        seen = set(self._seen)
        query = next_query(self._query, self._envelope, seen)
        if query is None:
            raise PaginationError("there is no next page (has_more is false)")
        return SyncPage(self._fetch, self._fetch(query), query, seen)

    def iter_pages(self) -> Iterator[SyncPage[T]]:
        """This page, then each following page, fetched as the loop reaches it."""
        page: SyncPage[T] = self
        while True:
            yield page
            if not page.has_next_page():
                return
            page = page.get_next_page()

    def __iter__(self) -> Iterator[T]:
        for page in self.iter_pages():
            yield from page._envelope.data


class AsyncPage(_PageBase[T]):
    """One page of a list, for asyncio; `async for` yields every item of this and later pages."""

    def __init__(
        self,
        fetch: Callable[[Query], Awaitable[ListEnvelope[T]]],
        envelope: ListEnvelope[T],
        query: Query,
        seen: set[tuple[str, str]],
    ) -> None:
        super().__init__(envelope, query, seen)
        self._fetch = fetch

    async def get_next_page(self) -> AsyncPage[T]:
        """Fetch the following page; raises `PaginationError` when there is none."""
        seen = set(self._seen)
        query = next_query(self._query, self._envelope, seen)
        if query is None:
            raise PaginationError("there is no next page (has_more is false)")
        return AsyncPage(self._fetch, await self._fetch(query), query, seen)

    async def iter_pages(self) -> AsyncIterator[AsyncPage[T]]:
        """This page, then each following page, fetched as the loop reaches it."""
        page: AsyncPage[T] = self
        while True:
            yield page
            if not page.has_next_page():
                return
            page = await page.get_next_page()

    async def __aiter__(self) -> AsyncIterator[T]:
        async for page in self.iter_pages():
            for item in page._envelope.data:
                yield item


class AsyncPaginator(Generic[T]):
    """What an async list method returns: `await` it for the first page, or `async for` the items."""

    def __init__(self, fetch: Callable[[Query], Awaitable[ListEnvelope[T]]], query: Query) -> None:
        self._fetch = fetch
        self._query = check_limit(query)

    async def _first(self) -> AsyncPage[T]:
        return AsyncPage(self._fetch, await self._fetch(self._query), self._query, set())

    def __await__(self) -> Generator[Any, None, AsyncPage[T]]:
        return self._first().__await__()

    async def __aiter__(self) -> AsyncIterator[T]:
        page = await self._first()
        async for item in page:
            yield item
