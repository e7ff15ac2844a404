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
from ._settings import Token, unsendable

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


def bearer_token(token: Token, credential: object) -> Token:
    """What `credential.get_token()` returned (held in a `Token`), checked like a fixed token;
    the error never shows it, and no frame that raises holds it outside the `Token`."""
    name = f"{type(credential).__name__}.get_token()"
    if not isinstance(token.value, str) or not token.value.strip():
        kind = "an empty string" if isinstance(token.value, str) else type(token.value).__name__
        raise ConfigurationError(f"{name} returned {kind}, not a bearer token")
    problem = unsendable(token)
    if problem is not None:
        raise ConfigurationError(f"the token {name} returned {problem}")
    return Token(token.value.strip())
