"""Validation of request fields: each helper returns the value when it is of the right kind and
raises a 400 naming the field otherwise (never quoting a value that might be a secret)."""

from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping
from typing import Any

from ._messages import ApiError


def parse_time(value: str, param: str) -> datetime.datetime:
    try:
        parsed = datetime.datetime.fromisoformat(value)
    except ValueError:
        raise ApiError(400, f"'{param}' must be an RFC 3339 timestamp.", param=param) from None
    if parsed.tzinfo is None:
        raise ApiError(400, f"'{param}' must be an RFC 3339 timestamp with a time zone.", param=param)
    return parsed


def required(body: dict[str, Any], name: str) -> Any:
    if name not in body or body[name] is None:
        raise ApiError(400, f"Field '{name}' is required.", param=name)
    return body[name]


def required_in(container: dict[str, Any], where: str, name: str) -> Any:
    """A required field of a nested object, named by its full path (`inputs[0].memory_store_id`)."""
    if name not in container or container[name] is None:
        raise ApiError(400, f"Field '{where}.{name}' is required.", param=f"{where}.{name}")
    return container[name]


def changes(body: Mapping[str, Any], checks: Mapping[str, Callable[[Any], Any]]) -> dict[str, Any]:
    """The fields an update `body` sends, each checked (and converted) by its function in
    `checks`, in the order of `checks` (so the first bad field is the one reported)."""
    return {name: check(body[name]) for name, check in checks.items() if name in body}


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
