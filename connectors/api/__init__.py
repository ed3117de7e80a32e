"""API descriptions as systems: OpenAPI 2.0/3.x documents and GraphQL schemas (docs/apis.md).

Each operation (``GET /customers/{id}``, ``Query.customer``) becomes a dataset of kind
``endpoint`` whose fields are the leaves of its response (and, for OpenAPI, its query and path
parameters), classified like database columns. The descriptions are read, never called.
"""
