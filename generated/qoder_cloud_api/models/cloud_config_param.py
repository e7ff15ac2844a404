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
_New = object.__new__


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
        return cast(T, _cloud_config_param_from_dict(src_dict, cls))

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

    @property
    def type(self) -> Literal["cloud"]:
        """Same as ``type_``."""
        return self.type_


def _cloud_config_param_from_dict(
    src_dict: Mapping[str, Any], cls: type[CloudConfigParam] = CloudConfigParam
) -> CloudConfigParam:
    d = src_dict
    _Built = _New(cls)
    type_ = d["type"]
    if type_ != "cloud":
        raise ValueError(f"type must match const 'cloud', got '{type_}'")
    _Built.type_ = type_
    _networking = d.get("networking", UNSET)
    networking: NetworkingParam | Unset
    if _networking is UNSET:
        networking = UNSET
    else:
        networking = _networking_param_from_dict(_networking)

    _Built.networking = networking
    _packages = d.get("packages", UNSET)
    packages: Packages | Unset
    if _packages is UNSET:
        packages = UNSET
    else:
        packages = _packages_from_dict(_packages)

    _Built.packages = packages
    setup_script = d.get("setup_script", UNSET)

    _Built.setup_script = setup_script
    if not _KNOWN_KEYS.issuperset(d):
        _Built.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN_KEYS}
    return _Built


class CloudConfigParamDict(TypedDict, total=False):
    """`CloudConfigParam` as a plain dict: its fields under their names on the wire."""

    type: Required[Literal["cloud"]]

    networking: NetworkingParam | NetworkingParamDict

    packages: Packages | PackagesDict

    setup_script: str | None


_KNOWN_KEYS = frozenset({"type", "networking", "packages", "setup_script"})


from ..models.networking_param import (
    NetworkingParam,  # noqa: E402
    _networking_param_from_dict,  # noqa: E402
)
from ..models.packages import (
    Packages,  # noqa: E402
    _packages_from_dict,  # noqa: E402
)
