"""Webhooks from the local server: session events, signed and posted to endpoints you register.

    with LocalServer() as server:
        endpoint = server.add_webhook_endpoint("http://127.0.0.1:9000/hooks")
        ...                      # endpoint.secret verifies what arrives there

Each endpoint gets its own delivery thread. A delivery is a `POST` of the event envelope
(`{"type": "event", "id": "whe_...", "created_at": ..., "data": {"type", "id", "schema_version"}}`)
with `Webhook-ID`, `Webhook-Timestamp`, `Webhook-Event-Type` and a `Webhook-Signature` of
`v1,` + base64(HMAC-SHA256(key, "<id>.<timestamp>." + body)). Any 2xx answer is an
acknowledgement; any other answer, or a connection that fails, is retried after each of
`retry_delays` in turn (with the same `Webhook-ID`, signed again), then given up.

The events: `session.created`, `session.updated`, `session.archived`, `session.deleted`,
`session.status_run_started` (the session went `running`) and `session.status_idled` (it went
`idle`). The signing is written here from the scheme, independently of `qoder_cloud.webhooks`, so
that the tests of one check the other.
"""

from __future__ import annotations

import base64
import datetime
import hashlib
import hmac
import json
import queue
import secrets
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from . import _common as common

__all__ = ["Delivery", "WebhookEndpoint", "Webhooks", "new_secret"]

# The event types of the session log, as webhook events.
FROM_SESSION_EVENTS = {
    "session.status_running": "session.status_run_started",
    "session.status_idle": "session.status_idled",
    "session.updated": "session.updated",
    "session.deleted": "session.deleted",
}
USER_AGENT = "QoderCloudAgents-Webhook/1.0"
_OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}))  # straight to the receiver, never a proxy


def new_secret() -> str:
    """A fresh signing secret: `whsec_` and 32 random bytes in base64."""
    return "whsec_" + base64.b64encode(secrets.token_bytes(32)).decode()


@dataclass
class Delivery:
    """One attempt to deliver an event (kept for tests and for a look at what was sent)."""

    event_id: str
    event_type: str
    attempt: int
    status: int | None  # the HTTP status, or None when the request failed
    error: str | None = None


@dataclass
class WebhookEndpoint:
    """A registered receiver. `secret` signs its deliveries (it never shows in a repr)."""

    id: str
    url: str
    events: frozenset[str] | None  # None: every event
    secret: str = field(repr=False)
    deliveries: list[Delivery] = field(default_factory=list, repr=False)
    _queue: queue.Queue[dict[str, Any] | None] = field(default_factory=queue.Queue, repr=False)
    _thread: threading.Thread | None = field(default=None, repr=False)

    def wants(self, event_type: str) -> bool:
        return self.events is None or event_type in self.events


@dataclass
class Webhooks:
    """The server's endpoints, and the knobs tests may turn."""

    endpoints: list[WebhookEndpoint] = field(default_factory=list)
    retry_delays: tuple[float, ...] = (0.5, 2.0, 10.0, 60.0)
    """Seconds before each retry of a delivery that failed; after the last one it is given up."""
    timeout: float = 10.0
    """Seconds to wait for a receiver's answer."""
    clock: Callable[[], float] = time.time
    """The time deliveries are signed with (`Webhook-Timestamp`) and events are stamped with; the
    server's clock once the server's state is made."""
    stopping: threading.Event = field(default_factory=threading.Event)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def add(self, url: str, *, events: Iterable[str] | None = None, secret: str | None = None) -> WebhookEndpoint:
        if not url.startswith(("http://", "https://")):
            raise ValueError(f"url must be an http or https URL, got {url!r}")
        wanted = None if events is None else frozenset(events)
        if wanted is not None and "*" in wanted:
            wanted = None
        elif wanted is not None and not wanted:
            raise ValueError("events must name at least one event type, or '*' (or None) for every event")
        endpoint = WebhookEndpoint(common.new_id("we"), url, wanted, secret or new_secret())
        endpoint._thread = threading.Thread(
            target=self._deliver_all, args=(endpoint,), name="qoder-local-webhooks", daemon=True
        )
        with self._lock:
            self.endpoints.append(endpoint)
        endpoint._thread.start()
        return endpoint

    def publish(self, event_type: str, resource_id: str) -> None:
        """Queue the event for every endpoint that wants it."""
        with self._lock:
            receivers = [endpoint for endpoint in self.endpoints if endpoint.wants(event_type)]
        if not receivers:
            return
        at = datetime.datetime.fromtimestamp(self.clock(), datetime.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
        event = {
            "type": "event",
            "id": common.new_id("whe"),
            "created_at": at,
            "data": {"type": event_type, "id": resource_id, "schema_version": 1},
        }
        for endpoint in receivers:
            endpoint._queue.put(event)

    def publish_session_event(self, session_id: str, event_type: str) -> None:
        """Publish what a session's stored event means for webhooks, if anything."""
        webhook_type = FROM_SESSION_EVENTS.get(event_type)
        if webhook_type is not None:
            self.publish(webhook_type, session_id)

    def stop(self) -> None:
        self.stopping.set()
        with self._lock:
            endpoints = list(self.endpoints)
        for endpoint in endpoints:
            endpoint._queue.put(None)
        for endpoint in endpoints:
            if endpoint._thread is not None:
                endpoint._thread.join(timeout=5)

    # ------------------------------------------------------------------ delivery

    def _deliver_all(self, endpoint: WebhookEndpoint) -> None:
        while not self.stopping.is_set():
            event = endpoint._queue.get()
            if event is None:
                return
            self._deliver(endpoint, event)

    def _deliver(self, endpoint: WebhookEndpoint, event: dict[str, Any]) -> None:
        body = json.dumps(event, separators=(",", ":")).encode()
        event_type = event["data"]["type"]
        for attempt, delay in enumerate((0.0, *self.retry_delays), start=1):
            if delay and self.stopping.wait(delay):
                return
            status, error = self._post(endpoint, event["id"], event_type, body)
            endpoint.deliveries.append(Delivery(event["id"], event_type, attempt, status, error))
            if status is not None and 200 <= status < 300:
                return

    def _post(
        self, endpoint: WebhookEndpoint, event_id: str, event_type: str, body: bytes
    ) -> tuple[int | None, str | None]:
        timestamp = str(int(self.clock()))
        key = base64.b64decode(endpoint.secret.removeprefix("whsec_"))
        digest = hmac.new(key, f"{event_id}.{timestamp}.".encode() + body, hashlib.sha256).digest()
        request = urllib.request.Request(
            endpoint.url,
            data=body,
            method="POST",
            headers={
                "Content-Type": "application/json; charset=utf-8",
                "User-Agent": USER_AGENT,
                "Webhook-ID": event_id,
                "Webhook-Timestamp": timestamp,
                "Webhook-Event-Type": event_type,
                "Webhook-Signature": "v1," + base64.b64encode(digest).decode(),
            },
        )
        try:
            with _OPENER.open(request, timeout=self.timeout) as response:
                return int(response.status), None
        except urllib.error.HTTPError as answer:
            answer.close()
            return int(answer.code), None
        except (urllib.error.URLError, OSError) as failure:
            return None, type(failure).__name__
