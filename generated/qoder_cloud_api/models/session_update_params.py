# Generated from openapi.yaml by openapi-python-client and overlays/templates: do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelBase, Unset

if TYPE_CHECKING:
    from ..models.environment_variables import EnvironmentVariables
    from ..models.metadata_patch import MetadataPatch
    from ..models.session_agent_update import SessionAgentUpdate
    from ..models.session_budget import SessionBudget


if TYPE_CHECKING:
    from ..models.session_agent_update import SessionAgentUpdateDict
    from ..models.session_budget import SessionBudgetDict


T = TypeVar("T", bound="SessionUpdateParams")
_New = object.__new__


@_attrs_define(repr=False)
class SessionUpdateParams(ModelBase):
    """The body of `sessions_update`; only fields sent change.

    Attributes:
        title (None | str | Unset): New title; `null` clears it.
        metadata (MetadataPatch | Unset): A merge patch for metadata. A string sets a key; `null` removes it; keys not
            sent are kept.
        agent (SessionAgentUpdate | Unset): Changes to the session's copy of the agent. The docs accept `tools` and
            `mcp_servers`, each
            replacing the stored list (`[]` clears it); `model`, `system` and `skills` are not in the docs but
            sent by the official SDK, and servers may refuse them.
        environment_variables (EnvironmentVariables | Unset): Variables set in the session's container, by name.
        budget (SessionBudget | Unset): A spending cap for the session. Not in the docs; sent by the official SDK. The
            Python SDK caps
            credits (`max_credit_cost`), the TypeScript SDK caps list cost (`max_list_cost`); both are listed.
    """

    title: None | str | Unset = UNSET
    metadata: MetadataPatch | Unset = UNSET
    agent: SessionAgentUpdate | Unset = UNSET
    environment_variables: EnvironmentVariables | Unset = UNSET
    budget: SessionBudget | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        agent: dict[str, Any] | Unset = UNSET
        if not isinstance(self.agent, Unset):
            agent = self.agent.to_dict()

        environment_variables: dict[str, Any] | Unset = UNSET
        if not isinstance(self.environment_variables, Unset):
            environment_variables = self.environment_variables.to_dict()

        budget: dict[str, Any] | Unset = UNSET
        if not isinstance(self.budget, Unset):
            budget = self.budget.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if title is not UNSET:
            field_dict["title"] = title
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if agent is not UNSET:
            field_dict["agent"] = agent
        if environment_variables is not UNSET:
            field_dict["environment_variables"] = environment_variables
        if budget is not UNSET:
            field_dict["budget"] = budget

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        return cast(T, _session_update_params_from_dict(src_dict, cls))

    if not TYPE_CHECKING:

        def __getattr__(self, name: str) -> Any:
            # Only an unset slot lands here: of a parsed object, the request ID (set by the client
            # on the object a call returns, None on every other) and `additional_properties`
            # when it had no unknown fields (made on first access).
            if name == "_request_id":
                return None
            if name == "additional_properties":
                self.additional_properties = {}
                return self.additional_properties
            raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: object) -> bool:
        return key in self.additional_properties


def _session_update_params_from_dict(
    src_dict: Mapping[str, Any], cls: type[SessionUpdateParams] = SessionUpdateParams
) -> SessionUpdateParams:
    d = src_dict
    _Built = _New(cls)
    title = d.get("title", UNSET)

    _Built.title = title
    _metadata = d.get("metadata", UNSET)
    metadata: MetadataPatch | Unset
    if _metadata is UNSET:
        metadata = UNSET
    else:
        metadata = _metadata_patch_from_dict(_metadata)

    _Built.metadata = metadata
    _agent = d.get("agent", UNSET)
    agent: SessionAgentUpdate | Unset
    if _agent is UNSET:
        agent = UNSET
    else:
        agent = _session_agent_update_from_dict(_agent)

    _Built.agent = agent
    _environment_variables = d.get("environment_variables", UNSET)
    environment_variables: EnvironmentVariables | Unset
    if _environment_variables is UNSET:
        environment_variables = UNSET
    else:
        environment_variables = _environment_variables_from_dict(_environment_variables)

    _Built.environment_variables = environment_variables
    _budget = d.get("budget", UNSET)
    budget: SessionBudget | Unset
    if _budget is UNSET:
        budget = UNSET
    else:
        budget = _session_budget_from_dict(_budget)

    _Built.budget = budget
    if not _KNOWN_KEYS.issuperset(d):
        _Built.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN_KEYS}
    return _Built


class SessionUpdateParamsDict(TypedDict, total=False):
    """`SessionUpdateParams` as a plain dict: its fields under their names on the wire."""

    title: str | None

    metadata: MetadataPatch | Mapping[str, None | str]

    agent: SessionAgentUpdate | SessionAgentUpdateDict

    environment_variables: EnvironmentVariables | Mapping[str, str]

    budget: SessionBudget | SessionBudgetDict


_KNOWN_KEYS = frozenset({"title", "metadata", "agent", "environment_variables", "budget"})


from ..models.environment_variables import (
    EnvironmentVariables,  # noqa: E402
    _environment_variables_from_dict,  # noqa: E402
)
from ..models.metadata_patch import (
    MetadataPatch,  # noqa: E402
    _metadata_patch_from_dict,  # noqa: E402
)
from ..models.session_agent_update import (
    SessionAgentUpdate,  # noqa: E402
    _session_agent_update_from_dict,  # noqa: E402
)
from ..models.session_budget import (
    SessionBudget,  # noqa: E402
    _session_budget_from_dict,  # noqa: E402
)
