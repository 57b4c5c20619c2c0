{{! scaffold when=functionUrl }}
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
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

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


@pytest.fixture
def run_sh(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    """run.sh serving on a free port; yields its URL and the file its stdout goes to."""
    port = free_port()
    environment = {
        **os.environ,
        "PORT": str(port),
        "AWS_LAMBDA_FUNCTION_NAME": "{{projectName}}",
        # `python` in run.sh must be this project's interpreter, as it is on Lambda.
        "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}",
    }
    environment.pop("AWS_LWA_PORT", None)
    stdout = tmp_path / "stdout.jsonl"
    with stdout.open("w") as sink:
        # Started from another directory: run.sh must find the app on its own.
        process = subprocess.Popen(
            [str(RUN_SH)], cwd=tmp_path, env=environment, stdout=sink
        )
    url = f"http://127.0.0.1:{port}"
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
        yield url, stdout
    finally:
        process.terminate()
        process.wait(timeout=10)


def test_run_sh_serves_a_stream_chunk_by_chunk(run_sh: tuple[str, Path]) -> None:
    url, stdout = run_sh
    context = {"request_id": "6a7b8c9d-0e1f-4a2b-8c3d-4e5f6a7b8c9d"}
    headers = {"x-amzn-lambda-context": json.dumps(context)}
    reads: list[tuple[datetime, bytes]] = []
    with httpx2.stream(
        "GET", f"{url}/stream?count=3", headers=headers, timeout=10
    ) as response:
        assert response.status_code == 200
        assert response.headers["x-correlation-id"] == context["request_id"]
        for data in response.iter_raw():
            reads.append((datetime.now(UTC), data))

    lines = b"".join(data for _, data in reads).decode().splitlines()
    chunks = [Chunk.model_validate_json(line) for line in lines]
    assert [chunk.message for chunk in chunks] == [
        "This is chunk 0",
        "This is chunk 1",
        "This is chunk 2",
    ]
    # The first chunk was in hand before the server made the last one: not buffered.
    assert reads[0][0] < chunks[-1].timestamp

    # The server's stdout, as Lambda would ship it to CloudWatch: JSON lines only. The
    # readiness polls left no trace; the invocation left its log line and metrics.
    time.sleep(0.2)
    lines = [json.loads(line) for line in stdout.read_text().splitlines()]
    cold_start, request = [line for line in lines if "_aws" in line]
    assert metric_values(cold_start) == {"ColdStart": [1]}
    assert request["route"] == "GET /stream"
    assert metric_values(request)["Success"] == [1]
    [completed] = [line for line in lines if line.get("message") == "Request completed"]
    assert completed["function_request_id"] == context["request_id"]
    assert completed["cold_start"] is True
