"""Every vault and credential operation through both clients against the local server, and
the promise that a credential's secret never shows up in a repr, a log line or an exception."""

from __future__ import annotations

import datetime
import json
import logging
from typing import Any

import pytest

from qoder_cloud import AsyncQoderCloud, BadRequestError, ConflictError, NotFoundError, QoderCloud
from qoder_cloud.testing import LocalServer, Request, Response
from qoder_cloud_api.models import (
    CredentialDeleted,
    EnvironmentVariableAuth,
    LimitedCredentialNetworking,
    MCPOAuthAuth,
    StaticBearerAuth,
    VaultDeleted,
)

from .support.constants import TOKEN
from .support.scripted import scripted_server

SECRET = "sk-live-9f8e7d6c5b4a3210-do-not-print"
OAUTH_SECRETS = ("oauth-access-1234567890", "oauth-refresh-abcdefghij", "oauth-client-secret-zyxwvut")
SECRET_KEYS = ("token", "access_token", "refresh_token", "client_secret", "secret_value")


def _bearer(token: str = SECRET) -> dict[str, Any]:
    return {"type": "static_bearer", "mcp_server_url": "https://mcp.example.com/stream", "token": token}


def _oauth(expires_at: str | None = None, *, refresh: bool = True) -> dict[str, Any]:
    access, refresh_token, client_secret = OAUTH_SECRETS
    auth: dict[str, Any] = {
        "type": "mcp_oauth",
        "mcp_server_url": "https://tools.example.com/mcp",
        "access_token": access,
        "expires_at": expires_at,
    }
    if refresh:
        auth["refresh"] = {
            "client_id": "client-1",
            "refresh_token": refresh_token,
            "token_endpoint": "https://auth.example.com/token",
            "token_endpoint_auth": {"type": "client_secret_post", "client_secret": client_secret},
            "scope": "tools:read",
        }
    return auth


def _no_secret_keys(value: Any) -> None:
    if isinstance(value, dict):
        assert not set(value) & set(SECRET_KEYS), value
        for item in value.values():
            _no_secret_keys(item)
    elif isinstance(value, list):
        for item in value:
            _no_secret_keys(item)


def test_vault_lifecycle(client: QoderCloud) -> None:
    vault = client.vaults.create(display_name="team-mcp", metadata={"team": "docs"})
    assert vault.id.startswith("vault_")
    assert (vault.type_, vault.display_name, vault.credentials, vault.archived_at) == ("vault", "team-mcp", [], None)
    other = client.vaults.create(display_name="Other")

    retrieved = client.vaults.retrieve(vault.id)
    assert retrieved.metadata["team"] == "docs"
    assert "credentials" not in retrieved.to_dict(), "only the create answer lists credentials"
    assert [v.id for v in client.vaults.list()] == [other.id, vault.id]
    assert [v.id for v in client.vaults.list(name="TEAM")] == [vault.id]

    archived = client.vaults.archive(vault.id)
    assert isinstance(archived.archived_at, datetime.datetime)
    assert archived.updated_at == archived.archived_at
    assert [v.id for v in client.vaults.list()] == [other.id]
    assert [v.id for v in client.vaults.list(include_archived=True)] == [other.id, vault.id]
    with pytest.raises(ConflictError):
        client.credentials.create(vault.id, auth=_bearer())

    deleted = client.vaults.delete(vault.id)
    assert isinstance(deleted, VaultDeleted)
    assert (deleted.id, deleted.type_) == (vault.id, "vault_deleted")
    with pytest.raises(NotFoundError):
        client.vaults.retrieve(vault.id)


def test_credential_kinds_are_stored_without_their_secrets(client: QoderCloud, server: LocalServer) -> None:
    vault = client.vaults.create(display_name="v")
    bearer = client.credentials.create(vault.id, auth=_bearer(), display_name="ignored", metadata={"k": "v"})
    oauth = client.credentials.create(vault.id, auth=_oauth())
    variable = client.credentials.create(
        vault.id,
        auth={
            "type": "environment_variable",
            "secret_name": "GITHUB_TOKEN",
            "secret_value": SECRET,
            "networking": {"type": "limited", "allowed_hosts": ["api.github.com"]},
            "injection_location": {"header": True, "body": False},
        },
    )

    assert bearer.id.startswith("vcred_") and bearer.type_ == "vault_credential"
    assert (bearer.vault_id, bearer.display_name, bearer.metadata["k"]) == (vault.id, None, "v")
    assert isinstance(bearer.auth, StaticBearerAuth)
    assert bearer.auth.mcp_server_url == "https://mcp.example.com/stream"
    assert isinstance(oauth.auth, MCPOAuthAuth)
    assert oauth.auth.refresh.client_id == "client-1"
    assert oauth.auth.refresh.token_endpoint_auth.type_ == "client_secret_post"
    assert isinstance(variable.auth, EnvironmentVariableAuth)
    assert variable.auth.secret_name == "GITHUB_TOKEN"
    assert isinstance(variable.auth.networking, LimitedCredentialNetworking)
    assert variable.auth.injection_location.header is True

    stored = server.state.vaults[vault.id].credentials
    assert stored[bearer.id].secrets == {"token": SECRET}
    assert stored[oauth.id].secrets == dict(
        zip(("access_token", "refresh_token", "client_secret"), OAUTH_SECRETS, strict=True)
    )
    for credential in (bearer, oauth, variable):
        _no_secret_keys(credential.to_dict())
    listed = [c.id for c in client.credentials.list(vault.id)]
    assert listed == [variable.id, oauth.id, bearer.id]
    assert [c.id for c in client.credentials.list(vault.id, name="github")] == [variable.id]
    assert [c.id for c in client.credentials.list(vault.id, name="tools.example")] == [oauth.id]


def test_credential_update_archive_delete(client: QoderCloud, server: LocalServer) -> None:
    vault = client.vaults.create(display_name="v")
    credential = client.credentials.create(vault.id, auth=_bearer("old-token"), metadata={"a": "1", "b": "2"})

    updated = client.credentials.update(
        vault.id,
        credential.id,
        auth={"type": "static_bearer", "token": "rotated-token"},
        metadata={"a": None, "c": "3"},
    )
    assert updated.metadata.additional_properties == {"b": "2", "c": "3"}
    assert server.state.vaults[vault.id].credentials[credential.id].secrets["token"] == "rotated-token"
    assert client.credentials.update(vault.id, credential.id, metadata=None).metadata.additional_properties == {}

    with pytest.raises(BadRequestError) as wrong_type:
        client.credentials.update(vault.id, credential.id, auth={"type": "mcp_oauth", "access_token": "x"})
    assert wrong_type.value.param == "auth.type"
    with pytest.raises(BadRequestError) as immutable:
        client.credentials.update(
            vault.id, credential.id, auth={"type": "static_bearer", "mcp_server_url": "https://elsewhere.example"}
        )
    assert immutable.value.param == "auth.mcp_server_url"

    assert client.credentials.retrieve(vault.id, credential.id).archived_at is None
    archived = client.credentials.archive(vault.id, credential.id)
    assert archived.archived_at is not None
    with pytest.raises(ConflictError):
        client.credentials.archive(vault.id, credential.id)
    with pytest.raises(ConflictError):
        client.credentials.update(vault.id, credential.id, auth={"type": "static_bearer", "token": "again"})
    assert client.credentials.list(vault.id).data == []
    assert [c.id for c in client.credentials.list(vault.id, include_archived=True)] == [credential.id]

    deleted = client.credentials.delete(vault.id, credential.id)
    assert isinstance(deleted, CredentialDeleted)
    assert (deleted.id, deleted.type_) == (credential.id, "vault_credential_deleted")
    with pytest.raises(NotFoundError):
        client.credentials.retrieve(vault.id, credential.id)


def test_deleting_a_vault_deletes_its_credentials(client: QoderCloud, server: LocalServer) -> None:
    vault = client.vaults.create(display_name="v")
    credential = client.credentials.create(vault.id, auth=_bearer())
    client.vaults.delete(vault.id)
    with pytest.raises(NotFoundError):
        client.credentials.retrieve(vault.id, credential.id)
    assert server.state.vaults == {}


def test_mcp_oauth_validate(client: QoderCloud, server: LocalServer) -> None:
    vault = client.vaults.create(display_name="v")
    refreshing = client.credentials.create(vault.id, auth=_oauth("2020-01-01T00:00:00Z"))
    result = client.credentials.mcp_oauth_validate(vault.id, refreshing.id)
    assert json.loads(server.app.requests[-1].body) == {}
    assert (result.type_, result.credential_id, result.vault_id) == (
        "vault_credential_validation",
        refreshing.id,
        vault.id,
    )
    assert (result.status, result.has_refresh_token, result.refresh.status) == ("valid", True, "succeeded")
    assert result.mcp_probe.method == "initialize" and result.mcp_probe.http_response.status_code == 200
    refreshed = client.credentials.retrieve(vault.id, refreshing.id).auth
    assert isinstance(refreshed, MCPOAuthAuth) and isinstance(refreshed.expires_at, datetime.datetime)
    assert refreshed.expires_at > datetime.datetime.now(datetime.UTC), "the refresh moved the expiry ahead"

    stale = client.credentials.create(vault.id, auth=_oauth("2020-01-01T00:00:00Z", refresh=False))
    result = client.credentials.mcp_oauth_validate(vault.id, stale.id)
    assert (result.status, result.refresh.status, result.refresh.http_response) == ("invalid", "no_refresh_token", None)
    assert result.mcp_probe.http_response.status_code == 401

    bearer = client.credentials.create(vault.id, auth=_bearer())
    with pytest.raises(BadRequestError):
        client.credentials.mcp_oauth_validate(vault.id, bearer.id)
    client.credentials.archive(vault.id, stale.id)
    with pytest.raises(ConflictError):
        client.credentials.mcp_oauth_validate(vault.id, stale.id)


def test_no_secret_in_any_repr_log_record_or_exception(
    client: QoderCloud, server: LocalServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    secrets = (SECRET, *OAUTH_SECRETS)
    vault = client.vaults.create(display_name="v")
    returned: list[object] = [
        client.credentials.create(vault.id, auth=_bearer()),
        client.credentials.create(vault.id, auth=_oauth()),
    ]
    rotation = {"type": "static_bearer", "token": SECRET}
    returned.append(client.credentials.update(vault.id, returned[0].id, auth=rotation))  # type: ignore[attr-defined]
    returned.append(client.credentials.retrieve(vault.id, returned[1].id))  # type: ignore[attr-defined]
    returned.append(client.credentials.mcp_oauth_validate(vault.id, returned[1].id))  # type: ignore[attr-defined]
    page = client.credentials.list(vault.id)
    returned += [page, *page.data, page.envelope]
    with pytest.raises(BadRequestError) as caught:
        client.credentials.create(vault.id, auth={**_bearer(), "mcp_server_url": "not a url"})
    texts = [repr(item) for item in returned] + [str(item) for item in returned]
    err = caught.value
    texts += [str(err), repr(err), err.message, repr(err.body), repr(err.args)]
    texts += [record.getMessage() for record in caplog.records] + [caplog.text]
    for text in texts:
        for secret in secrets:
            assert secret not in text
    assert any(record.name == "qoder_cloud" for record in caplog.records)
    assert sum(1 for r in server.app.requests if SECRET.encode() in r.body) == 3, "the secrets did reach the server"


def test_an_error_that_echoes_the_request_does_not_reveal_its_secrets() -> None:
    def echo(request: Request) -> Response:
        body = request.body.decode()
        return Response(
            400,
            {
                "type": "error",
                "error": {"type": "invalid_request_error", "message": f"cannot parse {body}", "param": "auth"},
                "echo": json.loads(body),
            },
        )

    tricky = 'p@ss"word\\with\u00e9scapes'
    with scripted_server({("POST", "/vaults/{vault_id}/credentials"): echo}) as server:
        with QoderCloud(token=TOKEN, base_url=server.base_url) as client:
            with pytest.raises(BadRequestError) as caught:
                client.credentials.create("vault_1", auth=_oauth())
            with pytest.raises(BadRequestError) as escaped:
                client.credentials.create("vault_1", auth=_bearer(tricky))
    for err, secrets in ((caught.value, OAUTH_SECRETS), (escaped.value, (tricky,))):
        assert "[REDACTED]" in err.message
        assert "mcp_server_url" in err.message, "the rest of the message is kept"
        for text in (str(err), repr(err), err.message, repr(err.body), json.dumps(err.body), repr(err.args)):
            for secret in secrets:
                assert secret not in text
                assert json.dumps(secret)[1:-1] not in text


@pytest.mark.anyio
async def test_async_client_covers_every_vault_and_credential_operation(
    async_client: AsyncQoderCloud, server: LocalServer
) -> None:
    vault = await async_client.vaults.create(display_name="async")
    assert (await async_client.vaults.retrieve(vault.id)).display_name == "async"
    assert [v.id async for v in async_client.vaults.list()] == [vault.id]

    credential = await async_client.credentials.create(vault.id, auth=_oauth())
    assert (await async_client.credentials.retrieve(vault.id, credential.id)).id == credential.id
    assert [c.id for c in (await async_client.credentials.list(vault.id)).data] == [credential.id]
    updated = await async_client.credentials.update(
        vault.id, credential.id, auth={"type": "mcp_oauth", "access_token": "new-access", "expires_at": None}
    )
    assert isinstance(updated.auth, MCPOAuthAuth) and updated.auth.expires_at is None
    validation = await async_client.credentials.mcp_oauth_validate(vault.id, credential.id)
    assert validation.status == "valid"
    assert (await async_client.credentials.archive(vault.id, credential.id)).archived_at is not None
    assert (await async_client.credentials.delete(vault.id, credential.id)).id == credential.id

    assert (await async_client.vaults.archive(vault.id)).archived_at is not None
    assert (await async_client.vaults.delete(vault.id)).id == vault.id
    with pytest.raises(NotFoundError):
        await async_client.vaults.retrieve(vault.id)
