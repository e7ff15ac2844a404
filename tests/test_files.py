"""Every files operation through both clients against the local server: multipart uploads as
the server received them, retries that resend the same bytes, and downloads streamed to disk
from a link that never sees the API token."""

from __future__ import annotations

import hashlib
import io
import os
import time
import tracemalloc
from pathlib import Path

import httpx
import pytest

from qoder_cloud import AsyncQoderCloud, BadRequestError, NotFoundError, PermissionDeniedError, QoderCloud
from qoder_cloud.testing import FaultPlan, LocalServer, ManualClock
from qoder_cloud.testing._multipart import parse_form
from qoder_cloud_api.models import FileDeleted, FileMetadata

from .support.constants import TOKEN


def _upload_parts(server: LocalServer) -> dict[str, list[tuple[str | None, bytes]]]:
    request = server.app.requests[-1]
    assert (request.method, request.path) == ("POST", "/files")
    parts: dict[str, list[tuple[str | None, bytes]]] = {}
    for part in parse_form(request.header("content-type"), request.body):
        parts.setdefault(part.name, []).append((part.filename, part.data))
    return parts


def test_upload_from_a_path_sends_one_file_part(client: QoderCloud, server: LocalServer, tmp_path: Path) -> None:
    path = tmp_path / "notes.md"
    path.write_bytes(b"# Notes\n\xe2\x9c\x93 done\n")

    uploaded = client.files.upload(file=path, metadata={"project": "demo"})

    assert isinstance(uploaded, FileMetadata)
    assert uploaded.id.startswith("file_")
    assert (uploaded.filename, uploaded.size_bytes, uploaded.mime_type) == (
        "notes.md",
        len(path.read_bytes()),
        "text/markdown",
    )
    assert uploaded.downloadable is False and uploaded.scope is None
    assert uploaded.metadata["project"] == "demo"
    parts = _upload_parts(server)
    assert parts["file"] == [("notes.md", path.read_bytes())]
    assert parts["metadata"] == [(None, b'{"project": "demo"}')]
    assert set(parts) == {"file", "metadata"}


def test_upload_from_bytes_an_open_file_and_a_tuple(client: QoderCloud, server: LocalServer, tmp_path: Path) -> None:
    from_bytes = client.files.upload(file=b"raw bytes", name="given.txt")
    assert (from_bytes.filename, from_bytes.size_bytes) == ("given.txt", 9)
    assert _upload_parts(server)["name"] == [(None, b"given.txt")]

    (tmp_path / "data.csv").write_bytes(b"a,b\n1,2\n")
    with (tmp_path / "data.csv").open("rb") as handle:
        from_handle = client.files.upload(file=handle)
    assert (from_handle.filename, from_handle.mime_type) == ("data.csv", "text/csv")

    from_tuple = client.files.upload(file=("reports/q3/summary.json", b"{}", "application/json"))
    assert _upload_parts(server)["file"] == [("reports/q3/summary.json", b"{}")]
    assert from_tuple.filename == "summary.json", "the server keeps the last path component"
    assert from_tuple.mime_type == "application/json"


def test_upload_refuses_more_than_32_mb_before_sending(client: QoderCloud, server: LocalServer, tmp_path: Path) -> None:
    big = tmp_path / "big.bin"
    with big.open("wb") as handle:
        handle.truncate(32 * 1024 * 1024 + 1)  # sparse: nothing is read before the check
    with pytest.raises(ValueError, match=r"^file is 32\.0 MB; the API accepts at most 32 MB"):
        client.files.upload(file=big)
    with pytest.raises(ValueError, match="^file is"):
        client.files.upload(file=bytes(32 * 1024 * 1024 + 1))
    assert len(server.app.requests) == 0


def test_upload_form_rules(client: QoderCloud, server: LocalServer) -> None:
    expiring = client.files.upload(file=b"tmp", expires_in_seconds=3600)
    assert expiring.expires_at is not None and expiring.expires_at.timestamp() > time.time() + 3500
    for bad in ({"expires_in_seconds": 60}, {"name": ".."}, {"name": "a/b.txt"}, {"metadata": {"k": "v" * 513}}):
        with pytest.raises(BadRequestError):
            client.files.upload(file=b"x", **bad)  # type: ignore[arg-type]

    url = f"{server.base_url}/files"
    headers = {"Authorization": f"Bearer {TOKEN}"}
    with httpx.Client(headers=headers) as http:
        two_files = http.post(url, files=[("file", ("a.txt", b"a")), ("file", ("b.txt", b"b"))])
        no_file = http.post(url, files=[("name", (None, b"x.txt"))])
        not_multipart = http.post(url, json={"file": "x"})
        bad_metadata = http.post(url, files=[("file", ("a.txt", b"a")), ("metadata", (None, b"[1]"))])
    for answer in (two_files, no_file, not_multipart, bad_metadata):
        assert answer.status_code == 400, answer.text
    assert server.state.files.keys() == {expiring.id}


def test_list_retrieve_and_delete(client: QoderCloud) -> None:
    first = client.files.upload(file=("Alpha.txt", b"1"))
    second = client.files.upload(file=("beta.txt", b"22"))
    third = client.files.upload(file=("alphabet.txt", b"333"))

    assert [f.id for f in client.files.list()] == [third.id, second.id, first.id]
    assert [f.id for f in client.files.list(name="ALPHA")] == [third.id, first.id]
    assert [f.id for f in client.files.list(ids=[first.id, second.id])] == [second.id, first.id]
    page = client.files.list(limit=2)
    assert [f.id for f in page.data] == [third.id, second.id] and page.has_more
    assert [f.id for f in page] == [third.id, second.id, first.id]

    assert client.files.retrieve(second.id).size_bytes == 2
    deleted = client.files.delete(second.id)
    assert isinstance(deleted, FileDeleted)
    assert (deleted.id, deleted.type_) == (second.id, "file_deleted")
    with pytest.raises(NotFoundError):
        client.files.retrieve(second.id)
    with pytest.raises(NotFoundError):
        client.files.delete(second.id)


def test_an_upload_is_not_downloadable(client: QoderCloud) -> None:
    uploaded = client.files.upload(file=b"x")
    with pytest.raises(PermissionDeniedError):
        client.files.content(uploaded.id)


def test_content_link_is_served_outside_the_api_without_the_token(
    client: QoderCloud, server: LocalServer, tmp_path: Path
) -> None:
    file_id = server.add_file(b"agent output\n", "result.txt")
    assert client.files.retrieve(file_id).downloadable is True

    link = client.files.content(file_id)
    assert link.url.startswith(f"http://127.0.0.1:{server.port}/_storage/")
    assert link.expires_at.timestamp() > time.time() + 3000

    target = client.files.download(file_id, tmp_path / "result.txt")
    assert target == tmp_path / "result.txt"
    assert target.read_bytes() == b"agent output\n"
    fetch = server.app.outside_requests[-1]
    assert fetch.header("authorization") is None
    assert TOKEN not in repr(dict(fetch.headers))

    buffer = io.BytesIO()
    assert client.files.download(file_id, buffer) is None
    assert buffer.getvalue() == b"agent output\n"


def test_the_download_link_refuses_a_request_that_carries_a_token(client: QoderCloud, server: LocalServer) -> None:
    link = client.files.content(server.add_file(b"secret report", "r.txt"))
    with httpx.Client() as http:
        assert http.get(link.url).content == b"secret report"
        refused = http.get(link.url, headers={"Authorization": f"Bearer {TOKEN}"})
        assert refused.status_code == 400
        forged = http.get(link.url[:-4] + "AAAA")
        assert forged.status_code == 403


def test_a_non_ascii_name_downloads(client: QoderCloud, server: LocalServer, tmp_path: Path) -> None:
    file_id = server.add_file("r\u00e9sum\u00e9 \u2713".encode(), 'r\u00e9sum\u00e9 \u2713 "final".txt')
    assert client.files.download(file_id, tmp_path / "cv.txt").read_bytes() == "r\u00e9sum\u00e9 \u2713".encode()
    with httpx.Client() as http:
        answer = http.get(client.files.content(file_id).url)
    assert answer.headers["content-disposition"].endswith(
        "filename*=UTF-8''r%C3%A9sum%C3%A9%20%E2%9C%93%20%22final%22.txt"
    )


def test_a_download_that_meets_a_503_at_the_storage_link_is_retried(tmp_path: Path) -> None:
    with LocalServer(token=TOKEN, faults=FaultPlan(script=[None, "unavailable_empty"], retry_after_ms=10)) as server:
        file_id = server.add_file(b"eventually", "e.txt")
        with QoderCloud(token=TOKEN, base_url=server.base_url) as client:
            target = client.files.download(file_id, tmp_path / "e.txt")
        assert target is not None and target.read_bytes() == b"eventually"
        assert server.faults is not None and server.faults.counts["unavailable_empty"] == 1
        assert len(server.app.outside_requests) == 1, "the first attempt was answered by the fault layer"


def test_download_links_expire_and_die_with_the_file(client: QoderCloud, server: LocalServer) -> None:
    clock = ManualClock()
    server.reset(clock=clock)
    file_id = server.add_file(b"short-lived", "s.txt")
    server.download_link_seconds = 60
    link = client.files.content(file_id)
    with httpx.Client() as http:
        assert http.get(link.url).status_code == 200
        clock.advance(61)
        expired = http.get(link.url)
        assert expired.status_code == 403 and "expired" in expired.text

        fresh = client.files.content(file_id).url
        client.files.delete(file_id)
        assert http.get(fresh).status_code == 404


def test_an_upload_that_meets_a_503_is_retried_with_the_same_bytes_and_stored_once(tmp_path: Path) -> None:
    payload = os.urandom(256 * 1024)
    sent: list[tuple[bytes, str | None]] = []

    def record(request: httpx.Request) -> None:  # the body is streamed: read it as httpx sends it
        sent.append((b"".join(request.stream), request.headers.get("idempotency-key")))

    with LocalServer(token=TOKEN, faults=FaultPlan(script=["unavailable_empty"], retry_after_ms=10)) as server:
        with httpx.Client(event_hooks={"request": [record]}) as http:
            client = QoderCloud(token=TOKEN, base_url=server.base_url, http_client=http)
            uploaded = client.files.upload(file=("blob.bin", payload))
        assert server.faults is not None and server.faults.counts["unavailable_empty"] == 1
        assert len(sent) == 2
        assert sent[0] == sent[1], "the retry resends the identical body with the same Idempotency-Key"
        assert list(server.state.files) == [uploaded.id]
        assert server.state.files[uploaded.id].content == payload
        assert [r.path for r in server.app.requests] == ["/files"]


def test_five_megabytes_round_trip_byte_identical_without_being_held_in_memory(
    client: QoderCloud, server: LocalServer, tmp_path: Path
) -> None:
    size = 5 * 1024 * 1024
    source = tmp_path / "big.bin"
    source.write_bytes(os.urandom(size))
    uploaded = client.files.upload(file=source)
    assert uploaded.size_bytes == size
    server.make_downloadable(uploaded.id)

    tracemalloc.start()
    try:
        target = client.files.download(uploaded.id, tmp_path / "copy.bin")
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()

    assert target is not None
    assert hashlib.sha256(target.read_bytes()).digest() == hashlib.sha256(source.read_bytes()).digest()
    assert peak < size // 4, f"peak {peak:,} bytes while downloading {size:,}"
    assert not (tmp_path / "copy.bin.part").exists()


def test_a_failed_download_leaves_no_file(client: QoderCloud, server: LocalServer, tmp_path: Path) -> None:
    uploaded = client.files.upload(file=b"not published")
    with pytest.raises(PermissionDeniedError):
        client.files.download(uploaded.id, tmp_path / "out.bin")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.anyio
async def test_async_client_covers_every_files_operation(
    async_client: AsyncQoderCloud, server: LocalServer, tmp_path: Path
) -> None:
    data = os.urandom(300_000)
    uploaded = await async_client.files.upload(file=("async.bin", data), metadata={"via": "async"})
    assert uploaded.size_bytes == len(data)
    assert _upload_parts(server)["file"] == [("async.bin", data)]

    assert (await async_client.files.retrieve(uploaded.id)).filename == "async.bin"
    assert [f.id async for f in async_client.files.list()] == [uploaded.id]
    assert [f.id for f in (await async_client.files.list(limit=1)).data] == [uploaded.id]

    with pytest.raises(PermissionDeniedError):
        await async_client.files.content(uploaded.id)
    server.make_downloadable(uploaded.id)
    link = await async_client.files.content(uploaded.id)
    assert "/_storage/" in link.url
    target = await async_client.files.download(uploaded.id, tmp_path / "a.bin")
    assert target is not None and target.read_bytes() == data
    assert server.app.outside_requests[-1].header("authorization") is None

    deleted = await async_client.files.delete(uploaded.id)
    assert deleted.id == uploaded.id
    with pytest.raises(NotFoundError):
        await async_client.files.retrieve(uploaded.id)
