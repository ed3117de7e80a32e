"""The openapi and graphql connectors on small descriptions (tests/fixtures/api): operations as
endpoint datasets, response leaves as fields, $refs across files, recursion, bad input."""

from __future__ import annotations

import http.server
import shutil
import threading
from pathlib import Path

import pytest

from connectors import get_connector
from connectors.api.graphql import GraphQLConfig, GraphQLConnector
from connectors.api.openapi import OpenAPIConfig, OpenAPIConnector
from lineage.core.errors import ConfigError, ConnectorError

API = Path(__file__).parent / "fixtures" / "api"


def _openapi(path: Path | str, **keys):
    config = OpenAPIConfig(connector="openapi", path=str(path), **keys)
    return OpenAPIConnector("api", config).scan()


def _graphql(path: Path | str, **keys):
    config = GraphQLConfig(connector="graphql", path=str(path), **keys)
    return GraphQLConnector("gql", config).scan()


def _fields(result, dataset: str) -> dict[str, str]:
    return {f.name: f.data_type for f in result.fields if f.dataset == dataset}


def _facts(result, name: str) -> dict[str, str]:
    return {f.value: f.evidence for f in result.system.facts if f.name == name}


def test_both_connectors_are_registered():
    assert get_connector("openapi") is OpenAPIConnector
    assert get_connector("graphql") is GraphQLConnector


def test_each_operation_is_an_endpoint_dataset_named_without_slashes():
    result = _openapi(API / "shop" / "openapi.yaml")
    names = sorted(d.name for d in result.datasets)
    assert names == [
        "GET customers.{id}",
        "GET health",
        "GET orders",
        "GET products.{id}",
        "GET public.customers",
        "POST newsletter.{email}",
    ]
    assert {d.kind for d in result.datasets} == {"endpoint"}
    customer = next(d for d in result.datasets if d.name == "GET customers.{id}")
    assert customer.comment == "GET /customers/{id}: One customer"


def test_refs_across_files_are_resolved_and_nested_values_flattened():
    fields = _fields(_openapi(API / "shop" / "openapi.yaml"), "GET customers.{id}")
    # Customer and Address live in schemas/customer.yaml; the path parameter comes from
    # components.parameters through a $ref.
    assert fields["email"] == "email"
    assert fields["created_at"] == "datetime"
    assert fields["last_login_ip"] == "ipv4"
    assert fields["addresses[].postal_code"] == "string"
    assert fields["{id}"] == "integer"
    assert "password" not in fields  # writeOnly: sent, never returned


def test_a_recursive_type_is_expanded_once_per_path():
    shop = _fields(_openapi(API / "shop" / "openapi.yaml"), "GET customers.{id}")
    assert not [n for n in shop if n.startswith("referred_by")]  # Customer inside Customer
    catalog = _fields(_openapi(API / "shop" / "openapi.yaml"), "GET products.{id}")
    assert "category.title" in catalog and "category.parent.title" not in catalog
    tree = _fields(_openapi(API / "storefront-3.1.yaml"), "GET tree")
    assert list(tree) == ["label"]  # children: a Node again


def test_max_depth_bounds_nesting():
    fields = _fields(_openapi(API / "shop" / "openapi.yaml", max_depth=1), "GET customers.{id}")
    assert "email" in fields
    assert not [n for n in fields if n.startswith("addresses")]


def test_query_and_path_parameters_are_fields_marked_as_such():
    result = _openapi(API / "shop" / "openapi.yaml")
    assert _fields(result, "GET orders") == {
        "[].order_id": "integer",
        "[].total": "number",
        "?customer_email": "email",
        "?limit": "integer",
    }
    assert _fields(result, "POST newsletter.{email}") == {"{email}": "email"}


def test_security_and_servers_become_facts():
    result = _openapi(API / "shop" / "openapi.yaml")
    assert set(_facts(result, "api_server")) == {
        "https://api.shop.example/v1",
        "http://legacy.shop.example/v1",
    }
    unauthenticated = _facts(result, "api_unauthenticated")
    assert set(unauthenticated) == {"GET public.customers", "GET health"}
    assert "security: [] (no credential required)" in unauthenticated["GET public.customers"]
    # the global oauth requirement covers the others
    assert "GET customers.{id}" not in unauthenticated
    assert _facts(result, "api_catalogue") == {"GET products.{id}": "tag 'catalog'"}


def test_openapi_2_reads_definitions_schemes_and_missing_security():
    result = _openapi(API / "legacy-swagger.json")
    assert _fields(result, "GET users") == {
        "[].username": "string",
        "[].email": "email",
        "[].birth_date": "date",
        "?email": "email",
    }
    assert set(_facts(result, "api_server")) == {"http://admin.shop.example/api"}
    assert "no security requirement" in _facts(result, "api_unauthenticated")["GET users"]


def test_openapi_3_1_type_lists_examples_and_server_variables():
    result = _openapi(API / "storefront-3.1.yaml")
    fields = _fields(result, "GET recommendations")
    assert fields["[].shopper.email"] == "email"  # type: [string, "null"]
    email = next(f for f in result.fields if f.name == "[].shopper.email")
    assert result.samples[email.id] == ("jane@example.com",)  # examples, in memory only
    assert set(_facts(result, "api_server")) == {"https://eu.store.example/api"}
    assert "GET recommendations" in _facts(result, "api_catalogue")
    assert not [d for d in result.datasets if "orderPlaced" in d.name]  # webhooks are outbound


def test_sample_size_zero_keeps_no_examples():
    result = _openapi(API / "storefront-3.1.yaml", sample_size=0)
    assert result.samples == {}


def test_include_and_exclude_select_operations():
    result = _openapi(API / "shop" / "openapi.yaml", include=["GET *"], exclude=["GET health"])
    assert "GET health" not in {d.name for d in result.datasets}
    assert "POST newsletter.{email}" not in {d.name for d in result.datasets}
    assert "GET orders" in {d.name for d in result.datasets}


@pytest.mark.parametrize("source", ["storefront.graphql", "storefront-introspection.json"])
def test_graphql_root_fields_are_endpoints(source):
    result = _graphql(API / source)
    assert sorted(d.name for d in result.datasets) == [
        "Mutation.accountUpdate",
        "Query.customer",
        "Query.me",
        "Query.products",
    ]
    products = _fields(result, "Query.products")
    assert products["edges[].node.reviews[].author.email"] == "string"
    assert products["edges[].node.reviews[].author.gender"] == "string (enum)"
    # Customer.referrer is a Customer again: not expanded
    assert not [n for n in products if "referrer" in n]


def test_graphql_enum_values_are_samples():
    result = _graphql(API / "storefront.graphql")
    gender = next(f for f in result.fields if f.dataset == "Query.me" and f.name == "gender")
    assert result.samples[gender.id] == ("FEMALE", "MALE", "UNDISCLOSED")


def test_graphql_anonymous_fields_unless_the_schema_asks_for_credentials():
    sdl = _graphql(API / "storefront.graphql", anonymous=["Query.*"], introspection=True)
    # Query.me carries @auth, Query.customer names its permissions: both need credentials
    assert set(_facts(sdl, "api_unauthenticated")) == {"Query.products"}
    assert _facts(sdl, "api_catalogue") == {"Query.products": "field products"}
    assert _facts(sdl, "api_introspection") == {"enabled": "systems.gql.introspection: true"}
    # an introspection result carries no directives: only the description is left to tell
    intro = _graphql(API / "storefront-introspection.json", anonymous=["Query.*"])
    assert set(_facts(intro, "api_unauthenticated")) == {"Query.products", "Query.me"}
    assert _facts(_graphql(API / "storefront.graphql"), "api_unauthenticated") == {}


@pytest.mark.parametrize(
    ("name", "text", "message"),
    [
        ("broken.yaml", None, ":3:30: malformed YAML: did not find expected ',' or ']'"),
        ("not-openapi.json", None, ": not an OpenAPI description (no 'openapi' or 'swagger' key)"),
        (
            "v4.yaml",
            "openapi: 4.0.0\n",
            ": OpenAPI version '4.0.0' is not read (2.0, 3.0 and 3.1 are)",
        ),
        ("binary.yaml", b"\xff\xfe\x00", ": not UTF-8 text; not read"),
    ],
)
def test_an_unreadable_description_is_one_line(tmp_path, name, text, message):
    path = API / name
    if text is not None:
        path = tmp_path / name
        path.write_bytes(text if isinstance(text, bytes) else text.encode())
    with pytest.raises(ConnectorError) as exc:
        _openapi(path)
    assert str(exc.value) == f"api: {name}{message}"
    assert "\n" not in str(exc.value)


def test_invalid_graphql_sdl_names_line_and_column(tmp_path):
    bad = tmp_path / "schema.graphql"
    bad.write_text("type Query {\n  me: User\n", encoding="utf-8")
    with pytest.raises(ConnectorError, match=r"^gql: schema.graphql:3:1: invalid GraphQL SDL: "):
        _graphql(bad)


def test_an_unresolvable_ref_is_an_issue_and_the_rest_is_read():
    result = _openapi(API / "missing-ref.yaml")
    assert _fields(result, "GET accounts.{id}") == {"email": "email"}
    assert [i.message for i in result.issues] == [
        "missing-ref.yaml: $ref './nowhere.yaml#/Profile' cannot be resolved "
        "(nowhere.yaml: cannot read (No such file or directory))"
    ]


def test_no_password_in_a_url_reaches_an_output(tmp_path):
    """A description's URL with a password is refused when the estate is loaded; a server URL
    or a GraphQL endpoint holding one is kept without it."""
    config = OpenAPIConfig(
        connector="openapi", url="https://bob:Pw0rdS3cret@api.example.com/o.json"
    )
    with pytest.raises(
        ConfigError, match=r"systems.api.url: a password in the URL is refused"
    ) as e:
        OpenAPIConnector.check("api", config, tmp_path)
    assert "Pw0rdS3cret" not in str(e.value)
    spec = tmp_path / "openapi.yaml"
    spec.write_text(
        "openapi: 3.0.0\ninfo: {title: t, version: '1'}\n"
        "servers: [{url: 'https://svc:Tok3nS3cret@api.example.com/v1'}]\npaths: {}\n"
    )
    servers = {f.value for f in _openapi(spec).system.facts if f.name == "api_server"}
    assert servers == {"https://svc:***@api.example.com/v1"}
    sdl = tmp_path / "schema.graphql"
    sdl.write_text("type Query { ping: String }\n")
    gql = GraphQLConfig(
        connector="graphql", path=str(sdl), endpoint="https://svc:Tok3nS3cret@shop.example/gql"
    )
    facts = GraphQLConnector("gql", gql).scan().system.facts
    assert "Tok3nS3cret" not in repr(facts)


def test_check_refuses_plain_http_off_loopback_and_missing_files(tmp_path):
    remote = OpenAPIConfig(connector="openapi", url="http://api.example.com/openapi.json")
    with pytest.raises(ConfigError, match=r"systems.api.url: plain http is refused"):
        OpenAPIConnector.check("api", remote, tmp_path)
    both = OpenAPIConfig(connector="openapi", url="https://a.example/x", path="x.yaml")
    with pytest.raises(ConfigError, match="one of them"):
        OpenAPIConnector.check("api", both, tmp_path)
    missing = OpenAPIConfig(connector="openapi", path="nowhere.yaml")
    with pytest.raises(ConfigError, match=r"systems.api.path: .*nowhere.yaml is not a file"):
        OpenAPIConnector.check("api", missing, tmp_path)


@pytest.fixture
def loopback(tmp_path):
    """A loopback http server serving a copy of tests/fixtures/api."""
    root = tmp_path / "served"
    shutil.copytree(API, root)

    class Handler(http.server.SimpleHTTPRequestHandler):
        def __init__(self, *a, **kw):
            super().__init__(*a, directory=str(root), **kw)

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}", root
    server.shutdown()
    server.server_close()


def test_a_description_is_read_from_a_url_with_its_refs(loopback):
    base, _ = loopback
    url = f"{base}/shop/openapi.yaml"
    config = OpenAPIConfig(connector="openapi", url=url)
    OpenAPIConnector.check("api", config, Path("."))
    result = OpenAPIConnector("api", config).scan()
    fields = _fields(result, "GET customers.{id}")
    assert fields["addresses[].city"] == "string"  # from schemas/customer.yaml on the server
    missing = OpenAPIConfig(connector="openapi", url=f"{base}/nowhere.yaml")
    with pytest.raises(ConnectorError, match=r"nowhere.yaml: cannot fetch \(HTTP 404\)$"):
        OpenAPIConnector("api", missing).scan()


def test_a_description_read_by_url_reads_no_local_file(loopback, tmp_path):
    """A $ref of a description fetched from a server may only reach the same server."""
    base, root = loopback
    secret = tmp_path / "secret.yaml"
    secret.write_text("Profile: {type: object, properties: {ssn: {type: string}}}\n")
    spec = (
        "openapi: 3.0.0\ninfo: {title: t, version: '1'}\npaths:\n  /a:\n    get:\n"
        "      responses:\n        '200':\n          description: ok\n          content:\n"
        "            application/json:\n              schema:\n"
        f"                $ref: '{secret.as_uri()}#/Profile'\n"
    )
    (root / "remote.yaml").write_text(spec, encoding="utf-8")
    config = OpenAPIConfig(connector="openapi", url=f"{base}/remote.yaml")
    result = OpenAPIConnector("api", config).scan()
    assert _fields(result, "GET a") == {}
    assert "a $ref outside the description; not read" in result.issues[0].message


def test_a_description_file_reads_no_file_outside_its_folder(tmp_path):
    """A $ref may reach files in the description's folder and below it, not a file elsewhere
    (a key file, ../../secrets.yaml) whose text could reach the snapshot."""
    secret = tmp_path / "secret.yaml"
    secret.write_text(
        "Profile: {type: object, properties: {token: {type: string, description: s3cr3t}}}\n"
    )
    (tmp_path / "api" / "schemas").mkdir(parents=True)
    (tmp_path / "api" / "schemas" / "inside.yaml").write_text(
        "Profile: {type: object, properties: {email: {type: string, format: email}}}\n"
    )
    spec = tmp_path / "api" / "openapi.yaml"
    spec.write_text(
        "openapi: 3.0.0\ninfo: {title: t, version: '1'}\npaths:\n"
        + "".join(
            f"  /{name}:\n    get:\n      responses:\n        '200':\n"
            "          description: ok\n          content:\n            application/json:\n"
            f"              schema: {{$ref: '{ref}#/Profile'}}\n"
            for name, ref in (
                ("inside", "schemas/inside.yaml"),
                ("up", "../secret.yaml"),
                ("absolute", secret.as_posix()),
            )
        ),
        encoding="utf-8",
    )
    result = _openapi(spec)
    assert _fields(result, "GET inside") == {"email": "email"}
    assert _fields(result, "GET up") == _fields(result, "GET absolute") == {}
    assert [i.message for i in result.issues] == [
        f"openapi.yaml: $ref '{ref}#/Profile' cannot be resolved "
        f"({secret.as_posix()}: a $ref outside the description; not read)"
        for ref in (secret.as_posix(), "../secret.yaml")  # /absolute, then /up
    ]
    assert "s3cr3t" not in repr(result)


@pytest.mark.parametrize(
    ("method", "path", "tags", "operation_id", "judged"),
    [
        ("GET", "/products/{id}", ["catalog"], "getProduct", "tag 'catalog'"),
        ("GET", "/search", [], "", "path /search"),
        ("GET", "/v1/items", [], "recommendProducts", "operationId recommendProducts"),
        ("GET", "/customers/{id}/products", [], "", ""),  # about a customer
        ("GET", "/products/{id}/reviews", [], "", ""),  # reviews name people
        ("GET", "/orders", ["orders"], "", ""),
    ],
)
def test_what_counts_as_a_catalogue_operation(method, path, tags, operation_id, judged):
    from connectors.api.endpoints import catalogue_purpose

    assert catalogue_purpose(method, path, tags, operation_id) == judged


def test_a_malformed_document_is_read_as_far_as_it_goes(tmp_path):
    spec = tmp_path / "odd.yaml"
    spec.write_text(
        "openapi: 3.0.0\npaths:\n  /customers:\n    get:\n      tags: customers\n"
        "      parameters: {name: email}\n      responses:\n        '200':\n"
        "          description: ok\n          content:\n            application/json:\n"
        "              schema: {type: object, properties: {email: {type: string}}}\n"
        "  /broken: [1, 2]\n",
        encoding="utf-8",
    )
    result = _openapi(spec)
    assert _fields(result, "GET customers") == {"email": "string"}


def test_a_description_nested_beyond_reading_is_one_line(tmp_path):
    deep = tmp_path / "deep.json"
    schema = '{"type": "array", "items": ' * 3000 + '{"type": "string"}' + "}" * 3000
    deep.write_text(
        '{"openapi": "3.0.0", "paths": {"/a": {"get": {"responses": {"200": {"description": "x",'
        f' "content": {{"application/json": {{"schema": {schema}}}}}}}}}}}}}}}',
        encoding="utf-8",
    )
    with pytest.raises(ConnectorError) as exc:
        _openapi(deep)
    assert "\n" not in str(exc.value) and str(exc.value).startswith("api: deep.json: ")


def test_a_yaml_alias_bomb_is_refused(tmp_path):
    lines = ["openapi: 3.0.0", "a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    lines += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 10)}]" for i in range(1, 8)]
    bomb = tmp_path / "bomb.yaml"
    bomb.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(ConnectorError) as exc:
        _openapi(bomb)
    assert str(exc.value) == "api: bomb.yaml: YAML aliases expand it beyond 100,000 nodes; not read"
