{{! scaffold executable }}
#!/bin/sh
# Lambda runs this script, instead of a Python handler, when the function sits behind the Lambda
# Web Adapter (AWS_LAMBDA_EXEC_WRAPPER=/opt/bootstrap): the adapter turns each function URL request
# into an HTTP request to the server started here and streams the response back as it is written.
set -eu

# The bundle puts the dependencies at the root of the task directory, next to the module, and
# `python -m` puts the current directory on sys.path.
cd "$(dirname "$0")"

# Print every line at once. Python buffers stdout that is not a terminal, and Lambda can
# freeze or stop the environment with log lines and EMF metrics still in the buffer.
export PYTHONUNBUFFERED=1

# Listen where the adapter looks: AWS_LWA_PORT, else PORT (the CDK construct sets 8000).
# No access log: the app logs every request itself, as JSON with its correlation id. No
# startup and shutdown lines either (they are INFO); warnings and errors are JSON lines,
# through the app's log handler (init.py).
exec python -m uvicorn {{moduleName}}.main:app \
  --host 127.0.0.1 --port "${AWS_LWA_PORT:-${PORT:-8000}}" --no-access-log \
  --log-level warning
