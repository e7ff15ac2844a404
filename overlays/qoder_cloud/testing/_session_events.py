"""What a client sends to a session (`POST /sessions/{id}/events`, and `initial_events` at
creation): each event is checked, then the whole request is checked against where the session's
turn is, and only then applied, so a refused request changes nothing.

A `user.message` starts a turn of the scripted agent; `user.custom_tool_result` and
`user.tool_confirmation` answer the calls a waiting turn made; `user.interrupt` ends the turn.
Where the API's documents are silent this server chooses: a `user.message` while the session is
running or waiting for answers is a 409; a result for an event the session is not waiting for is
a 400; `initial_events` take `user.message` and `user.define_outcome` only.
"""

from __future__ import annotations

import copy
from typing import Any

from . import _common as common
from . import _fields as fields
from ._app import App
from ._event_log import append
from ._messages import ApiError, Request, Response
from ._scripted_agent import announce_pending, end_soon, start_turn
from ._state import SessionRecord, State

__all__ = ["CLIENT_EVENT_TYPES", "INITIAL_EVENT_TYPES", "accept_events", "register"]

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
INITIAL_EVENT_TYPES = frozenset({"user.message", "user.define_outcome"})
# The answers a waiting turn takes, by the field naming what they answer. `user.tool_result` answers
# the built-in tool calls of a session on a self-hosted environment, which its worker runs.
_ANSWERS = {
    "user.custom_tool_result": "custom_tool_use_id",
    "user.tool_confirmation": "tool_use_id",
    "user.tool_result": "tool_use_id",
}


def register(app: App, state: State) -> None:
    @app.route("POST", "/sessions/{session_id}/events")
    def send(request: Request) -> Response:
        body = request.json_object()
        if "events" not in body:
            raise ApiError(400, "Field 'events' is required (send {\"events\": [...]}).", param="events")
        events = fields.array(body["events"], "events")
        if not events:
            raise ApiError(400, "Field 'events' must not be empty.", param="events")
        with app.lock:
            record = common.session_of(state, request)
            if record.session["archived_at"] is not None or record.session["status"] == "terminated":
                raise ApiError(409, "The session is archived or terminated.", type="invalid_request_error")
            return Response(202, {"data": accept_events(state, record, events)})


def accept_events(
    state: State, record: SessionRecord, raw_events: list[Any], *, allowed: frozenset[str] = CLIENT_EVENT_TYPES
) -> list[dict[str, Any]]:
    """Check every event against the session as it is, then apply them in order (all or none);
    returns the stored events. The caller holds the lock."""
    events = [_client_event(raw, index, len(raw_events), allowed) for index, raw in enumerate(raw_events)]
    _check_against_session(record, events)
    stored: list[dict[str, Any]] = []
    answered = False
    for event in events:
        kind = event["type"]
        if kind == "user.message":
            stored.append(start_turn(state, record, event))
            continue
        stored.append(append(state, record, event))
        turn = record.turn
        if kind == "user.interrupt" and turn is not None:
            end_soon(state, record, turn)
        elif kind in _ANSWERS and turn is not None:
            event_id = event[_ANSWERS[kind]]
            turn.answers[event_id] = stored[-1]
            del turn.pending[event_id]
            answered = True
    turn = record.turn
    if answered and turn is not None:
        if turn.pending:
            announce_pending(state, record, turn)
        else:
            record.session["status"] = "running"
            turn.resumed_at, turn.paced = state.clock.time(), 0
            append(state, record, {"type": "session.status_running"})
    return copy.deepcopy(stored)


def _check_against_session(record: SessionRecord, events: list[dict[str, Any]]) -> None:
    """The 409s and 400s that depend on where the session's turn is, for the events in order."""
    turn = record.turn
    busy = turn is not None
    pending = dict(turn.pending) if turn is not None else {}
    for index, event in enumerate(events):
        kind = event["type"]
        if kind == "user.message":
            if busy:
                raise ApiError(409, _busy_message(record), type="conflict_error")
            busy = True
        elif kind in _ANSWERS:
            name = _ANSWERS[kind]
            if pending.pop(event[name], None) != kind:
                asked = "agent.custom_tool_use" if kind == "user.custom_tool_result" else "agent.tool_use"
                raise ApiError(
                    400,
                    f"Event '{event[name][:100]}' is not an {asked} this session is waiting for.",
                    param=f"events[{index}].{name}",
                )


def _busy_message(record: SessionRecord) -> str:
    turn = record.turn
    if turn is not None and turn.pending and record.session["status"] == "idle":
        waiting = ", ".join(sorted(turn.pending))
        return (
            f"The session is waiting for answers to {waiting} (stop_reason requires_action); "
            "send them, or a user.interrupt, before a new message."
        )
    return "The session is still running the previous turn; wait for it to go idle."


def _client_event(raw: Any, index: int, count: int, allowed: frozenset[str]) -> dict[str, Any]:
    where = f"events[{index}]"
    event = fields.obj(raw, where)
    kind = event.get("type")
    if kind not in allowed:
        what = "an event a client can send" if allowed is CLIENT_EVENT_TYPES else "allowed here"
        raise ApiError(400, f"Field '{where}.type' is not {what}: {str(kind)[:60]!r}.", param=f"{where}.type")
    if kind in ("user.message", "system.message"):
        content = event.get("content")
        if not isinstance(content, list) or not content:
            raise ApiError(
                400, f"Field '{where}.content' must be a non-empty array of content blocks.", param=f"{where}.content"
            )
        for block_index, block in enumerate(content):
            block = fields.obj(block, f"{where}.content[{block_index}]")
            if not isinstance(block.get("type"), str):
                raise ApiError(
                    400, f"Field '{where}.content[{block_index}].type' is required.", param=f"{where}.content"
                )
    if kind == "system.message" and index != count - 1:
        raise ApiError(400, "A system.message must be the last event of the request.", param=f"{where}.type")
    if kind in ("user.tool_confirmation", "user.tool_result"):
        fields.string(fields.required(event, "tool_use_id"), f"{where}.tool_use_id", min_length=1)
    if kind == "user.tool_confirmation" and event.get("result") not in ("allow", "deny"):
        raise ApiError(400, f"Field '{where}.result' must be 'allow' or 'deny'.", param=f"{where}.result")
    if kind == "user.custom_tool_result":
        fields.string(fields.required(event, "custom_tool_use_id"), f"{where}.custom_tool_use_id", min_length=1)
        if event.get("content") is not None:
            fields.array(event["content"], f"{where}.content")
    if kind == "user.define_outcome":
        fields.string(fields.required(event, "description"), f"{where}.description", min_length=1)
    return copy.deepcopy(event)
