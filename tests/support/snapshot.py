"""Everything a local server stores, as plain values, to assert that a request changed nothing."""

from __future__ import annotations

import dataclasses
from typing import Any

from qoder_cloud.testing import LocalServer


def snapshot(server: LocalServer) -> Any:
    """The server's stored data (dataclasses, dicts, lists, scalars); locks, threads and clocks are left out."""
    return _plain(server.state)


def _plain(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {
            f.name: _plain(getattr(value, f.name))
            for f in dataclasses.fields(value)
            if _is_data(getattr(value, f.name))
        }
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(item) for item in value]
    return value


def _is_data(value: Any) -> bool:
    return dataclasses.is_dataclass(value) or isinstance(
        value, dict | list | tuple | str | bytes | int | float | bool | type(None)
    )
