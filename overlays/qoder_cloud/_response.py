"""Raw responses: what a call answered (status, headers, request ID) next to the value it returns.

`client.with_raw_response.environments.retrieve("env_1")` runs the same method as
`client.environments.retrieve("env_1")` and returns a `RawResponse[Environment]`. The generated
`...WithRawResponse` classes wrap each method with `raw_response` (or `async_raw_response`),
which keeps the method's parameters and wraps its return type, so a type checker sees
`RawResponse[Environment]`.

How the answer is found: while a wrapped method runs, a context variable holds a list, and the
client puts there the first 2xx answer the call settles (`record`). A list method answers with
its first page, a stream with the answer that opened it; pages fetched later, while iterating,
are not part of the call. A context variable is per thread and per asyncio task, so concurrent
calls never see each other's answers.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from contextvars import ContextVar
from typing import Generic, ParamSpec, TypeVar

import httpx

from ._exceptions import request_id_of

__all__ = ["RawResponse", "async_raw_response", "raw_response", "record"]

P = ParamSpec("P")
R = TypeVar("R")

_answers: ContextVar[list[httpx.Response] | None] = ContextVar("qoder_cloud_raw_answers", default=None)


class RawResponse(Generic[R]):
    """The answer of one call, and the value the method returned for it (`parse()`).

    The body has been read and parsed already (a parse failure raises at the call, as without
    `with_raw_response`), except for a stream, whose events are read from `parse()`'s value.
    """

    __slots__ = ("_value", "http_response")

    def __init__(self, http_response: httpx.Response, value: R) -> None:
        self.http_response = http_response
        """The `httpx.Response` (its request included)."""
        self._value = value

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def request_id(self) -> str | None:
        """The `x-request-id` (else `request-id`) header of the answer."""
        return request_id_of(self.http_response)

    def parse(self) -> R:
        """What the method returns: the model, page, stream or None."""
        return self._value

    def __repr__(self) -> str:
        return f"<RawResponse {self.status_code} request_id={self.request_id!r} value={type(self._value).__name__}>"


def record(response: httpx.Response) -> None:
    """Called by the clients with each 2xx answer they settle: kept when a raw call is running."""
    answers = _answers.get()
    if answers is not None and not answers:
        answers.append(response)


def raw_response(method: Callable[P, R]) -> Callable[P, RawResponse[R]]:
    """`method`, returning a `RawResponse` of what it returns."""

    def call(*args: P.args, **kwargs: P.kwargs) -> RawResponse[R]:
        answers: list[httpx.Response] = []
        token = _answers.set(answers)
        try:
            value = method(*args, **kwargs)
        finally:
            _answers.reset(token)
        return RawResponse(_the_answer(answers, method), value)

    return _named_like(call, method)


def async_raw_response(method: Callable[P, Awaitable[R]]) -> Callable[P, Awaitable[RawResponse[R]]]:
    """The asyncio twin of `raw_response`: a list (`AsyncPaginator`) or stream (`AsyncStreamOpener`)
    is awaited, so the call answers with its first page or its opened stream."""

    async def call(*args: P.args, **kwargs: P.kwargs) -> RawResponse[R]:
        answers: list[httpx.Response] = []
        token = _answers.set(answers)
        try:
            value = await method(*args, **kwargs)
        finally:
            _answers.reset(token)
        return RawResponse(_the_answer(answers, method), value)

    return _named_like(call, method)


def _the_answer(answers: list[httpx.Response], method: object) -> httpx.Response:
    if not answers:  # every generated method sends exactly one request before it returns
        raise RuntimeError(f"{getattr(method, '__qualname__', method)!r} returned without an answer to record")
    return answers[0]


F = TypeVar("F", bound=Callable[..., object])


def _named_like(wrapper: F, method: object) -> F:
    """Give the wrapper the method's name and docstring (for help() and tracebacks)."""
    for name in ("__name__", "__qualname__", "__doc__"):
        value = getattr(method, name, None)
        if value is not None:
            setattr(wrapper, name, value)
    return wrapper
