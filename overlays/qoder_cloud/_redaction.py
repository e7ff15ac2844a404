"""Keeping secrets out of errors: the token, any credential header a request carried, and the
secrets in its body are masked wherever an error would show them (its message, its decoded body,
the copies of the request and the response it keeps).

A server that echoes a request in an error message must not put a secret into an exception.
The values to mask are worked out only when an error is built (`secrets_of`), and are held in a
`Secrets`, whose `repr` shows none of them: a traceback that captures frame locals (`pytest -l`,
Sentry) prints `<Secrets: 2 values>`.

A value shorter than `MIN_SECRET_LENGTH` is not searched for in text: it cannot be told apart
from ordinary words (a one-letter test token would turn "not found" into "no[REDACTED] found").
One shorter than `SHORT_SECRET_LENGTH` is masked only where it stands alone (not inside a
longer word). Such values are still masked where they are known to be secrets: in credential
headers and under secret field names.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from typing import Any, NoReturn
from urllib.parse import parse_qsl, urlencode

import httpx

from ._decoding import rebuilt_response

__all__ = [
    "MASK",
    "MIN_SECRET_LENGTH",
    "SHORT_SECRET_LENGTH",
    "SECRET_FIELDS",
    "SECRET_HEADERS",
    "SecretStr",
    "Secrets",
    "masked_in_repr",
    "redacted_request",
    "redacted_response",
    "secret_values",
    "secrets_of",
]

SECRET_FIELDS = frozenset(
    {"token", "access_token", "refresh_token", "client_secret", "secret_value", "authorization_token", "password"}
)
"""Request fields whose values are secrets: every `writeOnly` property of openapi.yaml
(`tests/test_spec.py` keeps the two in step)."""

SECRET_HEADERS = frozenset({"authorization", "proxy-authorization", "x-api-key", "cookie", "set-cookie"})
"""Headers whose values are credentials, masked whole in the request and response copies."""

MASK = "[REDACTED]"
MIN_SECRET_LENGTH = 4
SHORT_SECRET_LENGTH = 16
_TOKEN_CHARACTER = r"[\w-]"  # a short secret inside a longer word is not that secret

_BODY_COPY_LIMIT = 64 * 1024
"""A request body larger than this (or not text) is left out of the copy an error keeps."""


class Secrets:
    """The values an error must not show. Its `repr` shows only how many there are."""

    __slots__ = ("_findable", "_values")

    def __init__(self, values: Iterable[str]) -> None:
        distinct = {value for value in values if isinstance(value, str) and value}
        self._values = frozenset(distinct)
        findable = sorted((value for value in distinct if len(value) >= MIN_SECRET_LENGTH), key=len, reverse=True)
        self._findable = tuple(
            (secret, _standalone(secret) if len(secret) < SHORT_SECRET_LENGTH else None) for secret in findable
        )

    def __repr__(self) -> str:
        return f"<Secrets: {len(self._values)} values>"

    def __reduce__(self) -> NoReturn:
        raise TypeError("Secrets cannot be pickled")

    def __contains__(self, value: object) -> bool:
        return value in self._values

    def mask(self, text: str) -> str:
        """`text` with each secret masked, also in the escaped forms JSON or a bytes repr give it."""
        for secret, standalone in self._findable:
            if standalone is not None:
                text = standalone.sub(MASK, text)
                continue
            for form in _forms(secret):
                if form in text:
                    text = text.replace(form, MASK)
        return text

    def scrub(self, value: Any) -> Any:
        """A decoded JSON value with each secret masked in every string (keys included), and
        every value under a secret field name masked whatever it is."""
        if isinstance(value, str):
            return self.mask(value)
        if isinstance(value, dict):
            return {
                self.mask(str(key)): MASK if key in SECRET_FIELDS and item else self.scrub(item)
                for key, item in value.items()
            }
        if isinstance(value, list):
            return [self.scrub(item) for item in value]
        return value

    def header(self, name: str, value: str) -> str:
        """A header value as an error may show it: credential headers masked whole."""
        return MASK if name.lower() in SECRET_HEADERS else self.mask(value)


class SecretStr(str):
    """A secret sent in a request body: an ordinary string (JSON encodes it as one) whose `repr`
    is masked, so the request a frame holds while it is sent shows no secret."""

    __slots__ = ()

    def __repr__(self) -> str:
        return repr(MASK)


def masked_in_repr(body: Any) -> Any:
    """A JSON request body with every string under a secret field name made a `SecretStr`."""
    if isinstance(body, dict):
        return {
            key: SecretStr(item) if key in SECRET_FIELDS and isinstance(item, str) else masked_in_repr(item)
            for key, item in body.items()
        }
    if isinstance(body, list):
        return [masked_in_repr(item) for item in body]
    return body


def _standalone(secret: str) -> re.Pattern[str]:
    """A short secret in any of its forms, but not inside a longer word or token."""
    forms = "|".join(re.escape(form) for form in sorted(set(_forms(secret)), key=len, reverse=True))
    return re.compile(f"(?<!{_TOKEN_CHARACTER})(?:{forms})(?!{_TOKEN_CHARACTER})")


def _forms(secret: str) -> tuple[str, ...]:
    return (
        secret,
        json.dumps(secret)[1:-1],
        json.dumps(secret, ensure_ascii=False)[1:-1],
        repr(secret.encode("utf-8", "backslashreplace"))[2:-1],
    )


def secret_values(body: object) -> list[str]:
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
    return found


def secrets_of(request: httpx.Request, *known: str) -> Secrets:
    """What an error for `request` must not show: the `known` values (the client's token), every
    credential header it carried (an `extra_headers` Authorization too), and the secrets in its
    JSON or form body."""
    values = list(known)
    for name, value in request.headers.multi_items():
        if name in SECRET_HEADERS:
            scheme, _, credential = value.partition(" ")  # "Bearer <token>": the scheme may show
            values.append(credential.strip() if credential.strip() else value)
    body = _decoded_body(request)
    if isinstance(body, dict):
        values.extend(secret_values(body))
    return Secrets(values)


def _decoded_body(request: httpx.Request) -> object:
    kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
    try:
        content = request.content
    except httpx.RequestNotRead:
        return None
    if not content:
        return None
    try:
        if kind == "application/json" or kind.endswith("+json"):
            return json.loads(content)
        if kind == "application/x-www-form-urlencoded":
            return dict(parse_qsl(content.decode("utf-8"), keep_blank_values=True))
    except ValueError:
        return None
    return None


def redacted_request(request: httpx.Request, secrets: Secrets) -> httpx.Request:
    """A copy of `request` an error can keep: credential headers masked, secrets masked in the
    URL, the headers and the body; a body that is not small text is left out."""
    headers = [
        (name, secrets.header(name, value))
        for name, value in request.headers.multi_items()
        if name not in ("content-length", "transfer-encoding")
    ]
    return httpx.Request(
        request.method, secrets.mask(str(request.url)), headers=headers, content=_body_copy(request, secrets)
    )


def _body_copy(request: httpx.Request, secrets: Secrets) -> bytes:
    try:
        content = request.content
    except httpx.RequestNotRead:
        return b""
    if not content or len(content) > _BODY_COPY_LIMIT:
        return b""
    body = _decoded_body(request)
    kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if isinstance(body, dict) and kind == "application/x-www-form-urlencoded":
        return urlencode(secrets.scrub(body)).encode()
    if body is not None:
        return json.dumps(secrets.scrub(body), ensure_ascii=False).encode()
    if kind.startswith("text/"):
        return secrets.mask(content.decode("utf-8", "replace")).encode()
    return b""


def redacted_response(response: httpx.Response, text: str, request: httpx.Request, secrets: Secrets) -> httpx.Response:
    """A copy of `response` an error can keep: `text` (already masked) as its body, credential
    headers masked, attached to the masked `request`."""
    headers = [(name, secrets.header(name, value)) for name, value in response.headers.multi_items()]
    content = text.encode(response.encoding or "utf-8", "replace")
    return rebuilt_response(response, content, request, headers)
