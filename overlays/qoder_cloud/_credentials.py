"""Credentials: where the clients get the bearer token of each attempt.

A client takes either a fixed token (`token=`, `QODER_ACCESS_TOKEN`, `QODER_PAT`) or a
`credential=`: any object with a `get_token()` method, which the client calls before every
attempt (retries included), so a token the credential renews or rotates takes effect at once.
`ServiceAccountCredential` (`_service_account.py`) is the one this package brings.
"""

from __future__ import annotations

import inspect
from typing import Any, Protocol, runtime_checkable

from ._exceptions import ConfigurationError

__all__ = ["AsyncTokenCredential", "TokenCredential", "bearer_token", "checked_credential"]


@runtime_checkable
class TokenCredential(Protocol):
    """Gives the client a bearer token for each attempt (`QoderCloud` and `AsyncQoderCloud`)."""

    def get_token(self) -> str:
        """A token valid now. Called before every attempt: keep it cheap (cache the token)."""
        ...


@runtime_checkable
class AsyncTokenCredential(Protocol):
    """The asyncio kind: `get_token` is a coroutine (`AsyncQoderCloud` only)."""

    async def get_token(self) -> str: ...


def checked_credential(credential: object, *, asynchronous: bool) -> Any:
    """`credential`, refused with a `TypeError` when the client cannot use it."""
    get_token = getattr(credential, "get_token", None)
    if not callable(get_token):
        raise TypeError(f"credential must have a get_token() method, got {type(credential).__name__}")
    if not asynchronous and inspect.iscoroutinefunction(get_token):
        raise TypeError(
            f"credential {type(credential).__name__} is asynchronous (async def get_token); use it with AsyncQoderCloud"
        )
    from ._service_account import ServiceAccountCredential

    if asynchronous and isinstance(credential, ServiceAccountCredential):
        raise TypeError(
            "ServiceAccountCredential exchanges tokens with blocking I/O; use AsyncServiceAccountCredential "
            "with AsyncQoderCloud"
        )
    return credential


def bearer_token(value: object, credential: object) -> str:
    """What `credential.get_token()` returned, checked (and never shown in the error)."""
    if not isinstance(value, str) or not value.strip() or any(ch in value for ch in "\r\n"):
        kind = type(value).__name__ if not isinstance(value, str) else "an empty or multi-line string"
        raise ConfigurationError(f"{type(credential).__name__}.get_token() returned {kind}, not a bearer token")
    return value.strip()
