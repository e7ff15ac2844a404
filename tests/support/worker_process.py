"""One worker process for tests/test_worker_processes.py:

    python -m tests.support.worker_process API_ROOT TOKEN ENVIRONMENT_ID WORKER_ID

It serves sessions with the example worker's handler. The session titled `victim` is the
exception the first time it is handed out: the worker marks its work item `claimed_by` itself and
then hangs, keeping the lease with heartbeats, until the test kills the process. Whoever gets the
item next sees the mark and serves it. SIGTERM makes the worker drain and exit 0.
"""

from __future__ import annotations

import logging
import sys
import threading

from qoder_cloud import QoderCloud
from qoder_cloud.worker import Job, Worker

from .work import example_worker


def main(base_url: str, token: str, environment_id: str, worker_id: str) -> int:
    logging.basicConfig(level=logging.INFO, format=f"%(asctime)s {worker_id} %(name)s %(message)s")
    logging.getLogger("httpx").setLevel(logging.WARNING)
    serve = example_worker().serve

    def handler(job: Job) -> None:
        assert job.session_id is not None
        first_delivery = not job.item.metadata or "claimed_by" not in job.item.metadata
        if first_delivery and job.client.sessions.retrieve(job.session_id).title == "victim":
            job.client.environments.work.update(environment_id, job.work_id, metadata={"claimed_by": worker_id})
            print(f"claimed {job.work_id}", flush=True)
            threading.Event().wait()  # hang, mid-lease, until killed
        serve(job)

    with QoderCloud(token=token, base_url=base_url) as client:
        options = {"concurrency": 2, "ttl_seconds": 10, "block_ms": 200}
        worker = Worker(client, environment_id, handler, worker_id=worker_id, **options)
        print(f"ready {worker_id}", flush=True)
        worker.run()
    print(f"drained {worker_id}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:5]))
