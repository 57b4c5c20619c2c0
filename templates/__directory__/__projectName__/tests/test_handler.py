"""The Lambda handler, invoked with the events API Gateway and function URLs send."""

import json
import threading
from typing import Any

import pytest
from support import CapturedOutput, FakeLambdaContext, load_event, metric_values

from {{moduleName}}.main import handler


def test_http_api_v2_event_is_answered_in_the_http_api_response_format(
    lambda_context: FakeLambdaContext, output: CapturedOutput
) -> None:
    response = handler(load_event("http_api_v2"), lambda_context)

    assert response["statusCode"] == 200
    assert json.loads(response["body"]) == {"name": "Item 7"}
    assert response["headers"]["content-type"] == "application/json"
    assert response["isBase64Encoded"] is False
    # No x-correlation-id header in the event: the Lambda request id stands in.
    assert response["headers"]["x-correlation-id"] == lambda_context.aws_request_id


def test_function_url_event_is_answered(
    lambda_context: FakeLambdaContext, output: CapturedOutput
) -> None:
    response = handler(load_event("function_url"), lambda_context)

    assert response["statusCode"] == 201
    assert json.loads(response["body"]) == {"name": "Coffee beans"}
    # This event carries the caller's correlation id, which wins over the Lambda request
    # id.
    assert response["headers"]["x-correlation-id"] == "order-batch-2026-11-22"
    [creating] = output.read().logs_with_message("Creating item")
    assert creating["correlation_id"] == "order-batch-2026-11-22"
    assert creating["path"] == "/items"
    assert creating["method"] == "POST"


def test_handler_logs_carry_the_lambda_context_and_cold_start(
    lambda_context: FakeLambdaContext, output: CapturedOutput
) -> None:
    event = load_event("http_api_v2")
    handler(event, lambda_context)
    handler(
        event, FakeLambdaContext(aws_request_id="0d9c8b7a-6f5e-4d3c-8b2a-1f0e9d8c7b6a")
    )

    captured = output.read()
    first, second = captured.logs_with_message("Request completed")
    assert first["function_name"] == lambda_context.function_name
    assert first["function_arn"] == lambda_context.invoked_function_arn
    assert first["function_memory_size"] == 256
    assert first["function_request_id"] == lambda_context.aws_request_id
    assert first["cold_start"] is True
    assert second["function_request_id"] == "0d9c8b7a-6f5e-4d3c-8b2a-1f0e9d8c7b6a"
    assert second["cold_start"] is False
    [cold_start] = captured.metric_documents("ColdStart")
    assert cold_start["function_name"] == lambda_context.function_name


def test_handler_flushes_the_metrics_of_each_invocation(
    lambda_context: FakeLambdaContext, output: CapturedOutput
) -> None:
    handler(load_event("http_api_v2"), lambda_context)
    handler(load_event("function_url"), lambda_context)

    documents = output.read().metric_documents("RequestCount")
    assert [document["route"] for document in documents] == [
        "GET /items/{item_id}",
        "POST /items",
    ]


def test_unhandled_exception_is_a_safe_500_response_not_a_failed_invocation(
    lambda_context: FakeLambdaContext, output: CapturedOutput, failing_route: str
) -> None:
    # A failed invocation would reach the caller as API Gateway's own bare 500, without
    # the correlation id; the handler answers instead.
    event = load_event("http_api_v2")
    event["rawPath"] = event["requestContext"]["http"]["path"] = failing_route

    response = handler(event, lambda_context)

    assert response["statusCode"] == 500
    assert json.loads(response["body"]) == {"detail": "Internal Server Error"}
    assert response["headers"]["x-correlation-id"] == lambda_context.aws_request_id
    [error] = [record for record in output.read().logs if record["level"] == "ERROR"]
    assert error["function_request_id"] == lambda_context.aws_request_id
    assert "RuntimeError: database password is hunter2" in error["exception"]


def test_invocations_start_no_thread(
    lambda_context: FakeLambdaContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    # FastAPI runs a plain `def` route in a worker thread, which under Mangum each
    # invocation starts anew: the routes are `async def` and run on the event loop.
    started: list[str] = []
    start = threading.Thread.start

    def record_start(thread: threading.Thread) -> None:
        started.append(thread.name)
        start(thread)

    monkeypatch.setattr(threading.Thread, "start", record_start)
    handler(load_event("http_api_v2"), lambda_context)
    handler(load_event("function_url"), lambda_context)

    assert started == []


def test_head_event_is_answered_like_get_without_a_body(
    lambda_context: FakeLambdaContext,
) -> None:
    event = load_event("http_api_v2")
    event["requestContext"]["http"]["method"] = "HEAD"

    response = handler(event, lambda_context)

    assert response["statusCode"] == 200
    assert response["body"] == ""
    assert response["headers"]["content-type"] == "application/json"


@pytest.mark.parametrize(
    "event",
    [
        pytest.param({}, id="empty"),
        pytest.param({"key1": "value1", "key2": "value2"}, id="console test event"),
        pytest.param(load_event("scheduled"), id="schedule"),
    ],
)
def test_an_event_that_is_no_http_request_is_answered_logged_and_counted(
    event: dict[str, Any], lambda_context: FakeLambdaContext, output: CapturedOutput
) -> None:
    response = handler(event, lambda_context)

    assert response["statusCode"] == 400
    assert json.loads(response["body"]) == {"detail": "Not an HTTP request"}
    captured = output.read()
    [warning] = captured.logs
    assert warning["level"] == "WARNING"
    assert warning["message"] == "Not an HTTP request"
    assert warning["function_request_id"] == lambda_context.aws_request_id
    assert warning["correlation_id"] == lambda_context.aws_request_id
    assert warning["event_keys"] == sorted(event)
    [document] = captured.metric_documents("NonHttpEvent")
    assert metric_values(document) == {"NonHttpEvent": [1]}
    assert document["service"] == "{{projectName}}"


def test_a_warm_up_event_takes_the_cold_start(
    lambda_context: FakeLambdaContext, output: CapturedOutput
) -> None:
    handler(load_event("scheduled"), lambda_context)
    handler(load_event("http_api_v2"), lambda_context)

    captured = output.read()
    [warm_up] = captured.logs_with_message("Not an HTTP request")
    assert warm_up["cold_start"] is True
    [completed] = captured.logs_with_message("Request completed")
    assert completed["cold_start"] is False
    [cold_start] = captured.metric_documents("ColdStart")
    assert cold_start["function_name"] == lambda_context.function_name
