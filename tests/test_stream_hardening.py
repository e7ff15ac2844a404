"""Event streams against servers that replay, flap, drop and send control frames: the printed
reply equals the reply after a reconnect mid-preview, backoff grows unless new events arrive,
replays never duplicate, a BOM and an `id:`-only resume point work, and control frames
(`ping`, `heartbeat`, comments, `[DONE]`, `error`) mean what the official SDKs take them to."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterator
from types import SimpleNamespace
from typing import Any

import pytest

from qoder_cloud import APIConnectionError, NotFoundError, QoderCloud, ReplyAccumulator, StreamError
from qoder_cloud.testing import LocalServer

from .support.constants import TOKEN
from .support.hostile import SSE_HEAD, HostileServer, RawConnection, RawRequest, reply
from .support.mock_api import Clock


def _frame(data: dict[str, Any], *, event: str | None = None, event_id: str | None = None) -> bytes:
    lines = ([f"event: {event}"] if event else []) + ([f"id: {event_id}"] if event_id else [])
    return ("\n".join([*lines, f"data: {json.dumps(data)}"]) + "\n\n").encode()


def _status(event_id: str | None = None, kind: str = "session.status_running") -> dict[str, Any]:
    return {"type": kind} if event_id is None else {"id": event_id, "type": kind}


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def client_on(clock: Clock) -> Iterator[Callable[[HostileServer], QoderCloud]]:
    made: list[QoderCloud] = []

    def make(server: HostileServer) -> QoderCloud:
        client = QoderCloud(token=TOKEN, base_url=server.base_url, max_retries=0)
        clock.attach(client)
        made.append(client)
        return client

    yield make
    for client in made:
        client.close()


def _connections(*answers: bytes, then_404: bool = True) -> Callable[[RawRequest, RawConnection], bool]:
    """Connection N gets `answers[N]` and is closed; after the last, every request is a 404."""

    def handler(request: RawRequest, out: RawConnection) -> bool:
        if request.index < len(answers):
            out.send(SSE_HEAD + answers[request.index])
        elif then_404:
            body = json.dumps({"error": {"type": "not_found_error", "message": "gone"}})
            out.send(reply(404, body, {"Content-Type": "application/json", "Connection": "close"}))
        return False

    return handler


# ------------------------------------------------------------------ the printed reply


def test_the_printed_reply_equals_the_reply_after_a_cut_mid_preview() -> None:
    with LocalServer(token=TOKEN) as server, QoderCloud(token=TOKEN, base_url=server.base_url) as client:
        env, agent = client.environments.create(name="e"), client.agents.create(name="a", model="ultimate")
        session = client.sessions.create(agent=agent.id, environment_id=env.id)
        server.cut_streams(8)  # after the message's event_start and two of its deltas
        accumulator, printed = ReplyAccumulator(), []
        turn = client.events.run_turn(
            session.id,
            "write mergesort",
            event_deltas=["agent.message"],
            on_event=lambda event: printed.append(accumulator.add(event)),
        )
    assert "".join(printed) == turn.text
    assert Counter(event.type for event in turn.events)["event_start"] == 2  # it was replayed


def _start(message_id: str) -> SimpleNamespace:
    return SimpleNamespace(type_="event_start", event=SimpleNamespace(id=message_id, type_="agent.message"))


def _delta(message_id: str, text: str, index: int = 0) -> SimpleNamespace:
    content = SimpleNamespace(text=text)
    return SimpleNamespace(
        type_="event_delta", event_id=message_id, delta=SimpleNamespace(content=content, index=index)
    )


def _message(message_id: str, text: str) -> SimpleNamespace:
    return SimpleNamespace(type_="agent.message", id=message_id, content=[SimpleNamespace(type_="text", text=text)])


def test_a_replayed_start_and_deltas_add_nothing_until_they_pass_what_was_shown() -> None:
    accumulator = ReplyAccumulator()
    first = [_start("m"), _delta("m", "Hel"), _delta("m", "lo, ")]
    replay = [_start("m"), _delta("m", "Hel"), _delta("m", "lo, "), _delta("m", "world")]
    shown = [accumulator.add(event) for event in [*first, *replay, _message("m", "Hello, world!")]]
    assert "".join(shown) == "Hello, world!"
    assert shown[-2:] == ["world", "!"]
    assert accumulator.text("m") == "Hello, world!"


def test_two_blocks_of_one_message_are_shown_in_order() -> None:
    accumulator = ReplyAccumulator()
    events = [_start("m"), _delta("m", "A", 0), _delta("m", "B", 1), _start("m"), _delta("m", "A", 0)]
    assert "".join(accumulator.add(event) for event in events) == "AB"
    assert accumulator.add(_message("m", "AB")) == ""


# ------------------------------------------------------------------ reconnect backoff


def test_a_flapping_stream_of_id_less_previews_meets_a_growing_backoff(
    client_on: Callable[[HostileServer], QoderCloud], clock: Clock
) -> None:
    preview = _frame({"type": "event_start", "event": {"id": "evt_9", "type": "agent.message"}}, event_id="evt_9")
    with HostileServer(_connections(*[preview] * 20)) as server:
        stream = client_on(server).events.resumable_stream("sess_1", max_attempts=5)
        with pytest.raises(APIConnectionError, match="ended"):
            list(stream)
    assert len(server.requests) == 6  # the first connection and 5 reconnects: then it gave up
    assert clock.waits[-1] >= 4.0, clock.waits  # the fifth wait is drawn from [4 s, 8 s]


def test_a_connection_that_delivers_a_new_event_resets_the_backoff(
    client_on: Callable[[HostileServer], QoderCloud], clock: Clock
) -> None:
    answers = [_frame(_status(f"evt_{n}")) for n in range(6)]
    with HostileServer(_connections(*answers)) as server:
        with pytest.raises(NotFoundError):
            list(client_on(server).events.resumable_stream("sess_1", max_attempts=3))
    assert len(clock.waits) == 6 and all(wait <= 0.5 for wait in clock.waits), clock.waits
    assert [request.headers.get("last-event-id") for request in server.requests] == [
        None,
        *(f"evt_{n}" for n in range(6)),
    ]


def test_replayed_events_do_not_reset_the_backoff(
    client_on: Callable[[HostileServer], QoderCloud], clock: Clock
) -> None:
    same = _frame(_status("evt_1"))
    with HostileServer(_connections(*[same] * 10)) as server:
        stream = client_on(server).events.resumable_stream("sess_1", max_attempts=4)
        with pytest.raises(APIConnectionError):
            assert [event.id for event in stream] == ["evt_1"]
    assert len(server.requests) == 5


# ------------------------------------------------------------------ replays


def test_a_replay_longer_than_any_window_yields_nothing_twice(
    client_on: Callable[[HostileServer], QoderCloud],
) -> None:
    everything = b"".join(_frame(_status(f"evt_{k:06d}")) for k in range(12_000))
    end = _frame(_status("evt_end", "session.status_terminated"))
    with HostileServer(_connections(everything, everything, end)) as server:  # ignores Last-Event-ID
        ids = [event.id for event in client_on(server).events.resumable_stream("sess_1")]
    assert len(ids) == 12_001 and len(set(ids)) == 12_001


def test_the_dedupe_set_forgets_what_a_resumed_server_has_moved_past(
    client_on: Callable[[HostileServer], QoderCloud],
) -> None:
    first = b"".join(_frame(_status(f"evt_{k}")) for k in range(100))
    second = _frame(_status("evt_99")) + _frame(_status("evt_100"))  # resumed at the checkpoint, not after it
    with HostileServer(_connections(first, second, _frame(_status("evt_end", "session.deleted")))) as server:
        stream = client_on(server).events.resumable_stream("sess_1")
        ids = [event.id for event in stream]
    assert ids == [*(f"evt_{k}" for k in range(101)), "evt_end"]
    assert len(stream._state._seen) == 1  # only what the last connection delivered


# ------------------------------------------------------------------ the wire format


def test_a_leading_bom_is_ignored(client_on: Callable[[HostileServer], QoderCloud]) -> None:
    body = "\ufeff".encode() + _frame(_status("evt_1")) + _frame(_status("evt_2"))
    with HostileServer(_connections(body)) as server:
        with client_on(server).events.stream("sess_1") as stream:
            assert [event.id for event in stream] == ["evt_1", "evt_2"]


def test_the_id_line_is_the_resume_point_when_the_json_has_none(
    client_on: Callable[[HostileServer], QoderCloud],
) -> None:
    preview = _frame({"type": "event_start", "event": {"id": "evt_8", "type": "agent.message"}}, event_id="evt_8")
    answers = [_frame(_status(), event_id="evt_7") + preview + _frame(_status())]
    with HostileServer(_connections(*answers)) as server:
        stream = client_on(server).events.resumable_stream("sess_1")
        with pytest.raises(NotFoundError):
            events = []
            for event in stream:
                events.append(event)
    assert getattr(events[0], "id", None) == "evt_7"
    assert server.requests[1].headers["last-event-id"] == "evt_7"  # not the preview's evt_8, nor a stale id


def test_control_frames_are_skipped_and_done_ends_the_stream(client_on: Callable[[HostileServer], QoderCloud]) -> None:
    body = b"".join(
        [
            b": comment\n\n",
            b"event: ping\ndata: {}\n\n",
            b"event: heartbeat\ndata: {}\n\n",
            b"event: ping\n\n",
            _frame(_status("evt_1")),
            b"data: [DONE]\n\n",
            _frame(_status("evt_after_done")),
        ]
    )
    with HostileServer(_connections(body, body, then_404=False)) as server:
        client = client_on(server)
        with client.events.stream("sess_1") as stream:
            assert [event.id for event in stream] == ["evt_1"]
            assert stream.done
        assert [event.id for event in client.events.resumable_stream("sess_1")] == ["evt_1"]
    assert len(server.requests) == 2  # the resumable stream did not reconnect after [DONE]


@pytest.mark.parametrize(
    ("frame", "headers", "expected"),
    [
        (
            b'event: error\ndata: {"type":"error","error":{"type":"overloaded_error","message":"busy"},'
            b'"request_id":"r-1"}\n\n',
            "",
            ("overloaded_error", "busy", "r-1"),
        ),
        (b'event: error\ndata: {"message":"bare"}\n\n', "x-request-id: r-2\r\n", (None, "bare", "r-2")),
    ],
)
def test_an_error_frame_raises_with_its_envelope(
    client_on: Callable[[HostileServer], QoderCloud], frame: bytes, headers: str, expected: tuple[Any, ...]
) -> None:
    head = SSE_HEAD.replace(b"\r\n\r\n", b"\r\n" + headers.encode() + b"\r\n") if headers else SSE_HEAD

    def handler(request: RawRequest, out: RawConnection) -> bool:
        out.send(head + frame)
        return False

    with HostileServer(handler) as server:
        with pytest.raises(StreamError) as caught:
            list(client_on(server).events.stream("sess_1"))
    assert (caught.value.type, caught.value.message, caught.value.request_id) == expected
    assert f"[request_id: {expected[2]}]" in str(caught.value)
