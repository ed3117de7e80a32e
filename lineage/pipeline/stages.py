"""The stages of a scan: plain functions of one signature, each reading and filling the
:class:`Scan` the others share (:data:`lineage.pipeline.run.STAGES` runs them in order).

Each system is scanned on its own; one that cannot be reached is recorded (with the reason) and
the others go on, so a partial scan still yields a snapshot.

The flow stages import sqlglot and networkx (about 45 MB) when they run, not with this module,
so the process does not hold them while its systems are scanned, next to the classifier's worker
processes (the scan's peak memory).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from functools import partial
from typing import TYPE_CHECKING, TypeVar

from classifiers import Classifier, default_classifier
from classifiers.values import ValueSettings, user_entities, value_settings
from connectors import get_connector
from connectors.base import Link
from lineage.assess import assess
from lineage.core import dates
from lineage.core.config import Estate, SystemConfig
from lineage.core.model import (
    Dataset,
    Fact,
    Field,
    Flow,
    Gap,
    Organisation,
    Principal,
    ReadGrant,
    ScanIssue,
    Snapshot,
    System,
)
from lineage.core.snapshot import normalised
from lineage.core.version import __version__
from lineage.flows.api_flows import api_flows
from lineage.flows.declared import declared_flow
from lineage.flows.found import Found, unique_ids
from lineage.flows.heroku_connect import heroku_connect_flows
from lineage.flows.links import link_flows
from lineage.flows.third_parties import integration_flows, third_party_flows

from .access import keep_personal
from .classify import classify
from .overrides import Overrides, apply_overrides, load_overrides
from .systems import (
    RERUN,
    Classification,
    Reporter,
    Silent,
    SystemScan,
    default_jobs,
    scan_system,
)

if TYPE_CHECKING:
    from .dask_executor import DaskCluster

__all__ = ["RERUN", "Reporter", "Scan", "Silent"]

log = logging.getLogger(__name__)
T = TypeVar("T")


@dataclass
class Scan:
    """What the stages of one scan share, filled in as they run."""

    estate: Estate
    reporter: Reporter
    classifier: Classifier | None = None
    #: The scan's time; taken when the assessment starts unless the caller gave one.
    scanned_at: str | None = None
    overrides: Overrides | None = None
    #: Systems scanned at once (None: :func:`~.systems.default_jobs`).
    jobs: int | None = None
    #: What builds the classifier in worker processes; None when the caller gave its own.
    value_settings: ValueSettings | None = None
    #: The Dask cluster the systems are scanned on (None: this machine).
    cluster: DaskCluster | None = None
    systems: list[System] = field(default_factory=list)
    datasets: list[Dataset] = field(default_factory=list)
    fields: list[Field] = field(default_factory=list)
    issues: list[ScanIssue] = field(default_factory=list)
    #: The links between databases each connector reported, with the system that reported it.
    links: list[tuple[str, Link]] = field(default_factory=list)
    #: Flows that will carry the entities of the fields they send.
    sending: list[Flow] = field(default_factory=list)
    #: Flows whose entities the estate config declares, kept as declared.
    declared: list[Flow] = field(default_factory=list)
    #: The flows of the snapshot, once :func:`carry_entities` has run.
    flows: list[Flow] = field(default_factory=list)
    gaps: list[Gap] = field(default_factory=list)
    principals: list[Principal] = field(default_factory=list)
    #: Who may read which dataset; only those on datasets holding personal data are kept.
    grants: list[ReadGrant] = field(default_factory=list)


def check_estate(estate: Estate) -> None:
    """What the estate names that only the classifiers can judge, checked before anything is
    scanned or written: the entities of its declared flows (piimap's own, or those of the user's
    recognizer files) and the overrides file's entries. ConfigError (exit 2) naming the file and
    the key otherwise; :func:`lineage.core.config.load_estate` has checked the rest."""
    from classifiers.entities import ENTITIES
    from lineage.core.errors import UnknownNameError

    settings = estate.config.classification
    values = value_settings(settings, estate.base_dir)
    extra: set[str] | None = None  # the user's recognizers, read only when they are needed
    for i, flow in enumerate(estate.config.flows):
        for name in flow.entities:
            if name in ENTITIES:
                continue
            extra = user_entities(values) if extra is None else extra
            if name not in extra:
                where = f"{estate.path}: flows.{i}.entities"
                raise UnknownNameError("entity", name, {*ENTITIES, *extra}, where=where)
    if settings.overrides:
        extra = user_entities(values) if extra is None else extra
        load_overrides(estate.resolve(settings.overrides), extra_entities=extra)


def prepare(scan: Scan) -> None:
    """The classifier, its settings checked, and the reviewed overrides, read before
    connecting anywhere so that a bad file costs no scan time."""
    settings = scan.estate.config.classification
    values = value_settings(settings, scan.estate.base_dir)
    if scan.cluster is None:  # a cluster's workers build their own
        if scan.classifier is None:
            scan.classifier = default_classifier(values, settings.threshold)
            scan.value_settings = values
        scan.classifier.check()
    if settings.overrides:
        extra = user_entities(values)
        path = scan.estate.resolve(settings.overrides)
        scan.overrides = load_overrides(path, extra_entities=extra)


def scan_systems(scan: Scan) -> None:
    """Each system through its connector and the classifiers (here, ``scan.jobs`` at a time, or
    on the workers of ``scan.cluster``), with the third parties its own configuration names; a
    system without a connector is a declared third party. Results are merged in the order of the
    system ids, whatever order they finish in."""
    configs = sorted(scan.estate.config.systems.items())
    # Full collections are not held back here (they are while the outputs are written): a
    # system's connector leaves cycles behind (82,441 objects freed once the hex scan's one
    # system was read), and an estate of many systems must not keep each one's to the end.
    if scan.cluster is not None:
        scanned = scan.cluster.scan(scan.estate, scan.reporter)
    else:
        scanned = _scan_here(scan, configs)
    for sid, cfg in configs:
        if cfg.connector is None:
            facts = (Fact("declared", "estate config", f"systems.{sid}"),)
            scan.systems.append(cfg.system(sid, "third_party", facts=facts))
        else:
            _add_system(scan, scanned[sid])


def _scan_here(scan: Scan, configs: list[tuple[str, SystemConfig]]) -> dict[str, SystemScan]:
    """The systems with a connector scanned in a pool of ``scan.jobs`` threads, by system id."""
    assert scan.classifier is not None
    threshold = scan.estate.config.classification.threshold
    # ``classify`` looked up when called, so that a test can make it crash
    classification = Classification(
        scan.classifier, lambda *a: classify(*a), scan.value_settings, threshold
    )
    jobs = max(1, scan.jobs or default_jobs())
    scanned: dict[str, SystemScan] = {}
    pool = ThreadPoolExecutor(jobs, thread_name_prefix="piimap-scan")
    try:
        futures = {
            sid: pool.submit(
                scan_system,
                scan.estate,
                sid,
                cfg,
                get_connector(cfg.connector),
                classification,
                scan.reporter,
            )
            for sid, cfg in configs
            if cfg.connector is not None
        }
        scanned = {sid: future.result() for sid, future in futures.items()}
        pool.shutdown()
    except BaseException:  # Ctrl-C: systems not started never start, running ones stop at
        classification.stop()  # their next batch; nothing waits for them
        pool.shutdown(wait=False, cancel_futures=True)
        raise
    finally:
        classification.close()
    return scanned


def _add_system(scan: Scan, found: SystemScan) -> None:
    """A scanned system's classified results into the scan; only its record and the issue
    when it could not be scanned."""
    known = {s.id for s in scan.systems} | {found.system.id}
    met = [s for s in found.systems if s.id not in known and s.id not in scan.estate.config.systems]
    systems = [*scan.systems, found.system, *met]
    sending = found.flows + third_party_flows(
        found.system, found.third_parties, systems, scan.estate.config.systems
    )
    scan.systems = systems
    scan.fields += found.fields
    scan.datasets += found.datasets
    scan.issues += found.issues
    scan.links += [(found.system_id, link) for link in found.links]
    scan.gaps += found.gaps
    scan.sending += sending
    scan.principals += found.principals
    scan.grants += found.grants


def discover_flows(scan: Scan) -> None:
    """Flows between the stores: the estate's declared flows and SQL jobs, the databases'
    views and links (with a system for each unlisted database), Heroku Connect mirrors. Each
    source on its own: one that crashes costs only its own flows (an issue says so)."""
    from lineage.flows.sql_flows import sql_job_flows, view_flows  # see the module docstring

    found = Found()
    for i, cfg in enumerate(scan.estate.config.flows):
        job = Found()
        if cfg.sql:
            find = partial(sql_job_flows, scan.estate, i, cfg, scan.systems, scan.datasets)
            sql = _attempt(scan, "discover_flows", f"flows[{i}].sql", partial(find, scan.fields))
            job = sql or job
        if job.flows:
            scan.sending += job.flows
        elif not cfg.entities and cfg.sql is None:
            scan.sending.append(declared_flow(i, cfg))  # entities from what it sends
        else:  # entities as declared; a job whose SQL gave nothing is still recorded
            scan.declared.append(declared_flow(i, cfg))
        found.issues += job.issues
    views = partial(view_flows, scan.systems, scan.datasets, scan.fields)
    links = partial(link_flows, scan.links, scan.estate, scan.systems, scan.datasets, scan.fields)
    configs = scan.estate.config.systems
    apis = partial(api_flows, scan.systems, scan.datasets, scan.fields, configs)
    for what, find in (("views", views), ("database links", links), ("APIs", apis)):
        found.extend(_attempt(scan, "discover_flows", what, find) or Found())
    scan.systems += found.systems
    heroku = partial(heroku_connect_flows, scan.systems, scan.datasets, scan.fields)
    scan.sending += found.flows + (_attempt(scan, "discover_flows", "Heroku Connect", heroku) or [])
    scan.issues += found.issues
    scan.gaps += found.gaps


def _attempt(scan: Scan, stage: str, what: str, find: Callable[[], T]) -> T | None:
    """``find()``; None, with an issue naming the stage, the part and the exception type (never
    its text, which may quote a value), when it crashed."""
    try:
        return find()
    except Exception as exc:
        log.debug("%s: %s failed", stage, what, exc_info=True)
        scan.issues.append(stage_failure(stage, exc, what))
        return None


def stage_failure(stage: str, exc: BaseException, part: str = "") -> ScanIssue:
    """The issue of a stage (or ``part`` of one) that crashed: the stage and the exception
    type, never the exception's text (it may quote a value or a secret).

    >>> stage_failure("propagate", KeyError("jane@example.com")).message.split(";")[0]
    'stage propagate failed (KeyError)'
    """
    on = f" on {part}" if part else ""
    return ScanIssue(
        f"stage {stage}",
        "error",
        f"stage {stage} failed{on} ({type(exc).__name__}); what it would have added is missing "
        "from this scan; " + RERUN,
    )


def propagate(scan: Scan) -> None:
    """Personal data into the fields that copies, derivations and hashes feed."""
    from lineage.flows.propagation import propagate_entities  # see the module docstring

    scan.fields = propagate_entities(scan.fields, scan.sending)


def apply_reviewed_overrides(scan: Scan) -> None:
    """The reviewed overrides, after propagation: a reviewed decision is final."""
    if scan.overrides is None:
        return
    scan.fields, warnings = apply_overrides(scan.fields, scan.overrides)
    for warning in warnings:
        log.warning(warning)


def carry_entities(scan: Scan) -> None:
    """Each discovered flow carries the entities of the fields it sends; declared flows keep
    the entities the config gives them (should that fail, the flows are kept without)."""
    from lineage.flows.propagation import carried_entities

    scan.flows = scan.declared + scan.sending
    scan.flows = scan.declared + carried_entities(scan.sending, scan.fields)


def read_integration_configs(scan: Scan) -> None:
    """Endpoints and hard-coded credentials of the estate's integration config files: evidence
    for the flows they match, new flows for the others, a gap for each credential."""
    from lineage.flows.propagation import carried_entities

    scan.flows, found = integration_flows(scan.estate, scan.systems, scan.flows)
    scan.flows += carried_entities(found.flows, scan.fields)
    scan.systems += found.systems
    scan.issues += found.issues
    scan.gaps += found.gaps


def personal_grants(scan: Scan) -> None:
    """Only the grants on datasets (or, for column grants, fields) holding personal data are
    kept; a grant on every dataset of a system (a superuser's) is kept as it is."""
    scan.grants = keep_personal(scan.grants, scan.fields)


def number_flows(scan: Scan) -> None:
    """Repeated flow ids numbered (``#2``...) so that no flow is lost."""
    scan.flows = unique_ids(scan.flows)


def assess_estate(scan: Scan) -> None:
    """Retention and audit status of every store and flow, and the gaps."""
    scan.scanned_at = scan.scanned_at or dates.now()
    scan.datasets, scan.flows, gaps = assess(
        scan.scanned_at,
        scan.estate.config.systems,
        scan.systems,
        scan.datasets,
        scan.fields,
        scan.flows,
        principals=scan.principals,
        grants=scan.grants,
        access=scan.estate.config.access,
    )
    scan.gaps = gaps + scan.gaps


def snapshot_of(scan: Scan) -> Snapshot:
    """The snapshot of a scan whose stages have all run, every list in its canonical order."""
    scan.scanned_at = scan.scanned_at or dates.now()  # set here when assess_estate crashed
    return normalised(
        Snapshot(
            scanned_at=scan.scanned_at,
            piimap_version=__version__,
            config_hash=scan.estate.config_hash,
            systems=tuple(scan.systems),
            datasets=tuple(scan.datasets),
            fields=tuple(scan.fields),
            flows=tuple(scan.flows),
            gaps=tuple(scan.gaps),
            issues=tuple(scan.issues),
            organisation=organisation(scan.estate),
            principals=tuple(scan.principals),
            grants=tuple(scan.grants),
        )
    )


def organisation(estate: Estate) -> Organisation:
    """The controller the estate config declares (empty fields where it says nothing)."""
    org = estate.config.organisation
    return Organisation(
        name=org.name or "",
        contact=org.contact or "",
        representative=org.representative or "",
        dpo=org.dpo or "",
    )
