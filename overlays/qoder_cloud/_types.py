"""Small types shared by the client, the runtime of the generated code and the helpers."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Final

import attrs
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


@attrs.frozen
class RequestOptions:
    """Per-call options every resource method accepts."""

    extra_headers: Mapping[str, str] | None = None
    extra_query: Mapping[str, Any] | None = None
    timeout: TimeoutTypes | NotGiven = NOT_GIVEN
    max_retries: int | NotGiven = NOT_GIVEN
