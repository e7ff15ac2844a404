"""The generated request and response models, under a stable public name, and the unions a
reader narrows with `isinstance` or `match`.

from qoder_cloud.types import AgentMessageEvent, Environment, SessionEvent

Besides every model (and each request object's TypedDict, `<Model>Dict`), this module names:

- `SessionEvent`: every event a session's list or stream yields, `UnknownSessionEvent` (a type
  this client does not know yet) included;
- `ContentBlock`: one block of an event's `content` as the server sends it;
- `MessageBlock`: one block of a `user.message` to send, as a model or a plain dict;
- `ToolResultBlock`: one block of a custom tool's result to send (what a `run_turn` tool handler
  may return a list of);
- `StopReason`: why a session went idle (`SessionStatusIdleEvent.stop_reason`, `Turn.stop_reason`);
- `UNSET` / `Unset`: the marker of a field that was not sent.
"""

from typing import TypeAlias

from qoder_cloud_api.api.events import SessionEvent
from qoder_cloud_api.models import *  # noqa: F403
from qoder_cloud_api.models import __all__ as _models
from qoder_cloud_api.models.budget_reached_stop_reason import BudgetReachedStopReason
from qoder_cloud_api.models.cancelled_stop_reason import CancelledStopReason
from qoder_cloud_api.models.document_block import DocumentBlock
from qoder_cloud_api.models.document_block_param import DocumentBlockParam, DocumentBlockParamDict
from qoder_cloud_api.models.end_turn_stop_reason import EndTurnStopReason
from qoder_cloud_api.models.image_block import ImageBlock
from qoder_cloud_api.models.image_block_param import ImageBlockParam, ImageBlockParamDict
from qoder_cloud_api.models.redacted_block import RedactedBlock, RedactedBlockDict
from qoder_cloud_api.models.requires_action_stop_reason import RequiresActionStopReason
from qoder_cloud_api.models.retries_exhausted_stop_reason import RetriesExhaustedStopReason
from qoder_cloud_api.models.search_result_block import SearchResultBlock, SearchResultBlockDict
from qoder_cloud_api.models.text_block import TextBlock, TextBlockDict
from qoder_cloud_api.models.unknown_content_block import UnknownContentBlock
from qoder_cloud_api.models.unknown_stop_reason import UnknownStopReason
from qoder_cloud_api.types import UNSET, Unset

ContentBlock: TypeAlias = (
    TextBlock | ImageBlock | DocumentBlock | RedactedBlock | SearchResultBlock | UnknownContentBlock
)
"""One block of an event's `content` (the spec's `ContentBlock`)."""

MessageBlock: TypeAlias = (
    TextBlock
    | TextBlockDict
    | ImageBlockParam
    | ImageBlockParamDict
    | DocumentBlockParam
    | DocumentBlockParamDict
    | RedactedBlock
    | RedactedBlockDict
)
"""One block of a `user.message` to send (the spec's `MessageContentBlockParam`), as a model or a dict."""

ToolResultBlock: TypeAlias = (
    TextBlock
    | TextBlockDict
    | ImageBlockParam
    | ImageBlockParamDict
    | DocumentBlockParam
    | DocumentBlockParamDict
    | SearchResultBlock
    | SearchResultBlockDict
)
"""One block of a tool result to send (the spec's `ToolResultContentBlockParam`), as a model or a dict."""

StopReason: TypeAlias = (
    EndTurnStopReason
    | RequiresActionStopReason
    | RetriesExhaustedStopReason
    | BudgetReachedStopReason
    | CancelledStopReason
    | UnknownStopReason
)
"""Why a session went idle (the spec's `StopReason`)."""

__all__ = [
    *_models,
    "ContentBlock",
    "MessageBlock",
    "SessionEvent",
    "StopReason",
    "ToolResultBlock",
    "UNSET",
    "Unset",
]
