"""Server-sent events at the byte level: any chunking, CRLF, comments, multi-line data, ids,
error frames and unknown event types."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from qoder_cloud import APIConnectionError, StreamError
from qoder_cloud._streaming import Stream


def _response(chunks: list[bytes], *, broken: bool = False) -> httpx.Response:
    def body() -> Iterator[bytes]:
        yield from chunks
        if broken:
            raise httpx.RemoteProtocolError("peer closed connection without sending complete message body")

    request = httpx.Request("GET", "https://api.qoder.com/api/v1/cloud/sessions/sess_1/events/stream")
    return httpx.Response(200, headers={"content-type": "text/event-stream"}, content=body(), request=request)


def _events(chunks: list[bytes]) -> list[dict[str, Any]]:
    return list(Stream(_response(chunks), parse=lambda data: data))


FRAMES = b"".join(
    [
        b": connected\n\n",
        b"id: evt_1\nevent: agent.message\n",
        b'data: {"id": "evt_1", "type": "agent.message", "content": [{"type": "text", "text": "hi"}]}\n\n',
        b": heartbeat\n\n",
        b"id: evt_2\nevent: event_start\n",
        b'data: {"type": "event_start", "event": {"id": "evt_2", "type": "agent.thinking"}}\n\n',
        b'id: evt_2\r\nevent: agent.thinking\r\ndata: {"id": "evt_2", "type": "agent.thinking",\r\n',
        b'data:  "thinking": "multi\\nline"}\r\n\r\n',
        b"event: ping\ndata: {}\n\n",
        b'id: evt_3\ndata: {"id": "evt_3", "type": "session.brand_new_kind", "payload": {"x": 1}}\n\n',
    ]
)
EXPECTED = [
    {"id": "evt_1", "type": "agent.message", "content": [{"type": "text", "text": "hi"}]},
    {"type": "event_start", "event": {"id": "evt_2", "type": "agent.thinking"}},
    {"id": "evt_2", "type": "agent.thinking", "thinking": "multi\nline"},
    {"id": "evt_3", "type": "session.brand_new_kind", "payload": {"x": 1}},
]


def test_a_whole_stream_in_one_chunk() -> None:
    assert _events([FRAMES]) == EXPECTED


def test_one_byte_at_a_time() -> None:
    assert _events([FRAMES[i : i + 1] for i in range(len(FRAMES))]) == EXPECTED


@settings(max_examples=200, deadline=None)
@given(st.lists(st.integers(min_value=0, max_value=len(FRAMES)), max_size=40))
def test_any_split_of_the_bytes_gives_the_same_events(cuts: list[int]) -> None:
    points = sorted(set(cuts))
    chunks = [FRAMES[a:b] for a, b in zip([0, *points], [*points, len(FRAMES)], strict=True) if FRAMES[a:b]]
    assert _events(chunks) == EXPECTED


def test_ids_and_the_resume_checkpoint() -> None:
    stream = Stream(_response([FRAMES]), parse=lambda data: data)
    seen = []
    for _ in stream:
        seen.append((stream.event_id, stream.last_event_id))
    # a preview frame (no data id) does not move the resume point past the event it previews
    assert seen == [("evt_1", "evt_1"), (None, "evt_1"), ("evt_2", "evt_2"), ("evt_3", "evt_3")]


def test_the_event_name_fills_a_missing_type() -> None:
    assert _events([b'event: session.status_idle\ndata: {"stop_reason": {"type": "end_turn"}}\n\n']) == [
        {"stop_reason": {"type": "end_turn"}, "type": "session.status_idle"}
    ]


def test_an_error_frame_raises_a_typed_error() -> None:
    frame = b'event: error\ndata: {"type": "error", "error": {"type": "overloaded_error", "message": "busy"}}\n\n'
    first_frame = FRAMES[: FRAMES.index(b"\n\n", FRAMES.index(b"evt_1")) + 2]
    stream = Stream(_response([first_frame, frame]), parse=lambda data: data)
    with pytest.raises(StreamError) as caught:
        list(stream)
    assert (caught.value.type, caught.value.message) == ("overloaded_error", "busy")
    assert stream.response.is_closed


def test_a_frame_cut_mid_way_is_never_yielded_and_the_break_is_typed() -> None:
    whole = b'id: evt_1\ndata: {"id": "evt_1", "type": "a"}\n\n'
    partial = b'id: evt_2\ndata: {"id": "evt_2", "type": "b", "te'
    stream = Stream(_response([whole, partial], broken=True), parse=lambda data: data)
    got = []
    with pytest.raises(APIConnectionError):
        for event in stream:
            got.append(event)
    assert got == [{"id": "evt_1", "type": "a"}]
    assert stream.last_event_id == "evt_1"
    assert stream.response.is_closed


def test_malformed_data_is_a_stream_error() -> None:
    with pytest.raises(StreamError, match="did not hold JSON"):
        _events([b"data: {not json\n\n"])


def test_closing_early_closes_the_response() -> None:
    stream = Stream(_response([FRAMES]), parse=lambda data: data)
    with stream:
        for _ in stream:
            break
    assert stream.response.is_closed


def test_events_in_json_round_trip() -> None:
    payload = {"type": "agent.message", "content": [{"type": "text", "text": "naïve — ünïcode ✓"}]}
    frame = b"data: " + json.dumps(payload, ensure_ascii=False).encode() + b"\n\n"
    assert _events([frame[:17], frame[17:]]) == [payload]
