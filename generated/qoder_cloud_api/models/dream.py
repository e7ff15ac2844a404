# Generated from openapi.yaml by openapi-python-client and overlays/templates: do not edit; run `make generate`.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.dream_object_type import _MEMBERS as _DreamObjectType_MEMBERS
from ..models.dream_object_type import DreamObjectType
from ..models.dream_status import _MEMBERS as _DreamStatus_MEMBERS
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
_New = object.__new__
_FromIsoformat = datetime.datetime.fromisoformat


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
        return cast(T, _dream_from_dict(src_dict, cls))

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
    def type(self) -> DreamObjectType:
        """Same as ``type_``."""
        return self.type_


def _dream_from_dict(src_dict: Mapping[str, Any], cls: type[Dream] = Dream) -> Dream:
    d = src_dict
    _Built = _New(cls)
    _Built.id = d["id"]
    type_ = _DreamObjectType_MEMBERS[d["type"]]

    _Built.type_ = type_
    status = _DreamStatus_MEMBERS[d["status"]]

    _Built.status = status
    created_at = _FromIsoformat(d["created_at"])

    _Built.created_at = created_at
    _inputs = d.get("inputs", UNSET)
    inputs: list[DreamInput] | Unset = UNSET
    if _inputs is not UNSET:
        inputs = [_dream_input_from_dict(inputs_item_data) for inputs_item_data in _inputs]

    _Built.inputs = inputs
    _outputs = d.get("outputs", UNSET)
    outputs = _outputs if _outputs is None or _outputs is UNSET else _parse_outputs(_outputs)

    _Built.outputs = outputs
    _model = d.get("model", UNSET)
    model = _model if _model is None or _model is UNSET else _parse_model(_model)

    _Built.model = model
    instructions = d.get("instructions", UNSET)

    _Built.instructions = instructions
    _output_behavior = d.get("output_behavior", UNSET)
    output_behavior = (
        _output_behavior
        if _output_behavior is None or _output_behavior is UNSET
        else _parse_output_behavior(_output_behavior)
    )

    _Built.output_behavior = output_behavior
    session_id = d.get("session_id", UNSET)

    _Built.session_id = session_id
    _usage = d.get("usage", UNSET)
    usage = _usage if _usage is None or _usage is UNSET else _parse_usage(_usage)

    _Built.usage = usage
    _error = d.get("error", UNSET)
    error = _error if _error is None or _error is UNSET else _parse_error(_error)

    _Built.error = error
    _ended_at = d.get("ended_at", UNSET)
    ended_at = _ended_at if _ended_at is None or _ended_at is UNSET else _parse_ended_at(_ended_at)

    _Built.ended_at = ended_at
    _archived_at = d.get("archived_at", UNSET)
    archived_at = _archived_at if _archived_at is None or _archived_at is UNSET else _parse_archived_at(_archived_at)

    _Built.archived_at = archived_at
    if not _KNOWN_KEYS.issuperset(d):
        _Built.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN_KEYS}
    return _Built


def _parse_outputs(data: object) -> list[DreamOutput] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        outputs_type_0 = [_dream_output_from_dict(outputs_type_0_item_data) for outputs_type_0_item_data in data]

        return outputs_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("""list[DreamOutput] | None | Unset""", data)


def _parse_model(data: object) -> DreamModel | None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, str):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        model_type_0 = _dream_model_from_dict(data)

        return model_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("""DreamModel | None | str | Unset""", data)


def _parse_output_behavior(data: object) -> DreamOutputBehavior | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        output_behavior_type_0 = _dream_output_behavior_from_dict(data)

        return output_behavior_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("""DreamOutputBehavior | None | Unset""", data)


def _parse_usage(data: object) -> DreamUsage | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        usage_type_0 = _dream_usage_from_dict(data)

        return usage_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("""DreamUsage | None | Unset""", data)


def _parse_error(data: object) -> DreamError | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        error_type_0 = _dream_error_from_dict(data)

        return error_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("""DreamError | None | Unset""", data)


def _parse_ended_at(data: object) -> datetime.datetime | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        ended_at_type_0 = _FromIsoformat(data)

        return ended_at_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("""datetime.datetime | None | Unset""", data)


def _parse_archived_at(data: object) -> datetime.datetime | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        archived_at_type_0 = _FromIsoformat(data)

        return archived_at_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("""datetime.datetime | None | Unset""", data)


_KNOWN_KEYS = frozenset(
    {
        "id",
        "type",
        "status",
        "created_at",
        "inputs",
        "outputs",
        "model",
        "instructions",
        "output_behavior",
        "session_id",
        "usage",
        "error",
        "ended_at",
        "archived_at",
    }
)


from ..models.dream_error import (
    DreamError,  # noqa: E402
    _dream_error_from_dict,  # noqa: E402
)
from ..models.dream_input import (
    DreamInput,  # noqa: E402
    _dream_input_from_dict,  # noqa: E402
)
from ..models.dream_model import (
    DreamModel,  # noqa: E402
    _dream_model_from_dict,  # noqa: E402
)
from ..models.dream_output import (
    DreamOutput,  # noqa: E402
    _dream_output_from_dict,  # noqa: E402
)
from ..models.dream_output_behavior import (
    DreamOutputBehavior,  # noqa: E402
    _dream_output_behavior_from_dict,  # noqa: E402
)
from ..models.dream_usage import (
    DreamUsage,  # noqa: E402
    _dream_usage_from_dict,  # noqa: E402
)
