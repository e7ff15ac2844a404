"""Malformed input to the local server is a 4xx in the error envelope, never a 500 or a hang:
over-deep JSON, NaN and Infinity, odd multipart parameters, broken zip archives."""

from __future__ import annotations

import io
import math
import uuid
import zipfile
from collections.abc import Callable, Iterator

import httpx
import pytest

from qoder_cloud import QoderCloud
from qoder_cloud.testing import LocalServer

from .support.constants import TOKEN
from .support.sessions_setup import new_session


@pytest.fixture
def http(server: LocalServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=server.base_url, headers={"Authorization": f"Bearer {TOKEN}"}) as plain:
        yield plain


def _assert_refused(answer: httpx.Response, fragment: str) -> None:
    assert answer.status_code == 400, answer.text
    body = answer.json()
    assert body["type"] == "error" and body["error"]["type"] == "invalid_request_error"
    assert fragment in body["error"]["message"]


def test_json_nested_thousands_of_levels_deep_is_a_400(http: httpx.Client) -> None:
    answer = http.post("/environments", content=b"[" * 5000 + b"]" * 5000, headers={"Content-Type": "application/json"})
    _assert_refused(answer, "nested")


@pytest.mark.parametrize("constant", [b"NaN", b"Infinity", b"-Infinity"])
def test_nan_and_infinity_are_refused(http: httpx.Client, server: LocalServer, constant: bytes) -> None:
    body = b'{"name":"a","model":"ultimate","tools":[{"type":"custom","name":"t","description":"d",'
    body += b'"input_schema":{"type":"object","maximum":' + constant + b"}}]}"
    _assert_refused(http.post("/agents", content=body, headers={"Content-Type": "application/json"}), "NaN")
    assert server.state.agents == {}


def test_nan_is_never_emitted(client: QoderCloud, server: LocalServer) -> None:
    session = new_session(client)
    with pytest.raises(ValueError, match="NaN"):
        server.emit_event(session.id, {"type": "agent.hologram", "value": math.nan})
    assert [e.type for e in client.events.list(session.id)] == []


def test_an_unknown_filename_charset_is_a_400(http: httpx.Client) -> None:
    form = b"--B\r\nContent-Disposition: form-data; name=\"file\"; filename*=nope''a%41.txt\r\n\r\nx\r\n--B--\r\n"
    answer = http.post("/files", content=form, headers={"Content-Type": "multipart/form-data; boundary=B"})
    _assert_refused(answer, "charset")


def _skill_zip(mutate: Callable[[bytearray], None]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("s/SKILL.md", "---\nname: s\ndescription: d\n---\n" + "x" * 200)
    data = bytearray(buffer.getvalue())
    mutate(data)
    return bytes(data)


def _encrypted(data: bytearray) -> None:
    data[6] |= 1
    data[data.rfind(b"PK\x01\x02") + 8] |= 1


def _unknown_method(data: bytearray) -> None:
    data[8] = 99
    data[data.rfind(b"PK\x01\x02") + 10] = 99


def _corrupt(data: bytearray) -> None:
    start = 30 + len("s/SKILL.md")
    data[start : start + 6] = b"\xff" * 6


@pytest.mark.parametrize("mutate", [_encrypted, _unknown_method, _corrupt], ids=["encrypted", "method-99", "corrupt"])
def test_a_broken_zip_is_a_400(http: httpx.Client, server: LocalServer, mutate: Callable[[bytearray], None]) -> None:
    answer = http.post("/skills", files=[("files", ("s.zip", _skill_zip(mutate), "application/zip"))])
    _assert_refused(answer, "zip")
    assert server.state.skills == {}


def test_a_version_walk_continues_when_the_cursor_version_is_deleted(client: QoderCloud) -> None:
    files = [("s/SKILL.md", b"---\nname: s\ndescription: d\n---\n")]
    skill = client.skills.create(files=files)
    for _ in range(5):
        client.skill_versions.create(skill.id, files=files)
    everything = [v.version for v in client.skill_versions.list(skill.id, limit=100).data]
    page = client.skill_versions.list(skill.id, limit=3)
    client.skill_versions.delete(skill.id, page.data[-1].version)
    following = page.get_next_page()
    assert [v.version for v in following.data] == everything[3:]


def test_idempotency_locks_are_freed_after_refused_and_streamed_requests(
    http: httpx.Client, server: LocalServer
) -> None:
    for _ in range(200):
        refused = http.post("/environments", json={}, headers={"Idempotency-Key": str(uuid.uuid4())})
        assert refused.status_code == 400
    assert server.app.idempotency.locked_keys == 0
