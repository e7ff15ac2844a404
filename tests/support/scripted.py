"""A local server whose answers a test scripts itself, for replies the real API may send but
the in-memory implementation never does (HTML error pages, unknown enum values, odd cursors)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from qoder_cloud.testing import App, LocalServer, Request, Response

Routes = dict[tuple[str, str], Callable[[Request], Response | Any]]


@contextmanager
def scripted_server(routes: Routes, *, token: str | None = None) -> Iterator[LocalServer]:
    app = App(token=token)
    for (method, template), handler in routes.items():
        app.route(method, template)(handler)
    with LocalServer(app=app) as server:
        yield server
