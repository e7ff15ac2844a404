"""Verifying the webhooks the API sends, and reading them as typed events.

    from qoder_cloud import webhooks

    event = webhooks.unwrap(request_body, request_headers, secret)   # raises on anything wrong
    if event.data.type == "session.status_idled":
        ...

A delivery is signed the Standard Webhooks way: `Webhook-Signature` holds one or more
space-separated `v1,<base64>` entries, each an HMAC-SHA256 of `<Webhook-ID>.<Webhook-Timestamp>.`
followed by the raw body, keyed with the endpoint's signing secret (`whsec_` and the key in
base64). `verify` accepts a delivery when one entry matches (compared in constant time) and its
timestamp is within `tolerance` seconds (300 by default) of now. Verify the raw bytes as received:
a body parsed and serialised again no longer matches.

Each failure has its own error, all `WebhookVerificationError`s (and so `QoderError`s): a header
missing, sent twice or malformed (`WebhookHeaderError`), no signature that matches, because the
body was changed or the secret is not this endpoint's (`WebhookSignatureError`), a timestamp
outside the window, a replay (`WebhookTimestampError`), a secret that is not a `whsec_` secret
(`WebhookSecretError`) and, for `unwrap`, a verified body that is not an event
(`WebhookPayloadError`). The secret never appears in an error or a log.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import time
from collections.abc import Iterable, Mapping
from typing import Any

from qoder_cloud_api.models import WebhookEvent

from ._exceptions import QoderError

__all__ = [
    "DEFAULT_TOLERANCE",
    "WebhookHeaderError",
    "WebhookPayloadError",
    "WebhookSecretError",
    "WebhookSignatureError",
    "WebhookTimestampError",
    "WebhookVerificationError",
    "unwrap",
    "verify",
]

DEFAULT_TOLERANCE = 300
"""Seconds a delivery's timestamp may be away from now."""

SECRET_PREFIX = "whsec_"
_KEY_BYTES = range(24, 65)  # the key lengths Qoder's signing secrets have
_ID, _TIMESTAMP, _SIGNATURE = "webhook-id", "webhook-timestamp", "webhook-signature"
_HEADER_NAMES = {_ID: "Webhook-ID", _TIMESTAMP: "Webhook-Timestamp", _SIGNATURE: "Webhook-Signature"}

Headers = Mapping[str, str] | Iterable[tuple[str, str]]
"""A request's headers: a mapping (a dict, `httpx.Headers`, a framework's headers object) or
`(name, value)` pairs; names in any case."""


class WebhookVerificationError(QoderError):
    """A webhook delivery could not be verified; do not act on it."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class WebhookHeaderError(WebhookVerificationError):
    """A signature header is missing, sent more than once, or malformed."""


class WebhookSignatureError(WebhookVerificationError):
    """No signature matches: the body or headers were changed, or the secret is not this endpoint's."""


class WebhookTimestampError(WebhookVerificationError):
    """The delivery was signed too long ago (or too far ahead): outside the tolerance, as a replay is."""

    def __init__(self, message: str, *, timestamp: int, now: float) -> None:
        super().__init__(message)
        self.timestamp = timestamp
        self.now = now


class WebhookSecretError(WebhookVerificationError, ValueError):
    """The secret given is not a signing secret (`whsec_` and a base64 key)."""


class WebhookPayloadError(WebhookVerificationError):
    """The body verified, but it is not a webhook event."""


def verify(
    payload: bytes | str,
    headers: Headers,
    secret: str,
    *,
    tolerance: float = DEFAULT_TOLERANCE,
    now: float | None = None,
) -> None:
    """Check that `payload` with `headers` is a delivery signed with `secret`, and recent.

    Args:
        payload: the raw request body, exactly as received (bytes, or text that encodes to them in UTF-8).
        headers: the request's headers.
        secret: the endpoint's signing secret (`whsec_...`).
        tolerance: seconds the `Webhook-Timestamp` may be away from `now`.
        now: the time to check against, in Unix seconds (default: the system clock).

    Raises a `WebhookVerificationError` subclass for every failure; returns None otherwise.
    """
    body = _body(payload)
    if isinstance(tolerance, bool) or not isinstance(tolerance, (int, float)) or tolerance < 0:
        raise ValueError(f"tolerance must be a non-negative number of seconds, got {tolerance!r}")
    key = _key(secret)
    values = _signature_headers(headers)
    webhook_id, stamp = values[_ID], values[_TIMESTAMP]
    if not webhook_id or any(mark in webhook_id for mark in ".\r\n"):
        raise WebhookHeaderError("the Webhook-ID header must be non-empty and hold no '.', CR or LF")
    if not stamp.isascii() or not stamp.isdigit():
        raise WebhookHeaderError(f"the Webhook-Timestamp header must be Unix seconds, got {stamp[:40]!r}")
    candidates = [entry[3:] for entry in values[_SIGNATURE].split() if entry.startswith("v1,")]
    if not candidates:
        raise WebhookSignatureError("the Webhook-Signature header holds no v1 signature")
    signed = f"{webhook_id}.{stamp}.".encode() + body
    expected = base64.b64encode(hmac.new(key, signed, hashlib.sha256).digest())
    matched = False
    for candidate in candidates:  # every entry is compared, in constant time
        matched |= hmac.compare_digest(expected, candidate.encode("ascii", "replace"))
    if not matched:
        raise WebhookSignatureError(
            "no signature matches: the body or headers were changed, or the secret is not this endpoint's"
        )
    timestamp = int(stamp)
    current = time.time() if now is None else now
    if abs(current - timestamp) > tolerance:
        age = current - timestamp
        when = f"{age:.0f} s ago" if age > 0 else f"{-age:.0f} s in the future"
        raise WebhookTimestampError(
            f"the delivery was signed {when}, outside the {tolerance:g} s tolerance (a replay, or a clock that is off)",
            timestamp=timestamp,
            now=current,
        )


def unwrap(
    payload: bytes | str,
    headers: Headers,
    secret: str,
    *,
    tolerance: float = DEFAULT_TOLERANCE,
    now: float | None = None,
) -> WebhookEvent:
    """`verify` the delivery, then parse it: the typed event (`event.data.type`, `event.data.id`).

    An event type this client does not know is kept (its `data.type` holds the text), as are
    fields it does not know. Raises what `verify` raises, and `WebhookPayloadError` for a verified
    body that is not an event.
    """
    verify(payload, headers, secret, tolerance=tolerance, now=now)
    try:
        decoded: Any = json.loads(_body(payload))
    except ValueError:
        raise WebhookPayloadError("the verified body is not JSON") from None
    if not isinstance(decoded, dict):
        raise WebhookPayloadError(f"the verified body is a JSON {type(decoded).__name__}, not an event object")
    try:
        return WebhookEvent.from_dict(decoded)
    except (KeyError, ValueError, TypeError, AttributeError) as error:
        problem = f"{type(error).__name__}: {error}"
        raise WebhookPayloadError(f"the verified body is not a webhook event: {problem}") from None


def _body(payload: bytes | str) -> bytes:
    if isinstance(payload, (bytes, bytearray, memoryview)):
        return bytes(payload)
    if isinstance(payload, str):
        return payload.encode("utf-8")
    raise TypeError(
        f"payload must be the raw request body (bytes or str), got {type(payload).__name__}: "
        "verify before parsing, since a parsed and re-serialised body no longer matches its signature"
    )


def _key(secret: str) -> bytes:
    """The HMAC key of a `whsec_` secret; the errors never show the secret."""
    if not isinstance(secret, str):
        raise WebhookSecretError(f"the secret must be a string, got {type(secret).__name__}")
    if not secret.startswith(SECRET_PREFIX):
        raise WebhookSecretError("the secret is not a signing secret: it must start with 'whsec_'")
    encoded = secret[len(SECRET_PREFIX) :]
    try:
        key = base64.b64decode(encoded, validate=True)
    except (binascii.Error, ValueError):
        raise WebhookSecretError("the secret is not a signing secret: what follows 'whsec_' is not base64") from None
    if len(key) not in _KEY_BYTES or base64.b64encode(key).decode() != encoded:
        raise WebhookSecretError(
            f"the secret is not a signing secret: its key must be {_KEY_BYTES.start} to {_KEY_BYTES.stop - 1} bytes "
            "in canonical base64"
        )
    return key


def _signature_headers(headers: Headers) -> dict[str, str]:
    """The three signature headers, each exactly once (names in any case)."""
    found: dict[str, list[str]] = {name: [] for name in _HEADER_NAMES}
    for name, value in _pairs(headers):
        lowered = name.lower() if isinstance(name, str) else name
        if lowered in found:
            found[lowered].append(value if isinstance(value, str) else str(value))
    for name, values in found.items():
        if not values:
            raise WebhookHeaderError(f"the {_HEADER_NAMES[name]} header is missing")
        if len(values) > 1:
            raise WebhookHeaderError(f"the {_HEADER_NAMES[name]} header was sent {len(values)} times")
    return {name: values[0].strip(" \t") for name, values in found.items()}  # CR and LF stay, to be refused


def _pairs(headers: Headers) -> list[tuple[str, str]]:
    multi_items = getattr(headers, "multi_items", None)  # httpx.Headers keeps repeated headers apart here
    if callable(multi_items):
        return list(multi_items())
    if isinstance(headers, Mapping):
        return list(headers.items())
    if isinstance(headers, (str, bytes)):
        raise TypeError("headers must be a mapping or (name, value) pairs, not a string")
    return list(headers)
