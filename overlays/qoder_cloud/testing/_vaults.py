"""Vaults (create, list, retrieve, archive, delete) and their credentials (create, list, retrieve,
update, archive, delete, mcp_oauth_validate).

Secrets (`token`, `access_token`, `refresh.refresh_token`, `client_secret`, `secret_value`) are
kept in `CredentialRecord.secrets`, apart from the credential object that is returned, so no
answer can carry one; error messages never quote a submitted value either.

Archive rules: archiving a credential twice is a 409, and an archived credential can be neither
updated nor validated (409). Archiving a vault hides it from lists; this server also refuses new
credentials in an archived vault (409), which the docs leave open. Deleting a vault deletes its
credentials.

`mcp_oauth_validate` contacts nothing (the local server has no network). It reports what a
real check would find from the stored data: when a refresh token is stored the refresh
"succeeds" and moves `expires_at` an hour ahead; the MCP `initialize` probe then answers 200
(status `valid`) unless the access token's `expires_at` has passed, which gives 401 (`invalid`).
"""

from __future__ import annotations

import copy
import datetime
import re
from typing import Any

from . import _common as common
from . import _fields as fields
from ._app import ApiError, App, Request, Response
from ._state import CredentialRecord, State, VaultRecord

_AUTH_TYPES = ("static_bearer", "mcp_oauth", "environment_variable")
_ENDPOINT_AUTH_TYPES = ("none", "client_secret_basic", "client_secret_post")
_SECRET_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


def register(app: App, state: State) -> None:
    # ------------------------------------------------------------------ vaults

    @app.route("POST", "/vaults")
    def create_vault(request: Request) -> dict[str, Any]:
        body = request.json_object()
        vault: dict[str, Any] = {
            "id": common.new_id("vault"),
            "type": "vault",
            "display_name": fields.string(
                fields.required(body, "display_name"), "display_name", min_length=1, max_length=255
            ),
            "metadata": fields.metadata(body.get("metadata", {})),
            "archived_at": None,
        }
        with app.lock:
            vault["created_at"] = vault["updated_at"] = state.now()
            state.vaults[vault["id"]] = VaultRecord(vault)
            return {**copy.deepcopy(vault), "credentials": []}

    @app.route("GET", "/vaults")
    def list_vaults(request: Request) -> dict[str, Any]:
        name = (request.query_value("name") or "").lower()
        with app.lock:
            vaults = common.newest_first(request, (record.vault for record in state.vaults.values()))
            return common.page_by_id(request, [v for v in vaults if name in v["display_name"].lower()])

    def vault(request: Request) -> dict[str, Any]:
        return _vault(state, request.path_params["vault_id"]).vault

    common.serve_retrieve(app, "/vaults/{vault_id}", vault)
    common.serve_archive(app, state, "/vaults/{vault_id}/archive", vault)
    common.serve_delete(
        app, "/vaults/{vault_id}", "vault_deleted", lambda request: (state.vaults, vault(request)["id"])
    )

    # ------------------------------------------------------------------ credentials

    @app.route("POST", "/vaults/{vault_id}/credentials")
    def create_credential(request: Request) -> dict[str, Any]:
        body = request.json_object()
        public, secrets = _auth(fields.required(body, "auth"))
        if body.get("display_name") is not None:
            fields.string(body["display_name"], "display_name", max_length=255)  # accepted, not stored
        metadata = fields.metadata(body.get("metadata", {}))
        with app.lock:
            record = _vault(state, request.path_params["vault_id"])
            if record.vault["archived_at"] is not None:
                raise ApiError(409, f"Vault '{record.vault['id']}' is archived; it takes no new credentials.")
            credential: dict[str, Any] = {
                "id": common.new_id("vcred"),
                "type": "vault_credential",
                "vault_id": record.vault["id"],
                "display_name": None,
                "auth": public,
                "metadata": metadata,
                "archived_at": None,
            }
            credential["created_at"] = credential["updated_at"] = state.now()
            record.credentials[credential["id"]] = CredentialRecord(credential, secrets)
            return copy.deepcopy(credential)

    @app.route("GET", "/vaults/{vault_id}/credentials")
    def list_credentials(request: Request) -> dict[str, Any]:
        name = (request.query_value("name") or "").lower()
        with app.lock:
            vault = _vault(state, request.path_params["vault_id"])
            credentials = common.newest_first(request, (cred.credential for cred in vault.credentials.values()))
            return common.page_by_id(request, [c for c in credentials if name in _searchable(c)])

    common.serve_retrieve(
        app, "/vaults/{vault_id}/credentials/{credential_id}", lambda request: _credential(state, request).credential
    )

    @app.route("POST", "/vaults/{vault_id}/credentials/{credential_id}")
    def update_credential(request: Request) -> dict[str, Any]:
        body = request.json_object()
        with app.lock:
            record = _credential(state, request)
            _active(record)
            public = copy.deepcopy(record.credential["auth"])
            secrets = dict(record.secrets)
            if "auth" in body:
                _update_auth(public, secrets, fields.obj(body["auth"], "auth"))
            metadata = record.credential["metadata"]
            if "metadata" in body:
                patch = body["metadata"]
                metadata = (
                    {} if patch is None else fields.apply_metadata_patch(metadata, fields.metadata(patch, patch=True))
                )
            record.credential.update(auth=public, metadata=metadata, updated_at=state.now())
            record.secrets = secrets
            return copy.deepcopy(record.credential)

    @app.route("POST", "/vaults/{vault_id}/credentials/{credential_id}/archive")
    def archive_credential(request: Request) -> dict[str, Any]:
        with app.lock:
            record = _credential(state, request)
            _active(record)
            record.credential["archived_at"] = record.credential["updated_at"] = state.now()
            return copy.deepcopy(record.credential)

    @app.route("DELETE", "/vaults/{vault_id}/credentials/{credential_id}")
    def delete_credential(request: Request) -> dict[str, Any]:
        with app.lock:
            record = _credential(state, request)
            credentials = state.vaults[record.credential["vault_id"]].credentials
            return common.remove(credentials, record.credential["id"], "vault_credential_deleted")

    @app.route("POST", "/vaults/{vault_id}/credentials/{credential_id}/mcp_oauth_validate")
    def validate(request: Request) -> Response:
        request.json_object(required=False)
        with app.lock:
            record = _credential(state, request)
            _active(record)
            auth = record.credential["auth"]
            if auth["type"] != "mcp_oauth":
                raise ApiError(400, "Only mcp_oauth credentials can be validated.", param="auth.type")
            return Response(200, _validation(record, state))


# ----------------------------------------------------------------------- lookups


def _vault(state: State, vault_id: str) -> VaultRecord:
    return common.find(state.vaults, vault_id, "Vault")


def _credential(state: State, request: Request) -> CredentialRecord:
    vault = _vault(state, request.path_params["vault_id"])
    within = f" in vault '{vault.vault['id']}'"
    return common.find(vault.credentials, request.path_params["credential_id"], "Credential", within=within)


def _active(record: CredentialRecord) -> None:
    if record.credential["archived_at"] is not None:
        raise ApiError(409, f"Credential '{record.credential['id']}' is archived.")


def _searchable(credential: dict[str, Any]) -> str:
    """What the `name` list filter matches: the MCP server URL (the secret name for variables)."""
    auth = credential["auth"]
    return str(auth.get("mcp_server_url") or auth.get("secret_name") or "").lower()


# ----------------------------------------------------------------------- auth validation


def _secret(auth: dict[str, Any], name: str, param: str) -> str:
    """A required write-only string; the message names the field, never the value."""
    value = auth.get(name)
    if not isinstance(value, str) or not value:
        raise ApiError(400, f"Field '{param}' is required and must be a non-empty string.", param=param)
    return value


def _auth(value: Any) -> tuple[dict[str, Any], dict[str, str]]:
    """Split a create `auth` into what may be returned and the secrets."""
    auth = fields.obj(value, "auth")
    kind = auth.get("type")
    if kind not in _AUTH_TYPES:
        raise ApiError(400, f"Field 'auth.type' must be one of {', '.join(_AUTH_TYPES)}.", param="auth.type")
    if kind == "static_bearer":
        public = {"type": kind, "mcp_server_url": _url(auth)}
        return public, {"token": _secret(auth, "token", "auth.token")}
    if kind == "mcp_oauth":
        public = {
            "type": kind,
            "mcp_server_url": _url(auth),
            "expires_at": _expiry(auth.get("expires_at")),
            "refresh": None,
        }
        secrets = {"access_token": _secret(auth, "access_token", "auth.access_token")}
        if auth.get("refresh") is not None:
            public["refresh"], refresh_secrets = _refresh(fields.obj(auth["refresh"], "auth.refresh"))
            secrets.update(refresh_secrets)
        return public, secrets
    name = fields.string(fields.required(auth, "secret_name"), "auth.secret_name", min_length=1)
    if not _SECRET_NAME.match(name):
        raise ApiError(
            400, "Field 'auth.secret_name' must be a variable name ([A-Za-z_][A-Za-z0-9_]*).", param="auth.secret_name"
        )
    public = {
        "type": kind,
        "secret_name": name,
        "networking": _networking(fields.required(auth, "networking")),
        "injection_location": _injection(auth.get("injection_location")),
    }
    return public, {"secret_value": _secret(auth, "secret_value", "auth.secret_value")}


def _url(auth: dict[str, Any]) -> str:
    url = fields.string(fields.required(auth, "mcp_server_url"), "auth.mcp_server_url", min_length=1, max_length=2048)
    if not url.startswith(("https://", "http://")):
        raise ApiError(400, "Field 'auth.mcp_server_url' must be an http(s) URL.", param="auth.mcp_server_url")
    return url


def _expiry(value: Any) -> str | None:
    if value is None:
        return None
    fields.parse_time(fields.string(value, "auth.expires_at"), "auth.expires_at")
    return str(value)


def _refresh(refresh: dict[str, Any]) -> tuple[dict[str, Any], dict[str, str]]:
    public: dict[str, Any] = {
        "client_id": fields.string(fields.required(refresh, "client_id"), "auth.refresh.client_id", min_length=1),
        "token_endpoint": fields.string(
            fields.required(refresh, "token_endpoint"), "auth.refresh.token_endpoint", min_length=1
        ),
        "resource": fields.optional_string(refresh.get("resource"), "auth.refresh.resource"),
        "scope": fields.optional_string(refresh.get("scope"), "auth.refresh.scope"),
    }
    secrets = {"refresh_token": _secret(refresh, "refresh_token", "auth.refresh.refresh_token")}
    endpoint_auth = fields.obj(fields.required(refresh, "token_endpoint_auth"), "auth.refresh.token_endpoint_auth")
    kind = endpoint_auth.get("type")
    if kind not in _ENDPOINT_AUTH_TYPES:
        raise ApiError(
            400,
            f"Field 'auth.refresh.token_endpoint_auth.type' must be one of {', '.join(_ENDPOINT_AUTH_TYPES)}.",
            param="auth.refresh.token_endpoint_auth.type",
        )
    public["token_endpoint_auth"] = {"type": kind}
    if kind != "none":
        secrets["client_secret"] = _secret(
            endpoint_auth, "client_secret", "auth.refresh.token_endpoint_auth.client_secret"
        )
    return public, secrets


def _networking(value: Any) -> dict[str, Any]:
    networking = fields.obj(value, "auth.networking")
    kind = networking.get("type")
    if kind == "unrestricted":
        return {"type": kind}
    if kind == "limited":
        hosts = fields.strings(fields.required(networking, "allowed_hosts"), "auth.networking.allowed_hosts")
        return {"type": kind, "allowed_hosts": hosts}
    raise ApiError(
        400, "Field 'auth.networking.type' must be 'unrestricted' or 'limited'.", param="auth.networking.type"
    )


def _injection(value: Any) -> dict[str, Any] | None:
    if value is None:
        return None
    location = fields.obj(value, "auth.injection_location")
    stored: dict[str, Any] = {}
    for key in ("body", "header"):
        item = location.get(key)
        stored[key] = None if item is None else fields.boolean(item, f"auth.injection_location.{key}")
    return stored


_IMMUTABLE = {
    "static_bearer": ("mcp_server_url",),
    "mcp_oauth": ("mcp_server_url",),
    "environment_variable": ("secret_name",),
}


def _update_auth(public: dict[str, Any], secrets: dict[str, str], auth: dict[str, Any]) -> None:
    """Apply an update `auth` to copies of the stored parts; only the documented fields may change."""
    kind = auth.get("type")
    if kind != public["type"]:
        raise ApiError(
            400, f"Field 'auth.type' must be sent and equal the stored type '{public['type']}'.", param="auth.type"
        )
    for name in _IMMUTABLE[kind]:
        if name in auth:
            raise ApiError(400, f"Field 'auth.{name}' cannot be changed.", param=f"auth.{name}")
    if kind == "static_bearer":
        if "token" in auth:
            secrets["token"] = _secret(auth, "token", "auth.token")
    elif kind == "mcp_oauth":
        if "access_token" in auth:
            secrets["access_token"] = _secret(auth, "access_token", "auth.access_token")
        if "expires_at" in auth:
            public["expires_at"] = _expiry(auth["expires_at"])
        if auth.get("refresh") is not None:
            _update_refresh(public, secrets, fields.obj(auth["refresh"], "auth.refresh"))
    else:
        if "secret_value" in auth:
            secrets["secret_value"] = _secret(auth, "secret_value", "auth.secret_value")
        if "networking" in auth:
            public["networking"] = _networking(auth["networking"])
        if "injection_location" in auth:
            public["injection_location"] = _injection(auth["injection_location"])


def _update_refresh(public: dict[str, Any], secrets: dict[str, str], refresh: dict[str, Any]) -> None:
    stored = public.get("refresh")
    if stored is None:
        raise ApiError(
            400, "This credential has no refresh settings; they can only be given at creation.", param="auth.refresh"
        )
    for name in ("client_id", "token_endpoint"):
        if name in refresh:
            raise ApiError(400, f"Field 'auth.refresh.{name}' cannot be changed.", param=f"auth.refresh.{name}")
    if "refresh_token" in refresh:
        secrets["refresh_token"] = _secret(refresh, "refresh_token", "auth.refresh.refresh_token")
    if "scope" in refresh:
        stored["scope"] = fields.optional_string(refresh["scope"], "auth.refresh.scope")
    if "token_endpoint_auth" in refresh:
        endpoint_auth = fields.obj(refresh["token_endpoint_auth"], "auth.refresh.token_endpoint_auth")
        kind = endpoint_auth.get("type")
        if kind not in ("client_secret_basic", "client_secret_post"):
            raise ApiError(
                400,
                "Field 'auth.refresh.token_endpoint_auth.type' must be 'client_secret_basic' or 'client_secret_post'.",
                param="auth.refresh.token_endpoint_auth.type",
            )
        stored["token_endpoint_auth"] = {"type": kind}
        if "client_secret" in endpoint_auth:
            secrets["client_secret"] = _secret(
                endpoint_auth, "client_secret", "auth.refresh.token_endpoint_auth.client_secret"
            )
        elif "client_secret" not in secrets:
            raise ApiError(
                400,
                "Field 'auth.refresh.token_endpoint_auth.client_secret' is required when none is stored.",
                param="auth.refresh.token_endpoint_auth.client_secret",
            )


# ----------------------------------------------------------------------- validation


def _http_answer(status: int, body: str) -> dict[str, Any]:
    return {"status_code": status, "content_type": "application/json", "body": body, "body_truncated": False}


def _validation(record: CredentialRecord, state: State) -> dict[str, Any]:
    auth = record.credential["auth"]
    checked = datetime.datetime.fromtimestamp(state.clock.time(), datetime.UTC)
    has_refresh = "refresh_token" in record.secrets
    if has_refresh:
        expires = checked + datetime.timedelta(hours=1)
        auth["expires_at"] = expires.strftime("%Y-%m-%dT%H:%M:%SZ")
        record.credential["updated_at"] = state.now()
        refresh: dict[str, Any] = {
            "status": "succeeded",
            "http_response": _http_answer(200, '{"token_type":"Bearer","expires_in":3600}'),
        }
    else:
        refresh = {"status": "no_refresh_token", "http_response": None}
    expires_at = auth.get("expires_at")
    expired = expires_at is not None and fields.parse_time(expires_at, "expires_at") <= checked
    probe = (
        _http_answer(401, '{"error":"invalid_token"}')
        if expired
        else _http_answer(200, '{"jsonrpc":"2.0","id":1,"result":{"protocolVersion":"2025-06-18"}}')
    )
    return {
        "type": "vault_credential_validation",
        "credential_id": record.credential["id"],
        "vault_id": record.credential["vault_id"],
        "status": "invalid" if expired else "valid",
        "validated_at": checked.strftime("%Y-%m-%dT%H:%M:%S.%fZ"),
        "has_refresh_token": has_refresh,
        "refresh": refresh,
        "mcp_probe": {"method": "initialize", "http_response": probe},
    }
