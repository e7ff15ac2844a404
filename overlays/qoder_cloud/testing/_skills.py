"""Skills (create, list, retrieve, delete) and skill versions (create, list, retrieve, delete,
content as a zip).

A package arrives as repeated multipart `files` parts: either a single `.zip`, or the files of a
tree with each part's filename carrying its path (`my-skill/SKILL.md`). Either way it must hold
exactly one top-level directory, with a `SKILL.md` directly inside it whose front matter (between
`---` lines) has a `name` (lower-case letters, digits, `-` and `_`, at most 64 characters) and a
`description`. Paths must be relative, without `.`/`..` segments and without repeats; the
package is at most 50 MB, zipped and unpacked (so these routes take bodies above the server's
general limit). An archive that cannot be read (encrypted, an unknown compression method,
corrupt data) is a 400. Every version of a skill must keep the skill's `name`.

Versions are 16-digit strings (microseconds since the Unix epoch), strictly increasing across
the server. `skill_versions_content` builds a real zip with `zipfile` whose single top-level
directory is the one uploaded. Version lists carry `data`, `has_more` and `next_page` only, as
current servers send them; their `after_id`/`before_id` accept a version string or a
`skillver_` ID (also of a version deleted since), and `next_page` carries the version itself, so
a walk goes on when the version it stopped at is deleted.
"""

from __future__ import annotations

import copy
import io
import re
import threading
import time
import zipfile
import zlib
from typing import Any

from . import _common as common
from . import _fields as fields
from ._app import ApiError, App, Request, Response
from ._files import attachment
from ._multipart import FormPart, form_metadata, form_parts, text_fields
from ._state import SkillRecord, SkillVersionRecord, State

MAX_UNPACKED_BYTES = 50 * 1024 * 1024
# A 50 MB package plus its multipart framing (a part header per file).
UPLOAD_BODY_BYTES = MAX_UNPACKED_BYTES + 4 * 1024 * 1024
_SKILL_NAME = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}$")
_VERSION = re.compile(r"^[0-9]{1,20}$")
_ZIP_MAGIC = b"PK\x03\x04"

_version_lock = threading.Lock()
_last_version = 0


def register(app: App, state: State) -> None:
    @app.route("POST", "/skills", max_body_bytes=UPLOAD_BODY_BYTES)
    def create(request: Request) -> Response:
        form = form_parts(request)
        form_fields = text_fields(form, ("display_title", "metadata"))
        package = _package(form)
        title = form_fields.get("display_title")
        if title is not None:
            fields.string(title, "display_title", min_length=1, max_length=255)
        metadata = form_metadata(form_fields.get("metadata"))
        with app.lock:
            now = state.now()
            skill: dict[str, Any] = {
                "id": common.new_id("skill"),
                "type": "skill",
                "display_title": title or package.name,
                "source": "custom",
                "latest_version": None,
                "description": package.description,
                "metadata": metadata,
                "created_at": now,
                "updated_at": now,
            }
            record = SkillRecord(skill, package.name)
            state.skills[skill["id"]] = record
            _add_version(record, package, now)
            return Response(201, copy.deepcopy(skill))

    @app.route("GET", "/skills")
    def list_(request: Request) -> dict[str, Any]:
        name = (request.query_value("name") or "").lower()
        title = (request.query_value("display_title") or "").lower()
        source = request.query_value("source")
        with app.lock:
            items = [
                record.skill
                for record in sorted(state.skills.values(), key=lambda r: r.skill["id"], reverse=True)
                if record.name.lower().startswith(name)
                and title in record.skill["display_title"].lower()
                and (source is None or record.skill["source"] == source)
            ]
            return common.page_by_id(request, items)

    common.serve_retrieve(app, "/skills/{skill_id}", lambda request: _skill(state, request).skill)
    common.serve_delete(
        app, "/skills/{skill_id}", "skill_deleted", lambda request: (state.skills, _skill(state, request).skill["id"])
    )

    # ------------------------------------------------------------------ versions

    @app.route("POST", "/skills/{skill_id}/versions", max_body_bytes=UPLOAD_BODY_BYTES)
    def create_version(request: Request) -> Response:
        form = form_parts(request)
        package = _package(form)
        with app.lock:
            record = _skill(state, request)
            if package.name != record.name:
                raise ApiError(
                    400,
                    f"SKILL.md names the skill '{package.name}', but this skill is '{record.name}'.",
                    param="files",
                )
            version = _add_version(record, package, state.now())
            return Response(201, copy.deepcopy(version.version))

    @app.route("GET", "/skills/{skill_id}/versions")
    def list_versions(request: Request) -> dict[str, Any]:
        with app.lock:
            record = _skill(state, request)
            versions = sorted(record.versions.values(), key=lambda v: int(v.version["version"]), reverse=True)
            page = common.paginate(
                request,
                versions,
                key=lambda v: int(v.version["version"]),
                cursor_of=lambda cursor: _cursor(record, cursor),
                render=lambda v: copy.deepcopy(v.version),
                id_of=lambda v: str(v.version["version"]),
            )
        return {"data": page["data"], "has_more": page["has_more"], "next_page": page["next_page"]}

    common.serve_retrieve(
        app, "/skills/{skill_id}/versions/{version}", lambda request: _version(state, request).version
    )

    @app.route("DELETE", "/skills/{skill_id}/versions/{version}")
    def delete_version(request: Request) -> dict[str, Any]:
        with app.lock:
            version = _version(state, request)
            record = state.skills[version.version["skill_id"]]
            number = version.version["version"]
            answer = common.remove(record.versions, number, "skill_version_deleted")
            remaining = sorted(record.versions, key=int)
            record.skill["latest_version"] = remaining[-1] if remaining else None
            record.skill["updated_at"] = state.now()
            return answer

    @app.route("GET", "/skills/{skill_id}/versions/{version}/content")
    def content(request: Request) -> Response:
        with app.lock:
            version = _version(state, request)
            files = dict(version.files)
            directory = version.version["directory"]
            number = version.version["version"]
        archive = io.BytesIO()
        with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as bundle:
            bundle.writestr(zipfile.ZipInfo(directory + "/"), b"")
            for path in sorted(files):
                bundle.writestr(path, files[path])
        headers = {
            "content-type": "application/zip",
            "content-disposition": attachment(f"{directory}-{number}.zip"),
        }
        return Response(200, archive.getvalue(), headers)


# ----------------------------------------------------------------------- lookups


def _skill(state: State, request: Request) -> SkillRecord:
    return common.find(state.skills, request.path_params["skill_id"], "Skill")


def _version(state: State, request: Request) -> SkillVersionRecord:
    number = request.path_params["version"]
    if not _VERSION.match(number):
        raise ApiError(400, f"'{number[:40]}' is not a version string (digits only).", param="version")
    record = _skill(state, request)
    return common.find(record.versions, number, "Version", within=f" of skill '{record.skill['id']}'")


def _cursor(record: SkillRecord, cursor: str) -> int:
    """A list cursor: a version string, or the `skillver_` ID of a version of this skill (one
    deleted since included: the walk goes on from where that version stood)."""
    if _VERSION.match(cursor):
        return int(cursor)
    number = record.version_ids.get(cursor)
    if number is None:
        raise ApiError(400, f"Unknown cursor '{cursor[:40]}'.")
    return int(number)


def _next_version_number() -> str:
    global _last_version
    with _version_lock:
        _last_version = max(time.time_ns() // 1000, _last_version + 1)
        return f"{_last_version:016d}"


def _add_version(record: SkillRecord, package: _Package, now: str) -> SkillVersionRecord:
    number = _next_version_number()
    version = SkillVersionRecord(
        {
            "id": common.new_id("skillver"),
            "type": "skill_version",
            "skill_id": record.skill["id"],
            "version": number,
            "name": package.name,
            "description": package.description,
            "directory": package.directory,
            "created_at": now,
        },
        package.files,
    )
    record.versions[number] = version
    record.version_ids[version.version["id"]] = number
    record.skill["latest_version"] = number
    record.skill["description"] = package.description
    record.skill["updated_at"] = now
    return version


# ----------------------------------------------------------------------- packages


class _Package:
    def __init__(self, files: dict[str, bytes]) -> None:
        self.files = files
        tops = {path.split("/", 1)[0] for path in files}
        if len(tops) != 1 or any("/" not in path for path in files):
            raise _bad("The package must hold exactly one top-level directory (e.g. my-skill/SKILL.md).")
        self.directory = tops.pop()
        manifest = files.get(f"{self.directory}/SKILL.md")
        if manifest is None:
            raise _bad(f"The package has no {self.directory}/SKILL.md.")
        front = _front_matter(manifest)
        self.name = front.get("name", "")
        self.description = front.get("description", "")
        if not self.name or not self.description:
            raise _bad("SKILL.md front matter must set both 'name' and 'description'.")
        if not _SKILL_NAME.match(self.name):
            raise _bad(
                "The skill name must be 1-64 lower-case letters, digits, '-' or '_', starting with a letter or digit."
            )


def _bad(message: str) -> ApiError:
    return ApiError(400, message, param="files")


def _package(form: list[FormPart]) -> _Package:
    parts = [part for part in form if part.name == "files"]
    if not parts:
        raise _bad("Send the package as one or more file parts named 'files'.")
    if len(parts) == 1 and (parts[0].data.startswith(_ZIP_MAGIC) or (parts[0].filename or "").lower().endswith(".zip")):
        return _Package(_unzip(parts[0].data))
    files: dict[str, bytes] = {}
    for part in parts:
        path = _clean_path(part.filename)
        if path in files:
            raise _bad(f"The package lists '{path}' twice.")
        files[path] = part.data
    if sum(len(data) for data in files.values()) > MAX_UNPACKED_BYTES:
        raise _bad("The package is larger than 50 MB.")
    return _Package(files)


def _unzip(data: bytes) -> dict[str, bytes]:
    if len(data) > MAX_UNPACKED_BYTES:
        raise _bad("The package is larger than 50 MB.")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            entries = [info for info in archive.infolist() if not info.is_dir()]
            if sum(info.file_size for info in entries) > MAX_UNPACKED_BYTES:
                raise _bad("The package is larger than 50 MB unpacked.")
            files: dict[str, bytes] = {}
            for info in entries:
                path = _clean_path(info.filename)
                if path in files:
                    raise _bad(f"The archive lists '{path}' twice.")
                files[path] = archive.read(info)
            return files
    except zipfile.BadZipFile:
        raise _bad("The uploaded archive is not a valid zip file.") from None
    except RuntimeError:  # zipfile's word for an encrypted entry
        raise _bad("The uploaded zip is encrypted; send it without a password.") from None
    except NotImplementedError:
        raise _bad("The uploaded zip uses a compression method this server cannot read.") from None
    except (zlib.error, EOFError, OSError, ValueError):
        raise _bad("The uploaded zip holds corrupt data.") from None


def _clean_path(filename: str | None) -> str:
    if not filename:
        raise _bad("Every part of the package needs a filename carrying its path.")
    path = filename.replace("\\", "/")
    while path.startswith("./"):
        path = path[2:]
    segments = path.split("/")
    if path.startswith("/") or any(segment in ("", ".", "..") for segment in segments):
        raise _bad(f"'{filename[:100]}' is not a relative path inside the package.")
    return path


def _front_matter(manifest: bytes) -> dict[str, str]:
    """The `key: value` lines between the leading `---` lines of SKILL.md."""
    try:
        text = manifest.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise _bad("SKILL.md must be UTF-8 text.") from None
    lines = text.splitlines()
    if not lines or lines[0].strip() != "---":
        raise _bad("SKILL.md must start with front matter between '---' lines.")
    front: dict[str, str] = {}
    for line in lines[1:]:
        if line.strip() == "---":
            return front
        key, colon, value = line.partition(":")
        if colon and key.strip() and not key.startswith((" ", "\t")):
            front[key.strip()] = value.strip().strip("'\"")
    raise _bad("SKILL.md front matter is not closed with '---'.")
