"""The first call imports only what it runs: a resource method imports its own operation module,
an event stream imports the model of an event type when that type first arrives, and the unions
named for users (`SessionEvent`) are still there when asked for."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

from qoder_cloud import QoderCloud
from qoder_cloud.types import AgentMessageEvent, UnknownSessionEvent
from qoder_cloud_api.api.events import events_stream

PRELUDE = """
import json, sys
import httpx
import qoder_cloud

ENVIRONMENT = {"id": "env_1", "name": "ci", "config": {"type": "cloud"}, "created_at": "2026-03-01T12:00:00Z",
               "updated_at": "2026-03-01T12:00:00Z"}
MESSAGE = {"id": "evt_1", "type": "agent.message", "processed_at": "2026-03-01T12:00:00Z",
           "content": [{"type": "text", "text": "hi"}]}

def answer(request):
    if request.url.path.endswith("/stream"):
        body = "".join(f"data: {json.dumps(dict(MESSAGE, id=f'evt_{i}'))}\\n\\n" for i in range(3))
        return httpx.Response(200, headers={"content-type": "text/event-stream"}, content=body.encode())
    return httpx.Response(200, json=ENVIRONMENT)

client = qoder_cloud.QoderCloud(
    token="t", base_url="http://127.0.0.1:9/v1", http_client=httpx.Client(transport=httpx.MockTransport(answer))
)
"""


def _modules_after(code: str) -> set[str]:
    """The `qoder_cloud_api` modules a fresh interpreter holds after running `code`."""
    script = (
        PRELUDE
        + textwrap.dedent(code)
        + "\nprint(json.dumps(sorted(m for m in sys.modules if 'qoder_cloud_api' in m)))"
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=True)
    return set(json.loads(out.stdout.splitlines()[-1]))


def test_a_retrieve_imports_its_own_operation_module_only() -> None:
    loaded = _modules_after('client.environments.retrieve("env_1")')
    assert "qoder_cloud_api.api.environments.environments_retrieve" in loaded
    others = {m for m in loaded if m.startswith("qoder_cloud_api.api.environments.") and "retrieve" not in m}
    assert others == set(), "the other operations of the tag load when they are first called"


def test_a_stream_imports_the_model_of_each_event_type_that_arrives() -> None:
    loaded = _modules_after('assert len(list(client.events.stream("sess_1"))) == 3')
    assert "qoder_cloud_api.models.agent_message_event" in loaded
    assert "qoder_cloud_api.models.session_usage_event" not in loaded
    assert "qoder_cloud_api.models.user_message_event" not in loaded


def test_the_union_of_every_event_is_there_when_asked_for() -> None:
    from qoder_cloud_api.api.events import SessionEvent

    members = set(SessionEvent.__args__)
    assert {AgentMessageEvent, UnknownSessionEvent} <= members and len(members) > 30
    assert set(events_stream.Event.__args__) == members


def test_an_event_is_parsed_by_its_type_or_else_kept_as_the_catch_all(client: QoderCloud) -> None:
    message = {"id": "evt_1", "type": "agent.message", "processed_at": "2026-03-01T12:00:00Z", "content": []}
    assert isinstance(events_stream._parse_event(dict(message)), AgentMessageEvent)
    assert isinstance(events_stream._parse_event({"id": "evt_2", "type": "agent.new_kind"}), UnknownSessionEvent)
    refused = {"id": "evt_3", "type": "agent.message", "processed_at": "2026-03-01T12:00:00Z"}  # no content
    assert isinstance(events_stream._parse_event(refused), UnknownSessionEvent)
    assert isinstance(events_stream._parse_event({"id": "evt_4", "type": ["not", "a", "string"]}), UnknownSessionEvent)


def test_every_resource_module_imports_no_operation_module_up_front() -> None:
    """Every tag the spec has (sub-namespaces such as `environments.work` and `deployments.runs`
    included) defers its operation modules, so a new tag gets the lazy imports from the template."""
    code = """
import pkgutil, importlib
import qoder_cloud_api.api as api
tags = [m.name for m in pkgutil.iter_modules(api.__path__) if m.ispkg]
assert {"environments_work", "deployments_runs", "dreams"} <= set(tags), tags
for tag in tags:
    importlib.import_module(f"qoder_cloud_api.api.{tag}")
"""
    loaded = _modules_after(code)
    operations = {m for m in loaded if m.count(".") == 3 and m.startswith("qoder_cloud_api.api.")}
    assert operations == set(), "an operation module loads when its method is first called"


def test_a_sub_namespace_call_imports_its_own_operation_module_only() -> None:
    code = """
import httpx
runs = {"data": [], "has_more": False}
client = qoder_cloud.QoderCloud(
    token="t", base_url="http://127.0.0.1:9/v1",
    http_client=httpx.Client(transport=httpx.MockTransport(lambda request: httpx.Response(200, json=runs))),
)
assert list(client.deployments.runs.list("dep_1")) == []
"""
    loaded = _modules_after(code)
    assert "qoder_cloud_api.api.deployments_runs.deployments_runs_list" in loaded
    others = {m for m in loaded if m.startswith("qoder_cloud_api.api.") and m.count(".") == 3}
    assert others == {"qoder_cloud_api.api.deployments_runs.deployments_runs_list"}


def test_import_qoder_cloud_leaves_turns_resumable_streams_and_service_accounts_for_first_use() -> None:
    code = """
import qoder_cloud
held = sorted(m for m in sys.modules if m.split(".")[-1] in {"turns", "_resumable", "_service_account"})
print(json.dumps(held))
assert all(getattr(qoder_cloud, name) is not None for name in qoder_cloud.__all__)
from qoder_cloud import ResumableStream, ServiceAccountCredential, Turn
assert Turn.__module__ == "qoder_cloud.lib.turns" and ResumableStream.__module__ == "qoder_cloud._resumable"
"""
    script = "import json, sys\n" + code
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=True)
    assert json.loads(out.stdout.splitlines()[0]) == []
