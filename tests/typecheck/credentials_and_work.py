"""A user's program on the parts added together: a service account and a credential of its own,
workspaces and betas (a search's beta with them), raw responses and `with_options`, the work queue of a self-hosted
environment (raw too), and a webhook delivery checked and read, sync and async.

Type-checked and run by tests/test_wheel_typing.py with only the built wheel installed.
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import hmac
import json
import time
from typing import assert_type

from qoder_cloud import (
    AsyncQoderCloud,
    AsyncServiceAccountCredential,
    QoderCloud,
    RawResponse,
    ServiceAccountCredential,
    SyncPage,
    TokenCredential,
    webhooks,
)
from qoder_cloud.testing import LocalServer
from qoder_cloud.types import Environment, Session, WebhookEvent, WorkItem, WorkQueueStats

TOKEN = "pt-typed"
SA_KEY = "sak-typed-0123456789"


class FixedToken:
    """A credential of the user's own: anything with `get_token()`."""

    def get_token(self) -> str:
        return TOKEN


def service_account(server: LocalServer) -> None:
    with ServiceAccountCredential(SA_KEY, exchange_url=server.exchange_url) as credential:
        with QoderCloud(credential=credential, base_url=server.base_url) as client:
            print(len(client.environments.list().data))
    own: TokenCredential = FixedToken()
    with QoderCloud(credential=own, base_url=server.base_url, workspace_id="wksp_typed") as client:
        print(client.workspace_id, client.betas)


def raw_and_options(client: QoderCloud) -> Environment:
    raw = client.with_raw_response.environments.create(name="typed-raw", betas=["beta-a"])
    assert_type(raw, RawResponse[Environment])
    print(raw.status_code, raw.request_id, raw.headers.get("content-type"))
    page = client.with_raw_response.environments.list(limit=1).parse()
    assert_type(page, SyncPage[Environment])
    found = client.sessions.search(statuses=["idle"], order="asc", betas=["beta-a"])
    assert_type(found, SyncPage[Session])
    print(found.total, [session.id for session in found])
    quick = client.with_options(timeout=5.0, max_retries=0, max_response_bytes=1_000_000, betas=None)
    made = quick.environments.retrieve(raw.parse().id, workspace_id="wksp_typed")
    print(made.name, quick.max_response_bytes)
    return made


def work_queue(client: QoderCloud) -> None:
    env = client.environments.create(name="typed-workers", config={"type": "self_hosted"})
    stats = client.environments.work.stats(env.id)
    assert_type(stats, WorkQueueStats)
    polled = client.with_raw_response.environments.work.poll(env.id, worker_id="typed-worker")
    item = polled.parse()
    if isinstance(item, WorkItem):
        print(item.id, item.state)
    print(stats.depth, polled.status_code, [one.id for one in client.environments.work.list(env.id)])


def webhook() -> WebhookEvent:
    secret = "whsec_" + base64.b64encode(b"0123456789abcdef0123456789abcdef").decode()
    body = json.dumps({"type": "event", "id": "whe_1", "data": {"type": "session.created", "id": "sess_1"}}).encode()
    stamp = str(int(time.time()))
    digest = hmac.new(base64.b64decode(secret[6:]), f"whe_1.{stamp}.".encode() + body, hashlib.sha256).digest()
    signature = "v1," + base64.b64encode(digest).decode()
    headers = {"Webhook-ID": "whe_1", "Webhook-Timestamp": stamp, "Webhook-Signature": signature}
    try:
        webhooks.verify(body.replace(b"sess_1", b"sess_2"), headers, secret)
    except webhooks.WebhookSignatureError as error:
        print(type(error).__name__)
    return webhooks.unwrap(body, headers, secret)


async def in_async(server: LocalServer) -> None:
    async with AsyncServiceAccountCredential(SA_KEY, exchange_url=server.exchange_url) as credential:
        async with AsyncQoderCloud(credential=credential, base_url=server.base_url) as client:
            raw = await client.with_raw_response.environments.create(name="typed-async")
            assert_type(raw, RawResponse[Environment])
            env = await client.environments.create(name="typed-async-workers", config={"type": "self_hosted"})
            stats = await client.with_options(max_retries=1).environments.work.stats(env.id)
            print(raw.parse().name, stats.depth)


def main() -> None:
    with LocalServer(token=TOKEN, sa_key=SA_KEY) as server:
        service_account(server)
        with QoderCloud(token=TOKEN, base_url=server.base_url) as client:
            print(raw_and_options(client).name)
            work_queue(client)
        asyncio.run(in_async(server))
    print(webhook().data.type)


if __name__ == "__main__":
    main()
