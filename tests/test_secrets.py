"""No token or secret in any exception, traceback local, pickle, log record or repr, even when
a server echoes the request back; errors pickle and copy; a token that cannot be a header value
is refused at construction."""

from __future__ import annotations

import concurrent.futures
import copy
import json
import logging
import multiprocessing
import pickle
from collections.abc import Iterator

import httpx
import pytest

from qoder_cloud import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    AsyncQoderCloud,
    AuthenticationError,
    BadRequestError,
    ConfigurationError,
    NotFoundError,
    QoderCloud,
    StreamError,
)
from qoder_cloud._types import RequestOptions
from qoder_cloud.testing import LocalServer

from .support.hostile import SSE_HEAD, HostileServer, RawConnection, RawRequest, reply
from .support.leaks import leaks

TOKEN = "pt-SECRETTOKEN-7d1e44"
PER_CALL = "pt-PER-CALL-TOKEN-55aa"
SECRET = "ghp_VERYSECRETVALUE-1"
CREDENTIAL = {"type": "static_bearer", "mcp_server_url": "https://m.example/sse", "token": SECRET}


def _echo(request: RawRequest, out: RawConnection) -> bool:
    """A server that quotes what it was sent: the body in a 400, the Authorization header in a
    401 and in a 200 whose field cannot parse, and in an error event."""
    authorization = request.headers.get("authorization", "")
    if request.path.endswith("/credentials"):
        body = {"error": {"type": "invalid_request_error", "message": "bad body: " + request.body.decode()}}
        out.send(reply(400, json.dumps(body), {"Content-Type": "application/json"}))
    elif request.path.endswith("/stream"):
        error = {
            "type": "error",
            "error": {"type": "api_error", "message": f"no: {authorization}"},
            "request_id": "r-9",
        }
        out.send(SSE_HEAD + b"event: error\ndata: " + json.dumps(error).encode() + b"\n\n")
        return False
    elif request.path.endswith("/agents"):  # the credential quoted in a response header
        out.send(reply(403, b"", {"WWW-Authenticate": f"Bearer error={authorization}", "X-Echo": authorization}))
    elif request.path.endswith("/environments"):
        body = {"error": {"type": "authentication_error", "message": f"bad credential {authorization}"}}
        out.send(reply(401, json.dumps(body), {"Content-Type": "application/json"}))
    else:
        env = {"id": "env_1", "type": "environment", "name": "n", "config": {"type": "cloud"}, "metadata": {}}
        env |= {"created_at": authorization, "updated_at": "2026-01-01T00:00:00Z"}
        out.send(reply(200, json.dumps(env), {"Content-Type": "application/json"}))
    return True


@pytest.fixture
def echo() -> Iterator[HostileServer]:
    with HostileServer(_echo) as server:
        yield server


@pytest.fixture
def echoing_client(echo: HostileServer) -> Iterator[QoderCloud]:
    with QoderCloud(token=TOKEN, base_url=echo.base_url, max_retries=0) as client:
        yield client


def test_a_400_that_quotes_the_body_shows_no_secret_anywhere(echoing_client: QoderCloud) -> None:
    with pytest.raises(BadRequestError) as caught:
        echoing_client.credentials.create("vault_1", auth=CREDENTIAL)
    err = caught.value
    assert leaks(err, TOKEN, SECRET) == ["local auth of create"]  # the caller's own argument, as they passed it
    assert "[REDACTED]" in err.message and "[REDACTED]" in err.response.text
    assert err.request.headers["authorization"] == "[REDACTED]"
    assert json.loads(err.request.content)["auth"]["token"] == "[REDACTED]"
    assert json.loads(err.request.content)["auth"]["mcp_server_url"] == "https://m.example/sse"  # the rest is kept


def test_a_response_header_that_quotes_the_token_is_masked(echoing_client: QoderCloud) -> None:
    with pytest.raises(APIStatusError) as caught:
        echoing_client.agents.list()
    headers = caught.value.response.headers
    assert (headers["x-echo"], headers["www-authenticate"]) == ("Bearer [REDACTED]", "Bearer error=Bearer [REDACTED]")
    assert leaks(caught.value, TOKEN) == []


def test_a_2xx_whose_field_quotes_the_token_fails_without_showing_it(echoing_client: QoderCloud) -> None:
    with pytest.raises(APIResponseValidationError) as caught:
        echoing_client.environments.retrieve("env_1")
    err = caught.value
    assert "Invalid isoformat string: 'Bearer [REDACTED]'" in err.message
    assert err.__cause__ is None and err.__context__ is None  # the parser's frames held the raw body
    assert leaks(err, TOKEN) == []
    assert json.loads(err.response.text)["created_at"] == "Bearer [REDACTED]"


def test_an_extra_headers_authorization_is_masked_too(echoing_client: QoderCloud) -> None:
    with pytest.raises(AuthenticationError) as caught:
        echoing_client.environments.list(extra_headers={"Authorization": f"Bearer {PER_CALL}"})
    assert caught.value.message == "bad credential Bearer [REDACTED]"
    assert leaks(caught.value, TOKEN, PER_CALL) == ["local extra_headers of list"]  # the caller's argument


def test_request_options_hide_credential_headers_in_their_repr() -> None:
    options = RequestOptions(extra_headers={"Authorization": f"Bearer {PER_CALL}", "X-Trace": "t-1"})
    assert PER_CALL not in repr(options) and "t-1" in repr(options)


def test_an_error_event_that_quotes_the_token_is_masked(echoing_client: QoderCloud) -> None:
    with pytest.raises(StreamError) as caught:
        list(echoing_client.events.stream("sess_1"))
    err = caught.value
    assert (err.type, err.message, err.request_id) == ("api_error", "no: Bearer [REDACTED]", "r-9")
    assert leaks(err, TOKEN) == []


def test_a_connection_error_names_the_host_and_holds_no_token() -> None:
    with HostileServer(lambda request, out: False) as server:
        base_url = server.base_url
    with QoderCloud(token=TOKEN, base_url=base_url, max_retries=0) as client:
        with pytest.raises(APIConnectionError) as caught:
            client.environments.retrieve("env_1")
    assert base_url.removeprefix("http://") in caught.value.message
    assert caught.value.request is not None and caught.value.request.headers["authorization"] == "[REDACTED]"
    assert leaks(caught.value, TOKEN) == []


@pytest.mark.anyio
async def test_the_async_client_masks_the_same_way(echo: HostileServer) -> None:
    async with AsyncQoderCloud(token=TOKEN, base_url=echo.base_url, max_retries=0) as client:
        with pytest.raises(BadRequestError) as caught:
            await client.credentials.create("vault_1", auth=CREDENTIAL)
    assert leaks(caught.value, TOKEN, SECRET) == ["local auth of create"]


def test_no_log_record_holds_a_secret(echoing_client: QoderCloud, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    for call in (
        lambda: echoing_client.credentials.create("vault_1", auth=CREDENTIAL),
        lambda: echoing_client.environments.retrieve("env_1"),
        lambda: echoing_client.environments.list(extra_headers={"Authorization": f"Bearer {PER_CALL}"}),
    ):
        with pytest.raises((APIStatusError, APIResponseValidationError)):
            call()
    text = "\n".join(f"{record.getMessage()} {record.args!r}" for record in caplog.records)
    assert "attempt 1" in text
    for secret in (TOKEN, SECRET, PER_CALL):
        assert secret not in text


@pytest.mark.parametrize(
    ("token", "kind"),
    [
        ("pt-SECRETTOKEN\x00x", "a control character"),
        ("pt-SECRETTOKEN\x7fx", "a control character"),
        ("pt-SECRÉTTOKEN", "a non-ASCII character"),
        ("pt-SECRET TOKEN", "a space"),
        ("pt-SECRETTOKEN\r\nX: y", "a line break"),
    ],
)
def test_a_token_that_cannot_be_a_header_value_is_refused_at_construction(token: str, kind: str) -> None:
    with pytest.raises(ConfigurationError, match=f"contains {kind} at position") as caught:
        QoderCloud(token=token, base_url="http://127.0.0.1:9")
    assert leaks(caught.value, "SECRETTOKEN", "SECRÉTTOKEN", "SECRET TOKEN") == []


def test_a_bad_token_from_the_environment_is_not_in_the_traceback(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("QODER_PAT", "pt-SECRETTOKEN\x01")
    with pytest.raises(ConfigurationError) as caught:
        AsyncQoderCloud(base_url="http://127.0.0.1:9")
    assert leaks(caught.value, "SECRETTOKEN") == []


def test_a_construction_error_after_the_token_shows_no_token() -> None:
    with pytest.raises(ValueError, match="max_retries") as caught:
        QoderCloud(token=TOKEN, base_url="http://127.0.0.1:9", max_retries=-1)
    assert leaks(caught.value, TOKEN) == []


@pytest.mark.parametrize("name", ["X-Trace", "Idempotency-Key"])
@pytest.mark.parametrize(("value", "kind"), [("a\x00b", "a control character"), ("é", "a non-ASCII character")])
def test_a_header_value_that_cannot_be_sent_is_refused_before_sending(name: str, value: str, kind: str) -> None:
    with QoderCloud(token=TOKEN, base_url="http://127.0.0.1:9", max_retries=0) as client:
        with pytest.raises(ValueError, match=rf"extra_headers\['{name}'\] contains {kind}") as caught:
            client.environments.list(extra_headers={name: value})
    assert not isinstance(caught.value, UnicodeEncodeError)


def test_a_one_letter_token_does_not_garble_messages() -> None:
    with LocalServer(token="t") as server, QoderCloud(token="t", base_url=server.base_url) as client:
        with pytest.raises(NotFoundError) as caught:
            client.environments.retrieve("env_missing")
    assert caught.value.message == "Environment 'env_missing' was not found."
    assert "[REDACTED]" not in str(caught.value)


def test_the_token_object_cannot_be_pickled(echoing_client: QoderCloud) -> None:
    with pytest.raises(TypeError, match="cannot be pickled"):
        pickle.dumps(echoing_client._token)
    assert TOKEN not in repr(vars(echoing_client))


def _missing(base_url: str) -> None:
    with QoderCloud(token=TOKEN, base_url=base_url, max_retries=0) as client:
        client.environments.retrieve("env_missing")


@pytest.fixture
def not_found() -> NotFoundError:
    with LocalServer(token=TOKEN) as own:
        try:
            _missing(own.base_url)
        except NotFoundError as err:
            return err
    raise AssertionError("expected a 404")


def test_errors_pickle_and_copy_with_their_attributes_and_without_the_token(not_found: NotFoundError) -> None:
    blob = pickle.dumps(not_found)
    assert TOKEN.encode() not in blob
    for again in (pickle.loads(blob), copy.copy(not_found), copy.deepcopy(not_found)):
        assert type(again) is NotFoundError
        assert (again.status_code, again.type, again.message, again.request_id) == (
            404,
            "not_found_error",
            not_found.message,
            not_found.request_id,
        )
        assert str(again) == str(not_found)
        assert again.response.json() == not_found.body
        assert again.request is not None and again.request.url == not_found.request.url  # type: ignore[union-attr]


def test_every_error_class_round_trips_through_pickle() -> None:
    request = httpx.Request("GET", "https://api.qoder.com/x")
    response = httpx.Response(200, content=b"{}", request=request)
    errors = [
        ConfigurationError("bad"),
        StreamError("boom", type="api_error", data={"a": 1}, request_id="r"),
        APIConnectionError("down", request=request),
        APIResponseValidationError("odd", response=response),
    ]
    for error in errors:
        again = pickle.loads(pickle.dumps(error))
        assert (type(again), str(again), vars(again).keys()) == (type(error), str(error), vars(error).keys())


def test_a_process_pool_worker_raising_an_api_error_does_not_break_the_pool() -> None:
    with LocalServer(token=TOKEN) as server:
        context = multiprocessing.get_context("spawn")
        with concurrent.futures.ProcessPoolExecutor(1, mp_context=context) as pool:
            future = pool.submit(_missing, server.base_url)
            with pytest.raises(NotFoundError) as caught:
                future.result(timeout=120)
            assert pool.submit(int, "7").result(timeout=60) == 7  # the pool still works
    assert caught.value.status_code == 404


def test_secrets_held_for_masking_have_a_masked_repr() -> None:
    from qoder_cloud._redaction import secrets_of

    request = httpx.Request(
        "POST", "https://x/y", headers={"Authorization": f"Bearer {TOKEN}"}, json={"auth": CREDENTIAL}
    )
    secrets = secrets_of(request)
    assert TOKEN not in repr(secrets) and SECRET not in repr(secrets)
    assert secrets.mask(f"a {TOKEN} b {SECRET}") == "a [REDACTED] b [REDACTED]"
    assert secrets.scrub({"token": "short", "nested": [{"password": "pw"}]}) == {
        "token": "[REDACTED]",
        "nested": [{"password": "[REDACTED]"}],
    }


@pytest.mark.parametrize(
    ("secret", "text", "expected"),
    [
        ("t", "Environment 'env_missing' was not found. Bearer t", "Environment 'env_missing' was not found. Bearer t"),
        ("pt-soak", "bad credential Bearer pt-soak.", "bad credential Bearer [REDACTED]."),
        ("test", "the tested attestation; token test", "the tested attestation; token [REDACTED]"),
        ("pt-soak", '{"created_at": "Bearer pt-soak"}', '{"created_at": "Bearer [REDACTED]"}'),
        ("pt-0123456789abcdef", "xxpt-0123456789abcdefxx", "xx[REDACTED]xx"),  # a long one anywhere
    ],
)
def test_short_secrets_are_masked_only_where_they_stand_alone(secret: str, text: str, expected: str) -> None:
    from qoder_cloud._redaction import Secrets

    assert Secrets([secret]).mask(text) == expected
