"""pytest fixtures for testing your own code against the bundled local server.

They come with the package (a `pytest11` entry point), so any project with qoder-cloud-agents and
pytest installed can use them without a conftest:

    from qoder_cloud.testing import CustomToolUse, Reply

    def test_my_bot(qoder_server, qoder_client):
        qoder_server.script(CustomToolUse("get_weather", {"city": "Paris"}), Reply("It is {result}."))
        ...

- `qoder_server`: a `LocalServer`, started once per test run and reset before every test (nothing
  a test stores, scripts or sets survives into the next one).
- `qoder_client` / `async_qoder_client`: a `QoderCloud` / `AsyncQoderCloud` pointed at it. The
  async one is for `async def` tests run by anyio (`@pytest.mark.anyio`, installed with httpx) or
  by pytest-asyncio in auto mode.
- `qoder_clock`: a `ManualClock` the server runs on for this test (time moves only when the test
  calls `qoder_clock.advance(seconds)`).

The names start with `qoder_` so they do not clash with a project's own `server` or `client`.
This module is glue for tests; the server itself does not depend on the client.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING

import pytest

from . import LocalServer, ManualClock, SystemClock

if TYPE_CHECKING:
    from qoder_cloud import AsyncQoderCloud, QoderCloud

QODER_TEST_TOKEN = "pt-local-test"
"""The token the fixtures' server accepts and their clients send."""


@pytest.fixture(scope="session")
def _qoder_server_for_the_run() -> Iterator[LocalServer]:
    with LocalServer(token=QODER_TEST_TOKEN) as server:
        yield server


@pytest.fixture
def qoder_server(_qoder_server_for_the_run: LocalServer) -> LocalServer:
    """The local server, empty and with every knob at its default."""
    _qoder_server_for_the_run.reset(clock=SystemClock())
    return _qoder_server_for_the_run


@pytest.fixture
def qoder_clock(qoder_server: LocalServer) -> ManualClock:
    """A clock that stands still until advanced; the server runs on it for this test."""
    clock = ManualClock()
    qoder_server.reset(clock=clock)
    return clock


@pytest.fixture
def qoder_client(qoder_server: LocalServer) -> Iterator[QoderCloud]:
    from qoder_cloud import QoderCloud

    with QoderCloud(token=QODER_TEST_TOKEN, base_url=qoder_server.base_url) as client:
        yield client


@pytest.fixture
async def async_qoder_client(qoder_server: LocalServer) -> AsyncIterator[AsyncQoderCloud]:
    from qoder_cloud import AsyncQoderCloud

    async with AsyncQoderCloud(token=QODER_TEST_TOKEN, base_url=qoder_server.base_url) as client:
        yield client
