"""The item routes: answers, client errors and validation."""

from fastapi.testclient import TestClient
from support import CapturedOutput, metric_values


def test_get_item_returns_the_item(client: TestClient) -> None:
    response = client.get("/items/7")

    assert response.status_code == 200
    assert response.json() == {"name": "Item 7"}


def test_get_item_with_a_negative_id_is_a_client_error(client: TestClient) -> None:
    response = client.get("/items/-1")

    assert response.status_code == 422
    [error] = response.json()["detail"]
    assert error["loc"] == ["path", "item_id"]
    assert error["type"] == "greater_than_equal"


def test_create_item_returns_201_with_the_item(client: TestClient) -> None:
    response = client.post("/items", json={"name": "Coffee beans"})

    assert response.status_code == 201
    assert response.json() == {"name": "Coffee beans"}


def test_validation_error_is_422_naming_the_invalid_field(client: TestClient) -> None:
    response = client.post("/items", json={"title": "no name"})

    assert response.status_code == 422
    [error] = response.json()["detail"]
    assert error["loc"] == ["body", "name"]
    assert error["type"] == "missing"


def test_validation_error_on_a_path_parameter_is_422(client: TestClient) -> None:
    response = client.get("/items/seven")

    assert response.status_code == 422
    assert response.json()["detail"][0]["loc"] == ["path", "item_id"]


def test_head_on_a_get_route_answers_like_get_without_a_body(
    client: TestClient, output: CapturedOutput
) -> None:
    get = client.get("/items/7")
    head = client.head("/items/7", headers={"x-correlation-id": "probe-1"})

    assert head.status_code == 200
    assert head.content == b""
    assert head.headers["content-type"] == get.headers["content-type"]
    assert head.headers["content-length"] == get.headers["content-length"]
    assert head.headers["x-correlation-id"] == "probe-1"
    [_, document] = output.read().metric_documents("RequestCount")
    assert document["route"] == "HEAD /items/{item_id}"
    assert metric_values(document)["Success"] == [1]
    assert metric_values(document)["ClientError"] == [0]


def test_head_on_a_route_without_get_is_still_405(client: TestClient) -> None:
    response = client.head("/items")

    assert response.status_code == 405
    assert response.headers["allow"] == "POST"
