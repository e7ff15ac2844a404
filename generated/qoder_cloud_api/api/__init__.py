# Generated from openapi.yaml by openapi-python-client and overlays/templates: do not edit; run `make generate`.
"""Resource namespaces: `Resources` and `AsyncResources` are mixed into the clients
(`qoder_cloud.QoderCloud`, `qoder_cloud.AsyncQoderCloud`), which provide the sending they declare."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from qoder_cloud._runtime import AsyncSender, SyncSender

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

__all__ = ["AsyncResources", "Resources"]


class Resources(SyncSender):
    """One attribute per resource group."""

    @cached_property
    def agents(self) -> AgentsResource:
        """The 6 `agents` operations."""
        from .agents import AgentsResource

        return AgentsResource(self)

    @cached_property
    def credentials(self) -> CredentialsResource:
        """The 7 `credentials` operations."""
        from .credentials import CredentialsResource

        return CredentialsResource(self)

    @cached_property
    def deployment_runs(self) -> DeploymentRunsResource:
        """The 2 `deployment_runs` operations."""
        from .deployment_runs import DeploymentRunsResource

        return DeploymentRunsResource(self)

    @cached_property
    def deployments(self) -> DeploymentsResource:
        """The 10 `deployments` operations."""
        from .deployments import DeploymentsResource

        return DeploymentsResource(self)

    @cached_property
    def dreams(self) -> DreamsResource:
        """The 5 `dreams` operations."""
        from .dreams import DreamsResource

        return DreamsResource(self)

    @cached_property
    def environments(self) -> EnvironmentsResource:
        """The 6 `environments` operations."""
        from .environments import EnvironmentsResource

        return EnvironmentsResource(self)

    @cached_property
    def events(self) -> EventsResource:
        """The 3 `events` operations."""
        from .events import EventsResource

        return EventsResource(self)

    @cached_property
    def files(self) -> FilesResource:
        """The 6 `files` operations."""
        from .files import FilesResource

        return FilesResource(self)

    @cached_property
    def memories(self) -> MemoriesResource:
        """The 5 `memories` operations."""
        from .memories import MemoriesResource

        return MemoriesResource(self)

    @cached_property
    def memory_stores(self) -> MemoryStoresResource:
        """The 6 `memory_stores` operations."""
        from .memory_stores import MemoryStoresResource

        return MemoryStoresResource(self)

    @cached_property
    def memory_versions(self) -> MemoryVersionsResource:
        """The 3 `memory_versions` operations."""
        from .memory_versions import MemoryVersionsResource

        return MemoryVersionsResource(self)

    @cached_property
    def models(self) -> ModelsResource:
        """The 1 `models` operations."""
        from .models import ModelsResource

        return ModelsResource(self)

    @cached_property
    def session_resources(self) -> SessionResourcesResource:
        """The 5 `session_resources` operations."""
        from .session_resources import SessionResourcesResource

        return SessionResourcesResource(self)

    @cached_property
    def sessions(self) -> SessionsResource:
        """The 8 `sessions` operations."""
        from .sessions import SessionsResource

        return SessionsResource(self)

    @cached_property
    def skill_versions(self) -> SkillVersionsResource:
        """The 5 `skill_versions` operations."""
        from .skill_versions import SkillVersionsResource

        return SkillVersionsResource(self)

    @cached_property
    def skills(self) -> SkillsResource:
        """The 5 `skills` operations."""
        from .skills import SkillsResource

        return SkillsResource(self)

    @cached_property
    def threads(self) -> ThreadsResource:
        """The 5 `threads` operations."""
        from .threads import ThreadsResource

        return ThreadsResource(self)

    @cached_property
    def vaults(self) -> VaultsResource:
        """The 7 `vaults` operations."""
        from .vaults import VaultsResource

        return VaultsResource(self)


class AsyncResources(AsyncSender):
    """One attribute per resource group, for asyncio."""

    @cached_property
    def agents(self) -> AsyncAgentsResource:
        """The 6 `agents` operations."""
        from .agents import AsyncAgentsResource

        return AsyncAgentsResource(self)

    @cached_property
    def credentials(self) -> AsyncCredentialsResource:
        """The 7 `credentials` operations."""
        from .credentials import AsyncCredentialsResource

        return AsyncCredentialsResource(self)

    @cached_property
    def deployment_runs(self) -> AsyncDeploymentRunsResource:
        """The 2 `deployment_runs` operations."""
        from .deployment_runs import AsyncDeploymentRunsResource

        return AsyncDeploymentRunsResource(self)

    @cached_property
    def deployments(self) -> AsyncDeploymentsResource:
        """The 10 `deployments` operations."""
        from .deployments import AsyncDeploymentsResource

        return AsyncDeploymentsResource(self)

    @cached_property
    def dreams(self) -> AsyncDreamsResource:
        """The 5 `dreams` operations."""
        from .dreams import AsyncDreamsResource

        return AsyncDreamsResource(self)

    @cached_property
    def environments(self) -> AsyncEnvironmentsResource:
        """The 6 `environments` operations."""
        from .environments import AsyncEnvironmentsResource

        return AsyncEnvironmentsResource(self)

    @cached_property
    def events(self) -> AsyncEventsResource:
        """The 3 `events` operations."""
        from .events import AsyncEventsResource

        return AsyncEventsResource(self)

    @cached_property
    def files(self) -> AsyncFilesResource:
        """The 6 `files` operations."""
        from .files import AsyncFilesResource

        return AsyncFilesResource(self)

    @cached_property
    def memories(self) -> AsyncMemoriesResource:
        """The 5 `memories` operations."""
        from .memories import AsyncMemoriesResource

        return AsyncMemoriesResource(self)

    @cached_property
    def memory_stores(self) -> AsyncMemoryStoresResource:
        """The 6 `memory_stores` operations."""
        from .memory_stores import AsyncMemoryStoresResource

        return AsyncMemoryStoresResource(self)

    @cached_property
    def memory_versions(self) -> AsyncMemoryVersionsResource:
        """The 3 `memory_versions` operations."""
        from .memory_versions import AsyncMemoryVersionsResource

        return AsyncMemoryVersionsResource(self)

    @cached_property
    def models(self) -> AsyncModelsResource:
        """The 1 `models` operations."""
        from .models import AsyncModelsResource

        return AsyncModelsResource(self)

    @cached_property
    def session_resources(self) -> AsyncSessionResourcesResource:
        """The 5 `session_resources` operations."""
        from .session_resources import AsyncSessionResourcesResource

        return AsyncSessionResourcesResource(self)

    @cached_property
    def sessions(self) -> AsyncSessionsResource:
        """The 8 `sessions` operations."""
        from .sessions import AsyncSessionsResource

        return AsyncSessionsResource(self)

    @cached_property
    def skill_versions(self) -> AsyncSkillVersionsResource:
        """The 5 `skill_versions` operations."""
        from .skill_versions import AsyncSkillVersionsResource

        return AsyncSkillVersionsResource(self)

    @cached_property
    def skills(self) -> AsyncSkillsResource:
        """The 5 `skills` operations."""
        from .skills import AsyncSkillsResource

        return AsyncSkillsResource(self)

    @cached_property
    def threads(self) -> AsyncThreadsResource:
        """The 5 `threads` operations."""
        from .threads import AsyncThreadsResource

        return AsyncThreadsResource(self)

    @cached_property
    def vaults(self) -> AsyncVaultsResource:
        """The 7 `vaults` operations."""
        from .vaults import AsyncVaultsResource

        return AsyncVaultsResource(self)
