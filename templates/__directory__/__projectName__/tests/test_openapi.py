"""The interactive docs `serve` offers, and the OpenAPI document, true to the app."""

from typing import Any

import pytest
from fastapi.testclient import TestClient


def test_swagger_ui_is_served_at_docs(client: TestClient) -> None:
    response = client.get("/docs")

    assert response.status_code == 200
    assert "swagger-ui" in response.text
    assert "/openapi.json" in response.text


def test_redoc_is_served_at_redoc(client: TestClient) -> None:
    response = client.get("/redoc")

    assert response.status_code == 200
    assert "redoc" in response.text.lower()


def test_openapi_document_describes_the_api(client: TestClient) -> None:
    document = client.get("/openapi.json").json()

    assert document["info"]["title"] == "{{title}}"
    assert {"/items/{item_id}", "/items", "/stream"} <= document["paths"].keys()


def test_openapi_marks_stream_as_streaming_with_the_chunk_schema(
    client: TestClient,
) -> None:
    document = client.get("/openapi.json").json()

    operation = document["paths"]["/stream"]["get"]
    assert operation["x-streaming"] is True
    # JSON Lines, each line a Chunk: `itemSchema` is the schema of one line.
    assert operation["responses"]["200"]["content"] == {
        "application/jsonl": {"itemSchema": {"$ref": "#/components/schemas/Chunk"}}
    }
    assert set(document["components"]["schemas"]["Chunk"]["properties"]) == {
        "message",
        "timestamp",
    }
    # Other routes are not streams.
    assert "x-streaming" not in document["paths"]["/items/{item_id}"]["get"]


def operation_of(document: dict[str, Any], method: str, path: str) -> dict[str, Any]:
    return document["paths"][path][method.lower()]


@pytest.mark.parametrize(
    ("method", "path", "url", "request_options"),
    [
        pytest.param("GET", "/items/{item_id}", "/items/7", {}, id="item"),
        pytest.param("GET", "/items/{item_id}", "/items/-1", {}, id="negative id"),
        pytest.param("GET", "/items/{item_id}", "/items/seven", {}, id="text id"),
        pytest.param("POST", "/items", "/items", {"json": {"name": "Tea"}}, id="new"),
        pytest.param(
            "POST", "/items", "/items", {"json": {"title": "x"}}, id="invalid body"
        ),
        pytest.param(
            "POST",
            "/items",
            "/items",
            # Bytes that are no text at all: FastAPI cannot even parse them.
            {"content": b"\x80\x81", "headers": {"content-type": "application/json"}},
            id="unparsable body",
        ),
        pytest.param("GET", "/stream", "/stream?count=2", {}, id="stream"),
        pytest.param("GET", "/stream", "/stream?count=0", {}, id="invalid count"),
    ],
)
def test_openapi_documents_each_status_and_media_type_the_app_answers(
    client: TestClient,
    method: str,
    path: str,
    url: str,
    request_options: dict[str, Any],
) -> None:
    document = client.get("/openapi.json").json()

    response = client.request(method, url, **request_options)

    responses = operation_of(document, method, path)["responses"]
    status = str(response.status_code)
    assert status in responses, f"{method} {url} answered an undocumented {status}"
    media_type = response.headers["content-type"].split(";")[0]
    assert media_type in responses[status]["content"]


def test_openapi_documents_the_500_every_operation_can_answer(
    client: TestClient, failing_route: str
) -> None:
    document = client.get("/openapi.json").json()

    response = client.get(failing_route)

    assert response.status_code == 500
    for path_item in document["paths"].values():
        for operation in path_item.values():
            assert "application/json" in operation["responses"]["500"]["content"]


def test_openapi_allows_exactly_the_item_ids_the_app_accepts(
    client: TestClient,
) -> None:
    document = client.get("/openapi.json").json()
    [parameter] = operation_of(document, "GET", "/items/{item_id}")["parameters"]
    schema = parameter["schema"]

    for item_id in range(-3, 4):
        documented = (
            schema.get("minimum", item_id) <= item_id <= schema.get("maximum", item_id)
        )
        status = client.get(f"/items/{item_id}").status_code
        # A request the document allows is answered; one it rules out is a 422.
        assert status == (200 if documented else 422), item_id
