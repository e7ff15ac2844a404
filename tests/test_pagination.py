"""Lazy cursor pagination: forward, backward, page objects, cursor choice and stall detection."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from qoder_cloud import AsyncQoderCloud, PaginationError, QoderCloud
from qoder_cloud.testing import LocalServer, Request

from .support.constants import TOKEN
from .support.scripted import scripted_server


def _create(client: QoderCloud, count: int) -> list[str]:
    return [client.environments.create(name=f"env-{i:03d}").id for i in range(count)]


def test_250_items_with_limit_7_come_out_once_each_forward_and_backward(client: QoderCloud) -> None:
    created = _create(client, 250)
    newest_first = list(reversed(created))

    forward = [env.id for env in client.environments.list(limit=7)]
    assert forward == newest_first

    # Backward: from the oldest item, walk towards the newest.
    oldest = created[0]
    backward_pages = [page.data for page in client.environments.list(limit=7, before_id=oldest).iter_pages()]
    backward = [env.id for page in backward_pages for env in page]
    # with the oldest (the starting cursor itself) that is every item, each exactly once
    assert sorted(backward + [oldest]) == sorted(created)
    assert len(backward) == len(set(backward)) == 249
    # each page holds the items just before the previous one, in list order
    assert [env.id for env in backward_pages[0]] == newest_first[-8:-1]


def test_pages_are_fetched_lazily(client: QoderCloud, server: LocalServer) -> None:
    _create(client, 30)
    before = len(server.app.requests)
    page = client.environments.list(limit=10)
    assert len(server.app.requests) == before + 1

    iterator = iter(page)
    for _ in range(10):
        next(iterator)
    assert len(server.app.requests) == before + 1
    next(iterator)
    assert len(server.app.requests) == before + 2


def test_page_object_api(client: QoderCloud) -> None:
    _create(client, 12)
    page = client.environments.list(limit=5)

    assert len(page.data) == 5
    assert page.has_next_page()
    second = page.get_next_page()
    assert second.first_id != page.first_id
    third = second.get_next_page()
    assert len(third.data) == 2
    assert not third.has_next_page()
    with pytest.raises(PaginationError):
        third.get_next_page()
    assert [len(p.data) for p in page.iter_pages()] == [5, 5, 2]


def test_the_server_cursor_is_used_when_sent(client: QoderCloud, server: LocalServer) -> None:
    _create(client, 6)
    list(client.environments.list(limit=4))

    second_request = server.app.requests[-1]
    assert second_request.query_value("page") is not None
    assert second_request.query_value("after_id") is None


def _legacy_list(items: list[str], stall: bool = False) -> Any:
    """A list endpoint of an older generation: no next_page, cursor via after_id."""

    def handler(request: Request) -> dict[str, Any]:
        after = request.query_value("after_id")
        limit = int(request.query_value("limit") or 20)
        start = 0 if after is None or stall else items.index(after) + 1
        chunk = items[start : start + limit]
        return {
            "data": [_env(i) for i in chunk],
            "first_id": chunk[0] if chunk else None,
            "last_id": chunk[-1] if chunk else None,
            "has_more": start + limit < len(items),
        }

    return handler


def _env(env_id: str) -> dict[str, Any]:
    return {
        "id": env_id,
        "type": "environment",
        "name": env_id,
        "config": {"type": "cloud"},
        "created_at": "2026-05-18T15:28:07.017808Z",
        "updated_at": "2026-05-18T15:28:07.017808Z",
    }


def test_after_id_is_used_when_the_server_sends_no_next_page() -> None:
    items = [f"env_{i:03d}" for i in range(23)]
    with scripted_server({("GET", "/environments"): _legacy_list(items)}) as server:
        with QoderCloud(token=TOKEN, base_url=server.base_url) as client:
            assert [e.id for e in client.environments.list(limit=5)] == items
        assert server.app.requests[-1].query_value("after_id") == "env_019"


def test_a_stalled_cursor_raises_instead_of_looping() -> None:
    items = [f"env_{i:03d}" for i in range(10)]
    with scripted_server({("GET", "/environments"): _legacy_list(items, stall=True)}) as server:
        with QoderCloud(token=TOKEN, base_url=server.base_url) as client:
            with pytest.raises(PaginationError, match="did not advance"):
                list(client.environments.list(limit=5))


def test_has_more_without_a_cursor_raises() -> None:
    def handler(request: Request) -> dict[str, Any]:
        return {"data": [], "has_more": True}

    with scripted_server({("GET", "/environments"): handler}) as server:
        with QoderCloud(token=TOKEN, base_url=server.base_url) as client:
            with pytest.raises(PaginationError, match="no next_page or last_id"):
                list(client.environments.list())


def _without_has_more(pages: dict[str | None, tuple[list[str], str | None]]) -> Any:
    """A list that never sends `has_more`: the page a `page` cursor names (None: the first) and
    the `next_page` to send with it (None: send none)."""

    def handler(request: Request) -> dict[str, Any]:
        items, next_page = pages[request.query_value("page")]
        answer: dict[str, Any] = {"data": [_env(i) for i in items]}
        if next_page is not None:
            answer["next_page"] = next_page
        return answer

    return handler


def test_a_list_of_only_data_is_the_only_page() -> None:
    route = {("GET", "/environments"): _without_has_more({None: (["env_1", "env_2"], None)})}
    with scripted_server(route) as server:
        with QoderCloud(token=TOKEN, base_url=server.base_url) as client:
            page = client.environments.list(limit=2)
            assert (page.has_more, page.has_next_page(), page.next_page_query()) == (False, False, None)
            with pytest.raises(PaginationError, match="there is no next page"):
                page.get_next_page()
            assert [e.id for e in client.environments.list(limit=2)] == ["env_1", "env_2"]
        assert len(server.app.requests) == 2, "one request per walk, although the page was full and had IDs"


def test_without_has_more_a_next_page_is_followed_until_none_is_sent() -> None:
    pages = {None: (["env_1", "env_2"], "p2"), "p2": (["env_3"], "p3"), "p3": (["env_4"], None)}
    with scripted_server({("GET", "/environments"): _without_has_more(pages)}) as server:
        with QoderCloud(token=TOKEN, base_url=server.base_url) as client:
            assert client.environments.list().has_more
            assert [e.id for e in client.environments.list()] == ["env_1", "env_2", "env_3", "env_4"]
        walk = list(server.app.requests)[1:]
        assert [r.query_value("page") for r in walk] == [None, "p2", "p3"]
        assert all(r.query_value("after_id") is None for r in walk), "the page cursor, never the last ID"


def test_without_has_more_a_repeated_next_page_raises_instead_of_looping() -> None:
    pages = {None: (["env_1"], "p2"), "p2": (["env_2"], "p2")}
    with scripted_server({("GET", "/environments"): _without_has_more(pages)}) as server:
        with QoderCloud(token=TOKEN, base_url=server.base_url) as client:
            with pytest.raises(PaginationError, match="did not advance"):
                list(client.environments.list())
        assert len(server.app.requests) == 2


def test_without_has_more_a_next_page_ends_a_list_that_takes_no_page() -> None:
    """`models.list` takes no query parameters, so a `next_page` cannot be sent back."""
    model = {"id": "ultimate", "type": "model"}
    route = {("GET", "/models"): lambda request: {"data": [model], "next_page": "p2"}}
    with scripted_server(route) as server:
        with QoderCloud(token=TOKEN, base_url=server.base_url) as client:
            assert [m.id for m in client.models.list()] == ["ultimate"]
        assert len(server.app.requests) == 1


@pytest.mark.anyio
async def test_the_async_client_follows_a_next_page_without_has_more() -> None:
    pages = {None: (["env_1"], "p2"), "p2": (["env_2"], None)}
    with scripted_server({("GET", "/environments"): _without_has_more(pages)}) as server:
        async with AsyncQoderCloud(token=TOKEN, base_url=server.base_url) as client:
            assert [e.id async for e in client.environments.list()] == ["env_1", "env_2"]
            page = await client.environments.list(page="p2")
            assert not page.has_next_page() and page.next_page_query() is None
        assert len(server.app.requests) == 3


@pytest.mark.parametrize("limit", [0, 101, -1])
def test_out_of_range_limits_fail_before_sending(client: QoderCloud, server: LocalServer, limit: int) -> None:
    sent = len(server.app.requests)
    with pytest.raises(ValueError, match="limit must be an integer from 1 to 100"):
        client.environments.list(limit=limit)
    assert len(server.app.requests) == sent


@pytest.mark.anyio
async def test_async_pagination_forward_and_pages(async_client: AsyncQoderCloud) -> None:
    ids = [(await async_client.environments.create(name=f"a{i}")).id for i in range(11)]

    walked = [env.id async for env in async_client.environments.list(limit=3)]
    assert walked == list(reversed(ids))

    first = await async_client.environments.list(limit=4)
    sizes = [len(page.data) async for page in first.iter_pages()]
    assert sizes == [4, 4, 3]
    second = await first.get_next_page()
    assert second.data[0].id == ids[-5]


def _seed_environments(server: LocalServer, count: int) -> list[str]:
    """Put `count` environments straight into the server's state (faster than creating them)."""
    from qoder_cloud.testing._common import new_id

    server.state.environments.clear()
    ids = []
    for i in range(count):
        env_id = new_id("env")
        stamp = server.state.now()
        server.state.environments[env_id] = {
            "id": env_id,
            "type": "environment",
            "name": f"seeded-{i}",
            "description": "",
            "config": {"type": "cloud"},
            "metadata": {},
            "archived_at": None,
            "created_at": stamp,
            "updated_at": stamp,
        }
        ids.append(env_id)
    return ids


@pytest.fixture(scope="module")
def shared_server() -> Iterator[LocalServer]:
    with LocalServer(token=TOKEN) as server:
        yield server


@settings(max_examples=60, deadline=None)
@given(count=st.integers(min_value=0, max_value=120), limit=st.integers(min_value=1, max_value=100))
def test_any_page_size_gives_every_item_exactly_once(shared_server: LocalServer, count: int, limit: int) -> None:
    server = shared_server
    with QoderCloud(token=TOKEN, base_url=server.base_url) as client:
        ids = _seed_environments(server, count)
        forward = [env.id for env in client.environments.list(limit=limit)]
        assert forward == list(reversed(ids))
        if ids:
            backward = [env.id for env in client.environments.list(limit=limit, before_id=ids[0])]
            assert sorted(backward) == sorted(ids[1:])
            assert len(backward) == len(set(backward))
