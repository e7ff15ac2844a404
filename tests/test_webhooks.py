"""`qoder_cloud.webhooks` (verify, unwrap) and the local server's signed webhooks: the scheme,
each refusal with its own error, the secret kept out of every error, and deliveries from the local
server, retried until the receiver acknowledges them, that verify end to end."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import subprocess
import sys
from typing import Any

import httpx
import pytest

from qoder_cloud import QoderCloud, QoderError, webhooks
from qoder_cloud.testing import LocalServer
from qoder_cloud.webhooks import (
    WebhookHeaderError,
    WebhookPayloadError,
    WebhookSecretError,
    WebhookSignatureError,
    WebhookTimestampError,
    WebhookVerificationError,
)
from qoder_cloud_api.models import WebhookEvent, WebhookEventType

from .support.sessions_setup import new_session, user_message
from .support.webhook_receiver import WebhookReceiver
from .support.work import wait_until

KEY = bytes(range(32))
SECRET = "whsec_" + base64.b64encode(KEY).decode()
OTHER_SECRET = "whsec_" + base64.b64encode(bytes(range(1, 33))).decode()
NOW = 1_800_000_000
BODY = json.dumps(
    {
        "type": "event",
        "id": "whe_01",
        "created_at": "2027-01-15T08:00:00Z",
        "data": {"type": "session.status_idled", "id": "sess_01", "schema_version": 1},
    }
).encode()


def signature(body: bytes, webhook_id: str = "whe_01", timestamp: int = NOW, key: bytes = KEY) -> str:
    digest = hmac.new(key, f"{webhook_id}.{timestamp}.".encode() + body, hashlib.sha256).digest()
    return "v1," + base64.b64encode(digest).decode()


def headers(body: bytes = BODY, **overrides: str) -> dict[str, str]:
    sent = {"Webhook-ID": "whe_01", "Webhook-Timestamp": str(NOW), "Webhook-Signature": signature(body)}
    sent.update({name.replace("_", "-"): value for name, value in overrides.items()})
    return sent


def test_a_signed_delivery_verifies_and_unwraps_into_the_typed_event() -> None:
    webhooks.verify(BODY, headers(), SECRET, now=NOW)
    webhooks.verify(BODY.decode(), headers(), SECRET, now=NOW)  # text is encoded as UTF-8

    event = webhooks.unwrap(BODY, headers(), SECRET, now=NOW)
    assert isinstance(event, WebhookEvent)
    assert event.id == "whe_01" and event.type_ == "event"
    assert event.data.type_ == WebhookEventType.SESSION_STATUS_IDLED
    assert event.data.id == "sess_01" and event.data.schema_version == 1


def test_one_matching_signature_among_several_is_enough() -> None:
    entries = f"v1,{base64.b64encode(b'x' * 32).decode()} v1a,ZWQyNTUxOQ== {signature(BODY)}"
    webhooks.verify(BODY, headers(Webhook_Signature=entries), SECRET, now=NOW)


def test_header_names_are_read_in_any_case_from_mappings_and_pairs() -> None:
    lowered = {name.lower(): value for name, value in headers().items()}
    webhooks.verify(BODY, lowered, SECRET, now=NOW)
    webhooks.verify(BODY, list(headers().items()), SECRET, now=NOW)
    webhooks.verify(BODY, httpx.Headers(headers()), SECRET, now=NOW)


def test_a_tampered_body_is_refused() -> None:
    tampered = BODY.replace(b"sess_01", b"sess_02")
    with pytest.raises(WebhookSignatureError, match="no signature matches"):
        webhooks.verify(tampered, headers(), SECRET, now=NOW)


def test_a_wrong_secret_is_refused() -> None:
    with pytest.raises(WebhookSignatureError, match="not this endpoint's"):
        webhooks.verify(BODY, headers(), OTHER_SECRET, now=NOW)


def test_a_changed_id_or_timestamp_breaks_the_signature() -> None:
    with pytest.raises(WebhookSignatureError):
        webhooks.verify(BODY, headers(Webhook_ID="whe_02"), SECRET, now=NOW)
    with pytest.raises(WebhookSignatureError):
        webhooks.verify(BODY, headers(Webhook_Timestamp=str(NOW + 1)), SECRET, now=NOW)


@pytest.mark.parametrize(("offset", "accepted"), [(0, True), (300, True), (-300, True), (301, False), (-301, False)])
def test_the_timestamp_must_be_within_300_seconds(offset: int, accepted: bool) -> None:
    if accepted:
        webhooks.verify(BODY, headers(), SECRET, now=NOW + offset)
        return
    with pytest.raises(WebhookTimestampError) as caught:
        webhooks.verify(BODY, headers(), SECRET, now=NOW + offset)
    assert caught.value.timestamp == NOW and caught.value.now == NOW + offset
    assert ("ago" if offset > 0 else "in the future") in str(caught.value)


def test_the_tolerance_can_be_chosen() -> None:
    webhooks.verify(BODY, headers(), SECRET, now=NOW + 3600, tolerance=3600)
    with pytest.raises(WebhookTimestampError):
        webhooks.verify(BODY, headers(), SECRET, now=NOW + 11, tolerance=10)
    with pytest.raises(ValueError, match="tolerance must be a non-negative number"):
        webhooks.verify(BODY, headers(), SECRET, tolerance=-1)


def test_the_system_clock_is_the_default() -> None:
    with pytest.raises(WebhookTimestampError):  # NOW is in 2027; this test runs before it
        webhooks.verify(BODY, headers(), SECRET)


@pytest.mark.parametrize("missing", ["Webhook-ID", "Webhook-Timestamp", "Webhook-Signature"])
def test_a_missing_header_is_refused_by_name(missing: str) -> None:
    sent = {name: value for name, value in headers().items() if name != missing}
    with pytest.raises(WebhookHeaderError, match=f"the {missing} header is missing"):
        webhooks.verify(BODY, sent, SECRET, now=NOW)


def test_a_header_sent_twice_is_refused() -> None:
    pairs = [*headers().items(), ("webhook-signature", signature(BODY))]
    with pytest.raises(WebhookHeaderError, match="Webhook-Signature header was sent 2 times"):
        webhooks.verify(BODY, pairs, SECRET, now=NOW)
    both_cases = {**headers(), "webhook-id": "whe_01"}
    with pytest.raises(WebhookHeaderError, match="Webhook-ID header was sent 2 times"):
        webhooks.verify(BODY, both_cases, SECRET, now=NOW)
    repeated = httpx.Headers([*headers().items(), ("Webhook-Timestamp", str(NOW))])
    with pytest.raises(WebhookHeaderError, match="Webhook-Timestamp header was sent 2 times"):
        webhooks.verify(BODY, repeated, SECRET, now=NOW)


@pytest.mark.parametrize("webhook_id", ["whe.01", "whe_01\r", "whe\n01", ""])
def test_an_id_with_a_dot_cr_or_lf_is_refused(webhook_id: str) -> None:
    sent = headers(Webhook_ID=webhook_id)
    sent["Webhook-Signature"] = signature(BODY, webhook_id=webhook_id)
    with pytest.raises(WebhookHeaderError, match="Webhook-ID"):
        webhooks.verify(BODY, sent, SECRET, now=NOW)


@pytest.mark.parametrize("stamp", ["1.8e9", "-5", "soon", "１２３"])
def test_a_timestamp_that_is_not_unix_seconds_is_refused(stamp: str) -> None:
    with pytest.raises(WebhookHeaderError, match="Webhook-Timestamp header must be Unix seconds"):
        webhooks.verify(BODY, headers(Webhook_Timestamp=stamp), SECRET, now=NOW)


def test_a_signature_header_without_a_v1_entry_is_refused() -> None:
    with pytest.raises(WebhookSignatureError, match="no v1 signature"):
        webhooks.verify(BODY, headers(Webhook_Signature="v1a,c2lnbmF0dXJl v2,abc"), SECRET, now=NOW)


@pytest.mark.parametrize(
    ("secret", "why"),
    [
        (base64.b64encode(KEY).decode(), "must start with 'whsec_'"),
        ("whsec_not base64!", "is not base64"),
        ("whsec_" + base64.b64encode(b"short").decode(), "24 to 64 bytes"),
        ("whsec_" + base64.b64encode(bytes(65)).decode(), "24 to 64 bytes"),
    ],
)
def test_a_secret_that_is_not_a_signing_secret_is_refused_without_showing_it(secret: str, why: str) -> None:
    with pytest.raises(WebhookSecretError, match=why) as caught:
        webhooks.verify(BODY, headers(), secret, now=NOW)
    assert isinstance(caught.value, ValueError)
    assert secret not in str(caught.value) and secret[6:] not in repr(caught.value)


def test_no_error_shows_the_secret() -> None:
    failures: list[Any] = [
        lambda: webhooks.verify(BODY + b" ", headers(), SECRET, now=NOW),
        lambda: webhooks.verify(BODY, headers(), SECRET, now=NOW + 999),
        lambda: webhooks.verify(BODY, {}, SECRET, now=NOW),
        lambda: webhooks.unwrap(b"[]", headers(b"[]"), SECRET, now=NOW),
    ]
    for failure in failures:
        with pytest.raises(WebhookVerificationError) as caught:
            failure()
        for shown in (str(caught.value), repr(caught.value), repr(caught.value.args)):
            assert SECRET not in shown and SECRET[6:] not in shown


def test_the_payload_must_be_the_raw_body() -> None:
    with pytest.raises(TypeError, match="raw request body"):
        webhooks.verify(json.loads(BODY), headers(), SECRET, now=NOW)  # type: ignore[arg-type]


def test_unwrap_keeps_unknown_event_types_and_fields() -> None:
    body = json.dumps(
        {
            "type": "event",
            "id": "whe_02",
            "data": {"type": "agent.updated", "id": "agent_01", "schema_version": 2, "version": 7},
            "delivered_by": "edge-3",
        }
    ).encode()
    event = webhooks.unwrap(body, {**headers(body), "Webhook-ID": "whe_01"}, SECRET, now=NOW)
    assert event.data.type_ == "agent.updated" and event.data.type_.name == "UNKNOWN"
    assert event.data["version"] == 7 and event["delivered_by"] == "edge-3"


@pytest.mark.parametrize(
    ("body", "why"), [(b"not json", "not JSON"), (b"[1]", "JSON list"), (b'{"id": "whe_01"}', "not a webhook event")]
)
def test_unwrap_refuses_a_verified_body_that_is_not_an_event(body: bytes, why: str) -> None:
    with pytest.raises(WebhookPayloadError, match=why):
        webhooks.unwrap(body, headers(body), SECRET, now=NOW)


def test_every_webhook_error_is_a_qoder_error() -> None:
    for error in (WebhookHeaderError, WebhookSignatureError, WebhookTimestampError, WebhookSecretError):
        assert issubclass(error, WebhookVerificationError) and issubclass(error, QoderError)
    assert issubclass(WebhookPayloadError, WebhookVerificationError)


# ------------------------------------------------------------------ from the local server


def kinds(received: list[Any]) -> list[str]:
    return [json.loads(delivery.body)["data"]["type"] for delivery in received]


def test_the_local_server_posts_session_events_that_verify(client: QoderCloud, server: LocalServer) -> None:
    with WebhookReceiver() as receiver:
        endpoint = server.add_webhook_endpoint(receiver.url)
        session = new_session(client)
        client.events.run_turn(session.id, "hello")
        client.sessions.archive(session.id)
        received = receiver.wait_for(4)
    assert kinds(received) == [
        "session.created",
        "session.status_run_started",
        "session.status_idled",
        "session.archived",
    ]
    for delivery in received:
        event = webhooks.unwrap(delivery.body, delivery.headers, endpoint.secret)
        assert event.data.id == session.id
        assert delivery.header("Webhook-ID") == event.id and event.id.startswith("whe_")
        assert delivery.header("Webhook-Event-Type") == event.data.type_
        assert delivery.header("Content-Type").startswith("application/json")
    assert endpoint.secret not in repr(endpoint)


def test_a_delivery_is_retried_until_the_receiver_acknowledges_it(client: QoderCloud, server: LocalServer) -> None:
    server.state.webhooks.retry_delays = (0.01, 0.01, 0.01)
    with WebhookReceiver(statuses=[500, 503]) as receiver:
        endpoint = server.add_webhook_endpoint(receiver.url, events=["session.created"])
        session = new_session(client)
        attempts = receiver.wait_for(3)
    assert [attempt.status for attempt in attempts] == [500, 503, 204]
    assert len({attempt.header("Webhook-ID") for attempt in attempts}) == 1, "one event, three attempts"
    for attempt in attempts:  # each attempt is signed on its own and verifies
        assert webhooks.unwrap(attempt.body, attempt.headers, endpoint.secret).data.id == session.id
    wait_until(lambda: len(endpoint.deliveries) == 3, what="the server to record its third attempt")
    assert [(d.attempt, d.status) for d in endpoint.deliveries] == [(1, 500), (2, 503), (3, 204)]


def test_a_delivery_is_given_up_after_the_last_retry(client: QoderCloud, server: LocalServer) -> None:
    server.state.webhooks.retry_delays = (0.01,)
    with WebhookReceiver(statuses=[500, 500, 500]) as receiver:
        endpoint = server.add_webhook_endpoint(receiver.url, events=["session.created"])
        new_session(client)
        receiver.wait_for(2)
        new_session(client)  # the next event goes out: the first was given up after two attempts
        attempts = receiver.wait_for(3)
    assert attempts[0].header("Webhook-ID") == attempts[1].header("Webhook-ID") != attempts[2].header("Webhook-ID")
    assert [d.attempt for d in endpoint.deliveries][:2] == [1, 2]


def test_deliveries_from_the_local_server_are_refused_when_tampered_old_or_under_a_wrong_secret(
    client: QoderCloud, server: LocalServer
) -> None:
    with WebhookReceiver() as receiver:
        endpoint = server.add_webhook_endpoint(receiver.url, events=["session.created"])
        new_session(client)
        [delivery] = receiver.wait_for(1)
    stamp = int(delivery.header("Webhook-Timestamp"))
    webhooks.verify(delivery.body, delivery.headers, endpoint.secret)
    with pytest.raises(WebhookSignatureError):
        tampered = delivery.body.replace(b"session.created", b"session.deleted")
        webhooks.verify(tampered, delivery.headers, endpoint.secret)
    with pytest.raises(WebhookTimestampError):
        webhooks.verify(delivery.body, delivery.headers, endpoint.secret, now=stamp + 301)
    with pytest.raises(WebhookSignatureError):
        webhooks.verify(delivery.body, delivery.headers, OTHER_SECRET)
    with pytest.raises(WebhookSecretError):
        webhooks.verify(delivery.body, delivery.headers, endpoint.secret[6:])


def test_an_endpoint_gets_only_the_events_it_asked_for(client: QoderCloud, server: LocalServer) -> None:
    with WebhookReceiver() as receiver:
        server.add_webhook_endpoint(receiver.url, events=["session.status_idled"], secret=SECRET)
        session = new_session(client)
        client.events.send(session.id, events=[user_message("one")])
        [delivery] = receiver.wait_for(1)
    event = webhooks.unwrap(delivery.body, delivery.headers, SECRET)
    assert event.data.type_ == "session.status_idled"


def test_endpoint_settings_are_checked(server: LocalServer) -> None:
    with pytest.raises(ValueError, match="http or https URL"):
        server.add_webhook_endpoint("ftp://127.0.0.1/hooks")
    with pytest.raises(ValueError, match="at least one event type"):
        server.add_webhook_endpoint("http://127.0.0.1:9/hooks", events=[])


@pytest.mark.parametrize("own_secret", [True, False], ids=["QODER_WEBHOOK_SECRET", "a new secret"])
def test_the_command_line_server_posts_webhooks(own_secret: bool) -> None:
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    env.pop("QODER_WEBHOOK_SECRET", None)
    if own_secret:
        env["QODER_WEBHOOK_SECRET"] = SECRET
    with WebhookReceiver() as receiver:
        command = [sys.executable, "-m", "qoder_cloud.testing", "--port", "0", "--webhook-url", receiver.url]
        with subprocess.Popen(command, stdout=subprocess.PIPE, text=True, env=env) as process:
            assert process.stdout is not None
            try:
                base_url = process.stdout.readline().split()[-1]
                assert process.stdout.readline().strip() == f"Posting webhooks to {receiver.url}"
                secret = SECRET if own_secret else process.stdout.readline().split()[-1]
                with QoderCloud(token="pt-cli", base_url=base_url) as client:
                    session = new_session(client)
                [delivery] = receiver.wait_for(1)
            finally:
                process.terminate()
                assert process.wait(timeout=10) == 0
    assert webhooks.unwrap(delivery.body, delivery.headers, secret).data.id == session.id
