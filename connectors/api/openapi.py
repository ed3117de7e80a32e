"""OpenAPI 2.0 (Swagger), 3.0 and 3.1 descriptions, in YAML or JSON, from a file or an https URL.

Each operation (``GET /customers/{id}``) becomes an ``endpoint`` dataset named
``GET customers.{id}``; its fields are the leaves of its success responses (2xx, every JSON media
type) and its query (``?email``) and path (``{id}``) parameters. ``$ref``s to other files are
read through :class:`~connectors.api.source.Reader`. Whether an operation needs credentials
comes from its ``security`` (or the document's): none declared, ``security: []`` or an empty
requirement ``{}`` mean anyone may call it.

>>> unauthenticated(None, "spec.yaml: paths./a.get")
"spec.yaml: paths./a.get: no security requirement (none on the operation, no global 'security')"
>>> unauthenticated([{"oauth": ["read"]}], "x")
''
>>> v2_servers({"host": "api.example.com", "basePath": "/v1", "schemes": ["http", "https"]})
['http://api.example.com/v1', 'https://api.example.com/v1']
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, ClassVar
from urllib.parse import urljoin, urlsplit

from lineage.core.errors import ConnectorError
from lineage.core.model import Fact, ScanIssue
from lineage.core.redact import scrub_secrets

from ..base import Connector, ConnectorResult, Progress, ScanConfig
from ..paths import declared_segment
from .endpoints import (
    ApiConfig,
    Operation,
    api_result,
    catalogue_purpose,
    check_location,
    dataset_name,
    text,
)
from .schema import Leaf, SchemaWalker, data_type
from .source import Reader, SpecError, location_uri

METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
#: Where a parameter goes, and how its field name is marked; header and cookie parameters are
#: not in the URL and are left out.
PARAMETER_MARK = {"query": "?{}", "path": "{{{}}}"}


class OpenAPIConfig(ApiConfig):
    """An OpenAPI system: ``path`` or ``url`` of the description, ``backed_by``, ``purpose``."""


class OpenAPIConnector(Connector):
    """Read an OpenAPI 2.0/3.0/3.1 description: ``path: api/openapi.yaml`` or ``url: https://...``."""

    name: ClassVar[str] = "openapi"
    config_model: ClassVar[type[ScanConfig]] = OpenAPIConfig
    config: OpenAPIConfig

    @classmethod
    def check(cls, system_id: str, config: ScanConfig, base_dir: Path) -> None:
        """``path`` (an existing file) or ``url`` (https), when the estate is loaded."""
        assert isinstance(config, OpenAPIConfig)
        check_location(system_id, config, base_dir)

    def scan(self, progress: Progress | None = None) -> ConnectorResult:
        base = self.estate.base_dir if self.estate else Path.cwd()
        root = location_uri(self.config.location(), base)
        reader = Reader(root, timeout=self.config.connect_timeout + self.config.statement_timeout)
        try:
            doc = reader.read(root)
            operations, facts, problems = read_openapi(doc, reader, self.config, progress)
        except SpecError as exc:
            raise ConnectorError(f"{self.system_id}: {exc}") from None
        except RecursionError:
            name = reader.name(root)
            raise ConnectorError(f"{self.system_id}: {name}: nested too deeply to read") from None
        issues = [ScanIssue(self.system_id, "malformed", m) for m in problems]
        system = self.config.system(self.system_id, "openapi")
        return api_result(system, operations, issues, facts, self.config)


def read_openapi(
    doc: Any, reader: Reader, config: ApiConfig, progress: Progress | None = None
) -> tuple[list[Operation], list[Fact], list[str]]:
    """The operations of an OpenAPI document, the facts about its servers, and the problems
    met on the way (a ``$ref`` that cannot be resolved: one line each)."""
    name = reader.name(reader.root)
    version = _version(doc, name)
    walker = SchemaWalker(reader.resolver(), config.max_depth, sample_size=config.sample_size)
    servers = v2_servers(doc) if version == 2 else _v3_servers(doc.get("servers"))
    if urlsplit(reader.root).scheme != "file":
        servers = [urljoin(reader.root, s) for s in servers]
    servers = [scrub_secrets(s) for s in servers]  # a server URL may hold a password
    facts = [Fact("api_server", url, f"{name}: servers") for url in dict.fromkeys(servers)]
    paths = doc.get("paths") or {}
    if not isinstance(paths, dict):
        raise SpecError(f"{name}: 'paths' is not a mapping")
    operations: list[Operation] = []
    for done, (path, item) in enumerate(sorted(paths.items()), start=1):
        item, resolver, _, _ = walker.deref(item, walker.resolver)
        if not isinstance(item, dict):
            continue
        for method in METHODS:
            op = item.get(method)
            if isinstance(op, dict):
                where = f"{name}: paths.{path}.{method}"
                operations.append(
                    _operation(doc, version, str(path), method, op, item, walker, resolver, where)
                )
        for url in _v3_servers(item.get("servers")):
            facts.append(Fact("api_server", scrub_secrets(url), f"{name}: paths.{path}.servers"))
        if progress:
            progress(done, len(paths), str(path))
    problems = [f"{name}: {p}" for p in walker.problems]
    if walker.truncated:
        problems.append(f"{name}: a response has more than {walker.max_leaves} values; cut there")
    return operations, facts, problems


def _version(doc: Any, name: str) -> int:
    if not isinstance(doc, dict):
        raise SpecError(f"{name}: not an OpenAPI description (not a mapping)")
    if str(doc.get("swagger", "")).startswith("2."):
        return 2
    if str(doc.get("openapi", "")).startswith("3."):
        return 3
    found = doc.get("openapi") or doc.get("swagger")
    if found:
        raise SpecError(f"{name}: OpenAPI version {found!r} is not read (2.0, 3.0 and 3.1 are)")
    raise SpecError(f"{name}: not an OpenAPI description (no 'openapi' or 'swagger' key)")


def _operation(
    doc: dict[str, Any],
    version: int,
    path: str,
    method: str,
    op: dict[str, Any],
    item: dict[str, Any],
    walker: SchemaWalker,
    resolver: Any,
    where: str,
) -> Operation:
    tags = [t for t in _list(op.get("tags")) if isinstance(t, str)]
    operation_id = str(op.get("operationId") or "")
    resource = next((s for s in reversed(path.split("/")) if s and "{" not in s), "")
    security = op["security"] if "security" in op else doc.get("security")
    leaves: dict[str, Leaf] = {}
    for schema in _response_schemas(op, version, walker, resolver):
        for leaf in walker.leaves(schema, resource, resolver):
            leaves.setdefault(leaf.path, leaf)
    params = [*_list(item.get("parameters")), *_list(op.get("parameters"))]
    return Operation(
        name=dataset_name(method, path),
        title=f"{method.upper()} {path}",
        summary=text(op.get("summary") or op.get("description"), 200),
        leaves=list(leaves.values()),
        parameters=_parameters(params, version, walker, resolver, resource),
        unauthenticated=unauthenticated(security, where),
        catalogue=catalogue_purpose(method, path, tags, operation_id),
        holder=resource,
    )


def _list(value: Any) -> list[Any]:
    """``value`` if it is a list, else none (a malformed document is read as far as it goes)."""
    return value if isinstance(value, list) else []


def unauthenticated(security: Any, where: str) -> str:
    """Why anyone may call an operation with this ``security`` ("" when credentials are needed)."""
    if security is None:
        return f"{where}: no security requirement (none on the operation, no global 'security')"
    if isinstance(security, list) and not security:
        return f"{where}: security: [] (no credential required)"
    if isinstance(security, list) and any(req == {} for req in security):
        return f"{where}: security lists {{}} (anonymous callers allowed)"
    return ""


def _response_schemas(
    op: dict[str, Any], version: int, walker: SchemaWalker, resolver: Any
) -> list[Any]:
    """The schemas of the success responses (2xx), JSON media types first."""
    responses = op.get("responses")
    found: list[Any] = []
    for code, response in sorted(responses.items()) if isinstance(responses, dict) else ():
        if not str(code).startswith("2"):
            continue
        response, _, _, _ = walker.deref(response, resolver)
        if not isinstance(response, dict):
            continue
        if version == 2:
            if "schema" in response:
                found.append(response["schema"])
            continue
        content = response.get("content")
        if not isinstance(content, dict):
            continue
        types = sorted(content, key=lambda t: ("json" not in str(t), str(t)))
        for media in types:
            if isinstance(content[media], dict) and "schema" in content[media]:
                found.append(content[media]["schema"])
    return found


def _parameters(
    params: list[Any], version: int, walker: SchemaWalker, resolver: Any, resource: str
) -> list[Leaf]:
    """The query and path parameters, as leaves named ``?name`` and ``{name}`` (an
    operation's parameter replaces the path item's of the same name and place)."""
    by_key: dict[tuple[str, str], dict[str, Any]] = {}
    for raw in params:
        param, _, _, _ = walker.deref(raw, resolver)
        if isinstance(param, dict) and param.get("in") in PARAMETER_MARK and param.get("name"):
            by_key[(param["in"], str(param["name"]))] = param
    leaves = []
    for (place, name), param in sorted(by_key.items()):
        mark = PARAMETER_MARK[place].format(declared_segment(name))
        schema = param.get("schema", {}) if version == 3 else param
        schema, _, _, _ = walker.deref(schema, resolver)
        schema = schema if isinstance(schema, dict) else {}
        samples = [param.get("example"), schema.get("example"), *(schema.get("enum") or ())]
        kind = data_type(schema) if schema.get("type") not in ("object", "array") else "string"
        if schema.get("type") == "array" and isinstance(schema.get("items"), dict):
            kind = data_type(schema["items"])
        leaves.append(
            Leaf(
                path=mark,
                data_type=kind,
                description=text(param.get("description") or schema.get("description"), 500),
                samples=tuple(
                    s for s in dict.fromkeys(samples) if isinstance(s, (str, int, float))
                )[: walker.sample_size],
                holder=resource,
            )
        )
    return leaves


def v2_servers(doc: dict[str, Any]) -> list[str]:
    """The base URLs of a Swagger 2.0 document (``schemes``, ``host``, ``basePath``)."""
    host = doc.get("host")
    if not isinstance(host, str) or not host:
        return []
    base = doc.get("basePath") if isinstance(doc.get("basePath"), str) else ""
    schemes = [s for s in doc.get("schemes") or () if isinstance(s, str)] or [""]
    return [f"{s}://{host}{base}" if s else f"//{host}{base}" for s in schemes]


def _v3_servers(servers: Any) -> list[str]:
    """The URLs of an OpenAPI 3 ``servers`` list, variables replaced by their defaults."""
    urls = []
    for server in servers if isinstance(servers, list) else ():
        if not isinstance(server, dict) or not isinstance(server.get("url"), str):
            continue
        url = server["url"]
        for var, spec in (server.get("variables") or {}).items():
            if isinstance(spec, dict) and spec.get("default") is not None:
                url = url.replace("{" + str(var) + "}", str(spec["default"]))
        urls.append(url)
    return urls
