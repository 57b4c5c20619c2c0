"""/stream sends its chunks one by one as they are produced, not as one buffered body.

Starlette's TestClient collects the whole body before returning, so it cannot tell a
stream from a buffered response. These tests look closer: at the ASGI messages the app
sends, and at what a real HTTP client receives from uvicorn.
"""

import asyncio
import json
import logging
import socket
import threading
import time
from collections.abc import AsyncIterator, Iterator

import httpx2
import pytest
import uvicorn
from starlette.types import Message
from support import (
    CapturedOutput,
    FakeLambdaContext,
    Output,
    load_event,
    metric_values,
)

from {{moduleName}} import main
from {{moduleName}}.init import logger
from {{moduleName}}.main import Chunk, app, handler


def test_stream_sends_each_chunk_as_its_own_asgi_message() -> None:
    messages: list[Message] = []
    request_sent = False
    response_complete = asyncio.Event()

    async def receive() -> Message:
        # The request (no body), then nothing until the client hangs up after the
        # response: how a server answers an app that keeps listening for a disconnect.
        nonlocal request_sent
        if not request_sent:
            request_sent = True
            return {"type": "http.request", "body": b"", "more_body": False}
        await response_complete.wait()
        return {"type": "http.disconnect"}

    async def send(message: Message) -> None:
        messages.append(message)
        if message["type"] == "http.response.body" and not message.get("more_body"):
            response_complete.set()

    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "GET",
        "scheme": "http",
        "path": "/stream",
        "raw_path": b"/stream",
        "root_path": "",
        "query_string": b"count=4",
        "headers": [(b"host", b"testserver")],
        "client": ("127.0.0.1", 50000),
        "server": ("testserver", 80),
    }
    # A loop of its own, not asyncio.run, which leaves the thread without a current
    # event loop: Mangum's handler, in later tests, needs one.
    loop = asyncio.new_event_loop()
    try:
        loop.run_until_complete(app(scope, receive, send))
    finally:
        loop.close()

    start, *bodies = messages
    assert start["type"] == "http.response.start"
    assert start["status"] == 200
    chunks = [message for message in bodies if message["body"]]
    assert len(chunks) == 4
    # Every chunk but the end of the body tells the server more is coming: send this
    # now.
    assert all(message["more_body"] for message in chunks)
    assert bodies[-1]["more_body"] is False
    for index, message in enumerate(chunks):
        chunk = Chunk.model_validate_json(message["body"])
        assert chunk.message == f"This is chunk {index}"


@pytest.fixture
def server_url() -> Iterator[str]:
    """The app served by a real uvicorn on a free local port, for one test."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    host, port = sock.getsockname()
    # No log config: uvicorn keeps the handler init.py gave its logger, as under run.sh,
    # where uvicorn sets up its logging before it imports the app. Here the app came
    # first, and uvicorn's own config would replace init.py's.
    config = uvicorn.Config(app, log_config=None, log_level="warning", access_log=False)
    server = uvicorn.Server(config)
    thread = threading.Thread(
        target=server.run, kwargs={"sockets": [sock]}, daemon=True
    )
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        assert time.monotonic() < deadline, "uvicorn did not start within 10 s"
        time.sleep(0.01)
    yield f"http://{host}:{port}"
    server.should_exit = True
    thread.join(timeout=10)
    sock.close()


def test_stream_chunks_reach_an_http_client_one_by_one(
    server_url: str, output: CapturedOutput, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The app may not make its second chunk until this client holds the first one. If
    # anything between the two (middleware, server) buffered the response, the first
    # chunk would never arrive on its own and the gate would time out: a deterministic
    # proof that does not depend on how fast a busy machine runs the test.
    first_chunk_received = threading.Event()
    gate_timed_out = threading.Event()
    real_chunks = main._chunks

    async def gated_chunks(count: int) -> AsyncIterator[str]:
        index = 0
        async for chunk in real_chunks(count):
            if index == 1 and not await asyncio.to_thread(
                first_chunk_received.wait, 10
            ):
                gate_timed_out.set()
            yield chunk
            index += 1

    monkeypatch.setattr(main, "_chunks", gated_chunks)

    received = b""
    with httpx2.stream("GET", f"{server_url}/stream?count=4", timeout=20) as response:
        assert response.status_code == 200
        assert response.headers["content-type"] == "application/jsonl"
        assert response.headers["x-correlation-id"]
        for data in response.iter_raw():
            received += data
            if b"\n" in received:
                first_chunk_received.set()

    assert not gate_timed_out.is_set(), "the first chunk was held back: not streamed"
    chunks = [
        Chunk.model_validate_json(line) for line in received.decode().splitlines()
    ]
    assert [chunk.message for chunk in chunks] == [
        f"This is chunk {i}" for i in range(4)
    ]

    # The request is counted once its last chunk has been sent, which the server does
    # just after the client has it.
    captured = output.read_until(lambda out: out.metric_documents("RequestCount"))
    [document] = captured.metric_documents("RequestCount")
    assert document["route"] == "GET /stream"
    assert metric_values(document)["Success"] == [1]


def test_concurrent_requests_keep_their_own_log_keys(
    server_url: str, output: CapturedOutput, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A request that arrives and ends while a stream is still going: if log keys were
    # shared, one request's correlation id would end up on the other's lines. The stream
    # holds its second chunk until the other request has its answer, so the two overlap
    # however fast or slow the machine is.
    fast_answered = threading.Event()
    real_chunks = main._chunks

    async def held_open_chunks(count: int) -> AsyncIterator[str]:
        index = 0
        async for chunk in real_chunks(count):
            if index == 1:
                await asyncio.to_thread(fast_answered.wait, 10)
            yield chunk
            index += 1

    monkeypatch.setattr(main, "_chunks", held_open_chunks)

    with httpx2.stream(
        "GET",
        f"{server_url}/stream?count=2",
        headers={"x-correlation-id": "slow"},
        timeout=10,
    ) as stream:
        chunks = stream.iter_raw()
        next(chunks)
        fast = httpx2.get(
            f"{server_url}/items/1", headers={"x-correlation-id": "fast"}, timeout=10
        )
        assert fast.status_code == 200
        fast_answered.set()
        for _ in chunks:
            pass

    captured = output.read_until(
        lambda out: len(out.logs_with_message("Request completed")) == 2
    )
    completed = captured.logs_with_message("Request completed")
    assert sorted(
        (record["correlation_id"], record["path"]) for record in completed
    ) == [
        ("fast", "/items/1"),
        ("slow", "/stream"),
    ]


@pytest.fixture
def stream_fails_after_its_first_chunk(monkeypatch: pytest.MonkeyPatch) -> None:
    """/stream sends its first chunk, then fails the way a bug does."""
    real_chunks = main._chunks

    async def failing_chunks(count: int) -> AsyncIterator[str]:
        async for chunk in real_chunks(count):
            yield chunk
            raise RuntimeError("database password is hunter2")

    monkeypatch.setattr(main, "_chunks", failing_chunks)


def assert_ends_with_an_error_line(body: str) -> None:
    """The first chunk, then the error body as the last line; nothing of the error."""
    first, last = body.splitlines()
    assert Chunk.model_validate_json(first).message == "This is chunk 0"
    assert json.loads(last) == {"detail": "Internal Server Error"}
    assert "hunter2" not in body


def assert_logged_once_and_counted(captured: Output, correlation_id: str) -> None:
    [error] = [record for record in captured.logs if record["level"] == "ERROR"]
    assert error["message"] == "Unhandled exception"
    assert error["correlation_id"] == correlation_id
    assert "RuntimeError: database password is hunter2" in error["exception"]
    [document] = captured.metric_documents("RequestCount")
    assert document["route"] == "GET /stream"
    assert metric_values(document)["Failure"] == [1]
    assert metric_values(document)["Success"] == [0]


def test_a_stream_failing_midway_ends_with_an_error_line_through_the_handler(
    stream_fails_after_its_first_chunk: None,
    lambda_context: FakeLambdaContext,
    output: CapturedOutput,
    caplog: pytest.LogCaptureFixture,
) -> None:
    event = load_event("http_api_v2")
    event["rawPath"] = event["requestContext"]["http"]["path"] = "/stream"
    event["rawQueryString"] = "count=3"
    event["queryStringParameters"] = {"count": "3"}

    response = handler(event, lambda_context)

    # Not Mangum's own plain-text 500, which has none of the app's headers.
    assert response["statusCode"] == 200
    assert response["headers"]["content-type"] == "application/jsonl"
    assert response["headers"]["x-correlation-id"] == lambda_context.aws_request_id
    assert_ends_with_an_error_line(response["body"])
    assert_logged_once_and_counted(output.read(), lambda_context.aws_request_id)
    # No other logger logged it again, as Mangum would, in plain text, had it seen it.
    assert [
        record.getMessage()
        for record in caplog.records
        if record.levelno >= logging.ERROR and record.name != logger.name
    ] == []


def test_a_stream_failing_midway_ends_with_an_error_line_through_uvicorn(
    stream_fails_after_its_first_chunk: None, server_url: str, output: CapturedOutput
) -> None:
    with httpx2.stream(
        "GET",
        f"{server_url}/stream?count=3",
        headers={"x-correlation-id": "stream-9"},
        timeout=20,
    ) as response:
        assert response.status_code == 200
        assert response.headers["x-correlation-id"] == "stream-9"
        # Raises if the server cut the response instead of ending it.
        body = response.read().decode()

    assert_ends_with_an_error_line(body)
    captured = output.read_until(lambda out: out.metric_documents("RequestCount"))
    # Once: uvicorn, which logs through the app's handler, did not log it again.
    assert_logged_once_and_counted(captured, "stream-9")
