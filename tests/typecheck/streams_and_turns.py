"""A user's CI bot: streams a reply, narrows events, answers a custom tool call and a tool
confirmation, handles errors, and fans out sessions with the async client.

Type-checked and run by tests/test_wheel_typing.py with only the built wheel installed.
"""

from __future__ import annotations

import asyncio

from qoder_cloud import (
    APIConnectionError,
    APIStatusError,
    AsyncQoderCloud,
    BadRequestError,
    QoderCloud,
    RateLimitError,
    ReplyAccumulator,
    Turn,
    TurnTimeoutError,
)
from qoder_cloud.testing import CustomToolUse, LocalServer, Reply, ToolUse
from qoder_cloud.types import (
    AgentCustomToolUseEvent,
    AgentMCPToolUseEvent,
    AgentMessageEvent,
    AgentToolUseEvent,
    ContentBlock,
    SessionEvent,
    SessionStatusIdleEvent,
    StopReason,
    TextBlock,
    UserMessageEventParamDict,
)

TOKEN = "pt-typed"


def describe(event: SessionEvent) -> str:
    match event:
        case AgentMessageEvent():
            return f"agent: {event.text}"
        case SessionStatusIdleEvent(stop_reason=reason):
            return f"idle: {reason.type}"
        case _:
            return event.type


def first_text(blocks: list[ContentBlock]) -> str:
    return next((block.text for block in blocks if isinstance(block, TextBlock)), "")


def stream_a_reply(client: QoderCloud, session_id: str) -> None:
    message: UserMessageEventParamDict = {"type": "user.message", "content": [{"type": "text", "text": "Add tests"}]}
    with client.events.stream(session_id, event_deltas=["agent.message"]) as stream:
        client.events.send(session_id, events=[message])
        reply = ReplyAccumulator()
        for event in stream:
            print(reply.add(event), end="")
            if isinstance(event, AgentMessageEvent):
                print(first_text(event.content))
            if isinstance(event, SessionStatusIdleEvent):
                break
    with client.events.resumable_stream(session_id) as resumable:
        client.events.send(
            session_id, events=[{"type": "user.message", "content": [{"type": "text", "text": "Again"}]}]
        )
        for event in resumable:
            print(describe(event))
            if isinstance(event, SessionStatusIdleEvent):
                break


def get_weather(call: AgentCustomToolUseEvent) -> str:
    return f"sunny in {call.input['city']}"


def confirm(call: AgentToolUseEvent | AgentMCPToolUseEvent) -> bool | str:
    return True if call.name == "Bash" else "only Bash"


def answer_tools(client: QoderCloud, server: LocalServer, session_id: str) -> Turn:
    server.script(
        CustomToolUse("get_weather", {"city": "Paris"}),
        ToolUse("Bash", {"command": "ls"}, output="a.txt"),
        Reply("{result}"),
    )
    turn = client.events.run_turn(
        session_id, "What is the weather?", tools={"get_weather": get_weather}, confirm=confirm, deadline=30
    )
    reason: StopReason | None = turn.stop_reason
    events: list[SessionEvent] = turn.events
    print(turn.text, reason.type if reason else None, len(events), turn.pending)
    return turn


def handle_errors(client: QoderCloud) -> None:
    try:
        client.events.run_turn("sess_missing", "hi", deadline=5)
    except TurnTimeoutError as timeout:
        print("no answer in time", len(timeout.turn.events))
    except RateLimitError as limited:
        print("slow down", limited.response.headers.get("retry-after"))
    except (BadRequestError, APIStatusError) as error:
        print(error.status_code, error.type, error.message, error.request_id)
    except APIConnectionError as error:
        print("network:", error)


async def fan_out(base_url: str, agent_id: str, env_id: str) -> list[str]:
    async with AsyncQoderCloud(token=TOKEN, base_url=base_url) as client:

        async def one(index: int) -> str:
            session = await client.sessions.create(agent=agent_id, environment_id=env_id, title=f"fan-{index}")

            async def lookup(call: AgentCustomToolUseEvent) -> str:
                await asyncio.sleep(0)
                return "found"

            turn = await client.events.run_turn(session.id, f"task {index}", tools={"lookup": lookup}, deadline=30)
            async with client.events.stream(session.id) as stream:
                await client.events.send(
                    session.id, events=[{"type": "user.message", "content": [{"type": "text", "text": "more"}]}]
                )
                async for event in stream:
                    if isinstance(event, SessionStatusIdleEvent):
                        break
            return turn.text

        texts = await asyncio.gather(*(one(index) for index in range(5)))
        async for agent in client.agents.list(limit=10):
            print(agent.name)
        return list(texts)


def main() -> None:
    with LocalServer(token=TOKEN) as server, QoderCloud(token=TOKEN, base_url=server.base_url) as client:
        agent = client.agents.create(name="bot", model="ultimate")
        env = client.environments.create(name="bot-env")
        session = client.sessions.create(agent=agent.id, environment_id=env.id)
        stream_a_reply(client, session.id)
        answer_tools(client, server, session.id)
        handle_errors(client)
        print(asyncio.run(fan_out(server.base_url, agent.id, env.id)))


if __name__ == "__main__":
    main()
