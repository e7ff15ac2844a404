"""A worker for self-hosted environments: it takes the environment's work items and keeps their
leases while your handler serves them.

    from qoder_cloud import QoderCloud
    from qoder_cloud.worker import Job, Worker

    def serve(job: Job) -> None:
        ...                              # run the session job.session_id on your infrastructure
        while not job.stop_requested:
            ...                          # one step; job.check() before anything irreversible

    Worker(QoderCloud(), "env_...", serve, concurrency=4).run()   # until stop(), SIGTERM or Ctrl-C

`AsyncWorker` and `AsyncJob` are the asyncio twins. See docs/self-hosted.md for the protocol.
"""

from ._async import AsyncJob, AsyncWorker
from ._lease import NO_HEARTBEAT, LeaseLostError, accepts_sessions, default_worker_id
from ._sync import Job, Worker

__all__ = [
    "NO_HEARTBEAT",
    "AsyncJob",
    "AsyncWorker",
    "Job",
    "LeaseLostError",
    "Worker",
    "accepts_sessions",
    "default_worker_id",
]
