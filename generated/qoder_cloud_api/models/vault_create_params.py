# Generated from openapi.yaml by openapi-python-client and overlays/templates: do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Required, TypedDict, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelBase, Unset

if TYPE_CHECKING:
    from ..models.metadata import Metadata


T = TypeVar("T", bound="VaultCreateParams")
_New = object.__new__


@_attrs_define(repr=False)
class VaultCreateParams(ModelBase):
    """The body of `vaults_create`.

    Attributes:
        display_name (str): Human-readable name.
        metadata (Metadata | Unset): Free-form string labels. At most 16 keys; keys up to 64 characters, values up to
            512.
    """

    display_name: str
    metadata: Metadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        display_name = self.display_name

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "display_name": display_name,
            }
        )
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        return cast(T, _vault_create_params_from_dict(src_dict, cls))

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


def _vault_create_params_from_dict(
    src_dict: Mapping[str, Any], cls: type[VaultCreateParams] = VaultCreateParams
) -> VaultCreateParams:
    d = src_dict
    _Built = _New(cls)
    _Built.display_name = d["display_name"]
    _metadata = d.get("metadata", UNSET)
    metadata: Metadata | Unset
    if _metadata is UNSET:
        metadata = UNSET
    else:
        metadata = _metadata_from_dict(_metadata)

    _Built.metadata = metadata
    if not _KNOWN_KEYS.issuperset(d):
        _Built.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN_KEYS}
    return _Built


class VaultCreateParamsDict(TypedDict, total=False):
    """`VaultCreateParams` as a plain dict: its fields under their names on the wire."""

    display_name: Required[str]

    metadata: Metadata | Mapping[str, str]


_KNOWN_KEYS = frozenset({"display_name", "metadata"})


from ..models.metadata import (
    Metadata,  # noqa: E402
    _metadata_from_dict,  # noqa: E402
)
