"""Self-hosted environments for the work-queue and worker tests, and waiting on what other threads
and processes do."""

from __future__ import annotations

import importlib.util
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from qoder_cloud import AsyncQoderCloud, QoderCloud

START = 1_800_000_000.0  # 2027-01-15: where the work queue's manual clock starts in the tests


def self_hosted(client: QoderCloud, name: str = "workers") -> tuple[str, str]:
    """A self-hosted environment and an agent: their IDs."""
    env = client.environments.create(name=name, config={"type": "self_hosted"})
    agent = client.agents.create(name=f"{name}-agent", model="ultimate")
    return env.id, agent.id


async def async_self_hosted(client: AsyncQoderCloud, name: str = "workers") -> tuple[str, str]:
    env = await client.environments.create(name=name, config={"type": "self_hosted"})
    agent = await client.agents.create(name=f"{name}-agent", model="ultimate")
    return env.id, agent.id


def tool_result(tool_use_id: str, text: str) -> dict[str, Any]:
    return {"type": "user.tool_result", "tool_use_id": tool_use_id, "content": [{"type": "text", "text": text}]}


def example_worker() -> Any:
    """examples/self_hosted_worker.py as a module (its `serve` is the handler the demo runs)."""
    path = Path(__file__).resolve().parents[2] / "examples" / "self_hosted_worker.py"
    spec = importlib.util.spec_from_file_location("self_hosted_worker", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def wait_until(predicate: Callable[[], bool], timeout: float = 30.0, what: str = "the condition") -> None:
    """Look at `predicate` until it holds (an AssertionError after `timeout` seconds)."""
    deadline = time.monotonic() + timeout
    pause = threading.Event()
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout} s waiting for {what}")
        pause.wait(0.01)
