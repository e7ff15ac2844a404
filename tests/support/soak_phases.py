"""The soak's phases after the mixed workload: a client shared across `os.fork()`, one sync
client from many threads, one async client with hundreds of calls in flight, and hostile answers
from a raw loopback server. Each phase counts what a user must never see: wrong answers
(another call's data), errors outside `QoderError`, and secrets in an error's surfaces."""

from __future__ import annotations

import asyncio
import io
import json
import os
import signal
import threading
import time
import traceback
import warnings
from collections import Counter
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from functools import partial
from typing import Any

from qoder_cloud import AsyncQoderCloud, QoderCloud, QoderError, Timeout
from qoder_cloud.testing import LocalServer

from .hostile import SSE_HEAD, HostileServer, RawConnection, RawRequest, gzip_bomb, reply
from .leaks import leaks

CHILD_SECONDS = 60
"""A forked child that hangs is ended by its own alarm, so the soak never waits forever."""


@dataclass
class Tally:
    """What one phase did and what it saw."""

    operations: int = 0
    succeeded: int = 0
    typed_errors: Counter[str] = field(default_factory=Counter)
    untyped_errors: list[str] = field(default_factory=list)
    wrong_answers: list[str] = field(default_factory=list)
    leaks: list[str] = field(default_factory=list)
    skipped: int = 0  # calls not made because the call they depend on failed (a read of what was not created)
    seconds: float = 0.0
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def run(self, call: Callable[[], object], check: Callable[[object], str | None] | None = None) -> None:
        """Make one call; `check` says what is wrong with its result (None: nothing)."""
        try:
            result = call()
        except QoderError as err:
            self._typed(err)
        except Exception:  # noqa: BLE001 - counting what escapes is the point
            self._untyped(traceback.format_exc())
        else:
            self._done(check(result) if check else None)

    async def arun(
        self, call: Callable[[], Awaitable[object]], check: Callable[[object], str | None] | None = None
    ) -> None:
        try:
            result = await call()
        except QoderError as err:
            self._typed(err)
        except Exception:  # noqa: BLE001 - counting what escapes is the point
            self._untyped(traceback.format_exc())
        else:
            self._done(check(result) if check else None)

    def skip(self) -> None:
        with self._lock:
            self.skipped += 1

    def _typed(self, err: QoderError) -> None:
        with self._lock:
            self.operations += 1
            self.typed_errors[type(err).__name__] += 1

    def _untyped(self, text: str) -> None:
        with self._lock:
            self.operations += 1
            self.untyped_errors.append(text)

    def _done(self, wrong: str | None) -> None:
        with self._lock:
            self.operations += 1
            if wrong is None:
                self.succeeded += 1
            else:
                self.wrong_answers.append(wrong)


def _named(expected: str) -> Callable[[object], str | None]:
    def check(result: object) -> str | None:
        name = getattr(result, "name", None)
        return None if name == expected else f"expected {expected!r}, got {name!r}"

    return check


# ------------------------------------------------------------------ fork


def fork_phase(server: LocalServer, token: str, children: int, rounds: int) -> Tally:
    """One client, used before the fork, then by the parent and `children` forked children at
    once, each retrieving its own environment `rounds` times."""
    tally = Tally()
    with QoderCloud(token=token, base_url=server.base_url, max_retries=3) as client:
        envs = [client.environments.create(name=f"soak-fork-{k:02d}") for k in range(children + 1)]
        client.environments.retrieve(envs[-1].id)  # a pooled connection the children must not use
        forked = [_fork(partial(_own_answers, client, env.id, env.name, rounds)) for env in envs[:-1]]
        for _ in range(rounds):
            tally.run(lambda: client.environments.retrieve(envs[-1].id), _named(envs[-1].name))
        for pid, read_end in forked:
            _merge_child(tally, pid, read_end)
    return tally


def _own_answers(client: QoderCloud, environment_id: str, name: str, rounds: int) -> dict[str, Any]:
    child = Tally()
    for _ in range(rounds):
        child.run(lambda: client.environments.retrieve(environment_id), _named(name))
    return {
        "operations": child.operations,
        "succeeded": child.succeeded,
        "typed": dict(child.typed_errors),
        "untyped": child.untyped_errors,
        "wrong": child.wrong_answers,
    }


def _fork(child: Callable[[], dict[str, Any]]) -> tuple[int, int]:
    read_end, write_end = os.pipe()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # Python 3.12+ warns about forking with threads
        pid = os.fork()
    if pid == 0:
        try:
            signal.alarm(CHILD_SECONDS)
            os.close(read_end)
            try:
                outcome = child()
            except BaseException:  # noqa: BLE001 - the child reports everything to its parent
                outcome = {"untyped": [traceback.format_exc()]}
            os.write(write_end, json.dumps(outcome).encode())
        finally:
            os._exit(0)
    os.close(write_end)
    return pid, read_end


def _merge_child(tally: Tally, pid: int, read_end: int) -> None:
    with os.fdopen(read_end, "rb") as pipe:
        data = pipe.read()
    _, status = os.waitpid(pid, 0)
    if os.waitstatus_to_exitcode(status) != 0 or not data:
        tally.untyped_errors.append(f"forked child {pid} died (status {status})")
        return
    outcome = json.loads(data)
    tally.operations += outcome.get("operations", 0)
    tally.succeeded += outcome.get("succeeded", 0)
    tally.typed_errors.update(outcome.get("typed", {}))
    tally.untyped_errors.extend(outcome.get("untyped", []))
    tally.wrong_answers.extend(outcome.get("wrong", []))


# ------------------------------------------------------------------ concurrency


def thread_phase(server: LocalServer, token: str, threads: int, calls: int) -> Tally:
    """One sync client shared by `threads` threads, each creating and reading back its own
    environments and agents (`calls` pairs)."""
    tally = Tally()
    with QoderCloud(token=token, base_url=server.base_url, max_retries=3) as client:
        gate = threading.Barrier(threads)

        def worker(k: int) -> None:
            gate.wait()
            for i in range(calls):
                name = f"soak-thread-{k:02d}-{i:03d}"
                created: list[Any] = []

                def create(name: str = name, created: list[Any] = created) -> object:
                    created.append(client.environments.create(name=name))
                    return created[0]

                tally.run(create, _named(name))
                if created:
                    tally.run(partial(client.environments.retrieve, created[0].id), _named(name))
                else:  # the create failed (a fault outlasted the retries): nothing to read back
                    tally.skip()
                agent = f"{name}-agent"
                tally.run(partial(client.agents.create, name=agent, model="ultimate"), _named(agent))

        pool = [threading.Thread(target=worker, args=(k,)) for k in range(threads)]
        for thread in pool:
            thread.start()
        for thread in pool:
            thread.join(timeout=300)
    return tally


def async_phase(server: LocalServer, token: str, calls: int) -> Tally:
    """One async client with `calls` calls in flight at once: creates of fresh names, and reads
    of environments made beforehand, each checked against what it should answer."""
    tally = Tally()

    async def main() -> None:
        async with AsyncQoderCloud(token=token, base_url=server.base_url, max_retries=3) as client:
            known = [await client.environments.create(name=f"soak-async-known-{k:02d}") for k in range(20)]

            def create(name: str) -> Awaitable[None]:
                return tally.arun(lambda: client.environments.create(name=name), _named(name))

            def read(env: Any) -> Awaitable[None]:
                return tally.arun(lambda: client.environments.retrieve(env.id), _named(env.name))

            tasks = [create(f"soak-async-{k:04d}") if k % 2 else read(known[k % len(known)]) for k in range(calls)]
            await asyncio.gather(*tasks)

    asyncio.run(main())
    return tally


# ------------------------------------------------------------------ hostile answers

HOSTILE_LIMIT = 1024 * 1024
_ENV = {"id": "env_1", "type": "environment", "name": "n", "config": {"type": "cloud"}, "metadata": {}}
_ENV |= {"created_at": "2026-01-01T00:00:00Z", "updated_at": "2026-01-01T00:00:00Z"}
_SECRET = "ghp_SOAKSECRET-hostile-1"


def _hostile(request: RawRequest, out: RawConnection) -> bool:
    """A server whose every route answers in a way no well-behaved server does."""
    path, authorization = request.path, request.headers.get("authorization", "")
    bomb_headers = {"Content-Type": "application/json", "Content-Encoding": "gzip"}
    if path == "/environments/bomb":
        out.send(reply(200, _BOMB, bomb_headers))
    elif path == "/environments/error-bomb":
        out.send(reply(503, _BOMB, bomb_headers))
    elif path == "/environments/bad-gzip":
        out.send(reply(200, b"{}", bomb_headers))
    elif path == "/environments/truncated":
        out.send(reply(200, json.dumps(_ENV)[:40], {"Content-Type": "application/json"}))
    elif path == "/environments/html":
        out.send(reply(200, "<html>hello</html>", {"Content-Type": "text/html"}))
    elif path == "/environments/echo":
        out.send(reply(200, json.dumps({**_ENV, "created_at": authorization}), {"Content-Type": "application/json"}))
    elif path == "/environments/reset":
        out.send(b'HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 500\r\n\r\n{"id"')
        return False
    elif path == "/environments/drip":
        out.send(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n")
        for _ in range(100):
            if not out.open:
                break
            out.send(b" ")
            time.sleep(0.05)
        return False
    elif path.endswith("/credentials"):
        body = {"error": {"type": "invalid_request_error", "message": f"bad: {request.body.decode()} {authorization}"}}
        out.send(reply(400, json.dumps(body), {"Content-Type": "application/json"}))
    elif path.endswith("/content"):
        port = request.headers["host"].rsplit(":", 1)[1]
        link = {"url": f"http://127.0.0.1:{port}/loop", "expires_at": "2030-01-01T00:00:00Z"}
        out.send(reply(200, json.dumps(link), {"Content-Type": "application/json"}))
    elif path == "/loop":
        out.send(reply(302, b"", {"Location": "/loop"}))
    elif path.startswith("/sessions/endless"):
        out.send(SSE_HEAD + b"data: ")
        while out.open and out.sent < 64 * HOSTILE_LIMIT:
            out.send(b"a" * 65536)
        return False
    elif path.startswith("/sessions/bad-id"):
        out.send(SSE_HEAD + 'data: {"id": "evt_é", "type": "session.status_running"}\n\n'.encode())
        return False
    else:  # an error event that quotes the credential
        error = {"type": "error", "error": {"type": "api_error", "message": authorization}}
        out.send(SSE_HEAD + b"event: error\ndata: " + json.dumps(error).encode() + b"\n\n")
        return False
    return True


_BOMB = b""


def hostile_phase(token: str, rounds: int) -> Tally:
    """Every hostile answer `rounds` times: each must end in a `QoderError` (the one documented
    for it) whose surfaces show neither the token nor the secret sent."""
    global _BOMB
    if not _BOMB:
        _BOMB = gzip_bomb(b'{"id": "', 256, b'"}')
    tally = Tally()
    with HostileServer(_hostile) as server:
        options = {"max_retries": 1, "max_response_bytes": HOSTILE_LIMIT, "timeout": Timeout(2.0, total=0.5)}
        with QoderCloud(token=token, base_url=server.base_url, **options) as client:  # type: ignore[arg-type]
            client._sleep = lambda seconds: None  # retries and reconnects need not wait here
            auth = {"type": "static_bearer", "mcp_server_url": "https://m.example/sse", "token": _SECRET}
            calls: list[tuple[str, Callable[[], object]]] = [
                *((f"environments {case}", _retrieve(client, case)) for case in _ENV_CASES),
                ("credential echo", lambda: client.credentials.create("vault_1", auth=auth)),
                ("download loop", lambda: client.files.download("file_1", io.BytesIO())),
                ("endless line", lambda: list(client.events.stream("endless"))),
                ("bad event id", lambda: list(client.events.resumable_stream("bad-id", max_attempts=None))),
                ("error event", lambda: list(client.events.stream("error"))),
            ]
            for _ in range(rounds):
                for label, call in calls:
                    _expect_typed(tally, label, call, token)
    return tally


_ENV_CASES = ("bomb", "error-bomb", "bad-gzip", "truncated", "html", "echo", "reset", "drip")


def _retrieve(client: QoderCloud, case: str) -> Callable[[], object]:
    return lambda: client.environments.retrieve(case)


def _expect_typed(tally: Tally, label: str, call: Callable[[], object], token: str) -> None:
    try:
        result = call()
    except QoderError as err:
        tally._typed(err)
        tally.leaks.extend(f"{label}: {where}" for where in leaks(err, token, _SECRET) if "local auth" not in where)
    except Exception:  # noqa: BLE001 - counting what escapes is the point
        tally._untyped(f"{label}: {traceback.format_exc()}")
    else:
        tally._done(f"{label}: answered {result!r} instead of raising")
