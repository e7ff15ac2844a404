# Generated from openapi.yaml by openapi-python-client and overlays/templates: do not edit; run `make generate`.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.dream_object_type import DreamObjectType
from ..models.dream_status import DreamStatus
from ..types import UNSET, ModelBase, Unset

if TYPE_CHECKING:
    from ..models.dream_error import DreamError
    from ..models.dream_input import DreamInput
    from ..models.dream_model import DreamModel
    from ..models.dream_output import DreamOutput
    from ..models.dream_output_behavior import DreamOutputBehavior
    from ..models.dream_usage import DreamUsage


T = TypeVar("T", bound="Dream")


@_attrs_define(repr=False)
class Dream(ModelBase):
    """An asynchronous consolidation of a memory store into an output memory store.

    Attributes:
        id (str): Dream ID (`drm_` prefix).
        type_ (DreamObjectType): Always `dream`.
        status (DreamStatus): `pending`, `running`, then `completed`, `failed` or `canceled`.
        created_at (datetime.datetime): Creation time.
        inputs (list[DreamInput] | Unset): What the dream reads.
        outputs (list[DreamOutput] | None | Unset): What the dream wrote; empty (or null) until it completes.
        model (DreamModel | None | str | Unset): The model doing the work, e.g. `{"id": "auto"}` (some servers send the
            bare name).
        instructions (None | str | Unset): Guidance for the consolidation.
        output_behavior (DreamOutputBehavior | None | Unset): Where the output goes. Not in the docs; sent by the
            official SDK.
        session_id (None | str | Unset): The session doing the dreaming, once it runs; null when there is none.
        usage (DreamUsage | None | Unset): Tokens used so far.
        error (DreamError | None | Unset): Why the dream failed; null unless `failed`.
        ended_at (datetime.datetime | None | Unset): When the dream completed, failed or was canceled.
        archived_at (datetime.datetime | None | Unset): When the dream was archived; null while it is not.
    """

    id: str
    type_: DreamObjectType
    status: DreamStatus
    created_at: datetime.datetime
    inputs: list[DreamInput] | Unset = UNSET
    outputs: list[DreamOutput] | None | Unset = UNSET
    model: DreamModel | None | str | Unset = UNSET
    instructions: None | str | Unset = UNSET
    output_behavior: DreamOutputBehavior | None | Unset = UNSET
    session_id: None | str | Unset = UNSET
    usage: DreamUsage | None | Unset = UNSET
    error: DreamError | None | Unset = UNSET
    ended_at: datetime.datetime | None | Unset = UNSET
    archived_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_.value

        status = self.status.value

        created_at = self.created_at.isoformat()

        inputs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.inputs, Unset):
            inputs = []
            for inputs_item_data in self.inputs:
                inputs_item = inputs_item_data.to_dict()
                inputs.append(inputs_item)

        outputs: list[dict[str, Any]] | None | Unset
        if isinstance(self.outputs, Unset):
            outputs = UNSET
        elif isinstance(self.outputs, list):
            outputs = []
            for outputs_type_0_item_data in self.outputs:
                outputs_type_0_item = outputs_type_0_item_data.to_dict()
                outputs.append(outputs_type_0_item)

        else:
            outputs = self.outputs

        model: dict[str, Any] | None | str | Unset
        if isinstance(self.model, Unset):
            model = UNSET
        elif isinstance(self.model, DreamModel):
            model = self.model.to_dict()
        else:
            model = self.model

        instructions: None | str | Unset
        if isinstance(self.instructions, Unset):
            instructions = UNSET
        else:
            instructions = self.instructions

        output_behavior: dict[str, Any] | None | Unset
        if isinstance(self.output_behavior, Unset):
            output_behavior = UNSET
        elif isinstance(self.output_behavior, DreamOutputBehavior):
            output_behavior = self.output_behavior.to_dict()
        else:
            output_behavior = self.output_behavior

        session_id: None | str | Unset
        if isinstance(self.session_id, Unset):
            session_id = UNSET
        else:
            session_id = self.session_id

        usage: dict[str, Any] | None | Unset
        if isinstance(self.usage, Unset):
            usage = UNSET
        elif isinstance(self.usage, DreamUsage):
            usage = self.usage.to_dict()
        else:
            usage = self.usage

        error: dict[str, Any] | None | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        elif isinstance(self.error, DreamError):
            error = self.error.to_dict()
        else:
            error = self.error

        ended_at: None | str | Unset
        if isinstance(self.ended_at, Unset):
            ended_at = UNSET
        elif isinstance(self.ended_at, datetime.datetime):
            ended_at = self.ended_at.isoformat()
        else:
            ended_at = self.ended_at

        archived_at: None | str | Unset
        if isinstance(self.archived_at, Unset):
            archived_at = UNSET
        elif isinstance(self.archived_at, datetime.datetime):
            archived_at = self.archived_at.isoformat()
        else:
            archived_at = self.archived_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
                "status": status,
                "created_at": created_at,
            }
        )
        if inputs is not UNSET:
            field_dict["inputs"] = inputs
        if outputs is not UNSET:
            field_dict["outputs"] = outputs
        if model is not UNSET:
            field_dict["model"] = model
        if instructions is not UNSET:
            field_dict["instructions"] = instructions
        if output_behavior is not UNSET:
            field_dict["output_behavior"] = output_behavior
        if session_id is not UNSET:
            field_dict["session_id"] = session_id
        if usage is not UNSET:
            field_dict["usage"] = usage
        if error is not UNSET:
            field_dict["error"] = error
        if ended_at is not UNSET:
            field_dict["ended_at"] = ended_at
        if archived_at is not UNSET:
            field_dict["archived_at"] = archived_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        type_ = DreamObjectType.from_value(d.pop("type"))

        status = DreamStatus.from_value(d.pop("status"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        _inputs = d.pop("inputs", UNSET)
        inputs: list[DreamInput] | Unset = UNSET
        if _inputs is not UNSET:
            inputs = []
            for inputs_item_data in _inputs:
                inputs_item = DreamInput.from_dict(inputs_item_data)

                inputs.append(inputs_item)

        def _parse_outputs(data: object) -> list[DreamOutput] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                outputs_type_0 = []
                _outputs_type_0 = data
                for outputs_type_0_item_data in _outputs_type_0:
                    outputs_type_0_item = DreamOutput.from_dict(outputs_type_0_item_data)

                    outputs_type_0.append(outputs_type_0_item)

                return outputs_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("""list[DreamOutput] | None | Unset""", data)

        outputs = _parse_outputs(d.pop("outputs", UNSET))

        def _parse_model(data: object) -> DreamModel | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                model_type_0 = DreamModel.from_dict(data)

                return model_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("""DreamModel | None | str | Unset""", data)

        model = _parse_model(d.pop("model", UNSET))

        def _parse_instructions(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("""None | str | Unset""", data)

        instructions = _parse_instructions(d.pop("instructions", UNSET))

        def _parse_output_behavior(data: object) -> DreamOutputBehavior | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                output_behavior_type_0 = DreamOutputBehavior.from_dict(data)

                return output_behavior_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("""DreamOutputBehavior | None | Unset""", data)

        output_behavior = _parse_output_behavior(d.pop("output_behavior", UNSET))

        def _parse_session_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("""None | str | Unset""", data)

        session_id = _parse_session_id(d.pop("session_id", UNSET))

        def _parse_usage(data: object) -> DreamUsage | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                usage_type_0 = DreamUsage.from_dict(data)

                return usage_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("""DreamUsage | None | Unset""", data)

        usage = _parse_usage(d.pop("usage", UNSET))

        def _parse_error(data: object) -> DreamError | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                error_type_0 = DreamError.from_dict(data)

                return error_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("""DreamError | None | Unset""", data)

        error = _parse_error(d.pop("error", UNSET))

        def _parse_ended_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                ended_at_type_0 = datetime.datetime.fromisoformat(data)

                return ended_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("""datetime.datetime | None | Unset""", data)

        ended_at = _parse_ended_at(d.pop("ended_at", UNSET))

        def _parse_archived_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                archived_at_type_0 = datetime.datetime.fromisoformat(data)

                return archived_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("""datetime.datetime | None | Unset""", data)

        archived_at = _parse_archived_at(d.pop("archived_at", UNSET))

        dream = cls(
            id=id,
            type_=type_,
            status=status,
            created_at=created_at,
            inputs=inputs,
            outputs=outputs,
            model=model,
            instructions=instructions,
            output_behavior=output_behavior,
            session_id=session_id,
            usage=usage,
            error=error,
            ended_at=ended_at,
            archived_at=archived_at,
        )

        dream.additional_properties = d
        return dream

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
    def type(self) -> DreamObjectType:
        """Same as ``type_``."""
        return self.type_


from ..models.dream_error import DreamError  # noqa: E402
from ..models.dream_input import DreamInput  # noqa: E402
from ..models.dream_model import DreamModel  # noqa: E402
from ..models.dream_output import DreamOutput  # noqa: E402
from ..models.dream_output_behavior import DreamOutputBehavior  # noqa: E402
from ..models.dream_usage import DreamUsage  # noqa: E402
