# Generated from openapi.yaml by openapi-python-client and overlays/templates: do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelBase, Unset

if TYPE_CHECKING:
    from ..models.capability_support import CapabilitySupport
    from ..models.context_management_capability import ContextManagementCapability
    from ..models.effort_capability import EffortCapability
    from ..models.thinking_capability import ThinkingCapability


T = TypeVar("T", bound="ModelCapabilities")


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
        d = dict(src_dict)
        _batch = d.pop("batch", UNSET)
        batch: CapabilitySupport | Unset
        if isinstance(_batch, Unset):
            batch = UNSET
        else:
            batch = CapabilitySupport.from_dict(_batch)

        _citations = d.pop("citations", UNSET)
        citations: CapabilitySupport | Unset
        if isinstance(_citations, Unset):
            citations = UNSET
        else:
            citations = CapabilitySupport.from_dict(_citations)

        _code_execution = d.pop("code_execution", UNSET)
        code_execution: CapabilitySupport | Unset
        if isinstance(_code_execution, Unset):
            code_execution = UNSET
        else:
            code_execution = CapabilitySupport.from_dict(_code_execution)

        _context_management = d.pop("context_management", UNSET)
        context_management: ContextManagementCapability | Unset
        if isinstance(_context_management, Unset):
            context_management = UNSET
        else:
            context_management = ContextManagementCapability.from_dict(_context_management)

        _effort = d.pop("effort", UNSET)
        effort: EffortCapability | Unset
        if isinstance(_effort, Unset):
            effort = UNSET
        else:
            effort = EffortCapability.from_dict(_effort)

        _image_input = d.pop("image_input", UNSET)
        image_input: CapabilitySupport | Unset
        if isinstance(_image_input, Unset):
            image_input = UNSET
        else:
            image_input = CapabilitySupport.from_dict(_image_input)

        _pdf_input = d.pop("pdf_input", UNSET)
        pdf_input: CapabilitySupport | Unset
        if isinstance(_pdf_input, Unset):
            pdf_input = UNSET
        else:
            pdf_input = CapabilitySupport.from_dict(_pdf_input)

        _structured_outputs = d.pop("structured_outputs", UNSET)
        structured_outputs: CapabilitySupport | Unset
        if isinstance(_structured_outputs, Unset):
            structured_outputs = UNSET
        else:
            structured_outputs = CapabilitySupport.from_dict(_structured_outputs)

        _thinking = d.pop("thinking", UNSET)
        thinking: ThinkingCapability | Unset
        if isinstance(_thinking, Unset):
            thinking = UNSET
        else:
            thinking = ThinkingCapability.from_dict(_thinking)

        model_capabilities = cls(
            batch=batch,
            citations=citations,
            code_execution=code_execution,
            context_management=context_management,
            effort=effort,
            image_input=image_input,
            pdf_input=pdf_input,
            structured_outputs=structured_outputs,
            thinking=thinking,
        )

        model_capabilities.additional_properties = d
        return model_capabilities

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


from ..models.capability_support import CapabilitySupport  # noqa: E402
from ..models.context_management_capability import ContextManagementCapability  # noqa: E402
from ..models.effort_capability import EffortCapability  # noqa: E402
from ..models.thinking_capability import ThinkingCapability  # noqa: E402
