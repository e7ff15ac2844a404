"""Events narrow: `SessionEvent` and `ContentBlock` are exported unions whose members `match` and
`isinstance` pick, and the events with content blocks read their text as `.text`."""

from __future__ import annotations

import typing
from pathlib import Path

import yaml

from qoder_cloud import types
from qoder_cloud.types import (
    AgentMessageEvent,
    AgentToolResultEvent,
    ContentBlock,
    MessageBlock,
    SessionEvent,
    StopReason,
    TextBlock,
    ToolResultBlock,
)
from qoder_cloud_api.api.events.events_stream import _parse_event

SPEC = yaml.safe_load((Path(__file__).resolve().parent.parent / "openapi.yaml").read_text())


def _members(schema: str) -> set[str]:
    return {ref["$ref"].rsplit("/", 1)[-1] for ref in SPEC["components"]["schemas"][schema]["anyOf"]}


def test_the_exported_unions_are_the_specs() -> None:
    assert {member.__name__ for member in typing.get_args(SessionEvent)} == _members("SessionEvent")
    assert {member.__name__ for member in typing.get_args(ContentBlock)} == _members("ContentBlock")
    assert {member.__name__ for member in typing.get_args(StopReason)} == _members("StopReason")
    for alias, schema in ((MessageBlock, "MessageContentBlockParam"), (ToolResultBlock, "ToolResultContentBlockParam")):
        models = {member.__name__ for member in typing.get_args(alias) if not member.__name__.endswith("Dict")}
        dicts = {member.__name__ for member in typing.get_args(alias) if member.__name__.endswith("Dict")}
        assert models == {ref["$ref"].rsplit("/", 1)[-1] for ref in SPEC["components"]["schemas"][schema]["oneOf"]}
        assert dicts == {name + "Dict" for name in models}
    assert {"UNSET", "Unset", "SessionEvent", "ContentBlock", "MessageBlock", "StopReason"} <= set(types.__all__)


def test_a_message_reads_its_text_blocks_joined() -> None:
    event = _parse_event(
        {
            "id": "evt_1",
            "type": "agent.message",
            "content": [{"type": "text", "text": "Hello, "}, {"type": "redacted"}, {"type": "text", "text": "world"}],
        }
    )
    match event:
        case AgentMessageEvent(text=text):
            assert text == "Hello, world"
        case _:
            raise AssertionError(f"not narrowed: {event!r}")
    assert isinstance(event.content[0], TextBlock)


def test_a_tool_result_without_content_reads_empty_text() -> None:
    event = _parse_event({"id": "evt_2", "type": "agent.tool_result", "tool_use_id": "evt_1"})
    assert isinstance(event, AgentToolResultEvent)
    assert event.text == ""
