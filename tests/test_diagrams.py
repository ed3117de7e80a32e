"""Diagrams: the demo's systems, datasets and trace diagrams say what docs/diagrams.md says they
do, Mermaid output is well formed, and a 50-system, 2,000-table estate is folded to a size a
reader can follow (speed is bench/diagram.py's business, not the tests')."""

from __future__ import annotations

import importlib.util
import re
import subprocess
import sys
from pathlib import Path

import pytest

from lineage.core.errors import UnknownNameError
from lineage.core.model import Boundary, EntityHit, Field, Flow, Snapshot, Status, System
from lineage.render.diagrams import write_diagrams
from lineage.render.dot import STATUS_COLOUR, datasets_diagram, systems_diagram, trace_diagram
from lineage.render.mermaid import label, mermaid_systems, mermaid_trace
from lineage.render.systems_view import EDGE_LIMIT, LABEL_WIDTH, system_view
from lineage.render.trace_view import trace_entities, trace_view

REPO = Path(__file__).resolve().parents[1]
GREEN, RED, GREY = (STATUS_COLOUR[s] for s in (Status.OK, Status.GAP, Status.UNKNOWN))


def _edge(source: str, tail: str, head: str) -> str:
    """The DOT statement of the edge tail -> head (ports allowed)."""
    found = [
        line
        for line in source.splitlines()
        if re.match(rf"\s*{re.escape(tail)}(:\S+)? -> {re.escape(head)}(:\S+)? \[", line)
    ]
    assert len(found) == 1, (tail, head, found)
    return found[0]


def _nodes(source: str) -> list[str]:
    """Ids of the DOT nodes drawn with a label (not the invisible rank points)."""
    return re.findall(r"^\s*(\w+) \[label=<", source, flags=re.M)


# --- the demo ------------------------------------------------------------------------------------


def test_systems_diagram_has_boundaries_legend_and_marks(demo_snapshot):
    source = systems_diagram(demo_snapshot).source
    for cluster in ("cluster_internal", "cluster_crm", "cluster_third_party"):
        assert f"subgraph {cluster}" in source
    assert "Internal: storefront and data stores" in source and "Third parties" in source
    assert "<B>Legend</B>" in source
    for meaning in ("transit ok", "transit gap", "transit unknown", "not stated", "sensitive"):
        assert meaning in source, meaning
    storefront = next(
        line for line in source.splitlines() if line.strip().startswith("storefront [")
    )
    assert "Storefront DB" in storefront
    assert "at rest ?" in storefront and "retention ✗" in storefront and "audit ✗" in storefront
    assert "holds: government ID, payment" in storefront
    # A third party has no store of ours to mark at rest; its retention is what it receives.
    klaviyo = next(line for line in source.splitlines() if line.strip().startswith("klaviyo ["))
    assert "retention ?" in klaviyo and "at rest" not in klaviyo


def test_both_legends_star_art_9_and_art_10_data(demo_snapshot):
    # families() stars a criminal record (Art. 10) as well as Art. 9 data: the legends say so.
    for source in (systems_diagram(demo_snapshot).source, mermaid_systems(demo_snapshot)):
        assert "GDPR Art. 9 or 10, CPRA" in source


@pytest.mark.parametrize(
    ("tail", "head", "colour", "style", "label"),
    [
        ("storefront", "shipfast", RED, "bold", "contact, name"),  # shipping labels over http
        ("storefront", "klaviyo", GREEN, "solid", "contact"),  # newsletter sync over https
        ("storefront", "stripe", GREEN, "solid", "payment"),
        ("wholesale", "klaviyo", GREY, "dashed", "contact, name, device"),
        ("crm", "crm_dataloader", GREEN, "solid", "not stated"),
    ],
)
def test_systems_edges_carry_categories_styled_by_transit(
    demo_snapshot, tail, head, colour, style, label
):
    edge = _edge(systems_diagram(demo_snapshot).source, tail, head)
    assert f'color="{colour}"' in edge and f"style={style}" in edge
    assert f">{label}</FONT>" in edge


def test_flows_against_the_boundary_order_are_drawn_reversed(demo_snapshot):
    source = systems_diagram(demo_snapshot).source
    # Flows both ways between the storefront and the CRM share one two-headed edge, drawn from
    # the internal side; the warehouse load sits left of the storefront, arrow pointing at it.
    assert "dir=both" in _edge(source, "storefront", "crm")
    assert "dir=back" in _edge(source, "analytics", "storefront")


def test_datasets_diagram_clusters_systems_with_marked_datasets(demo_snapshot):
    source = datasets_diagram(demo_snapshot).source
    assert "Storefront DB" in source and "Salesforce CRM" in source
    assert "<B>customers</B>" in source and "400 rows" in source
    assert "arrowhead=odot" in source  # foreign keys
    newsletter = _edge(source, "d_storefront_newsletter_subscriptions", "klaviyo")
    assert f'color="{GREEN}"' in newsletter


def test_trace_of_email_follows_the_hash_and_the_klaviyo_sync(demo_snapshot):
    view = trace_view(demo_snapshot, "email")
    assert view.entity == "EMAIL_ADDRESS"
    titles = {b.id: b.title for c in view.clusters for b in c.boxes}
    links = {
        (titles[x.source], x.source_port, titles[x.target], x.target_port): x for x in view.links
    }
    hashed = links[("orders", "customer_email", "customer_ltv", "customer_email_sha256")]
    assert hashed.label == "pseudonymised"
    assert hashed.flows == (
        "sql_job:nightly-warehouse-load:storefront/orders->analytics/customer_ltv",
    )
    synced = links[("newsletter_subscriptions", "", "Klaviyo", "")]
    assert synced.label == "declared" and synced.transit is Status.OK
    fields = {t for c in view.clusters for b in c.boxes for _, t in b.rows}
    assert {"email", "customer_email", "user_email", "Email"} <= fields

    source = trace_diagram(demo_snapshot, "EMAIL_ADDRESS").source
    edge = _edge(source, "t_storefront_orders", "t_analytics_customer_ltv")
    assert ":p_customer_email:e -> " in edge and ">pseudonymised</FONT>" in edge
    assert "Klaviyo" in source and "<B>Legend</B>" in source


def test_traced_entities_are_the_most_widespread_with_email(demo_snapshot):
    assert trace_entities(demo_snapshot) == [
        "PERSON_NAME",
        "EMAIL_ADDRESS",
        "PHONE_NUMBER",
        "STREET_ADDRESS",
        # CITY is no longer fifth: a ComplianceGroup tag no longer confirms a city that only
        # the values suggest (issue 18), so Name-like fields stop counting as cities; the
        # session store's IP addresses and the order-events queue's postcode (issue 23) tie at
        # 8 fields each, and a tie goes by name
        "IP_ADDRESS",
    ]
    assert "EMAIL_ADDRESS" in trace_entities(demo_snapshot, limit=1)


def test_write_diagrams_writes_every_format_and_the_mermaid_files(demo_snapshot, tmp_path):
    paths, warnings = write_diagrams(demo_snapshot, tmp_path, ("svg", "png", "pdf", "dot"))
    assert not warnings
    folder = tmp_path / "diagrams"
    names = {p.name for p in paths}
    for stem in ("systems", "datasets", "trace_EMAIL_ADDRESS", "trace_PERSON_NAME"):
        assert {f"{stem}.{fmt}" for fmt in ("svg", "png", "pdf", "dot")} <= names
    assert {"systems.mmd", "trace_EMAIL_ADDRESS.mmd", "diagrams.md"} <= names
    assert all(p.parent == folder and p.stat().st_size > 0 for p in paths)
    assert (folder / "systems.png").read_bytes()[:4] == b"\x89PNG"
    assert (folder / "systems.pdf").read_bytes()[:4] == b"%PDF"
    svg = (folder / "systems.svg").read_text()
    assert "Storefront DB" in svg and "Legend" in svg
    # Same snapshot, same bytes.
    again, _ = write_diagrams(demo_snapshot, tmp_path / "again", ("svg", "dot"))
    for path in again:
        assert path.read_bytes() == (folder / path.name).read_bytes(), path.name


def test_a_missing_graphviz_leaves_dot_files_and_one_warning(demo_snapshot, tmp_path, monkeypatch):
    def no_graphviz(*args, **kwargs):
        raise FileNotFoundError("dot")

    monkeypatch.setattr("lineage.render.dot.subprocess.run", no_graphviz)
    paths, warnings = write_diagrams(demo_snapshot, tmp_path, ("svg", "png"))
    assert {p.suffix for p in paths} == {".dot", ".mmd", ".md"}
    assert (
        len(warnings) == 1
        and "Graphviz" in warnings[0]
        and "apt-get install graphviz" in warnings[0]
    )


def test_a_failing_graphviz_is_a_warning_not_a_crash(demo_snapshot, tmp_path, monkeypatch):
    def broken(command, **kwargs):
        raise subprocess.CalledProcessError(1, command, stderr=b"Error: trouble in init_rank\n")

    monkeypatch.setattr("lineage.render.dot.subprocess.run", broken)
    _, warnings = write_diagrams(demo_snapshot, tmp_path, ("svg",))
    assert (tmp_path / "diagrams" / "systems.dot").exists()
    assert any("trouble in init_rank" in w for w in warnings)


def test_an_unknown_format_says_what_was_meant(demo_snapshot, tmp_path):
    with pytest.raises(UnknownNameError, match="Did you mean 'svg'"):
        write_diagrams(demo_snapshot, tmp_path, ("svgz",))


# --- Mermaid -------------------------------------------------------------------------------------

_NODE = re.compile(r'^\s*(\w+)\["([^"]*)"\](?::::\w+)?$')
_SUBGRAPH = re.compile(r'^\s*subgraph (\w+)\["([^"]*)"\]$')
_EDGE = re.compile(r'^\s*(\w+) (-->|==>|-\.->|<-->|<==>|<-\.->)\|"([^"]*)"\| (\w+)$')
_ORDER = re.compile(r"^\s*\w+( ~~~ \w+)+$")
_STYLE = re.compile(r"^\s*((linkStyle [\d,]+|classDef \w+|style \w+) \S.*|class [\w,]+ \w+)$")


def check_mermaid(text: str) -> tuple[int, set[str]]:
    """Assert ``text`` is a flowchart piimap's way: every line a known statement, every label
    free of quotes and brackets, every edge between declared nodes, subgraphs closed, linkStyle
    indexes in range. Returns the number of edges and the node ids."""
    lines = text.strip("\n").splitlines()
    assert lines[0] == "flowchart LR"
    nodes: set[str] = set()
    subgraphs: set[str] = set()
    edges: list[tuple[str, str]] = []
    links = 0
    depth = 0
    styled: list[int] = []
    for line in lines[1:]:
        if m := _SUBGRAPH.match(line):
            depth += 1
            subgraphs.add(m.group(1))
            texts = [m.group(2)]
        elif line.strip() == "end":
            depth -= 1
            assert depth >= 0
            continue
        elif m := _NODE.match(line):
            nodes.add(m.group(1))
            texts = [m.group(2)]
        elif m := _EDGE.match(line):
            edges.append((m.group(1), m.group(4)))
            links += 1
            texts = [m.group(3)]
        elif _ORDER.match(line):
            links += line.count("~~~")
            texts = []
        elif m := _STYLE.match(line):
            if line.strip().startswith("linkStyle"):
                styled += [int(i) for i in line.split()[1].split(",")]
            texts = []
        else:
            raise AssertionError(f"not a statement piimap writes: {line!r}")
        for t in texts:
            plain = re.sub(r"</?b>|<br/>", "", t)
            assert not re.search(r'["\[\]{}()|<>`]', plain), t
    assert depth == 0
    for a, b in edges:
        assert a in nodes | subgraphs and b in nodes | subgraphs, (a, b)
    assert styled and max(styled) < links and len(styled) == len(set(styled)) == len(edges)
    return len(edges), nodes


def test_mermaid_systems_is_well_formed_and_styled_by_transit(demo_snapshot):
    text = mermaid_systems(demo_snapshot)
    count, nodes = check_mermaid(text)
    view = system_view(demo_snapshot)
    assert count == len(view.edges) and {f"s_{n.id}" for n in view.nodes} <= nodes
    for group in ("internal", "crm", "third_party"):
        assert f"subgraph g_{group}[" in text
    assert 's_storefront ==>|"contact, name"| s_shipfast' in text
    assert 's_storefront -->|"payment"| s_stripe' in text
    assert "s_storefront <-.->|" in text  # both ways with the CRM, transit unknown
    assert "Wholesale shop #40;WooCommerce#41;" in text
    assert "linkStyle" in text and "stroke:#cf222e" in text and "legend[" in text


def test_mermaid_traces_and_the_markdown_page_are_well_formed(demo_snapshot, tmp_path):
    trace = mermaid_trace(demo_snapshot, "EMAIL_ADDRESS")
    check_mermaid(trace)
    assert "customer_email → customer_email_sha256: pseudonymised" in trace
    write_diagrams(demo_snapshot, tmp_path, ("dot",))
    page = (tmp_path / "diagrams" / "diagrams.md").read_text()
    blocks = re.findall(r"```mermaid\n(.*?)```", page, flags=re.S)
    assert len(blocks) == 1 + 5
    for block in blocks:
        check_mermaid(block)
    assert (tmp_path / "diagrams" / "systems.mmd").read_text() == blocks[0]


def test_mermaid_labels_escape_what_would_break_them():
    assert label('Shop "EU" [main] {x} (y) | #1 <b> a&b `c`') == (
        "Shop #quot;EU#quot; #91;main#93; #123;x#125; #40;y#41; #124; #35;1 #lt;b#gt; "
        "a#38;b #96;c#96;"
    )
    hit = (EntityHit("EMAIL_ADDRESS", 0.9),)
    snapshot = Snapshot(
        "2026-01-01T00:00:00Z",
        "0",
        systems=(
            System("end", "sqlite", 'Shop "EU" [main] | (x)'),
            System("graph-1", "third_party", "Vendor <one>; #2", vendor="V"),
        ),
        fields=(Field("end", "t", "e-mail", "text", entities=hit),),
        flows=(Flow("f", "end/t", "graph-1", "declared", entities=("EMAIL_ADDRESS",)),),
    )
    check_mermaid(mermaid_systems(snapshot))
    check_mermaid(mermaid_trace(snapshot, "EMAIL_ADDRESS"))


def test_names_with_markup_quotes_and_colons_render(tmp_path):
    hit = (EntityHit("EMAIL_ADDRESS", 0.9),)
    snapshot = Snapshot(
        "2026-01-01T00:00:00Z",
        "0",
        systems=(
            System("shop:1", "sqlite", "<script>"),
            System("x", "third_party", '<b>"x"</b> & {y}', boundary=Boundary.THIRD_PARTY),
        ),
        fields=(Field("shop:1", "<t>", "e-mail & <x>", "text", entities=hit),),
        flows=(Flow("f", "shop:1/<t>/e-mail & <x>", "x", "declared", entities=("EMAIL_ADDRESS",)),),
    )
    paths, warnings = write_diagrams(snapshot, tmp_path, ("svg",))
    assert not warnings
    svg = (tmp_path / "diagrams" / "systems.svg").read_text()
    assert "&lt;script&gt;" in svg and "<script>" not in svg
    for path in paths:
        if path.suffix == ".mmd":
            check_mermaid(path.read_text())


# --- boundaries beyond the estate -----------------------------------------------------------------


def test_databases_outside_the_estate_get_their_own_cluster():
    hit = (EntityHit("EMAIL_ADDRESS", 0.9),)
    snapshot = Snapshot(
        "2026-01-01T00:00:00Z",
        "0",
        systems=(
            System("shop", "postgresql", "Shop"),
            System("ext.db1.sales", "unlisted_database", "sales on db1:5432 (not in the estate)"),
        ),
        fields=(Field("shop", "public.c", "email", "text", entities=hit),),
        flows=(
            Flow("replication:a", "shop/public.c", "ext.db1.sales/public.c", "replication",
                 entities=("EMAIL_ADDRESS",)),
            Flow("fdw:b", "shop", "legacy", "foreign_table"),
        ),
    )  # fmt: skip
    source = systems_diagram(snapshot).source
    assert "subgraph cluster_unlisted" in source and "Databases not in the estate" in source
    assert "legacy" in source  # a flow end the snapshot lists no system for
    assert "not scanned" in source


# --- a large estate ------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def large() -> Snapshot:
    """bench/diagram.py's estate: 50 systems, 2,000 tables, about 400 flows."""
    spec = importlib.util.spec_from_file_location("bench_diagram", REPO / "bench" / "diagram.py")
    assert spec and spec.loader
    sys.path.insert(0, str(REPO / "bench"))
    try:
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
    finally:
        sys.path.remove(str(REPO / "bench"))
    snapshot: Snapshot = module.synthetic_snapshot()
    assert len(snapshot.systems) == 50 and len(snapshot.datasets) == 2000
    return snapshot


def test_large_systems_diagram_is_folded_to_a_readable_size(large):
    source = systems_diagram(large).source
    nodes = _nodes(source)
    assert len(nodes) <= 40  # 50 systems, vendors grouped, the least important folded
    edges = [line for line in source.splitlines() if " -> " in line and "invis" not in line]
    assert 20 <= len(edges) <= EDGE_LIMIT
    assert "more internal systems" in source and "more third parties" in source
    assert "3 connections: " in source  # Mailchimp from a shop, the CRM and marketing
    for text in re.findall(
        r"<FONT POINT-SIZE='9' COLOR='#\w+'>([^<]*)</FONT></TD></TR></TABLE>>", source
    ):
        assert len(text) <= LABEL_WIDTH + 4, text  # "a, b +3" never runs on
    assert systems_diagram(large).engine == "dot"


def test_large_datasets_and_trace_diagrams_are_folded(large):
    datasets = datasets_diagram(large).source
    assert len(_nodes(datasets)) <= 100 and "more datasets" in datasets
    assert "drawn, the rest folded per system" in datasets
    trace = trace_diagram(large, "EMAIL_ADDRESS").source
    assert len(_nodes(trace)) <= 100 and "folded:" in trace
    check_mermaid(mermaid_systems(large))
    check_mermaid(mermaid_trace(large, "EMAIL_ADDRESS"))
