# Generated from openapi.yaml by openapi-python-client and overlays/templates: do not edit; run `make generate`.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.webhook_event_object_type import WebhookEventObjectType
from ..types import UNSET, ModelBase, Unset

if TYPE_CHECKING:
    from ..models.webhook_event_data import WebhookEventData


T = TypeVar("T", bound="WebhookEvent")


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
        d = dict(src_dict)
        id = d.pop("id")

        data = WebhookEventData.from_dict(d.pop("data"))

        _type_ = d.pop("type", UNSET)
        type_: WebhookEventObjectType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = WebhookEventObjectType.from_value(_type_)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        webhook_event = cls(
            id=id,
            data=data,
            type_=type_,
            created_at=created_at,
        )

        webhook_event.additional_properties = d
        return webhook_event

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


from ..models.webhook_event_data import WebhookEventData  # noqa: E402
