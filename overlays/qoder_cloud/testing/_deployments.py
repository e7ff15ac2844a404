"""Deployments (create, list, retrieve, update, archive, pause, unpause, run) and their runs
(one deployment's, and across deployments).

A run starts a real session, through the server's own `POST /sessions` and `POST .../events`
routes: the session gets the deployment's agent version, environment, resources, vaults, metadata
and variables, `deployment_id` is set on it, and it receives the initial events, so a
`user.message` among them plays a scripted turn. When the session cannot be created the run is
kept with `session_id: null` and the error (the newest generation of the docs).

A cron schedule (five fields, read in its IANA time zone) is evaluated with the `croniter`
package, an optional dependency of the local server only (`pip install 'qoder-cloud-agents[testing]'`).
Due runs fire on a background thread, and before every deployments request, so a test that
moves the server's time sees them at its next call (see `_schedules.py`).

State rules: `pause` and `unpause` refuse a deployment already in that state (409); a paused or
archived deployment refuses `run` (409, `conflict_error`); archiving is final, renames the
deployment `<name>_archived_<unix time>` and empties `upcoming_runs_at` (archiving again
answers it unchanged); an archived deployment cannot be updated.
"""

from __future__ import annotations

import copy
import datetime
from dataclasses import dataclass, field
from typing import Any

from . import _common as common
from . import _fields as fields
from . import _schedules
from ._app import ApiError, App, Request, Response
from ._state import State

INITIAL_EVENT_TYPES = ("user.message", "user.define_outcome", "system.message")
_RESOURCE_TYPES = ("file", "github_repository", "git_repository", "memory_store")
_RESOURCE_SECRETS = ("authorization_token", "password")
_STATUSES = ("active", "paused")
_TRIGGERS = ("manual", "schedule")


@dataclass
class DeploymentRecord:
    deployment: dict[str, Any]  # as returned, but for `resources`, which keep their secrets here
    runs: dict[str, dict[str, Any]] = field(default_factory=dict)
    fired_until: datetime.datetime | None = None  # the schedule has fired every time up to this one


def register(app: App, state: State) -> None:
    schedules = _schedules.Scheduler(app, state, lambda record, at: start_run(app, state, record, at))

    def catch_up() -> None:
        schedules.catch_up()

    @app.route("POST", "/deployments")
    def create(request: Request) -> Response:
        body = request.json_object()
        with app.lock:
            catch_up()
            stamp = state.now()
            deployment: dict[str, Any] = {
                "id": common.new_id("dep"),
                "type": "deployment",
                "name": _name(fields.required(body, "name")),
                "description": fields.optional_string(body.get("description"), "description", max_length=2048),
                "agent": _agent(state, fields.required(body, "agent")),
                "environment_id": _environment(state, fields.required(body, "environment_id")),
                "environment_variables": _variables(body.get("environment_variables")),
                "schedule": None,
                "initial_events": _initial_events(fields.required(body, "initial_events")),
                "resources": _resources(body.get("resources", [])),
                "vault_ids": _vault_ids(body.get("vault_ids", [])),
                "metadata": fields.metadata(body.get("metadata", {})),
                "status": "active",
                "paused_reason": None,
                "archived_at": None,
                "created_at": stamp,
                "updated_at": stamp,
            }
            if body.get("budget") is not None:
                deployment["budget"] = fields.obj(body["budget"], "budget")
            record = DeploymentRecord(deployment)
            schedules.set_schedule(record, body.get("schedule"))
            _records(state)[deployment["id"]] = record
            return Response(201, render(record))

    @app.route("GET", "/deployments")
    def list_(request: Request) -> dict[str, Any]:
        include_archived = common.query_bool(request, "include_archived")
        keep = common.created_at_filter(request)
        status = request.query_value("status")
        if status is not None and status not in _STATUSES:
            raise ApiError(400, "'status' must be 'active' or 'paused'.", param="status")
        agent_id = request.query_value("agent_id")
        with app.lock:
            catch_up()
            records = [
                record
                for record in sorted(_records(state).values(), key=lambda r: r.deployment["id"], reverse=True)
                if (include_archived or record.deployment["archived_at"] is None)
                and (status is None or record.deployment["status"] == status)
                and (agent_id is None or record.deployment["agent"]["id"] == agent_id)
                and keep(record.deployment)
            ]
            return common.page_by_id_of(request, records, id_of=lambda r: str(r.deployment["id"]), render=render)

    @app.route("GET", "/deployments/{deployment_id}")
    def retrieve(request: Request) -> dict[str, Any]:
        with app.lock:
            catch_up()
            return render(_get(state, request))

    @app.route("POST", "/deployments/{deployment_id}")
    def update(request: Request) -> dict[str, Any]:
        body = request.json_object()
        with app.lock:
            catch_up()
            record = _get(state, request)
            deployment = record.deployment
            if deployment["archived_at"] is not None:
                raise ApiError(409, f"Deployment '{deployment['id']}' is archived.", type="conflict_error")
            changes = fields.changes(
                body,
                {
                    "name": _name,
                    "description": lambda value: fields.optional_string(value, "description", max_length=2048),
                    "agent": lambda value: _agent(state, value),
                    "environment_id": lambda value: _environment(state, value),
                    "environment_variables": _variables,
                    "initial_events": _initial_events,
                    "resources": _resources,
                    "vault_ids": _vault_ids,
                },
            )
            if body.get("metadata") is not None:
                changes["metadata"] = fields.apply_metadata_patch(
                    deployment["metadata"], fields.metadata(body["metadata"], patch=True)
                )
            if body.get("budget") is not None:
                changes["budget"] = fields.obj(body["budget"], "budget")
            if "schedule" in body:
                schedules.set_schedule(record, body["schedule"])
            deployment.update(changes)
            deployment["updated_at"] = state.now()
            return render(record)

    @app.route("POST", "/deployments/{deployment_id}/archive")
    def archive(request: Request) -> dict[str, Any]:
        with app.lock:
            catch_up()
            record = _get(state, request)
            deployment = record.deployment
            if deployment["archived_at"] is None:
                stamp = state.now()
                unix = int(datetime.datetime.fromisoformat(stamp).timestamp())
                deployment["name"] = f"{deployment['name']}_archived_{unix}"
                deployment["archived_at"] = deployment["updated_at"] = stamp
                schedules.clear_upcoming(record)
            return render(record)

    def set_paused(request: Request, paused: bool) -> dict[str, Any]:
        """`pause` or `unpause`: refused on an archived deployment or one already in that state."""
        with app.lock:
            catch_up()
            record = _get(state, request)
            _check_live(record)
            if (record.deployment["status"] == "paused") == paused:
                already = "already paused" if paused else "not paused"
                raise ApiError(409, f"Deployment '{record.deployment['id']}' is {already}.", type="conflict_error")
            reason = {"type": "manual"} if paused else None
            record.deployment.update(
                status="paused" if paused else "active", paused_reason=reason, updated_at=state.now()
            )
            if paused:
                schedules.clear_upcoming(record)
            else:
                schedules.resume(record)
            return render(record)

    app.route("POST", "/deployments/{deployment_id}/pause")(lambda request: set_paused(request, True))
    app.route("POST", "/deployments/{deployment_id}/unpause")(lambda request: set_paused(request, False))

    @app.route("POST", "/deployments/{deployment_id}/run")
    def run(request: Request) -> Response:
        request.json_object(required=False)  # no body, or `{}`
        with app.lock:
            catch_up()
            record = _get(state, request)
            _check_live(record)
            if record.deployment["status"] != "active":
                raise ApiError(
                    409, f"Deployment '{record.deployment['id']}' is paused; unpause it first.", type="conflict_error"
                )
            return Response(201, copy.deepcopy(start_run(app, state, record, None)))

    # ------------------------------------------------------------------ runs

    @app.route("GET", "/deployments/{deployment_id}/runs")
    def list_runs(request: Request) -> dict[str, Any]:
        after = _time_query(request, "triggered_after")
        before = _time_query(request, "triggered_before")
        with app.lock:
            catch_up()
            record = _get(state, request)
            runs = [
                run
                for run in _newest_first(record.runs.values())
                if (after is None or _created(run) >= after) and (before is None or _created(run) < before)
            ]
            return _runs_page(request, runs)

    @app.route("GET", "/deployments/{deployment_id}/runs/{deployment_run_id}")
    def retrieve_run(request: Request) -> dict[str, Any]:
        with app.lock:
            catch_up()
            record = _get(state, request)
            return copy.deepcopy(_run(record.runs, request.path_params["deployment_run_id"]))

    @app.route("GET", "/deployment_runs")
    def list_all_runs(request: Request) -> dict[str, Any]:
        deployment_id = request.query_value("deployment_id")
        trigger = request.query_value("trigger_type")
        if trigger is not None and trigger not in _TRIGGERS:
            raise ApiError(400, "'trigger_type' must be 'manual' or 'schedule'.", param="trigger_type")
        has_error = common.query_bool(request, "has_error") if request.query_value("has_error") is not None else None
        keep = _created_filter(request)
        with app.lock:
            catch_up()
            runs = [
                run
                for run in _newest_first(run for record in _records(state).values() for run in record.runs.values())
                if (deployment_id is None or run["deployment_id"] == deployment_id)
                and (trigger is None or run["trigger_context"]["type"] == trigger)
                and (has_error is None or (run["error"] is not None) == has_error)
                and keep(run)
            ]
            return _runs_page(request, runs)

    @app.route("GET", "/deployment_runs/{deployment_run_id}")
    def retrieve_any_run(request: Request) -> dict[str, Any]:
        with app.lock:
            catch_up()
            runs = {run_id: run for record in _records(state).values() for run_id, run in record.runs.items()}
            return copy.deepcopy(_run(runs, request.path_params["deployment_run_id"]))


# ---------------------------------------------------------------------- runs


def start_run(app: App, state: State, record: DeploymentRecord, scheduled_at: str | None) -> dict[str, Any]:
    """Record one run and start its session (the caller holds the lock). `scheduled_at` is the
    schedule time for a scheduled run, None for a manual one."""
    deployment = record.deployment
    run: dict[str, Any] = {
        "id": common.new_id("drun"),
        "type": "deployment_run",
        "deployment_id": deployment["id"],
        "agent": copy.deepcopy(deployment["agent"]),
        "session_id": None,
        "error": None,
        "trigger_context": {"type": "manual"}
        if scheduled_at is None
        else {"type": "schedule", "scheduled_at": scheduled_at},
        "created_at": state.now(),
    }
    session_body: dict[str, Any] = {
        "agent": {"type": "agent", "id": deployment["agent"]["id"], "version": deployment["agent"]["version"]},
        "environment_id": deployment["environment_id"],
        "title": deployment["name"],
        "metadata": deployment["metadata"],
        "resources": deployment["resources"],
        "vault_ids": deployment["vault_ids"],
    }
    if deployment["environment_variables"]:
        session_body["environment_variables"] = deployment["environment_variables"]
    created = app.call("POST", "/sessions", session_body)
    if created.status >= 300:
        run["error"] = _run_error(created)
    else:
        session_id = created.body["id"]
        state.sessions.records[session_id].session["deployment_id"] = deployment["id"]
        run["session_id"] = session_id
        sent = app.call("POST", f"/sessions/{session_id}/events", {"events": deployment["initial_events"]})
        if sent.status >= 300:
            run["error"] = _run_error(sent)
    record.runs[run["id"]] = run
    return run


def _trigger(scheduled_at: str | None) -> dict[str, Any]:
    return {"type": "manual"} if scheduled_at is None else {"type": "schedule", "scheduled_at": scheduled_at}


def _run_error(response: Response) -> dict[str, str]:
    error = response.body["error"]
    return {"type": str(error["type"]), "message": str(error["message"])}


def render(record: DeploymentRecord) -> dict[str, Any]:
    deployment = copy.deepcopy(record.deployment)
    deployment["resources"] = [
        {name: value for name, value in resource.items() if name not in _RESOURCE_SECRETS}
        for resource in deployment["resources"]
    ]
    return deployment


def _records(state: State) -> dict[str, DeploymentRecord]:
    return state.deployments


def _get(state: State, request: Request) -> DeploymentRecord:
    deployment_id = request.path_params["deployment_id"]
    record = _records(state).get(deployment_id)
    if record is None:
        raise ApiError(404, f"Deployment '{deployment_id}' was not found.")
    return record


def _run(runs: dict[str, dict[str, Any]], run_id: str) -> dict[str, Any]:
    run = runs.get(run_id)
    if run is None:
        raise ApiError(404, f"Deployment run '{run_id}' was not found.")
    return run


def _runs_page(request: Request, runs: list[dict[str, Any]]) -> dict[str, Any]:
    """A page of `runs` (already in order), each a copy."""
    return common.page_by_id(request, runs)


def _check_live(record: DeploymentRecord) -> None:
    if record.deployment["archived_at"] is not None:
        raise ApiError(409, f"Deployment '{record.deployment['id']}' is archived.", type="conflict_error")


def _newest_first(runs: Any) -> list[dict[str, Any]]:
    return sorted(runs, key=lambda run: run["id"], reverse=True)


def _created(run: dict[str, Any]) -> datetime.datetime:
    return datetime.datetime.fromisoformat(run["created_at"])


def _time_query(request: Request, name: str) -> datetime.datetime | None:
    value = request.query_value(name)
    return None if value is None else fields.parse_time(value, name)


def _created_filter(request: Request) -> Any:
    bounds = {name: _time_query(request, f"created_at[{name}]") for name in ("gt", "gte", "lt", "lte")}

    def keep(run: dict[str, Any]) -> bool:
        created = _created(run)
        return (
            (bounds["gt"] is None or created > bounds["gt"])
            and (bounds["gte"] is None or created >= bounds["gte"])
            and (bounds["lt"] is None or created < bounds["lt"])
            and (bounds["lte"] is None or created <= bounds["lte"])
        )

    return keep


# ---------------------------------------------------------------------- field checks


def _name(value: Any) -> str:
    return fields.string(value, "name", min_length=1, max_length=256)


def _agent(state: State, value: Any) -> dict[str, Any]:
    """The agent as a resolved reference: an ID means its latest version."""
    if isinstance(value, str):
        agent_id, version = fields.string(value, "agent", min_length=1), None
    else:
        ref = fields.obj(value, "agent")
        if ref.get("type") != "agent":
            raise ApiError(400, "Field 'agent.type' must be 'agent'.", param="agent.type")
        agent_id = fields.string(fields.required_in(ref, "agent", "id"), "agent.id", min_length=1)
        version = ref.get("version")
    record = state.agents.get(agent_id)
    if record is None:
        raise ApiError(404, f"Agent '{agent_id}' was not found.", param="agent")
    if version is None:
        version = record.current["version"]
    else:
        version = fields.integer(version, "agent.version", minimum=1)
        if not any(snapshot["version"] == version for snapshot in record.versions):
            raise ApiError(404, f"Agent '{agent_id}' has no version {version}.", param="agent.version")
    return {"id": agent_id, "type": "agent", "version": version}


def _environment(state: State, value: Any) -> str:
    environment_id = fields.string(value, "environment_id", min_length=1)
    environment = state.environments.get(environment_id)
    if environment is None:
        raise ApiError(404, f"Environment '{environment_id}' was not found.", param="environment_id")
    if environment["archived_at"] is not None:
        raise ApiError(400, f"Environment '{environment_id}' is archived.", param="environment_id")
    if environment["config"]["type"] == "self_hosted":
        raise ApiError(400, "Deployments cannot run in a self_hosted environment.", param="environment_id")
    return environment_id


def _variables(value: Any) -> str | None:
    return None if value is None else fields.string(value, "environment_variables")


def _initial_events(value: Any) -> list[dict[str, Any]]:
    events = fields.array(value, "initial_events", max_items=50)
    if not events:
        raise ApiError(400, "Field 'initial_events' must have at least one event.", param="initial_events")
    checked = []
    for index, raw in enumerate(events):
        where = f"initial_events[{index}]"
        event = fields.obj(raw, where)
        kind = event.get("type")
        if kind not in INITIAL_EVENT_TYPES:
            raise ApiError(
                400, f"Field '{where}.type' must be one of {', '.join(INITIAL_EVENT_TYPES)}.", param=f"{where}.type"
            )
        if kind == "user.define_outcome":
            fields.string(fields.required_in(event, where, "description"), f"{where}.description", min_length=1)
            fields.obj(fields.required_in(event, where, "rubric"), f"{where}.rubric")
        else:
            content = fields.array(fields.required_in(event, where, "content"), f"{where}.content")
            if not content or not all(
                isinstance(block, dict) and isinstance(block.get("type"), str) for block in content
            ):
                raise ApiError(
                    400,
                    f"Field '{where}.content' must be a non-empty array of content blocks.",
                    param=f"{where}.content",
                )
        if kind == "system.message" and index != len(events) - 1:
            raise ApiError(400, "A system.message must be the last initial event.", param=f"{where}.type")
        checked.append(copy.deepcopy(event))
    return checked


def _resources(value: Any) -> list[dict[str, Any]]:
    resources = []
    for index, raw in enumerate(fields.array(value, "resources")):
        where = f"resources[{index}]"
        resource = fields.obj(raw, where)
        if resource.get("type") not in _RESOURCE_TYPES:
            raise ApiError(
                400, f"Field '{where}.type' must be one of {', '.join(_RESOURCE_TYPES)}.", param=f"{where}.type"
            )
        resources.append(copy.deepcopy(resource))
    return resources


def _vault_ids(value: Any) -> list[str]:
    fields.array(value, "vault_ids", max_items=50)
    return list(fields.strings(value, "vault_ids"))
