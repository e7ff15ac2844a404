"""The local server itself: auth, validation, the error envelope, and the command line."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from qoder_cloud import QoderCloud
from qoder_cloud.testing import App, FaultPlan, LocalServer, serve
from qoder_cloud.testing import __main__ as cli

from .support.constants import TOKEN
from .support.sessions_setup import new_session


def test_requests_without_a_valid_token_get_401(server: LocalServer) -> None:
    for headers in ({}, {"x-api-key": TOKEN}, {"Authorization": "Bearer pt-wrong"}):
        response = httpx.get(server.base_url + "/environments", headers=headers)
        assert response.status_code == 401
        body = response.json()
        assert body["type"] == "error"
        assert body["error"]["type"] == "authentication_error"
        assert body["request_id"] == response.headers["x-request-id"]


def test_limit_out_of_range_and_combined_cursors_are_400(server: LocalServer) -> None:
    headers = {"Authorization": f"Bearer {TOKEN}"}
    for query in (
        "limit=0",
        "limit=101",
        "limit=abc",
        "page=pg_x&after_id=env_1",
        "include_archived=maybe",
        "created_at[gte]=yesterday",
    ):
        response = httpx.get(f"{server.base_url}/environments?{query}", headers=headers)
        assert response.status_code == 400, query
        assert response.json()["error"]["type"] == "invalid_request_error"


def test_invalid_json_is_400(server: LocalServer) -> None:
    response = httpx.post(
        server.base_url + "/environments", content=b"{nope", headers={"Authorization": f"Bearer {TOKEN}"}
    )
    assert response.status_code == 400
    assert response.json()["error"]["message"] == "Request body must be valid JSON."


def test_ids_are_prefixed_and_timestamps_are_rfc3339(client: QoderCloud, server: LocalServer) -> None:
    client.environments.create(name="raw")
    raw = httpx.get(server.base_url + "/environments", headers={"Authorization": f"Bearer {TOKEN}"}).json()
    item = raw["data"][0]
    assert item["id"].startswith("env_")
    assert item["created_at"].endswith("Z") and "T" in item["created_at"]


def test_serve_yields_a_base_url() -> None:
    with serve(token=TOKEN) as base_url:
        assert base_url.startswith("http://127.0.0.1:") and base_url.endswith("/api/v1/cloud")
        with QoderCloud(token=TOKEN, base_url=base_url) as client:
            assert client.environments.create(name="served").name == "served"


def test_the_command_line_server_plays_a_script_and_logs_each_request(tmp_path: Path) -> None:
    script = tmp_path / "turns.json"
    script.write_text(
        json.dumps([[{"type": "custom_tool_use", "name": "lookup"}, {"type": "reply", "text": "got {result}"}]])
    )
    command = [sys.executable, "-m", "qoder_cloud.testing", "--port", "0", "--token", TOKEN, "--script", str(script)]
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env) as process:
        try:
            _talk_to(process)
        finally:
            process.terminate()
            _, log = process.communicate(timeout=10)
    assert process.returncode == 0
    lines = log.splitlines()
    assert any(re.search(r"POST /api/v1/cloud/environments 200 \d+\.\d ms$", line) for line in lines), log
    assert any(re.search(r"GET /api/v1/cloud/environments 401 \d+\.\d ms$", line) for line in lines), log
    assert TOKEN not in log


def _talk_to(process: subprocess.Popen[str]) -> None:
    assert process.stdout is not None
    base_url = process.stdout.readline().strip().rsplit(" ", 1)[-1]
    assert base_url.startswith("http://127.0.0.1:")
    with QoderCloud(token=TOKEN, base_url=base_url) as client:
        session = new_session(client)
        first = client.events.run_turn(session.id, "look it up")
        assert first.stop_reason.type == "requires_action"
        [call_id] = first.stop_reason.event_ids
        answer = {
            "type": "user.custom_tool_result",
            "custom_tool_use_id": call_id,
            "content": [{"type": "text", "text": "42"}],
        }
        with client.events.stream(session.id) as stream:
            client.events.send(session.id, events=[answer])
            reply = next(e for e in stream if e.type == "agent.message")
        assert reply.content[0].text == "got 42"
    anonymous = httpx.get(base_url + "/environments", headers={"Authorization": "Bearer pt-other"})
    assert anonymous.status_code == 401


@pytest.mark.parametrize(
    ("content", "fragment"),
    [('[[{"type": "dance"}]]', "step 0"), ('{"turns": []}', "JSON list of turns"), ("[[", "Expecting")],
)
def test_the_command_line_refuses_a_bad_script(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: str, fragment: str
) -> None:
    script = tmp_path / "turns.json"
    script.write_text(content)
    with pytest.raises(SystemExit) as exited:
        cli.main(["--port", "0", "--script", str(script)])
    assert exited.value.code == 2
    assert fragment in capsys.readouterr().err


def test_a_fault_plan_refuses_names_it_does_not_know() -> None:
    for options in ({"script": ["rate_limited"]}, {"kinds": ["server_error", "explode"]}):
        with pytest.raises(ValueError, match="unknown fault") as caught:
            FaultPlan(**options)  # type: ignore[arg-type]
        assert "rate_limit" in str(caught.value) and "sse_cut" in str(caught.value)
    with pytest.raises(TypeError):
        FaultPlan(script="rate_limit")  # type: ignore[arg-type]
    assert FaultPlan(script=["rate_limit", None]).script == ("rate_limit", None)


def test_faults_can_be_set_on_a_running_server_and_reset_removes_them(server: LocalServer) -> None:
    headers = {"Authorization": f"Bearer {TOKEN}"}
    server.faults = FaultPlan(script=["server_error"])
    assert httpx.get(server.base_url + "/models", headers=headers).status_code == 500
    assert httpx.get(server.base_url + "/models", headers=headers).status_code == 200
    server.faults = FaultPlan(rate=1.0, kinds=["overloaded"])
    server.reset()
    assert server.faults is None
    assert httpx.get(server.base_url + "/models", headers=headers).status_code == 200


def test_knobs_refuse_nonsense(server: LocalServer) -> None:
    for name in ("turn_delay", "heartbeat_interval", "download_link_seconds"):
        with pytest.raises(ValueError, match=name):
            setattr(server, name, -1)
    with pytest.raises(ValueError, match="cut_streams"):
        server.cut_streams(-1)
    with pytest.raises(ValueError, match="max_body_bytes"):
        LocalServer(max_body_bytes=0)


def test_a_server_with_a_custom_app_has_no_state() -> None:
    app = App(token=TOKEN)
    app.route("GET", "/ping")(lambda request: {"pong": True})
    with LocalServer(app=app) as server:
        answer = httpx.get(server.base_url + "/ping", headers={"Authorization": f"Bearer {TOKEN}"})
        assert answer.json() == {"pong": True} and len(app.requests) == 1
        with pytest.raises(RuntimeError, match="custom App"):
            server.state  # noqa: B018
        server.reset()
        assert len(app.requests) == 0 and server.app is app


def test_reset_ends_open_streams_and_forgets_everything(client: QoderCloud, server: LocalServer) -> None:
    session = new_session(client)
    old_app = server.app
    with client.events.stream(session.id) as stream:
        server.reset()
        assert list(stream) == []  # the old state's stream ends without an event
    assert server.app is not old_app and len(server.app.requests) == 0
    assert list(client.sessions.list()) == [] and list(client.agents.list()) == []


@pytest.mark.parametrize("path", ["/nowhere", "/environments/env_1/nothing"])
def test_unknown_routes_are_404_in_the_envelope(server: LocalServer, path: str) -> None:
    response = httpx.get(server.base_url + path, headers={"Authorization": f"Bearer {TOKEN}"})
    assert response.status_code == 404
    assert json.loads(response.text)["error"]["type"] == "not_found_error"
