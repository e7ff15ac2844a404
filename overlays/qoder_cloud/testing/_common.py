"""Helpers every resource group of the local server uses: IDs, timestamps, request-field
validation, metadata rules and cursor pagination."""

from __future__ import annotations

import base64
import datetime
import itertools
import secrets
import threading
import time
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from ._app import ApiError, Request

T = TypeVar("T")

_counter = itertools.count()
_counter_lock = threading.Lock()


def new_id(prefix: str) -> str:
    """`<prefix>_` + 24 hex digits; IDs sort in creation order, as the API's list order relies on."""
    with _counter_lock:
        sequence = (time.time_ns() // 1000) * 1000 + next(_counter) % 1000
    return f"{prefix}_{sequence:016x}{secrets.token_hex(4)}"


def now() -> str:
    """The current UTC time in RFC 3339 with microseconds, e.g. `2026-05-18T15:26:39.616690Z`."""
    return datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def parse_time(value: str, param: str) -> datetime.datetime:
    try:
        parsed = datetime.datetime.fromisoformat(value)
    except ValueError:
        raise ApiError(400, f"'{param}' must be an RFC 3339 timestamp.", param=param) from None
    if parsed.tzinfo is None:
        raise ApiError(400, f"'{param}' must be an RFC 3339 timestamp with a time zone.", param=param)
    return parsed


# ----------------------------------------------------------------------- field validation


def required(body: dict[str, Any], name: str) -> Any:
    if name not in body or body[name] is None:
        raise ApiError(400, f"Field '{name}' is required.", param=name)
    return body[name]


def required_in(container: dict[str, Any], where: str, name: str) -> Any:
    """A required field of a nested object, named by its full path (`inputs[0].memory_store_id`)."""
    if name not in container or container[name] is None:
        raise ApiError(400, f"Field '{where}.{name}' is required.", param=f"{where}.{name}")
    return container[name]


def string(value: Any, param: str, *, min_length: int = 0, max_length: int | None = None) -> str:
    if not isinstance(value, str):
        raise ApiError(400, f"Field '{param}' must be a string.", param=param)
    if len(value) < min_length:
        raise ApiError(400, f"Field '{param}' must not be empty.", param=param)
    if max_length is not None and len(value) > max_length:
        raise ApiError(400, f"Field '{param}' must be at most {max_length} characters.", param=param)
    return value


def optional_string(value: Any, param: str, *, max_length: int | None = None) -> str | None:
    return None if value is None else string(value, param, max_length=max_length)


def integer(value: Any, param: str, *, minimum: int | None = None) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        raise ApiError(400, f"Field '{param}' must be an integer.", param=param)
    if minimum is not None and value < minimum:
        raise ApiError(400, f"Field '{param}' must be at least {minimum}.", param=param)
    return value


def boolean(value: Any, param: str) -> bool:
    if not isinstance(value, bool):
        raise ApiError(400, f"Field '{param}' must be a boolean.", param=param)
    return value


def obj(value: Any, param: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise ApiError(400, f"Field '{param}' must be an object.", param=param)
    return value


def array(value: Any, param: str, *, max_items: int | None = None) -> list[Any]:
    if not isinstance(value, list):
        raise ApiError(400, f"Field '{param}' must be an array.", param=param)
    if max_items is not None and len(value) > max_items:
        raise ApiError(400, f"Field '{param}' must have at most {max_items} items.", param=param)
    return value


def strings(value: Any, param: str) -> list[str]:
    items = array(value, param)
    for index, item in enumerate(items):
        string(item, f"{param}[{index}]")
    return items


def metadata(value: Any, param: str = "metadata", *, patch: bool = False) -> dict[str, Any]:
    """Check the metadata rules: ≤16 keys, keys ≤64 characters, values strings ≤512 (or null in a patch)."""
    data = obj(value, param)
    if len(data) > 16:
        raise ApiError(400, f"Field '{param}' may have at most 16 keys.", param=param)
    for key, item in data.items():
        if len(key) > 64:
            raise ApiError(400, f"Metadata keys must be at most 64 characters: '{key[:20]}...'.", param=param)
        if item is None and patch:
            continue
        if not isinstance(item, str) or len(item) > 512:
            raise ApiError(400, f"Metadata value for '{key}' must be a string of at most 512 characters.", param=param)
    return data


def apply_metadata_patch(current: dict[str, str], patch: dict[str, Any]) -> dict[str, str]:
    merged = dict(current)
    for key, value in patch.items():
        if value is None:
            merged.pop(key, None)
        else:
            merged[key] = value
    if len(merged) > 16:
        raise ApiError(400, "Field 'metadata' may have at most 16 keys.", param="metadata")
    return merged


# ----------------------------------------------------------------------- pagination


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
    low = parse_time(gte, "created_at[gte]") if gte else None
    high = parse_time(lte, "created_at[lte]") if lte else None

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
