"""Everything the local server remembers. One instance per server (a reset makes a new one);
guarded by its `lock`, with `condition` (on the same lock) waking event streams and scripted
turns when a session's log grows, a turn is answered or the clock moves."""

from __future__ import annotations

import datetime
import importlib
import threading
from collections import deque
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ._clock import Clock, SystemClock

if TYPE_CHECKING:
    from ._script_steps import Step
    from ._scripted_agent import Turn
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
    version_ids: dict[str, str] = field(default_factory=dict)  # every `skillver_` ID ever issued -> version


@dataclass
class MemoryStoreRecord:
    store: dict[str, Any]
    memories: dict[str, dict[str, Any]] = field(default_factory=dict)  # live memories, content included
    versions: dict[str, dict[str, Any]] = field(default_factory=dict)  # history, content until redacted


# ------------------------------------------------------------ sessions


@dataclass
class LogEntry:
    """One frame a stream can deliver: a stored event, or a preview of one (`preview_of`)."""

    data: dict[str, Any]
    event_id: str  # the SSE `id:` line: the event's own ID, or the previewed event's ID
    preview_of: str | None = None  # the previewed event's type, for preview frames


@dataclass
class SessionRecord:
    session: dict[str, Any]
    threads: dict[str, dict[str, Any]]
    resources: dict[str, dict[str, Any]] = field(default_factory=dict)
    log: list[LogEntry] = field(default_factory=list)
    turn: Turn | None = None  # the scripted turn running or waiting for the client, if any

    @property
    def events(self) -> list[dict[str, Any]]:
        return [entry.data for entry in self.log if entry.preview_of is None]


@dataclass
class SessionState:
    """The sessions part of the state, with the knobs `LocalServer` exposes."""

    records: dict[str, SessionRecord] = field(default_factory=dict)
    turn_delay: float = 0.002
    """Clock seconds between the events of a scripted turn."""
    heartbeat_interval: float = 0.5
    """Clock seconds of quiet before a stream sends a `: heartbeat` comment."""
    stream_cuts: deque[int] = field(default_factory=deque)
    """Each new stream connection takes the first number N, if any, and is cut in the middle of
    its frame N+1 (after N whole frames, heartbeats not counted)."""
    scripts: deque[tuple[str | None, tuple[Step, ...]]] = field(default_factory=deque)
    """Scripted turns not played yet: (the session it is for, or None for any; its steps)."""


@dataclass
class State:
    clock: Clock = field(default_factory=SystemClock)
    lock: threading.RLock = field(default_factory=threading.RLock)
    environments: dict[str, dict[str, Any]] = field(default_factory=dict)
    agents: dict[str, AgentRecord] = field(default_factory=dict)
    files: dict[str, StoredFile] = field(default_factory=dict)
    vaults: dict[str, VaultRecord] = field(default_factory=dict)
    skills: dict[str, SkillRecord] = field(default_factory=dict)
    memory_stores: dict[str, MemoryStoreRecord] = field(default_factory=dict)
    download_link_seconds: float = 3600.0  # lifetime of the links files_content hands out
    sessions: SessionState = field(default_factory=SessionState)
    stopping: threading.Event = field(default_factory=threading.Event)
    # deployments, their runs and dreams (see _deployments.py, _dreams.py), MCP OAuth flows (_oauth.py)
    deployments: dict[str, Any] = field(default_factory=dict)
    dreams: dict[str, Any] = field(default_factory=dict)
    dream_step_seconds: float = 0.005  # clock seconds before each step of a dream
    oauth_flows: dict[str, Any] = field(default_factory=dict)
    work: WorkQueues = field(default_factory=lambda: _new("_work", "WorkQueues"))  # self-hosted queues
    webhooks: Webhooks = field(default_factory=lambda: _new("_webhooks", "Webhooks"))  # event receivers
    # service-account tokens the exchange issued (see _service_accounts.py): token -> expiry (clock time)
    service_tokens: dict[str, float] = field(default_factory=dict)
    sa_token_seconds: float | None = None  # the longest lifetime the exchange grants; None: as asked
    # searches (_search.py): the in-flight cap, the clock seconds each holds its place, how many run
    search_concurrency: int = 10
    search_seconds: float = 0.0
    searches_in_flight: int = 0
    condition: threading.Condition = field(init=False)

    def __post_init__(self) -> None:
        self.condition = threading.Condition(self.lock)
        self.webhooks.clock = self.clock.time

    def now(self) -> str:
        """The clock's time in RFC 3339 with microseconds, e.g. `2026-05-18T15:26:39.616690Z`."""
        return timestamp(self.clock.time())

    def stop(self) -> None:
        """End every open stream and scripted turn of this state (the server stops or resets)."""
        self.stopping.set()
        with self.condition:
            self.condition.notify_all()
        self.webhooks.stop()

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


def _new(module: str, name: str) -> Any:
    """An instance of a class of a module that imports this one (imported when a state is made)."""
    return getattr(importlib.import_module(f"{__package__}.{module}"), name)()


def timestamp(epoch: float) -> str:
    return datetime.datetime.fromtimestamp(epoch, datetime.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
