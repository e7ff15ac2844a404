"""Hand-written helpers built on the generated resource classes, for what a spec cannot express.

Three resource groups have hand-written subclasses, which the clients expose under the usual
attributes:

- `client.events` (`events.py`): `resumable_stream` and `run_turn`, with `turns.py` (`Turn`,
  `ReplyAccumulator`) to follow a turn;
- `client.files` and `client.skill_versions` (`downloads.py`): `download`, streamed to disk.

Every other group is the generated class as it is (`qoder_cloud_api.api.Resources`).
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from qoder_cloud_api.api import AsyncResources, Resources

if TYPE_CHECKING:
    from .downloads import AsyncFilesResource, AsyncSkillVersionsResource, FilesResource, SkillVersionsResource
    from .events import AsyncEventsResource, EventsResource

__all__ = ["AsyncLibResources", "LibResources"]


class LibResources(Resources):
    """The generated resource namespaces, with the hand-written subclasses where there are some."""

    @cached_property
    def events(self) -> EventsResource:
        """The `events` operations, plus `resumable_stream` and `run_turn`."""
        from .events import EventsResource

        return EventsResource(self)

    @cached_property
    def files(self) -> FilesResource:
        """The `files` operations, plus `download`."""
        from .downloads import FilesResource

        return FilesResource(self)

    @cached_property
    def skill_versions(self) -> SkillVersionsResource:
        """The `skill_versions` operations, plus `download`."""
        from .downloads import SkillVersionsResource

        return SkillVersionsResource(self)


class AsyncLibResources(AsyncResources):
    """The asyncio twin of `LibResources`."""

    @cached_property
    def events(self) -> AsyncEventsResource:
        """The `events` operations, plus `resumable_stream` and `run_turn`."""
        from .events import AsyncEventsResource

        return AsyncEventsResource(self)

    @cached_property
    def files(self) -> AsyncFilesResource:
        """The `files` operations, plus `download`."""
        from .downloads import AsyncFilesResource

        return AsyncFilesResource(self)

    @cached_property
    def skill_versions(self) -> AsyncSkillVersionsResource:
        """The `skill_versions` operations, plus `download`."""
        from .downloads import AsyncSkillVersionsResource

        return AsyncSkillVersionsResource(self)
