"""`events.run_turn` with tools, confirmations and a deadline, against the local server's scripted
agent (through the bundled pytest fixtures, as a user's test would)."""

from __future__ import annotations

import pytest

from qoder_cloud import AsyncQoderCloud, QoderCloud, TurnTimeoutError
from qoder_cloud.testing import CustomToolUse, LocalServer, ManualClock, Reply, ToolUse
from qoder_cloud.types import AgentCustomToolUseEvent, AgentToolUseEvent, SessionStatusIdleEvent


def _session(client: QoderCloud) -> str:
    agent = client.agents.create(name="bot", model="ultimate")
    env = client.environments.create(name="bot-env")
    return client.sessions.create(agent=agent.id, environment_id=env.id).id


def _sent(server: LocalServer, kind: str) -> list[dict[str, object]]:
    sent = [r.json() for r in server.app.requests if r.method == "POST" and r.path.endswith("/events")]
    return [event for body in sent for event in body["events"] if event["type"] == kind]


def test_a_custom_tool_is_answered_by_its_handler(qoder_server: LocalServer, qoder_client: QoderCloud) -> None:
    qoder_server.script(CustomToolUse("get_weather", {"city": "Paris"}), Reply("The weather: {result}."))
    seen: list[AgentCustomToolUseEvent] = []

    def get_weather(call: AgentCustomToolUseEvent) -> str:
        seen.append(call)
        return f"sunny in {call.input['city']}"

    turn = qoder_client.events.run_turn(_session(qoder_client), "weather?", tools={"get_weather": get_weather})
    assert turn.text == "The weather: sunny in Paris."
    assert turn.stop_reason is not None and turn.stop_reason.type == "end_turn"
    assert [call.name for call in seen] == ["get_weather"]
    [result] = _sent(qoder_server, "user.custom_tool_result")
    assert result == {
        "type": "user.custom_tool_result",
        "custom_tool_use_id": seen[0].id,
        "content": [{"type": "text", "text": "sunny in Paris"}],
    }
    idles = [event for event in turn.events if isinstance(event, SessionStatusIdleEvent)]
    assert [idle.stop_reason.type for idle in idles] == ["requires_action", "end_turn"]


def test_tool_calls_are_confirmed_or_denied(qoder_server: LocalServer, qoder_client: QoderCloud) -> None:
    qoder_server.script(ToolUse("Bash", {"command": "make test"}, output="4 passed"), Reply("Tests: {result}"))
    qoder_server.script(ToolUse("Bash", {"command": "rm -rf /"}), Reply("Then: {result}"))

    def confirm(call: AgentToolUseEvent | object) -> bool | str:
        assert isinstance(call, AgentToolUseEvent)
        return True if call.input["command"] == "make test" else "not that"

    session = _session(qoder_client)
    assert qoder_client.events.run_turn(session, "test it", confirm=confirm).text == "Tests: 4 passed"
    assert qoder_client.events.run_turn(session, "clean up", confirm=confirm).text == "Then: denied: not that"
    assert [c["result"] for c in _sent(qoder_server, "user.tool_confirmation")] == ["allow", "deny"]


def test_a_call_without_a_handler_stops_the_turn_with_the_pending_calls(
    qoder_server: LocalServer, qoder_client: QoderCloud
) -> None:
    qoder_server.script(CustomToolUse("lookup", {"q": "x"}), Reply("done"))
    turn = qoder_client.events.run_turn(_session(qoder_client), "look it up", tools={"other": lambda call: ""})
    assert turn.stop_reason is not None and turn.stop_reason.type == "requires_action"
    [call] = turn.pending
    assert isinstance(call, AgentCustomToolUseEvent) and call.name == "lookup"
    assert _sent(qoder_server, "user.custom_tool_result") == []


def test_a_handlers_error_ends_the_turn(qoder_server: LocalServer, qoder_client: QoderCloud) -> None:
    qoder_server.script(CustomToolUse("boom", {}), Reply("never"))

    def boom(call: AgentCustomToolUseEvent) -> str:
        raise RuntimeError("the tool broke")

    with pytest.raises(RuntimeError, match="the tool broke"):
        qoder_client.events.run_turn(_session(qoder_client), "go", tools={"boom": boom})


def test_a_handler_must_return_text_or_blocks(qoder_server: LocalServer, qoder_client: QoderCloud) -> None:
    qoder_server.script(CustomToolUse("count", {}), Reply("{result}"))
    with pytest.raises(TypeError, match="the handler of tool 'count' must return a str or a list of content blocks"):
        qoder_client.events.run_turn(_session(qoder_client), "go", tools={"count": lambda call: 3})  # type: ignore[dict-item,return-value]


def test_the_deadline_ends_a_turn_that_does_not_finish(
    qoder_server: LocalServer, qoder_clock: ManualClock, qoder_client: QoderCloud
) -> None:
    qoder_server.turn_delay = 60  # the manual clock never moves: the turn stays running
    session = _session(qoder_client)
    with pytest.raises(TurnTimeoutError, match="deadline of 0.5 s") as caught:
        qoder_client.events.run_turn(session, "hello", deadline=0.5)
    assert caught.value.deadline == 0.5
    assert caught.value.turn.stop_reason is None
    assert [event.type for event in caught.value.turn.events][:2] == ["session.status_running", "user.message"]


def test_bad_arguments_are_refused_before_sending(qoder_server: LocalServer, qoder_client: QoderCloud) -> None:
    session = _session(qoder_client)
    sent = len(qoder_server.app.requests)
    with pytest.raises(TypeError, match="^tools must be a mapping"):
        qoder_client.events.run_turn(session, "x", tools="get_weather")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"^tools\['a'\] must be a callable"):
        qoder_client.events.run_turn(session, "x", tools={"a": "b"})  # type: ignore[dict-item]
    with pytest.raises(ValueError, match="^deadline must be a positive number"):
        qoder_client.events.run_turn(session, "x", deadline=0)
    assert len(qoder_server.app.requests) == sent


@pytest.mark.anyio
async def test_the_async_turn_awaits_its_handlers(
    qoder_server: LocalServer, qoder_client: QoderCloud, async_qoder_client: AsyncQoderCloud
) -> None:
    qoder_server.script(CustomToolUse("get_weather", {"city": "Oslo"}), ToolUse("Bash", {}), Reply("{result}"))

    async def get_weather(call: AgentCustomToolUseEvent) -> str:
        return f"snow in {call.input['city']}"

    async def confirm(call: object) -> bool:
        return False

    turn = await async_qoder_client.events.run_turn(
        _session(qoder_client), "weather?", tools={"get_weather": get_weather}, confirm=confirm, deadline=30
    )
    assert turn.text == "denied: denied by the client"
    assert _sent(qoder_server, "user.custom_tool_result")[0]["content"] == [{"type": "text", "text": "snow in Oslo"}]


@pytest.mark.anyio
async def test_the_async_deadline(
    qoder_server: LocalServer, qoder_clock: ManualClock, qoder_client: QoderCloud, async_qoder_client: AsyncQoderCloud
) -> None:
    qoder_server.turn_delay = 60
    session = _session(qoder_client)
    with pytest.raises(TurnTimeoutError):
        await async_qoder_client.events.run_turn(session, "hello", deadline=0.5)
