# Generated from openapi.yaml by openapi-python-client and overlays/templates: do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Required, TypedDict, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelBase, Unset

if TYPE_CHECKING:
    from ..models.environment_variable_auth_param import EnvironmentVariableAuthParam
    from ..models.mcpo_auth_auth_param import MCPOAuthAuthParam
    from ..models.metadata import Metadata
    from ..models.static_bearer_auth_param import StaticBearerAuthParam


if TYPE_CHECKING:
    from ..models.environment_variable_auth_param import EnvironmentVariableAuthParamDict
    from ..models.mcpo_auth_auth_param import MCPOAuthAuthParamDict
    from ..models.static_bearer_auth_param import StaticBearerAuthParamDict


T = TypeVar("T", bound="CredentialCreateParams")


@_attrs_define(repr=False)
class CredentialCreateParams(ModelBase):
    """The body of `credentials_create`.

    Attributes:
        auth (EnvironmentVariableAuthParam | MCPOAuthAuthParam | StaticBearerAuthParam): The authentication to store,
            chosen by `type`, with its secrets.
        display_name (None | str | Unset): Accepted for compatibility but not stored; responses carry null.
        metadata (Metadata | Unset): Free-form string labels. At most 16 keys; keys up to 64 characters, values up to
            512.
    """

    auth: EnvironmentVariableAuthParam | MCPOAuthAuthParam | StaticBearerAuthParam
    display_name: None | str | Unset = UNSET
    metadata: Metadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        auth: dict[str, Any]
        if isinstance(self.auth, StaticBearerAuthParam):
            auth = self.auth.to_dict()
        elif isinstance(self.auth, MCPOAuthAuthParam):
            auth = self.auth.to_dict()
        else:
            auth = self.auth.to_dict()

        display_name: None | str | Unset
        if isinstance(self.display_name, Unset):
            display_name = UNSET
        else:
            display_name = self.display_name

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "auth": auth,
            }
        )
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_auth(data: object) -> EnvironmentVariableAuthParam | MCPOAuthAuthParam | StaticBearerAuthParam:
            if isinstance(data, dict):
                kind = data.get("type")
                try:
                    if kind == "static_bearer":
                        return StaticBearerAuthParam.from_dict(data)
                    if kind == "mcp_oauth":
                        return MCPOAuthAuthParam.from_dict(data)
                    if kind == "environment_variable":
                        return EnvironmentVariableAuthParam.from_dict(data)
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_credential_auth_param_type_0 = StaticBearerAuthParam.from_dict(data)

                return componentsschemas_credential_auth_param_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_credential_auth_param_type_1 = MCPOAuthAuthParam.from_dict(data)

                return componentsschemas_credential_auth_param_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_credential_auth_param_type_2 = EnvironmentVariableAuthParam.from_dict(data)

            return componentsschemas_credential_auth_param_type_2

        auth = _parse_auth(d.pop("auth"))

        def _parse_display_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("""None | str | Unset""", data)

        display_name = _parse_display_name(d.pop("display_name", UNSET))

        _metadata = d.pop("metadata", UNSET)
        metadata: Metadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = Metadata.from_dict(_metadata)

        credential_create_params = cls(
            auth=auth,
            display_name=display_name,
            metadata=metadata,
        )

        credential_create_params.additional_properties = d
        return credential_create_params

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


class CredentialCreateParamsDict(TypedDict, total=False):
    """`CredentialCreateParams` as a plain dict: its fields under their names on the wire."""

    auth: Required[
        StaticBearerAuthParam
        | StaticBearerAuthParamDict
        | MCPOAuthAuthParam
        | MCPOAuthAuthParamDict
        | EnvironmentVariableAuthParam
        | EnvironmentVariableAuthParamDict
    ]
    display_name: str | None
    metadata: Metadata | Mapping[str, str]


from ..models.environment_variable_auth_param import EnvironmentVariableAuthParam  # noqa: E402
from ..models.mcpo_auth_auth_param import MCPOAuthAuthParam  # noqa: E402
from ..models.metadata import Metadata  # noqa: E402
from ..models.static_bearer_auth_param import StaticBearerAuthParam  # noqa: E402
