"""A session's event log and how it is read: the events list and the live SSE stream.

Each session keeps a log of everything its streams deliver: stored events (with `evt_` IDs, also
returned by the events list) and preview frames (`event_start` / `event_delta`, sent only to
connections that asked for them with `event_deltas[]`).

Streams start at the live tail, resume after `Last-Event-ID` (400 for an ID the session never
had), send a `: heartbeat` comment after `heartbeat_interval` clock seconds of quiet, and end after
`session.status_terminated` or `session.deleted`. `SessionState.stream_cuts` cuts new stream
connections in the middle of a frame, for testing resumption.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator
from typing import Any

from . import _common as common
from ._app import App
from ._messages import ApiError, Request, Response, StreamCut, dumps
from ._state import LogEntry, SessionRecord, State

# Kept apart from the client's own list on purpose: the server is an independent oracle.
TERMINAL_EVENT_TYPES = frozenset({"session.status_terminated", "session.deleted"})


def register(app: App, state: State) -> None:
    @app.route("GET", "/sessions/{session_id}/events")
    def list_events(request: Request) -> dict[str, Any]:
        return events_page(state, request, thread_id=None)

    @app.route("GET", "/sessions/{session_id}/events/stream")
    def stream(request: Request) -> Response:
        return open_stream(state, request, thread_id=None)


# ----------------------------------------------------------------------- writing


def append(
    state: State, record: SessionRecord, data: dict[str, Any], *, preview_of: str | None = None, event_id: str = ""
) -> dict[str, Any]:
    """Append a frame to the session's log and wake its streams (the caller holds the lock).

    A stored event gets an `evt_` ID (unless it brings its own, as a previewed one does) and
    `processed_at`; a preview frame is logged as given, under the ID of the event it previews.
    Returns what was logged.
    """
    if preview_of is None:
        data = {"id": common.new_id("evt"), **data, "processed_at": state.now()}
        event_id = data["id"]
        state.webhooks.publish_session_event(record.session["id"], data["type"])
    record.log.append(LogEntry(data, event_id, preview_of))
    state.condition.notify_all()
    return data


def store_event(state: State, session_id: str, event: dict[str, Any]) -> dict[str, Any]:
    """Append a stored event from outside a request (see `LocalServer.emit_event`)."""
    dumps(event)  # ValueError for NaN or Infinity: nothing is logged that JSON cannot carry
    with state.condition:
        record = state.sessions.records.get(session_id)
        if record is None:
            raise KeyError(f"no session {session_id!r}")
        return copy.deepcopy(append(state, record, copy.deepcopy(event)))


# ----------------------------------------------------------------------- reading


def events_page(state: State, request: Request, *, thread_id: str | None) -> dict[str, Any]:
    """A page of a session's stored events (in processing order, or newest first)."""
    types = set(request.query.get("types[]", []) + request.query.get("types", []))
    descending = order(request, default="asc") == "desc"
    with state.lock:
        record = common.session_of(state, request)
        if thread_id is not None:
            common.find(record.threads, thread_id, "Session thread")
        stored = record.events
        position = {event["id"]: index for index, event in enumerate(stored)}
        events = [e for e in stored if not types or e["type"] in types]
        ordered = list(reversed(events)) if descending else events
        return common.paginate(
            request,
            ordered,
            key=lambda e: position[e["id"]],
            cursor_of=lambda raw: _event_position(position, raw),
            render=copy.deepcopy,
            id_of=lambda e: e["id"],
            descending=descending,
        )


def open_stream(state: State, request: Request, *, thread_id: str | None) -> Response:
    """The live stream of a session (or of one of its threads), from the tail or `Last-Event-ID`."""
    wanted = set(request.query.get("event_deltas[]", []) + request.query.get("event_deltas", []))
    last_event_id = request.header("last-event-id")
    with state.lock:
        record = common.session_of(state, request)
        if thread_id is not None:
            common.find(record.threads, thread_id, "Session thread")
        start = _resume_position(record, last_event_id) if last_event_id else len(record.log)
        cuts = state.sessions.stream_cuts
        cut_after = cuts.popleft() if cuts else None
    return Response(200, stream=_frames(state, record, start, wanted, cut_after))


def order(request: Request, *, default: str) -> str:
    value = request.query_value("order") or default
    if value not in ("asc", "desc"):
        raise ApiError(400, "'order' must be 'asc' or 'desc'.", param="order")
    return value


def _frames(
    state: State, record: SessionRecord, position: int, wanted: set[str], cut_after: int | None
) -> Iterator[bytes]:
    delivered = 0
    quiet_since = state.clock.time()
    while True:
        with state.condition:
            while position >= len(record.log) and not state.stopping.is_set():
                due = quiet_since + state.sessions.heartbeat_interval
                if state.clock.time() >= due:
                    break
                state.clock.wait_until(state.condition, due)
            batch = record.log[position:]
            position += len(batch)
        if state.stopping.is_set():
            return
        quiet_since = state.clock.time()
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


def _frame(entry: LogEntry) -> bytes:
    return f"id: {entry.event_id}\nevent: {entry.data['type']}\ndata: {dumps(entry.data)}\n\n".encode()


def _resume_position(record: SessionRecord, last_event_id: str) -> int:
    for index, entry in enumerate(record.log):
        if entry.preview_of is None and entry.event_id == last_event_id:
            return index + 1
    previews = [i for i, e in enumerate(record.log) if e.preview_of is not None and e.event_id == last_event_id]
    if previews:  # the ID of an event still being previewed: skip the deltas already sent
        return previews[-1] + 1
    raise ApiError(
        400, f"Last-Event-ID '{last_event_id[:100]}' is not an event of this session.", param="Last-Event-ID"
    )


def _event_position(position: dict[str, int], event_id: str) -> int:
    if event_id not in position:
        raise ApiError(400, f"Unknown event cursor '{event_id[:100]}'.", param="after_id")
    return position[event_id]
