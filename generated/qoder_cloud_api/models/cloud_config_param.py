# Generated from openapi.yaml by openapi-python-client and overlays/templates: do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, Required, TypedDict, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelBase, Unset

if TYPE_CHECKING:
    from ..models.networking_param import NetworkingParam
    from ..models.packages import Packages


if TYPE_CHECKING:
    from ..models.networking_param import NetworkingParamDict
    from ..models.packages import PackagesDict


T = TypeVar("T", bound="CloudConfigParam")


@_attrs_define(repr=False)
class CloudConfigParam(ModelBase):
    """A sandbox managed by Qoder, as a request sends it.

    Attributes:
        type_ (Literal['cloud']): Always `cloud`.
        networking (NetworkingParam | Unset): Outbound network policy to store. `unrestricted` allows everything;
            `limited` allows
            `allowed_hosts` plus, when enabled, package registries and MCP servers; `allowlist` (older
            servers) allows `allowed_hosts`. Servers store `limited` when networking is omitted.
        packages (Packages | Unset): Packages installed while the sandbox is prepared. Current servers install `apt`,
            `pip` and `npm`;
            the other managers are stored but not installed.
        setup_script (None | str | Unset): A bash script run as root after packages install and before the agent starts
            (10 minute limit).
    """

    type_: Literal["cloud"]
    networking: NetworkingParam | Unset = UNSET
    packages: Packages | Unset = UNSET
    setup_script: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        networking: dict[str, Any] | Unset = UNSET
        if not isinstance(self.networking, Unset):
            networking = self.networking.to_dict()

        packages: dict[str, Any] | Unset = UNSET
        if not isinstance(self.packages, Unset):
            packages = self.packages.to_dict()

        setup_script: None | str | Unset
        if isinstance(self.setup_script, Unset):
            setup_script = UNSET
        else:
            setup_script = self.setup_script

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if networking is not UNSET:
            field_dict["networking"] = networking
        if packages is not UNSET:
            field_dict["packages"] = packages
        if setup_script is not UNSET:
            field_dict["setup_script"] = setup_script

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast("""Literal['cloud']""", d.pop("type"))
        if type_ != "cloud":
            raise ValueError(f"type must match const 'cloud', got '{type_}'")

        _networking = d.pop("networking", UNSET)
        networking: NetworkingParam | Unset
        if isinstance(_networking, Unset):
            networking = UNSET
        else:
            networking = NetworkingParam.from_dict(_networking)

        _packages = d.pop("packages", UNSET)
        packages: Packages | Unset
        if isinstance(_packages, Unset):
            packages = UNSET
        else:
            packages = Packages.from_dict(_packages)

        def _parse_setup_script(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("""None | str | Unset""", data)

        setup_script = _parse_setup_script(d.pop("setup_script", UNSET))

        cloud_config_param = cls(
            type_=type_,
            networking=networking,
            packages=packages,
            setup_script=setup_script,
        )

        cloud_config_param.additional_properties = d
        return cloud_config_param

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

    @property
    def type(self) -> Literal["cloud"]:
        """Same as ``type_``."""
        return self.type_


class CloudConfigParamDict(TypedDict, total=False):
    """`CloudConfigParam` as a plain dict: its fields under their names on the wire."""

    type: Required[Literal["cloud"]]
    networking: NetworkingParam | NetworkingParamDict
    packages: Packages | PackagesDict
    setup_script: str | None


from ..models.networking_param import NetworkingParam  # noqa: E402
from ..models.packages import Packages  # noqa: E402
