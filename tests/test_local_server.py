"""The local server itself: auth, validation, the error envelope, and the command line."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import httpx
import pytest

from qoder_cloud import QoderCloud
from qoder_cloud.testing import LocalServer, serve

from .support.constants import TOKEN


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


def test_the_command_line_server() -> None:
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    with subprocess.Popen(
        [sys.executable, "-m", "qoder_cloud.testing", "--port", "0", "--token", TOKEN],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    ) as process:
        try:
            _talk_to(process)
        finally:
            process.terminate()
            assert process.wait(timeout=10) == 0


def _talk_to(process: subprocess.Popen[str]) -> None:
    assert process.stdout is not None
    base_url = process.stdout.readline().strip().rsplit(" ", 1)[-1]
    assert base_url.startswith("http://127.0.0.1:")
    with QoderCloud(token=TOKEN, base_url=base_url) as client:
        assert client.environments.create(name="cli").id.startswith("env_")
    anonymous = httpx.get(base_url + "/environments", headers={"Authorization": "Bearer pt-other"})
    assert anonymous.status_code == 401


@pytest.mark.parametrize("path", ["/nowhere", "/environments/env_1/nothing"])
def test_unknown_routes_are_404_in_the_envelope(server: LocalServer, path: str) -> None:
    response = httpx.get(server.base_url + path, headers={"Authorization": f"Bearer {TOKEN}"})
    assert response.status_code == 404
    assert json.loads(response.text)["error"]["type"] == "not_found_error"
