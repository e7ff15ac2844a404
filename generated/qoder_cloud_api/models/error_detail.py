# Generated from openapi.yaml by openapi-python-client and overlays/templates: do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelBase, Unset

T = TypeVar("T", bound="ErrorDetail")
_New = object.__new__


@_attrs_define(repr=False)
class ErrorDetail(ModelBase):
    """What went wrong.

    Attributes:
        type_ (str): Error category, e.g. `invalid_request_error`, `authentication_error`, `permission_error`,
            `not_found_error`, `conflict_error`, `rate_limit_error`, `api_error`, `overloaded_error`,
            `feature_not_available`. Open set.
        message (str): Human-readable explanation.
        param (None | str | Unset): The request field at fault, when there is one.
        feature (None | str | Unset): The beta feature involved (oldest servers, 501 only).
        available_from (None | str | Unset): When the beta feature becomes available (oldest servers, 501 only).
        code (None | str | Unset): A finer machine-readable reason within `type`, e.g. `invalid_request_body`, when the
            server
            sends one. Not in the docs of these operations; read by the official SDKs.
    """

    type_: str
    message: str
    param: None | str | Unset = UNSET
    feature: None | str | Unset = UNSET
    available_from: None | str | Unset = UNSET
    code: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        message = self.message

        param: None | str | Unset
        if isinstance(self.param, Unset):
            param = UNSET
        else:
            param = self.param

        feature: None | str | Unset
        if isinstance(self.feature, Unset):
            feature = UNSET
        else:
            feature = self.feature

        available_from: None | str | Unset
        if isinstance(self.available_from, Unset):
            available_from = UNSET
        else:
            available_from = self.available_from

        code: None | str | Unset
        if isinstance(self.code, Unset):
            code = UNSET
        else:
            code = self.code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "message": message,
            }
        )
        if param is not UNSET:
            field_dict["param"] = param
        if feature is not UNSET:
            field_dict["feature"] = feature
        if available_from is not UNSET:
            field_dict["available_from"] = available_from
        if code is not UNSET:
            field_dict["code"] = code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        return cast(T, _error_detail_from_dict(src_dict, cls))

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
    def type(self) -> str:
        """Same as ``type_``."""
        return self.type_


def _error_detail_from_dict(src_dict: Mapping[str, Any], cls: type[ErrorDetail] = ErrorDetail) -> ErrorDetail:
    d = src_dict
    _Built = _New(cls)
    _Built.type_ = d["type"]
    _Built.message = d["message"]
    param = d.get("param", UNSET)

    _Built.param = param
    feature = d.get("feature", UNSET)

    _Built.feature = feature
    available_from = d.get("available_from", UNSET)

    _Built.available_from = available_from
    code = d.get("code", UNSET)

    _Built.code = code
    if not _KNOWN_KEYS.issuperset(d):
        _Built.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN_KEYS}
    return _Built


_KNOWN_KEYS = frozenset({"type", "message", "param", "feature", "available_from", "code"})
