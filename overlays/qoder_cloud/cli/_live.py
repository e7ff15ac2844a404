"""The live commands: `sessions chat` (a conversation in the terminal) and `events tail` (a
session's events as they happen).

Both read events through the client's resumable streams, so a dropped connection resumes where
it stopped without losing or repeating an event. Events are read as their wire fields
(`to_dict()`), so a type this client does not know yet passes through like any other.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Mapping
from typing import Any, Literal

import click

from qoder_cloud import QoderCloud, ReplyAccumulator

from ._context import Invocation, calling
from ._output import Output, describe_event, json_option, plain

__all__ = ["chat_command", "tail_command"]

DELTAS: list[Literal["agent.message"]] = ["agent.message"]
"""Previews asked for while chatting, so a reply shows as it is written."""
TERMINAL = ("session.status_terminated", "session.deleted")
"""After these a session has no more events."""
QUIT = ("/quit", "/exit")


def _kind(data: Mapping[str, Any]) -> str:
    return str(data.get("type", ""))


class Conversation:
    """One chat: reads lines from stdin, sends each as a turn and shows the turn as it happens,
    asking on stdin before a tool call the session waits to have confirmed (or answered)."""

    def __init__(self, client: QoderCloud, session_id: str, output: Output) -> None:
        self.client = client
        self.session_id = session_id
        self.output = output
        self.stdin = sys.stdin
        self.reply = ReplyAccumulator()
        self._writing = False

    def ask(self, prompt: str) -> str | None:
        """One line from stdin, the prompt on stderr; None at the end of input."""
        if prompt:
            click.echo(prompt, nl=False, err=True)
        line = self.stdin.readline()
        if not line:
            click.echo("", err=True)
            return None
        if prompt and not self.stdin.isatty():
            click.echo(line.rstrip("\r\n"), err=True)  # what a terminal would have echoed
        return line.rstrip("\r\n")

    def run(self) -> None:
        prompt = "you> " if self.stdin.isatty() else ""
        while (line := self.ask(prompt)) is not None:
            if line.strip() in QUIT:
                return
            if line.strip():
                self.turn(line)

    def turn(self, text: str) -> None:
        """Send one message and follow the turn to its end (`events.run_turn`), answering what the
        agent asks for at the terminal: a tool call to confirm, a call of one of the agent's own
        custom tools."""
        tools = {name: self.tool_result for name in self.custom_tools()}
        with calling():
            turn = self.client.events.run_turn(
                self.session_id, text, tools=tools, confirm=self.confirm, on_event=self.show, event_deltas=DELTAS
            )
        if turn.pending:
            names = ", ".join(str(plain(call).get("name", "?")) for call in turn.pending)
            self.output.note(f"The session waits for calls this chat cannot answer: {names}.")

    def custom_tools(self) -> list[str]:
        """The custom tools of the session's copy of its agent (the calls the chat may answer)."""
        with calling():
            session = plain(self.client.sessions.retrieve(self.session_id))
        tools = (session.get("agent") or {}).get("tools") or []
        return [str(tool["name"]) for tool in tools if isinstance(tool, Mapping) and tool.get("type") == "custom"]

    def tool_result(self, call: Any) -> str:
        """A custom tool's result, as typed at the terminal."""
        self.end_reply()
        data = plain(call)
        arguments = describe_event({"input": data.get("input", {})})
        return self.ask(f"The agent calls your tool {data.get('name', '?')} {arguments}; its result: ") or ""

    def confirm(self, call: Any) -> bool | str:
        """Allow a tool call (`y`), or deny it with a reason the agent sees."""
        self.end_reply()
        data = plain(call)
        arguments = describe_event({"input": data.get("input", {})})
        reply = self.ask(f"The agent wants to run {data.get('name', '?')} {arguments}. Allow? [y/N] ")
        return True if (reply or "").strip().lower() in ("y", "yes") else "denied at the terminal"

    def show(self, event: Any) -> None:
        """Print an event of the turn: reply text as it is written, tool calls and errors as lines."""
        if self.output.as_json:
            if _kind(plain(event)) not in ("event_start", "event_delta"):
                self.output.line(event)
            return
        piece = self.reply.add(event)
        if piece:
            if not self._writing:
                click.echo("agent> ", nl=False)
                self._writing = True
            click.echo(piece, nl=False)
        data = plain(event)
        kind = _kind(data)
        if kind == "agent.message":
            self.end_reply()
        elif kind in (
            "agent.tool_use",
            "agent.mcp_tool_use",
            "agent.custom_tool_use",
            "agent.tool_result",
            "session.error",
        ):
            self.end_reply()
            self.output.note(f"  [{kind}] {describe_event(data)}")

    def end_reply(self) -> None:
        if self._writing:
            click.echo("")
            self._writing = False


def _session_for(
    client: QoderCloud, session_id: str | None, agent: str | None, environment: str | None, output: Output
) -> str:
    if session_id:
        if agent or environment:
            raise click.UsageError("give either SESSION_ID or --agent and --environment, not both")
        return session_id
    if not (agent and environment):
        raise click.UsageError("give a SESSION_ID, or --agent and --environment to start a new session")
    with calling():
        session = client.sessions.create(agent=agent, environment_id=environment)
    output.note(f"Started session {session.id}.")
    return str(session.id)


def chat_command() -> click.Command:
    @click.command("chat", short_help="Chat with a session's agent in the terminal.")
    @click.argument("session_id", required=False, metavar="[SESSION_ID]")
    @click.option("--agent", metavar="AGENT_ID", help="Start a new session of this agent (with --environment).")
    @click.option("--environment", metavar="ENVIRONMENT_ID", help="The environment of the new session.")
    @click.pass_obj
    def chat(
        invocation: Invocation, session_id: str | None, agent: str | None, environment: str | None, as_json: bool
    ) -> None:
        """Chat with a session's agent: each line you type is a message, the reply prints as it is
        written. Before a tool call that needs your confirmation the chat asks (y/N); a call of one
        of the agent's custom tools asks you for its result. End with /quit, Ctrl-D or Ctrl-C; the
        session stays (its history: `qoder-cloud events list SESSION_ID`).

        Give a SESSION_ID, or --agent and --environment to start a new session.
        With --json every stored event of a turn is printed as a JSON line instead.
        """
        output = Output(as_json=as_json)
        client = invocation.client
        conversation = Conversation(client, _session_for(client, session_id, agent, environment, output), output)
        try:
            conversation.run()
        except KeyboardInterrupt:
            conversation.end_reply()
            click.echo("", err=True)

    chat.params.append(json_option("stream"))
    return chat


def tail_command() -> click.Command:
    @click.command("tail", short_help="Follow a session's events live (Ctrl-C to stop).")
    @click.argument("session_id", metavar="SESSION_ID")
    @click.option(
        "--lines",
        "-n",
        type=click.IntRange(0, 100),
        default=10,
        show_default=True,
        help="Stored events to show first, the latest ones.",
    )
    @click.option("--after", metavar="EVENT_ID", help="Start after this event instead (replaces --lines).")
    @click.pass_obj
    def tail(invocation: Invocation, session_id: str, lines: int, after: str | None, as_json: bool) -> None:
        """Show a session's latest events, then follow new ones as they happen, like `tail -f`.

        The view survives dropped connections: it resumes after the last event shown, so none is
        lost or repeated. It ends when the session is terminated or deleted; Ctrl-C stops it.
        With --json each event is a JSON line (the raw event).
        """
        output = Output(as_json=as_json)
        client = invocation.client
        with calling():
            if after is None and lines:
                latest = [plain(event) for event in client.events.list(session_id, order="desc", limit=lines).data]
                for event in reversed(latest):
                    output.event(event)
                if latest and _kind(latest[0]) in TERMINAL:
                    output.note("The session has ended.")
                    return
                after = str(latest[0]["id"]) if latest else None
            _follow(client.events.resumable_stream, session_id, after, output)

    tail.params.append(json_option("stream"))
    return tail


def _follow(open_stream: Callable[..., Any], session_id: str, after: str | None, output: Output) -> None:
    try:
        with open_stream(session_id, after, max_attempts=None) as stream:
            for event in stream:
                output.event(event)
    except KeyboardInterrupt:
        return
    if output.as_json:
        return
    output.note("The session has ended.")
