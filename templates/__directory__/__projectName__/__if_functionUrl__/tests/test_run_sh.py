"""run.sh, which Lambda runs behind the Lambda Web Adapter, serves and streams the app.

The test plays the adapter: it starts run.sh with the environment Lambda gives it, polls
until the server answers, then sends a request carrying the Lambda context header.
"""

import json
import os
import socket
import stat
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx2
import pytest
from support import metric_values

from {{moduleName}}.main import Chunk

RUN_SH = Path(__file__).parent.parent / "run.sh"


def test_run_sh_is_an_executable_posix_shell_script() -> None:
    assert RUN_SH.stat().st_mode & stat.S_IXUSR
    content = RUN_SH.read_bytes()
    assert content.startswith(b"#!/bin/sh\n")
    # A CR from Windows line endings makes Lambda fail with "bad interpreter".
    assert b"\r" not in content


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class Server:
    url: str
    stdout: Path
    stderr: Path

    def stdout_lines(self) -> list[dict[str, Any]]:
        return [json.loads(line) for line in self.stdout.read_text().splitlines()]

    def wait_for(
        self, done: Callable[[list[dict[str, Any]]], bool]
    ) -> list[dict[str, Any]]:
        """stdout once `done` holds for its lines, for what is printed after a reply."""
        deadline = time.monotonic() + 10
        while True:
            lines = self.stdout_lines()
            if done(lines):
                return lines
            assert time.monotonic() < deadline, f"output still incomplete: {lines}"
            time.sleep(0.05)

    def wait_for_metrics(self, count: int) -> list[dict[str, Any]]:
        """stdout once it holds `count` EMF documents; the server prints them last."""
        return self.wait_for(
            lambda lines: sum("_aws" in line for line in lines) >= count
        )


@pytest.fixture
def run_sh(tmp_path: Path) -> Iterator[Server]:
    """run.sh serving on a free port, in the environment Lambda would give it."""
    port = free_port()
    environment = {
        **os.environ,
        "PORT": str(port),
        "AWS_LAMBDA_FUNCTION_NAME": "{{projectName}}",
        # Where Lambda unpacks the bundle; its presence switches the tracer on.
        "LAMBDA_TASK_ROOT": str(RUN_SH.parent),
        # `python` in run.sh must be this project's interpreter, as it is on Lambda.
        "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}",
    }
    environment.pop("AWS_LWA_PORT", None)
    # Lambda does not set it; run.sh must, or output would wait in Python's buffer.
    environment.pop("PYTHONUNBUFFERED", None)
    server = Server(
        url=f"http://127.0.0.1:{port}",
        stdout=tmp_path / "stdout.jsonl",
        stderr=tmp_path / "stderr.txt",
    )
    with server.stdout.open("w") as stdout, server.stderr.open("w") as stderr:
        # Started from another directory: run.sh must find the app on its own.
        process = subprocess.Popen(
            [str(RUN_SH)], cwd=tmp_path, env=environment, stdout=stdout, stderr=stderr
        )
    url = server.url
    try:
        deadline = time.monotonic() + 20
        while True:
            assert process.poll() is None, "run.sh exited before serving"
            try:
                httpx2.get(f"{url}/", timeout=1)
                break
            except httpx2.TransportError:
                assert time.monotonic() < deadline, "run.sh did not serve within 20 s"
                time.sleep(0.1)
        yield server
    finally:
        process.terminate()
        process.wait(timeout=10)


def test_run_sh_serves_a_stream_chunk_by_chunk(run_sh: Server) -> None:
    context = {"request_id": "6a7b8c9d-0e1f-4a2b-8c3d-4e5f6a7b8c9d"}
    headers = {"x-amzn-lambda-context": json.dumps(context)}
    reads: list[tuple[datetime, bytes]] = []
    with httpx2.stream(
        "GET", f"{run_sh.url}/stream?count=20", headers=headers, timeout=20
    ) as response:
        assert response.status_code == 200
        assert response.headers["x-correlation-id"] == context["request_id"]
        for data in response.iter_raw():
            reads.append((datetime.now(UTC), data))

    lines = b"".join(data for _, data in reads).decode().splitlines()
    chunks = [Chunk.model_validate_json(line) for line in lines]
    assert [chunk.message for chunk in chunks] == [
        f"This is chunk {i}" for i in range(20)
    ]
    # The first chunk was in hand before the server made the last one, 1.9 s later (the
    # app waits 0.1 s between chunks): nothing on the way buffered the response.
    assert reads[0][0] < chunks[-1].timestamp

    # The readiness polls left no trace; the invocation left its log line and metrics.
    lines = run_sh.wait_for_metrics(2)
    cold_start, request = [line for line in lines if "_aws" in line]
    assert metric_values(cold_start) == {"ColdStart": [1]}
    assert request["route"] == "GET /stream"
    assert metric_values(request)["Success"] == [1]
    [completed] = [line for line in lines if line.get("message") == "Request completed"]
    assert completed["function_request_id"] == context["request_id"]
    assert completed["cold_start"] is True


def test_run_sh_traces_invocations_without_x_ray_errors(run_sh: Server) -> None:
    context = {"request_id": "2f3e4d5c-6b7a-4988-a7b6-c5d4e3f2a1b0"}
    trace = "Root=1-6740f1a0-0a1b2c3d4e5f6a7b8c9d0e1f;Parent=1f2e3d4c5b6a7980;Sampled=1"
    headers = {"x-amzn-lambda-context": json.dumps(context), "x-amzn-trace-id": trace}
    # GET /items/{item_id} opens X-Ray subsegments, which need the invocation's trace.
    response = httpx2.get(f"{run_sh.url}/items/3", headers=headers, timeout=10)

    assert response.status_code == 200
    lines = run_sh.wait_for_metrics(2)
    [fetching] = [line for line in lines if line.get("message") == "Fetching item"]
    assert fetching["xray_trace_id"] == "1-6740f1a0-0a1b2c3d4e5f6a7b8c9d0e1f"
    # Without the trace, the X-Ray SDK warns and discards every subsegment.
    errors = run_sh.stderr.read_text()
    assert "discarded" not in errors
    assert "Traceback" not in errors


def test_run_sh_logs_nothing_but_json_lines(run_sh: Server) -> None:
    # A request uvicorn cannot parse: it answers 400 itself and logs a warning.
    host, port = run_sh.url.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=10) as connection:
        connection.sendall(b"NOT HTTP\r\n\r\n")
        assert connection.recv(1024).startswith(b"HTTP/1.1 400")

    # Each line of stdout parses as JSON. uvicorn's warning is the only one: it printed
    # nothing about starting up.
    lines = run_sh.wait_for(
        lambda lines: any("Invalid HTTP request" in line["message"] for line in lines)
    )
    [warning] = lines
    assert warning["level"] == "WARNING"
    assert warning["service"] == "{{projectName}}"
    # Nothing in plain text: not the warning, nor uvicorn's lines about starting up.
    assert run_sh.stderr.read_text() == ""
