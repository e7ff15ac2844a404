"""Every response body the spec allows parses into the generated models with nothing lost.

For each schema an operation answers with, a full body is built from the spec (every property,
one item per union member in arrays, a field the spec does not know on every object). Then, one at
a time, each optional field anywhere in the body is left out, each server-owned value (an enum
value or a union member's `const` type) is replaced by one this client has never seen, and each
nullable field is sent as `null`; every variant must parse through the model's `from_dict`, and
every field that was sent must be readable from the result (as an attribute, or with `obj[key]`
for fields the model does not declare). docs/spec-decisions.md says why responses are this loose.
"""

from __future__ import annotations

import copy
import datetime
import enum
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import attrs
import pytest
import yaml
from openapi_python_client.strings import PythonIdentifier

import qoder_cloud_api.models as models
from qoder_cloud_api.types import Unset

SPEC: dict[str, Any] = yaml.safe_load((Path(__file__).resolve().parent.parent / "openapi.yaml").read_text())
SCHEMAS: dict[str, Any] = SPEC["components"]["schemas"]
UNKNOWN = "zz_value_from_a_newer_server"
EXTRA_KEY = "zz_field_from_a_newer_server"
MAX_DEPTH = 7  # deeper than any response nests, except through recursive schemas


def _resolve(node: dict[str, Any]) -> tuple[str | None, dict[str, Any]]:
    """The schema a node stands for, and its component name when it is a reference."""
    name = None
    while "$ref" in node:
        target: Any = SPEC
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        name, node = node["$ref"].rsplit("/", 1)[1], target
    return name, node


def _members(schema: dict[str, Any]) -> list[dict[str, Any]]:
    """The non-null alternatives of a union (`anyOf`/`oneOf`), or [] for anything else."""
    alternatives = schema.get("anyOf") or schema.get("oneOf") or []
    return [member for member in alternatives if member.get("type") != "null"]


def _is_nullable(schema: dict[str, Any]) -> bool:
    kinds = schema.get("type")
    if isinstance(kinds, list) and "null" in kinds:
        return True
    return any(member.get("type") == "null" for member in schema.get("anyOf") or schema.get("oneOf") or [])


def _json_type(schema: dict[str, Any]) -> str | None:
    kinds = schema.get("type")
    if isinstance(kinds, list):
        kinds = next((kind for kind in kinds if kind != "null"), None)
    return kinds


@dataclass(frozen=True)
class Site:
    """One place in a body where a variant differs from the full body."""

    path: tuple[str | int, ...]
    kind: str  # "drop" (an optional field), "unknown" (a server-owned value), "null" (a nullable field)
    # What the variant exercises, wherever in a body it is: the object's schema, the union it was
    # chosen from (dispatch may depend on the field), the field and the kind of change.
    exercises: tuple[str, str, str, str]

    def __str__(self) -> str:
        return f"{self.kind} {'.'.join(map(str, self.path))}"


@dataclass
class Sampler:
    """Builds a body holding every property; `turn` picks the member of each union outside an array
    (arrays hold one item per member). Records the sites where variants differ."""

    turn: int
    sites: list[Site] = field(default_factory=list)
    widest: int = 1  # the most members of a union outside an array: the turns needed to show them all

    def value(self, node: dict[str, Any], depth: int, path: tuple[str | int, ...], union: str = "") -> Any:
        name, schema = _resolve(node)
        members = _members(schema)
        if members:
            self.widest = max(self.widest, len(members))
            return self.value(members[self.turn % len(members)], depth, path, name or union)
        if "const" in schema:
            return schema["const"]
        if "enum" in schema:
            return schema["enum"][0]
        kind = _json_type(schema)
        if kind == "object" or "properties" in schema:
            return self.object(name or ".".join(map(str, path)), schema, depth, path, union)
        if kind == "array":
            return self.array(schema.get("items", {}), depth, path)
        if kind == "string":
            return "2026-05-18T15:26:39Z" if schema.get("format") == "date-time" else "text"
        if kind == "integer":
            return 3
        if kind == "number":
            return 2.5
        if kind == "boolean":
            return True
        return "any value"

    def array(self, items: dict[str, Any], depth: int, path: tuple[str | int, ...]) -> list[Any]:
        if depth >= MAX_DEPTH:
            return []
        name, item_schema = _resolve(items)
        members = _members(item_schema)
        if not members:
            return [self.value(items, depth + 1, (*path, 0))]
        return [self.value(member, depth + 1, (*path, i), name or "") for i, member in enumerate(members)]

    def object(self, owner: str, schema: dict[str, Any], depth: int, path: tuple[str | int, ...], union: str) -> Any:
        required = set(schema.get("required", []))
        body: dict[str, Any] = {}
        for key, prop in (schema.get("properties") or {}).items():
            if depth >= MAX_DEPTH and key not in required:
                continue
            where = (*path, key)
            body[key] = self.value(prop, depth + 1, where)
            _, resolved = _resolve(prop)
            kinds = []
            if key not in required:
                kinds.append("drop")
            if _is_nullable(prop) or _is_nullable(resolved):
                kinds.append("null")
            if "enum" in resolved or "const" in resolved:
                kinds.append("unknown")
            self.sites.extend(Site(where, kind, (owner, union, key, kind)) for kind in kinds)
        extra = schema.get("additionalProperties", True)
        if extra is not False:
            # A field this client does not know: kept, and readable with obj[key].
            body[EXTRA_KEY] = Sampler(0).value(extra, depth + 1, ()) if isinstance(extra, dict) else "kept"
        return body


def _samples(name: str) -> list[tuple[Any, list[Site]]]:
    """The bodies of one response schema (one per turn) and their sites."""
    first = Sampler(0)
    bodies = [(first.value({"$ref": f"#/components/schemas/{name}"}, 0, ()), first.sites)]
    for turn in range(1, first.widest):
        sampler = Sampler(turn)
        bodies.append((sampler.value({"$ref": f"#/components/schemas/{name}"}, 0, ()), sampler.sites))
    return bodies


def _response_schemas() -> list[str]:
    """The component schemas that 2xx answers (and event-stream frames) are, as generated models.

    A union answered on its own (a session resource, a stream frame) is parsed as an item of the
    list that carries it, which is also a response schema."""
    names: set[str] = set()
    for item in SPEC["paths"].values():
        for method, operation in item.items():
            if method == "parameters":
                continue
            for status, response in operation["responses"].items():
                if not status.startswith("2"):
                    continue
                for media in _resolve(response)[1].get("content", {}).values():
                    name, _ = _resolve(media.get("schema", {}))
                    if name:
                        names.add(name)
    unions = {name for name in names if _members(SCHEMAS[name])}
    lists = {
        _resolve(SCHEMAS[name]["properties"]["data"]["items"])[0]
        for name in names
        if "has_more" in SCHEMAS[name].get("properties", {})
    }
    assert unions <= lists, f"response unions that no list carries: {sorted(unions - lists)}"
    return sorted(names - unions)


RESPONSE_SCHEMAS = _response_schemas()
SAMPLES = {name: _samples(name) for name in RESPONSE_SCHEMAS}


def _assign_variants() -> dict[str, list[tuple[Any, Site]]]:
    """Each change is tried once, in the smallest body that holds it: dropping a field of a schema
    exercises the same parse wherever that schema sits."""
    by_size = sorted(RESPONSE_SCHEMAS, key=lambda name: len(repr(SAMPLES[name][0][0])))
    assigned: dict[str, list[tuple[Any, Site]]] = {name: [] for name in RESPONSE_SCHEMAS}
    seen: set[tuple[str, str, str, str]] = set()
    for name in by_size:
        for body, sites in SAMPLES[name]:
            for site in sites:
                if site.exercises not in seen:
                    seen.add(site.exercises)
                    assigned[name].append((body, site))
    return assigned


VARIANTS = _assign_variants()


def _variant(body: Any, site: Site) -> Any:
    changed = copy.deepcopy(body)
    parent = changed
    for step in site.path[:-1]:
        parent = parent[step]
    last = site.path[-1]
    if site.kind == "drop":
        del parent[last]
    elif site.kind == "null":
        parent[last] = None
    else:
        parent[last] = UNKNOWN
    return changed


def _read(obj: Any, key: str) -> Any:
    """A sent field of a parsed model: its attribute, or `obj[key]` for a field it does not declare."""
    name = str(PythonIdentifier(key, "field_"))
    if name in {f.name for f in attrs.fields(type(obj))}:
        return getattr(obj, name)
    return obj[key]


def assert_readable(parsed: Any, sent: Any, where: str = "") -> None:
    """Every field of `sent` can be read back from `parsed`, with the value sent."""
    if attrs.has(type(parsed)):
        assert isinstance(sent, dict), f"{where}: a {type(parsed).__name__} was read from {sent!r}"
        for key, value in sent.items():
            try:
                got = _read(parsed, key)
            except KeyError:
                raise AssertionError(f"{where}.{key}: sent but not readable from {type(parsed).__name__}") from None
            assert_readable(got, value, f"{where}.{key}")
    elif isinstance(sent, dict):
        assert isinstance(parsed, dict), f"{where}: {parsed!r} read from {sent!r}"
        assert parsed.keys() == sent.keys(), where
        for key, value in sent.items():
            assert_readable(parsed[key], value, f"{where}.{key}")
    elif isinstance(sent, list):
        assert isinstance(parsed, list) and len(parsed) == len(sent), f"{where}: {parsed!r} read from {sent!r}"
        for i, (got, value) in enumerate(zip(parsed, sent, strict=True)):
            assert_readable(got, value, f"{where}[{i}]")
    elif isinstance(parsed, datetime.datetime):
        assert parsed == datetime.datetime.fromisoformat(sent), where
    else:
        assert not isinstance(parsed, Unset), f"{where}: sent {sent!r}, read as unset"
        if isinstance(parsed, enum.Enum):
            parsed = parsed.value
        assert parsed == sent and type(parsed) is type(sent), f"{where}: sent {sent!r}, read {parsed!r}"


@pytest.mark.parametrize("name", RESPONSE_SCHEMAS)
def test_the_full_body_parses_with_every_field_readable(name: str) -> None:
    model = getattr(models, name)
    for body, _ in SAMPLES[name]:
        assert_readable(model.from_dict(copy.deepcopy(body)), body, name)


@pytest.mark.parametrize("kind", ["drop", "unknown", "null"])
@pytest.mark.parametrize("name", RESPONSE_SCHEMAS)
def test_each_variant_parses_with_every_sent_field_readable(name: str, kind: str) -> None:
    """`drop`: an optional field left out; `unknown`: a server-owned value this client does not
    know; `null`: a nullable field sent as null."""
    model = getattr(models, name)
    failures = []
    for body, site in VARIANTS[name]:
        if site.kind != kind:
            continue
        changed = _variant(body, site)
        try:
            assert_readable(model.from_dict(copy.deepcopy(changed)), changed, name)
        except Exception as error:  # noqa: BLE001 - every failing site is reported, not just the first
            failures.append(f"{site}: {type(error).__name__}: {error}")
    assert not failures, f"{len(failures)} variants of {name} lose data:\n" + "\n".join(failures)


def test_every_change_is_tried() -> None:
    """Guards the test itself: the variants cover the drops, unknown values and nulls the spec allows."""
    kinds = {site.kind for variants in VARIANTS.values() for _, site in variants}
    assert kinds == {"drop", "unknown", "null"}
    assert sum(len(variants) for variants in VARIANTS.values()) > 500


# Response fields the official TypeScript SDK's wire types mark `| null`: each must be nullable in the
# spec, and the null variant above must have parsed it.
TS_NULLABLE = [
    ("Agent", "archived_at"),
    ("Agent", "multiagent"),
    ("ToolInputSchema", "properties"),
    ("ToolInputSchema", "required"),
    ("MemoryVersion", "path"),
    ("MemoryVersion", "content_size_bytes"),
    ("MemoryVersion", "content_sha256"),
    ("SessionUsage", "list_cost"),
    ("SessionUsage", "server_tool_use"),
    ("ModelUsage", "speed"),
    ("GitHubRepositoryResource", "checkout"),
    ("MemoryStoreResource", "access"),
    ("MemoryStoreResource", "mount_path"),
    ("SessionList", "prev_page"),
    ("SessionUpdatedEvent", "agent"),
    ("SessionUpdatedEvent", "title"),
    ("SessionUpdatedEvent", "budget"),
    ("SessionUsageEvent", "budget"),
    ("UserMessageEvent", "processed_at"),
    ("UserInterruptEvent", "session_thread_id"),
    ("UserToolConfirmationEvent", "deny_message"),
    ("UserCustomToolResultEvent", "is_error"),
    ("AgentCustomToolUseEvent", "session_thread_id"),
    ("AgentToolResultEvent", "is_error"),
    ("AgentMCPToolResultEvent", "is_error"),
    ("AgentThreadMessageReceivedEvent", "from_agent_name"),
    ("AgentThreadMessageSentEvent", "to_agent_name"),
]


@pytest.mark.parametrize(("schema", "name"), TS_NULLABLE, ids=[f"{s}.{n}" for s, n in TS_NULLABLE])
def test_a_null_where_the_typescript_sdk_allows_one_parses(schema: str, name: str) -> None:
    prop = SCHEMAS[schema]["properties"][name]
    assert _is_nullable(prop) or _is_nullable(_resolve(prop)[1]), f"{schema}.{name} is not nullable in the spec"
    tried = {site.exercises[::2] for variants in VARIANTS.values() for _, site in variants if site.kind == "null"}
    assert (schema, name) in tried, f"no null variant parsed {schema}.{name}"


LIST_ENVELOPES = [name for name in RESPONSE_SCHEMAS if "has_more" in SCHEMAS[name].get("properties", {})]


@pytest.mark.parametrize("name", LIST_ENVELOPES)
def test_a_list_envelope_requires_only_data_and_parses_without_has_more(name: str) -> None:
    """Both SDKs allow `has_more` to be missing (the pager then reads `next_page`), so `data` is
    the one field a list answer must send."""
    assert SCHEMAS[name]["required"] == ["data"]
    [(body, site)] = [(body, site) for body, site in VARIANTS[name] if site.path == ("has_more",)]
    assert site.kind == "drop"
    assert isinstance(getattr(models, name).from_dict(_variant(body, site)).has_more, Unset)
