"""Streaming a download to disk, chunk by chunk, never holding the whole body in memory.

Files are fetched in two steps: the API hands out a short-lived link (`files.content`), then the
link is fetched with a fresh request that carries no API token, no default headers and no
cookies: the storage host is not the API and must never see the token.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, TypeAlias

import httpx

from ._exceptions import ConfigurationError, connection_error
from ._settings import USER_AGENT, is_loopback

__all__ = ["Destination", "async_save", "check_link", "link_request", "save"]

Destination: TypeAlias = str | os.PathLike[str] | IO[bytes]
"""A path to write (created or replaced once the download completes) or an open binary file."""

CHUNK_SIZE = 64 * 1024


def check_link(url: str, *, allow_insecure_http: bool) -> httpx.URL:
    """Refuse a download link that is not an absolute http(s) URL, or that embeds credentials."""
    parsed = httpx.URL(url)
    if parsed.scheme not in ("http", "https") or not parsed.host:
        raise ConfigurationError(f"the download link is not an absolute http(s) URL: {url[:100]!r}")
    if parsed.userinfo:
        raise ConfigurationError("the download link embeds credentials; refusing to fetch it")
    if parsed.scheme == "http" and not allow_insecure_http and not is_loopback(parsed.host):
        raise ConfigurationError(f"refusing a plain-http download link to {parsed.host}")
    return parsed


def link_request(url: httpx.URL, timeout: httpx.Timeout | float | None) -> httpx.Request:
    """A bare GET for a download link: no token, no client default headers, no cookies."""
    return httpx.Request(
        "GET", url, headers={"User-Agent": USER_AGENT, "Accept": "*/*"}, extensions=_timeout_extension(timeout)
    )


def _timeout_extension(timeout: httpx.Timeout | float | None) -> dict[str, dict[str, float | None]]:
    value = timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout)
    return {"timeout": value.as_dict()}


def save(response: httpx.Response, destination: Destination) -> Path | None:
    """Write a streamed 2xx response to `destination`; always closes the response.

    A path is written to a temporary sibling first and renamed into place only once every byte
    arrived, so a broken download never leaves a truncated file behind.
    """
    try:
        with _opened(destination) as out:
            for chunk in response.iter_bytes(CHUNK_SIZE):
                out.write(chunk)
        return _written(destination)
    except httpx.TransportError as exc:
        raise connection_error(exc, response.request, f"download from {response.request.url.host}") from None
    finally:
        response.close()


async def async_save(response: httpx.Response, destination: Destination) -> Path | None:
    """The asyncio twin of `save` (file writes are small and synchronous)."""
    try:
        with _opened(destination) as out:
            async for chunk in response.aiter_bytes(CHUNK_SIZE):
                out.write(chunk)
        return _written(destination)
    except httpx.TransportError as exc:
        raise connection_error(exc, response.request, f"download from {response.request.url.host}") from None
    finally:
        await response.aclose()


@contextmanager
def _opened(destination: Destination) -> Iterator[IO[bytes]]:
    """The file to write: an open one as it is, or a path's `.part` sibling, renamed into place
    only when the block ends normally and removed otherwise."""
    if not isinstance(destination, (str, os.PathLike)):
        yield destination
        return
    target = Path(destination)
    partial = target.with_name(target.name + ".part")
    try:
        with partial.open("wb") as out:
            yield out
        partial.replace(target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise


def _written(destination: Destination) -> Path | None:
    return Path(destination) if isinstance(destination, (str, os.PathLike)) else None
