"""`QoderCloud` and `AsyncQoderCloud`: settings, the send path and the resource namespaces.

Every operation goes through `_call`: it turns the generated request description into an
`httpx.Request` (absolute URL, headers, an `Idempotency-Key` on every POST), sends it with the
bearer token, retries what is safe to retry, and raises a typed error for any non-2xx answer.
The resource attributes (`client.environments`, ...) come from the generated `Resources` mixins.
"""

from __future__ import annotations

import json
import logging
import time
import uuid
from collections.abc import Callable, Mapping
from functools import cached_property
from types import TracebackType
from typing import TYPE_CHECKING, Any, Concatenate, ParamSpec, Self, TypeVar

import httpx

from qoder_cloud_api.api import AsyncResources, Resources

from ._downloads import check_link, link_request
from ._exceptions import (
    APIResponseValidationError,
    connection_error,
    secret_values,
    status_error_from_response,
)
from ._resource import NOT_GIVEN, NotGiven, RequestOptions, TimeoutTypes, parse
from ._retries import DEFAULT_MAX_RETRIES, is_safe, retry_delay, should_retry_status
from ._settings import (
    DEFAULT_TIMEOUT,
    MAX_BODY_BYTES,
    Token,
    base_headers,
    resolve_base_url,
    resolve_token,
)

if TYPE_CHECKING:  # imported on first use: resource modules load their models
    from ._events import AsyncEventsResource, EventsResource
    from ._resources import AsyncFilesResource, AsyncSkillVersionsResource, FilesResource, SkillVersionsResource

__all__ = ["AsyncQoderCloud", "QoderCloud"]

log = logging.getLogger("qoder_cloud")

P = ParamSpec("P")
R = TypeVar("R")


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


class _ClientSettings:
    """What the sync and async clients share: settings and request building."""

    def __init__(
        self,
        *,
        token: str | None,
        base_url: str | httpx.URL | None,
        region: str | None,
        timeout: TimeoutTypes | NotGiven,
        max_retries: int,
        default_headers: Mapping[str, str] | None,
        allow_insecure_http: bool,
        http_client_timeout: httpx.Timeout | None,
    ) -> None:
        if not isinstance(max_retries, int) or isinstance(max_retries, bool) or max_retries < 0:
            raise ValueError(f"max_retries must be a non-negative integer, got {max_retries!r}")
        self._allow_insecure_http = allow_insecure_http
        self._base_url = resolve_base_url(base_url, region, allow_insecure_http=allow_insecure_http)
        self._token = Token(resolve_token(token))
        if isinstance(timeout, NotGiven):
            timeout = http_client_timeout if http_client_timeout is not None else DEFAULT_TIMEOUT
        self._timeout = timeout
        self._max_retries = max_retries
        self._headers = base_headers(default_headers)
        # What `_build_request` puts on every request: the token (unless the caller set their own
        # Authorization header) and the default headers. A private connection pool takes these as
        # its own defaults instead, so they are not merged again on every request. `httpx.Headers`
        # shows the token as `[secure]` in its repr.
        self._request_headers = httpx.Headers({"Authorization": self._token.authorization})
        self._request_headers.update(self._headers)

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

    def _build_request(
        self,
        http: httpx.Client | httpx.AsyncClient,
        request: dict[str, Any],
        options: RequestOptions,
        *,
        accept: str | None = None,
    ) -> httpx.Request:
        path: str = request["url"]
        if not path.startswith("/"):
            # The token goes on every request built here: the URL must stay on the API's origin.
            raise ValueError(f"expected an API path, got {path!r}")
        headers = self._request_headers
        method = request["method"].upper()
        post = method == "POST"
        if accept is not None or post or "headers" in request or options.extra_headers:
            headers = httpx.Headers(headers)  # case-insensitive: a caller's `authorization` replaces ours
            if accept is not None:
                headers["Accept"] = accept
            headers.update(request.get("headers") or {})
            if options.extra_headers:
                headers.update(options.extra_headers)
            if post and "idempotency-key" not in headers:
                # One key per call, reused by every retry of it: a retried create cannot create twice.
                headers["Idempotency-Key"] = str(uuid.uuid4())
        params = request.get("params")
        if options.extra_query:
            params = {**(params or {}), **options.extra_query}
        timeout = self._timeout_for(options)
        files = request.get("files")
        built = http.build_request(
            method,
            self._base_url + path,
            params=params or None,
            json=request.get("json"),
            content=request.get("content"),
            files=files,
            data=request.get("data"),
            headers=headers or None,
            timeout=timeout,
        )
        if files:
            built.read()  # buffer the multipart body: a retry must resend exactly these bytes
        if method != "GET":
            size = built.headers.get("content-length")
            if size is not None and int(size) > MAX_BODY_BYTES:
                raise ValueError(_too_large(int(size), request.get("json")))
        return built

    def _redactions(self, request: dict[str, Any]) -> tuple[str, ...]:
        """What an error for `request` must not show: the token and the secrets in its JSON body."""
        return (self._token.value, *secret_values(request.get("json")))

    def _timeout_for(self, options: RequestOptions) -> TimeoutTypes:
        return self._timeout if isinstance(options.timeout, NotGiven) else options.timeout

    def _retries_for(self, options: RequestOptions) -> int:
        if isinstance(options.max_retries, NotGiven):
            return self._max_retries
        if options.max_retries < 0:
            raise ValueError(f"max_retries must be a non-negative integer, got {options.max_retries!r}")
        return options.max_retries

    def _log_attempt(self, request: httpx.Request, outcome: str, started: float) -> None:
        if log.isEnabledFor(logging.DEBUG):
            elapsed = (time.perf_counter() - started) * 1000
            log.debug("%s %s -> %s (%.1f ms)", request.method, request.url.path, outcome, elapsed)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self._base_url!r}, max_retries={self._max_retries})"


def _cut_short(error: APIResponseValidationError) -> bool:
    """Whether the body was not valid JSON at all (rather than valid JSON of another shape)."""
    return isinstance(error.__cause__, json.JSONDecodeError)


def _redirects(follow: bool | None) -> dict[str, bool]:
    """None keeps the http client's own setting (ours does not follow; a caller's may)."""
    return {} if follow is None else {"follow_redirects": follow}


def _too_large(size: int, body: object) -> str:
    """Explain an oversized body, naming the field that takes the most room."""
    message = f"the request body is {size:,} bytes; the API accepts at most {MAX_BODY_BYTES:,} bytes (32 MB)"
    if isinstance(body, dict) and body:
        sizes = {name: len(json.dumps(value, ensure_ascii=False).encode()) for name, value in body.items()}
        largest = max(sizes, key=lambda name: sizes[name])
        message += f"; its largest field is {largest!r} ({sizes[largest]:,} bytes)"
    return message


class QoderCloud(_ClientSettings, Resources):
    """Client for the Qoder Cloud Agents API.

    Args:
        token: a personal access token (`pt-...`) or service-account token; defaults to `QODER_PAT`.
        base_url: the API root; defaults to `QODER_BASE_URL`, then to the region's host.
        region: `"global"` (default) or `"cn"`, used when no base URL is given.
        timeout: seconds or an `httpx.Timeout` per attempt; `None` waits forever. Default 60 s (10 s to connect).
        max_retries: how many times a safe request is retried after a transient failure (default 2).
        default_headers: headers sent with every request.
        http_client: your own `httpx.Client` (proxies, certificates, transports); it is not closed by `close()`.
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
        http_client: httpx.Client | None = None,
        allow_insecure_http: bool = False,
    ) -> None:
        if http_client is not None and not isinstance(http_client, httpx.Client):
            raise TypeError(f"http_client must be an httpx.Client, got {type(http_client).__name__}")
        super().__init__(
            token=token,
            base_url=base_url,
            region=region,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            allow_insecure_http=allow_insecure_http,
            http_client_timeout=http_client.timeout if http_client is not None else None,
        )
        self._owns_http = http_client is None
        if http_client is None:
            http_client = httpx.Client(follow_redirects=False, headers=self._request_headers)
            self._request_headers = httpx.Headers()
        self._http = http_client

    def _call(
        self,
        request: dict[str, Any],
        options: RequestOptions,
        parser: Callable[Concatenate[httpx.Response, P], R],
        *args: P.args,
        **kwargs: P.kwargs,
    ) -> R:
        """Send one operation and parse its answer.

        A 2xx body that is not even valid JSON (cut short on the way) is fetched again when the
        request is safe to repeat: the same request, with the same Idempotency-Key, so the server
        replays its answer instead of acting twice.
        """
        built = self._build_request(self._http, request, options)
        retries = self._retries_for(options)
        attempt = 0
        while True:
            response = self._deliver(built, retries, redact=self._redactions(request))
            try:
                return parse(parser, response, *args, **kwargs)
            except APIResponseValidationError as error:
                if attempt >= retries or not is_safe(built) or not _cut_short(error):
                    raise
                self._sleep(attempt, None, built, "a truncated body")
                attempt += 1

    def _open_stream(
        self, request: dict[str, Any], options: RequestOptions, *, accept: str = "text/event-stream"
    ) -> httpx.Response:
        """Open a streamed response: like `_call`, but the body is left unread for the caller to
        consume. Only the opening is retried; a stream that has started is never replayed here."""
        built = self._build_request(self._http, request, options, accept=accept)
        retries = self._retries_for(options)
        return self._deliver(built, retries, stream=True, redact=self._redactions(request))

    def _open_link(self, url: str, options: RequestOptions) -> httpx.Response:
        """Open a download link: a bare GET without the token, default headers or cookies."""
        link = check_link(url, allow_insecure_http=self._allow_insecure_http)
        request = link_request(link, self._timeout_for(options))
        return self._deliver(request, self._retries_for(options), stream=True, follow_redirects=True)

    def _deliver(
        self,
        built: httpx.Request,
        retries: int,
        *,
        stream: bool = False,
        follow_redirects: bool | None = None,
        redact: tuple[str, ...] = (),
    ) -> httpx.Response:
        """Send `built`, retrying what is safe to retry, and raise a typed error for anything
        but a 2xx answer. A streamed answer is returned with its body unread."""
        attempt = 0
        while True:
            started = time.perf_counter()
            try:
                response = self._http.send(built, auth=None, stream=stream, **_redirects(follow_redirects))
                if stream and not response.is_success:
                    try:
                        response.read()
                    finally:
                        response.close()
            except httpx.TransportError as exc:
                self._log_attempt(built, type(exc).__name__, started)
                if attempt < retries and is_safe(built):
                    self._sleep(attempt, None, built, type(exc).__name__)
                    attempt += 1
                    continue
                raise connection_error(exc, built, f"{built.method} {built.url.path}") from None
            self._log_attempt(built, str(response.status_code), started)
            if response.is_success:
                return response if stream else _detached(response)
            if attempt < retries and should_retry_status(built, response):
                self._sleep(attempt, response, built, str(response.status_code))
                attempt += 1
                continue
            raise status_error_from_response(response, redact=redact)

    @cached_property
    def events(self) -> EventsResource:
        """The `events` operations, plus `resumable_stream` and `run_turn`."""
        from ._events import EventsResource

        return EventsResource(self)

    @cached_property
    def files(self) -> FilesResource:
        """The `files` operations, plus `download`."""
        from ._resources import FilesResource

        return FilesResource(self)

    @cached_property
    def skill_versions(self) -> SkillVersionsResource:
        """The `skill_versions` operations, plus `download`."""
        from ._resources import SkillVersionsResource

        return SkillVersionsResource(self)

    def _sleep(self, attempt: int, response: httpx.Response | None, request: httpx.Request, why: str) -> None:
        delay = retry_delay(attempt, response)
        log.info("retrying %s %s in %.2f s after %s", request.method, request.url.path, delay, why)
        time.sleep(delay)

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


class AsyncQoderCloud(_ClientSettings, AsyncResources):
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
        http_client: httpx.AsyncClient | None = None,
        allow_insecure_http: bool = False,
    ) -> None:
        if http_client is not None and not isinstance(http_client, httpx.AsyncClient):
            raise TypeError(f"http_client must be an httpx.AsyncClient, got {type(http_client).__name__}")
        super().__init__(
            token=token,
            base_url=base_url,
            region=region,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            allow_insecure_http=allow_insecure_http,
            http_client_timeout=http_client.timeout if http_client is not None else None,
        )
        self._owns_http = http_client is None
        if http_client is None:
            http_client = httpx.AsyncClient(follow_redirects=False, headers=self._request_headers)
            self._request_headers = httpx.Headers()
        self._http = http_client

    async def _call(
        self,
        request: dict[str, Any],
        options: RequestOptions,
        parser: Callable[Concatenate[httpx.Response, P], R],
        *args: P.args,
        **kwargs: P.kwargs,
    ) -> R:
        """The asyncio twin of `QoderCloud._call`."""
        built = self._build_request(self._http, request, options)
        retries = self._retries_for(options)
        attempt = 0
        while True:
            response = await self._deliver(built, retries, redact=self._redactions(request))
            try:
                return parse(parser, response, *args, **kwargs)
            except APIResponseValidationError as error:
                if attempt >= retries or not is_safe(built) or not _cut_short(error):
                    raise
                await self._sleep(attempt, None, built, "a truncated body")
                attempt += 1

    async def _open_stream(
        self, request: dict[str, Any], options: RequestOptions, *, accept: str = "text/event-stream"
    ) -> httpx.Response:
        """Open a streamed response, leaving the body unread; only the opening is retried."""
        built = self._build_request(self._http, request, options, accept=accept)
        retries = self._retries_for(options)
        return await self._deliver(built, retries, stream=True, redact=self._redactions(request))

    async def _open_link(self, url: str, options: RequestOptions) -> httpx.Response:
        """Open a download link: a bare GET without the token, default headers or cookies."""
        link = check_link(url, allow_insecure_http=self._allow_insecure_http)
        request = link_request(link, self._timeout_for(options))
        return await self._deliver(request, self._retries_for(options), stream=True, follow_redirects=True)

    async def _deliver(
        self,
        built: httpx.Request,
        retries: int,
        *,
        stream: bool = False,
        follow_redirects: bool | None = None,
        redact: tuple[str, ...] = (),
    ) -> httpx.Response:
        """The asyncio twin of `QoderCloud._deliver`."""
        attempt = 0
        while True:
            started = time.perf_counter()
            try:
                response = await self._http.send(built, auth=None, stream=stream, **_redirects(follow_redirects))
                if stream and not response.is_success:
                    try:
                        await response.aread()
                    finally:
                        await response.aclose()
            except httpx.TransportError as exc:
                self._log_attempt(built, type(exc).__name__, started)
                if attempt < retries and is_safe(built):
                    await self._sleep(attempt, None, built, type(exc).__name__)
                    attempt += 1
                    continue
                raise connection_error(exc, built, f"{built.method} {built.url.path}") from None
            self._log_attempt(built, str(response.status_code), started)
            if response.is_success:
                return response if stream else _detached(response)
            if attempt < retries and should_retry_status(built, response):
                await self._sleep(attempt, response, built, str(response.status_code))
                attempt += 1
                continue
            raise status_error_from_response(response, redact=redact)

    @cached_property
    def events(self) -> AsyncEventsResource:
        """The `events` operations, plus `resumable_stream` and `run_turn`."""
        from ._events import AsyncEventsResource

        return AsyncEventsResource(self)

    @cached_property
    def files(self) -> AsyncFilesResource:
        """The `files` operations, plus `download`."""
        from ._resources import AsyncFilesResource

        return AsyncFilesResource(self)

    @cached_property
    def skill_versions(self) -> AsyncSkillVersionsResource:
        """The `skill_versions` operations, plus `download`."""
        from ._resources import AsyncSkillVersionsResource

        return AsyncSkillVersionsResource(self)

    async def _sleep(self, attempt: int, response: httpx.Response | None, request: httpx.Request, why: str) -> None:
        delay = retry_delay(attempt, response)
        log.info("retrying %s %s in %.2f s after %s", request.method, request.url.path, delay, why)
        import asyncio  # here, so that `import qoder_cloud` does not load asyncio for sync users

        await asyncio.sleep(delay)

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
