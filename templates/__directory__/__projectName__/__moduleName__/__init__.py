"""{{title}}

A FastAPI service that runs on AWS Lambda. `init` builds the app and its
Powertools logger, tracer and metrics; `main` holds the routes and `handler`,
the Lambda entry point.
"""
