"""A client used on both sides of `os.fork()`: each process gets only its own answers, because a
child never uses its parent's pooled connections (a real fork, against the local server)."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import warnings
from collections.abc import Callable

import httpx
import pytest

from qoder_cloud import AsyncQoderCloud, ConfigurationError, QoderCloud
from qoder_cloud.testing import LocalServer

from .support.constants import TOKEN

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="needs os.fork")

CHILD_SECONDS = 20  # a child that hangs is killed by its own alarm, so the parent never waits forever


def _fork(child: Callable[[], object]) -> tuple[int, Callable[[], object]]:
    """Run `child()` in a forked process; returns its pid and a function that waits for its result."""
    read_end, write_end = os.pipe()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # Python 3.12+ warns about forking with threads
        pid = os.fork()
    if pid == 0:  # the child: report, and never return into pytest
        try:
            signal.alarm(CHILD_SECONDS)
            os.close(read_end)
            try:
                outcome: object = child()
            except BaseException as exc:  # the child reports every outcome to the parent
                outcome = {"raised": type(exc).__name__, "message": str(exc)}
            os.write(write_end, json.dumps(outcome).encode())
        finally:
            os._exit(0)
    os.close(write_end)

    def result() -> object:
        with os.fdopen(read_end, "rb") as pipe:
            data = pipe.read()
        _, status = os.waitpid(pid, 0)
        assert os.waitstatus_to_exitcode(status) == 0, "the child died"
        return json.loads(data)

    return pid, result


def test_parent_and_child_each_get_their_own_answers(server: LocalServer) -> None:
    with QoderCloud(token=TOKEN, base_url=server.base_url, max_retries=0, timeout=5) as setup:
        mine = setup.environments.create(name="parent-env").id
        theirs = setup.environments.create(name="child-env").id
    for _ in range(5):
        with QoderCloud(token=TOKEN, base_url=server.base_url, max_retries=0, timeout=5) as client:
            client.environments.retrieve(mine)  # a keep-alive connection now sits in the pool
            _, child_result = _fork(_retrieve_three_times(client, theirs))
            answers = [client.environments.retrieve(mine).name for _ in range(3)]
            assert child_result() == {"answers": ["child-env"] * 3, "fresh_pool": True}
            assert answers == ["parent-env"] * 3


def _retrieve_three_times(client: QoderCloud, environment_id: str) -> Callable[[], object]:
    parents_pool = client._http

    def child() -> object:
        answers = [client.environments.retrieve(environment_id).name for _ in range(3)]
        return {"answers": answers, "fresh_pool": client._http is not parents_pool}

    return child


def test_an_async_client_in_a_child_starts_its_own_pool(server: LocalServer) -> None:
    with QoderCloud(token=TOKEN, base_url=server.base_url) as setup:
        theirs = setup.environments.create(name="child-env").id
    client = AsyncQoderCloud(token=TOKEN, base_url=server.base_url, max_retries=0, timeout=5)
    loop = asyncio.new_event_loop()  # the parent's loop, kept to close the pool it holds connections in
    try:
        loop.run_until_complete(client.environments.retrieve(theirs))
        parents_pool = client._http

        def child() -> object:
            async def use() -> str:
                name = (await client.environments.retrieve(theirs)).name
                await client.close()
                return name

            return {"answer": asyncio.run(use()), "fresh_pool": client._http is not parents_pool}

        _, child_result = _fork(child)
        assert child_result() == {"answer": "child-env", "fresh_pool": True}
        assert client._http is parents_pool
        loop.run_until_complete(client.close())
    finally:
        loop.close()


def test_a_callers_http_client_is_refused_in_a_child() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"data": [], "has_more": False})

    http = httpx.Client(transport=httpx.MockTransport(handler))
    client = QoderCloud(token=TOKEN, base_url="http://127.0.0.1:9", http_client=http)
    client.models.list()

    def child() -> object:
        client.models.list()
        return "sent"

    _, child_result = _fork(child)
    result = child_result()
    assert isinstance(result, dict) and result["raised"] == ConfigurationError.__name__
    assert "another process" in result["message"]
    assert list(client.models.list()) == [], "the parent still uses it"
