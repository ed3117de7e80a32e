"""piimap's library API: every feature of the ``piimap`` command is one call here.

:func:`scan`, :func:`load` and :func:`demo` return an :class:`Estate`, a read-only view of one
snapshot: ``.graph`` is the networkx graph, the tables are pandas DataFrames, ``where`` and
``trace`` answer the CLI's questions, and Jupyter shows an HTML summary and inline diagrams.
:func:`write_outputs` writes a scan's artefacts; :func:`diff`, :func:`check` and
:func:`baseline` are the CI gate; :func:`bundle` and :func:`verify` the evidence bundle, and
:func:`period` the scans of an audit period together (docs/api.md).

>>> from lineage.core.model import EntityHit, Field, Flow, Snapshot, System
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
import hashlib
import os
from collections.abc import Sequence
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, TypeAlias

from lineage.ci import baseline as baselines
from lineage.core import config as config_io
from lineage.core.errors import PiimapError, UnknownNameError
from lineage.core.model import Snapshot, Status
from lineage.graph.estate import EstateGraph

if TYPE_CHECKING:
    import graphviz
    import networkx as nx
    import pandas as pd

    from classifiers import Classifier
    from lineage.ci.baseline import Baseline
    from lineage.ci.diff import Diff
    from lineage.ci.period import Period
    from lineage.ci.rules import CheckResult
    from lineage.export.bundle import Verification
    from lineage.export.outputs import Written
    from lineage.pipeline.run import Reporter

__all__ = [
    "Estate",
    "accept_review",
    "access_review",
    "baseline",
    "bundle",
    "check",
    "demo",
    "diff",
    "load",
    "period",
    "scan",
    "verify",
    "write_outputs",
]

WHERE_COLUMNS = ["id", "system", "dataset", "field", "confidence", "entities", "data_type"]
WHERE_COLUMNS += ["at_rest", "explanation"]
TRACE_COLUMNS = ["depth", "source", "target", "flow", "kind", "how", "match", "transit"]
TRACE_COLUMNS += ["entities"]
DSAR_COLUMNS = ["system", "dataset", "find_by", "via", "match", "rows", "personal_fields"]
DSAR_COLUMNS += ["entities"]
#: Where a snapshot can come from: a file or folder, an Estate, or the snapshot itself.
Source: TypeAlias = "str | os.PathLike[str] | Snapshot | EstateGraph | Estate"


# --- scans --------------------------------------------------------------------------------------


def scan(
    estate: str | os.PathLike[str] | config_io.Estate,
    *,
    reporter: Reporter | None = None,
    classifier: Classifier | None = None,
    scanned_at: str | None = None,
    jobs: int | None = None,
    executor: str = "local",
) -> Estate:
    """Scan an estate (the path of its estate.yaml, or one loaded with
    :func:`lineage.core.config.load_estate`) and return it as an :class:`Estate`.

    ``jobs`` systems are scanned at once (None: a number that suits the machine);
    ``executor="dask://HOST:PORT"`` scans them on the workers of a Dask cluster instead
    (docs/scale.md). The snapshot is the same whatever they are. Nothing is written;
    :func:`write_outputs` writes the artefacts.
    """
    from lineage.pipeline.run import scan_estate
    from lineage.pipeline.stages import check_estate

    if not isinstance(estate, config_io.Estate):
        estate = config_io.load_estate(estate)
    check_estate(estate)  # what the classifiers judge (flow entities, overrides): before a scan
    return Estate(
        scan_estate(
            estate,
            reporter=reporter,
            classifier=classifier,
            scanned_at=scanned_at,
            jobs=jobs,
            executor=executor,
        )
    )


def demo(*, scanned_at: str | None = None, reporter: Reporter | None = None) -> Estate:
    """Scan the bundled demo estate, serving its fake Salesforce org and Redis session store on
    loopback meanwhile."""
    from lineage.pipeline.demo_estate import demo_estate_path, demo_org

    path = demo_estate_path()
    with demo_org(path):
        return scan(path, scanned_at=scanned_at, reporter=reporter)


def load(path: str | os.PathLike[str]) -> Estate:
    """An :class:`Estate` from a snapshot.json, the ``--out`` folder of a scan, or a baseline
    file (its accepted snapshot).

    >>> import tempfile
    >>> from lineage.core import snapshot
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     snapshot.save(Snapshot("2026-01-01T00:00:00Z", "0"), f"{folder}/snapshot.json")
    ...     load(folder).snapshot.scanned_at
    '2026-01-01T00:00:00Z'
    """
    return Estate(baselines.load_snapshot(path))


def write_outputs(
    estate: Source, out: str | os.PathLike[str], formats: Sequence[str] = ("svg",)
) -> Written:
    """Write every artefact of a scan under ``out`` (snapshot.json, tables/, diagrams/ in
    ``formats`` (svg, png, pdf, dot), exports/, report.html, manifest.json); return the paths
    written and any warnings (a missing Graphviz costs the images only)."""
    from lineage.export.outputs import write_outputs as write

    return write(_estate(estate), out, tuple(formats))


# --- the CI gate --------------------------------------------------------------------------------


def diff(base: Source, new: Source, *, threshold: float = 0.2) -> Diff:
    """What changed from ``base`` to ``new`` (snapshots, output folders, baseline files or
    Estates): systems, datasets, personal-data fields and entities, flows and third parties,
    status changes, confidence changes of at least ``threshold``, gaps opened and resolved.
    Render it with ``lineage.ci.diff.to_text``, ``to_json`` or ``to_markdown``."""
    from lineage.ci.diff import diff as compare

    labels = (_label(base), _label(new))
    return compare(_estate(base), _estate(new), threshold, labels=labels)


def check(
    snapshot: Source,
    policy: str | os.PathLike[str],
    *,
    baseline: str | os.PathLike[str] | Baseline | None = None,
) -> CheckResult:
    """Check a snapshot against a policy file (docs/policy.md); with a baseline (a file from
    :func:`baseline`), the findings it accepted do not fail and the changes since it are
    reviewed. ``result.passed`` is the gate; render it with ``lineage.ci.reports``."""
    from lineage.ci.policy import load_policy
    from lineage.ci.rules import check as apply

    loaded = load_policy(policy)
    accepted = baselines.load(baseline) if isinstance(baseline, str | os.PathLike) else baseline
    return apply(_estate(snapshot), loaded, accepted)


def baseline(
    snapshot: Source,
    *,
    reason: str,
    path: str | os.PathLike[str] = baselines.DEFAULT_PATH,
    policy: str | os.PathLike[str] | None = None,
    by: str | None = None,
) -> Baseline:
    """Accept ``snapshot`` as it is: write the baseline file ``path`` (keeping the history of
    an existing one) with who (``by``, default from the environment), when and why; with a
    policy, its current violations are accepted too. Returns the baseline written."""
    from lineage.ci.policy import load_policy
    from lineage.ci.rules import check as apply

    loaded = load_policy(policy) if policy is not None else None
    path = Path(path)
    previous = baselines.load(path) if path.exists() else None
    estate = _estate(snapshot)
    found = apply(estate, loaded).violations if loaded is not None else ()
    accepted = baselines.accept(
        estate.snapshot,
        reason=reason,
        by=by or baselines.acceptor(),
        policy=loaded,
        violations={v.fingerprint: v.message for v in found},
        previous=previous,
    )
    baselines.save(accepted, path)
    return accepted


# --- the quarterly access review ---------------------------------------------------------------


def access_review(snapshot: Source, out: str | os.PathLike[str]) -> int:
    """Write the access review workbook of ``snapshot`` to ``out`` (an .xlsx): one row per
    principal that may read personal data, with ``decision`` (keep/revoke), ``reviewer`` and
    ``comment`` to fill in, and the snapshot's sha256 (docs/access.md). Returns the number of
    principals to review."""
    from lineage.export.review import write_review

    return write_review(_estate(snapshot), out, source=_label(snapshot))


def accept_review(
    workbook: str | os.PathLike[str],
    *,
    snapshot: Source | None = None,
    path: str | os.PathLike[str] = baselines.DEFAULT_PATH,
    by: str | None = None,
) -> Baseline:
    """Accept a filled review workbook: check it against the snapshot it was made from
    (``snapshot``, else the one its first sheet names; the same by sha256), every row decided
    and a reviewer named, then record the review (who, when, every decision, the snapshot's and
    the workbook's sha256) in the baseline file ``path``, creating it if need be. Next
    quarter's :func:`check` with that baseline fails on access that changed since. Returns the
    baseline written."""
    from lineage.ci.review import accept
    from lineage.core.review import ReviewError
    from lineage.export.review import file_sha256, read_review

    sheet = read_review(workbook)
    if snapshot is None:
        if not sheet.snapshot_path:
            raise ReviewError(f"{workbook}: names no snapshot; pass the one it was made from.")
        if not Path(sheet.snapshot_path).exists():
            raise ReviewError(
                f"{workbook}: was made from {sheet.snapshot_path}, which is not there any more; "
                "pass the snapshot it was made from."
            )
        snapshot = sheet.snapshot_path
    path = Path(path)
    previous = baselines.load(path) if path.exists() else None
    accepted = accept(
        sheet,
        _estate(snapshot),
        workbook=Path(workbook),
        workbook_sha256=file_sha256(workbook),
        by=by or baselines.acceptor(),
        previous=previous,
    )
    baselines.save(accepted, path)
    return accepted


# --- the evidence bundle ------------------------------------------------------------------------


def bundle(
    folder: str | os.PathLike[str],
    out: str | os.PathLike[str],
    *,
    review: str | os.PathLike[str] | None = None,
    baseline: str | os.PathLike[str] = baselines.DEFAULT_PATH,
) -> Path:
    """Zip the artefacts of a scan's output ``folder`` with its manifest into ``out``, after
    checking that no file changed since the scan; returns the zip's path. With ``review``, an
    access review workbook accepted in ``baseline`` for this scan's snapshot, the zip carries
    it and the record of its acceptance (``access-review/``, hashed in the manifest)."""
    from lineage.export.bundle import make_bundle

    evidence = _review_evidence(folder, review, baseline) if review is not None else None
    return make_bundle(folder, out, evidence=evidence)


def _review_evidence(
    folder: str | os.PathLike[str],
    review: str | os.PathLike[str],
    baseline: str | os.PathLike[str],
) -> dict[str, bytes]:
    import json

    from lineage.ci.review import accepted_review
    from lineage.core.review import ReviewError, snapshot_sha256
    from lineage.export.review import file_sha256

    review = Path(review)
    if not review.is_file():
        raise ReviewError(f"--review {review}: no such file.")
    if not Path(baseline).exists():
        raise ReviewError(
            f"--baseline {baseline}: no such file; accept the review first "
            "(piimap access-review --accept)."
        )
    record = accepted_review(
        baselines.load(baseline),
        file_sha256(review),
        snapshot_sha256(baselines.load_snapshot(folder)),
        workbook=str(review),
        baseline_path=str(baseline),
    )
    acceptance = json.dumps(dataclasses.asdict(record), indent=1, sort_keys=True) + "\n"
    return {
        f"access-review/{review.name}": review.read_bytes(),
        "access-review/acceptance.json": acceptance.encode(),
    }


def verify(bundle: str | os.PathLike[str]) -> Verification:
    """Check a bundle (or a scan's output folder) against its manifest: ``.ok``, and the files
    ``changed``, ``missing`` and ``extra``."""
    from lineage.export.bundle import verify as check_bundle

    return check_bundle(bundle)


def period(
    sources: Sequence[Source],
    out: str | os.PathLike[str] | None = None,
    *,
    start: str | None = None,
    end: str | None = None,
) -> Period:
    """The scans of an audit period together (docs/audit.md): each criterion's result in each
    scan, each gap's life (first seen, closed, reappeared, days open), time to remediate per
    severity, the changes between consecutive scans, and whether each calendar quarter from
    ``start`` to ``end`` (dates, ``2026-04-01``, or quarters, ``2026-Q2``; default: the first
    and last scan's quarters) has a scan.

    ``sources`` are bundles (zips from :func:`bundle`), scans' output folders or snapshot
    files, in any order; each is verified against its manifest first, and one that does not
    verify is still read and named first in the results. With ``out``, writes
    ``period.json``, ``period.xlsx`` and ``period.html`` there
    (``lineage.ci.period.to_dict`` is period.json's data)."""
    from lineage.ci.period import ScanSource, parse_bound, to_dict
    from lineage.ci.period import period as compute
    from lineage.core.snapshot import dumps
    from lineage.export.bundle import read_scan
    from lineage.export.period import write_period

    scans = []
    for source in sources:
        if isinstance(source, str | os.PathLike):
            read = read_scan(source)
            scans.append(
                ScanSource(
                    read.snapshot, str(source), read.sha256, read.verified, read.verification
                )
            )
        else:
            snapshot = _estate(source).snapshot
            digest = hashlib.sha256(dumps(snapshot).encode("utf-8")).hexdigest()
            scans.append(
                ScanSource(
                    snapshot,
                    "(in memory)",
                    digest,
                    False,
                    "cannot be verified: a snapshot in memory",
                )
            )
    found = compute(
        scans,
        start=None if start is None else parse_bound(start, end=False),
        end=None if end is None else parse_bound(end, end=True),
    )
    if out is not None:
        write_period(to_dict(found), out)
    return found


def _estate(source: Source) -> EstateGraph:
    if isinstance(source, Estate):
        return source.estate_graph
    if isinstance(source, EstateGraph | Snapshot):
        return EstateGraph.of(source)
    return EstateGraph(baselines.load_snapshot(source))


def _label(source: Source) -> str:
    return str(source) if isinstance(source, str | os.PathLike) else ""


class Estate:
    """One snapshot of an estate, with its graph, tables and questions.

    Build it with :func:`scan`, :func:`load` or :func:`demo` (or ``Estate(snapshot)``). Every
    method reads the snapshot; nothing changes it. Tables follow ``tables/*.csv``
    (docs/outputs.md), so ``entities`` is a ``;``-joined string, strongest first.
    """

    def __init__(self, snapshot: Snapshot) -> None:
        self.snapshot = snapshot

    @cached_property
    def estate_graph(self) -> EstateGraph:
        """The :class:`~lineage.graph.estate.EstateGraph` every method reads: the networkx
        graph and the snapshot's look-ups, built once."""
        return EstateGraph(self.snapshot)

    def __repr__(self) -> str:
        s = self.snapshot
        return (
            f"<Estate scanned {s.scanned_at}: {len(s.systems)} systems, {len(s.fields)} fields "
            f"({len(s.pii_fields())} personal), {len(s.flows)} flows, {len(s.gaps)} gaps>"
        )

    @property
    def graph(self) -> nx.MultiDiGraph:
        """The estate as a networkx MultiDiGraph (built once; see :mod:`lineage.graph.estate`)."""
        return self.estate_graph.graph

    # --- tables ---------------------------------------------------------------------------------

    def fields(self, pii_only: bool = True) -> pd.DataFrame:
        """Fields holding personal data, as ``tables/pii_fields.csv``; every field with
        ``pii_only=False`` (the others with no entities and confidence 0)."""
        import pandas as pd

        from lineage.export.tables import pii_fields_frame

        frame = pii_fields_frame(self.estate_graph)
        if pii_only:
            return frame
        blank: dict[str, object] = dict.fromkeys(frame.columns, "")
        others = pd.DataFrame(
            [
                {
                    **blank,
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
        every = pd.concat([frame, others], ignore_index=True)
        position = {(f.system, f.dataset, f.name): i for i, f in enumerate(self.snapshot.fields)}
        keys = [
            position[k] for k in zip(every["system"], every["dataset"], every["field"], strict=True)
        ]
        return every.iloc[sorted(range(len(keys)), key=keys.__getitem__)].reset_index(drop=True)

    def flows(self) -> pd.DataFrame:
        """One row per flow with its transit, authentication and retention status and evidence."""
        from lineage.export.tables import flows_frame

        return flows_frame(self.estate_graph)

    def stores(self) -> pd.DataFrame:
        """One row per dataset: personal-data fields, at-rest, audit and retention status."""
        from lineage.export.tables import stores_frame

        return stores_frame(self.estate_graph)

    def gaps(self) -> pd.DataFrame:
        """One row per gap, most severe first, with control ids, evidence and remediation."""
        from lineage.export.tables import gaps_frame

        return gaps_frame(self.estate_graph)

    def controls(self) -> pd.DataFrame:
        """The control matrix: one row per audit criterion, as ``tables/controls.csv`` (evidence
        files by name; the scan's file holds their sha256 too)."""
        from lineage.export.tables import controls_frame

        return controls_frame(self.estate_graph)

    def third_parties(self) -> pd.DataFrame:
        """One row per third party receiving personal data, as ``tables/third_parties.csv``."""
        from lineage.export.tables import third_parties_frame

        return third_parties_frame(self.estate_graph)

    def ropa(self) -> pd.DataFrame:
        """The GDPR Art. 30 record of processing, as ``tables/ropa.csv``."""
        from lineage.export.ropa import ropa_frame

        return ropa_frame(self.estate_graph)

    def ccpa(self) -> pd.DataFrame:
        """Personal information by CCPA/CPRA category, as ``tables/ccpa.csv``."""
        from lineage.export.ropa import ccpa_frame

        return ccpa_frame(self.estate_graph)

    def access(self) -> pd.DataFrame:
        """One row per principal (account, integration, role, group, API key): privileged,
        status, last login, credential and the personal data it can read, as
        ``tables/access.csv`` (docs/access.md)."""
        from lineage.export.access import access_frame

        return access_frame(self.estate_graph)

    # --- questions ------------------------------------------------------------------------------

    def who_can_read(self, target: str) -> pd.DataFrame:
        """Who may read ``target``, an entity (``"email"``, ``EMAIL_ADDRESS``) or a system,
        dataset or field id: one row per principal and field, with the grant and the roles it
        comes through (:func:`lineage.graph.access.who_can_read`)."""
        from lineage.export.access import who_can_read_frame

        return who_can_read_frame(self.estate_graph, target)

    def where(self, entity: str) -> pd.DataFrame:
        """Every field holding ``entity`` (``EMAIL_ADDRESS``, or ``"email"``), most confident
        first; ``confidence`` and ``explanation`` are that entity's."""
        import pandas as pd

        from lineage.graph.query import entity_name

        wanted = entity_name(self.estate_graph, entity)
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
            for hit, f in self.estate_graph.by_entity.get(wanted, ())
        ]
        return pd.DataFrame(rows, columns=WHERE_COLUMNS)

    def carrying(self, entity: str) -> pd.DataFrame:
        """The rows of :meth:`flows` for the flows carrying ``entity``."""
        from lineage.graph.query import carrying

        ids = {f.id for f in carrying(self.estate_graph, entity)}
        frame = self.flows()
        return frame[frame["flow"].isin(ids)].reset_index(drop=True)

    def trace(self, node: str, direction: str = "down", depth: int = 20) -> pd.DataFrame:
        """Where the values of ``node`` (a system, dataset or field id) go (``direction="down"``)
        or come from (``"up"``): one row per hop, breadth first (see :mod:`lineage.graph.query`)."""
        import pandas as pd

        from lineage.graph.query import check_node, trace

        check_node(self.estate_graph, node)
        rows = [
            dataclasses.asdict(h) | {"entities": ";".join(h.entities)}
            for h in trace(self.estate_graph, node, direction, depth)
        ]
        return pd.DataFrame(rows, columns=TRACE_COLUMNS)

    def subset(
        self,
        system: str | None = None,
        entity: str | None = None,
        status: str | Status | None = None,
        control: str = "any",
    ) -> Estate:
        """The part of the estate about one system, one entity and/or flows whose ``control``
        (``transit``, ``retention`` or ``any``) is in ``status`` (``ok``, ``gap``, ``unknown``);
        see :func:`lineage.graph.subset.subset`. Every method works on the result.

        >>> from lineage.core.model import Control, Flow, Snapshot
        >>> e = Estate(Snapshot("t", "0", flows=(
        ...     Flow("a", "shop", "crm", "declared", transit=Control(Status.GAP)),
        ...     Flow("b", "shop", "dw", "declared"))))
        >>> e.subset(status="gap", control="transit").flows()["flow"].tolist()
        ['a']
        """
        from lineage.graph.subset import subset

        cut = subset(
            self.estate_graph, system=system, entity=entity, status=status, control=control
        )
        return self if cut is self.snapshot else Estate(cut)

    def subgraph(
        self,
        system: str | None = None,
        entity: str | None = None,
        status: str | Status | None = None,
        control: str = "any",
    ) -> nx.MultiDiGraph:
        """The graph of :meth:`subset` (same arguments): a new graph, not a view.

        >>> from lineage.core.model import Flow, Snapshot, System
        >>> e = Estate(Snapshot("t", "0", systems=(System("shop", "sqlite"),),
        ...     flows=(Flow("a", "shop", "crm", "declared"), Flow("b", "dw", "bi", "declared"))))
        >>> sorted(e.subgraph(system="shop").nodes)
        ['crm', 'shop']
        """
        return self.subset(system, entity, status, control).graph

    def dsar(self, *identifiers: str) -> pd.DataFrame:
        """Where to look for one person's data, given the identifiers they gave (entities such
        as ``"email"``, ``"PHONE_NUMBER"``): the datasets a field of theirs finds (``via``
        empty), then those whose foreign keys reach the rows found, with the join path
        (:func:`lineage.graph.dsar.dsar_plan`, whose look-ups also carry the foreign keys). The plan
        holds no value; run it with the person's.

        >>> from lineage.core.model import Dataset, EntityHit, Field, ForeignKey
        >>> email = (EntityHit("EMAIL_ADDRESS", 0.9),)
        >>> e = Estate(Snapshot("t", "0",
        ...     datasets=(Dataset("shop", "customers"),
        ...               Dataset("shop", "orders", foreign_keys=(
        ...                   ForeignKey(("customer_id",), "customers", ("id",)),))),
        ...     fields=(Field("shop", "customers", "email", "text", entities=email),)))
        >>> e.dsar("email")[["dataset", "find_by", "via"]].values.tolist()
        [['customers', 'email = ?', ''], ['orders', 'customer_id = customers.id', 'shop/customers']]
        """
        import pandas as pd

        from lineage.graph.dsar import dsar_plan
        from lineage.graph.query import entity_name

        if not identifiers:
            raise PiimapError("dsar needs at least one identifier, such as 'EMAIL_ADDRESS'.")
        plan = dsar_plan(
            self.estate_graph, [entity_name(self.estate_graph, i) for i in identifiers]
        )
        rows = [
            dataclasses.asdict(x)
            | {
                "via": " > ".join(x.via),
                "match": ";".join(x.match),
                "personal_fields": ";".join(x.personal_fields),
                "entities": ";".join(x.entities),
            }
            for x in plan
        ]
        return pd.DataFrame(rows, columns=DSAR_COLUMNS)

    # --- display --------------------------------------------------------------------------------

    def diagram(self, kind: str = "systems") -> graphviz.Digraph:
        """A Graphviz diagram that Jupyter shows inline: ``"systems"``, ``"datasets"``, or an
        entity (every field holding it and every flow moving it).

        >>> from lineage.core.model import System
        >>> e = Estate(Snapshot("t", "0", systems=(System("shop", "sqlite"),)))
        >>> "shop" in e.diagram().source
        True
        """
        from lineage.render import dot as render_dot

        if kind == "systems":
            return render_dot.systems_diagram(self.estate_graph)
        if kind == "datasets":
            return render_dot.datasets_diagram(self.estate_graph)
        try:
            from lineage.graph.query import entity_name

            entity = entity_name(self.estate_graph, kind)
        except UnknownNameError:
            raise UnknownNameError(
                "diagram", kind, ["systems", "datasets", *sorted(self.estate_graph.by_entity)]
            ) from None
        return render_dot.trace_diagram(self.estate_graph, entity)

    def _repr_html_(self) -> str:
        """Jupyter's view: counts, gaps by severity and the most widespread entities."""
        from lineage.render.summary import summary_html

        return summary_html(self.estate_graph)
