"""Environments: create, list, retrieve, update, archive, delete."""

from __future__ import annotations

import copy
from typing import Any

from . import _common as common
from . import _fields as fields
from ._app import ApiError, App, Request, Response
from ._state import State

_NETWORK_TYPES = ("unrestricted", "limited", "allowlist")
_PACKAGE_MANAGERS = ("apt", "pip", "npm", "cargo", "gem", "go")


def register(app: App, state: State) -> None:
    @app.route("POST", "/environments")
    def create(request: Request) -> Response:
        body = request.json_object()
        name = fields.string(fields.required(body, "name"), "name", min_length=1)
        env: dict[str, Any] = {
            "id": common.new_id("env"),
            "type": "environment",
            "name": name,
            "description": fields.optional_string(body.get("description", ""), "description"),
            "config": _config(body["config"]) if "config" in body else _config({"type": "cloud"}),
            "metadata": fields.metadata(body.get("metadata", {})),
            "archived_at": None,
        }
        if "scope" in body:
            env["scope"] = _scope(body["scope"])
        with app.lock:
            _check_unique_name(state, name, None)
            env["created_at"] = env["updated_at"] = state.now()
            state.environments[env["id"]] = env
            return Response(200, copy.deepcopy(env))

    @app.route("GET", "/environments")
    def list_(request: Request) -> dict[str, Any]:
        with app.lock:
            return common.page_by_id(request, common.newest_first(request, state.environments.values()))

    def environment(request: Request) -> dict[str, Any]:
        return _get(state, request.path_params["environment_id"])

    common.serve_retrieve(app, "/environments/{environment_id}", environment)

    @app.route("POST", "/environments/{environment_id}")
    def update(request: Request) -> dict[str, Any]:
        body = request.json_object()
        with app.lock:
            env = environment(request)
            changes: dict[str, Any] = {}
            if "name" in body:
                changes["name"] = fields.string(body["name"], "name", min_length=1)
                _check_unique_name(state, changes["name"], env["id"])
            if "description" in body:
                changes["description"] = fields.optional_string(body["description"], "description")
            if "config" in body:
                changes["config"] = _config(body["config"])
            if "scope" in body:
                changes["scope"] = _scope(body["scope"])
            if "metadata" in body:
                patch = fields.metadata(body["metadata"], patch=True)
                changes["metadata"] = fields.apply_metadata_patch(env["metadata"], patch)
            env.update(changes, updated_at=state.now())
            return copy.deepcopy(env)

    common.serve_archive(app, state, "/environments/{environment_id}/archive", environment)

    @app.route("DELETE", "/environments/{environment_id}")
    def delete(request: Request) -> dict[str, Any]:
        with app.lock:
            env = environment(request)
            if state.environment_in_use(env["id"]):
                raise ApiError(
                    409,
                    f"Environment '{env['id']}' is still referenced by sessions; archive it instead.",
                    type="invalid_request_error",
                )
            return common.remove(state.environments, env["id"], "environment_deleted")


def _get(state: State, environment_id: str) -> dict[str, Any]:
    return common.find(state.environments, environment_id, "Environment")


def _check_unique_name(state: State, name: str, own_id: str | None) -> None:
    for env in state.environments.values():
        if env["name"] == name and env["id"] != own_id:
            raise ApiError(409, "An environment with the same name already exists.", param="name")


def _scope(value: Any) -> str:
    if value not in ("organization", "account"):
        raise ApiError(400, "Field 'scope' must be 'organization' or 'account'.", param="scope")
    return str(value)


def _config(value: Any) -> dict[str, Any]:
    config = fields.obj(value, "config")
    kind = fields.required(config, "type")
    if kind == "self_hosted":
        extra = sorted(set(config) - {"type"})
        if extra:
            raise ApiError(400, f"A self_hosted config takes no other fields (got {', '.join(extra)}).", param="config")
        return {"type": "self_hosted"}
    if kind != "cloud":
        raise ApiError(400, "Field 'config.type' must be 'cloud' or 'self_hosted'.", param="config.type")
    stored: dict[str, Any] = {"type": "cloud", "networking": _networking(config.get("networking"))}
    if config.get("packages") is not None:
        stored["packages"] = _packages(config["packages"])
    if "setup_script" in config:
        stored["setup_script"] = fields.optional_string(config["setup_script"], "config.setup_script", max_length=10000)
    return stored


def _networking(value: Any) -> dict[str, Any]:
    if value is None:
        return {"type": "limited", "allowed_hosts": [], "allow_package_managers": False, "allow_mcp_servers": False}
    networking = fields.obj(value, "config.networking")
    kind = fields.required(networking, "type")
    if kind not in _NETWORK_TYPES:
        raise ApiError(
            400,
            f"Field 'config.networking.type' must be one of {', '.join(_NETWORK_TYPES)}.",
            param="config.networking.type",
        )
    stored: dict[str, Any] = {"type": kind}
    if kind != "unrestricted":
        stored["allowed_hosts"] = fields.strings(networking.get("allowed_hosts", []), "config.networking.allowed_hosts")
        for flag in ("allow_package_managers", "allow_mcp_servers"):
            stored[flag] = fields.boolean(networking.get(flag, False), f"config.networking.{flag}")
    return stored


def _packages(value: Any) -> dict[str, Any]:
    packages = fields.obj(value, "config.packages")
    stored: dict[str, Any] = {"type": "packages"}
    for manager in _PACKAGE_MANAGERS:
        listed = packages.get(manager)
        stored[manager] = [] if listed is None else fields.strings(listed, f"config.packages.{manager}")
    return stored
