"""A small `multipart/form-data` parser (RFC 7578) for the local server, standard library only.

    parts = parse_form(request.header("content-type"), request.body)
    [(p.name, p.filename, p.data) for p in parts]

The body is split on its boundary, byte for byte, so file content is returned exactly as sent,
whatever bytes it holds (including lines that look like a boundary of another form). Parts
keep their order and repeats (`files` sent once per file). A filename keeps any directories it
carries (`my-skill/SKILL.md`); quoted strings are unescaped (`\\"`, `\\\\`) and the HTML5 form
escapes that clients such as httpx write (`%22` for a quote, `%0A`/`%0D` and other control
characters) are decoded. `filename*=UTF-8''...` (RFC 5987) wins over `filename` when both are sent.

`form_parts`, `text_fields` and `form_metadata` turn a request's form into what handlers need,
answering 400 for anything malformed.
"""

from __future__ import annotations

import re
import urllib.parse
from dataclasses import dataclass

from . import _fields as fields
from ._messages import ApiError, Request, loads

__all__ = ["FormPart", "MultipartError", "form_metadata", "form_parts", "parse_form", "text_fields"]

_MAX_METADATA_FORM_BYTES = 8 * 1024


class MultipartError(ValueError):
    """The body is not well-formed `multipart/form-data`."""


@dataclass(frozen=True)
class FormPart:
    name: str
    filename: str | None  # None for a plain field
    content_type: str | None
    data: bytes

    def text(self) -> str:
        try:
            return self.data.decode("utf-8")
        except UnicodeDecodeError:
            raise MultipartError(f"form field '{self.name}' is not UTF-8 text") from None


_FORM_ESCAPE = re.compile(r"%(22|0[0-9A-Fa-f]|1[0-9A-Fa-f])")


def parse_form(content_type: str | None, body: bytes) -> list[FormPart]:
    """Every part of a `multipart/form-data` body, in order."""
    boundary = _boundary(content_type)
    delimiter = b"--" + boundary
    start = _find_first_delimiter(body, delimiter)
    parts: list[FormPart] = []
    position = start + len(delimiter)
    while True:
        if body.startswith(b"--", position):
            return parts  # the closing delimiter; anything after it is epilogue
        line_end = body.find(b"\r\n", position)
        if line_end < 0 or body[position:line_end].strip(b" \t"):
            raise MultipartError("malformed multipart delimiter line")
        headers_end = body.find(b"\r\n\r\n", line_end)
        if headers_end < 0:
            raise MultipartError("a multipart part has no end of headers")
        headers = _headers(body[line_end + 2 : headers_end] if headers_end > line_end else b"")
        if headers_end == line_end:  # no header lines at all
            raise MultipartError("a multipart part has no Content-Disposition header")
        content_start = headers_end + 4
        next_delimiter = body.find(b"\r\n" + delimiter, content_start)
        if next_delimiter < 0:
            raise MultipartError("the multipart body ends without its closing boundary")
        parts.append(_part(headers, body[content_start:next_delimiter]))
        position = next_delimiter + 2 + len(delimiter)


def _boundary(content_type: str | None) -> bytes:
    if not content_type:
        raise MultipartError("missing Content-Type; expected multipart/form-data")
    kind, params = _split_header(content_type)
    if kind.lower() != "multipart/form-data":
        raise MultipartError(f"Content-Type must be multipart/form-data, not {kind}")
    boundary = params.get("boundary")
    if not boundary or len(boundary) > 70:
        raise MultipartError("the multipart Content-Type has no valid boundary")
    return boundary.encode("latin-1")


def _find_first_delimiter(body: bytes, delimiter: bytes) -> int:
    if body.startswith(delimiter):
        return 0
    found = body.find(b"\r\n" + delimiter)
    if found < 0:
        raise MultipartError("the body does not contain the multipart boundary")
    return found + 2


def _headers(raw: bytes) -> dict[str, str]:
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = raw.decode("latin-1")
    headers: dict[str, str] = {}
    for line in text.split("\r\n"):
        if not line.strip():
            continue
        name, colon, value = line.partition(":")
        if not colon:
            raise MultipartError(f"malformed part header line: {line[:60]!r}")
        headers[name.strip().lower()] = value.strip()
    return headers


def _part(headers: dict[str, str], data: bytes) -> FormPart:
    disposition = headers.get("content-disposition")
    if disposition is None:
        raise MultipartError("a multipart part has no Content-Disposition header")
    kind, params = _split_header(disposition)
    if kind.lower() != "form-data" or "name" not in params:
        raise MultipartError("each part must be 'Content-Disposition: form-data' with a name")
    filename = params.get("filename")
    extended = params.get("filename*")
    if extended is not None:
        charset, _, rest = extended.partition("'")
        _, _, encoded = rest.partition("'")
        try:
            filename = urllib.parse.unquote(encoded, encoding=charset or "utf-8", errors="replace")
        except LookupError:
            raise MultipartError(f"filename* names an unknown charset {charset[:40]!r}") from None
    elif filename is not None:
        filename = _FORM_ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), filename)
    return FormPart(
        name=_FORM_ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), params["name"]),
        filename=filename,
        content_type=headers.get("content-type"),
        data=data,
    )


def _split_header(value: str) -> tuple[str, dict[str, str]]:
    """`type; a=1; b="x; y"` -> ("type", {"a": "1", "b": "x; y"}); parameter names lower-cased."""
    kind, _, rest = value.partition(";")
    params: dict[str, str] = {}
    i, n = 0, len(rest)
    while i < n:
        while i < n and rest[i] in " \t;":
            i += 1
        eq = rest.find("=", i)
        if eq < 0:
            break
        name = rest[i:eq].strip().lower()
        i = eq + 1
        while i < n and rest[i] in " \t":
            i += 1
        if i < n and rest[i] == '"':
            i += 1
            chars: list[str] = []
            while i < n and rest[i] != '"':
                if rest[i] == "\\" and i + 1 < n:
                    i += 1
                chars.append(rest[i])
                i += 1
            if i >= n:
                raise MultipartError("unterminated quoted string in a header")
            i += 1
            params[name] = "".join(chars)
        else:
            end = rest.find(";", i)
            end = n if end < 0 else end
            params[name] = rest[i:end].strip()
            i = end
    return kind.strip(), params


# ----------------------------------------------------------------------- for request handlers


def form_parts(request: Request) -> list[FormPart]:
    """The parts of a multipart request; 400 when the body is not multipart/form-data."""
    try:
        return parse_form(request.header("content-type"), request.body)
    except MultipartError as err:
        raise ApiError(400, f"Malformed multipart/form-data body: {err}") from None


def text_fields(form: list[FormPart], allowed: tuple[str, ...]) -> dict[str, str]:
    """The plain (non-file) form fields among `allowed`, each sent at most once."""
    found: dict[str, str] = {}
    for part in form:
        if part.name not in allowed:
            continue
        if part.filename is not None:
            raise ApiError(400, f"Form field '{part.name}' must be a plain field, not a file.", param=part.name)
        if part.name in found:
            raise ApiError(400, f"Form field '{part.name}' was sent more than once.", param=part.name)
        try:
            found[part.name] = part.text()
        except MultipartError as err:
            raise ApiError(400, str(err), param=part.name) from None
    return found


def form_metadata(raw: str | None) -> dict[str, str]:
    """The `metadata` form field: JSON object text of at most 8 KB, under the metadata rules."""
    if raw is None:
        return {}
    if len(raw.encode()) > _MAX_METADATA_FORM_BYTES:
        raise ApiError(400, "Form field 'metadata' must be at most 8 KB.", param="metadata")
    try:
        value = loads(raw)
    except ApiError:
        raise ApiError(400, "Form field 'metadata' must be a JSON object.", param="metadata") from None
    return dict(fields.metadata(value))
