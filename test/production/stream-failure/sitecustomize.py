"""Makes /stream fail after its first chunk, the way a bug in the route would.

test/production/function-url.test.ts puts this directory on PYTHONPATH of a function of its own,
so Python imports this module as it starts. Once the app imports its routes
(STREAM_FAILURE_MODULE), the chunk generator is wrapped, as the project's own
tests/test_streaming.py does in-process: after the first chunk it raises, with a message that
belongs in the function's log and must never reach the client.
"""

import os
from collections.abc import AsyncIterator, Callable
from types import ModuleType

import wrapt


def _fail_after_first_chunk(main: ModuleType) -> None:
    real_chunks: Callable[[int], AsyncIterator[object]] = main._chunks

    async def failing_chunks(count: int) -> AsyncIterator[object]:
        async for chunk in real_chunks(count):
            yield chunk
            raise RuntimeError("database password is hunter2")

    main._chunks = failing_chunks


wrapt.register_post_import_hook(
    _fail_after_first_chunk, os.environ["STREAM_FAILURE_MODULE"]
)
