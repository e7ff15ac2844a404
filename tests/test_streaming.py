"""Live event streams over a real socket: typed events, previews, heartbeats, unknown and error
events, closing, and resuming across dropped connections without losing or repeating events."""

from __future__ import annotations

from typing import Any

import pytest

from qoder_cloud import (
    AsyncQoderCloud,
    BadRequestError,
    ConflictError,
    InternalServerError,
    QoderCloud,
    ReplyAccumulator,
    StreamError,
)
from qoder_cloud._retries import DEFAULT_RECONNECTS
from qoder_cloud.testing import LocalServer
from qoder_cloud_api.models import AgentMessageEvent, SessionStatusIdleEvent, UnknownSessionEvent

from .support.mock_api import Clock, MockAPI
from .support.sessions_setup import new_async_session, new_session, user_message

TURN = [
    "session.status_running",
    "user.message",
    "span.model_request_start",
    "agent.thinking",
    "agent.message",
    "span.model_request_end",
    "session.status_idle",
]


def _until_idle(events: Any) -> list[Any]:
    seen = []
    for event in events:
        seen.append(event)
        if event.type == "session.status_idle":
            return seen
    return seen


def test_a_streamed_turn_yields_typed_events_in_order(client: QoderCloud, server: LocalServer) -> None:
    session = new_session(client)
    server.heartbeat_interval = 0.01
    server.turn_delay = 0.03  # long enough for heartbeats between events
    with client.events.stream(session.id) as stream:
        client.events.send(session.id, events=[user_message("Write quicksort")])
        events = _until_idle(stream)
    assert [e.type for e in events] == TURN
    message = next(e for e in events if isinstance(e, AgentMessageEvent))
    assert "Write quicksort" in message.content[0].text
    idle = events[-1]
    assert isinstance(idle, SessionStatusIdleEvent) and idle.stop_reason.type == "end_turn"
    assert stream.response.is_closed
    assert stream.last_event_id == idle.id


def test_the_reply_depends_on_the_input(client: QoderCloud) -> None:
    session = new_session(client)
    first = client.events.run_turn(session.id, "sort a list")
    second = client.events.run_turn(session.id, "parse a date")
    assert first.text != second.text
    assert "parse a date" in second.text


def test_previews_build_the_reply_as_it_is_written(client: QoderCloud) -> None:
    session = new_session(client)
    accumulator = ReplyAccumulator()
    pieces: list[str] = []
    turn = client.events.run_turn(
        session.id,
        "stream this please",
        event_deltas=["agent.message"],
        on_event=lambda event: pieces.append(accumulator.add(event)),
    )
    kinds = [e.type for e in turn.events]
    assert kinds.count("event_start") == 1 and kinds.count("event_delta") >= 3
    assert kinds.index("event_start") < kinds.index("event_delta") < kinds.index("agent.message")
    written = "".join(pieces)
    assert written == turn.text
    assert sum(1 for piece in pieces if piece) >= 3, "the reply arrived in several pieces"
    message = next(e for e in turn.events if e.type == "agent.message")
    assert accumulator.text(message.id) == turn.text


def test_unknown_event_types_arrive_intact(client: QoderCloud, server: LocalServer) -> None:
    session = new_session(client)
    with client.events.stream(session.id) as stream:
        server.emit_event(session.id, {"type": "agent.hologram", "frames": [1, 2], "mood": "curious"})
        server.emit_event(session.id, {"type": "session.status_idle", "stop_reason": {"type": "end_turn"}})
        first = next(iter(stream))
    assert isinstance(first, UnknownSessionEvent)
    assert first.type == "agent.hologram"
    assert first["frames"] == [1, 2] and first["mood"] == "curious"
    assert first.to_dict()["mood"] == "curious"


def test_an_error_event_raises_and_closes(client: QoderCloud, server: LocalServer) -> None:
    session = new_session(client)
    stream = client.events.stream(session.id)
    server.emit_event(session.id, {"type": "error", "error": {"type": "overloaded_error", "message": "try later"}})
    with pytest.raises(StreamError) as caught:
        list(stream)
    assert caught.value.type == "overloaded_error"
    assert stream.response.is_closed


def test_an_unknown_resume_cursor_is_a_bad_request(client: QoderCloud) -> None:
    session = new_session(client)
    with pytest.raises(BadRequestError):
        client.events.stream(session.id, last_event_id="evt_nope")


def test_a_deleted_session_ends_the_stream(client: QoderCloud) -> None:
    session = new_session(client)
    stream = client.events.resumable_stream(session.id)
    client.sessions.delete(session.id)
    assert [event.type for event in stream] == ["session.deleted"]


def test_a_stream_cut_three_times_yields_the_same_events_once(client: QoderCloud, server: LocalServer) -> None:
    session = new_session(client)
    reference = client.events.run_turn(session.id, "uncut")
    reference_types = [e.type for e in reference.events]

    server.cut_streams(1, 2, 2)
    clock = Clock()
    clock.attach(client)
    stream = client.events.resumable_stream(session.id)
    client.events.send(session.id, events=[user_message("cut me")])
    events = _until_idle(stream)
    stream.close()

    assert stream.reconnects == 3
    assert len(clock.waits) == 3
    assert [e.type for e in events] == reference_types
    ids = [e.id for e in events]
    assert len(ids) == len(set(ids))
    stored = [e.id for e in client.events.list(session.id, limit=100)]
    assert ids == stored[len(reference.events) :]


@pytest.mark.anyio
async def test_an_async_stream_yields_a_turn_and_closes(async_client: AsyncQoderCloud) -> None:
    session = await new_async_session(async_client)
    async with async_client.events.stream(session.id) as stream:
        await async_client.events.send(session.id, events=[user_message("async stream")])
        seen = []
        async for event in stream:
            seen.append(event.type)
            if event.type == "session.status_idle":
                break
    assert seen == TURN
    assert stream.response.is_closed


@pytest.mark.anyio
async def test_an_async_resumable_stream_yields_each_event_once_across_cuts(
    async_client: AsyncQoderCloud, server: LocalServer
) -> None:
    session = await new_async_session(async_client)
    clock = Clock()
    clock.attach(async_client)
    server.cut_streams(2, 1, 3)
    async with async_client.events.resumable_stream(session.id) as resumable:
        await async_client.events.send(session.id, events=[user_message("async cut")])
        resumed = []
        async for event in resumable:
            resumed.append(event)
            if event.type == "session.status_idle":
                break
    assert [e.type for e in resumed] == TURN
    assert len({e.id for e in resumed}) == len(resumed)
    assert resumable.reconnects == 3
    assert len(clock.waits) == 3, "it waited on the client's clock before each reconnect"


@pytest.mark.anyio
async def test_async_stream_opens_with_await_and_async_for(async_client: AsyncQoderCloud, server: LocalServer) -> None:
    session = await new_async_session(async_client)
    stream = await async_client.events.stream(session.id)
    server.emit_event(session.id, {"type": "session.status_terminated"})
    assert [e.type async for e in stream] == ["session.status_terminated"]


def test_a_terminal_error_ends_the_session_and_the_resumable_stream(client: QoderCloud) -> None:
    session = new_session(client)
    failed = client.events.run_turn(session.id, "/error")
    assert failed.stop_reason.type == "retries_exhausted"
    error = next(e for e in failed.events if e.type == "session.error")
    assert error.error.retry_status.type == "exhausted"

    stream = client.events.resumable_stream(session.id)
    client.events.send(session.id, events=[user_message("/terminate")])
    kinds = [event.type for event in stream]  # ends by itself at the terminal event
    assert kinds[-2:] == ["session.error", "session.status_terminated"]
    assert client.sessions.retrieve(session.id).status == "terminated"


def test_a_resumable_stream_gives_up_after_its_reconnect_budget(mock_api: MockAPI) -> None:
    for _ in range(DEFAULT_RECONNECTS + 1):
        mock_api.reply(503)
    client = mock_api.client()
    with pytest.raises(InternalServerError):
        client.events.resumable_stream("sess_1")
    assert len(mock_api.requests) == DEFAULT_RECONNECTS + 1, "one opening, then the capped reconnects"
    assert len(mock_api.clock.waits) == DEFAULT_RECONNECTS


def test_a_resumable_stream_does_not_reconnect_after_a_final_status(mock_api: MockAPI) -> None:
    client = mock_api.reply(409).client()
    with pytest.raises(ConflictError):
        client.events.resumable_stream("sess_1")
    assert len(mock_api.requests) == 1


def test_a_resumable_stream_reconnects_when_the_server_says_so(mock_api: MockAPI) -> None:
    frame = b'id: evt_1\ndata: {"id": "evt_1", "type": "session.status_terminated"}\n\n'
    mock_api.reply(409, headers={"x-should-retry": "true"})
    mock_api.reply(200, content=frame, headers={"content-type": "text/event-stream"})
    stream = mock_api.client().events.resumable_stream("sess_1", max_attempts=1)
    assert [event.type for event in stream] == ["session.status_terminated"]
    assert len(mock_api.requests) == 2
