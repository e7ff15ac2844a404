"""Agents: create, list, retrieve (optionally a version), update (optimistic concurrency),
archive, list versions."""

from __future__ import annotations

import copy
from typing import Any

from . import _common as common
from . import _fields as fields
from ._app import ApiError, App, Request, Response
from ._models import MODEL_IDS
from ._state import AgentRecord, State

BUILT_IN_TOOLS = frozenset(
    {
        "Bash",
        "Read",
        "Write",
        "Edit",
        "Glob",
        "Grep",
        "WebFetch",
        "WebSearch",
        "ImageSearch",
        "ImageGen",
        "DeliverArtifacts",
    }
)
_AGENT_TOOLSET = "agent_toolset_20260401"
_BROWSER_TOOLSET = "browser_toolset_20260714"
_BROWSER_BETA = "browser-use-2026-07-14"
_EFFORTS = ("none", "low", "medium", "high", "xhigh", "max")
_LIST_FIELDS = {"tools": 128, "mcp_servers": 20, "skills": 20}


def register(app: App, state: State) -> None:
    @app.route("POST", "/agents")
    def create(request: Request) -> Response:
        body = request.json_object()
        agent: dict[str, Any] = {
            "id": common.new_id("agent"),
            "type": "agent",
            "name": _name(fields.required(body, "name")),
            "description": fields.optional_string(body.get("description"), "description", max_length=2048) or "",
            "model": model_field(fields.required(body, "model")),
            "system": fields.optional_string(body.get("system"), "system", max_length=100000) or "",
            "tools": [],
            "mcp_servers": [],
            "skills": [],
            "metadata": fields.metadata(body.get("metadata", {})),
            "multiagent": None,
            "version": 1,
            "archived_at": None,
        }
        apply_lists(agent, body, request)
        with app.lock:
            agent["created_at"] = agent["updated_at"] = state.now()
            state.agents[agent["id"]] = AgentRecord(agent, [copy.deepcopy(agent)])
            return Response(201, copy.deepcopy(agent))

    @app.route("GET", "/agents")
    def list_(request: Request) -> dict[str, Any]:
        with app.lock:
            return common.page_by_id(request, common.newest_first(request, (r.current for r in state.agents.values())))

    @app.route("GET", "/agents/{agent_id}")
    def retrieve(request: Request) -> dict[str, Any]:
        raw = request.query_value("version")
        with app.lock:
            record = _get(state, request.path_params["agent_id"])
            if raw is None:
                return copy.deepcopy(record.current)
            version = _version_number(raw, "version")
            for snapshot in record.versions:
                if snapshot["version"] == version:
                    return copy.deepcopy(snapshot)
            raise ApiError(404, f"Agent '{record.current['id']}' has no version {version}.", param="version")

    @app.route("POST", "/agents/{agent_id}")
    def update(request: Request) -> dict[str, Any]:
        body = request.json_object()
        version = fields.integer(fields.required(body, "version"), "version", minimum=1)
        with app.lock:
            record = _get(state, request.path_params["agent_id"])
            agent = copy.deepcopy(record.current)
            if version != agent["version"]:
                raise ApiError(
                    409, f"Version conflict. Expected version {agent['version']}, got {version}.", param="version"
                )
            if "name" in body:
                agent["name"] = _name(body["name"])
            if "description" in body:
                agent["description"] = fields.optional_string(body["description"], "description", max_length=2048) or ""
            if "system" in body:
                agent["system"] = fields.optional_string(body["system"], "system", max_length=100000) or ""
            if "model" in body:
                agent["model"] = model_field(body["model"])
            if "metadata" in body:
                agent["metadata"] = fields.apply_metadata_patch(
                    agent["metadata"], fields.metadata(body["metadata"], patch=True)
                )
            apply_lists(agent, body, request)
            agent["version"] += 1
            agent["updated_at"] = state.now()
            snapshot, answer = copy.deepcopy(agent), copy.deepcopy(agent)
            record.current = agent
            record.versions.append(snapshot)
            return answer

    common.serve_archive(
        app, state, "/agents/{agent_id}/archive", lambda request: _get(state, request.path_params["agent_id"]).current
    )

    @app.route("GET", "/agents/{agent_id}/versions")
    def list_versions(request: Request) -> dict[str, Any]:
        with app.lock:
            record = _get(state, request.path_params["agent_id"])
            snapshots = sorted(record.versions, key=lambda s: s["version"], reverse=True)
            return common.paginate(
                request,
                snapshots,
                key=lambda s: s["version"],
                cursor_of=lambda raw: _version_number(raw, "cursor"),
                render=copy.deepcopy,
                id_of=lambda s: str(s["version"]),
            )


def _get(state: State, agent_id: str) -> AgentRecord:
    return common.find(state.agents, agent_id, "Agent")


def _version_number(raw: str, param: str) -> int:
    try:
        number = int(raw)
    except ValueError:
        number = 0
    if number < 1:
        raise ApiError(400, f"'{param}' must be a positive integer version number.", param=param)
    return number


def _name(value: Any) -> str:
    return fields.string(value, "name", min_length=1, max_length=256)


def model_field(value: Any) -> Any:
    if isinstance(value, str):
        _known_model(value, "model")
        return value
    model = fields.obj(value, "model")
    model_id = fields.string(fields.required(model, "id"), "model.id", min_length=1)
    _known_model(model_id, "model.id")
    stored: dict[str, Any] = {"id": model_id}
    if "effort" in model:
        effort = model["effort"]
        level = effort.get("type") if isinstance(effort, dict) else effort
        if level not in _EFFORTS:
            raise ApiError(400, f"Field 'model.effort' must be one of {', '.join(_EFFORTS)}.", param="model.effort")
        stored["effort"] = effort
    if model.get("context_window") is not None:
        stored["context_window"] = fields.integer(model["context_window"], "model.context_window", minimum=1)
    for extra in ("inference_geo", "speed"):
        if extra in model:
            stored[extra] = model[extra]
    return stored


def _known_model(model_id: str, param: str) -> None:
    if model_id not in MODEL_IDS:
        raise ApiError(400, f"Unknown model '{model_id}'; list the available ones with GET /models.", param=param)


def apply_lists(agent: dict[str, Any], body: dict[str, Any], request: Request) -> None:
    """Validate and store `tools`, `mcp_servers`, `skills` and `multiagent` when sent (lists replace)."""
    for name, limit in _LIST_FIELDS.items():
        if name in body:
            agent[name] = [] if body[name] is None else fields.array(body[name], name, max_items=limit)
    if "multiagent" in body:
        agent["multiagent"] = None if body["multiagent"] is None else fields.obj(body["multiagent"], "multiagent")
    servers = [fields.obj(server, f"mcp_servers[{i}]") for i, server in enumerate(agent["mcp_servers"])]
    server_names = [fields.string(fields.required(s, "name"), "mcp_servers.name", min_length=1) for s in servers]
    if len(set(server_names)) != len(server_names):
        raise ApiError(400, "MCP server names must be unique.", param="mcp_servers")
    for index, server in enumerate(servers):
        if server.get("type") != "url":
            raise ApiError(400, f"Field 'mcp_servers[{index}].type' must be 'url'.", param=f"mcp_servers[{index}].type")
        fields.string(fields.required(server, "url"), f"mcp_servers[{index}].url", min_length=1)
    referenced = set()
    for index, tool in enumerate(agent["tools"]):
        referenced |= _check_tool(fields.obj(tool, f"tools[{index}]"), index, server_names, request)
    unreferenced = sorted(set(server_names) - referenced)
    if unreferenced:
        raise ApiError(
            400, f"MCP server '{unreferenced[0]}' is not referenced by any mcp_toolset tool.", param="mcp_servers"
        )
    for index, skill in enumerate(agent["skills"]):
        skill = fields.obj(skill, f"skills[{index}]")
        if skill.get("type") not in ("custom", "qoder"):
            raise ApiError(400, f"Field 'skills[{index}].type' must be 'custom'.", param=f"skills[{index}].type")
        fields.string(fields.required(skill, "skill_id"), f"skills[{index}].skill_id", min_length=1)
    if agent["multiagent"] is not None:
        if not any(tool.get("type") == _AGENT_TOOLSET for tool in agent["tools"]):
            raise ApiError(400, f"multiagent requires an '{_AGENT_TOOLSET}' tool.", param="multiagent")
        members = fields.array(fields.required(agent["multiagent"], "agents"), "multiagent.agents")
        for index, member in enumerate(members):
            if not isinstance(member, str):
                fields.obj(member, f"multiagent.agents[{index}]")


def _check_tool(tool: dict[str, Any], index: int, server_names: list[str], request: Request) -> set[str]:
    """Validate one tool entry; return the MCP server names it references."""
    kind = tool.get("type")
    where = f"tools[{index}]"
    if kind == _AGENT_TOOLSET:
        for list_name in ("enabled_tools", "disallowed_tools"):
            for name in fields.strings(tool.get(list_name, []), f"{where}.{list_name}"):
                if name not in BUILT_IN_TOOLS:
                    raise ApiError(400, f"unknown tool name '{name}'", param=f"{where}.{list_name}")
        return set()
    if kind == "mcp_toolset":
        server = fields.string(fields.required(tool, "mcp_server_name"), f"{where}.mcp_server_name", min_length=1)
        if server not in server_names:
            raise ApiError(
                400, f"mcp_toolset references unknown MCP server '{server}'.", param=f"{where}.mcp_server_name"
            )
        return {server}
    if kind == "custom":
        name = fields.string(fields.required(tool, "name"), f"{where}.name", min_length=1)
        if name in BUILT_IN_TOOLS or name.lower().startswith("mcp__"):
            raise ApiError(400, f"Custom tool name '{name}' is reserved.", param=f"{where}.name")
        fields.string(fields.required(tool, "description"), f"{where}.description")
        fields.obj(fields.required(tool, "input_schema"), f"{where}.input_schema")
        return set()
    if kind == _BROWSER_TOOLSET:
        betas = [b.strip() for b in (request.header("x-qoder-beta") or "").split(",")]
        if _BROWSER_BETA not in betas:
            raise ApiError(
                400,
                f"tools containing {_BROWSER_TOOLSET} require the 'x-qoder-beta: {_BROWSER_BETA}' header.",
                param=f"{where}.type",
            )
        return set()
    raise ApiError(400, f"Unknown tool type '{kind}'.", param=f"{where}.type")
