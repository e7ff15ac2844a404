"""The official SDK (qca-sdk) drives the local server: a reading of the API that we did not write.

Each scenario in tests/official_sdk/ runs in its own virtual environment (`.venv-qca`, made by
`make official-sdk-setup`, which `make test` runs first) against a fresh local server.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from qoder_cloud.testing import LocalServer

from .support.constants import TOKEN

ROOT = Path(__file__).resolve().parent.parent
QCA_PYTHON = ROOT / ".venv-qca" / "bin" / "python"
SA_KEY = "sak-official-sdk-scenario"  # the service-account key the server exchanges (scenario_service_account)
SCENARIOS = sorted((ROOT / "tests" / "official_sdk").glob("scenario_*.py"))


@pytest.mark.skipif(not QCA_PYTHON.exists(), reason="no .venv-qca: run `make official-sdk-setup`")
@pytest.mark.parametrize("scenario", SCENARIOS, ids=[path.stem for path in SCENARIOS])
def test_official_sdk_scenario_passes_against_the_local_server(scenario: Path) -> None:
    with LocalServer(token=TOKEN, sa_key=SA_KEY) as server:
        result = subprocess.run(
            [str(QCA_PYTHON), str(scenario), server.base_url, TOKEN, SA_KEY],
            capture_output=True,
            text=True,
            timeout=300,
            cwd=scenario.parent,
        )
    assert result.returncode == 0, f"{scenario.name} failed:\n{result.stdout}\n{result.stderr[-4000:]}"
    assert result.stdout.startswith("ok"), result.stdout


def test_there_are_scenarios() -> None:
    assert SCENARIOS, "tests/official_sdk/ holds no scenario_*.py"
