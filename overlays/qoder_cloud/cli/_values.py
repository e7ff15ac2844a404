"""Command-line values: JSON given inline, from a file (`@file.json`) or from stdin (`@-`), and
timestamps. They are option callbacks (plain text in, the value out), and each refusal is a usage
error naming the option and why."""

from __future__ import annotations

import datetime
import json
import sys
from collections.abc import Callable
from typing import Any

import click

__all__ = ["as_date", "as_json", "as_timestamp", "read_json"]

Convert = Callable[[click.Context, click.Parameter, Any], Any]


def read_json(text: str, option: str) -> Any:
    """A JSON value: `@path` reads a file, `@-` (or `-`) stdin, anything else is JSON text."""
    source = "the text"
    if text.startswith("@") or text == "-":
        name = text.removeprefix("@")
        source = "stdin" if name == "-" else name
        try:
            text = sys.stdin.read() if name == "-" else _read_file(name)
        except OSError as err:
            raise click.BadParameter(f"cannot read {name}: {err.strerror or err}", param_hint=option) from None
    try:
        return json.loads(text)
    except json.JSONDecodeError as err:
        raise click.BadParameter(
            f"{source} is not valid JSON ({err.msg} at line {err.lineno} column {err.colno})", param_hint=option
        ) from None


def _read_file(name: str) -> str:
    with open(name, encoding="utf-8") as file:
        return file.read()


def _each(convert: Callable[[str, str], Any]) -> Convert:
    """An option callback applying `convert(text, flag)` to the value, or to each of a repeated one."""

    def callback(ctx: click.Context, param: click.Parameter, value: Any) -> Any:
        flag = param.opts[0] if param.opts else str(param.name)
        if value is None:
            return None
        if isinstance(value, tuple):
            return tuple(convert(item, flag) for item in value)
        return convert(value, flag)

    return callback


def as_json(*, or_text: bool) -> Convert:
    """JSON; with `or_text`, a value that does not start like an object, a list or `@` is plain
    text (`--agent agent_1` as well as `--agent '{"id": "agent_1", "version": 2}'`)."""

    def convert(text: str, flag: str) -> Any:
        if or_text and not text.lstrip().startswith(("{", "[", "@")):
            return text
        return read_json(text, flag)

    return _each(convert)


def _timestamp(text: str, flag: str) -> datetime.datetime:
    try:
        parsed = datetime.datetime.fromisoformat(text)
    except ValueError:
        raise click.BadParameter(f"{text!r} is not a timestamp such as 2026-01-31T09:00:00Z", param_hint=flag) from None
    if parsed.tzinfo is None:
        raise click.BadParameter(
            f"{text!r} has no time zone; add one, e.g. {parsed.isoformat()}Z for UTC", param_hint=flag
        )
    return parsed


def _date(text: str, flag: str) -> datetime.date:
    try:
        return datetime.date.fromisoformat(text)
    except ValueError:
        raise click.BadParameter(f"{text!r} is not a date such as 2026-01-31", param_hint=flag) from None


as_timestamp = _each(_timestamp)
"""An RFC 3339 timestamp with its offset (`2026-01-31T09:00:00Z`)."""
as_date = _each(_date)
