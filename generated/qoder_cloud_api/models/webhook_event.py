# Generated from openapi.yaml by openapi-python-client and overlays/templates: do not edit; run `make generate`.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.webhook_event_object_type import _MEMBERS as _WebhookEventObjectType_MEMBERS
from ..models.webhook_event_object_type import WebhookEventObjectType
from ..types import UNSET, ModelBase, Unset

if TYPE_CHECKING:
    from ..models.webhook_event_data import WebhookEventData


T = TypeVar("T", bound="WebhookEvent")
_New = object.__new__
_FromIsoformat = datetime.datetime.fromisoformat


@_attrs_define(repr=False)
class WebhookEvent(ModelBase):
    """The body of every webhook delivery. `id` is the `Webhook-ID` header; `data.type` the event's type.
    Servers may add fields and event types: unknown ones are kept, not refused.

        Attributes:
            id (str): The event ID (`whe_` prefix), the same as the `Webhook-ID` header.
            data (WebhookEventData): What happened, and to which resource. Fields beyond these depend on the event type and
                are kept.
            type_ (WebhookEventObjectType | Unset): Always `event`.
            created_at (datetime.datetime | Unset): When the event happened.
    """

    id: str
    data: WebhookEventData
    type_: WebhookEventObjectType | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        data = self.data.to_dict()

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "data": data,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if created_at is not UNSET:
            field_dict["created_at"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        return cast(T, _webhook_event_from_dict(src_dict, cls))

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
    def type(self) -> WebhookEventObjectType | Unset:
        """Same as ``type_``."""
        return self.type_


def _webhook_event_from_dict(src_dict: Mapping[str, Any], cls: type[WebhookEvent] = WebhookEvent) -> WebhookEvent:
    d = src_dict
    _Built = _New(cls)
    _Built.id = d["id"]
    data = _webhook_event_data_from_dict(d["data"])

    _Built.data = data
    _type_ = d.get("type", UNSET)
    type_: WebhookEventObjectType | Unset
    if _type_ is UNSET:
        type_ = UNSET
    else:
        type_ = _WebhookEventObjectType_MEMBERS[_type_]

    _Built.type_ = type_
    _created_at = d.get("created_at", UNSET)
    created_at: datetime.datetime | Unset
    if _created_at is UNSET:
        created_at = UNSET
    else:
        created_at = _FromIsoformat(_created_at)

    _Built.created_at = created_at
    if not _KNOWN_KEYS.issuperset(d):
        _Built.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN_KEYS}
    return _Built


_KNOWN_KEYS = frozenset({"id", "data", "type", "created_at"})


from ..models.webhook_event_data import (
    WebhookEventData,  # noqa: E402
    _webhook_event_data_from_dict,  # noqa: E402
)
