"""Service-account credentials: a service-account key exchanged for short-lived API tokens.

    credential = ServiceAccountCredential()            # the key from QODER_SA_KEY
    client = QoderCloud(credential=credential)          # asks it for a token on every attempt

The exchange is `POST <exchange URL>` with the key as bearer token and
`{"grant_type": "client_credentials", "audience": "qoder", "scope": ..., "ttl_seconds": ...}`;
the answer is `{"access_token", "token_type": "Bearer", "expires_in", ...}`. The exchange lives on
another host than the API, one per region (`EXCHANGE_URLS`); there is no refresh token, so a
token is renewed by exchanging again.

The lifetime of a token is counted from the moment its exchange started, on `clock` (monotonic
by default). A token is renewed once less than a tenth of its lifetime (at most a minute) is
left; it is still used, while an exchange fails for a passing reason (no connection, 429, 5xx),
until a twentieth of its lifetime (at most 5 s) is left. After a failed exchange no other is
tried for a while (5 s, doubling with each failure in a row up to 60 s, or the server's
`Retry-After` when longer): callers get the still-usable token, or the failure again, at once.
One exchange runs at a time; concurrent callers wait for it and share its token.

Neither the key nor a token is ever in a `repr`, a log record or an error (errors carry a bare
copy of the exchange request and response), and a credential refuses to be pickled.
"""

from __future__ import annotations

import logging
import os
import threading
import time
from collections.abc import Callable
from types import TracebackType
from typing import TYPE_CHECKING, Self

import httpx

from ._decoding import ERROR_PREVIEW_BYTES, BodyReader, BodyTooLarge, aiter_raw, iter_raw, read_response
from ._exceptions import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    ConfigurationError,
    connection_error_from,
    status_error_from,
)
from ._redaction import Secrets
from ._retries import server_delay
from ._settings import USER_AGENT, plain_http_refused

if TYPE_CHECKING:
    import asyncio

__all__ = ["EXCHANGE_URLS", "AsyncServiceAccountCredential", "ServiceAccountCredential"]

log = logging.getLogger("qoder_cloud")

EXCHANGE_URLS = {
    "global": "https://openapi.qoder.sh/api/v1/serviceToken/exchange",
    "cn": "https://openapi.qoder.com.cn/api/v1/serviceToken/exchange",
}
"""The token exchange of each region."""

MAX_TTL_SECONDS = 43200
_FIRST_PAUSE = 5.0  # seconds without exchanges after a failure, doubling per failure in a row
_LONGEST_PAUSE = 60.0
_SAFE_HEADERS = ("content-type", "retry-after", "x-request-id", "request-id")
_ANSWER_LIMIT = ERROR_PREVIEW_BYTES  # 64 KB: a token answer is a few hundred bytes
_LONGEST_SERVER_PAUSE = 3600.0  # the longest Retry-After the exchange's pause honours


class _ServiceAccount:
    """The state and decisions both credentials share; the subclasses only do the I/O."""

    def __init__(
        self,
        sa_key: str | None,
        *,
        region: str,
        scopes: list[str] | tuple[str, ...],
        ttl_seconds: int,
        exchange_url: str | None,
        timeout: float,
        allow_insecure_http: bool,
        clock: Callable[[], float],
    ) -> None:
        if sa_key is None:
            sa_key = os.environ.get("QODER_SA_KEY")
        if not isinstance(sa_key, str) or not sa_key.strip():
            raise ConfigurationError(
                "no service-account key: pass sa_key=... or set the QODER_SA_KEY environment variable"
            )
        if any(ch in sa_key.strip() for ch in "\r\n"):
            raise ConfigurationError("the service-account key contains a line break; check how QODER_SA_KEY was set")
        if region not in EXCHANGE_URLS:
            raise ConfigurationError(f"region must be one of {sorted(EXCHANGE_URLS)}, got {region!r}")
        if isinstance(scopes, str) or not scopes or not all(_is_scope(scope) for scope in scopes):
            raise ValueError(f"scopes must be a non-empty list of scope names without spaces, got {scopes!r}")
        if isinstance(ttl_seconds, bool) or not isinstance(ttl_seconds, int) or not 1 <= ttl_seconds <= MAX_TTL_SECONDS:
            raise ValueError(f"ttl_seconds must be an integer from 1 to {MAX_TTL_SECONDS}, got {ttl_seconds!r}")
        if isinstance(timeout, bool) or not isinstance(timeout, int | float) or not 0 < timeout < float("inf"):
            raise ValueError(f"timeout must be a positive number of seconds, got {timeout!r}")
        self._key = sa_key.strip()
        self.region = region
        """The region whose API the tokens are for (`global` or `cn`); a client refuses a credential
        of another region than its base URL."""
        self.exchange_url = _checked_exchange_url(exchange_url or EXCHANGE_URLS[region], region, allow_insecure_http)
        """Where the key is exchanged."""
        self._body = {
            "grant_type": "client_credentials",
            "audience": "qoder",
            "scope": " ".join(dict.fromkeys(scopes)),
            "ttl_seconds": ttl_seconds,
        }
        self._timeout = float(timeout)
        self._clock = clock
        self._token: str | None = None
        self._renew_at = self._usable_until = self._quiet_until = 0.0
        self._failure: APIError | None = None
        self._passing = False  # the last failure was of a passing kind (connection, 429, 5xx)
        self._failures = 0  # failed exchanges in a row
        self._closed = False

    # ------------------------------------------------------------------ decisions

    def _cached(self) -> str | None:
        """The token, while it needs no renewal."""
        if self._closed:
            raise ConfigurationError(f"this {type(self).__name__} is closed")
        token = self._token
        return token if token is not None and self._clock() < self._renew_at else None

    def _between_attempts(self) -> str | None:
        """While exchanges pause after a failure: the still-usable token, or the failure again.
        None when an exchange may be tried."""
        now = self._clock()
        if now >= self._quiet_until or self._failure is None:
            return None
        if self._passing and self._token is not None and now < self._usable_until:
            return self._token
        raise self._failure.with_traceback(None)

    def _exchange_request(self, http: httpx.Client | httpx.AsyncClient) -> httpx.Request:
        return http.build_request(
            "POST",
            self.exchange_url,
            headers={
                "Authorization": f"Bearer {self._key}",
                "Accept": "application/json",
                "Accept-Encoding": "gzip, deflate",  # the encodings `_decoding` inflates in bounded steps
                "User-Agent": USER_AGENT,
            },
            json=self._body,
            timeout=self._timeout,
        )

    def _settle(self, response: httpx.Response, started: float) -> str:
        """The token in a read exchange answer (stored), or raise the failure (recorded). An
        error keeps a copy of the answer with the key and every token masked, the one this
        answer holds included (a refused answer may still carry a live token)."""
        token, lifetime = _token_in(response)
        bare = self._bare(response, self._secrets(token))
        if not response.is_success:
            error: APIError = status_error_from(bare, self._secrets(token))
            error.message = f"the service-account token exchange failed: {error.message}"
            raise self._failed(error, server_delay(response.headers, longest=_LONGEST_SERVER_PAUSE))
        if token is None or lifetime is None:
            problem = "has no bearer access_token" if token is None else "has no expires_in from 1 to 43200"
            invalid = APIResponseValidationError(
                f"the service-account token exchange answered {response.status_code} but its body {problem}",
                response=bare,
            )
            raise self._failed(invalid, None)
        usable_until = started + lifetime - min(5.0, lifetime * 0.05)
        if self._clock() >= usable_until:
            late = APIResponseValidationError(
                f"the service-account token exchange answered a token that lives {lifetime} s, which had "
                "run out by the time the answer arrived",
                response=bare,
            )
            raise self._failed(late, None)
        self._token = token
        self._renew_at = started + lifetime - min(60.0, lifetime * 0.1)
        self._usable_until = usable_until
        self._failure, self._failures, self._quiet_until = None, 0, 0.0
        log.debug("service-account token exchange -> %s (the token lives %s s)", response.status_code, lifetime)
        return token

    def _transport_failure(self, exc: Exception) -> APIError:
        request = httpx.Request("POST", self.exchange_url)
        error = connection_error_from(exc, request, self._secrets(), what="the service-account token exchange")
        return self._failed(error, None)

    def _failed(self, error: APIError, retry_after: float | None) -> APIError:
        """Record a failed exchange and pause exchanges; the error to raise now."""
        self._failures += 1
        pause = min(_LONGEST_PAUSE, _FIRST_PAUSE * 2 ** (self._failures - 1))
        self._quiet_until = self._clock() + max(pause, retry_after or 0.0)
        self._failure = error
        self._passing = isinstance(error, APIConnectionError) or (
            isinstance(error, APIStatusError) and (error.status_code == 429 or error.status_code >= 500)
        )
        log.info("service-account token exchange failed (%s); next try in %.1f s", type(error).__name__, pause)
        return error

    def _fallback(self, error: APIError) -> str:
        """After a failed exchange: the still-usable token when the failure passes, else raise it."""
        if self._passing and self._token is not None and self._clock() < self._usable_until:
            return self._token
        raise error.with_traceback(None)

    def _too_large(self, response: httpx.Response) -> APIError:
        invalid = APIResponseValidationError(
            f"the service-account token exchange answered {response.status_code} with a body larger than "
            f"{_ANSWER_LIMIT:,} bytes",
            response=self._bare(response, self._secrets()),
        )
        return self._failed(invalid, None)

    def _bare(self, response: httpx.Response, secrets: Secrets) -> httpx.Response:
        """A copy of an answer without the key: a bare request, safe headers, the body masked."""
        headers = {name: response.headers[name] for name in _SAFE_HEADERS if name in response.headers}
        try:
            text = response.text
        except httpx.ResponseNotRead:
            text = ""
        return httpx.Response(
            response.status_code,
            headers=headers,
            content=secrets.mask(text).encode(),
            request=httpx.Request("POST", self.exchange_url),
        )

    def _secrets(self, *more: str | None) -> Secrets:
        return Secrets(value for value in (self._key, self._token, *more) if value)

    # ------------------------------------------------------------------ never shown

    def __repr__(self) -> str:
        return f"{type(self).__name__}(region={self.region!r}, exchange_url={self.exchange_url!r})"

    __str__ = __repr__

    def __reduce__(self) -> str:
        raise TypeError(f"a {type(self).__name__} holds a secret key and cannot be pickled or copied")


class ServiceAccountCredential(_ServiceAccount):
    """A service-account key exchanged for API tokens, for `QoderCloud(credential=...)`.

    Args:
        sa_key: the service-account key; defaults to `QODER_SA_KEY`.
        region: `"global"` (default) or `"cn"`: which exchange to use, and which API the tokens
            are for (a client whose base URL is the other region's refuses the credential).
        scopes: what the tokens may do; `["qca.access"]` (the managed API) by default.
        ttl_seconds: the lifetime to ask for, 1 to 43200 (default 3600).
        exchange_url: another exchange (the local server's `exchange_url`, a proxy).
        timeout: seconds one exchange may take (default 30).
        http_client: your own `httpx.Client` for the exchange (proxies, certificates); not closed by
            `close()`. Its auth, if any, is not used.
        allow_insecure_http: allow a plain `http://` exchange URL on a non-loopback host.
        clock: the time token lifetimes are counted in (`time.monotonic`; tests pass their own).

    `get_token()` is safe to call from several threads; one exchange serves them all.
    """

    def __init__(
        self,
        sa_key: str | None = None,
        *,
        region: str = "global",
        scopes: list[str] | tuple[str, ...] = ("qca.access",),
        ttl_seconds: int = 3600,
        exchange_url: str | None = None,
        timeout: float = 30.0,
        http_client: httpx.Client | None = None,
        allow_insecure_http: bool = False,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if http_client is not None and not isinstance(http_client, httpx.Client):
            raise TypeError(f"http_client must be an httpx.Client, got {type(http_client).__name__}")
        super().__init__(
            sa_key,
            region=region,
            scopes=scopes,
            ttl_seconds=ttl_seconds,
            exchange_url=exchange_url,
            timeout=timeout,
            allow_insecure_http=allow_insecure_http,
            clock=clock,
        )
        self._owns_http = http_client is None
        self._http = http_client if http_client is not None else httpx.Client(follow_redirects=False)
        self._lock = threading.Lock()
        self._pid = os.getpid()

    def get_token(self) -> str:
        """A token that is valid now: the cached one, or a fresh one from the exchange."""
        token = self._cached()
        if token is not None:
            return token
        self._after_fork()
        with self._lock:
            token = self._cached() or self._between_attempts()
            if token is not None:
                return token
            return self._exchange()

    def _exchange(self) -> str:
        started = self._clock()
        failure: APIError | None = None
        response: httpx.Response | None = None
        try:
            response = self._http.send(
                self._exchange_request(self._http), stream=True, follow_redirects=False, auth=None
            )
            answer = _read(response)
        except httpx.RequestError as exc:  # no answer, or one cut short or not decodable
            failure = self._transport_failure(exc)
        except BodyTooLarge:
            assert response is not None  # raised only while an answer is read
            failure = self._too_large(response)
        else:
            try:
                return self._settle(answer, started)
            except APIError as error:
                failure = error
        return self._fallback(failure)  # outside the except blocks: the httpx error (and its request) is not chained

    def _after_fork(self) -> None:
        """In a forked child, a fresh lock and (when it is ours) a fresh connection pool."""
        if self._pid != os.getpid():
            self._lock = threading.Lock()
            if self._owns_http:
                self._http = httpx.Client(follow_redirects=False)
            self._pid = os.getpid()

    def close(self) -> None:
        """Close the exchange's connection pool (unless it is an `http_client` you passed)."""
        self._closed = True
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


class AsyncServiceAccountCredential(_ServiceAccount):
    """The asyncio twin of `ServiceAccountCredential`, for `AsyncQoderCloud(credential=...)`
    (same arguments; `http_client` is an `httpx.AsyncClient`). Concurrent tasks share one exchange;
    a task cancelled while it exchanges leaves the next one to exchange."""

    def __init__(
        self,
        sa_key: str | None = None,
        *,
        region: str = "global",
        scopes: list[str] | tuple[str, ...] = ("qca.access",),
        ttl_seconds: int = 3600,
        exchange_url: str | None = None,
        timeout: float = 30.0,
        http_client: httpx.AsyncClient | None = None,
        allow_insecure_http: bool = False,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if http_client is not None and not isinstance(http_client, httpx.AsyncClient):
            raise TypeError(f"http_client must be an httpx.AsyncClient, got {type(http_client).__name__}")
        super().__init__(
            sa_key,
            region=region,
            scopes=scopes,
            ttl_seconds=ttl_seconds,
            exchange_url=exchange_url,
            timeout=timeout,
            allow_insecure_http=allow_insecure_http,
            clock=clock,
        )
        self._owns_http = http_client is None
        self._http = http_client if http_client is not None else httpx.AsyncClient(follow_redirects=False)
        self._lock: asyncio.Lock | None = None
        self._lock_loop: asyncio.AbstractEventLoop | None = None

    async def get_token(self) -> str:
        """A token that is valid now: the cached one, or a fresh one from the exchange."""
        token = self._cached()
        if token is not None:
            return token
        async with self._loop_lock():
            token = self._cached() or self._between_attempts()
            if token is not None:
                return token
            return await self._exchange()

    def _loop_lock(self) -> asyncio.Lock:
        """The lock of the running event loop (an asyncio lock works on one loop only)."""
        import asyncio  # here, so that `import qoder_cloud` does not load asyncio for sync users

        loop = asyncio.get_running_loop()
        if self._lock is None or self._lock_loop is not loop:
            self._lock, self._lock_loop = asyncio.Lock(), loop
        return self._lock

    async def _exchange(self) -> str:
        started = self._clock()
        failure: APIError | None = None
        response: httpx.Response | None = None
        try:
            response = await self._http.send(
                self._exchange_request(self._http), stream=True, follow_redirects=False, auth=None
            )
            answer = await _aread(response)
        except httpx.RequestError as exc:
            failure = self._transport_failure(exc)
        except BodyTooLarge:
            assert response is not None
            failure = self._too_large(response)
        else:
            try:
                return self._settle(answer, started)
            except APIError as error:
                failure = error
        return self._fallback(failure)

    async def aclose(self) -> None:
        """Close the exchange's connection pool (unless it is an `http_client` you passed)."""
        self._closed = True
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()


def _checked_exchange_url(url: str, region: str, allow_insecure_http: bool) -> str:
    parsed = httpx.URL(url)
    if parsed.scheme not in ("http", "https") or not parsed.host or parsed.userinfo:
        raise ConfigurationError(f"exchange_url must be an absolute http(s) URL without credentials, got {url!r}")
    if plain_http_refused(parsed, allow_insecure_http):
        raise ConfigurationError(
            f"refusing to send the service-account key over plain http to {parsed.host}; use https, or pass "
            "allow_insecure_http=True if this is intended"
        )
    for other, known in EXCHANGE_URLS.items():
        if other != region and httpx.URL(known).host == parsed.host:
            raise ConfigurationError(
                f"exchange_url {url!r} is the {other!r} region's exchange, but the credential is for {region!r}: "
                "never mix the exchange of one region with the API of another"
            )
    return str(parsed)


def _token_in(response: httpx.Response) -> tuple[str | None, int | None]:
    """The bearer `access_token` and its `expires_in` (an integer, or one as a decimal string)."""
    try:
        body = response.json()
    except ValueError:
        return None, None
    if not isinstance(body, dict):
        return None, None
    token, kind, lifetime = body.get("access_token"), body.get("token_type"), body.get("expires_in")
    if not isinstance(token, str) or not token.strip() or any(ch in token for ch in "\r\n"):
        token = None
    elif not isinstance(kind, str) or kind.lower() != "bearer":
        token = None
    if isinstance(lifetime, str) and lifetime.isascii() and lifetime.isdecimal():
        lifetime = int(lifetime)
    if isinstance(lifetime, bool) or not isinstance(lifetime, int) or not 1 <= lifetime <= MAX_TTL_SECONDS:
        lifetime = None
    return (token.strip() if token else None), lifetime


def _read(response: httpx.Response) -> httpx.Response:
    """An exchange answer, read and closed. It is small: a 2xx is read up to `_ANSWER_LIMIT`
    (`BodyTooLarge` beyond), an error body as a preview of that size; compressed bodies are
    inflated in bounded steps. (Its own frame: the body, which holds a token, is no local of a
    frame an error's traceback shows.)"""
    reader = BodyReader(response, _ANSWER_LIMIT, preview=not response.is_success)
    try:
        for raw in iter_raw(response):
            if not reader.feed(raw):
                break
        return read_response(response, reader.finish())
    finally:
        response.close()


async def _aread(response: httpx.Response) -> httpx.Response:
    """The asyncio twin of `_read`."""
    reader = BodyReader(response, _ANSWER_LIMIT, preview=not response.is_success)
    try:
        async for raw in aiter_raw(response):
            if not reader.feed(raw):
                break
        return read_response(response, reader.finish())
    finally:
        await response.aclose()


def _is_scope(scope: object) -> bool:
    return isinstance(scope, str) and bool(scope) and not any(ch.isspace() for ch in scope)
