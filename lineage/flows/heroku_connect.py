"""Heroku Connect mirrors: SQL tables copying a Salesforce org's sObjects, and their flows.

Heroku Connect writes each mapped sObject to a table named after its lowercase API name
(``contact``, ``my_obj__c``) with the system columns ``sfid``, ``_hc_lastop`` and ``_hc_err``;
rows in the schema's ``_trigger_log`` mean the app also writes changes back to Salesforce.
Only the mirror's table is visible to a scan, never Heroku Connect's own connection to the org,
so the transit of these flows stays unknown.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from lineage.core.ids import dataset_id
from lineage.core.model import Control, Dataset, Field, Flow, Status, System

MARKERS = ("sfid", "_hc_lastop", "_hc_err")
TRIGGER_LOG = "_trigger_log"
TRANSIT = Control(
    Status.UNKNOWN, ("Heroku Connect's own connection to Salesforce is not visible to the scan",)
)


def heroku_connect_flows(
    systems: Iterable[System], datasets: Iterable[Dataset], fields: Iterable[Field]
) -> list[Flow]:
    """Flows from a scanned Salesforce org to its Heroku Connect mirror tables (and back when
    the schema's ``_trigger_log`` holds rows). Nothing when no Salesforce org was scanned.

    >>> from lineage.core.model import Dataset, Field, System
    >>> systems = [System("crm", "salesforce"), System("app", "postgresql")]
    >>> datasets = [Dataset("crm", "Contact"), Dataset("app", "salesforce.contact")]
    >>> fields = [Field("crm", "Contact", n, "string") for n in ("Id", "Email")] + [
    ...     Field("app", "salesforce.contact", n, "text")
    ...     for n in ("id", "sfid", "_hc_lastop", "_hc_err", "email")
    ... ]
    >>> flows = heroku_connect_flows(systems, datasets, fields)
    >>> [(f.id, f.source, f.target, f.fields) for f in flows]
    [('heroku_connect:crm:app/salesforce.contact', 'crm/Contact', 'app/salesforce.contact', \
('app/salesforce.contact/email', 'app/salesforce.contact/sfid'))]
    """
    systems, datasets, fields = list(systems), list(datasets), list(fields)
    crms = sorted(s.id for s in systems if s.kind == "salesforce")
    if not crms:
        return []
    columns: dict[tuple[str, str], list[Field]] = defaultdict(list)
    for f in fields:
        columns[(f.system, f.dataset)].append(f)
    objects = {
        (d.system, d.name.lower()): d.name for d in datasets if d.system in crms
    }  # (crm, lowercase API name) -> API name
    logs = {
        (d.system, _schema(d.name)): d for d in datasets if _table(d.name).lower() == TRIGGER_LOG
    }
    flows = []
    for d in sorted(datasets, key=lambda d: d.id):
        if d.system in crms or not _is_mirror(columns[(d.system, d.name)]):
            continue
        for crm in crms:
            sobject = objects.get((crm, _table(d.name).lower()))
            if sobject is None:
                continue
            pairs = _mirrored(columns[(d.system, d.name)], columns[(crm, sobject)])
            why = f"table has sfid, _hc_lastop, _hc_err (Heroku Connect mirror of {sobject})"
            flows.append(
                Flow(
                    id=f"heroku_connect:{crm}:{d.id}",
                    source=dataset_id(crm, sobject),
                    target=d.id,
                    kind="heroku_connect",
                    fields=tuple(sorted(db.id for db, _ in pairs)),
                    transit=TRANSIT,
                    evidence=(why,),
                )
            )
            log = logs.get((d.system, _schema(d.name)))
            if log is not None and (log.row_count or 0) > 0:
                counted = f" ({log.row_count_evidence})" if log.row_count_evidence else ""
                flows.append(
                    Flow(
                        id=f"heroku_connect_writeback:{crm}:{d.id}",
                        source=d.id,
                        target=dataset_id(crm, sobject),
                        kind="heroku_connect_writeback",
                        fields=tuple(sorted(sf.id for _, sf in pairs)),
                        transit=TRANSIT,
                        evidence=(
                            why,
                            f"{log.id} has {log.row_count} rows{counted}: "
                            "the app writes changes back to Salesforce",
                        ),
                    )
                )
    return flows


def _is_mirror(columns: list[Field]) -> bool:
    names = {f.name.lower() for f in columns}
    return all(m in names for m in MARKERS)


def _mirrored(mirror: list[Field], sobject: list[Field]) -> list[tuple[Field, Field]]:
    """(mirror column, sObject field) pairs: same lowercase name, and ``sfid`` for ``Id``.

    The mirror's own ``id`` is Heroku Connect's serial key, not the record Id.
    """
    by_name = {f.name.lower(): f for f in sobject}
    pairs = []
    for column in mirror:
        name = column.name.lower()
        if name == "id":
            continue
        match = by_name.get("id" if name == "sfid" else name)
        if match is not None:
            pairs.append((column, match))
    return pairs


def _schema(dataset: str) -> str:
    return dataset.rpartition(".")[0]


def _table(dataset: str) -> str:
    return dataset.rpartition(".")[2]
