"""A short, bounded soak: mixed operations at a 20% fault rate create nothing twice and let
nothing but the client's typed errors escape."""

from __future__ import annotations

from .support.soak import run_soak


def test_a_short_soak_with_faults_loses_and_duplicates_nothing() -> None:
    report = run_soak(120, fault_rate=0.2, seed=6)
    assert report.operations == 120
    assert sum(report.faults.values()) > 10, "the fault layer was active"
    assert report.retries > 0
    assert report.untyped_errors == []
    assert report.duplicates == 0
    assert report.turns > 5, "streamed turns were checked"
    assert (report.events_lost, report.events_duplicated) == (0, 0)
    assert report.faults["sse_cut"] > 0, "some streams were cut"
    assert report.succeeded >= 100
