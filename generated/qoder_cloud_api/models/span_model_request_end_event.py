# Generated from openapi.yaml by openapi-python-client and overlays/templates: do not edit; run `make generate`.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelBase, Unset

if TYPE_CHECKING:
    from ..models.model_usage import ModelUsage


T = TypeVar("T", bound="SpanModelRequestEndEvent")
_New = object.__new__
_FromIsoformat = datetime.datetime.fromisoformat


@_attrs_define(repr=False)
class SpanModelRequestEndEvent(ModelBase):
    """A model request finished (it also closes an unfinished preview).

    Attributes:
        id (str): Event ID (`evt_` prefix).
        type_ (Literal['span.model_request_end']): Always `span.model_request_end`.
        processed_at (datetime.datetime | None | Unset): When the server processed the event.
        model_request_start_id (str | Unset): The matching `span.model_request_start` event.
        is_error (bool | Unset): True when the request failed.
        model_usage (ModelUsage | Unset): What one model request used. The docs promise only `credits` (and no token
            counts); the token
            fields and `speed` come from the official SDK's types.
    """

    id: str
    type_: Literal["span.model_request_end"]
    processed_at: datetime.datetime | None | Unset = UNSET
    model_request_start_id: str | Unset = UNSET
    is_error: bool | Unset = UNSET
    model_usage: ModelUsage | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_

        processed_at: None | str | Unset
        if isinstance(self.processed_at, Unset):
            processed_at = UNSET
        elif isinstance(self.processed_at, datetime.datetime):
            processed_at = self.processed_at.isoformat()
        else:
            processed_at = self.processed_at

        model_request_start_id = self.model_request_start_id

        is_error = self.is_error

        model_usage: dict[str, Any] | Unset = UNSET
        if not isinstance(self.model_usage, Unset):
            model_usage = self.model_usage.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
            }
        )
        if processed_at is not UNSET:
            field_dict["processed_at"] = processed_at
        if model_request_start_id is not UNSET:
            field_dict["model_request_start_id"] = model_request_start_id
        if is_error is not UNSET:
            field_dict["is_error"] = is_error
        if model_usage is not UNSET:
            field_dict["model_usage"] = model_usage

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        return cast(T, _span_model_request_end_event_from_dict(src_dict, cls))

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
    def type(self) -> Literal["span.model_request_end"]:
        """Same as ``type_``."""
        return self.type_


def _span_model_request_end_event_from_dict(
    src_dict: Mapping[str, Any], cls: type[SpanModelRequestEndEvent] = SpanModelRequestEndEvent
) -> SpanModelRequestEndEvent:
    d = src_dict
    _Built = _New(cls)
    _Built.id = d["id"]
    type_ = d["type"]
    if type_ != "span.model_request_end":
        raise ValueError(f"type must match const 'span.model_request_end', got '{type_}'")
    _Built.type_ = type_
    _processed_at = d.get("processed_at", UNSET)
    processed_at = (
        _processed_at if _processed_at is None or _processed_at is UNSET else _parse_processed_at(_processed_at)
    )

    _Built.processed_at = processed_at
    _Built.model_request_start_id = d.get("model_request_start_id", UNSET)
    _Built.is_error = d.get("is_error", UNSET)
    _model_usage = d.get("model_usage", UNSET)
    model_usage: ModelUsage | Unset
    if _model_usage is UNSET:
        model_usage = UNSET
    else:
        model_usage = _model_usage_from_dict(_model_usage)

    _Built.model_usage = model_usage
    if not _KNOWN_KEYS.issuperset(d):
        _Built.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN_KEYS}
    return _Built


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


_KNOWN_KEYS = frozenset({"id", "type", "processed_at", "model_request_start_id", "is_error", "model_usage"})


from ..models.model_usage import (
    ModelUsage,  # noqa: E402
    _model_usage_from_dict,  # noqa: E402
)
