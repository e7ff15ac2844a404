"""Sessions: create (with resources and `initial_events`), list, retrieve, update, archive,
delete, cancel. What a session does with the events it is sent is in `_scripted_agent.py`, its
log and stream in `_event_log.py`, its threads and resources in `_threads.py` and
`_session_resources.py`.

Every handler checks the whole request before it changes anything: a 4xx leaves the session
exactly as it was.
"""

from __future__ import annotations

import copy
from typing import Any

from . import _agents, _event_log, _scripted_agent, _session_events, _work
from . import _common as common
from . import _fields as fields
from ._app import App
from ._messages import ApiError, Request, Response
from ._session_resources import new_resource
from ._state import SessionRecord, State
from ._threads import new_threads

_AGENT_FIELDS = (
    "id",
    "version",
    "name",
    "description",
    "system",
    "model",
    "tools",
    "mcp_servers",
    "skills",
    "multiagent",
)
_RESERVED_VARIABLES = ("SERVER_ENDPOINT", "USER_ID", "WORK_DIR")


def register(app: App, state: State) -> None:
    sessions = state.sessions

    def get(request: Request) -> SessionRecord:
        return common.session_of(state, request)

    @app.route("POST", "/sessions")
    def create(request: Request) -> Response:
        body = request.json_object()
        with app.lock:
            agent = _agent_snapshot(state, fields.required(body, "agent"))
            environment_id = fields.string(fields.required(body, "environment_id"), "environment_id", min_length=1)
            environment = common.find(state.environments, environment_id, "Environment")
            if environment["archived_at"] is not None:
                raise ApiError(400, f"Environment '{environment_id}' is archived.", param="environment_id")
            session_id = common.new_id("sess")
            stamp = state.now()
            session: dict[str, Any] = {
                "id": session_id,
                "type": "session",
                "agent": agent,
                "environment_id": environment_id,
                "status": "idle",
                "title": fields.optional_string(body.get("title"), "title") or "",
                "metadata": fields.metadata(body.get("metadata", {})),
                "resources": [],
                "vault_ids": fields.strings(body.get("vault_ids", []), "vault_ids"),
                "environment_variables": _environment_variables(body.get("environment_variables")),
                "stats": {"active_seconds": 0, "duration_seconds": 0},
                "usage": {"total_credits": 0},
                "archived_at": None,
                "created_at": stamp,
                "updated_at": stamp,
            }
            record = SessionRecord(session, new_threads(session_id, agent, stamp))
            for index, param in enumerate(fields.array(body.get("resources", []), "resources")):
                where = f"resources[{index}]"
                resource = new_resource(state, fields.obj(param, where), where, stamp)
                record.resources[resource["id"]] = resource
            initial = fields.array(body.get("initial_events", []), "initial_events", max_items=50)
            # Checked before the session exists, so a refused event leaves no session behind.
            if initial:
                _session_events.accept_events(state, record, initial, allowed=_session_events.INITIAL_EVENT_TYPES)
            sessions.records[session_id] = record
            _work.session_created(state, record)
            state.webhooks.publish("session.created", session_id)
            return Response(201, render(record))

    @app.route("GET", "/sessions")
    def list_(request: Request) -> dict[str, Any]:
        statuses = set(request.query.get("statuses[]", []) + request.query.get("statuses", []))
        agent_id = request.query_value("agent_id")
        deployment_id = request.query_value("deployment_id")
        descending = _event_log.order(request, default="desc") == "desc"
        with app.lock:
            listed = common.newest_first(request, (record.session for record in sessions.records.values()))
            chosen = [
                session
                for session in (listed if descending else reversed(listed))
                if (not statuses or session["status"] in statuses)
                and (agent_id is None or session["agent"]["id"] == agent_id)
                and (deployment_id is None or session.get("deployment_id") == deployment_id)
            ]
            return common.page_by_id(
                request, chosen, render=lambda s: render(sessions.records[s["id"]]), descending=descending
            )

    @app.route("GET", "/sessions/{session_id}")
    def retrieve(request: Request) -> dict[str, Any]:
        with app.lock:
            return render(get(request))

    @app.route("POST", "/sessions/{session_id}")
    def update(request: Request) -> dict[str, Any]:
        body = request.json_object()
        with app.lock:
            record = get(request)
            session = record.session
            changed: dict[str, Any] = {}
            if "title" in body:
                changed["title"] = fields.optional_string(body["title"], "title") or ""
            if body.get("metadata") is not None:
                patch = fields.metadata(body["metadata"], patch=True)
                changed["metadata"] = fields.apply_metadata_patch(session["metadata"], patch)
            if "agent" in body:
                changed["agent"] = _updated_agent(session["agent"], fields.obj(body["agent"], "agent"), request)
            variables = session["environment_variables"]
            if "environment_variables" in body:
                variables = _environment_variables(body["environment_variables"])
            # Everything is valid: apply it.
            session.update(copy.deepcopy(changed), environment_variables=variables, updated_at=state.now())
            if changed:
                _event_log.append(state, record, {"type": "session.updated", **copy.deepcopy(changed)})
            return render(record)

    @app.route("POST", "/sessions/{session_id}/archive")
    def archive(request: Request) -> dict[str, Any]:
        with app.lock:
            record = get(request)
            if record.session["archived_at"] is None:
                state.webhooks.publish("session.archived", record.session["id"])
            common.archive(record.session, state.now())
            return render(record)

    @app.route("DELETE", "/sessions/{session_id}")
    def delete(request: Request) -> dict[str, Any]:
        with app.lock:
            record = get(request)
            _scripted_agent.cancel(state, record)
            record.session["status"] = "terminated"
            record.turn = None
            _event_log.append(state, record, {"type": "session.deleted"})
            return common.remove(sessions.records, record.session["id"], "session_deleted")

    @app.route("POST", "/sessions/{session_id}/cancel")
    def cancel(request: Request) -> Response:
        with app.lock:
            record = get(request)
            if record.session["archived_at"] is not None:
                raise ApiError(404, f"Session '{record.session['id']}' was not found or is archived.")
            running = _scripted_agent.cancel(state, record)
            body = {"id": record.session["id"], "type": "session", "status": "canceling" if running else "idle"}
            return Response(202 if running else 200, body)


def render(record: SessionRecord) -> dict[str, Any]:
    session = copy.deepcopy(record.session)
    session["resources"] = [copy.deepcopy(r) for r in sorted(record.resources.values(), key=lambda r: r["id"])]
    return session


def _updated_agent(current: dict[str, Any], update: dict[str, Any], request: Request) -> dict[str, Any]:
    """The session's agent with the fields a session may change (model, system, tools, MCP servers,
    skills) replaced, each checked as on an agent; other fields are ignored."""
    agent = copy.deepcopy(current)
    if "model" in update:
        agent["model"] = _agents.model_field(update["model"])
    if "system" in update:
        agent["system"] = fields.optional_string(update["system"], "agent.system", max_length=100000) or ""
    lists: dict[str, Any] = {name: update[name] for name in ("tools", "mcp_servers", "skills") if name in update}
    _agents.apply_lists(agent, lists, request)
    return agent


def _agent_snapshot(state: State, value: Any) -> dict[str, Any]:
    if isinstance(value, str):
        agent_id, version = value, None
    else:
        ref = fields.obj(value, "agent")
        if ref.get("type") not in ("agent", "agent_with_overrides"):
            raise ApiError(400, "Field 'agent.type' must be 'agent'.", param="agent.type")
        agent_id = fields.string(fields.required(ref, "id"), "agent.id", min_length=1)
        version = ref.get("version")
    record = common.find(state.agents, agent_id, "Agent")
    if version is None:
        snapshot = record.current
    else:
        number = fields.integer(version, "agent.version", minimum=1)
        matches = [s for s in record.versions if s["version"] == number]
        if not matches:
            raise ApiError(404, f"Agent '{agent_id}' has no version {number}.", param="agent.version")
        snapshot = matches[0]
    return {"type": "agent", **{name: copy.deepcopy(snapshot[name]) for name in _AGENT_FIELDS}}


def _environment_variables(value: Any) -> dict[str, str]:
    if value is None:
        return {}
    if isinstance(value, str):
        pairs = [part for chunk in value.splitlines() for part in chunk.split(";") if part.strip()]
        value = {name.strip(): item for name, _, item in (pair.partition("=") for pair in pairs)}
    variables = fields.obj(value, "environment_variables")
    for name, item in variables.items():
        if not name.isidentifier() or name.startswith(("CAW_", "QODER_")) or name in _RESERVED_VARIABLES:
            raise ApiError(
                400, f"Environment variable name '{name[:64]}' is not allowed.", param="environment_variables"
            )
        fields.string(item, f"environment_variables.{name[:64]}")
    return {str(name): str(item) for name, item in variables.items()}
