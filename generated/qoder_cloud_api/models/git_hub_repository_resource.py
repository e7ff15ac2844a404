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
    from ..models.branch_checkout import BranchCheckout
    from ..models.commit_checkout import CommitCheckout
    from ..models.unknown_repository_checkout import UnknownRepositoryCheckout


T = TypeVar("T", bound="GitHubRepositoryResource")
_New = object.__new__
_FromIsoformat = datetime.datetime.fromisoformat


@_attrs_define(repr=False)
class GitHubRepositoryResource(ModelBase):
    """A GitHub repository cloned into the session. Its token is never returned.

    Attributes:
        id (str): Resource ID (`sesr_` prefix).
        type_ (Literal['github_repository']): Always `github_repository`.
        url (str): The repository URL.
        mount_path (str | Unset): Where the repository is checked out in the container.
        checkout (BranchCheckout | CommitCheckout | None | UnknownRepositoryCheckout | Unset): What is checked out; null
            when not reported.
        created_at (datetime.datetime | Unset): When it was mounted.
        updated_at (datetime.datetime | Unset): Last change time (e.g. a rotated token).
    """

    id: str
    type_: Literal["github_repository"]
    url: str
    mount_path: str | Unset = UNSET
    checkout: BranchCheckout | CommitCheckout | None | UnknownRepositoryCheckout | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        from ..models.branch_checkout import BranchCheckout
        from ..models.commit_checkout import CommitCheckout
        from ..models.unknown_repository_checkout import UnknownRepositoryCheckout

        id = self.id

        type_ = self.type_

        url = self.url

        mount_path = self.mount_path

        checkout: dict[str, Any] | None | Unset
        if isinstance(self.checkout, Unset):
            checkout = UNSET
        elif isinstance(self.checkout, BranchCheckout):
            checkout = self.checkout.to_dict()
        elif isinstance(self.checkout, CommitCheckout):
            checkout = self.checkout.to_dict()
        elif isinstance(self.checkout, UnknownRepositoryCheckout):
            checkout = self.checkout.to_dict()
        else:
            checkout = self.checkout

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
                "url": url,
            }
        )
        if mount_path is not UNSET:
            field_dict["mount_path"] = mount_path
        if checkout is not UNSET:
            field_dict["checkout"] = checkout
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        return cast(T, _git_hub_repository_resource_from_dict(src_dict, cls))

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
    def type(self) -> Literal["github_repository"]:
        """Same as ``type_``."""
        return self.type_


def _git_hub_repository_resource_from_dict(
    src_dict: Mapping[str, Any], cls: type[GitHubRepositoryResource] = GitHubRepositoryResource
) -> GitHubRepositoryResource:
    d = src_dict
    _Built = _New(cls)
    _Built.id = d["id"]
    type_ = d["type"]
    if type_ != "github_repository":
        raise ValueError(f"type must match const 'github_repository', got '{type_}'")
    _Built.type_ = type_
    _Built.url = d["url"]
    _Built.mount_path = d.get("mount_path", UNSET)
    _checkout = d.get("checkout", UNSET)
    checkout = _checkout if _checkout is None or _checkout is UNSET else _parse_checkout(_checkout)

    _Built.checkout = checkout
    _created_at = d.get("created_at", UNSET)
    created_at: datetime.datetime | Unset
    if _created_at is UNSET:
        created_at = UNSET
    else:
        created_at = _FromIsoformat(_created_at)

    _Built.created_at = created_at
    _updated_at = d.get("updated_at", UNSET)
    updated_at: datetime.datetime | Unset
    if _updated_at is UNSET:
        updated_at = UNSET
    else:
        updated_at = _FromIsoformat(_updated_at)

    _Built.updated_at = updated_at
    if not _KNOWN_KEYS.issuperset(d):
        _Built.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN_KEYS}
    return _Built


_checkout_modules = {
    "branch": "branch_checkout",
    "commit": "commit_checkout",
}
_checkout_parsers: dict[str, Callable[[Mapping[str, Any]], BranchCheckout | CommitCheckout]] = {}


def _parse_checkout(data: object) -> BranchCheckout | CommitCheckout | None | UnknownRepositoryCheckout | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        kind = data.get("type")
        if isinstance(kind, str):
            parse = _checkout_parsers.get(kind)
            if parse is None and kind in _checkout_modules:
                module = _checkout_modules[kind]
                parse = getattr(import_module(f"..models.{module}", __package__), f"_{module}_from_dict")
                _checkout_parsers[kind] = parse
            if parse is not None:
                try:
                    return parse(data)
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
    from ..models.branch_checkout import _branch_checkout_from_dict
    from ..models.commit_checkout import _commit_checkout_from_dict
    from ..models.unknown_repository_checkout import _unknown_repository_checkout_from_dict

    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_repository_checkout_type_0 = _branch_checkout_from_dict(data)

        return componentsschemas_repository_checkout_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_repository_checkout_type_1 = _commit_checkout_from_dict(data)

        return componentsschemas_repository_checkout_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_repository_checkout_type_2 = _unknown_repository_checkout_from_dict(data)

        return componentsschemas_repository_checkout_type_2
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("""BranchCheckout | CommitCheckout | None | UnknownRepositoryCheckout | Unset""", data)


_KNOWN_KEYS = frozenset({"id", "type", "url", "mount_path", "checkout", "created_at", "updated_at"})
