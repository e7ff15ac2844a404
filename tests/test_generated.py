"""generated/ is exactly what the pinned generator makes from openapi.yaml and the templates."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.skipif(shutil.which("make") is None, reason="needs make")
def test_generated_code_is_up_to_date() -> None:
    result = subprocess.run(["make", "-s", "check-generated"], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
