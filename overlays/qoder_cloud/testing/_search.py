"""Search (the beta `search-2026-08-31`): `POST /sessions/search`, `/files/search`,
`/vaults/search` and `/skills/search`, over what the server stores.

A search takes its filters and its cursor in the JSON body (`{}` for none; the query string is
ignored) and needs an `x-qoder-beta` header that names `search-2026-08-31`. The filters combine
with AND: the text filters (`name`, `display_title`) match a part of the name ignoring case,
`metadata` matches every pair exactly. The answer is the list envelope plus `total`, the number
of matches, on the first page only (null when the request carried a `page`). A `page` is the
opaque `next_page` of the answer before.

At most `LocalServer.search_concurrency` searches (10, as documented) are in flight at once; one
more is answered `429 rate_limit_error`. Each search holds its place for
`LocalServer.search_seconds` clock seconds (0 by default) before it answers, so a test on a
`ManualClock` can keep ten in flight and watch the eleventh be refused.

These routes must be registered before the `/{id}` routes of their groups (`POST /sessions/{id}`
would take `/sessions/search` for a session named `search`).
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import copy
import datetime
import json
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from . import _fields as fields
from . import _sessions
from ._app import App
from ._messages import ApiError, Request
from ._state import State

BETA = "search-2026-08-31"
_SESSION_STATUSES = ("idle", "running", "rescheduling", "canceling", "terminated")
_SKILL_SOURCES = ("custom", "qoder")
# the `created_at[...]` filters: whether an item created at `t` passes the bound `b`
_TIME_BOUNDS: dict[str, Callable[[datetime.datetime, datetime.datetime], bool]] = {
    "created_at[gt]": lambda t, b: t > b,
    "created_at[gte]": lambda t, b: t >= b,
    "created_at[lt]": lambda t, b: t < b,
    "created_at[lte]": lambda t, b: t <= b,
}

Item = dict[str, Any]
Test = Callable[[Item], bool]


def register(app: App, state: State) -> None:
    @app.route("POST", "/sessions/search")
    def sessions(request: Request) -> Item:
        search = _Search(request, ordered=True)
        records = state.sessions.records

        def mounts(session: Item) -> set[Any]:
            resources = records[session["id"]].resources.values()
            return {r.get("memory_store_id") for r in resources if r.get("type") == "memory_store"}

        search.match(*_session_tests(search.body, mounts))
        with app.lock, _slot(state):
            sessions = (record.session for record in records.values())
            return search.page(sessions, render=lambda session: _sessions.render(records[session["id"]]))

    @app.route("POST", "/files/search")
    def files(request: Request) -> Item:
        search = _Search(request)
        body = search.body
        search.match(
            _contains(body, "name", lambda f: f["filename"]),
            _equals(body, "scope_id", lambda f: (f.get("scope") or {}).get("id")),
        )
        with app.lock, _slot(state):
            return search.page(stored.meta for stored in state.files.values())

    @app.route("POST", "/vaults/search")
    def vaults(request: Request) -> Item:
        search = _Search(request)
        body = search.body
        search.match(_unarchived(body), _contains(body, "name", lambda v: v["display_name"]))
        with app.lock, _slot(state):
            return search.page(record.vault for record in state.vaults.values())

    @app.route("POST", "/skills/search")
    def skills(request: Request) -> Item:
        search = _Search(request)
        body = search.body
        if "source" in body and body["source"] not in _SKILL_SOURCES:
            raise ApiError(400, "Field 'source' must be 'custom' or 'qoder'.", param="source")
        # `name` is the older spelling of `display_title`, which wins when both are sent
        title = "display_title" if "display_title" in body else "name"
        search.match(
            _contains(body, title, lambda s: s["display_title"]),
            _equals(body, "source", lambda s: s.get("source")),
        )
        with app.lock, _slot(state):
            return search.page(record.skill for record in state.skills.values())


class _Search:
    """One search request, checked whole before it takes a slot: the beta header, the body, the
    order, the page size, the cursor and the `metadata` filter every search has; `match` adds the
    others."""

    def __init__(self, request: Request, *, ordered: bool = False) -> None:
        betas = [beta.strip() for beta in (request.header("x-qoder-beta") or "").split(",")]
        if BETA not in betas:
            raise ApiError(400, f"Search is a beta: send the header 'x-qoder-beta: {BETA}'.")
        self.body = request.json_object()
        order = self.body.get("order", "desc") if ordered else "desc"
        if order not in ("asc", "desc"):
            raise ApiError(400, "Field 'order' must be 'asc' or 'desc'.", param="order")
        self.descending = order == "desc"
        self.limit = 20 if "limit" not in self.body else fields.integer(self.body["limit"], "limit", minimum=1)
        if self.limit > 100:
            raise ApiError(400, "Field 'limit' must be at most 100.", param="limit")
        self.after = _cursor(self.body["page"]) if "page" in self.body else None
        self.tests: list[Test] = []
        self.match(_metadata(self.body))

    def match(self, *tests: Test | None) -> None:
        self.tests.extend(test for test in tests if test is not None)

    def page(self, objects: Iterable[Item], render: Callable[[Item], Item] = copy.deepcopy) -> Item:
        """The list envelope of one page of the matches among `objects`, with `total` on the first."""
        matches = sorted(
            (obj for obj in objects if all(test(obj) for test in self.tests)),
            key=lambda obj: str(obj["id"]),
            reverse=self.descending,
        )
        following = matches
        if self.after is not None:
            after = self.after
            following = [obj for obj in matches if (obj["id"] < after if self.descending else obj["id"] > after)]
        chosen = following[: self.limit]
        has_more = len(following) > self.limit
        return {
            "data": [render(obj) for obj in chosen],
            "first_id": chosen[0]["id"] if chosen else None,
            "last_id": chosen[-1]["id"] if chosen else None,
            "has_more": has_more,
            "next_page": _token(chosen[-1]["id"]) if has_more else None,
            "total": len(matches) if self.after is None else None,
        }


# ---------------------------------------------------------------------- filters


def _metadata(body: Item) -> Test | None:
    if "metadata" not in body:
        return None
    wanted = fields.metadata(body["metadata"])
    if "" in wanted:
        raise ApiError(400, "Metadata keys must not be empty.", param="metadata")
    return lambda obj: all((obj.get("metadata") or {}).get(key) == value for key, value in wanted.items())


def _contains(body: Item, field: str, text_of: Callable[[Item], str | None]) -> Test | None:
    if field not in body:
        return None
    part = fields.string(body[field], field, max_length=255).lower()
    return lambda obj: part in (text_of(obj) or "").lower()


def _equals(body: Item, field: str, value_of: Callable[[Item], Any]) -> Test | None:
    if field not in body:
        return None
    wanted = fields.string(body[field], field)
    return lambda obj: value_of(obj) == wanted


def _unarchived(body: Item) -> Test | None:
    if "include_archived" in body and fields.boolean(body["include_archived"], "include_archived"):
        return None
    return lambda obj: obj.get("archived_at") is None


def _session_tests(body: Item, mounts: Callable[[Item], set[Any]]) -> list[Test | None]:
    tests = [
        _unarchived(body),
        _contains(body, "name", lambda s: s.get("title")),
        _equals(body, "agent_id", lambda s: s["agent"]["id"]),
        _equals(body, "deployment_id", lambda s: s.get("deployment_id")),
    ]
    if "statuses" in body:
        statuses = set(fields.strings(body["statuses"], "statuses"))
        unknown = statuses - set(_SESSION_STATUSES)
        if unknown:
            raise ApiError(400, f"Unknown session status {sorted(unknown)[0]!r}.", param="statuses")
        tests.append(lambda s: s["status"] in statuses)
    if "agent_version" in body:
        version = fields.integer(body["agent_version"], "agent_version", minimum=1)
        tests.append(lambda s: s["agent"].get("version") == version)
    if "memory_store_id" in body:
        store_id = fields.string(body["memory_store_id"], "memory_store_id")
        tests.append(lambda s: store_id in mounts(s))
    for name, passes in _TIME_BOUNDS.items():
        if name in body:
            tests.append(_created(passes, fields.parse_time(fields.string(body[name], name), name)))
    return tests


def _created(passes: Callable[[datetime.datetime, datetime.datetime], bool], bound: datetime.datetime) -> Test:
    return lambda obj: passes(datetime.datetime.fromisoformat(obj["created_at"]), bound)


# ---------------------------------------------------------------------- cursors and slots


def _token(last_id: str) -> str:
    return "srch_" + base64.urlsafe_b64encode(json.dumps({"after": last_id}).encode()).decode().rstrip("=")


def _cursor(page: Any) -> str:
    text = fields.string(page, "page", min_length=1)
    raw = text.removeprefix("srch_")
    try:
        position = json.loads(base64.urlsafe_b64decode(raw + "=" * (-len(raw) % 4)))
    except (ValueError, binascii.Error):
        position = None
    if raw == text or not isinstance(position, dict) or not isinstance(position.get("after"), str):
        raise ApiError(400, "Unknown 'page' cursor; send the 'next_page' of the answer before.", param="page")
    return str(position["after"])


@contextlib.contextmanager
def _slot(state: State) -> Iterator[None]:
    """One of the `search_concurrency` places for a search in flight, held `search_seconds` on the
    server's clock (the state's lock is held, and released while waiting); 429 when none is free."""
    if state.searches_in_flight >= state.search_concurrency:
        raise ApiError(
            429, f"Too many searches in flight (at most {state.search_concurrency}); wait for one to finish."
        )
    state.searches_in_flight += 1
    state.condition.notify_all()
    try:
        due = state.clock.time() + state.search_seconds
        while state.clock.time() < due and not state.stopping.is_set():
            state.clock.wait_until(state.condition, due)
        yield
    finally:
        state.searches_in_flight -= 1
        state.condition.notify_all()
