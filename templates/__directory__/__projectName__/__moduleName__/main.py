"""The routes of the API, and the Lambda handler that serves them."""

import asyncio
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from typing import Annotated, Any

from aws_lambda_powertools.metrics import MetricUnit
from aws_lambda_powertools.utilities.typing import LambdaContext
from fastapi import HTTPException, Query
from fastapi.responses import StreamingResponse
from mangum import Mangum
from pydantic import BaseModel

from .init import app, logger, metrics, tracer


class Item(BaseModel):
    name: str


# The routes are `async def`. FastAPI runs a plain `def` route in a worker thread, and
# under Mangum every invocation starts that thread anew, which costs more than the rest
# of a small request. A blocking call (boto3, say) in an async route stops the event
# loop while it waits: on Lambda, where an environment serves one request at a time,
# that delays no other request; under `serve`, concurrent requests wait for it.
@app.get("/items/{item_id}")
@tracer.capture_method
async def get_item(item_id: int) -> Item:
    if item_id < 0:
        # An HTTPException is an answer, not a failure: it counts as a client error.
        raise HTTPException(status_code=400, detail="Item ID must be positive")
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


async def _chunks(count: int) -> AsyncIterator[str]:
    for index in range(count):
        if index:
            # Stands in for work that yields results over time, like a model's tokens.
            await asyncio.sleep(0.1)
        chunk = Chunk(message=f"This is chunk {index}", timestamp=datetime.now(UTC))
        # JSON Lines: one document per line, so each chunk parses as it arrives.
        yield chunk.model_dump_json() + "\n"


# `response_model` puts the type of one chunk in the OpenAPI document, and `x-streaming`
# tells clients generated from it to read the response chunk by chunk.
@app.get("/stream", response_model=Chunk, openapi_extra={"x-streaming": True})
async def stream(
    count: Annotated[int, Query(ge=1, le=100)] = 10,
) -> StreamingResponse:
    # The chunks reach the caller one by one through a function URL and the Lambda Web
    # Adapter (run.sh). Through API Gateway and Mangum they arrive as one body.
    return StreamingResponse(_chunks(count), media_type="application/jsonl")


# Mangum translates API Gateway (REST and HTTP API), function URL and ALB events into
# ASGI requests. Lifespan events are off: with them on, startup and shutdown would run
# on every invocation rather than once per execution environment.
_asgi_handler = Mangum(app, lifespan="off")


@tracer.capture_lambda_handler
def handler(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    """The Lambda entry point for API Gateway and function URL events."""
    return _asgi_handler(event, context)
