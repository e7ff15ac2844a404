"""Canned response bodies for the benchmark, shaped like the documented objects.

Every client under test parses exactly these bytes: one environment, pages of 100 environments
linked by `next_page` cursors (every client follows `next_page`), a page of 100 agents (tools,
MCP servers, skills; the model a string in half of them and an object in the other half), an
event stream of `agent.message`, `agent.thinking` and `agent.tool_use` events, and for uploads and
downloads a file's metadata and its download link.
"""

from __future__ import annotations

import json
from typing import Any

API_PREFIX = "/api/v1/cloud"
SESSION_ID = "sesn_bench000000000000000001"  # its stream holds SSE_EVENTS events
SHORT_SESSION_ID = "sesn_bench000000000000000002"  # its stream holds SHORT_SSE_EVENTS (the slow contenders)
MID_SESSION_ID = "sesn_bench000000000000000003"  # its stream holds MID_SSE_EVENTS (the small memory run)
FILE_ID = "file_bench00000000000000000001"  # its download holds DOWNLOAD_BYTES
SMALL_FILE_ID = "file_bench00000000000000000002"  # a tenth of that
PAGE_SIZE = 100
TOTAL_ITEMS = 10_000  # 100 pages
SSE_EVENTS = 100_000
SHORT_SSE_EVENTS = 10_000
MID_SSE_EVENTS = 20_000  # above the resumable stream's window of 10,000 remembered IDs
UPLOAD_BYTES = 30 * 1024 * 1024
DOWNLOAD_BYTES = 100 * 1024 * 1024
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


def agent(index: int) -> dict[str, Any]:
    stamp = f"2026-03-{1 + index % 28:02d}T{index % 24:02d}:{index % 60:02d}:07.123456Z"
    model: Any = "ultimate" if index % 2 else {"id": "ultimate", "effort": "high", "context_window": 200_000}
    return {
        "id": f"agent_{index:024d}",
        "type": "agent",
        "name": f"reviewer-{index}",
        "model": model,
        "version": 1 + index % 5,
        "description": "Reviews pull requests and runs the tests",
        "system": "You are a careful reviewer.",
        "tools": [
            {
                "type": "agent_toolset_20260401",
                "enabled_tools": ["bash", "read", "edit", "glob", "grep"],
                "configs": [
                    {"type": "bash", "name": "bash", "enabled": True, "permission_policy": {"type": "always_ask"}},
                    {"type": "read", "name": "read", "enabled": True, "permission_policy": {"type": "always_allow"}},
                ],
                "default_config": {"enabled": True, "permission_policy": {"type": "always_allow"}},
            },
            {"type": "mcp_toolset", "mcp_server_name": "github", "default_config": {"enabled": True}},
            {
                "type": "custom",
                "name": "lookup_ticket",
                "description": "Look up a ticket by its key",
                "input_schema": {
                    "type": "object",
                    "properties": {"key": {"type": "string"}, "verbose": {"type": "boolean"}},
                    "required": ["key"],
                },
            },
        ],
        "mcp_servers": [
            {"name": "github", "type": "url", "url": "https://mcp.example.com/github"},
            {"name": "docs", "type": "url", "url": "https://mcp.example.com/docs"},
        ],
        "skills": [{"type": "custom", "skill_id": f"skill_{index % 7:024d}", "version": None}],
        "metadata": {"team": "platform"},
        "multiagent": None,
        "created_at": stamp,
        "updated_at": stamp,
        "archived_at": None,
    }


def agent_page() -> bytes:
    items = [agent(i) for i in range(PAGE_SIZE)]
    return dumps(
        {"data": items, "first_id": items[0]["id"], "last_id": items[-1]["id"], "has_more": False, "next_page": None}
    )


def file_metadata(size: int) -> bytes:
    return dumps(
        {
            "id": FILE_ID,
            "type": "file",
            "filename": "upload.bin",
            "mime_type": "application/octet-stream",
            "size_bytes": size,
            "downloadable": False,
            "scope": None,
            "created_at": "2026-03-01T12:00:00Z",
        }
    )


def content_link(base: str, size: int) -> bytes:
    """A download link to `base`'s /blob/{size}, which serves `size` bytes."""
    return dumps({"url": f"{base}/blob/{size}", "expires_at": "2026-03-01T13:00:00Z"})
