"""What the OpenAPI and GraphQL connectors share: their estate keys, an operation as piimap
sees it, and the datasets, fields, samples and facts an API's operations become.

The facts on the API's system are what the gap rules (``lineage/assess/api_gaps.py``) read:

- ``api_server``: a server URL the description declares (evidence: where);
- ``api_unauthenticated``: an operation (its dataset name) callable without credentials;
- ``api_catalogue``: an operation whose purpose is the catalogue (products, search...);
- ``api_introspection``: GraphQL introspection is enabled.

>>> catalogue_purpose("GET", "/products/{id}", ("catalog",), "getProduct")
"tag 'catalog'"
>>> catalogue_purpose("GET", "/customers/{id}/products", (), "")
''
>>> dataset_name("GET", "/customers/{id}/orders"), dataset_name("GET", "/")
('GET customers.{id}.orders', 'GET (root)')
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from fnmatch import fnmatchcase
from pathlib import Path
from typing import Any

import pydantic

from lineage.core.errors import ConfigError
from lineage.core.model import Dataset, Fact, Field, ScanIssue, System

from ..base import ConnectorResult, ScanConfig
from .schema import Leaf
from .source import SpecError, check_url

#: Dataset kind of an API operation.
ENDPOINT = "endpoint"
#: How a request parameter's field name starts: ``?email`` (query), ``{id}`` (path).
PARAMETER_MARKS = ("?", "{")

#: Words of tags, paths and operation ids that make an operation about the catalogue.
CATALOGUE_WORDS = frozenset(
    {"product", "products", "catalog", "catalogue", "search", "recommendation",
     "recommendations", "recommend", "recommended", "category", "categories", "collection",
     "collections", "brand", "brands", "listing", "listings", "variant", "variants", "suggest",
     "suggestions", "autocomplete", "related", "inventory", "stock", "sku", "skus",
     "merchandising", "discovery", "browse"}
)  # fmt: skip
#: Words that make it about a person or their purchases, whatever else it names.
PERSONAL_WORDS = frozenset(
    {"customer", "customers", "user", "users", "account", "accounts", "me", "profile",
     "order", "orders", "checkout", "checkouts", "cart", "carts", "address", "addresses",
     "wishlist", "wishlists", "subscriber", "subscribers", "staff", "admin", "login",
     "session", "sessions", "payment", "payments", "invoice", "invoices", "review", "reviews",
     "member", "members", "consumer", "consumers"}
)  # fmt: skip
_WORD = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")


class ApiConfig(ScanConfig):
    """The keys of an API system: where its description is, and what backs it."""

    #: The description file, relative to the estate file.
    path: str | None = None
    #: The description's https URL (plain http only for a loopback test server).
    url: str | None = None
    #: The system id of the database the API serves its data from.
    backed_by: str | None = None
    #: Why its responses are given to its clients (the record of processing).
    purpose: str | None = None
    #: Objects nested at most this deep in a response (recursive types end there).
    max_depth: int = pydantic.Field(default=5, ge=1, le=12)

    def location(self) -> str:
        return self.url or self.path or ""


def check_location(system_id: str, config: ApiConfig, base_dir: Path) -> None:
    """``path`` or ``url`` (not both): an existing file, or an https URL."""
    key = f"systems.{system_id}"
    if bool(config.path) == bool(config.url):
        raise ConfigError(
            f"{key}: give the API description as 'path' (a file) or 'url' (https://...), "
            "one of them"
        )
    if config.url:
        try:
            check_url(config.url, f"{key}.url")
        except SpecError as exc:
            raise ConfigError(str(exc)) from None
        return
    path = Path(config.path or "").expanduser()
    path = path if path.is_absolute() else base_dir / path
    if not path.is_file():
        raise ConfigError(
            f"{key}.path: {path} is not a file; give the path of the API description "
            "(relative to the estate file)"
        )


@dataclass
class Operation:
    """One operation: its dataset name, how the description spells it, the leaves of its
    response and its parameters, whether calling it needs credentials, and why it serves the
    catalogue ("" when it does not)."""

    name: str
    title: str
    summary: str = ""
    leaves: list[Leaf] = field(default_factory=list)
    parameters: list[Leaf] = field(default_factory=list)
    #: Evidence that no credential is needed ("" when one is, or it is not known).
    unauthenticated: str = ""
    catalogue: str = ""
    holder: str = ""


def dataset_name(method: str, path: str) -> str:
    """``GET customers.{id}``: the method and the path with ``.`` for ``/`` (piimap's ids use
    ``/`` between system, dataset and field)."""
    dotted = ".".join(p for p in path.strip().strip("/").split("/") if p)
    return f"{method.upper()} {dotted or '(root)'}"


def words(*texts: str) -> set[str]:
    """Lower-case words of identifiers and paths (``searchProducts``: search, products)."""
    return {w.lower() for t in texts for w in _WORD.findall(t)}


def catalogue_purpose(method: str, path: str, tags: Sequence[str], operation_id: str) -> str:
    """Why an operation serves the catalogue (its tag, path or operation id), or ""; an
    operation that also names a person or their purchases (``/customers/{id}/products``) is
    not judged by it."""
    segments = [s for s in path.split("/") if s and not s.startswith("{")]
    every = words(*tags, *segments, operation_id)
    if every & PERSONAL_WORDS:
        return ""
    for tag in tags:
        if words(tag) & CATALOGUE_WORDS:
            return f"tag {tag!r}"
    for segment in segments:
        if words(segment) & CATALOGUE_WORDS:
            return f"path {path}"
    if words(operation_id) & CATALOGUE_WORDS:
        return f"operationId {operation_id}"
    return ""


def selected(name: str, config: ScanConfig) -> bool:
    """Whether ``include``/``exclude`` keep an operation (globs over dataset names)."""
    if config.include and not any(fnmatchcase(name, p) for p in config.include):
        return False
    return not any(fnmatchcase(name, p) for p in config.exclude)


def api_result(
    system: System,
    operations: Sequence[Operation],
    issues: Sequence[ScanIssue] = (),
    facts: Sequence[Fact] = (),
    config: ScanConfig | None = None,
) -> ConnectorResult:
    """The datasets (kind ``endpoint``), fields, samples and facts of an API's operations.

    Response leaves keep their paths as field names; query parameters are named ``?name`` and
    path parameters ``{name}``. The classifiers see each leaf as a column of the object holding
    it (``apiObject``/``apiProperty`` in the platform hints), so ``customer.email`` is judged as
    ``email`` of ``customer``.
    """
    result = ConnectorResult(system=system, issues=list(issues))
    all_facts = list(facts)
    size = config.sample_size if config else 20
    for op in sorted(operations, key=lambda o: o.name):
        if config is not None and not selected(op.name, config):
            continue
        result.datasets.append(
            Dataset(system=system.id, name=op.name, kind=ENDPOINT, comment=_comment(op))
        )
        for position, leaf in enumerate([*op.leaves, *op.parameters], start=1):
            f = Field(
                system=system.id,
                dataset=op.name,
                name=leaf.path,
                data_type=leaf.data_type,
                comment=leaf.description,
                position=position,
            )
            result.fields.append(f)
            if leaf.samples and size:
                result.samples[f.id] = leaf.samples[:size]
            prop = leaf.path.rsplit(".", 1)[-1].replace("[]", "") or leaf.path
            result.platform[f.id] = {
                "apiObject": leaf.holder or op.holder or op.name,
                "apiProperty": prop.strip("?{}"),
                "apiParent": leaf.parent,
            }
        if op.unauthenticated:
            all_facts.append(Fact("api_unauthenticated", op.name, op.unauthenticated))
        if op.catalogue:
            all_facts.append(Fact("api_catalogue", op.name, op.catalogue))
    result.system = _with_facts(system, all_facts)
    return result


def _comment(op: Operation) -> str:
    return f"{op.title}: {op.summary}" if op.summary else op.title


def _with_facts(system: System, facts: Sequence[Fact]) -> System:
    import dataclasses

    return dataclasses.replace(system, facts=(*system.facts, *facts))


def is_parameter(field_name: str) -> bool:
    """Whether an endpoint field is a request parameter (``?email``, ``{id}``)."""
    return field_name.startswith(PARAMETER_MARKS)


def text(value: Any, limit: int = 300) -> str:
    """A description as one line."""
    return " ".join(str(value or "").split())[:limit]
