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
from collections.abc import Awaitable, Callable, Mapping
from types import TracebackType
from typing import Any, Generic, Self, TypeVar, cast

import httpx

from ._closing import ClosedOnExit
from ._credentials import AsyncTokenCredential, TokenCredential, bearer_token, checked_credential
from ._decoding import (
    DEFAULT_MAX_RESPONSE_BYTES,
    ERROR_PREVIEW_BYTES,
    BodyReader,
    BodyTooLarge,
    aiter_raw,
    iter_raw,
    read_response,
)
from ._exceptions import (
    UNREADABLE,
    APITimeoutError,
    ConfigurationError,
    QoderError,
    connection_error_from,
    request_id_of,
    status_error_from,
    target_of,
    validation_error_from,
)
from ._redaction import Secrets, redacted_request, secrets_of
from ._response import record
from ._retries import DEFAULT_MAX_RETRIES, RetryState
from ._runtime import Parse
from ._settings import (
    BETA_HEADER,
    DEFAULT_TIMEOUT,
    USER_AGENT,
    WORKSPACE_HEADER,
    Token,
    base_headers,
    beta_value,
    body_limit,
    check_headers,
    check_link,
    check_redirect,
    region_of,
    region_of_host,
    resolve_base_url,
    resolve_token,
    workspace_value,
)
from ._timeouts import Deadline, total_of
from ._types import NOT_GIVEN, NotGiven, RequestOptions, TimeoutTypes
from .lib import AsyncLibResources, LibResources

__all__ = ["AsyncQoderCloud", "QoderCloud"]

log = logging.getLogger("qoder_cloud")

R = TypeVar("R")
HttpClient = TypeVar("HttpClient", httpx.Client, httpx.AsyncClient)
BetaNames = list[str] | tuple[str, ...]
"""Beta feature names: a list or a tuple, not a bare string (which is itself a sequence of strings)."""

MAX_REDIRECTS = 10
"""The most redirects a download link may take."""


def _unread(response: httpx.Response) -> httpx.Response:
    """The parser of a streamed call: the response itself, body unread."""
    return response


# What one attempt amounts to; the send loops act on it outside any `except` block, so a raised
# error carries no `__context__` (whose message or frames could hold what was masked).


class _Done(Generic[R]):
    __slots__ = ("value",)

    def __init__(self, value: R) -> None:
        self.value = value


class _Retry:
    """An attempt failed in a way the budget allows to retry, after `delay` seconds."""

    __slots__ = ("delay",)

    def __init__(self, delay: float) -> None:
        self.delay = delay


class _Hop:
    """A download link redirected: the next request, already checked."""

    __slots__ = ("request",)

    def __init__(self, request: httpx.Request) -> None:
        self.request = request


class _Fail:
    __slots__ = ("error",)

    def __init__(self, error: QoderError) -> None:
        self.error = error


_Step = _Done[R] | _Retry | _Hop | _Fail


class _OutOfTime(Exception):
    """The call's total timeout ran out while its answer was being read (internal)."""


class _Call:
    """One call across its attempts: the request being sent (a download link's changes at each
    redirect hop), the retry budget, the total timeout, and the attempts made so far."""

    __slots__ = ("_retries", "_spent", "attempts", "deadline", "hops", "request", "retry", "started")

    def __init__(self, request: httpx.Request, retries: int, deadline: Deadline | None, *, link: bool) -> None:
        self.request = request
        self.retry = RetryState(request, retries)
        self.deadline = deadline
        self.attempts = 0
        self.started = 0.0  # when the current attempt began (`time.perf_counter`)
        self.hops: int | None = 0 if link else None  # None: not a download link, redirects are answers
        self._retries = retries
        self._spent = 0

    def hop(self, request: httpx.Request) -> None:
        """Follow a redirect: the same budget goes on, less the retries already made."""
        self._spent += self.retry.retries
        self.request = request
        self.hops = (self.hops or 0) + 1
        self.retry = RetryState(request, max(self._retries - self._spent, 0))


class _BaseClient(Generic[HttpClient]):
    """What the sync and async clients share: settings, request building and everything of the
    send loop that does no I/O."""

    _http: HttpClient

    def __init__(
        self,
        *,
        token: Token | None,
        base_url: str | httpx.URL | None,
        region: str | None,
        timeout: TimeoutTypes | NotGiven,
        max_retries: int,
        max_response_bytes: int,
        default_headers: Mapping[str, str] | None,
        workspace_id: str | None,
        betas: BetaNames | None,
        allow_insecure_http: bool,
        http_client: HttpClient | None,
        credential: TokenCredential | AsyncTokenCredential | None,
    ) -> None:
        self._max_retries = _checked_retries(max_retries)
        self._max_response_bytes = _checked_response_bytes(max_response_bytes)
        self._allow_insecure_http = allow_insecure_http
        # The workspace and the betas go on each request rather than into the pool's headers, so
        # that a call (or a client made by `with_options`) can replace them or go without.
        self._scope_headers: dict[str, str] = {}
        self._set_scope(workspace_id, betas)
        self._base_url = resolve_base_url(base_url, region, allow_insecure_http=allow_insecure_http)
        self._region = region_of(self._base_url, region)
        # A fixed token, or a credential asked for the token of every attempt (`_credentials.py`).
        self._credential = credential
        self._token = resolve_token(token, credential=credential is not None)
        if credential is not None:
            _check_region(credential, self._base_url)
        if isinstance(timeout, NotGiven):
            timeout = http_client.timeout if http_client is not None else DEFAULT_TIMEOUT
        self._timeout = timeout
        self._clock: Callable[[], float] = time.monotonic
        # What every API request carries: the token (unless the caller set their own Authorization
        # header, or a credential gives it per attempt) and the default headers. A pool of our own
        # takes them as its defaults, so they are not merged again on every request.
        # `httpx.Headers` shows the token as `[secure]`.
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

    def _set_scope(self, workspace_id: str | None | NotGiven, betas: BetaNames | None | NotGiven) -> None:
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

    @property
    def max_response_bytes(self) -> int:
        """The largest decoded answer (and event-stream event) this client reads."""
        return self._max_response_bytes

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
        max_response_bytes: int | NotGiven = NOT_GIVEN,
        default_headers: Mapping[str, str] | None = None,
        workspace_id: str | None | NotGiven = NOT_GIVEN,
        betas: BetaNames | None | NotGiven = NOT_GIVEN,
    ) -> Self:
        """A client with other settings that shares this one's connection pool and token (or
        credential).

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
            clone._request_headers.update(check_headers(default_headers, "default_headers"))
        if not isinstance(timeout, NotGiven):
            clone._timeout = timeout
        if not isinstance(max_retries, NotGiven):
            clone._max_retries = _checked_retries(max_retries)
        if not isinstance(max_response_bytes, NotGiven):
            clone._max_response_bytes = _checked_response_bytes(max_response_bytes)
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
            headers.update(self._scope_headers)  # checked when set
            headers.update(check_headers(request.get("headers") or {}, "headers"))
            if options.extra_headers:
                headers.update(check_headers(options.extra_headers, "extra_headers"))
            key = headers.get("idempotency-key")
            if key is not None and not key.strip():
                raise ValueError(
                    "idempotency_key must be a non-empty string: the server takes an empty key for no key, "
                    "so the retries of this request could act more than once"
                )
            if post and key is None:
                # One key per call, reused by every retry of it: a retried create cannot create twice.
                import uuid  # here, not at the top: `uuid` imports `platform`, a cost for every `import qoder_cloud`

                headers["Idempotency-Key"] = str(uuid.uuid4())
        params = request.get("params")
        if options.extra_query:
            params = {**(params or {}), **options.extra_query}
        pool = self._pool()
        url: str | httpx.URL = self._base_url + path
        if params and not pool.params:
            # The query goes into the URL as it is made: given to `build_request`, it would be
            # merged into a URL parsed once already, and the URL parsed a second time (~15 µs). A
            # caller's client with default params takes the merge, so that ours win on a clash.
            url, params = httpx.URL(url, params=params), None
        files, json_body, content, data = (
            request.get("files"),
            request.get("json"),
            request.get("content"),
            request.get("data"),
        )
        # Without a body, the headers are set on the built request, each replacing the pool's
        # default of that name: given to `build_request`, they would be merged into a copy of the
        # pool's defaults one pop at a time. With a body they go in before httpx frames it, so a
        # caller's `Content-Type` or `Content-Length` is kept as httpx keeps it.
        given = headers or None
        late = given is not None and files is None and json_body is None and content is None and data is None
        built = pool.build_request(
            method,
            url,
            params=params or None,
            json=json_body,
            content=content,
            files=files,
            data=data,
            headers=None if late else given,
            timeout=self._timeout_for(options),
        )
        if late:
            target = built.headers
            for name, value in headers.multi_items():
                target[name] = value
        # A multipart body is not read here: httpx renders it while sending, reading each part from
        # its start (`_uploads`), so a retry resends exactly the same bytes.
        if method != "GET":
            size = built.headers.get("content-length")
            limit = body_limit(self._region, method, path)
            if size is not None and int(size) > limit:
                raise ValueError(_too_large(int(size), limit, self._region, request.get("json")))
        return built

    def _link_request(self, url: str | httpx.URL, timeout: dict[str, Any]) -> httpx.Request:
        """A bare GET for a download link: no token, no default headers, no cookies."""
        link = check_link(url, allow_insecure_http=self._allow_insecure_http)
        headers = {"User-Agent": USER_AGENT, "Accept": "*/*", "Accept-Encoding": "gzip, deflate"}
        return httpx.Request("GET", link, headers=headers, extensions={"timeout": dict(timeout)})

    def _first_link_request(self, url: str, options: RequestOptions) -> httpx.Request:
        timeout = self._timeout_for(options)
        timeout = timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout)
        return self._link_request(url, timeout.as_dict())

    def _timeout_for(self, options: RequestOptions) -> TimeoutTypes:
        return self._timeout if isinstance(options.timeout, NotGiven) else options.timeout

    def _deadline_for(self, options: RequestOptions) -> Deadline | None:
        total = total_of(self._timeout_for(options))
        return None if total is None else Deadline(total, self._clock)

    def _retries_for(self, options: RequestOptions) -> int:
        if isinstance(options.max_retries, NotGiven):
            return self._max_retries
        return _checked_retries(options.max_retries)

    def _secrets(self, request: httpx.Request) -> Secrets:
        """What an error for `request` must not show: the client's token, and (`secrets_of`) the
        token the request actually carried, a credential's included, whatever it was then."""
        return secrets_of(request, self._token.value) if self._token is not None else secrets_of(request)

    def _authorize(self, call: _Call, token: Token) -> None:
        """Put the token a credential gave for this attempt on the call's request."""
        call.request.headers["Authorization"] = bearer_token(token, self._credential).authorization

    # ------------------------------------------------------------------ one attempt, no I/O

    def _call_of(self, request: httpx.Request, options: RequestOptions, *, link: bool) -> _Call:
        return _Call(request, self._retries_for(options), self._deadline_for(options), link=link)

    def _begin(self, call: _Call) -> _Fail | None:
        """Before an attempt: refuse it when the call's total ran out, else cap its timeouts."""
        call.attempts += 1
        call.started = time.perf_counter()
        if call.deadline is None:
            return None
        if call.deadline.expired():
            return self._out_of_time(call, call.attempts - 1)
        call.deadline.arm(call.request)
        return None

    def _next(self, call: _Call, step: _Step[R]) -> _Done[R] | float | None:
        """What the send loop does after an attempt: return the value (`_Done`), wait this many
        seconds and try again, or go on at once (None: a redirect hop). Raises the final error."""
        if isinstance(step, _Done):
            return step
        if isinstance(step, _Hop):
            call.hop(step.request)
            return None
        if isinstance(step, _Retry) and call.deadline is not None and not call.deadline.allows(step.delay):
            step = self._out_of_time(call, call.attempts)  # the wait would outlast the total
        if isinstance(step, _Fail):
            raise step.error
        return step.delay

    def _out_of_time(self, call: _Call, attempts: int) -> _Fail:
        assert call.deadline is not None  # only a call with a total runs out of it
        request = call.request
        return _Fail(
            APITimeoutError(
                f"{target_of(request)} ran out of its total timeout of {call.deadline.total:g} s "
                f"after {attempts} attempt{'s' if attempts != 1 else ''}",
                request=redacted_request(request, self._secrets(request)),
            )
        )

    def _reader(self, response: httpx.Response) -> BodyReader:
        """A 2xx body is read whole up to `max_response_bytes`; an error body only as a preview."""
        if response.is_success:
            return BodyReader(response, self._max_response_bytes)
        return BodyReader(response, ERROR_PREVIEW_BYTES, preview=True)

    def _failed(self, call: _Call, response: httpx.Response | None, exc: Exception) -> _Step[Any]:
        """An attempt that broke: no answer (a transport error), or one that could not be read."""
        request = call.request
        self._log_attempt(call, type(exc).__name__)
        if response is None or not isinstance(exc, (httpx.DecodingError, BodyTooLarge, _OutOfTime)):
            delay = call.retry.after_transport_error(exc) if isinstance(exc, httpx.TransportError) else None
            if delay is None:
                return _Fail(connection_error_from(exc, request, self._secrets(request)))
            return _Retry(delay)
        if isinstance(exc, httpx.DecodingError):
            return self._after_unreadable(call, response, exc)
        if isinstance(exc, _OutOfTime):
            return self._out_of_time(call, call.attempts)
        problem = (
            f"is larger than max_response_bytes ({self._max_response_bytes:,} bytes); raise max_response_bytes "
            "on the client if this answer is expected"
        )
        return _Fail(validation_error_from(problem, response, "the body", self._secrets(request), body=b""))

    def _settle(self, call: _Call, response: httpx.Response, parse: Parse[R]) -> _Step[R]:
        """What one answer amounts to: the parsed result, a retry, a redirect hop, or the typed error."""
        self._log_attempt(call, response)
        request = response.request
        if call.hops is not None and response.has_redirect_location:
            return self._hop(response, call.hops)
        if not response.is_success:
            delay = call.retry.after_status(response)
            if delay is None:
                return _Fail(status_error_from(response, self._secrets(request)))
            return _Retry(delay)
        try:
            return _Done(_stamped(parse(response), response))
        except UNREADABLE as exc:
            return self._after_unreadable(call, response, exc)
        except (KeyError, ValueError, TypeError, AttributeError) as exc:
            return _Fail(validation_error_from(exc, response, "the body", self._secrets(request)))

    def _after_unreadable(self, call: _Call, response: httpx.Response, exc: Exception) -> _Step[Any]:
        """A 2xx body that could not be read (cut short, not JSON, not decodable): asked for again
        when safe; an error body that does not decode is read as empty."""
        if not response.is_success:
            delay = call.retry.after_status(response)
            if delay is None:
                return _Fail(status_error_from(read_response(response, b""), self._secrets(response.request)))
            return _Retry(delay)
        delay = call.retry.after_unreadable_body()
        if delay is None:
            return _Fail(validation_error_from(exc, response, "the body", self._secrets(response.request), body=b""))
        return _Retry(delay)

    def _hop(self, response: httpx.Response, hops: int) -> _Hop | _Fail:
        """The next request of a download link that redirected, checked like the link itself."""
        current = response.request
        if hops >= MAX_REDIRECTS:
            too_many = httpx.TooManyRedirects(f"more than {MAX_REDIRECTS} redirects", request=current)
            return _Fail(connection_error_from(too_many, current, Secrets(()), what="the download link"))
        location = response.headers["location"]
        target = check_redirect(current.url, location, allow_insecure_http=self._allow_insecure_http)
        return _Hop(self._link_request(target, current.extensions.get("timeout") or {}))

    def _log_attempt(self, call: _Call, outcome: httpx.Response | str) -> None:
        if not log.isEnabledFor(logging.DEBUG):
            return
        request = call.request
        elapsed = (time.perf_counter() - call.started) * 1000
        details = [f"attempt {call.attempts}", f"{elapsed:.1f} ms"]
        key = request.headers.get("idempotency-key")
        if key:
            details.append(f"idempotency key {key}")
        if isinstance(outcome, httpx.Response):
            request_id = request_id_of(outcome)
            if request_id:
                details.append(f"request id {request_id}")
            outcome = str(outcome.status_code)
        url = request.url.copy_with(query=None)
        log.debug("%s %s -> %s (%s)", request.method, url, outcome, ", ".join(details))

    def __repr__(self) -> str:
        # Safe on a client whose construction failed half-way (a traceback's locals show it).
        base_url, max_retries = getattr(self, "_base_url", None), getattr(self, "_max_retries", None)
        return f"{type(self).__name__}(base_url={base_url!r}, max_retries={max_retries})"


def _needs_reading(response: httpx.Response, parse: Parse[Any]) -> bool:
    """Whether the send loop reads the body: always, except a streamed call's 2xx."""
    return parse is not _unread or not response.is_success


def _check_region(credential: object, base_url: str) -> None:
    """Refuse a credential of one region for the API of the other (its tokens would not work)."""
    region = getattr(credential, "region", None)
    api_region = region_of_host(base_url)
    if isinstance(region, str) and api_region is not None and region != api_region:
        raise ConfigurationError(
            f"the credential is for the {region!r} region but base_url {base_url} is the {api_region!r} API; "
            "tokens of one region do not work in the other"
        )


def _needs_token(credential: object, call: _Call) -> bool:
    """Whether each attempt of a call asks the credential for its token: an API request without
    an `Authorization` of the caller's own."""
    return credential is not None and call.hops is None and "authorization" not in call.request.headers


def _checked_retries(max_retries: object) -> int:
    if not isinstance(max_retries, int) or isinstance(max_retries, bool) or max_retries < 0:
        raise ValueError(f"max_retries must be a non-negative integer, got {max_retries!r}")
    return max_retries


def _checked_response_bytes(max_response_bytes: object) -> int:
    if not isinstance(max_response_bytes, int) or isinstance(max_response_bytes, bool) or max_response_bytes < 1:
        raise ValueError(f"max_response_bytes must be a positive integer, got {max_response_bytes!r}")
    return max_response_bytes


def _stamped(result: R, response: httpx.Response) -> R:
    """A parsed answer, marked with the request ID of `response` when it is a model (`_request_id`)
    and recorded for a raw call."""
    if hasattr(result, "_request_id"):
        result._request_id = request_id_of(response)
    record(response)  # for `with_raw_response`
    return result


# API requests follow the http client's own auth and redirect settings (ours: none; a caller's
# `httpx.Client(auth=...)` runs on them); a download link never gets the caller's auth, and its
# redirects are followed by the send loop, which checks every hop (`_settings.check_redirect`).
_API_SEND: dict[str, Any] = {}
_LINK_SEND: dict[str, Any] = {"auth": None, "follow_redirects": False}


def _too_large(size: int, limit: int, region: str, body: object) -> str:
    """Explain an oversized body, naming the field that takes the most room."""
    where = "for a skill package" if limit > 32 * 1024 * 1024 else f"in the {region} region"
    message = (
        f"the request body is {size:,} bytes; the API accepts at most {limit:,} bytes {where} ({limit // 1_048_576} MB)"
    )
    if isinstance(body, dict) and body:
        sizes = {name: len(json.dumps(value, ensure_ascii=False).encode()) for name, value in body.items()}
        largest = max(sizes, key=lambda name: sizes[name])
        message += f"; its largest field is {largest!r} ({sizes[largest]:,} bytes)"
    return message


class QoderCloud(_BaseClient[httpx.Client], LibResources, ClosedOnExit):
    """Client for the Qoder Cloud Agents API.

    Args:
        token: a personal access token (`pt-...`) or service-account token; defaults to
            `QODER_ACCESS_TOKEN`, then `QODER_PAT`.
        credential: instead of a token, an object whose `get_token()` gives the token of each
            attempt (e.g. `ServiceAccountCredential()`); see `TokenCredential`.
        base_url: the API root; defaults to `QODER_BASE_URL`, then to the region's host.
        region: `"global"` (default) or `"cn"`, used when no base URL is given; it also sets the
            request-size limit the client checks (32 MB, 4 MB in China; the China hosts imply "cn").
        timeout: seconds or an `httpx.Timeout` for each connect, read and write (not the whole
            call); `None` waits forever. Default 60 s (10 s to connect). `qoder_cloud.Timeout(...,
            total=seconds)` also bounds each call as a whole, retries and waits included.
        max_retries: how many times a call is retried after transient failures, all reasons together (default 2).
        max_response_bytes: the largest decoded answer (and event-stream event) the client reads;
            a larger one raises `APIResponseValidationError`. Default 64 MB.
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
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        default_headers: Mapping[str, str] | None = None,
        workspace_id: str | None = None,
        betas: BetaNames | None = None,
        http_client: httpx.Client | None = None,
        allow_insecure_http: bool = False,
        credential: TokenCredential | None = None,
    ) -> None:
        held = None if token is None else Token(token)
        del token  # from here on only in a `Token`: no frame of a traceback shows it
        if http_client is not None and not isinstance(http_client, httpx.Client):
            raise TypeError(f"http_client must be an httpx.Client, got {type(http_client).__name__}")
        if credential is not None:
            checked_credential(credential, asynchronous=False)
        super().__init__(
            token=held,
            base_url=base_url,
            region=region,
            timeout=timeout,
            max_retries=max_retries,
            max_response_bytes=max_response_bytes,
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
        built = self._build_request(request, options)
        del request  # its body is in `built`, whose repr shows no headers or body
        return self._send(built, options, parse)

    def _open_stream(self, request: dict[str, Any], options: RequestOptions) -> httpx.Response:
        """Open a streamed answer, its body unread; only the opening is retried."""
        return self._send(self._build_request(request, options), options, _unread)

    def _open_link(self, url: str, options: RequestOptions) -> httpx.Response:
        """Open a download link (a bare GET without the token), its body unread; each redirect
        hop is checked before it is followed."""
        return self._send(self._first_link_request(url, options), options, _unread, link=True)

    def _send(self, request: httpx.Request, options: RequestOptions, parse: Parse[R], *, link: bool = False) -> R:
        """Send `request` until it succeeds or the retry budget says stop, and parse the answer."""
        http = self._pool()
        call = self._call_of(request, options, link=link)
        fresh_token = _needs_token(self._credential, call)
        while True:
            step: _Step[R] | None = self._begin(call)
            if step is None:
                if fresh_token:
                    self._authorize(call, self._fresh_token())
                step = self._attempt(http, call, parse)
            after = self._next(call, step)
            if isinstance(after, _Done):
                return after.value
            if after is not None:
                self._sleep(after)

    def _fresh_token(self) -> Token:
        """The credential's token for the next attempt."""
        return Token(cast("TokenCredential", self._credential).get_token())

    def _attempt(self, http: httpx.Client, call: _Call, parse: Parse[R]) -> _Step[R]:
        response: httpx.Response | None = None
        try:
            options = _LINK_SEND if call.hops is not None else _API_SEND
            response = http.send(call.request, stream=True, **options)
            if _needs_reading(response, parse):
                response = self._read(response, call.deadline)
        except (httpx.RequestError, BodyTooLarge, _OutOfTime) as exc:
            return self._failed(call, response, exc)
        return self._settle(call, response, parse)

    def _read(self, response: httpx.Response, deadline: Deadline | None) -> httpx.Response:
        """The response with its body read within the limits, and closed."""
        reader = self._reader(response)
        try:
            for raw in iter_raw(response):
                if not reader.feed(raw):
                    break
                if deadline is not None and deadline.expired():
                    raise _OutOfTime
            body = reader.finish()
        finally:
            response.close()
        return read_response(response, body)

    def close(self) -> None:
        """Close the connection pool (unless it belongs to an `http_client` you passed)."""
        if self._owns_http:
            self._http.close()


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
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        default_headers: Mapping[str, str] | None = None,
        workspace_id: str | None = None,
        betas: BetaNames | None = None,
        http_client: httpx.AsyncClient | None = None,
        allow_insecure_http: bool = False,
        credential: TokenCredential | AsyncTokenCredential | None = None,
    ) -> None:
        held = None if token is None else Token(token)
        del token  # from here on only in a `Token`: no frame of a traceback shows it
        if http_client is not None and not isinstance(http_client, httpx.AsyncClient):
            raise TypeError(f"http_client must be an httpx.AsyncClient, got {type(http_client).__name__}")
        if credential is not None:
            checked_credential(credential, asynchronous=True)
        super().__init__(
            token=held,
            base_url=base_url,
            region=region,
            timeout=timeout,
            max_retries=max_retries,
            max_response_bytes=max_response_bytes,
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
        built = self._build_request(request, options)
        del request  # its body is in `built`, whose repr shows no headers or body
        return await self._send(built, options, parse)

    async def _open_stream(self, request: dict[str, Any], options: RequestOptions) -> httpx.Response:
        """Open a streamed answer, its body unread; only the opening is retried."""
        return await self._send(self._build_request(request, options), options, _unread)

    async def _open_link(self, url: str, options: RequestOptions) -> httpx.Response:
        """Open a download link (a bare GET without the token), its body unread."""
        return await self._send(self._first_link_request(url, options), options, _unread, link=True)

    async def _send(self, request: httpx.Request, options: RequestOptions, parse: Parse[R], *, link: bool = False) -> R:
        """The asyncio twin of `QoderCloud._send`."""
        http = self._pool()
        call = self._call_of(request, options, link=link)
        fresh_token = _needs_token(self._credential, call)
        while True:
            step: _Step[R] | None = self._begin(call)
            if step is None:
                if fresh_token:
                    self._authorize(call, await self._fresh_token())
                step = await self._attempt(http, call, parse)
            after = self._next(call, step)
            if isinstance(after, _Done):
                return after.value
            if after is not None:
                await self._sleep(after)

    async def _fresh_token(self) -> Token:
        """The credential's token for the next attempt (its `get_token` may be a coroutine)."""
        assert self._credential is not None  # only asked for when there is one
        given = self._credential.get_token()
        return Token(await given if inspect.isawaitable(given) else given)

    async def _attempt(self, http: httpx.AsyncClient, call: _Call, parse: Parse[R]) -> _Step[R]:
        response: httpx.Response | None = None
        try:
            options = _LINK_SEND if call.hops is not None else _API_SEND
            response = await http.send(call.request, stream=True, **options)
            if _needs_reading(response, parse):
                response = await self._read(response, call.deadline)
        except (httpx.RequestError, BodyTooLarge, _OutOfTime) as exc:
            return self._failed(call, response, exc)
        return self._settle(call, response, parse)

    async def _read(self, response: httpx.Response, deadline: Deadline | None) -> httpx.Response:
        """The asyncio twin of `QoderCloud._read`."""
        reader = self._reader(response)
        try:
            async for raw in aiter_raw(response):
                if not reader.feed(raw):
                    break
                if deadline is not None and deadline.expired():
                    raise _OutOfTime
            body = reader.finish()
        finally:
            await response.aclose()
        return read_response(response, body)

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
