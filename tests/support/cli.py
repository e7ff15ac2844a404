"""Running `qoder-cloud` in-process against a local server, as a user's shell would: the token
and the base URL in the environment, stdin from a string, stdout and stderr apart."""

from __future__ import annotations

import json
from typing import Any

from click.testing import CliRunner, Result

from qoder_cloud.cli._app import cli
from qoder_cloud.testing import LocalServer

from .constants import TOKEN


def run(server: LocalServer | None, *args: str, input: str | None = None, env: dict[str, str] | None = None) -> Result:
    """`qoder-cloud ARGS...` with QODER_PAT and QODER_BASE_URL set for `server`; unexpected
    exceptions propagate (a bug in the command line must not pass as an exit code)."""
    environ = {"QODER_PAT": TOKEN, "QODER_BASE_URL": server.base_url if server else None, "COLUMNS": "200"}
    environ.update(env or {})
    return CliRunner().invoke(cli, ["--max-retries", "0", *args], input=input, env=environ, catch_exceptions=False)


def ok(server: LocalServer, *args: str, input: str | None = None) -> Result:
    result = run(server, *args, input=input)
    assert result.exit_code == 0, (result.exit_code, result.stdout, result.stderr)
    return result


def as_json(server: LocalServer, *args: str, input: str | None = None) -> Any:
    """The `--json` document a command prints, parsed."""
    return json.loads(ok(server, *args, "--json", input=input).stdout)


def json_lines(text: str) -> list[Any]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]
