"""Every skill and skill version operation through both clients against the local server:
packages from a folder on disk or a zip, the parts the server received, and version archives
streamed to a file and opened with zipfile."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from qoder_cloud import AsyncQoderCloud, BadRequestError, NotFoundError, QoderCloud
from qoder_cloud.testing import LocalServer
from qoder_cloud.testing._multipart import parse_form
from qoder_cloud_api.models import SkillDeleted, SkillVersionDeleted
from qoder_cloud_api.types import File

MANIFEST = "---\nname: pr-review\ndescription: Reviews pull requests\n---\n\n# PR review\n"


def _skill_folder(root: Path, *, description: str = "Reviews pull requests") -> Path:
    folder = root / "pr-review"
    (folder / "scripts").mkdir(parents=True, exist_ok=True)
    (folder / "SKILL.md").write_text(MANIFEST.replace("Reviews pull requests", description))
    (folder / "scripts" / "lint.sh").write_bytes(b"#!/bin/sh\nruff check .\n")
    (folder / "checklist.txt").write_bytes(b"tests\x00docs\n")
    return folder


def _zip(entries: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def _sent_parts(server: LocalServer) -> list[tuple[str, str | None, bytes]]:
    request = server.app.requests[-1]
    return [(p.name, p.filename, p.data) for p in parse_form(request.header("content-type"), request.body)]


def test_create_from_a_folder_sends_one_part_per_file(client: QoderCloud, server: LocalServer, tmp_path: Path) -> None:
    folder = _skill_folder(tmp_path)
    skill = client.skills.create(files=folder, display_title="PR review", metadata={"team": "dev"})

    assert skill.id.startswith("skill_")
    assert (skill.type_, skill.display_title, skill.source, skill.description) == (
        "skill",
        "PR review",
        "custom",
        "Reviews pull requests",
    )
    assert skill.metadata["team"] == "dev"
    assert skill.latest_version is not None and len(skill.latest_version) == 16 and skill.latest_version.isdigit()
    assert _sent_parts(server) == [
        ("files", "pr-review/SKILL.md", (folder / "SKILL.md").read_bytes()),
        ("files", "pr-review/checklist.txt", b"tests\x00docs\n"),
        ("files", "pr-review/scripts/lint.sh", b"#!/bin/sh\nruff check .\n"),
        ("display_title", None, b"PR review"),
        ("metadata", None, b'{"team": "dev"}'),
    ]


def test_create_from_a_zip_and_from_a_list_of_files(client: QoderCloud) -> None:
    package = _zip({"pr-review/SKILL.md": MANIFEST.encode(), "pr-review/a.txt": b"a"})
    zipped = client.skills.create(files=[("pr-review.zip", package)])
    assert zipped.display_title == "pr-review", "the title defaults to the SKILL.md name"

    listed = client.skills.create(files=[("pr-review/SKILL.md", MANIFEST.encode()), ("pr-review/b.txt", b"b")])
    assert client.skill_versions.retrieve(listed.id, listed.latest_version).directory == "pr-review"


@pytest.mark.parametrize(
    ("files", "fragment"),
    [
        ([("SKILL.md", MANIFEST.encode())], "exactly one top-level directory"),
        ([("a/SKILL.md", MANIFEST.encode()), ("b/x.txt", b"x")], "exactly one top-level directory"),
        ([("pr-review/README.md", b"no manifest")], "no pr-review/SKILL.md"),
        ([("pr-review/SKILL.md", b"---\nname: pr-review\n---\n")], "'name' and 'description'"),
        ([("pr-review/SKILL.md", b"name: pr-review\n")], "front matter"),
        ([("pr-review/SKILL.md", MANIFEST.replace("pr-review", "PR Review").encode())], "skill name"),
        ([("pr-review/SKILL.md", MANIFEST.encode()), ("pr-review/../x", b"x")], "relative path"),
        ([("broken.zip", b"PK\x03\x04 not really a zip")], "not a valid zip"),
    ],
)
def test_bad_packages_are_refused(client: QoderCloud, files: list[tuple[str, bytes]], fragment: str) -> None:
    with pytest.raises(BadRequestError) as caught:
        client.skills.create(files=files)
    assert fragment in caught.value.message
    assert caught.value.param == "files"


def test_list_retrieve_and_delete(client: QoderCloud, tmp_path: Path) -> None:
    first = client.skills.create(files=_skill_folder(tmp_path), display_title="Reviewer")
    other_manifest = MANIFEST.replace("pr-review", "release-notes")
    second = client.skills.create(files=[("release-notes/SKILL.md", other_manifest.encode())])

    assert [s.id for s in client.skills.list()] == [second.id, first.id]
    assert [s.id for s in client.skills.list(name="PR-")] == [first.id]
    assert [s.id for s in client.skills.list(display_title="review")] == [first.id]
    assert [s.id for s in client.skills.list(source="custom", limit=1)] == [second.id, first.id]
    assert client.skills.list(source="qoder").data == []
    assert client.skills.retrieve(first.id).display_title == "Reviewer"

    deleted = client.skills.delete(first.id)
    assert isinstance(deleted, SkillDeleted)
    assert (deleted.id, deleted.type_) == (first.id, "skill_deleted")
    with pytest.raises(NotFoundError):
        client.skills.retrieve(first.id)
    with pytest.raises(NotFoundError):
        client.skill_versions.list(first.id)


def test_versions_create_list_retrieve_delete(client: QoderCloud, server: LocalServer, tmp_path: Path) -> None:
    skill = client.skills.create(files=_skill_folder(tmp_path))
    second = client.skill_versions.create(skill.id, files=_skill_folder(tmp_path, description="Second revision"))
    assert [name for name, _, _ in _sent_parts(server)] == ["files", "files", "files"]

    assert second.id.startswith("skillver_")
    assert (second.type_, second.skill_id, second.name, second.description, second.directory) == (
        "skill_version",
        skill.id,
        "pr-review",
        "Second revision",
        "pr-review",
    )
    assert int(second.version) > int(skill.latest_version) and len(second.version) == 16
    assert client.skills.retrieve(skill.id).latest_version == second.version

    page = client.skill_versions.list(skill.id, limit=1)
    assert [v.version for v in page.data] == [second.version]
    assert page.first_id is None and page.next_page is not None, "current servers send only next_page"
    assert [v.version for v in page] == [second.version, skill.latest_version]

    assert client.skill_versions.retrieve(skill.id, skill.latest_version).description == "Reviews pull requests"
    with pytest.raises(BadRequestError):
        client.skill_versions.retrieve(skill.id, "latest")
    with pytest.raises(NotFoundError):
        client.skill_versions.retrieve(skill.id, "1000000000000000")

    renamed = MANIFEST.replace("name: pr-review", "name: something-else").encode()
    with pytest.raises(BadRequestError) as caught:
        client.skill_versions.create(skill.id, files=[("pr-review/SKILL.md", renamed)])
    assert "something-else" in caught.value.message

    deleted = client.skill_versions.delete(skill.id, second.version)
    assert isinstance(deleted, SkillVersionDeleted)
    assert (deleted.id, deleted.type_) == (second.version, "skill_version_deleted")
    assert client.skills.retrieve(skill.id).latest_version == skill.latest_version


def test_a_backward_walk_continues_from_item_ids_when_the_list_sends_no_first_id(
    client: QoderCloud, tmp_path: Path
) -> None:
    folder = _skill_folder(tmp_path)
    skill = client.skills.create(files=folder)
    second = client.skill_versions.create(skill.id, files=folder)
    third = client.skill_versions.create(skill.id, files=folder)

    backwards = client.skill_versions.list(skill.id, before_id=skill.latest_version, limit=1)
    assert backwards.first_id is None and backwards.has_more
    assert [v.version for v in backwards] == [second.version, third.version]


def test_a_version_zip_streams_to_a_file(client: QoderCloud, server: LocalServer, tmp_path: Path) -> None:
    folder = _skill_folder(tmp_path / "src")
    skill = client.skills.create(files=folder)

    target = client.skill_versions.download(skill.id, skill.latest_version, tmp_path / "pr-review.zip")
    assert target == tmp_path / "pr-review.zip"
    with zipfile.ZipFile(target) as archive:
        assert archive.testzip() is None
        files = {name: archive.read(name) for name in archive.namelist() if not name.endswith("/")}
        assert {name.split("/")[0] for name in archive.namelist()} == {"pr-review"}
    assert files == {
        "pr-review/SKILL.md": (folder / "SKILL.md").read_bytes(),
        "pr-review/checklist.txt": b"tests\x00docs\n",
        "pr-review/scripts/lint.sh": b"#!/bin/sh\nruff check .\n",
    }
    assert server.app.requests[-1].header("accept") == "application/zip, application/octet-stream"

    buffered = client.skill_versions.content(skill.id, skill.latest_version)
    assert isinstance(buffered, File)
    assert server.app.requests[-1].header("accept") == "application/zip, application/octet-stream"
    assert buffered.payload.read() == target.read_bytes()
    with pytest.raises(BadRequestError):
        client.skill_versions.download(skill.id, "latest", tmp_path / "never.zip")
    assert not (tmp_path / "never.zip").exists()


@pytest.mark.anyio
async def test_async_client_covers_every_skill_operation(
    async_client: AsyncQoderCloud, server: LocalServer, tmp_path: Path
) -> None:
    folder = _skill_folder(tmp_path)
    skill = await async_client.skills.create(files=folder)
    assert [f for _, f, _ in _sent_parts(server)] == [
        "pr-review/SKILL.md",
        "pr-review/checklist.txt",
        "pr-review/scripts/lint.sh",
    ]
    assert (await async_client.skills.retrieve(skill.id)).id == skill.id
    assert [s.id async for s in async_client.skills.list()] == [skill.id]

    version = await async_client.skill_versions.create(skill.id, files=folder)
    assert (await async_client.skill_versions.retrieve(skill.id, version.version)).id == version.id
    assert [v.version async for v in async_client.skill_versions.list(skill.id, limit=1)] == [
        version.version,
        skill.latest_version,
    ]
    content = await async_client.skill_versions.content(skill.id, version.version)
    with zipfile.ZipFile(content.payload) as archive:
        assert "pr-review/SKILL.md" in archive.namelist()
    target = await async_client.skill_versions.download(skill.id, version.version, tmp_path / "v.zip")
    assert target is not None and zipfile.is_zipfile(target)

    assert (await async_client.skill_versions.delete(skill.id, version.version)).id == version.version
    assert (await async_client.skills.delete(skill.id)).id == skill.id
    with pytest.raises(NotFoundError):
        await async_client.skills.retrieve(skill.id)
