# Generated from openapi.yaml by openapi-python-client and overlays/templates: do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelBase, Unset

if TYPE_CHECKING:
    from ..models.cache_creation_usage import CacheCreationUsage
    from ..models.list_cost import ListCost
    from ..models.server_tool_usage import ServerToolUsage


T = TypeVar("T", bound="SessionUsage")
_New = object.__new__


@_attrs_define(repr=False)
class SessionUsage(ModelBase):
    """What a session (or one thread) has used so far. The docs describe the credit snapshot; token and
    cost counters come from the official SDK's types and older examples.

        Attributes:
            total_credits (float | Unset): Credits used, rounded down to two decimals; 0 for a fresh session.
            model_credits (float | Unset): Credits used by model requests. Not in the docs; sent by the official SDK.
            sandbox_runtime_credits (float | Unset): Credits used by the sandbox. Not in the docs; sent by the official SDK.
            input_tokens (int | Unset): Input tokens consumed.
            output_tokens (int | Unset): Output tokens produced.
            cache_read_input_tokens (int | Unset): Input tokens read from the prompt cache.
            cache_creation (CacheCreationUsage | Unset): Input tokens written to the prompt cache, by cache lifetime.
            active_seconds (float | Unset): Time spent running, in seconds. Not in the docs; sent by the official SDK.
            list_cost (ListCost | None | Unset): What was used, at list price; null when not priced.
            server_tool_use (None | ServerToolUsage | Unset): Tools run by the server; null when none were.
    """

    total_credits: float | Unset = UNSET
    model_credits: float | Unset = UNSET
    sandbox_runtime_credits: float | Unset = UNSET
    input_tokens: int | Unset = UNSET
    output_tokens: int | Unset = UNSET
    cache_read_input_tokens: int | Unset = UNSET
    cache_creation: CacheCreationUsage | Unset = UNSET
    active_seconds: float | Unset = UNSET
    list_cost: ListCost | None | Unset = UNSET
    server_tool_use: None | ServerToolUsage | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        total_credits = self.total_credits

        model_credits = self.model_credits

        sandbox_runtime_credits = self.sandbox_runtime_credits

        input_tokens = self.input_tokens

        output_tokens = self.output_tokens

        cache_read_input_tokens = self.cache_read_input_tokens

        cache_creation: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cache_creation, Unset):
            cache_creation = self.cache_creation.to_dict()

        active_seconds = self.active_seconds

        list_cost: dict[str, Any] | None | Unset
        if isinstance(self.list_cost, Unset):
            list_cost = UNSET
        elif isinstance(self.list_cost, ListCost):
            list_cost = self.list_cost.to_dict()
        else:
            list_cost = self.list_cost

        server_tool_use: dict[str, Any] | None | Unset
        if isinstance(self.server_tool_use, Unset):
            server_tool_use = UNSET
        elif isinstance(self.server_tool_use, ServerToolUsage):
            server_tool_use = self.server_tool_use.to_dict()
        else:
            server_tool_use = self.server_tool_use

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total_credits is not UNSET:
            field_dict["total_credits"] = total_credits
        if model_credits is not UNSET:
            field_dict["model_credits"] = model_credits
        if sandbox_runtime_credits is not UNSET:
            field_dict["sandbox_runtime_credits"] = sandbox_runtime_credits
        if input_tokens is not UNSET:
            field_dict["input_tokens"] = input_tokens
        if output_tokens is not UNSET:
            field_dict["output_tokens"] = output_tokens
        if cache_read_input_tokens is not UNSET:
            field_dict["cache_read_input_tokens"] = cache_read_input_tokens
        if cache_creation is not UNSET:
            field_dict["cache_creation"] = cache_creation
        if active_seconds is not UNSET:
            field_dict["active_seconds"] = active_seconds
        if list_cost is not UNSET:
            field_dict["list_cost"] = list_cost
        if server_tool_use is not UNSET:
            field_dict["server_tool_use"] = server_tool_use

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        return cast(T, _session_usage_from_dict(src_dict, cls))

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


def _session_usage_from_dict(src_dict: Mapping[str, Any], cls: type[SessionUsage] = SessionUsage) -> SessionUsage:
    d = src_dict
    _Built = _New(cls)
    _Built.total_credits = d.get("total_credits", UNSET)
    _Built.model_credits = d.get("model_credits", UNSET)
    _Built.sandbox_runtime_credits = d.get("sandbox_runtime_credits", UNSET)
    _Built.input_tokens = d.get("input_tokens", UNSET)
    _Built.output_tokens = d.get("output_tokens", UNSET)
    _Built.cache_read_input_tokens = d.get("cache_read_input_tokens", UNSET)
    _cache_creation = d.get("cache_creation", UNSET)
    cache_creation: CacheCreationUsage | Unset
    if _cache_creation is UNSET:
        cache_creation = UNSET
    else:
        cache_creation = _cache_creation_usage_from_dict(_cache_creation)

    _Built.cache_creation = cache_creation
    _Built.active_seconds = d.get("active_seconds", UNSET)
    _list_cost = d.get("list_cost", UNSET)
    list_cost = _list_cost if _list_cost is None or _list_cost is UNSET else _parse_list_cost(_list_cost)

    _Built.list_cost = list_cost
    _server_tool_use = d.get("server_tool_use", UNSET)
    server_tool_use = (
        _server_tool_use
        if _server_tool_use is None or _server_tool_use is UNSET
        else _parse_server_tool_use(_server_tool_use)
    )

    _Built.server_tool_use = server_tool_use
    if not _KNOWN_KEYS.issuperset(d):
        _Built.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN_KEYS}
    return _Built


def _parse_list_cost(data: object) -> ListCost | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        list_cost_type_0 = _list_cost_from_dict(data)

        return list_cost_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("""ListCost | None | Unset""", data)


def _parse_server_tool_use(data: object) -> None | ServerToolUsage | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        server_tool_use_type_0 = _server_tool_usage_from_dict(data)

        return server_tool_use_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("""None | ServerToolUsage | Unset""", data)


_KNOWN_KEYS = frozenset(
    {
        "total_credits",
        "model_credits",
        "sandbox_runtime_credits",
        "input_tokens",
        "output_tokens",
        "cache_read_input_tokens",
        "cache_creation",
        "active_seconds",
        "list_cost",
        "server_tool_use",
    }
)


from ..models.cache_creation_usage import (
    CacheCreationUsage,  # noqa: E402
    _cache_creation_usage_from_dict,  # noqa: E402
)
from ..models.list_cost import (
    ListCost,  # noqa: E402
    _list_cost_from_dict,  # noqa: E402
)
from ..models.server_tool_usage import (
    ServerToolUsage,  # noqa: E402
    _server_tool_usage_from_dict,  # noqa: E402
)
