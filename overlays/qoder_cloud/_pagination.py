"""Cursor pagination over the API's list envelope.

Every list answers `{data, first_id, last_id, has_more, next_page}`. A walk goes forward with
`page=<next_page>` when the server sends one and `after_id=<last_id>` otherwise; a walk that
started with `before_id` goes backward with `before_id=<first_id>`. A list that sends no
`first_id`/`last_id` continues from its first or last item's `id`. `has_more` is optional (some
servers answer `{data}` alone): without it the `next_page` decides, a walk goes on with
`page=<next_page>` when the server sends one (and the operation takes `page`) and ends otherwise.
Pages are fetched one at a time, only when iteration reaches them, and never accumulated.

The cursors go where the operation takes them: the generated method hands the pager the
parameters of its first request (the query, or for a search the JSON body), and a walk sets only
the cursors among them. A search takes `page` alone, so it follows `next_page` and never falls
back to `after_id`. Searches also count their matches: `total`, on the first page.

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


# The parameters of one page's request: the query, or the JSON body of a list that pages in its
# body. Its keys are every parameter the operation takes, so they say which cursors it has.
Query = dict[str, Any]


def next_query(query: Query, envelope: ListEnvelope[Any], seen: set[tuple[str, str]]) -> Query | None:
    """The parameters for the page after `envelope`, or None at the end.

    `seen` collects the cursors already used in this walk; meeting one again means the server
    is sending us in circles.
    """
    if not more_follow(envelope, query):
        return None
    backward = isinstance(query.get("before_id"), str)
    if isinstance(envelope.has_more, Unset):
        key, cursor = "page", envelope.next_page
    elif backward:
        key, cursor = "before_id", _or_item_id(envelope.first_id, envelope.data, 0)
    elif isinstance(envelope.next_page, str) and envelope.next_page and "page" in query:
        key, cursor = "page", envelope.next_page
    elif "after_id" in query:
        key, cursor = "after_id", _or_item_id(envelope.last_id, envelope.data, -1)
    else:
        key, cursor = "page", None
    if not isinstance(cursor, str) or not cursor:
        wanted = "first_id" if backward else " or ".join(_SENT_FOR[name] for name in _CURSORS[:2] if name in query)
        raise PaginationError(f"the server said has_more=true but sent no {wanted or 'cursor'} to continue from")
    if (key, cursor) in seen or query.get(key) == cursor:
        raise PaginationError(f"pagination cursor did not advance ({key}={cursor!r} was already requested)")
    seen.add((key, cursor))
    following = {**query, **{name: UNSET for name in _CURSORS if name in query}}
    following[key] = cursor
    return following


_NO_NEXT_PAGE = "there is no next page (has_more was false, or missing with no next_page)"

# The envelope field each forward cursor is taken from.
_SENT_FOR = {"page": "next_page", "after_id": "last_id"}


def more_follow(envelope: ListEnvelope[Any], query: Query) -> bool:
    """`has_more`, or for a list that leaves it out, whether it sent a `next_page` that this
    operation can send back (it takes `page`)."""
    if isinstance(envelope.has_more, Unset):
        return "page" in query and isinstance(envelope.next_page, str) and bool(envelope.next_page)
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
        """Whether another page follows: the answer's `has_more`, or when it sent none, whether
        it sent a `next_page` to continue from."""
        return more_follow(self._envelope, self._query)

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

    @property
    def total(self) -> int | None:
        """How many items match in all, for a list that counts them: a search sends it on its
        first page only (None on the pages after, and for lists that do not count)."""
        value = getattr(self._envelope, "total", None)
        return value if isinstance(value, int) and not isinstance(value, bool) else None

    def has_next_page(self) -> bool:
        """Whether another page follows in the direction of this walk."""
        return more_follow(self._envelope, self._query)

    def next_page_query(self) -> Query | None:
        """The parameters (query, or a search's body) that fetch the following page, or None at the end."""
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
            raise PaginationError(_NO_NEXT_PAGE)
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
            raise PaginationError(_NO_NEXT_PAGE)
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
