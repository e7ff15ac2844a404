"""Where a secret could surface from an exception: its text, repr and attributes, the copies of
the request and response it keeps, its pickle, and every frame local of its traceback (what
`pytest -l`, rich tracebacks and Sentry capture), chained exceptions included. The frames of
the tests themselves (the caller, holding what it passed) are left out."""

from __future__ import annotations

import copy
import pickle
import traceback
from collections.abc import Iterator
from pathlib import Path

import httpx

_TESTS = Path(__file__).resolve().parent.parent


def surfaces(error: BaseException) -> Iterator[tuple[str, str]]:
    """(where, text) for every place a reader of `error` could see."""
    yield "str", str(error)
    yield "repr", repr(error)
    yield "vars", repr(vars(error))
    yield "traceback", "".join(traceback.format_exception(error))
    for frame in traceback.TracebackException.from_exception(error, capture_locals=True).stack:
        if Path(frame.filename).is_relative_to(_TESTS):
            continue
        for name, value in (frame.locals or {}).items():
            yield f"local {name} of {frame.name}", value
    chained = error.__cause__ or error.__context__
    if chained is not None:
        for where, text in surfaces(chained):
            yield f"chained {where}", text
    try:
        blob = pickle.dumps(error)
    except Exception as exc:  # noqa: BLE001 - a failure to pickle is reported by the callers' own checks
        yield "pickle failure", repr(exc)
    else:
        yield "pickle", blob.decode("latin-1")
    for name, value in vars(error).items():
        if isinstance(value, httpx.Request):
            yield from _request(f"attribute {name}", value)
        if isinstance(value, httpx.Response):
            yield f"attribute {name}.text", value.text
            yield f"attribute {name}.headers", repr(value.headers.raw)
            yield from _request(f"attribute {name}.request", value.request)
        else:
            yield f"attribute {name}", repr(copy.copy(value))


def _request(where: str, request: httpx.Request) -> Iterator[tuple[str, str]]:
    yield f"{where}.url", str(request.url)
    yield f"{where}.headers", repr(request.headers.raw)
    try:
        yield f"{where}.content", request.content.decode("latin-1")
    except httpx.RequestNotRead:
        pass


def leaks(error: BaseException, *secrets: str) -> list[str]:
    """The surfaces of `error` that show any of `secrets` (empty when none does)."""
    return [where for where, text in surfaces(error) for secret in secrets if secret in text]
