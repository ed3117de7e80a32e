"""The scan pipeline: an estate config through connectors, classifiers, flow discovery and the
assessment to a snapshot, as a sequence of named stages (:mod:`lineage.pipeline.stages`).

>>> [stage.__name__ for stage in STAGES][:3]
['prepare', 'scan_systems', 'discover_flows']
"""

from __future__ import annotations

from collections.abc import Callable

from classifiers import Classifier
from lineage.core.config import Estate
from lineage.core.model import Snapshot

from .stages import (
    Reporter,
    Scan,
    Silent,
    apply_reviewed_overrides,
    assess_estate,
    carry_entities,
    discover_flows,
    number_flows,
    prepare,
    propagate,
    read_integration_configs,
    scan_systems,
    snapshot_of,
)

__all__ = ["STAGES", "Reporter", "scan_estate"]

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
    assess_estate,  # statuses and gaps
)


def scan_estate(
    estate: Estate,
    *,
    reporter: Reporter | None = None,
    classifier: Classifier | None = None,
    scanned_at: str | None = None,
) -> Snapshot:
    """Scan every system of the estate and return the snapshot."""
    scan = Scan(estate, reporter or Silent(), classifier, scanned_at)
    for stage in STAGES:
        stage(scan)
    return snapshot_of(scan)
