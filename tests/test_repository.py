"""Checks on the repository itself that no other tool makes."""

from __future__ import annotations

import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_no_merge_conflict_markers_are_committed() -> None:
    tracked = subprocess.run(["git", "ls-files"], cwd=ROOT, capture_output=True, text=True, check=True).stdout
    markers = ("<<<<<<< ", ">>>>>>> ")
    offenders = []
    for name in tracked.splitlines():
        path = ROOT / name
        if not path.is_file() or path.suffix in {".png", ".zip"}:
            continue
        text = path.read_text(errors="ignore")
        if any(line.startswith(markers) for line in text.splitlines()):
            offenders.append(name)
    assert offenders == []
