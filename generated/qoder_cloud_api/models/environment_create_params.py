# Generated from openapi.yaml by openapi-python-client and overlays/templates: do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, Required, TypedDict, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from ..models.environment_scope import EnvironmentScope
from ..types import UNSET, ModelBase, Unset, enum_input

if TYPE_CHECKING:
    from ..models.cloud_config_param import CloudConfigParam
    from ..models.metadata import Metadata
    from ..models.self_hosted_config_param import SelfHostedConfigParam


def _input_scope(value: EnvironmentScope | Literal["organization", "account"] | Unset) -> EnvironmentScope | Unset:
    if isinstance(value, (EnvironmentScope, Unset)):
        return value
    return enum_input(EnvironmentScope, value, "EnvironmentCreateParams.scope")


if TYPE_CHECKING:
    from ..models.cloud_config_param import CloudConfigParamDict
    from ..models.self_hosted_config_param import SelfHostedConfigParamDict


T = TypeVar("T", bound="EnvironmentCreateParams")


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class EnvironmentCreateParams(ModelBase):
    """The body of `environments_create`.

    Attributes:
        name (str): Environment name.
        description (None | str | Unset): Free-text description.
        config (CloudConfigParam | SelfHostedConfigParam | Unset): The configuration to store, chosen by `type`.
        metadata (Metadata | Unset): Free-form string labels. At most 16 keys; keys up to 64 characters, values up to
            512.
        scope (EnvironmentScope | Unset): Who can see the environment (`organization` or `account`). Not in the docs;
            sent by the official SDK.
    """

    name: str
    description: None | str | Unset = UNSET
    config: CloudConfigParam | SelfHostedConfigParam | Unset = UNSET
    metadata: Metadata | Unset = UNSET
    scope: EnvironmentScope | Unset = _attrs_field(default=UNSET, converter=_input_scope)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
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
        field_dict.update(
            {
                "name": name,
            }
        )
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
        d = dict(src_dict)
        name = d.pop("name")

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("""None | str | Unset""", data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_config(data: object) -> CloudConfigParam | SelfHostedConfigParam | Unset:
            if isinstance(data, Unset):
                return data
            if isinstance(data, dict):
                kind = data.get("type")
                try:
                    if kind == "cloud":
                        return CloudConfigParam.from_dict(data)
                    if kind == "self_hosted":
                        return SelfHostedConfigParam.from_dict(data)
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_environment_config_param_type_0 = CloudConfigParam.from_dict(data)

                return componentsschemas_environment_config_param_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_environment_config_param_type_1 = SelfHostedConfigParam.from_dict(data)

            return componentsschemas_environment_config_param_type_1

        config = _parse_config(d.pop("config", UNSET))

        _metadata = d.pop("metadata", UNSET)
        metadata: Metadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = Metadata.from_dict(_metadata)

        _scope = d.pop("scope", UNSET)
        scope: EnvironmentScope | Unset
        if isinstance(_scope, Unset):
            scope = UNSET
        else:
            scope = EnvironmentScope.from_value(_scope)

        environment_create_params = cls(
            name=name,
            description=description,
            config=config,
            metadata=metadata,
            scope=scope,
        )

        environment_create_params.additional_properties = d
        return environment_create_params

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


class EnvironmentCreateParamsDict(TypedDict, total=False):
    """`EnvironmentCreateParams` as a plain dict: its fields under their names on the wire."""

    name: Required[str]
    description: str | None
    config: CloudConfigParam | CloudConfigParamDict | SelfHostedConfigParam | SelfHostedConfigParamDict
    metadata: Metadata | Mapping[str, str]
    scope: EnvironmentScope | Literal["organization", "account"]


from ..models.cloud_config_param import CloudConfigParam  # noqa: E402
from ..models.metadata import Metadata  # noqa: E402
from ..models.self_hosted_config_param import SelfHostedConfigParam  # noqa: E402
