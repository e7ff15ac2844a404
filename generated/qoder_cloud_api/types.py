# Generated from openapi.yaml by openapi-python-client and overlays/templates: do not edit; run `make generate`.
"""Contains some shared types for properties"""

from collections.abc import Mapping
from enum import Enum
from typing import IO, BinaryIO, Literal, TypeVar

from attrs import define


class Unset:
    """Marks a field that was not sent (as opposed to one sent as null)."""

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"


UNSET: Unset = Unset()

E = TypeVar("E", bound=Enum)


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


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


__all__ = ["UNSET", "File", "FileTypes", "RequestFiles", "Unset", "enum_input"]
