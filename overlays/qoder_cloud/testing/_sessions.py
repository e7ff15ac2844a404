"""Sessions, their events (send, list, live stream), threads and resources.

Each session keeps a log of everything its streams deliver: stored events (with `evt_` IDs,
also returned by the events list) and preview frames (`event_start` / `event_delta`, only sent
to connections that asked for them with `event_deltas[]`). A `user.message` starts a scripted
agent turn on a background thread:

    session.status_running, user.message (the echo), span.model_request_start, agent.thinking,
    agent.message (its text depends on the input), span.model_request_end,
    session.status_idle (stop_reason end_turn)

`POST .../cancel` and `user.interrupt` end a running turn with `stop_reason` `cancelled`. The
message `/error` makes the turn fail (`session.error`, then idle with `retries_exhausted`);
`/terminate` ends the session (`session.error`, `session.status_terminated`).
Streams start at the live tail, resume after `Last-Event-ID` (400 for an unknown ID), send a
`: heartbeat` comment when quiet, and end after `session.status_terminated` or
`session.deleted`. Tests can cut streams mid-frame with `SessionState.stream_cuts`.
"""

from __future__ import annotations

import copy
import json
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from . import _common as c
from . import _work
from ._app import App
from ._messages import ApiError, Request, Response, StreamCut
from ._state import State

CLIENT_EVENT_TYPES = frozenset(
    {
        "user.message",
        "user.interrupt",
        "user.tool_confirmation",
        "user.custom_tool_result",
        "user.tool_result",
        "user.define_outcome",
        "system.message",
    }
)
TERMINAL_EVENT_TYPES = frozenset({"session.status_terminated", "session.deleted"})
PREVIEWABLE = frozenset({"agent.message", "agent.thinking"})
_RESOURCE_TYPES = ("file", "github_repository", "git_repository", "memory_store")
# Messages that make the scripted agent fail, for exercising error handling.
_FAILURES = {
    "/error": ("exhausted", "The model request failed after every retry."),
    "/terminate": ("terminal", "The session hit an unrecoverable error."),
}


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
    cancel_requested: bool = False
    turn: threading.Thread | None = None

    @property
    def events(self) -> list[dict[str, Any]]:
        return [entry.data for entry in self.log if entry.preview_of is None]


@dataclass
class SessionState:
    """The sessions part of the server's state, with knobs tests may turn."""

    records: dict[str, SessionRecord] = field(default_factory=dict)
    turn_delay: float = 0.002
    """Seconds between the events of a scripted turn (raise it to cancel a turn in flight)."""
    heartbeat_interval: float = 0.5
    """Seconds of quiet before a stream sends a `: heartbeat` comment."""
    stream_cuts: list[int] = field(default_factory=list)
    """Each new stream connection takes the first number N, if any, and is cut in the middle of
    its frame N+1 (after N whole frames, heartbeats not counted)."""
    stopping: threading.Event = field(default_factory=threading.Event)


def register(app: App, state: State) -> None:
    sessions = state.sessions

    def get(session_id: str) -> SessionRecord:
        record = sessions.records.get(session_id)
        if record is None:
            raise ApiError(404, f"Session '{session_id}' was not found.")
        return record

    def emit(record: SessionRecord, data: dict[str, Any], *, preview_of: str | None = None, event_id: str = "") -> None:
        """Append a frame to the session's log and wake its streams (caller holds the lock)."""
        if preview_of is None:
            data = {"id": c.new_id("evt"), **data, "processed_at": c.now()}
            event_id = data["id"]
            state.webhooks.publish_session_event(record.session["id"], data["type"])
        record.log.append(LogEntry(data, event_id, preview_of))
        state.condition.notify_all()

    # ------------------------------------------------------------------ sessions

    @app.route("POST", "/sessions")
    def create(request: Request) -> Response:
        body = request.json_object()
        with app.lock:
            agent = _agent_snapshot(state, c.required(body, "agent"))
            environment_id = c.string(c.required(body, "environment_id"), "environment_id", min_length=1)
            environment = state.environments.get(environment_id)
            if environment is None:
                raise ApiError(404, f"Environment '{environment_id}' was not found.", param="environment_id")
            if environment["archived_at"] is not None:
                raise ApiError(400, f"Environment '{environment_id}' is archived.", param="environment_id")
            session_id = c.new_id("sess")
            stamp = c.now()
            session: dict[str, Any] = {
                "id": session_id,
                "type": "session",
                "agent": agent,
                "environment_id": environment_id,
                "status": "idle",
                "title": c.optional_string(body.get("title"), "title") or "",
                "metadata": c.metadata(body.get("metadata", {})),
                "resources": [],
                "vault_ids": c.strings(body.get("vault_ids", []), "vault_ids"),
                "environment_variables": _environment_variables(body.get("environment_variables")),
                "stats": {"active_seconds": 0, "duration_seconds": 0},
                "usage": {"total_credits": 0},
                "archived_at": None,
                "created_at": stamp,
                "updated_at": stamp,
            }
            record = SessionRecord(session, _threads(session_id, agent, stamp))
            for index, param in enumerate(c.array(body.get("resources", []), "resources")):
                resource = _resource(state, c.obj(param, f"resources[{index}]"), f"resources[{index}]", stamp)
                record.resources[resource["id"]] = resource
            sessions.records[session_id] = record
            _work.session_created(state, record)
            state.webhooks.publish("session.created", session_id)
            initial = c.array(body.get("initial_events", []), "initial_events", max_items=50)
            if initial:
                _accept_events(record, initial)
            return Response(201, _render(record))

    def _accept_events(record: SessionRecord, events: list[Any]) -> list[dict[str, Any]]:
        accepted = []
        for index, raw in enumerate(events):
            event = _client_event(c.obj(raw, f"events[{index}]"), index, len(events))
            kind = event["type"]
            if kind == "user.message" and record.session["status"] in ("running", "canceling"):
                raise ApiError(
                    409,
                    "The session is still running the previous turn; wait for it to go idle.",
                    type="conflict_error",
                )
            if kind == "user.interrupt":
                record.cancel_requested = record.session["status"] == "running"
            accepted.append(event)
        stored = []
        for event in accepted:
            if event["type"] == "user.message":
                _start_turn(record, event)
                stored.append(record.events[-1] if record.events[-1]["type"] == "user.message" else event)
            else:
                emit(record, event)
                stored.append(record.events[-1])
        return copy.deepcopy(stored)

    def _start_turn(record: SessionRecord, message: dict[str, Any]) -> None:
        """Mark the session running, echo the message, and script the rest on a thread."""
        record.session["status"] = "running"
        record.cancel_requested = False
        emit(record, {"type": "session.status_running"})
        emit(record, message)
        if _work.serves(state, record):  # a self-hosted environment: the worker runs the tools
            _work.start_turn(state, record, message)
            return
        turn = threading.Thread(target=_run_turn, args=(record, message), name="qoder-local-turn", daemon=True)
        record.turn = turn
        turn.start()

    def _run_turn(record: SessionRecord, message: dict[str, Any]) -> None:
        text = " ".join(str(block.get("text", "")) for block in message["content"] if block.get("type") == "text")
        if text.strip() in _FAILURES:
            _fail_turn(record, text.strip())
            return
        reply = _reply(text)
        message_id = c.new_id("evt")
        thinking_id = c.new_id("evt")
        steps: list[tuple[str, dict[str, Any]]] = [
            ("event", {"type": "span.model_request_start"}),
            ("preview", {"type": "event_start", "event": {"id": thinking_id, "type": "agent.thinking"}}),
            ("stored", {"id": thinking_id, "type": "agent.thinking"}),
            ("preview", {"type": "event_start", "event": {"id": message_id, "type": "agent.message"}}),
        ]
        for index, piece in enumerate(_pieces(reply)):
            delta = {"type": "content_delta", "content": {"type": "text", "text": piece}, "index": 0}
            steps.append(("preview", {"type": "event_delta", "event_id": message_id, "delta": delta, "_n": index}))
        steps.append(
            ("stored", {"id": message_id, "type": "agent.message", "content": [{"type": "text", "text": reply}]})
        )
        start_id = ""
        for kind, data in steps:
            if sessions.stopping.wait(sessions.turn_delay):
                return
            with app.lock:
                if record.cancel_requested or record.session["status"] != "running":
                    break
                if kind == "event":
                    emit(record, data)
                    start_id = record.log[-1].data["id"]
                elif kind == "preview":
                    previewed = data["event"] if data["type"] == "event_start" else {"id": data["event_id"]}
                    frame = {k: v for k, v in data.items() if k != "_n"}
                    target_type = data["event"]["type"] if data["type"] == "event_start" else "agent.message"
                    emit(record, frame, preview_of=target_type, event_id=previewed["id"])
                else:
                    stored = {**data, "processed_at": c.now()}
                    record.log.append(LogEntry(stored, stored["id"]))
                    state.condition.notify_all()
        with app.lock:
            if record.session["status"] not in ("running", "canceling"):
                return
            cancelled = record.cancel_requested
            emit(
                record,
                {
                    "type": "span.model_request_end",
                    "model_request_start_id": start_id,
                    "is_error": False,
                    "model_usage": {
                        "credits": 0.01,
                        "input_tokens": len(text.split()),
                        "output_tokens": len(reply.split()),
                    },
                },
            )
            record.session["status"] = "idle"
            record.session["usage"] = {
                "total_credits": round(record.session["usage"].get("total_credits", 0) + 0.01, 2)
            }
            record.session["updated_at"] = c.now()
            emit(
                record,
                {"type": "session.status_idle", "stop_reason": {"type": "cancelled" if cancelled else "end_turn"}},
            )
            record.cancel_requested = False

    def _fail_turn(record: SessionRecord, command: str) -> None:
        """`/error`: the turn fails and the session returns to idle; `/terminate`: the session ends."""
        retry, message = _FAILURES[command]
        if sessions.stopping.wait(sessions.turn_delay):
            return
        with app.lock:
            error = {"type": "model_request_failed_error", "message": message, "retry_status": {"type": retry}}
            emit(record, {"type": "session.error", "error": error})
            if retry == "terminal":
                record.session["status"] = "terminated"
                emit(record, {"type": "session.status_terminated"})
            else:
                record.session["status"] = "idle"
                emit(record, {"type": "session.status_idle", "stop_reason": {"type": "retries_exhausted"}})
            record.session["updated_at"] = c.now()

    @app.route("GET", "/sessions")
    def list_(request: Request) -> dict[str, Any]:
        include_archived = c.query_bool(request, "include_archived")
        keep = c.created_at_filter(request)
        statuses = set(request.query.get("statuses[]", []) + request.query.get("statuses", []))
        agent_id = request.query_value("agent_id")
        deployment_id = request.query_value("deployment_id")
        descending = _order(request, default="desc") == "desc"
        with app.lock:
            items = [
                record.session
                for record in sorted(sessions.records.values(), key=lambda r: r.session["id"], reverse=descending)
                if (include_archived or record.session["archived_at"] is None)
                and keep(record.session)
                and (not statuses or record.session["status"] in statuses)
                and (agent_id is None or record.session["agent"]["id"] == agent_id)
                and (deployment_id is None or record.session.get("deployment_id") == deployment_id)
            ]
            by_id = {record.session["id"]: record for record in sessions.records.values()}
            return c.paginate(
                request,
                items,
                key=lambda s: s["id"],
                cursor_of=str,
                render=lambda s: _render(by_id[s["id"]]),
                id_of=lambda s: s["id"],
                descending=descending,
            )

    @app.route("GET", "/sessions/{session_id}")
    def retrieve(request: Request) -> dict[str, Any]:
        with app.lock:
            return _render(get(request.path_params["session_id"]))

    @app.route("POST", "/sessions/{session_id}")
    def update(request: Request) -> dict[str, Any]:
        body = request.json_object()
        with app.lock:
            record = get(request.path_params["session_id"])
            session = record.session
            changed: dict[str, Any] = {}
            if "title" in body:
                session["title"] = c.optional_string(body["title"], "title") or ""
                changed["title"] = session["title"]
            if "metadata" in body and body["metadata"] is not None:
                session["metadata"] = c.apply_metadata_patch(
                    session["metadata"], c.metadata(body["metadata"], patch=True)
                )
                changed["metadata"] = session["metadata"]
            if "agent" in body:
                agent_update = c.obj(body["agent"], "agent")
                for name in ("tools", "mcp_servers", "skills", "model", "system"):
                    if name in agent_update:
                        session["agent"][name] = agent_update[name]
                changed["agent"] = session["agent"]
            if "environment_variables" in body:
                session["environment_variables"] = _environment_variables(body["environment_variables"])
            session["updated_at"] = c.now()
            if changed:
                emit(record, {"type": "session.updated", **copy.deepcopy(changed)})
            return _render(record)

    @app.route("POST", "/sessions/{session_id}/archive")
    def archive(request: Request) -> dict[str, Any]:
        with app.lock:
            record = get(request.path_params["session_id"])
            if record.session["archived_at"] is None:
                record.session["archived_at"] = record.session["updated_at"] = c.now()
                state.webhooks.publish("session.archived", record.session["id"])
            return _render(record)

    @app.route("DELETE", "/sessions/{session_id}")
    def delete(request: Request) -> dict[str, Any]:
        with app.lock:
            record = get(request.path_params["session_id"])
            record.cancel_requested = True
            record.session["status"] = "terminated"
            emit(record, {"type": "session.deleted"})
            del sessions.records[record.session["id"]]
            return {"id": record.session["id"], "type": "session_deleted"}

    @app.route("POST", "/sessions/{session_id}/cancel")
    def cancel(request: Request) -> Response:
        with app.lock:
            record = get(request.path_params["session_id"])
            if record.session["archived_at"] is not None:
                raise ApiError(404, f"Session '{record.session['id']}' was not found or is archived.")
            running = record.session["status"] == "running"
            if running:
                record.cancel_requested = True
                record.session["status"] = "canceling"
            body = {"id": record.session["id"], "type": "session", "status": "canceling" if running else "idle"}
            return Response(202 if running else 200, body)

    # ------------------------------------------------------------------ events

    @app.route("POST", "/sessions/{session_id}/events")
    def send(request: Request) -> Response:
        body = request.json_object()
        if "events" not in body:
            raise ApiError(400, "Field 'events' is required (send {\"events\": [...]}).", param="events")
        events = c.array(body["events"], "events")
        if not events:
            raise ApiError(400, "Field 'events' must not be empty.", param="events")
        with app.lock:
            record = get(request.path_params["session_id"])
            if record.session["archived_at"] is not None or record.session["status"] == "terminated":
                raise ApiError(409, "The session is archived or terminated.", type="invalid_request_error")
            return Response(202, {"data": _accept_events(record, events)})

    @app.route("GET", "/sessions/{session_id}/events")
    def list_events(request: Request) -> dict[str, Any]:
        return _list_events(request, thread_id=None)

    def _list_events(request: Request, thread_id: str | None) -> dict[str, Any]:
        types = set(request.query.get("types[]", []) + request.query.get("types", []))
        descending = _order(request, default="asc") == "desc"
        with app.lock:
            record = get(request.path_params["session_id"])
            if thread_id is not None and thread_id not in record.threads:
                raise ApiError(404, f"Session thread '{thread_id}' was not found.")
            stored = record.events
            position = {event["id"]: index for index, event in enumerate(stored)}  # list order = processing order
            events = [e for e in stored if not types or e["type"] in types]
            ordered = list(reversed(events)) if descending else events
            return c.paginate(
                request,
                ordered,
                key=lambda e: position[e["id"]],
                cursor_of=lambda raw: _event_position(position, raw),
                render=copy.deepcopy,
                id_of=lambda e: e["id"],
                descending=descending,
            )

    @app.route("GET", "/sessions/{session_id}/events/stream")
    def stream(request: Request) -> Response:
        return _stream(request, thread_id=None)

    def _stream(request: Request, thread_id: str | None) -> Response:
        wanted = set(request.query.get("event_deltas[]", []) + request.query.get("event_deltas", []))
        last_event_id = request.header("last-event-id")
        with app.lock:
            record = get(request.path_params["session_id"])
            if thread_id is not None and thread_id not in record.threads:
                raise ApiError(404, f"Session thread '{thread_id}' was not found.")
            start = len(record.log)
            if last_event_id:
                start = _resume_position(record, last_event_id)
            cut_after = sessions.stream_cuts.pop(0) if sessions.stream_cuts else None
        return Response(200, stream=_frames(record, start, wanted, cut_after))

    def _frames(record: SessionRecord, position: int, wanted: set[str], cut_after: int | None) -> Iterator[bytes]:
        delivered = 0
        while True:
            with state.condition:
                if position >= len(record.log) and not sessions.stopping.is_set():
                    state.condition.wait(sessions.heartbeat_interval)
                batch = record.log[position:]
                position += len(batch)
            if sessions.stopping.is_set():
                return
            if not batch:
                yield b": heartbeat\n\n"
                continue
            for entry in batch:
                if entry.preview_of is not None and entry.preview_of not in wanted:
                    continue
                frame = _frame(entry)
                if cut_after is not None and delivered >= cut_after:
                    yield frame[: len(frame) // 2]
                    raise StreamCut
                yield frame
                delivered += 1
                if entry.data["type"] in TERMINAL_EVENT_TYPES:
                    return

    def _resume_position(record: SessionRecord, last_event_id: str) -> int:
        for index, entry in enumerate(record.log):
            if entry.preview_of is None and entry.event_id == last_event_id:
                return index + 1
        previews = [i for i, e in enumerate(record.log) if e.preview_of is not None and e.event_id == last_event_id]
        if previews:  # the ID of an event still being previewed: skip the deltas already sent
            return previews[-1] + 1
        raise ApiError(400, f"Last-Event-ID '{last_event_id}' is not an event of this session.", param="Last-Event-ID")

    # ------------------------------------------------------------------ threads

    @app.route("GET", "/sessions/{session_id}/threads")
    def list_threads(request: Request) -> dict[str, Any]:
        with app.lock:
            record = get(request.path_params["session_id"])
            threads = sorted(record.threads.values(), key=lambda t: (t["parent_thread_id"] is not None, t["id"]))
            order = {t["id"]: i for i, t in enumerate(threads)}
            return c.paginate(
                request,
                threads,
                key=lambda t: order[t["id"]],
                cursor_of=lambda raw: order.get(raw, -1),
                render=copy.deepcopy,
                id_of=lambda t: t["id"],
                descending=False,
            )

    def _thread(record: SessionRecord, thread_id: str) -> dict[str, Any]:
        thread = record.threads.get(thread_id)
        if thread is None:
            raise ApiError(404, f"Session thread '{thread_id}' was not found.")
        return thread

    @app.route("GET", "/sessions/{session_id}/threads/{thread_id}")
    def retrieve_thread(request: Request) -> dict[str, Any]:
        with app.lock:
            record = get(request.path_params["session_id"])
            return copy.deepcopy(_thread(record, request.path_params["thread_id"]))

    @app.route("POST", "/sessions/{session_id}/threads/{thread_id}/archive")
    def archive_thread(request: Request) -> dict[str, Any]:
        with app.lock:
            record = get(request.path_params["session_id"])
            thread = _thread(record, request.path_params["thread_id"])
            if thread["parent_thread_id"] is None:
                raise ApiError(409, "The primary thread cannot be archived.", type="conflict_error")
            if thread["archived_at"] is None:
                thread["archived_at"] = thread["updated_at"] = c.now()
                thread["status"] = "terminated"
            return copy.deepcopy(thread)

    @app.route("GET", "/sessions/{session_id}/threads/{thread_id}/events")
    def list_thread_events(request: Request) -> dict[str, Any]:
        return _list_events(request, thread_id=request.path_params["thread_id"])

    @app.route("GET", "/sessions/{session_id}/threads/{thread_id}/stream")
    def stream_thread(request: Request) -> Response:
        return _stream(request, thread_id=request.path_params["thread_id"])

    # ------------------------------------------------------------------ resources

    @app.route("GET", "/sessions/{session_id}/resources")
    def list_resources(request: Request) -> dict[str, Any]:
        with app.lock:
            record = get(request.path_params["session_id"])
            items = sorted(record.resources.values(), key=lambda r: r["id"])
            return c.paginate(
                request,
                items,
                key=lambda r: r["id"],
                cursor_of=str,
                render=copy.deepcopy,
                id_of=lambda r: r["id"],
                descending=False,
            )

    @app.route("POST", "/sessions/{session_id}/resources")
    def add_resource(request: Request) -> dict[str, Any]:
        body = request.json_object()
        if body.get("type") != "file":
            raise ApiError(400, "Only 'file' resources can be added to a running session.", param="type")
        with app.lock:
            record = get(request.path_params["session_id"])
            if record.session["archived_at"] is not None or record.session["status"] == "terminated":
                raise ApiError(409, "The session is archived or terminated.", type="invalid_request_error")
            resource = _resource(state, body, "resource", c.now())
            if any(r.get("file_id") == resource["file_id"] for r in record.resources.values()):
                raise ApiError(409, f"File '{resource['file_id']}' is already mounted.", type="invalid_request_error")
            record.resources[resource["id"]] = resource
            return copy.deepcopy(resource)

    def _get_resource(record: SessionRecord, resource_id: str) -> dict[str, Any]:
        resource = record.resources.get(resource_id)
        if resource is None:
            raise ApiError(404, f"Session resource '{resource_id}' was not found.")
        return resource

    @app.route("GET", "/sessions/{session_id}/resources/{resource_id}")
    def retrieve_resource(request: Request) -> dict[str, Any]:
        with app.lock:
            record = get(request.path_params["session_id"])
            return copy.deepcopy(_get_resource(record, request.path_params["resource_id"]))

    @app.route("POST", "/sessions/{session_id}/resources/{resource_id}")
    def update_resource(request: Request) -> dict[str, Any]:
        body = request.json_object()
        with app.lock:
            record = get(request.path_params["session_id"])
            resource = _get_resource(record, request.path_params["resource_id"])
            if resource["type"] not in ("github_repository", "git_repository"):
                raise ApiError(400, "Only repository resources have credentials to rotate.", param="resource_id")
            token = body.get("authorization_token", body.get("password"))
            if token is None:
                raise ApiError(400, "Field 'authorization_token' is required.", param="authorization_token")
            c.string(token, "authorization_token", min_length=1)
            resource["updated_at"] = c.now()
            return copy.deepcopy(resource)

    @app.route("DELETE", "/sessions/{session_id}/resources/{resource_id}")
    def delete_resource(request: Request) -> dict[str, Any]:
        with app.lock:
            record = get(request.path_params["session_id"])
            resource = _get_resource(record, request.path_params["resource_id"])
            del record.resources[resource["id"]]
            return {"id": resource["id"], "type": "session_resource_deleted"}


# ---------------------------------------------------------------------- helpers


def store_event(state: State, session_id: str, event: dict[str, Any]) -> dict[str, Any]:
    """Append a stored event to a session's log from outside a request (see LocalServer.emit_event)."""
    with state.condition:
        record = state.sessions.records.get(session_id)
        if record is None:
            raise KeyError(f"no session {session_id!r}")
        data = {"id": c.new_id("evt"), **event, "processed_at": c.now()}
        record.log.append(LogEntry(data, data["id"]))
        state.webhooks.publish_session_event(session_id, data["type"])
        state.condition.notify_all()
        return copy.deepcopy(data)


def _event_position(position: dict[str, int], event_id: str) -> int:
    if event_id not in position:
        raise ApiError(400, f"Unknown event cursor '{event_id}'.", param="after_id")
    return position[event_id]


def _order(request: Request, *, default: str) -> str:
    order = request.query_value("order") or default
    if order not in ("asc", "desc"):
        raise ApiError(400, "'order' must be 'asc' or 'desc'.", param="order")
    return order


def _render(record: SessionRecord) -> dict[str, Any]:
    session = copy.deepcopy(record.session)
    session["resources"] = [copy.deepcopy(r) for r in sorted(record.resources.values(), key=lambda r: r["id"])]
    return session


def _frame(entry: LogEntry) -> bytes:
    payload = json.dumps(entry.data, separators=(",", ":"))
    return f"id: {entry.event_id}\nevent: {entry.data['type']}\ndata: {payload}\n\n".encode()


def _reply(text: str) -> str:
    """The scripted agent's answer: deterministic, and different for different inputs."""
    words = text.split()
    if not words:
        return "I received an empty message."
    return f"You asked me to {text.strip()!r}. Here is a short plan: read the request, write the code, test it."


def _pieces(reply: str) -> list[str]:
    words = reply.split(" ")
    return [" ".join(words[i : i + 4]) + (" " if i + 4 < len(words) else "") for i in range(0, len(words), 4)]


def _agent_snapshot(state: State, value: Any) -> dict[str, Any]:
    if isinstance(value, str):
        agent_id, version = value, None
    else:
        ref = c.obj(value, "agent")
        if ref.get("type") not in ("agent", "agent_with_overrides"):
            raise ApiError(400, "Field 'agent.type' must be 'agent'.", param="agent.type")
        agent_id = c.string(c.required(ref, "id"), "agent.id", min_length=1)
        version = ref.get("version")
    record = state.agents.get(agent_id)
    if record is None:
        raise ApiError(404, f"Agent '{agent_id}' was not found.", param="agent")
    if version is None:
        snapshot = record.current
    else:
        number = c.integer(version, "agent.version", minimum=1)
        matches = [s for s in record.versions if s["version"] == number]
        if not matches:
            raise ApiError(404, f"Agent '{agent_id}' has no version {number}.", param="agent.version")
        snapshot = matches[0]
    keep = ("id", "version", "name", "description", "system", "model", "tools", "mcp_servers", "skills", "multiagent")
    return {"type": "agent", **{name: copy.deepcopy(snapshot[name]) for name in keep}}


def _threads(session_id: str, agent: dict[str, Any], stamp: str) -> dict[str, dict[str, Any]]:
    """The primary thread, plus one child thread per multiagent member."""

    def thread(parent: str | None, thread_agent: dict[str, Any]) -> dict[str, Any]:
        return {
            "id": c.new_id("sthr"),
            "type": "session_thread",
            "session_id": session_id,
            "parent_thread_id": parent,
            "agent": thread_agent,
            "status": "idle",
            "stats": {"active_seconds": 0, "duration_seconds": 0, "startup_seconds": 0},
            "archived_at": None,
            "created_at": stamp,
            "updated_at": stamp,
        }

    primary = thread(None, {"type": "agent", "id": agent["id"], "version": agent["version"], "name": agent["name"]})
    threads = {primary["id"]: primary}
    for member in (agent.get("multiagent") or {}).get("agents", []):
        if isinstance(member, dict) and member.get("type") == "advisor":
            child_agent = {"type": "advisor", "model": member.get("model", "ultimate")}
        else:
            member_id = member if isinstance(member, str) else member.get("id", agent["id"])
            child_agent = {"type": "agent", "id": member_id, "version": 1, "name": member_id}
        child = thread(primary["id"], child_agent)
        threads[child["id"]] = child
    return threads


def _environment_variables(value: Any) -> dict[str, str]:
    if value is None:
        return {}
    if isinstance(value, str):
        pairs = [part for chunk in value.splitlines() for part in chunk.split(";") if part.strip()]
        value = {name.strip(): item for name, _, item in (pair.partition("=") for pair in pairs)}
    variables = c.obj(value, "environment_variables")
    for name, item in variables.items():
        if (
            not name.isidentifier()
            or name.startswith(("CAW_", "QODER_"))
            or name in ("SERVER_ENDPOINT", "USER_ID", "WORK_DIR")
        ):
            raise ApiError(400, f"Environment variable name '{name}' is not allowed.", param="environment_variables")
        c.string(item, f"environment_variables.{name}")
    return {str(name): str(item) for name, item in variables.items()}


def _resource(state: State, param: dict[str, Any], where: str, stamp: str) -> dict[str, Any]:
    kind = param.get("type")
    if kind not in _RESOURCE_TYPES:
        raise ApiError(400, f"Field '{where}.type' must be one of {', '.join(_RESOURCE_TYPES)}.", param=f"{where}.type")
    base: dict[str, Any] = {"id": c.new_id("sesr"), "type": kind, "created_at": stamp, "updated_at": stamp}
    if kind == "file":
        file_id = c.string(c.required(param, "file_id"), f"{where}.file_id", min_length=1)
        if file_id not in state.files:
            raise ApiError(404, f"File '{file_id}' was not found.", param=f"{where}.file_id")
        mount = param.get("mount_path") or f"/mnt/session/uploads/{file_id}"
        return {**base, "file_id": file_id, "mount_path": c.string(mount, f"{where}.mount_path")}
    if kind in ("github_repository", "git_repository"):
        url = c.string(c.required(param, "url"), f"{where}.url", min_length=1)
        if kind == "github_repository":
            c.string(c.required(param, "authorization_token"), f"{where}.authorization_token", min_length=1)
        name = url.rstrip("/").rsplit("/", 1)[-1].removesuffix(".git")
        resource = {**base, "url": url, "mount_path": param.get("mount_path") or f"/workspace/{name}"}
        if param.get("checkout") is not None:
            resource["checkout"] = c.obj(param["checkout"], f"{where}.checkout")
        return resource
    store_id = c.string(c.required(param, "memory_store_id"), f"{where}.memory_store_id", min_length=1)
    access = param.get("access", "read_write")
    if access not in ("read_write", "read_only"):
        raise ApiError(400, f"Field '{where}.access' must be 'read_write' or 'read_only'.", param=f"{where}.access")
    return {
        **base,
        "memory_store_id": store_id,
        "access": access,
        "instructions": c.optional_string(param.get("instructions"), f"{where}.instructions", max_length=4096),
        "mount_path": f"/mnt/memory/{store_id}",
    }


def _client_event(event: dict[str, Any], index: int, count: int) -> dict[str, Any]:
    kind = event.get("type")
    where = f"events[{index}]"
    if kind not in CLIENT_EVENT_TYPES:
        raise ApiError(400, f"Field '{where}.type' is not an event a client can send: {kind!r}.", param=f"{where}.type")
    if kind in ("user.message", "system.message"):
        content = event.get("content")
        if not isinstance(content, list) or not content:
            raise ApiError(
                400, f"Field '{where}.content' must be a non-empty array of content blocks.", param=f"{where}.content"
            )
        for block_index, block in enumerate(content):
            block = c.obj(block, f"{where}.content[{block_index}]")
            if not isinstance(block.get("type"), str):
                raise ApiError(
                    400, f"Field '{where}.content[{block_index}].type' is required.", param=f"{where}.content"
                )
    if kind == "system.message" and index != count - 1:
        raise ApiError(400, "A system.message must be the last event of the request.", param=f"{where}.type")
    if kind in ("user.tool_confirmation", "user.tool_result"):
        c.string(c.required(event, "tool_use_id"), f"{where}.tool_use_id", min_length=1)
    if kind == "user.custom_tool_result":
        c.string(c.required(event, "custom_tool_use_id"), f"{where}.custom_tool_use_id", min_length=1)
    if kind == "user.define_outcome":
        c.string(c.required(event, "description"), f"{where}.description", min_length=1)
    return copy.deepcopy(event)
