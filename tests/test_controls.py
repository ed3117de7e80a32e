"""Issue 21, part 1: the control matrix of one scan (tables/controls.csv, its sheet, its section
of report.html) and the criteria file it is computed from."""

from __future__ import annotations

import csv
import json
import re
import shutil
from pathlib import Path

import pytest

from lineage.assess import GAP_RULES
from lineage.assess.controls import (
    DISCOVERY_CHECKS,
    CriteriaError,
    control_matrix,
    criterion_order,
    load_criteria,
)
from lineage.core.model import (
    Boundary,
    Control,
    Dataset,
    EntityHit,
    Field,
    Flow,
    Gap,
    Snapshot,
    Status,
    System,
)
from lineage.export.outputs import write_outputs
from lineage.export.tables import write_tables

from .test_report import Tags, browser  # noqa: F401 (the Chromium fixture)

ASSESSMENT = Path(__file__).resolve().parents[1] / "docs" / "assessment.md"
#: A control id as gaps and docs/assessment.md spell them.
CONTROL_ID = re.compile(r"SOC2 [A-Z]+\d+\.\d+|GDPR Art\. \d+(?:\(\d+\)\([a-z]\))?")


def _rows(out: Path, name: str) -> list[dict[str, str]]:
    with open(out / "tables" / name, newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def _matrix(out: Path) -> dict[str, dict[str, str]]:
    return {r["criterion"]: r for r in _rows(out, "controls.csv")}


def _gap_ids(row: dict[str, str]) -> set[str]:
    return set(re.findall(r"G-[0-9a-f]{8}(?:-\d+)?", row["exceptions"]))


# --- the demo ----------------------------------------------------------------------------------


def test_one_row_per_criterion_in_criterion_order(demo_out):
    criteria = [c.id for c in load_criteria()]
    rows = [r["criterion"] for r in _rows(demo_out, "controls.csv")]
    assert sorted(rows) == sorted(criteria) and len(set(rows)) == len(rows)
    assert rows == sorted(rows, key=criterion_order)
    assert rows[0].startswith("SOC2") and rows[-1].startswith("PCI DSS")


def test_a_criterion_with_a_gap_has_exceptions_naming_that_gap(demo_out):
    """The demo's shipping-labels flow goes over plain http, and storefront/customers keeps
    records beyond its policy: their gaps.csv ids are CC6.7's and C1.2's exceptions."""
    gaps = _rows(demo_out, "gaps.csv")
    matrix = _matrix(demo_out)
    plain = [g for g in gaps if g["control"] == "SOC2 CC6.7" and g["severity"] == "high"]
    assert plain, "the demo has a flow carrying personal data over plain http"
    for g in plain:
        for criterion in ("SOC2 CC6.7", "GDPR Art. 32"):
            assert g["gap"] in _gap_ids(matrix[criterion]), criterion
            assert matrix[criterion]["result"] == "exceptions"
    old = [g for g in gaps if g["title"] == "records kept beyond the retention policy"]
    assert old
    for criterion in ("SOC2 C1.2", "SOC2 P4.3", "GDPR Art. 5(1)(e)"):
        assert {g["gap"] for g in old} <= _gap_ids(matrix[criterion]), criterion


@pytest.mark.parametrize(
    "criterion", ["SOC2 CC6.7", "SOC2 CC7.2", "GDPR Art. 28", "SOC2 C1.1", "CCPA 1798.100/110/115"]
)
def test_exceptions_are_the_gaps_of_the_criterion_controls(demo_out, criterion):
    """Count and ids match the gaps.csv rows whose control (or related) ids the criterion takes."""
    c = next(c for c in load_criteria() if c.id == criterion)
    expected = {
        g["gap"]
        for g in _rows(demo_out, "gaps.csv")
        if ({g["control"]} if c.primary_only else {g["control"], *g["related"].split(";")})
        & set(c.gaps)
    }
    row = _matrix(demo_out)[criterion]
    assert _gap_ids(row) == expected
    assert row["exceptions"].split(":")[0] == str(len(expected))
    assert row["result"] == ("exceptions" if expected else "no exceptions")


def test_population_is_counted_from_the_snapshot(demo_out, demo_snapshot):
    carrying = [f for f in demo_snapshot.flows if f.entities]
    pii = demo_snapshot.pii_fields()
    row = _matrix(demo_out)["SOC2 CC6.7"]
    assert row["population"] == f"{len(carrying)} flows"
    cc61 = _matrix(demo_out)["SOC2 CC6.1"]["population"]
    assert f"{len(demo_snapshot.principals)} principals" in cc61
    assert cc61.endswith(f", {len(pii)} fields")


def test_what_piimap_cannot_test_is_not_tested_with_its_reason(demo_out, demo_snapshot):
    matrix = _matrix(demo_out)
    for criterion, reason in (("SOC2 CC8.1", "across the audit period"), ("GDPR Art. 33-34", "")):
        row = matrix[criterion]
        assert row["result"] == "not tested" and row["exceptions"] == "0"
        assert row["tested"].startswith("not tested: ") and reason in row["tested"]
    # No full card number in the demo: nothing holds PCI DSS account data, so nothing is tested.
    card = {"CREDIT_CARD", "CARD_CVV"}
    assert not [f for f in demo_snapshot.pii_fields() if {e.entity for e in f.entities} & card]
    for criterion in ("PCI DSS 3", "PCI DSS 4"):
        assert matrix[criterion]["result"] == "not tested"
        assert (
            "no " in matrix[criterion]["tested"] and "account data" in matrix[criterion]["tested"]
        )
    assert "passed" not in {r["result"] for r in matrix.values()}


def test_evidence_names_bundle_files_with_their_manifest_sha256(demo_out):
    files = json.loads((demo_out / "manifest.json").read_text())["files"]
    for row in _rows(demo_out, "controls.csv"):
        cited = [part.split(" sha256:") for part in row["evidence"].split(" | ") if part]
        if row["result"] == "not tested" and not row["population"]:
            assert not cited, row["criterion"]  # untestable: nothing in the scan backs it
            continue
        assert cited and [n for n, _ in cited[:1]] == ["snapshot.json"], row["criterion"]
        for name, sha in cited:
            assert files[name]["sha256"] == sha, (row["criterion"], name)


def test_gap_ids_are_unique_and_every_exception_is_a_gaps_csv_row(demo_out):
    ids = [g["gap"] for g in _rows(demo_out, "gaps.csv")]
    assert len(ids) == len(set(ids))
    named = set().union(*(_gap_ids(r) for r in _rows(demo_out, "controls.csv")))
    assert named and named <= set(ids)


def test_the_same_snapshot_writes_the_same_matrix(demo_snapshot, tmp_path):
    for folder in ("a", "b"):
        write_outputs(demo_snapshot, tmp_path / folder)
    for ext in ("csv", "json", "md"):
        a, b = ((tmp_path / f / "tables" / f"controls.{ext}").read_bytes() for f in "ab")
        assert a == b and b"sha256:" in a, ext
    # Without the files it cites (tables only, no snapshot.json beside them): names only.
    write_tables(demo_snapshot, tmp_path / "c")
    assert "snapshot.json |" in (tmp_path / "c" / "tables" / "controls.csv").read_text()


def test_the_analyst_api_gives_the_same_matrix(demo_out):
    from lineage.api import load

    frame = load(demo_out).controls()
    on_disk = _rows(demo_out, "controls.csv")
    assert list(frame["criterion"]) == [r["criterion"] for r in on_disk]
    assert list(frame["result"]) == [r["result"] for r in on_disk]
    assert list(frame["exceptions"]) == [r["exceptions"] for r in on_disk]


def test_the_matrix_is_the_workbooks_first_sheet(demo_out):
    import openpyxl

    wb = openpyxl.load_workbook(demo_out / "tables" / "piimap.xlsx", read_only=True)
    sheet = wb["Controls"]
    assert wb.sheetnames[0] == "Controls"
    values = [[c.value for c in row] for row in sheet.iter_rows()]
    assert [v[0] for v in values[1:]] == [r["criterion"] for r in _rows(demo_out, "controls.csv")]


# --- the criteria file -------------------------------------------------------------------------


def test_every_criterion_cites_its_source():
    for c in load_criteria():
        assert c.sources, c.id
        if c.id.startswith("GDPR"):
            assert any("eur-lex.europa.eu" in s for s in c.sources), c.id
        if c.id.startswith("SOC2"):
            assert any("TSC 2017" in s and c.id.split()[1] in s for s in c.sources), c.id
        if c.id.startswith("PCI"):
            assert any("PCI DSS v4.0, Requirement" in s for s in c.sources), c.id
        if c.id.startswith("CCPA"):
            assert any("Cal. Civ. Code 1798." in s for s in c.sources), c.id
        assert bool(c.not_tested) != bool(c.tested), c.id
        if c.not_tested:
            assert not c.gaps and not c.evidence and not c.population, c.id


def test_the_issue_criteria_are_all_there():
    ids = {c.id for c in load_criteria()}
    soc2 = [
        "CC6.1",
        "CC6.2",
        "CC6.3",
        "CC6.6",
        "CC6.7",
        "CC7.2",
        "CC8.1",
        "CC9.2",
        "C1.1",
        "C1.2",
        "P4.2",
        "P4.3",
    ]
    assert {f"SOC2 {i}" for i in soc2} <= ids
    gdpr = ["Art. 5(1)(e)", "Art. 28", "Art. 30", "Art. 32", "Art. 33-34"]
    assert {f"GDPR {a}" for a in gdpr} <= ids
    assert {i.split()[0] for i in ids} >= {"CCPA", "PCI"}


def test_every_rule_named_exists():
    known = {rule.__name__ for rule in GAP_RULES} | set(DISCOVERY_CHECKS)
    for c in load_criteria():
        assert set(c.rules) <= known, (c.id, set(c.rules) - known)
    named = {r for c in load_criteria() for r in c.rules}
    assert known <= named, f"checks no criterion names: {known - named}"


def _emitted_controls() -> set[str]:
    """Every control id a gap can carry: each rule's (its docstring), each discovery check's,
    and the control and related columns of docs/assessment.md's gap table."""
    ids = {(rule.__doc__ or "").split(":")[0] for rule in GAP_RULES}
    ids |= {control for control, _ in DISCOVERY_CHECKS.values()}
    text = ASSESSMENT.read_text(encoding="utf-8").split("## Gaps", 1)[1].split("\n## ", 1)[0]
    for line in text.splitlines():
        cells = line.split(" | ")
        if line.startswith("| ") and len(cells) >= 4 and not line.startswith("| finding"):
            ids |= set(CONTROL_ID.findall(" ".join(cells[1:3])))
    return ids


def test_every_control_a_gap_can_carry_maps_to_a_criterion():
    emitted = _emitted_controls()
    assert {"SOC2 CC6.7", "GDPR Art. 5(1)(e)", "SOC2 C1.2", "GDPR Art. 5(1)(f)"} <= emitted
    mapped = {g for c in load_criteria() for g in c.gaps}
    assert emitted <= mapped, f"control ids no criterion takes: {sorted(emitted - mapped)}"


def test_a_broken_criteria_file_names_the_file(tmp_path):
    path = tmp_path / "criteria.yaml"
    path.write_text("criteria:\n  - id: X\n    name: no sources\n")
    with pytest.raises(CriteriaError, match=re.escape(str(path))):
        load_criteria(path)


# --- small estates ------------------------------------------------------------------------------


def _card_estate(*gaps: Gap) -> Snapshot:
    systems = (
        System("pay", "postgresql", "pay", at_rest=Control(Status.UNKNOWN, ("not visible",))),
        System("shop", "postgresql", "shop"),
        System("psp", "third_party", "psp", boundary=Boundary.THIRD_PARTY),
    )
    card = (EntityHit("CREDIT_CARD", 0.9, ("name",), "card number"),)
    email = (EntityHit("EMAIL_ADDRESS", 0.9, ("name",), "e-mail"),)
    fields = (
        Field("pay", "cards", "pan", "text", entities=card),
        Field("shop", "users", "email", "text", entities=email),
    )
    flows = (
        Flow("f-card", "pay/cards", "psp", "declared", entities=("CREDIT_CARD",)),
        Flow("f-mail", "shop/users", "psp", "declared", entities=("EMAIL_ADDRESS",)),
    )
    datasets = (Dataset("pay", "cards"), Dataset("shop", "users"))
    return Snapshot(
        "2026-01-01T00:00:00Z", "0", systems=systems, datasets=datasets, fields=fields,
        flows=flows, gaps=gaps,
    )  # fmt: skip


def _row(snapshot: Snapshot, criterion: str):
    return next(r for r in control_matrix(snapshot) if r.criterion == criterion)


def test_pci_criteria_take_only_gaps_on_account_data():
    pan = Gap("SOC2 CC6.1", "pay", "medium", ("pan",), "", title="at rest not proven")
    mail = Gap("SOC2 CC6.1", "shop", "medium", ("email",), "", title="at rest not proven")
    wire = Gap("SOC2 CC6.7", "f-card", "high", ("http",), "", title="unencrypted")
    other = Gap("SOC2 CC6.7", "f-mail", "high", ("http",), "", title="unencrypted")
    snapshot = _card_estate(pan, mail, wire, other)
    from lineage.assess import gap_ids

    ids = gap_ids(snapshot.gaps)
    storage, transit = _row(snapshot, "PCI DSS 3"), _row(snapshot, "PCI DSS 4")
    assert storage.exceptions == (ids[pan],) and storage.result == "exceptions"
    assert dict(storage.population) == {"stores": 1, "fields": 1}
    assert transit.exceptions == (ids[wire],) and dict(transit.population) == {"flows": 1}
    assert set(_row(snapshot, "SOC2 CC6.1").exceptions) == {ids[pan], ids[mail]}


def test_no_gap_on_a_tested_population_is_no_exceptions():
    snapshot = _card_estate()
    row = _row(snapshot, "SOC2 CC6.7")
    assert (row.result, row.exceptions, row.population) == ("no exceptions", (), (("flows", 2),))
    assert row.evidence and row.evidence[0] == "snapshot.json"


def test_an_empty_population_is_not_tested_never_no_exceptions():
    row = _row(Snapshot("2026-01-01T00:00:00Z", "0"), "SOC2 CC6.2")
    assert row.result == "not tested" and "no principals" in row.tested


# --- report.html -------------------------------------------------------------------------------


def _section_ids(page: str) -> list[str]:
    return [a["id"] or "" for tag, a in Tags(page).tags if tag == "section"]


def test_report_shows_the_matrix_right_after_the_summary(demo_out):
    page = (demo_out / "report.html").read_text(encoding="utf-8")
    assert _section_ids(page)[:3] == ["summary", "controls", "gaps"]
    tags = Tags(page).tags
    anchors = {a["id"] for tag, a in tags if tag == "td" and (a.get("id") or "").startswith("gap-")}
    links = {
        a["href"] for tag, a in tags if tag == "a" and (a.get("href") or "").startswith("#gap-")
    }
    assert links and {h[1:] for h in links} <= anchors
    assert '<a href="#controls">Controls</a>' in page
    # The section cites the same files and hashes as controls.csv.
    text = "".join(Tags(page).text)
    tested = [r for r in _rows(demo_out, "controls.csv") if r["evidence"]]
    assert all(p in text for r in tested for p in r["evidence"].split(" | "))


def test_hashes_belong_to_the_folder_written_not_the_estate(demo_snapshot, tmp_path):
    """Writing a scan's folder leaves no hash behind for a report rendered elsewhere."""
    from lineage.export.report import render_report

    write_outputs(demo_snapshot, tmp_path / "a")
    assert "sha256:" in (tmp_path / "a" / "report.html").read_text(encoding="utf-8")
    page = render_report(demo_snapshot, {})
    section = page.split('<section id="controls">', 1)[1].split("</section>", 1)[0]
    assert "tables/gaps.csv" in section and "sha256:" not in section


def test_report_controls_in_headless_chromium(browser, demo_out, tmp_path):  # noqa: F811
    from selenium.webdriver.common.by import By

    shutil.copytree(demo_out, tmp_path / "out")
    browser.get((tmp_path / "out" / "report.html").as_uri())
    controls = browser.find_element(By.ID, "t-controls")
    assert controls.is_displayed()
    summary, matrix, gaps = (
        browser.find_element(By.ID, i).rect["y"] for i in ("summary", "controls", "gaps")
    )
    assert summary < matrix < gaps
    rows = controls.find_elements(By.CSS_SELECTOR, "tbody tr")
    assert len(rows) == len(load_criteria())
    link = controls.find_element(By.CSS_SELECTOR, "a[href^='#gap-']")
    target = link.get_attribute("href").split("#", 1)[1]
    link.click()
    assert browser.execute_script("return location.hash") == f"#{target}"
    assert browser.find_element(By.ID, target).is_displayed()


def test_docs_audit_lists_every_criterion():
    docs = (ASSESSMENT.parent / "audit.md").read_text(encoding="utf-8")
    rows = [line for line in docs.splitlines() if line.startswith("| ")]
    for c in load_criteria():
        assert any(line.startswith(f"| {c.id} |") for line in rows), c.id
