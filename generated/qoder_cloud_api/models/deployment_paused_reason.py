# Generated from openapi.yaml by openapi-python-client and overlays/templates: do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelBase, Unset

if TYPE_CHECKING:
    from ..models.deployment_paused_reason_error import DeploymentPausedReasonError


T = TypeVar("T", bound="DeploymentPausedReason")


@_attrs_define(repr=False)
class DeploymentPausedReason(ModelBase):
    """Why a deployment is paused; `manual` after `pause`, other kinds carry an `error`.

    Attributes:
        type_ (str): The kind, e.g. `manual`.
        error (DeploymentPausedReasonError | None | Unset): The error that paused the deployment, for kinds other than
            `manual`.
    """

    type_: str
    error: DeploymentPausedReasonError | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        error: dict[str, Any] | None | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        elif isinstance(self.error, DeploymentPausedReasonError):
            error = self.error.to_dict()
        else:
            error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = d.pop("type")

        def _parse_error(data: object) -> DeploymentPausedReasonError | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                error_type_0 = DeploymentPausedReasonError.from_dict(data)

                return error_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("""DeploymentPausedReasonError | None | Unset""", data)

        error = _parse_error(d.pop("error", UNSET))

        deployment_paused_reason = cls(
            type_=type_,
            error=error,
        )

        deployment_paused_reason.additional_properties = d
        return deployment_paused_reason

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


from ..models.deployment_paused_reason_error import DeploymentPausedReasonError  # noqa: E402
