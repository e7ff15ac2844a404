"""The pytest fixtures that ship with the package, used the way a user's own suite uses them."""

from __future__ import annotations

import importlib.metadata
import textwrap

import pytest

from qoder_cloud import AsyncQoderCloud, QoderCloud
from qoder_cloud.testing import CustomToolUse, LocalServer, ManualClock, Reply

pytest_plugins = ["pytester"]


def weather_bot(client: QoderCloud, session_id: str, question: str) -> str:
    """A user's bot (the code under test): asks the agent, answers its `get_weather` calls and
    returns the agent's last reply once the turn is over."""
    reply = ""
    with client.events.resumable_stream(session_id) as stream:
        client.events.send(
            session_id, events=[{"type": "user.message", "content": [{"type": "text", "text": question}]}]
        )
        for event in stream:
            if event.type == "agent.custom_tool_use" and event.name == "get_weather":
                answer = [{"type": "text", "text": f"sunny in {event.input_['city']}"}]
                result = {"type": "user.custom_tool_result", "custom_tool_use_id": event.id, "content": answer}
                client.events.send(session_id, events=[result])
            elif event.type == "agent.message":
                reply = event.content[0].text
            elif event.type == "session.status_idle" and event.stop_reason.type != "requires_action":
                return reply
    return reply


# The example a user's test can follow: under 15 lines with the fixtures.
def test_the_bot_answers_the_agents_tool_call(qoder_server: LocalServer, qoder_client: QoderCloud) -> None:
    qoder_server.script(CustomToolUse("get_weather", {"city": "Paris"}), Reply("The weather: {result}."))
    env = qoder_client.environments.create(name="ci")
    tool = {"type": "custom", "name": "get_weather", "description": "Weather by city", "input_schema": {}}
    agent = qoder_client.agents.create(name="bot", model="ultimate", tools=[tool])
    session = qoder_client.sessions.create(agent=agent.id, environment_id=env.id)

    assert weather_bot(qoder_client, session.id, "Weather in Paris?") == "The weather: sunny in Paris."
    [sent] = [e for e in qoder_client.events.list(session.id) if e.type == "user.custom_tool_result"]
    assert sent.content[0].text == "sunny in Paris"


def test_each_test_starts_with_an_empty_server_at_default_settings(
    qoder_server: LocalServer, qoder_client: QoderCloud
) -> None:
    assert list(qoder_client.environments.list()) == []
    assert qoder_server.faults is None and qoder_server.turn_delay == 0.002
    qoder_client.environments.create(name="left-behind")
    qoder_server.turn_delay = 5
    qoder_server.reset()
    assert list(qoder_client.environments.list()) == [] and qoder_server.turn_delay == 0.002


def test_the_clock_fixture_runs_the_server_on_a_manual_clock(
    qoder_server: LocalServer, qoder_clock: ManualClock
) -> None:
    assert qoder_server.clock is qoder_clock
    before = qoder_server.state.now()
    qoder_clock.advance(3600)
    assert qoder_server.state.now() > before


@pytest.mark.anyio
async def test_the_async_client_fixture(async_qoder_client: AsyncQoderCloud) -> None:
    env = await async_qoder_client.environments.create(name="async-ci")
    assert [e.id async for e in async_qoder_client.environments.list()] == [env.id]


def test_a_users_project_gets_the_fixtures_and_a_reset_between_tests(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        test_user=textwrap.dedent(
            """
            import pytest

            def test_first(qoder_server, qoder_client):
                qoder_client.environments.create(name="first")
                qoder_server.turn_delay = 9

            def test_second(qoder_server, qoder_client):
                assert list(qoder_client.environments.list()) == []
                assert qoder_server.turn_delay == 0.002

            @pytest.mark.anyio
            async def test_async(async_qoder_client):
                assert (await async_qoder_client.environments.list()).data == []

            def test_own_fixture_names_stay_free(request):
                assert "server" not in request.fixturenames and "client" not in request.fixturenames
            """
        )
    )
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider", "-W", "error")
    result.assert_outcomes(passed=4)


def test_the_package_registers_the_plugin_with_pytest() -> None:
    plugins = {ep.name: ep.value for ep in importlib.metadata.entry_points(group="pytest11")}
    assert plugins.get("qoder_cloud") == "qoder_cloud.testing.pytest_plugin"
