"""Measures a Lambda handler module in this Python process; results go to a JSON file.

The bench runs this with the generated project's own interpreter, once per sample for `import` (a fresh
process each time, so every sample is a cold import) and once for `invoke`. Standard output is discarded
by the caller: Powertools writes logs and metrics there on every invocation, as it does in Lambda.

usage: lambda_bench.py import MODULE OUT
       lambda_bench.py invoke MODULE OUT COUNT
"""

import importlib
import json
import sys
import time


def http_api_event(path: str) -> dict:
    """An API Gateway HTTP API (payload 2.0) GET request, as Lambda delivers it."""
    return {
        "version": "2.0",
        "routeKey": "$default",
        "rawPath": path,
        "rawQueryString": "",
        "headers": {
            "accept": "application/json",
            "host": "abc123.execute-api.eu-west-1.amazonaws.com",
            "user-agent": "bench",
            "x-forwarded-for": "203.0.113.10",
            "x-forwarded-port": "443",
            "x-forwarded-proto": "https",
        },
        "requestContext": {
            "accountId": "123456789012",
            "apiId": "abc123",
            "domainName": "abc123.execute-api.eu-west-1.amazonaws.com",
            "domainPrefix": "abc123",
            "http": {
                "method": "GET",
                "path": path,
                "protocol": "HTTP/1.1",
                "sourceIp": "203.0.113.10",
                "userAgent": "bench",
            },
            "requestId": "bench-request",
            "routeKey": "$default",
            "stage": "$default",
            "time": "22/Nov/2026:10:00:00 +0000",
            "timeEpoch": 1795336800000,
        },
        "isBase64Encoded": False,
    }


class Context:
    """The attributes of a Lambda context object that handlers and Powertools read."""

    function_name = "bench-function"
    function_version = "$LATEST"
    invoked_function_arn = "arn:aws:lambda:eu-west-1:123456789012:function:bench-function"
    memory_limit_in_mb = 512
    aws_request_id = "bench-request"
    log_group_name = "/aws/lambda/bench-function"
    log_stream_name = "2026/11/22/[$LATEST]bench"

    @staticmethod
    def get_remaining_time_in_millis() -> int:
        return 30_000


def main() -> None:
    mode, module_name, out = sys.argv[1:4]
    if mode == "import":
        start = time.perf_counter()
        importlib.import_module(module_name)
        result = {"seconds": time.perf_counter() - start}
    elif mode == "invoke":
        count = int(sys.argv[4])
        handler = importlib.import_module(module_name).handler
        event = http_api_event("/items/1")
        context = Context()
        for _ in range(min(200, count)):
            handler(event, context)
        samples = []
        status = None
        for _ in range(count):
            start = time.perf_counter_ns()
            response = handler(event, context)
            samples.append((time.perf_counter_ns() - start) / 1e9)
            status = response["statusCode"]
        result = {"seconds": samples, "status": status}
    else:
        raise SystemExit(f"unknown mode {mode}")
    with open(out, "w") as handle:
        json.dump(result, handle)


if __name__ == "__main__":
    main()
