"""Files: upload (multipart), list, retrieve, content (a download link), delete; and the
download links themselves, served on the same loopback server outside the API prefix.

Which files are downloadable. As the API documents, an upload reports `downloadable: false` and
`files_content` refuses it with 403: only files that an agent or the platform produced can be
downloaded. In this server such files come from `add_file(..., downloadable=True)` (what a
session that writes an output file would call), and a test that wants to download something it
uploaded calls `LocalServer.make_downloadable(file_id)` first, standing in for the platform
publishing it.

Download links. `files_content` answers `{url, expires_at}` where the URL is
`http://<the API's host:port>/_storage/<signed token>`. The token names the file and an expiry
and carries an HMAC with a key that is random per server, so it cannot be forged or extended.
The storage route needs no token, and refuses (400) any request that carries an
`Authorization` header, as pre-signed storage URLs do: a client that leaked its API token there
would fail. An expired or tampered link answers 403; a deleted file 404. The bytes are streamed
in chunks with a `Content-Length`. Links live `LocalServer.download_link_seconds` (an hour by
default) on the server's clock, so a test with a `ManualClock` expires one by advancing it.
"""

from __future__ import annotations

import base64
import copy
import hashlib
import hmac
import mimetypes
import secrets
import urllib.parse
from collections.abc import Iterator
from typing import Any

from . import _common as common
from ._app import ApiError, App, Request, Response
from ._multipart import FormPart, form_metadata, form_parts, text_fields
from ._state import State, StoredFile, timestamp

STORAGE_PREFIX = "/_storage/"
_CHUNK = 64 * 1024
_EXPIRY_RANGE = (3600, 7_776_000)


def register(app: App, state: State) -> None:
    signing_key = secrets.token_bytes(32)

    @app.route("POST", "/files")
    def upload(request: Request) -> Response:
        form = form_parts(request)
        files = [part for part in form if part.name == "file"]
        if len(files) != 1 or files[0].filename is None:
            raise ApiError(400, "Send exactly one file part named 'file'.", param="file")
        form_fields = text_fields(form, ("name", "metadata", "expires_in_seconds"))
        part = files[0]
        filename = (
            _stored_name(form_fields["name"], "name") if "name" in form_fields else _sanitised(part.filename or "")
        )
        expires_at = None
        if "expires_in_seconds" in form_fields:
            seconds = _expiry(form_fields["expires_in_seconds"])
            expires_at = timestamp(state.clock.time() + seconds)
        metadata = form_metadata(form_fields.get("metadata"))
        with app.lock:
            stored = add_file(
                state,
                part.data,
                filename=filename,
                mime_type=_mime_type(part, filename),
                metadata=metadata,
                downloadable=False,
            )
            stored.meta["expires_at"] = expires_at
            return Response(200, copy.deepcopy(stored.meta))

    @app.route("GET", "/files")
    def list_(request: Request) -> dict[str, Any]:
        prefix = (request.query_value("name") or "").lower()
        scope_id = request.query_value("scope_id")
        ids = request.query.get("ids[]")
        if ids is not None and len(ids) > 100:
            raise ApiError(400, "'ids[]' may list at most 100 IDs.", param="ids[]")
        with app.lock:
            items = [
                stored.meta
                for stored in sorted(state.files.values(), key=lambda s: s.meta["id"], reverse=True)
                if stored.meta["filename"].lower().startswith(prefix)
                and (scope_id is None or (stored.meta["scope"] or {}).get("id") == scope_id)
                and (ids is None or stored.meta["id"] in ids)
            ]
            return common.page_by_id(request, items)

    common.serve_retrieve(app, "/files/{file_id}", lambda request: _get(state, request.path_params["file_id"]).meta)

    @app.route("DELETE", "/files/{file_id}")
    def delete(request: Request) -> dict[str, Any]:
        with app.lock:
            stored = _get(state, request.path_params["file_id"])
            file_id = stored.meta["id"]
            if state.file_in_use(file_id):
                raise ApiError(409, f"File '{file_id}' is still attached to a session.")
            return common.remove(state.files, file_id, "file_deleted")

    @app.route("GET", "/files/{file_id}/content")
    def content(request: Request) -> dict[str, Any]:
        with app.lock:
            stored = _get(state, request.path_params["file_id"])
            if not stored.meta["downloadable"]:
                raise ApiError(403, f"File '{stored.meta['id']}' is not downloadable.")
            expires = state.clock.time() + state.download_link_seconds
        host = request.header("host") or "127.0.0.1"
        token = _sign(signing_key, stored.meta["id"], expires)
        return {"url": f"http://{host}{STORAGE_PREFIX}{token}", "expires_at": timestamp(expires)}

    def serve_link(request: Request) -> Response:
        if request.method not in ("GET", "HEAD"):
            raise ApiError(405, "Download links answer GET only.")
        if request.header("authorization") is not None:
            raise ApiError(400, "A download link is pre-signed; requests to it must not carry an Authorization header.")
        file_id = _verify(signing_key, request.path[len(STORAGE_PREFIX) :], state.clock.time())
        with app.lock:
            stored = state.files.get(file_id)
            if stored is None:
                raise ApiError(404, "The file behind this link no longer exists.")
            data, meta = stored.content, dict(stored.meta)
        headers = {
            "content-type": meta["mime_type"],
            "content-length": str(len(data)),
            "content-disposition": attachment(meta["filename"]),
        }
        return Response(200, None, headers, stream=_chunks(data))

    app.mount(STORAGE_PREFIX, serve_link)


# ----------------------------------------------------------------------- for other modules and tests


def attachment(filename: str) -> str:
    """A `Content-Disposition` value for `filename`: an ASCII fallback plus the exact UTF-8 name."""
    fallback = "".join(ch if 32 <= ord(ch) < 127 and ch not in '"\\' else "_" for ch in filename)
    return f"attachment; filename=\"{fallback}\"; filename*=UTF-8''{urllib.parse.quote(filename, safe='')}"


def add_file(
    state: State,
    content: bytes,
    *,
    filename: str,
    mime_type: str | None = None,
    metadata: dict[str, str] | None = None,
    downloadable: bool = True,
    scope_id: str | None = None,
) -> StoredFile:
    """Store a file as the platform would (an agent's output is downloadable); call with the app lock held."""
    meta: dict[str, Any] = {
        "id": common.new_id("file"),
        "type": "file",
        "filename": filename,
        "mime_type": mime_type or mimetypes.guess_type(filename)[0] or "application/octet-stream",
        "size_bytes": len(content),
        "downloadable": downloadable,
        "scope": {"id": scope_id, "type": "session"} if scope_id else None,
        "metadata": dict(metadata or {}),
        "created_at": state.now(),
        "expires_at": None,
    }
    stored = StoredFile(meta, bytes(content))
    state.files[meta["id"]] = stored
    return stored


# ----------------------------------------------------------------------- helpers


def _get(state: State, file_id: str) -> StoredFile:
    return common.find(state.files, file_id, "File")


def _sanitised(filename: str) -> str:
    """Keep the last path component; an empty result becomes `unnamed` (with the extension, if any)."""
    base = filename.replace("\\", "/").rsplit("/", 1)[-1].strip()
    if base in ("", ".", ".."):
        return "unnamed"
    if base.startswith(".") and base.count(".") == 1:
        return "unnamed" + base
    return _stored_name(base, "file")


def _stored_name(name: str, param: str) -> str:
    if not name or name in (".", "..") or "/" in name or "\\" in name:
        raise ApiError(400, f"'{param}' must be a plain file name (not empty, '.', '..' or a path).", param=param)
    if len(name.encode()) > 255:
        raise ApiError(400, f"'{param}' must be at most 255 bytes.", param=param)
    if any(ord(ch) < 32 for ch in name):
        raise ApiError(400, f"'{param}' must not contain control characters.", param=param)
    return name


def _mime_type(part: FormPart, filename: str) -> str:
    declared = (part.content_type or "").split(";")[0].strip().lower()
    if declared and declared != "application/octet-stream":
        return declared
    return mimetypes.guess_type(filename)[0] or "application/octet-stream"


def _expiry(raw: str) -> int:
    try:
        seconds = int(raw)
    except ValueError:
        seconds = -1
    low, high = _EXPIRY_RANGE
    if not low <= seconds <= high:
        raise ApiError(
            400, f"'expires_in_seconds' must be an integer from {low} to {high}.", param="expires_in_seconds"
        )
    return seconds


def _chunks(data: bytes) -> Iterator[bytes]:
    view = memoryview(data)
    for start in range(0, len(view), _CHUNK):
        yield bytes(view[start : start + _CHUNK])


def _b64(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def _sign(key: bytes, file_id: str, expires: float) -> str:
    payload = f"{file_id}:{int(expires * 1000)}".encode()
    return f"{_b64(payload)}.{_b64(hmac.new(key, payload, hashlib.sha256).digest())}"


def _verify(key: bytes, token: str, now: float) -> str:
    """The file ID a link token names; 403 when it was tampered with or has expired."""
    try:
        payload_text, signature_text = token.split(".")
        payload, signature = _unb64(payload_text), _unb64(signature_text)
        file_id, expires_ms = payload.decode().rsplit(":", 1)
        expires = int(expires_ms) / 1000
    except (ValueError, UnicodeDecodeError):
        raise ApiError(403, "This download link is not valid.", type="permission_error") from None
    if not hmac.compare_digest(signature, hmac.new(key, payload, hashlib.sha256).digest()):
        raise ApiError(403, "This download link is not valid.", type="permission_error")
    if now > expires:
        raise ApiError(403, "This download link has expired; ask for a new one.", type="permission_error")
    return file_id
