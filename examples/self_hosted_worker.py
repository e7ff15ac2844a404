"""A worker for a self-hosted environment: it serves sessions by running the tools their agent calls.

    python examples/self_hosted_worker.py ENVIRONMENT_ID [WORKER_ID]

It reads QODER_PAT and QODER_BASE_URL like every client. For each session the environment's queue
hands it, `serve` reads the session's events, runs each built-in tool call the agent waits for and
sends the output back as a `user.tool_result` event, until the agent has finished its turn; then
the worker stops the work item. SIGTERM or Ctrl-C make it finish what it holds and exit.

This example's only tool is a `bash` that understands `echo`: a real worker runs the agent's tools
in a sandbox of its own.
"""

from __future__ import annotations

import logging
import shlex
import sys

from qoder_cloud import QoderCloud
from qoder_cloud.types import (
    AgentToolUseEvent,
    RequiresActionStopReason,
    SessionStatusIdleEvent,
    SessionStatusRunningEvent,
    SessionStatusTerminatedEvent,
    UserToolResultEvent,
    UserToolResultEventParamDict,
)
from qoder_cloud.worker import Job, Worker

STATUS_EVENTS = (SessionStatusRunningEvent, SessionStatusIdleEvent, SessionStatusTerminatedEvent)


def serve(job: Job) -> None:
    """Serve one session: answer the tool calls its agent waits for until its turn ends."""
    client, session_id = job.client, job.session_id
    if session_id is None:
        return
    history = list(client.events.list(session_id))
    tool_uses = {event.id: event for event in history if isinstance(event, AgentToolUseEvent)}
    answered = {event.tool_use_id for event in history if isinstance(event, UserToolResultEvent)}
    statuses = [event for event in history if isinstance(event, STATUS_EVENTS)]
    if not statuses or isinstance(statuses[-1], SessionStatusTerminatedEvent):
        return  # no turn has started, or the session is over: nothing to serve
    if isinstance(statuses[-1], SessionStatusIdleEvent) and not waiting_for(statuses[-1]):
        return  # the last turn is over

    def answer(tool_use_ids: list[str]) -> None:
        for tool_use_id in tool_use_ids:
            if tool_use_id in answered or tool_use_id not in tool_uses:
                continue
            job.check()  # never answer for a lease another worker may hold now
            output, failed = run_tool(tool_uses[tool_use_id])
            result: UserToolResultEventParamDict = {
                "type": "user.tool_result",
                "tool_use_id": tool_use_id,
                "is_error": failed,
                "content": [{"type": "text", "text": output}],
            }
            client.events.send(session_id, events=[result])
            answered.add(tool_use_id)
        client.environments.work.update(job.environment_id, job.work_id, metadata={"served_by": job.worker_id})

    with client.events.resumable_stream(session_id, last_event_id=statuses[-1].id) as stream:
        if isinstance(statuses[-1], SessionStatusIdleEvent):
            answer(waiting_for(statuses[-1]))
        for event in stream:
            if isinstance(event, AgentToolUseEvent):
                tool_uses[event.id] = event
            elif isinstance(event, SessionStatusIdleEvent):
                if not waiting_for(event):
                    return  # the turn is over
                answer(waiting_for(event))
            elif isinstance(event, SessionStatusTerminatedEvent) or job.stop_requested:
                return


def waiting_for(idle: SessionStatusIdleEvent) -> list[str]:
    """The events an idle session waits on (its `requires_action` stop reason), or none."""
    reason = idle.stop_reason
    return list(reason.event_ids) if isinstance(reason, RequiresActionStopReason) else []


def run_tool(tool_use: AgentToolUseEvent) -> tuple[str, bool]:
    """Run one tool call: the output, and whether it failed."""
    tool_input = tool_use.input
    command = tool_input["command"] if tool_use.name == "bash" and tool_input and "command" in tool_input else ""
    words = shlex.split(command) if command else []
    if words[:1] == ["echo"]:
        return " ".join(words[1:]), False
    return f"this worker cannot run {tool_use.name} {command!r}", True


def main(argv: list[str]) -> int:
    if len(argv) not in (2, 3):
        print(__doc__, file=sys.stderr)
        return 2
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    with QoderCloud() as client:
        worker = Worker(client, argv[1], serve, worker_id=argv[2] if len(argv) == 3 else None, concurrency=4)
        print(f"worker {worker.worker_id} serving {worker.environment_id}; SIGTERM or Ctrl-C to stop", flush=True)
        worker.run()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
