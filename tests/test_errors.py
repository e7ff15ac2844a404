"""Typed errors for every non-2xx answer, including ones that are not the JSON envelope."""

from __future__ import annotations

import types
from typing import Any

import pytest

import qoder_cloud
from qoder_cloud import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AsyncQoderCloud,
    AuthenticationError,
    BadRequestError,
    InternalServerError,
    NotFoundError,
    OverloadedError,
    QoderCloud,
    RateLimitError,
)
from qoder_cloud.testing import Request, Response

from .support.constants import TOKEN
from .support.scripted import scripted_server


def test_missing_environment_is_a_typed_404(client: QoderCloud) -> None:
    with pytest.raises(NotFoundError) as caught:
        client.environments.retrieve("env_missing")
    err = caught.value
    assert err.status_code == 404
    assert err.type == "not_found_error"
    assert err.request_id
    assert "env_missing" in err.message
    assert err.body["request_id"] == err.request_id  # type: ignore[index]
    assert str(err).startswith("404 not_found_error: ")


@pytest.mark.anyio
async def test_async_missing_environment_is_a_typed_404(async_client: AsyncQoderCloud) -> None:
    with pytest.raises(NotFoundError) as caught:
        await async_client.environments.retrieve("env_missing")
    assert caught.value.request_id


def test_bad_request_names_the_param(client: QoderCloud) -> None:
    with pytest.raises(BadRequestError) as caught:
        client.environments.create(name="x", config={"type": "cloud", "networking": {"type": "everything"}})
    assert caught.value.param == "config.networking.type"
    assert caught.value.type == "invalid_request_error"


def test_the_request_id_the_client_sends_comes_back(client: QoderCloud) -> None:
    with pytest.raises(NotFoundError) as caught:
        client.environments.retrieve("env_missing", extra_headers={"x-request-id": "req-123"})
    assert caught.value.request_id == "req-123"


def _answer(status: int, body: bytes, content_type: str, headers: dict[str, str] | None = None) -> Any:
    def handler(request: Request) -> Response:
        return Response(status, body, {"content-type": content_type, **(headers or {})})

    return handler


@pytest.mark.parametrize(
    ("status", "body", "content_type", "expected", "message_part", "expected_body"),
    [
        (
            502,
            b"<html><body><h1>502 Bad Gateway</h1></body></html>",
            "text/html",
            InternalServerError,
            "text/html",
            "<html><body><h1>502 Bad Gateway</h1></body></html>",
        ),
        (
            529,
            b'{"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}',
            "application/json",
            OverloadedError,
            "Overloaded",
            {"type": "error", "error": {"type": "overloaded_error", "message": "Overloaded"}},
        ),
        (503, b"", "text/plain", InternalServerError, "empty body", ""),
        (429, b"slow down", "text/plain", RateLimitError, "slow down", "slow down"),
        (
            500,
            b'{"type":"error","error":{"type":"api_e',
            "application/json",
            InternalServerError,
            "application/json",
            '{"type":"error","error":{"type":"api_e',
        ),
        (
            418,
            b'{"type":"error","error":{"type":"teapot","message":"short and stout"}}',
            "application/json",
            APIStatusError,
            "short and stout",
            {"type": "error", "error": {"type": "teapot", "message": "short and stout"}},
        ),
    ],
)
def test_odd_error_bodies_still_raise_typed_errors(
    status: int,
    body: bytes,
    content_type: str,
    expected: type[APIStatusError],
    message_part: str,
    expected_body: object,
) -> None:
    routes = {("GET", "/environments/{environment_id}"): _answer(status, body, content_type)}
    with scripted_server(routes) as server, QoderCloud(token=TOKEN, base_url=server.base_url, max_retries=0) as client:
        with pytest.raises(expected) as caught:
            client.environments.retrieve("env_1")
    err = caught.value
    assert type(err) is expected
    assert err.status_code == status
    assert message_part in err.message
    assert err.body == expected_body


def test_529_is_an_overloaded_server_error() -> None:
    assert issubclass(OverloadedError, InternalServerError)
    assert issubclass(InternalServerError, APIStatusError)


def test_a_2xx_body_of_the_wrong_shape_is_a_validation_error() -> None:
    routes = {("GET", "/environments/{environment_id}"): _answer(200, b'{"id": "env_1"}', "application/json")}
    with scripted_server(routes) as server, QoderCloud(token=TOKEN, base_url=server.base_url) as client:
        with pytest.raises(APIResponseValidationError) as caught:
            client.environments.retrieve("env_1")
    assert caught.value.status_code == 200
    assert "does not match the documented shape" in caught.value.message


def test_a_wrong_token_is_an_authentication_error(server: Any) -> None:
    with QoderCloud(token="pt-wrong", base_url=server.base_url) as client:
        with pytest.raises(AuthenticationError) as caught:
            client.environments.list()
    assert caught.value.type == "authentication_error"


def test_connection_refused_is_a_connection_error() -> None:
    with scripted_server({}) as server:
        base_url = server.base_url
    with QoderCloud(token=TOKEN, base_url=base_url, max_retries=0) as client:
        with pytest.raises(APIConnectionError) as caught:
            client.environments.retrieve("env_1")
    assert not isinstance(caught.value, APIStatusError)


def test_a_slow_answer_is_a_timeout_error() -> None:
    import threading

    release = threading.Event()

    def slow(request: Request) -> dict[str, Any]:
        release.wait(2)
        return {}

    with scripted_server({("GET", "/environments/{environment_id}"): slow}) as server:
        with QoderCloud(token=TOKEN, base_url=server.base_url, timeout=0.2, max_retries=0) as client:
            try:
                with pytest.raises(APITimeoutError):
                    client.environments.retrieve("env_1")
            finally:
                release.set()


def test_all_lists_exactly_the_public_names() -> None:
    public = {  # dir(): the names imported when first asked for are public too
        name
        for name in dir(qoder_cloud)
        if not name.startswith("_") and not isinstance(getattr(qoder_cloud, name), types.ModuleType)
    }
    assert set(qoder_cloud.__all__) == public | {"__version__"}
    assert len(qoder_cloud.__all__) == len(set(qoder_cloud.__all__))


def test_every_error_is_a_qoder_error() -> None:
    errors = [getattr(qoder_cloud, name) for name in qoder_cloud.__all__ if name.endswith("Error")]
    assert errors and all(issubclass(error, qoder_cloud.QoderError) for error in errors)
    assert issubclass(qoder_cloud.APITimeoutError, qoder_cloud.APIConnectionError)
