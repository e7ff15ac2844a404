# Generated from openapi.yaml by openapi-python-client and overlays/templates: do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.webhook_event_type import WebhookEventType
from ..types import UNSET, ModelBase, Unset

T = TypeVar("T", bound="WebhookEventData")


@_attrs_define(repr=False)
class WebhookEventData(ModelBase):
    """What happened, and to which resource. Fields beyond these depend on the event type and are kept.

    Attributes:
        type_ (WebhookEventType): The kind of event. The list holds the session events the documentation names; the
            service announces
            more (agent and thread events among them), and a type this client does not know is kept as it is.
        id (str | Unset): The ID of the resource the event is about; a session's (`sess_...`) for the session events.
        schema_version (int | Unset): The version of this event's shape (1).
    """

    type_: WebhookEventType
    id: str | Unset = UNSET
    schema_version: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        id = self.id

        schema_version = self.schema_version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if schema_version is not UNSET:
            field_dict["schema_version"] = schema_version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = WebhookEventType.from_value(d.pop("type"))

        id = d.pop("id", UNSET)

        schema_version = d.pop("schema_version", UNSET)

        webhook_event_data = cls(
            type_=type_,
            id=id,
            schema_version=schema_version,
        )

        webhook_event_data.additional_properties = d
        return webhook_event_data

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
    def type(self) -> WebhookEventType:
        """Same as ``type_``."""
        return self.type_
