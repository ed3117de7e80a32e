"""An HTML summary of a snapshot, as Jupyter shows an :class:`lineage.api.Estate`."""

from __future__ import annotations

import html
from collections import Counter
from collections.abc import Iterable

from lineage.core.model import Snapshot, Status
from lineage.graph.estate import EstateGraph

#: Entities listed in the summary, those held in most fields first.
TOP_ENTITIES = 8


def summary_html(estate: EstateGraph | Snapshot) -> str:
    """An HTML summary of a snapshot (every value escaped): counts, gaps by severity and the
    entities held in most fields.

    >>> "<table" in summary_html(Snapshot("<b>t</b>", "0")) and "&lt;b&gt;" in summary_html(
    ...     Snapshot("<b>t</b>", "0"))
    True
    """
    esc = html.escape
    estate = EstateGraph.of(estate)
    s = estate.snapshot
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
    entities = Counter({e: len(hits) for e, hits in estate.by_entity.items()})

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
        + table(("entity", "fields"), entities.most_common(TOP_ENTITIES))
        + "</div>"
    )
