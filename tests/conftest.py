"""Shared fixtures: a local API server on a real loopback socket and clients pointed at it, and a
scripted API on `httpx.MockTransport` for unit tests of the send path."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import pytest

from qoder_cloud import AsyncQoderCloud, QoderCloud
from qoder_cloud.testing import LocalServer, ManualClock

from .support.constants import TOKEN
from .support.mock_api import MockAPI
from .support.work import START

# The package's own pytest fixtures (qoder_server, qoder_client, ...), loaded here rather than by
# their entry point so that coverage measures them (see addopts in pyproject.toml).
pytest_plugins = ["qoder_cloud.testing.pytest_plugin"]


@pytest.fixture(autouse=True)
def clean_environ(monkeypatch: pytest.MonkeyPatch) -> None:
    """No test sees the developer's own token or base URL."""
    for name in ("QODER_PAT", "QODER_ACCESS_TOKEN", "QODER_SA_KEY", "QODER_BASE_URL"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture
def server() -> Iterator[LocalServer]:
    with LocalServer(token=TOKEN) as running:
        yield running


@pytest.fixture
def client(server: LocalServer) -> Iterator[QoderCloud]:
    with QoderCloud(token=TOKEN, base_url=server.base_url, max_retries=0) as qoder:
        yield qoder


@pytest.fixture
async def async_client(server: LocalServer) -> AsyncIterator[AsyncQoderCloud]:
    async with AsyncQoderCloud(token=TOKEN, base_url=server.base_url, max_retries=0) as qoder:
        yield qoder


@pytest.fixture
def mock_api() -> Iterator[MockAPI]:
    api = MockAPI()
    yield api
    api.close()


@pytest.fixture
def work_clock(server: LocalServer) -> ManualClock:
    """A manual clock for the server's work queue only: leases expire when the test says so, while
    the sessions' turns play in real time."""
    manual = ManualClock(start=START)
    server.state.work.clock = manual.time
    return manual
