"""/stream sends its chunks one by one as they are produced, not as one buffered body.

Starlette's TestClient collects the whole body before returning, so it cannot tell a
stream from a buffered response. These tests look closer: at the ASGI messages the app
sends, and at what a real HTTP client receives from uvicorn.
"""

import asyncio
import socket
import threading
import time
from collections.abc import AsyncIterator, Iterator

import httpx2
import pytest
import uvicorn
from starlette.types import Message
from support import CapturedOutput, metric_values

from {{moduleName}} import main
from {{moduleName}}.main import Chunk, app


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
    asyncio.run(app(scope, receive, send))

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
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", access_log=False))
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
    server_url: str, output: CapturedOutput
) -> None:
    # A request that arrives and ends while a stream is still going (for 0.9 s): if log
    # keys were shared, one request's correlation id would end up on the other's lines.
    with httpx2.stream(
        "GET",
        f"{server_url}/stream?count=10",
        headers={"x-correlation-id": "slow"},
        timeout=10,
    ) as stream:
        chunks = stream.iter_raw()
        next(chunks)
        fast = httpx2.get(
            f"{server_url}/items/1", headers={"x-correlation-id": "fast"}, timeout=10
        )
        assert fast.status_code == 200
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
