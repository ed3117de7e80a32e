"""Flow discovery beyond what connectors report: SQL jobs and views read with sqlglot, and
database links (replication, foreign tables, FEDERATED) matched to the estate's systems
(endpoints in integration config files are in :mod:`lineage.flows.third_parties`).

Every flow found here names its evidence: the SQL file and statement or the catalog entry.
Table names in SQL are matched to scanned datasets by name, a schema qualifier or a leading
system id (``analytics.daily_orders``), preferring the job's own systems.

>>> index = DatasetIndex([Dataset("shop", "public.customers"), Dataset("dw", "contacts")])
>>> index.resolve("customers", ["shop", "dw"])
'shop/public.customers'
>>> index.resolve("dw.contacts", ["shop"])
'dw/contacts'
>>> index.resolve("orders", ["shop"]) is None
True
"""

from __future__ import annotations

import dataclasses
import logging
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from connectors.base import Link
from lineage.core.config import Estate, FlowConfig, SystemConfig
from lineage.core.ids import SEP, dataset_id, system_of
from lineage.core.model import (
    ColumnLink,
    Control,
    Dataset,
    EntityHit,
    Fact,
    Field,
    Flow,
    Gap,
    ScanIssue,
    Status,
    System,
)
from lineage.core.transport import is_loopback, transport_status

from .sql_lineage import ColumnEdge, column_lineage

log = logging.getLogger(__name__)

#: sqlglot dialect of each database connector, for SQL jobs and view definitions.
DIALECTS = {"postgresql": "postgres", "mysql": "mysql", "sqlite": "sqlite"}
_QUOTE = {"postgres": '"', "sqlite": '"', "mysql": "`"}
_DEFAULT_PORTS = {"postgresql": 5432, "mysql": 3306}
_SHORT_LIVED = {"oauth_jwt", "oauth_client_credentials", "oauth"}
_STATIC = {"api_key", "basic", "static_credential"}
#: A pseudonymised value is still personal data; only an aggregate loses the person.
CARRIES_PERSON = {"copied", "derived", "pseudonymised"}


class DatasetIndex:
    """Scanned datasets by system and lower-case name, to place the tables SQL names."""

    def __init__(self, datasets: Iterable[Dataset]) -> None:
        self.by_system: dict[str, dict[str, Dataset]] = defaultdict(dict)
        #: Per system, each dotted tail of a dataset name (``customers`` of ``public.customers``).
        self.tails: dict[str, dict[str, list[Dataset]]] = defaultdict(lambda: defaultdict(list))
        for d in datasets:
            name = d.name.lower()
            self.by_system[d.system][name] = d
            parts = name.split(".")
            for i in range(1, len(parts)):
                self.tails[d.system][".".join(parts[i:])].append(d)
        self.systems = {sid.lower(): sid for sid in self.by_system}

    def resolve(self, table: str, prefer: Sequence[str], anywhere: bool = True) -> str | None:
        """The id of the dataset ``table`` names, looked for in ``prefer``'s systems in order,
        then (``anywhere``) in the others; a leading system id picks that system only. None when
        not found."""
        table = table.lower()
        head, _, rest = table.partition(".")
        order = [self.systems[head]] if rest and head in self.systems else []
        names = [rest] if order else [table]
        if not order:
            order = [s for s in prefer if s in self.by_system]
            if anywhere:
                order += sorted(s for s in self.by_system if s not in order)
        for sid in order:
            known = self.by_system[sid]
            for name in names:
                if name in known:
                    return known[name].id
                # A unique dataset whose name ends with the table's, or the reverse
                # (``db.public.customers`` for ``public.customers``).
                parts = name.split(".")
                near = {d.id for d in self.tails[sid].get(name, [])}
                near |= {
                    known[t].id for i in range(1, len(parts)) if (t := ".".join(parts[i:])) in known
                }
                if len(near) == 1:
                    return near.pop()
        return None


@dataclass
class Found:
    """What flow discovery adds to a scan."""

    flows: list[Flow] = field(default_factory=list)
    systems: list[System] = field(default_factory=list)
    issues: list[ScanIssue] = field(default_factory=list)
    gaps: list[Gap] = field(default_factory=list)

    def extend(self, other: Found) -> None:
        self.flows += other.flows
        self.systems += other.systems
        self.issues += other.issues
        self.gaps += other.gaps


def auth_of(declared: str | None) -> str:
    """The model's authentication class of a config ``transport.auth`` value."""
    if declared in _SHORT_LIVED:
        return "short_lived_oauth"
    if declared == "mtls":
        return "mtls"
    if declared in _STATIC:
        return "static_credential"
    return "unknown"


# --- SQL jobs and views ------------------------------------------------------------------


def sql_job_flows(
    estate: Estate,
    index: int,
    cfg: FlowConfig,
    systems: Sequence[System],
    datasets: Sequence[Dataset],
    fields: Sequence[Field],
) -> Found:
    """The flows of one SQL job: one per (source dataset, target dataset) pair its statements
    move columns between, each with its column links. Unreadable statements become issues."""
    assert cfg.sql is not None
    found = Found()
    source_sid, target_sid = system_of(cfg.source), system_of(cfg.target)
    kinds = {s.id: s.kind for s in systems}
    dialect = cfg.dialect or DIALECTS.get(kinds.get(source_sid, ""), "")
    subject = f"flows.{cfg.name}"
    if not dialect:
        found.issues.append(
            ScanIssue(subject, "sql_job", f"no dialect for {cfg.sql}: set flows[{index}].dialect")
        )
        return found
    schema = _schema(fields, [source_sid, target_sid])
    dataset_index = DatasetIndex(datasets)
    columns = _columns(fields)
    where = f"estate config flows[{index}] ({cfg.name})"
    if cfg.transport and cfg.transport.url:
        transit = transport_status(cfg.transport.url, where)
    elif source_sid == target_sid:
        transit = Control(
            Status.OK, (f"{where}: the job runs inside {source_sid}; the data does not leave it",)
        )
    else:
        transit = transport_status(None, where)
    groups: dict[tuple[str, str], set[ColumnLink]] = defaultdict(set)
    statements: dict[tuple[str, str], set[str]] = defaultdict(set)
    for path in _sql_files(estate.resolve(cfg.sql)):
        shown = _shown(path, estate.base_dir)
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            found.issues.append(ScanIssue(subject, "sql_job", f"{shown}: cannot read ({exc})"))
            continue
        edges, problems = column_lineage(text, dialect, schema)
        found.issues += [ScanIssue(subject, "sql_job", f"{shown}: {p}") for p in problems]
        for edge in edges:
            src = _place(edge.source_table, [source_sid, target_sid], dataset_index, found, cfg)
            tgt = _place(edge.target_table, [target_sid, source_sid], dataset_index, found, cfg)
            link = _column_link(edge, src, tgt, columns)
            groups[(src, tgt)].add(link)
            statements[(src, tgt)].add(f"{shown} statement {edge.statement_index + 1}")
    for (src, tgt), links in sorted(groups.items()):
        ordered = tuple(sorted(links, key=lambda c: (c.target, c.source, c.how)))
        found.flows.append(
            Flow(
                id=f"sql_job:{cfg.name}:{src}->{tgt}",
                source=src,
                target=tgt,
                kind="sql_job",
                fields=tuple(sorted({c.source for c in ordered})),
                entities=tuple(sorted(cfg.entities)),
                transit=transit,
                auth=auth_of(cfg.transport.auth if cfg.transport else None),
                schedule=cfg.schedule or "",
                evidence=(
                    f"column lineage of {', '.join(sorted(statements[(src, tgt)]))} "
                    f"({dialect}), job {cfg.name} in {where}",
                ),
                columns=ordered,
                purpose=cfg.purpose or "",
                legal_basis=cfg.legal_basis or "",
            )
        )
    return found


def view_flows(
    systems: Sequence[System], datasets: Sequence[Dataset], fields: Sequence[Field]
) -> Found:
    """Each view of a scanned database is a flow from the tables it reads, with column links."""
    found = Found()
    kinds = {s.id: s.kind for s in systems}
    index = DatasetIndex(datasets)
    columns = _columns(fields)
    schemas: dict[str, dict[str, dict[str, str]]] = {}
    for view in datasets:
        dialect = DIALECTS.get(kinds.get(view.system, ""))
        if view.kind != "view" or not view.view_definition or not dialect:
            continue
        if view.system not in schemas:
            schemas[view.system] = _schema(fields, [view.system])
        definition = view.view_definition.strip().rstrip(";")
        if not definition.lower().startswith("create"):
            quote = _QUOTE[dialect]
            name = ".".join(f"{quote}{p}{quote}" for p in view.name.split("."))
            definition = f"CREATE VIEW {name} AS {definition}"
        edges, problems = column_lineage(definition, dialect, schemas[view.system])
        found.issues += [
            ScanIssue(view.id, "view_lineage", p.replace("statement 1: ", "", 1)) for p in problems
        ]
        groups: dict[str, set[ColumnLink]] = defaultdict(set)
        for edge in edges:
            src = index.resolve(edge.source_table, [view.system]) or (
                dataset_id(view.system, edge.source_table)
            )
            groups[src].add(_column_link(edge, src, view.id, columns))
        for src, links in sorted(groups.items()):
            ordered = tuple(sorted(links, key=lambda c: (c.target, c.source, c.how)))
            found.flows.append(
                Flow(
                    id=f"view:{view.id}:{src}",
                    source=src,
                    target=view.id,
                    kind="view",
                    fields=tuple(sorted({c.source for c in ordered})),
                    transit=Control(
                        Status.OK, (f"view {view.name} reads {src} inside {view.system}",)
                    ),
                    evidence=(f"column lineage of the definition of view {view.id}",),
                    columns=ordered,
                )
            )
    return found


def _sql_files(path: Path) -> list[Path]:
    return sorted(path.rglob("*.sql")) if path.is_dir() else [path]


def _shown(path: Path, base: Path) -> str:
    try:
        return path.relative_to(base).as_posix()
    except ValueError:
        return path.as_posix()


def _schema(fields: Iterable[Field], systems: Sequence[str]) -> dict[str, dict[str, str]]:
    """Column types per dataset name for sqlglot. An earlier system wins a name both hold
    (whole tables, never merged), and sets the nesting depth sqlglot needs to be the same for
    every name (``schema.table`` or bare ``table``): a later system's names of another depth are
    left out, and their columns are then read from the SQL alone."""
    tables: dict[str, dict[str, dict[str, str]]] = {sid: {} for sid in systems}
    for f in fields:
        if f.system in tables:
            columns = tables[f.system].setdefault(f.dataset.lower(), {})
            columns[f.name.lower()] = _sql_type(f.data_type)
    schema: dict[str, dict[str, str]] = {}
    depth: int | None = None
    for sid in systems:
        for name, columns in sorted(tables[sid].items()):
            depth = name.count(".") if depth is None else depth
            if name.count(".") == depth and name not in schema:
                schema[name] = columns
    return schema


def _sql_type(data_type: str) -> str:
    """A type sqlglot can parse; the exact type does not matter to lineage."""
    return "text" if not re.fullmatch(r"[A-Za-z ]+(\(\d+(,\s*\d+)?\))?", data_type) else data_type


def _columns(fields: Iterable[Field]) -> dict[str, dict[str, str]]:
    by_dataset: dict[str, dict[str, str]] = defaultdict(dict)
    for f in fields:
        by_dataset[f.dataset_id][f.name.lower()] = f.name
    return by_dataset


def _place(
    table: str, prefer: list[str], index: DatasetIndex, found: Found, cfg: FlowConfig
) -> str:
    dataset = index.resolve(table, prefer)
    if dataset is None:
        dataset = dataset_id(prefer[0], table)
        issue = ScanIssue(
            f"flows.{cfg.name}",
            "sql_job",
            f"table {table} is not among the scanned datasets (looked in {prefer[0]} first); "
            f"the flow names it as {dataset}",
        )
        if issue not in found.issues:
            found.issues.append(issue)
    return dataset


def _column_link(
    edge: ColumnEdge, source: str, target: str, columns: Mapping[str, Mapping[str, str]]
) -> ColumnLink:
    """The edge between field ids, with each column spelt as its dataset spells it."""
    src = columns.get(source, {}).get(edge.source_column, edge.source_column)
    tgt = columns.get(target, {}).get(edge.target_column, edge.target_column)
    return ColumnLink(f"{source}{SEP}{src}", f"{target}{SEP}{tgt}", edge.how)


# --- Database links ------------------------------------------------------------------------


def link_flows(
    links: Sequence[tuple[str, Link]],
    estate: Estate,
    systems: Sequence[System],
    datasets: Sequence[Dataset],
    fields: Sequence[Field],
) -> Found:
    """Flows of replication, foreign-data and FEDERATED links, their remote ends matched to the
    estate's systems by host, port and database; an unmatched remote becomes a system of its own
    (``ext.HOST.DATABASE``) since personal data reaches a database the inventory does not list."""
    found = Found()
    index = DatasetIndex(datasets)
    columns = _columns(fields)
    endpoints = _endpoints(estate.config.systems)
    known = {s.id for s in systems}
    by_name: dict[tuple[str, str], list[tuple[str, Link]]] = defaultdict(list)
    for sid, link in links:
        for name in link.name.split(","):  # a subscription to several publications: "p1,p2"
            by_name[(link.kind, name)].append((sid, link))
    for sid, link in links:
        remote = _match(link, endpoints, sid) if link.host else None
        if link.direction == "out":
            if _subscribed_elsewhere(sid, link, by_name, endpoints):
                continue  # the subscriber's own link is the same flow, with more detail
            target_sid = remote or _placeholder(found, known, sid, link)
            local = dataset_id(sid, link.local_dataset) if link.local_dataset else sid
            remote_ds = _remote_dataset(target_sid, link.remote_dataset, index)
            found.flows.append(_link_flow(sid, link, local, remote_ds, columns))
            continue
        source_sid = remote or _placeholder(found, known, sid, link)
        if link.local_dataset:
            local = dataset_id(sid, link.local_dataset)
            remote_ds = _remote_dataset(source_sid, link.remote_dataset, index)
            found.flows.append(_link_flow(sid, link, remote_ds, local, columns))
            continue
        published = [
            other
            for osid, other in by_name[(link.kind, link.name)]
            if osid == source_sid and other.direction == "out"
        ]
        for pub in published or [link]:
            table = pub.local_dataset if pub is not link else ""
            src = _remote_dataset(source_sid, table, index)
            dst = (index.resolve(table, [sid], anywhere=False) if table else None) or sid
            carried = dataclasses.replace(link, fields=pub.fields if pub is not link else ())
            found.flows.append(_link_flow(sid, carried, src, dst, columns))
    return found


def _link_flow(
    sid: str, link: Link, source: str, target: str, columns: Mapping[str, Mapping[str, str]]
) -> Flow:
    local = target if link.direction == "in" else source
    remote = source if link.direction == "in" else target
    names = link.fields or tuple(columns.get(local, {}).values())
    links = tuple(
        sorted(
            ColumnLink(f"{source}{SEP}{n}", f"{target}{SEP}{n}", "copied")
            for n in names
            if local.count("/") == 1 and remote.count("/") == 1
        )
    )
    side = f"{sid}: {link.kind} {link.name}"
    return Flow(
        id=f"{link.kind}:{sid}:{link.name}:{link.local_dataset or remote}",
        source=source,
        target=target,
        kind=link.kind,
        fields=tuple(f"{local}{SEP}{n}" for n in sorted(names)) if local.count("/") == 1 else (),
        transit=link.transit,
        auth=link.auth,
        evidence=link.evidence or (side,),
        columns=links,
    )


def _endpoints(configs: Mapping[str, SystemConfig]) -> dict[str, tuple[str, int, str]]:
    """(host, port, database) of each database system the estate gives a DSN for."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    from connectors import get_connector

    out = {}
    for sid, cfg in configs.items():
        dsn = getattr(cfg, "dsn", None)  # a key of the SQL connectors' configs only
        if not dsn or cfg.connector is None:
            continue
        kind = get_connector(cfg.connector).name  # ``postgres`` and ``mariadb`` are aliases
        if kind not in _DEFAULT_PORTS:
            continue
        try:
            url = make_url(dsn)
        except ArgumentError:
            continue
        port = url.port or _DEFAULT_PORTS[kind]
        out[sid] = ((url.host or "localhost").lower(), port, (url.database or "").lower())
    return out


def _match(link: Link, endpoints: Mapping[str, tuple[str, int, str]], own: str) -> str | None:
    for sid, (host, port, database) in sorted(endpoints.items()):
        if sid == own or database != link.database.lower():
            continue
        same_host = host == link.host.lower() or (is_loopback(host) and is_loopback(link.host))
        if same_host and (link.port is None or link.port == port):
            return sid
    return None


def _subscribed_elsewhere(
    sid: str,
    link: Link,
    by_name: Mapping[tuple[str, str], list[tuple[str, Link]]],
    endpoints: Mapping[str, tuple[str, int, str]],
) -> bool:
    return any(
        other.direction == "in" and _match(other, endpoints, osid) == sid
        for osid, other in by_name.get((link.kind, link.name), [])
    )


def _placeholder(found: Found, known: set[str], sid: str, link: Link) -> str:
    """A system for a remote end the estate does not list."""
    if link.host:
        ident = re.sub(r"[^A-Za-z0-9_.-]", "-", f"ext.{link.host}.{link.database or 'db'}")
        name = f"{link.database or '?'} on {link.host}:{link.port or '?'} (not in the estate)"
        reason = f"{sid} links to it ({link.kind} {link.name}); the estate lists no such system"
    elif link.direction == "in":  # a subscription or foreign table whose server is unreadable
        ident = re.sub(r"[^A-Za-z0-9_.-]", "-", f"{sid}.{link.name}.source")
        name = f"Source of {link.kind} {link.name} (unknown)"
        reason = f"{sid} reads {link.name} from a server the scan could not see (no host read)"
    else:
        ident = re.sub(r"[^A-Za-z0-9_.-]", "-", f"{sid}.{link.name}.subscribers")
        name = f"Subscribers of publication {link.name} (unknown)"
        reason = f"publication {link.name} of {sid} has no subscriber connected or in the estate"
    if ident not in known:
        known.add(ident)
        found.systems.append(
            System(
                id=ident,
                kind="unlisted_database",
                name=name,
                facts=(Fact("discovered_by", sid, f"{link.kind} {link.name}"),),
                scanned=False,
                not_scanned_reason=reason,
            )
        )
    return ident


def _remote_dataset(system: str, table: str, index: DatasetIndex) -> str:
    """The dataset ``table`` of ``system``: scanned, or named as the link gives it."""
    if not table:
        return system
    return index.resolve(table, [system], anywhere=False) or dataset_id(system, table)


# --- Entities along column links ---------------------------------------------------------------


def propagate_entities(fields: Sequence[Field], flows: Sequence[Flow]) -> list[Field]:
    """Fields fed by a personal-data field through a copy, derivation or hash hold that data too
    (``md5(email)`` is still personal data) even when their own values did not show it.

    Each added entity keeps the source's confidence and explains where it came from; chains of
    jobs are followed until nothing changes. Aggregates (``count(email)``) carry no person.
    """
    by_id = {f.id: f for f in fields}
    feeds: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
    for flow in flows:
        for c in flow.columns:
            if c.how in CARRIES_PERSON and c.target in by_id:
                feeds[c.target].append((c.source, c.how, flow.id))
    changed = True
    rounds = 0
    while changed and rounds < 20:  # a chain longer than 20 jobs is not expected
        changed, rounds = False, rounds + 1
        for target, sources in sorted(feeds.items()):
            have = {e.entity for e in by_id[target].entities}
            added = []
            for source, how, flow_id in sorted(sources):
                origin = by_id.get(source)
                for hit in origin.entities if origin else ():
                    if hit.entity in have or ("lineage" in hit.signals and hit.confidence < 0.5):
                        continue
                    have.add(hit.entity)
                    added.append(
                        EntityHit(
                            hit.entity,
                            hit.confidence,
                            ("lineage",),
                            f"{how} from {source} by {flow_id}",
                        )
                    )
            if added:
                f = by_id[target]
                by_id[target] = dataclasses.replace(f, entities=f.entities + tuple(added))
                changed = True
    return [by_id[f.id] for f in fields]
