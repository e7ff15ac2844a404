# Generated from openapi.yaml by openapi-python-client and overlays/templates: do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Callable, Mapping
from importlib import import_module
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelBase, Unset

if TYPE_CHECKING:
    from ..models.branch_checkout import BranchCheckout
    from ..models.commit_checkout import CommitCheckout
    from ..models.unknown_repository_checkout import UnknownRepositoryCheckout


T = TypeVar("T", bound="DeploymentResource")
_New = object.__new__


@_attrs_define(repr=False)
class DeploymentResource(ModelBase):
    """Something each run's session mounts, chosen by `type`, as configured (without secrets).

    Attributes:
        type_ (str): `file`, `github_repository`, `git_repository` or `memory_store`.
        file_id (str | Unset): The file, for `file`.
        url (str | Unset): The repository, for `github_repository` and `git_repository`.
        checkout (BranchCheckout | CommitCheckout | UnknownRepositoryCheckout | Unset): What is checked out, chosen by
            `type`. Other kinds are kept as `UnknownRepositoryCheckout`.
        memory_store_id (str | Unset): The store, for `memory_store`.
        access (str | Unset): `read_write` or `read_only`, for `memory_store`.
        instructions (None | str | Unset): How the agent should use the store, for `memory_store`.
        mount_path (None | str | Unset): Where it is mounted.
    """

    type_: str
    file_id: str | Unset = UNSET
    url: str | Unset = UNSET
    checkout: BranchCheckout | CommitCheckout | UnknownRepositoryCheckout | Unset = UNSET
    memory_store_id: str | Unset = UNSET
    access: str | Unset = UNSET
    instructions: None | str | Unset = UNSET
    mount_path: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        from ..models.branch_checkout import BranchCheckout
        from ..models.commit_checkout import CommitCheckout

        type_ = self.type_

        file_id = self.file_id

        url = self.url

        checkout: dict[str, Any] | Unset
        if isinstance(self.checkout, Unset):
            checkout = UNSET
        elif isinstance(self.checkout, BranchCheckout):
            checkout = self.checkout.to_dict()
        elif isinstance(self.checkout, CommitCheckout):
            checkout = self.checkout.to_dict()
        else:
            checkout = self.checkout.to_dict()

        memory_store_id = self.memory_store_id

        access = self.access

        instructions: None | str | Unset
        if isinstance(self.instructions, Unset):
            instructions = UNSET
        else:
            instructions = self.instructions

        mount_path: None | str | Unset
        if isinstance(self.mount_path, Unset):
            mount_path = UNSET
        else:
            mount_path = self.mount_path

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if file_id is not UNSET:
            field_dict["file_id"] = file_id
        if url is not UNSET:
            field_dict["url"] = url
        if checkout is not UNSET:
            field_dict["checkout"] = checkout
        if memory_store_id is not UNSET:
            field_dict["memory_store_id"] = memory_store_id
        if access is not UNSET:
            field_dict["access"] = access
        if instructions is not UNSET:
            field_dict["instructions"] = instructions
        if mount_path is not UNSET:
            field_dict["mount_path"] = mount_path

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        return cast(T, _deployment_resource_from_dict(src_dict, cls))

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
    def type(self) -> str:
        """Same as ``type_``."""
        return self.type_


def _deployment_resource_from_dict(
    src_dict: Mapping[str, Any], cls: type[DeploymentResource] = DeploymentResource
) -> DeploymentResource:
    d = src_dict
    _Built = _New(cls)
    _Built.type_ = d["type"]
    _Built.file_id = d.get("file_id", UNSET)
    _Built.url = d.get("url", UNSET)
    _checkout = d.get("checkout", UNSET)
    checkout = _checkout if _checkout is UNSET else _parse_checkout(_checkout)

    _Built.checkout = checkout
    _Built.memory_store_id = d.get("memory_store_id", UNSET)
    _Built.access = d.get("access", UNSET)
    instructions = d.get("instructions", UNSET)

    _Built.instructions = instructions
    mount_path = d.get("mount_path", UNSET)

    _Built.mount_path = mount_path
    if not _KNOWN_KEYS.issuperset(d):
        _Built.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN_KEYS}
    return _Built


_checkout_modules = {
    "branch": "branch_checkout",
    "commit": "commit_checkout",
}
_checkout_parsers: dict[str, Callable[[Mapping[str, Any]], BranchCheckout | CommitCheckout]] = {}


def _parse_checkout(data: object) -> BranchCheckout | CommitCheckout | UnknownRepositoryCheckout | Unset:
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
    if not isinstance(data, dict):
        raise TypeError()
    componentsschemas_repository_checkout_type_2 = _unknown_repository_checkout_from_dict(data)

    return componentsschemas_repository_checkout_type_2


_KNOWN_KEYS = frozenset(
    {"type", "file_id", "url", "checkout", "memory_store_id", "access", "instructions", "mount_path"}
)
