"""Downloads streamed to disk chunk by chunk, never holding the whole body in memory:
`client.files.download` and `client.skill_versions.download`.

A file is fetched in two steps: the API hands out a short-lived link (`files.content`), then the
client fetches the link with a bare request that carries no API token, no default headers and no
cookies (`_open_link`): the storage host is not the API and must never see the token. A skill
version's archive comes from the API itself (`skill_versions.content`), streamed instead of read.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, TypeAlias, overload

import httpx

from qoder_cloud_api.api.files import AsyncFilesResource as _AsyncFiles
from qoder_cloud_api.api.files import FilesResource as _Files
from qoder_cloud_api.api.skill_versions import AsyncSkillVersionsResource as _AsyncSkillVersions
from qoder_cloud_api.api.skill_versions import SkillVersionsResource as _SkillVersions

from .._decoding import Inflater, aiter_raw, encoding_of, iter_raw
from .._exceptions import connection_error_from, validation_error_from
from .._redaction import secrets_of
from .._types import NOT_GIVEN, NotGiven, RequestOptions, TimeoutTypes

__all__ = [
    "AsyncFilesResource",
    "AsyncSkillVersionsResource",
    "Destination",
    "FilesResource",
    "SkillVersionsResource",
    "async_save",
    "save",
]

Destination: TypeAlias = str | os.PathLike[str] | IO[bytes]
"""A path to write (created or replaced once the download completes) or an open binary file."""

PathLike: TypeAlias = str | os.PathLike[str]


class FilesResource(_Files):
    @overload
    def download(
        self,
        file_id: str,
        destination: PathLike,
        *,
        timeout: TimeoutTypes | NotGiven = ...,
        max_retries: int | NotGiven = ...,
    ) -> Path: ...
    @overload
    def download(
        self,
        file_id: str,
        destination: IO[bytes],
        *,
        timeout: TimeoutTypes | NotGiven = ...,
        max_retries: int | NotGiven = ...,
    ) -> None: ...
    def download(
        self,
        file_id: str,
        destination: Destination,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Path | None:
        """Download a file's bytes to `destination` (a path, or an open binary file).

        Asks the API for a short-lived link, then streams the link's body to disk in chunks. The
        link is fetched without the API token. Returns the path written (None for a file object).
        """
        link = self.content(file_id, timeout=timeout, max_retries=max_retries)
        options = RequestOptions(timeout=timeout, max_retries=max_retries)
        return save(self._client._open_link(link.url, options), destination)


class AsyncFilesResource(_AsyncFiles):
    @overload
    async def download(
        self,
        file_id: str,
        destination: PathLike,
        *,
        timeout: TimeoutTypes | NotGiven = ...,
        max_retries: int | NotGiven = ...,
    ) -> Path: ...
    @overload
    async def download(
        self,
        file_id: str,
        destination: IO[bytes],
        *,
        timeout: TimeoutTypes | NotGiven = ...,
        max_retries: int | NotGiven = ...,
    ) -> None: ...
    async def download(
        self,
        file_id: str,
        destination: Destination,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Path | None:
        """Download a file's bytes to `destination`; see `FilesResource.download`."""
        link = await self.content(file_id, timeout=timeout, max_retries=max_retries)
        options = RequestOptions(timeout=timeout, max_retries=max_retries)
        return await async_save(await self._client._open_link(link.url, options), destination)


class SkillVersionsResource(_SkillVersions):
    @overload
    def download(
        self,
        skill_id: str,
        version: str,
        destination: PathLike,
        *,
        timeout: TimeoutTypes | NotGiven = ...,
        max_retries: int | NotGiven = ...,
    ) -> Path: ...
    @overload
    def download(
        self,
        skill_id: str,
        version: str,
        destination: IO[bytes],
        *,
        timeout: TimeoutTypes | NotGiven = ...,
        max_retries: int | NotGiven = ...,
    ) -> None: ...
    def download(
        self,
        skill_id: str,
        version: str,
        destination: Destination,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Path | None:
        """Stream a skill version's zip archive to `destination` without holding it in memory
        (the request `content` sends, read as a stream)."""
        options = RequestOptions(timeout=timeout, max_retries=max_retries)
        return save(self._client._open_stream(self._content_request(skill_id, version), options), destination)


class AsyncSkillVersionsResource(_AsyncSkillVersions):
    @overload
    async def download(
        self,
        skill_id: str,
        version: str,
        destination: PathLike,
        *,
        timeout: TimeoutTypes | NotGiven = ...,
        max_retries: int | NotGiven = ...,
    ) -> Path: ...
    @overload
    async def download(
        self,
        skill_id: str,
        version: str,
        destination: IO[bytes],
        *,
        timeout: TimeoutTypes | NotGiven = ...,
        max_retries: int | NotGiven = ...,
    ) -> None: ...
    async def download(
        self,
        skill_id: str,
        version: str,
        destination: Destination,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Path | None:
        """Stream a skill version's zip archive to `destination`; see `SkillVersionsResource.download`."""
        options = RequestOptions(timeout=timeout, max_retries=max_retries)
        response = await self._client._open_stream(self._content_request(skill_id, version), options)
        return await async_save(response, destination)


def save(response: httpx.Response, destination: Destination) -> Path | None:
    """Write a streamed 2xx response to `destination`; always closes the response.

    A compressed body is inflated in bounded pieces (`_decoding.Inflater`). A path is written to
    a temporary sibling first and renamed into place only once every byte arrived, so a broken
    download never leaves a truncated file behind.
    """
    failure: Exception | None = None
    try:
        inflater = Inflater(encoding_of(response))
        with _opened(destination) as out:
            for raw in iter_raw(response):
                for piece in inflater.feed(raw):
                    out.write(piece)
            for piece in inflater.flush():
                out.write(piece)
        return _written(destination)
    except (httpx.TransportError, httpx.DecodingError) as exc:
        failure = _broken(exc, response)
    finally:
        response.close()
    raise failure


async def async_save(response: httpx.Response, destination: Destination) -> Path | None:
    """The asyncio twin of `save` (file writes are small and synchronous)."""
    failure: Exception | None = None
    try:
        inflater = Inflater(encoding_of(response))
        with _opened(destination) as out:
            async for raw in aiter_raw(response):
                for piece in inflater.feed(raw):
                    out.write(piece)
            for piece in inflater.flush():
                out.write(piece)
        return _written(destination)
    except (httpx.TransportError, httpx.DecodingError) as exc:
        failure = _broken(exc, response)
    finally:
        await response.aclose()
    raise failure


def _broken(exc: httpx.TransportError | httpx.DecodingError, response: httpx.Response) -> Exception:
    """The typed error for a download cut short (`APIConnectionError`) or not decodable
    (`APIResponseValidationError`); the message names the host."""
    secrets = secrets_of(response.request)
    if isinstance(exc, httpx.DecodingError):
        return validation_error_from(exc, response, "the download", secrets, body=b"")
    return connection_error_from(exc, response.request, secrets, what="the download")


@contextmanager
def _opened(destination: Destination) -> Iterator[IO[bytes]]:
    """The file to write: an open one as it is, or a path's `.part` sibling, renamed into place
    only when the block ends normally and removed otherwise."""
    if not isinstance(destination, (str, os.PathLike)):
        yield destination
        return
    target = Path(destination)
    partial = target.with_name(target.name + ".part")
    try:
        with partial.open("wb") as out:
            yield out
        partial.replace(target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise


def _written(destination: Destination) -> Path | None:
    return Path(destination) if isinstance(destination, (str, os.PathLike)) else None
