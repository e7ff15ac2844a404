"""Following a turn: live assembly of a reply from its `event_delta` previews, and the outcome
of a whole turn. Events are read by their fields, so a type this client does not know yet
(`UnknownSessionEvent`) passes through like any other."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypeAlias, cast

from .._exceptions import QoderError
from .._streaming import TERMINAL_EVENT_TYPES, event_type

if TYPE_CHECKING:
    from qoder_cloud_api.api.events import SessionEvent
    from qoder_cloud_api.models.agent_custom_tool_use_event import AgentCustomToolUseEvent
    from qoder_cloud_api.models.agent_mcp_tool_use_event import AgentMCPToolUseEvent
    from qoder_cloud_api.models.agent_tool_use_event import AgentToolUseEvent
    from qoder_cloud_api.models.user_custom_tool_result_event_param import UserCustomToolResultEventParamDict
    from qoder_cloud_api.models.user_tool_confirmation_event_param import UserToolConfirmationEventParamDict

    from ..types import StopReason, ToolResultBlock

    # A call the session waits on: a custom tool to run, or a tool call to confirm.
    PendingCall: TypeAlias = AgentCustomToolUseEvent | AgentToolUseEvent | AgentMCPToolUseEvent
    # What a custom tool's handler returns: text, or the content blocks of its result.
    ToolOutput: TypeAlias = str | Sequence[ToolResultBlock]
    # A custom tool's handler: gets the call (`call.input` holds the arguments), returns the result.
    ToolHandler: TypeAlias = Callable[[AgentCustomToolUseEvent], ToolOutput]
    AsyncToolHandler: TypeAlias = Callable[[AgentCustomToolUseEvent], ToolOutput | Awaitable[ToolOutput]]
    # Decides a tool call waiting for confirmation: True allows it, False or a reason denies it.
    Confirm: TypeAlias = Callable[[AgentToolUseEvent | AgentMCPToolUseEvent], bool | str]
    AsyncConfirm: TypeAlias = Callable[[AgentToolUseEvent | AgentMCPToolUseEvent], bool | str | Awaitable[bool | str]]

__all__ = ["Answers", "ReplyAccumulator", "Turn", "TurnTimeoutError", "TurnTracker"]


class ReplyAccumulator:
    """Builds each agent message's text as its `event_delta` previews arrive.

    Feed it every event of a stream opened with `event_deltas=["agent.message"]`; `add` returns
    the text that event added (so `print(acc.add(event), end="")` shows a reply as it is
    written). When the stored `agent.message` arrives it replaces the preview, and any text the
    previews did not carry is returned then.

    After a reconnect the server sends a message's `event_start` again and replays the deltas
    already sent: the preview is rebuilt from scratch, and only text beyond what `add` returned
    before is returned, so the printed text still equals the reply.
    """

    def __init__(self) -> None:
        self._blocks: dict[str, dict[int, str]] = {}
        self._shown: dict[str, str] = {}  # per message, the text `add` has returned so far
        self._finished: dict[str, str] = {}

    def add(self, event: object) -> str:
        kind = event_type(event)
        if kind == "event_start":
            previewed = getattr(event, "event", None)
            if previewed is not None and getattr(previewed, "type_", "") == "agent.message":
                self._blocks[previewed.id] = {}  # a repeated start (a replay) begins the preview again
            return ""
        if kind == "event_delta":
            event_id = getattr(event, "event_id", "")
            delta = getattr(event, "delta", None)
            piece = getattr(getattr(delta, "content", None), "text", None)
            if not isinstance(piece, str) or event_id in self._finished:
                return ""
            index = getattr(delta, "index", 0)
            blocks = self._blocks.setdefault(event_id, {})
            position = index if isinstance(index, int) else 0
            blocks[position] = blocks.get(position, "") + piece
            return self._show(event_id, _joined(blocks))
        if kind == "agent.message":
            event_id = getattr(event, "id", "")
            final = _text(event)
            self._blocks.pop(event_id, None)
            shown = self._shown.pop(event_id, "")
            self._finished[event_id] = final
            return final[len(shown) :] if final.startswith(shown) else ("\n" + final if shown else final)
        return ""

    def _show(self, event_id: str, preview: str) -> str:
        """What of `preview` has not been returned yet ("" while a replay catches up, or when the
        preview no longer extends what was shown)."""
        shown = self._shown.get(event_id, "")
        if len(preview) <= len(shown) or not preview.startswith(shown):
            return ""
        self._shown[event_id] = preview
        return preview[len(shown) :]

    def text(self, event_id: str) -> str:
        """The text of one message so far (complete once its stored event arrived)."""
        if event_id in self._finished:
            return self._finished[event_id]
        return _joined(self._blocks.get(event_id, {}))


def _joined(blocks: dict[int, str]) -> str:
    return "".join(text for _, text in sorted(blocks.items()))


def _text(event: object) -> str:
    content = getattr(event, "content", None) or []
    return "".join(getattr(block, "text", "") or "" for block in content if getattr(block, "type_", "") == "text")


@dataclass
class Turn:
    """The outcome of `events.run_turn`: every event of the turn, the reply text, and why it stopped."""

    message_id: str
    """The ID of the `user.message` that started the turn."""
    events: list[SessionEvent] = field(default_factory=list)
    """Every event of the turn, in order, from the echo of the message to the one that ended it."""
    stop_reason: StopReason | None = None
    """The `stop_reason` of the `session.status_idle` that ended the turn (`.type`: `end_turn`,
    `requires_action`, `cancelled`, ...), or None if the session ended instead."""

    @property
    def text(self) -> str:
        """The text of the agent's messages in this turn, joined by blank lines."""
        return "\n\n".join(_text(event) for event in self.events if event_type(event) == "agent.message")

    @property
    def pending(self) -> list[PendingCall]:
        """The calls a turn that stopped with `requires_action` waits on (empty otherwise)."""
        return pending_calls(self)


class TurnTimeoutError(QoderError, TimeoutError):
    """`run_turn` reached its `deadline` before the turn ended; `turn` holds what arrived so far."""

    def __init__(self, deadline: float, turn: Turn) -> None:
        super().__init__(f"the turn did not end within its deadline of {deadline:g} s ({len(turn.events)} events)")
        self.deadline = deadline
        self.turn = turn


def pending_calls(turn: Turn) -> list[PendingCall]:
    """The events named by a `requires_action` stop reason, in its order, as the turn saw them."""
    waiting = getattr(turn.stop_reason, "event_ids", None)
    if getattr(turn.stop_reason, "type_", None) != "requires_action" or not isinstance(waiting, list):
        return []
    from qoder_cloud_api.models.agent_custom_tool_use_event import AgentCustomToolUseEvent
    from qoder_cloud_api.models.agent_mcp_tool_use_event import AgentMCPToolUseEvent
    from qoder_cloud_api.models.agent_tool_use_event import AgentToolUseEvent

    calls: dict[str, PendingCall] = {
        event.id: event
        for event in turn.events
        if isinstance(event, AgentCustomToolUseEvent | AgentToolUseEvent | AgentMCPToolUseEvent)
    }
    return [calls[event_id] for event_id in waiting if event_id in calls]


class TurnTracker:
    """Decides when a turn is over: the first `session.status_idle` after our message's echo."""

    def __init__(self, turn: Turn) -> None:
        self.turn = turn
        self._seen_message = False

    def done(self, event: Any) -> bool:
        self.turn.events.append(event)
        kind = event_type(event)
        if kind == "user.message" and getattr(event, "id", None) == self.turn.message_id:
            self._seen_message = True
        if kind == "session.status_idle" and self._seen_message:
            self.turn.stop_reason = getattr(event, "stop_reason", None)
            return True
        return kind in TERMINAL_EVENT_TYPES

    def resume(self) -> None:
        """The calls were answered: the turn goes on until the next idle."""
        self.turn.stop_reason = None


class Answers:
    """The answers `run_turn` sends when a turn stops with `requires_action`: a custom tool's
    result from its handler in `tools`, a confirmation from `confirm`."""

    def __init__(self, tools: Mapping[str, Any] | None, confirm: Any) -> None:
        if tools is not None and (isinstance(tools, (str, bytes)) or not isinstance(tools, Mapping)):
            raise TypeError(f"tools must be a mapping of tool names to handlers, not a {type(tools).__name__}")
        for name, handler in (tools or {}).items():
            if not callable(handler):
                raise TypeError(f"tools[{name!r}] must be a callable, not a {type(handler).__name__}")
        if confirm is not None and not callable(confirm):
            raise TypeError(f"confirm must be a callable, not a {type(confirm).__name__}")
        self.tools: dict[str, Any] = dict(tools or {})
        self.confirm: Any = confirm

    def answerable(self, calls: list[PendingCall]) -> bool:
        """Whether every call has a handler (a custom tool in `tools`; a tool call and `confirm`)."""
        from qoder_cloud_api.models.agent_custom_tool_use_event import AgentCustomToolUseEvent

        return bool(calls) and all(
            call.name in self.tools if isinstance(call, AgentCustomToolUseEvent) else self.confirm is not None
            for call in calls
        )

    @staticmethod
    def tool_result(call: AgentCustomToolUseEvent, output: ToolOutput) -> UserCustomToolResultEventParamDict:
        content: list[ToolResultBlock]
        if isinstance(output, str):
            content = [{"type": "text", "text": output}]
        elif isinstance(output, Sequence) and not isinstance(output, (bytes, Mapping)):
            content = list(cast("Sequence[ToolResultBlock]", output))
        else:
            raise TypeError(
                f"the handler of tool {call.name!r} must return a str or a list of content blocks, "
                f"not a {type(output).__name__}"
            )
        return {"type": "user.custom_tool_result", "custom_tool_use_id": call.id, "content": content}

    @staticmethod
    def confirmation(call: PendingCall, decision: bool | str) -> UserToolConfirmationEventParamDict:
        if decision is True:
            return {"type": "user.tool_confirmation", "tool_use_id": call.id, "result": "allow"}
        if decision is False or isinstance(decision, str):
            message = decision if isinstance(decision, str) and decision else "denied by the client"
            return {"type": "user.tool_confirmation", "tool_use_id": call.id, "result": "deny", "deny_message": message}
        raise TypeError(f"confirm must return True, False or a reason to deny, not a {type(decision).__name__}")
