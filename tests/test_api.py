"""The analyst API (lineage.scan, load, demo and Estate) on the demo estate and on a 50,000-field
snapshot; the import orders that must keep ``lineage.scan`` the function."""

from __future__ import annotations

import importlib.util
import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import graphviz
import networkx as nx
import pytest

import lineage
from lineage.core import snapshot as snapshot_io
from lineage.core.config import load_estate
from lineage.core.errors import PiimapError, SnapshotError, UnknownNameError
from lineage.core.model import ForeignKey, Snapshot, System
from lineage.export.tables import PII_FIELD_COLUMNS
from lineage.graph.dsar import dsar_plan
from lineage.graph.query import where as query_where

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def demo(demo_snapshot: Snapshot) -> lineage.Estate:
    return lineage.Estate(demo_snapshot)


# --- the names -------------------------------------------------------------------------------


def test_no_module_shares_a_name_with_a_public_function() -> None:
    """``lineage.scan`` and friends are the API's functions whatever was imported first: no
    module of the package is called after one of them, so no import can rebind the name."""
    import pkgutil

    public = set(lineage.__all__)
    modules = {m.name.rsplit(".", 1)[-1] for m in pkgutil.walk_packages(lineage.__path__)}
    assert not public & modules


@pytest.mark.parametrize(
    "first",
    ["import lineage", "import lineage.cli", "import connectors", "import lineage.pipeline.run"],
)
def test_scan_and_demo_are_the_functions_whatever_was_imported_first(first: str) -> None:
    code = f"""
{first}
import lineage
from lineage import Estate, demo, load, scan
import lineage.api
assert scan is lineage.api.scan and load is lineage.api.load and Estate is lineage.api.Estate
assert lineage.scan is scan and lineage.demo is demo and callable(scan)
"""
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


def test_import_lineage_stays_light() -> None:
    heavy = ("pandas", "lineage.pipeline.run", "lineage.api")
    code = f"import sys, lineage; print([m for m in {heavy!r} if m in sys.modules])"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


def test_the_scan_holds_no_flow_engine_or_name_lists_while_it_scans() -> None:
    """sqlglot and networkx (the flow stages') and Faker's name lists of every locale (only a
    classifying process reads them) stay out of a scan's process until needed: they would sit
    beside the classifier's worker processes at the scan's memory peak."""
    heavy = ("sqlglot", "networkx", "faker.providers.person.fr_FR")
    code = (
        "import sys; from lineage.pipeline import run, stages; "
        "from classifiers import default_classifier; default_classifier().prepare(); "
        f"print([m for m in {heavy!r} if m in sys.modules])"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


def test_a_scan_with_no_sql_to_read_never_loads_the_sql_parser(tmp_path: Path) -> None:
    """sqlglot reads SQL jobs and view definitions: an estate with neither (40,000 columns of
    tables) does not pay for loading it."""
    db = sqlite3.connect(tmp_path / "shop.db")
    db.executescript("CREATE TABLE customers (id INTEGER PRIMARY KEY, email TEXT);")
    db.close()
    (tmp_path / "estate.yaml").write_text("systems:\n  shop: {connector: sqlite, path: shop.db}\n")
    code = (
        f"import sys, lineage; lineage.scan({str(tmp_path / 'estate.yaml')!r}); "
        "print('sqlglot' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"


# --- scan, load, demo ------------------------------------------------------------------------


def test_demo_is_the_cli_demo(demo_snapshot: Snapshot) -> None:
    assert lineage.demo(scanned_at=demo_snapshot.scanned_at).snapshot == demo_snapshot


def test_load_reads_a_folder_or_its_snapshot(demo_out: Path, demo_snapshot: Snapshot) -> None:
    assert lineage.load(demo_out).snapshot == demo_snapshot
    assert lineage.load(demo_out / "snapshot.json").snapshot == demo_snapshot


def test_load_says_what_is_wrong(tmp_path: Path) -> None:
    with pytest.raises(SnapshotError, match="no snapshot there"):
        lineage.load(tmp_path)
    (tmp_path / "snapshot.json").write_text("{not json")
    with pytest.raises(SnapshotError, match="invalid JSON"):
        lineage.load(tmp_path)
    (tmp_path / "snapshot.json").write_text(json.dumps({"schema_version": 99}))
    with pytest.raises(SnapshotError, match="schema_version 99"):
        lineage.load(tmp_path)


def test_scan_takes_a_path_or_a_loaded_estate(tmp_path: Path) -> None:
    db = sqlite3.connect(tmp_path / "shop.db")
    db.executescript(
        "CREATE TABLE customers (id INTEGER PRIMARY KEY, email TEXT, full_name TEXT);"
        "INSERT INTO customers VALUES (1, 'ann@example.com', 'Ann Lee'), (2, 'b@example.org', '');"
        "CREATE TABLE orders (id INTEGER PRIMARY KEY,"
        " customer_id INTEGER REFERENCES customers(id));"
    )
    db.commit()
    db.close()
    path = tmp_path / "estate.yaml"
    path.write_text("systems:\n  shop: {connector: sqlite, path: shop.db}\n")
    by_path = lineage.scan(path, scanned_at="2026-01-01T00:00:00Z")
    assert (
        by_path.snapshot
        == lineage.scan(load_estate(path), scanned_at="2026-01-01T00:00:00Z").snapshot
    )
    assert by_path.where("EMAIL_ADDRESS")["id"].tolist() == ["shop/customers/email"]
    assert by_path.dsar("email")["dataset"].tolist() == ["customers", "orders"]


# --- tables ----------------------------------------------------------------------------------


def test_tables_are_the_csv_tables(demo: lineage.Estate, demo_snapshot: Snapshot) -> None:
    pii = demo.fields()
    assert list(pii.columns) == PII_FIELD_COLUMNS
    assert len(pii) == len(demo_snapshot.pii_fields())
    every = demo.fields(pii_only=False)
    assert list(every.columns) == PII_FIELD_COLUMNS
    assert [f"{r.system}/{r.dataset}/{r.field}" for r in every.itertuples()] == [
        f.id for f in demo_snapshot.fields
    ]
    assert set(every[every["entities"] == ""]["confidence"]) == {0.0}
    assert len(demo.flows()) == len(demo_snapshot.flows)
    assert len(demo.gaps()) == len(demo_snapshot.gaps)
    assert demo.gaps()["severity"].iloc[0] == "high"
    assert len(demo.stores()) == len(demo_snapshot.datasets)
    third = demo.third_parties().set_index("system")
    assert "EMAIL_ADDRESS" in third.loc["klaviyo", "entities"]
    assert len(demo.ropa()) > 0 and len(demo.ccpa()) > 0


# --- questions -------------------------------------------------------------------------------


def test_where_matches_the_query_module(demo: lineage.Estate, demo_snapshot: Snapshot) -> None:
    found = demo.where("email")
    assert found["id"].tolist() == [f.id for f in query_where(demo_snapshot, "EMAIL_ADDRESS")]
    assert "storefront/customers/email" in set(found["id"])
    assert found["confidence"].is_monotonic_decreasing
    assert demo.where("EMAIL_ADDRESS").equals(found)
    with pytest.raises(UnknownNameError, match="Did you mean 'EMAIL_ADDRESS'"):
        demo.where("EMAIL_ADRESS")


def test_trace_follows_an_email_to_the_crm_and_beyond(demo: lineage.Estate) -> None:
    down = demo.trace("storefront/customers/email")
    assert down.iloc[0][["depth", "target", "flow"]].tolist() == [
        1,
        "crm/Contact",
        "declared:nightly-contact-sync",
    ]
    assert "crm.cdc" in set(down["target"])
    up = demo.trace("klaviyo", direction="up")
    assert {"storefront/newsletter_subscriptions", "wholesale", "crm"} <= set(up["source"])
    with pytest.raises(UnknownNameError, match="storefront/customers/email"):
        demo.trace("storefront/customers/emial")


def test_carrying_names_who_receives_email(demo: lineage.Estate) -> None:
    flows = demo.carrying("email")
    assert "declared:newsletter-sync" in set(flows["flow"])
    assert all("EMAIL_ADDRESS" in e.split(";") for e in flows["entities"])


def test_subset_by_system_entity_and_status(demo: lineage.Estate) -> None:
    klaviyo = demo.subset(system="klaviyo")
    assert {f.target for f in klaviyo.snapshot.flows} == {"klaviyo"}
    assert {x.id for x in klaviyo.snapshot.systems} == {"klaviyo", "storefront", "crm", "wholesale"}
    assert not klaviyo.snapshot.fields
    storefront = demo.subset(system="storefront").snapshot
    assert {d.system for d in storefront.datasets} == {"storefront"} | {
        d.split("/")[0] for f in storefront.flows for d in (f.source, f.target) if "/" in d
    }
    assert {f.system for f in storefront.fields} == {"storefront"}
    email = demo.subset(entity="email").snapshot
    assert all(any(e.entity == "EMAIL_ADDRESS" for e in f.entities) for f in email.fields)
    assert all("EMAIL_ADDRESS" in f.entities for f in email.flows)
    plain = demo.subset(status="gap", control="transit").snapshot
    assert {f.id for f in plain.flows} >= {"declared:shipping-labels"}
    assert {f.transit.status.value for f in plain.flows} == {"gap"}
    moved = {f.id for f in plain.fields}
    assert "storefront/addresses/postal_code" in moved  # what shipping-labels sends
    assert not any(f.system == "analytics" for f in plain.fields)
    both = demo.subset(entity="email", status="gap", control="transit").snapshot
    assert {f.id for f in both.flows} <= {f.id for f in plain.flows}
    assert demo.subset() is demo


def test_subgraph_is_a_networkx_graph_of_the_subset(demo: lineage.Estate) -> None:
    g = demo.subgraph(entity="EMAIL_ADDRESS")
    assert isinstance(g, nx.MultiDiGraph)
    flows = {k for _, _, k, kind in g.edges(keys=True, data="kind") if kind == "flow"}
    assert flows == {f.id for f in demo.subset(entity="email").snapshot.flows}
    assert "storefront/customers/email" in g and "storefront/customers/id" not in g
    assert nx.has_path(g, "storefront/customers", "crm/Contact")


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"system": "klavyio"}, "Did you mean 'klaviyo'"),
        ({"status": "broken"}, "unknown status 'broken'"),
        ({"status": "gap", "control": "encryption"}, "unknown control 'encryption'"),
    ],
)
def test_subset_names_a_wrong_argument(demo: lineage.Estate, kwargs: dict, message: str) -> None:
    with pytest.raises(UnknownNameError, match=message):
        demo.subset(**kwargs)


def test_dsar_plan_for_an_email_address(demo: lineage.Estate) -> None:
    plan = demo.dsar("email").set_index(["system", "dataset"])
    assert plan.loc[("storefront", "customers"), "find_by"] == "email = ?"
    assert plan.loc[("storefront", "customers"), "via"] == ""
    assert plan.loc[("analytics", "customer_ltv"), "find_by"].endswith("(hashed)")
    assert plan.loc[("storefront", "payments"), "via"] == "storefront/orders"
    assert plan.loc[("storefront", "payments"), "find_by"] == "order_id = orders.id"
    assert "PAYMENT_TOKEN" in plan.loc[("storefront", "payments"), "entities"]
    assert plan.loc[("storefront", "sessions"), "find_by"] == "customer_id = customers.id"
    assert ("storefront", "products") not in plan.index  # nobody's personal data
    direct = plan[plan["via"] == ""]
    assert len(direct) == len(demo.where("email").groupby(["system", "dataset"]))
    with pytest.raises(PiimapError, match="at least one identifier"):
        demo.dsar()


def test_dsar_look_ups_carry_the_fields_and_keys_to_query(demo_snapshot: Snapshot) -> None:
    plan = {(x.system, x.dataset): x for x in dsar_plan(demo_snapshot, ["EMAIL_ADDRESS"])}
    assert plan[("storefront", "customers")].match == ("email",)
    payments = plan[("storefront", "payments")]
    assert payments.match == () and payments.via == ("storefront/orders",)
    assert payments.keys == (ForeignKey(("order_id",), "orders", ("id",)),)
    account = plan[("crm", "Account")]  # three keys to User: any may match
    assert {fk.columns for fk in account.keys} == {
        ("OwnerId",),
        ("CreatedById",),
        ("LastModifiedById",),
    }


# --- display ---------------------------------------------------------------------------------


def test_diagrams_show_inline(demo: lineage.Estate) -> None:
    for kind in ("systems", "datasets", "email"):
        diagram = demo.diagram(kind)
        assert isinstance(diagram, graphviz.Digraph)
        assert hasattr(diagram, "_repr_mimebundle_")
    assert "klaviyo" in demo.diagram("systems").source
    assert "EMAIL_ADDRESS" in demo.diagram("email").source
    with pytest.raises(UnknownNameError, match="unknown diagram 'sytems'"):
        demo.diagram("sytems")


def test_html_summary_counts_and_escapes(demo: lineage.Estate) -> None:
    page = demo._repr_html_()
    assert f"<td>{len(demo.snapshot.datasets)}</td>" in page
    assert "<td>EMAIL_ADDRESS</td>" in page and "<td>high</td>" in page
    evil = lineage.Estate(Snapshot("<script>x</script>", "0", systems=(System("<b>", "x"),)))
    assert "<script>" not in evil._repr_html_() and "&lt;script&gt;" in evil._repr_html_()


# --- at scale --------------------------------------------------------------------------------


def _bench() -> object:
    spec = importlib.util.spec_from_file_location("piimap_bench_api", REPO / "bench" / "api.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_50000_fields_load_and_answer_where_like_the_query_module(tmp_path: Path) -> None:
    """Correctness at the benchmark's scale; the speed is in bench/api.py (benchmarks.md)."""
    snap = _bench().synthetic_snapshot(50_000)  # type: ignore[attr-defined]
    assert len(snap.fields) == 50_000
    path = tmp_path / "snapshot.json"
    snapshot_io.save(snap, path)
    found = lineage.load(path).where("EMAIL_ADDRESS")
    assert len(found) == len(query_where(snap, "EMAIL_ADDRESS")) > 1000


# --- docs/api.md -----------------------------------------------------------------------------

API_DOC = REPO / "docs" / "api.md"


def test_every_public_name_is_documented() -> None:
    doc = API_DOC.read_text()
    for name in set(lineage.__all__) - {"__version__"}:
        assert f"lineage.{name}" in doc, name
    members = [m for m in vars(lineage.Estate) if not m.startswith("_")] + ["snapshot"]
    for name in members:
        assert f"`.{name}" in doc, f"Estate.{name} is not in docs/api.md"


def test_the_docs_examples_run(
    demo_out: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import re
    import shutil

    shutil.copytree(demo_out, tmp_path / "piimap-demo")
    monkeypatch.chdir(tmp_path)
    blocks = re.findall(r"```python\n(.*?)```", API_DOC.read_text(), flags=re.S)
    assert len(blocks) >= 8
    namespace: dict[str, object] = {}
    for block in blocks:
        exec(compile(block, str(API_DOC), "exec"), namespace)
    assert namespace["receivers"] and "klaviyo" in namespace["receivers"]  # type: ignore[operator]
