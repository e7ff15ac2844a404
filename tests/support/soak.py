"""Soak: thousands of mixed operations against the local server with injected faults, then
the phases of `soak_phases`: a client shared across `os.fork()`, one sync client from 50
threads, one async client with 500 calls in flight (both still under faults), and hostile
answers from a raw loopback server.

    python -m tests.support.soak --ops 3000 --fault-rate 0.2 --seed 7        (or: make soak)

It reports operations done, faults met, client retries, duplicates created (counted in the
server's own state: must be 0), errors that escaped as anything other than the client's typed
exceptions (must be 0), stream events lost or duplicated across reconnects (must be 0), wrong
answers (a call that got another call's data: must be 0) and secrets found in an error's
surfaces (must be 0). A short variant runs in the test suite (tests/test_soak.py).
"""

from __future__ import annotations

import argparse
import logging
import random
import sys
import time
import traceback
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import httpx

from qoder_cloud import QoderCloud, QoderError, SyncPage
from qoder_cloud.testing import FaultPlan, LocalServer
from qoder_cloud.worker import NO_HEARTBEAT
from qoder_cloud_api.models import SessionWorkData, WorkState

from .soak_phases import Tally, async_phase, fork_phase, hostile_phase, thread_phase

TOKEN = "pt-soak"


@dataclass
class SoakReport:
    operations: int = 0
    succeeded: int = 0
    faults: Counter[str] = field(default_factory=Counter)
    retries: int = 0
    typed_errors: Counter[str] = field(default_factory=Counter)
    untyped_errors: list[str] = field(default_factory=list)
    duplicates: int = 0
    turns: int = 0
    events_lost: int = 0
    events_duplicated: int = 0
    wrong_answers: list[str] = field(default_factory=list)
    leaks: list[str] = field(default_factory=list)
    phases: dict[str, Tally] = field(default_factory=dict)
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return not (
            self.duplicates
            or self.untyped_errors
            or self.events_lost
            or self.events_duplicated
            or self.wrong_answers
            or self.leaks
        )

    def add(self, name: str, tally: Tally) -> None:
        """Count a phase's calls in the totals."""
        self.phases[name] = tally
        self.operations += tally.operations
        self.succeeded += tally.succeeded
        self.typed_errors.update(tally.typed_errors)
        self.untyped_errors.extend(tally.untyped_errors)
        self.wrong_answers.extend(tally.wrong_answers)
        self.leaks.extend(tally.leaks)

    def table(self) -> str:
        rows = [
            ("operations", self.operations),
            ("succeeded", self.succeeded),
            ("faults injected", sum(self.faults.values())),
            ("client retries", self.retries),
            ("typed errors surfaced", sum(self.typed_errors.values())),
            ("untyped errors (must be 0)", len(self.untyped_errors)),
            ("duplicates created (must be 0)", self.duplicates),
            ("streamed turns checked", self.turns),
            ("stream events lost (must be 0)", self.events_lost),
            ("stream events duplicated (must be 0)", self.events_duplicated),
            ("wrong answers (must be 0)", len(self.wrong_answers)),
            ("secrets in errors (must be 0)", len(self.leaks)),
            *(
                (
                    f"phase {name}: calls, typed errors, seconds",
                    f"{t.operations}, {sum(t.typed_errors.values())}, {t.seconds:.1f}",
                )
                for name, t in self.phases.items()
            ),
            ("seconds", f"{self.seconds:.1f}"),
        ]
        lines = ["| measure | value |", "|---|---|", *(f"| {name} | {value} |" for name, value in rows)]
        if self.faults:
            lines.append("")
            lines.append("faults: " + ", ".join(f"{kind}={count}" for kind, count in sorted(self.faults.items())))
        if self.typed_errors:
            lines.append("typed errors: " + ", ".join(f"{k}={v}" for k, v in sorted(self.typed_errors.items())))
        return "\n".join(lines)


class _RetryCounter(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.INFO)
        self.count = 0

    def emit(self, record: logging.LogRecord) -> None:
        if record.getMessage().startswith("retrying"):
            self.count += 1


class _Workload:
    """Seeded mixed operations; remembers what it created to check for duplicates later."""

    def __init__(self, client: QoderCloud, rng: random.Random) -> None:
        self.client = client
        self.rng = rng
        self.environments: list[str] = []
        self.agents: dict[str, int] = {}  # id -> version we last saw
        self.sessions: list[str] = []
        self.memory_stores: list[str] = []
        self.turns: list[tuple[str, str, list[str]]] = []  # (session, user.message id, stored event ids seen)
        self.work_environment: str | None = None  # a self-hosted environment, made on first use
        self.counter = 0

    def _name(self, kind: str) -> str:
        self.counter += 1
        return f"soak-{kind}-{self.counter:05d}"

    def operations(self) -> list[tuple[int, Callable[[], None]]]:
        return [
            (4, self.create_environment),
            (2, self.list_environments),
            (3, self.retrieve_environment),
            (2, self.update_environment),
            (1, self.archive_environment),
            (4, self.create_agent),
            (3, self.update_agent),
            (2, self.list_versions),
            (2, self.retrieve_agent),
            (1, self.list_models),
            (1, self.create_session),
            (3, self.streamed_turn),
            (2, self.upload_file),
            (1, self.create_vault_credential),
            (2, self.write_memory),
            (1, self.deploy_and_run),
            (1, self.dream),
            (2, self.work_round),
            (2, self.search),
        ]

    def create_environment(self) -> None:
        env = self.client.environments.create(name=self._name("env"), config={"type": "cloud"})
        self.environments.append(env.id)

    def list_environments(self) -> None:
        page = self.client.environments.list(limit=self.rng.randint(1, 50))
        if page.has_next_page():
            page.get_next_page()

    def retrieve_environment(self) -> None:
        if self.environments:
            self.client.environments.retrieve(self.rng.choice(self.environments))

    def update_environment(self) -> None:
        if self.environments:
            self.client.environments.update(self.rng.choice(self.environments), metadata={"n": str(self.counter)})

    def archive_environment(self) -> None:
        if self.environments:
            self.client.environments.archive(self.rng.choice(self.environments))

    def create_agent(self) -> None:
        agent = self.client.agents.create(name=self._name("agent"), model="ultimate")
        self.agents[agent.id] = agent.version

    def update_agent(self) -> None:
        if self.agents:
            agent_id = self.rng.choice(sorted(self.agents))
            agent = self.client.agents.update(agent_id, version=self.agents[agent_id], system=f"s{self.counter}")
            self.agents[agent_id] = agent.version

    def list_versions(self) -> None:
        if self.agents:
            list(self.client.agents.list_versions(self.rng.choice(sorted(self.agents)), limit=5))

    def retrieve_agent(self) -> None:
        if self.agents:
            agent_id = self.rng.choice(sorted(self.agents))
            self.agents[agent_id] = self.client.agents.retrieve(agent_id).version

    def list_models(self) -> None:
        list(self.client.models.list())

    def upload_file(self) -> None:
        name = self._name("file") + ".txt"
        self.client.files.upload(file=(name, f"contents of {name}".encode() * self.rng.randint(1, 50)))

    def create_vault_credential(self) -> None:
        vault = self.client.vaults.create(display_name=self._name("vault"))
        self.client.credentials.create(
            vault.id,
            auth={"type": "static_bearer", "mcp_server_url": "https://mcp.example.com/mcp", "token": "sk-soak"},
        )

    def write_memory(self) -> None:
        if not self.memory_stores or self.rng.random() < 0.2:
            self.memory_stores.append(self.client.memory_stores.create(name=self._name("store")).id)
        store_id = self.rng.choice(self.memory_stores)
        memory = self.client.memories.create(store_id, path=self._name("notes") + ".md", content="first")
        self.client.memories.update(store_id, memory.id, content="second", content_sha256=memory.content_sha256)

    def deploy_and_run(self) -> None:
        """A manual-only deployment, run once (the run starts a session), its runs read back, and paused."""
        if not self.environments or not self.agents:
            self.create_environment()
            self.create_agent()
        deployment = self.client.deployments.create(
            name=self._name("deployment"),
            agent=self.rng.choice(sorted(self.agents)),
            environment_id=self.environments[-1],
            initial_events=[{"type": "user.message", "content": [{"type": "text", "text": "soak run"}]}],
        )
        run = self.client.deployments.run(deployment.id)
        listed = [r.id for r in self.client.deployments.runs.list(deployment.id)]
        if listed != [run.id] or self.client.deployments.runs.retrieve(deployment.id, run.id).id != run.id:
            raise AssertionError(f"deployment {deployment.id} ran once as {run.id}, its runs read {listed}")
        self.client.deployments.pause(deployment.id)

    def dream(self) -> None:
        """A dream over a fresh store of one memory (each store gets at most one dream)."""
        store = self.client.memory_stores.create(name=self._name("dream-input"))
        self.client.memories.create(store.id, path=self._name("dream-notes") + ".md", content="Prefer small PRs.")
        self.client.dreams.create(inputs=[{"type": "memory_store", "memory_store_id": store.id}])

    def search(self) -> None:
        """One of the four searches, walked for up to three pages; an item met twice in a walk
        escapes as an untyped error (the cursor travels in the body, through retries)."""
        searches: tuple[Callable[[int], SyncPage[Any]], ...] = (
            lambda limit: self.client.sessions.search(statuses=["idle"], limit=limit),
            lambda limit: self.client.files.search(name="soak", limit=limit),
            lambda limit: self.client.vaults.search(name="soak", limit=limit),
            lambda limit: self.client.skills.search(limit=limit),
        )
        first = self.rng.choice(searches)(self.rng.randint(1, 5))
        seen = [item.id for page, _ in zip(first.iter_pages(), range(3), strict=False) for item in page.data]
        if len(seen) != len(set(seen)):
            raise AssertionError(f"a search walk met an item twice: {seen}")

    def create_session(self) -> None:
        if not self.environments or not self.agents:
            self.create_environment()
            self.create_agent()
        agent_id = self.rng.choice(sorted(self.agents))
        session = self.client.sessions.create(agent=agent_id, environment_id=self.environments[-1])
        self.sessions.append(session.id)

    def work_round(self) -> None:
        """A worker's round on a self-hosted environment: queue a session, then poll, acknowledge,
        heartbeat (compare-and-set), answer the tool call its agent waits for, and stop the item."""
        if self.work_environment is None:
            env = self.client.environments.create(name=self._name("workers"), config={"type": "self_hosted"})
            self.work_environment = env.id
        if not self.agents:
            self.create_agent()
        env_id, work = self.work_environment, self.client.environments.work
        text = f"round {self.counter}"
        self.client.sessions.create(
            agent=self.rng.choice(sorted(self.agents)),
            environment_id=env_id,
            initial_events=[{"type": "user.message", "content": [{"type": "text", "text": text}]}],
        )
        item = work.poll(env_id, worker_id="soak-worker", block_ms=50, reclaim_older_than_ms=0)
        if item is None or not isinstance(item.data, SessionWorkData):
            return
        work.ack(env_id, item.id, worker_id="soak-worker")
        beat = work.heartbeat(env_id, item.id, expected_last_heartbeat=NO_HEARTBEAT, desired_ttl_seconds=30)
        events = list(self.client.events.list(item.data.id))
        answered = {getattr(event, "tool_use_id", None) for event in events if event.type == "user.tool_result"}
        for event in events:
            if event.type == "agent.tool_use" and event.id not in answered:
                result = {"type": "user.tool_result", "tool_use_id": event.id}
                self.client.events.send(item.data.id, events=[{**result, "content": [{"type": "text", "text": "ok"}]}])
        work.heartbeat(env_id, item.id, expected_last_heartbeat=beat.last_heartbeat)
        if work.stop(env_id, item.id).state == WorkState.STOPPING:
            work.stop(env_id, item.id)

    def streamed_turn(self) -> None:
        """A user message and its events through a resumable stream, remembered for checking."""
        if not self.sessions:
            self.create_session()
        session_id = self.rng.choice(self.sessions)
        with self.client.events.resumable_stream(session_id, max_attempts=10) as stream:
            text = f"turn {self.counter}"
            self.counter += 1
            sent = self.client.events.send(
                session_id, events=[{"type": "user.message", "content": [{"type": "text", "text": text}]}]
            )
            message_id = sent.data[0].id
            seen: list[str] = []
            after_message = False
            for event in stream:
                event_id = getattr(event, "id", None)
                if isinstance(event_id, str):
                    seen.append(event_id)
                after_message = after_message or event_id == message_id
                if after_message and event.type == "session.status_idle":
                    break
        self.turns.append((session_id, message_id, seen))


def run_soak(
    ops: int,
    *,
    fault_rate: float = 0.2,
    seed: int = 7,
    threads: int = 50,
    thread_calls: int = 4,
    concurrent: int = 500,
    forks: int = 4,
    fork_rounds: int = 10,
    hostile_rounds: int = 2,
) -> SoakReport:
    """The mixed workload (`ops` operations), then the fork, thread, async and hostile phases."""
    report = SoakReport()
    rng = random.Random(seed)
    plan = FaultPlan(rate=fault_rate, seed=seed, stall_seconds=0.8)
    counter = _RetryCounter()
    logger = logging.getLogger("qoder_cloud")
    logger.addHandler(counter)
    previous_level = logger.level
    logger.setLevel(logging.INFO)
    started = time.monotonic()
    try:
        with LocalServer(token=TOKEN, faults=plan) as server:
            server.heartbeat_interval = 0.2  # well inside the client's read timeout
            timeout = httpx.Timeout(0.5, connect=2.0)
            with QoderCloud(token=TOKEN, base_url=server.base_url, timeout=timeout, max_retries=3) as client:
                workload = _Workload(client, rng)
                choices = workload.operations()
                weights = [weight for weight, _ in choices]
                for _ in range(ops):
                    (_, operation) = rng.choices(choices, weights)[0]
                    report.operations += 1
                    try:
                        operation()
                        report.succeeded += 1
                    except QoderError as err:
                        report.typed_errors[type(err).__name__] += 1
                    except Exception:  # noqa: BLE001 - counting what escapes is the point
                        report.untyped_errors.append(traceback.format_exc())
            report.add("fork", _timed(fork_phase, server, TOKEN, forks, fork_rounds))
            server.faults = FaultPlan(rate=fault_rate, seed=seed + 1, stall_seconds=0.8)
            report.add("threads", _timed(thread_phase, server, TOKEN, threads, thread_calls))
            report.add("async", _timed(async_phase, server, TOKEN, concurrent))
            report.faults.update(server.faults.counts)  # type: ignore[union-attr]
            report.add("hostile", _timed(hostile_phase, TOKEN, hostile_rounds))
            report.duplicates = _duplicates(server)
            report.events_lost, report.events_duplicated = _stream_losses(server, workload.turns)
            report.turns = len(workload.turns)
        report.faults.update(plan.counts)
    finally:
        logger.removeHandler(counter)
        logger.setLevel(previous_level)
    report.retries = counter.count
    report.seconds = time.monotonic() - started
    return report


def _timed(phase: Callable[..., Tally], *args: object) -> Tally:
    started = time.monotonic()
    tally = phase(*args)
    tally.seconds = time.monotonic() - started
    return tally


def _stream_losses(server: LocalServer, turns: list[tuple[str, str, list[str]]]) -> tuple[int, int]:
    """Compare what each streamed turn yielded with what the server stored for that turn."""
    lost = duplicated = 0
    for session_id, message_id, seen in turns:
        stored = [event["id"] for event in server.state.sessions.records[session_id].events]
        types = [event["type"] for event in server.state.sessions.records[session_id].events]
        start = stored.index(message_id) - 1  # the session.status_running just before the echo
        end = next(i for i in range(start + 2, len(stored)) if types[i] == "session.status_idle")
        expected = stored[start : end + 1]
        lost += len(set(expected) - set(seen))
        duplicated += len(seen) - len(set(seen))
    return lost, duplicated


def _duplicates(server: LocalServer) -> int:
    """Resources that exist more than once under a name the workload used exactly once."""
    state = server.state
    names = Counter(env["name"] for env in state.environments.values())
    names.update(record.current["name"] for record in state.agents.values())
    names.update(stored.meta["filename"] for stored in state.files.values())
    names.update(record.vault["display_name"] for record in state.vaults.values())
    names.update(record.store["name"] for record in state.memory_stores.values())
    written_by_dreams = {output["memory_store_id"] for dream in state.dreams.values() for output in dream["outputs"]}
    names.update(
        m["path"]
        for store_id, record in state.memory_stores.items()
        if store_id not in written_by_dreams  # a dream copies its input's paths
        for m in record.memories.values()
    )
    names.update(record.deployment["name"] for record in state.deployments.values())
    names.update(f"runs of {record.deployment['id']}" for record in state.deployments.values() for _ in record.runs)
    names.update(f"dreams of {dream['inputs'][0]['memory_store_id']}" for dream in state.dreams.values())
    # A tool call answered twice, or a session with two live work items at once.
    names.update(
        f"{record.session['id']}:{event['tool_use_id']}"
        for record in state.sessions.records.values()
        for event in record.events
        if event["type"] == "user.tool_result"
    )
    names.update(work.session_id for work in state.work.items.values() if work.item["state"] != "stopped")
    return sum(count - 1 for count in names.values() if count > 1)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--ops", type=int, default=3000)
    parser.add_argument("--fault-rate", type=float, default=0.2)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    report = run_soak(args.ops, fault_rate=args.fault_rate, seed=args.seed)
    print(report.table())
    for problem in [*report.untyped_errors[:5], *report.wrong_answers[:5], *report.leaks[:5]]:
        print(problem, file=sys.stderr)
    return 0 if report.ok else 1


if __name__ == "__main__":
    sys.exit(main())
