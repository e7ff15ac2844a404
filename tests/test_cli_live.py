"""The live commands of `qoder-cloud` against the local server: a chat driven through stdin
(replies, tool confirmations, custom tool results), `events tail` across cut streams and
stopped with Ctrl-C, a raw event stream, and `serve`."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

from qoder_cloud import QoderCloud
from qoder_cloud.testing import CustomToolUse, LocalServer, Reply, ToolUse

from .support.cli import json_lines, ok, run
from .support.constants import TOKEN
from .support.sessions_setup import new_session, user_message

SCRIPT = Path(sys.executable).with_name("qoder-cloud")
DEADLINE = 30.0  # seconds a subprocess test waits for anything before failing


def _sent(server: LocalServer, session_id: str, kind: str) -> list[dict[str, Any]]:
    events = server.state.sessions.records[session_id].events
    return [event for event in events if event["type"] == kind]


def _session(client: QoderCloud) -> str:
    return str(new_session(client).id)


# ---------------------------------------------------------------- sessions chat


def test_a_chat_turn_through_stdin_prints_the_reply(server: LocalServer, client: QoderCloud) -> None:
    session_id = _session(client)
    server.script(Reply("Hello from the agent."))
    result = ok(server, "sessions", "chat", session_id, input="hi there\n")
    assert result.stdout == "agent> Hello from the agent.\n"
    [message] = _sent(server, session_id, "user.message")
    assert message["content"] == [{"type": "text", "text": "hi there"}]


def test_a_chat_streams_the_reply_as_it_is_written(server: LocalServer, client: QoderCloud) -> None:
    session_id = _session(client)
    result = ok(server, "sessions", "chat", session_id, input="first\n\nsecond\n/quit\nnot sent\n")
    replies = [line for line in result.stdout.splitlines() if line.startswith("agent> ")]
    assert len(replies) == 2 and "first" in replies[0] and "second" in replies[1]
    assert [m["content"][0]["text"] for m in _sent(server, session_id, "user.message")] == ["first", "second"]
    previews = [request for request in server.app.requests if request.path.endswith("/stream")]
    assert previews and all(request.query.get("event_deltas[]") == ["agent.message"] for request in previews)


def test_a_chat_asks_before_a_tool_runs_and_sends_the_answer(server: LocalServer, client: QoderCloud) -> None:
    session_id = _session(client)
    server.script(ToolUse("Bash", {"command": "make test"}, output="4 passed"), Reply("Tests: {result}"))
    server.script(ToolUse("Bash", {"command": "rm -rf /"}, output="gone"), Reply("Outcome: {result}"))
    result = ok(server, "sessions", "chat", session_id, input="run the tests\ny\nclean up\nn\n")
    assert 'The agent wants to run Bash {"command": "make test"}. Allow? [y/N] y\n' in result.stderr
    assert "agent> Tests: 4 passed" in result.stdout
    assert "agent> Outcome: denied: denied at the terminal" in result.stdout
    confirmations = _sent(server, session_id, "user.tool_confirmation")
    assert [c["result"] for c in confirmations] == ["allow", "deny"]


def test_a_chat_answers_the_agents_custom_tool_with_what_is_typed(server: LocalServer, client: QoderCloud) -> None:
    env = client.environments.create(name="ci")
    tool = {"type": "custom", "name": "get_weather", "description": "Weather by city", "input_schema": {}}
    agent = client.agents.create(name="bot", model="ultimate", tools=[tool])
    session_id = str(client.sessions.create(agent=agent.id, environment_id=env.id).id)
    server.script(CustomToolUse("get_weather", {"city": "Paris"}), Reply("It is {result} in Paris."))
    result = ok(server, "sessions", "chat", session_id, input="weather?\nsunny\n")
    assert 'your tool get_weather {"city": "Paris"}; its result: sunny\n' in result.stderr
    assert "agent> It is sunny in Paris." in result.stdout
    [answer] = _sent(server, session_id, "user.custom_tool_result")
    assert answer["content"] == [{"type": "text", "text": "sunny"}]


def test_a_chat_leaves_a_tool_its_agent_does_not_declare_unanswered(server: LocalServer, client: QoderCloud) -> None:
    session_id = _session(client)
    server.script(CustomToolUse("get_weather", {"city": "Paris"}), Reply("It is {result} in Paris."))
    result = ok(server, "sessions", "chat", session_id, input="weather?\n")
    assert "The session waits for calls this chat cannot answer: get_weather." in result.stderr
    assert _sent(server, session_id, "user.custom_tool_result") == []


def test_a_chat_can_start_its_session(server: LocalServer, client: QoderCloud) -> None:
    env = client.environments.create(name="ci")
    agent = client.agents.create(name="helper", model="ultimate")
    result = ok(server, "sessions", "chat", "--agent", agent.id, "--environment", env.id, input="hello\n")
    [session_id] = list(server.state.sessions.records)
    assert f"Started session {session_id}." in result.stderr
    assert result.stdout.startswith("agent> ")
    both = run(server, "sessions", "chat", session_id, "--agent", agent.id)
    assert both.exit_code == 2 and "not both" in both.stderr
    neither = run(server, "sessions", "chat")
    assert neither.exit_code == 2 and "--agent and --environment" in neither.stderr


def test_a_chat_with_json_prints_the_stored_events(server: LocalServer, client: QoderCloud) -> None:
    session_id = _session(client)
    result = ok(server, "sessions", "chat", session_id, "--json", input="hello\n")
    kinds = [event["type"] for event in json_lines(result.stdout)]
    assert "event_delta" not in kinds
    assert kinds[-1] == "session.status_idle" and "agent.message" in kinds and "user.message" in kinds


def test_a_chat_in_an_unknown_session_is_an_api_error(server: LocalServer) -> None:
    result = run(server, "sessions", "chat", "sess_missing", input="hello\n")
    assert result.exit_code == 1 and result.stderr.startswith("qoder-cloud: error: 404 ")


# ---------------------------------------------------------------- events tail and stream


def _finished_session(client: QoderCloud) -> tuple[str, list[str]]:
    """A session with two turns and then its end; returns its ID and its events' IDs."""
    session_id = _session(client)
    client.events.run_turn(session_id, "one")
    client.events.run_turn(session_id, "two")
    client.events.run_turn(session_id, "/terminate")
    return session_id, [str(event.id) for event in client.events.list(session_id, limit=100)]


def test_tail_resumes_across_cut_streams_without_losing_or_repeating_an_event(
    server: LocalServer, client: QoderCloud
) -> None:
    session_id, stored = _finished_session(client)
    server.app.requests.clear()
    server.cut_streams(2, 0, 3)
    result = ok(server, "events", "tail", session_id, "--after", stored[0], "--json")
    assert [event["id"] for event in json_lines(result.stdout)] == stored[1:]
    streams = [request for request in server.app.requests if request.path.endswith("/stream")]
    assert len(streams) == 4
    assert [request.header("last-event-id") for request in streams[1:]] == [stored[2], stored[2], stored[5]]


def test_tail_shows_the_latest_events_of_an_ended_session_and_stops(server: LocalServer, client: QoderCloud) -> None:
    session_id, stored = _finished_session(client)
    result = ok(server, "events", "tail", session_id, "-n", "3")
    lines = result.stdout.splitlines()
    assert len(lines) == 3 and "session.status_terminated" in lines[-1]
    assert "The session has ended." in result.stderr
    as_lines = ok(server, "events", "tail", session_id, "-n", "2", "--json")
    assert [event["id"] for event in json_lines(as_lines.stdout)] == stored[-2:]


def test_the_raw_stream_command_prints_each_event(server: LocalServer, client: QoderCloud) -> None:
    session_id, stored = _finished_session(client)
    events = as_json_lines(server, "events", "stream", session_id, "--last-event-id", stored[-4])
    assert [event["id"] for event in events] == stored[-3:]
    people = ok(server, "events", "stream", session_id, "--last-event-id", stored[-2])
    assert "session.status_terminated" in people.stdout


def as_json_lines(server: LocalServer, *args: str) -> list[Any]:
    return json_lines(ok(server, *args, "--json").stdout)


def _wait_for(condition: Any, what: str) -> None:
    deadline = time.monotonic() + DEADLINE
    while not condition():
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.02)


def test_tail_follows_live_events_and_stops_on_ctrl_c(server: LocalServer, client: QoderCloud) -> None:
    session_id = _session(client)
    env = {**os.environ, "QODER_PAT": TOKEN, "QODER_BASE_URL": server.base_url}
    lines: list[str] = []
    with subprocess.Popen(
        [str(SCRIPT), "events", "tail", session_id, "--json"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    ) as tail:
        reader = threading.Thread(target=lambda: lines.extend(tail.stdout or []), daemon=True)
        reader.start()
        try:
            _wait_for(lambda: any(r.path.endswith("/stream") for r in server.app.requests), "the tail to connect")
            client.events.send(session_id, events=[user_message("live")])
            _wait_for(lambda: any('"session.status_idle"' in line for line in lines), "the turn in the tail")
            tail.send_signal(signal.SIGINT)
            _, stderr = tail.communicate(timeout=DEADLINE)
        finally:
            if tail.poll() is None:
                tail.kill()
        reader.join(timeout=DEADLINE)
    assert tail.returncode == 0, stderr
    kinds = [event["type"] for event in json_lines("".join(lines))]
    assert kinds[0] == "session.status_running" and kinds[-1] == "session.status_idle"
    assert "agent.message" in kinds


# ---------------------------------------------------------------- serve


def test_serve_starts_the_local_server_until_sigterm() -> None:
    with subprocess.Popen(
        [str(SCRIPT), "serve", "--port", "0", "--quiet", "--token", TOKEN],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    ) as serve:
        try:
            assert serve.stdout is not None
            first = serve.stdout.readline()
            assert first.startswith("Serving the Qoder Cloud Agents API at http://127.0.0.1:")
            with QoderCloud(token=TOKEN, base_url=first.split()[-1]) as client:
                assert client.environments.create(name="served").name == "served"
            serve.send_signal(signal.SIGTERM)
            serve.communicate(timeout=DEADLINE)
        finally:
            if serve.poll() is None:
                serve.kill()
    assert serve.returncode == 0


def test_serve_help_is_the_local_servers_own() -> None:
    result = run(None, "serve", "--help")
    assert result.exit_code == 0
    assert result.stdout.startswith("usage: qoder-cloud serve ") and "--script" in result.stdout


def test_a_bad_serve_option_is_a_usage_error(tmp_path: Path) -> None:
    script = tmp_path / "turns.json"
    script.write_text('{"not": "a list"}', encoding="utf-8")
    result = run(None, "serve", "--port", "0", "--script", str(script))
    assert result.exit_code == 2 and "must hold a JSON list" in result.stderr
