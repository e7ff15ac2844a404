# Generated from openapi.yaml by openapi-python-client and overlays/templates: do not edit; run `make generate`.
"""Contains some shared types for properties"""

import datetime
import json
from collections.abc import Mapping
from dataclasses import dataclass
from enum import Enum
from typing import IO, Any, BinaryIO, Literal, TypeVar


class Unset:
    """Marks a field that was not sent (as opposed to one sent as null)."""

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"

    def __reduce__(self) -> str:
        # A copy or an unpickled model keeps the one `UNSET` (the models test `is UNSET`).
        return "UNSET"


UNSET: Unset = Unset()


class ModelBase:
    """The base of every generated model: a compact `repr` and `to_json`.

    The repr shows only the fields that were sent (not the `UNSET` ones), the fields this client
    does not know only when there are some, enum values as their strings, and never a secret
    (`writeOnly`) field. It is built when asked for, so parsing does not pay for it.
    """

    __slots__ = ()

    def to_dict(self) -> dict[str, Any]:
        raise NotImplementedError  # every model defines it

    def to_json(self, *, indent: int | None = None) -> str:
        """The model as JSON text, as the API sends it (`to_dict`, serialised)."""
        return json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    def __repr__(self) -> str:
        parts = []
        for field in getattr(type(self), "__attrs_attrs__", ()):
            value = getattr(self, field.name)
            if not field.repr or value is UNSET or (field.name == "additional_properties" and not value):
                continue
            if isinstance(value, datetime.datetime):
                parts.append(f"{field.name}={value.isoformat()}")
                continue
            parts.append(f"{field.name}={(value.value if isinstance(value, Enum) else value)!r}")
        return f"{type(self).__name__}({', '.join(parts)})"


E = TypeVar("E", bound=Enum)


class EnumLookup(dict[str, E]):
    """The members of an open enum by value. A value not in it is looked up by calling the enum,
    which makes an ``UNKNOWN`` member that keeps it (or raises for a value of the wrong type).

    Indexing it is the cheapest read a parser can make of a known value: no call at all, where
    `Enum(value)` or a classmethod costs five to ten times as much.
    """

    __slots__ = ("_kind",)

    def __init__(self, kind: type[E]) -> None:
        super().__init__((member.value, member) for member in kind)
        self._kind = kind

    def __missing__(self, value: str) -> E:
        return self._kind(value)


def enum_input(kind: type[E], value: object, name: str) -> E:
    """An enum-valued input as its member: a member as it is, a string as the member of that value
    (a value this client does not know yet becomes an `UNKNOWN` member that keeps it); anything
    else is a `TypeError` that names the input."""
    if isinstance(value, kind):
        return value
    if isinstance(value, str):
        return kind(value)
    known = ", ".join(repr(member.value) for member in kind)
    raise TypeError(f"{name} must be a {kind.__name__} or one of its values ({known}), not {type(value).__name__}")


# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@dataclass(slots=True)
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


__all__ = ["UNSET", "File", "FileTypes", "ModelBase", "RequestFiles", "Unset", "enum_input"]
