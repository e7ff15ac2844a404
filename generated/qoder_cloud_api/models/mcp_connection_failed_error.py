# Generated from openapi.yaml by openapi-python-client and overlays/templates: do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelBase, Unset

if TYPE_CHECKING:
    from ..models.retry_status import RetryStatus


T = TypeVar("T", bound="MCPConnectionFailedError")


@_attrs_define(repr=False)
class MCPConnectionFailedError(ModelBase):
    """An MCP server could not be reached.

    Attributes:
        type_ (Literal['mcp_connection_failed_error']): Always `mcp_connection_failed_error`.
        message (str): Human-readable explanation.
        mcp_server_name (str | Unset): The server, by its name in the agent's `mcp_servers`.
        retry_status (RetryStatus | Unset): What happens after an error. Not in the docs; sent by the official SDK.
        qoder_error_code (str | Unset): A diagnostic code. Not in the docs; sent by the official SDK.
    """

    type_: Literal["mcp_connection_failed_error"]
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
        d = dict(src_dict)
        type_ = cast("""Literal['mcp_connection_failed_error']""", d.pop("type"))
        if type_ != "mcp_connection_failed_error":
            raise ValueError(f"type must match const 'mcp_connection_failed_error', got '{type_}'")

        message = d.pop("message")

        mcp_server_name = d.pop("mcp_server_name", UNSET)

        _retry_status = d.pop("retry_status", UNSET)
        retry_status: RetryStatus | Unset
        if isinstance(_retry_status, Unset):
            retry_status = UNSET
        else:
            retry_status = RetryStatus.from_dict(_retry_status)

        qoder_error_code = d.pop("qoder_error_code", UNSET)

        mcp_connection_failed_error = cls(
            type_=type_,
            message=message,
            mcp_server_name=mcp_server_name,
            retry_status=retry_status,
            qoder_error_code=qoder_error_code,
        )

        mcp_connection_failed_error.additional_properties = d
        return mcp_connection_failed_error

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
    def type(self) -> Literal["mcp_connection_failed_error"]:
        """Same as ``type_``."""
        return self.type_


from ..models.retry_status import RetryStatus  # noqa: E402
