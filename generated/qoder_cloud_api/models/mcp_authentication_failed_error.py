# Generated from openapi.yaml by openapi-python-client and overlays/templates: do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelBase, Unset

if TYPE_CHECKING:
    from ..models.retry_status import RetryStatus


T = TypeVar("T", bound="MCPAuthenticationFailedError")
_New = object.__new__


@_attrs_define(repr=False)
class MCPAuthenticationFailedError(ModelBase):
    """An MCP server refused the credentials.

    Attributes:
        type_ (Literal['mcp_authentication_failed_error']): Always `mcp_authentication_failed_error`.
        message (str): Human-readable explanation.
        mcp_server_name (str | Unset): The server, by its name in the agent's `mcp_servers`.
        retry_status (RetryStatus | Unset): What happens after an error. Not in the docs; sent by the official SDK.
        qoder_error_code (str | Unset): A diagnostic code. Not in the docs; sent by the official SDK.
    """

    type_: Literal["mcp_authentication_failed_error"]
    message: str
    mcp_server_name: str | Unset = UNSET
    retry_status: RetryStatus | Unset = UNSET
    qoder_error_code: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        message = self.message

        mcp_server_name = self.mcp_server_name

        retry_status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.retry_status, Unset):
            retry_status = self.retry_status.to_dict()

        qoder_error_code = self.qoder_error_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "message": message,
            }
        )
        if mcp_server_name is not UNSET:
            field_dict["mcp_server_name"] = mcp_server_name
        if retry_status is not UNSET:
            field_dict["retry_status"] = retry_status
        if qoder_error_code is not UNSET:
            field_dict["qoder_error_code"] = qoder_error_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        return cast(T, _mcp_authentication_failed_error_from_dict(src_dict, cls))

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
    def type(self) -> Literal["mcp_authentication_failed_error"]:
        """Same as ``type_``."""
        return self.type_


def _mcp_authentication_failed_error_from_dict(
    src_dict: Mapping[str, Any], cls: type[MCPAuthenticationFailedError] = MCPAuthenticationFailedError
) -> MCPAuthenticationFailedError:
    d = src_dict
    _Built = _New(cls)
    type_ = d["type"]
    if type_ != "mcp_authentication_failed_error":
        raise ValueError(f"type must match const 'mcp_authentication_failed_error', got '{type_}'")
    _Built.type_ = type_
    _Built.message = d["message"]
    _Built.mcp_server_name = d.get("mcp_server_name", UNSET)
    _retry_status = d.get("retry_status", UNSET)
    retry_status: RetryStatus | Unset
    if _retry_status is UNSET:
        retry_status = UNSET
    else:
        retry_status = _retry_status_from_dict(_retry_status)

    _Built.retry_status = retry_status
    _Built.qoder_error_code = d.get("qoder_error_code", UNSET)
    if not _KNOWN_KEYS.issuperset(d):
        _Built.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN_KEYS}
    return _Built


_KNOWN_KEYS = frozenset({"type", "message", "mcp_server_name", "retry_status", "qoder_error_code"})


from ..models.retry_status import (
    RetryStatus,  # noqa: E402
    _retry_status_from_dict,  # noqa: E402
)
