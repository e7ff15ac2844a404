"""`Idempotency-Key` as the API documents it: the first answer to a key is stored for 24 hours;
the same key with the same request replays it without acting again; the same key with a
different request is a 409. Keys are scoped to the caller's token."""

from __future__ import annotations

import copy
import hashlib
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass

from ._messages import ApiError, Request, Response

RETENTION_SECONDS = 24 * 60 * 60
_MAX_KEYS = 50_000
_WRITE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})


@dataclass
class _Entry:
    fingerprint: str
    response: Response
    stored_at: float


class IdempotencyStore:
    def __init__(self) -> None:
        self._entries: OrderedDict[tuple[str, str], _Entry] = OrderedDict()
        self._key_locks: dict[tuple[str, str], threading.Lock] = {}
        self._lock = threading.Lock()
        self.replays = 0

    def run(self, request: Request, caller: str, handler: Callable[[], Response]) -> Response:
        """Run `handler` once per key; replay or refuse repeats."""
        key_value = request.header("idempotency-key") or request.header("x-idempotency-key")
        if not key_value or request.method not in _WRITE_METHODS:
            return handler()
        key = (caller, key_value)
        fingerprint = _fingerprint(request)
        with self._lock_for(key):
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
                self._store(key, _Entry(fingerprint, copy.deepcopy(response), time.monotonic()))
            return response

    def _lock_for(self, key: tuple[str, str]) -> threading.Lock:
        with self._lock:
            return self._key_locks.setdefault(key, threading.Lock())

    def _lookup(self, key: tuple[str, str]) -> _Entry | None:
        with self._lock:
            entry = self._entries.get(key)
            if entry is not None and time.monotonic() - entry.stored_at > RETENTION_SECONDS:
                del self._entries[key]
                return None
            return entry

    def _store(self, key: tuple[str, str], entry: _Entry) -> None:
        with self._lock:
            self._entries[key] = entry
            while len(self._entries) > _MAX_KEYS:
                old, _ = self._entries.popitem(last=False)
                self._key_locks.pop(old, None)


def _fingerprint(request: Request) -> str:
    digest = hashlib.sha256()
    digest.update(f"{request.method} {request.path} {sorted(request.query.items())}\n".encode())
    digest.update(request.body)
    return digest.hexdigest()
