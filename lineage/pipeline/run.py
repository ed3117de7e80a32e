"""The scan pipeline: an estate config through connectors, classifiers, flow discovery and the
assessment to a snapshot, as a sequence of named stages (:mod:`lineage.pipeline.stages`).

A stage that crashes costs only what it would have added: the failure is an issue of the
snapshot (kind ``error``, naming the stage and the exception type, never its text, which may
quote values) and the later stages run on what the earlier ones found. Only ``prepare``, which
runs before anything is scanned, stops the scan.

>>> [stage.__name__ for stage in STAGES][:3]
['prepare', 'scan_systems', 'discover_flows']
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from contextlib import ExitStack

from classifiers import Classifier
from lineage.core import timing
from lineage.core.config import Estate
from lineage.core.errors import ConfigError, PiimapError
from lineage.core.model import ScanIssue, Snapshot

from .dask_executor import LOCAL, dask_cluster, scheduler_address
from .stages import (
    Reporter,
    Scan,
    Silent,
    apply_reviewed_overrides,
    assess_estate,
    carry_entities,
    discover_flows,
    number_flows,
    personal_grants,
    prepare,
    propagate,
    read_integration_configs,
    scan_systems,
    snapshot_of,
    stage_failure,
)

__all__ = ["STAGES", "Reporter", "scan_estate"]

log = logging.getLogger(__name__)

#: The stages of a scan, in order; each reads and fills the :class:`~.stages.Scan` they share.
STAGES: tuple[Callable[[Scan], None], ...] = (
    prepare,  # the classifier, and the reviewed overrides read before connecting anywhere
    scan_systems,  # connectors, classification, the third parties each system names
    discover_flows,  # SQL jobs, views, database links, Heroku Connect
    propagate,  # personal data into the fields copies and hashes feed
    apply_reviewed_overrides,  # after propagation: a reviewed decision is final
    carry_entities,  # each flow carries the entities of the fields it sends
    read_integration_configs,  # endpoints and credentials in integration config files
    number_flows,  # repeated flow ids numbered, none lost
    personal_grants,  # the grants on datasets holding personal data
    assess_estate,  # statuses and gaps
)


class ScanNotStarted(PiimapError):
    """A stage that runs before anything is scanned failed: nothing was scanned or written."""


def scan_estate(
    estate: Estate,
    *,
    reporter: Reporter | None = None,
    classifier: Classifier | None = None,
    scanned_at: str | None = None,
    jobs: int | None = None,
    executor: str = LOCAL,
) -> Snapshot:
    """Scan every system of the estate and return the snapshot: here, ``jobs`` systems at once
    (None: a number that suits the machine, :func:`~.systems.default_jobs`), or on the workers of
    a Dask cluster when ``executor`` is ``dask://HOST:PORT``. The snapshot is the same whatever
    ``jobs`` and ``executor`` are."""
    address = scheduler_address(executor)
    if address is not None and classifier is not None:
        raise ConfigError(
            f"executor {executor!r}: a classifier object cannot be sent to Dask workers (they "
            "build the estate's own); scan locally to use it."
        )
    with ExitStack() as stack:
        cluster = None if address is None else stack.enter_context(dask_cluster(address))
        scan = Scan(estate, reporter or Silent(), classifier, scanned_at, jobs=jobs)
        scan.cluster = cluster
        for stage in STAGES:
            with timing.phase(stage.__name__):
                run_stage(stage, scan)
    with timing.phase("snapshot"):
        return snapshot_of(scan)


def run_stage(stage: Callable[[Scan], None], scan: Scan) -> None:
    """Run one stage; a crash after ``prepare`` becomes an issue of the scan, and the scan goes
    on with what the earlier stages found."""
    name = stage.__name__
    try:
        stage(scan)
    except PiimapError as exc:
        if stage is prepare:
            raise  # a config mistake: exit 2 before anything is scanned
        scan.issues.append(ScanIssue(f"stage {name}", "error", str(exc)))
    except Exception as exc:
        log.debug("stage %s failed", name, exc_info=True)
        if stage is prepare:
            raise ScanNotStarted(
                f"the scan could not start: stage {name} failed ({type(exc).__name__}); "
                "nothing was scanned; rerun with -vv for the details."
            ) from None
        scan.issues.append(stage_failure(name, exc))
