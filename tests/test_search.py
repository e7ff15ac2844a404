"""Search (beta `search-2026-08-31`) through both clients against the local server: every filter
in the JSON body, pages by the `next_page` sent back in the body, `total` on the first page, the
beta header sent by the client, and the cap of 10 searches in flight."""

from __future__ import annotations

import asyncio
import datetime
import json
import threading
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

from qoder_cloud import AsyncQoderCloud, BadRequestError, PaginationError, QoderCloud, RateLimitError
from qoder_cloud.testing import Failure, LocalServer, ManualClock, Request

from .support.constants import TOKEN
from .support.scripted import scripted_server
from .support.sessions_setup import user_message

BETA = "search-2026-08-31"
MANIFEST = "---\nname: {name}\ndescription: A skill to find\n---\n"


def _bodies(server: LocalServer, path: str) -> list[dict[str, Any]]:
    """The JSON bodies of the requests the server got on `path`, oldest first."""
    return [json.loads(r.body) for r in server.app.requests if r.path == path]


def _idle_sessions_and_others(client: QoderCloud, server: LocalServer, count: int) -> set[str]:
    """`count` idle sessions, and sessions a `statuses=["idle"]` search must not find: two
    terminated and one archived idle one. Returns the IDs of the idle ones."""
    env = client.environments.create(name="search")
    agent = client.agents.create(name="searcher", model="ultimate")
    idle = {client.sessions.create(agent=agent.id, environment_id=env.id).id for _ in range(count)}
    for _ in range(2):
        server.script(Failure("terminal"))
        ended = client.sessions.create(agent=agent.id, environment_id=env.id)
        client.events.run_turn(ended.id, "fail for good")
        assert client.sessions.retrieve(ended.id).status == "terminated"
    client.sessions.archive(client.sessions.create(agent=agent.id, environment_id=env.id).id)
    return idle


def test_250_idle_sessions_come_out_once_each(client: QoderCloud, server: LocalServer) -> None:
    idle = _idle_sessions_and_others(client, server, 250)

    first = client.sessions.search(statuses=["idle"], limit=7)
    assert first.total == 250
    found = [session.id for session in first]

    assert len(found) == len(set(found)) == 250
    assert set(found) == idle
    assert found == sorted(found, reverse=True), "newest first"
    bodies = _bodies(server, "/sessions/search")
    assert len(bodies) == 36  # 35 full pages of 7, one of 5
    assert bodies[0] == {"statuses": ["idle"], "limit": 7}
    # every later page sends the previous answer's next_page back in the body, with the filters
    assert all(body.keys() == {"statuses", "limit", "page"} for body in bodies[1:])
    searches = [r for r in server.app.requests if r.path == "/sessions/search"]
    assert all(r.header("x-qoder-beta") == BETA and not r.query for r in searches)


@pytest.mark.anyio
async def test_250_idle_sessions_come_out_once_each_async(
    client: QoderCloud, async_client: AsyncQoderCloud, server: LocalServer
) -> None:
    idle = _idle_sessions_and_others(client, server, 250)

    first = await async_client.sessions.search(statuses=["idle"], limit=7)
    assert first.total == 250 and len(first.data) == 7
    second = await first.get_next_page()
    assert second.total is None, "total comes on the first page only"
    found = [session.id async for session in async_client.sessions.search(statuses=["idle"], limit=7)]

    assert len(found) == len(set(found)) == 250
    assert set(found) == idle
    pages = [page async for page in first.iter_pages()]
    assert [len(page.data) for page in pages] == [7] * 35 + [5]
    assert pages[-1].next_page is None and not pages[-1].has_next_page()


def test_session_filters(client: QoderCloud, server: LocalServer) -> None:
    env = client.environments.create(name="filters")
    agent = client.agents.create(name="first", model="ultimate")
    client.agents.update(agent.id, version=1, description="second version")
    store = client.memory_stores.create(name="notes")
    mounted = client.sessions.create(
        agent={"type": "agent", "id": agent.id, "version": 1},
        environment_id=env.id,
        title="Nightly Triage",
        metadata={"team": "core", "tier": "gold"},
        resources=[{"type": "memory_store", "memory_store_id": store.id}],
    )
    later = client.sessions.create(
        agent=agent.id, environment_id=env.id, title="weekly triage", metadata={"team": "core"}
    )
    deployment = client.deployments.create(
        name="search", agent=agent.id, environment_id=env.id, initial_events=[user_message("go")]
    )
    run = client.deployments.run(deployment.id)

    def ids(**filters: Any) -> list[str]:
        return [session.id for session in client.sessions.search(**filters)]

    assert ids(name="TRIAGE") == [later.id, mounted.id]
    assert ids(name="triage", order="asc") == [mounted.id, later.id]
    assert ids(metadata={"team": "core", "tier": "gold"}) == [mounted.id]
    assert ids(metadata={"team": "core"}) == [later.id, mounted.id]
    assert ids(memory_store_id=store.id) == [mounted.id]
    assert ids(agent_id=agent.id, agent_version=1) == [mounted.id]
    assert ids(agent_id=agent.id, agent_version=2) == [s for s in ids(agent_id=agent.id) if s != mounted.id]
    assert ids(deployment_id=deployment.id) == [run.session_id]
    created = client.sessions.retrieve(later.id).created_at
    assert ids(created_at_gte=created, name="triage") == [later.id]
    assert ids(created_at_gt=created, name="triage") == []
    assert ids(created_at_lt=created, name="triage") == [mounted.id]
    assert ids(created_at_lte=created, name="triage") == [later.id, mounted.id]

    client.sessions.archive(later.id)
    assert ids(name="triage") == [mounted.id]
    assert ids(name="triage", include_archived=True) == [later.id, mounted.id]
    assert _bodies(server, "/sessions/search")[-1] == {"name": "triage", "include_archived": True}


def test_file_vault_and_skill_searches(client: QoderCloud, server: LocalServer) -> None:
    env = client.environments.create(name="scopes")
    agent = client.agents.create(name="scoped", model="ultimate")
    session = client.sessions.create(agent=agent.id, environment_id=env.id)
    report = client.files.upload(file=("Q3-Report.pdf", b"%PDF"), metadata={"kind": "report"})
    client.files.upload(file=("notes.txt", b"notes"))
    output = server.add_file(b"out", "report-output.csv", scope_id=session.id)

    assert [f.id for f in client.files.search(name="report")] == [output, report.id]
    assert [f.id for f in client.files.search(name="report", scope_id=session.id)] == [output]
    assert [f.id for f in client.files.search(metadata={"kind": "report"})] == [report.id]
    assert client.files.search(name="missing").total == 0

    github = client.vaults.create(display_name="GitHub tokens", metadata={"owner": "ci"})
    client.vaults.create(display_name="Slack")
    archived = client.vaults.create(display_name="old github")
    client.vaults.archive(archived.id)
    assert [v.id for v in client.vaults.search(name="GITHUB")] == [github.id]
    assert [v.id for v in client.vaults.search(name="github", include_archived=True)] == [archived.id, github.id]
    assert [v.id for v in client.vaults.search(metadata={"owner": "ci"})] == [github.id]

    review = client.skills.create(
        files=[("pr-review/SKILL.md", MANIFEST.format(name="pr-review").encode())],
        display_title="PR Review",
        metadata={"team": "dev"},
    )
    client.skills.create(files=[("lint/SKILL.md", MANIFEST.format(name="lint").encode())])
    assert [s.id for s in client.skills.search(display_title="review")] == [review.id]
    assert [s.id for s in client.skills.search(name="review")] == [review.id], "the deprecated name filter"
    assert [s.id for s in client.skills.search(name="lint", display_title="review")] == [review.id]
    assert [s.id for s in client.skills.search(source="custom", metadata={"team": "dev"})] == [review.id]
    assert client.skills.search(source="qoder").total == 0


@pytest.mark.anyio
async def test_async_file_vault_and_skill_searches(async_client: AsyncQoderCloud, server: LocalServer) -> None:
    uploaded = await async_client.files.upload(file=("draft.md", b"# draft"))
    vault = await async_client.vaults.create(display_name="Async vault")
    skill = await async_client.skills.create(files=[("drafts/SKILL.md", MANIFEST.format(name="drafts").encode())])

    assert [f.id async for f in async_client.files.search(name="DRAFT")] == [uploaded.id]
    assert [v.id async for v in async_client.vaults.search(name="async")] == [vault.id]
    assert [s.id async for s in async_client.skills.search(display_title="drafts")] == [skill.id]
    assert (await async_client.vaults.search()).total == 1


def _betas_sent(server: LocalServer, path: str) -> str | None:
    return [r for r in server.app.requests if r.path == path][-1].header("x-qoder-beta")


def test_a_search_sends_its_beta_first_with_the_call_s_or_the_client_s(server: LocalServer) -> None:
    with QoderCloud(token=TOKEN, base_url=server.base_url, betas=["other-2026-01-01"]) as client:
        client.vaults.search()
        assert _betas_sent(server, "/vaults/search") == f"{BETA},other-2026-01-01"
        client.vaults.search(betas=["mine-2026-02-02", BETA])  # the call's replace the client's
        assert _betas_sent(server, "/vaults/search") == f"{BETA},mine-2026-02-02"
        client.with_options(betas=None).files.search(workspace_id="wksp_s")
        assert _betas_sent(server, "/files/search") == BETA
        assert list(server.app.requests)[-1].header("qoder-workspace-id") == "wksp_s"
        client.vaults.list()  # other operations send the client's betas alone
        assert list(server.app.requests)[-1].header("x-qoder-beta") == "other-2026-01-01"
        with pytest.raises(TypeError, match="betas"):
            client.skills.search(betas="mine-2026-02-02")  # type: ignore[arg-type]


@pytest.mark.anyio
async def test_an_async_search_sends_its_beta_with_the_client_s(server: LocalServer) -> None:
    async with AsyncQoderCloud(token=TOKEN, base_url=server.base_url, betas=["other-2026-01-01"]) as client:
        assert [s async for s in client.skills.search()] == []
        assert _betas_sent(server, "/skills/search") == f"{BETA},other-2026-01-01"


def test_the_server_refuses_what_the_docs_refuse(client: QoderCloud, server: LocalServer) -> None:
    with pytest.raises(BadRequestError) as bad_status:
        client.sessions.search(statuses=["sleeping"])
    assert bad_status.value.param == "statuses"
    with pytest.raises(BadRequestError) as bad_cursor:
        client.sessions.search(page="not-a-cursor")
    assert bad_cursor.value.param == "page"
    with pytest.raises(BadRequestError, match="must be 'custom' or 'qoder'"):
        client.skills.search(source="vendor")
    with pytest.raises(BadRequestError, match="must not be empty"):
        client.vaults.search(metadata={"": "x"})
    with pytest.raises(ValueError, match="limit must be an integer from 1 to 100"):
        client.files.search(limit=101)

    with httpx.Client(base_url=server.base_url, headers={"Authorization": f"Bearer {TOKEN}"}) as raw:
        missing = raw.post("/sessions/search", json={})
        assert missing.status_code == 400 and BETA in missing.json()["error"]["message"]
        several = raw.post("/vaults/search", json={}, headers={"x-qoder-beta": f"other-2026-01-01, {BETA}"})
        assert several.status_code == 200 and several.json()["total"] == 0
        not_an_object = raw.post("/files/search", json=[], headers={"x-qoder-beta": BETA})
        assert not_an_object.status_code == 400
        # filters in the query are ignored: only the body counts
        client.vaults.create(display_name="kept")
        ignored = raw.post("/vaults/search", params={"name": "nothing"}, json={}, headers={"x-qoder-beta": BETA})
        assert ignored.json()["total"] == 1


def test_an_eleventh_search_in_flight_is_refused(server: LocalServer) -> None:
    """Ten searches hold their places on a clock that stands still; the eleventh gets 429 until
    the clock moves and they answer."""
    clock = ManualClock()
    server.reset(clock=clock)
    server.search_seconds = 1
    results: list[int] = []
    with QoderCloud(token=TOKEN, base_url=server.base_url, max_retries=0) as client:
        threads = [
            threading.Thread(target=lambda: results.append(client.vaults.search().total or 0)) for _ in range(10)
        ]
        for thread in threads:
            thread.start()
        with server.state.condition:
            assert server.state.condition.wait_for(lambda: server.searches_in_flight == 10, timeout=30)

        with pytest.raises(RateLimitError) as refused:
            client.sessions.search()
        assert refused.value.status_code == 429 and refused.value.type == "rate_limit_error"

        clock.advance(1)
        for thread in threads:
            thread.join(timeout=30)
        assert results == [0] * 10
        assert server.searches_in_flight == 0
        server.search_seconds = 0
        assert client.sessions.search().total == 0, "a place is free again"


@pytest.mark.anyio
async def test_a_semaphore_of_ten_keeps_parallel_searches_under_the_cap(server: LocalServer) -> None:
    """The pattern docs/usage.md shows: 40 searches started at once, through a semaphore of 10,
    never meet a 429 (no retries allowed). Each search takes a clock second; the clock moves only
    when every search the client has sent is being answered, so the cap is reached again and again."""
    clock = ManualClock()
    server.reset(clock=clock)
    server.search_seconds = 1
    state = server.state
    sent = [0]  # searches the client has sent and not yet had answered
    full: list[int] = []
    done = threading.Event()

    def answering_all() -> bool:
        return done.is_set() or 0 < sent[0] == state.searches_in_flight

    def fewer_than(count: int) -> Callable[[], bool]:
        return lambda: done.is_set() or state.searches_in_flight < count

    def move_the_clock() -> None:
        while not done.is_set():
            with state.condition:
                if not state.condition.wait_for(answering_all, timeout=30):
                    return
                held = state.searches_in_flight
                full.append(held)
            clock.advance(1)
            with state.condition:
                state.condition.wait_for(fewer_than(held), timeout=30)

    mover = threading.Thread(target=move_the_clock)
    mover.start()
    try:
        async with AsyncQoderCloud(token=TOKEN, base_url=server.base_url, max_retries=0) as client:
            limit = asyncio.Semaphore(10)

            async def search(name: str) -> int | None:
                async with limit:
                    with state.condition:
                        sent[0] += 1
                    try:
                        return (await client.vaults.search(name=name)).total
                    finally:
                        with state.condition:
                            sent[0] -= 1
                            state.condition.notify_all()

            totals = await asyncio.gather(*(search(f"vault-{i}") for i in range(40)))
    finally:
        done.set()
        with state.condition:
            state.condition.notify_all()
        mover.join(timeout=30)
    assert totals == [0] * 40
    assert max(full) == 10 and full.count(10) >= 4


def test_search_seconds_and_concurrency_are_checked(server: LocalServer) -> None:
    assert (server.search_concurrency, server.search_seconds) == (10, 0.0)
    server.search_concurrency = 3
    assert server.state.search_concurrency == 3
    for bad in (0, -1, 2.5, True):
        with pytest.raises(ValueError, match="search_concurrency"):
            server.search_concurrency = bad  # type: ignore[assignment]
    with pytest.raises(ValueError, match="search_seconds"):
        server.search_seconds = -1


# ---------------------------------------------------------------------- the pager, against odd servers


def _sessions_answer(ids: list[str], **envelope: Any) -> dict[str, Any]:
    now = datetime.datetime(2026, 8, 31, tzinfo=datetime.UTC).isoformat()
    agent = {"type": "agent", "id": "agent_1", "version": 1, "name": "a", "model": "ultimate"}
    sessions = [
        {
            "id": i,
            "type": "session",
            "status": "idle",
            "agent": agent,
            "environment_id": "env_1",
            "created_at": now,
            "updated_at": now,
        }
        for i in ids
    ]
    return {"data": sessions, **envelope}


@pytest.fixture
def odd_search() -> Iterator[tuple[LocalServer, list[dict[str, Any]]]]:
    """A search that answers has_more without a next_page after its first page."""
    bodies: list[dict[str, Any]] = []

    def handler(request: Request) -> dict[str, Any]:
        bodies.append(json.loads(request.body))
        if "page" not in bodies[-1]:
            return _sessions_answer(["sess_2"], has_more=True, next_page="p2", last_id="sess_2", total=3)
        return _sessions_answer(["sess_1"], has_more=True, last_id="sess_1", total=None)

    with scripted_server({("POST", "/sessions/search"): handler}) as server:
        yield server, bodies


def test_a_search_never_falls_back_to_after_id(odd_search: tuple[LocalServer, list[dict[str, Any]]]) -> None:
    server, bodies = odd_search
    with QoderCloud(token=TOKEN, base_url=server.base_url) as client:
        first = client.sessions.search(name="x")
        assert first.total == 3
        second = first.get_next_page()
        assert second.total is None and [s.id for s in second.data] == ["sess_1"]
        with pytest.raises(PaginationError, match="sent no next_page to continue from"):
            second.get_next_page()
    assert bodies == [{"name": "x"}, {"name": "x", "page": "p2"}], "no after_id, no query"


def test_a_repeated_search_cursor_raises_instead_of_looping() -> None:
    def handler(request: Request) -> dict[str, Any]:
        return _sessions_answer(["sess_1"], has_more=True, next_page="same")

    with scripted_server({("POST", "/sessions/search"): handler}) as server:
        with QoderCloud(token=TOKEN, base_url=server.base_url) as client:
            with pytest.raises(PaginationError, match="did not advance"):
                list(client.sessions.search())
