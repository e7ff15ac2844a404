"""MCP OAuth start through both clients, and the whole flow on the local server: the returned
authorization URL leads to a consent page on the same server whose callback stores an
`mcp_oauth` credential in the vault. The client secret shows nowhere."""

from __future__ import annotations

import html
import logging
import re

import httpx
import pytest

from qoder_cloud import AsyncQoderCloud, BadRequestError, ConflictError, NotFoundError, QoderCloud
from qoder_cloud.testing import LocalServer
from qoder_cloud_api.models import MCPOAuthAuth, OAuthStartParams

MCP_URL = "https://mcp.example.com/mcp"
SECRET = "cs-9d2f-very-secret"


def _link(page: str, name: str) -> str:
    found = re.search(rf'id="{name}" href="([^"]+)"', page)
    assert found, page
    return html.unescape(found.group(1))


def test_the_whole_flow_stores_an_mcp_oauth_credential(client: QoderCloud) -> None:
    vault = client.vaults.create(display_name="mcp")
    start = client.vaults.start_oauth(
        vault_id=vault.id, mcp_server_url=MCP_URL, client_id="qoder-app", client_secret=SECRET
    )
    assert start.state and start.authorization_url.startswith(start.callback_origin + "/")
    assert SECRET not in str(start.to_dict())
    with httpx.Client(timeout=10) as browser:  # a browser: no token
        consent = browser.get(start.authorization_url)
        assert consent.status_code == 200 and "qoder-app" in consent.text and MCP_URL in consent.text
        assert SECRET not in consent.text
        callback = browser.get(_link(consent.text, "allow"))
        assert callback.status_code == 200, callback.text
        assert browser.get(_link(consent.text, "allow")).status_code == 400, "a state works once"

    [credential] = client.credentials.list(vault.id).data
    assert credential.id in callback.text and SECRET not in callback.text
    assert isinstance(credential.auth, MCPOAuthAuth)
    assert (credential.auth.mcp_server_url, credential.auth.refresh.client_id) == (MCP_URL, "qoder-app")
    assert credential.auth.refresh.token_endpoint_auth.type_ == "client_secret_post"
    assert credential.auth.expires_at is not None
    assert SECRET not in str(credential.to_dict())


def test_without_a_client_id_the_service_registers_one(client: QoderCloud) -> None:
    vault = client.vaults.create(display_name="mcp")
    start = client.vaults.start_oauth(vault_id=vault.id, mcp_server_url=MCP_URL)
    with httpx.Client(timeout=10) as browser:
        consent = browser.get(start.authorization_url).text
        assert browser.get(_link(consent, "allow")).status_code == 200
    auth = client.credentials.list(vault.id).data[0].auth
    assert auth.refresh.client_id.startswith("dcr_") and auth.refresh.token_endpoint_auth.type_ == "none"


def test_denying_access_stores_nothing(client: QoderCloud) -> None:
    vault = client.vaults.create(display_name="mcp")
    start = client.vaults.start_oauth(vault_id=vault.id, mcp_server_url=MCP_URL)
    with httpx.Client(timeout=10) as browser:
        consent = browser.get(start.authorization_url).text
        assert browser.get(_link(consent, "deny")).status_code == 400
        assert browser.get(_link(consent, "allow")).status_code == 400, "the state is spent"
        forged = start.callback_origin + "/oauth/callback?code=guess&state=ost_forged"
        assert browser.get(forged).status_code == 400
    assert client.credentials.list(vault.id).data == []


def test_bad_starts_are_refused_by_name(client: QoderCloud) -> None:
    vault = client.vaults.create(display_name="mcp")
    with pytest.raises(NotFoundError) as missing:
        client.vaults.start_oauth(vault_id="vault_missing", mcp_server_url=MCP_URL, client_id="c", client_secret=SECRET)
    assert missing.value.param == "vault_id"
    with pytest.raises(BadRequestError) as bad_url:
        client.vaults.start_oauth(vault_id=vault.id, mcp_server_url="ftp://mcp.example.com")
    assert bad_url.value.param == "mcp_server_url"
    with pytest.raises(BadRequestError) as lone_secret:
        client.vaults.start_oauth(vault_id=vault.id, mcp_server_url=MCP_URL, client_secret=SECRET)
    assert lone_secret.value.param == "client_secret"
    client.vaults.archive(vault.id)
    with pytest.raises(ConflictError):
        client.vaults.start_oauth(vault_id=vault.id, mcp_server_url=MCP_URL)
    for error in (missing.value, bad_url.value, lone_secret.value):
        assert SECRET not in str(error) and SECRET not in repr(error) and SECRET not in str(error.body)


def test_the_client_secret_never_shows_in_a_repr_or_a_log(
    client: QoderCloud, server: LocalServer, caplog: pytest.LogCaptureFixture
) -> None:
    params = OAuthStartParams(vault_id="vault_1", mcp_server_url=MCP_URL, client_id="c", client_secret=SECRET)
    assert SECRET not in repr(params)
    assert params.to_dict()["client_secret"] == SECRET, "it is still sent"
    vault = client.vaults.create(display_name="mcp")
    with caplog.at_level(logging.DEBUG, logger="qoder_cloud"):
        start = client.vaults.start_oauth(
            vault_id=vault.id, mcp_server_url=MCP_URL, client_id="c", client_secret=SECRET
        )
    assert caplog.records and all(SECRET not in record.getMessage() for record in caplog.records)
    assert SECRET not in repr(start)
    sent = [r for r in server.app.requests if r.path == "/oauth/start"][-1]
    assert SECRET in sent.body.decode(), "the secret reached the server in the body"


@pytest.mark.anyio
async def test_the_async_client_starts_the_flow(async_client: AsyncQoderCloud) -> None:
    vault = await async_client.vaults.create(display_name="mcp")
    start = await async_client.vaults.start_oauth(vault_id=vault.id, mcp_server_url=MCP_URL, client_id="app")
    async with httpx.AsyncClient(timeout=10) as browser:
        consent = (await browser.get(start.authorization_url)).text
        assert (await browser.get(_link(consent, "allow"))).status_code == 200
    [credential] = (await async_client.credentials.list(vault.id)).data
    assert credential.auth.refresh.client_id == "app"
