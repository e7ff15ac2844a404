"""What the command line prints: for people, tables and aligned fields (Rich); for scripts
(`--json`), one JSON document, or JSON Lines where items or events keep coming (`--all`, streams).

Results go to stdout, everything else (hints, progress, errors) to stderr, so
`qoder-cloud agents list --json | jq` always reads clean JSON. API data is printed as text, never
as Rich markup, so a name with brackets shows as it is.
"""

from __future__ import annotations

import io
import json
from collections.abc import Iterable, Mapping
from typing import Any

import click
from rich.console import Console
from rich.table import Table
from rich.text import Text

__all__ = ["COLUMNS", "Output", "describe_event", "json_option", "plain"]

COLUMNS = ("id", "name", "title", "path", "type", "status", "version", "created_at", "processed_at")
"""The columns of a list, in this order, where the items have them (`type` only where it varies).
Events (items with `processed_at`) also get a summary: their text, tool or stop reason."""

WIDE = 10_000
"""The width of output that is not a terminal: lines are never wrapped for a pipe or a file."""


JSON_HELP = {
    "call": "Print the answer as one JSON document, for scripts.",
    "list": "Print JSON for scripts: the page as one document, or with --all one item per line (JSON Lines).",
    "stream": "Print each event as one line of JSON (JSON Lines), for scripts.",
    "download": "Print where the bytes went as one JSON document, for scripts.",
}


def json_option(kind: str) -> click.Option:
    """`--json`, on every command that prints something; the help says what it prints."""
    return click.Option(["--json", "as_json"], is_flag=True, help=JSON_HELP[kind])


def plain(value: Any) -> Any:
    """A model (or a list of them) as JSON-ready data: the fields as sent, unknown ones included."""
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict):
        return to_dict()
    if isinstance(value, list | tuple):
        return [plain(item) for item in value]
    return value


class Output:
    """The printers of one invocation (made per run, so a test's captured streams are used)."""

    def __init__(self, *, as_json: bool) -> None:
        self.as_json = as_json
        self.console = Console(highlight=False)
        self.terminal = self.console.is_terminal
        self.errors = Console(stderr=True, highlight=False)

    def show(self, renderable: Any) -> None:
        """Print for people: as Rich lays it out on a terminal; elsewhere (a pipe, a file) unwrapped,
        without styles or trailing spaces."""
        if self.terminal:
            self.console.print(renderable)
            return
        buffer = io.StringIO()
        Console(file=buffer, width=WIDE, color_system=None, highlight=False).print(renderable)
        for text_line in buffer.getvalue().splitlines():
            click.echo(text_line.rstrip())

    def result(self, value: Any) -> None:
        """The answer of an operation: an object, or nothing for a bodiless answer."""
        data = plain(value)
        if self.as_json:
            click.echo(json.dumps(data, indent=2, ensure_ascii=False))
        elif isinstance(data, Mapping):
            self.fields(data)
        elif data is not None:
            self.show(Text(_cell(data)))

    def fields(self, data: Mapping[str, Any]) -> None:
        grid = Table.grid(padding=(0, 2))
        grid.add_column(style="bold", no_wrap=True)
        grid.add_column(overflow="fold")
        for key, value in data.items():
            shown = _when(value) if isinstance(value, str) and str(key).endswith("_at") else value
            grid.add_row(Text(str(key)), _value(shown))
        self.show(grid)

    def line(self, data: Any) -> None:
        """One JSON Lines record."""
        click.echo(json.dumps(plain(data), ensure_ascii=False, separators=(",", ":")))

    def table(self, items: Iterable[Any]) -> int:
        """Items as a table of the `COLUMNS` they have; returns how many there were."""
        rows = [plain(item) for item in items]
        if not rows:
            self.note("No items.")
            return 0
        mappings = [row if isinstance(row, Mapping) else {} for row in rows]
        present = {key for row in mappings for key in row}
        columns = [name for name in COLUMNS if name in present and (name != "type" or _varies(mappings, name))]
        columns = columns or sorted(present)[:6]
        events = "processed_at" in present
        table = Table(box=None, header_style="bold", pad_edge=False)
        for name in columns:
            table.add_column(name.upper().replace("_", " "), no_wrap=name == "id" or name.endswith("_at"))
        if events:
            table.add_column("SUMMARY", overflow="ellipsis", no_wrap=True, max_width=100)
        for row in mappings:
            cells = [Text(_when(row.get(name)) if name.endswith("_at") else _cell(row.get(name))) for name in columns]
            table.add_row(*cells, *([Text(describe_event(row))] if events else []))
        self.show(table)
        return len(rows)

    def event(self, event: Any) -> None:
        """One streamed event: a JSON line, or a line for people."""
        if self.as_json:
            self.line(event)
            return
        data = plain(event)
        stamp = _when(data.get("processed_at") or data.get("created_at"))[11:19] if isinstance(data, Mapping) else ""
        text = Text(f"{stamp:8} ", style="dim")
        text.append(f"{data.get('type', '?') if isinstance(data, Mapping) else '?':28} ", style="bold")
        text.append(describe_event(data))
        self.show(text)

    def note(self, message: str) -> None:
        """A hint for people, on stderr (never part of the result)."""
        self.errors.print(Text(message, style="dim"))


def describe_event(data: Any) -> str:
    """The gist of an event in one line: its text, the tool and input, the stop reason, the error."""
    if not isinstance(data, Mapping):
        return ""
    text = " ".join(
        str(block.get("text", ""))
        for block in data.get("content") or []
        if isinstance(block, Mapping) and block.get("text")
    )
    parts = [text] if text else []
    if data.get("name"):
        parts.append(str(data["name"]))
    if "input" in data:
        parts.append(_compact(data["input"]))
    for key in ("stop_reason", "error", "result"):
        value = data.get(key)
        if isinstance(value, Mapping):
            parts.append(f"{key}: {value.get('type') or ''} {value.get('message') or ''}".strip())
        elif value:
            parts.append(f"{key}: {value}")
    return " ".join(parts).replace("\n", " ")


def _varies(rows: list[Mapping[str, Any]], name: str) -> bool:
    return len({_cell(row.get(name)) for row in rows}) > 1


def _when(value: Any) -> str:
    """A timestamp for people: to the second, `Z` for UTC (`2026-01-31T09:00:00Z`)."""
    text = _cell(value)
    if len(text) >= 19 and text[10:11] == "T":
        rest = text[19:].lstrip(".0123456789")
        return text[:19] + ("Z" if rest in ("Z", "+00:00") else rest)
    return text


def _value(value: Any) -> Text:
    if value is None:
        return Text("null", style="dim")
    return Text(_cell(value))


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Mapping | list):
        return _compact(value)
    return str(value)


def _compact(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(", ", ": "))
