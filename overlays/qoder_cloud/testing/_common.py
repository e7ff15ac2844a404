"""What every resource group of the local server shares: IDs, cursor pagination, the handler
steps that are the same everywhere (find by ID or 404, archive once, delete, list newest first
with the archive and `created_at` filters) and the routes built from only those steps
(`serve_retrieve`, `serve_archive`, `serve_delete`)."""

from __future__ import annotations

import base64
import copy
import datetime
import itertools
import secrets
import threading
import time
from collections.abc import Callable, Iterable, Mapping, MutableMapping, Sequence
from typing import TYPE_CHECKING, Any, TypeVar

from . import _fields as fields
from ._messages import ApiError, Request
from ._state import SessionRecord, State

if TYPE_CHECKING:
    from ._app import App

T = TypeVar("T")
Lookup = Callable[[Request], dict[str, Any]]

_counter = itertools.count()
_counter_lock = threading.Lock()


def new_id(prefix: str) -> str:
    """`<prefix>_` + 24 hex digits; IDs sort in creation order, as the API's list order relies on.
    (Real time on purpose, with a counter: the order must hold whatever a test's clock says.)"""
    with _counter_lock:
        sequence = (time.time_ns() // 1000) * 1000 + next(_counter) % 1000
    return f"{prefix}_{sequence:016x}{secrets.token_hex(4)}"


# ----------------------------------------------------------------------- handler steps


def find(items: Mapping[str, T], key: str, what: str, *, within: str = "") -> T:
    """`items[key]`, or a 404 that names `what` (e.g. "Environment") and where it was looked for."""
    found = items.get(key)
    if found is None:
        raise ApiError(404, f"{what} '{key[:200]}' was not found{within}.")
    return found


def session_of(state: State, request: Request) -> SessionRecord:
    """The session a request's path names (`{session_id}`), or a 404."""
    return find(state.sessions.records, request.path_params["session_id"], "Session")


def session_item(
    state: State, request: Request, items_of: Callable[[SessionRecord], Mapping[str, T]], param: str, what: str
) -> tuple[SessionRecord, T]:
    """The session a request's path names and the item of it (`items_of(session)`) that path
    parameter `param` names; a 404 that names `what` for either."""
    record = session_of(state, request)
    return record, find(items_of(record), request.path_params[param], what)


def remove(items: MutableMapping[str, Any], key: str, deleted_type: str) -> dict[str, Any]:
    """Delete `items[key]` (already looked up) and answer the API's deletion marker."""
    del items[key]
    return {"id": key, "type": deleted_type}


def archive(obj: dict[str, Any], stamp: str, **also: Any) -> dict[str, Any]:
    """Archive `obj` once (archiving again changes nothing); `also` sets more fields the first time.
    Returns a copy to answer with."""
    if obj["archived_at"] is None:
        obj.update(archived_at=stamp, updated_at=stamp, **also)
    return copy.deepcopy(obj)


def newest_first(request: Request, objects: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """`objects` by ID, newest first, without archived ones (unless `include_archived=true`) and
    within the `created_at[gte]` / `created_at[lte]` filters."""
    include_archived = query_bool(request, "include_archived")
    keep = created_at_filter(request)
    return [
        obj
        for obj in sorted(objects, key=lambda o: str(o["id"]), reverse=True)
        if (include_archived or obj.get("archived_at") is None) and keep(obj)
    ]


def page_by_id(
    request: Request,
    objects: Sequence[dict[str, Any]],
    *,
    render: Callable[[dict[str, Any]], dict[str, Any]] = copy.deepcopy,
    descending: bool = True,
) -> dict[str, Any]:
    """One page of `objects` (already in list order) whose cursors are their IDs."""
    return page_by_id_of(request, objects, id_of=lambda o: str(o["id"]), render=render, descending=descending)


def page_by_id_of(
    request: Request,
    items: Sequence[T],
    *,
    id_of: Callable[[T], str],
    render: Callable[[T], dict[str, Any]],
    descending: bool = True,
) -> dict[str, Any]:
    """One page of `items` (already in list order) whose cursors are the IDs `id_of` reads, for
    records that hold the object they answer with."""
    return paginate(request, items, key=id_of, cursor_of=str, render=render, id_of=id_of, descending=descending)


def query_bool(request: Request, name: str) -> bool:
    value = request.query_value(name)
    if value is None:
        return False
    if value.lower() in ("true", "1"):
        return True
    if value.lower() in ("false", "0"):
        return False
    raise ApiError(400, f"'{name}' must be true or false.", param=name)


def created_at_filter(request: Request) -> Callable[[dict[str, Any]], bool]:
    """A predicate for the `created_at[gte]` / `created_at[lte]` query filters."""
    gte = request.query_value("created_at[gte]")
    lte = request.query_value("created_at[lte]")
    low = fields.parse_time(gte, "created_at[gte]") if gte else None
    high = fields.parse_time(lte, "created_at[lte]") if lte else None

    def keep(item: dict[str, Any]) -> bool:
        created = datetime.datetime.fromisoformat(item["created_at"])
        return (low is None or created >= low) and (high is None or created <= high)

    return keep


def _page_token(cursor: str) -> str:
    return "pg_" + base64.urlsafe_b64encode(cursor.encode()).decode().rstrip("=")


def _page_cursor(token: str) -> str:
    if not token.startswith("pg_"):
        raise ApiError(400, "Unknown 'page' cursor.", param="page")
    raw = token[3:]
    try:
        return base64.urlsafe_b64decode(raw + "=" * (-len(raw) % 4)).decode()
    except (ValueError, UnicodeDecodeError):
        raise ApiError(400, "Unknown 'page' cursor.", param="page") from None


def paginate(
    request: Request,
    items: Sequence[T],
    *,
    key: Callable[[T], Any],
    cursor_of: Callable[[str], Any],
    render: Callable[[T], dict[str, Any]],
    id_of: Callable[[T], str],
    descending: bool = True,
) -> dict[str, Any]:
    """One page of `items` (already in list order, by `key`) as the list envelope.

    `after_id` (or a `page` token) continues past a cursor; `before_id` returns the items just
    before it. `next_page` is an opaque token; clients must not rely on it equalling `last_id`.
    """

    def comes_after(item: T, cursor: Any) -> bool:
        return bool(key(item) < cursor) if descending else bool(key(item) > cursor)

    raw_limit = request.query_value("limit")
    limit = 20
    if raw_limit is not None:
        try:
            limit = int(raw_limit)
        except ValueError:
            raise ApiError(400, "'limit' must be an integer between 1 and 100.", param="limit") from None
        if not 1 <= limit <= 100:
            raise ApiError(400, "'limit' must be an integer between 1 and 100.", param="limit")
    page = request.query_value("page")
    after = request.query_value("after_id")
    before = request.query_value("before_id")
    if sum(value is not None for value in (page, after, before)) > 1:
        raise ApiError(400, "'page', 'after_id' and 'before_id' cannot be combined.")
    if page is not None:
        after = _page_cursor(page)

    if before is not None:
        pivot = cursor_of(before)
        preceding = [item for item in items if not comes_after(item, pivot) and key(item) != pivot]
        chosen = preceding[-limit:]
        has_more = len(preceding) > limit
    else:
        following = items if after is None else [item for item in items if comes_after(item, cursor_of(after))]
        chosen = list(following[:limit])
        has_more = len(following) > limit
    data = [render(item) for item in chosen]
    first = id_of(chosen[0]) if chosen else None
    last = id_of(chosen[-1]) if chosen else None
    return {
        "data": data,
        "first_id": first,
        "last_id": last,
        "has_more": has_more,
        "next_page": _page_token(last) if has_more and last is not None and before is None else None,
    }


# ----------------------------------------------------------------------- routes made of those steps


def serve_retrieve(app: App, template: str, lookup: Lookup) -> None:
    """`GET template` answers a copy of the object `lookup` finds (or its 404)."""

    def retrieve(request: Request) -> dict[str, Any]:
        with app.lock:
            return copy.deepcopy(lookup(request))

    app.route("GET", template)(retrieve)


def serve_archive(app: App, state: State, template: str, lookup: Lookup) -> None:
    """`POST template` archives the object `lookup` finds, once (see `archive`)."""

    def archive_found(request: Request) -> dict[str, Any]:
        with app.lock:
            return archive(lookup(request), state.now())

    app.route("POST", template)(archive_found)


def serve_delete(
    app: App, template: str, deleted_type: str, locate: Callable[[Request], tuple[MutableMapping[str, Any], str]]
) -> None:
    """`DELETE template` removes the item `locate` finds (it answers the mapping that holds the
    item and the item's key, or raises the 404) and answers the deletion marker."""

    def delete(request: Request) -> dict[str, Any]:
        with app.lock:
            items, key = locate(request)
            return remove(items, key, deleted_type)

    app.route("DELETE", template)(delete)
