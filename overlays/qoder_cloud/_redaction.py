"""Keeping secrets out of errors: the token and the secrets a request carried are masked wherever
an error would show them (its message, its decoded body, its raw text).

A server that echoes a request in an error message must not put a secret into an exception.
The values to mask are worked out only when an error is built (`secrets_of`).
"""

from __future__ import annotations

import json
from typing import Any

import httpx

__all__ = ["SECRET_FIELDS", "redacted", "scrubbed", "secret_values", "secrets_of"]

SECRET_FIELDS = frozenset(
    {"token", "access_token", "refresh_token", "client_secret", "secret_value", "authorization_token", "password"}
)
"""Request fields whose values are secrets: every `writeOnly` property of openapi.yaml
(`tests/test_spec.py` keeps the two in step)."""

MASK = "[REDACTED]"


def secret_values(body: object) -> tuple[str, ...]:
    """Every string sent under a secret field name anywhere in a JSON request body."""
    found: list[str] = []

    def walk(value: object) -> None:
        if isinstance(value, dict):
            for key, item in value.items():
                if key in SECRET_FIELDS and isinstance(item, str) and item:
                    found.append(item)
                else:
                    walk(item)
        elif isinstance(value, (list, tuple)):
            for item in value:
                walk(item)

    walk(body)
    return tuple(found)


def secrets_of(request: httpx.Request, token: str) -> tuple[str, ...]:
    """What an error for `request` must not show: the token and the secrets in its JSON body."""
    if not request.headers.get("content-type", "").startswith("application/json"):
        return (token,)
    try:
        body = json.loads(request.content)
    except ValueError:
        return (token,)
    return (token, *secret_values(body))


def redacted(text: str, secrets: tuple[str, ...]) -> str:
    """`text` with each secret masked, also in the escaped forms a JSON body would carry it in."""
    for secret in sorted(filter(None, secrets), key=len, reverse=True):
        for form in (secret, json.dumps(secret)[1:-1], json.dumps(secret, ensure_ascii=False)[1:-1]):
            if form in text:
                text = text.replace(form, MASK)
    return text


def scrubbed(value: Any, secrets: tuple[str, ...]) -> Any:
    """A decoded JSON value with each secret masked in every string (keys included)."""
    if not secrets:
        return value
    if isinstance(value, str):
        return redacted(value, secrets)
    if isinstance(value, dict):
        return {redacted(str(key), secrets): scrubbed(item, secrets) for key, item in value.items()}
    if isinstance(value, list):
        return [scrubbed(item, secrets) for item in value]
    return value
