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
    from .environments import AsyncEnvironmentsResource, EnvironmentsResource
    from .models import AsyncModelsResource, ModelsResource

TAGS = (
    "agents",
    "environments",
    "models",
)


class Resources:
    """One attribute per resource group."""

    @cached_property
    def agents(self) -> AgentsResource:
        """6 `agents` operations."""
        from .agents import AgentsResource

        return AgentsResource(self)  # type: ignore[arg-type]

    @cached_property
    def environments(self) -> EnvironmentsResource:
        """6 `environments` operations."""
        from .environments import EnvironmentsResource

        return EnvironmentsResource(self)  # type: ignore[arg-type]

    @cached_property
    def models(self) -> ModelsResource:
        """1 `models` operations."""
        from .models import ModelsResource

        return ModelsResource(self)  # type: ignore[arg-type]


class AsyncResources:
    """One attribute per resource group, for asyncio."""

    @cached_property
    def agents(self) -> AsyncAgentsResource:
        """6 `agents` operations."""
        from .agents import AsyncAgentsResource

        return AsyncAgentsResource(self)  # type: ignore[arg-type]

    @cached_property
    def environments(self) -> AsyncEnvironmentsResource:
        """6 `environments` operations."""
        from .environments import AsyncEnvironmentsResource

        return AsyncEnvironmentsResource(self)  # type: ignore[arg-type]

    @cached_property
    def models(self) -> AsyncModelsResource:
        """1 `models` operations."""
        from .models import AsyncModelsResource

        return AsyncModelsResource(self)  # type: ignore[arg-type]
