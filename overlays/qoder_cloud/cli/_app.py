"""The `qoder-cloud` command: the root group with the settings, one group per resource (its
commands made from the command table on first use) and the hand-written live commands."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from typing import Any

import click
from click.core import ParameterSource

from qoder_cloud import REGION_BASE_URLS, QoderError, __version__

from ._context import EXIT_INTERRUPTED, Invocation, failure_from
from ._live import chat_command, tail_command
from ._operations import operation_command
from ._serve import serve_command
from ._table import command_name, load, method_names, parent_of, tags
from ._transfer import file_download_command, skill_version_download_command

__all__ = ["EXTRAS", "ResourceGroup", "Root", "cli"]

EXTRAS: dict[str, list[Callable[[], click.Command]]] = {
    "sessions": [chat_command],
    "events": [tail_command],
    "files": [file_download_command],
    "skill_versions": [skill_version_download_command],
}
"""The hand-written commands of a resource, beside its operations."""

ROOT_COMMANDS: dict[str, Callable[[], click.Command]] = {"serve": serve_command}


class ResourceGroup(click.Group):
    """The commands of one resource: its operations in the spec's order, then its sub-namespaces
    (`environments work`) and the extras. The resource's module is imported only when one of them
    is asked for."""

    def __init__(self, tag: str, parent: str | None = None) -> None:
        name = command_name(tag.removeprefix(parent + "_") if parent else tag)
        path = f"{command_name(parent)} {name}" if parent else name
        super().__init__(
            name, help=f"The {path} operations of the API; `qoder-cloud {path} COMMAND --help` explains one."
        )
        self.tag = tag
        self.resource = f"{parent}.{tag.removeprefix(parent + '_')}" if parent else tag
        self._loaded = False

    def _load(self) -> None:
        if self._loaded:
            return
        self._loaded = True
        for operation in load(self.tag):
            if operation.resource != self.resource:
                raise RuntimeError(
                    f"{operation.operation}: the table says client.{operation.resource}, not {self.resource}"
                )
            self.add_command(operation_command(operation))
        known = tags()
        for child in known:
            if parent_of(child, known) == self.tag:
                self._add(ResourceGroup(child, self.tag))
        for make in EXTRAS.get(self.tag, []):
            self._add(make())

    def _add(self, command: click.Command) -> None:
        if command.name in self.commands:
            raise RuntimeError(
                f"{self.name} {command.name}: a hand-written command or a sub-namespace hides an operation"
            )
        self.add_command(command)

    def list_commands(self, ctx: click.Context) -> list[str]:
        self._load()
        return list(self.commands)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        self._load()
        return self.commands.get(cmd_name)

    def get_short_help_str(self, limit: int = 45) -> str:
        """Its commands, named without importing the resource (so `qoder-cloud --help` stays quick)."""
        known = tags()
        children = [
            command_name(child.removeprefix(self.tag + "_")) for child in known if parent_of(child, known) == self.tag
        ]
        extras = [make().name or "" for make in EXTRAS.get(self.tag, [])]
        return ", ".join([command_name(name) for name in method_names(self.tag)] + children + extras)


class Root(click.Group):
    """Resources and root commands by name; a client error ends the run as one line on stderr
    with its exit code (see `_context`)."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return [command_name(tag) for tag in _top_level()] + list(ROOT_COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name in ROOT_COMMANDS:
            return ROOT_COMMANDS[cmd_name]()
        tag = cmd_name.replace("-", "_")
        return ResourceGroup(tag) if tag in _top_level() else None

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except QoderError as err:
            raise failure_from(err) from None
        except KeyboardInterrupt:
            click.echo("", err=True)
            raise click.exceptions.Exit(EXIT_INTERRUPTED) from None
        except BrokenPipeError:
            # The reader stopped reading (`| head`): end quietly, and keep Python from reporting
            # the pipe again when it flushes stdout at exit.
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            raise click.exceptions.Exit(0) from None


def _top_level() -> list[str]:
    known = tags()
    return [tag for tag in known if parent_of(tag, known) is None]


HELP = """The Qoder Cloud Agents API on the command line.

Every operation of the API is a command, `qoder-cloud RESOURCE METHOD`: path IDs are arguments,
fields and query parameters are options (`qoder-cloud RESOURCE METHOD --help` lists them). Lists
print a table (`--all` walks every page); `--json` prints JSON for scripts.

The token is read from QODER_PAT (a personal access token) or QODER_ACCESS_TOKEN; with neither set, a
service-account key in QODER_SA_KEY is exchanged for tokens. Neither is ever printed. The API is the
global region's unless --region or --base-url (QODER_BASE_URL) says otherwise.

Try it on the local server (started in another terminal):

\b
  qoder-cloud serve
  export QODER_BASE_URL=http://127.0.0.1:8080/api/v1/cloud QODER_PAT=local
  qoder-cloud agents create --name helper --model ultimate
  qoder-cloud agents list
  qoder-cloud environments create --name dev
  qoder-cloud sessions create --agent AGENT_ID --environment-id ENVIRONMENT_ID
  qoder-cloud sessions chat SESSION_ID
  qoder-cloud events tail SESSION_ID

Exit codes: 0 success, 1 the API answered with an error, 2 a usage error, 3 no connection to the
API, 130 interrupted.
"""


@click.group(
    cls=Root,
    help=HELP,
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
)
@click.option("--base-url", envvar="QODER_BASE_URL", show_envvar=True, metavar="URL", help="The API root URL.")
@click.option(
    "--region",
    type=click.Choice(sorted(REGION_BASE_URLS)),
    help="The region whose API to use (default: global); replaces a QODER_BASE_URL from the environment.",
)
@click.option("--timeout", type=click.FloatRange(min=0, min_open=True), metavar="SECONDS", help="Per-request timeout.")
@click.option(
    "--max-retries", type=click.IntRange(min=0), metavar="N", help="Retries of a failed request (default: 2)."
)
@click.option(
    "--workspace",
    envvar="QODER_WORKSPACE_ID",
    show_envvar=True,
    metavar="ID",
    help="The enterprise workspace to act in (default: the token's own space).",
)
@click.option(
    "--sa-exchange-url",
    envvar="QODER_SA_EXCHANGE_URL",
    show_envvar=True,
    metavar="URL",
    help="Where QODER_SA_KEY is exchanged for tokens (default: the region's exchange; the local server's, a proxy).",
)
@click.option(
    "--beta",
    "betas",
    multiple=True,
    metavar="FEATURE",
    help="A beta feature to enable on every request, e.g. browser-use-2026-07-14 (repeat for several).",
)
@click.version_option(__version__, prog_name="qoder-cloud")
@click.pass_context
def cli(
    ctx: click.Context,
    base_url: str | None,
    region: str | None,
    timeout: float | None,
    max_retries: int | None,
    workspace: str | None,
    sa_exchange_url: str | None,
    betas: tuple[str, ...],
) -> None:
    if region is not None and base_url is not None:
        # --region on the command line outranks a QODER_BASE_URL in the environment.
        if ctx.get_parameter_source("base_url") != ParameterSource.ENVIRONMENT:
            raise click.UsageError("give --base-url or --region, not both")
        base_url = REGION_BASE_URLS[region]
    invocation = Invocation(
        base_url=base_url,
        region=region,
        timeout=timeout,
        max_retries=max_retries,
        workspace=workspace,
        betas=betas,
        sa_exchange_url=sa_exchange_url,
    )
    ctx.obj = invocation
    ctx.call_on_close(invocation.close)
