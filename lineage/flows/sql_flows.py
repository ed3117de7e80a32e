"""Flows read from SQL with sqlglot: the estate's SQL jobs (``flows[].sql``) and the views of
the scanned databases, each with its column links.

Every flow found here names its evidence: the SQL file and statement, or the view. Table names in
SQL are placed among the scanned datasets by :class:`~lineage.flows.index.DatasetIndex`,
preferring the job's own systems.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from lineage.core.config import Estate, FlowConfig
from lineage.core.ids import dataset_id, system_of
from lineage.core.model import ColumnLink, Control, Dataset, Field, Flow, ScanIssue, Status, System
from lineage.core.transport import transport_status

from .declared import auth_of, config_where
from .found import Found
from .index import ColumnIndex, DatasetIndex

if TYPE_CHECKING:
    from .sql_lineage import ColumnEdge

#: sqlglot dialect of each database connector, for SQL jobs and view definitions.
DIALECTS = {"postgresql": "postgres", "mysql": "mysql", "sqlite": "sqlite"}
_QUOTE = {"postgres": '"', "sqlite": '"', "mysql": "`"}


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
    from .sql_lineage import column_lineage  # sqlglot: only for an estate with SQL to read

    schema = _schema(fields, [source_sid, target_sid])
    dataset_index = DatasetIndex(datasets)
    columns = ColumnIndex(fields)
    where = config_where(index, cfg)
    groups: dict[tuple[str, str], set[ColumnLink]] = defaultdict(set)
    statements: dict[tuple[str, str], set[str]] = defaultdict(set)
    for path in _sql_files(estate.resolve(cfg.sql)):
        shown = _shown(path, estate.base_dir)
        try:
            text = path.read_text(encoding="utf-8")
        except OSError as exc:
            reason = f"cannot read it ({exc.strerror or type(exc).__name__})"
            found.issues.append(ScanIssue(subject, "sql_job", f"{shown}: {reason}"))
            continue
        except UnicodeDecodeError:
            reason = "cannot read it: not UTF-8 text; save it as UTF-8"
            found.issues.append(ScanIssue(subject, "sql_job", f"{shown}: {reason}"))
            continue
        edges, problems = column_lineage(text, dialect, schema)
        found.issues += [ScanIssue(subject, "sql_job", f"{shown}: {p}") for p in problems]
        for edge in edges:
            src = _place(edge.source_table, [source_sid, target_sid], dataset_index, found, cfg)
            tgt = _place(edge.target_table, [target_sid, source_sid], dataset_index, found, cfg)
            groups[(src, tgt)].add(_column_link(edge, src, tgt, columns))
            statements[(src, tgt)].add(f"{shown} statement {edge.statement_index + 1}")
    transit = _job_transit(cfg, where)
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


def _job_transit(cfg: FlowConfig, where: str) -> Control:
    """The declared transport's status; a job inside one system moves nothing over a network."""
    source_sid, target_sid = system_of(cfg.source), system_of(cfg.target)
    if cfg.transport and cfg.transport.url:
        return transport_status(cfg.transport.url, where)
    if source_sid == target_sid:
        return Control(
            Status.OK, (f"{where}: the job runs inside {source_sid}; the data does not leave it",)
        )
    return transport_status(None, where)


def _view_problem(view: Dataset, problem: str) -> ScanIssue:
    """The issue of a view whose definition could not be (fully) read."""
    if problem.startswith("could not"):
        problem = f"its definition {problem}"
    return ScanIssue(view.id, "view_lineage", f"view {view.name}: {problem}")


def view_flows(
    systems: Sequence[System], datasets: Sequence[Dataset], fields: Sequence[Field]
) -> Found:
    """Each view of a scanned database is a flow from the tables it reads, with column links."""
    found = Found()
    if not any(d.kind == "view" and d.view_definition for d in datasets):
        return found
    from .sql_lineage import column_lineage  # sqlglot: only for an estate with views to read

    kinds = {s.id: s.kind for s in systems}
    index = DatasetIndex(datasets)
    columns = ColumnIndex(fields)
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
        found.issues += [_view_problem(view, p.replace("statement 1: ", "", 1)) for p in problems]
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


def _place(
    table: str, prefer: list[str], index: DatasetIndex, found: Found, cfg: FlowConfig
) -> str:
    """The dataset id of a table a job names; one it cannot place is named in ``prefer[0]``
    and reported once."""
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


def _column_link(edge: ColumnEdge, source: str, target: str, columns: ColumnIndex) -> ColumnLink:
    """The edge between field ids, with each column spelt as its dataset spells it."""
    return ColumnLink(
        columns.field_id(source, edge.source_column),
        columns.field_id(target, edge.target_column),
        edge.how,
    )
