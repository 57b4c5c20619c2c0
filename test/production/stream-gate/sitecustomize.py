"""Holds /stream's second chunk until the test has seen the first one arrive.

test/production/function-url.test.ts puts this directory on PYTHONPATH of the function, so Python
imports this module as it starts. Once the app imports its routes (STREAM_GATE_MODULE), the chunk
generator is wrapped, as the project's own tests/test_streaming.py does in-process: chunk 1 waits
until the file STREAM_GATE_OPEN exists, which the test creates when the Runtime API stand-in holds
chunk 0. If anything on the way buffered the response, chunk 0 would never arrive alone: the gate
gives up after 10 s and chunk 1 is made after the test opened the gate, which it checks.
"""

import asyncio
import os
import time
from collections.abc import AsyncIterator, Callable
from types import ModuleType

import wrapt

GATE_OPEN = os.environ["STREAM_GATE_OPEN"]
GATE_TIMEOUT_SECONDS = 10


def _wait_for_gate() -> None:
    deadline = time.monotonic() + GATE_TIMEOUT_SECONDS
    while not os.path.exists(GATE_OPEN) and time.monotonic() < deadline:
        time.sleep(0.01)


def _gate(main: ModuleType) -> None:
    real_chunks: Callable[[int], AsyncIterator[object]] = main._chunks

    async def gated_chunks(count: int) -> AsyncIterator[object]:
        index = 0
        async for chunk in real_chunks(count):
            yield chunk
            index += 1
            if index == 1:
                await asyncio.to_thread(_wait_for_gate)

    main._chunks = gated_chunks


wrapt.register_post_import_hook(_gate, os.environ["STREAM_GATE_MODULE"])
