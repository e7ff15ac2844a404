# Generated from openapi.yaml by openapi-python-client and overlays/templates: do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelBase, Unset

if TYPE_CHECKING:
    from ..models.capability_support import CapabilitySupport
    from ..models.context_management_capability import ContextManagementCapability
    from ..models.effort_capability import EffortCapability
    from ..models.thinking_capability import ThinkingCapability


T = TypeVar("T", bound="ModelCapabilities")
_New = object.__new__


@_attrs_define(repr=False)
class ModelCapabilities(ModelBase):
    """What the model supports. Not in the docs; sent by the official SDK.

    Attributes:
        batch (CapabilitySupport | Unset): Whether one capability is supported.
        citations (CapabilitySupport | Unset): Whether one capability is supported.
        code_execution (CapabilitySupport | Unset): Whether one capability is supported.
        context_management (ContextManagementCapability | Unset): Which context-management strategies the model
            supports.
        effort (EffortCapability | Unset): Which reasoning efforts the model supports.
        image_input (CapabilitySupport | Unset): Whether one capability is supported.
        pdf_input (CapabilitySupport | Unset): Whether one capability is supported.
        structured_outputs (CapabilitySupport | Unset): Whether one capability is supported.
        thinking (ThinkingCapability | Unset): Whether, and how, the model thinks before answering.
    """

    batch: CapabilitySupport | Unset = UNSET
    citations: CapabilitySupport | Unset = UNSET
    code_execution: CapabilitySupport | Unset = UNSET
    context_management: ContextManagementCapability | Unset = UNSET
    effort: EffortCapability | Unset = UNSET
    image_input: CapabilitySupport | Unset = UNSET
    pdf_input: CapabilitySupport | Unset = UNSET
    structured_outputs: CapabilitySupport | Unset = UNSET
    thinking: ThinkingCapability | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        batch: dict[str, Any] | Unset = UNSET
        if not isinstance(self.batch, Unset):
            batch = self.batch.to_dict()

        citations: dict[str, Any] | Unset = UNSET
        if not isinstance(self.citations, Unset):
            citations = self.citations.to_dict()

        code_execution: dict[str, Any] | Unset = UNSET
        if not isinstance(self.code_execution, Unset):
            code_execution = self.code_execution.to_dict()

        context_management: dict[str, Any] | Unset = UNSET
        if not isinstance(self.context_management, Unset):
            context_management = self.context_management.to_dict()

        effort: dict[str, Any] | Unset = UNSET
        if not isinstance(self.effort, Unset):
            effort = self.effort.to_dict()

        image_input: dict[str, Any] | Unset = UNSET
        if not isinstance(self.image_input, Unset):
            image_input = self.image_input.to_dict()

        pdf_input: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pdf_input, Unset):
            pdf_input = self.pdf_input.to_dict()

        structured_outputs: dict[str, Any] | Unset = UNSET
        if not isinstance(self.structured_outputs, Unset):
            structured_outputs = self.structured_outputs.to_dict()

        thinking: dict[str, Any] | Unset = UNSET
        if not isinstance(self.thinking, Unset):
            thinking = self.thinking.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if batch is not UNSET:
            field_dict["batch"] = batch
        if citations is not UNSET:
            field_dict["citations"] = citations
        if code_execution is not UNSET:
            field_dict["code_execution"] = code_execution
        if context_management is not UNSET:
            field_dict["context_management"] = context_management
        if effort is not UNSET:
            field_dict["effort"] = effort
        if image_input is not UNSET:
            field_dict["image_input"] = image_input
        if pdf_input is not UNSET:
            field_dict["pdf_input"] = pdf_input
        if structured_outputs is not UNSET:
            field_dict["structured_outputs"] = structured_outputs
        if thinking is not UNSET:
            field_dict["thinking"] = thinking

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        return cast(T, _model_capabilities_from_dict(src_dict, cls))

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


def _model_capabilities_from_dict(
    src_dict: Mapping[str, Any], cls: type[ModelCapabilities] = ModelCapabilities
) -> ModelCapabilities:
    d = src_dict
    _Built = _New(cls)
    _batch = d.get("batch", UNSET)
    batch: CapabilitySupport | Unset
    if _batch is UNSET:
        batch = UNSET
    else:
        batch = _capability_support_from_dict(_batch)

    _Built.batch = batch
    _citations = d.get("citations", UNSET)
    citations: CapabilitySupport | Unset
    if _citations is UNSET:
        citations = UNSET
    else:
        citations = _capability_support_from_dict(_citations)

    _Built.citations = citations
    _code_execution = d.get("code_execution", UNSET)
    code_execution: CapabilitySupport | Unset
    if _code_execution is UNSET:
        code_execution = UNSET
    else:
        code_execution = _capability_support_from_dict(_code_execution)

    _Built.code_execution = code_execution
    _context_management = d.get("context_management", UNSET)
    context_management: ContextManagementCapability | Unset
    if _context_management is UNSET:
        context_management = UNSET
    else:
        context_management = _context_management_capability_from_dict(_context_management)

    _Built.context_management = context_management
    _effort = d.get("effort", UNSET)
    effort: EffortCapability | Unset
    if _effort is UNSET:
        effort = UNSET
    else:
        effort = _effort_capability_from_dict(_effort)

    _Built.effort = effort
    _image_input = d.get("image_input", UNSET)
    image_input: CapabilitySupport | Unset
    if _image_input is UNSET:
        image_input = UNSET
    else:
        image_input = _capability_support_from_dict(_image_input)

    _Built.image_input = image_input
    _pdf_input = d.get("pdf_input", UNSET)
    pdf_input: CapabilitySupport | Unset
    if _pdf_input is UNSET:
        pdf_input = UNSET
    else:
        pdf_input = _capability_support_from_dict(_pdf_input)

    _Built.pdf_input = pdf_input
    _structured_outputs = d.get("structured_outputs", UNSET)
    structured_outputs: CapabilitySupport | Unset
    if _structured_outputs is UNSET:
        structured_outputs = UNSET
    else:
        structured_outputs = _capability_support_from_dict(_structured_outputs)

    _Built.structured_outputs = structured_outputs
    _thinking = d.get("thinking", UNSET)
    thinking: ThinkingCapability | Unset
    if _thinking is UNSET:
        thinking = UNSET
    else:
        thinking = _thinking_capability_from_dict(_thinking)

    _Built.thinking = thinking
    if not _KNOWN_KEYS.issuperset(d):
        _Built.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN_KEYS}
    return _Built


_KNOWN_KEYS = frozenset(
    {
        "batch",
        "citations",
        "code_execution",
        "context_management",
        "effort",
        "image_input",
        "pdf_input",
        "structured_outputs",
        "thinking",
    }
)


from ..models.capability_support import (
    CapabilitySupport,  # noqa: E402
    _capability_support_from_dict,  # noqa: E402
)
from ..models.context_management_capability import (
    ContextManagementCapability,  # noqa: E402
    _context_management_capability_from_dict,  # noqa: E402
)
from ..models.effort_capability import (
    EffortCapability,  # noqa: E402
    _effort_capability_from_dict,  # noqa: E402
)
from ..models.thinking_capability import (
    ThinkingCapability,  # noqa: E402
    _thinking_capability_from_dict,  # noqa: E402
)
