"""Request IDs: on every returned model and page (the answer they came from), on errors (headers
first, then the body), and the error envelope's `code`."""

from __future__ import annotations

import httpx
import pytest

from qoder_cloud import AsyncQoderCloud, BadRequestError, NotFoundError, QoderCloud, StreamError
from qoder_cloud._exceptions import request_id_of
from qoder_cloud.testing import LocalServer

from .support.mock_api import MockAPI

ENV = {
    "type": "environment",
    "id": "env_1",
    "name": "ci",
    "config": {"type": "cloud"},
    "created_at": "2026-01-01T00:00:00Z",
    "updated_at": "2026-01-01T00:00:00Z",
}


def test_a_returned_model_carries_the_request_id_of_its_answer(client: QoderCloud) -> None:
    created = client.environments.create(name="ci", extra_headers={"x-request-id": "req-create"})
    fetched = client.environments.retrieve(created.id, extra_headers={"x-request-id": "req-fetch"})
    assert created._request_id == "req-create"
    assert fetched._request_id == "req-fetch"


def test_the_request_id_is_no_field_of_the_model(client: QoderCloud) -> None:
    created = client.environments.create(name="ci", extra_headers={"x-request-id": "req-a"})
    again = client.environments.retrieve(created.id, extra_headers={"x-request-id": "req-b"})
    assert "_request_id" not in created.to_dict() and "request_id" not in created.to_dict()
    assert "req-a" not in repr(created)
    assert created == again  # the same object of the API, though it came in another answer


def test_a_page_carries_the_request_id_of_the_answer_it_came_from(server: LocalServer, client: QoderCloud) -> None:
    for name in ("a", "b", "c"):
        client.environments.create(name=name)
    first = client.environments.list(limit=2)
    second = first.get_next_page()
    served = [request.request_id for request in list(server.app.requests)[-2:]]
    assert [first._request_id, second._request_id] == served
    assert served[0] != served[1]
    assert first.data[0]._request_id is None  # items of a list are not answers of their own


@pytest.mark.anyio
async def test_async_models_and_pages_carry_request_ids(async_client: AsyncQoderCloud) -> None:
    created = await async_client.environments.create(name="ci", extra_headers={"x-request-id": "req-async"})
    page = await async_client.environments.list(extra_headers={"x-request-id": "req-async-page"})
    assert created._request_id == "req-async"
    assert page._request_id == "req-async-page"


def test_a_stream_carries_the_request_id_of_the_answer_that_opened_it(mock_api: MockAPI) -> None:
    mock_api.reply(200, content=b"", headers={"content-type": "text/event-stream", "request-id": "req-sse"})
    with mock_api.client().events.stream("sesn_1") as stream:
        assert stream._request_id == "req-sse"


def test_a_model_without_a_request_id_header_has_none(mock_api: MockAPI) -> None:
    mock_api.reply(200, json=ENV)
    assert mock_api.client().environments.retrieve("env_1")._request_id is None


@pytest.mark.parametrize(
    ("headers", "body_id", "expected"),
    [
        ({"x-request-id": "from-x", "request-id": "from-plain"}, "from-body", "from-x"),
        ({"request-id": "from-plain"}, "from-body", "from-plain"),
        ({}, "from-body", "from-body"),
        ({}, None, None),
    ],
)
def test_an_error_reads_the_request_id_from_the_headers_then_the_body(
    mock_api: MockAPI, headers: dict[str, str], body_id: str | None, expected: str | None
) -> None:
    body: dict[str, object] = {"type": "error", "error": {"type": "not_found_error", "message": "gone"}}
    if body_id is not None:
        body["request_id"] = body_id
    mock_api.reply(404, json=body, headers=headers)
    with pytest.raises(NotFoundError) as caught:
        mock_api.client().environments.retrieve("env_1")
    assert caught.value.request_id == expected


def test_an_error_reads_the_code_of_the_envelope(mock_api: MockAPI) -> None:
    envelope = {"type": "invalid_request_error", "code": "invalid_request_body", "message": "Bad body."}
    mock_api.reply(400, json={"type": "error", "error": envelope, "request_id": "req-1"})
    with pytest.raises(BadRequestError) as caught:
        mock_api.client().environments.create(name="x")
    err = caught.value
    assert (err.type, err.code, err.message) == ("invalid_request_error", "invalid_request_body", "Bad body.")
    assert str(err) == "400 invalid_request_error (invalid_request_body): Bad body. [request_id: req-1]"


def test_an_envelope_without_a_code_leaves_it_none(client: QoderCloud) -> None:
    with pytest.raises(NotFoundError) as caught:
        client.environments.retrieve("env_missing")
    assert caught.value.code is None


def test_an_error_event_in_a_stream_carries_its_code_and_request_id(mock_api: MockAPI) -> None:
    frame = (
        b"event: error\n"
        b'data: {"type": "error", "error": {"type": "api_error", "code": "stream_broken", "message": "Broke."},'
        b' "request_id": "req-stream"}\n\n'
    )
    mock_api.reply(200, content=frame, headers={"content-type": "text/event-stream"})
    with pytest.raises(StreamError) as caught:
        list(mock_api.client().events.stream("sesn_1"))
    err = caught.value
    assert (err.type, err.code, err.request_id, err.message) == ("api_error", "stream_broken", "req-stream", "Broke.")


def test_the_request_id_header_is_read_case_insensitively() -> None:
    response = httpx.Response(200, headers={"X-Request-ID": "req-upper"})
    assert request_id_of(response) == "req-upper"
