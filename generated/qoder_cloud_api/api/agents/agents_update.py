from __future__ import annotations

from collections.abc import Mapping
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.agent import Agent
from ...models.agent_update_params import AgentUpdateParams
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    agent_id: str,
    *,
    body: AgentUpdateParams | Mapping[str, Any],
    idempotency_key: str | Unset = UNSET,
    x_qoder_beta: str | Unset = UNSET,
) -> dict[str, Any]:
    if str(agent_id).strip() in ("", ".", ".."):
        raise ValueError(f"agent_id must be a non-empty ID, got {agent_id!r}")
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    if not isinstance(x_qoder_beta, Unset):
        headers["x-qoder-beta"] = x_qoder_beta

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/agents/{agent_id}".format(
            agent_id=quote(str(agent_id), safe=""),
        ),
    }

    _kwargs["json"] = body if isinstance(body, Mapping) else body.to_dict()
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Agent | ErrorResponse:
    if response.status_code == 200:
        response_200 = Agent.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = ErrorResponse.from_dict(response.json())

        return response_409

    response_default = ErrorResponse.from_dict(response.json())

    return response_default


def _parse_success(response: httpx.Response) -> Agent:
    if response.status_code == 200:
        response_200 = Agent.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Agent | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    agent_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: AgentUpdateParams,
    idempotency_key: str | Unset = UNSET,
    x_qoder_beta: str | Unset = UNSET,
) -> Response[Agent | ErrorResponse]:
    """Update an agent

     Writes a new version of the agent. `version`, when sent, must equal the agent's current version
    (optimistic concurrency): a stale value fails with 409. The docs ask for it; the official SDKs
    let it be left out, and then the update applies unconditionally. Lists sent replace the stored
    lists; `metadata` is merged (a string sets a key, `null` removes it). Running sessions keep the
    version they started with.

    Args:
        agent_id (str): The agent ID (`agent_...`).
        idempotency_key (str | Unset): A unique key per request (a UUID v4 is recommended); a
            repeat replays the first response.
        x_qoder_beta (str | Unset): Comma-separated beta feature identifiers, e.g. `browser-
            use-2026-07-14`.
        body (AgentUpdateParams): The body of `agents_update`; only fields sent change, lists sent
            replace stored lists.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Agent | ErrorResponse]
    """

    kwargs = _get_kwargs(
        agent_id=agent_id,
        body=body,
        idempotency_key=idempotency_key,
        x_qoder_beta=x_qoder_beta,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    agent_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: AgentUpdateParams,
    idempotency_key: str | Unset = UNSET,
    x_qoder_beta: str | Unset = UNSET,
) -> Agent | ErrorResponse | None:
    """Update an agent

     Writes a new version of the agent. `version`, when sent, must equal the agent's current version
    (optimistic concurrency): a stale value fails with 409. The docs ask for it; the official SDKs
    let it be left out, and then the update applies unconditionally. Lists sent replace the stored
    lists; `metadata` is merged (a string sets a key, `null` removes it). Running sessions keep the
    version they started with.

    Args:
        agent_id (str): The agent ID (`agent_...`).
        idempotency_key (str | Unset): A unique key per request (a UUID v4 is recommended); a
            repeat replays the first response.
        x_qoder_beta (str | Unset): Comma-separated beta feature identifiers, e.g. `browser-
            use-2026-07-14`.
        body (AgentUpdateParams): The body of `agents_update`; only fields sent change, lists sent
            replace stored lists.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Agent | ErrorResponse
    """

    return sync_detailed(
        agent_id=agent_id,
        client=client,
        body=body,
        idempotency_key=idempotency_key,
        x_qoder_beta=x_qoder_beta,
    ).parsed


async def asyncio_detailed(
    agent_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: AgentUpdateParams,
    idempotency_key: str | Unset = UNSET,
    x_qoder_beta: str | Unset = UNSET,
) -> Response[Agent | ErrorResponse]:
    """Update an agent

     Writes a new version of the agent. `version`, when sent, must equal the agent's current version
    (optimistic concurrency): a stale value fails with 409. The docs ask for it; the official SDKs
    let it be left out, and then the update applies unconditionally. Lists sent replace the stored
    lists; `metadata` is merged (a string sets a key, `null` removes it). Running sessions keep the
    version they started with.

    Args:
        agent_id (str): The agent ID (`agent_...`).
        idempotency_key (str | Unset): A unique key per request (a UUID v4 is recommended); a
            repeat replays the first response.
        x_qoder_beta (str | Unset): Comma-separated beta feature identifiers, e.g. `browser-
            use-2026-07-14`.
        body (AgentUpdateParams): The body of `agents_update`; only fields sent change, lists sent
            replace stored lists.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Agent | ErrorResponse]
    """

    kwargs = _get_kwargs(
        agent_id=agent_id,
        body=body,
        idempotency_key=idempotency_key,
        x_qoder_beta=x_qoder_beta,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    agent_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: AgentUpdateParams,
    idempotency_key: str | Unset = UNSET,
    x_qoder_beta: str | Unset = UNSET,
) -> Agent | ErrorResponse | None:
    """Update an agent

     Writes a new version of the agent. `version`, when sent, must equal the agent's current version
    (optimistic concurrency): a stale value fails with 409. The docs ask for it; the official SDKs
    let it be left out, and then the update applies unconditionally. Lists sent replace the stored
    lists; `metadata` is merged (a string sets a key, `null` removes it). Running sessions keep the
    version they started with.

    Args:
        agent_id (str): The agent ID (`agent_...`).
        idempotency_key (str | Unset): A unique key per request (a UUID v4 is recommended); a
            repeat replays the first response.
        x_qoder_beta (str | Unset): Comma-separated beta feature identifiers, e.g. `browser-
            use-2026-07-14`.
        body (AgentUpdateParams): The body of `agents_update`; only fields sent change, lists sent
            replace stored lists.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Agent | ErrorResponse
    """

    return (
        await asyncio_detailed(
            agent_id=agent_id,
            client=client,
            body=body,
            idempotency_key=idempotency_key,
            x_qoder_beta=x_qoder_beta,
        )
    ).parsed
