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


def test_the_repository_stands_on_its_own() -> None:
    """No tracked file points at the team's notes outside the repository (users do not have them)."""
    outside = "../" + "shared"  # spelled in two parts so this file does not name it
    tracked = subprocess.run(["git", "ls-files"], cwd=ROOT, capture_output=True, text=True, check=True).stdout
    offenders = []
    for name in tracked.splitlines():
        path = ROOT / name
        if path.is_file() and path.suffix not in {".png", ".zip"} and outside in path.read_text(errors="ignore"):
            offenders.append(name)
    assert offenders == [], f"these files point outside the repository: {offenders}"
