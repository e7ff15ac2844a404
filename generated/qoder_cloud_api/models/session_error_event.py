# Generated from openapi.yaml by openapi-python-client and overlays/templates: do not edit; run `make generate`.
from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping
from importlib import import_module
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelBase, Unset

if TYPE_CHECKING:
    from ..models.billing_error import BillingError
    from ..models.credential_host_unreachable_error import CredentialHostUnreachableError
    from ..models.mcp_authentication_failed_error import MCPAuthenticationFailedError
    from ..models.mcp_connection_failed_error import MCPConnectionFailedError
    from ..models.model_overloaded_error import ModelOverloadedError
    from ..models.model_rate_limited_error import ModelRateLimitedError
    from ..models.model_request_failed_error import ModelRequestFailedError
    from ..models.unknown_error import UnknownError
    from ..models.unknown_session_error import UnknownSessionError


T = TypeVar("T", bound="SessionErrorEvent")
_New = object.__new__
_FromIsoformat = datetime.datetime.fromisoformat


@_attrs_define(repr=False)
class SessionErrorEvent(ModelBase):
    """Something failed while the session worked; `error.retry_status` says what happens next.

    Attributes:
        id (str): Event ID (`evt_` prefix).
        type_ (Literal['session.error']): Always `session.error`.
        error (BillingError | CredentialHostUnreachableError | MCPAuthenticationFailedError | MCPConnectionFailedError |
            ModelOverloadedError | ModelRateLimitedError | ModelRequestFailedError | UnknownError | UnknownSessionError):
            What failed, chosen by `type`. Other kinds are kept as `UnknownSessionError`.
        processed_at (datetime.datetime | None | Unset): When the server processed the event.
    """

    id: str
    type_: Literal["session.error"]
    error: (
        BillingError
        | CredentialHostUnreachableError
        | MCPAuthenticationFailedError
        | MCPConnectionFailedError
        | ModelOverloadedError
        | ModelRateLimitedError
        | ModelRequestFailedError
        | UnknownError
        | UnknownSessionError
    )
    processed_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        from ..models.billing_error import BillingError
        from ..models.credential_host_unreachable_error import CredentialHostUnreachableError
        from ..models.mcp_authentication_failed_error import MCPAuthenticationFailedError
        from ..models.mcp_connection_failed_error import MCPConnectionFailedError
        from ..models.model_overloaded_error import ModelOverloadedError
        from ..models.model_rate_limited_error import ModelRateLimitedError
        from ..models.model_request_failed_error import ModelRequestFailedError
        from ..models.unknown_error import UnknownError

        id = self.id

        type_ = self.type_

        error: dict[str, Any]
        if isinstance(self.error, UnknownError):
            error = self.error.to_dict()
        elif isinstance(self.error, ModelOverloadedError):
            error = self.error.to_dict()
        elif isinstance(self.error, ModelRateLimitedError):
            error = self.error.to_dict()
        elif isinstance(self.error, ModelRequestFailedError):
            error = self.error.to_dict()
        elif isinstance(self.error, MCPConnectionFailedError):
            error = self.error.to_dict()
        elif isinstance(self.error, MCPAuthenticationFailedError):
            error = self.error.to_dict()
        elif isinstance(self.error, BillingError):
            error = self.error.to_dict()
        elif isinstance(self.error, CredentialHostUnreachableError):
            error = self.error.to_dict()
        else:
            error = self.error.to_dict()

        processed_at: None | str | Unset
        if isinstance(self.processed_at, Unset):
            processed_at = UNSET
        elif isinstance(self.processed_at, datetime.datetime):
            processed_at = self.processed_at.isoformat()
        else:
            processed_at = self.processed_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
                "error": error,
            }
        )
        if processed_at is not UNSET:
            field_dict["processed_at"] = processed_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        return cast(T, _session_error_event_from_dict(src_dict, cls))

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
    def type(self) -> Literal["session.error"]:
        """Same as ``type_``."""
        return self.type_


def _session_error_event_from_dict(
    src_dict: Mapping[str, Any], cls: type[SessionErrorEvent] = SessionErrorEvent
) -> SessionErrorEvent:
    d = src_dict
    _Built = _New(cls)
    _Built.id = d["id"]
    type_ = d["type"]
    if type_ != "session.error":
        raise ValueError(f"type must match const 'session.error', got '{type_}'")
    _Built.type_ = type_
    error = _parse_error(d["error"])

    _Built.error = error
    _processed_at = d.get("processed_at", UNSET)
    processed_at = (
        _processed_at if _processed_at is None or _processed_at is UNSET else _parse_processed_at(_processed_at)
    )

    _Built.processed_at = processed_at
    if not _KNOWN_KEYS.issuperset(d):
        _Built.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN_KEYS}
    return _Built


_error_modules = {
    "unknown_error": "unknown_error",
    "model_overloaded_error": "model_overloaded_error",
    "model_rate_limited_error": "model_rate_limited_error",
    "model_request_failed_error": "model_request_failed_error",
    "mcp_connection_failed_error": "mcp_connection_failed_error",
    "mcp_authentication_failed_error": "mcp_authentication_failed_error",
    "billing_error": "billing_error",
    "credential_host_unreachable_error": "credential_host_unreachable_error",
}
_error_parsers: dict[
    str,
    Callable[
        [Mapping[str, Any]],
        UnknownError
        | ModelOverloadedError
        | ModelRateLimitedError
        | ModelRequestFailedError
        | MCPConnectionFailedError
        | MCPAuthenticationFailedError
        | BillingError
        | CredentialHostUnreachableError,
    ],
] = {}


def _parse_error(
    data: object,
) -> (
    BillingError
    | CredentialHostUnreachableError
    | MCPAuthenticationFailedError
    | MCPConnectionFailedError
    | ModelOverloadedError
    | ModelRateLimitedError
    | ModelRequestFailedError
    | UnknownError
    | UnknownSessionError
):
    if isinstance(data, dict):
        kind = data.get("type")
        if isinstance(kind, str):
            parse = _error_parsers.get(kind)
            if parse is None and kind in _error_modules:
                module = _error_modules[kind]
                parse = getattr(import_module(f"..models.{module}", __package__), f"_{module}_from_dict")
                _error_parsers[kind] = parse
            if parse is not None:
                try:
                    return parse(data)
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
    from ..models.billing_error import _billing_error_from_dict
    from ..models.credential_host_unreachable_error import (
        _credential_host_unreachable_error_from_dict,
    )
    from ..models.mcp_authentication_failed_error import (
        _mcp_authentication_failed_error_from_dict,
    )
    from ..models.mcp_connection_failed_error import _mcp_connection_failed_error_from_dict
    from ..models.model_overloaded_error import _model_overloaded_error_from_dict
    from ..models.model_rate_limited_error import _model_rate_limited_error_from_dict
    from ..models.model_request_failed_error import _model_request_failed_error_from_dict
    from ..models.unknown_error import _unknown_error_from_dict
    from ..models.unknown_session_error import _unknown_session_error_from_dict

    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_session_error_type_0 = _unknown_error_from_dict(data)

        return componentsschemas_session_error_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_session_error_type_1 = _model_overloaded_error_from_dict(data)

        return componentsschemas_session_error_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_session_error_type_2 = _model_rate_limited_error_from_dict(data)

        return componentsschemas_session_error_type_2
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_session_error_type_3 = _model_request_failed_error_from_dict(data)

        return componentsschemas_session_error_type_3
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_session_error_type_4 = _mcp_connection_failed_error_from_dict(data)

        return componentsschemas_session_error_type_4
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_session_error_type_5 = _mcp_authentication_failed_error_from_dict(data)

        return componentsschemas_session_error_type_5
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_session_error_type_6 = _billing_error_from_dict(data)

        return componentsschemas_session_error_type_6
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_session_error_type_7 = _credential_host_unreachable_error_from_dict(data)

        return componentsschemas_session_error_type_7
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, dict):
        raise TypeError()
    componentsschemas_session_error_type_8 = _unknown_session_error_from_dict(data)

    return componentsschemas_session_error_type_8


def _parse_processed_at(data: object) -> datetime.datetime | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        processed_at_type_0 = _FromIsoformat(data)

        return processed_at_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("""datetime.datetime | None | Unset""", data)


_KNOWN_KEYS = frozenset({"id", "type", "error", "processed_at"})
