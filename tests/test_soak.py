"""A short, bounded soak: mixed operations at a 20% fault rate, a client shared across a fork,
one sync client from 50 threads and one async client with 500 calls in flight (under faults),
then hostile answers: nothing is created twice, no answer is another call's, no stream event is
lost or repeated, only the client's typed errors escape, and no error shows a secret."""

from __future__ import annotations

import os

import pytest

from .support.soak import run_soak

SEED = 6  # one whose operation mix cuts some streams (the assertions need it)


@pytest.mark.skipif(not hasattr(os, "fork"), reason="the fork phase needs os.fork")
def test_a_short_soak_with_faults_loses_and_duplicates_nothing() -> None:
    report = run_soak(120, fault_rate=0.2, seed=SEED, thread_calls=2, forks=2, fork_rounds=5, hostile_rounds=1)
    assert sum(report.faults.values()) > 10, "the fault layer was active"
    assert report.retries > 0
    assert report.untyped_errors == []
    assert report.duplicates == 0
    assert report.wrong_answers == []
    assert report.leaks == []
    assert report.turns > 5, "streamed turns were checked"
    assert (report.events_lost, report.events_duplicated) == (0, 0)
    assert report.faults["sse_cut"] > 0, "some streams were cut"
    phases = report.phases
    assert phases["fork"].operations == 3 * 5  # two children and the parent
    assert phases["threads"].operations + phases["threads"].skipped == 50 * 2 * 3
    assert phases["threads"].skipped <= sum(phases["threads"].typed_errors.values())
    assert phases["async"].operations == 500
    assert sum(phases["hostile"].typed_errors.values()) == phases["hostile"].operations == 13
    calls = 120 + sum(tally.operations for tally in phases.values())
    assert report.operations == calls and report.succeeded >= calls - 13 - 30
