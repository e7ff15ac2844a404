"""What every command shares: the settings, the client made from them on first use, and how
failures become one line on stderr and an exit code.

Exit codes:

    0    success (also a live command stopped with Ctrl-C)
    1    the API answered with an error (4xx/5xx), or an answer that could not be read
    2    usage: a bad command line, option value or setting (no token, a bad base URL)
    3    connection: no answer from the API (refused, reset, timed out)
    130  interrupted (Ctrl-C) during an ordinary command
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import IO, Any

import click
import httpx

from qoder_cloud import (
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    APIConnectionError,
    ConfigurationError,
    QoderCloud,
    QoderError,
    ServiceAccountCredential,
)
from qoder_cloud._settings import TOKEN_VARIABLES, region_of_host

__all__ = [
    "EXIT_API",
    "EXIT_CONNECTION",
    "EXIT_INTERRUPTED",
    "EXIT_USAGE",
    "APIFailure",
    "ConnectionFailure",
    "Failure",
    "UsageFailure",
    "Invocation",
    "calling",
    "failure_from",
]

EXIT_API = 1
EXIT_USAGE = 2
EXIT_CONNECTION = 3
EXIT_INTERRUPTED = 130


class Failure(click.ClickException):
    """A failure reported as one line on stderr; the subclass says the exit code."""

    def __init__(self, message: str) -> None:
        super().__init__(" ".join(message.split()))

    def show(self, file: IO[Any] | None = None) -> None:
        click.echo(f"qoder-cloud: {self.message}", err=True)


class APIFailure(Failure):
    exit_code = EXIT_API

    def __init__(self, message: str) -> None:
        super().__init__(f"error: {message}")


class UsageFailure(Failure):
    exit_code = EXIT_USAGE

    def __init__(self, message: str) -> None:
        super().__init__(f"usage error: {message}")


class ConnectionFailure(Failure):
    exit_code = EXIT_CONNECTION

    def __init__(self, message: str) -> None:
        super().__init__(f"connection error: {message}")


def failure_from(error: QoderError) -> Failure:
    """The line and exit code of a client error. Its message is the client's, which never holds
    the token or a secret field of the request (`qoder_cloud._redaction`)."""
    if isinstance(error, ConfigurationError):
        return UsageFailure(str(error))
    if isinstance(error, APIConnectionError):
        return ConnectionFailure(str(error))
    return APIFailure(str(error))


@contextmanager
def calling() -> Iterator[None]:
    """Around a client call: the client's refusals of an argument (`ValueError`, `TypeError`,
    a missing file) are usage errors, as they name the argument and why."""
    try:
        yield
    except (QoderError, BrokenPipeError):
        raise
    except (ValueError, TypeError, OSError) as err:
        raise UsageFailure(str(err)) from None


@dataclass
class Invocation:
    """The root options of one run, and the client they make (built on first use, so `--help`
    needs no token).

    The client sends through a pool made here, so that `on_request` (the upload progress bar)
    sees each request just before it goes out; the pool is what the client would make itself
    (no redirects followed, the client's default timeout).

    The token is the client's own choice (`QODER_ACCESS_TOKEN`, then `QODER_PAT`); when neither
    is set and `QODER_SA_KEY` is, the client gets a `ServiceAccountCredential` for that key, of the
    region of `--region` or of the base URL (global otherwise), exchanging at `sa_exchange_url`
    when given.
    """

    base_url: str | None = None
    region: str | None = None
    timeout: float | None = None
    max_retries: int | None = None
    workspace: str | None = None
    betas: tuple[str, ...] = ()
    sa_exchange_url: str | None = None
    on_request: Callable[[httpx.Request], None] | None = None
    _client: QoderCloud | None = field(default=None, repr=False)
    _pool: httpx.Client | None = field(default=None, repr=False)
    _credential: ServiceAccountCredential | None = field(default=None, repr=False)

    @property
    def client(self) -> QoderCloud:
        if self._client is None:
            pool = httpx.Client(follow_redirects=False, event_hooks={"request": [self._watch]})
            try:
                with calling():  # the client refuses a bad setting by its argument's name
                    self._credential = self._service_account()
                    self._client = QoderCloud(
                        base_url=self.base_url,
                        region=self.region,
                        credential=self._credential,
                        timeout=DEFAULT_TIMEOUT if self.timeout is None else self.timeout,
                        max_retries=DEFAULT_MAX_RETRIES if self.max_retries is None else self.max_retries,
                        workspace_id=self.workspace or None,
                        betas=list(self.betas) or None,
                        http_client=pool,
                    )
            except BaseException:
                pool.close()
                self.close()
                raise
            self._pool = pool
        return self._client

    def _service_account(self) -> ServiceAccountCredential | None:
        """A credential for `QODER_SA_KEY` when no token variable is set, else None."""
        if any(os.environ.get(name, "").strip() for name in TOKEN_VARIABLES):
            return None
        if not os.environ.get("QODER_SA_KEY", "").strip():
            return None
        region = self.region or (region_of_host(self.base_url) if self.base_url else None) or "global"
        return ServiceAccountCredential(region=region, exchange_url=self.sa_exchange_url or None)

    def _watch(self, request: httpx.Request) -> None:
        if self.on_request is not None:
            self.on_request(request)

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None
        if self._pool is not None:
            self._pool.close()
            self._pool = None
        if self._credential is not None:
            self._credential.close()
            self._credential = None
