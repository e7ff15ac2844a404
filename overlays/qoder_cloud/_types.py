"""Small types shared by the client, the runtime of the generated code and the helpers."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Final, NamedTuple

import httpx

__all__ = ["NOT_GIVEN", "NotGiven", "RequestOptions", "TimeoutTypes"]

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


def _headers_repr(headers: Mapping[str, str] | None) -> str:
    """`extra_headers` as a repr may show them: credential values hidden (a traceback that
    captures locals prints this)."""
    if headers is None:
        return "None"
    from ._redaction import MASK, SECRET_HEADERS

    return repr({name: MASK if name.lower() in SECRET_HEADERS else value for name, value in headers.items()})


class RequestOptions(NamedTuple):
    """Per-call options every resource method accepts (immutable; a named tuple, so that
    `import qoder_cloud` needs no class-building library)."""

    extra_headers: Mapping[str, str] | None = None
    extra_query: Mapping[str, Any] | None = None
    timeout: TimeoutTypes | NotGiven = NOT_GIVEN
    max_retries: int | NotGiven = NOT_GIVEN

    def __repr__(self) -> str:
        return (
            f"RequestOptions(extra_headers={_headers_repr(self.extra_headers)}, extra_query={self.extra_query!r}, "
            f"timeout={self.timeout!r}, max_retries={self.max_retries!r})"
        )
