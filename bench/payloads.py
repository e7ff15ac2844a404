"""Canned response bodies for the benchmark, shaped like the documented objects.

Every client under test parses exactly these bytes: one environment, pages of 100 environments
linked by `next_page` cursors (both clients follow `next_page`), and an event stream of
`agent.message`, `agent.thinking` and `agent.tool_use` events.
"""

from __future__ import annotations

import json
from typing import Any

API_PREFIX = "/api/v1/cloud"
SESSION_ID = "sesn_bench000000000000000001"
PAGE_SIZE = 100
TOTAL_ITEMS = 10_000  # 100 pages
SSE_EVENTS = 100_000
SSE_CHUNK = 64 * 1024


def environment(index: int) -> dict[str, Any]:
    stamp = f"2026-03-{1 + index % 28:02d}T{index % 24:02d}:{index % 60:02d}:07.123456Z"
    return {
        "id": f"env_{index:024d}",
        "type": "environment",
        "name": f"ci-runner-{index}",
        "description": "Python 3.12 with the test toolchain",
        "config": {
            "type": "cloud",
            "networking": {
                "type": "limited",
                "allowed_hosts": ["pypi.org", "files.pythonhosted.org", "github.com"],
                "allow_package_managers": True,
                "allow_mcp_servers": False,
            },
            "packages": {"type": "packages", "pip": ["pytest==8.3.4", "ruff"], "apt": ["git"]},
            "setup_script": None,
        },
        "metadata": {"team": "platform", "tier": "ci"},
        "scope": "organization",
        "created_at": stamp,
        "updated_at": stamp,
        "archived_at": None,
    }


def dumps(value: Any) -> bytes:
    return json.dumps(value, separators=(",", ":")).encode()


ENVIRONMENT = dumps(environment(1))


def page_cursor(page: int) -> str:
    return f"pg_{page:06d}"


def page_index(cursor: str | None) -> int:
    """The page number a `page=` cursor names (0 for the first page)."""
    return int(cursor[3:]) if cursor and cursor.startswith("pg_") else 0


def list_page(page: int, total: int = TOTAL_ITEMS) -> bytes:
    start = page * PAGE_SIZE
    items = [environment(i) for i in range(start, min(start + PAGE_SIZE, total))]
    more = start + PAGE_SIZE < total
    return dumps(
        {
            "data": items,
            "first_id": items[0]["id"] if items else None,
            "last_id": items[-1]["id"] if items else None,
            "has_more": more,
            "next_page": page_cursor(page + 1) if more else None,
        }
    )


def event(index: int) -> dict[str, Any]:
    base: dict[str, Any] = {
        "id": f"evt_{index:024d}",
        "processed_at": f"2026-03-01T12:{index // 60 % 60:02d}:{index % 60:02d}.{index % 1000:03d}000Z",
    }
    kind = index % 4
    if kind == 1:
        return {**base, "type": "agent.thinking"}
    if kind == 2:
        return {
            **base,
            "type": "agent.tool_use",
            "name": "Bash",
            "input": {"command": "pytest -q tests/test_x.py"},
            "session_thread_id": None,
        }
    return {
        **base,
        "type": "agent.message",
        "content": [{"type": "text", "text": f"Step {index}: ran the tests, 42 passed, 0 failed."}],
    }


def sse_frame(index: int) -> bytes:
    data = event(index)
    return f"id: {data['id']}\nevent: {data['type']}\ndata: {json.dumps(data, separators=(',', ':'))}\n\n".encode()


def sse_body(count: int = SSE_EVENTS) -> bytes:
    return b"".join(sse_frame(i) for i in range(count))
