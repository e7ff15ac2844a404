"""MCP OAuth start (`POST /oauth/start`), with a small OAuth provider on the same server so that
the whole flow runs locally:

1. `POST /oauth/start` checks the vault (404 when missing, 409 when archived) and the MCP server
   URL, registers a client when none is given (as dynamic client registration would), prepares
   PKCE and answers `authorization_url` (the provider's page below), `state` and
   `callback_origin` (this server's origin, as the request's `Host` names it).
2. `GET /oauth/provider/authorize` is the provider's consent page: a short HTML page with an
   "Allow" and a "Deny" link, both back to the `redirect_uri` with the `state`.
3. `GET /oauth/callback` checks the `state` (unknown, used or older than ten minutes: 400) and
   the code against the PKCE challenge, then stores an `mcp_oauth` credential for the MCP
   server in the vault through the server's own credentials route (access and refresh tokens,
   and the client secret when one was given, are write-only there as always).

Nothing here contacts another host. The client secret lives only in the flow record and then
in the credential's secrets; no page, answer or error shows it.
"""

from __future__ import annotations

import base64
import datetime
import hashlib
import html
import secrets
from typing import Any
from urllib.parse import urlencode, urlsplit

from . import _fields as fields
from ._app import ApiError, App, Request, Response
from ._state import State

PREFIX = "/oauth/"
FLOW_SECONDS = 600.0  # how long a `state` stays usable
_AUTHORIZE = "/oauth/provider/authorize"
_TOKEN = "/oauth/provider/token"
_CALLBACK = "/oauth/callback"


def register(app: App, state: State) -> None:
    @app.route("POST", "/oauth/start")
    def start(request: Request) -> dict[str, Any]:
        body = request.json_object()
        vault_id = fields.string(fields.required(body, "vault_id"), "vault_id", min_length=1)
        server_url = _server_url(fields.required(body, "mcp_server_url"))
        client_id = fields.optional_string(body.get("client_id"), "client_id", max_length=255)
        client_secret = fields.optional_string(body.get("client_secret"), "client_secret", max_length=1024)
        if client_secret is not None and client_id is None:
            raise ApiError(400, "Field 'client_secret' needs a 'client_id'.", param="client_secret")
        origin = f"http://{request.header('host') or '127.0.0.1'}"
        with app.lock:
            vault = state.vaults.get(vault_id)
            if vault is None:
                raise ApiError(404, f"Vault '{vault_id}' was not found.", param="vault_id")
            if vault.vault["archived_at"] is not None:
                raise ApiError(409, f"Vault '{vault_id}' is archived.", param="vault_id")
            verifier = secrets.token_urlsafe(48)
            flow_state = "ost_" + secrets.token_urlsafe(24)
            state.oauth_flows[flow_state] = {
                "vault_id": vault_id,
                "mcp_server_url": server_url,
                "client_id": client_id or "dcr_" + secrets.token_hex(8),
                "client_secret": client_secret,
                "verifier": verifier,
                "origin": origin,
                "started": state.clock.time(),
                "code": None,
            }
            query = urlencode(
                {
                    "response_type": "code",
                    "client_id": state.oauth_flows[flow_state]["client_id"],
                    "redirect_uri": origin + _CALLBACK,
                    "state": flow_state,
                    "code_challenge": _challenge(verifier),
                    "code_challenge_method": "S256",
                    "resource": server_url,
                }
            )
            return {
                "authorization_url": f"{origin}{_AUTHORIZE}?{query}",
                "state": flow_state,
                "callback_origin": origin,
            }

    def outside(request: Request) -> Response:
        if request.method != "GET":
            return _page(405, "Method not allowed", "Only GET is served here.")
        if request.path == _AUTHORIZE:
            return authorize(request)
        if request.path == _CALLBACK:
            return callback(request)
        return _page(404, "Not found", f"Nothing is served at {request.path}.")

    def authorize(request: Request) -> Response:
        """The provider's consent page."""
        flow_state = _query(request, "state")
        redirect_uri = _query(request, "redirect_uri")
        with app.lock:
            flow = _live_flow(state, flow_state)
            if flow is None or redirect_uri != flow["origin"] + _CALLBACK:
                return _page(400, "Invalid request", "This authorization link is unknown or has expired.")
            if _query(request, "code_challenge") != _challenge(flow["verifier"]):
                return _page(400, "Invalid request", "The PKCE challenge does not match.")
            flow["code"] = "code_" + secrets.token_urlsafe(24)
            allow = f"{redirect_uri}?{urlencode({'code': flow['code'], 'state': flow_state})}"
            deny = f"{redirect_uri}?{urlencode({'error': 'access_denied', 'state': flow_state})}"
            server = html.escape(flow["mcp_server_url"])
            client = html.escape(flow["client_id"])
        body = (
            f"<p>Allow <b>{client}</b> to use <b>{server}</b> on your behalf?</p>"
            f'<p><a id="allow" href="{html.escape(allow)}">Allow</a> '
            f'<a id="deny" href="{html.escape(deny)}">Deny</a></p>'
        )
        return _page(200, "Authorize access", body, escape=False)

    def callback(request: Request) -> Response:
        """The service's callback: exchange the code and store the credential."""
        flow_state = _query(request, "state")
        with app.lock:
            flow = _live_flow(state, flow_state)
            if flow is None:
                return _page(400, "Invalid request", "This authorization is unknown, used or expired.")
            state.oauth_flows.pop(flow_state or "", None)  # a state works once, whatever the outcome
            if _query(request, "error"):
                return _page(400, "Access denied", "No credential was stored.")
            if flow["code"] is None or _query(request, "code") != flow["code"]:
                return _page(400, "Invalid request", "The authorization code does not match.")
            created = app.call(
                "POST", f"/vaults/{flow['vault_id']}/credentials", {"auth": _credential_auth(flow, state.clock.time())}
            )
        if created.status >= 300:
            return _page(created.status, "Could not store the credential", created.body["error"]["message"])
        return _page(200, "Connected", f"Stored credential {created.body['id']}. You can close this window.")

    app.mount(PREFIX, outside)


def _credential_auth(flow: dict[str, Any], now: float) -> dict[str, Any]:
    """The `mcp_oauth` auth the code exchange yields: fresh tokens for an hour, and how to refresh them."""
    secret = flow["client_secret"]
    endpoint_auth = {"type": "client_secret_post", "client_secret": secret} if secret is not None else {"type": "none"}
    return {
        "type": "mcp_oauth",
        "mcp_server_url": flow["mcp_server_url"],
        "access_token": "oat_" + secrets.token_urlsafe(24),
        "expires_at": datetime.datetime.fromtimestamp(now + 3600, datetime.UTC).isoformat(),
        "refresh": {
            "client_id": flow["client_id"],
            "refresh_token": "ort_" + secrets.token_urlsafe(24),
            "token_endpoint": flow["origin"] + _TOKEN,
            "token_endpoint_auth": endpoint_auth,
        },
    }


def _live_flow(state: State, flow_state: str | None) -> dict[str, Any] | None:
    flow: dict[str, Any] | None = state.oauth_flows.get(flow_state or "")
    if flow is None or state.clock.time() - flow["started"] > FLOW_SECONDS:
        return None
    return flow


def _server_url(value: Any) -> str:
    url = fields.string(value, "mcp_server_url", min_length=1, max_length=2048)
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ApiError(400, "Field 'mcp_server_url' must be an http or https URL.", param="mcp_server_url")
    return url


def _challenge(verifier: str) -> str:
    digest = hashlib.sha256(verifier.encode()).digest()
    return base64.urlsafe_b64encode(digest).decode().rstrip("=")


def _query(request: Request, name: str) -> str | None:
    values = request.query.get(name)
    return values[0] if values else None


def _page(status: int, title: str, body: str, *, escape: bool = True) -> Response:
    """A small HTML page; `body` is text unless `escape=False` says it is markup already."""
    content = f"<p>{html.escape(body)}</p>" if escape else body
    page = f"<!doctype html><title>{html.escape(title)}</title><h1>{html.escape(title)}</h1>{content}"
    return Response(status, page.encode(), {"content-type": "text/html; charset=utf-8"})
