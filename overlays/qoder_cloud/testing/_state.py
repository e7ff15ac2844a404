"""Everything the local server remembers. One instance per server; guarded by `App.lock`."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class AgentRecord:
    current: dict[str, Any]
    versions: list[dict[str, Any]] = field(default_factory=list)  # snapshots, oldest first


@dataclass
class State:
    environments: dict[str, dict[str, Any]] = field(default_factory=dict)
    agents: dict[str, AgentRecord] = field(default_factory=dict)

    def environment_in_use(self, environment_id: str) -> bool:
        """Whether a session still references the environment (no sessions exist yet here)."""
        return False
