# Generated from openapi.yaml by openapi-python-client and overlays/templates: do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ModelBase

if TYPE_CHECKING:
    from ..models.content_delta import ContentDelta
    from ..models.unknown_preview_delta import UnknownPreviewDelta


T = TypeVar("T", bound="EventDelta")
_New = object.__new__


@_attrs_define(repr=False)
class EventDelta(ModelBase):
    """Stream only: a piece of a previewed event. Pieces with a new `delta.index` start a block, the
    others extend the block with that index; the stored event, when it arrives, replaces the preview.

        Attributes:
            type_ (Literal['event_delta']): Always `event_delta`.
            event_id (str): The previewed event.
            delta (ContentDelta | UnknownPreviewDelta): A change to a preview, chosen by `type`. Other kinds are kept as
                `UnknownPreviewDelta`.
    """

    type_: Literal["event_delta"]
    event_id: str
    delta: ContentDelta | UnknownPreviewDelta
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        event_id = self.event_id

        delta: dict[str, Any]
        if isinstance(self.delta, ContentDelta):
            delta = self.delta.to_dict()
        else:
            delta = self.delta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "event_id": event_id,
                "delta": delta,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        return cast(T, _event_delta_from_dict(src_dict, cls))

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
    def type(self) -> Literal["event_delta"]:
        """Same as ``type_``."""
        return self.type_


def _event_delta_from_dict(src_dict: Mapping[str, Any], cls: type[EventDelta] = EventDelta) -> EventDelta:
    d = src_dict
    _Built = _New(cls)
    type_ = d["type"]
    if type_ != "event_delta":
        raise ValueError(f"type must match const 'event_delta', got '{type_}'")
    _Built.type_ = type_
    _Built.event_id = d["event_id"]
    delta = _parse_delta(d["delta"])

    _Built.delta = delta
    if not _KNOWN_KEYS.issuperset(d):
        _Built.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN_KEYS}
    return _Built


def _parse_delta(data: object) -> ContentDelta | UnknownPreviewDelta:
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_preview_delta_type_0 = _content_delta_from_dict(data)

        return componentsschemas_preview_delta_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, dict):
        raise TypeError()
    componentsschemas_preview_delta_type_1 = _unknown_preview_delta_from_dict(data)

    return componentsschemas_preview_delta_type_1


_KNOWN_KEYS = frozenset({"type", "event_id", "delta"})


from ..models.content_delta import (
    ContentDelta,  # noqa: E402
    _content_delta_from_dict,  # noqa: E402
)
from ..models.unknown_preview_delta import (
    UnknownPreviewDelta,  # noqa: E402
    _unknown_preview_delta_from_dict,  # noqa: E402
)
