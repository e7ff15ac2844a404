"""A local, in-memory Qoder Cloud Agents server for demos and tests.

    from qoder_cloud import QoderCloud
    from qoder_cloud.testing import LocalServer

    with LocalServer(token="pt-local") as server:
        client = QoderCloud(token="pt-local", base_url=server.base_url)
        client.environments.create(name="ci")

It implements the documented behaviour (prefixed IDs, RFC 3339 timestamps, cursor pagination,
archive semantics, optimistic concurrency, the error envelope) on a real loopback socket, using
only the standard library. From a shell: `python -m qoder_cloud.testing --port 8080`.

Uploaded files are not downloadable, as on the real API; `LocalServer.make_downloadable` and
`LocalServer.add_file` make files that are (see `_files.py` for the download links).
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterable, Iterator
from types import TracebackType
from typing import Any, Self

from . import (
    _agents,
    _deployments,
    _dreams,
    _environments,
    _files,
    _memory,
    _models,
    _oauth,
    _sessions,
    _skills,
    _vaults,
    _work,
)
from ._app import API_PREFIX, ApiError, App, Request, Response
from ._faults import FAULT_KINDS, FaultPlan
from ._http import HTTPServer
from ._state import State
from ._webhooks import WebhookEndpoint

__all__ = [
    "API_PREFIX",
    "FAULT_KINDS",
    "ApiError",
    "App",
    "FaultPlan",
    "LocalServer",
    "Request",
    "Response",
    "State",
    "WebhookEndpoint",
    "serve",
]


class LocalServer:
    """A running local API server.

    Args:
        token: accept only this bearer token; any non-empty token when None.
        host: the interface to listen on (loopback by default).
        port: the port; 0 picks a free one.
        faults: make some requests fail the way a real gateway does (see `FaultPlan`).
        app: serve this `App` instead of the full API (tests use it to script odd answers).
    """

    def __init__(
        self,
        *,
        token: str | None = None,
        host: str = "127.0.0.1",
        port: int = 0,
        faults: FaultPlan | None = None,
        app: App | None = None,
    ) -> None:
        self.state = State()
        self.app = app if app is not None else build_app(self.state, token=token)
        self.faults = faults
        self._server = HTTPServer(self.app, host, port, faults)
        self._thread: threading.Thread | None = None

    @property
    def port(self) -> int:
        return int(self._server.server_address[1])

    @property
    def base_url(self) -> str:
        """The API root to give a client, e.g. `http://127.0.0.1:8123/api/v1/cloud`."""
        host = self._server.server_address[0]
        return f"http://{host if isinstance(host, str) else host.decode()}:{self.port}{API_PREFIX}"

    def add_file(self, content: bytes, filename: str, *, downloadable: bool = True, scope_id: str | None = None) -> str:
        """Store a file as an agent's output would be (downloadable by default); returns its ID."""
        with self.app.lock:
            stored = _files.add_file(
                self.state, content, filename=filename, downloadable=downloadable, scope_id=scope_id
            )
        return str(stored.meta["id"])

    def make_downloadable(self, file_id: str) -> None:
        """Mark an uploaded file `downloadable`, as the platform does for files it publishes."""
        with self.app.lock:
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
        self.state.sessions.stopping.set()
        self.state.webhooks.stop()
        if self._thread is not None:
            self._server.shutdown()
            self._thread.join(timeout=5)
            self._thread = None
        self._server.server_close()

    def emit_event(self, session_id: str, event: dict[str, Any]) -> dict[str, Any]:
        """Store an event in a session as if the agent produced it, and deliver it to open streams
        (for testing how a client handles events, including types it does not know yet)."""
        return _sessions.store_event(self.state, session_id, event)

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()


def build_app(state: State, *, token: str | None = None) -> App:
    """The API application with every implemented resource group registered."""
    app = App(token=token, lock=state.lock)
    _environments.register(app, state)
    _agents.register(app, state)
    _models.register(app)
    _files.register(app, state)
    _vaults.register(app, state)
    _skills.register(app, state)
    _memory.register(app, state)
    _sessions.register(app, state)
    _deployments.register(app, state)
    _dreams.register(app, state)
    _oauth.register(app, state)
    _work.register(app, state)
    return app


@contextlib.contextmanager
def serve(*, token: str | None = None, host: str = "127.0.0.1", port: int = 0) -> Iterator[str]:
    """Run a local server for the duration of a `with` block and yield its base URL."""
    with LocalServer(token=token, host=host, port=port) as server:
        yield server.base_url
