"""Test helpers: Lambda events, a stand-in Lambda context, the app's output parsed."""

import json
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

EVENTS = Path(__file__).parent / "events"


def load_event(name: str) -> dict[str, Any]:
    """An event in the exact shape AWS delivers it, from tests/events/."""
    return json.loads((EVENTS / f"{name}.json").read_text())


@dataclass
class CognitoIdentity:
    cognito_identity_id: str | None = None
    cognito_identity_pool_id: str | None = None


@dataclass
class FakeLambdaContext:
    """The context object Lambda's Python runtime passes to a handler.

    The attributes and types of awslambdaric's LambdaContext: the runtime reads the
    function's settings from its environment variables, so they are strings, the memory
    size too.
    """

    # Named as CDK names a function it deploys: stack, construct id, hash.
    function_name: str = "ApiStack-Handler886CB40B-rQXJw7Xh3kfE"
    function_version: str = "$LATEST"
    memory_limit_in_mb: str = "256"
    invoked_function_arn: str = (
        "arn:aws:lambda:eu-west-1:123456789012:function:"
        "ApiStack-Handler886CB40B-rQXJw7Xh3kfE"
    )
    aws_request_id: str = "8f5b1a0e-3c2d-4e4f-9a6b-7c8d9e0f1a2b"
    log_group_name: str = "/aws/lambda/ApiStack-Handler886CB40B-rQXJw7Xh3kfE"
    log_stream_name: str = "2026/11/22/[$LATEST]0123456789abcdef0123456789abcdef"
    # Mobile SDK callers only; the runtime sets an identity without ids for the others.
    client_context: None = None
    identity: CognitoIdentity = field(default_factory=CognitoIdentity)
    tenant_id: str | None = None

    def get_remaining_time_in_millis(self) -> int:
        return 30_000


@dataclass
class Output:
    """What the app printed to stdout: JSON log records and EMF metric documents."""

    logs: list[dict[str, Any]] = field(default_factory=list)
    metrics: list[dict[str, Any]] = field(default_factory=list)

    def metric_documents(self, name: str) -> list[dict[str, Any]]:
        """The EMF documents that define the metric `name`."""
        return [
            document for document in self.metrics if name in metric_values(document)
        ]

    def logs_with_message(self, message: str) -> list[dict[str, Any]]:
        return [record for record in self.logs if record.get("message") == message]


def metric_values(document: dict[str, Any]) -> dict[str, list[float]]:
    """The values of each metric an EMF document defines.

    EMF allows a number or a list of numbers; Powertools always prints a list, with one
    entry per `add_metric` call for that name since the last flush.
    """
    names = [
        metric["Name"]
        for directive in document["_aws"]["CloudWatchMetrics"]
        for metric in directive["Metrics"]
    ]
    return {
        name: document[name] if isinstance(document[name], list) else [document[name]]
        for name in names
    }


class CapturedOutput:
    """The test's stdout, read as the app's output."""

    def __init__(self, capsys: pytest.CaptureFixture[str]) -> None:
        self._capsys = capsys

    def read(self) -> Output:
        """Parses and consumes everything printed since the last read."""
        output = Output()
        self._parse_into(output)
        return output

    def read_until(
        self, done: Callable[[Output], bool], timeout_seconds: float = 10
    ) -> Output:
        """Reads until `done` holds, for output a server prints after its reply."""
        output = Output()
        deadline = time.monotonic() + timeout_seconds
        while True:
            self._parse_into(output)
            if done(output):
                return output
            assert time.monotonic() < deadline, f"output still incomplete: {output}"
            time.sleep(0.02)

    def _parse_into(self, output: Output) -> None:
        for line in self._capsys.readouterr().out.splitlines():
            document = json.loads(line)
            # Every line must be JSON: EMF is read from JSON lines only, and CloudWatch
            # Logs Insights finds fields in JSON lines only.
            if "_aws" in document:
                output.metrics.append(document)
            else:
                output.logs.append(document)


class CurrentStdout:
    """A stream that writes to whatever `sys.stdout` is at the moment of writing."""

    def write(self, text: str) -> int:
        return sys.stdout.write(text)

    def flush(self) -> None:
        sys.stdout.flush()
