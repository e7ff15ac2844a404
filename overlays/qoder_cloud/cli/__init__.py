"""`qoder-cloud`, the command line for the whole API (installed with the `cli` extra:
`pip install "qoder-cloud-agents[cli]"`).

Its commands are made from the command tables the templates generate beside the resource
classes (`qoder_cloud_api.api.<tag>.COMMANDS`), so every operation of the spec is one, and call
the public client. Click and Rich are needed here only: importing `qoder_cloud` never imports
this package. docs/cli.md describes it for users.
"""

from __future__ import annotations

import sys

__all__ = ["main"]

MISSING = 'qoder-cloud needs the "cli" extra: pip install "qoder-cloud-agents[cli]" (missing: {name})'


def main(argv: list[str] | None = None) -> None:
    """The console script `qoder-cloud`."""
    try:
        from ._app import cli
    except ModuleNotFoundError as err:
        missing = (err.name or "").split(".")[0]
        if missing not in ("click", "rich"):
            raise
        print(MISSING.format(name=missing), file=sys.stderr)
        raise SystemExit(2) from None
    cli.main(argv, prog_name="qoder-cloud")
