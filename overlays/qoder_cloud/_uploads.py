"""Turning what callers pass as a file (a path, bytes, an open binary file, a directory of
files) into multipart parts, buffered in memory so a retry can resend exactly the same bytes,
and refused before sending when it cannot fit the API's request limit (32 MB for a file, 50 MB
for a skill package; the client then checks its region's limit on the whole request).

A directory is uploaded only with what is really inside it: a symbolic link (to a file or a
folder, pointing in or out), or anything that is not a regular file or a folder, is refused with
an error naming it, so a folder taken from elsewhere (a cloned repository) cannot send a file
from outside it."""

from __future__ import annotations

import io
import mimetypes
import os
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import IO, Any, TypeAlias, TypeVar

from qoder_cloud_api.types import File, Unset

from ._settings import MAX_BODY_BYTES, MAX_SKILL_PACKAGE_BYTES

__all__ = ["FileInput", "FilesInput", "as_model", "upload_file", "upload_files"]

FileContent: TypeAlias = bytes | IO[bytes]
FileInput: TypeAlias = (
    str | os.PathLike[str] | bytes | IO[bytes] | File | tuple[str, FileContent] | tuple[str, FileContent, str | None]
)
"""A path (`str` or `Path`), raw bytes, an open binary file, a `File`, or `(filename, content[, mime type])`."""
FilesInput: TypeAlias = str | os.PathLike[str] | Sequence[FileInput]
"""Several files: a sequence of `FileInput`, or a directory whose files are all sent, each part
named by its path from the directory's parent (e.g. `my-skill/scripts/run.sh`)."""

M = TypeVar("M")


def upload_file(argument: str, value: FileInput | Unset) -> File:
    """One multipart file part, read into memory."""
    if isinstance(value, Unset):
        raise TypeError(f"{argument} is required")
    file = _to_file(argument, value)
    _check_size(argument, [file], MAX_BODY_BYTES)
    return file


def upload_files(argument: str, value: FilesInput | Unset) -> list[File]:
    """The parts of a skill package (the only multi-file upload); a directory contributes every
    file beneath it."""
    if isinstance(value, Unset):
        raise TypeError(f"{argument} is required")
    if isinstance(value, (str, os.PathLike)) and Path(value).is_dir():
        files = _directory(argument, Path(value))
    elif isinstance(value, (str, os.PathLike, bytes)) or not isinstance(value, Sequence):
        files = [_to_file(argument, value, MAX_SKILL_PACKAGE_BYTES)]
    else:
        files = [_to_file(f"{argument}[{index}]", item, MAX_SKILL_PACKAGE_BYTES) for index, item in enumerate(value)]
    if not files:
        raise ValueError(f"{argument} holds no files")
    _check_size(argument, files, MAX_SKILL_PACKAGE_BYTES)
    return files


def as_model(model: type[M], value: M | Mapping[str, Any] | Unset) -> M | Unset:
    """A generated model from a plain mapping (multipart fields must be models to be encoded)."""
    if isinstance(value, Mapping):
        from_dict = getattr(model, "from_dict")  # noqa: B009 - every generated model has one
        result: M = from_dict(dict(value))
        return result
    return value


def _to_file(argument: str, value: Any, limit: int = MAX_BODY_BYTES) -> File:
    if isinstance(value, File):
        payload = value.payload.read()
        return _file(payload, value.file_name or argument, value.mime_type)
    if isinstance(value, tuple):
        if len(value) not in (2, 3):
            raise TypeError(f"{argument}: a file tuple is (filename, content) or (filename, content, mime type)")
        name, content = value[0], value[1]
        mime = value[2] if len(value) == 3 else None
        return _file(_read(argument, content), str(name), mime)
    if isinstance(value, (str, os.PathLike)):
        path = Path(value)
        if not path.is_file():
            raise FileNotFoundError(f"{argument}: no file at {str(path)!r}")
        _check_size_of(argument, path.stat().st_size, limit)
        return _file(path.read_bytes(), path.name, None)
    if isinstance(value, (bytes, bytearray, memoryview)):
        return _file(bytes(value), argument, None)
    if hasattr(value, "read"):
        name = os.path.basename(str(getattr(value, "name", "") or argument))
        return _file(_read(argument, value), name, None)
    raise TypeError(
        f"{argument} must be a path, bytes, an open binary file or a (filename, content) tuple, "
        f"not {type(value).__name__}"
    )


def _read(argument: str, content: Any) -> bytes:
    if isinstance(content, (bytes, bytearray, memoryview)):
        return bytes(content)
    if hasattr(content, "read"):
        data = content.read()
        if isinstance(data, str):
            raise TypeError(f"{argument}: open the file in binary mode ('rb'), not text mode")
        return bytes(data)
    raise TypeError(f"{argument}: file content must be bytes or an open binary file, not {type(content).__name__}")


def _file(payload: bytes, name: str, mime: str | None) -> File:
    guessed = mime or mimetypes.guess_type(name)[0] or "application/octet-stream"
    return File(payload=io.BytesIO(payload), file_name=name, mime_type=guessed)


def _directory(argument: str, root: Path) -> list[File]:
    root = root.resolve()  # the folder itself may be reached through a link; nothing inside it may
    paths = sorted(_regular_files(argument, root))
    _check_size_of(argument, sum(path.stat().st_size for path in paths), MAX_SKILL_PACKAGE_BYTES)
    # Part names keep the directory itself ("my-skill/SKILL.md"): a skill is one top-level folder.
    return [_file(path.read_bytes(), path.relative_to(root.parent).as_posix(), None) for path in paths]


def _regular_files(argument: str, root: Path) -> list[Path]:
    """Every regular file under `root`, refusing links and special files."""
    found: list[Path] = []
    for folder, subfolders, names in os.walk(root, followlinks=False):
        for name in (*subfolders, *names):
            path = Path(folder, name)
            shown = path.relative_to(root.parent).as_posix()
            if path.is_symlink():
                raise ValueError(
                    f"{argument}: {shown!r} is a symbolic link; a skill folder is uploaded only with the files "
                    "really inside it (replace the link with the file, or leave it out)"
                )
            if name in names:
                if not path.is_file():
                    raise ValueError(f"{argument}: {shown!r} is not a regular file (a pipe, socket or device)")
                found.append(path)
    return found


def _size(file: File) -> int:
    return len(file.payload.getbuffer()) if isinstance(file.payload, io.BytesIO) else 0


def _check_size(argument: str, files: list[File], limit: int) -> None:
    _check_size_of(argument, sum(_size(file) for file in files), limit)


def _check_size_of(argument: str, size: int, limit: int) -> None:
    if size > limit:
        what = "per request" if limit == MAX_BODY_BYTES else "for a skill package"
        raise ValueError(
            f"{argument} is {size / 1_048_576:.1f} MB; the API accepts at most {limit // 1_048_576} MB {what}"
        )
