"""The routes of the API, and the Lambda handler that serves them."""

import asyncio
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from typing import Annotated, Any

from aws_lambda_powertools.metrics import MetricUnit
from aws_lambda_powertools.utilities.typing import LambdaContext
from fastapi import Path, Query
from mangum import Mangum
from pydantic import BaseModel

from .init import answer_non_http_event, app, logger, metrics, tracer


class Item(BaseModel):
    name: str


# The routes are `async def`. FastAPI runs a plain `def` route in a worker thread, and
# under Mangum every invocation starts that thread anew, which costs more than the rest
# of a small request. A blocking call (boto3, say) in an async route stops the event
# loop while it waits: on Lambda, where an environment serves one request at a time,
# that delays no other request; under `serve`, concurrent requests wait for it.
@app.get("/items/{item_id}")
@tracer.capture_method
async def get_item(item_id: Annotated[int, Path(ge=0)]) -> Item:
    # A rule on a parameter belongs in its type, where the OpenAPI document shows it and
    # FastAPI enforces it: a negative id gets a 422 naming the parameter. Raise an
    # HTTPException (and declare its status in `responses=`) for what no type can say.
    # `extra` keys become top-level keys of the JSON log line. Avoid the names of
    # LogRecord attributes (`name`, `message`, `args`, ...): logging rejects them.
    logger.info("Fetching item", extra={"item_id": item_id})
    with tracer.provider.in_subsegment("## fetch-item"):
        item = Item(name=f"Item {item_id}")
    metrics.add_metric(name="ItemViewed", unit=MetricUnit.Count, value=1)
    return item


@app.post("/items", status_code=201)
async def create_item(item: Item) -> Item:
    # FastAPI has validated the body against Item already: for an invalid one the
    # caller gets a 422 that says what is wrong, and this function never runs.
    logger.info("Creating item", extra={"item_name": item.name})
    return item


class Chunk(BaseModel):
    """One line of the /stream response."""

    message: str
    timestamp: datetime


async def _chunks(count: int) -> AsyncIterator[Chunk]:
    for index in range(count):
        if index:
            # Stands in for work that yields results over time, like a model's tokens.
            await asyncio.sleep(0.1)
        yield Chunk(message=f"This is chunk {index}", timestamp=datetime.now(UTC))


# A route that yields is a stream: FastAPI sends each chunk as a line of JSON the moment
# it is yielded (JSON Lines, `application/jsonl`: each line parses as it arrives), and
# the OpenAPI document gives the media type and the schema of one chunk. `x-streaming`
# tells clients generated from the document to read the response chunk by chunk.
@app.get(
    "/stream",
    response_description="One Chunk per line. A stream that fails once it has started "
    'ends with the line {"detail": "Internal Server Error"}.',
    openapi_extra={"x-streaming": True},
)
async def stream(
    count: Annotated[int, Query(ge=1, le=100)] = 10,
) -> AsyncIterator[Chunk]:
    # The chunks reach the caller one by one through a function URL and the Lambda Web
    # Adapter (run.sh). Through API Gateway and Mangum they arrive as one body.
    async for chunk in _chunks(count):
        yield chunk


# Mangum translates API Gateway (REST and HTTP API), function URL and ALB events into
# ASGI requests. Lifespan events are off: with them on, startup and shutdown would run
# on every invocation rather than once per execution environment.
_asgi_handler = Mangum(app, lifespan="off")


def _is_http_request(event: Any, context: LambdaContext) -> bool:
    """Whether Mangum knows the event: API Gateway, function URL or ALB."""
    if not isinstance(event, dict):
        return False
    try:
        _asgi_handler.infer(event, context)
    except RuntimeError:  # Mangum's "unable to infer a handler"
        return False
    return True


@tracer.capture_lambda_handler
def handler(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    """The Lambda entry point for API Gateway and function URL events."""
    if not _is_http_request(event, context):
        return answer_non_http_event(event, context)
    return _asgi_handler(event, context)
