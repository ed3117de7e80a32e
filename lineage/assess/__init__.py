"""The assessment: the retention and audit-trail status of every store and flow
(:mod:`~lineage.assess.statuses`), and the gaps an auditor will ask about, one rule per function
in a registry (:data:`~lineage.assess.gaps.GAP_RULES`, rules in
:mod:`~lineage.assess.flow_gaps` and :mod:`~lineage.assess.store_gaps`).

Rules and their control ids: docs/assessment.md.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence

from lineage.core.config import AccessConfig, SystemConfig
from lineage.core.model import Dataset, Field, Flow, Gap, Principal, ReadGrant, System

from .gaps import GAP_RULES, SEVERITY_ORDER, find_gaps, gap_ids, gap_key, sorted_gaps
from .statuses import Assessed, with_statuses

__all__ = [
    "GAP_RULES",
    "SEVERITY_ORDER",
    "Assessed",
    "assess",
    "find_gaps",
    "gap_ids",
    "gap_key",
    "sorted_gaps",
]


def assess(
    scanned_at: str,
    configs: Mapping[str, SystemConfig],
    systems: Sequence[System],
    datasets: Sequence[Dataset],
    fields: Sequence[Field],
    flows: Sequence[Flow],
    *,
    principals: Sequence[Principal] = (),
    grants: Sequence[ReadGrant] = (),
    access: AccessConfig | None = None,
) -> tuple[list[Dataset], list[Flow], list[Gap]]:
    """Datasets with retention and audit status, flows with retention status, and the gaps
    (those of access too, judged against ``access``: docs/access.md)."""
    estate = dataclasses.replace(
        with_statuses(scanned_at, configs, systems, datasets, fields, flows),
        scanned_at=scanned_at,
        fields=fields,
        principals=principals,
        grants=grants,
        access=access or AccessConfig(),
    )
    return list(estate.datasets), list(estate.flows), find_gaps(estate)
