"""The pinned Node tools (package.json, installed by `make node-setup`) for the tests that run them."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SPEC_PATH = ROOT / "openapi.yaml"
NODE_BIN = ROOT / "node_modules" / ".bin"


def node_tool(name: str) -> Path:
    """The executable of one pinned Node tool.

    Skips the calling test where Node.js itself is absent; fails where Node.js is present but the
    tools were not installed, since that is a setup mistake rather than a missing platform.
    """
    if shutil.which("node") is None:
        pytest.skip("Node.js is not installed, so the pinned Node tools cannot run")
    tool = NODE_BIN / name
    if not tool.exists():
        pytest.fail(f"{tool} is missing: run `make node-setup` (npm ci) first")
    return tool
