"""Logs, metrics and error handling: what the middleware in init.py does per request."""

import json
import os
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from support import CapturedOutput, FakeLambdaContext, load_event, metric_values

from {{moduleName}}.init import tracer
from {{moduleName}}.main import handler

# As conftest.py sets them in the environment.
SERVICE = "{{projectName}}"
NAMESPACE = "{{className}}Tests"

# A function behind the Lambda Web Adapter, which has no context object to pass.
FUNCTION_NAME = "{{projectName}}"
FUNCTION_ARN = "arn:aws:lambda:eu-west-1:123456789012:function:" + FUNCTION_NAME
UUID4 = re.compile(
    r"^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"
)


def test_correlation_id_from_the_request_header_is_echoed_and_logged(
    client: TestClient, output: CapturedOutput
) -> None:
    response = client.get("/items/7", headers={"x-correlation-id": "checkout-42"})

    assert response.headers["x-correlation-id"] == "checkout-42"
    logs = output.read().logs
    # The route's own log line carries it too, not only the middleware's.
    [fetching] = [record for record in logs if record["message"] == "Fetching item"]
    assert fetching["correlation_id"] == "checkout-42"
    assert fetching["item_id"] == 7
    assert all(record["correlation_id"] == "checkout-42" for record in logs)


def test_correlation_id_is_generated_when_the_caller_sends_none(
    client: TestClient, output: CapturedOutput
) -> None:
    first = client.get("/items/1").headers["x-correlation-id"]
    second = client.get("/items/2").headers["x-correlation-id"]

    assert UUID4.match(first)
    assert UUID4.match(second)
    assert first != second
    completed = output.read().logs_with_message("Request completed")
    assert [record["correlation_id"] for record in completed] == [first, second]


def test_logs_are_structured_json_with_request_path_method_and_status(
    client: TestClient, output: CapturedOutput
) -> None:
    client.post("/items", json={"name": "Coffee beans"})

    logs = output.read().logs
    [creating] = [record for record in logs if record["message"] == "Creating item"]
    assert creating["level"] == "INFO"
    assert creating["service"] == SERVICE
    assert creating["path"] == "/items"
    assert creating["method"] == "POST"
    assert creating["item_name"] == "Coffee beans"
    [completed] = [
        record for record in logs if record["message"] == "Request completed"
    ]
    assert completed["status"] == 201
    assert completed["duration_ms"] >= 0


def test_log_keys_of_one_request_do_not_leak_into_the_next(
    client: TestClient, output: CapturedOutput
) -> None:
    client.get("/items/1", headers={"x-correlation-id": "first"})
    client.post("/items", json={"name": "Tea"})

    [_, second] = output.read().logs_with_message("Request completed")
    assert second["correlation_id"] != "first"
    assert second["path"] == "/items"


def test_each_request_flushes_emf_metrics_with_a_route_dimension(
    client: TestClient, output: CapturedOutput
) -> None:
    client.get("/items/7")

    [document] = output.read().metric_documents("RequestCount")
    [directive] = document["_aws"]["CloudWatchMetrics"]
    assert directive["Namespace"] == NAMESPACE
    [dimensions] = directive["Dimensions"]
    assert sorted(dimensions) == ["route", "service"]
    assert document["service"] == SERVICE
    # The route template, not the raw path: one metric per route, not one per item id.
    assert document["route"] == "GET /items/{item_id}"
    values = metric_values(document)
    assert values["RequestCount"] == [1]
    assert values["Success"] == [1]
    assert values["ClientError"] == [0]
    assert values["Failure"] == [0]
    assert values["Latency"][0] >= 0
    # A metric added by the route is flushed with the request's, under the same route.
    assert values["ItemViewed"] == [1]


def test_metrics_of_each_request_are_flushed_separately(
    client: TestClient, output: CapturedOutput
) -> None:
    client.get("/items/1")
    client.get("/items/-1")
    client.post("/items", json={"name": "Tea"})

    documents = output.read().metric_documents("RequestCount")
    assert [
        (document["route"], metric_values(document)["ClientError"][0])
        for document in documents
    ] == [
        ("GET /items/{item_id}", 0),
        ("GET /items/{item_id}", 1),
        ("POST /items", 0),
    ]
    assert all(metric_values(document)["RequestCount"] == [1] for document in documents)


def test_client_errors_count_as_client_errors_not_as_failures_or_successes(
    client: TestClient, output: CapturedOutput
) -> None:
    assert client.get("/items/seven").status_code == 422
    assert client.post("/items", json={"title": "no name"}).status_code == 422
    assert client.get("/no-such-page").status_code == 404

    outcomes = [
        {
            name: metric_values(document)[name]
            for name in ("Success", "ClientError", "Failure")
        }
        for document in output.read().metric_documents("RequestCount")
    ]
    assert outcomes == [{"Success": [0], "ClientError": [1], "Failure": [0]}] * 3


def test_latency_is_the_duration_of_the_request_in_milliseconds(
    client: TestClient, output: CapturedOutput
) -> None:
    # Three chunks, 0.1 s apart: at least 200 ms from the request to the last chunk.
    started = time.perf_counter()
    client.get("/stream?count=3")
    elapsed_ms = (time.perf_counter() - started) * 1000

    captured = output.read()
    [document] = captured.metric_documents("Latency")
    [latency] = metric_values(document)["Latency"]
    assert 200 <= latency <= elapsed_ms
    [completed] = captured.logs_with_message("Request completed")
    assert completed["duration_ms"] == pytest.approx(latency, abs=0.1)


def test_metrics_are_declared_with_their_units(
    client: TestClient, output: CapturedOutput
) -> None:
    client.get("/items/7")

    captured = output.read()
    [document] = captured.metric_documents("RequestCount")
    [directive] = document["_aws"]["CloudWatchMetrics"]
    assert {metric["Name"]: metric["Unit"] for metric in directive["Metrics"]} == {
        "RequestCount": "Count",
        "Success": "Count",
        "ClientError": "Count",
        "Failure": "Count",
        "Latency": "Milliseconds",
        "ItemViewed": "Count",
    }
    [cold_start] = captured.metric_documents("ColdStart")
    [directive] = cold_start["_aws"]["CloudWatchMetrics"]
    assert directive["Metrics"] == [{"Name": "ColdStart", "Unit": "Count"}]


def test_unknown_paths_share_one_route_dimension(
    client: TestClient, output: CapturedOutput
) -> None:
    client.get("/wp-login.php")
    client.get("/.env")

    routes = [
        document["route"] for document in output.read().metric_documents("RequestCount")
    ]
    assert routes == ["GET unmatched", "GET unmatched"]


def test_methods_http_does_not_define_share_one_route_dimension(
    client: TestClient, output: CapturedOutput
) -> None:
    # Each would be a new dimension value, so new CloudWatch metrics, at the caller's
    # whim.
    client.request("PROPFIND", "/items/7")
    client.request("BREW", "/coffee")

    routes = [
        document["route"] for document in output.read().metric_documents("RequestCount")
    ]
    assert routes == ["OTHER unmatched", "OTHER unmatched"]


def test_cold_start_metric_is_emitted_once_per_process(
    client: TestClient, output: CapturedOutput
) -> None:
    for item_id in range(3):
        client.get(f"/items/{item_id}")

    captured = output.read()
    [cold_start] = captured.metric_documents("ColdStart")
    assert metric_values(cold_start) == {"ColdStart": [1]}
    [dimensions] = cold_start["_aws"]["CloudWatchMetrics"][0]["Dimensions"]
    assert sorted(dimensions) == ["function_name", "service"]
    # Off Lambda there is no function name: the service name stands in.
    assert cold_start["function_name"] == SERVICE
    completed = captured.logs_with_message("Request completed")
    assert [record["cold_start"] for record in completed] == [True, False, False]


def test_unhandled_exception_is_logged_counted_and_answered_with_a_safe_500(
    client: TestClient, output: CapturedOutput, failing_route: str
) -> None:
    response = client.get(failing_route, headers={"x-correlation-id": "incident-7"})

    assert response.status_code == 500
    assert response.json() == {"detail": "Internal Server Error"}
    assert "hunter2" not in response.text
    assert response.headers["x-correlation-id"] == "incident-7"

    captured = output.read()
    [error] = [record for record in captured.logs if record["level"] == "ERROR"]
    assert error["message"] == "Unhandled exception"
    assert error["correlation_id"] == "incident-7"
    assert error["exception_name"] == "RuntimeError"
    assert "Traceback (most recent call last)" in error["exception"]
    assert "in fail" in error["exception"]
    [document] = captured.metric_documents("Failure")
    assert metric_values(document)["Failure"] == [1]
    assert metric_values(document)["Success"] == [0]
    assert document["route"] == f"GET {failing_route}"


def test_lambda_context_forwarded_by_the_web_adapter_is_logged(
    client: TestClient, output: CapturedOutput
) -> None:
    # Behind the Lambda Web Adapter (function URL streaming) there is no handler and no
    # context object: the adapter forwards the context as JSON in this header.
    request_id = "5e0c1b2a-7d4f-4e3a-9b8c-1a2b3c4d5e6f"
    context = {
        "request_id": request_id,
        "deadline": 1795316430000,
        "invoked_function_arn": FUNCTION_ARN,
        "xray_trace_id": "Root=1-6740f1a0-1a2b3c4d5e6f7a8b9c0d1e2f",
        "env_config": {
            "function_name": FUNCTION_NAME,
            "memory": 256,
            "version": "$LATEST",
            "log_stream": "2026/11/22/[$LATEST]0123456789abcdef0123456789abcdef",
            "log_group": "/aws/lambda/" + FUNCTION_NAME,
        },
    }
    response = client.get(
        "/items/7", headers={"x-amzn-lambda-context": json.dumps(context)}
    )

    assert response.headers["x-correlation-id"] == request_id
    [completed] = output.read().logs_with_message("Request completed")
    assert completed["function_request_id"] == request_id
    assert completed["function_arn"] == FUNCTION_ARN
    assert completed["function_name"] == FUNCTION_NAME
    assert completed["function_memory_size"] == 256


def test_trace_forwarded_by_the_web_adapter_becomes_the_invocation_trace(
    client: TestClient, output: CapturedOutput, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Restored after the test, whatever the app sets.
    monkeypatch.setenv("_X_AMZN_TRACE_ID", "")
    context = {"request_id": "9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b"}
    trace = "Root=1-6740f1a0-5e6f7a8b9c0d1e2f3a4b5c6d;Parent=53995c3f42cd8ad8;Sampled=1"
    client.get(
        "/items/7",
        headers={
            "x-amzn-lambda-context": json.dumps(context),
            "x-amzn-trace-id": trace,
        },
    )

    # The X-Ray SDK (and the logger) read the trace of the invocation from here.
    assert os.environ["_X_AMZN_TRACE_ID"] == trace
    [completed] = output.read().logs_with_message("Request completed")
    assert completed["xray_trace_id"] == "1-6740f1a0-5e6f7a8b9c0d1e2f3a4b5c6d"


def test_tracer_is_disabled_off_lambda_and_its_decorators_still_work(
    client: TestClient,
) -> None:
    assert tracer.disabled

    @tracer.capture_method
    def double(value: int) -> int:
        with tracer.provider.in_subsegment("## double"):
            return value * 2

    assert double(21) == 42
    # GET /items/{item_id} is decorated with capture_method and opens a subsegment.
    assert client.get("/items/3").status_code == 200


def imported_modules_after(script: str, **environment: str) -> list[str]:
    """Runs `script` in a fresh interpreter; the modules it had imported by the end."""
    result = subprocess.run(
        [sys.executable, "-c", f"{script}\nimport sys\nprint(*sorted(sys.modules))"],
        env={**os.environ, **environment},
        cwd=Path(__file__).parent.parent,
        capture_output=True,
        text=True,
        check=True,
    )
    return result.stdout.split()


def test_tracer_does_not_import_the_x_ray_sdk_off_lambda() -> None:
    main = "{{moduleName}}.main"
    modules = imported_modules_after(f"import {main}")

    assert main in modules
    # Only the SDK's top-level package, which holds the switch that disables it.
    assert "aws_xray_sdk.core" not in modules
    assert "botocore.client" not in modules


def test_on_lambda_the_aws_sdk_is_traced_once_the_app_imports_it() -> None:
    script = """
import {{moduleName}}.main
from {{moduleName}}.init import tracer

assert not tracer.disabled
assert "botocore.client" not in sys.modules, "botocore was loaded before the app did"
import botocore.client

# X-Ray wraps the method every AWS SDK call goes through.
assert hasattr(botocore.client.BaseClient._make_api_call, "__wrapped__")
"""
    # Where Lambda unpacks the bundle; its presence switches the tracer on.
    modules = imported_modules_after(
        "import sys\n" + script, LAMBDA_TASK_ROOT=str(Path(__file__).parent.parent)
    )

    assert "aws_xray_sdk.ext.botocore" in modules


def test_web_adapter_readiness_checks_are_not_counted_as_requests(
    client: TestClient, output: CapturedOutput, monkeypatch: pytest.MonkeyPatch
) -> None:
    # On Lambda behind the Lambda Web Adapter, the adapter polls the server until it
    # answers before the first invocation; those polls carry no Lambda context.
    monkeypatch.setenv("AWS_LAMBDA_FUNCTION_NAME", FUNCTION_NAME)
    client.get("/")
    client.get("/")
    context = {"request_id": "1b2c3d4e-5f60-4a7b-8c9d-0e1f2a3b4c5d"}
    client.get("/items/7", headers={"x-amzn-lambda-context": json.dumps(context)})

    captured = output.read()
    [request] = captured.metric_documents("RequestCount")
    assert request["route"] == "GET /items/{item_id}"
    [cold_start] = captured.metric_documents("ColdStart")
    assert cold_start["function_name"] == FUNCTION_NAME
    [completed] = captured.logs_with_message("Request completed")
    assert completed["cold_start"] is True
    assert completed["function_request_id"] == context["request_id"]


def test_function_memory_size_is_logged_as_a_number_however_the_request_arrives(
    client: TestClient, output: CapturedOutput
) -> None:
    # Under the Python runtime (Mangum): the context object's string.
    handler(load_event("http_api_v2"), FakeLambdaContext(memory_limit_in_mb="512"))
    # Behind the Lambda Web Adapter: a number in the JSON of its header.
    context = {
        "request_id": "3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f",
        "env_config": {"function_name": FUNCTION_NAME, "memory": 512},
    }
    client.get("/items/7", headers={"x-amzn-lambda-context": json.dumps(context)})

    completed = output.read().logs_with_message("Request completed")
    assert [record["function_memory_size"] for record in completed] == [512, 512]
