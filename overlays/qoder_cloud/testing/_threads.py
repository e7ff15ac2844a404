"""Session threads: the primary thread and one per multiagent member; list, retrieve, archive
(a child only), and each thread's events and stream."""

from __future__ import annotations

import copy
from typing import Any

from . import _common as common
from . import _event_log
from ._app import App
from ._messages import ApiError, Request, Response
from ._state import SessionRecord, State


def register(app: App, state: State) -> None:
    @app.route("GET", "/sessions/{session_id}/threads")
    def list_threads(request: Request) -> dict[str, Any]:
        with app.lock:
            record = common.session_of(state, request)
            threads = sorted(record.threads.values(), key=lambda t: (t["parent_thread_id"] is not None, t["id"]))
            order = {t["id"]: i for i, t in enumerate(threads)}
            return common.paginate(
                request,
                threads,
                key=lambda t: order[t["id"]],
                cursor_of=lambda raw: order.get(raw, -1),
                render=copy.deepcopy,
                id_of=lambda t: t["id"],
                descending=False,
            )

    def get(request: Request) -> tuple[SessionRecord, dict[str, Any]]:
        return common.session_item(state, request, lambda r: r.threads, "thread_id", "Session thread")

    common.serve_retrieve(app, "/sessions/{session_id}/threads/{thread_id}", lambda request: get(request)[1])

    @app.route("POST", "/sessions/{session_id}/threads/{thread_id}/archive")
    def archive_thread(request: Request) -> dict[str, Any]:
        with app.lock:
            _, thread = get(request)
            if thread["parent_thread_id"] is None:
                raise ApiError(409, "The primary thread cannot be archived.", type="conflict_error")
            return common.archive(thread, state.now(), status="terminated")

    @app.route("GET", "/sessions/{session_id}/threads/{thread_id}/events")
    def list_thread_events(request: Request) -> dict[str, Any]:
        return _event_log.events_page(state, request, thread_id=request.path_params["thread_id"])

    @app.route("GET", "/sessions/{session_id}/threads/{thread_id}/stream")
    def stream_thread(request: Request) -> Response:
        return _event_log.open_stream(state, request, thread_id=request.path_params["thread_id"])


def new_threads(session_id: str, agent: dict[str, Any], stamp: str) -> dict[str, dict[str, Any]]:
    """The primary thread, plus one child thread per multiagent member."""

    def thread(parent: str | None, thread_agent: dict[str, Any]) -> dict[str, Any]:
        return {
            "id": common.new_id("sthr"),
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
            member_id = member if isinstance(member, str) else str(member.get("id", agent["id"]))
            child_agent = {"type": "agent", "id": member_id, "version": 1, "name": member_id}
        child = thread(primary["id"], child_agent)
        threads[child["id"]] = child
    return threads
