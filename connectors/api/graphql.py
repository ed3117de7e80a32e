"""GraphQL schemas: SDL (``schema.graphql``) or an introspection result (JSON), read with
graphql-core from a file or an https URL; the schema is read, never queried.

Each field of the query and mutation types becomes an ``endpoint`` dataset (``Query.customer``,
``Mutation.accountUpdate``) whose fields are the leaves of its return type: ``email``,
``addresses[].city``, ``edges[].node.name``. A type met again on the same path is not expanded
again (recursive types end), objects nest at most ``max_depth`` deep (Relay ``*Connection`` and
``*Edge`` wrappers do not count) and a field gives at most 500 values.

A root field is callable without credentials when the estate lists it under ``anonymous``
(globs: ``Query.product*``) and neither its description (``Requires one of the following
permissions``) nor an auth directive (``@auth``, ``@authenticated``, ``@requiresScopes``...)
says otherwise. ``introspection: true`` records that the live endpoint answers introspection.

``friends`` is a ``User`` again, on the path of the ``User`` being read: not expanded.

>>> sdl = "type Query { me: User } type User { email: String, friends: [User], tags: [Tag] }"
>>> sdl += " type Tag { label: String }"
>>> [leaf.path for leaf in type_leaves(load_schema(sdl, "s").query_type.fields["me"].type, 3)]
['email', 'tags[].label']
"""

from __future__ import annotations

import json
from fnmatch import fnmatchcase
from pathlib import Path
from typing import Any, ClassVar

import pydantic

from lineage.core.errors import ConnectorError
from lineage.core.model import Fact, ScanIssue
from lineage.core.redact import scrub_secrets

from ..base import Connector, ConnectorResult, Progress, ScanConfig
from .endpoints import (
    ApiConfig,
    Operation,
    api_result,
    catalogue_purpose,
    check_location,
    text,
)
from .schema import Leaf
from .source import Reader, SpecError, location_uri

SCALAR_TYPES = {
    "String": "string",
    "Int": "integer",
    "Float": "number",
    "Boolean": "boolean",
    "ID": "id",
    "DateTime": "datetime",
    "Date": "date",
    "Time": "time",
    "JSON": "object",
    "JSONString": "object",
    "UUID": "uuid",
    "Email": "email",
    "EmailAddress": "email",
    "Decimal": "number",
    "PositiveDecimal": "number",
}
#: Directives that put a field behind a login.
AUTH_DIRECTIVES = frozenset(
    {"auth", "authenticated", "requiresscopes", "requiresauth", "requireauth", "hasrole",
     "isauthenticated", "aws_auth", "aws_cognito_user_pools", "aws_iam", "aws_oidc",
     "policy", "authorized", "permission", "permissions"}
)  # fmt: skip
#: Words of a description that say a field needs credentials.
AUTH_PHRASES = (
    "requires one of the following permissions",
    "requires the following permissions",
    "requires authentication",
    "requires an authenticated",
    "authenticated user",
    "authenticated staff",
    "requires a valid token",
)
MAX_LEAVES = 500


class GraphQLConfig(ApiConfig):
    """A GraphQL system: ``path`` or ``url`` of its SDL or introspection result, ``endpoint``
    (the live URL, never called: its scheme says whether it is encrypted), ``anonymous`` (globs
    over root fields anyone may call) and ``introspection`` (whether the live endpoint answers
    introspection queries)."""

    endpoint: str | None = None
    anonymous: list[str] = pydantic.Field(default_factory=list)
    introspection: bool | None = None


class GraphQLConnector(Connector):
    """Read a GraphQL schema: ``path: schema.graphql`` (SDL), an introspection JSON, or ``url``."""

    name: ClassVar[str] = "graphql"
    config_model: ClassVar[type[ScanConfig]] = GraphQLConfig
    config: GraphQLConfig

    @classmethod
    def check(cls, system_id: str, config: ScanConfig, base_dir: Path) -> None:
        """``path`` (an existing file) or ``url`` (https), when the estate is loaded."""
        assert isinstance(config, GraphQLConfig)
        check_location(system_id, config, base_dir)

    def scan(self, progress: Progress | None = None) -> ConnectorResult:
        base = self.estate.base_dir if self.estate else Path.cwd()
        root = location_uri(self.config.location(), base)
        reader = Reader(root, timeout=self.config.connect_timeout + self.config.statement_timeout)
        name = reader.name(root)
        try:
            schema = load_schema(reader.text(root), name)
            operations, issues = self._operations(schema, name, progress)
        except SpecError as exc:
            raise ConnectorError(f"{self.system_id}: {exc}") from None
        except RecursionError:
            raise ConnectorError(f"{self.system_id}: {name}: nested too deeply to read") from None
        system = self.config.system(self.system_id, "graphql")
        return api_result(system, operations, issues, self._facts(), self.config)

    def _facts(self) -> list[Fact]:
        key = f"systems.{self.system_id}"
        facts = []
        if self.config.endpoint:
            endpoint = scrub_secrets(self.config.endpoint)  # never a password it holds
            facts.append(Fact("api_server", endpoint, f"{key}.endpoint"))
        if self.config.introspection:
            facts.append(Fact("api_introspection", "enabled", f"{key}.introspection: true"))
        return facts

    def _operations(
        self, schema: Any, name: str, progress: Progress | None
    ) -> tuple[list[Operation], list[ScanIssue]]:
        roots = [("Query", schema.query_type), ("Mutation", schema.mutation_type)]
        fields = [(kind, n, f) for kind, root in roots if root for n, f in root.fields.items()]
        operations, cut = [], []
        for done, (kind, field_name, definition) in enumerate(fields, start=1):
            op_name = f"{kind}.{field_name}"
            leaves = type_leaves(definition.type, self.config.max_depth, self.config.sample_size)
            if len(leaves) >= MAX_LEAVES:
                cut.append(op_name)
            operations.append(
                Operation(
                    name=op_name,
                    title=f"{kind.lower()} {field_name}",
                    summary=text(definition.description, 200),
                    leaves=leaves,
                    unauthenticated=self._anonymous(op_name, definition),
                    catalogue=_catalogue(field_name) if kind == "Query" else "",
                    holder=_named(definition.type).name,
                )
            )
            if progress:
                progress(done, len(fields), op_name)
        issues = [
            ScanIssue(
                self.system_id,
                "truncated",
                f"{name}: {op} returns more than {MAX_LEAVES} values; cut there",
            )
            for op in cut[:20]
        ]
        return operations, issues

    def _anonymous(self, op_name: str, definition: Any) -> str:
        pattern = next((p for p in self.config.anonymous if fnmatchcase(op_name, p)), None)
        if pattern is None or requires_auth(definition):
            return ""
        return (
            f"systems.{self.system_id}.anonymous: {pattern} matches {op_name}; its schema "
            "names no permission or auth directive"
        )


def load_schema(source: str, name: str) -> Any:
    """A GraphQLSchema from SDL or an introspection result (``{"data": {"__schema": ...}}``)."""
    from graphql import GraphQLError, build_ast_schema, build_client_schema, parse

    if source.lstrip().startswith("{"):
        try:
            data = json.loads(source)
        except json.JSONDecodeError as exc:
            raise SpecError(f"{name}:{exc.lineno}: malformed JSON: {exc.msg}") from None
        data = data.get("data", data) if isinstance(data, dict) else data
        if not isinstance(data, dict) or "__schema" not in data:
            raise SpecError(f"{name}: not a GraphQL introspection result (no '__schema')")
        try:
            return build_client_schema(data, assume_valid=True)  # type: ignore[arg-type]
        except (GraphQLError, TypeError, KeyError) as exc:
            raise SpecError(f"{name}: invalid introspection result ({_first_line(exc)})") from None
    try:
        schema = build_ast_schema(parse(source), assume_valid=True, assume_valid_sdl=True)
    except GraphQLError as exc:
        where = f":{exc.locations[0].line}:{exc.locations[0].column}" if exc.locations else ""
        raise SpecError(f"{name}{where}: invalid GraphQL SDL: {exc.message}") from None
    except (TypeError, KeyError) as exc:
        raise SpecError(f"{name}: invalid GraphQL SDL ({_first_line(exc)})") from None
    if schema.query_type is None and schema.mutation_type is None:
        raise SpecError(f"{name}: the schema has no Query or Mutation type; nothing to read")
    return schema


def requires_auth(definition: Any) -> bool:
    """Whether a field's description or directives say it needs credentials."""
    description = (definition.description or "").lower()
    if any(p in description for p in AUTH_PHRASES):
        return True
    node = getattr(definition, "ast_node", None)
    directives = getattr(node, "directives", None) or ()
    return any(d.name.value.lower() in AUTH_DIRECTIVES for d in directives)


def type_leaves(gql_type: Any, max_depth: int, sample_size: int = 20) -> list[Leaf]:
    """The leaves of a GraphQL output type, as :mod:`.schema` gives those of a JSON Schema."""
    out: dict[str, Leaf] = {}
    _walk(gql_type, "", "", 0, (), out, max_depth, sample_size, "")
    return list(out.values())


def _walk(
    gql_type: Any,
    path: str,
    holder: str,
    depth: int,
    seen: tuple[str, ...],
    out: dict[str, Leaf],
    max_depth: int,
    sample_size: int,
    description: str,
) -> None:
    from graphql import (
        GraphQLEnumType,
        GraphQLList,
        GraphQLNonNull,
        GraphQLUnionType,
        is_leaf_type,
    )

    if len(out) >= MAX_LEAVES:
        return
    while isinstance(gql_type, GraphQLNonNull):
        gql_type = gql_type.of_type
    if isinstance(gql_type, GraphQLList):
        args = (out, max_depth, sample_size, description)
        _walk(gql_type.of_type, f"{path}[]", holder, depth, seen, *args)
        return
    if is_leaf_type(gql_type):
        if path in out:
            return
        samples: tuple[object, ...] = ()
        kind = SCALAR_TYPES.get(gql_type.name, gql_type.name.lower())
        if isinstance(gql_type, GraphQLEnumType):
            samples, kind = tuple(gql_type.values)[:sample_size], "string (enum)"
        out[path or "value"] = Leaf(
            path=path or "value",
            data_type=kind,
            description=text(description, 500),
            samples=samples,
            holder=holder,
            parent=path.rsplit(".", 1)[0] if "." in path else "",
        )
        return
    if isinstance(gql_type, GraphQLUnionType):
        for member in gql_type.types:
            _walk(member, path, holder, depth, seen, out, max_depth, sample_size, description)
        return
    name = gql_type.name
    wrapper = name.endswith(("Connection", "Edge"))
    if name in seen or (depth >= max_depth and not wrapper):
        return
    prefix = f"{path}." if path else ""
    inner = holder if wrapper and holder else name
    for field_name, definition in gql_type.fields.items():
        _walk(
            definition.type,
            prefix + field_name,
            inner,
            depth if wrapper else depth + 1,
            (*seen, name),
            out,
            max_depth,
            sample_size,
            definition.description or "",
        )


def _named(gql_type: Any) -> Any:
    from graphql import get_named_type

    return get_named_type(gql_type)


def _catalogue(field_name: str) -> str:
    found = catalogue_purpose("", "", (), field_name)
    return f"field {field_name}" if found else ""


def _first_line(exc: BaseException) -> str:
    return (str(exc).splitlines() or [type(exc).__name__])[0][:160]
