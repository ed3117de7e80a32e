"""Table-level column links (``t2/* -> t1/*``, a ``SELECT *`` no schema expanded) in propagation,
carried entities, trace and the estate graph: "everything in t2 goes to t1" is not lost."""

from __future__ import annotations

from lineage.core.model import ColumnLink, EntityHit, Field, Flow, Snapshot
from lineage.flows.propagation import carried_entities, propagate_entities
from lineage.graph.estate import EstateGraph
from lineage.graph.query import trace

EMAIL = EntityHit("EMAIL_ADDRESS", 0.9)
FIELDS = (
    Field("crm", "patients", "email", "text", entities=(EMAIL,)),
    Field("crm", "patients", "visits", "int"),
    Field("dw", "patients_copy", "email", "text"),
    Field("dw", "patients_copy", "visits", "int"),
)
STAR = Flow(
    "sql_job:copy",
    "crm/patients",
    "dw/patients_copy",
    "sql_job",
    columns=(ColumnLink("crm/patients/*", "dw/patients_copy/*", "copied"),),
)
COUNT = Flow(
    "sql_job:count",
    "crm/patients",
    "dw/stats",
    "sql_job",
    columns=(ColumnLink("crm/patients/*", "dw/stats/n", "aggregated"),),
)


def test_a_table_level_copy_gives_the_target_field_of_the_same_name_its_entity() -> None:
    fields = {f.id: f for f in propagate_entities(list(FIELDS), [STAR])}
    assert [e.entity for e in fields["dw/patients_copy/email"].entities] == ["EMAIL_ADDRESS"]
    assert fields["dw/patients_copy/email"].entities[0].explanation == (
        "copied from crm/patients/email by sql_job:copy"
    )
    assert fields["dw/patients_copy/visits"].entities == ()


def test_a_table_level_flow_carries_every_entity_of_its_source_a_count_none() -> None:
    star, count = carried_entities([STAR, COUNT], FIELDS)
    assert star.entities == ("EMAIL_ADDRESS",)
    assert count.entities == ()


def test_trace_follows_a_table_level_link_down_and_up() -> None:
    snapshot = Snapshot("2026-01-01T00:00:00Z", "0", fields=FIELDS, flows=(STAR,))
    down = [(h.source, h.target, h.how) for h in trace(snapshot, "crm/patients/email")]
    assert down == [("crm/patients/email", "dw/patients_copy/email", "copied")]
    up = [(h.source, h.target) for h in trace(snapshot, "dw/patients_copy/email", "up")]
    assert ("crm/patients/email", "dw/patients_copy/email") in up


def test_trace_stops_at_the_dataset_when_the_target_field_was_not_scanned() -> None:
    snapshot = Snapshot("2026-01-01T00:00:00Z", "0", fields=FIELDS[:2], flows=(STAR,))
    down = [(h.target, h.how) for h in trace(snapshot, "crm/patients/email")]
    assert ("dw/patients_copy", "copied") in down


def test_the_estate_graph_has_no_field_node_named_star() -> None:
    snapshot = Snapshot("2026-01-01T00:00:00Z", "0", fields=FIELDS, flows=(STAR, COUNT))
    graph = EstateGraph(snapshot).graph
    assert not [n for n in graph if str(n).endswith("/*")]


def test_a_subset_by_status_keeps_every_field_a_table_level_link_moves() -> None:
    from lineage.core.model import Control, Status, System
    from lineage.graph.subset import subset

    gap = Flow(
        STAR.id, STAR.source, STAR.target, STAR.kind, columns=STAR.columns,
        transit=Control(Status.GAP, ("plain text",)),
    )  # fmt: skip
    snapshot = Snapshot(
        "2026-01-01T00:00:00Z", "0", systems=(System("crm", "postgresql"),
        System("dw", "postgresql")), fields=FIELDS, flows=(gap,),
    )  # fmt: skip
    kept = subset(snapshot, status="gap")
    assert {f.id for f in kept.fields} == {f.id for f in FIELDS}
