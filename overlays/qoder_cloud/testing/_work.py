"""The work queue of self-hosted environments, and the sessions that run on them.

A session created on a `self_hosted` environment becomes a work item. The item's life:

    queued ─ack─▶ starting ─heartbeat─▶ active ─stop─▶ stopping ─stop─▶ stopped
      ▲                │                  │                 │ (lease expires)
      └── lease expires ┴──────────────────┘                 ▼
                                                          stopped

A poll hands out the oldest queued item without claiming it (an item handed out and not
acknowledged is handed out again after `reclaim_older_than_ms`); `ack` claims it and starts a
lease of `ttl_seconds`; each heartbeat extends the lease, as a compare-and-set on the previous
heartbeat's mark when the worker names it. A lease that runs out sends an acknowledged item back
to the queue (a stopping one is stopped). Leases are measured on `WorkQueues.clock`, which tests
replace to expire a lease without waiting.

Sessions on self-hosted environments do not run the managed agent's tools: their built-in tool
calls are the worker's to run (`_scripted_agent.py`: the agent waits for a `user.tool_result`).
Where the API's documents are silent this server chooses: while a session's turn is in progress
and the session has no live item, a new item is queued for it (so a worker that stops an
unfinished item hands the session on); a deleted session's queued items stop and its held items
are asked to stop.
"""

from __future__ import annotations

import copy
import dataclasses
import datetime
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from . import _common as common
from . import _fields as fields
from ._app import App
from ._messages import ApiError, Request, Response

if TYPE_CHECKING:
    from ._state import SessionRecord, State

__all__ = ["WorkQueues", "register", "serves", "session_created", "turn_started"]

NO_HEARTBEAT = "NO_HEARTBEAT"
MIN_TTL_SECONDS = 10
MAX_TTL_SECONDS = 600
DEFAULT_RECLAIM_MS = 5000
MAX_LIST_LIMIT = 100
POLLING_WINDOW_SECONDS = 30.0  # a Worker-ID counts in `workers_polling` this long after its last poll
LIVE_STATES = frozenset({"queued", "starting", "active", "stopping"})
HELD_STATES = frozenset({"starting", "active", "stopping"})


@dataclass
class WorkRecord:
    item: dict[str, Any]  # the WorkItem as returned
    session_id: str
    ttl_seconds: int
    delivered_at: float | None = None  # when a poll last handed it out (queue clock)
    delivered_to: str | None = None  # the Worker-ID of that poll
    holder: str | None = None  # the Worker-ID that acknowledged it
    lease_expires: float | None = None
    last_heartbeat: str | None = None  # the compare-and-set mark


@dataclass
class WorkQueues:
    """Every environment's work items, and the knobs tests may turn."""

    items: dict[str, WorkRecord] = field(default_factory=dict)  # in queueing order
    pollers: dict[tuple[str, str], float] = field(default_factory=dict)  # (env, Worker-ID) -> last poll
    clock: Callable[[], float] | None = None
    """Seconds since the epoch for leases, hand-outs and the items' timestamps; None: the server's
    clock. A test sets its own to make a lease run out while the sessions' turns play in real time."""
    ttl_seconds: int = 60
    """The lease an acknowledgement starts, and heartbeats keep when they name no TTL."""

    def stamp(self, at: float) -> str:
        return datetime.datetime.fromtimestamp(at, datetime.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _now(state: State) -> float:
    clock = state.work.clock
    return clock() if clock is not None else state.clock.time()


def serves(state: State, record: SessionRecord) -> bool:
    """Whether the session runs on a self-hosted environment (its turns are the worker's)."""
    environment = state.environments.get(record.session["environment_id"])
    return environment is not None and environment["config"].get("type") == "self_hosted"


def session_created(state: State, record: SessionRecord) -> None:
    """Queue the work item of a new session on a self-hosted environment, unless its first turn
    already did (caller holds the lock)."""
    if serves(state, record) and not _has_live_item(state, record.session["id"]):
        _enqueue(state, record)


def turn_started(state: State, record: SessionRecord) -> None:
    """A turn of a self-hosted session began: it needs a worker (caller holds the lock)."""
    _ensure_item(state, record)


# ---------------------------------------------------------------------- the queue


def _enqueue(state: State, record: SessionRecord) -> WorkRecord:
    queues = state.work
    stamp = queues.stamp(_now(state))
    item: dict[str, Any] = {
        "id": common.new_id("work"),
        "type": "work",
        "environment_id": record.session["environment_id"],
        "data": {"type": "session", "id": record.session["id"]},
        "state": "queued",
        "metadata": dict(record.session.get("metadata") or {}),
        "created_at": stamp,
        "acknowledged_at": None,
        "started_at": None,
        "latest_heartbeat_at": None,
        "stop_requested_at": None,
        "stopped_at": None,
    }
    work = WorkRecord(item, record.session["id"], queues.ttl_seconds)
    queues.items[item["id"]] = work
    state.condition.notify_all()
    return work


def _ensure_item(state: State, record: SessionRecord) -> None:
    """Queue an item for a session whose turn is in progress and that has no live item."""
    if record.turn is not None and not _has_live_item(state, record.session["id"]):
        _enqueue(state, record)


def _has_live_item(state: State, session_id: str) -> bool:
    return any(w.session_id == session_id and w.item["state"] in LIVE_STATES for w in state.work.items.values())


def _refresh(state: State, now: float) -> None:
    """Apply what time and deleted sessions did: expired leases, items of sessions that are gone."""
    for work in list(state.work.items.values()):
        item = work.item
        if item["state"] not in LIVE_STATES:
            continue
        if work.session_id not in state.sessions.records:
            if item["state"] == "queued":
                _set_stopped(state, work, now)
            elif item["state"] != "stopping":
                item["state"] = "stopping"
                item["stop_requested_at"] = state.work.stamp(now)
            continue
        if item["state"] in HELD_STATES and work.lease_expires is not None and now >= work.lease_expires:
            if item["state"] == "stopping":
                _set_stopped(state, work, now)
            else:
                _requeue(work)
                state.condition.notify_all()


def _requeue(work: WorkRecord) -> None:
    work.item.update(state="queued", acknowledged_at=None, started_at=None, latest_heartbeat_at=None)
    work.delivered_at = work.delivered_to = work.holder = work.lease_expires = work.last_heartbeat = None


def _set_stopped(state: State, work: WorkRecord, now: float) -> None:
    stamp = state.work.stamp(now)
    work.item["state"] = "stopped"
    work.item["stop_requested_at"] = work.item["stop_requested_at"] or stamp
    work.item["stopped_at"] = stamp
    work.lease_expires = None
    record = state.sessions.records.get(work.session_id)
    if record is not None:
        _ensure_item(state, record)


def _next_mark(state: State, work: WorkRecord, now: float) -> str:
    """A heartbeat mark later than the previous one, even on a clock that stood still."""
    mark = state.work.stamp(now)
    previous = work.last_heartbeat
    if previous is not None and mark <= previous:
        last = datetime.datetime.strptime(previous, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=datetime.UTC)
        mark = state.work.stamp(last.timestamp() + 1e-6)
        if mark <= previous:  # float rounding: step by two microseconds
            mark = state.work.stamp(last.timestamp() + 2e-6)
    return mark


# ---------------------------------------------------------------------- routes


def register(app: App, state: State) -> None:
    queues = state.work

    def environment(request: Request) -> dict[str, Any]:
        environment_id = request.path_params["environment_id"]
        env = state.environments.get(environment_id)
        if env is None:
            raise ApiError(404, f"Environment '{environment_id}' not found.")
        if env["config"].get("type") != "self_hosted":
            raise ApiError(
                400,
                f"Environment '{environment_id}' is not self_hosted; only self-hosted environments have a work queue.",
                param="environment_id",
            )
        return env

    def work_item(request: Request) -> WorkRecord:
        env = environment(request)
        work_id = request.path_params["work_id"]
        work = queues.items.get(work_id)
        if work is None or work.item["environment_id"] != env["id"]:
            raise ApiError(404, f"Work item '{work_id}' not found.")
        return work

    def render(work: WorkRecord) -> dict[str, Any]:
        return copy.deepcopy(work.item)

    def worker_id(request: Request) -> str | None:
        value = request.header("worker-id")
        return value.strip() or None if value is not None else None

    def query_int(request: Request, name: str, *, low: int | None, high: int | None = None) -> int | None:
        raw = request.query_value(name)
        if raw is None:
            return None
        bounds = f" from {low} to {high}" if high is not None else f" of at least {low}" if low is not None else ""
        try:
            value = int(raw)
        except ValueError:
            raise ApiError(400, f"'{name}' must be an integer{bounds}.", param=name) from None
        if (low is not None and value < low) or (high is not None and value > high):
            raise ApiError(400, f"'{name}' must be an integer{bounds}.", param=name)
        return value

    @app.route("GET", "/environments/{environment_id}/work/poll")
    def poll(request: Request) -> Response:
        block_ms = query_int(request, "block_ms", low=1, high=999)
        reclaim_ms = query_int(request, "reclaim_older_than_ms", low=0)
        reclaim = (DEFAULT_RECLAIM_MS if reclaim_ms is None else reclaim_ms) / 1000.0
        worker = worker_id(request)
        deadline = time.monotonic() + (block_ms or 0) / 1000.0
        with state.condition:
            env = environment(request)
            if worker is not None:
                queues.pollers[(env["id"], worker)] = _now(state)  # when the poll arrived
            while True:
                now = _now(state)
                _refresh(state, now)
                for work in queues.items.values():
                    if work.item["environment_id"] != env["id"] or work.item["state"] != "queued":
                        continue
                    if work.delivered_at is None or now - work.delivered_at >= reclaim:
                        work.delivered_at, work.delivered_to = now, worker
                        return Response(200, render(work))
                remaining = deadline - time.monotonic()
                if remaining <= 0 or state.stopping.is_set():
                    return Response(200, b"null")
                state.condition.wait(remaining)

    @app.route("GET", "/environments/{environment_id}/work/stats")
    def stats(request: Request) -> dict[str, Any]:
        with app.lock:
            env = environment(request)
            now = _now(state)
            _refresh(state, now)
            queued = [w for w in queues.items.values() if w.item["environment_id"] == env["id"]]
            queued = [w for w in queued if w.item["state"] == "queued"]
            pending = [
                w for w in queued if w.delivered_at is not None and now - w.delivered_at < DEFAULT_RECLAIM_MS / 1000
            ]
            polling = {
                worker
                for (env_id, worker), at in queues.pollers.items()
                if env_id == env["id"] and now - at <= POLLING_WINDOW_SECONDS
            }
            return {
                "type": "work_queue_stats",
                "depth": len(queued) - len(pending),
                "pending": len(pending),
                "oldest_queued_at": min((w.item["created_at"] for w in queued), default=None),
                "workers_polling": len(polling),
            }

    @app.route("GET", "/environments/{environment_id}/work")
    def list_(request: Request) -> dict[str, Any]:
        limit = query_int(request, "limit", low=1)
        if limit is not None and limit > MAX_LIST_LIMIT:  # the work list clamps instead of refusing
            request = dataclasses.replace(request, query={**request.query, "limit": [str(MAX_LIST_LIMIT)]})
        with app.lock:
            env = environment(request)
            _refresh(state, _now(state))
            items = sorted(
                (w for w in queues.items.values() if w.item["environment_id"] == env["id"]), key=lambda w: w.item["id"]
            )
            return common.paginate(
                request,
                items,
                key=lambda w: w.item["id"],
                cursor_of=str,
                render=render,
                id_of=lambda w: w.item["id"],
                descending=False,
            )

    @app.route("GET", "/environments/{environment_id}/work/{work_id}")
    def retrieve(request: Request) -> dict[str, Any]:
        with app.lock:
            work = work_item(request)
            _refresh(state, _now(state))
            return render(work)

    @app.route("POST", "/environments/{environment_id}/work/{work_id}")
    def update(request: Request) -> dict[str, Any]:
        body = request.json_object()
        patch = fields.metadata(fields.required(body, "metadata"), patch=True)
        with app.lock:
            work = work_item(request)
            work.item["metadata"] = fields.apply_metadata_patch(work.item["metadata"], patch)
            return render(work)

    @app.route("POST", "/environments/{environment_id}/work/{work_id}/ack")
    def ack(request: Request) -> dict[str, Any]:
        worker = worker_id(request)
        with app.lock:
            work = work_item(request)
            now = _now(state)
            _refresh(state, now)
            item = work.item
            if item["state"] in ("stopping", "stopped"):
                raise ApiError(
                    409, f"Work item '{item['id']}' is already {item['state']}.", type="invalid_request_error"
                )
            claimed_by = work.holder if item["state"] != "queued" else work.delivered_to
            if worker is not None and claimed_by is not None and claimed_by != worker:
                raise ApiError(
                    409, f"Work item '{item['id']}' is claimed by another worker.", type="invalid_request_error"
                )
            if item["state"] == "queued":
                item["state"] = "starting"
                item["acknowledged_at"] = queues.stamp(now)
                work.holder = worker or work.delivered_to
                work.lease_expires = now + work.ttl_seconds
                work.last_heartbeat = None
            return render(work)

    @app.route("POST", "/environments/{environment_id}/work/{work_id}/heartbeat")
    def heartbeat(request: Request) -> dict[str, Any]:
        expected = request.query_value("expected_last_heartbeat")
        desired = query_int(request, "desired_ttl_seconds", low=None)
        with app.lock:
            work = work_item(request)
            now = _now(state)
            _refresh(state, now)
            item = work.item
            if expected is not None and expected != (work.last_heartbeat or NO_HEARTBEAT):
                raise ApiError(
                    412,
                    f"The lease on work item '{item['id']}' was lost: its last heartbeat is not the one expected.",
                    type="precondition_failed_error",
                    param="expected_last_heartbeat",
                )
            if item["state"] == "queued":
                raise ApiError(
                    412,
                    f"Work item '{item['id']}' is queued and has no lease; acknowledge it first.",
                    type="precondition_failed_error",
                )
            if desired is not None:
                work.ttl_seconds = min(max(desired, MIN_TTL_SECONDS), MAX_TTL_SECONDS)
            extended = item["state"] != "stopped"
            if extended:
                mark = _next_mark(state, work, now)
                work.last_heartbeat = item["latest_heartbeat_at"] = mark
                work.lease_expires = now + work.ttl_seconds
                if item["state"] == "starting":
                    item["state"] = "active"
                    item["started_at"] = mark
            return {
                "type": "work_heartbeat",
                "last_heartbeat": work.last_heartbeat or NO_HEARTBEAT,
                "lease_extended": extended,
                "state": item["state"],
                "ttl_seconds": work.ttl_seconds,
            }

    @app.route("POST", "/environments/{environment_id}/work/{work_id}/stop")
    def stop(request: Request) -> dict[str, Any]:
        body = request.json_object(required=False)
        force = fields.boolean(body.get("force", False), "force")
        with app.lock:
            work = work_item(request)
            now = _now(state)
            _refresh(state, now)
            item = work.item
            if item["state"] in ("queued", "stopping") or (force and item["state"] != "stopped"):
                _set_stopped(state, work, now)
            elif item["state"] in ("starting", "active"):
                item["state"] = "stopping"
                item["stop_requested_at"] = queues.stamp(now)
            return render(work)
