"""`QoderCloud` and `AsyncQoderCloud`: the settings, and the send path every request takes.

One call, hop by hop: a resource method (generated) builds a request description with its
operation's `_get_kwargs` and calls `_call`; `_build_request` turns it into an `httpx.Request`
(absolute URL, headers, an `Idempotency-Key` on every POST, the size limit); `_send` sends it on
this process's connection pool, retries under the one policy of `_retries` (one budget per call),
raises a typed error for anything but a 2xx and parses the answer with the operation's
`_parse_success`. Event streams (`_open_stream`) and download links (`_open_link`) take the same
loop and get the response back unread.

The resource attributes (`client.environments`, ...) come from the mixins in `lib` (hand-written
additions) and `qoder_cloud_api.api` (generated).
"""

from __future__ import annotations

import inspect
import json
import logging
import os
import time
import uuid
from collections.abc import Awaitable, Callable, Mapping, Sequence
from types import TracebackType
from typing import Any, Generic, Self, TypeVar

import httpx

from ._credentials import AsyncTokenCredential, TokenCredential, bearer_token, checked_credential
from ._exceptions import (
    UNREADABLE,
    ConfigurationError,
    connection_error_from,
    request_id_of,
    status_error_from,
    validation_error_from,
)
from ._redaction import secrets_of
from ._response import record
from ._retries import DEFAULT_MAX_RETRIES, RetryState
from ._runtime import Parse
from ._service_account import region_of_base_url
from ._settings import (
    BETA_HEADER,
    DEFAULT_TIMEOUT,
    MAX_BODY_BYTES,
    USER_AGENT,
    WORKSPACE_HEADER,
    Token,
    base_headers,
    beta_value,
    check_link,
    resolve_base_url,
    resolve_token,
    workspace_value,
)
from ._types import NOT_GIVEN, NotGiven, RequestOptions, TimeoutTypes
from .lib import AsyncLibResources, LibResources

__all__ = ["AsyncQoderCloud", "QoderCloud"]

log = logging.getLogger("qoder_cloud")

R = TypeVar("R")
HttpClient = TypeVar("HttpClient", httpx.Client, httpx.AsyncClient)


def _unread(response: httpx.Response) -> httpx.Response:
    """The parser of a streamed call: the response itself, body unread."""
    return response


class _Retry:
    """An attempt failed in a way the budget allows to retry, after `delay` seconds."""

    __slots__ = ("delay",)

    def __init__(self, delay: float) -> None:
        self.delay = delay


class _BaseClient(Generic[HttpClient]):
    """What the sync and async clients share: settings, request building and everything of the
    send loop that does no I/O."""

    _http: HttpClient

    def __init__(
        self,
        *,
        token: str | None,
        base_url: str | httpx.URL | None,
        region: str | None,
        timeout: TimeoutTypes | NotGiven,
        max_retries: int,
        default_headers: Mapping[str, str] | None,
        workspace_id: str | None,
        betas: Sequence[str] | None,
        allow_insecure_http: bool,
        http_client: HttpClient | None,
        credential: Any,
    ) -> None:
        self._max_retries = _checked_retries(max_retries)
        self._allow_insecure_http = allow_insecure_http
        # The workspace and the betas go on each request rather than into the pool's headers, so
        # that a call (or a client made by `with_options`) can replace them or go without.
        self._scope_headers: dict[str, str] = {}
        self._set_scope(workspace_id, betas)
        self._base_url = resolve_base_url(base_url, region, allow_insecure_http=allow_insecure_http)
        # A fixed token, or a credential asked for the token of every attempt (`_credentials.py`).
        self._credential = credential
        static = resolve_token(token, credential=credential is not None)
        self._token = Token(static) if static is not None else None
        if credential is not None:
            _check_region(credential, self._base_url)
        if isinstance(timeout, NotGiven):
            timeout = http_client.timeout if http_client is not None else DEFAULT_TIMEOUT
        self._timeout = timeout
        # What every API request carries: the token (unless the caller set their own Authorization
        # header) and the default headers. A pool of our own takes them as its defaults, so they
        # are not merged again on every request. `httpx.Headers` shows the token as `[secure]`.
        self._request_headers = httpx.Headers({"Authorization": self._token.authorization} if self._token else {})
        self._request_headers.update(base_headers(default_headers))
        self._owns_http = http_client is None
        self._pool_headers = httpx.Headers()
        if http_client is None:
            self._pool_headers, self._request_headers = self._request_headers, httpx.Headers()
            http_client = self._new_pool()
        self._http = http_client
        self._pid = os.getpid()
        self._root: Self | None = None  # the client whose pool a `with_options` client shares

    def _new_pool(self) -> HttpClient:
        raise NotImplementedError

    def _set_scope(self, workspace_id: str | None | NotGiven, betas: Sequence[str] | None | NotGiven) -> None:
        """Set (a value), drop (None) or keep (NOT_GIVEN) the workspace and the betas."""
        if workspace_id is None:
            self._scope_headers.pop(WORKSPACE_HEADER, None)
        elif not isinstance(workspace_id, NotGiven):
            self._scope_headers[WORKSPACE_HEADER] = workspace_value(workspace_id)
        if not isinstance(betas, NotGiven):
            joined = beta_value(betas) if betas is not None else ""
            if joined:
                self._scope_headers[BETA_HEADER] = joined
            else:
                self._scope_headers.pop(BETA_HEADER, None)

    @property
    def workspace_id(self) -> str | None:
        """The workspace every request acts in (`qoder-workspace-id`), or None for the token's own."""
        return self._scope_headers.get(WORKSPACE_HEADER)

    @property
    def betas(self) -> tuple[str, ...]:
        """The beta features every request enables (`x-qoder-beta`)."""
        value = self._scope_headers.get(BETA_HEADER)
        return tuple(value.split(",")) if value else ()

    @property
    def base_url(self) -> str:
        """The API root every path is joined to, e.g. `https://api.qoder.com/api/v1/cloud`."""
        return self._base_url

    @property
    def timeout(self) -> TimeoutTypes:
        return self._timeout

    @property
    def max_retries(self) -> int:
        return self._max_retries

    def _pool(self) -> HttpClient:
        """The connection pool of this process.

        After `os.fork()` the child must not use the parent's pooled connections (both would read
        each other's answers from one socket), so a pool of our own is replaced by a fresh one on
        the child's first request; the old one is left alone, since closing it could block on a
        lock another of the parent's threads held at the fork. A caller's `http_client` cannot be
        rebuilt, so using it in a child is refused.
        """
        if self._root is not None:
            return self._root._pool()
        if self._pid != os.getpid():
            if not self._owns_http:
                raise ConfigurationError(
                    "this client's http_client was created in another process (before a fork) and its "
                    "connections cannot be shared with this one; create the client in this process, or let "
                    "the client make its own pool (then it starts a fresh one after a fork)"
                )
            self._http = self._new_pool()
            self._pid = os.getpid()
        return self._http

    def with_options(
        self,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        default_headers: Mapping[str, str] | None = None,
        workspace_id: str | None | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | None | NotGiven = NOT_GIVEN,
    ) -> Self:
        """A client with other settings that shares this one's connection pool and token.

        What is not given stays as it is here; `default_headers` are added to this client's;
        `workspace_id=None` and `betas=None` send none. The new client's `close()` leaves the pool
        open: close this one when both are done.
        """
        clone = object.__new__(type(self))
        # The settings are the private attributes; the resource namespaces (public cached
        # attributes) are left behind, since they are bound to this client.
        clone.__dict__.update({name: value for name, value in vars(self).items() if name.startswith("_")})
        clone._root = self._root or self
        clone._owns_http = False
        clone._scope_headers = dict(self._scope_headers)
        clone._set_scope(workspace_id, betas)
        if default_headers:
            clone._request_headers = httpx.Headers(self._request_headers)
            clone._request_headers.update(default_headers)
        if not isinstance(timeout, NotGiven):
            clone._timeout = timeout
        if not isinstance(max_retries, NotGiven):
            clone._max_retries = _checked_retries(max_retries)
        return clone

    def _build_request(self, request: dict[str, Any], options: RequestOptions) -> httpx.Request:
        path: str = request["url"]
        if not path.startswith("/"):
            # The token goes on every request built here: the URL must stay on the API's origin.
            raise ValueError(f"expected an API path, got {path!r}")
        headers = self._request_headers
        method = request["method"].upper()
        post = method == "POST"
        if post or request.get("headers") or options.extra_headers or self._scope_headers:
            headers = httpx.Headers(headers)  # case-insensitive: a caller's `authorization` replaces ours
            headers.update(self._scope_headers)
            headers.update(request.get("headers") or {})
            if options.extra_headers:
                headers.update(options.extra_headers)
            key = headers.get("idempotency-key")
            if key is not None and not key.strip():
                raise ValueError(
                    "idempotency_key must be a non-empty string: the server takes an empty key for no key, "
                    "so the retries of this request could act more than once"
                )
            if post and key is None:
                # One key per call, reused by every retry of it: a retried create cannot create twice.
                headers["Idempotency-Key"] = str(uuid.uuid4())
        params = request.get("params")
        if options.extra_query:
            params = {**(params or {}), **options.extra_query}
        files = request.get("files")
        built = self._pool().build_request(
            method,
            self._base_url + path,
            params=params or None,
            json=request.get("json"),
            content=request.get("content"),
            files=files,
            data=request.get("data"),
            headers=headers or None,
            timeout=self._timeout_for(options),
        )
        if files:
            built.read()  # buffer the multipart body: a retry must resend exactly these bytes
        if method != "GET":
            size = built.headers.get("content-length")
            if size is not None and int(size) > MAX_BODY_BYTES:
                raise ValueError(_too_large(int(size), request.get("json")))
        return built

    def _link_request(self, url: str, options: RequestOptions) -> httpx.Request:
        """A bare GET for a download link: no token, no default headers, no cookies."""
        link = check_link(url, allow_insecure_http=self._allow_insecure_http)
        timeout = self._timeout_for(options)
        timeout = timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout)
        return httpx.Request(
            "GET", link, headers={"User-Agent": USER_AGENT, "Accept": "*/*"}, extensions={"timeout": timeout.as_dict()}
        )

    def _timeout_for(self, options: RequestOptions) -> TimeoutTypes:
        return self._timeout if isinstance(options.timeout, NotGiven) else options.timeout

    def _retries_for(self, options: RequestOptions) -> int:
        if isinstance(options.max_retries, NotGiven):
            return self._max_retries
        return _checked_retries(options.max_retries)

    def _settle(
        self, retry: RetryState, response: httpx.Response, parse: Parse[R], undecodable: Exception | None
    ) -> R | _Retry:
        """What one answer amounts to: the parsed result, a retry, or (raised) the typed error."""
        request = response.request
        if not response.is_success:
            delay = retry.after_status(response)
            if delay is None:
                raise status_error_from(response, redact=secrets_of(request, _bearer_of(request)))
            return _Retry(delay)
        try:
            if undecodable is not None:
                raise undecodable
            return _stamped(parse(response if parse is _unread else _detached(response)), response)
        except UNREADABLE as exc:
            delay = retry.after_unreadable_body()
            if delay is None:
                raise validation_error_from(exc, response, "the body") from exc
            return _Retry(delay)
        except (KeyError, ValueError, TypeError, AttributeError) as exc:
            raise validation_error_from(exc, response, "the body") from exc

    def _after_transport_error(self, retry: RetryState, request: httpx.Request, error: httpx.TransportError) -> float:
        """The wait before retrying after a transport error; raises the typed error when it is final."""
        delay = retry.after_transport_error(error)
        if delay is None:
            raise connection_error_from(error, request, f"{request.method} {request.url.path}") from None
        return delay

    def _log_attempt(self, request: httpx.Request, outcome: str, started: float) -> None:
        if log.isEnabledFor(logging.DEBUG):
            elapsed = (time.perf_counter() - started) * 1000
            log.debug("%s %s -> %s (%.1f ms)", request.method, request.url.path, outcome, elapsed)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self._base_url!r}, max_retries={self._max_retries})"


def _bearer_of(request: httpx.Request) -> str:
    """The token a request carried (the client's, a credential's or a caller's own header)."""
    scheme, _, value = request.headers.get("authorization", "").partition(" ")
    return value.strip() if scheme.lower() == "bearer" else ""


def _check_region(credential: object, base_url: str) -> None:
    """Refuse a credential of one region for the API of the other (its tokens would not work)."""
    region = getattr(credential, "region", None)
    api_region = region_of_base_url(base_url)
    if isinstance(region, str) and api_region is not None and region != api_region:
        raise ConfigurationError(
            f"the credential is for the {region!r} region but base_url {base_url} is the {api_region!r} API; "
            "tokens of one region do not work in the other"
        )


def _needs_token(credential: object, request: httpx.Request, link: bool) -> bool:
    """Whether each attempt of `request` asks the credential for its token: an API request
    without an `Authorization` of the caller's own."""
    return credential is not None and not link and "authorization" not in request.headers


def _checked_retries(max_retries: object) -> int:
    if not isinstance(max_retries, int) or isinstance(max_retries, bool) or max_retries < 0:
        raise ValueError(f"max_retries must be a non-negative integer, got {max_retries!r}")
    return max_retries


def _stamped(result: R, response: httpx.Response) -> R:
    """A parsed answer, marked with the request ID of `response` when it is a model (`_request_id`)
    and recorded for a raw call."""
    if hasattr(result, "_request_id"):
        result._request_id = request_id_of(response)
    record(response)  # for `with_raw_response`
    return result


def _detached(response: httpx.Response) -> httpx.Response:
    """A read response, cut loose from its spent network stream.

    httpx links a response and its stream in a reference cycle, so without this a response and
    its body outlive the call until the cyclic garbage collector runs; one that survived the
    parsing of a page has reached an older generation by then, and walking a long list piled up
    every page read. The body is in `response.content` and the stream is closed, so nothing
    needs the old stream; the new one replays the same bytes.
    """
    response.stream = httpx.ByteStream(response.content)
    return response


# API requests follow the http client's own auth and redirect settings (ours: none; a caller's
# `httpx.Client(auth=...)` runs on them); a download link never gets the caller's auth and follows
# redirects (httpx drops credentials when a redirect leaves the origin).
_API_SEND: dict[str, Any] = {}
_LINK_SEND: dict[str, Any] = {"auth": None, "follow_redirects": True}


def _too_large(size: int, body: object) -> str:
    """Explain an oversized body, naming the field that takes the most room."""
    message = f"the request body is {size:,} bytes; the API accepts at most {MAX_BODY_BYTES:,} bytes (32 MB)"
    if isinstance(body, dict) and body:
        sizes = {name: len(json.dumps(value, ensure_ascii=False).encode()) for name, value in body.items()}
        largest = max(sizes, key=lambda name: sizes[name])
        message += f"; its largest field is {largest!r} ({sizes[largest]:,} bytes)"
    return message


class QoderCloud(_BaseClient[httpx.Client], LibResources):
    """Client for the Qoder Cloud Agents API.

    Args:
        token: a personal access token (`pt-...`) or service-account token; defaults to
            `QODER_ACCESS_TOKEN`, then `QODER_PAT`.
        credential: instead of a token, an object whose `get_token()` gives the token of each
            attempt (e.g. `ServiceAccountCredential()`); see `TokenCredential`.
        base_url: the API root; defaults to `QODER_BASE_URL`, then to the region's host.
        region: `"global"` (default) or `"cn"`, used when no base URL is given.
        timeout: seconds or an `httpx.Timeout` per attempt; `None` waits forever. Default 60 s (10 s to connect).
        max_retries: how many times a call is retried after transient failures, all reasons together (default 2).
        default_headers: headers sent with every request.
        workspace_id: the enterprise workspace every request acts in (`qoder-workspace-id`); the
            token's own space when None. A call's `workspace_id=` replaces it for that call.
        betas: beta features every request enables (`x-qoder-beta`, comma-joined), e.g.
            `["browser-use-2026-07-14"]`. A call's `betas=` replaces them for that call.
        http_client: your own `httpx.Client` (proxies, certificates, transports); it is not closed by
            `close()`. Its `auth`, if any, runs on every API request after the token is set (so it may
            replace it), never on download links. It cannot be shared with a forked child process.
        allow_insecure_http: allow a plain `http://` base URL on a non-loopback host.
    """

    def __init__(
        self,
        *,
        token: str | None = None,
        base_url: str | httpx.URL | None = None,
        region: str | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        workspace_id: str | None = None,
        betas: Sequence[str] | None = None,
        http_client: httpx.Client | None = None,
        allow_insecure_http: bool = False,
        credential: TokenCredential | None = None,
    ) -> None:
        if http_client is not None and not isinstance(http_client, httpx.Client):
            raise TypeError(f"http_client must be an httpx.Client, got {type(http_client).__name__}")
        if credential is not None:
            checked_credential(credential, asynchronous=False)
        super().__init__(
            token=token,
            base_url=base_url,
            region=region,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            workspace_id=workspace_id,
            betas=betas,
            allow_insecure_http=allow_insecure_http,
            http_client=http_client,
            credential=credential,
        )
        self._sleep: Callable[[float], None] = time.sleep

    def _new_pool(self) -> httpx.Client:
        return httpx.Client(follow_redirects=False, headers=self._pool_headers)

    def _call(self, request: dict[str, Any], options: RequestOptions, parse: Parse[R]) -> R:
        """Send one operation and return `parse` of its 2xx answer."""
        return self._send(self._build_request(request, options), self._retries_for(options), parse)

    def _open_stream(self, request: dict[str, Any], options: RequestOptions) -> httpx.Response:
        """Open a streamed answer, its body unread; only the opening is retried."""
        return self._send(self._build_request(request, options), self._retries_for(options), _unread)

    def _open_link(self, url: str, options: RequestOptions) -> httpx.Response:
        """Open a download link (a bare GET without the token), its body unread."""
        return self._send(self._link_request(url, options), self._retries_for(options), _unread, link=True)

    def _send(self, request: httpx.Request, retries: int, parse: Parse[R], *, link: bool = False) -> R:
        """Send `request` until it succeeds or the retry budget says stop, and parse the answer."""
        http = self._pool()
        retry = RetryState(request, retries)
        fresh_token = _needs_token(self._credential, request, link)
        while True:
            if fresh_token:
                token = bearer_token(self._credential.get_token(), self._credential)
                request.headers["Authorization"] = f"Bearer {token}"
            started = time.perf_counter()
            undecodable: Exception | None = None
            try:
                response = http.send(request, stream=True, **(_LINK_SEND if link else _API_SEND))
                if parse is not _unread or not response.is_success:
                    try:
                        response.read()
                    except httpx.DecodingError as exc:
                        undecodable = exc
                    finally:
                        response.close()
            except httpx.TransportError as exc:
                self._log_attempt(request, type(exc).__name__, started)
                self._sleep(self._after_transport_error(retry, request, exc))
                continue
            self._log_attempt(request, str(response.status_code), started)
            outcome = self._settle(retry, response, parse, undecodable)
            if not isinstance(outcome, _Retry):
                return outcome
            self._sleep(outcome.delay)

    def close(self) -> None:
        """Close the connection pool (unless it belongs to an `http_client` you passed)."""
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


async def _asyncio_sleep(seconds: float) -> None:
    import asyncio  # here, so that `import qoder_cloud` does not load asyncio for sync users

    await asyncio.sleep(seconds)


class AsyncQoderCloud(_BaseClient[httpx.AsyncClient], AsyncLibResources):
    """Asyncio client for the Qoder Cloud Agents API; same arguments as `QoderCloud`
    (`http_client` must be an `httpx.AsyncClient`)."""

    def __init__(
        self,
        *,
        token: str | None = None,
        base_url: str | httpx.URL | None = None,
        region: str | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        workspace_id: str | None = None,
        betas: Sequence[str] | None = None,
        http_client: httpx.AsyncClient | None = None,
        allow_insecure_http: bool = False,
        credential: TokenCredential | AsyncTokenCredential | None = None,
    ) -> None:
        if http_client is not None and not isinstance(http_client, httpx.AsyncClient):
            raise TypeError(f"http_client must be an httpx.AsyncClient, got {type(http_client).__name__}")
        if credential is not None:
            checked_credential(credential, asynchronous=True)
        super().__init__(
            token=token,
            base_url=base_url,
            region=region,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            workspace_id=workspace_id,
            betas=betas,
            allow_insecure_http=allow_insecure_http,
            http_client=http_client,
            credential=credential,
        )
        self._sleep: Callable[[float], Awaitable[None]] = _asyncio_sleep

    def _new_pool(self) -> httpx.AsyncClient:
        return httpx.AsyncClient(follow_redirects=False, headers=self._pool_headers)

    async def _call(self, request: dict[str, Any], options: RequestOptions, parse: Parse[R]) -> R:
        """Send one operation and return `parse` of its 2xx answer."""
        return await self._send(self._build_request(request, options), self._retries_for(options), parse)

    async def _open_stream(self, request: dict[str, Any], options: RequestOptions) -> httpx.Response:
        """Open a streamed answer, its body unread; only the opening is retried."""
        return await self._send(self._build_request(request, options), self._retries_for(options), _unread)

    async def _open_link(self, url: str, options: RequestOptions) -> httpx.Response:
        """Open a download link (a bare GET without the token), its body unread."""
        return await self._send(self._link_request(url, options), self._retries_for(options), _unread, link=True)

    async def _send(self, request: httpx.Request, retries: int, parse: Parse[R], *, link: bool = False) -> R:
        """The asyncio twin of `QoderCloud._send`."""
        http = self._pool()
        retry = RetryState(request, retries)
        fresh_token = _needs_token(self._credential, request, link)
        while True:
            if fresh_token:
                token = self._credential.get_token()
                if inspect.isawaitable(token):
                    token = await token
                request.headers["Authorization"] = f"Bearer {bearer_token(token, self._credential)}"
            started = time.perf_counter()
            undecodable: Exception | None = None
            try:
                response = await http.send(request, stream=True, **(_LINK_SEND if link else _API_SEND))
                if parse is not _unread or not response.is_success:
                    try:
                        await response.aread()
                    except httpx.DecodingError as exc:
                        undecodable = exc
                    finally:
                        await response.aclose()
            except httpx.TransportError as exc:
                self._log_attempt(request, type(exc).__name__, started)
                await self._sleep(self._after_transport_error(retry, request, exc))
                continue
            self._log_attempt(request, str(response.status_code), started)
            outcome = self._settle(retry, response, parse, undecodable)
            if not isinstance(outcome, _Retry):
                return outcome
            await self._sleep(outcome.delay)

    async def close(self) -> None:
        """Close the connection pool (unless it belongs to an `http_client` you passed)."""
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.close()
