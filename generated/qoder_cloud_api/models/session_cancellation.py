# Generated from openapi.yaml by openapi-python-client and overlays/templates: do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.session_object_type import SessionObjectType
from ..models.session_status import SessionStatus
from ..types import UNSET, ModelBase, Unset

T = TypeVar("T", bound="SessionCancellation")


@_attrs_define(repr=False)
class SessionCancellation(ModelBase):
    """The answer to a cancel request.

    Attributes:
        id (str): The session ID.
        type_ (SessionObjectType | Unset): Always `session`.
        status (SessionStatus | Unset): Where the session is in its life: `idle` (waiting for input, or paused for
            client action),
            `running` (working on a turn), `rescheduling` (recovering from a transient failure), `canceling`
            (stopping a turn, briefly) or `terminated` (ended for good). Archiving does not change it.
    """

    id: str
    type_: SessionObjectType | Unset = UNSET
    status: SessionStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        _type_ = d.pop("type", UNSET)
        type_: SessionObjectType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = SessionObjectType.from_value(_type_)

        _status = d.pop("status", UNSET)
        status: SessionStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = SessionStatus.from_value(_status)

        session_cancellation = cls(
            id=id,
            type_=type_,
            status=status,
        )

        session_cancellation.additional_properties = d
        return session_cancellation

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
    def type(self) -> SessionObjectType | Unset:
        """Same as ``type_``."""
        return self.type_
