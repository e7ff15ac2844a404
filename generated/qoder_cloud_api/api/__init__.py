"""Resource namespaces for the clients (generated from openapi.yaml; do not edit).

`Resources` and `AsyncResources` are mixed into `qoder_cloud.QoderCloud` and
`qoder_cloud.AsyncQoderCloud`. Each namespace is imported on first use, which keeps
`import qoder_cloud` cheap.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .agents import AgentsResource, AsyncAgentsResource
    from .credentials import AsyncCredentialsResource, CredentialsResource
    from .deployment_runs import AsyncDeploymentRunsResource, DeploymentRunsResource
    from .deployments import AsyncDeploymentsResource, DeploymentsResource
    from .dreams import AsyncDreamsResource, DreamsResource
    from .environments import AsyncEnvironmentsResource, EnvironmentsResource
    from .events import AsyncEventsResource, EventsResource
    from .files import AsyncFilesResource, FilesResource
    from .memories import AsyncMemoriesResource, MemoriesResource
    from .memory_stores import AsyncMemoryStoresResource, MemoryStoresResource
    from .memory_versions import AsyncMemoryVersionsResource, MemoryVersionsResource
    from .models import AsyncModelsResource, ModelsResource
    from .session_resources import AsyncSessionResourcesResource, SessionResourcesResource
    from .sessions import AsyncSessionsResource, SessionsResource
    from .skill_versions import AsyncSkillVersionsResource, SkillVersionsResource
    from .skills import AsyncSkillsResource, SkillsResource
    from .threads import AsyncThreadsResource, ThreadsResource
    from .vaults import AsyncVaultsResource, VaultsResource

TAGS = (
    "agents",
    "credentials",
    "deployment_runs",
    "deployments",
    "dreams",
    "environments",
    "events",
    "files",
    "memories",
    "memory_stores",
    "memory_versions",
    "models",
    "session_resources",
    "sessions",
    "skill_versions",
    "skills",
    "threads",
    "vaults",
)


class Resources:
    """One attribute per resource group."""

    @cached_property
    def agents(self) -> AgentsResource:
        """6 `agents` operations."""
        from .agents import AgentsResource

        return AgentsResource(self)  # type: ignore[arg-type]

    @cached_property
    def credentials(self) -> CredentialsResource:
        """7 `credentials` operations."""
        from .credentials import CredentialsResource

        return CredentialsResource(self)  # type: ignore[arg-type]

    @cached_property
    def deployment_runs(self) -> DeploymentRunsResource:
        """2 `deployment_runs` operations."""
        from .deployment_runs import DeploymentRunsResource

        return DeploymentRunsResource(self)  # type: ignore[arg-type]

    @cached_property
    def deployments(self) -> DeploymentsResource:
        """10 `deployments` operations."""
        from .deployments import DeploymentsResource

        return DeploymentsResource(self)  # type: ignore[arg-type]

    @cached_property
    def dreams(self) -> DreamsResource:
        """5 `dreams` operations."""
        from .dreams import DreamsResource

        return DreamsResource(self)  # type: ignore[arg-type]

    @cached_property
    def environments(self) -> EnvironmentsResource:
        """6 `environments` operations."""
        from .environments import EnvironmentsResource

        return EnvironmentsResource(self)  # type: ignore[arg-type]

    @cached_property
    def events(self) -> EventsResource:
        """3 `events` operations."""
        from .events import EventsResource

        return EventsResource(self)  # type: ignore[arg-type]

    @cached_property
    def files(self) -> FilesResource:
        """5 `files` operations."""
        from .files import FilesResource

        return FilesResource(self)  # type: ignore[arg-type]

    @cached_property
    def memories(self) -> MemoriesResource:
        """5 `memories` operations."""
        from .memories import MemoriesResource

        return MemoriesResource(self)  # type: ignore[arg-type]

    @cached_property
    def memory_stores(self) -> MemoryStoresResource:
        """6 `memory_stores` operations."""
        from .memory_stores import MemoryStoresResource

        return MemoryStoresResource(self)  # type: ignore[arg-type]

    @cached_property
    def memory_versions(self) -> MemoryVersionsResource:
        """3 `memory_versions` operations."""
        from .memory_versions import MemoryVersionsResource

        return MemoryVersionsResource(self)  # type: ignore[arg-type]

    @cached_property
    def models(self) -> ModelsResource:
        """1 `models` operations."""
        from .models import ModelsResource

        return ModelsResource(self)  # type: ignore[arg-type]

    @cached_property
    def session_resources(self) -> SessionResourcesResource:
        """5 `session_resources` operations."""
        from .session_resources import SessionResourcesResource

        return SessionResourcesResource(self)  # type: ignore[arg-type]

    @cached_property
    def sessions(self) -> SessionsResource:
        """7 `sessions` operations."""
        from .sessions import SessionsResource

        return SessionsResource(self)  # type: ignore[arg-type]

    @cached_property
    def skill_versions(self) -> SkillVersionsResource:
        """5 `skill_versions` operations."""
        from .skill_versions import SkillVersionsResource

        return SkillVersionsResource(self)  # type: ignore[arg-type]

    @cached_property
    def skills(self) -> SkillsResource:
        """4 `skills` operations."""
        from .skills import SkillsResource

        return SkillsResource(self)  # type: ignore[arg-type]

    @cached_property
    def threads(self) -> ThreadsResource:
        """5 `threads` operations."""
        from .threads import ThreadsResource

        return ThreadsResource(self)  # type: ignore[arg-type]

    @cached_property
    def vaults(self) -> VaultsResource:
        """6 `vaults` operations."""
        from .vaults import VaultsResource

        return VaultsResource(self)  # type: ignore[arg-type]


class AsyncResources:
    """One attribute per resource group, for asyncio."""

    @cached_property
    def agents(self) -> AsyncAgentsResource:
        """6 `agents` operations."""
        from .agents import AsyncAgentsResource

        return AsyncAgentsResource(self)  # type: ignore[arg-type]

    @cached_property
    def credentials(self) -> AsyncCredentialsResource:
        """7 `credentials` operations."""
        from .credentials import AsyncCredentialsResource

        return AsyncCredentialsResource(self)  # type: ignore[arg-type]

    @cached_property
    def deployment_runs(self) -> AsyncDeploymentRunsResource:
        """2 `deployment_runs` operations."""
        from .deployment_runs import AsyncDeploymentRunsResource

        return AsyncDeploymentRunsResource(self)  # type: ignore[arg-type]

    @cached_property
    def deployments(self) -> AsyncDeploymentsResource:
        """10 `deployments` operations."""
        from .deployments import AsyncDeploymentsResource

        return AsyncDeploymentsResource(self)  # type: ignore[arg-type]

    @cached_property
    def dreams(self) -> AsyncDreamsResource:
        """5 `dreams` operations."""
        from .dreams import AsyncDreamsResource

        return AsyncDreamsResource(self)  # type: ignore[arg-type]

    @cached_property
    def environments(self) -> AsyncEnvironmentsResource:
        """6 `environments` operations."""
        from .environments import AsyncEnvironmentsResource

        return AsyncEnvironmentsResource(self)  # type: ignore[arg-type]

    @cached_property
    def events(self) -> AsyncEventsResource:
        """3 `events` operations."""
        from .events import AsyncEventsResource

        return AsyncEventsResource(self)  # type: ignore[arg-type]

    @cached_property
    def files(self) -> AsyncFilesResource:
        """5 `files` operations."""
        from .files import AsyncFilesResource

        return AsyncFilesResource(self)  # type: ignore[arg-type]

    @cached_property
    def memories(self) -> AsyncMemoriesResource:
        """5 `memories` operations."""
        from .memories import AsyncMemoriesResource

        return AsyncMemoriesResource(self)  # type: ignore[arg-type]

    @cached_property
    def memory_stores(self) -> AsyncMemoryStoresResource:
        """6 `memory_stores` operations."""
        from .memory_stores import AsyncMemoryStoresResource

        return AsyncMemoryStoresResource(self)  # type: ignore[arg-type]

    @cached_property
    def memory_versions(self) -> AsyncMemoryVersionsResource:
        """3 `memory_versions` operations."""
        from .memory_versions import AsyncMemoryVersionsResource

        return AsyncMemoryVersionsResource(self)  # type: ignore[arg-type]

    @cached_property
    def models(self) -> AsyncModelsResource:
        """1 `models` operations."""
        from .models import AsyncModelsResource

        return AsyncModelsResource(self)  # type: ignore[arg-type]

    @cached_property
    def session_resources(self) -> AsyncSessionResourcesResource:
        """5 `session_resources` operations."""
        from .session_resources import AsyncSessionResourcesResource

        return AsyncSessionResourcesResource(self)  # type: ignore[arg-type]

    @cached_property
    def sessions(self) -> AsyncSessionsResource:
        """7 `sessions` operations."""
        from .sessions import AsyncSessionsResource

        return AsyncSessionsResource(self)  # type: ignore[arg-type]

    @cached_property
    def skill_versions(self) -> AsyncSkillVersionsResource:
        """5 `skill_versions` operations."""
        from .skill_versions import AsyncSkillVersionsResource

        return AsyncSkillVersionsResource(self)  # type: ignore[arg-type]

    @cached_property
    def skills(self) -> AsyncSkillsResource:
        """4 `skills` operations."""
        from .skills import AsyncSkillsResource

        return AsyncSkillsResource(self)  # type: ignore[arg-type]

    @cached_property
    def threads(self) -> AsyncThreadsResource:
        """5 `threads` operations."""
        from .threads import AsyncThreadsResource

        return AsyncThreadsResource(self)  # type: ignore[arg-type]

    @cached_property
    def vaults(self) -> AsyncVaultsResource:
        """6 `vaults` operations."""
        from .vaults import AsyncVaultsResource

        return AsyncVaultsResource(self)  # type: ignore[arg-type]
