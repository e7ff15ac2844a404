# Generated from openapi.yaml by openapi-python-client and overlays/templates: do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Callable, Mapping
from importlib import import_module
from typing import TYPE_CHECKING, Any, Literal, TypedDict, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from ..models.environment_scope import _MEMBERS as _EnvironmentScope_MEMBERS
from ..models.environment_scope import EnvironmentScope
from ..types import UNSET, ModelBase, Unset, enum_input

if TYPE_CHECKING:
    from ..models.cloud_config_param import CloudConfigParam
    from ..models.metadata_patch import MetadataPatch
    from ..models.self_hosted_config_param import SelfHostedConfigParam


def _input_scope(value: EnvironmentScope | Literal["organization", "account"] | Unset) -> EnvironmentScope | Unset:
    if isinstance(value, (EnvironmentScope, Unset)):
        return value
    return enum_input(EnvironmentScope, value, "EnvironmentUpdateParams.scope")


if TYPE_CHECKING:
    from ..models.cloud_config_param import CloudConfigParamDict
    from ..models.self_hosted_config_param import SelfHostedConfigParamDict


T = TypeVar("T", bound="EnvironmentUpdateParams")
_New = object.__new__


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class EnvironmentUpdateParams(ModelBase):
    """The body of `environments_update`; only fields sent change.

    Attributes:
        name (str | Unset): New name.
        description (None | str | Unset): New description; `null` clears it.
        config (CloudConfigParam | SelfHostedConfigParam | Unset): The configuration to store, chosen by `type`.
        metadata (MetadataPatch | Unset): A merge patch for metadata. A string sets a key; `null` removes it; keys not
            sent are kept.
        scope (EnvironmentScope | Unset): Who can see the environment (`organization` or `account`). Not in the docs;
            sent by the official SDK.
    """

    name: str | Unset = UNSET
    description: None | str | Unset = UNSET
    config: CloudConfigParam | SelfHostedConfigParam | Unset = UNSET
    metadata: MetadataPatch | Unset = UNSET
    scope: EnvironmentScope | Unset = _attrs_field(default=UNSET, converter=_input_scope)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        from ..models.cloud_config_param import CloudConfigParam

        name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        config: dict[str, Any] | Unset
        if isinstance(self.config, Unset):
            config = UNSET
        elif isinstance(self.config, CloudConfigParam):
            config = self.config.to_dict()
        else:
            config = self.config.to_dict()

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        scope: str | Unset = UNSET
        if not isinstance(self.scope, Unset):
            scope = self.scope.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if config is not UNSET:
            field_dict["config"] = config
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if scope is not UNSET:
            field_dict["scope"] = scope

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        return cast(T, _environment_update_params_from_dict(src_dict, cls))

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


def _environment_update_params_from_dict(
    src_dict: Mapping[str, Any], cls: type[EnvironmentUpdateParams] = EnvironmentUpdateParams
) -> EnvironmentUpdateParams:
    d = src_dict
    _Built = _New(cls)
    _Built.name = d.get("name", UNSET)
    description = d.get("description", UNSET)

    _Built.description = description
    _config = d.get("config", UNSET)
    config = _config if _config is UNSET else _parse_config(_config)

    _Built.config = config
    _metadata = d.get("metadata", UNSET)
    metadata: MetadataPatch | Unset
    if _metadata is UNSET:
        metadata = UNSET
    else:
        metadata = _metadata_patch_from_dict(_metadata)

    _Built.metadata = metadata
    _scope = d.get("scope", UNSET)
    scope: EnvironmentScope | Unset
    if _scope is UNSET:
        scope = UNSET
    else:
        scope = _EnvironmentScope_MEMBERS[_scope]

    _Built.scope = scope
    if not _KNOWN_KEYS.issuperset(d):
        _Built.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN_KEYS}
    return _Built


class EnvironmentUpdateParamsDict(TypedDict, total=False):
    """`EnvironmentUpdateParams` as a plain dict: its fields under their names on the wire."""

    name: str

    description: str | None

    config: CloudConfigParam | CloudConfigParamDict | SelfHostedConfigParam | SelfHostedConfigParamDict

    metadata: MetadataPatch | Mapping[str, None | str]

    scope: EnvironmentScope | Literal["organization", "account"]


_config_modules = {
    "cloud": "cloud_config_param",
    "self_hosted": "self_hosted_config_param",
}
_config_parsers: dict[str, Callable[[Mapping[str, Any]], CloudConfigParam | SelfHostedConfigParam]] = {}


def _parse_config(data: object) -> CloudConfigParam | SelfHostedConfigParam | Unset:
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        kind = data.get("type")
        if isinstance(kind, str):
            parse = _config_parsers.get(kind)
            if parse is None and kind in _config_modules:
                module = _config_modules[kind]
                parse = getattr(import_module(f"..models.{module}", __package__), f"_{module}_from_dict")
                _config_parsers[kind] = parse
            if parse is not None:
                try:
                    return parse(data)
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
    from ..models.cloud_config_param import _cloud_config_param_from_dict
    from ..models.self_hosted_config_param import _self_hosted_config_param_from_dict

    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_environment_config_param_type_0 = _cloud_config_param_from_dict(data)

        return componentsschemas_environment_config_param_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, dict):
        raise TypeError()
    componentsschemas_environment_config_param_type_1 = _self_hosted_config_param_from_dict(data)

    return componentsschemas_environment_config_param_type_1


_KNOWN_KEYS = frozenset({"name", "description", "config", "metadata", "scope"})


from ..models.metadata_patch import (
    MetadataPatch,  # noqa: E402
    _metadata_patch_from_dict,  # noqa: E402
)
