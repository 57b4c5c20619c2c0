"""The FastAPI app, and the Powertools logger, tracer and metrics its routes share.

Routes import them from here: `from .init import app, logger, metrics, tracer`.

The middleware at the bottom treats every request the same way, however it reaches the
app (Mangum on Lambda, uvicorn behind the Lambda Web Adapter, uvicorn on your machine):

- a correlation id: the caller's `x-correlation-id` header, else the Lambda request id,
  else a new one; added to every log line and echoed in the response header;
- log keys for the request (method, path), the Lambda invocation and the cold start;
- CloudWatch metrics, printed in embedded metric format (EMF) as the request ends;
- for an exception no route handled: a logged stack trace, a Failure, and a safe 500
  response, or a last error line for a JSON Lines stream that had started already.
"""

import json
import logging
import os
import time
import uuid
from types import ModuleType
from typing import Any, Self

from aws_lambda_powertools import Logger, Metrics, Tracer
from aws_lambda_powertools.metrics import MetricUnit, single_metric
from fastapi import FastAPI
from pydantic import BaseModel
from starlette.datastructures import Headers, MutableHeaders
from starlette.responses import JSONResponse
from starlette.routing import Match
from starlette.types import ASGIApp, Message, Receive, Scope, Send

# Powertools reads its settings from the environment (POWERTOOLS_SERVICE_NAME,
# POWERTOOLS_METRICS_NAMESPACE, POWERTOOLS_LOG_LEVEL, ...), which the CDK construct sets
# on the function. These defaults keep `serve` working without any: Metrics refuses to
# flush without a namespace.
PROJECT_NAME = "{{projectName}}"
SERVICE = os.getenv("POWERTOOLS_SERVICE_NAME", PROJECT_NAME)
NAMESPACE = os.getenv("POWERTOOLS_METRICS_NAMESPACE", SERVICE)

logger = Logger(service=SERVICE)
metrics = Metrics(service=SERVICE, namespace=NAMESPACE)

# uvicorn (behind the Lambda Web Adapter, and under `serve`) logs through the app's
# handler, so what it logs (a request it cannot parse, an exception that reached it) is
# a JSON line like the app's, not plain text. Under run.sh uvicorn sets up its logging
# before it imports the app: this replaces the handler it set.
_uvicorn_logger = logging.getLogger("uvicorn")
_uvicorn_logger.handlers = [logger.registered_handler]
_uvicorn_logger.propagate = False


class _NoTracing:
    """The tracer's provider off Lambda, in place of the X-Ray SDK's recorder.

    Any method of it (`in_subsegment`, `put_annotation`, ...) returns it again, and it
    is a context manager, plain or async, that does nothing. The X-Ray SDK would cost
    about 0.4 s of startup off Lambda (its sampler loads botocore to fetch sampling
    rules), and even disabled it builds a placeholder segment for every traced call.
    """

    def __getattr__(self, name: str) -> Any:
        return self._nothing

    def _nothing(self, *args: Any, **kwargs: Any) -> Self:
        return self

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        return None

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        return None


# Powertools' decorators record what a traced function returns, and the exception it
# raises, as trace metadata unless told otherwise. For `handler` that is the whole
# response (body, headers, cookies, tokens), kept by X-Ray for 30 days and readable by
# anyone allowed xray:BatchGetTraces; an exception object can hold the request it failed
# on, headers included. And a response over about 64 KB makes the handler's subsegment
# too big for the UDP datagram it travels in: the SDK drops it, and the trace loses it.
# These defaults switch both off for every decorator of the app, yours included. The
# function's environment can still switch them on while you debug; Powertools reads them
# when a decorator is applied, so they are set before any route is defined.
os.environ.setdefault("POWERTOOLS_TRACER_CAPTURE_RESPONSE", "false")
os.environ.setdefault("POWERTOOLS_TRACER_CAPTURE_ERROR", "false")

# X-Ray receives traces on Lambda only. Elsewhere (no LAMBDA_TASK_ROOT: tests, `serve`)
# Powertools disables the tracer and its decorators just call through, here to
# _NoTracing, so `@tracer.capture_method` is safe, and cheap, everywhere.
ON_LAMBDA = bool(os.getenv("LAMBDA_TASK_ROOT"))
tracer = Tracer(
    service=SERVICE,
    provider=None if ON_LAMBDA else _NoTracing(),
    # Patched below, library by library, as the app imports them.
    auto_patch=False,
)

# The libraries Powertools would patch so that the calls through them show up in traces
# (by default, all those installed), keyed by the module whose import means the app
# uses one. Patching botocore loads its client, which adds about 0.3 s to a cold start,
# and botocore is always installed (the X-Ray SDK needs it): patching each library when
# the app imports it leaves that cost to apps that call AWS.
TRACEABLE_LIBRARIES = {
    "botocore.client": "botocore",  # boto3 and every AWS SDK call
    "aiobotocore": "aiobotocore",
    "httpx": "httpx",
    "requests": "requests",
    "pynamodb": "pynamodb",
    "sqlalchemy": "sqlalchemy_core",
    "psycopg": "psycopg",
    "psycopg2": "psycopg2",
    "pg8000": "pg8000",
    "pymysql": "pymysql",
    "mysql.connector": "mysql",
    "pymongo": "pymongo",
    "sqlite3": "sqlite3",
}


def _patch_libraries_as_they_are_imported() -> None:
    # Both come with the X-Ray SDK, which the tracer has imported already on Lambda.
    import wrapt
    from aws_xray_sdk.core import patch

    for module, library in TRACEABLE_LIBRARIES.items():

        def patch_library(_: ModuleType, library: str = library) -> None:
            # As Powertools patches: a library the X-Ray SDK fails to patch stays
            # untraced rather than breaking the app's import of it.
            patch([library], raise_errors=False)

        # Runs once the module is imported, or right away if it is already.
        wrapt.register_post_import_hook(patch_library, module)


if not tracer.disabled:
    _patch_libraries_as_they_are_imported()


class ErrorDetail(BaseModel):
    """The body of an error response: a 400, a 500, an HTTPException a route raises."""

    detail: str


# Every operation can meet an exception no route handled, and its answer is documented
# as such, so that the OpenAPI document lists each status the API can answer.
app = FastAPI(
    title="{{title}}",
    responses={
        500: {
            "model": ErrorDetail,
            "description": "An unhandled exception. The body gives nothing of it away; "
            "the x-correlation-id header leads to its log line.",
        }
    },
)


def _openapi() -> dict[str, Any]:
    """FastAPI's OpenAPI document, with the 400 it answers for a body it cannot read.

    FastAPI documents the 422 of a body that is not what the operation expects, but not
    the 400 of one it cannot even parse (bytes that are not text, for one).
    """
    if app.openapi_schema is None:
        document = FastAPI.openapi(app)
        for path_item in document["paths"].values():
            for operation in path_item.values():
                if "requestBody" in operation:
                    operation["responses"].setdefault(
                        "400",
                        {
                            "description": "The body could not be parsed.",
                            "content": {
                                "application/json": {
                                    # In the document already: every 500 refers to it.
                                    "schema": {
                                        "$ref": "#/components/schemas/ErrorDetail"
                                    }
                                }
                            },
                        },
                    )
    return app.openapi_schema


app.openapi = _openapi

CORRELATION_ID_HEADER = "x-correlation-id"

# Lambda sends an execution environment one request at a time, so the first request this
# process serves is the one that paid for the cold start. With provisioned concurrency
# the environment was started ahead of time and no caller waited for it.
_cold_start = os.getenv("AWS_LAMBDA_INITIALIZATION_TYPE") != "provisioned-concurrency"


def _take_cold_start() -> bool:
    """True for the first request of this process only."""
    global _cold_start
    cold_start, _cold_start = _cold_start, False
    return cold_start


def _memory_size(value: Any) -> int | None:
    """The function's memory in MB, a number in every log line.

    The Python runtime's context object gives the string of the environment variable
    AWS_LAMBDA_FUNCTION_MEMORY_SIZE; the Lambda Web Adapter's header gives a number.
    """
    try:
        return int(value)
    except TypeError, ValueError:
        return None


def _invocation_keys(context: Any) -> dict[str, Any]:
    """Log keys for the invocation a Lambda context object describes."""
    return {
        "function_name": context.function_name,
        "function_memory_size": _memory_size(context.memory_limit_in_mb),
        "function_arn": context.invoked_function_arn,
        "function_request_id": context.aws_request_id,
    }


def _lambda_context_keys(scope: Scope, headers: Headers) -> dict[str, Any]:
    """Log keys for the Lambda invocation behind this request; empty off Lambda."""
    # Mangum hands the handler's context object to the app in the ASGI scope.
    context = scope.get("aws.context")
    if context is not None:
        return _invocation_keys(context)
    # The Lambda Web Adapter has no context object to hand over; it forwards the context
    # as JSON in a request header instead.
    forwarded = headers.get("x-amzn-lambda-context")
    if forwarded:
        try:
            context_json = json.loads(forwarded)
        except ValueError:
            return {}
        if isinstance(context_json, dict) and context_json.get("request_id"):
            environment = context_json.get("env_config") or {}
            return {
                "function_name": environment.get("function_name")
                or os.getenv("AWS_LAMBDA_FUNCTION_NAME"),
                "function_memory_size": _memory_size(environment.get("memory")),
                "function_arn": context_json.get("invoked_function_arn"),
                "function_request_id": context_json["request_id"],
            }
    return {}


# The methods HTTP defines (RFC 9110, and PATCH).
HTTP_METHODS = frozenset(
    {"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE", "CONNECT"}
)


def _route_name(method: str, app_scope: Scope) -> str:
    """The matched route as a metric dimension, e.g. `GET /items/{item_id}`.

    Each distinct dimension value is a separate CloudWatch metric, so no caller may mint
    new ones: the route's template, never the raw path (`/items/1`, `/items/2`, ...
    would make one per item), and a method HTTP does not define (PROPFIND, or any word
    a caller makes up) counts as `OTHER unmatched`, whatever the path.
    """
    if method not in HTTP_METHODS:
        return "OTHER unmatched"
    # The router records the route it chose in the scope the app was called with.
    route = app_scope.get("route")
    template = getattr(route, "path", None) or "unmatched"
    return f"{method} {template}"


def _serves_head_itself(scope: Scope) -> bool:
    """Whether a route of the app takes this HEAD request as it is."""
    return any(route.matches(scope)[0] is Match.FULL for route in app.router.routes)


def _record_request(route: str, status: int, failed: bool, duration_ms: float) -> None:
    """Adds this request's metrics, and the route dimension to those the route added.

    `failed` is an exception no route handled, also one raised after the status went
    out, as a 200, with the first chunks of a stream.
    """
    failed = failed or status >= 500
    metrics.add_dimension(name="route", value=route)
    metrics.add_metric(name="RequestCount", unit=MetricUnit.Count, value=1)
    # Success, ClientError and Failure are 0 or 1 on every request, so the Average
    # statistic of each is a rate (e.g. the error rate) and alarms need no metric math.
    metrics.add_metric(
        name="Success", unit=MetricUnit.Count, value=int(not failed and status < 400)
    )
    metrics.add_metric(
        name="ClientError",
        unit=MetricUnit.Count,
        value=int(not failed and 400 <= status < 500),
    )
    metrics.add_metric(name="Failure", unit=MetricUnit.Count, value=int(failed))
    metrics.add_metric(name="Latency", unit=MetricUnit.Milliseconds, value=duration_ms)


def _record_cold_start(function_name: str) -> None:
    # A metric of its own, printed at once: it has different dimensions from the request
    # metrics, and must not wait for a request that might fail before it is flushed.
    with single_metric(
        name="ColdStart", unit=MetricUnit.Count, value=1, namespace=NAMESPACE
    ) as metric:
        metric.add_dimension(name="function_name", value=function_name)
        metric.add_dimension(name="service", value=SERVICE)


# The body of a 500, and the last line of a JSON Lines stream that fails once it has
# started: all a client learns of an unhandled exception.
INTERNAL_ERROR = {"detail": "Internal Server Error"}

JSON_LINES_MEDIA_TYPES = {"application/jsonl", "application/x-ndjson"}


class _ResponseSent:
    """What of the response has gone to the server so far."""

    def __init__(self) -> None:
        self.started = False
        self.complete = False
        self.json_lines = False
        self.at_line_end = True

    def note(self, message: Message) -> None:
        if message["type"] == "http.response.start":
            self.started = True
            content_type = Headers(raw=message.get("headers", [])).get(
                "content-type", ""
            )
            media_type = content_type.split(";")[0].strip().lower()
            self.json_lines = media_type in JSON_LINES_MEDIA_TYPES
        elif message["type"] == "http.response.body":
            if message.get("body"):
                self.at_line_end = message["body"].endswith(b"\n")
            self.complete = not message.get("more_body", False)


class RequestObservabilityMiddleware:
    """Correlation id, log keys, metrics and safe errors for each HTTP request.

    A plain ASGI middleware rather than `@app.middleware("http")`: it sees the response
    as the server sends it, so a streamed response is timed and counted when its last
    chunk has gone out, and the chunks pass through untouched.
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        started = time.perf_counter()
        headers = Headers(scope=scope)
        lambda_keys = _lambda_context_keys(scope, headers)
        if not lambda_keys and os.getenv("AWS_LAMBDA_FUNCTION_NAME"):
            # On Lambda, a request without an invocation behind it is the Lambda Web
            # Adapter checking that uvicorn is up, during init: neither a cold start nor
            # traffic worth a metric.
            await self.app(scope, receive, send)
            return
        trace_header = headers.get("x-amzn-trace-id")
        if trace_header and lambda_keys and "aws.context" not in scope:
            # The X-Ray SDK reads the invocation's trace from _X_AMZN_TRACE_ID, which
            # the Python runtime sets before calling a handler. Behind the Lambda Web
            # Adapter no Python runtime runs; the adapter sends the trace in this header
            # instead. Set it as the runtime would: Lambda sends one request at a time.
            os.environ["_X_AMZN_TRACE_ID"] = trace_header
        correlation_id = (
            headers.get(CORRELATION_ID_HEADER)
            or lambda_keys.get("function_request_id")
            or str(uuid.uuid4())
        )
        cold_start = _take_cold_start()
        if cold_start:
            _record_cold_start(
                lambda_keys.get("function_name")
                or os.getenv("AWS_LAMBDA_FUNCTION_NAME")
                or SERVICE
            )

        # Thread-safe keys live in a context variable, which every request gets a copy
        # of: under uvicorn concurrent requests never see each other's keys. Sync routes
        # run in a worker thread that receives a copy too.
        keys = {
            "correlation_id": correlation_id,
            "method": scope["method"],
            "path": scope["path"],
            "cold_start": cold_start,
            **lambda_keys,
        }
        logger.thread_safe_append_keys(**keys)

        # HTTP makes HEAD a GET without the body, and API Gateway sends it to the
        # function like any method, but FastAPI routes only the methods a route
        # declares: a HEAD to a GET route would get a 405. Unless a route takes HEAD
        # itself, the app answers it as a GET and the body is left out here. The scope
        # is a copy: the server still knows the request as HEAD.
        head_as_get = scope["method"] == "HEAD" and not _serves_head_itself(scope)
        app_scope = {**scope, "method": "GET"} if head_as_get else scope

        status = 500
        failed = False
        response = _ResponseSent()

        async def send_with_correlation_id(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                MutableHeaders(scope=message).append(
                    CORRELATION_ID_HEADER, correlation_id
                )
            response.note(message)
            if head_as_get and message["type"] == "http.response.body":
                message = {**message, "body": b""}
            await send(message)

        try:
            await self.app(app_scope, receive, send_with_correlation_id)
        except Exception:
            failed = True
            # Logged here, once, as JSON: no exception leaves the middleware for the
            # server to log again, as plain text, except in the last case below.
            logger.exception("Unhandled exception")
            if not response.started:
                # The body says nothing of the exception, whose text can hold secrets.
                # The log line above has it all; the correlation id header leads to it.
                await JSONResponse(INTERNAL_ERROR, status_code=500)(
                    app_scope, receive, send_with_correlation_id
                )
            elif response.json_lines and not response.complete:
                # The status (200) and the first lines of a stream are out: too late
                # for a 500. The stream ends with the error body as its last line, a
                # record the client can tell from the others, and the response ends
                # properly, so the correlation id header it started with stays its own.
                line = json.dumps(INTERNAL_ERROR).encode() + b"\n"
                await send_with_correlation_id(
                    {
                        "type": "http.response.body",
                        "body": line if response.at_line_end else b"\n" + line,
                        "more_body": False,
                    }
                )
            elif not response.complete:
                # Any other body has no way to say so: re-raise, so the server cuts the
                # response and the client sees it incomplete, not as a shorter body.
                raise
        finally:
            duration_ms = (time.perf_counter() - started) * 1000
            logger.info(
                "Request completed",
                extra={"status": status, "duration_ms": round(duration_ms, 1)},
            )
            route = _route_name(scope["method"], app_scope)
            _record_request(route, status, failed, duration_ms)
            # Powertools keeps metrics in memory until they are flushed. Flushing here,
            # once per request, works with or without a Lambda handler (uvicorn behind
            # the Lambda Web Adapter has none), and Lambda's one-request-at-a-time model
            # keeps each request's metrics to itself. Under `serve`, concurrent requests
            # can share one flush.
            metrics.flush_metrics()
            logger.thread_safe_remove_keys(keys)


app.add_middleware(RequestObservabilityMiddleware)


# What the handler answers to an event that is no HTTP request, in the format of an HTTP
# API response, which is what a caller of this function expects.
NOT_AN_HTTP_REQUEST = {
    "statusCode": 400,
    "headers": {"content-type": "application/json"},
    "body": json.dumps({"detail": "Not an HTTP request"}),
    "isBase64Encoded": False,
}


def answer_non_http_event(event: Any, context: Any) -> dict[str, Any]:
    """Answers, logs and counts an event that is no HTTP request.

    A schedule that keeps the function warm, a test event from the Lambda console, a
    trigger added by mistake: the app cannot serve them, and a failed invocation would
    leave no trace of its own (and make Lambda retry an asynchronous one twice). The
    invocation succeeds instead, with NOT_AN_HTTP_REQUEST, a warning line, and a
    `NonHttpEvent` metric. It takes the cold start if it is the first: the next request
    finds the environment warm, which is what a warm-up schedule is for.
    """
    cold_start = _take_cold_start()
    if cold_start:
        _record_cold_start(context.function_name)
    logger.warning(
        "Not an HTTP request",
        extra={
            "correlation_id": context.aws_request_id,
            "cold_start": cold_start,
            **_invocation_keys(context),
            # The keys tell what sent it; the values could hold anything.
            "event_keys": sorted(event) if isinstance(event, dict) else [],
        },
    )
    with single_metric(
        name="NonHttpEvent", unit=MetricUnit.Count, value=1, namespace=NAMESPACE
    ) as metric:
        metric.add_dimension(name="service", value=SERVICE)
    return NOT_AN_HTTP_REQUEST
