"""`with thing:` / `async with thing:` close `thing` at the end of the block."""

from __future__ import annotations

from typing import Self

__all__ = ["AsyncClosedOnExit", "ClosedOnExit"]


class ClosedOnExit:
    """A base for the objects that hold a connection or a pool: `with` calls `close()`."""

    def close(self) -> None:
        raise NotImplementedError

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class AsyncClosedOnExit:
    """The asyncio twin of `ClosedOnExit`: `async with` awaits `aclose()`."""

    async def aclose(self) -> None:
        raise NotImplementedError

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()
