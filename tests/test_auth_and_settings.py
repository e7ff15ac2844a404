"""Token and base-URL resolution, and keeping the token out of everything printable."""

from __future__ import annotations

import logging

import httpx
import pytest

from qoder_cloud import (
    DEFAULT_TIMEOUT,
    REGION_BASE_URLS,
    AsyncQoderCloud,
    AuthenticationError,
    ConfigurationError,
    NotFoundError,
    QoderCloud,
)
from qoder_cloud.testing import LocalServer, Request, Response

from .support.constants import TOKEN
from .support.scripted import scripted_server


def test_a_missing_token_names_QODER_PAT_before_any_request(server: LocalServer) -> None:
    with pytest.raises(ConfigurationError, match="QODER_PAT"):
        QoderCloud(base_url=server.base_url)
    with pytest.raises(ConfigurationError, match="QODER_PAT"):
        AsyncQoderCloud(base_url=server.base_url, token="  ")
    assert len(server.app.requests) == 0


def test_token_comes_from_QODER_PAT(server: LocalServer, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("QODER_PAT", TOKEN)
    with QoderCloud(base_url=server.base_url) as client:
        assert list(client.environments.list()) == []
    assert server.app.requests[-1].header("authorization") == f"Bearer {TOKEN}"


def test_the_token_argument_beats_the_environment(server: LocalServer, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("QODER_PAT", "pt-from-env")
    with QoderCloud(token=TOKEN, base_url=server.base_url) as client:
        list(client.environments.list())
    assert server.app.requests[-1].header("authorization") == f"Bearer {TOKEN}"


def test_base_url_precedence(monkeypatch: pytest.MonkeyPatch) -> None:
    assert QoderCloud(token=TOKEN).base_url == "https://api.qoder.com/api/v1/cloud"
    assert QoderCloud(token=TOKEN, region="cn").base_url == REGION_BASE_URLS["cn"]
    monkeypatch.setenv("QODER_BASE_URL", "https://gateway.example.com/api/v1/cloud/")
    assert QoderCloud(token=TOKEN).base_url == "https://gateway.example.com/api/v1/cloud"
    assert (
        QoderCloud(token=TOKEN, base_url="http://127.0.0.1:9/api/v1/cloud").base_url
        == "http://127.0.0.1:9/api/v1/cloud"
    )


@pytest.mark.parametrize(
    ("base_url", "message"),
    [
        ("api.qoder.com/api/v1/cloud", "absolute http"),
        ("ftp://api.qoder.com", "absolute http"),
        ("https://user:pw@api.qoder.com", "credentials"),
        ("http://api.qoder.com/api/v1/cloud", "plain http"),
    ],
)
def test_bad_base_urls_are_refused(base_url: str, message: str) -> None:
    with pytest.raises(ConfigurationError, match=message):
        QoderCloud(token=TOKEN, base_url=base_url)


def test_plain_http_off_loopback_needs_explicit_consent() -> None:
    client = QoderCloud(token=TOKEN, base_url="http://10.0.0.5/api/v1/cloud", allow_insecure_http=True)
    assert client.base_url == "http://10.0.0.5/api/v1/cloud"


def test_unknown_region_is_refused() -> None:
    with pytest.raises(ConfigurationError, match="region"):
        QoderCloud(token=TOKEN, region="mars")


def test_default_timeout_is_finite() -> None:
    client = QoderCloud(token=TOKEN)
    assert isinstance(client.timeout, httpx.Timeout)
    assert client.timeout == DEFAULT_TIMEOUT
    assert all(value is not None for value in (DEFAULT_TIMEOUT.connect, DEFAULT_TIMEOUT.read, DEFAULT_TIMEOUT.write))


def test_the_token_is_not_in_repr_or_str() -> None:
    client = QoderCloud(token=TOKEN)
    aclient = AsyncQoderCloud(token=TOKEN)
    for text in (repr(client), str(client), repr(aclient), repr(client._token), str(client._token), repr(vars(client))):
        assert TOKEN not in text
    assert "api.qoder.com" in repr(client)


def test_the_token_is_not_in_exceptions_even_when_the_server_echoes_it() -> None:
    def echo(request: Request) -> Response:
        return Response(
            401,
            {
                "type": "error",
                "error": {"type": "authentication_error", "message": f"bad {request.header('authorization')}"},
            },
        )

    with scripted_server({("GET", "/environments/{environment_id}"): echo}) as server:
        with QoderCloud(token=TOKEN, base_url=server.base_url) as client:
            with pytest.raises(AuthenticationError) as caught:
                client.environments.retrieve("env_1")
    err = caught.value
    assert "[REDACTED]" in err.message
    for text in (str(err), repr(err), err.message, repr(err.body), repr(err.args)):
        assert TOKEN not in text


def test_the_token_is_not_in_debug_logs(server: LocalServer, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    with QoderCloud(token=TOKEN, base_url=server.base_url) as client:
        env = client.environments.create(name="logged")
        client.environments.retrieve(env.id)
        with pytest.raises(NotFoundError):
            client.environments.retrieve("env_missing")
    assert any(record.name == "qoder_cloud" for record in caplog.records)
    assert any(record.name.startswith("httpx") or record.name.startswith("httpcore") for record in caplog.records)
    for record in caplog.records:
        assert TOKEN not in record.getMessage()
    assert TOKEN not in caplog.text


def test_no_authorization_header_follows_a_redirect_to_another_host() -> None:
    """Even with a redirect-following http_client, the token stays with the API's origin."""
    with scripted_server({("GET", "/landing"): lambda request: {}}) as target:

        def redirect(request: Request) -> Response:
            return Response(307, None, {"location": target.base_url + "/landing"})

        with scripted_server({("GET", "/environments/{environment_id}"): redirect}) as origin:
            with httpx.Client(follow_redirects=True) as http_client:
                client = QoderCloud(token=TOKEN, base_url=origin.base_url, http_client=http_client)
                # the landing server (another port, so another origin) refuses requests without a token
                with pytest.raises(AuthenticationError):
                    client.environments.retrieve("env_1")
    assert len(target.app.requests) == 1
    assert target.app.requests[0].header("authorization") is None


def test_the_token_only_goes_on_api_paths(client: QoderCloud) -> None:
    """Requests the client builds carry the token, so they may only name a path under the base URL."""
    from qoder_cloud._types import RequestOptions

    with pytest.raises(ValueError, match="expected an API path"):
        client._build_request({"method": "get", "url": "https://elsewhere.example/steal"}, RequestOptions())
