"""Everything the local server remembers. One instance per server; guarded by `App.lock`
(`condition` wakes event streams when a session's log grows)."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._sessions import SessionState
    from ._webhooks import Webhooks
    from ._work import WorkQueues


@dataclass
class AgentRecord:
    current: dict[str, Any]
    versions: list[dict[str, Any]] = field(default_factory=list)  # snapshots, oldest first


# ------------------------------------------------------------ files, vaults, skills, memory


@dataclass
class StoredFile:
    meta: dict[str, Any]  # the File object as the API returns it
    content: bytes


@dataclass
class CredentialRecord:
    credential: dict[str, Any]  # the Credential as returned: no secret in it
    secrets: dict[str, str] = field(default_factory=dict)  # write-only values by field path; never rendered


@dataclass
class VaultRecord:
    vault: dict[str, Any]
    credentials: dict[str, CredentialRecord] = field(default_factory=dict)


@dataclass
class SkillVersionRecord:
    version: dict[str, Any]  # the SkillVersion as returned
    files: dict[str, bytes]  # package path ("my-skill/SKILL.md") -> bytes


@dataclass
class SkillRecord:
    skill: dict[str, Any]
    name: str  # the `name` in SKILL.md; every version must keep it
    versions: dict[str, SkillVersionRecord] = field(default_factory=dict)  # by version string


@dataclass
class MemoryStoreRecord:
    store: dict[str, Any]
    memories: dict[str, dict[str, Any]] = field(default_factory=dict)  # live memories, content included
    versions: dict[str, dict[str, Any]] = field(default_factory=dict)  # history, content until redacted


def _session_state() -> SessionState:
    from ._sessions import SessionState

    return SessionState()


def _work_queues() -> WorkQueues:
    from ._work import WorkQueues

    return WorkQueues()


def _webhooks() -> Webhooks:
    from ._webhooks import Webhooks

    return Webhooks()


@dataclass
class State:
    lock: threading.RLock = field(default_factory=threading.RLock)
    environments: dict[str, dict[str, Any]] = field(default_factory=dict)
    agents: dict[str, AgentRecord] = field(default_factory=dict)
    files: dict[str, StoredFile] = field(default_factory=dict)
    vaults: dict[str, VaultRecord] = field(default_factory=dict)
    skills: dict[str, SkillRecord] = field(default_factory=dict)
    memory_stores: dict[str, MemoryStoreRecord] = field(default_factory=dict)
    download_link_seconds: float = 3600.0  # lifetime of the links files_content hands out
    sessions: SessionState = field(default_factory=_session_state)
    # deployments, their runs and dreams (see _deployments.py, _dreams.py), MCP OAuth flows (_oauth.py)
    deployments: dict[str, Any] = field(default_factory=dict)
    dreams: dict[str, Any] = field(default_factory=dict)
    dream_step_seconds: float = 0.005  # the wait before each step of a dream
    schedule_clock: Callable[[], float] = time.time  # the time deployment schedules read; tests move it
    oauth_flows: dict[str, Any] = field(default_factory=dict)
    work: WorkQueues = field(default_factory=_work_queues)  # the queues of self-hosted environments
    webhooks: Webhooks = field(default_factory=_webhooks)  # endpoints that session events are posted to
    condition: threading.Condition = field(init=False)

    def __post_init__(self) -> None:
        self.condition = threading.Condition(self.lock)

    def environment_in_use(self, environment_id: str) -> bool:
        """Whether a session still references the environment."""
        return any(r.session["environment_id"] == environment_id for r in self.sessions.records.values())

    def file_in_use(self, file_id: str) -> bool:
        """Whether a live session still mounts the file."""
        return any(
            resource.get("file_id") == file_id
            for record in self.sessions.records.values()
            if record.session["status"] != "terminated"
            for resource in record.resources.values()
        )
