"""Turning what callers pass as a file (a path, bytes, an open binary file, a directory of
files) into multipart parts, and refusing one before sending when it cannot fit the API's request
limit (32 MB for a file, 50 MB for a skill package; the client then checks its region's limit on
the whole request).

A part is read by httpx in chunks while the request is sent, and from its start again on a retry
(httpx seeks a part to 0 before each attempt), so a retry resends exactly the same bytes without
the body ever being held whole: a path is opened when the request is sent and closed at its end
(`_Replay`), bytes are read in place, and a caller's seekable file is read from where it stood.
Only a file that cannot seek (a pipe) is read into memory, once.

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
from typing import IO, Any, BinaryIO, TypeAlias, TypeVar, cast

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
    """One multipart file part."""
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
        return _file(_content(argument, value.payload), value.file_name or argument, value.mime_type)
    if isinstance(value, tuple):
        if len(value) not in (2, 3):
            raise TypeError(f"{argument}: a file tuple is (filename, content) or (filename, content, mime type)")
        name, content = value[0], value[1]
        mime = value[2] if len(value) == 3 else None
        return _file(_content(argument, content), str(name), mime)
    if isinstance(value, (str, os.PathLike)):
        path = Path(value)
        if not path.is_file():
            raise FileNotFoundError(f"{argument}: no file at {str(path)!r}")
        size = path.stat().st_size
        _check_size_of(argument, size, limit)
        return _file(_Replay(size, path=path), path.name, None)
    if isinstance(value, (bytes, bytearray, memoryview)):
        return _file(io.BytesIO(bytes(value)), argument, None)
    if hasattr(value, "read"):
        name = os.path.basename(str(getattr(value, "name", "") or argument))
        return _file(_content(argument, value), name, None)
    raise TypeError(
        f"{argument} must be a path, bytes, an open binary file or a (filename, content) tuple, "
        f"not {type(value).__name__}"
    )


def _content(argument: str, content: Any) -> BinaryIO:
    """What a part reads from: bytes in place, a seekable binary file from where it stands, any
    other binary file read into memory once."""
    if isinstance(content, (bytes, bytearray, memoryview)):
        return io.BytesIO(bytes(content))  # shares the bytes object: no copy until written to
    if not hasattr(content, "read"):
        raise TypeError(f"{argument}: file content must be bytes or an open binary file, not {type(content).__name__}")
    if isinstance(content, io.TextIOBase):
        raise TypeError(f"{argument}: open the file in binary mode ('rb'), not text mode")
    try:
        start = content.tell()
        end = content.seek(0, os.SEEK_END)
        content.seek(start)
    except (AttributeError, OSError, ValueError):
        data = content.read()
        if isinstance(data, str):
            raise TypeError(f"{argument}: open the file in binary mode ('rb'), not text mode") from None
        return io.BytesIO(bytes(data))
    return cast(BinaryIO, _Replay(end - start, file=content, start=start))


def _file(payload: BinaryIO | _Replay, name: str, mime: str | None) -> File:
    guessed = mime or mimetypes.guess_type(name)[0] or "application/octet-stream"
    return File(payload=cast(BinaryIO, payload), file_name=name, mime_type=guessed)


class _Replay:
    """`size` bytes of a file, read in chunks as the request is sent and from the start again
    after `seek(0)` (what httpx does before each attempt): a path is opened on the first read and
    closed at the end, a caller's file is read from `start` and left open. httpx learns the length
    with `seek(0, SEEK_END)`; a file that grew since is sent as it was measured."""

    def __init__(self, size: int, *, path: Path | None = None, file: IO[bytes] | None = None, start: int = 0) -> None:
        self._size = size
        self._path = path
        self._file = file
        self._start = start
        self._position = 0
        self._opened: IO[bytes] | None = None

    def read(self, size: int = -1) -> bytes:
        left = self._size - self._position
        size = left if size < 0 else min(size, left)
        if size <= 0:
            self.close()
            return b""
        if self._opened is None:
            self._opened = self._file if self._file is not None else open(self._path or "", "rb")  # noqa: SIM115
            self._opened.seek(self._start + self._position)
        data = self._opened.read(size)
        self._position += len(data)
        if not data:
            self.close()
        return data

    def seek(self, offset: int, whence: int = os.SEEK_SET) -> int:
        base = {os.SEEK_SET: 0, os.SEEK_CUR: self._position, os.SEEK_END: self._size}[whence]
        self._position = max(0, base + offset)
        if self._opened is not None and self._file is not None:
            self._opened = None  # a caller's file is sought again on the next read
        else:
            self.close()
        return self._position

    def tell(self) -> int:
        return self._position

    def close(self) -> None:
        """Close the file this part opened (never a caller's file)."""
        if self._opened is not None and self._file is None:
            self._opened.close()
        self._opened = None

    def __del__(self) -> None:
        self.close()


def _directory(argument: str, root: Path) -> list[File]:
    root = root.resolve()  # the folder itself may be reached through a link; nothing inside it may
    paths = sorted(_regular_files(argument, root))
    _check_size_of(argument, sum(path.stat().st_size for path in paths), MAX_SKILL_PACKAGE_BYTES)
    # Part names keep the directory itself ("my-skill/SKILL.md"): a skill is one top-level folder.
    # Read now, right after the links were refused: nothing can be swapped in before the send.
    return [_file(io.BytesIO(path.read_bytes()), path.relative_to(root.parent).as_posix(), None) for path in paths]


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
    """The part's length, measured without copying it (`BytesIO.getbuffer` would copy shared bytes)."""
    payload = file.payload
    position = payload.tell()
    size = payload.seek(0, os.SEEK_END) - position
    payload.seek(position)
    return size


def _check_size(argument: str, files: list[File], limit: int) -> None:
    _check_size_of(argument, sum(_size(file) for file in files), limit)


def _check_size_of(argument: str, size: int, limit: int) -> None:
    if size > limit:
        what = "per request" if limit == MAX_BODY_BYTES else "for a skill package"
        raise ValueError(
            f"{argument} is {size / 1_048_576:.1f} MB; the API accepts at most {limit // 1_048_576} MB {what}"
        )
