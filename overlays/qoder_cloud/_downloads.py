"""Streaming a download to disk, chunk by chunk, never holding the whole body in memory.

Files are fetched in two steps: the API hands out a short-lived link (`files.content`), then the
link is fetched with a fresh request that carries no API token, no default headers and no
cookies: the storage host is not the API and must never see the token.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import IO, TypeAlias

import httpx

from ._exceptions import APIConnectionError, APITimeoutError, ConfigurationError, status_error_from_response
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
        if not response.is_success:
            response.read()
            raise status_error_from_response(response)
        if not isinstance(destination, (str, os.PathLike)):
            for chunk in response.iter_bytes(CHUNK_SIZE):
                destination.write(chunk)
            return None
        target = Path(destination)
        partial = target.with_name(target.name + ".part")
        try:
            with partial.open("wb") as out:
                for chunk in response.iter_bytes(CHUNK_SIZE):
                    out.write(chunk)
            partial.replace(target)
        except BaseException:
            partial.unlink(missing_ok=True)
            raise
        return target
    except httpx.TransportError as exc:
        raise _transport_error(exc, response) from None
    finally:
        response.close()


async def async_save(response: httpx.Response, destination: Destination) -> Path | None:
    """The asyncio twin of `save` (file writes are small and synchronous)."""
    try:
        if not response.is_success:
            await response.aread()
            raise status_error_from_response(response)
        if not isinstance(destination, (str, os.PathLike)):
            async for chunk in response.aiter_bytes(CHUNK_SIZE):
                destination.write(chunk)
            return None
        target = Path(destination)
        partial = target.with_name(target.name + ".part")
        try:
            with partial.open("wb") as out:
                async for chunk in response.aiter_bytes(CHUNK_SIZE):
                    out.write(chunk)
            partial.replace(target)
        except BaseException:
            partial.unlink(missing_ok=True)
            raise
        return target
    except httpx.TransportError as exc:
        raise _transport_error(exc, response) from None
    finally:
        await response.aclose()


def _transport_error(exc: Exception, response: httpx.Response) -> APIConnectionError:
    where = f"download from {response.request.url.host}"
    if isinstance(exc, httpx.TimeoutException):
        return APITimeoutError(f"{where} timed out", request=response.request)
    return APIConnectionError(f"{where} broke off: {type(exc).__name__}", request=response.request)
