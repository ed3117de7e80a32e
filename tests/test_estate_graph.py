"""The EstateGraph: one networkx graph and one set of look-ups per snapshot, which every
renderer, export, check and query reads instead of indexing the snapshot on its own."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import lineage
from lineage.core.model import Boundary, Snapshot
from lineage.graph import estate as estate_module
from lineage.graph.estate import EstateGraph
from lineage.graph.query import trace


@pytest.fixture(scope="module")
def demo(demo_snapshot: Snapshot) -> EstateGraph:
    return EstateGraph(demo_snapshot)


def test_every_artefact_of_a_scan_reads_one_estate_graph(
    demo_snapshot: Snapshot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """write_outputs indexes the snapshot once for the tables, diagrams, exports and report
    (a normalised snapshot needs no second, canonical copy)."""
    built: list[EstateGraph] = []
    original = EstateGraph.__init__

    def counting(self: EstateGraph, snapshot: Snapshot) -> None:
        built.append(self)
        original(self, snapshot)

    monkeypatch.setattr(estate_module.EstateGraph, "__init__", counting)
    written = lineage.write_outputs(demo_snapshot, tmp_path, formats=["dot"])
    assert len(built) == 1
    assert {p.name for p in written.paths} >= {"report.html", "openlineage.jsonl", "flows.csv"}


def test_nodes_are_typed_and_every_object_of_the_snapshot_is_one(demo: EstateGraph) -> None:
    g, snapshot = demo.graph, demo.snapshot
    types = dict(g.nodes(data="node_type"))
    for s in snapshot.systems:
        expected = "third_party" if s.boundary == Boundary.THIRD_PARTY else "system"
        assert types[s.id] == expected and g.nodes[s.id]["data"] is s
    assert all(types[d.id] == "dataset" for d in snapshot.datasets)
    assert all(types[f.id] == "field" for f in snapshot.fields)
    flow_keys = {k for _, _, k, kind in g.edges(keys=True, data="kind") if kind == "flow"}
    assert flow_keys == {f.id for f in snapshot.flows}
    columns = [d for _, _, d in g.edges(data=True) if d["kind"] == "column"]
    assert len(columns) == sum(len(f.columns) for f in snapshot.flows)


def test_look_ups_agree_with_the_snapshot(demo: EstateGraph) -> None:
    snapshot = demo.snapshot
    assert sum(len(fs) for fs in demo.pii.values()) == len(snapshot.pii_fields())
    email = demo.by_entity["EMAIL_ADDRESS"]
    confidences = [hit.confidence for hit, _ in email]
    assert confidences == sorted(confidences, reverse=True)
    assert demo.held("storefront") >= {"EMAIL_ADDRESS", "PHONE_NUMBER"}
    assert demo.held("storefront/customers/email") == {"EMAIL_ADDRESS"}
    klaviyo = demo.inbound["klaviyo"]
    assert klaviyo and all(f.target.split("/")[0] == "klaviyo" for f in klaviyo)
    assert EstateGraph.of(demo) is demo and EstateGraph.of(snapshot) is not demo
    assert demo.canonical is demo  # a scan's snapshot is already in canonical order


def test_an_index_a_reader_asks_for_is_built_once(demo: EstateGraph) -> None:
    calls: list[int] = []

    def build(estate: EstateGraph) -> int:
        calls.append(1)
        return len(estate.snapshot.flows)

    assert demo.memo(("test", 1), build) == demo.memo(("test", 1), build)
    assert len(calls) == 1


def test_trace_stops_at_its_depth_and_visits_each_node_once(demo: EstateGraph) -> None:
    start = "storefront/customers/email"
    everything = trace(demo, start)
    assert everything and max(h.depth for h in everything) >= 2
    assert trace(demo, start, depth=1) == [h for h in everything if h.depth == 1]
    assert trace(demo, start, depth=0) == []
    keys = [(h.flow, h.source, h.target) for h in everything]
    assert len(keys) == len(set(keys))


def test_the_graph_survives_the_snapshot_file(demo: EstateGraph, demo_out: Path) -> None:
    """A snapshot loaded from disk gives the same graph as the scan that wrote it."""
    loaded = lineage.load(demo_out).estate_graph.graph
    assert sorted(loaded.nodes) == sorted(demo.graph.nodes)
    assert sorted(loaded.edges(keys=True)) == sorted(demo.graph.edges(keys=True))
    assert json.loads((demo_out / "snapshot.json").read_text())["schema_version"] >= 2
