"""The local server's multipart/form-data parser, on bodies built by httpx and by hand."""

from __future__ import annotations

import httpx
import pytest

from qoder_cloud.testing._multipart import MultipartError, parse_form


def _encoded(files: list[tuple[str, tuple[str | None, bytes, str | None]]]) -> tuple[str, bytes]:
    request = httpx.Request("POST", "http://localhost/", files=files)
    return request.headers["content-type"], request.read()


def test_parts_come_back_in_order_with_names_filenames_and_exact_bytes() -> None:
    awkward = b"line\r\n--not-the-boundary\r\n\x00\xff" * 50
    content_type, body = _encoded(
        [
            ("files", ("pkg/SKILL.md", b"---\nname: x\n---\n", "text/markdown")),
            ("files", ("pkg/bin/data.bin", awkward, "application/octet-stream")),
            ("display_title", (None, "Title \u00e9".encode(), "text/plain")),
        ]
    )
    parts = parse_form(content_type, body)
    assert [(p.name, p.filename) for p in parts] == [
        ("files", "pkg/SKILL.md"),
        ("files", "pkg/bin/data.bin"),
        ("display_title", None),
    ]
    assert parts[1].data == awkward
    assert parts[0].content_type == "text/markdown"
    assert parts[2].text() == "Title \u00e9"


def test_quotes_backslashes_and_line_breaks_in_filenames_survive() -> None:
    name = 'dir/we"ird\\name\nx.txt'
    content_type, body = _encoded([("file", (name, b"x", None))])
    (part,) = parse_form(content_type, body)
    assert part.filename == name


def test_rfc_5987_filename_wins() -> None:
    body = (
        b'--b\r\nContent-Disposition: form-data; name="file"; filename="fallback.txt"; '
        b"filename*=UTF-8''r%C3%A9sum%C3%A9.txt\r\n\r\nabc\r\n--b--\r\n"
    )
    (part,) = parse_form('multipart/form-data; boundary="b"', body)
    assert (part.filename, part.data) == ("r\u00e9sum\u00e9.txt", b"abc")


def test_preamble_and_epilogue_are_ignored() -> None:
    body = b"preamble\r\n--b\r\nContent-Disposition: form-data; name=a\r\n\r\n1\r\n--b--\r\nepilogue"
    (part,) = parse_form("multipart/form-data; boundary=b", body)
    assert (part.name, part.data) == ("a", b"1")


@pytest.mark.parametrize(
    ("content_type", "body"),
    [
        (None, b""),
        ("application/json", b"{}"),
        ("multipart/form-data", b"--b\r\n"),
        ("multipart/form-data; boundary=b", b"no boundary here"),
        ("multipart/form-data; boundary=b", b"--b\r\nContent-Disposition: form-data; name=a\r\n\r\nunterminated"),
        ("multipart/form-data; boundary=b", b"--b\r\nContent-Type: text/plain\r\n\r\nx\r\n--b--"),
    ],
)
def test_malformed_bodies_are_refused(content_type: str | None, body: bytes) -> None:
    with pytest.raises(MultipartError):
        parse_form(content_type, body)
