"""What `serve` offers for local development: interactive docs and the OpenAPI."""

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
    [media_type] = operation["responses"]["200"]["content"].values()
    assert media_type["schema"] == {"$ref": "#/components/schemas/Chunk"}
    assert set(document["components"]["schemas"]["Chunk"]["properties"]) == {
        "message",
        "timestamp",
    }
    # Other routes are not streams.
    assert "x-streaming" not in document["paths"]["/items/{item_id}"]["get"]
