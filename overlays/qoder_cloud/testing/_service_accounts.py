"""The service-account token exchange, and the API's acceptance of the tokens it issues.

On the real service the exchange lives on another host than the API
(`https://openapi.qoder.sh/api/v1/serviceToken/exchange`, `openapi.qoder.com.cn` in China); here
it is served on the same socket, outside the API prefix, at `EXCHANGE_PATH`:

    POST /api/v1/serviceToken/exchange
    Authorization: Bearer <service-account key>
    {"grant_type": "client_credentials", "audience": "qoder", "scope": "qca.access", "ttl_seconds": 600}

    200 {"access_token": "sat_...", "token_type": "Bearer", "expires_in": 600,
         "expires_at": "2026-...Z", "scope": "qca.access"}

A token lives `ttl_seconds` (1 to 43200; an hour when not asked), capped by the
`sa_token_seconds` knob, on the server's clock, so a test moves a `ManualClock` past its expiry
instead of waiting. The API then answers the token with 401 (`token_expired`), and a key sent to
the API instead of a token with 401 too. Only a server started with `sa_key=` (`--sa-key`) has
the endpoint.
"""

from __future__ import annotations

import secrets
import uuid
from typing import Any

from ._app import ApiError, App, Request, Response
from ._state import State, timestamp

__all__ = ["EXCHANGE_PATH", "MAX_TTL_SECONDS", "register"]

EXCHANGE_PATH = "/api/v1/serviceToken/exchange"
MAX_TTL_SECONDS = 43200
DEFAULT_TTL_SECONDS = 3600
_SCOPES = frozenset({"qca.access", "forward.access"})


def register(app: App, state: State, sa_key: str) -> None:
    """Serve the exchange for `sa_key`, and make the API accept the tokens it issues."""

    def exchange(request: Request) -> Response:
        if request.method != "POST":
            raise ApiError(405, "The token exchange answers POST only.")
        scheme, _, key = (request.header("authorization") or "").partition(" ")
        if scheme.lower() != "bearer" or not secrets.compare_digest(key.strip().encode(), sa_key.encode()):
            raise ApiError(401, "Invalid service-account key.", code="invalid_client")
        body = request.json_object()
        scope, ttl = _checked(body)
        with app.lock:
            granted = int(min(ttl, state.sa_token_seconds)) if state.sa_token_seconds else ttl
            granted = max(granted, 1)
            now = state.clock.time()
            token = "sat_" + secrets.token_urlsafe(24)
            state.service_tokens[token] = now + granted
        return Response(
            200,
            {
                "access_token": token,
                "token_type": "Bearer",
                "expires_in": granted,
                "expires_at": timestamp(now + granted),
                "scope": scope,
            },
            {"x-request-id": request.request_id or str(uuid.uuid4())},
        )

    def accepts(token: str) -> bool:
        """True for a live token of this exchange; 401 for an expired one or the key itself;
        False for any other token (the server's own token rule decides)."""
        if secrets.compare_digest(token.encode(), sa_key.encode()):
            raise ApiError(
                401, "A service-account key is not an API token: exchange it for one first.", code="invalid_token"
            )
        with app.lock:
            expires = state.service_tokens.get(token)
            if expires is None:
                return False
            if state.clock.time() >= expires:
                raise ApiError(401, "The service-account token has expired.", code="token_expired")
        return True

    app.mount(EXCHANGE_PATH, exchange)
    app.service_tokens = accepts


def _checked(body: dict[str, Any]) -> tuple[str, int]:
    """The requested scope and lifetime; 400 naming the field otherwise."""
    if body.get("grant_type") != "client_credentials":
        raise ApiError(
            400, "grant_type must be 'client_credentials'.", param="grant_type", code="unsupported_grant_type"
        )
    if body.get("audience") != "qoder":
        raise ApiError(400, "audience must be 'qoder'.", param="audience")
    scope = body.get("scope")
    names = scope.split() if isinstance(scope, str) else []
    if not names or not set(names) <= _SCOPES:
        raise ApiError(400, f"scope must name one or more of {sorted(_SCOPES)}, separated by spaces.", param="scope")
    ttl = body.get("ttl_seconds", DEFAULT_TTL_SECONDS)
    if isinstance(ttl, bool) or not isinstance(ttl, int) or not 1 <= ttl <= MAX_TTL_SECONDS:
        raise ApiError(400, f"ttl_seconds must be an integer from 1 to {MAX_TTL_SECONDS}.", param="ttl_seconds")
    return " ".join(dict.fromkeys(names)), ttl
