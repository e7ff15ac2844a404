"""The command tables the templates generate, read into typed records.

Every tag's resource module (`qoder_cloud_api.api.<tag>`) ends in `COMMANDS`, plain data made by
`overlays/templates/_commands.jinja` from the same facts as the resource methods: one entry per
operation with its method name, kind, path IDs and options. This module finds the tags without
importing them (`qoder-cloud agents list` imports only the agents module) and turns an entry into
`Operation` / `Parameter` records, refusing an entry of an unknown shape so a template change the
command line does not understand fails its tests instead of misbehaving.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import qoder_cloud_api.api

__all__ = [
    "KINDS",
    "TYPES",
    "Argument",
    "Operation",
    "Parameter",
    "command_name",
    "load",
    "method_names",
    "parent_of",
    "tags",
]

KINDS = ("call", "list", "stream", "download")
TYPES = ("string", "integer", "number", "boolean", "datetime", "date", "choice", "file", "files", "json")
_WHERE = ("body", "query", "header")


@dataclass(frozen=True)
class Argument:
    """A path ID: a positional argument of the command and of the method."""

    name: str
    description: str


@dataclass(frozen=True)
class Parameter:
    """A body field, query or header parameter: an option of the command, a keyword of the method."""

    name: str
    """The method's keyword (`created_at_gte`); the option is `--created-at-gte`."""
    wire: str
    """The field or parameter as sent (`created_at[gte]`), the key of a `--body` object."""
    where: str
    type: str
    description: str
    multiple: bool = False
    or_text: bool = False
    required: bool = False
    choices: tuple[str, ...] = ()
    default: str | None = None

    @property
    def flag(self) -> str:
        return "--" + self.name.replace("_", "-")


@dataclass(frozen=True)
class Operation:
    tag: str
    resource: str
    """The resource's attribute path on the client: `agents`, or `environments.work` for a tag that
    is a sub-namespace of another."""
    name: str
    """The method of the resource (`list_versions`)."""
    operation: str
    """The spec's operationId (`agents_list_versions`)."""
    summary: str
    description: str
    kind: str
    body: str
    """"json" or "multipart" when the body's fields are options, else ""."""
    arguments: tuple[Argument, ...]
    parameters: tuple[Parameter, ...]

    @property
    def command(self) -> str:
        return command_name(self.name)


def command_name(name: str) -> str:
    """`list_versions` → `list-versions`, `skill_versions` → `skill-versions`."""
    return name.replace("_", "-")


def tags() -> list[str]:
    """The tags that have a resource module, without importing any of them."""
    return sorted(info.name for info in pkgutil.iter_modules(qoder_cloud_api.api.__path__) if info.ispkg)


def method_names(tag: str) -> list[str]:
    """The methods of a tag, read from its operation modules' file names (`agents_list.py` is
    `list`) without importing them: what `qoder-cloud --help` lists for each resource."""
    folder = [str(Path(path) / tag) for path in qoder_cloud_api.api.__path__]
    return sorted(
        info.name.removeprefix(tag + "_")
        for info in pkgutil.iter_modules(folder)
        if not info.ispkg and info.name.startswith(tag + "_")
    )


def parent_of(tag: str, known: list[str]) -> str | None:
    """The tag whose sub-namespace `tag` is (`environments` for `environments_work`), as the
    templates decide it: a tag `<parent>_<name>` whose `<parent>` is also a tag."""
    parents = [other for other in known if other != tag and tag.startswith(other + "_")]
    return max(parents, key=len) if parents else None


def load(tag: str) -> list[Operation]:
    """The operations of one tag, from its module's `COMMANDS`."""
    module = importlib.import_module(f"{qoder_cloud_api.api.__name__}.{tag}")
    table = getattr(module, "COMMANDS", None)
    if not isinstance(table, tuple):
        raise RuntimeError(f"qoder_cloud_api.api.{tag} has no command table; run `make generate`")
    return [_operation(tag, entry) for entry in table]


def _operation(tag: str, entry: Mapping[str, Any]) -> Operation:
    where = f"{tag}.{entry.get('name')}"
    _expect(
        entry,
        where,
        {"name", "resource", "operation", "summary", "description", "kind", "body", "arguments", "options"},
    )
    if entry["kind"] not in KINDS:
        raise RuntimeError(f"{where}: unknown kind {entry['kind']!r}")
    return Operation(
        tag=tag,
        resource=entry["resource"],
        name=entry["name"],
        operation=entry["operation"],
        summary=entry["summary"],
        description=entry["description"],
        kind=entry["kind"],
        body=entry["body"],
        arguments=tuple(Argument(item["name"], item["description"]) for item in entry["arguments"]),
        parameters=tuple(_parameter(where, item) for item in entry["options"]),
    )


def _parameter(where: str, item: Mapping[str, Any]) -> Parameter:
    where = f"{where} {item.get('name')}"
    _expect(
        item,
        where,
        {"name", "wire", "in", "type", "description"},
        {"multiple", "or_text", "required", "choices", "default"},
    )
    if item["type"] not in TYPES or item["in"] not in _WHERE:
        raise RuntimeError(f"{where}: unknown type {item['type']!r} or place {item['in']!r}")
    return Parameter(
        name=item["name"],
        wire=item["wire"],
        where=item["in"],
        type=item["type"],
        description=item["description"],
        multiple=item.get("multiple", False),
        or_text=item.get("or_text", False),
        required=item.get("required", False),
        choices=tuple(item.get("choices", ())),
        default=item.get("default"),
    )


def _expect(
    entry: Mapping[str, Any], where: str, required: set[str], optional: frozenset[str] | set[str] = frozenset()
) -> None:
    keys = set(entry)
    if not required <= keys or not keys <= required | optional:
        raise RuntimeError(f"{where}: unexpected command table entry with keys {sorted(keys)}")
