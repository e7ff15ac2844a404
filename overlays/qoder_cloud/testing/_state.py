"""Everything the local server remembers. One instance per server; guarded by `App.lock`
(`condition` wakes event streams when a session's log grows)."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._sessions import SessionState


@dataclass
class AgentRecord:
    current: dict[str, Any]
    versions: list[dict[str, Any]] = field(default_factory=list)  # snapshots, oldest first


def _session_state() -> SessionState:
    from ._sessions import SessionState

    return SessionState()


@dataclass
class State:
    lock: threading.RLock = field(default_factory=threading.RLock)
    environments: dict[str, dict[str, Any]] = field(default_factory=dict)
    agents: dict[str, AgentRecord] = field(default_factory=dict)
    sessions: SessionState = field(default_factory=_session_state)
    condition: threading.Condition = field(init=False)

    def __post_init__(self) -> None:
        self.condition = threading.Condition(self.lock)

    def environment_in_use(self, environment_id: str) -> bool:
        """Whether a session still references the environment."""
        return any(r.session["environment_id"] == environment_id for r in self.sessions.records.values())

    def file_exists(self, file_id: str) -> bool:
        """Whether a file may be mounted in a session (any `file__` ID until files are stored here)."""
        return file_id.startswith("file_")
