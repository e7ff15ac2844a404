"""Uploads and downloads with a progress bar on stderr (shown only when stderr is a terminal).

An upload's bar counts the request body as httpx sends it (`Invocation.on_request` sees each
request before it goes out); a download's counts the bytes written, through the client's own
streaming downloads (`files.download`, `skill_versions.download`), which never hold a whole file
in memory. A download to a path is written beside it as `NAME.part` and renamed once complete.
"""

from __future__ import annotations

import io
import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import click
import httpx
from rich.console import Console
from rich.progress import BarColumn, DownloadColumn, Progress, TaskID, TextColumn, TransferSpeedColumn

from ._context import Invocation, UsageFailure, calling
from ._output import Output, json_option

__all__ = ["file_download_command", "progress_bar", "skill_version_download_command", "uploads_shown"]


def progress_bar() -> Progress:
    console = Console(stderr=True)
    return Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        DownloadColumn(),
        TransferSpeedColumn(),
        console=console,
        transient=True,
        disable=not console.is_terminal,
    )


class _CountedBody(httpx.SyncByteStream):
    """A request body that reports each chunk as it is handed to the connection."""

    def __init__(self, body: Iterable[bytes], progress: Progress, task: TaskID) -> None:
        self._body = body
        self._progress = progress
        self._task = task

    def __iter__(self) -> Iterator[bytes]:
        for chunk in self._body:
            self._progress.advance(self._task, len(chunk))
            yield chunk


@contextmanager
def uploads_shown(invocation: Invocation, label: str) -> Iterator[None]:
    """A progress bar for the multipart requests sent inside the block (each attempt anew)."""
    with progress_bar() as progress:
        task = progress.add_task(label, total=None)

        def watch(request: httpx.Request) -> None:
            if request.headers.get("content-type", "").startswith("multipart/form-data"):
                size = int(request.headers.get("content-length", "0")) or None
                progress.reset(task, total=size)
                request.stream = _CountedBody(request.stream, progress, task)  # type: ignore[arg-type]

        invocation.on_request = watch
        try:
            yield
        finally:
            invocation.on_request = None


class _ProgressFile(io.FileIO):
    """A file that moves a progress bar as bytes are written to it."""

    def __init__(self, path: Path, progress: Progress, task: TaskID) -> None:
        super().__init__(path, "wb")
        self._progress = progress
        self._task = task

    def write(self, data: Any) -> int:
        written = super().write(data)
        self._progress.advance(self._task, written)
        return written


def _save(invocation: Invocation, as_json: bool, target: str, total: int | None, download: Any) -> None:
    """Run `download(destination)` into `target` (a path, or `-` for stdout) and report it."""
    output = Output(as_json=as_json)
    if target == "-":
        with calling():
            download(sys.stdout.buffer)
        return
    path = Path(target)
    partial = path.with_name(path.name + ".part")
    with progress_bar() as progress, calling():
        task = progress.add_task(path.name, total=total)
        try:
            with _ProgressFile(partial, progress, task) as out:
                download(out)
            partial.replace(path)
        except BaseException:
            partial.unlink(missing_ok=True)
            raise
    size = path.stat().st_size
    if as_json:
        output.result({"path": str(path), "bytes": size})
    else:
        output.note(f"Saved {path} ({size} bytes).")


def _target(destination: str | None, default: str, overwrite: bool) -> str:
    target = destination or default
    if target != "-" and Path(target).exists() and not overwrite:
        raise UsageFailure(f"{target} exists; pass --overwrite or another DESTINATION")
    return target


def _safe_name(name: str, fallback: str) -> str:
    """A stored name as a file name here: its last path part, never `.`, `..` or empty."""
    base = Path(name.replace("\\", "/")).name
    return base if base not in ("", ".", "..") else fallback


def file_download_command() -> click.Command:
    @click.command("download", short_help="Download a file's bytes to disk, with a progress bar.")
    @click.argument("file_id", metavar="FILE_ID")
    @click.argument("destination", required=False, metavar="[DESTINATION]")
    @click.option("--overwrite", is_flag=True, help="Replace DESTINATION if it exists.")
    @click.pass_obj
    def download(invocation: Invocation, file_id: str, destination: str | None, overwrite: bool, as_json: bool) -> None:
        """Download a file's bytes to DESTINATION (default: its stored name, in this directory).

        Asks the API for a short-lived link and streams it to disk; the link is fetched without
        your token. Only files the API marks `downloadable` (agents' outputs) can be downloaded.
        """
        client = invocation.client
        with calling():
            metadata = client.files.retrieve(file_id)
        target = _target(destination, _safe_name(metadata.filename, file_id), overwrite)
        _save(invocation, as_json, target, metadata.size_bytes, lambda out: client.files.download(file_id, out))

    download.params.append(json_option("download"))
    return download


def skill_version_download_command() -> click.Command:
    @click.command("download", short_help="Download a skill version's zip archive, with a progress bar.")
    @click.argument("skill_id", metavar="SKILL_ID")
    @click.argument("version", metavar="VERSION")
    @click.argument("destination", required=False, metavar="[DESTINATION]")
    @click.option("--overwrite", is_flag=True, help="Replace DESTINATION if it exists.")
    @click.pass_obj
    def download(
        invocation: Invocation, skill_id: str, version: str, destination: str | None, overwrite: bool, as_json: bool
    ) -> None:
        """Download a skill version's zip archive to DESTINATION (default: SKILL_ID-VERSION.zip)."""
        client = invocation.client
        target = _target(
            destination, f"{_safe_name(skill_id, 'skill')}-{_safe_name(version, 'version')}.zip", overwrite
        )
        _save(invocation, as_json, target, None, lambda out: client.skill_versions.download(skill_id, version, out))

    download.params.append(json_option("download"))
    return download
