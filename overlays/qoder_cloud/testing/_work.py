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

Sessions on self-hosted environments do not run the managed scripted agent: their built-in tool
calls are the worker's to run. A `user.message` makes the agent call the `bash` tool (an
`agent.tool_use`, then idle with `requires_action`); once the worker sends the matching
`user.tool_result`, the agent replies with the tool's output and the turn ends. Where the API's
documents are silent this server chooses: while a session's turn waits for a worker and the
session has no live item, a new item is queued for it (so a worker that stops an unfinished item
hands the session on); a deleted session's queued items stop and its held items are asked to stop.
"""

from __future__ import annotations

import copy
import dataclasses
import datetime
import itertools
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from . import _common as c
from ._app import App
from ._messages import ApiError, Request, Response

if TYPE_CHECKING:
    from ._sessions import SessionRecord
    from ._state import State

__all__ = ["WorkQueues", "register", "serves", "session_created", "start_turn"]

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
    turns: dict[str, int] = field(default_factory=dict)  # session -> the turn waiting for its worker
    clock: Callable[[], float] = time.time
    """Seconds since the epoch; leases, deliveries and the items' timestamps read it."""
    ttl_seconds: int = 60
    """The lease an acknowledgement starts, and heartbeats keep when they name no TTL."""
    _turn_numbers: itertools.count[int] = field(default_factory=itertools.count)

    def stamp(self, at: float) -> str:
        return datetime.datetime.fromtimestamp(at, datetime.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def serves(state: State, record: SessionRecord) -> bool:
    """Whether the session runs on a self-hosted environment (its turns are the worker's)."""
    environment = state.environments.get(record.session["environment_id"])
    return environment is not None and environment["config"].get("type") == "self_hosted"


def session_created(state: State, record: SessionRecord) -> None:
    """Queue the first work item of a session on a self-hosted environment (caller holds the lock)."""
    if serves(state, record):
        _enqueue(state, record)


def start_turn(state: State, record: SessionRecord, message: dict[str, Any]) -> None:
    """Play a self-hosted turn for `message` on a thread (caller holds the lock and has emitted
    `session.status_running` and the echoed message)."""
    queues = state.work
    number = next(queues._turn_numbers)
    queues.turns[record.session["id"]] = number
    _ensure_item(state, record.session["id"])
    turn = threading.Thread(
        target=_play_turn, args=(state, record, message, number), name="qoder-local-self-hosted-turn", daemon=True
    )
    record.turn = turn
    turn.start()


# ---------------------------------------------------------------------- the self-hosted turn


def _play_turn(state: State, record: SessionRecord, message: dict[str, Any], number: int) -> None:
    from ._sessions import store_event

    session_id = record.session["id"]
    sessions = state.sessions
    text = " ".join(str(block.get("text", "")) for block in message["content"] if block.get("type") == "text")

    def current() -> bool:
        return (
            state.work.turns.get(session_id) == number
            and sessions.records.get(session_id) is record
            and record.session["status"] != "terminated"
            and not record.cancel_requested
        )

    def step(event: dict[str, Any]) -> dict[str, Any] | None:
        if sessions.stopping.wait(sessions.turn_delay):
            return None
        with state.lock:
            return store_event(state, session_id, event) if current() else None

    started = step({"type": "span.model_request_start"})
    tool_use = step({"type": "agent.tool_use", "name": "bash", "input": {"command": f"echo {text.strip()}"}})
    if started is None or tool_use is None:
        return _end(state, record, number, cancelled=True)
    with state.lock:
        record.session["status"] = "idle"
        store_event(
            state,
            session_id,
            {"type": "session.status_idle", "stop_reason": {"type": "requires_action", "event_ids": [tool_use["id"]]}},
        )
    result = _wait_for_result(state, record, tool_use["id"], current)
    if result is None:
        return _end(state, record, number, cancelled=True)
    output = " ".join(
        str(block.get("text", "")) for block in result.get("content") or [] if isinstance(block, dict)
    ).strip()
    with state.lock:
        if not current():
            return _end(state, record, number, cancelled=True)
        record.session["status"] = "running"
        store_event(state, session_id, {"type": "session.status_running"})
    reply = f"The worker ran the command; it printed: {output or '(nothing)'}"
    if step({"type": "agent.message", "content": [{"type": "text", "text": reply}]}) is None:
        return _end(state, record, number, cancelled=True)
    step(
        {
            "type": "span.model_request_end",
            "model_request_start_id": started["id"],
            "is_error": bool(result.get("is_error")),
            "model_usage": {"credits": 0.01, "input_tokens": len(text.split()), "output_tokens": len(reply.split())},
        }
    )
    _end(state, record, number, cancelled=False)


def _wait_for_result(
    state: State, record: SessionRecord, tool_use_id: str, current: Callable[[], bool]
) -> dict[str, Any] | None:
    """The worker's `user.tool_result` for `tool_use_id`, or None when the turn ends first."""
    seen = 0
    with state.condition:
        while current() and not state.sessions.stopping.is_set():
            for entry in record.log[seen:]:
                data = entry.data
                if entry.preview_of is None and data.get("type") == "user.tool_result":
                    if data.get("tool_use_id") == tool_use_id:
                        return data
            seen = len(record.log)
            state.condition.wait(state.sessions.heartbeat_interval)
    return None


def _end(state: State, record: SessionRecord, number: int, *, cancelled: bool) -> None:
    from ._sessions import store_event

    with state.lock:
        session_id = record.session["id"]
        if state.work.turns.get(session_id) != number:
            return  # a newer turn took over
        del state.work.turns[session_id]
        if state.sessions.stopping.is_set() or state.sessions.records.get(session_id) is not record:
            return
        if record.session["status"] == "terminated":
            return
        record.session["status"] = "idle"
        record.session["updated_at"] = c.now()
        record.cancel_requested = False
        reason = "cancelled" if cancelled else "end_turn"
        store_event(state, session_id, {"type": "session.status_idle", "stop_reason": {"type": reason}})


# ---------------------------------------------------------------------- the queue


def _enqueue(state: State, record: SessionRecord) -> WorkRecord:
    queues = state.work
    stamp = queues.stamp(queues.clock())
    item: dict[str, Any] = {
        "id": c.new_id("work"),
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


def _ensure_item(state: State, session_id: str) -> None:
    """Queue an item for a session whose turn waits for a worker and that has no live item."""
    record = state.sessions.records.get(session_id)
    if record is None or session_id not in state.work.turns:
        return
    if any(w.session_id == session_id and w.item["state"] in LIVE_STATES for w in state.work.items.values()):
        return
    _enqueue(state, record)


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
    _ensure_item(state, work.session_id)


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
                queues.pollers[(env["id"], worker)] = queues.clock()  # when the poll arrived
            while True:
                now = queues.clock()
                _refresh(state, now)
                for work in queues.items.values():
                    if work.item["environment_id"] != env["id"] or work.item["state"] != "queued":
                        continue
                    if work.delivered_at is None or now - work.delivered_at >= reclaim:
                        work.delivered_at, work.delivered_to = now, worker
                        return Response(200, render(work))
                remaining = deadline - time.monotonic()
                if remaining <= 0 or state.sessions.stopping.is_set():
                    return Response(200, b"null")
                state.condition.wait(remaining)

    @app.route("GET", "/environments/{environment_id}/work/stats")
    def stats(request: Request) -> dict[str, Any]:
        with app.lock:
            env = environment(request)
            now = queues.clock()
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
            _refresh(state, queues.clock())
            items = sorted(
                (w for w in queues.items.values() if w.item["environment_id"] == env["id"]), key=lambda w: w.item["id"]
            )
            return c.paginate(
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
            _refresh(state, queues.clock())
            return render(work)

    @app.route("POST", "/environments/{environment_id}/work/{work_id}")
    def update(request: Request) -> dict[str, Any]:
        body = request.json_object()
        patch = c.metadata(c.required(body, "metadata"), patch=True)
        with app.lock:
            work = work_item(request)
            work.item["metadata"] = c.apply_metadata_patch(work.item["metadata"], patch)
            return render(work)

    @app.route("POST", "/environments/{environment_id}/work/{work_id}/ack")
    def ack(request: Request) -> dict[str, Any]:
        worker = worker_id(request)
        with app.lock:
            work = work_item(request)
            now = queues.clock()
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
            now = queues.clock()
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
        force = c.boolean(body.get("force", False), "force")
        with app.lock:
            work = work_item(request)
            now = queues.clock()
            _refresh(state, now)
            item = work.item
            if item["state"] in ("queued", "stopping") or (force and item["state"] != "stopped"):
                _set_stopped(state, work, now)
            elif item["state"] in ("starting", "active"):
                item["state"] = "stopping"
                item["stop_requested_at"] = queues.stamp(now)
            return render(work)
