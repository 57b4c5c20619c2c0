"""What X-Ray receives from the handler on Lambda, read by a stand-in X-Ray daemon.

On Lambda the X-Ray SDK sends each subsegment as it closes, one UDP datagram each, to
the daemon at AWS_XRAY_DAEMON_ADDRESS, in the trace the runtime puts in _X_AMZN_TRACE_ID
before each invocation. These tests listen on 127.0.0.1 as that daemon, then invoke the
handler in a fresh interpreter set up as Lambda sets one up (the tracer is configured
when the app is imported) and read what arrived.
"""

import json
import os
import secrets
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from support import FakeLambdaContext, load_event

TESTS = Path(__file__).parent
SESSION_COOKIE = "session-" + secrets.token_hex(8)
BEARER_TOKEN = "token-" + secrets.token_hex(8)
# Above the 64 KB a UDP datagram can carry.
LARGE_BODY_BYTES = 70 * 1024

# Run in the fresh interpreter: adds routes that answer with secrets, a large body and a
# failure, then invokes the handler once per invocation read from stdin.
INVOKE_HANDLER = """
import json
import os
import sys

from fastapi import Response
from support import FakeLambdaContext

from {{moduleName}}.init import tracer
from {{moduleName}}.main import app, handler

request = json.load(sys.stdin)


class UpstreamRefusedError(Exception):
    # As an HTTP client's error does, the exception holds the request it failed on.
    def __init__(self, request_headers: dict[str, str]) -> None:
        super().__init__("the upstream service refused the request")
        self.request_headers = request_headers


@app.get("/tests/session")
async def session(response: Response) -> dict[str, str]:
    response.set_cookie("session", request["cookie"])
    return {"access_token": request["token"]}


@app.get("/tests/large")
async def large() -> Response:
    return Response("x" * request["large_body_bytes"], media_type="text/plain")


@app.get("/tests/upstream")
@tracer.capture_method
async def upstream() -> None:
    raise UpstreamRefusedError({"authorization": "Bearer " + request["token"]})


statuses = []
for invocation in request["invocations"]:
    # What the Lambda runtime does before it calls the handler.
    os.environ["_X_AMZN_TRACE_ID"] = invocation["trace_header"]
    context = FakeLambdaContext(aws_request_id=invocation["request_id"])
    statuses.append(handler(invocation["event"], context)["statusCode"])
# After the app's own output: its log lines and metrics.
print(json.dumps(statuses))
"""


def trace_header(index: int) -> tuple[str, str]:
    """A sampled trace for one invocation as Lambda sets it: its root and its header."""
    root = f"1-6740f1a0-{index:024x}"
    return root, f"Root={root};Parent={index:016x};Sampled=1"


def event_for(path: str) -> dict[str, Any]:
    event = load_event("http_api_v2")
    event["rawPath"] = event["requestContext"]["http"]["path"] = path
    event["rawQueryString"] = ""
    event.pop("queryStringParameters")
    return event


@pytest.fixture(scope="module")
def xray_daemon() -> Iterator[socket.socket]:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as daemon:
        # Room for every datagram of the run: they are read once the handler is done.
        daemon.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4 * 1024 * 1024)
        daemon.bind(("127.0.0.1", 0))
        yield daemon


@pytest.fixture(scope="module")
def traces(xray_daemon: socket.socket) -> dict[str, dict[str, Any]]:
    """For each path invoked, its trace: the raw datagrams and the documents in them."""
    paths = ["/items/7", "/tests/session", "/tests/large", "/tests/upstream"]
    roots = {}
    invocations = []
    for index, path in enumerate(paths, start=1):
        roots[path], header = trace_header(index)
        invocations.append(
            {
                "trace_header": header,
                "request_id": f"0d9c8b7a-6f5e-4d3c-8b2a-{index:012x}",
                "event": event_for(path),
            }
        )
    host, port = xray_daemon.getsockname()
    result = subprocess.run(
        [sys.executable, "-c", INVOKE_HANDLER],
        input=json.dumps(
            {
                "cookie": SESSION_COOKIE,
                "token": BEARER_TOKEN,
                "large_body_bytes": LARGE_BODY_BYTES,
                "invocations": invocations,
            }
        ),
        env={
            **os.environ,
            # Where Lambda unpacks the bundle; its presence switches the tracer on.
            "LAMBDA_TASK_ROOT": str(TESTS.parent),
            "AWS_LAMBDA_FUNCTION_NAME": FakeLambdaContext.function_name,
            "AWS_XRAY_DAEMON_ADDRESS": f"{host}:{port}",
            "AWS_XRAY_CONTEXT_MISSING": "LOG_ERROR",
            "PYTHONPATH": str(TESTS),
        },
        cwd=TESTS.parent,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout.splitlines()[-1]) == [200, 200, 200, 500]

    by_root: dict[str, dict[str, Any]] = {
        root: {"datagrams": [], "documents": []} for root in roots.values()
    }
    # The handler's process has exited, and a datagram sent to 127.0.0.1 is queued on
    # the receiving socket before the send returns: everything is here, nothing to wait
    # for.
    xray_daemon.setblocking(False)
    while True:
        try:
            datagram = xray_daemon.recv(65536).decode()
        except BlockingIOError:
            break
        # The X-Ray daemon protocol: a JSON header line, then the segment document.
        header, document = datagram.split("\n", 1)
        assert json.loads(header) == {"format": "json", "version": 1}
        parsed = json.loads(document)
        by_root[parsed["trace_id"]]["datagrams"].append(datagram)
        by_root[parsed["trace_id"]]["documents"].append(parsed)
    return {path: by_root[root] for path, root in roots.items()}


def test_traces_on_lambda_hold_no_response_body_cookie_or_token(
    traces: dict[str, dict[str, Any]],
) -> None:
    for path, trace in traces.items():
        # Each invocation was traced: the handler's subsegment reached the daemon.
        assert "## handler" in [doc["name"] for doc in trace["documents"]], path
        for datagram in trace["datagrams"]:
            assert SESSION_COOKIE not in datagram, path
            assert BEARER_TOKEN not in datagram, path
    [get_item] = [
        doc
        for doc in traces["/items/7"]["documents"]
        if doc["name"].endswith("get_item")
    ]
    # The item the route returned (`{"name": "Item 7"}`) stays out of it as well.
    assert "Item 7" not in json.dumps(get_item)


def test_a_traced_failure_records_what_failed_not_the_exception_object(
    traces: dict[str, dict[str, Any]],
) -> None:
    [upstream] = [
        doc
        for doc in traces["/tests/upstream"]["documents"]
        if doc["name"].endswith("upstream")
    ]
    assert upstream["fault"] is True
    # X-Ray's own record of the exception: its type and message, which the SDK always
    # records, so keep secrets out of exception messages.
    [exception] = upstream["cause"]["exceptions"]
    assert exception["type"] == "UpstreamRefusedError"
    # The exception object itself, with the request headers it holds, is not recorded.
    assert BEARER_TOKEN not in json.dumps(upstream)


def test_a_response_too_big_for_a_datagram_still_delivers_its_trace(
    traces: dict[str, dict[str, Any]],
) -> None:
    documents = traces["/tests/large"]["documents"]

    [handler] = [doc for doc in documents if doc["name"] == "## handler"]
    assert handler["end_time"] >= handler["start_time"]
