"""Session resources: files, repositories and memory stores mounted in a session. Given at
creation; afterwards files can be added, repository credentials rotated, and any removed."""

from __future__ import annotations

import copy
from typing import Any

from . import _common as common
from . import _fields as fields
from ._app import App
from ._messages import ApiError, Request
from ._state import SessionRecord, State

_RESOURCE_TYPES = ("file", "github_repository", "git_repository", "memory_store")


def register(app: App, state: State) -> None:
    def get(request: Request) -> tuple[SessionRecord, dict[str, Any]]:
        return common.session_item(state, request, lambda r: r.resources, "resource_id", "Session resource")

    @app.route("GET", "/sessions/{session_id}/resources")
    def list_resources(request: Request) -> dict[str, Any]:
        with app.lock:
            record = common.session_of(state, request)
            items = sorted(record.resources.values(), key=lambda r: r["id"])
            return common.page_by_id(request, items, descending=False)

    @app.route("POST", "/sessions/{session_id}/resources")
    def add_resource(request: Request) -> dict[str, Any]:
        body = request.json_object()
        if body.get("type") != "file":
            raise ApiError(400, "Only 'file' resources can be added to a running session.", param="type")
        with app.lock:
            record = common.session_of(state, request)
            if record.session["archived_at"] is not None or record.session["status"] == "terminated":
                raise ApiError(409, "The session is archived or terminated.", type="invalid_request_error")
            resource = new_resource(state, body, "resource", state.now())
            if any(r.get("file_id") == resource["file_id"] for r in record.resources.values()):
                raise ApiError(409, f"File '{resource['file_id']}' is already mounted.", type="invalid_request_error")
            record.resources[resource["id"]] = resource
            return copy.deepcopy(resource)

    common.serve_retrieve(app, "/sessions/{session_id}/resources/{resource_id}", lambda request: get(request)[1])

    @app.route("POST", "/sessions/{session_id}/resources/{resource_id}")
    def update_resource(request: Request) -> dict[str, Any]:
        body = request.json_object()
        with app.lock:
            _, resource = get(request)
            if resource["type"] not in ("github_repository", "git_repository"):
                raise ApiError(400, "Only repository resources have credentials to rotate.", param="resource_id")
            token = body.get("authorization_token", body.get("password"))
            if token is None:
                raise ApiError(400, "Field 'authorization_token' is required.", param="authorization_token")
            fields.string(token, "authorization_token", min_length=1)
            resource["updated_at"] = state.now()
            return copy.deepcopy(resource)

    def resource_in_session(request: Request) -> tuple[dict[str, Any], str]:
        record, resource = get(request)
        return record.resources, resource["id"]

    common.serve_delete(
        app, "/sessions/{session_id}/resources/{resource_id}", "session_resource_deleted", resource_in_session
    )


def new_resource(state: State, param: dict[str, Any], where: str, stamp: str) -> dict[str, Any]:
    """A checked resource from its create parameters (`where` names it in error messages)."""
    kind = param.get("type")
    if kind not in _RESOURCE_TYPES:
        raise ApiError(400, f"Field '{where}.type' must be one of {', '.join(_RESOURCE_TYPES)}.", param=f"{where}.type")
    base: dict[str, Any] = {"id": common.new_id("sesr"), "type": kind, "created_at": stamp, "updated_at": stamp}
    if kind == "file":
        file_id = fields.string(fields.required(param, "file_id"), f"{where}.file_id", min_length=1)
        if file_id not in state.files:
            raise ApiError(404, f"File '{file_id[:100]}' was not found.", param=f"{where}.file_id")
        mount = param.get("mount_path") or f"/mnt/session/uploads/{file_id}"
        return {**base, "file_id": file_id, "mount_path": fields.string(mount, f"{where}.mount_path")}
    if kind in ("github_repository", "git_repository"):
        url = fields.string(fields.required(param, "url"), f"{where}.url", min_length=1)
        if kind == "github_repository":
            fields.string(fields.required(param, "authorization_token"), f"{where}.authorization_token", min_length=1)
        name = url.rstrip("/").rsplit("/", 1)[-1].removesuffix(".git")
        mount = param.get("mount_path") or f"/workspace/{name}"
        resource = {**base, "url": url, "mount_path": fields.string(mount, f"{where}.mount_path")}
        if param.get("checkout") is not None:
            resource["checkout"] = copy.deepcopy(fields.obj(param["checkout"], f"{where}.checkout"))
        return resource
    store_id = fields.string(fields.required(param, "memory_store_id"), f"{where}.memory_store_id", min_length=1)
    access = param.get("access", "read_write")
    if access not in ("read_write", "read_only"):
        raise ApiError(400, f"Field '{where}.access' must be 'read_write' or 'read_only'.", param=f"{where}.access")
    return {
        **base,
        "memory_store_id": store_id,
        "access": access,
        "instructions": fields.optional_string(param.get("instructions"), f"{where}.instructions", max_length=4096),
        "mount_path": f"/mnt/memory/{store_id}",
    }
