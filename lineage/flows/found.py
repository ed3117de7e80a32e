"""What flow discovery adds to a scan, and flow ids made unique before the flows are kept."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from dataclasses import dataclass, field

from lineage.core.model import Flow, Gap, ScanIssue, System


@dataclass
class Found:
    """What one discovery step adds to a scan: flows, systems it met (an unlisted database, a
    third party), issues and gaps."""

    flows: list[Flow] = field(default_factory=list)
    systems: list[System] = field(default_factory=list)
    issues: list[ScanIssue] = field(default_factory=list)
    gaps: list[Gap] = field(default_factory=list)

    def extend(self, other: Found) -> None:
        self.flows += other.flows
        self.systems += other.systems
        self.issues += other.issues
        self.gaps += other.gaps


def unique_ids(flows: Iterable[Flow]) -> list[Flow]:
    """Flows whose ids repeat (two webhooks to one host, two modules of one vendor) get ``#2``,
    ``#3``... in a stable order, so none is lost in the graph, the tables or a diff.

    >>> [f.id for f in unique_ids([Flow("webhook:s:h", "s", "h", "webhook")] * 2)]
    ['webhook:s:h', 'webhook:s:h#2']
    """
    ordered = sorted(flows, key=lambda f: (f.id, f.source, f.target, f.kind, f.evidence))
    seen: dict[str, int] = {}
    out = []
    for flow in ordered:
        seen[flow.id] = seen.get(flow.id, 0) + 1
        n = seen[flow.id]
        out.append(flow if n == 1 else dataclasses.replace(flow, id=f"{flow.id}#{n}"))
    return out
