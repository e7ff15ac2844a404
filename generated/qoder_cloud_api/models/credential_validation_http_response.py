# Generated from openapi.yaml by openapi-python-client and overlays/templates: do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelBase, Unset

T = TypeVar("T", bound="CredentialValidationHTTPResponse")
_New = object.__new__


@_attrs_define(repr=False)
class CredentialValidationHTTPResponse(ModelBase):
    """A summary of one HTTP answer received during a check.

    Attributes:
        status_code (int | Unset): HTTP status.
        content_type (str | Unset): The answer's `Content-Type`.
        body (str | Unset): The answer's body, possibly cut short.
        body_truncated (bool | Unset): Whether `body` was cut short.
    """

    status_code: int | Unset = UNSET
    content_type: str | Unset = UNSET
    body: str | Unset = UNSET
    body_truncated: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        status_code = self.status_code

        content_type = self.content_type

        body = self.body

        body_truncated = self.body_truncated

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status_code is not UNSET:
            field_dict["status_code"] = status_code
        if content_type is not UNSET:
            field_dict["content_type"] = content_type
        if body is not UNSET:
            field_dict["body"] = body
        if body_truncated is not UNSET:
            field_dict["body_truncated"] = body_truncated

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        return cast(T, _credential_validation_http_response_from_dict(src_dict, cls))

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


def _credential_validation_http_response_from_dict(
    src_dict: Mapping[str, Any], cls: type[CredentialValidationHTTPResponse] = CredentialValidationHTTPResponse
) -> CredentialValidationHTTPResponse:
    d = src_dict
    _Built = _New(cls)
    _Built.status_code = d.get("status_code", UNSET)
    _Built.content_type = d.get("content_type", UNSET)
    _Built.body = d.get("body", UNSET)
    _Built.body_truncated = d.get("body_truncated", UNSET)
    if not _KNOWN_KEYS.issuperset(d):
        _Built.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN_KEYS}
    return _Built


_KNOWN_KEYS = frozenset({"status_code", "content_type", "body", "body_truncated"})
