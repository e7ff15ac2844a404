"""`qoder-cloud`: the command set is the spec's operation set, options carry the spec's words,
and commands run against the local server with output for people and for scripts, one-line
errors and distinct exit codes."""

from __future__ import annotations

import ast
import io
import json
import os
import re
import shlex
import signal
import socket
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import click
import pytest
import yaml
from click.testing import CliRunner
from rich.console import Console
from rich.progress import Progress

from qoder_cloud import REGION_BASE_URLS, QoderCloud
from qoder_cloud.cli import _transfer
from qoder_cloud.cli._app import EXTRAS, HELP, ROOT_COMMANDS, ResourceGroup, cli
from qoder_cloud.cli._operations import RESERVED_FLAGS
from qoder_cloud.testing import LocalServer

from .support.cli import as_json, json_lines, ok, run
from .support.constants import TOKEN

ROOT = Path(__file__).resolve().parent.parent
SPEC = yaml.safe_load((ROOT / "openapi.yaml").read_text(encoding="utf-8"))
METHODS = ("get", "put", "post", "patch", "delete")


def _resolved(node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        target: Any = SPEC
        for part in node["$ref"].split("/")[1:]:
            target = target[part]
        node = target
    return node


def _spec_operations() -> dict[tuple[str, ...], dict[str, Any]]:
    """The command path (`("agents", "list")`, `("environments", "work", "poll")`) → the operation.
    A tag `<parent>_<name>` whose parent is another tag is a sub-namespace of it."""
    operations = [
        (path_item, path_item[method])
        for path_item in SPEC["paths"].values()
        for method in METHODS
        if method in path_item
    ]
    tags = {operation["tags"][0] for _, operation in operations}
    found = {}
    for path_item, operation in operations:
        tag = operation["tags"][0]
        parents = [other for other in tags if tag.startswith(other + "_")]
        group = (parents[0], tag.removeprefix(parents[0] + "_")) if parents else (tag,)
        method = operation["operationId"].removeprefix(tag + "_")
        key = tuple(part.replace("_", "-") for part in (*group, method))
        found[key] = {**operation, "parameters": [*path_item.get("parameters", []), *operation.get("parameters", [])]}
    return found


def _resource_groups() -> dict[str, ResourceGroup]:
    context = click.Context(cli)
    groups = {name: cli.get_command(context, name) for name in cli.list_commands(context)}
    return {name: group for name, group in groups.items() if isinstance(group, ResourceGroup)}


def _all_commands() -> dict[tuple[str, ...], click.Command]:
    """Every command under the resource groups, by its path, sub-namespaces walked."""
    found: dict[tuple[str, ...], click.Command] = {}
    pending: list[tuple[tuple[str, ...], click.Group]] = [
        ((name,), group) for name, group in _resource_groups().items()
    ]
    while pending:
        path, group = pending.pop()
        for name in group.list_commands(click.Context(group)):
            command = group.commands[name]
            if isinstance(command, ResourceGroup):
                pending.append(((*path, name), command))
            else:
                found[(*path, name)] = command
    return found


def _generated_commands() -> dict[tuple[str, ...], click.Command]:
    extras = {(tag.replace("_", "-"), make().name) for tag, makers in EXTRAS.items() for make in makers}
    return {path: command for path, command in _all_commands().items() if path not in extras}


def _flag_of(wire: str) -> str:
    return "--" + wire.replace("[]", "").replace("[", "-").replace("]", "").replace("_", "-").lower()


def _options(command: click.Command) -> dict[str, click.Option]:
    return {
        opt: param
        for param in command.params
        if isinstance(param, click.Option)
        for opt in param.opts
        if opt.startswith("--") and opt not in RESERVED_FLAGS
    }


SETTING_HEADERS = {"qoder-workspace-id": "--workspace", "x-qoder-beta": "--beta"}
"""Headers that are settings of the whole command line (root options), for every operation."""


def test_the_headers_every_operation_takes_are_root_settings() -> None:
    root = {opt for param in cli.params for opt in param.opts}
    assert set(SETTING_HEADERS.values()) <= root


def _words(text: str) -> str:
    return " ".join(text.split())


# ---------------------------------------------------------------- generated from the spec


def test_the_commands_are_exactly_the_operations_of_the_spec() -> None:
    assert set(_generated_commands()) == set(_spec_operations())


def test_the_hand_written_commands_are_the_live_ones_and_hide_no_operation() -> None:
    extras = set(_all_commands()) - set(_spec_operations())
    assert extras == {
        ("sessions", "chat"),
        ("events", "tail"),
        ("files", "download"),
        ("skill-versions", "download"),
    }
    assert set(ROOT_COMMANDS) == {"serve"}
    assert set(_resource_groups()) == {path[0] for path in _spec_operations()}


def test_a_sub_namespace_is_a_group_inside_its_parent() -> None:
    result = run(None, "environments", "work", "--help")
    assert result.exit_code == 0 and "Poll for a work item" in result.stdout
    assert "work " in run(None, "environments", "--help").stdout
    assert "environments-work" not in run(None, "--help").stdout


def test_every_parameter_and_body_field_is_an_option_with_the_specs_description() -> None:
    checked = 0
    for key, command in _generated_commands().items():
        operation = _spec_operations()[key]
        options = _options(command)
        expected: dict[str, list[str]] = {}  # a flag → the descriptions its help may start with
        for parameter in map(_resolved, operation["parameters"]):
            if parameter["in"] == "header" and parameter["name"] in SETTING_HEADERS:
                options.pop(_flag_of(parameter["name"]), None)  # may also be one operation's own option
                continue
            if parameter["in"] in ("query", "header"):
                texts = [parameter.get("description", ""), _resolved(parameter["schema"]).get("description", "")]
                expected[_flag_of(parameter["name"])] = texts
        body = _resolved(operation.get("requestBody", {})).get("content", {})
        for media in body.values():
            for name, schema in _resolved(media["schema"]).get("properties", {}).items():
                expected[_flag_of(name)] = [schema.get("description", ""), _resolved(schema).get("description", "")]
        assert set(options) - {f"--no-{flag[2:]}" for flag in expected} == set(expected), key
        for flag, descriptions in expected.items():
            assert any(_words(options[flag].help or "").startswith(_words(text)) for text in descriptions), (key, flag)
            checked += 1
        arguments = [param.name for param in command.params if isinstance(param, click.Argument)]
        path_ids = [p["name"] for p in map(_resolved, operation["parameters"]) if p["in"] == "path"]
        assert arguments == path_ids, key
    assert checked > 300


def test_operation_help_shows_the_summary_description_and_required_options() -> None:
    result = run(None, "sessions", "create", "--help")
    assert result.exit_code == 0
    operation = _spec_operations()[("sessions", "create")]
    assert _words(operation["summary"]) in _words(result.stdout)
    assert "Required: --agent, --environment-id (or their fields in --body)." in _words(result.stdout)
    assert "--body JSON|@FILE|-" in result.stdout


def test_the_root_help_names_every_resource_the_live_commands_and_the_exit_codes() -> None:
    result = run(None, "--help")
    assert result.exit_code == 0
    for name in _resource_groups():
        assert f"\n  {name} " in result.stdout
    for words in ("sessions chat SESSION_ID", "events tail SESSION_ID", "qoder-cloud serve", "QODER_PAT", "Exit codes"):
        assert words in result.stdout


def _command_lines(text: str) -> list[str]:
    """Every `qoder-cloud ...` a document shows: lines of its code blocks and inline code spans."""
    found = []
    for line in text.splitlines():
        line = line.strip().removeprefix("$ ")
        found += [span for span in re.findall(r"`(qoder-cloud [^`]+)`", line)]
        if line.startswith("qoder-cloud "):
            found.append(line)
        found += re.findall(r"\$\((qoder-cloud [^)]+)\)", line)
    return found


def _check_command_line(line: str) -> None:
    """The command path exists and every --flag belongs to the command it follows."""
    words = shlex.split(line.split(" | ")[0].split("  #")[0])[1:]
    command: click.Command = cli
    index = 0
    while index < len(words):
        word = words[index]
        options = {
            opt: param
            for param in command.params
            if isinstance(param, click.Option)
            for opt in param.opts + param.secondary_opts
        }
        if word.startswith("--") and command.name != "serve":
            assert word in options or word == "--help", f"{line}: {command.name} has no {word}"
            if word in options and not options[word].is_flag:
                index += 1
        elif isinstance(command, click.Group) and not word.isupper() and word not in ("...", "COMMAND", "METHOD"):
            sub = command.get_command(click.Context(command), word)
            assert sub is not None, f"{line}: no command {word!r}"
            command = sub
        index += 1


@pytest.mark.parametrize("document", ["docs/cli.md", "README.md"])
def test_every_command_line_the_documentation_shows_exists(document: str) -> None:
    lines = [line for line in _command_lines((ROOT / document).read_text(encoding="utf-8")) if "RESOURCE" not in line]
    assert len(lines) >= 5
    for line in lines:
        _check_command_line(line)


def test_every_command_line_the_root_help_shows_exists() -> None:
    lines = _command_lines(HELP)
    assert len(lines) >= 7
    for line in lines:
        if "RESOURCE" not in line:
            _check_command_line(line)


# ---------------------------------------------------------------- against the local server


def test_create_list_and_retrieve_for_people(server: LocalServer) -> None:
    created = ok(server, "environments", "create", "--name", "ci", "--description", "for the CI")
    env_id = next(iter(server.state.environments))
    assert f"id           {env_id}" in created.stdout
    listed = ok(server, "environments", "list")
    header, row = listed.stdout.splitlines()[:2]
    assert header.split() == ["ID", "NAME", "CREATED", "AT"]
    assert row.split()[:2] == [env_id, "ci"]
    retrieved = ok(server, "environments", "retrieve", env_id)
    assert "description  for the CI" in retrieved.stdout


def test_json_output_parses_back_to_the_stored_objects(server: LocalServer) -> None:
    created = as_json(server, "environments", "create", "--name", "ci", "--metadata", '{"team": "infra"}')
    assert created["name"] == "ci" and created["metadata"] == {"team": "infra"}
    assert as_json(server, "environments", "retrieve", created["id"]) == created
    page = as_json(server, "environments", "list")
    assert [item["id"] for item in page["data"]] == [created["id"]]
    assert page["has_more"] is False


def test_all_walks_every_page_as_json_lines(server: LocalServer) -> None:
    made = [as_json(server, "environments", "create", "--name", f"env-{n}")["id"] for n in range(5)]
    result = ok(server, "environments", "list", "--limit", "2", "--all", "--json")
    assert [item["id"] for item in json_lines(result.stdout)] == made[::-1]
    first_page = ok(server, "environments", "list", "--limit", "2")
    assert "More follow: add --page" in first_page.stderr
    table = ok(server, "environments", "list", "--limit", "2", "--all")
    assert all(env_id in table.stdout for env_id in made)


def test_an_api_error_is_one_line_on_stderr_with_exit_code_1(server: LocalServer) -> None:
    result = run(server, "environments", "retrieve", "env_missing")
    assert result.exit_code == 1
    assert result.stdout == ""
    [line] = result.stderr.splitlines()
    assert line.startswith("qoder-cloud: error: 404 not_found_error: ")
    assert "env_missing" in line and "[request_id: " in line


def test_a_conflict_names_the_param_and_the_request_id(server: LocalServer) -> None:
    ok(server, "environments", "create", "--name", "ci")
    result = run(server, "environments", "create", "--name", "ci")
    assert result.exit_code == 1
    assert result.stderr.startswith("qoder-cloud: error: 409 ")
    assert server.app.requests[-1].request_id in result.stderr


def test_usage_errors_exit_2(server: LocalServer, tmp_path: Path) -> None:
    missing = run(server, "agents", "create", "--name", "x")
    assert missing.exit_code == 2 and "missing --model" in missing.stderr
    bad_json = run(server, "environments", "create", "--name", "x", "--metadata", "{nope")
    assert bad_json.exit_code == 2 and "--metadata" in bad_json.stderr and "not valid JSON" in bad_json.stderr
    unknown = run(server, "environments", "create", "--body", '{"nme": "x"}')
    assert unknown.exit_code == 2 and "unknown field 'nme'" in unknown.stderr
    naive = run(server, "environments", "list", "--created-at-gte", "2026-01-01T00:00:00")
    assert naive.exit_code == 2 and "no time zone" in naive.stderr
    no_file = run(server, "environments", "create", "--body", f"@{tmp_path / 'absent.json'}")
    assert no_file.exit_code == 2 and "cannot read" in no_file.stderr
    refused_by_client = run(server, "environments", "list", "--limit", "500")
    assert refused_by_client.exit_code == 2 and "limit must be an integer from 1 to 100" in refused_by_client.stderr
    assert not server.app.requests


def test_no_token_is_a_usage_error_that_names_qoder_pat(server: LocalServer) -> None:
    result = run(server, "agents", "list", env={"QODER_PAT": ""})
    assert result.exit_code == 2
    assert result.stderr.startswith("qoder-cloud: usage error: no API token") and "QODER_PAT" in result.stderr


SA_KEY = "sak-cli-5f0c9a7e3b1d4e2f8a6c"


@pytest.fixture
def sa_server() -> Iterator[LocalServer]:
    """A server that accepts TOKEN and the tokens its exchange issues for SA_KEY."""
    with LocalServer(token=TOKEN, sa_key=SA_KEY) as running:
        yield running


def _exchanges(server: LocalServer) -> int:
    return sum(request.path == "/api/v1/serviceToken/exchange" for request in server.app.outside_requests)


def test_with_no_token_a_service_account_key_is_exchanged_for_tokens(sa_server: LocalServer) -> None:
    env = {"QODER_PAT": "", "QODER_SA_KEY": SA_KEY, "QODER_SA_EXCHANGE_URL": sa_server.exchange_url}
    created = run(sa_server, "environments", "create", "--name", "by-sa", "--json", env=env)
    assert created.exit_code == 0, created.stderr
    listed = run(sa_server, "environments", "list", "--json", env=env)
    assert [item["name"] for item in json.loads(listed.stdout)["data"]] == ["by-sa"]
    assert _exchanges(sa_server) == 2, "one exchange per run of the command"
    assert all((r.header("authorization") or "").startswith("Bearer sat_") for r in sa_server.app.requests)
    assert SA_KEY not in created.stdout + created.stderr + listed.stdout + listed.stderr


def test_a_token_variable_wins_over_a_service_account_key(sa_server: LocalServer) -> None:
    env = {"QODER_SA_KEY": "sak-not-used", "QODER_SA_EXCHANGE_URL": sa_server.exchange_url}
    assert run(sa_server, "agents", "list", env=env).exit_code == 0  # QODER_PAT is TOKEN
    assert run(sa_server, "agents", "list", env={**env, "QODER_PAT": "", "QODER_ACCESS_TOKEN": TOKEN}).exit_code == 0
    assert _exchanges(sa_server) == 0
    assert {r.header("authorization") for r in sa_server.app.requests} == {f"Bearer {TOKEN}"}


def test_a_refused_service_account_key_is_one_line_with_exit_code_1(sa_server: LocalServer) -> None:
    wrong = "sak-revoked-0123456789"
    env = {"QODER_PAT": "", "QODER_SA_KEY": wrong, "QODER_SA_EXCHANGE_URL": sa_server.exchange_url}
    result = run(sa_server, "agents", "list", env=env)
    assert result.exit_code == 1
    [line] = result.stderr.splitlines()
    assert line.startswith("qoder-cloud: error: ") and "service-account token exchange failed" in line
    assert wrong not in result.stdout + result.stderr
    assert len(sa_server.app.requests) == 0, "no API request without a token"


def test_no_connection_exits_3() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    result = run(None, "--base-url", f"http://127.0.0.1:{port}/api/v1/cloud", "agents", "list")
    assert result.exit_code == 3
    assert result.stderr.startswith("qoder-cloud: connection error: ")


def test_the_token_and_secrets_are_never_printed(server: LocalServer) -> None:
    wrong = run(server, "agents", "list", env={"QODER_PAT": "pt-wrong-secret-token"})
    assert wrong.exit_code == 1 and "401" in wrong.stderr
    secret = "ghp_very_secret_value"
    refused = run(
        server,
        "credentials",
        "create",
        "vault_missing",
        "--auth",
        json.dumps({"type": "static_bearer", "token": secret}),
    )
    assert refused.exit_code in (1, 2)
    for result in (wrong, refused):
        assert "pt-wrong-secret-token" not in result.output + result.stderr
        assert secret not in result.output + result.stderr
        assert TOKEN not in result.output + result.stderr


def test_body_from_a_file_and_from_stdin_with_options_replacing_fields(server: LocalServer, tmp_path: Path) -> None:
    body = tmp_path / "env.json"
    body.write_text(json.dumps({"name": "from-file", "description": "kept"}), encoding="utf-8")
    from_file = as_json(server, "environments", "create", "--body", f"@{body}", "--name", "replaced")
    assert (from_file["name"], from_file["description"]) == ("replaced", "kept")
    from_stdin = as_json(server, "environments", "create", "--body", "-", input='{"name": "from-stdin"}')
    assert from_stdin["name"] == "from-stdin"
    metadata = as_json(server, "environments", "create", "--name", "m", "--metadata", "@-", input='{"a": "b"}')
    assert metadata["metadata"] == {"a": "b"}


def test_query_options_booleans_lists_and_timestamps_are_sent_as_the_spec_names_them(server: LocalServer) -> None:
    ok(server, "sessions", "list", "--include-archived", "--statuses", "idle", "--statuses", "running")
    sent = server.app.requests[-1].query
    assert sent["include_archived"] == ["true"] and sent["statuses[]"] == ["idle", "running"]
    ok(server, "sessions", "list", "--no-include-archived", "--created-at-gte", "2026-01-31T09:00:00Z")
    sent = server.app.requests[-1].query
    assert sent["include_archived"] == ["false"] and sent["created_at[gte]"][0].startswith("2026-01-31T09:00:00")
    ok(server, "sessions", "list")
    assert server.app.requests[-1].query == {}


def test_an_option_that_takes_json_or_text(server: LocalServer) -> None:
    env = as_json(server, "environments", "create", "--name", "ci")
    agent = as_json(server, "agents", "create", "--name", "helper", "--model", "ultimate")
    by_id = as_json(server, "sessions", "create", "--agent", agent["id"], "--environment-id", env["id"])
    pinned = as_json(
        server,
        "sessions",
        "create",
        "--agent",
        json.dumps({"type": "agent", "id": agent["id"], "version": 1}),
        "--environment-id",
        env["id"],
        "--environment-variables",
        "MODE=fast",
    )
    assert by_id["agent"]["id"] == pinned["agent"]["id"] == agent["id"]
    assert pinned["environment_variables"] == {"MODE": "fast"}


def test_the_workspace_and_the_betas_are_sent_on_every_request(server: LocalServer) -> None:
    ok(server, "--workspace", "wrkspc_1", "--beta", "one-2026", "--beta", "two-2026", "agents", "list")
    assert server.app.requests[-1].header("qoder-workspace-id") == "wrkspc_1"
    assert server.app.requests[-1].header("x-qoder-beta") == "one-2026,two-2026"
    run(server, "agents", "list", env={"QODER_WORKSPACE_ID": "wrkspc_2"})
    assert server.app.requests[-1].header("qoder-workspace-id") == "wrkspc_2"


def test_a_delete_prints_the_deletion(server: LocalServer) -> None:
    env = as_json(server, "environments", "create", "--name", "ci")
    deleted = as_json(server, "environments", "delete", env["id"])
    assert deleted["id"] == env["id"]


# ---------------------------------------------------------------- files and archives


def test_upload_and_download_a_file(server: LocalServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    source = tmp_path / "notes.txt"
    source.write_bytes(b"hello\n" * 1000)
    uploaded = as_json(server, "files", "upload", "--file", str(source), "--metadata", '{"kind": "notes"}')
    assert (uploaded["filename"], uploaded["size_bytes"], uploaded["metadata"]) == (
        "notes.txt",
        6000,
        {"kind": "notes"},
    )
    server.make_downloadable(uploaded["id"])
    (tmp_path / "out").mkdir()
    monkeypatch.chdir(tmp_path / "out")
    saved = ok(server, "files", "download", uploaded["id"])
    assert (tmp_path / "out" / "notes.txt").read_bytes() == source.read_bytes()
    assert "Saved notes.txt (6000 bytes)." in saved.stderr
    again = run(server, "files", "download", uploaded["id"])
    assert again.exit_code == 2 and "exists; pass --overwrite" in again.stderr
    report = as_json(server, "files", "download", uploaded["id"], "copy.txt")
    assert report == {"path": "copy.txt", "bytes": 6000}
    to_stdout = ok(server, "files", "download", uploaded["id"], "-")
    assert to_stdout.stdout_bytes == source.read_bytes()
    assert sorted(path.name for path in (tmp_path / "out").iterdir()) == ["copy.txt", "notes.txt"]


def test_a_download_that_fails_leaves_no_file(server: LocalServer, tmp_path: Path) -> None:
    uploaded = as_json(server, "files", "upload", "--file", str(_write(tmp_path / "a.txt", b"a")))
    result = run(server, "files", "download", uploaded["id"], str(tmp_path / "b.txt"))
    assert result.exit_code == 1 and "403" in result.stderr
    assert sorted(path.name for path in tmp_path.iterdir()) == ["a.txt"]


def test_a_stored_name_cannot_escape_the_directory(
    server: LocalServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    file_id = server.add_file(b"x", "../../escape.txt")
    monkeypatch.chdir(tmp_path)
    ok(server, "files", "download", file_id)
    assert [path.name for path in tmp_path.iterdir()] == ["escape.txt"]


def test_skill_upload_and_version_archives(server: LocalServer, tmp_path: Path) -> None:
    skill_dir = tmp_path / "greeter"
    skill_dir.mkdir()
    (skill_dir / "SKILL.md").write_text("---\nname: greeter\ndescription: Greets.\n---\nSay hello.\n", encoding="utf-8")
    skill = as_json(server, "skills", "create", "--files", str(skill_dir))
    version = skill["latest_version"]
    archive = tmp_path / "greeter.zip"
    ok(server, "skill-versions", "content", skill["id"], str(version), "--output", str(archive))
    with zipfile.ZipFile(archive) as opened:
        assert "greeter/SKILL.md" in opened.namelist()
    downloaded = tmp_path / "downloaded.zip"
    ok(server, "skill-versions", "download", skill["id"], str(version), str(downloaded))
    assert _zip_contents(downloaded) == _zip_contents(archive)  # built on request: its timestamps may differ


def _zip_contents(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as opened:
        return {name: opened.read(name) for name in opened.namelist()}


def _write(path: Path, content: bytes) -> Path:
    path.write_bytes(content)
    return path


# ---------------------------------------------------------------- packaging


def test_the_client_works_without_click_and_rich() -> None:
    """Only qoder_cloud.cli imports them (httpx imports both for its own command line when they
    are installed, so their presence in sys.modules says nothing about this package)."""
    code = (
        "import sys; sys.modules.update(click=None, rich=None); import qoder_cloud, qoder_cloud.testing; "
        "from qoder_cloud.testing import LocalServer\n"
        "with LocalServer() as server, qoder_cloud.QoderCloud(token='t', base_url=server.base_url) as client:\n"
        "    print(client.environments.create(name='ci').name)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert (result.returncode, result.stdout) == (0, "ci\n"), result.stderr
    package = ROOT / "overlays" / "qoder_cloud"
    importers = {
        str(path.relative_to(package))
        for path in package.rglob("*.py")
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.Import | ast.ImportFrom)
        and {(alias.name if isinstance(node, ast.Import) else node.module or "").split(".")[0] for alias in node.names}
        & {"click", "rich"}
    }
    assert importers and all(path.startswith("cli/") for path in importers), importers


def test_without_the_extra_the_command_says_what_to_install() -> None:
    code = "import sys; sys.modules['rich'] = None; from qoder_cloud.cli import main; main(['--help'])"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 2
    assert 'pip install "qoder-cloud-agents[cli]"' in result.stderr and "rich" in result.stderr


def test_the_console_script_runs(server: LocalServer) -> None:
    script = Path(sys.executable).with_name("qoder-cloud")
    env = {**os.environ, "QODER_PAT": TOKEN, "QODER_BASE_URL": server.base_url}
    result = subprocess.run(
        [str(script), "models", "list", "--json"], capture_output=True, text=True, timeout=60, env=env
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["data"]
    version = subprocess.run(
        [sys.executable, "-m", "qoder_cloud.cli", "--version"], capture_output=True, text=True, timeout=60, check=True
    )
    assert version.stdout.startswith("qoder-cloud, version ")


def test_the_entry_point_runs_in_process(capsys: pytest.CaptureFixture[str]) -> None:
    from qoder_cloud.cli import main

    with pytest.raises(SystemExit) as exited:
        main(["--version"])
    assert exited.value.code == 0
    assert capsys.readouterr().out.startswith("qoder-cloud, version ")


def test_ctrl_c_during_an_ordinary_command_exits_130() -> None:
    """A server that accepts the connection and never answers; SIGINT once the request is in."""
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(1)
        listener.settimeout(30)
        port = listener.getsockname()[1]
        script = Path(sys.executable).with_name("qoder-cloud")
        env = {**os.environ, "QODER_PAT": TOKEN}
        command = [str(script), "--base-url", f"http://127.0.0.1:{port}/api/v1/cloud", "agents", "list"]
        with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env) as running:
            try:
                connection, _ = listener.accept()
                with connection:
                    connection.settimeout(30)
                    assert connection.recv(4096).startswith(b"GET /api/v1/cloud/agents")
                    running.send_signal(signal.SIGINT)
                    stdout, stderr = running.communicate(timeout=30)
            finally:
                if running.poll() is None:
                    running.kill()
    assert running.returncode == 130, stderr
    assert stdout == "" and "Traceback" not in stderr


class _RecordedBars:
    """Progress bars drawn into memory as on a terminal, kept for the test to read."""

    def __init__(self) -> None:
        self.bars: list[Progress] = []

    def __call__(self) -> Progress:
        bar = Progress(console=Console(file=io.StringIO(), force_terminal=True, width=100))
        self.bars.append(bar)
        return bar


def test_uploads_and_downloads_move_a_progress_bar(
    server: LocalServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    recorded = _RecordedBars()
    monkeypatch.setattr(_transfer, "progress_bar", recorded)
    content = os.urandom(300_000)
    uploaded = as_json(server, "files", "upload", "--file", str(_write(tmp_path / "blob.bin", content)))
    [upload] = recorded.bars
    [task] = upload.tasks
    body_size = int(next(r for r in server.app.requests if r.method == "POST").header("content-length") or 0)
    assert body_size > len(content) and task.total == task.completed == body_size
    server.make_downloadable(uploaded["id"])
    ok(server, "files", "download", uploaded["id"], str(tmp_path / "copy.bin"))
    [task] = recorded.bars[1].tasks
    assert task.total == task.completed == len(content)
    assert (tmp_path / "copy.bin").read_bytes() == content


def test_a_reader_that_stops_early_ends_the_command_quietly(server: LocalServer) -> None:
    with QoderCloud(token=TOKEN, base_url=server.base_url) as client:
        for n in range(400):  # more JSON than a pipe holds (64 KB), so the writer meets the closed end
            client.environments.create(name=f"env-{n}")
    script = Path(sys.executable).with_name("qoder-cloud")
    env = {**os.environ, "QODER_PAT": TOKEN, "QODER_BASE_URL": server.base_url}
    command = [str(script), "environments", "list", "--all", "--limit", "100", "--json"]
    with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env) as running:
        assert running.stdout is not None and running.stderr is not None
        assert json.loads(running.stdout.readline())["name"] == "env-399"
        running.stdout.close()  # as `| head -1` does
        stderr = running.stderr.read().decode()
        running.wait(timeout=60)
    assert running.returncode == 0 and stderr == ""


def test_region_outranks_a_base_url_from_the_environment(server: LocalServer, monkeypatch: pytest.MonkeyPatch) -> None:
    both = run(server, "--base-url", server.base_url, "--region", "cn", "agents", "list")
    assert both.exit_code == 2 and "not both" in both.stderr
    monkeypatch.setenv("QODER_BASE_URL", server.base_url)
    for args, expected in (([], server.base_url), (["--region", "cn"], REGION_BASE_URLS["cn"])):
        # The root options alone, without a command: nothing is sent anywhere.
        context = cli.make_context("qoder-cloud", [*args, "agents"])
        with context:
            assert cli.callback is not None
            context.invoke(cli.callback, **context.params)
            assert context.obj.base_url == expected


def test_a_sub_namespace_command_calls_the_nested_resource(server: LocalServer) -> None:
    env = as_json(server, "environments", "create", "--name", "workers", "--config", '{"type": "self_hosted"}')
    agent = as_json(server, "agents", "create", "--name", "helper", "--model", "ultimate")
    session = as_json(server, "sessions", "create", "--agent", agent["id"], "--environment-id", env["id"])
    [item] = json_lines(ok(server, "environments", "work", "list", env["id"], "--all", "--json").stdout)
    assert item["data"]["id"] == session["id"] and item["state"] == "queued"
    assert server.app.requests[-1].path == f"/environments/{env['id']}/work"


def test_one_deployments_runs_are_commands_of_deployments_runs(server: LocalServer) -> None:
    env = as_json(server, "environments", "create", "--name", "nightly")
    agent = as_json(server, "agents", "create", "--name", "triager", "--model", "ultimate")
    message = '[{"type": "user.message", "content": [{"type": "text", "text": "go"}]}]'
    deployment = as_json(
        server, "deployments", "create", "--name", "nightly", "--agent", agent["id"],
        "--environment-id", env["id"], "--initial-events", message,
    )  # fmt: skip
    run_ = as_json(server, "deployments", "run", deployment["id"])
    [listed] = json_lines(ok(server, "deployments", "runs", "list", deployment["id"], "--all", "--json").stdout)
    assert listed["id"] == run_["id"]
    assert as_json(server, "deployments", "runs", "retrieve", deployment["id"], run_["id"])["id"] == run_["id"]
    assert "runs " in run(None, "deployments", "--help").stdout


def test_tab_completion_offers_resources_and_options() -> None:
    def complete(words: str) -> list[str]:
        env = {"COMP_WORDS": words, "COMP_CWORD": str(len(words.split()) - 1), "_QODER_CLOUD_COMPLETE": "bash_complete"}
        result = CliRunner().invoke(cli, [], env=env, prog_name="qoder-cloud")
        return [line.split(",", 1)[1] for line in result.stdout.splitlines()]

    assert complete("qoder-cloud sess") == ["session-resources", "sessions"]
    assert complete("qoder-cloud sessions create --env") == ["--environment-id", "--environment-variables"]


def test_the_root_help_names_each_resources_commands_without_importing_them() -> None:
    code = (
        "import sys; from qoder_cloud.cli._app import cli; from click.testing import CliRunner\n"
        "CliRunner().invoke(cli, ['--help'], catch_exceptions=False)\n"
        "print(sorted(name for name in sys.modules if name.startswith('qoder_cloud_api.api.')))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    assert result.stdout.strip() == "[]"
    for group in _resource_groups().values():
        listed = group.get_short_help_str().split(", ")
        assert sorted(listed) == sorted(group.list_commands(click.Context(group))), group.name


def test_a_setting_the_client_refuses_is_a_usage_error(server: LocalServer) -> None:
    for args in (["--workspace", "a\nb"], ["--beta", "one,two"]):
        result = run(server, *args, "agents", "list")
        assert result.exit_code == 2 and result.stderr.startswith("qoder-cloud: usage error: "), result.stderr
    assert not server.app.requests
