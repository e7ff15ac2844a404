"""One command per operation, built from its command-table entry (`_table.Operation`).

`qoder-cloud <tag> <method> PATH_ID... [--option VALUE]...` calls `client.<tag>.<method>` with
the path IDs as positional arguments and each option given as its keyword; an option left out is
not sent (the server's default applies). A JSON body can also be given whole with `--body`
(inline, `@file.json` or `@-` for stdin); options given beside it replace its fields.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

import click

from ._context import Invocation, UsageFailure, calling
from ._output import Output, json_option
from ._table import Operation, Parameter
from ._transfer import uploads_shown
from ._values import as_date, as_json, as_timestamp, read_json

__all__ = ["RESERVED_FLAGS", "operation_command"]

RESERVED_FLAGS = ("--json", "--all", "--body", "--output", "--help")
"""Flags of the command line's own; an operation option named like one would be refused."""

_SCALAR_TYPES = {"string": click.STRING, "integer": click.INT, "number": click.FLOAT}
_CONVERTED = {"datetime": ("TIMESTAMP", as_timestamp), "date": ("DATE", as_date)}


def operation_command(operation: Operation) -> click.Command:
    params: list[click.Parameter] = [
        click.Argument([argument.name], metavar=argument.name.upper()) for argument in operation.arguments
    ]
    for parameter in operation.parameters:
        if parameter.flag in RESERVED_FLAGS:
            raise RuntimeError(f"{operation.operation}: the option {parameter.flag} is one of the command line's own")
        params.append(_option(parameter))
    if operation.body == "json":
        params.append(
            click.Option(
                ["--body", "body"],
                metavar="JSON|@FILE|-",
                help="The whole request body as a JSON object: inline, @file.json, or - for stdin; "
                "options given beside it replace its fields.",
            )
        )
    if operation.kind == "list":
        params.append(click.Option(["--all", "walk_all"], is_flag=True, help="Walk every page, not just the first."))
    if operation.kind == "download":
        params.append(
            click.Option(
                ["--output", "-o", "output"],
                type=click.Path(dir_okay=False, path_type=Path),
                help="Write the bytes to this file (default: stdout, when it is not a terminal).",
            )
        )
    if operation.kind != "download":
        params.append(json_option(operation.kind))
    names = [param.name for param in params]
    if len(set(names)) != len(names):
        raise RuntimeError(f"{operation.operation}: two parameters share a name among {names}")
    return click.Command(
        operation.command,
        params=params,
        callback=_runner(operation),
        help=_help(operation),
        short_help=operation.summary,
        no_args_is_help=bool(operation.arguments),
    )


def _help(operation: Operation) -> str:
    text = operation.summary + "."
    if operation.description:
        text += "\n\n" + operation.description
    required = [parameter.flag for parameter in operation.parameters if parameter.required]
    if required:
        text += (
            "\n\nRequired: "
            + ", ".join(required)
            + (" (or their fields in --body)." if operation.body == "json" else ".")
        )
    return text


def _option(parameter: Parameter) -> click.Option:
    help_text = parameter.description
    if parameter.default is not None:
        help_text += f"  [server default: {parameter.default}]"
    if parameter.required:
        help_text += "  [required]"
    declarations = [parameter.flag, parameter.name]
    if parameter.type == "boolean":
        return click.Option(
            [f"{parameter.flag}/--no-{parameter.flag[2:]}", parameter.name], default=None, help=help_text
        )
    if parameter.type == "files":
        help_text += "  (a directory sends every file in it; repeat the option for several files)"
        return click.Option(declarations, type=click.Path(exists=True), multiple=True, help=help_text)
    if parameter.multiple:
        help_text += "  (repeat for several)"
    options: dict[str, Any] = {"multiple": parameter.multiple, "help": help_text}
    if parameter.type == "choice":
        options["type"] = click.Choice(parameter.choices)
    elif parameter.type == "file":
        options["type"] = click.Path(exists=True, dir_okay=False)
    elif parameter.type == "json":
        help_text += "  (JSON, @file.json or @- for stdin)"
        options.update(help=help_text, metavar="TEXT|JSON" if parameter.or_text else "JSON")
        options["callback"] = as_json(or_text=parameter.or_text)
    elif parameter.type in _CONVERTED:
        options["metavar"], options["callback"] = _CONVERTED[parameter.type]
    else:
        options["type"] = _SCALAR_TYPES[parameter.type]
    return click.Option(declarations, **options)


def _runner(operation: Operation) -> Callable[..., None]:
    def run(**values: Any) -> None:
        invocation = click.get_current_context().find_object(Invocation)
        assert invocation is not None, "commands run under the root group"
        output = Output(as_json=values.pop("as_json", False))
        walk_all = values.pop("walk_all", False)
        destination = values.pop("output", None)
        body = values.pop("body", None)
        arguments = [values.pop(argument.name) for argument in operation.arguments]
        keywords = _keywords(operation, values, body)
        resource: Any = invocation.client
        for attribute in operation.resource.split("."):
            resource = getattr(resource, attribute)
        method = getattr(resource, operation.name)
        with calling():
            if operation.body == "multipart":
                with uploads_shown(invocation, f"{operation.resource} {operation.name}"):
                    result = method(*arguments, **keywords)
            else:
                result = method(*arguments, **keywords)
            if operation.kind == "list":
                _print_list(output, result, walk_all, {parameter.name for parameter in operation.parameters})
            elif operation.kind == "stream":
                _print_stream(output, result)
            elif operation.kind == "download":
                _write_bytes(result, destination)
            else:
                output.result(result)

    return run


def _keywords(operation: Operation, values: Mapping[str, Any], body: str | None) -> dict[str, Any]:
    """The method's keywords: the fields of `--body`, then the options given."""
    keywords: dict[str, Any] = {}
    if body is not None:
        keywords.update(_body_fields(operation, read_json(body, "--body")))
    for parameter in operation.parameters:
        value = values.get(parameter.name)
        if value is None or value == ():
            continue
        if parameter.type == "files":
            value = value[0] if len(value) == 1 else list(value)
        elif parameter.multiple:
            value = list(value)
        keywords[parameter.name] = value
    missing = [
        parameter.flag for parameter in operation.parameters if parameter.required and parameter.name not in keywords
    ]
    if missing:
        raise click.UsageError(
            f"missing {', '.join(missing)}" + (" (or the fields in --body)" if operation.body == "json" else "")
        )
    return keywords


def _body_fields(operation: Operation, body: Any) -> dict[str, Any]:
    if not isinstance(body, Mapping):
        raise click.BadParameter("the body must be a JSON object", param_hint="--body")
    fields = {parameter.wire: parameter.name for parameter in operation.parameters if parameter.where == "body"}
    unknown = sorted(set(body) - set(fields))
    if unknown:
        raise click.BadParameter(
            f"unknown field {unknown[0]!r}; the fields are {', '.join(sorted(fields))}", param_hint="--body"
        )
    return {fields[key]: value for key, value in body.items()}


def _print_list(output: Output, page: Any, walk_all: bool, options: set[str]) -> None:
    if walk_all:
        if output.as_json:
            for item in page:
                output.line(item)
        else:
            output.table(page)
        return
    if output.as_json:
        output.result(page.envelope)
        return
    output.table(page.data)
    if page.has_more:
        if page.next_page and "page" in options:
            hint = f"add --page {page.next_page} for the next page, or --all for every page"
        elif page.last_id and "after_id" in options:
            hint = f"add --after-id {page.last_id} for the next page, or --all for every page"
        else:
            hint = "add --all for every page"
        output.note(f"More follow: {hint}.")


def _print_stream(output: Output, stream: Any) -> None:
    with stream:
        try:
            for event in stream:
                output.event(event)
        except KeyboardInterrupt:
            return


def _write_bytes(answer: Any, destination: Path | None) -> None:
    """A binary answer (a `File` whose payload holds the bytes) to a file or to stdout."""
    content = answer.payload.read()
    if destination is not None:
        destination.write_bytes(content)
        return
    if sys.stdout.isatty():
        raise UsageFailure("the answer is binary; pass --output FILE or redirect stdout")
    sys.stdout.buffer.write(content)
