"""Three worker processes share one self-hosted environment's queue on the local server.

They serve 30 sessions (tests/support/worker_process.py). One session, the victim, hangs its
first worker mid-lease; the test kills that process, lets the lease run out on the server's clock,
and another worker serves it. In the end every session was served exactly once, no item is left
`starting`, the killed worker's item went to another worker, `work.stats` agrees, and the two
survivors drain on SIGTERM.
"""

from __future__ import annotations

import contextlib
import signal
import subprocess
import sys
from pathlib import Path

from qoder_cloud import QoderCloud
from qoder_cloud.testing import LocalServer, ManualClock
from qoder_cloud_api.models import SessionWorkData, WorkItem, WorkState

from .support.constants import TOKEN
from .support.sessions_setup import user_message
from .support.work import START, self_hosted, wait_until

ROOT = Path(__file__).resolve().parent.parent
SESSIONS = 30
VICTIM = 7  # the index of the session whose first worker is killed


def test_three_worker_processes_serve_thirty_sessions_and_survive_a_kill(server: LocalServer, tmp_path: Path) -> None:
    clock = ManualClock(start=START)
    server.state.work.clock = clock.time  # leases expire when the test says; turns play in real time
    client = QoderCloud(token=TOKEN, base_url=server.base_url, max_retries=0)
    env_id, agent_id = self_hosted(client)
    names = [f"proc-{n}" for n in range(3)]
    outputs = contextlib.ExitStack()  # files, not pipes: nobody reads them until the end
    workers = {
        name: subprocess.Popen(
            [sys.executable, "-m", "tests.support.worker_process", server.base_url, TOKEN, env_id, name],
            cwd=ROOT,
            stdout=outputs.enter_context((tmp_path / f"{name}.out").open("w")),
            stderr=outputs.enter_context((tmp_path / f"{name}.err").open("w")),
        )
        for name in names
    }
    try:
        sessions = [
            client.sessions.create(
                agent=agent_id,
                environment_id=env_id,
                title="victim" if n == VICTIM else f"session {n}",
                initial_events=[user_message(f"task {n}")],
            ).id
            for n in range(SESSIONS)
        ]
        victim = sessions[VICTIM]

        def item_of(session_id: str) -> WorkItem:
            return next(
                item
                for item in client.environments.work.list(env_id)
                if isinstance(item.data, SessionWorkData) and item.data.id == session_id
            )

        def others_stopped() -> bool:
            listed = list(client.environments.work.list(env_id))
            rest = [item for item in listed if isinstance(item.data, SessionWorkData) and item.data.id != victim]
            return len(rest) == SESSIONS - 1 and all(item.state == WorkState.STOPPED for item in rest)

        claimed = lambda: "claimed_by" in item_of(victim).metadata.to_dict()  # noqa: E731
        wait_until(claimed, timeout=60, what="the victim to be claimed")
        wait_until(others_stopped, timeout=60, what="the other 29 sessions to be served")
        claimant = item_of(victim).metadata["claimed_by"]
        assert item_of(victim).state == WorkState.ACTIVE, "the claimant holds the lease with heartbeats"

        workers[claimant].kill()  # mid-lease: no drain, no stop, no more heartbeats
        workers[claimant].wait(timeout=30)
        clock.advance(31)  # past the 10-second lease, and out of the 30-second polling window
        queued = server.state.work.items[item_of(victim).id]

        def victim_served() -> bool:
            # A poll the killed worker had in flight may still hand the item to it; the item is then
            # handed out again once the 5-second reclaim window passes without an acknowledgement.
            if queued.item["state"] == "queued" and queued.delivered_to == claimant:
                clock.advance(5)
            return bool(queued.item["state"] == "stopped")

        wait_until(victim_served, timeout=60, what="the victim to be served")
        survivors = [name for name in names if name != claimant]
        wait_until(
            lambda: client.environments.work.stats(env_id).workers_polling == 2,
            timeout=30,
            what="both survivors to poll again",
        )

        items = list(client.environments.work.list(env_id))
        assert len(items) == SESSIONS, "one item per session: the killed worker's item was redelivered, not replaced"
        assert [item.state for item in items] == [WorkState.STOPPED] * SESSIONS, "nothing left starting or active"
        redelivered = item_of(victim)
        assert redelivered.metadata["claimed_by"] == claimant
        assert redelivered.metadata["served_by"] in survivors, "another worker served the killed worker's item"
        for session_id in sessions:
            kinds = [event.type_ for event in client.events.list(session_id)]
            assert kinds.count("user.tool_result") == 1, f"{session_id} was served {kinds.count('user.tool_result')}x"
            assert kinds.count("agent.message") == 1 and kinds[-1] == "session.status_idle"
        stats = client.environments.work.stats(env_id)
        assert (stats.depth, stats.pending, stats.oldest_queued_at, stats.workers_polling) == (0, 0, None, 2)

        for name in survivors:
            workers[name].send_signal(signal.SIGTERM)
        for name in survivors:
            assert workers[name].wait(timeout=30) == 0, (tmp_path / f"{name}.err").read_text()[-3000:]
            assert (tmp_path / f"{name}.out").read_text().splitlines()[-1] == f"drained {name}"
    except BaseException:
        live = [work for work in server.state.work.items.values() if work.item["state"] != "stopped"]
        print(f"server clock {clock.time()}; live items:", *live, sep="\n")
        for name in names:  # what each worker said, for the failure report
            said = (tmp_path / f"{name}.out").read_text() + (tmp_path / f"{name}.err").read_text()[-4000:]
            print(f"--- {name}\n{said}")
        raise
    finally:
        for process in workers.values():
            if process.poll() is None:
                process.kill()
                process.wait(timeout=30)
        outputs.close()
        client.close()
