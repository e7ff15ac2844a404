"""`Idempotency-Key` as the API documents it: the first answer to a key is stored for 24 hours;
the same key with the same request replays it without acting again; the same key with a
different request is a 409. Keys are scoped to the caller's token.

Requests with the same key run one at a time (a retry waits for the attempt still in flight);
the per-key lock lives only while a request with that key is running."""

from __future__ import annotations

import copy
import hashlib
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from ._clock import Clock
from ._messages import ApiError, Request, Response

RETENTION_SECONDS = 24 * 60 * 60
_MAX_KEYS = 50_000
_WRITE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})


@dataclass
class _Entry:
    fingerprint: str
    response: Response
    stored_at: float


@dataclass
class _KeyLock:
    lock: threading.Lock = field(default_factory=threading.Lock)
    users: int = 0  # requests holding or waiting for the lock


class IdempotencyStore:
    def __init__(self, clock: Clock) -> None:
        self._clock = clock
        self._entries: OrderedDict[tuple[str, str], _Entry] = OrderedDict()
        self._key_locks: dict[tuple[str, str], _KeyLock] = {}
        self._lock = threading.Lock()
        self.replays = 0

    @property
    def locked_keys(self) -> int:
        """How many keys have a request running or waiting right now."""
        with self._lock:
            return len(self._key_locks)

    def run(self, request: Request, caller: str, handler: Callable[[], Response]) -> Response:
        """Run `handler` once per key; replay or refuse repeats."""
        key_value = request.header("idempotency-key") or request.header("x-idempotency-key")
        if not key_value or request.method not in _WRITE_METHODS:
            return handler()
        key = (caller, key_value)
        fingerprint = _fingerprint(request)
        with self._exclusive(key):
            entry = self._lookup(key)
            if entry is not None:
                if entry.fingerprint != fingerprint:
                    raise ApiError(409, "Idempotency key reused with a different request body.", type="conflict_error")
                self.replays += 1
                replay = copy.deepcopy(entry.response)
                replay.headers["idempotent-replayed"] = "true"
                return replay
            response = handler()
            if response.status < 500 and response.stream is None:
                self._store(key, _Entry(fingerprint, copy.deepcopy(response), self._clock.time()))
            return response

    @contextmanager
    def _exclusive(self, key: tuple[str, str]) -> Iterator[None]:
        with self._lock:
            holder = self._key_locks.setdefault(key, _KeyLock())
            holder.users += 1
        try:
            with holder.lock:
                yield
        finally:
            with self._lock:
                holder.users -= 1
                if not holder.users:
                    del self._key_locks[key]

    def _lookup(self, key: tuple[str, str]) -> _Entry | None:
        with self._lock:
            entry = self._entries.get(key)
            if entry is not None and self._clock.time() - entry.stored_at > RETENTION_SECONDS:
                del self._entries[key]
                return None
            return entry

    def _store(self, key: tuple[str, str], entry: _Entry) -> None:
        with self._lock:
            self._entries[key] = entry
            while len(self._entries) > _MAX_KEYS:
                self._entries.popitem(last=False)


def _fingerprint(request: Request) -> str:
    digest = hashlib.sha256()
    digest.update(f"{request.method} {request.path} {sorted(request.query.items())}\n".encode())
    digest.update(request.body)
    return digest.hexdigest()
