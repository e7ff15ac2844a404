"""Hand-written additions to generated resource classes, for what a spec cannot express:
downloads streamed to disk. The clients expose these subclasses under the same attributes
(`client.files`, `client.skill_versions`)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from qoder_cloud_api.api.files import AsyncFilesResource as _AsyncFiles
from qoder_cloud_api.api.files import FilesResource as _Files
from qoder_cloud_api.api.skill_versions import AsyncSkillVersionsResource as _AsyncSkillVersions
from qoder_cloud_api.api.skill_versions import SkillVersionsResource as _SkillVersions
from qoder_cloud_api.api.skill_versions import skill_versions_content

from ._downloads import Destination, async_save, save
from ._resource import NOT_GIVEN, NotGiven, RequestOptions, TimeoutTypes

__all__ = ["AsyncFilesResource", "AsyncSkillVersionsResource", "FilesResource", "SkillVersionsResource"]


class FilesResource(_Files):
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
        response = await self._client._open_link(link.url, options)
        return await async_save(response, destination)


class SkillVersionsResource(_SkillVersions):
    def download(
        self,
        skill_id: str,
        version: str,
        destination: Destination,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Path | None:
        """Stream a skill version's zip archive to `destination` without holding it in memory."""
        # The operation's request already asks for the archive's media types (its Accept header).
        request: dict[str, Any] = skill_versions_content._get_kwargs(skill_id, version)
        options = RequestOptions(timeout=timeout, max_retries=max_retries)
        response = self._client._open_stream(request, options)
        return save(response, destination)


class AsyncSkillVersionsResource(_AsyncSkillVersions):
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
        request: dict[str, Any] = skill_versions_content._get_kwargs(skill_id, version)
        options = RequestOptions(timeout=timeout, max_retries=max_retries)
        response = await self._client._open_stream(request, options)
        return await async_save(response, destination)
