"""Shared fixtures: a clean Powertools state, a client, and the app's output parsed.

Powertools reads its settings from the environment when the app's `init` module is first
imported. pytest imports this file before any test module, so the settings below are in
place by then; the fixtures import the app lazily for the same reason.
"""

import os
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from support import CapturedOutput, CurrentStdout, FakeLambdaContext

os.environ.update(
    POWERTOOLS_SERVICE_NAME="{{projectName}}",
    POWERTOOLS_METRICS_NAMESPACE="{{className}}Tests",
    POWERTOOLS_LOG_LEVEL="INFO",
)
# Each of these would change what the tests observe: POWERTOOLS_DEV and
# POWERTOOLS_METRICS_DISABLED silence metrics, LAMBDA_TASK_ROOT switches tracing on, the
# others describe a Lambda environment.
for variable in (
    "POWERTOOLS_DEV",
    "POWERTOOLS_METRICS_DISABLED",
    "LAMBDA_TASK_ROOT",
    "AWS_LAMBDA_FUNCTION_NAME",
    "AWS_LAMBDA_INITIALIZATION_TYPE",
    "_X_AMZN_TRACE_ID",
):
    os.environ.pop(variable, None)


@pytest.fixture(autouse=True)
def fresh_observability(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> Iterator[None]:
    """Each test starts as a new process would: cold, no metrics or log keys left."""
    from {{moduleName}} import init

    init.metrics.clear_metrics()
    init.logger.thread_safe_clear_keys()
    monkeypatch.setattr(init, "_cold_start", True)
    # The logger's handler keeps the sys.stdout of the moment it was created, while
    # pytest captures output by swapping sys.stdout, anew for each phase of a test.
    monkeypatch.setattr(init.logger.registered_handler, "stream", CurrentStdout())
    yield
    init.metrics.clear_metrics()


@pytest.fixture
def output(capsys: pytest.CaptureFixture[str]) -> CapturedOutput:
    return CapturedOutput(capsys)


@pytest.fixture
def client() -> TestClient:
    from {{moduleName}}.main import app

    return TestClient(app)


@pytest.fixture
def lambda_context() -> FakeLambdaContext:
    return FakeLambdaContext()


@pytest.fixture
def failing_route() -> Iterator[str]:
    """A route that fails the way a bug does: with an exception nobody handles."""
    from {{moduleName}}.main import app

    def fail() -> None:
        raise RuntimeError("database password is hunter2")

    app.add_api_route("/tests/failing", fail)
    yield "/tests/failing"
    app.router.routes.pop()
    # FastAPI caches the OpenAPI document, which now lists the route.
    app.openapi_schema = None
