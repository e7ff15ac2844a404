"""Cron schedules of deployments: checking them, computing `upcoming_runs_at`, firing due runs.

The cron arithmetic is croniter's (imported on first use; an optional dependency of the local
server, `pip install 'qoder-cloud-agents[testing]'`). A schedule remembers up to when it has
fired (`DeploymentRecord.fired_until`, starting when it is set or resumed); `catch_up` fires
every time between then and now, at most `MAX_CATCH_UP` of them (a server that was asleep
does not replay a year of minutes), and recomputes the upcoming times. It runs before every
deployments request and on a background thread that wakes at the next due time. "Now" is the
server's clock (`LocalServer(clock=ManualClock())` lets a test move time forward).
"""

from __future__ import annotations

import datetime
import threading
import zoneinfo
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from . import _fields as fields
from ._app import ApiError, App
from ._state import State

if TYPE_CHECKING:
    from ._deployments import DeploymentRecord

UPCOMING = 3  # how many next times `upcoming_runs_at` lists
MAX_CATCH_UP = 50
_IDLE_WAKE = 1.0  # seconds after which the thread looks at the stop flag again


def _croniter() -> Any:
    try:
        from croniter import croniter
    except ImportError:  # pragma: no cover - the test environment has it
        raise ApiError(
            500,
            "Deployment schedules on the local server need the croniter package: "
            "pip install 'qoder-cloud-agents[testing]'.",
            type="api_error",
        ) from None
    return croniter


def _rfc3339(moment: datetime.datetime) -> str:
    return moment.astimezone(datetime.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


class Scheduler:
    """Fires the due runs of every scheduled deployment of one server."""

    def __init__(
        self,
        app: App,
        state: State,
        fire: Callable[[DeploymentRecord, str], Any],
    ) -> None:
        self._app = app
        self._state = state
        self._fire = fire
        self._thread: threading.Thread | None = None

    def now(self) -> datetime.datetime:
        return datetime.datetime.fromtimestamp(self._state.clock.time(), datetime.UTC)

    def set_schedule(self, record: DeploymentRecord, value: Any) -> None:
        """Check and store a schedule param (None: manual runs only) (caller holds the lock)."""
        if value is None:
            record.deployment["schedule"] = None
            record.fired_until = None
            return
        param = fields.obj(value, "schedule")
        if param.get("type") != "cron":
            raise ApiError(400, "Field 'schedule.type' must be 'cron'.", param="schedule.type")
        expression = fields.string(
            fields.required_in(param, "schedule", "expression"), "schedule.expression", min_length=1
        )
        timezone = fields.string(fields.required_in(param, "schedule", "timezone"), "schedule.timezone", min_length=1)
        if len(expression.split()) != 5 or not _croniter().is_valid(expression):
            raise ApiError(
                400,
                f"Field 'schedule.expression' must be a five-field cron expression, got {expression!r}.",
                param="schedule.expression",
            )
        try:
            zoneinfo.ZoneInfo(timezone)
        except (zoneinfo.ZoneInfoNotFoundError, ValueError):
            raise ApiError(
                400,
                f"Field 'schedule.timezone' must be an IANA time zone, got {timezone!r}.",
                param="schedule.timezone",
            ) from None
        previous = record.deployment["schedule"] or {}
        record.deployment["schedule"] = {
            "type": "cron",
            "expression": expression,
            "timezone": timezone,
            "upcoming_runs_at": [],
            "last_run_at": previous.get("last_run_at"),
        }
        self.resume(record)
        self._start_thread()

    def resume(self, record: DeploymentRecord) -> None:
        """Count the schedule from now (after creation, a change or `unpause`)."""
        if record.deployment["schedule"] is None:
            return
        record.fired_until = self.now()
        self._plan(record)
        self._state.condition.notify_all()  # the thread may have to wake earlier now

    def clear_upcoming(self, record: DeploymentRecord) -> None:
        if record.deployment["schedule"] is not None:
            record.deployment["schedule"]["upcoming_runs_at"] = []

    def catch_up(self) -> None:
        """Fire every due run of every active deployment (caller holds the lock)."""
        now = self.now()
        for record in list(self._state.deployments.values()):
            if not self._firing(record) or record.fired_until is None:
                continue
            for moment in self._due(record, record.fired_until, now):
                stamp = _rfc3339(moment)
                record.deployment["schedule"]["last_run_at"] = stamp
                self._fire(record, stamp)
            record.fired_until = now
            self._plan(record)

    def _firing(self, record: DeploymentRecord) -> bool:
        deployment = record.deployment
        return bool(
            deployment["schedule"] is not None
            and deployment["status"] == "active"
            and deployment["archived_at"] is None
        )

    def _plan(self, record: DeploymentRecord) -> None:
        if self._firing(record) and record.fired_until is not None:
            upcoming = self._upcoming(record, record.fired_until)
            record.deployment["schedule"]["upcoming_runs_at"] = [_rfc3339(moment) for moment in upcoming]
        else:
            self.clear_upcoming(record)

    def _cron(self, record: DeploymentRecord, start: datetime.datetime) -> Any:
        schedule = record.deployment["schedule"]
        return _croniter()(schedule["expression"], start.astimezone(zoneinfo.ZoneInfo(schedule["timezone"])))

    def _upcoming(self, record: DeploymentRecord, after: datetime.datetime) -> list[datetime.datetime]:
        times = self._cron(record, after)
        return [times.get_next(datetime.datetime) for _ in range(UPCOMING)]

    def _due(
        self, record: DeploymentRecord, after: datetime.datetime, until: datetime.datetime
    ) -> list[datetime.datetime]:
        """The schedule's times in (`after`, `until`], the latest MAX_CATCH_UP of them, oldest first."""
        times = self._cron(record, until + datetime.timedelta(seconds=1))  # get_prev excludes its start
        due: list[datetime.datetime] = []
        while len(due) < MAX_CATCH_UP:
            moment: datetime.datetime = times.get_prev(datetime.datetime)
            if moment <= after:
                break
            due.append(moment)
        return due[::-1]

    # ------------------------------------------------------------------ the background thread

    def _start_thread(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._loop, name="qoder-local-schedules", daemon=True)
            self._thread.start()

    def _loop(self) -> None:
        stopping = self._state.stopping
        with self._app.lock:
            while not stopping.is_set():
                self.catch_up()
                next_due = min(
                    (
                        datetime.datetime.fromisoformat(record.deployment["schedule"]["upcoming_runs_at"][0])
                        for record in self._state.deployments.values()
                        if self._firing(record) and record.deployment["schedule"]["upcoming_runs_at"]
                    ),
                    default=None,
                )
                wait = _IDLE_WAKE if next_due is None else (next_due - self.now()).total_seconds()
                clock = self._state.clock
                clock.wait_until(self._state.condition, clock.time() + min(max(wait, 0.0), _IDLE_WAKE))
