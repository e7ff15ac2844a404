# Generated from openapi.yaml by openapi-python-client and overlays/templates: do not edit; run `make generate`.
from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal, TypedDict, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from ..models.session_status import _MEMBERS as _SessionStatus_MEMBERS
from ..models.session_status import SessionStatus
from ..models.sort_order import _MEMBERS as _SortOrder_MEMBERS
from ..models.sort_order import SortOrder
from ..types import UNSET, ModelBase, Unset, enum_input

if TYPE_CHECKING:
    from ..models.metadata_filter import MetadataFilter


def _input_order(value: SortOrder | Literal["asc", "desc"] | Unset) -> SortOrder | Unset:
    if isinstance(value, (SortOrder, Unset)):
        return value
    return enum_input(SortOrder, value, "SessionSearchParams.order")


T = TypeVar("T", bound="SessionSearchParams")
_New = object.__new__
_FromIsoformat = datetime.datetime.fromisoformat


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class SessionSearchParams(ModelBase):
    """The body of `sessions_search`; every field is optional and they combine with AND.

    Attributes:
        metadata (MetadataFilter | Unset): Only items whose metadata holds every one of these keys with exactly this
            value. Keys are 1 to
            64 characters, values up to 512.
        limit (int | Unset): Page size, 1 to 100 (20 when left out).
        page (str | Unset): The `next_page` of the previous answer, sent back unchanged; never built by hand.
        name (str | Unset): Only sessions whose title contains this text (ignoring case).
        order (SortOrder | Unset): The order of a list by time, `asc` or `desc` (each list says which is its default).
        include_archived (bool | Unset): Include archived sessions (they are left out when this is not sent).
        statuses (list[SessionStatus] | Unset): Only sessions in one of these statuses.
        agent_id (str | Unset): Only sessions of this agent.
        agent_version (int | Unset): Only sessions pinned to this agent version; meaningful together with `agent_id`.
        deployment_id (str | Unset): Only sessions started by this deployment.
        memory_store_id (str | Unset): Only sessions that mount this memory store.
        created_atgt (datetime.datetime | Unset): Only sessions created strictly after this RFC 3339 time.
        created_atgte (datetime.datetime | Unset): Only sessions created at or after this RFC 3339 time.
        created_atlt (datetime.datetime | Unset): Only sessions created strictly before this RFC 3339 time.
        created_atlte (datetime.datetime | Unset): Only sessions created at or before this RFC 3339 time.
    """

    metadata: MetadataFilter | Unset = UNSET
    limit: int | Unset = UNSET
    page: str | Unset = UNSET
    name: str | Unset = UNSET
    order: SortOrder | Unset = _attrs_field(default=UNSET, converter=_input_order)
    include_archived: bool | Unset = UNSET
    statuses: list[SessionStatus] | Unset = UNSET
    agent_id: str | Unset = UNSET
    agent_version: int | Unset = UNSET
    deployment_id: str | Unset = UNSET
    memory_store_id: str | Unset = UNSET
    created_atgt: datetime.datetime | Unset = UNSET
    created_atgte: datetime.datetime | Unset = UNSET
    created_atlt: datetime.datetime | Unset = UNSET
    created_atlte: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        limit = self.limit

        page = self.page

        name = self.name

        order: str | Unset = UNSET
        if not isinstance(self.order, Unset):
            order = self.order.value

        include_archived = self.include_archived

        statuses: list[str] | Unset = UNSET
        if not isinstance(self.statuses, Unset):
            statuses = []
            for statuses_item_data in self.statuses:
                statuses_item = statuses_item_data.value
                statuses.append(statuses_item)

        agent_id = self.agent_id

        agent_version = self.agent_version

        deployment_id = self.deployment_id

        memory_store_id = self.memory_store_id

        created_atgt: str | Unset = UNSET
        if not isinstance(self.created_atgt, Unset):
            created_atgt = self.created_atgt.isoformat()

        created_atgte: str | Unset = UNSET
        if not isinstance(self.created_atgte, Unset):
            created_atgte = self.created_atgte.isoformat()

        created_atlt: str | Unset = UNSET
        if not isinstance(self.created_atlt, Unset):
            created_atlt = self.created_atlt.isoformat()

        created_atlte: str | Unset = UNSET
        if not isinstance(self.created_atlte, Unset):
            created_atlte = self.created_atlte.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if limit is not UNSET:
            field_dict["limit"] = limit
        if page is not UNSET:
            field_dict["page"] = page
        if name is not UNSET:
            field_dict["name"] = name
        if order is not UNSET:
            field_dict["order"] = order
        if include_archived is not UNSET:
            field_dict["include_archived"] = include_archived
        if statuses is not UNSET:
            field_dict["statuses"] = statuses
        if agent_id is not UNSET:
            field_dict["agent_id"] = agent_id
        if agent_version is not UNSET:
            field_dict["agent_version"] = agent_version
        if deployment_id is not UNSET:
            field_dict["deployment_id"] = deployment_id
        if memory_store_id is not UNSET:
            field_dict["memory_store_id"] = memory_store_id
        if created_atgt is not UNSET:
            field_dict["created_at[gt]"] = created_atgt
        if created_atgte is not UNSET:
            field_dict["created_at[gte]"] = created_atgte
        if created_atlt is not UNSET:
            field_dict["created_at[lt]"] = created_atlt
        if created_atlte is not UNSET:
            field_dict["created_at[lte]"] = created_atlte

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        return cast(T, _session_search_params_from_dict(src_dict, cls))

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


def _session_search_params_from_dict(
    src_dict: Mapping[str, Any], cls: type[SessionSearchParams] = SessionSearchParams
) -> SessionSearchParams:
    d = src_dict
    _Built = _New(cls)
    _metadata = d.get("metadata", UNSET)
    metadata: MetadataFilter | Unset
    if _metadata is UNSET:
        metadata = UNSET
    else:
        metadata = _metadata_filter_from_dict(_metadata)

    _Built.metadata = metadata
    _Built.limit = d.get("limit", UNSET)
    _Built.page = d.get("page", UNSET)
    _Built.name = d.get("name", UNSET)
    _order = d.get("order", UNSET)
    order: SortOrder | Unset
    if _order is UNSET:
        order = UNSET
    else:
        order = _SortOrder_MEMBERS[_order]

    _Built.order = order
    _Built.include_archived = d.get("include_archived", UNSET)
    _statuses = d.get("statuses", UNSET)
    statuses: list[SessionStatus] | Unset = UNSET
    if _statuses is not UNSET:
        statuses = [_SessionStatus_MEMBERS[statuses_item_data] for statuses_item_data in _statuses]

    _Built.statuses = statuses
    _Built.agent_id = d.get("agent_id", UNSET)
    _Built.agent_version = d.get("agent_version", UNSET)
    _Built.deployment_id = d.get("deployment_id", UNSET)
    _Built.memory_store_id = d.get("memory_store_id", UNSET)
    _created_atgt = d.get("created_at[gt]", UNSET)
    created_atgt: datetime.datetime | Unset
    if _created_atgt is UNSET:
        created_atgt = UNSET
    else:
        created_atgt = _FromIsoformat(_created_atgt)

    _Built.created_atgt = created_atgt
    _created_atgte = d.get("created_at[gte]", UNSET)
    created_atgte: datetime.datetime | Unset
    if _created_atgte is UNSET:
        created_atgte = UNSET
    else:
        created_atgte = _FromIsoformat(_created_atgte)

    _Built.created_atgte = created_atgte
    _created_atlt = d.get("created_at[lt]", UNSET)
    created_atlt: datetime.datetime | Unset
    if _created_atlt is UNSET:
        created_atlt = UNSET
    else:
        created_atlt = _FromIsoformat(_created_atlt)

    _Built.created_atlt = created_atlt
    _created_atlte = d.get("created_at[lte]", UNSET)
    created_atlte: datetime.datetime | Unset
    if _created_atlte is UNSET:
        created_atlte = UNSET
    else:
        created_atlte = _FromIsoformat(_created_atlte)

    _Built.created_atlte = created_atlte
    if not _KNOWN_KEYS.issuperset(d):
        _Built.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN_KEYS}
    return _Built


SessionSearchParamsDict = TypedDict(
    "SessionSearchParamsDict",
    {
        "metadata": "MetadataFilter | Mapping[str, str]",
        "limit": "int",
        "page": "str",
        "name": "str",
        "order": "SortOrder | Literal['asc', 'desc']",
        "include_archived": "bool",
        "statuses": "Sequence[SessionStatus | Literal['idle', 'running', 'rescheduling', 'canceling', 'terminated']]",
        "agent_id": "str",
        "agent_version": "int",
        "deployment_id": "str",
        "memory_store_id": "str",
        "created_at[gt]": "datetime.datetime",
        "created_at[gte]": "datetime.datetime",
        "created_at[lt]": "datetime.datetime",
        "created_at[lte]": "datetime.datetime",
    },
    total=False,
)
"""`SessionSearchParams` as a plain dict: its fields under their names on the wire."""


_KNOWN_KEYS = frozenset(
    {
        "metadata",
        "limit",
        "page",
        "name",
        "order",
        "include_archived",
        "statuses",
        "agent_id",
        "agent_version",
        "deployment_id",
        "memory_store_id",
        "created_at[gt]",
        "created_at[gte]",
        "created_at[lt]",
        "created_at[lte]",
    }
)


from ..models.metadata_filter import (
    MetadataFilter,  # noqa: E402
    _metadata_filter_from_dict,  # noqa: E402
)
