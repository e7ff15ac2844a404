# Generated from openapi.yaml by openapi-python-client and overlays/templates: do not edit; run `make generate`.
"""Resource namespaces: `Resources` and `AsyncResources` are mixed into the clients
(`qoder_cloud.QoderCloud`, `qoder_cloud.AsyncQoderCloud`), which provide the sending they declare."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from qoder_cloud._runtime import AsyncSender, SyncSender

if TYPE_CHECKING:
    from .agents import (
        AgentsResource,
        AgentsResourceWithRawResponse,
        AsyncAgentsResource,
        AsyncAgentsResourceWithRawResponse,
    )
    from .credentials import (
        AsyncCredentialsResource,
        AsyncCredentialsResourceWithRawResponse,
        CredentialsResource,
        CredentialsResourceWithRawResponse,
    )
    from .deployment_runs import (
        AsyncDeploymentRunsResource,
        AsyncDeploymentRunsResourceWithRawResponse,
        DeploymentRunsResource,
        DeploymentRunsResourceWithRawResponse,
    )
    from .deployments import (
        AsyncDeploymentsResource,
        AsyncDeploymentsResourceWithRawResponse,
        DeploymentsResource,
        DeploymentsResourceWithRawResponse,
    )
    from .dreams import (
        AsyncDreamsResource,
        AsyncDreamsResourceWithRawResponse,
        DreamsResource,
        DreamsResourceWithRawResponse,
    )
    from .environments import (
        AsyncEnvironmentsResource,
        AsyncEnvironmentsResourceWithRawResponse,
        EnvironmentsResource,
        EnvironmentsResourceWithRawResponse,
    )
    from .events import (
        AsyncEventsResource,
        AsyncEventsResourceWithRawResponse,
        EventsResource,
        EventsResourceWithRawResponse,
    )
    from .files import (
        AsyncFilesResource,
        AsyncFilesResourceWithRawResponse,
        FilesResource,
        FilesResourceWithRawResponse,
    )
    from .memories import (
        AsyncMemoriesResource,
        AsyncMemoriesResourceWithRawResponse,
        MemoriesResource,
        MemoriesResourceWithRawResponse,
    )
    from .memory_stores import (
        AsyncMemoryStoresResource,
        AsyncMemoryStoresResourceWithRawResponse,
        MemoryStoresResource,
        MemoryStoresResourceWithRawResponse,
    )
    from .memory_versions import (
        AsyncMemoryVersionsResource,
        AsyncMemoryVersionsResourceWithRawResponse,
        MemoryVersionsResource,
        MemoryVersionsResourceWithRawResponse,
    )
    from .models import (
        AsyncModelsResource,
        AsyncModelsResourceWithRawResponse,
        ModelsResource,
        ModelsResourceWithRawResponse,
    )
    from .session_resources import (
        AsyncSessionResourcesResource,
        AsyncSessionResourcesResourceWithRawResponse,
        SessionResourcesResource,
        SessionResourcesResourceWithRawResponse,
    )
    from .sessions import (
        AsyncSessionsResource,
        AsyncSessionsResourceWithRawResponse,
        SessionsResource,
        SessionsResourceWithRawResponse,
    )
    from .skill_versions import (
        AsyncSkillVersionsResource,
        AsyncSkillVersionsResourceWithRawResponse,
        SkillVersionsResource,
        SkillVersionsResourceWithRawResponse,
    )
    from .skills import (
        AsyncSkillsResource,
        AsyncSkillsResourceWithRawResponse,
        SkillsResource,
        SkillsResourceWithRawResponse,
    )
    from .threads import (
        AsyncThreadsResource,
        AsyncThreadsResourceWithRawResponse,
        ThreadsResource,
        ThreadsResourceWithRawResponse,
    )
    from .vaults import (
        AsyncVaultsResource,
        AsyncVaultsResourceWithRawResponse,
        VaultsResource,
        VaultsResourceWithRawResponse,
    )

__all__ = ["AsyncRawResources", "AsyncResources", "RawResources", "Resources"]


class Resources(SyncSender):
    """One attribute per resource group."""

    @cached_property
    def with_raw_response(self) -> RawResources:
        """The same groups and methods, each call returning a `RawResponse`: status, headers, request ID
        and the parsed value (`.parse()`)."""
        return RawResources(self)

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
        """The 8 `deployments` operations."""
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
    def with_raw_response(self) -> AsyncRawResources:
        """The same groups and methods, each call returning a `RawResponse`: status, headers, request ID
        and the parsed value (`.parse()`)."""
        return AsyncRawResources(self)

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
        """The 8 `deployments` operations."""
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


class RawResources:
    """`client.with_raw_response`: one attribute per resource group."""

    def __init__(self, client: Resources) -> None:
        self._client = client

    @cached_property
    def agents(self) -> AgentsResourceWithRawResponse:
        from .agents import AgentsResourceWithRawResponse

        return AgentsResourceWithRawResponse(self._client.agents)

    @cached_property
    def credentials(self) -> CredentialsResourceWithRawResponse:
        from .credentials import CredentialsResourceWithRawResponse

        return CredentialsResourceWithRawResponse(self._client.credentials)

    @cached_property
    def deployment_runs(self) -> DeploymentRunsResourceWithRawResponse:
        from .deployment_runs import DeploymentRunsResourceWithRawResponse

        return DeploymentRunsResourceWithRawResponse(self._client.deployment_runs)

    @cached_property
    def deployments(self) -> DeploymentsResourceWithRawResponse:
        from .deployments import DeploymentsResourceWithRawResponse

        return DeploymentsResourceWithRawResponse(self._client.deployments)

    @cached_property
    def dreams(self) -> DreamsResourceWithRawResponse:
        from .dreams import DreamsResourceWithRawResponse

        return DreamsResourceWithRawResponse(self._client.dreams)

    @cached_property
    def environments(self) -> EnvironmentsResourceWithRawResponse:
        from .environments import EnvironmentsResourceWithRawResponse

        return EnvironmentsResourceWithRawResponse(self._client.environments)

    @cached_property
    def events(self) -> EventsResourceWithRawResponse:
        from .events import EventsResourceWithRawResponse

        return EventsResourceWithRawResponse(self._client.events)

    @cached_property
    def files(self) -> FilesResourceWithRawResponse:
        from .files import FilesResourceWithRawResponse

        return FilesResourceWithRawResponse(self._client.files)

    @cached_property
    def memories(self) -> MemoriesResourceWithRawResponse:
        from .memories import MemoriesResourceWithRawResponse

        return MemoriesResourceWithRawResponse(self._client.memories)

    @cached_property
    def memory_stores(self) -> MemoryStoresResourceWithRawResponse:
        from .memory_stores import MemoryStoresResourceWithRawResponse

        return MemoryStoresResourceWithRawResponse(self._client.memory_stores)

    @cached_property
    def memory_versions(self) -> MemoryVersionsResourceWithRawResponse:
        from .memory_versions import MemoryVersionsResourceWithRawResponse

        return MemoryVersionsResourceWithRawResponse(self._client.memory_versions)

    @cached_property
    def models(self) -> ModelsResourceWithRawResponse:
        from .models import ModelsResourceWithRawResponse

        return ModelsResourceWithRawResponse(self._client.models)

    @cached_property
    def session_resources(self) -> SessionResourcesResourceWithRawResponse:
        from .session_resources import SessionResourcesResourceWithRawResponse

        return SessionResourcesResourceWithRawResponse(self._client.session_resources)

    @cached_property
    def sessions(self) -> SessionsResourceWithRawResponse:
        from .sessions import SessionsResourceWithRawResponse

        return SessionsResourceWithRawResponse(self._client.sessions)

    @cached_property
    def skill_versions(self) -> SkillVersionsResourceWithRawResponse:
        from .skill_versions import SkillVersionsResourceWithRawResponse

        return SkillVersionsResourceWithRawResponse(self._client.skill_versions)

    @cached_property
    def skills(self) -> SkillsResourceWithRawResponse:
        from .skills import SkillsResourceWithRawResponse

        return SkillsResourceWithRawResponse(self._client.skills)

    @cached_property
    def threads(self) -> ThreadsResourceWithRawResponse:
        from .threads import ThreadsResourceWithRawResponse

        return ThreadsResourceWithRawResponse(self._client.threads)

    @cached_property
    def vaults(self) -> VaultsResourceWithRawResponse:
        from .vaults import VaultsResourceWithRawResponse

        return VaultsResourceWithRawResponse(self._client.vaults)


class AsyncRawResources:
    """`client.with_raw_response`: one attribute per resource group, for asyncio."""

    def __init__(self, client: AsyncResources) -> None:
        self._client = client

    @cached_property
    def agents(self) -> AsyncAgentsResourceWithRawResponse:
        from .agents import AsyncAgentsResourceWithRawResponse

        return AsyncAgentsResourceWithRawResponse(self._client.agents)

    @cached_property
    def credentials(self) -> AsyncCredentialsResourceWithRawResponse:
        from .credentials import AsyncCredentialsResourceWithRawResponse

        return AsyncCredentialsResourceWithRawResponse(self._client.credentials)

    @cached_property
    def deployment_runs(self) -> AsyncDeploymentRunsResourceWithRawResponse:
        from .deployment_runs import AsyncDeploymentRunsResourceWithRawResponse

        return AsyncDeploymentRunsResourceWithRawResponse(self._client.deployment_runs)

    @cached_property
    def deployments(self) -> AsyncDeploymentsResourceWithRawResponse:
        from .deployments import AsyncDeploymentsResourceWithRawResponse

        return AsyncDeploymentsResourceWithRawResponse(self._client.deployments)

    @cached_property
    def dreams(self) -> AsyncDreamsResourceWithRawResponse:
        from .dreams import AsyncDreamsResourceWithRawResponse

        return AsyncDreamsResourceWithRawResponse(self._client.dreams)

    @cached_property
    def environments(self) -> AsyncEnvironmentsResourceWithRawResponse:
        from .environments import AsyncEnvironmentsResourceWithRawResponse

        return AsyncEnvironmentsResourceWithRawResponse(self._client.environments)

    @cached_property
    def events(self) -> AsyncEventsResourceWithRawResponse:
        from .events import AsyncEventsResourceWithRawResponse

        return AsyncEventsResourceWithRawResponse(self._client.events)

    @cached_property
    def files(self) -> AsyncFilesResourceWithRawResponse:
        from .files import AsyncFilesResourceWithRawResponse

        return AsyncFilesResourceWithRawResponse(self._client.files)

    @cached_property
    def memories(self) -> AsyncMemoriesResourceWithRawResponse:
        from .memories import AsyncMemoriesResourceWithRawResponse

        return AsyncMemoriesResourceWithRawResponse(self._client.memories)

    @cached_property
    def memory_stores(self) -> AsyncMemoryStoresResourceWithRawResponse:
        from .memory_stores import AsyncMemoryStoresResourceWithRawResponse

        return AsyncMemoryStoresResourceWithRawResponse(self._client.memory_stores)

    @cached_property
    def memory_versions(self) -> AsyncMemoryVersionsResourceWithRawResponse:
        from .memory_versions import AsyncMemoryVersionsResourceWithRawResponse

        return AsyncMemoryVersionsResourceWithRawResponse(self._client.memory_versions)

    @cached_property
    def models(self) -> AsyncModelsResourceWithRawResponse:
        from .models import AsyncModelsResourceWithRawResponse

        return AsyncModelsResourceWithRawResponse(self._client.models)

    @cached_property
    def session_resources(self) -> AsyncSessionResourcesResourceWithRawResponse:
        from .session_resources import AsyncSessionResourcesResourceWithRawResponse

        return AsyncSessionResourcesResourceWithRawResponse(self._client.session_resources)

    @cached_property
    def sessions(self) -> AsyncSessionsResourceWithRawResponse:
        from .sessions import AsyncSessionsResourceWithRawResponse

        return AsyncSessionsResourceWithRawResponse(self._client.sessions)

    @cached_property
    def skill_versions(self) -> AsyncSkillVersionsResourceWithRawResponse:
        from .skill_versions import AsyncSkillVersionsResourceWithRawResponse

        return AsyncSkillVersionsResourceWithRawResponse(self._client.skill_versions)

    @cached_property
    def skills(self) -> AsyncSkillsResourceWithRawResponse:
        from .skills import AsyncSkillsResourceWithRawResponse

        return AsyncSkillsResourceWithRawResponse(self._client.skills)

    @cached_property
    def threads(self) -> AsyncThreadsResourceWithRawResponse:
        from .threads import AsyncThreadsResourceWithRawResponse

        return AsyncThreadsResourceWithRawResponse(self._client.threads)

    @cached_property
    def vaults(self) -> AsyncVaultsResourceWithRawResponse:
        from .vaults import AsyncVaultsResourceWithRawResponse

        return AsyncVaultsResourceWithRawResponse(self._client.vaults)
