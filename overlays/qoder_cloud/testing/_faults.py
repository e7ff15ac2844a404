"""Fault injection for the local server: the failures a real gateway produces, on a seeded
schedule so a run can be repeated.

Some faults answer before the API acts (the request had no effect); others let the API act
and then lose or damage the answer, which is where a client that retries carelessly creates
things twice.
"""

from __future__ import annotations

import random
import threading
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

__all__ = ["AFTER_HANDLER", "BEFORE_HANDLER", "FAULT_KINDS", "STREAM_ONLY", "FaultPlan"]

# Answered instead of running the handler: the API did nothing.
BEFORE_HANDLER = (
    "rate_limit",  # 429 with Retry-After-Ms or Retry-After
    "server_error",  # 500, JSON envelope
    "bad_gateway_html",  # 502 with an HTML page
    "unavailable_empty",  # 503 with an empty body
    "gateway_timeout",  # 504, JSON envelope
    "overloaded",  # 529, JSON envelope
    "reset_before_handler",  # connection reset before the status line
)
# The handler runs (the API acted), then the answer is lost or damaged.
AFTER_HANDLER = (
    "reset_after_handler",  # connection reset before the status line
    "reset_mid_body",  # status line and headers sent, then a reset halfway through the body
    "stall",  # nothing sent until well past the client's read timeout, then the connection closes
    "truncated_json",  # a complete HTTP answer whose JSON body is cut short
)
# Only for event streams: the stream is cut in the middle of a frame.
STREAM_ONLY = ("sse_cut",)
FAULT_KINDS = BEFORE_HANDLER + AFTER_HANDLER + STREAM_ONLY


@dataclass
class FaultPlan:
    """Which requests fail, and how.

    Args:
        rate: the share of requests that meet a fault (0 to 1).
        seed: seeds the schedule; the same seed and the same request sequence give the same faults.
        kinds: the fault kinds to choose from (default: all).
        script: an explicit sequence instead of random draws: one entry per request, a kind or
            None for "no fault"; requests after its end meet no fault.

    A name that is not one of `FAULT_KINDS`, in `kinds` or `script`, is a `ValueError` that lists
    the known ones.
        stall_seconds: how long a `stall` holds the connection before closing it.
        retry_after_ms: the `Retry-After-Ms` sent with 429 and 5xx answers (None: send none).
    """

    rate: float = 0.2
    seed: int = 0
    kinds: Sequence[str] = FAULT_KINDS
    script: Sequence[str | None] | None = None
    stall_seconds: float = 2.0
    retry_after_ms: int | None = 20
    counts: Counter[str] = field(default_factory=Counter, init=False)

    def __post_init__(self) -> None:
        if isinstance(self.kinds, str) or isinstance(self.script, str):
            raise TypeError("kinds and script are sequences of fault names, not one string")
        _check_names("kinds", self.kinds)
        if self.script is not None:
            self.script = tuple(self.script)
            _check_names("script", [kind for kind in self.script if kind is not None])
        if not 0.0 <= self.rate <= 1.0:
            raise ValueError(f"rate must be between 0 and 1, got {self.rate}")
        self._random = random.Random(self.seed)
        self._script = iter(self.script) if self.script is not None else None
        self._lock = threading.Lock()
        self._plain = [k for k in self.kinds if k not in STREAM_ONLY]
        # A stream can meet any fault answered before the handler, or be cut mid-frame; cuts are
        # weighted to be half of a stream's faults, since they are what resuming is about.
        before = [k for k in self.kinds if k in BEFORE_HANDLER]
        cuts = [k for k in self.kinds if k in STREAM_ONLY]
        self._streaming = before + cuts * max(1, len(before))

    def draw(self, *, streaming: bool) -> str | None:
        """The fault for the next request, or None."""
        with self._lock:
            if self._script is not None:
                kind = next(self._script, None)
            else:
                candidates = self._streaming if streaming else self._plain
                if not candidates or self._random.random() >= self.rate:
                    return None
                kind = self._random.choice(candidates)
            if kind is not None:
                self.counts[kind] += 1
            return kind

    @property
    def total(self) -> int:
        return sum(self.counts.values())


def _check_names(argument: str, names: Sequence[str]) -> None:
    unknown = [name for name in names if name not in FAULT_KINDS]
    if unknown:
        raise ValueError(
            f"FaultPlan({argument}=...): unknown fault {unknown[0]!r}; the known ones are {', '.join(FAULT_KINDS)}"
        )
