"""The analyst API: an estate as networkx and pandas objects, for Jupyter and scripts.

:func:`scan`, :func:`load` and :func:`demo` return an :class:`Estate`, a read-only view of one
snapshot: ``.graph`` is the networkx graph, the tables are pandas DataFrames, ``where`` and
``trace`` answer the CLI's questions, and Jupyter shows an HTML summary and inline diagrams.

>>> from lineage.model import EntityHit, Field, Flow, Snapshot, System
>>> email = (EntityHit("EMAIL_ADDRESS", 0.9),)
>>> estate = Estate(Snapshot("2026-01-01T00:00:00Z", "0",
...     systems=(System("shop", "sqlite"), System("mailer", "third_party")),
...     fields=(Field("shop", "customers", "email", "text", entities=email),
...             Field("shop", "customers", "id", "integer")),
...     flows=(Flow("declared:news", "shop/customers", "mailer", "declared",
...                 entities=("EMAIL_ADDRESS",)),)))
>>> estate
<Estate scanned 2026-01-01T00:00:00Z: 2 systems, 2 fields (1 personal), 1 flows, 0 gaps>
>>> estate.where("email")["id"].tolist()
['shop/customers/email']
>>> estate.trace("shop/customers/email")[["depth", "target"]].values.tolist()
[[1, 'mailer']]
>>> estate.graph.number_of_nodes()
5
"""

from __future__ import annotations

import dataclasses
import gc
import html
import json
import os
import types
import typing
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from enum import Enum
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

import networkx as nx

from . import config as config_io
from . import snapshot as snapshot_io
from .demo import demo_estate_path, demo_org
from .errors import PiimapError, SnapshotError, UnknownNameError
from .graph import build_graph, node_type_of, system_of
from .model import Field, Flow, Snapshot, Status

# The scan pipeline is imported here, while ``lineage`` itself is being imported, so the submodule
# ``lineage.scan`` is loaded before ``lineage/__init__.py`` binds the name to :func:`scan`; a later
# ``from lineage.scan import scan_estate`` then finds the module in sys.modules and leaves the
# package attribute alone (tests/test_api.py checks every import order).
from .scan import Reporter, scan_estate

if TYPE_CHECKING:
    import graphviz
    import pandas as pd

    from classifiers import Classifier

__all__ = ["Estate", "demo", "load", "scan"]

WHERE_COLUMNS = ["id", "system", "dataset", "field", "confidence", "entities", "data_type"]
WHERE_COLUMNS += ["at_rest", "explanation"]
TRACE_COLUMNS = ["depth", "source", "target", "flow", "kind", "how", "match", "transit"]
TRACE_COLUMNS += ["entities"]
DSAR_COLUMNS = ["system", "dataset", "find_by", "via", "rows", "personal_fields", "entities"]
CONTROLS = ("transit", "retention")


def scan(
    estate: str | os.PathLike[str] | config_io.Estate,
    *,
    reporter: Reporter | None = None,
    classifier: Classifier | None = None,
    scanned_at: str | None = None,
) -> Estate:
    """Scan an estate (the path of its estate.yaml, or one loaded with
    :func:`lineage.config.load_estate`) and return it as an :class:`Estate`.

    Nothing is written; save the snapshot with ``lineage.snapshot.save(e.snapshot, path)``.
    """
    if not isinstance(estate, config_io.Estate):
        estate = config_io.load_estate(estate)
    return Estate(
        scan_estate(estate, reporter=reporter, classifier=classifier, scanned_at=scanned_at)
    )


def demo(*, scanned_at: str | None = None) -> Estate:
    """Scan the bundled demo estate, serving its fake Salesforce org on loopback meanwhile."""
    path = demo_estate_path()
    with demo_org(path):
        return scan(path, scanned_at=scanned_at)


def load(path: str | os.PathLike[str]) -> Estate:
    """An :class:`Estate` from a snapshot.json, or from the ``--out`` folder of a scan."""
    path = Path(path)
    if path.is_dir():
        path = path / "snapshot.json"
    if not path.is_file():
        raise SnapshotError(f"{path}: no snapshot there; pass a snapshot.json or a scan's folder.")
    return Estate(_read_snapshot(path))


class Estate:
    """One snapshot of an estate, with its graph, tables and questions.

    Build it with :func:`scan`, :func:`load` or :func:`demo` (or ``Estate(snapshot)``). Every
    method reads the snapshot; nothing changes it. Tables follow ``tables/*.csv``
    (docs/outputs.md), so ``entities`` is a ``;``-joined string, strongest first.
    """

    def __init__(self, snapshot: Snapshot) -> None:
        self.snapshot = snapshot

    def __repr__(self) -> str:
        s = self.snapshot
        return (
            f"<Estate scanned {s.scanned_at}: {len(s.systems)} systems, {len(s.fields)} fields "
            f"({len(s.pii_fields())} personal), {len(s.flows)} flows, {len(s.gaps)} gaps>"
        )

    @cached_property
    def graph(self) -> nx.MultiDiGraph:
        """The estate as a networkx MultiDiGraph (built once; see :mod:`lineage.graph`)."""
        return build_graph(self.snapshot)

    # --- tables ---------------------------------------------------------------------------------

    def fields(self, pii_only: bool = True) -> pd.DataFrame:
        """Fields holding personal data, as ``tables/pii_fields.csv``; every field with
        ``pii_only=False`` (the others with no entities and confidence 0)."""
        import pandas as pd

        from .export_tables import pii_fields_frame

        frame = pii_fields_frame(self.snapshot)
        if pii_only:
            return frame
        others = pd.DataFrame(
            [
                {
                    "system": f.system,
                    "dataset": f.dataset,
                    "field": f.name,
                    "confidence": 0.0,
                    "data_type": f.data_type,
                    "at_rest": f.at_rest.status.value,
                }
                for f in self.snapshot.fields
                if not f.is_pii
            ],
            columns=frame.columns,
        )
        others = others.fillna({c: "" for c in frame.columns if c != "confidence"})
        every = pd.concat([frame, others], ignore_index=True)
        position = {(f.system, f.dataset, f.name): i for i, f in enumerate(self.snapshot.fields)}
        keys = [
            position[k] for k in zip(every["system"], every["dataset"], every["field"], strict=True)
        ]
        return every.iloc[sorted(range(len(keys)), key=keys.__getitem__)].reset_index(drop=True)

    def flows(self) -> pd.DataFrame:
        """One row per flow with its transit, authentication and retention status and evidence."""
        from .export_tables import flows_frame

        return flows_frame(self.snapshot)

    def stores(self) -> pd.DataFrame:
        """One row per dataset: personal-data fields, at-rest, audit and retention status."""
        from .export_tables import stores_frame

        return stores_frame(self.snapshot)

    def gaps(self) -> pd.DataFrame:
        """One row per gap, most severe first, with control ids, evidence and remediation."""
        from .export_tables import gaps_frame

        return gaps_frame(self.snapshot)

    def third_parties(self) -> pd.DataFrame:
        """One row per third party receiving personal data, as ``tables/third_parties.csv``."""
        return self._table("third_parties_frame")

    def ropa(self) -> pd.DataFrame:
        """The GDPR Art. 30 record of processing, as ``tables/ropa.csv``."""
        return self._table("ropa_frame")

    def ccpa(self) -> pd.DataFrame:
        """Personal information by CCPA/CPRA category, as ``tables/ccpa.csv``."""
        return self._table("ccpa_frame")

    def _table(self, name: str) -> pd.DataFrame:
        from . import export_tables

        frame: Callable[[Snapshot], pd.DataFrame] | None = getattr(export_tables, name, None)
        if frame is None:
            raise PiimapError(f"this copy of piimap has no {name}; upgrade piimap.")
        return frame(self.snapshot)

    # --- questions ------------------------------------------------------------------------------

    def where(self, entity: str) -> pd.DataFrame:
        """Every field holding ``entity`` (``EMAIL_ADDRESS``, or ``"email"``), most confident
        first; ``confidence`` and ``explanation`` are that entity's."""
        import pandas as pd

        from .query import entity_name

        wanted = entity_name(self.snapshot, entity)
        rows = [
            {
                "id": f.id,
                "system": f.system,
                "dataset": f.dataset,
                "field": f.name,
                "confidence": hit.confidence,
                "entities": ";".join(e.entity for e in f.entities),
                "data_type": f.data_type,
                "at_rest": f.at_rest.status.value,
                "explanation": hit.explanation,
            }
            for hit, f in self._by_entity.get(wanted, ())
        ]
        return pd.DataFrame(rows, columns=WHERE_COLUMNS)

    @cached_property
    def _by_entity(self) -> dict[str, list[tuple[Any, Field]]]:
        """Entity -> (its hit, field), most confident first: built once, so ``where`` is a
        look-up."""
        index: dict[str, list[tuple[Any, Field]]] = defaultdict(list)
        for f in self.snapshot.fields:
            for hit in f.entities:
                index[hit.entity].append((hit, f))
        for hits in index.values():
            hits.sort(key=lambda pair: (-pair[0].confidence, pair[1].id))
        return dict(index)

    def carrying(self, entity: str) -> pd.DataFrame:
        """The rows of :meth:`flows` for the flows carrying ``entity``."""
        from .query import carrying

        ids = {f.id for f in carrying(self.snapshot, entity)}
        frame = self.flows()
        return frame[frame["flow"].isin(ids)].reset_index(drop=True)

    def trace(self, node: str, direction: str = "down", depth: int = 20) -> pd.DataFrame:
        """Where the values of ``node`` (a system, dataset or field id) go (``direction="down"``)
        or come from (``"up"``): one row per hop, breadth first (see :mod:`lineage.query`)."""
        import pandas as pd

        from .query import trace

        self._check_node(node)
        rows = [
            dataclasses.asdict(h) | {"entities": ";".join(h.entities)}
            for h in trace(self.snapshot, node, direction, depth)
        ]
        return pd.DataFrame(rows, columns=TRACE_COLUMNS)

    def _check_node(self, node: str) -> None:
        if node not in self.graph:
            raise UnknownNameError("node", node, (n for n in self.graph if isinstance(n, str)))

    def subset(
        self,
        system: str | None = None,
        entity: str | None = None,
        status: str | Status | None = None,
        control: str = "any",
    ) -> Estate:
        """The part of the estate about one system, one entity and/or flows in one status.

        ``system``: its datasets and fields, and the flows in or out of it. ``entity``: the
        fields holding it and the flows carrying it. ``status`` (``ok``, ``gap``, ``unknown``):
        the flows whose ``control`` (``transit``, ``retention`` or ``any``) is in it, with the
        fields they send or receive. Filters combine; gaps and issues follow what is kept.

        >>> from lineage.model import Control, Flow, Snapshot
        >>> e = Estate(Snapshot("t", "0", flows=(
        ...     Flow("a", "shop", "crm", "declared", transit=Control(Status.GAP)),
        ...     Flow("b", "shop", "dw", "declared"))))
        >>> [f.id for f in e.subset(status="gap", control="transit").snapshot.flows]
        ['a']
        """
        if system is None and entity is None and status is None:
            return self
        return Estate(self._subset(system, entity, status, control))

    def subgraph(
        self,
        system: str | None = None,
        entity: str | None = None,
        status: str | Status | None = None,
        control: str = "any",
    ) -> nx.MultiDiGraph:
        """The graph of :meth:`subset` (same arguments): a new graph, not a view.

        >>> from lineage.model import Flow, Snapshot, System
        >>> e = Estate(Snapshot("t", "0", systems=(System("shop", "sqlite"),),
        ...     flows=(Flow("a", "shop", "crm", "declared"), Flow("b", "dw", "bi", "declared"))))
        >>> sorted(e.subgraph(system="shop").nodes)
        ['crm', 'shop']
        """
        return self.subset(system, entity, status, control).graph

    def dsar(self, *identifiers: str) -> pd.DataFrame:
        """Where to look for one person's data, given the identifiers they gave (entities such as
        ``"email"``, ``"PHONE_NUMBER"``): each dataset with a field holding one of them
        (``via`` empty), then each dataset whose foreign keys reach those rows, with the join
        path. The plan holds no value; run it with the person's identifiers. A pseudonymised
        field (a hash) says so: hash the identifier before matching.

        >>> from lineage.model import Dataset, EntityHit, ForeignKey
        >>> email = (EntityHit("EMAIL_ADDRESS", 0.9),)
        >>> e = Estate(Snapshot("t", "0",
        ...     datasets=(Dataset("shop", "customers", primary_key=("id",)),
        ...               Dataset("shop", "orders", foreign_keys=(
        ...                   ForeignKey(("customer_id",), "customers", ("id",)),))),
        ...     fields=(Field("shop", "customers", "email", "text", entities=email),)))
        >>> e.dsar("email")[["dataset", "find_by", "via"]].values.tolist()
        [['customers', 'email = ?', ''], ['orders', 'customer_id = customers.id', 'shop/customers']]
        """
        import pandas as pd

        from .query import entity_name

        if not identifiers:
            raise PiimapError("dsar needs at least one identifier, such as 'EMAIL_ADDRESS'.")
        wanted = {entity_name(self.snapshot, i) for i in identifiers}
        return pd.DataFrame(list(_dsar_rows(self.snapshot, wanted)), columns=DSAR_COLUMNS)

    # --- display --------------------------------------------------------------------------------

    def diagram(self, kind: str = "systems") -> graphviz.Digraph:
        """A Graphviz diagram that Jupyter shows inline: ``"systems"``, ``"datasets"``, or an
        entity (every field holding it and every flow moving it).

        >>> from lineage.model import System
        >>> e = Estate(Snapshot("t", "0", systems=(System("shop", "sqlite"),)))
        >>> "shop" in e.diagram().source
        True
        """
        from . import render_dot

        if kind == "systems":
            return render_dot.systems_diagram(self.snapshot)
        if kind == "datasets":
            return render_dot.datasets_diagram(self.snapshot)
        try:
            from .query import entity_name

            entity = entity_name(self.snapshot, kind)
        except UnknownNameError:
            raise UnknownNameError(
                "diagram", kind, ["systems", "datasets", *sorted(self._by_entity)]
            ) from None
        trace_diagram = getattr(render_dot, "trace_diagram", None)
        if trace_diagram is not None:
            return trace_diagram(self.snapshot, entity)
        return render_dot.systems_diagram(self._subset(None, entity, None, "any"))

    def _repr_html_(self) -> str:
        """Jupyter's view: counts, gaps by severity and the most widespread entities."""
        return summary_html(self.snapshot)

    # --- internals ------------------------------------------------------------------------------

    def _subset(
        self, system: str | None, entity: str | None, status: str | Status | None, control: str
    ) -> Snapshot:
        from .query import entity_name

        s = self.snapshot
        if system is not None and system not in {x.id for x in s.systems} | _flow_ends(s):
            raise UnknownNameError("system", system, (x.id for x in s.systems))
        wanted = entity_name(s, entity) if entity is not None else None
        if control not in (*CONTROLS, "any"):
            raise UnknownNameError("control", control, (*CONTROLS, "any"))
        controls = CONTROLS if control == "any" else (control,)
        if status is not None:
            status = Status(status)

        def flow_kept(f: Flow) -> bool:
            return (
                (system is None or system in (system_of(f.source), system_of(f.target)))
                and (wanted is None or wanted in f.entities)
                and (status is None or any(getattr(f, c).status == status for c in controls))
            )

        flows = [f for f in s.flows if flow_kept(f)]
        fields = [
            f
            for f in s.fields
            if (system is None or f.system == system)
            and (wanted is None or any(e.entity == wanted for e in f.entities))
        ]
        if status is not None:  # only what the kept flows move
            moved = _moved_by(flows)
            fields = [f for f in fields if moved(f)]
        ends = {end for f in flows for end in (f.source, f.target)}
        dataset_ids = {f"{f.system}/{f.dataset}" for f in fields}
        dataset_ids |= {"/".join(e.split("/")[:2]) for e in ends if node_type_of(e) != "system"}
        if system is not None and wanted is None and status is None:
            dataset_ids |= {d.id for d in s.datasets if d.system == system}
        system_ids = {system_of(n) for n in dataset_ids | ends}
        if system is not None and wanted is None and status is None:
            system_ids.add(system)
        kept = dataset_ids | {f.id for f in fields} | {f.id for f in flows}
        # A system's own gaps come with it when it is the one asked for, or when no system was.
        gap_systems = {system} if system is not None else system_ids
        kept |= gap_systems
        prefixes = tuple(f"{sid}: " for sid in gap_systems)
        return dataclasses.replace(
            s,
            systems=tuple(x for x in s.systems if x.id in system_ids),
            datasets=tuple(d for d in s.datasets if d.id in dataset_ids),
            fields=tuple(fields),
            flows=tuple(flows),
            gaps=tuple(g for g in s.gaps if g.subject in kept or g.subject.startswith(prefixes)),
            issues=tuple(i for i in s.issues if system_of(i.subject) in system_ids),
        )


def _flow_ends(snapshot: Snapshot) -> set[str]:
    return {system_of(end) for f in snapshot.flows for end in (f.source, f.target)}


def _moved_by(flows: Iterable[Flow]) -> Callable[[Field], bool]:
    """Whether a field is sent or received by one of ``flows``: named by the flow (its fields,
    column links or an end), or held at an end the flow names as a whole and of an entity it
    carries."""
    named: set[str] = set()
    carried: dict[str, set[str]] = defaultdict(set)
    for flow in flows:
        named.update(flow.fields)
        named.update(end for c in flow.columns for end in (c.source, c.target))
        for end in (flow.source, flow.target):
            named.add(end)
            carried[end].update(flow.entities)

    def moved(f: Field) -> bool:
        if f.id in named:
            return True
        held = {e.entity for e in f.entities}
        return any(held & carried.get(n, set()) for n in (f.system, f"{f.system}/{f.dataset}"))

    return moved


def _dsar_rows(snapshot: Snapshot, wanted: set[str]) -> Iterator[dict[str, Any]]:
    """Rows of :meth:`Estate.dsar`: datasets found by an identifier, then by foreign keys
    (a dataset whose key references rows already found holds more of the person's rows)."""
    hashed = {c.target for f in snapshot.flows for c in f.columns if c.how == "pseudonymised"}
    by_dataset: dict[str, list[Field]] = defaultdict(list)
    for f in snapshot.fields:
        by_dataset[f"{f.system}/{f.dataset}"].append(f)
    datasets = {d.id: d for d in snapshot.datasets}
    start = ""  # a root joined to every dataset an identifier finds
    joins = nx.DiGraph()
    joins.add_node(start)
    for ds_id, fields in sorted(by_dataset.items()):
        matched = [f for f in fields if any(e.entity in wanted for e in f.entities)]
        if matched:
            keys = [f"{f.name} = ?" + (" (hashed)" if f.id in hashed else "") for f in matched]
            joins.add_edge(start, ds_id, find_by=" or ".join(keys))
    for d in sorted(snapshot.datasets, key=lambda d: d.id):
        for fk in d.foreign_keys:
            ref = f"{d.system}/{fk.ref_dataset}"
            if ref == d.id or joins.has_edge(start, d.id):
                continue  # a self-reference, or a dataset an identifier finds anyway
            on = zip(fk.columns, fk.ref_columns, strict=False)
            find_by = " and ".join(f"{c} = {fk.ref_dataset}.{r}" for c, r in on)
            if joins.has_edge(ref, d.id):  # two keys to the same dataset: either may match
                find_by = f"{joins.edges[ref, d.id]['find_by']} or {find_by}"
            joins.add_edge(ref, d.id, find_by=find_by)
    paths = nx.single_source_shortest_path(joins, start)
    order = sorted((len(p), p[-1]) for p in paths.values() if len(p) > 1)
    for _, ds_id in order:
        path = paths[ds_id]
        personal = [f for f in by_dataset.get(ds_id, ()) if f.is_pii]
        ds = datasets.get(ds_id)
        yield {
            "system": system_of(ds_id),
            "dataset": ds_id.split("/", 1)[1],
            "find_by": joins.edges[path[-2], ds_id]["find_by"],
            "via": " > ".join(path[1:-1]),
            "rows": ds.row_count if ds is not None else None,
            "personal_fields": ";".join(f.name for f in personal),
            "entities": ";".join(sorted({e.entity for f in personal for e in f.entities})),
        }


def summary_html(snapshot: Snapshot) -> str:
    """An HTML summary of a snapshot (every value escaped): counts, gaps by severity and the
    entities held in most fields.

    >>> "<table" in summary_html(Snapshot("<b>t</b>", "0")) and "&lt;b&gt;" in summary_html(
    ...     Snapshot("<b>t</b>", "0"))
    True
    """
    esc = html.escape
    s = snapshot
    third = sum(1 for x in s.systems if x.kind == "third_party")
    carrying = sum(1 for f in s.flows if f.entities)
    unencrypted = sum(1 for f in s.flows if f.entities and f.transit.status is Status.GAP)
    counts = [
        ("Systems", f"{len(s.systems)} ({third} third parties)"),
        ("Datasets", f"{len(s.datasets)}"),
        ("Fields", f"{len(s.fields)} ({len(s.pii_fields())} hold personal data)"),
        ("Flows", f"{len(s.flows)} ({carrying} carry personal data, {unencrypted} unencrypted)"),
        ("Gaps", f"{len(s.gaps)}"),
    ]
    severity = Counter(g.severity for g in s.gaps)
    entities = Counter(e.entity for f in s.fields for e in f.entities)

    def table(head: tuple[str, str], rows: Iterable[tuple[object, object]]) -> str:
        body = "".join(f"<tr><td>{esc(str(a))}</td><td>{esc(str(b))}</td></tr>" for a, b in rows)
        return (
            "<table style='margin:0 1em 0 0;display:inline-table;vertical-align:top'>"
            f"<thead><tr><th>{esc(head[0])}</th><th>{esc(head[1])}</th></tr></thead>"
            f"<tbody>{body}</tbody></table>"
        )

    order = ("high", "medium", "low")
    by_severity = [(k, severity[k]) for k in order] + sorted(
        (k, n) for k, n in severity.items() if k not in order
    )
    partial = (
        f"<p><b>Partial scan</b>: {len(s.issues)} issue(s), e.g. {esc(s.issues[0].message)}</p>"
        if s.issues
        else ""
    )
    return (
        "<div class='piimap-estate'>"
        f"<p><b>piimap estate</b>, scanned {esc(s.scanned_at)} by piimap "
        f"{esc(s.piimap_version)}</p>{partial}"
        + table(("", "count"), counts)
        + table(("gap severity", "gaps"), by_severity)
        + table(("entity", "fields"), entities.most_common(8))
        + "</div>"
    )


# --- reading a snapshot fast ------------------------------------------------------------------


def _read_snapshot(path: Path) -> Snapshot:
    """:func:`lineage.snapshot.load`, faster on a large snapshot (bench/api.py): each class's
    conversions are decided once, equal small values (a field's at-rest control, an entity hit)
    are made once and shared (they are frozen), and the garbage collector waits meanwhile.
    Anything but a well-formed snapshot of the current schema version (an older one to migrate,
    or an error to report) goes to :func:`lineage.snapshot.load`."""
    from .model import SCHEMA_VERSION

    try:
        text = path.read_text(encoding="utf-8")
        with _gc_paused():
            data = json.loads(text)
            if isinstance(data, dict) and data.get("schema_version") == SCHEMA_VERSION:
                return _builder(Snapshot)(data)
    except (OSError, ValueError, TypeError, KeyError, AttributeError):
        pass
    finally:
        _SHARED.clear()
    return snapshot_io.load(path)


@contextmanager
def _gc_paused() -> Iterator[None]:
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


_BUILDERS: dict[type, Callable[[dict[str, Any]], Any]] = {}
#: Values made during one load, by class and arguments, so equal ones are made once.
_SHARED: dict[tuple[Any, ...], Any] = {}


def _builder(cls: type) -> Callable[[dict[str, Any]], Any]:
    """A function making ``cls`` from its ``dataclasses.asdict`` form (keys it does not know
    are ignored, missing ones take their defaults), with each field's conversion decided once.
    A class holding no other dataclass is made once per distinct value during a load."""
    if cls in _BUILDERS:
        return _BUILDERS[cls]
    hints = typing.get_type_hints(cls)
    convert: dict[str, Callable[[Any], Any]] = {}
    names = frozenset(f.name for f in dataclasses.fields(cls))

    def build(data: dict[str, Any]) -> Any:
        known = {k: v for k, v in data.items() if k in names}
        return cls(**{k: convert[k](v) if k in convert else v for k, v in known.items()})

    def build_shared(data: dict[str, Any]) -> Any:
        known = {k: convert[k](v) if k in convert else v for k, v in data.items() if k in names}
        key = (cls, *known.items())
        try:
            return _SHARED[key]
        except KeyError:
            made = _SHARED[key] = cls(**known)
            return made
        except TypeError:  # an unhashable value: not shared
            return cls(**known)

    _BUILDERS[cls] = build  # before the fields: a class may contain itself
    for name in names:
        conv = _converter(hints[name])
        if conv is not None:
            convert[name] = conv
    if not any(_holds_dataclass(hints[name]) for name in names):
        _BUILDERS[cls] = build_shared
    return _BUILDERS[cls]


def _holds_dataclass(hint: Any) -> bool:
    return dataclasses.is_dataclass(hint) or any(_holds_dataclass(a) for a in typing.get_args(hint))


def _converter(hint: Any) -> Callable[[Any], Any] | None:
    """How to turn a JSON value into ``hint`` (None: it is already right)."""
    origin = typing.get_origin(hint)
    if origin is tuple:
        item = _converter(typing.get_args(hint)[0])
        return tuple if item is None else (lambda v: tuple(map(item, v)))
    if origin in (typing.Union, types.UnionType):
        (inner,) = [a for a in typing.get_args(hint) if a is not type(None)]
        conv = _converter(inner)
        return None if conv is None else (lambda v: None if v is None else conv(v))
    if dataclasses.is_dataclass(hint):
        return _builder(hint)  # type: ignore[arg-type]
    if isinstance(hint, type) and issubclass(hint, Enum):
        return hint
    if hint is float:
        return float
    return None
