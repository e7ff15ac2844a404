"""Service accounts: a key exchanged for short-lived tokens at the local server's exchange, tokens
that really expire on a clock the test moves, renewal before expiry, one exchange for many
callers, pauses after failures, region checks, and secrets that never show."""

from __future__ import annotations

import asyncio
import gzip
import json
import logging
import os
import pickle
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

from qoder_cloud import (
    APIConnectionError,
    APIResponseValidationError,
    AsyncQoderCloud,
    AsyncServiceAccountCredential,
    AuthenticationError,
    BadRequestError,
    ConfigurationError,
    InternalServerError,
    QoderCloud,
    RateLimitError,
    ServiceAccountCredential,
)
from qoder_cloud.testing import LocalServer, ManualClock

from .support.constants import TOKEN
from .support.leaks import leaks
from .support.mock_api import MockAPI

SA_KEY = "sak-7d1e4c0f9b2a48e6a1c3d5f7e9b0c2d4"
TTL = 600  # seconds a token asks to live in these tests
EXCHANGED = {"access_token": "sat-first-token-0123456789", "token_type": "Bearer", "expires_in": 100}


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock()


@pytest.fixture
def sa_server(clock: ManualClock) -> Iterator[LocalServer]:
    with LocalServer(token=TOKEN, sa_key=SA_KEY, clock=clock) as running:
        yield running


def _credential(server: LocalServer, clock: ManualClock, **options: Any) -> ServiceAccountCredential:
    return ServiceAccountCredential(
        SA_KEY, exchange_url=server.exchange_url, ttl_seconds=TTL, clock=clock.time, **options
    )


def _exchanges(server: LocalServer) -> list[Any]:
    return [request for request in server.app.outside_requests if request.path == "/api/v1/serviceToken/exchange"]


def _tokens_sent(server: LocalServer) -> list[str]:
    return [request.header("authorization") or "" for request in server.app.requests]


# ------------------------------------------------------------------ against the local server


def test_a_client_keeps_working_across_three_token_expiries(sa_server: LocalServer, clock: ManualClock) -> None:
    with (
        _credential(sa_server, clock) as credential,
        QoderCloud(credential=credential, base_url=sa_server.base_url, max_retries=0) as client,
    ):
        env = client.environments.create(name="sa")
        for _ in range(3):
            clock.advance(TTL + 1)  # past the expiry of the token in use
            client.environments.retrieve(env.id)  # max_retries=0: a refused token would raise here
            client.environments.list()
    assert len(_exchanges(sa_server)) == 4
    sent = _tokens_sent(sa_server)
    assert len(set(sent)) == 4 and all(token.startswith("Bearer sat_") for token in sent)


def test_a_token_is_renewed_before_it_expires(sa_server: LocalServer, clock: ManualClock) -> None:
    with _credential(sa_server, clock) as credential:
        first = credential.get_token()
        clock.advance(TTL * 0.85)  # a minute (a tenth of 600 s) before the expiry is not reached
        assert credential.get_token() == first
        clock.advance(TTL * 0.06)  # now less than a minute is left
        second = credential.get_token()
    assert second != first
    assert len(_exchanges(sa_server)) == 2


def test_the_server_refuses_an_expired_token_with_401(sa_server: LocalServer, clock: ManualClock) -> None:
    with _credential(sa_server, clock) as credential:
        token = credential.get_token()
    with QoderCloud(token=token, base_url=sa_server.base_url, max_retries=0) as fixed:
        assert fixed.environments.list().data == []
        clock.advance(TTL)
        with pytest.raises(AuthenticationError) as caught:
            fixed.environments.list()
    assert caught.value.code == "token_expired"


def test_the_key_itself_is_no_api_token(sa_server: LocalServer) -> None:
    with QoderCloud(token=SA_KEY, base_url=sa_server.base_url, max_retries=0) as client:
        with pytest.raises(AuthenticationError) as caught:
            client.environments.list()
    assert caught.value.code == "invalid_token"
    assert SA_KEY not in str(caught.value)


def test_a_wrong_key_is_refused_by_the_exchange(sa_server: LocalServer, clock: ManualClock) -> None:
    credential = ServiceAccountCredential("sak-wrong", exchange_url=sa_server.exchange_url, clock=clock.time)
    with credential, pytest.raises(AuthenticationError) as caught:
        credential.get_token()
    err = caught.value
    assert (err.status_code, err.code) == (401, "invalid_client")
    assert str(err).startswith("401 authentication_error (invalid_client): the service-account token exchange failed")
    assert err.request_id


def test_the_server_grants_at_most_its_longest_lifetime(sa_server: LocalServer, clock: ManualClock) -> None:
    sa_server.sa_token_seconds = 30
    with _credential(sa_server, clock) as credential:
        first = credential.get_token()
        clock.advance(28)  # 30 s granted, though 600 were asked for: renewed
        assert credential.get_token() != first


@pytest.mark.parametrize(
    ("body", "param"),
    [
        ({"grant_type": "password", "audience": "qoder", "scope": "qca.access"}, "grant_type"),
        ({"grant_type": "client_credentials", "audience": "other", "scope": "qca.access"}, "audience"),
        ({"grant_type": "client_credentials", "audience": "qoder", "scope": "qca.everything"}, "scope"),
        (
            {"grant_type": "client_credentials", "audience": "qoder", "scope": "qca.access", "ttl_seconds": 0},
            "ttl_seconds",
        ),
    ],
)
def test_the_exchange_refuses_a_bad_request_naming_the_field(
    sa_server: LocalServer, body: dict[str, Any], param: str
) -> None:
    answer = httpx.post(sa_server.exchange_url, headers={"authorization": f"Bearer {SA_KEY}"}, json=body)
    assert answer.status_code == 400
    assert answer.json()["error"]["param"] == param
    assert httpx.get(sa_server.exchange_url).status_code == 405


def test_a_reset_forgets_issued_tokens_and_keeps_the_exchange(sa_server: LocalServer, clock: ManualClock) -> None:
    with _credential(sa_server, clock) as credential:
        token = credential.get_token()
    sa_server.reset()
    with QoderCloud(token=token, base_url=sa_server.base_url, max_retries=0) as stale:
        with pytest.raises(AuthenticationError):  # unknown now, and not the server's own token
            stale.environments.list()
    with (
        _credential(sa_server, clock) as credential,
        QoderCloud(credential=credential, base_url=sa_server.base_url, max_retries=0) as client,
    ):
        assert client.environments.list().data == []


def test_threads_share_one_exchange(sa_server: LocalServer, clock: ManualClock) -> None:
    credential = _credential(sa_server, clock)
    start = threading.Barrier(8)
    tokens: list[str] = []

    def ask() -> None:
        start.wait(timeout=10)
        tokens.append(credential.get_token())

    threads = [threading.Thread(target=ask) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=10)
    credential.close()
    assert len(tokens) == 8 and len(set(tokens)) == 1
    assert len(_exchanges(sa_server)) == 1


@pytest.mark.anyio
async def test_async_tasks_share_one_exchange_across_expiries(sa_server: LocalServer, clock: ManualClock) -> None:
    credential = AsyncServiceAccountCredential(
        SA_KEY, exchange_url=sa_server.exchange_url, ttl_seconds=TTL, clock=clock.time
    )
    async with credential, AsyncQoderCloud(credential=credential, base_url=sa_server.base_url, max_retries=0) as client:
        for _ in range(3):
            pages = await asyncio.gather(*(client.environments.list() for _ in range(8)))
            assert all(page.data == [] for page in pages)
            clock.advance(TTL + 1)
    assert len(_exchanges(sa_server)) == 3


def test_the_command_line_server_serves_the_exchange() -> None:
    command = [sys.executable, "-m", "qoder_cloud.testing", "--port", "0", "--token", TOKEN, "--sa-key", SA_KEY]
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env) as process:
        try:
            assert process.stdout is not None
            base_url = process.stdout.readline().strip().rsplit(" ", 1)[-1]
            exchange_url = process.stdout.readline().strip().rsplit(" ", 1)[-1]
            with ServiceAccountCredential(SA_KEY, exchange_url=exchange_url) as credential:
                with QoderCloud(credential=credential, base_url=base_url, max_retries=0) as client:
                    assert client.environments.create(name="cli").name == "cli"
        finally:
            process.terminate()
            _, log = process.communicate(timeout=10)
    assert "POST /api/v1/serviceToken/exchange 200" in log
    assert SA_KEY not in log and "sat_" not in log


# ------------------------------------------------------------------ the exchange's answers (MockTransport)


class Exchange:
    """An exchange on `httpx.MockTransport`: answers in order, records every request."""

    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []
        self._answers: list[Callable[[httpx.Request], httpx.Response]] = []
        self.now = 1000.0

    def answer(self, status: int = 200, body: Any = EXCHANGED, headers: dict[str, str] | None = None) -> Exchange:
        self._answers.append(lambda request: httpx.Response(status, json=body, headers=headers))
        return self

    def fail(self) -> Exchange:
        def refuse(request: httpx.Request) -> httpx.Response:
            raise httpx.ConnectError(f"cannot reach {request.url.host}", request=request)

        self._answers.append(refuse)
        return self

    def handle(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        assert len(self.requests) <= len(self._answers), "an exchange the test did not expect"
        return self._answers[len(self.requests) - 1](request)

    def credential(self, **options: Any) -> ServiceAccountCredential:
        http = httpx.Client(transport=httpx.MockTransport(self.handle))
        return ServiceAccountCredential(SA_KEY, http_client=http, clock=lambda: self.now, **options)


@pytest.fixture
def exchange() -> Exchange:
    return Exchange()


def test_the_exchange_request_is_what_the_service_expects(exchange: Exchange) -> None:
    credential = exchange.answer().credential(ttl_seconds=900, scopes=["qca.access", "forward.access"])
    assert credential.get_token() == EXCHANGED["access_token"]
    [request] = exchange.requests
    assert str(request.url) == "https://openapi.qoder.sh/api/v1/serviceToken/exchange"
    assert request.headers["authorization"] == f"Bearer {SA_KEY}"
    assert json.loads(request.content) == {
        "grant_type": "client_credentials",
        "audience": "qoder",
        "scope": "qca.access forward.access",
        "ttl_seconds": 900,
    }


def test_the_cn_region_exchanges_in_china(exchange: Exchange) -> None:
    exchange.answer().credential(region="cn").get_token()
    assert exchange.requests[0].url.host == "openapi.qoder.com.cn"


def test_a_still_valid_token_is_used_through_a_passing_failure(exchange: Exchange) -> None:
    credential = exchange.answer().answer(503).credential()
    token = credential.get_token()  # lives 100 s: renewed after 90, usable until 95
    exchange.now += 92
    assert credential.get_token() == token  # the renewal failed with a 503: the old token still works
    exchange.now += 2
    assert credential.get_token() == token  # within the pause after the failure: no exchange at all
    assert len(exchange.requests) == 2
    exchange.now += 2  # 96: the old token is too close to its expiry to send
    with pytest.raises(InternalServerError, match="token exchange failed"):
        credential.get_token()
    assert len(exchange.requests) == 2


def test_a_refusal_is_not_a_passing_failure(exchange: Exchange) -> None:
    credential = (
        exchange.answer().answer(401, {"type": "error", "error": {"type": "authentication_error"}}).credential()
    )
    credential.get_token()
    exchange.now += 92
    with pytest.raises(AuthenticationError):
        credential.get_token()  # a revoked key: the old token is not used on


def test_failures_pause_exchanges_longer_each_time(exchange: Exchange) -> None:
    credential = exchange.fail().fail().answer().credential()
    with pytest.raises(APIConnectionError):
        credential.get_token()
    exchange.now += 4.9
    with pytest.raises(APIConnectionError):
        credential.get_token()  # the same failure, without another exchange
    assert len(exchange.requests) == 1
    exchange.now += 0.2  # 5 s after the first failure
    with pytest.raises(APIConnectionError):
        credential.get_token()
    exchange.now += 9.9  # the second failure pauses 10 s
    with pytest.raises(APIConnectionError):
        credential.get_token()
    assert len(exchange.requests) == 2
    exchange.now += 0.2
    assert credential.get_token() == EXCHANGED["access_token"]


def test_a_retry_after_lengthens_the_pause(exchange: Exchange) -> None:
    credential = exchange.answer(429, {"type": "error"}, {"retry-after": "30"}).answer().credential()
    with pytest.raises(RateLimitError):
        credential.get_token()
    exchange.now += 29
    with pytest.raises(RateLimitError):
        credential.get_token()
    exchange.now += 1.5
    assert credential.get_token() == EXCHANGED["access_token"]


@pytest.mark.parametrize(
    "body",
    [
        {"token_type": "Bearer", "expires_in": 100},
        {"access_token": "sat-x", "token_type": "mac", "expires_in": 100},
        {"access_token": "sat-x", "token_type": "Bearer", "expires_in": 0},
        {"access_token": "sat-x", "token_type": "Bearer", "expires_in": 50000},
        {"access_token": "sat-x", "token_type": "Bearer"},
        ["not", "an", "object"],
    ],
)
def test_an_answer_without_a_usable_token_is_a_validation_error(exchange: Exchange, body: Any) -> None:
    with pytest.raises(APIResponseValidationError, match="token exchange"):
        exchange.answer(200, body).credential().get_token()


def test_a_token_that_ran_out_on_the_way_is_refused(exchange: Exchange) -> None:
    def slow(request: httpx.Request) -> httpx.Response:
        exchange.now += 99  # the exchange took longer than the token lives (100 s), nearly
        return httpx.Response(200, json=EXCHANGED)

    exchange._answers.append(slow)
    with pytest.raises(APIResponseValidationError, match="run out"):
        exchange.credential().get_token()


def test_an_answer_that_is_not_json_is_a_validation_error(exchange: Exchange) -> None:
    exchange._answers.append(lambda request: httpx.Response(200, text="<html>login</html>"))
    with pytest.raises(APIResponseValidationError, match="no bearer access_token"):
        exchange.credential().get_token()


def test_a_closed_credential_refuses_to_give_tokens(exchange: Exchange) -> None:
    credential = exchange.credential()
    credential.close()
    with pytest.raises(ConfigurationError, match="closed"):
        credential.get_token()


def test_expires_in_may_be_a_decimal_string_and_token_type_any_case(exchange: Exchange) -> None:
    body = {"access_token": "sat-x", "token_type": "bearer", "expires_in": "120"}
    credential = exchange.answer(200, body).credential()
    assert credential.get_token() == "sat-x"
    exchange.now += 100
    assert credential.get_token() == "sat-x"  # 120 s: renewed only after 108


@pytest.mark.anyio
async def test_a_task_cancelled_during_the_exchange_leaves_it_to_the_next() -> None:
    started, release = asyncio.Event(), asyncio.Event()
    seen: list[httpx.Request] = []

    async def slow_exchange(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if len(seen) == 1:
            started.set()
            await release.wait()  # the first exchange hangs until its task is cancelled
        return httpx.Response(200, json=EXCHANGED)

    http = httpx.AsyncClient(transport=httpx.MockTransport(slow_exchange))
    async with http, AsyncServiceAccountCredential(SA_KEY, http_client=http, clock=lambda: 1000.0) as credential:
        first = asyncio.create_task(credential.get_token())
        await asyncio.wait_for(started.wait(), 5)
        waiting = asyncio.create_task(credential.get_token())
        first.cancel()
        assert await asyncio.wait_for(waiting, 5) == EXCHANGED["access_token"]
        with pytest.raises(asyncio.CancelledError):
            await first
    assert len(seen) == 2


@pytest.mark.anyio
async def test_the_async_credential_rides_out_a_passing_failure() -> None:
    answers = [httpx.Response(200, json=EXCHANGED), httpx.Response(502)]
    now = [1000.0]
    http = httpx.AsyncClient(transport=httpx.MockTransport(lambda request: answers.pop(0)))
    async with http, AsyncServiceAccountCredential(SA_KEY, http_client=http, clock=lambda: now[0]) as credential:
        token = await credential.get_token()
        now[0] += 92
        assert await credential.get_token() == token
        assert answers == []


def test_a_forked_child_gets_its_own_exchange_pool_and_lock() -> None:
    with ServiceAccountCredential(SA_KEY) as credential:
        parent_pool, parent_lock = credential._http, credential._lock
        credential._after_fork()
        assert (credential._http, credential._lock) == (parent_pool, parent_lock)  # same process: kept
        credential._pid = -1  # as in a forked child: the parent's connections and lock are not used
        credential._after_fork()
        assert credential._http is not parent_pool and credential._lock is not parent_lock
        assert credential._pid == os.getpid()
    parent_pool.close()


# ------------------------------------------------------------------ secrets never show


def test_no_error_shows_the_key_or_the_token(exchange: Exchange) -> None:
    echo = {"type": "error", "error": {"type": "api_error", "message": f"bad key {SA_KEY} for sat-first-token"}}
    credential = exchange.answer().answer(500, echo).fail().credential()
    token = credential.get_token()
    exchange.now += 96  # too close to expiry to be used through a failure
    errors: list[Exception] = []
    for _ in range(2):
        try:
            credential.get_token()
        except Exception as caught:  # noqa: BLE001 - the errors are what is under test
            errors.append(caught)
        exchange.now += 11
    assert [type(err) for err in errors] == [InternalServerError, APIConnectionError]
    for err in errors:
        shown = [str(err), repr(err), repr(err.args), repr(vars(err))]
        request = getattr(err, "request", None)
        if request is not None:
            shown += [repr(dict(request.headers)), request.content.decode()]
        response = getattr(err, "response", None)
        if response is not None:
            shown += [response.text, repr(dict(response.headers)), repr(dict(response.request.headers))]
        shown.append(pickle.dumps(err).decode("latin-1"))
        for text in shown:
            assert SA_KEY not in text and token not in text
        assert err.__cause__ is None and err.__context__ is None


def test_neither_repr_nor_pickle_nor_logs_show_secrets(
    sa_server: LocalServer, clock: ManualClock, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    credential = _credential(sa_server, clock)
    with QoderCloud(credential=credential, base_url=sa_server.base_url) as client:
        client.environments.list()
        token = credential.get_token()
        shown = [repr(credential), str(credential), repr(client), repr(vars(client)), caplog.text]
    for text in shown:
        assert SA_KEY not in text and token not in text
    with pytest.raises(TypeError, match="pickled"):
        pickle.dumps(credential)
    with QoderCloud(token=TOKEN, base_url=sa_server.base_url) as fixed, pytest.raises(TypeError, match="pickled"):
        pickle.dumps(fixed._token)
    credential.close()


def test_no_key_is_read_in_the_wrong_place(monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(ConfigurationError, match="QODER_SA_KEY"):
        ServiceAccountCredential()
    monkeypatch.setenv("QODER_SA_KEY", SA_KEY)
    with ServiceAccountCredential() as credential:
        assert SA_KEY not in repr(credential)


# ------------------------------------------------------------------ regions and settings


def test_a_credential_of_another_region_is_refused() -> None:
    with ServiceAccountCredential(SA_KEY, region="cn") as china:
        with pytest.raises(ConfigurationError, match="region"):
            QoderCloud(credential=china)  # the global API
        QoderCloud(credential=china, region="cn").close()
    with pytest.raises(ConfigurationError, match="'cn' region's exchange"):
        ServiceAccountCredential(SA_KEY, exchange_url="https://openapi.qoder.com.cn/api/v1/serviceToken/exchange")


@pytest.mark.parametrize(
    ("options", "error"),
    [
        ({"region": "eu"}, ConfigurationError),
        ({"scopes": "qca.access"}, ValueError),
        ({"scopes": []}, ValueError),
        ({"ttl_seconds": 0}, ValueError),
        ({"ttl_seconds": 43201}, ValueError),
        ({"timeout": 0}, ValueError),
        ({"exchange_url": "http://exchange.example.com/x"}, ConfigurationError),
        ({"exchange_url": "ftp://exchange.example.com/x"}, ConfigurationError),
        ({"sa_key": "sak-one\nsak-two"}, ConfigurationError),
        ({"http_client": object()}, TypeError),
    ],
)
def test_bad_settings_are_refused(options: dict[str, Any], error: type[Exception]) -> None:
    with pytest.raises(error):
        ServiceAccountCredential(**{"sa_key": SA_KEY, **options})


# ------------------------------------------------------------------ the client and its credential


class Rotating:
    """A credential of the caller's own that gives another token each time."""

    def __init__(self) -> None:
        self.calls = 0

    def get_token(self) -> str:
        self.calls += 1
        return f"tok-{self.calls}"


def _client(mock_api: MockAPI, credential: Any, **options: Any) -> QoderCloud:
    http = httpx.Client(transport=mock_api.transport())
    mock_api._pools.append(http)
    client = QoderCloud(credential=credential, base_url="http://127.0.0.1:9/api/v1/cloud", http_client=http, **options)
    mock_api.clock.attach(client)
    return client


def test_every_attempt_asks_the_credential_so_a_rotated_token_is_used(mock_api: MockAPI) -> None:
    sent: list[str] = []

    def answer(status: int) -> Callable[[httpx.Request], httpx.Response]:
        def respond(request: httpx.Request) -> httpx.Response:
            sent.append(request.headers["authorization"])  # as it was on this attempt
            return httpx.Response(status, json={"data": [], "has_more": False})

        return respond

    mock_api.answer(answer(503)).answer(answer(200))
    _client(mock_api, Rotating(), max_retries=1).environments.list()
    assert sent == ["Bearer tok-1", "Bearer tok-2"]


def test_a_callers_authorization_header_wins_over_the_credential(mock_api: MockAPI) -> None:
    mock_api.reply(200, json={"data": [], "has_more": False})
    rotating = Rotating()
    _client(mock_api, rotating).environments.list(extra_headers={"Authorization": "Bearer mine"})
    assert mock_api.requests[0].headers["authorization"] == "Bearer mine"
    assert rotating.calls == 0


def test_an_error_masks_the_token_the_credential_gave(mock_api: MockAPI) -> None:
    mock_api.reply(400, json={"type": "error", "error": {"type": "invalid_request_error", "message": "tok-1 is odd"}})
    with pytest.raises(Exception) as caught:
        _client(mock_api, Rotating(), max_retries=0).environments.list()
    assert "tok-1" not in str(caught.value)


@pytest.mark.anyio
async def test_the_async_client_takes_a_sync_or_async_credential(server: LocalServer) -> None:
    class Fixed:
        async def get_token(self) -> str:
            return TOKEN

    for credential in (Fixed(), type("Plain", (), {"get_token": lambda self: TOKEN})()):
        async with AsyncQoderCloud(credential=credential, base_url=server.base_url) as client:
            assert (await client.environments.list()).data == []


def test_credentials_the_client_cannot_use_are_refused() -> None:
    class Async:
        async def get_token(self) -> str:
            return "x"

    with pytest.raises(TypeError, match="AsyncQoderCloud"):
        QoderCloud(credential=Async())  # type: ignore[arg-type]
    with ServiceAccountCredential(SA_KEY) as blocking, pytest.raises(TypeError, match="AsyncServiceAccountCredential"):
        AsyncQoderCloud(credential=blocking)
    with pytest.raises(TypeError, match="get_token"):
        QoderCloud(credential=object())  # type: ignore[arg-type]
    with pytest.raises(ConfigurationError, match="not both"):
        QoderCloud(token=TOKEN, credential=Rotating())


def test_a_credential_that_gives_no_token_fails_clearly(mock_api: MockAPI) -> None:
    empty = type("Empty", (), {"get_token": lambda self: ""})()
    with pytest.raises(ConfigurationError, match=r"Empty.get_token\(\) returned"):
        _client(mock_api, empty).environments.list()
    assert not mock_api.requests


def test_qoder_access_token_comes_before_qoder_pat(monkeypatch: pytest.MonkeyPatch, mock_api: MockAPI) -> None:
    monkeypatch.setenv("QODER_PAT", "pt-from-pat")
    monkeypatch.setenv("QODER_ACCESS_TOKEN", "sat-from-access-token")
    for _ in range(2):
        mock_api.reply(200, json={"data": [], "has_more": False})
    http = httpx.Client(transport=mock_api.transport())
    with QoderCloud(base_url="http://127.0.0.1:9/api/v1/cloud", http_client=http) as client:
        client.environments.list()
    with QoderCloud(token="pt-argument", base_url="http://127.0.0.1:9/api/v1/cloud", http_client=http) as client:
        client.environments.list()
    http.close()
    assert [r.headers["authorization"] for r in mock_api.requests] == [
        "Bearer sat-from-access-token",
        "Bearer pt-argument",
    ]


def test_without_any_token_the_error_names_every_way(monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(ConfigurationError) as caught:
        QoderCloud()
    for way in ("token=", "credential=", "QODER_ACCESS_TOKEN", "QODER_PAT", "ServiceAccountCredential"):
        assert way in str(caught.value)


def test_no_surface_of_an_error_shows_a_rotated_token(mock_api: MockAPI) -> None:
    # The token the failing attempt carried is masked everywhere the error keeps it (message,
    # body, the request and response copies, pickle, traceback locals), though the client was
    # built without it: it is read from that attempt's request.
    echo = {"type": "error", "error": {"type": "invalid_request_error", "message": "tok-2 and tok-2 again"}}
    mock_api.reply(503).reply(400, json=echo)
    with pytest.raises(BadRequestError) as caught:
        _client(mock_api, Rotating(), max_retries=1).environments.list()
    assert len(mock_api.requests) == 2
    assert leaks(caught.value, "tok-2") == []


def test_a_credential_token_that_cannot_be_a_header_is_refused_unshown(mock_api: MockAPI) -> None:
    spaced = type("Spaced", (), {"get_token": lambda self: "sat-SECRET TOKEN"})()
    with pytest.raises(ConfigurationError, match=r"Spaced.get_token\(\) returned contains a space") as caught:
        _client(mock_api, spaced).environments.list()
    assert leaks(caught.value, "SECRET TOKEN", "sat-SECRET") == []
    assert not mock_api.requests


# ------------------------------------------------------------------ the exchange under hardening's rules


def test_a_refused_answer_does_not_show_the_token_it_carried(exchange: Exchange) -> None:
    answered = {"access_token": "sat-refused-but-live", "token_type": "Bearer", "expires_in": 50000}
    with pytest.raises(APIResponseValidationError, match="expires_in") as caught:
        exchange.answer(200, answered).credential().get_token()
    assert leaks(caught.value, "sat-refused-but-live", SA_KEY) == []


def test_a_compressed_exchange_answer_is_inflated_within_bounds(exchange: Exchange) -> None:
    bomb = gzip.compress(b'{"access_token": "' + b"a" * 5_000_000 + b'"}')
    exchange._answers.append(lambda request: httpx.Response(200, content=bomb, headers={"content-encoding": "gzip"}))
    with pytest.raises(APIResponseValidationError, match="larger than 65,536 bytes"):
        exchange.credential().get_token()
    assert exchange.requests[0].headers["accept-encoding"] == "gzip, deflate"


def test_a_gzipped_answer_gives_its_token(exchange: Exchange) -> None:
    packed = gzip.compress(json.dumps(EXCHANGED).encode())
    exchange._answers.append(lambda request: httpx.Response(200, content=packed, headers={"content-encoding": "gzip"}))
    assert exchange.credential().get_token() == EXCHANGED["access_token"]


def test_a_retry_after_ms_lengthens_the_pause_too(exchange: Exchange) -> None:
    credential = exchange.answer(503, {"type": "error"}, {"retry-after-ms": "20000"}).answer().credential()
    with pytest.raises(InternalServerError):
        credential.get_token()
    exchange.now += 19  # past the first pause of 5 s, not the server's 20 s
    with pytest.raises(InternalServerError):
        credential.get_token()
    exchange.now += 1.5
    assert credential.get_token() == EXCHANGED["access_token"]
