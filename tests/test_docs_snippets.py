"""Every ```python block of the user documentation runs, as written, against a local server.

The blocks of one document run in order in one fresh interpreter, the way a reader would type
them into one session: a later block may use the `client` or the `agent` an earlier one made.
The interpreter sees `QODER_PAT` and `QODER_BASE_URL` pointing at a `LocalServer` started here
(so the snippets read as a user writes them: `QoderCloud()`), and works in a temporary
directory, since some snippets write files. A block that is deliberately not runnable carries
`<!-- not-run: why -->` on the line before its fence; the test says how many blocks ran.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from qoder_cloud.testing import LocalServer

from .support.constants import TOKEN

ROOT = Path(__file__).resolve().parent.parent
DOCUMENTS = ("README.md", "docs/usage.md", "docs/authentication.md", "docs/self-hosted.md", "docs/webhooks.md")
RUN_TIMEOUT = 120  # seconds for all the blocks of one document

_FENCE = re.compile(r"^(`{3,})\s*(\S*)")
_NOT_RUN = re.compile(r"^<!--\s*not-run:(.*?)-->\s*$")


@dataclass(frozen=True)
class Block:
    document: str
    line: int  # 1-based line of the first line of code
    code: str
    not_run: str | None  # the reason, for a block marked not-run


def python_blocks(document: str) -> list[Block]:
    """The ```python blocks of a Markdown file, each with the not-run reason written above it."""
    lines = (ROOT / document).read_text(encoding="utf-8").splitlines()
    blocks: list[Block] = []
    reason: str | None = None  # set by a not-run comment, for the fence on the very next line
    index = 0
    while index < len(lines):
        where = f"{document}:{index + 1}"
        marker = _NOT_RUN.match(lines[index].strip())
        fence = _FENCE.match(lines[index])
        if reason is not None and fence is None:
            raise AssertionError(f"{where}: a not-run comment must stand right above a ```python block")
        if marker is not None:
            reason = marker.group(1).strip()
            if not reason:
                raise AssertionError(f"{where}: a not-run comment must say why the block does not run")
        elif fence is not None:
            ticks, language = fence.groups()
            if reason is not None and language != "python":
                raise AssertionError(f"{where}: not-run marks a block that is not python")
            end = index + 1
            while end < len(lines) and not lines[end].startswith(ticks):
                end += 1
            if language == "python":
                blocks.append(Block(document, index + 2, "\n".join(lines[index + 1 : end]) + "\n", reason))
            reason = None
            index = end
        index += 1
    if reason is not None:
        raise AssertionError(f"{document}: the last not-run comment stands above no block")
    return blocks


# Runs in the child interpreter: each block compiled under the document's name, with its line
# numbers, so a traceback points at the line of the document that failed.
_RUNNER = """
import json, sys
namespace = {"__name__": "__main__"}
for document, line, code in json.load(sys.stdin):
    print(f"--- {document}:{line}", flush=True)
    exec(compile("\\n" * (line - 1) + code, document, "exec"), namespace)
"""


@pytest.fixture
def local_api() -> Iterator[LocalServer]:
    with LocalServer(token=TOKEN) as server:
        # What an agent would have left behind: an output file, which (unlike an upload) can be
        # downloaded.
        server.add_file(b'{"tests": "passed"}\n', "result.json")
        yield server


@pytest.mark.parametrize("document", DOCUMENTS)
def test_every_python_block_runs(
    document: str, local_api: LocalServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    blocks = python_blocks(document)
    runnable = [block for block in blocks if block.not_run is None]
    assert runnable, f"{document} has no runnable python block"
    env = {
        **os.environ,
        "QODER_PAT": TOKEN,
        "QODER_BASE_URL": local_api.base_url,
        "PYTHONDONTWRITEBYTECODE": "1",
    }
    payload = json.dumps([(str(ROOT / b.document), b.line, b.code) for b in runnable])
    done = subprocess.run(
        [sys.executable, "-c", _RUNNER],
        input=payload,
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=env,
        timeout=RUN_TIMEOUT,
    )
    assert done.returncode == 0, f"a python block of {document} failed:\n{done.stdout[-3000:]}\n{done.stderr}"
    started = [line for line in done.stdout.splitlines() if line.startswith("--- ")]
    assert len(started) == len(runnable)
    skipped = ", ".join(f"line {b.line - 1} ({b.not_run})" for b in blocks if b.not_run is not None)
    with capsys.disabled():
        print(f"\n{document}: {len(runnable)} python blocks ran" + (f"; not run: {skipped}" if skipped else ""))


def test_not_run_markers_are_checked(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A marker that hides nothing, or hides a block without saying why, is an error."""
    monkeypatch.setattr(sys.modules[__name__], "ROOT", tmp_path)
    (tmp_path / "ok.md").write_text(
        "<!-- not-run: needs a real token -->\n```python\nraise SystemExit\n```\n\n```python\nx = 1\n```\n"
    )
    assert [(b.line, b.not_run) for b in python_blocks("ok.md")] == [(3, "needs a real token"), (7, None)]
    for text in (
        "<!-- not-run: why -->\n\n```python\nx = 1\n```\n",  # not right above the fence
        "<!-- not-run: -->\n```python\nx = 1\n```\n",  # no reason
        "<!-- not-run: why -->\n```sh\nls\n```\n",  # not a python block
        "text\n<!-- not-run: why -->\n",  # above nothing
    ):
        (tmp_path / "bad.md").write_text(text)
        with pytest.raises(AssertionError):
            python_blocks("bad.md")
