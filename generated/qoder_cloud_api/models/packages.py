# Generated from openapi.yaml by openapi-python-client and overlays/templates: do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypedDict, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from ..models.packages_type import _MEMBERS as _PackagesType_MEMBERS
from ..models.packages_type import PackagesType
from ..types import UNSET, ModelBase, Unset, enum_input


def _input_type_(value: PackagesType | Literal["packages"] | Unset) -> PackagesType | Unset:
    if isinstance(value, (PackagesType, Unset)):
        return value
    return enum_input(PackagesType, value, "Packages.type_")


T = TypeVar("T", bound="Packages")
_New = object.__new__


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class Packages(ModelBase):
    """Packages installed while the sandbox is prepared. Current servers install `apt`, `pip` and `npm`;
    the other managers are stored but not installed.

        Attributes:
            type_ (PackagesType | Unset): Always `packages` when sent by the server.
            apt (list[str] | None | Unset): Package specifiers, e.g. `requests` or `PyYAML==6.0.1`.
            pip (list[str] | None | Unset): Package specifiers, e.g. `requests` or `PyYAML==6.0.1`.
            npm (list[str] | None | Unset): Package specifiers, e.g. `requests` or `PyYAML==6.0.1`.
            cargo (list[str] | None | Unset): Package specifiers, e.g. `requests` or `PyYAML==6.0.1`.
            gem (list[str] | None | Unset): Package specifiers, e.g. `requests` or `PyYAML==6.0.1`.
            go (list[str] | None | Unset): Package specifiers, e.g. `requests` or `PyYAML==6.0.1`.
    """

    type_: PackagesType | Unset = _attrs_field(default=UNSET, converter=_input_type_)
    apt: list[str] | None | Unset = UNSET
    pip: list[str] | None | Unset = UNSET
    npm: list[str] | None | Unset = UNSET
    cargo: list[str] | None | Unset = UNSET
    gem: list[str] | None | Unset = UNSET
    go: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        apt: list[str] | None | Unset
        if isinstance(self.apt, Unset):
            apt = UNSET
        elif isinstance(self.apt, list):
            apt = self.apt

        else:
            apt = self.apt

        pip: list[str] | None | Unset
        if isinstance(self.pip, Unset):
            pip = UNSET
        elif isinstance(self.pip, list):
            pip = self.pip

        else:
            pip = self.pip

        npm: list[str] | None | Unset
        if isinstance(self.npm, Unset):
            npm = UNSET
        elif isinstance(self.npm, list):
            npm = self.npm

        else:
            npm = self.npm

        cargo: list[str] | None | Unset
        if isinstance(self.cargo, Unset):
            cargo = UNSET
        elif isinstance(self.cargo, list):
            cargo = self.cargo

        else:
            cargo = self.cargo

        gem: list[str] | None | Unset
        if isinstance(self.gem, Unset):
            gem = UNSET
        elif isinstance(self.gem, list):
            gem = self.gem

        else:
            gem = self.gem

        go: list[str] | None | Unset
        if isinstance(self.go, Unset):
            go = UNSET
        elif isinstance(self.go, list):
            go = self.go

        else:
            go = self.go

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if apt is not UNSET:
            field_dict["apt"] = apt
        if pip is not UNSET:
            field_dict["pip"] = pip
        if npm is not UNSET:
            field_dict["npm"] = npm
        if cargo is not UNSET:
            field_dict["cargo"] = cargo
        if gem is not UNSET:
            field_dict["gem"] = gem
        if go is not UNSET:
            field_dict["go"] = go

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        return cast(T, _packages_from_dict(src_dict, cls))

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
    def type(self) -> PackagesType | Unset:
        """Same as ``type_``."""
        return self.type_


def _packages_from_dict(src_dict: Mapping[str, Any], cls: type[Packages] = Packages) -> Packages:
    d = src_dict
    _Built = _New(cls)
    _type_ = d.get("type", UNSET)
    type_: PackagesType | Unset
    if _type_ is UNSET:
        type_ = UNSET
    else:
        type_ = _PackagesType_MEMBERS[_type_]

    _Built.type_ = type_
    apt = d.get("apt", UNSET)

    _Built.apt = apt
    pip = d.get("pip", UNSET)

    _Built.pip = pip
    npm = d.get("npm", UNSET)

    _Built.npm = npm
    cargo = d.get("cargo", UNSET)

    _Built.cargo = cargo
    gem = d.get("gem", UNSET)

    _Built.gem = gem
    go = d.get("go", UNSET)

    _Built.go = go
    if not _KNOWN_KEYS.issuperset(d):
        _Built.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN_KEYS}
    return _Built


class PackagesDict(TypedDict, total=False):
    """`Packages` as a plain dict: its fields under their names on the wire."""

    type: PackagesType | Literal["packages"]

    apt: list[str] | tuple[str, ...] | None

    pip: list[str] | tuple[str, ...] | None

    npm: list[str] | tuple[str, ...] | None

    cargo: list[str] | tuple[str, ...] | None

    gem: list[str] | tuple[str, ...] | None

    go: list[str] | tuple[str, ...] | None


_KNOWN_KEYS = frozenset({"type", "apt", "pip", "npm", "cargo", "gem", "go"})
