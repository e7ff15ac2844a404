"""The bytes-level event-stream splitter (`_streaming.FrameReader`) frames exactly what the HTML
standard's line-by-line interpretation does, however the bytes are cut into chunks; and it
refuses a frame larger than its limit."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from qoder_cloud._decoding import BodyTooLarge
from qoder_cloud._streaming import Frame, FrameReader

Parsed = tuple[str, str, str | None]


def reference(stream: bytes) -> list[Parsed]:
    """The standard's algorithm, line by line over the decoded text (what this module did before
    it split bytes): the frames a complete stream holds."""
    text = stream.decode("utf-8", "replace").removeprefix("\ufeff")
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    lines.pop()  # the text after the last line break is not a line yet
    frames: list[Parsed] = []
    event: str = ""
    own_id: str | None = None
    data: list[str] = []
    for line in lines:
        if not line:
            if data:
                frames.append((event, "\n".join(data), own_id))
            event, data, own_id = "", [], None
            continue
        if line.startswith(":"):
            continue
        name, colon, value = line.partition(":")
        if colon:
            value = value.removeprefix(" ")
        if name == "data":
            data.append(value)
        elif name == "event":
            event = value
        elif name == "id" and "\0" not in value:
            own_id = value or None
    return frames


def read(chunks: list[bytes], limit: int = 1 << 20) -> list[Parsed]:
    reader = FrameReader(None, limit)
    frames: list[Frame] = []
    for chunk in chunks:
        frames += reader.feed(chunk)
    frames += reader.finish()
    return [(frame.event, frame.data, frame.id) for frame in frames]


def cut(stream: bytes, cuts: list[int]) -> list[bytes]:
    points = sorted({0, len(stream), *(c % (len(stream) + 1) for c in cuts)})
    return [stream[a:b] for a, b in zip(points, points[1:], strict=False)]


names = st.sampled_from(["data", "event", "id", "retry", "x", "dat", ""])
values = st.text(alphabet=st.sampled_from(list('ab :{}"é😀\0\ufeff')), max_size=8)
line_breaks = st.sampled_from(["\n", "\r\n", "\r"])
lines = st.one_of(
    st.tuples(names, st.sampled_from([":", ": ", ":  ", ""]), values).map(lambda t: "".join(t)),
    st.just(""),  # a blank line: the end of a frame
    values.map(lambda v: ":" + v),  # a comment
)
streams = st.tuples(st.booleans(), st.lists(st.tuples(lines, line_breaks), max_size=30)).map(
    lambda t: ("\ufeff" if t[0] else "").encode() + "".join(line + brk for line, brk in t[1]).encode()
)


@settings(max_examples=400, deadline=None)
@given(streams, st.lists(st.integers(min_value=0, max_value=400), max_size=12))
def test_any_stream_cut_anywhere_frames_as_the_standard_says(stream: bytes, cuts: list[int]) -> None:
    assert read(cut(stream, cuts)) == reference(stream)


def test_the_usual_frames_and_the_unusual_ones_read_alike() -> None:
    usual = b"id: e1\nevent: agent.message\ndata: {}\n\n"
    unusual = b"event: agent.message\nid: e1\n: a comment\ndata:{}\n\n"
    assert read([usual]) == read([unusual]) == [("agent.message", "{}", "e1")]


def test_a_crlf_cut_between_its_two_bytes_is_one_line_break() -> None:
    assert read([b"data: a\r", b"\n\r", b"\ndata: b\r\n\r\n"]) == [("", "a", None), ("", "b", None)]


def test_a_bom_arriving_byte_by_byte_is_dropped() -> None:
    stream = b"\xef\xbb\xbfdata: x\n\n"
    assert read([stream[i : i + 1] for i in range(len(stream))]) == [("", "x", None)]


def test_multi_line_data_is_joined_and_an_id_with_nul_is_ignored() -> None:
    assert read([b"id: a\0b\ndata: 1\ndata: 2\n\n"]) == [("", "1\n2", None)]


def test_a_frame_cut_short_at_the_end_is_dropped() -> None:
    assert read([b"data: 1\n\ndata: 2\n"]) == [("", "1", None)]


@pytest.mark.parametrize(
    "chunks",
    [
        [b"data: " + b"x" * 200],  # a line that never ends
        [b"data: x\n" * 40],  # an event that never ends
        [b"data: " + b"x" * 200 + b"\n\n"],  # a whole frame over the limit in one chunk
    ],
)
def test_a_frame_past_the_limit_is_refused(chunks: list[bytes]) -> None:
    with pytest.raises(BodyTooLarge):
        read(chunks, limit=100)


def test_a_frames_repr_leaves_its_data_out() -> None:
    assert "secret" not in repr(Frame("agent.message", "secret", "e1"))
