"""Prism (`@stoplight/prism-cli`) serving openapi.yaml as a mock on a free loopback port.

Prism validates every request against the spec (a request the spec does not allow gets a 4xx
naming the violation in an `sl-violations` header) and answers with the spec's examples or
bodies synthesised from the schemas. It runs with `--errors`, so a response Prism builds that
does not match its own schema becomes a 500 instead of passing silently.
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import time
from pathlib import Path
from types import TracebackType

STARTUP_TIMEOUT = 30.0  # seconds to wait for "Prism is listening on ..."
LIFETIME = 600  # seconds Prism may live at most
_LISTENING = re.compile(r"Prism is listening on (http://127\.0\.0\.1:\d+)")


class PrismError(RuntimeError):
    """Prism did not start; the message carries the end of its log."""


class PrismMock:
    """`prism mock SPEC` as a context manager: started on enter, always stopped on exit."""

    def __init__(self, prism: Path, spec: Path, log_path: Path) -> None:
        # `timeout` ends Prism after LIFETIME even if this process dies without stopping it.
        bounded = ["timeout", str(LIFETIME)] if shutil.which("timeout") else []
        self._command = [
            *bounded,
            str(prism),
            "mock",
            str(spec),
            "--host",
            "127.0.0.1",
            "--port",
            "0",  # Prism picks a free port and prints it
            "--errors",
        ]
        self._log_path = log_path
        self._process: subprocess.Popen[bytes] | None = None
        self.base_url = ""

    def log(self) -> str:
        return self._log_path.read_text(errors="replace") if self._log_path.exists() else ""

    def __enter__(self) -> PrismMock:
        with self._log_path.open("wb") as log:
            self._process = subprocess.Popen(
                self._command, stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
            )
        try:
            self.base_url = self._wait_until_listening()
        except BaseException:
            self.stop()
            raise
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()

    def _wait_until_listening(self) -> str:
        assert self._process is not None
        deadline = time.monotonic() + STARTUP_TIMEOUT
        while time.monotonic() < deadline:
            found = _LISTENING.search(self.log())
            if found:
                return found.group(1)
            if self._process.poll() is not None:
                raise PrismError(f"Prism exited with {self._process.returncode}:\n{self.log()[-3000:]}")
            time.sleep(0.1)
        raise PrismError(f"Prism did not start within {STARTUP_TIMEOUT:.0f} s:\n{self.log()[-3000:]}")

    def stop(self) -> None:
        process, self._process = self._process, None
        if process is None or process.poll() is not None:
            return
        process.terminate()  # `timeout` passes the signal on to Prism
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)  # the session started above: Prism and `timeout`
            process.wait(timeout=10)
