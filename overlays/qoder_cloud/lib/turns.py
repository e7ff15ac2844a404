"""Following a turn: live assembly of a reply from its `event_delta` previews, and the outcome
of a whole turn. Events are read by their fields, so a type this client does not know yet
(`UnknownSessionEvent`) passes through like any other."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .._streaming import TERMINAL_EVENT_TYPES, event_type

__all__ = ["ReplyAccumulator", "Turn", "TurnTracker"]


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
    events: list[Any] = field(default_factory=list)
    stop_reason: Any = None
    """The `stop_reason` of the `session.status_idle` that ended the turn (`.type`: `end_turn`,
    `requires_action`, `cancelled`, ...), or None if the session ended instead."""

    @property
    def text(self) -> str:
        """The text of the agent's messages in this turn, joined by blank lines."""
        return "\n\n".join(_text(event) for event in self.events if event_type(event) == "agent.message")


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
