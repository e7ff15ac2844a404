"""`qoder-cloud serve`: the bundled local server (`python -m qoder_cloud.testing`) under the
command line's name, with that command's own options."""

from __future__ import annotations

import click

__all__ = ["serve_command"]


def serve_command() -> click.Command:
    @click.command(
        "serve",
        context_settings={"ignore_unknown_options": True, "allow_extra_args": True, "help_option_names": []},
        add_help_option=False,
        short_help="Start the local Qoder-compatible server (serve --help for its options).",
    )
    @click.argument("options", nargs=-1, type=click.UNPROCESSED)
    def serve(options: tuple[str, ...]) -> None:
        """Serve the local Qoder Cloud Agents API until Ctrl-C; `qoder-cloud serve --help` lists its options."""
        from qoder_cloud.testing.__main__ import main

        raise click.exceptions.Exit(main(list(options), prog="qoder-cloud serve"))

    return serve
