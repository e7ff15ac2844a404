"""The installed wheel is typed for its users: a fresh virtual environment with only the built
wheel and the type checkers (plus pytest, to run a user's test) type-checks the programs in
`tests/typecheck/` and the python blocks of README.md and docs/usage.md with zero errors, under
`mypy --strict` and pyright's strict mode, with no other setting; the programs and the user's
test from docs/usage.md then run there against the bundled local server, and the mistakes in
`tests/typecheck/wrong_on_purpose.py` are reported exactly where they are marked.

pyright comes from node_modules (pinned in package.json); without npm its checks are skipped, as
the Prism contract tests are.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from .test_docs_snippets import python_blocks

ROOT = Path(__file__).resolve().parent.parent
PROGRAMS = ROOT / "tests" / "typecheck"
PYRIGHT = ROOT / "node_modules" / ".bin" / "pyright"
DOCUMENTS = ("README.md", "docs/usage.md")
USER_TEST = "test_weather_bot.py"  # the block of docs/usage.md marked <!-- user-test: test_weather_bot.py -->
NEGATIVE = "wrong_on_purpose.py"
STEP_TIMEOUT = 600


def _pin(name: str) -> str:
    for line in (ROOT / "requirements-dev.txt").read_text().splitlines():
        if line.startswith(f"{name}=="):
            return line.strip()
    raise AssertionError(f"requirements-dev.txt pins no {name}")


def _run(args: list[str | Path], cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {key: value for key, value in os.environ.items() if not key.startswith(("PYTHON", "MYPY", "VIRTUAL_ENV"))}
    return subprocess.run(
        [str(arg) for arg in args], cwd=cwd, capture_output=True, text=True, timeout=STEP_TIMEOUT, env=env
    )


def _checked(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 0, f"{result.args}:\n{result.stdout[-4000:]}\n{result.stderr[-4000:]}"
    return result.stdout


def _document_module(document: str) -> str:
    """A document's runnable blocks as one module, each at its own line numbers (so an error
    names the document's line), in the order a reader runs them."""
    lines: list[str] = []
    for block in python_blocks(document):
        if block.not_run is None:
            lines.extend([""] * (block.line - 1 - len(lines)))
            lines.extend(block.code.splitlines())
    return "\n".join(lines) + "\n"


def _user_test() -> str:
    text = (ROOT / "docs" / "usage.md").read_text()
    found = re.search(rf"<!-- user-test: {re.escape(USER_TEST)} -->\n```python\n(.*?)\n```", text, re.S)
    assert found, f"docs/usage.md has no block marked <!-- user-test: {USER_TEST} -->"
    return found.group(1) + "\n"


@dataclass
class Installed:
    python: Path
    wheel: Path
    work: Path

    def programs(self) -> list[str]:
        return sorted(path.name for path in self.work.glob("*.py") if path.name != NEGATIVE)


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Installed]:
    base = tmp_path_factory.mktemp("wheel-typing")
    dist = base / "dist"
    _checked(_run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w", dist, ROOT], cwd=base))
    [wheel] = dist.glob("*.whl")
    _checked(_run([sys.executable, "-m", "venv", base / "venv"], cwd=base))
    python = base / "venv" / "bin" / "python"
    _checked(_run([python, "-m", "pip", "install", "--quiet", wheel, _pin("mypy"), _pin("pytest")], cwd=base))
    work = base / "work"
    work.mkdir()
    for program in PROGRAMS.glob("*.py"):
        shutil.copy(program, work / program.name)
    for document in DOCUMENTS:
        (work / (document.replace("/", "_").replace(".md", "_md") + ".py")).write_text(_document_module(document))
    (work / USER_TEST).write_text(_user_test())
    # pyright's strict mode; nothing else is set, for pyright or for mypy.
    (work / "pyrightconfig.json").write_text('{"typeCheckingMode": "strict"}\n')
    yield Installed(python, wheel, work)


def test_the_wheel_marks_both_packages_typed(installed: Installed) -> None:
    names = set(zipfile.ZipFile(installed.wheel).namelist())
    assert {"qoder_cloud/py.typed", "qoder_cloud_api/py.typed"} <= names


def test_mypy_strict_finds_nothing_to_report(installed: Installed) -> None:
    output = _checked(_run([installed.python, "-m", "mypy", "--strict", *installed.programs()], cwd=installed.work))
    assert "Success: no issues found" in output


@pytest.mark.skipif(not PYRIGHT.exists(), reason="needs node_modules (npm ci): pyright is pinned in package.json")
def test_pyright_strict_finds_nothing_to_report(installed: Installed) -> None:
    programs = [name for name in installed.programs() if not name.endswith("_md.py")]  # mypy reads the docs
    output = _checked(_run([PYRIGHT, "--pythonpath", installed.python, *programs], cwd=installed.work))
    assert "0 errors" in output


def _reported_lines(output: str, pattern: str) -> set[int]:
    return {int(line) for line in re.findall(pattern, output)}


def _marked_lines() -> set[int]:
    lines = (PROGRAMS / NEGATIVE).read_text().splitlines()
    return {number for number, line in enumerate(lines, start=1) if line.endswith("# expect-error")}


def test_mypy_reports_each_mistake_where_it_is_marked(installed: Installed) -> None:
    result = _run([installed.python, "-m", "mypy", "--strict", NEGATIVE], cwd=installed.work)
    assert result.returncode == 1, result.stdout + result.stderr
    assert _reported_lines(result.stdout, rf"{NEGATIVE}:(\d+): error") == _marked_lines(), result.stdout


@pytest.mark.skipif(not PYRIGHT.exists(), reason="needs node_modules (npm ci): pyright is pinned in package.json")
def test_pyright_reports_each_mistake_where_it_is_marked(installed: Installed) -> None:
    result = _run([PYRIGHT, "--pythonpath", installed.python, NEGATIVE], cwd=installed.work)
    assert result.returncode == 1, result.stdout + result.stderr
    assert _reported_lines(result.stdout, rf"{NEGATIVE}:(\d+):\d+ - error") == _marked_lines(), result.stdout


@pytest.mark.parametrize("program", sorted(path.name for path in PROGRAMS.glob("*.py") if path.name != NEGATIVE))
def test_the_programs_run_against_the_local_server(installed: Installed, program: str) -> None:
    _checked(_run([installed.python, program], cwd=installed.work))


def test_the_users_test_from_the_guide_passes_with_the_bundled_fixtures(installed: Installed) -> None:
    assert len(_user_test().splitlines()) < 30  # the bot and its test; the test itself is under 15 lines
    output = _checked(
        _run([installed.python, "-m", "pytest", "-q", "-p", "no:cacheprovider", USER_TEST], cwd=installed.work)
    )
    assert "1 passed" in output
