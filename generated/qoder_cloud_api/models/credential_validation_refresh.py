# Generated from openapi.yaml by openapi-python-client and overlays/templates: do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.credential_refresh_status import _MEMBERS as _CredentialRefreshStatus_MEMBERS
from ..models.credential_refresh_status import CredentialRefreshStatus
from ..types import UNSET, ModelBase, Unset

if TYPE_CHECKING:
    from ..models.credential_validation_http_response import CredentialValidationHTTPResponse


T = TypeVar("T", bound="CredentialValidationRefresh")
_New = object.__new__


@_attrs_define(repr=False)
class CredentialValidationRefresh(ModelBase):
    """What happened when the server tried to refresh the access token.

    Attributes:
        status (CredentialRefreshStatus | Unset): `succeeded`, `failed`, `connect_error` (the endpoint could not be
            reached) or `no_refresh_token`.
        http_response (CredentialValidationHTTPResponse | None | Unset): The token endpoint's answer; null when no
            request was made.
    """

    status: CredentialRefreshStatus | Unset = UNSET
    http_response: CredentialValidationHTTPResponse | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        http_response: dict[str, Any] | None | Unset
        if isinstance(self.http_response, Unset):
            http_response = UNSET
        elif isinstance(self.http_response, CredentialValidationHTTPResponse):
            http_response = self.http_response.to_dict()
        else:
            http_response = self.http_response

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if http_response is not UNSET:
            field_dict["http_response"] = http_response

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        return cast(T, _credential_validation_refresh_from_dict(src_dict, cls))

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


def _credential_validation_refresh_from_dict(
    src_dict: Mapping[str, Any], cls: type[CredentialValidationRefresh] = CredentialValidationRefresh
) -> CredentialValidationRefresh:
    d = src_dict
    _Built = _New(cls)
    _status = d.get("status", UNSET)
    status: CredentialRefreshStatus | Unset
    if _status is UNSET:
        status = UNSET
    else:
        status = _CredentialRefreshStatus_MEMBERS[_status]

    _Built.status = status
    _http_response = d.get("http_response", UNSET)
    http_response = (
        _http_response if _http_response is None or _http_response is UNSET else _parse_http_response(_http_response)
    )

    _Built.http_response = http_response
    if not _KNOWN_KEYS.issuperset(d):
        _Built.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN_KEYS}
    return _Built


def _parse_http_response(data: object) -> CredentialValidationHTTPResponse | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        http_response_type_0 = _credential_validation_http_response_from_dict(data)

        return http_response_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("""CredentialValidationHTTPResponse | None | Unset""", data)


_KNOWN_KEYS = frozenset({"status", "http_response"})


from ..models.credential_validation_http_response import (
    CredentialValidationHTTPResponse,  # noqa: E402
    _credential_validation_http_response_from_dict,  # noqa: E402
)
