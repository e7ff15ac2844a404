"""Mistakes a type checker must catch: each line marked `expect-error` is reported by mypy --strict
and by pyright (strict), and no other line is (tests/test_wheel_typing.py)."""

from __future__ import annotations

import io

from qoder_cloud import QoderCloud
from qoder_cloud.types import NetworkingParam, SessionEvent


def mistakes(client: QoderCloud, event: SessionEvent) -> None:
    client.environments.create(name="a", config={"type": "cloud", "packges": {"pip": ["x"]}})  # expect-error
    client.environments.create(name="b", scope="everyone")  # expect-error
    client.environments.create(name="c", scope="account")
    NetworkingParam(type_="open")  # expect-error
    NetworkingParam(type_="limited")
    client.events.stream("sess_1", event_deltas="agent.message")  # expect-error
    client.events.stream("sess_1", event_deltas=["agent.message"])
    client.sessions.create(agent="agent_1", environment_id="env_1", vault_ids="vlt_1")  # expect-error
    client.sessions.list(order="newest")  # expect-error
    client.sessions.list(order="asc")
    print(event.content)  # expect-error
    written = client.files.download("file_1", "out.txt")
    print(written.read_text())
    nothing = client.files.download("file_1", io.BytesIO())
    print(nothing.read_text())  # expect-error
    client.environments.list(betas="beta-a")  # expect-error
    client.environments.list(betas=["beta-a"], workspace_id="wksp_1")
    raw = client.with_raw_response.environments.retrieve("env_1")
    print(raw.parse().nonexistent)  # expect-error
    client.with_raw_response.environments.work.poll()  # expect-error
    client.sessions.search(statuses="idle")  # expect-error
    client.sessions.search(order="newest")  # expect-error
