"""A scripted API behind `httpx.MockTransport`, for unit tests of the send path: headers, options,
retry decisions and error building, without a socket.

    mock_api.reply(503).reply(200, json=ENV)       # answers, in order
    client = mock_api.client(max_retries=2)
    client.environments.retrieve("env_1")
    assert len(mock_api.requests) == 2 and mock_api.clock.waits == [pytest.approx(0.5, abs=0.125)]

A request beyond the scripted answers fails the test. Clients made here wait on a `Clock`, which
records each wait instead of sleeping.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx

from qoder_cloud import AsyncQoderCloud, QoderCloud

from .constants import TOKEN

BASE_URL = "http://127.0.0.1:9/api/v1/cloud"
"""Never dialled: the transport answers in memory."""

Answer = Callable[[httpx.Request], httpx.Response]


class Clock:
    """Stands in for the clients' sleep and clock: records each wait and returns at once, its
    time moving only by the waits (and by `advance`)."""

    def __init__(self) -> None:
        self.waits: list[float] = []
        self.now = 0.0

    def sleep(self, seconds: float) -> None:
        self.waits.append(seconds)
        self.now += seconds

    async def async_sleep(self, seconds: float) -> None:
        self.sleep(seconds)

    def monotonic(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds

    def attach(self, client: QoderCloud | AsyncQoderCloud) -> None:
        """Make `client` wait on this clock (retries, resumable streams, total timeouts)."""
        client._clock = self.monotonic
        if isinstance(client, QoderCloud):
            client._sleep = self.sleep
        else:
            client._sleep = self.async_sleep


class MockAPI:
    """Answers requests from a script, in order, and records every request."""

    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []
        self.clock = Clock()
        self._answers: list[Answer] = []
        self._pools: list[httpx.Client | httpx.AsyncClient] = []

    def reply(
        self,
        status: int = 200,
        *,
        json: Any = None,
        content: bytes | None = None,
        headers: dict[str, str] | None = None,
    ) -> MockAPI:
        """Answer the next request with this status and body (a JSON value, or raw bytes)."""

        def answer(request: httpx.Request) -> httpx.Response:
            if content is not None:
                return httpx.Response(status, content=content, headers=headers)
            if json is not None:
                return httpx.Response(status, json=json, headers=headers)
            return httpx.Response(status, headers=headers)

        self._answers.append(answer)
        return self

    def fail(self, error: type[httpx.TransportError] = httpx.ConnectError) -> MockAPI:
        """Answer the next request with a transport error (no response at all)."""

        def answer(request: httpx.Request) -> httpx.Response:
            raise error("scripted failure", request=request)

        self._answers.append(answer)
        return self

    def answer(self, answer: Answer) -> MockAPI:
        """Answer the next request with whatever `answer(request)` returns."""
        self._answers.append(answer)
        return self

    def _handle(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        index = len(self.requests) - 1
        assert index < len(self._answers), f"unexpected request #{index + 1}: {request.method} {request.url}"
        return self._answers[index](request)

    def transport(self) -> httpx.MockTransport:
        return httpx.MockTransport(self._handle)

    def client(self, *, http: httpx.Client | None = None, **options: Any) -> QoderCloud:
        """A client on this API (its own `httpx.Client` on the mock transport unless `http` is given)."""
        if http is None:
            http = httpx.Client(transport=self.transport())
        self._pools.append(http)
        client = QoderCloud(token=TOKEN, base_url=BASE_URL, http_client=http, **options)
        self.clock.attach(client)
        return client

    def async_client(self, **options: Any) -> AsyncQoderCloud:
        http = httpx.AsyncClient(transport=self.transport())
        self._pools.append(http)
        client = AsyncQoderCloud(token=TOKEN, base_url=BASE_URL, http_client=http, **options)
        self.clock.attach(client)
        return client

    def close(self) -> None:
        for pool in self._pools:
            if isinstance(pool, httpx.Client):
                pool.close()
