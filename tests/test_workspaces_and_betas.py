"""Workspaces and betas: `workspace_id=` and `betas=` on the client and per call, sent as the
`qoder-workspace-id` and `x-qoder-beta` headers that every operation of the spec declares."""

from __future__ import annotations

import importlib
import inspect
from pathlib import Path
from typing import Any

import pytest
import yaml

from qoder_cloud import AsyncQoderCloud, QoderCloud
from qoder_cloud.testing import LocalServer

from .support.constants import TOKEN
from .support.mock_api import MockAPI

SPEC = yaml.safe_load((Path(__file__).resolve().parent.parent / "openapi.yaml").read_text())
METHODS = ("get", "put", "post", "delete", "patch")
BROWSER_BETA = "browser-use-2026-07-14"
BROWSER_TOOLS = [{"type": "browser_toolset_20260714"}]


def _last(server: LocalServer, name: str) -> str | None:
    return list(server.app.requests)[-1].header(name)


def test_the_clients_workspace_and_betas_go_on_every_request(server: LocalServer) -> None:
    with QoderCloud(token=TOKEN, base_url=server.base_url, workspace_id="wksp_a", betas=["b1", "b2"]) as client:
        env = client.environments.create(name="ci")
        assert (_last(server, "qoder-workspace-id"), _last(server, "x-qoder-beta")) == ("wksp_a", "b1,b2")
        client.environments.retrieve(env.id)
        assert (_last(server, "qoder-workspace-id"), _last(server, "x-qoder-beta")) == ("wksp_a", "b1,b2")
        assert (client.workspace_id, client.betas) == ("wksp_a", ("b1", "b2"))


def test_a_call_replaces_the_clients_workspace_and_betas_for_that_call_only(server: LocalServer) -> None:
    with QoderCloud(token=TOKEN, base_url=server.base_url, workspace_id="wksp_a", betas=["b1"]) as client:
        client.environments.list(workspace_id="wksp_b", betas=["b2", "b3"])
        assert (_last(server, "qoder-workspace-id"), _last(server, "x-qoder-beta")) == ("wksp_b", "b2,b3")
        client.environments.list(workspace_id=None, betas=None)  # None: the client's
        assert (_last(server, "qoder-workspace-id"), _last(server, "x-qoder-beta")) == ("wksp_a", "b1")


def test_without_settings_neither_header_is_sent(server: LocalServer, client: QoderCloud) -> None:
    client.environments.list()
    assert (_last(server, "qoder-workspace-id"), _last(server, "x-qoder-beta")) == (None, None)
    client.environments.list(betas=[])
    assert _last(server, "x-qoder-beta") is None


def test_betas_are_joined_once_each(mock_api: MockAPI) -> None:
    mock_api.reply(200, json={"data": [], "has_more": False})
    mock_api.client().environments.list(betas=["b1", " b2 ", "b1"])
    assert mock_api.requests[0].headers["x-qoder-beta"] == "b1,b2"


def test_a_beta_the_server_requires_is_enabled_by_the_clients_betas(server: LocalServer, client: QoderCloud) -> None:
    from qoder_cloud import BadRequestError

    with pytest.raises(BadRequestError):
        client.agents.create(name="browser", model="ultimate", tools=BROWSER_TOOLS)
    with QoderCloud(token=TOKEN, base_url=server.base_url, betas=[BROWSER_BETA]) as beta_client:
        agent = beta_client.agents.create(name="browser", model="ultimate", tools=BROWSER_TOOLS)
    assert agent.tools


@pytest.mark.anyio
async def test_async_workspace_and_betas(server: LocalServer) -> None:
    async with AsyncQoderCloud(token=TOKEN, base_url=server.base_url, workspace_id="wksp_a") as client:
        await client.environments.create(name="ci", betas=["b9"])
        assert (_last(server, "qoder-workspace-id"), _last(server, "x-qoder-beta")) == ("wksp_a", "b9")
        page = await client.environments.list(workspace_id="wksp_c")
        assert page.data and _last(server, "qoder-workspace-id") == "wksp_c"


def test_a_download_link_carries_neither(server: LocalServer, tmp_path: Path) -> None:
    file_id = server.add_file(b"data", "out.txt")
    with QoderCloud(token=TOKEN, base_url=server.base_url, workspace_id="wksp_a", betas=["b1"]) as client:
        client.files.download(file_id, tmp_path / "out.txt")
    link = list(server.app.outside_requests)[-1]
    assert (link.header("qoder-workspace-id"), link.header("x-qoder-beta"), link.header("authorization")) == (
        None,
        None,
        None,
    )


@pytest.mark.parametrize(
    ("options", "error", "named"),
    [
        ({"betas": "b1"}, TypeError, "betas"),
        ({"betas": ["b1,b2"]}, ValueError, "betas"),
        ({"betas": [""]}, ValueError, "betas"),
        ({"workspace_id": ""}, ValueError, "workspace_id"),
        ({"workspace_id": "w\r\nx"}, ValueError, "workspace_id"),
        ({"workspace_id": 7}, TypeError, "workspace_id"),
    ],
)
def test_bad_values_are_refused_naming_the_argument(
    mock_api: MockAPI, options: dict[str, Any], error: type[Exception], named: str
) -> None:
    with pytest.raises(error, match=named):
        QoderCloud(token=TOKEN, base_url="http://127.0.0.1:9", **options)
    with pytest.raises(error, match=named):
        mock_api.client().environments.list(**options)
    assert not mock_api.requests


def test_every_path_of_the_spec_declares_both_headers() -> None:
    for path, item in SPEC["paths"].items():
        refs = [parameter.get("$ref", "") for parameter in item.get("parameters", [])]
        assert "#/components/parameters/Workspace" in refs, path
        assert "#/components/parameters/Beta" in refs, path
    declared = SPEC["components"]["parameters"]
    assert (declared["Workspace"]["name"], declared["Workspace"]["in"]) == ("qoder-workspace-id", "header")
    assert (declared["Beta"]["name"], declared["Beta"]["in"]) == ("x-qoder-beta", "header")


def test_every_method_takes_workspace_id_and_betas() -> None:
    for item in SPEC["paths"].values():
        for method in METHODS:
            operation = item.get(method)
            if operation is None:
                continue
            tag = operation["tags"][0]
            name = operation["operationId"].removeprefix(tag + "_")
            module = importlib.import_module(f"qoder_cloud_api.api.{tag}")
            resource = "".join(part.title() for part in tag.split("_"))
            for cls in (f"{resource}Resource", f"Async{resource}Resource"):
                parameters = inspect.signature(getattr(getattr(module, cls), name)).parameters
                assert {"workspace_id", "betas"} <= set(parameters), f"{cls}.{name}"
                body = operation.get("requestBody", {}).get("content", {})
                for media in body.values():
                    schema = media["schema"]
                    if "$ref" in schema:
                        schema = SPEC["components"]["schemas"][schema["$ref"].split("/")[-1]]
                    assert not {"workspace_id", "betas"} & set(schema.get("properties", {})), name
