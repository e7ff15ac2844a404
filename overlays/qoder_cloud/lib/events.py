"""`client.events`, plus what the spec cannot express: a stream that resumes itself
(`resumable_stream`), and the common "send a message and wait for the reply" turn in one call
(`run_turn`)."""

from __future__ import annotations

import inspect
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Literal, TypeAlias

from qoder_cloud_api.api.events import AsyncEventsResource as _AsyncEvents
from qoder_cloud_api.api.events import EventsResource as _Events
from qoder_cloud_api.types import UNSET

from .._resumable import AsyncResumableStream, ResumableStream
from .._retries import DEFAULT_RECONNECTS
from .._streaming import AsyncStream, Stream, event_type
from .._timeouts import Deadline, Expired
from .._types import NOT_GIVEN, NotGiven, TimeoutTypes
from .turns import Answers, Turn, TurnTimeoutError, TurnTracker

if TYPE_CHECKING:
    from qoder_cloud_api.api.events import SessionEvent as Event  # at run time it imports every event model
    from qoder_cloud_api.models.event_delta_type import EventDeltaType
    from qoder_cloud_api.models.user_message_event_param import UserMessageEventParamDict

    from ..types import MessageBlock

    Content: TypeAlias = str | Sequence[MessageBlock]
    from qoder_cloud_api.models.user_custom_tool_result_event_param import UserCustomToolResultEventParamDict
    from qoder_cloud_api.models.user_tool_confirmation_event_param import UserToolConfirmationEventParamDict

    from .turns import AsyncConfirm, AsyncToolHandler, Confirm, PendingCall, ToolHandler

    AnswerEvent: TypeAlias = UserCustomToolResultEventParamDict | UserToolConfirmationEventParamDict
    # The event types a stream may preview (`event_deltas=`).
    Deltas: TypeAlias = Sequence[EventDeltaType | Literal["agent.message", "agent.thinking"]]

__all__ = ["AsyncEventsResource", "EventsResource"]


def _message(message: Content) -> UserMessageEventParamDict:
    """The `user.message` event for a text or a list of content blocks."""
    if isinstance(message, str):
        if not message:
            raise ValueError("message must not be empty")
        return {"type": "user.message", "content": [{"type": "text", "text": message}]}
    blocks = list(message)
    if not blocks:
        raise ValueError("message must hold at least one content block")
    return {"type": "user.message", "content": blocks}


class EventsResource(_Events):
    def resumable_stream(
        self,
        session_id: str,
        last_event_id: str | None = None,
        event_deltas: Deltas | None = None,
        *,
        max_attempts: int | None = DEFAULT_RECONNECTS,
        extra_headers: dict[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> ResumableStream[Event]:
        """A session's events across reconnects, each complete event exactly once.

        The first connection opens now (so events that follow are not missed); after a dropped
        connection, a timeout or a retryable status it reconnects with `Last-Event-ID` and a
        jittered backoff (0.5 s up to 10 s). It ends after `session.status_terminated` or
        `session.deleted`, or after `max_attempts` failed reconnects in a row (None: no limit).
        """

        def open_stream(resume_from: str | None) -> Stream[Event]:
            return self.stream(
                session_id,
                last_event_id=resume_from if resume_from else UNSET,
                event_deltas=event_deltas or UNSET,
                extra_headers=extra_headers,
                timeout=timeout,
                max_retries=0,  # the resumable stream owns retrying
            )

        stream = ResumableStream(
            open_stream, last_event_id=last_event_id, max_attempts=max_attempts, sleep=self._client._sleep
        )
        stream.connect()
        return stream

    def run_turn(
        self,
        session_id: str,
        message: Content,
        *,
        tools: Mapping[str, ToolHandler] | None = None,
        confirm: Confirm | None = None,
        deadline: float | None = None,
        on_event: Callable[[Event], object] | None = None,
        event_deltas: Deltas | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Turn:
        """Send a user message and follow its events until the session is idle again.

        `message` is text or a list of content blocks. When the agent calls a custom tool named in
        `tools`, its handler gets the `agent.custom_tool_use` event (`call.input` holds the
        arguments) and returns the result (a str or content blocks), which is sent as a
        `user.custom_tool_result`; a tool call that waits for confirmation is decided by
        `confirm` (True allows, False or a reason denies). The turn goes on until the session is
        idle for any other reason, or asks for something without a handler (then
        `turn.stop_reason.type` is `requires_action` and `turn.pending` names the calls). A
        handler's exception ends the turn and is raised.

        `deadline` limits the whole turn, reconnects included, to that many seconds
        (`TurnTimeoutError`, holding the turn so far, after it); `timeout` applies per request
        and read. `on_event` sees each event as it arrives (with `event_deltas=["agent.message"]`
        and a `ReplyAccumulator` a reply can be printed as it is written). The stream survives
        dropped connections. Returns the `Turn`.
        """
        answers = Answers(tools, confirm)
        limit = Deadline(deadline)
        stream = self._turn_stream(session_id, event_deltas, timeout, limit)
        tracker: TurnTracker | None = None
        try:
            with stream:
                sent = self.send(session_id, events=[_message(message)], timeout=limit.bound(timeout))
                tracker = TurnTracker(Turn(message_id=_sent_message_id(sent)))
                for event in stream:
                    if on_event is not None:
                        on_event(event)
                    if tracker.done(event):
                        calls = tracker.turn.pending
                        if not answers.answerable(calls):
                            break
                        replies = [self._answer(call, answers) for call in calls]
                        limit.check()
                        self.send(session_id, events=replies, timeout=limit.bound(timeout))
                        tracker.resume()
                    limit.check()
        except Expired:
            raise TurnTimeoutError(limit.total or 0, tracker.turn if tracker else Turn(message_id="")) from None
        return tracker.turn

    @staticmethod
    def _answer(call: PendingCall, answers: Answers) -> AnswerEvent:
        from qoder_cloud_api.models.agent_custom_tool_use_event import AgentCustomToolUseEvent  # only turns need it

        if isinstance(call, AgentCustomToolUseEvent):
            return answers.tool_result(call, answers.tools[call.name](call))
        return answers.confirmation(call, answers.confirm(call))

    def _turn_stream(
        self, session_id: str, event_deltas: Deltas | None, timeout: TimeoutTypes | NotGiven, limit: Deadline
    ) -> ResumableStream[Event]:
        """The turn's stream: each connection bounded by the deadline, as is each wait before a
        reconnect; a reconnect after the deadline ends the turn (`Expired`)."""

        def open_stream(resume_from: str | None) -> Stream[Event]:
            limit.check()
            return self.stream(
                session_id,
                last_event_id=resume_from if resume_from else UNSET,
                event_deltas=event_deltas or UNSET,
                timeout=limit.bound(timeout),
                max_retries=0,
            )

        def sleep(seconds: float) -> None:
            self._client._sleep(limit.wait(seconds))
            limit.check()

        stream = ResumableStream(open_stream, sleep=sleep)
        stream.connect()
        return stream


class AsyncEventsResource(_AsyncEvents):
    def resumable_stream(
        self,
        session_id: str,
        last_event_id: str | None = None,
        event_deltas: Deltas | None = None,
        *,
        max_attempts: int | None = DEFAULT_RECONNECTS,
        extra_headers: dict[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> AsyncResumableStream[Event]:
        """The asyncio twin of `EventsResource.resumable_stream`; the first connection opens on
        `async with` (or on the first `async for` step)."""

        async def open_stream(resume_from: str | None) -> AsyncStream[Event]:
            return await self.stream(
                session_id,
                last_event_id=resume_from if resume_from else UNSET,
                event_deltas=event_deltas or UNSET,
                extra_headers=extra_headers,
                timeout=timeout,
                max_retries=0,
            )

        return AsyncResumableStream(
            open_stream, last_event_id=last_event_id, max_attempts=max_attempts, sleep=self._client._sleep
        )

    async def run_turn(
        self,
        session_id: str,
        message: Content,
        *,
        tools: Mapping[str, AsyncToolHandler] | None = None,
        confirm: AsyncConfirm | None = None,
        deadline: float | None = None,
        on_event: Callable[[Event], object] | None = None,
        event_deltas: Deltas | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Turn:
        """The asyncio twin of `EventsResource.run_turn`; handlers and `confirm` may be coroutine
        functions."""
        answers = Answers(tools, confirm)
        limit = Deadline(deadline)
        tracker: TurnTracker | None = None
        try:
            async with self._turn_stream(session_id, event_deltas, timeout, limit) as stream:
                sent = await self.send(session_id, events=[_message(message)], timeout=limit.bound(timeout))
                tracker = TurnTracker(Turn(message_id=_sent_message_id(sent)))
                async for event in stream:
                    if on_event is not None:
                        on_event(event)
                    if tracker.done(event):
                        calls = tracker.turn.pending
                        if not answers.answerable(calls):
                            break
                        replies = [await self._answer(call, answers) for call in calls]
                        limit.check()
                        await self.send(session_id, events=replies, timeout=limit.bound(timeout))
                        tracker.resume()
                    limit.check()
        except Expired:
            raise TurnTimeoutError(limit.total or 0, tracker.turn if tracker else Turn(message_id="")) from None
        return tracker.turn

    @staticmethod
    async def _answer(call: PendingCall, answers: Answers) -> AnswerEvent:
        from qoder_cloud_api.models.agent_custom_tool_use_event import AgentCustomToolUseEvent  # only turns need it

        if isinstance(call, AgentCustomToolUseEvent):
            output = answers.tools[call.name](call)
            return answers.tool_result(call, await output if inspect.isawaitable(output) else output)
        decision = answers.confirm(call)
        return answers.confirmation(call, await decision if inspect.isawaitable(decision) else decision)

    def _turn_stream(
        self, session_id: str, event_deltas: Deltas | None, timeout: TimeoutTypes | NotGiven, limit: Deadline
    ) -> AsyncResumableStream[Event]:
        """The turn's stream; see `EventsResource._turn_stream`."""

        async def open_stream(resume_from: str | None) -> AsyncStream[Event]:
            limit.check()
            return await self.stream(
                session_id,
                last_event_id=resume_from if resume_from else UNSET,
                event_deltas=event_deltas or UNSET,
                timeout=limit.bound(timeout),
                max_retries=0,
            )

        async def sleep(seconds: float) -> None:
            await self._client._sleep(limit.wait(seconds))
            limit.check()

        return AsyncResumableStream(open_stream, sleep=sleep)


def _sent_message_id(sent: object) -> str:
    for event in getattr(sent, "data", []) or []:
        if event_type(event) == "user.message":
            return str(event.id)
    raise ValueError("the server did not acknowledge the user message")
