"""The scripted agent: what answers a session's `user.message` (the events a client sends are
checked and applied in `_session_events.py`).

Every `user.message` starts a turn. The session goes `running` (`session.status_running`, then the
echoed message) and the turn plays on a background thread, one event per `turn_delay` clock
seconds. A turn follows a script when one is queued (`LocalServer.script`), else it replies with a
text that depends on the message (`/error` fails the turn, `/terminate` ends the session):

    span.model_request_start, agent.thinking, agent.message, span.model_request_end,
    session.status_idle (stop_reason end_turn)

A script is a list of steps:

- `Reply(text)`: an `agent.message` (with `event_start` / `event_delta` previews); `{result}` in
  the text becomes the latest tool result (the text of a `user.custom_tool_result`, a tool's
  output, or `denied: <message>`).
- `CustomToolUse(name, input)`: an `agent.custom_tool_use`; the session pauses (idle with
  `stop_reason` `requires_action` and the event's ID) until the client sends a
  `user.custom_tool_result` naming it, then goes `running` again and plays on.
- `ToolUse(name, input, confirm=True, output=...)`: an `agent.tool_use` of a built-in tool. With
  `confirm` it waits (`evaluated_permission` `ask`, `requires_action`) for a
  `user.tool_confirmation`; allowed (or without `confirm`) the tool runs and an
  `agent.tool_result` carries `output`; denied, it does not run.
- `Failure(retry)`: a `session.error`; `exhausted` ends the turn (`retries_exhausted`),
  `terminal` ends the session (`session.status_terminated`).

Tool steps that follow each other are asked for together: one `requires_action` lists all their
IDs, and answering some of them re-announces the rest.

`user.interrupt` or `POST .../cancel` ends a running or waiting turn with `stop_reason`
`cancelled` at its next step (a choice of this server; the documents say no more).

On a self-hosted environment the built-in tools are the worker's to run (`_work.py`): a `ToolUse`
waits for a `user.tool_result` instead of running here, and the default turn calls `bash` with
`echo <the message>`, then replies with what the worker sent back.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import Any

from . import _common as common
from . import _work
from ._event_log import append
from ._script_steps import CustomToolUse, Failure, Reply, Step, ToolUse
from ._state import SessionRecord, State

__all__ = ["Turn", "announce_pending", "cancel", "end_soon", "start_turn"]

_COMMANDS = {"/error": "exhausted", "/terminate": "terminal"}  # messages that make the default agent fail
_SAFETY_WAKE = 1.0  # real seconds after which a waiting turn looks again (a stop is also notified)


@dataclass
class Turn:
    """A turn in progress: running, or waiting for the client's answers (`pending`)."""

    steps: tuple[Step, ...]
    resumed_at: float  # clock time at which the current stretch of the turn began
    paced: int = 0  # events played since then
    pending: dict[str, str] = field(default_factory=dict)  # event ID -> the answer event type it waits for
    answers: dict[str, dict[str, Any]] = field(default_factory=dict)  # event ID -> the client's answer
    cancel_requested: bool = False


def cancel(state: State, record: SessionRecord) -> bool:
    """End the session's turn, if any; whether it was running (the caller holds the lock)."""
    turn = record.turn
    if turn is None:
        return False
    end_soon(state, record, turn)
    running = bool(record.session["status"] == "running")
    if running:
        record.session["status"] = "canceling"
    return running


def end_soon(state: State, record: SessionRecord, turn: Turn) -> None:
    """Cancel the turn: it ends (idle, `cancelled`) at its next step, one `turn_delay` away when
    it was waiting for the client."""
    turn.cancel_requested = True
    if turn.pending:
        turn.resumed_at, turn.paced = state.clock.time(), 0
    state.condition.notify_all()


def start_turn(state: State, record: SessionRecord, message: dict[str, Any]) -> dict[str, Any]:
    """Mark the session running, echo the message, and play the turn on a thread."""
    turn = Turn(_steps_for(state, record, message), resumed_at=state.clock.time())
    record.turn = turn
    record.session["status"] = "running"
    append(state, record, {"type": "session.status_running"})
    echo = append(state, record, message)
    _Player(state, record, turn, message).start()
    if _work.serves(state, record):
        _work.turn_started(state, record)
    return echo


def _steps_for(state: State, record: SessionRecord, message: dict[str, Any]) -> tuple[Step, ...]:
    scripts = state.sessions.scripts
    for index, (session_id, steps) in enumerate(scripts):
        if session_id is None or session_id == record.session["id"]:
            del scripts[index]
            return steps
    text = _text(message["content"]).strip()
    if text in _COMMANDS:
        return (Failure(_COMMANDS[text]),)
    if _work.serves(state, record):
        return (ToolUse("bash", {"command": f"echo {text}"}), Reply("The worker ran the command; it printed: {result}"))
    return (Reply(_reply(text)),)


def announce_pending(state: State, record: SessionRecord, turn: Turn) -> None:
    record.session["status"] = "idle"
    stop = {"type": "requires_action", "event_ids": list(turn.pending)}
    append(state, record, {"type": "session.status_idle", "stop_reason": stop})


class _Player:
    """Plays one turn's steps on a background thread, paced on the server's clock."""

    def __init__(self, state: State, record: SessionRecord, turn: Turn, message: dict[str, Any]) -> None:
        self.state = state
        self.record = record
        self.turn = turn
        self.input_words = len(_text(message["content"]).split())
        self.output_words = 0
        self.span_start: str | None = None
        self.last_result = ""
        self.worker_runs_tools = _work.serves(state, record)  # a self-hosted environment's worker

    def start(self) -> None:
        threading.Thread(target=self.play, name="qoder-local-turn", daemon=True).start()

    def play(self) -> None:
        steps = self.turn.steps
        index = 0
        while index < len(steps):
            step = steps[index]
            if self.span_start is None and not self.open_span(thinking=not isinstance(step, Failure)):
                return self.finish()
            if isinstance(step, Failure):
                return self.fail(step)
            if isinstance(step, Reply):
                done = self.reply(step.text.replace("{result}", self.last_result))
                index += 1
            elif isinstance(step, ToolUse) and not step.confirm and not self.worker_runs_tools:
                done = self.run_tool(step)
                index += 1
            else:
                batch = _asking(steps[index:], all_tools=self.worker_runs_tools)
                done = self.ask(batch)
                index += len(batch)
            if not done:
                return self.finish()
        self.finish()

    # ------------------------------------------------------------------ steps

    def open_span(self, *, thinking: bool) -> bool:
        if not self.pace():
            return False
        with self.state.lock:
            self.span_start = append(self.state, self.record, {"type": "span.model_request_start"})["id"]
        if not thinking:
            return True
        thinking_id = common.new_id("evt")
        return self.preview(thinking_id, "agent.thinking") and self.store({"id": thinking_id, "type": "agent.thinking"})

    def reply(self, text: str) -> bool:
        message_id = common.new_id("evt")
        if not self.preview(message_id, "agent.message"):
            return False
        for piece in _pieces(text):
            delta = {"type": "content_delta", "content": {"type": "text", "text": piece}, "index": 0}
            frame = {"type": "event_delta", "event_id": message_id, "delta": delta}
            if not self.pace():
                return False
            with self.state.lock:
                append(self.state, self.record, frame, preview_of="agent.message", event_id=message_id)
        self.output_words += len(text.split())
        return self.store({"id": message_id, "type": "agent.message", "content": [{"type": "text", "text": text}]})

    def run_tool(self, step: ToolUse) -> bool:
        used = {"type": "agent.tool_use", "name": step.name, "input": dict(step.input), "evaluated_permission": "allow"}
        if not self.store(used):
            return False
        return self.tool_result(self.record.events[-1]["id"], step)

    def tool_result(self, tool_use_id: str, step: ToolUse) -> bool:
        self.last_result = step.output
        content = [{"type": "text", "text": step.output}]
        return self.store(
            {"type": "agent.tool_result", "tool_use_id": tool_use_id, "content": content, "is_error": False}
        )

    def ask(self, batch: list[CustomToolUse | ToolUse]) -> bool:
        """Call the tools and pause for the client's answers, then play what they lead to. The
        calls and the `requires_action` pause are logged at once, so a client may answer as soon
        as it sees a call."""
        if not self.pace():
            return False
        asked: list[tuple[str, CustomToolUse | ToolUse]] = []
        with self.state.lock:
            if self.stopped():
                return False
            for step in batch:
                if isinstance(step, CustomToolUse):
                    event = {"type": "agent.custom_tool_use", "name": step.name, "input": dict(step.input)}
                else:
                    event = {"type": "agent.tool_use", "name": step.name, "input": dict(step.input)}
                    event["evaluated_permission"] = "allow" if self.worker_runs_tools else "ask"
                event_id = append(self.state, self.record, event)["id"]
                asked.append((event_id, step))
                self.turn.pending[event_id] = self.answer_for(step)
            self.close_span()
            announce_pending(self.state, self.record, self.turn)
        if not self.wait_for_answers():
            self.pace()  # a cancelled wait ends one step later
            return False
        for event_id, step in asked:
            answer = self.turn.answers[event_id]
            if isinstance(step, CustomToolUse) or answer["type"] == "user.tool_result":
                self.last_result = _text(answer.get("content") or [])
            elif answer.get("result") == "allow":
                if not self.tool_result(event_id, step):
                    return False
            else:
                self.last_result = f"denied: {answer.get('deny_message') or ''}".strip()
        return True

    def answer_for(self, step: CustomToolUse | ToolUse) -> str:
        """The event type that answers the call `step` makes."""
        if isinstance(step, CustomToolUse):
            return "user.custom_tool_result"
        return "user.tool_result" if self.worker_runs_tools else "user.tool_confirmation"

    def fail(self, step: Failure) -> None:
        if not self.pace():
            return self.finish()
        with self.state.lock:
            if self.stopped():
                return None
            self.close_span(is_error=True)
            message = step.message or (
                "The model request failed after every retry."
                if step.retry == "exhausted"
                else "The session hit an unrecoverable error."
            )
            error = {"type": "model_request_failed_error", "message": message, "retry_status": {"type": step.retry}}
            append(self.state, self.record, {"type": "session.error", "error": error})
            self.record.turn = None
            self.record.session["updated_at"] = self.state.now()
            if step.retry == "terminal":
                self.record.session["status"] = "terminated"
                append(self.state, self.record, {"type": "session.status_terminated"})
            else:
                self.record.session["status"] = "idle"
                stop = {"type": "retries_exhausted"}
                append(self.state, self.record, {"type": "session.status_idle", "stop_reason": stop})
        return None

    def finish(self) -> None:
        """End the turn: idle with `end_turn`, or `cancelled` when it was interrupted."""
        with self.state.lock:
            if self.state.stopping.is_set() or self.record.turn is not self.turn:
                return
            if self.record.session["status"] == "terminated":
                return
            self.close_span()
            session = self.record.session
            session["status"] = "idle"
            session["updated_at"] = self.state.now()
            self.record.turn = None
            stop = {"type": "cancelled" if self.turn.cancel_requested else "end_turn"}
            append(self.state, self.record, {"type": "session.status_idle", "stop_reason": stop})

    # ------------------------------------------------------------------ pacing and waiting

    def gone(self) -> bool:
        """Whether nothing more may be emitted: the session was deleted or ended, the server stops."""
        return (
            self.state.stopping.is_set()
            or self.record.turn is not self.turn
            or self.record.session["status"] == "terminated"
        )

    def stopped(self) -> bool:
        return self.turn.cancel_requested or self.gone()

    def pace(self) -> bool:
        """Wait until the next event is due (`turn_delay` clock seconds after the previous one);
        False when the turn must end instead (cancelled, or gone)."""
        with self.state.condition:
            self.turn.paced += 1
            due = self.turn.resumed_at + self.turn.paced * self.state.sessions.turn_delay
            while not self.gone():
                if self.state.clock.time() >= due:
                    return not self.turn.cancel_requested
                self.state.clock.wait_until(self.state.condition, due)
            return False

    def wait_for_answers(self) -> bool:
        with self.state.condition:
            while self.turn.pending or self.record.session["status"] != "running":
                if self.stopped():
                    return False
                self.state.condition.wait(_SAFETY_WAKE)
            return True

    def store(self, data: dict[str, Any]) -> bool:
        if not self.pace():
            return False
        with self.state.lock:
            if self.stopped():
                return False
            append(self.state, self.record, data)
        return True

    def preview(self, event_id: str, kind: str) -> bool:
        if not self.pace():
            return False
        with self.state.lock:
            frame = {"type": "event_start", "event": {"id": event_id, "type": kind}}
            append(self.state, self.record, frame, preview_of=kind, event_id=event_id)
        return True

    def close_span(self, *, is_error: bool = False) -> None:
        if self.span_start is None:
            return
        usage = {"credits": 0.01, "input_tokens": self.input_words, "output_tokens": self.output_words}
        end = {"type": "span.model_request_end", "model_request_start_id": self.span_start, "is_error": is_error}
        append(self.state, self.record, {**end, "model_usage": usage})
        session = self.record.session
        session["usage"] = {"total_credits": round(session["usage"].get("total_credits", 0) + 0.01, 2)}
        self.span_start = None


def _asking(steps: tuple[Step, ...], *, all_tools: bool = False) -> list[CustomToolUse | ToolUse]:
    """The tool steps at the start of `steps` that wait for the client (asked for together);
    with `all_tools`, every built-in tool call waits (a self-hosted worker runs them)."""
    batch: list[CustomToolUse | ToolUse] = []
    for step in steps:
        if isinstance(step, CustomToolUse) or (isinstance(step, ToolUse) and (step.confirm or all_tools)):
            batch.append(step)
        else:
            break
    return batch


def _text(content: list[Any]) -> str:
    return " ".join(
        str(block.get("text", "")) for block in content if isinstance(block, dict) and block.get("type") == "text"
    )


def _reply(text: str) -> str:
    """The default agent's answer: deterministic, and different for different inputs."""
    if not text:
        return "I received an empty message."
    return f"You asked me to {text!r}. Here is a short plan: read the request, write the code, test it."


def _pieces(reply: str) -> list[str]:
    words = reply.split(" ")
    return [" ".join(words[i : i + 4]) + (" " if i + 4 < len(words) else "") for i in range(0, len(words), 4)]
