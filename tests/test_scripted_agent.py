"""The local server's scripted agent: turns that call custom tools and ask for tool
confirmations, pause in `requires_action` and go on when the client answers."""

from __future__ import annotations

from typing import Any

import pytest

from qoder_cloud import BadRequestError, ConflictError, QoderCloud
from qoder_cloud.testing import CustomToolUse, Failure, LocalServer, ManualClock, Reply, ToolUse
from qoder_cloud.testing._script_steps import steps_from_json
from qoder_cloud_api.models import AgentCustomToolUseEvent, AgentToolResultEvent, AgentToolUseEvent

from .support.sessions_setup import new_session, user_message


def _until_idle(stream: Any) -> list[Any]:
    events = []
    for event in stream:
        events.append(event)
        if event.type == "session.status_idle":
            return events
    raise AssertionError(f"the stream ended before the session went idle: {[e.type for e in events]}")


def _custom_result(event_id: str, text: str) -> dict[str, Any]:
    return {
        "type": "user.custom_tool_result",
        "custom_tool_use_id": event_id,
        "content": [{"type": "text", "text": text}],
    }


def test_a_custom_tool_call_pauses_the_turn_until_its_result(client: QoderCloud, server: LocalServer) -> None:
    server.script(CustomToolUse("lookup", {"q": "qoder"}), Reply("Found: {result}"))
    session = new_session(client)
    with client.events.stream(session.id) as opened:
        stream = iter(opened)
        client.events.send(session.id, events=[user_message("look it up")])
        first = _until_idle(stream)
        call = next(e for e in first if isinstance(e, AgentCustomToolUseEvent))
        assert (call.name, call.input_.to_dict()) == ("lookup", {"q": "qoder"})
        assert first[-1].stop_reason.type == "requires_action"
        assert first[-1].stop_reason.event_ids == [call.id]
        assert client.sessions.retrieve(session.id).status == "idle"

        client.events.send(session.id, events=[_custom_result(call.id, "42 results")])
        second = _until_idle(stream)
    assert [e.type for e in second] == [
        "user.custom_tool_result",
        "session.status_running",
        "span.model_request_start",
        "agent.thinking",
        "agent.message",
        "span.model_request_end",
        "session.status_idle",
    ]
    assert second[4].content[0].text == "Found: 42 results"
    assert second[-1].stop_reason.type == "end_turn"


@pytest.mark.parametrize(("result", "reply"), [("allow", "ran: done"), ("deny", "ran: denied: not now")])
def test_a_tool_confirmation_runs_or_skips_the_tool(
    client: QoderCloud, server: LocalServer, result: str, reply: str
) -> None:
    server.script(ToolUse("Bash", {"command": "make"}, output="done"), Reply("ran: {result}"))
    session = new_session(client)
    with client.events.stream(session.id) as opened:
        stream = iter(opened)
        client.events.send(session.id, events=[user_message("build it")])
        first = _until_idle(stream)
        call = next(e for e in first if isinstance(e, AgentToolUseEvent))
        assert (call.name, str(call.evaluated_permission)) == ("Bash", "ask")
        answer = {"type": "user.tool_confirmation", "tool_use_id": call.id, "result": result, "deny_message": "not now"}
        client.events.send(session.id, events=[answer])
        second = _until_idle(stream)
    ran = [e for e in second if isinstance(e, AgentToolResultEvent)]
    assert [(e.tool_use_id, e.content[0].text) for e in ran] == ([(call.id, "done")] if result == "allow" else [])
    assert next(e for e in second if e.type == "agent.message").content[0].text == reply


def test_a_tool_without_confirmation_runs_at_once(client: QoderCloud, server: LocalServer) -> None:
    server.script(ToolUse("Read", {"path": "a.txt"}, confirm=False, output="hello"), Reply("it says {result}"))
    session = new_session(client)
    turn = client.events.run_turn(session.id, "read a.txt")
    kinds = [e.type for e in turn.events]
    assert kinds[kinds.index("agent.tool_use") + 1] == "agent.tool_result"
    assert turn.text == "it says hello" and turn.stop_reason.type == "end_turn"


def test_calls_in_a_row_are_asked_for_together_and_answering_some_announces_the_rest(
    client: QoderCloud, server: LocalServer
) -> None:
    server.script(CustomToolUse("a"), CustomToolUse("b"), Reply("{result}"))
    session = new_session(client)
    with client.events.stream(session.id) as opened:
        stream = iter(opened)
        client.events.send(session.id, events=[user_message("two calls")])
        first = _until_idle(stream)
        a, b = [e.id for e in first if e.type == "agent.custom_tool_use"]
        assert first[-1].stop_reason.event_ids == [a, b]
        client.events.send(session.id, events=[_custom_result(b, "B")])
        partial = _until_idle(stream)
        assert partial[-1].stop_reason.event_ids == [a]
        client.events.send(session.id, events=[_custom_result(a, "A")])
        done = _until_idle(stream)
    assert done[-1].stop_reason.type == "end_turn"
    assert next(e for e in done if e.type == "agent.message").content[0].text == "B"  # the last step's result


def test_answers_the_session_is_not_waiting_for_are_refused_and_change_nothing(
    client: QoderCloud, server: LocalServer
) -> None:
    server.script(CustomToolUse("lookup"), Reply("ok"))
    session = new_session(client)
    with client.events.stream(session.id) as opened:
        stream = iter(opened)
        with pytest.raises(BadRequestError) as unknown:
            client.events.send(session.id, events=[_custom_result("evt_nope", "x")])
        assert unknown.value.param == "events[0].custom_tool_use_id"
        client.events.send(session.id, events=[user_message("go")])
        call = next(e for e in _until_idle(stream) if e.type == "agent.custom_tool_use")
        logged = len(client.events.list(session.id, limit=100).data)

        wrong_kind = {"type": "user.tool_confirmation", "tool_use_id": call.id, "result": "allow"}
        with pytest.raises(BadRequestError):
            client.events.send(session.id, events=[wrong_kind])
        with pytest.raises(ConflictError) as waiting:
            client.events.send(session.id, events=[_custom_result(call.id, "x"), user_message("new topic")])
        assert call.id in waiting.value.message and "requires_action" in waiting.value.message
        assert len(client.events.list(session.id, limit=100).data) == logged, "the refused requests logged nothing"

        client.events.send(session.id, events=[_custom_result(call.id, "x")])
        assert _until_idle(stream)[-1].stop_reason.type == "end_turn"


def test_an_interrupt_while_waiting_ends_the_turn_cancelled(client: QoderCloud, server: LocalServer) -> None:
    clock = ManualClock()
    server.reset(clock=clock)
    server.turn_delay = 1.0
    server.script(CustomToolUse("lookup"), Reply("never"))
    session = new_session(client)
    with client.events.stream(session.id) as opened:
        stream = iter(opened)
        client.events.send(session.id, events=[user_message("go")])
        clock.advance(10)
        assert _until_idle(stream)[-1].stop_reason.type == "requires_action"
        client.events.send(session.id, events=[{"type": "user.interrupt"}])
        clock.advance(1)
        after = _until_idle(stream)
    assert [e.type for e in after] == ["user.interrupt", "session.status_idle"]
    assert after[-1].stop_reason.type == "cancelled"
    server.turn_delay = 0  # no pacing: the next turn runs without the clock moving
    assert client.events.run_turn(session.id, "fresh start").stop_reason.type == "end_turn"


def test_cancel_while_waiting_ends_the_turn_cancelled(client: QoderCloud, server: LocalServer) -> None:
    server.script(ToolUse("Bash", {"command": "rm -rf build"}), Reply("never"))
    session = new_session(client)
    with client.events.stream(session.id) as opened:
        stream = iter(opened)
        client.events.send(session.id, events=[user_message("clean")])
        assert _until_idle(stream)[-1].stop_reason.type == "requires_action"
        assert client.sessions.cancel(session.id).status == "idle"
        assert _until_idle(stream)[-1].stop_reason.type == "cancelled"


def test_scripts_play_in_order_and_can_target_one_session(client: QoderCloud, server: LocalServer) -> None:
    first, second = new_session(client), new_session(client)
    server.script(Reply("for the second"), session_id=second.id)
    server.script(Reply("for anyone"))
    assert client.events.run_turn(first.id, "hi").text == "for anyone"
    assert client.events.run_turn(second.id, "hi").text == "for the second"
    assert "hi" in client.events.run_turn(first.id, "hi").text  # the queue is empty: the default reply


@pytest.mark.parametrize(
    ("retry", "stop", "status"), [("exhausted", "retries_exhausted", "idle"), ("terminal", None, "terminated")]
)
def test_a_failure_step(client: QoderCloud, server: LocalServer, retry: str, stop: str | None, status: str) -> None:
    server.script(Failure(retry, "the model is down"))
    session = new_session(client)
    turn = client.events.run_turn(session.id, "try")
    error = next(e for e in turn.events if e.type == "session.error")
    assert error.error.message == "the model is down" and error.error.retry_status.type == retry
    assert (turn.stop_reason.type if turn.stop_reason else None) == stop
    assert client.sessions.retrieve(session.id).status == status


def test_scripts_are_checked_when_given(server: LocalServer) -> None:
    with pytest.raises(ValueError, match="at least one step"):
        server.script()
    with pytest.raises(TypeError, match="script step"):
        server.script("reply")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="'exhausted' or 'terminal'"):
        Failure("sometimes")
    assert steps_from_json(
        [{"type": "custom_tool_use", "name": "t", "input": {"a": 1}}, {"type": "reply", "text": "x"}]
    ) == (
        CustomToolUse("t", {"a": 1}),
        Reply("x"),
    )
    for bad in ({"type": "reply"}, [{"type": "dance"}], [{"type": "reply", "txt": "x"}], [{"type": "tool_use"}]):
        with pytest.raises(ValueError):
            steps_from_json(bad)
