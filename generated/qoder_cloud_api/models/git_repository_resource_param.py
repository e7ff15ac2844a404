# Generated from openapi.yaml by openapi-python-client and overlays/templates: do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Callable, Mapping
from importlib import import_module
from typing import TYPE_CHECKING, Any, Literal, Required, TypedDict, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelBase, Unset

if TYPE_CHECKING:
    from ..models.branch_checkout import BranchCheckout
    from ..models.commit_checkout import CommitCheckout


if TYPE_CHECKING:
    from ..models.branch_checkout import BranchCheckoutDict
    from ..models.commit_checkout import CommitCheckoutDict


T = TypeVar("T", bound="GitRepositoryResourceParam")
_New = object.__new__


@_attrs_define(repr=False)
class GitRepositoryResourceParam(ModelBase):
    """A repository on another Git host to clone. Not in the docs; sent by the official SDK.

    Attributes:
        type_ (Literal['git_repository']): Always `git_repository`.
        url (str): The repository URL, including the user name when a password is given.
        password (str | Unset): Password or token; stored, never returned.
        mount_path (None | str | Unset): Where to check it out.
        checkout (BranchCheckout | CommitCheckout | Unset): What to check out, chosen by `type`; the repository's
            default branch when omitted.
    """

    type_: Literal["git_repository"]
    url: str
    password: str | Unset = _attrs_field(
        default=UNSET,
        repr=False,
    )
    mount_path: None | str | Unset = UNSET
    checkout: BranchCheckout | CommitCheckout | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        from ..models.branch_checkout import BranchCheckout

        type_ = self.type_

        url = self.url

        password = self.password

        mount_path: None | str | Unset
        if isinstance(self.mount_path, Unset):
            mount_path = UNSET
        else:
            mount_path = self.mount_path

        checkout: dict[str, Any] | Unset
        if isinstance(self.checkout, Unset):
            checkout = UNSET
        elif isinstance(self.checkout, BranchCheckout):
            checkout = self.checkout.to_dict()
        else:
            checkout = self.checkout.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "url": url,
            }
        )
        if password is not UNSET:
            field_dict["password"] = password
        if mount_path is not UNSET:
            field_dict["mount_path"] = mount_path
        if checkout is not UNSET:
            field_dict["checkout"] = checkout

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        return cast(T, _git_repository_resource_param_from_dict(src_dict, cls))

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
    def type(self) -> Literal["git_repository"]:
        """Same as ``type_``."""
        return self.type_


def _git_repository_resource_param_from_dict(
    src_dict: Mapping[str, Any], cls: type[GitRepositoryResourceParam] = GitRepositoryResourceParam
) -> GitRepositoryResourceParam:
    d = src_dict
    _Built = _New(cls)
    type_ = d["type"]
    if type_ != "git_repository":
        raise ValueError(f"type must match const 'git_repository', got '{type_}'")
    _Built.type_ = type_
    _Built.url = d["url"]
    _Built.password = d.get("password", UNSET)
    mount_path = d.get("mount_path", UNSET)

    _Built.mount_path = mount_path
    _checkout = d.get("checkout", UNSET)
    checkout = _checkout if _checkout is UNSET else _parse_checkout(_checkout)

    _Built.checkout = checkout
    if not _KNOWN_KEYS.issuperset(d):
        _Built.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN_KEYS}
    return _Built


class GitRepositoryResourceParamDict(TypedDict, total=False):
    """`GitRepositoryResourceParam` as a plain dict: its fields under their names on the wire."""

    type: Required[Literal["git_repository"]]

    url: Required[str]

    password: str

    mount_path: str | None

    checkout: BranchCheckout | BranchCheckoutDict | CommitCheckout | CommitCheckoutDict


_checkout_modules = {
    "branch": "branch_checkout",
    "commit": "commit_checkout",
}
_checkout_parsers: dict[str, Callable[[Mapping[str, Any]], BranchCheckout | CommitCheckout]] = {}


def _parse_checkout(data: object) -> BranchCheckout | CommitCheckout | Unset:
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

    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_repository_checkout_param_type_0 = _branch_checkout_from_dict(data)

        return componentsschemas_repository_checkout_param_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, dict):
        raise TypeError()
    componentsschemas_repository_checkout_param_type_1 = _commit_checkout_from_dict(data)

    return componentsschemas_repository_checkout_param_type_1


_KNOWN_KEYS = frozenset({"type", "url", "password", "mount_path", "checkout"})
