"""The steps a scripted turn is made of (see `_scripted_agent.py` for how they play), from Python
or from JSON (`python -m qoder_cloud.testing --script`)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from ._messages import dumps

__all__ = ["CustomToolUse", "Failure", "Reply", "Step", "ToolUse", "check_steps", "steps_from_json"]


@dataclass(frozen=True)
class Reply:
    """The agent answers with `text` (`{result}` becomes the latest tool result)."""

    text: str


@dataclass(frozen=True)
class CustomToolUse:
    """The agent calls one of your custom tools and waits for a `user.custom_tool_result`."""

    name: str
    input: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class ToolUse:
    """The agent calls a built-in tool (e.g. `Bash`); with `confirm` it first waits for a
    `user.tool_confirmation`. `output` is what the tool returns when it runs."""

    name: str
    input: Mapping[str, Any] = field(default_factory=dict)
    confirm: bool = True
    output: str = ""


@dataclass(frozen=True)
class Failure:
    """The model request fails: `exhausted` ends the turn, `terminal` ends the session."""

    retry: str = "exhausted"
    message: str = ""

    def __post_init__(self) -> None:
        if self.retry not in ("exhausted", "terminal"):
            raise ValueError(f"Failure.retry must be 'exhausted' or 'terminal', got {self.retry!r}")


Step = Reply | CustomToolUse | ToolUse | Failure
_STEP_TYPES = {"reply": Reply, "custom_tool_use": CustomToolUse, "tool_use": ToolUse, "failure": Failure}


def check_steps(steps: Iterable[Any]) -> tuple[Step, ...]:
    """The steps of one scripted turn, refusing anything that is not a step."""
    checked = tuple(steps)
    if not checked:
        raise ValueError("a scripted turn needs at least one step")
    for step in checked:
        if not isinstance(step, Reply | CustomToolUse | ToolUse | Failure):
            raise TypeError(f"a script step must be Reply, CustomToolUse, ToolUse or Failure, not {step!r}")
        if isinstance(step, CustomToolUse | ToolUse):
            dumps(dict(step.input))  # ValueError for what JSON cannot carry
    return checked


def steps_from_json(turn: Any) -> tuple[Step, ...]:
    """One turn written as JSON: `[{"type": "custom_tool_use", "name": "...", "input": {...}},
    {"type": "reply", "text": "..."}]` (the fields are those of the step classes)."""
    if not isinstance(turn, list):
        raise ValueError(f"a scripted turn is a list of steps, not {type(turn).__name__}")
    steps = []
    for index, raw in enumerate(turn):
        if not isinstance(raw, dict) or raw.get("type") not in _STEP_TYPES:
            raise ValueError(f"step {index}: needs a 'type', one of {', '.join(_STEP_TYPES)}")
        options = {key: value for key, value in raw.items() if key != "type"}
        try:
            steps.append(_STEP_TYPES[raw["type"]](**options))
        except TypeError as err:
            raise ValueError(f"step {index} ({raw['type']}): {err}") from None
    return check_steps(steps)
