"""Dreams: create, list, retrieve, cancel, archive.

A dream is a short job on a background thread. It is created `pending`, becomes `running`, then
consolidates its input memory store (and the messages of its input sessions) into an output
store: a new store named after the input one (`create_new`, the default) or the store named
by `update_existing`. Memories with the same text (ignoring case and surrounding blanks) are
merged, keeping the first path; each input session's messages become `sessions/<id>.md`. The
output is written through the server's own memory routes, so it has versions like any write.
The dream ends `completed` with `outputs[0].files_touched` listing the paths written, or
`failed` with `error.type` `no_output` when there was nothing to consolidate. Each step waits
`LocalServer.dream_step_seconds` clock seconds first (raise it to catch a dream while it is
pending or running).

Cancel is idempotent on a canceled dream and refused (400) on a completed or failed one;
archive is refused (400) while pending or running and idempotent after.
"""

from __future__ import annotations

import copy
import threading
from typing import Any

from . import _common as common
from . import _fields as fields
from ._app import ApiError, App, Request, Response
from ._state import State

_MODELS = ("auto", "lite", "ultimate")
_SPEEDS = ("standard", "fast")
_STATUSES = ("pending", "running", "completed", "failed", "canceled")
_LIVE = ("pending", "running")


def register(app: App, state: State) -> None:
    @app.route("POST", "/dreams")
    def create(request: Request) -> Response:
        body = request.json_object()
        with app.lock:
            store_id, session_ids = _inputs(state, fields.required(body, "inputs"))
            dream: dict[str, Any] = {
                "id": common.new_id("drm"),
                "type": "dream",
                "status": "pending",
                "inputs": copy.deepcopy(body["inputs"]),
                "outputs": [],
                "model": _model(body.get("model", "auto")),
                "instructions": fields.optional_string(body.get("instructions"), "instructions", max_length=4096),
                "output_behavior": _output_behavior(state, body.get("output_behavior")),
                "session_id": None,
                "usage": {
                    "input_tokens": 0,
                    "output_tokens": 0,
                    "cache_creation_input_tokens": 0,
                    "cache_read_input_tokens": 0,
                },
                "error": None,
                "created_at": state.now(),
                "ended_at": None,
                "archived_at": None,
            }
            state.dreams[dream["id"]] = dream
            job = threading.Thread(
                target=_dream, args=(app, state, dream, store_id, session_ids), name="qoder-local-dream", daemon=True
            )
            job.start()
            return Response(201, copy.deepcopy(dream))

    @app.route("GET", "/dreams")
    def list_(request: Request) -> dict[str, Any]:
        include_archived = common.query_bool(request, "include_archived")
        statuses = set(request.query.get("statuses[]", []))
        unknown = statuses - set(_STATUSES)
        if unknown:
            raise ApiError(400, f"Unknown dream status {sorted(unknown)[0]!r}.", param="statuses[]")
        low = _time_query(request, "created_at[gt]")
        high = _time_query(request, "created_at[lt]")
        with app.lock:
            dreams = [
                dream
                for dream in sorted(state.dreams.values(), key=lambda d: d["id"], reverse=True)
                if (include_archived or dream["archived_at"] is None)
                and (not statuses or dream["status"] in statuses)
                and (low is None or fields.parse_time(dream["created_at"], "created_at") > low)
                and (high is None or fields.parse_time(dream["created_at"], "created_at") < high)
            ]
            return common.page_by_id(request, dreams)

    common.serve_retrieve(app, "/dreams/{dream_id}", lambda request: _get(state, request))

    @app.route("POST", "/dreams/{dream_id}/cancel")
    def cancel(request: Request) -> dict[str, Any]:
        with app.lock:
            dream = _get(state, request)
            if dream["status"] in ("completed", "failed"):
                raise ApiError(400, f"Dream '{dream['id']}' has already {dream['status']}; it cannot be canceled.")
            if dream["status"] != "canceled":
                _end(state, dream, "canceled")
            return copy.deepcopy(dream)

    @app.route("POST", "/dreams/{dream_id}/archive")
    def archive(request: Request) -> dict[str, Any]:
        with app.lock:
            dream = _get(state, request)
            if dream["status"] in _LIVE:
                raise ApiError(400, f"Dream '{dream['id']}' is {dream['status']}; cancel it before archiving.")
            if dream["archived_at"] is None:
                dream["archived_at"] = state.now()
            return copy.deepcopy(dream)


# ---------------------------------------------------------------------- the job


def _dream(app: App, state: State, dream: dict[str, Any], store_id: str, session_ids: list[str]) -> None:
    """Run one dream: pending -> running -> completed or failed, unless canceled on the way."""
    if not _step(app, state, dream):
        return
    with app.lock:
        dream["status"] = "running"
        state.condition.notify_all()
    if not _step(app, state, dream):
        return
    with app.lock:
        memories, read_words = _consolidated(state, store_id)
        for session_id in session_ids:
            text = _session_text(state, session_id)
            if text:
                memories.append((f"sessions/{session_id}.md", text))
                read_words += len(text.split())
        if not memories:
            dream["error"] = {"type": "no_output", "message": "The inputs hold nothing to consolidate."}
            _end(state, dream, "failed")
            return
        target = _output_store(app, state, dream, store_id)
        for path, content in memories:
            _write(app, state, target, path, content)
        dream["outputs"] = [
            {"type": "memory_store", "memory_store_id": target, "files_touched": [p for p, _ in memories]}
        ]
        dream["usage"]["input_tokens"] = read_words
        dream["usage"]["output_tokens"] = sum(len(content.split()) for _, content in memories)
        _end(state, dream, "completed")


def _step(app: App, state: State, dream: dict[str, Any]) -> bool:
    """Wait one step (`dream_step_seconds` on the server's clock); False when the dream was
    canceled or the server is stopping meanwhile."""
    with state.condition:
        due = state.clock.time() + state.dream_step_seconds
        while dream["status"] in _LIVE and not state.stopping.is_set():
            if state.clock.time() >= due:
                return True
            state.clock.wait_until(state.condition, due)
        return False


def _end(state: State, dream: dict[str, Any], status: str) -> None:
    dream["status"] = status
    dream["ended_at"] = state.now()
    state.condition.notify_all()


def _consolidated(state: State, store_id: str) -> tuple[list[tuple[str, str]], int]:
    """The store's memories with duplicates merged (first path wins), and the words read."""
    record = state.memory_stores.get(store_id)
    if record is None:  # deleted while the dream waited
        return [], 0
    kept: dict[str, tuple[str, str]] = {}
    words = 0
    for memory in sorted(record.memories.values(), key=lambda m: m["id"]):
        words += len(memory["content"].split())
        kept.setdefault(" ".join(memory["content"].split()).lower(), (memory["path"], memory["content"]))
    return list(kept.values()), words


def _session_text(state: State, session_id: str) -> str:
    record = state.sessions.records.get(session_id)
    if record is None:
        return ""
    lines = []
    for event in record.events:
        if event["type"] in ("user.message", "agent.message"):
            text = " ".join(str(b.get("text", "")) for b in event.get("content", []) if b.get("type") == "text")
            lines.append(f"- {event['type'].split('.')[0]}: {text}")
    return "\n".join(lines)


def _output_store(app: App, state: State, dream: dict[str, Any], store_id: str) -> str:
    behavior = dream["output_behavior"]
    if behavior["type"] == "update_existing":
        return str(behavior["memory_store_id"])
    source = state.memory_stores.get(store_id)
    name = f"{source.store['name'] if source else store_id} (dream {dream['id']})"
    created = app.call("POST", "/memory_stores", {"name": name[:255], "description": f"Written by {dream['id']}."})
    return str(created.body["id"])


def _write(app: App, state: State, store_id: str, path: str, content: str) -> None:
    """Create the memory, or update the one at the same path (an existing output store)."""
    store = state.memory_stores.get(store_id)
    same = [memory for memory in store.memories.values() if memory["path"] == path] if store else []
    if same:
        app.call("POST", f"/memory_stores/{store_id}/memories/{same[0]['id']}", {"content": content})
    else:
        app.call("POST", f"/memory_stores/{store_id}/memories", {"path": path, "content": content})


# ---------------------------------------------------------------------- field checks


def _get(state: State, request: Request) -> dict[str, Any]:
    dream_id = request.path_params["dream_id"]
    dream = state.dreams.get(dream_id)
    if dream is None:
        raise ApiError(404, f"Dream '{dream_id}' was not found.")
    return dream  # type: ignore[no-any-return]


def _inputs(state: State, value: Any) -> tuple[str, list[str]]:
    """The input store and session IDs: exactly one `memory_store` input, at most one `sessions`."""
    inputs = fields.array(value, "inputs", max_items=2)
    stores: list[str] = []
    sessions: list[list[str]] = []
    for index, raw in enumerate(inputs):
        where = f"inputs[{index}]"
        item = fields.obj(raw, where)
        if item.get("type") == "memory_store":
            store_id = fields.string(
                fields.required_in(item, where, "memory_store_id"), f"{where}.memory_store_id", min_length=1
            )
            if store_id not in state.memory_stores:
                raise ApiError(404, f"Memory store '{store_id}' was not found.", param=f"{where}.memory_store_id")
            stores.append(store_id)
        elif item.get("type") == "sessions":
            raw_ids = fields.array(
                fields.required_in(item, where, "session_ids"), f"{where}.session_ids", max_items=100
            )
            ids = fields.strings(raw_ids, f"{where}.session_ids")
            if not ids:
                raise ApiError(400, f"Field '{where}.session_ids' must not be empty.", param=f"{where}.session_ids")
            for session_id in ids:
                if session_id not in state.sessions.records:
                    raise ApiError(404, f"Session '{session_id}' was not found.", param=f"{where}.session_ids")
            sessions.append(ids)
        else:
            raise ApiError(400, f"Field '{where}.type' must be 'memory_store' or 'sessions'.", param=f"{where}.type")
    if len(stores) != 1 or len(sessions) > 1:
        raise ApiError(
            400, "Field 'inputs' takes one memory_store input and at most one sessions input.", param="inputs"
        )
    return stores[0], sessions[0] if sessions else []


def _model(value: Any) -> dict[str, Any]:
    if isinstance(value, str):
        model: dict[str, Any] = {"id": value}
    else:
        model = dict(fields.obj(value, "model"))
        if "speed" in model and model["speed"] not in _SPEEDS:
            raise ApiError(400, "Field 'model.speed' must be 'standard' or 'fast'.", param="model.speed")
    if model.get("id") not in _MODELS:
        raise ApiError(400, f"Field 'model' must be one of {', '.join(_MODELS)}.", param="model")
    return model


def _output_behavior(state: State, value: Any) -> dict[str, Any]:
    if value is None:
        return {"type": "create_new"}
    behavior = fields.obj(value, "output_behavior")
    if behavior.get("type") == "create_new":
        return {"type": "create_new"}
    if behavior.get("type") != "update_existing":
        message = "Field 'output_behavior.type' must be 'create_new' or 'update_existing'."
        raise ApiError(400, message, param="output_behavior.type")
    store_id = fields.string(
        fields.required_in(behavior, "output_behavior", "memory_store_id"),
        "output_behavior.memory_store_id",
        min_length=1,
    )
    store = state.memory_stores.get(store_id)
    if store is None:
        raise ApiError(404, f"Memory store '{store_id}' was not found.", param="output_behavior.memory_store_id")
    if store.store["archived_at"] is not None:
        raise ApiError(400, f"Memory store '{store_id}' is archived.", param="output_behavior.memory_store_id")
    return {"type": "update_existing", "memory_store_id": store_id}


def _time_query(request: Request, name: str) -> Any:
    value = request.query_value(name)
    return None if value is None else fields.parse_time(value, name)
