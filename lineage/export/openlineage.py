"""A snapshot as OpenLineage static metadata: ``exports/openlineage.jsonl``, one event a line.

A ``DatasetEvent`` for each dataset (schema, tags, column lineage, data source, symlinks, type,
documentation) and for each system a flow reaches as a whole (third parties), then a
``JobEvent`` for each flow, with its inputs and outputs. Dataset namespaces and names follow the
OpenLineage naming conventions where piimap knows the data store's location; the rest, and the
Salesforce scheme OpenLineage does not define, are in docs/exports.md. Only host names and ports
go into a namespace (never userinfo), and no sampled value or explanation goes into an event.

>>> from lineage.core.model import Dataset, Fact, Snapshot, System
>>> s = Snapshot(scanned_at="2026-01-01T00:00:00Z", piimap_version="0.1.0",
...     systems=(System("crm", "salesforce", facts=(
...         Fact("instance", "https://acme.my.salesforce.com", "login"),)),),
...     datasets=(Dataset("crm", "Contact", kind="sobject"),))
>>> locations(s)["crm/Contact"]
Location(namespace='salesforce://acme.my.salesforce.com', name='Contact')
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, NamedTuple
from urllib.parse import quote, urlsplit

from classifiers.taxonomy import TAXONOMY, field_categories
from lineage.core.model import Boundary, ColumnLink, Dataset, Field, Flow, Snapshot, System
from lineage.core.snapshot import write_atomic
from lineage.graph.estate import EstateGraph

OPENLINEAGE_PATH = Path("exports") / "openlineage.jsonl"
SPEC = "https://openlineage.io/spec/2-0-2/OpenLineage.json"
PRODUCER = "https://github.com/piimap/piimap/tree/{version}"
#: Namespace of piimap's jobs, and of datasets and systems known only by their piimap id.
PIIMAP = "piimap"
_FACET = "https://openlineage.io/spec/facets/{}.json#/$defs/{}"
#: Each facet piimap writes: its key in ``facets`` and its schema URL.
FACETS = {
    "schema": _FACET.format("1-2-0/SchemaDatasetFacet", "SchemaDatasetFacet"),
    "tags": _FACET.format("1-0-0/TagsDatasetFacet", "TagsDatasetFacet"),
    "columnLineage": _FACET.format("1-2-0/ColumnLineageDatasetFacet", "ColumnLineageDatasetFacet"),
    "dataSource": _FACET.format("1-0-1/DatasourceDatasetFacet", "DatasourceDatasetFacet"),
    "symlinks": _FACET.format("1-0-1/SymlinksDatasetFacet", "SymlinksDatasetFacet"),
    "datasetType": _FACET.format("1-0-1/DatasetTypeDatasetFacet", "DatasetTypeDatasetFacet"),
    "documentation": _FACET.format("1-1-0/DocumentationDatasetFacet", "DocumentationDatasetFacet"),
    "jobType": _FACET.format("2-0-4/JobTypeJobFacet", "JobTypeJobFacet"),
    "jobTags": _FACET.format("1-0-0/TagsJobFacet", "TagsJobFacet"),
    "jobDocumentation": _FACET.format("1-1-0/DocumentationJobFacet", "DocumentationJobFacet"),
}
#: piimap's ColumnLink.how as an OpenLineage transformation (type, subtype, masking).
TRANSFORMATIONS = {
    "copied": ("DIRECT", "IDENTITY", False),
    "derived": ("DIRECT", "TRANSFORMATION", False),
    "pseudonymised": ("DIRECT", "TRANSFORMATION", True),
    "aggregated": ("DIRECT", "AGGREGATION", False),
    "influenced": ("INDIRECT", "WINDOW", False),  # a PARTITION BY / ORDER BY column
}
#: Flow kinds that send each change as it happens rather than on a schedule.
_STREAMING = frozenset({"cdc", "outbound_message", "webhook", "amqp_publish", "amqp_consume"})
_HOST = re.compile(r"[a-z0-9]([a-z0-9.-]*[a-z0-9])?")


class Location(NamedTuple):
    """An OpenLineage dataset identifier."""

    namespace: str
    name: str


def _host(host: str | None, port: object = None) -> str | None:
    """``host[:port]`` when both are plain (a DNS name or IPv4 and digits), else None."""
    host = (host or "").lower()
    if not _HOST.fullmatch(host) or (port not in (None, "") and not str(port).isdigit()):
        return None
    return f"{host}:{port}" if port not in (None, "") else host


def system_namespace(system: System) -> str | None:
    """The OpenLineage namespace of a system's datasets, or None when the snapshot does not
    say where it is (PostgreSQL and MySQL record ``host`` and ``port`` facts for it).

    >>> from lineage.core.model import Fact
    >>> system_namespace(System("a", "sqlite", facts=(Fact("file", "shop.db", "path"),)))
    'sqlite:///shop.db'
    >>> system_namespace(System("v", "third_party", boundary=Boundary.THIRD_PARTY, vendor="x.io"))
    'https://x.io'
    """
    facts = {f.name: f.value for f in system.facts}
    if system.boundary == Boundary.THIRD_PARTY:
        domain = _host(system.vendor)
        return f"https://{domain}" if domain and "." in domain else None
    if system.kind == "sqlite" and facts.get("file"):
        return "sqlite:///" + quote(facts["file"])
    if system.kind == "salesforce" and facts.get("instance"):
        try:
            url = urlsplit(facts["instance"])
            host = _host(url.hostname, url.port)  # never url.netloc: it may hold userinfo
        except ValueError:
            return None
        return f"salesforce://{host}" if host else None
    scheme, default_port = {"postgresql": ("postgres", 5432), "mysql": ("mysql", 3306)}.get(
        system.kind, ("", 0)
    )
    host = _host(facts.get("host"), facts.get("port", default_port))
    return f"{scheme}://{host}" if scheme and host else None


def _locate(estate: EstateGraph) -> dict[str, Location]:
    """Where each system and dataset the snapshot's datasets and flows name is, in OpenLineage
    terms (see :func:`locations`)."""
    nodes: dict[str, tuple[str, str | None]] = {
        d.id: (d.system, d.name) for d in estate.snapshot.datasets
    }
    for flow in estate.snapshot.flows:
        for end in (flow.source, flow.target):
            sid, name, _ = estate.split(end)
            nodes[estate.node_id(sid, name)] = (sid, name)
        for link in flow.columns:
            for end in (link.source, link.target):
                sid, name, _ = estate.split(end, field=True)
                nodes[estate.node_id(sid, name)] = (sid, name)
    for s in estate.snapshot.systems:
        if s.boundary == Boundary.THIRD_PARTY:
            nodes[s.id] = (s.id, None)
    preferred: dict[str, Location | None] = {}
    for node_id, (system_id, dataset) in nodes.items():
        system = estate.systems.get(system_id)
        namespace = system_namespace(system) if system else None
        third = system is not None and system.boundary == Boundary.THIRD_PARTY
        if dataset is None:
            preferred[node_id] = Location(namespace if third and namespace else PIIMAP, node_id)
        elif namespace is None or system is None or third:
            preferred[node_id] = None
        else:
            database = next((f.value for f in system.facts if f.name == "database"), "")
            if system.kind == "postgresql" and database:
                dataset = f"{database}.{dataset}"
            preferred[node_id] = Location(namespace, dataset)
    owners = Counter(loc for loc in preferred.values() if loc is not None)
    return {
        node_id: loc if loc is not None and owners[loc] == 1 else Location(PIIMAP, node_id)
        for node_id, loc in sorted(preferred.items())
    }


class _Events:
    """What every event of one estate shares: its producer and locations."""

    def __init__(self, estate: EstateGraph) -> None:
        self.estate = estate = estate.canonical
        self.snapshot = estate.snapshot
        self.producer = PRODUCER.format(version=self.snapshot.piimap_version)
        self.where = estate.memo("openlineage_locations", _locate)

    def facet(self, key: str, **body: Any) -> dict[str, Any]:
        return {"_producer": self.producer, "_schemaURL": FACETS[key], **body}

    def event(self, kind: str, **body: Any) -> dict[str, Any]:
        return {
            "eventTime": self.snapshot.scanned_at,
            "producer": self.producer,
            "schemaURL": f"{SPEC}#/$defs/{kind}",
            **body,
        }

    def lineage(self, links: Iterable[ColumnLink]) -> dict[str, Any] | None:
        """The columnLineage facet of ``links`` (all into one dataset), or None without links."""
        inputs: dict[str, set[tuple[str, str, str, str]]] = {}
        for link in links:
            system, dataset, column = self.estate.split(link.source, field=True)
            where = self.where[self.estate.node_id(system, dataset)]
            target = self.estate.split(link.target, field=True)[2] or link.target
            inputs.setdefault(target, set()).add((*where, column or "", link.how))
        if not inputs:
            return None
        fields = {}
        for target, sources in sorted(inputs.items()):
            fields[target] = {"inputFields": [_input_field(*s) for s in sorted(sources)]}
        return self.facet("columnLineage", fields=fields)


def _input_field(namespace: str, name: str, field: str, how: str) -> dict[str, Any]:
    kind, subtype, masking = TRANSFORMATIONS.get(how, ("DIRECT", "TRANSFORMATION", False))
    step = {"type": kind, "subtype": subtype, "description": how, "masking": masking}
    return {"namespace": namespace, "name": name, "field": field, "transformations": [step]}


def locations(estate: EstateGraph | Snapshot) -> dict[str, Location]:
    """Each system and dataset id that the snapshot's datasets and flows name, as an OpenLineage
    dataset identifier.

    A dataset has its data store's namespace (:func:`system_namespace`) and name; a system
    reached as a whole is ``(https://vendor-domain, system id)`` for a third party whose domain
    is known, else ``(piimap, system id)``. A dataset whose system has no known location, or whose
    identifier another system's dataset would share, is ``(piimap, system/dataset)``.
    """
    return EstateGraph.of(estate).canonical.memo("openlineage_locations", _locate)


def _tag(key: str, value: object, field: str | None = None) -> dict[str, str]:
    text = str(value).lower() if isinstance(value, bool) else str(value)
    tag = {"key": key, "value": text, "source": "PIIMAP"}
    if field is not None:
        tag["field"] = field
    return tag


def _field_tags(f: Field, with_pan: bool) -> list[dict[str, str]]:
    tags = [_tag("pii", e.entity, f.name) for e in f.entities]
    if f.entities:
        tags.append(_tag("pii_confidence", f"{f.confidence:.2f}", f.name))
    known = [e.entity for e in f.entities if e.entity in TAXONOMY]
    if known:
        fc = field_categories(known, stored_with_pan=with_pan)
        tags += [_tag("fides_data_category", c, f.name) for c in fc.fides]
        tags += [_tag("gdpr", g, f.name) for g in fc.gdpr]
        tags += [_tag("ccpa", c, f.name) for c in fc.ccpa]
        tags += [_tag("pci", fc.pci, f.name)] if fc.pci else []
        tags += [_tag("sensitive", True, f.name)] if fc.sensitive else []
    if f.entities or f.at_rest.evidence:
        tags.append(_tag("at_rest_encryption", f.at_rest.status.value, f.name))
    return tags


def _dataset_tags(d: Dataset, columns: list[Field]) -> list[dict[str, str]]:
    tags = [_tag("system", d.system), _tag("contains_pii", any(f.is_pii for f in columns))]
    if not d.scanned:
        tags.append(_tag("scanned", False))
    tags.append(_tag("retention", d.retention.status.value))
    if d.retention_policy:
        tags.append(_tag("retention_policy", d.retention_policy))
    tags.append(_tag("audit_trail", d.audit.status.value))
    tags.append(_tag("at_rest_encryption", d.at_rest.status.value))
    with_pan = any(e.entity == "CREDIT_CARD" for f in columns for e in f.entities)
    return tags + [t for f in columns for t in _field_tags(f, with_pan)]


def _system_tags(s: System) -> list[dict[str, str]]:
    tags = [_tag("kind", s.kind), _tag("boundary", s.boundary.value)]
    for key in ("region", "vendor", "transfer_safeguards"):
        if getattr(s, key):
            tags.append(_tag(key, getattr(s, key)))
    tags += [_tag("data_subject", subject) for subject in s.data_subjects]
    return [*tags, _tag("transit", s.transit.status.value)]


def _dataset_event(est: _Events, d: Dataset) -> dict[str, Any]:
    where = est.where[d.id]
    columns = est.estate.columns.get(d.id, [])
    facets: dict[str, Any] = {}
    if columns:
        facets["schema"] = est.facet("schema", fields=[_schema_field(f) for f in columns])
    facets["tags"] = est.facet("tags", tags=_dataset_tags(d, columns))
    lineage = est.lineage(est.estate.links_into.get(d.id, []))
    if lineage:
        facets["columnLineage"] = lineage
    system = est.estate.systems.get(d.system)
    if where.namespace != PIIMAP:
        name = (system.name or system.id) if system else d.system
        facets["dataSource"] = est.facet("dataSource", name=name, uri=where.namespace)
        facets["symlinks"] = est.facet(
            "symlinks", identifiers=[{"namespace": PIIMAP, "name": d.id, "type": d.kind.upper()}]
        )
    view = "view" in d.kind
    kind = {"datasetType": "VIEW" if view else "TABLE"}
    if d.kind not in ("table", "view"):
        kind["subType"] = d.kind.upper()
    facets["datasetType"] = est.facet("datasetType", **kind)
    if d.comment:
        facets["documentation"] = est.facet("documentation", description=d.comment)
    return est.event("DatasetEvent", dataset={**where._asdict(), "facets": facets})


def _schema_field(f: Field) -> dict[str, Any]:
    out: dict[str, Any] = {"name": f.name, "type": f.data_type}
    if f.comment:
        out["description"] = f.comment
    if f.position > 0:
        out["ordinal_position"] = f.position
    return out


def _system_event(est: _Events, system_id: str) -> dict[str, Any]:
    where = est.where[system_id]
    facets: dict[str, Any] = {}
    system = est.estate.systems.get(system_id)
    if system is not None:
        facets["tags"] = est.facet("tags", tags=_system_tags(system))
    if where.namespace != PIIMAP:
        name = system.name if system and system.name else system_id
        facets["dataSource"] = est.facet("dataSource", name=name, uri=where.namespace)
        link = {"namespace": PIIMAP, "name": system_id, "type": "SYSTEM"}
        facets["symlinks"] = est.facet("symlinks", identifiers=[link])
    return est.event("DatasetEvent", dataset={**where._asdict(), "facets": facets})


def _job_event(est: _Events, flow: Flow) -> dict[str, Any]:
    estate = est.estate
    source = estate.split(flow.source)
    target = estate.split(flow.target)
    inputs = {est.where[estate.node_id(*source[:2])]}
    inputs |= {
        est.where[estate.node_id(*estate.split(link.source, field=True)[:2])]
        for link in flow.columns
    }
    outputs: dict[Location, list[ColumnLink]] = {est.where[estate.node_id(*target[:2])]: []}
    for link in flow.columns:
        where = est.where[estate.node_id(*estate.split(link.target, field=True)[:2])]
        outputs.setdefault(where, []).append(link)
    facets = {
        "jobType": est.facet(
            "jobType",
            processingType="STREAMING" if flow.kind in _STREAMING else "BATCH",
            integration="PIIMAP",
            jobType=flow.kind.upper(),
        ),
        "tags": est.facet("jobTags", tags=_flow_tags(flow)),
    }
    if flow.purpose:
        facets["documentation"] = est.facet("jobDocumentation", description=flow.purpose)
    out = []
    for where, links in sorted(outputs.items()):
        lineage = est.lineage(links)
        out.append(
            {**where._asdict(), **({"facets": {"columnLineage": lineage}} if lineage else {})}
        )
    return est.event(
        "JobEvent",
        job={"namespace": PIIMAP, "name": flow.id, "facets": facets},
        inputs=[where._asdict() for where in sorted(inputs)],
        outputs=out,
    )


def _flow_tags(flow: Flow) -> list[dict[str, str]]:
    tags = [_tag("kind", flow.kind)]
    tags += [_tag("pii", e) for e in flow.entities]
    tags += [_tag("transit", flow.transit.status.value), _tag("auth", flow.auth)]
    tags.append(_tag("retention", flow.retention.status.value))
    for key in ("legal_basis", "schedule"):
        if getattr(flow, key):
            tags.append(_tag(key, getattr(flow, key)))
    return tags


def events(estate: EstateGraph | Snapshot) -> list[dict[str, Any]]:
    """Every event: dataset events by namespace and name, then job events by flow id."""
    return list(iter_events(estate))


def iter_events(estate: EstateGraph | Snapshot) -> Iterator[dict[str, Any]]:
    """The events of :func:`events`, made one at a time (ordered by their identifiers first)."""
    est = _Events(EstateGraph.of(estate))
    ends = [est.estate.split(end) for f in est.snapshot.flows for end in (f.source, f.target)]
    systems = {system for system, dataset, _ in ends if dataset is None}
    systems |= {s.id for s in est.snapshot.systems if s.boundary == Boundary.THIRD_PARTY}
    subjects: list[Dataset | str] = [*est.snapshot.datasets, *sorted(systems)]
    subjects.sort(key=lambda s: est.where[s if isinstance(s, str) else s.id])
    for subject in subjects:
        if isinstance(subject, str):
            yield _system_event(est, subject)
        else:
            yield _dataset_event(est, subject)
    for flow in est.snapshot.flows:
        yield _job_event(est, flow)


def dumps(estate: EstateGraph | Snapshot) -> str:
    """The JSON Lines text; the same snapshot always gives the same text."""
    return "".join(lines(estate))


def lines(estate: EstateGraph | Snapshot) -> Iterator[str]:
    """The lines of :func:`dumps`, one event at a time."""
    for event in iter_events(estate):
        yield json.dumps(event, sort_keys=True, ensure_ascii=False, separators=(",", ":")) + "\n"


def write_openlineage(estate: EstateGraph | Snapshot, out_dir: Path) -> Path:
    """Write ``exports/openlineage.jsonl`` under ``out_dir`` and return its path."""
    path = out_dir / OPENLINEAGE_PATH
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(path, lines(estate))
    return path
