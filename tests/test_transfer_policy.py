"""Where bytes may come from and go to: a download link is followed over https only (loopback
http excepted), checked on every redirect hop and never downgraded; a skill folder uploads only
what is really inside it; request bodies are held to the limit of the region (and the skill
package limit)."""

from __future__ import annotations

import io
import os
import zipfile
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest

from qoder_cloud import AsyncQoderCloud, ConfigurationError, InternalServerError, QoderCloud
from qoder_cloud.testing import LocalServer

from .support.constants import TOKEN

LINK_EXPIRY = "2030-01-01T00:00:00Z"


def _storage(link: str, hops: dict[str, str], seen: list[str]) -> Callable[[httpx.Request], httpx.Response]:
    """An in-memory API and storage: the content call hands out `link`; each URL in `hops`
    redirects to its value; anything else is the file."""

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(str(request.url))
        if request.url.path.endswith("/content"):
            return httpx.Response(200, json={"url": link, "expires_at": LINK_EXPIRY})
        if str(request.url) in hops:
            return httpx.Response(302, headers={"Location": hops[str(request.url)]})
        assert "authorization" not in request.headers
        return httpx.Response(200, content=b"the file")

    return answer


def _client(answer: Callable[[httpx.Request], httpx.Response]) -> QoderCloud:
    return QoderCloud(token=TOKEN, http_client=httpx.Client(transport=httpx.MockTransport(answer)), max_retries=0)


def test_an_https_link_that_redirects_to_plain_http_is_refused() -> None:
    seen: list[str] = []
    hops = {"https://storage.example/f?sig=1": "http://10.0.0.7/internal/file"}
    with _client(_storage("https://storage.example/f?sig=1", hops, seen)) as client:
        with pytest.raises(ConfigurationError, match=r"from https to plain http \(storage.example -> 10.0.0.7\)"):
            client.files.download("file_1", io.BytesIO())
    assert seen[-1] == "https://storage.example/f?sig=1"  # 10.0.0.7 was never asked


def test_every_hop_is_checked_not_only_the_first() -> None:
    seen: list[str] = []
    hops = {
        "https://a.example/f": "https://b.example/f",
        "https://b.example/f": "/g",  # relative, on b.example
        "https://b.example/g": "http://127.0.0.1:9/loopback",  # a downgrade, even to loopback
    }
    with _client(_storage("https://a.example/f", hops, seen)) as client:
        with pytest.raises(ConfigurationError, match="from https to plain http"):
            client.files.download("file_1", io.BytesIO())
    assert seen[1:] == ["https://a.example/f", "https://b.example/f", "https://b.example/g"]


@pytest.mark.parametrize(
    ("target", "message"),
    [
        ("ftp://files.example/f", "not an absolute http"),
        ("https://user:pw@files.example/f", "embeds credentials"),
    ],
)
def test_a_redirect_hop_meets_the_same_rules_as_the_link(target: str, message: str) -> None:
    seen: list[str] = []
    with _client(_storage("https://a.example/f", {"https://a.example/f": target}, seen)) as client:
        with pytest.raises(ConfigurationError, match=message):
            client.files.download("file_1", io.BytesIO())


def test_https_redirects_are_followed_to_the_file() -> None:
    seen: list[str] = []
    hops = {"https://a.example/f": "https://cdn.example/f?sig=2"}
    with _client(_storage("https://a.example/f", hops, seen)) as client:
        out = io.BytesIO()
        client.files.download("file_1", out)
    assert out.getvalue() == b"the file"
    assert seen[1:] == ["https://a.example/f", "https://cdn.example/f?sig=2"]


@pytest.mark.anyio
async def test_the_async_client_checks_every_hop_too() -> None:
    seen: list[str] = []
    hops = {"https://storage.example/f": "http://10.0.0.7/f"}
    transport = httpx.MockTransport(_storage("https://storage.example/f", hops, seen))
    async with AsyncQoderCloud(token=TOKEN, http_client=httpx.AsyncClient(transport=transport)) as client:
        with pytest.raises(ConfigurationError, match="from https to plain http"):
            await client.files.download("file_1", io.BytesIO())
    assert "http://10.0.0.7/f" not in seen


def test_a_loopback_link_over_http_still_downloads(client: QoderCloud, server: LocalServer, tmp_path: Path) -> None:
    file_id = server.add_file(b"local bytes", "local.txt")
    assert client.files.download(file_id, tmp_path / "local.txt") == tmp_path / "local.txt"
    assert (tmp_path / "local.txt").read_bytes() == b"local bytes"


@pytest.fixture
def skill(tmp_path: Path) -> Path:
    (tmp_path / "outside-secret.txt").write_text("AWS_SECRET_ACCESS_KEY=hunter2\n")
    folder = tmp_path / "my-skill"
    (folder / "scripts").mkdir(parents=True)
    (folder / "SKILL.md").write_text("---\nname: my-skill\ndescription: d\n---\n")
    (folder / "scripts" / "run.sh").write_text("echo hi\n")
    return folder


@pytest.mark.parametrize(
    ("link", "points_to"),
    [
        ("scripts/notes.txt", "../../outside-secret.txt"),  # out of the folder
        ("scripts/again.sh", "run.sh"),  # inside it: still a link
        ("scripts/lib", ".."),  # a folder
    ],
)
def test_a_skill_folder_with_a_symlink_is_refused_before_anything_is_sent(
    client: QoderCloud, server: LocalServer, skill: Path, link: str, points_to: str
) -> None:
    os.symlink(points_to, skill / link)
    with pytest.raises(ValueError, match=rf"files: 'my-skill/{link}' is a symbolic link"):
        client.skills.create(files=skill)
    assert not [r for r in server.app.requests if r.path.endswith("/skills")]


def test_a_skill_folder_reached_through_a_link_uploads_its_own_files(
    client: QoderCloud, skill: Path, tmp_path: Path
) -> None:
    os.symlink(skill, tmp_path / "alias")
    created = client.skills.create(files=tmp_path / "alias")
    out = io.BytesIO()
    client.skill_versions.download(created.id, created.latest_version, out)
    files = [name for name in zipfile.ZipFile(out).namelist() if not name.endswith("/")]
    assert sorted(files) == ["my-skill/SKILL.md", "my-skill/scripts/run.sh"]


def test_a_special_file_in_a_skill_folder_is_refused(client: QoderCloud, skill: Path) -> None:
    os.mkfifo(skill / "scripts" / "pipe")
    with pytest.raises(ValueError, match="'my-skill/scripts/pipe' is not a regular file"):
        client.skills.create(files=skill)


def _recording(seen: list[httpx.Request]) -> httpx.Client:
    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(500)

    return httpx.Client(transport=httpx.MockTransport(answer))


MB = 1024 * 1024


@pytest.mark.parametrize(
    "settings",
    [
        {"region": "cn"},
        {"base_url": "https://api.qoder.com.cn/api/v1/cloud"},
        {"base_url": "https://eu.qoder.com.cn/v1"},
    ],
)
def test_the_china_region_holds_bodies_to_4_mb(settings: dict[str, str]) -> None:
    seen: list[httpx.Request] = []
    with QoderCloud(token=TOKEN, http_client=_recording(seen), max_retries=0, **settings) as client:
        with pytest.raises(ValueError, match=r"at most 4,194,304 bytes in the cn region \(4 MB\)"):
            client.agents.create(name="big", model="ultimate", system="x" * (5 * MB))
        with pytest.raises(ValueError, match="in the cn region"):
            client.files.upload(file=("big.bin", b"x" * (5 * MB)))
        with pytest.raises(InternalServerError):
            client.agents.create(name="small", model="ultimate", system="x" * (3 * MB))
    assert len(seen) == 1


def test_the_global_region_holds_bodies_to_32_mb() -> None:
    seen: list[httpx.Request] = []
    with QoderCloud(token=TOKEN, http_client=_recording(seen), max_retries=0) as client:
        with pytest.raises(InternalServerError):
            client.agents.create(name="mid", model="ultimate", system="x" * (5 * MB))
        with pytest.raises(ValueError, match=r"in the global region \(32 MB\)"):
            client.agents.create(name="big", model="ultimate", system="x" * (33 * MB))
    assert len(seen) == 1


@pytest.mark.parametrize("region", ["global", "cn"])
def test_a_skill_package_may_be_50_mb_in_any_region(region: str) -> None:
    seen: list[httpx.Request] = []
    package = [("s/SKILL.md", b"---\nname: s\ndescription: d\n---\n"), ("s/data.bin", b"x" * (40 * MB))]
    with QoderCloud(token=TOKEN, http_client=_recording(seen), max_retries=0, region=region) as client:
        with pytest.raises(InternalServerError):
            client.skills.create(files=package)
        with pytest.raises(InternalServerError):
            client.skill_versions.create("skill_1", files=package)
        with pytest.raises(ValueError, match="at most 50 MB for a skill package"):
            client.skills.create(files=[*package, ("s/more.bin", b"x" * (11 * MB))])
    assert [request.url.path for request in seen] == ["/api/v1/cloud/skills", "/api/v1/cloud/skills/skill_1/versions"]
