"""Memory stores (create, list, retrieve, update, archive, delete), memories (create, list,
retrieve, update, delete) and memory versions (list, retrieve, redact).

Paths are relative (`notes/style.md`): no leading `/`, no empty, `.` or `..` segments, no
control characters, at most 1024 bytes; live memories of a store have distinct paths (409).
Content is non-blank text of at most 102,400 bytes in UTF-8.

Every create, update and delete records a version (`created`, `updated`, `deleted`) holding the
content of that moment; `operation=modified` filters the `updated` ones, as the official SDK
names them. An update or delete that sends `content_sha256` (`expected_content_sha256` for
delete) is refused with 409 and writes nothing when the stored content has another hash.
Redaction erases one version's content for good (409 when already redacted; allowed in
archived stores); it changes the history only, never the live memory.

An archived store is read-only for memories (create, update and delete answer 409) and hidden
from lists unless `include_archived=true`; it can still be renamed, redacted and deleted.
The 409s of memories use `invalid_request_error`, as the current docs do.

`view=basic` leaves `content` out and `view=full` puts it in (also in lists); by default
create, update and retrieve return content and lists do not.
"""

from __future__ import annotations

import copy
import hashlib
from typing import Any

from . import _common as common
from . import _fields as fields
from ._app import ApiError, App, Request, Response
from ._state import MemoryStoreRecord, State

MAX_CONTENT_BYTES = 102_400
MAX_PATH_BYTES = 1024
_VIEWS = ("basic", "full")
_OPERATION_ALIASES = {"modified": "updated"}


def register(app: App, state: State) -> None:
    # ------------------------------------------------------------------ stores

    @app.route("POST", "/memory_stores")
    def create_store(request: Request) -> Response:
        body = request.json_object()
        store: dict[str, Any] = {
            "id": common.new_id("memstore"),
            "type": "memory_store",
            "name": _store_name(fields.required(body, "name")),
            "description": fields.string(body.get("description", ""), "description", max_length=1024),
            "status": "active",
            "metadata": fields.metadata(body.get("metadata", {})),
            "archived_at": None,
        }
        with app.lock:
            store["created_at"] = store["updated_at"] = state.now()
            record = MemoryStoreRecord(store)
            state.memory_stores[store["id"]] = record
            return Response(201, _render_store(record))

    @app.route("GET", "/memory_stores")
    def list_stores(request: Request) -> dict[str, Any]:
        name = (request.query_value("name") or "").lower()
        with app.lock:
            stores = common.newest_first(request, (record.store for record in state.memory_stores.values()))
            named = [store for store in stores if store["name"].lower().startswith(name)]
            return common.page_by_id(request, named, render=lambda s: _render_store(state.memory_stores[s["id"]]))

    @app.route("GET", "/memory_stores/{memory_store_id}")
    def retrieve_store(request: Request) -> dict[str, Any]:
        with app.lock:
            return _render_store(_store(state, request))

    @app.route("POST", "/memory_stores/{memory_store_id}")
    def update_store(request: Request) -> dict[str, Any]:
        body = request.json_object()
        with app.lock:
            record = _store(state, request)
            changes = fields.changes(
                body,
                {
                    "name": _store_name,
                    "description": lambda value: fields.string(value, "description", max_length=1024),
                    "metadata": lambda value: fields.apply_metadata_patch(
                        record.store["metadata"], fields.metadata(value, patch=True)
                    ),
                },
            )
            record.store.update(changes, updated_at=state.now())
            return _render_store(record)

    @app.route("POST", "/memory_stores/{memory_store_id}/archive")
    def archive_store(request: Request) -> dict[str, Any]:
        with app.lock:
            record = _store(state, request)
            common.archive(record.store, state.now(), status="archived")
            return _render_store(record)

    common.serve_delete(
        app,
        "/memory_stores/{memory_store_id}",
        "memory_store_deleted",
        lambda request: (state.memory_stores, _store(state, request).store["id"]),
    )

    # ------------------------------------------------------------------ memories

    @app.route("POST", "/memory_stores/{memory_store_id}/memories")
    def create_memory(request: Request) -> Response:
        body = request.json_object()
        view = _view(request)
        path = _path(fields.required(body, "path"))
        content = _content(fields.required(body, "content"))
        metadata = fields.metadata(body.get("metadata", {}))
        with app.lock:
            record = _writable_store(state, request)
            _check_free(record, path, None)
            now = state.now()
            memory: dict[str, Any] = {
                "id": common.new_id("mem"),
                "type": "memory",
                "memory_store_id": record.store["id"],
                "path": path,
                **_content_fields(content),
                "version": 1,
                "metadata": metadata,
                "created_at": now,
                "updated_at": now,
            }
            record.memories[memory["id"]] = memory
            _record_version(record, memory, "created", now)
            return Response(201, _render_memory(memory, view, default=True))

    @app.route("GET", "/memory_stores/{memory_store_id}/memories")
    def list_memories(request: Request) -> dict[str, Any]:
        view = _view(request)
        prefix = request.query_value("path_prefix") or ""
        with app.lock:
            record = _store(state, request)
            items = [
                memory
                for memory in sorted(record.memories.values(), key=lambda m: m["id"], reverse=True)
                if memory["path"].startswith(prefix)
            ]
            return common.page_by_id(request, items, render=lambda m: _render_memory(m, view, default=False))

    @app.route("GET", "/memory_stores/{memory_store_id}/memories/{memory_id}")
    def retrieve_memory(request: Request) -> dict[str, Any]:
        view = _view(request)
        with app.lock:
            return _render_memory(_memory(_store(state, request), request), view, default=True)

    @app.route("POST", "/memory_stores/{memory_store_id}/memories/{memory_id}")
    def update_memory(request: Request) -> dict[str, Any]:
        body = request.json_object()
        view = _view(request)
        content = _content(body["content"]) if "content" in body else None
        path = _path(body["path"]) if "path" in body else None
        patch = fields.metadata(body["metadata"], patch=True) if "metadata" in body else None
        expected = fields.string(body["content_sha256"], "content_sha256") if "content_sha256" in body else None
        with app.lock:
            record = _writable_store(state, request)
            memory = _memory(record, request)
            _check_precondition(memory, expected, "content_sha256")
            if path is not None:
                _check_free(record, path, memory["id"])
            metadata = memory["metadata"] if patch is None else fields.apply_metadata_patch(memory["metadata"], patch)
            now = state.now()
            if content is not None:
                memory.update(_content_fields(content))
            if path is not None:
                memory["path"] = path
            memory["metadata"] = metadata
            memory["version"] += 1
            memory["updated_at"] = now
            _record_version(record, memory, "updated", now)
            return _render_memory(memory, view, default=True)

    @app.route("DELETE", "/memory_stores/{memory_store_id}/memories/{memory_id}")
    def delete_memory(request: Request) -> dict[str, Any]:
        expected = request.query_value("expected_content_sha256")
        with app.lock:
            record = _writable_store(state, request)
            memory = _memory(record, request)
            _check_precondition(memory, expected, "expected_content_sha256")
            del record.memories[memory["id"]]
            deleted = {**memory, "content": None, "content_size_bytes": 0}
            deleted.pop("content_sha256")
            _record_version(record, deleted, "deleted", state.now())
            return {"id": memory["id"], "type": "memory_deleted"}

    # ------------------------------------------------------------------ versions

    @app.route("GET", "/memory_stores/{memory_store_id}/memory_versions")
    def list_versions(request: Request) -> dict[str, Any]:
        view = _view(request)
        memory_id = request.query_value("memory_id")
        operation = request.query_value("operation")
        operation = _OPERATION_ALIASES.get(operation or "", operation)
        actors = [request.query_value(name) for name in ("session_id", "api_key_id", "service_account_id")]
        keep = common.created_at_filter(request)
        with app.lock:
            record = _store(state, request)
            items = [
                version
                for version in sorted(record.versions.values(), key=lambda v: v["id"], reverse=True)
                if (memory_id is None or version["memory_id"] == memory_id)
                and (operation is None or version["operation"] == operation)
                and all(actor is None for actor in actors)  # no version here was written by a session or key
                and keep(version)
            ]
            return common.page_by_id(request, items, render=lambda v: _render_version(v, with_content=view == "full"))

    @app.route("GET", "/memory_stores/{memory_store_id}/memory_versions/{memory_version_id}")
    def retrieve_version(request: Request) -> dict[str, Any]:
        view = _view(request)
        with app.lock:
            return _render_version(_version(_store(state, request), request), with_content=view != "basic")

    @app.route("POST", "/memory_stores/{memory_store_id}/memory_versions/{memory_version_id}/redact")
    def redact(request: Request) -> dict[str, Any]:
        with app.lock:
            version = _version(_store(state, request), request)
            if version["redacted"]:
                raise ApiError(
                    409, f"Memory version '{version['id']}' is already redacted.", type="invalid_request_error"
                )
            version["content"] = None
            version["redacted"] = True
            version["redacted_at"] = state.now()
            return _render_version(version, with_content=True)


# ----------------------------------------------------------------------- lookups and rules


def _store(state: State, request: Request) -> MemoryStoreRecord:
    return common.find(state.memory_stores, request.path_params["memory_store_id"], "Memory store")


def _writable_store(state: State, request: Request) -> MemoryStoreRecord:
    record = _store(state, request)
    if record.store["archived_at"] is not None:
        raise ApiError(
            409,
            f"Memory store '{record.store['id']}' is archived; its memories are read-only.",
            type="invalid_request_error",
        )
    return record


def _memory(record: MemoryStoreRecord, request: Request) -> dict[str, Any]:
    within = f" in store '{record.store['id']}'"
    return common.find(record.memories, request.path_params["memory_id"], "Memory", within=within)


def _version(record: MemoryStoreRecord, request: Request) -> dict[str, Any]:
    within = f" in store '{record.store['id']}'"
    return common.find(record.versions, request.path_params["memory_version_id"], "Memory version", within=within)


def _store_name(value: Any) -> str:
    name = fields.string(value, "name", min_length=1, max_length=255)
    if any(ord(ch) < 32 or ord(ch) == 127 for ch in name):
        raise ApiError(400, "Field 'name' must not contain control characters.", param="name")
    return name


def _view(request: Request) -> str | None:
    view = request.query_value("view")
    if view is not None and view not in _VIEWS:
        raise ApiError(400, "'view' must be 'basic' or 'full'.", param="view")
    return view


def _path(value: Any) -> str:
    path = fields.string(value, "path", min_length=1)
    if len(path.encode()) > MAX_PATH_BYTES:
        raise ApiError(400, f"Field 'path' must be at most {MAX_PATH_BYTES} bytes.", param="path")
    if path.startswith("/"):
        raise ApiError(400, "Field 'path' must be relative (no leading '/').", param="path")
    if any(segment in ("", ".", "..") for segment in path.split("/")):
        raise ApiError(400, "Field 'path' must not contain empty, '.' or '..' segments.", param="path")
    if any(ord(ch) < 32 or ord(ch) == 127 for ch in path):
        raise ApiError(400, "Field 'path' must not contain control characters.", param="path")
    return path


def _content(value: Any) -> str:
    content = fields.string(value, "content")
    if not content.strip():
        raise ApiError(400, "Field 'content' must not be blank.", param="content")
    if len(content.encode()) > MAX_CONTENT_BYTES:
        raise ApiError(400, f"Field 'content' must be at most {MAX_CONTENT_BYTES} bytes in UTF-8.", param="content")
    return content


def _content_fields(content: str) -> dict[str, Any]:
    encoded = content.encode()
    return {
        "content": content,
        "content_size_bytes": len(encoded),
        "content_sha256": hashlib.sha256(encoded).hexdigest(),
    }


def _check_free(record: MemoryStoreRecord, path: str, own_id: str | None) -> None:
    for memory in record.memories.values():
        if memory["path"] == path and memory["id"] != own_id:
            raise ApiError(409, f"A memory already exists at '{path}'.", type="invalid_request_error", param="path")


def _check_precondition(memory: dict[str, Any], expected: str | None, param: str) -> None:
    if expected is not None and expected.lower() != memory["content_sha256"]:
        raise ApiError(
            409,
            f"The memory's content changed: its SHA-256 is now {memory['content_sha256']}, "
            f"not the expected {expected[:64]}.",
            type="invalid_request_error",
            param=param,
        )


def _record_version(record: MemoryStoreRecord, memory: dict[str, Any], operation: str, now: str) -> None:
    version: dict[str, Any] = {
        "id": common.new_id("memver"),
        "type": "memory_version",
        "memory_store_id": record.store["id"],
        "memory_id": memory["id"],
        "path": memory["path"],
        "operation": operation,
        "content": memory["content"],
        "content_size_bytes": memory["content_size_bytes"],
        "redacted": False,
        "redacted_at": None,
        "created_at": now,
    }
    if "content_sha256" in memory:
        version["content_sha256"] = memory["content_sha256"]
    record.versions[version["id"]] = version
    if operation != "deleted":
        memory["memory_version_id"] = version["id"]


# ----------------------------------------------------------------------- rendering


def _render_store(record: MemoryStoreRecord) -> dict[str, Any]:
    store = copy.deepcopy(record.store)
    store["entry_count"] = len(record.memories)
    store["total_size"] = sum(memory["content_size_bytes"] for memory in record.memories.values())
    return store


def _render_memory(memory: dict[str, Any], view: str | None, *, default: bool) -> dict[str, Any]:
    rendered = copy.deepcopy(memory)
    if not (view == "full" or (view is None and default)):
        rendered.pop("content")
    return rendered


def _render_version(version: dict[str, Any], *, with_content: bool) -> dict[str, Any]:
    rendered = copy.deepcopy(version)
    if not with_content:
        rendered.pop("content")
    return rendered
