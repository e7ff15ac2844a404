"""A local, in-memory Qoder Cloud Agents server for demos and tests.

    from qoder_cloud import QoderCloud
    from qoder_cloud.testing import LocalServer

    with LocalServer(token="pt-local") as server:
        client = QoderCloud(token="pt-local", base_url=server.base_url)
        client.environments.create(name="ci")

It implements the documented behaviour (prefixed IDs, RFC 3339 timestamps, cursor pagination,
archive semantics, optimistic concurrency, the error envelope) on a real loopback socket, using
only the standard library and nothing of the client, so it can serve as an independent check of
it. From a shell: `python -m qoder_cloud.testing --port 8080`. With pytest, the fixtures
`qoder_server`, `qoder_client` and `async_qoder_client` come with the package.

Uploaded files are not downloadable, as on the real API; `LocalServer.make_downloadable` and
`LocalServer.add_file` make files that are (see `_files.py` for the download links).
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterable, Iterator
from types import ModuleType, TracebackType
from typing import Any, Self

from . import (
    _agents,
    _deployments,
    _dreams,
    _environments,
    _event_log,
    _files,
    _memory,
    _models,
    _oauth,
    _search,
    _service_accounts,
    _session_events,
    _session_resources,
    _sessions,
    _skills,
    _threads,
    _vaults,
    _work,
)
from ._app import API_PREFIX, ApiError, App, Request, Response
from ._clock import Clock, ManualClock, SystemClock
from ._faults import FAULT_KINDS, FaultPlan
from ._http import HTTPServer
from ._messages import MAX_BODY_BYTES
from ._script_steps import CustomToolUse, Failure, Reply, Step, ToolUse, check_steps
from ._state import State
from ._webhooks import WebhookEndpoint

__all__ = [
    "API_PREFIX",
    "FAULT_KINDS",
    "MAX_BODY_BYTES",
    "RESOURCE_GROUPS",
    "ApiError",
    "App",
    "Clock",
    "CustomToolUse",
    "Failure",
    "FaultPlan",
    "LocalServer",
    "ManualClock",
    "Reply",
    "Request",
    "Response",
    "State",
    "Step",
    "SystemClock",
    "ToolUse",
    "WebhookEndpoint",
    "build_app",
    "serve",
]

# Each module registers its routes with `register(app, state)`; a new resource group is one more entry.
RESOURCE_GROUPS: tuple[ModuleType, ...] = (
    _search,  # first: `/sessions/search` and the like must not be taken for `/sessions/{session_id}`
    _environments,
    _agents,
    _models,
    _files,
    _vaults,
    _skills,
    _memory,
    _sessions,
    _session_resources,
    _threads,
    _event_log,
    _session_events,
    _deployments,
    _dreams,
    _oauth,
    _work,
)


class LocalServer:
    """A running local API server.

    Args:
        token: accept only this bearer token; any non-empty token when None.
        host: the interface to listen on (loopback by default).
        port: the port; 0 picks a free one.
        faults: make some requests fail the way a real gateway does (see `FaultPlan`).
        app: serve this `App` instead of the full API (tests use it to script odd answers); such a
            server has no `state` and no session knobs.
        clock: the time everything time-based reads (see `ManualClock`); real time by default.
        max_body_bytes: the largest request body; 32 MB as on the global region (the China
            region's is 4 MB). Skill uploads may always carry a 50 MB package.
        idle_timeout: seconds a connection may stay silent before the server closes it.
        sa_key: serve the service-account token exchange (`exchange_url`) for this key; the API
            then also accepts the tokens it issues, until they expire on `clock`.
    """

    def __init__(
        self,
        *,
        token: str | None = None,
        host: str = "127.0.0.1",
        port: int = 0,
        faults: FaultPlan | None = None,
        app: App | None = None,
        clock: Clock | None = None,
        max_body_bytes: int = MAX_BODY_BYTES,
        idle_timeout: float = 30.0,
        sa_key: str | None = None,
    ) -> None:
        if sa_key is not None and (not isinstance(sa_key, str) or not sa_key.strip()):
            raise ValueError("sa_key must be a non-empty string")
        if sa_key is not None and app is not None:
            raise ValueError("sa_key needs the full API: it cannot be combined with app=")
        self.token = token
        self._sa_key = sa_key
        self.clock = clock if clock is not None else SystemClock()
        self.max_body_bytes = max_body_bytes
        self._custom_app = app is not None
        self._state: State | None = None
        if app is None:
            self._state = State(clock=self.clock)
            app = build_app(self._state, token=token, max_body_bytes=max_body_bytes, sa_key=sa_key)
        self.app = app
        self._server = HTTPServer(app, host, port, faults, idle_timeout=idle_timeout)
        self._thread: threading.Thread | None = None

    # ------------------------------------------------------------------ address and lifetime

    @property
    def port(self) -> int:
        return int(self._server.server_address[1])

    @property
    def base_url(self) -> str:
        """The API root to give a client, e.g. `http://127.0.0.1:8123/api/v1/cloud`."""
        host = self._server.server_address[0]
        return f"http://{host if isinstance(host, str) else host.decode()}:{self.port}{API_PREFIX}"

    @property
    def exchange_url(self) -> str:
        """The service-account token exchange of this server (one started with `sa_key=`), to give
        a `ServiceAccountCredential(exchange_url=...)`."""
        if self._sa_key is None:
            raise RuntimeError("this server has no token exchange: start it with sa_key=...")
        root = self.base_url[: -len(API_PREFIX)]
        return root + _service_accounts.EXCHANGE_PATH

    def start(self) -> Self:
        if self._thread is None:
            self._thread = threading.Thread(
                target=self._server.serve_forever,
                kwargs={"poll_interval": 0.05},
                name="qoder-local-server",
                daemon=True,
            )
            self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving and close the socket; open streams end within a fraction of a second."""
        self._server.stopping.set()
        if self._state is not None:
            self._state.stop()
        if self._thread is not None:
            self._server.shutdown()
            self._thread.join(timeout=5)
            self._thread = None
        self._server.server_close()

    def reset(self, *, clock: Clock | None = None) -> None:
        """Forget everything: stored objects, received requests, idempotency keys, queued scripts,
        stream cuts and faults; every knob goes back to its default. The token and the address
        stay, and so does the clock unless another is given. Open streams of the old state end,
        and its turns stop."""
        self.faults = None
        if self._custom_app:
            self.app.requests.clear()
            self.app.outside_requests.clear()
            return
        if clock is not None:
            self.clock = clock
        old = self.state
        self._state = State(clock=self.clock)
        self.app = build_app(self._state, token=self.token, max_body_bytes=self.max_body_bytes, sa_key=self._sa_key)
        self._server.app = self.app
        old.stop()

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()

    # ------------------------------------------------------------------ what is stored

    @property
    def state(self) -> State:
        """Everything the server stores, for assertions (`server.state.environments`, ...)."""
        if self._state is None:
            raise RuntimeError("this server serves a custom App; it has no State")
        return self._state

    def add_file(self, content: bytes, filename: str, *, downloadable: bool = True, scope_id: str | None = None) -> str:
        """Store a file as an agent's output would be (downloadable by default); returns its ID."""
        with self.state.lock:
            stored = _files.add_file(
                self.state, content, filename=filename, downloadable=downloadable, scope_id=scope_id
            )
        return str(stored.meta["id"])

    def make_downloadable(self, file_id: str) -> None:
        """Mark an uploaded file `downloadable`, as the platform does for files it publishes."""
        with self.state.lock:
            self.state.files[file_id].meta["downloadable"] = True

    def add_webhook_endpoint(
        self, url: str, *, events: Iterable[str] | None = None, secret: str | None = None
    ) -> WebhookEndpoint:
        """Post signed webhooks of session events to `url` (a receiver you are testing).

        `events` names the event types to send (default: all); `secret` is the `whsec_` signing
        secret, a new one when not given (read it from the result's `secret`). Deliveries that are
        not answered with a 2xx are retried (`server.state.webhooks.retry_delays`); what was sent is
        in the result's `deliveries`. See `_webhooks.py`.
        """
        return self.state.webhooks.add(url, events=events, secret=secret)

    def emit_event(self, session_id: str, event: dict[str, Any]) -> dict[str, Any]:
        """Store an event in a session as if the agent produced it, and deliver it to open streams
        (for testing how a client handles events, including types it does not know yet)."""
        return _event_log.store_event(self.state, session_id, event)

    # ------------------------------------------------------------------ knobs

    @property
    def faults(self) -> FaultPlan | None:
        """The `FaultPlan` requests meet now (None: no faults); may be replaced at any time."""
        return self._server.faults

    @faults.setter
    def faults(self, plan: FaultPlan | None) -> None:
        self._server.faults = plan

    def script(self, *steps: Step, session_id: str | None = None) -> None:
        """Queue a scripted turn: the next `user.message` (in `session_id`, or in any session)
        plays these steps instead of the default reply. Steps: `Reply`, `CustomToolUse`,
        `ToolUse`, `Failure` (see `docs/local-server.md`). Each call queues one turn."""
        checked = check_steps(steps)
        with self.state.lock:
            self.state.sessions.scripts.append((session_id, checked))

    def cut_streams(self, *after_frames: int) -> None:
        """Cut the next stream connections, one number each: the Nth is cut in the middle of its
        frame N+1 (after N whole frames, heartbeats not counted), as a dropped connection would."""
        if any(not isinstance(n, int) or n < 0 for n in after_frames):
            raise ValueError(f"cut_streams takes whole numbers of frames (0 or more), got {after_frames}")
        with self.state.lock:
            self.state.sessions.stream_cuts.extend(after_frames)

    @property
    def turn_delay(self) -> float:
        """Clock seconds between the events of a scripted turn (0.002 by default)."""
        return self.state.sessions.turn_delay

    @turn_delay.setter
    def turn_delay(self, seconds: float) -> None:
        self.state.sessions.turn_delay = _seconds("turn_delay", seconds)

    @property
    def heartbeat_interval(self) -> float:
        """Clock seconds of quiet after which a stream sends a `: heartbeat` comment (0.5 by default)."""
        return self.state.sessions.heartbeat_interval

    @heartbeat_interval.setter
    def heartbeat_interval(self, seconds: float) -> None:
        self.state.sessions.heartbeat_interval = _seconds("heartbeat_interval", seconds)

    @property
    def dream_step_seconds(self) -> float:
        """Clock seconds before each step of a dream (0.005 by default); raise it to catch a dream
        while it is pending or running."""
        return self.state.dream_step_seconds

    @dream_step_seconds.setter
    def dream_step_seconds(self, seconds: float) -> None:
        self.state.dream_step_seconds = _seconds("dream_step_seconds", seconds)

    @property
    def sa_token_seconds(self) -> float | None:
        """The longest lifetime, in clock seconds, of a token the exchange issues (None, the
        default: the `ttl_seconds` asked for, an hour when not asked)."""
        return self.state.sa_token_seconds

    @sa_token_seconds.setter
    def sa_token_seconds(self, seconds: float | None) -> None:
        if seconds is not None and _seconds("sa_token_seconds", seconds) < 1:
            raise ValueError(f"sa_token_seconds must be at least 1 second, got {seconds!r}")
        self.state.sa_token_seconds = None if seconds is None else float(seconds)

    @property
    def download_link_seconds(self) -> float:
        """How long a download link from `files.content` lives, in clock seconds (an hour by default)."""
        return self.state.download_link_seconds

    @download_link_seconds.setter
    def download_link_seconds(self, seconds: float) -> None:
        self.state.download_link_seconds = _seconds("download_link_seconds", seconds)

    @property
    def search_concurrency(self) -> int:
        """How many searches may be in flight at once before one more is answered 429 (10, as on the API)."""
        return self.state.search_concurrency

    @search_concurrency.setter
    def search_concurrency(self, count: int) -> None:
        if isinstance(count, bool) or not isinstance(count, int) or count < 1:
            raise ValueError(f"search_concurrency must be a whole number of searches (1 or more), got {count!r}")
        self.state.search_concurrency = count

    @property
    def search_seconds(self) -> float:
        """Clock seconds each search holds its place before it answers (0 by default); raise it, on a
        `ManualClock`, to keep searches in flight."""
        return self.state.search_seconds

    @search_seconds.setter
    def search_seconds(self, seconds: float) -> None:
        self.state.search_seconds = _seconds("search_seconds", seconds)

    @property
    def searches_in_flight(self) -> int:
        """How many searches are being answered right now."""
        return self.state.searches_in_flight


def _seconds(name: str, value: float) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or value < 0:
        raise ValueError(f"{name} must be a number of seconds (0 or more), got {value!r}")
    return float(value)


def build_app(
    state: State, *, token: str | None = None, max_body_bytes: int = MAX_BODY_BYTES, sa_key: str | None = None
) -> App:
    """The API application with every resource group of `RESOURCE_GROUPS` registered, and the
    service-account token exchange when there is an `sa_key`."""
    app = App(token=token, lock=state.lock, max_body_bytes=max_body_bytes, clock=state.clock)
    for group in RESOURCE_GROUPS:
        group.register(app, state)
    if sa_key is not None:
        _service_accounts.register(app, state, sa_key)
    return app


@contextlib.contextmanager
def serve(*, token: str | None = None, host: str = "127.0.0.1", port: int = 0) -> Iterator[str]:
    """Run a local server for the duration of a `with` block and yield its base URL."""
    with LocalServer(token=token, host=host, port=port) as server:
        yield server.base_url
