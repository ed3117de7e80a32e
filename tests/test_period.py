"""piimap period: four quarterly scans of a small, changing SQLite estate, bundled as an auditor
receives them, read together over a window with one quarter missing.

The estate: a shop database whose customers' e-mails go to a mailer. In Q1 and Q2 the mailer
flow runs over plain http (a SOC 2 CC6.7 gap), fixed by Q3. In Q2 a loyalty programme (a new
third party) starts receiving e-mails and names, declared without a purpose (a GDPR Art. 30
gap), which Q3 adds and Q4 drops again (the gap reappears). In Q4 the deletion job stops: a
customer record older than the one-year policy turns retention into a gap. The window runs to
2027-Q1, which has no scan. Two gaps stay open throughout (at-rest encryption not proven, no
audit trail): the shop is SQLite.
"""

from __future__ import annotations

import csv
import dataclasses
import hashlib
import io
import json
import shutil
import sqlite3
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

import lineage
from lineage.assess.controls import load_criteria, population_text
from lineage.cli import main
from lineage.core.model import Gap
from lineage.core.snapshot import ADDED_IN

from .test_report import Tags, assert_page_alone, browser  # noqa: F401  (browser: the headless Chromium fixture)

ESTATE = """
organisation: {name: Test Shop Ltd, contact: privacy@shop.example}
systems:
  shop:
    connector: sqlite
    path: shop.sqlite
    owner: Platform team
    region: eu-west-1
    retention: {default: P1Y}
  mailer: {kind: third_party, name: Mailer, vendor: MailCo, region: EU, retention: {default: P30D}}
LOYALTY_SYSTEM
flows:
  - name: newsletter
    from: shop/customers
    to: mailer
    entities: [EMAIL_ADDRESS]
    transport: {url: "SCHEME://api.mailer.example/v1", auth: oauth_jwt}
    purpose: Newsletter
    legal_basis: consent
LOYALTY_FLOW
"""
LOYALTY_SYSTEM = (
    "  loyalty: {kind: third_party, name: Loyalty, vendor: LoyaltyCo, region: EU, "
    "retention: {default: P90D}}"
)
LOYALTY_FLOW = """  - name: loyalty-sync
    from: shop/customers
    to: loyalty
    entities: [EMAIL_ADDRESS, PERSON_NAME]
    transport: {url: "https://api.loyalty.example/v1", auth: oauth_jwt}
    legal_basis: contract
"""
PURPOSE = "    purpose: Loyalty points\n"
NAMES = (
    "Maria Schmidt",
    "James Carter",
    "Priya Natarajan",
    "Tom Becker",
    "Lucia Romano",
    "Ola Nordmann",
)
#: Each quarter's scan: when, the mailer's scheme, the loyalty flow (None: not yet; True: with a
#: purpose), and when the oldest customer record was made.
QUARTERS = {
    "2026-Q1": ("2026-01-15T09:00:00Z", "http", None, "2025-12-01 10:00:00"),
    "2026-Q2": ("2026-04-12T09:00:00Z", "http", False, "2025-12-01 10:00:00"),
    "2026-Q3": ("2026-07-10T09:00:00Z", "https", True, "2025-12-01 10:00:00"),
    "2026-Q4": ("2026-10-20T09:00:00Z", "https", False, "2025-06-01 10:00:00"),
}
WINDOW = ("--from", "2026-01-01", "--to", "2027-03-31")
GAP_MAILER = ("SOC2 CC6.7", "declared:newsletter")
GAP_AUDIT = ("SOC2 CC7.2", "shop")
GAP_AT_REST = ("SOC2 CC6.1", "shop")
GAP_PURPOSE = ("GDPR Art. 30", "loyalty")
GAP_RETENTION = ("GDPR Art. 5(1)(e)", "shop/customers")


def _scan_quarter(folder: Path, quarter: str) -> Path:
    """Scan the estate as it was in ``quarter`` and bundle the scan; returns the zip."""
    scanned_at, scheme, loyalty, oldest = QUARTERS[quarter]
    estate = folder / quarter
    estate.mkdir(parents=True)
    with sqlite3.connect(estate / "shop.sqlite") as db:
        db.execute(
            "CREATE TABLE customers (id INTEGER PRIMARY KEY, email TEXT, full_name TEXT, "
            "phone TEXT, created_at TIMESTAMP)"
        )
        for i, name in enumerate(NAMES * 4):
            db.execute(
                "INSERT INTO customers (email, full_name, phone, created_at) VALUES (?, ?, ?, ?)",
                (
                    f"{name.split()[0].lower()}{i}@example.com",
                    name,
                    f"+44 20 7946 0{i:03d}",
                    oldest if i == 0 else "2025-12-20 10:00:00",
                ),
            )
    flow = "" if loyalty is None else LOYALTY_FLOW + (PURPOSE if loyalty else "")
    text = ESTATE.replace("SCHEME", scheme).replace("LOYALTY_FLOW", flow)
    text = text.replace("LOYALTY_SYSTEM", "" if loyalty is None else LOYALTY_SYSTEM)
    (estate / "estate.yaml").write_text(text)
    scan = lineage.scan(estate / "estate.yaml", scanned_at=scanned_at)
    lineage.write_outputs(scan, estate / "out")
    return lineage.bundle(estate / "out", folder / f"{quarter}.zip")


@pytest.fixture(scope="module")
def bundles(tmp_path_factory) -> list[Path]:
    folder = tmp_path_factory.mktemp("period")
    return [_scan_quarter(folder, q) for q in QUARTERS]


def _period(*args: str | Path) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, [str(a) for a in args])
    if result.exception and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture(scope="module")
def written(bundles, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("period-out")
    code, stdout, stderr = _period("period", *reversed(bundles), *WINDOW, "--out", out)
    assert code == 1, stdout + stderr  # written, but 2027-Q1 has no scan
    assert "4 of 5 quarter(s) with a scan; no scan in 2027-Q1, 0 not verified" in stdout
    return out


@pytest.fixture(scope="module")
def data(written) -> dict:
    return json.loads((written / "period.json").read_text(encoding="utf-8"))


def _bundled(bundle: Path, name: str) -> bytes:
    with zipfile.ZipFile(bundle) as archive:
        return archive.read(name)


def _csv(bundle: Path, name: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(_bundled(bundle, name).decode("utf-8"))))


def _gap_id(bundle: Path, control: str, subject: str) -> str:
    """The id the scan's own gaps.csv gives the gap."""
    (row,) = [
        r
        for r in _csv(bundle, "tables/gaps.csv")
        if r["control"] == control and r["subject"] == subject
    ]
    return row["gap"]


# --- every number of period.json --------------------------------------------------------------


def test_the_window_its_cadence_and_the_scans(data, bundles):
    assert list(data)[:3] == ["format", "written_by", "unverified"]  # problems come first
    assert data["unverified"] == []
    assert data["window"] == {
        "from": "2026-01-01",
        "to": "2027-03-31",
        "scans": 4,
        "quarters": 5,
        "quarters_with_a_scan": 4,
        "missing_quarters": ["2027-Q1"],
        "outside_window": [],
    }
    assert data["cadence"] == [
        {"quarter": "2026-Q1", "from": "2026-01-01", "to": "2026-03-31", "scans": ["S1"]},
        {"quarter": "2026-Q2", "from": "2026-04-01", "to": "2026-06-30", "scans": ["S2"]},
        {"quarter": "2026-Q3", "from": "2026-07-01", "to": "2026-09-30", "scans": ["S3"]},
        {"quarter": "2026-Q4", "from": "2026-10-01", "to": "2026-12-31", "scans": ["S4"]},
        {"quarter": "2027-Q1", "from": "2027-01-01", "to": "2027-03-31", "scans": []},
    ]
    # Given newest first, the scans are put in time order; each is its bundle's snapshot.
    for n, (scan, bundle, (quarter, (at, *_))) in enumerate(
        zip(data["scans"], bundles, QUARTERS.items(), strict=True), start=1
    ):
        snapshot = _bundled(bundle, "snapshot.json")
        manifest = json.loads(_bundled(bundle, "manifest.json"))
        assert scan == {
            "scan": f"S{n}",
            "scanned_at": at,
            "date": at[:10],
            "quarter": quarter,
            "source": str(bundle),
            "snapshot_sha256": hashlib.sha256(snapshot).hexdigest(),
            "verified": True,
            "verification": f"intact: {len(manifest['files'])} files match manifest.json",
            "piimap_version": lineage.__version__,
            "schema_version": 3,
            "config_hash": manifest["config_hash"],
            "partial": False,
            # the loyalty programme is a third system from Q2 on
            "systems": 2 if n == 1 else 3,
            # Q1 http, at rest, audit; Q2 + no purpose; Q3 at rest, audit; Q4 + purpose, retention
            "gaps": {1: 3, 2: 4, 3: 2, 4: 4}[n],
        }
    assert data["notes"] == []


#: Each criterion's result in Q1..Q4: "-" no exceptions, a number: that many exceptions, "n"
#: not tested (no principals: SQLite; no card data; CC8.1 and Art. 33-34 never by one scan).
RESULTS = {
    "SOC2 C1.1": "-1-1",  # the loyalty flow's missing purpose (record of processing)
    "SOC2 C1.2": "---1",  # records beyond the retention policy
    "SOC2 CC6.1": "1111",  # at-rest encryption not proven
    "SOC2 CC6.2": "nnnn",
    "SOC2 CC6.3": "nnnn",
    "SOC2 CC6.6": "11--",  # plain http to a third party
    "SOC2 CC6.7": "11--",
    "SOC2 CC7.2": "1111",  # no audit trail
    "SOC2 CC8.1": "nnnn",
    "SOC2 CC9.2": "----",
    "SOC2 P4.2": "---1",
    "SOC2 P4.3": "---1",
    "GDPR Art. 5(1)(e)": "---1",
    "GDPR Art. 28": "----",
    "GDPR Art. 30": "-1-1",
    "GDPR Art. 32": "3322",  # http, at rest and audit; then at rest and audit
    "GDPR Art. 33-34": "nnnn",
    "CCPA 1798.100/110/115": "-1-1",
    "PCI DSS 3": "nnnn",
    "PCI DSS 4": "nnnn",
}


def test_each_criterions_result_in_each_scan(data, bundles):
    assert [c["criterion"] for c in data["criteria"]] == list(RESULTS)
    assert len(RESULTS) == len(load_criteria())
    for c in data["criteria"]:
        marks = RESULTS[c["criterion"]]
        found = "".join(
            "n" if r["result"] == "not tested" else str(len(r["exceptions"])).replace("0", "-")
            for r in c["results"]
        )
        assert found == marks, c["criterion"]
        assert [r["result"] for r in c["results"]] == [
            {"n": "not tested", "-": "no exceptions"}.get(m, "exceptions") for m in marks
        ]
        assert (c["tested_in"], c["no_exceptions_in"], c["exceptions_in"], c["not_tested_in"]) == (
            4 - marks.count("n"),
            marks.count("-"),
            4 - marks.count("n") - marks.count("-"),
            marks.count("n"),
        ), c["criterion"]
    # Each result, its exceptions and its population are those of the scan's own matrix.
    for n, bundle in enumerate(bundles):
        matrix = {r["criterion"]: r for r in _csv(bundle, "tables/controls.csv")}
        for c in data["criteria"]:
            row, result = matrix[c["criterion"]], c["results"][n]
            assert result["scan"] == f"S{n + 1}"
            assert result["result"] == row["result"]
            expected = row["exceptions"].partition(": ")[2]
            assert "; ".join(result["exceptions"]) == expected
            assert population_text(result["population"].items()) == row["population"]
    shop = {c["criterion"]: c for c in data["criteria"]}
    flows = [r["population"]["flows"] for r in shop["SOC2 CC6.7"]["results"]]
    third = [r["population"]["third_parties"] for r in shop["SOC2 CC6.6"]["results"]]
    assert flows == [1, 2, 2, 2] and third == [1, 2, 2, 2]
    reasons = {r["not_tested_because"] for r in shop["SOC2 CC6.2"]["results"]}
    assert reasons == {"the scan found no principals to test"}


def test_each_gaps_life(data, bundles):
    ids = {
        key: _gap_id(bundles[quarter], *key)
        for key, quarter in (
            (GAP_MAILER, 0),
            (GAP_AUDIT, 0),
            (GAP_AT_REST, 0),
            (GAP_PURPOSE, 1),
            (GAP_RETENTION, 3),
        )
    }
    assert ids[GAP_PURPOSE] == _gap_id(bundles[3], *GAP_PURPOSE)  # the same id when it returns
    gaps = {(g["control"], g["subject"]): g for g in data["gaps"]}
    assert list(gaps) == [GAP_MAILER, GAP_AUDIT, GAP_AT_REST, GAP_PURPOSE, GAP_RETENTION]

    def life(gap, first, last, closed, days, seen, spells):
        return {
            "first_seen": first,
            "first_seen_at": QUARTERS[_quarter(first)][0][:10],
            "last_seen": last,
            "last_seen_at": QUARTERS[_quarter(last)][0][:10],
            "closed": closed,
            "closed_at": QUARTERS[_quarter(closed)][0][:10] if closed else None,
            "open_days": days,
            "reappeared": len(spells) > 1,
            "seen_in": seen,
            "spells": [{"opened": a, "closed": b} for a, b in spells],
            "gap": ids[gap],
        }

    def keep(g):
        return {
            k: v
            for k, v in g.items()
            if k not in ("control", "subject", "title", "severity", "criteria")
        }

    # Opened by Q1's scan, closed by Q3's: 2026-01-15 to 2026-07-10 is 176 days.
    assert keep(gaps[GAP_MAILER]) == life(
        GAP_MAILER, "S1", "S2", "S3", 176, ["S1", "S2"], [("S1", "S3")]
    )
    # Open all period: 2026-01-15 to 2026-10-20 is 278 days.
    for gap in (GAP_AUDIT, GAP_AT_REST):
        assert keep(gaps[gap]) == life(
            gap, "S1", "S4", None, 278, ["S1", "S2", "S3", "S4"], [("S1", None)]
        )
    # Q2 to Q3 (2026-04-12 to 2026-07-10: 89 days), then again from Q4 (0 days so far).
    assert keep(gaps[GAP_PURPOSE]) == life(
        GAP_PURPOSE, "S2", "S4", None, 89, ["S2", "S4"], [("S2", "S3"), ("S4", None)]
    )
    assert keep(gaps[GAP_RETENTION]) == life(
        GAP_RETENTION, "S4", "S4", None, 0, ["S4"], [("S4", None)]
    )
    assert {k: (g["severity"], g["criteria"]) for k, g in gaps.items()} == {
        GAP_MAILER: ("high", ["SOC2 CC6.6", "SOC2 CC6.7", "GDPR Art. 32"]),
        GAP_AUDIT: ("medium", ["SOC2 CC7.2", "GDPR Art. 32"]),
        GAP_AT_REST: ("low", ["SOC2 CC6.1", "GDPR Art. 32"]),
        GAP_PURPOSE: ("low", ["SOC2 C1.1", "GDPR Art. 30", "CCPA 1798.100/110/115"]),
        GAP_RETENTION: (
            "high",
            ["SOC2 C1.2", "SOC2 P4.2", "SOC2 P4.3", "GDPR Art. 5(1)(e)"],
        ),
    }
    assert gaps[GAP_RETENTION]["title"] == "records kept beyond the retention policy"


def _quarter(scan: str) -> str:
    return list(QUARTERS)[int(scan[1:]) - 1]


def test_time_to_remediate_per_severity(data):
    assert data["time_to_remediate"] == [
        # the mailer's http closed after 176 days; retention broke in Q4 and is open
        {"severity": "high", "closed": 1, "median_days": 176, "max_days": 176, "still_open": 1},
        # no audit trail, open all period
        {"severity": "medium", "closed": 0, "median_days": None, "max_days": None, "still_open": 1},
        # the loyalty purpose closed once after 89 days (and reopened); at rest open
        {"severity": "low", "closed": 1, "median_days": 89, "max_days": 89, "still_open": 2},
    ]


def test_the_changes_between_consecutive_scans(data):
    found = [
        (
            c["from"],
            c["to"],
            {k: v for k, v in c["counts"].items() if v},
            [
                (x["kind"], x["subject"], x["before"], x["after"], x["adds_risk"])
                for x in c["changes"]
            ],
            c["notes"],
        )
        for c in data["changes"]
    ]
    assert found == [
        # Q2: the new third party and its flow
        (
            "S1",
            "S2",
            {"Third parties": 1, "Flows": 1},
            [
                ("third_party_added", "loyalty", "", "loyalty", True),
                ("flow_added", "declared:loyalty-sync", "", "EMAIL_ADDRESS, PERSON_NAME", True),
            ],
            [],
        ),
        # Q3: the mailer flow moves to https
        (
            "S2",
            "S3",
            {"Encryption in transit": 1},
            [
                ("transit_changed", "declared:newsletter", "gap", "ok", False),
            ],
            [],
        ),
        # Q4: the customers' retention breaks
        (
            "S3",
            "S4",
            {"Retention": 1},
            [
                ("retention_changed", "shop/customers", "ok", "gap", True),
            ],
            [],
        ),
    ]
    assert all("Gaps" not in c["counts"] for c in data["changes"])


def test_the_summaries_are_written_from_the_numbers(data, bundles):
    summary = {c["criterion"]: c["summary"] for c in data["criteria"]}
    mailer = _gap_id(bundles[0], *GAP_MAILER)
    assert summary["SOC2 CC6.7"] == (
        "SOC2 CC6.7 was tested in 4 of 4 scans from 2026-01-15 to 2026-10-20; exceptions in 2 "
        "(2026-Q1, 2026-Q2), no exceptions in 2. 1 gap(s), 1 closed and 0 open at the last "
        f"scan: {mailer} (high) found by the first scan 2026-01-15, closed by 2026-07-10 "
        "(176 days)."
    )
    purpose = _gap_id(bundles[1], *GAP_PURPOSE)
    assert summary["GDPR Art. 30"].endswith(
        f"{purpose} (low) opened 2026-04-12, closed by 2026-07-10 (89 days), reappeared "
        "2026-10-20, still open at the last scan (0 days)."
    )
    assert summary["SOC2 CC9.2"] == (
        "SOC2 CC9.2 was tested in 4 of 4 scans from 2026-01-15 to 2026-10-20; no exceptions in "
        "any of them."
    )
    assert summary["PCI DSS 4"] == (
        "PCI DSS 4 was not tested in any of the 4 scans from 2026-01-15 to 2026-10-20: the scan "
        "found no flows with account data to test."
    )
    # CC8.1 stays not tested, and points at the changes as evidence, counted.
    assert summary["SOC2 CC8.1"].startswith("SOC2 CC8.1 was not tested in any of the 4 scans")
    assert (
        "the period lists 4 change(s) to the estate across the 3 interval(s)"
        in (summary["SOC2 CC8.1"])
    )
    assert not any("pass" in s.lower() for s in summary.values())


def test_the_same_scans_give_the_same_bytes(bundles, written, tmp_path):
    code, *_ = _period("period", *bundles, *WINDOW, "--out", tmp_path)
    assert code == 1
    for name in ("period.json", "period.html", "period.xlsx"):
        assert (tmp_path / name).read_bytes() == (written / name).read_bytes(), name


def test_the_workbook_has_a_sheet_per_section(written, data):
    from openpyxl import load_workbook

    wb = load_workbook(written / "period.xlsx", read_only=True)
    assert wb.sheetnames == [
        "About",
        "Scans that do not verify",
        "Summary per criterion",
        "Results per scan",
        "Gaps",
        "Time to remediate",
        "Changes",
        "Cadence",
        "Scans",
        "Notes",
    ]
    rows = list(wb["Results per scan"].values)
    assert rows[0] == ("criterion", "S1", "S2", "S3", "S4")
    assert [r[0] for r in rows[1:]] == list(RESULTS)
    gaps = list(wb["Gaps"].values)
    days = dict(
        zip(
            [r[0] for r in gaps[1:]], [r[gaps[0].index("open_days")] for r in gaps[1:]], strict=True
        )
    )
    assert days == {g["gap"]: g["open_days"] for g in data["gaps"]}
    about = dict(r[:2] for r in wb["About"].values if len(r) > 1)
    assert about["Quarters with a scan"] == "4 of 5; no scan in 2027-Q1"


# --- verification, schema versions, windows ----------------------------------------------------


def _tamper(bundle: Path, target: Path) -> Path:
    """A copy of ``bundle`` whose gaps.csv was edited after bundling."""
    with zipfile.ZipFile(bundle) as src, zipfile.ZipFile(target, "w") as dst:
        for item in src.infolist():
            data = src.read(item)
            if item.filename == "tables/gaps.csv":
                data = data.replace(b"high", b"low")
            dst.writestr(item, data)
    return target


def test_a_bundle_that_does_not_verify_is_read_and_named_first(bundles, data, tmp_path):
    edited = _tamper(bundles[1], tmp_path / "2026-Q2-edited.zip")
    out = tmp_path / "out"
    code, stdout, stderr = _period(
        "period", bundles[0], edited, *bundles[2:], *WINDOW, "--out", out
    )
    assert code == 1
    assert f"{edited}: S2 (2026-04-12) does not verify: changed: tables/gaps.csv" in stderr
    assert "1 not verified" in stdout
    found = json.loads((out / "period.json").read_text())
    assert list(found)[2] == "unverified"
    assert found["unverified"] == [
        {"scan": "S2", "source": str(edited), "reason": "does not verify: changed: tables/gaps.csv"}
    ]
    assert found["scans"][1]["verified"] is False
    # still read: the same results as from the intact bundle
    assert found["criteria"] == data["criteria"] and found["gaps"] == data["gaps"]
    page = (out / "period.html").read_text()
    assert page.index('id="unverified"') < page.index('id="chart"')
    assert "tables/gaps.csv" in page.split('id="chart"')[0]
    # a snapshot.json alone has no manifest to verify it against
    alone = tmp_path / "alone" / "snapshot.json"
    alone.parent.mkdir()
    alone.write_bytes(_bundled(bundles[0], "snapshot.json"))
    code, _, stderr = _period("period", alone, "--out", tmp_path / "out2")
    assert code == 1
    assert "cannot be verified: a snapshot file alone, with no manifest.json" in stderr


def _with_schema(bundle: Path, folder: Path, version: int, drop: tuple[str, ...] = ()) -> Path:
    """The bundle's snapshot.json as written by another schema version, alone in ``folder``."""
    data = json.loads(_bundled(bundle, "snapshot.json"))
    data["schema_version"] = version
    data["piimap_version"] = "9.0.0" if version > 3 else "0.1.0"
    for key in drop:
        top, _, inner = key.partition("[].")
        if inner:
            for item in data.get(top, []):
                item.pop(inner, None)
        else:
            data.pop(top, None)
    folder.mkdir()
    (folder / "snapshot.json").write_text(json.dumps(data))
    return folder / "snapshot.json"


def test_an_unknown_future_schema_version_is_refused_by_name(bundles, tmp_path):
    future = _with_schema(bundles[3], tmp_path / "future", 99)
    code, _, stderr = _period("period", *bundles[:3], future, "--out", tmp_path / "out")
    assert code == 2
    assert stderr.count("\n") == 1, stderr
    assert stderr.startswith(
        f"piimap: error: {future}: schema_version 99 was written by piimap 9.0.0"
    )
    assert "upgrade piimap" in stderr
    assert not (tmp_path / "out" / "period.json").exists()


def test_an_earlier_schema_version_is_read_with_a_note(bundles, tmp_path):
    dropped = ADDED_IN[2] + ADDED_IN[3]
    old = _with_schema(bundles[0], tmp_path / "old", 1, dropped)
    found = lineage.period([old, *bundles[1:]], tmp_path / "out")
    data = json.loads((tmp_path / "out" / "period.json").read_text())
    assert data["scans"][0]["schema_version"] == 1
    (note,) = data["notes"]
    assert note.startswith("S1 (2026-01-15, 2026-Q1) is a schema_version 1 snapshot (piimap 0.1.0)")
    assert "gaps have no title" in note
    assert len(found.scans) == 4


def test_the_window_keeps_out_scans_outside_it(bundles, tmp_path):
    found = lineage.period(bundles, start="2026-Q2", end="2026-09-30")
    assert [s.date.isoformat() for s in found.scans] == ["2026-04-12", "2026-07-10"]
    assert found.outside == ((str(bundles[0]), "2026-01-15"), (str(bundles[3]), "2026-10-20"))
    assert [q.label for q in found.quarters] == ["2026-Q2", "2026-Q3"] and not found.missing
    # the default window runs from the first scan's quarter to the last one's
    everything = lineage.period(bundles)
    assert (str(everything.start), str(everything.end), everything.missing) == (
        "2026-01-01",
        "2026-12-31",
        (),
    )


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--from", "2026-13-01"), "--from '2026-13-01': not a date (2026-04-01) or a quarter"),
        (("--from", "2026-Q3", "--to", "2026-Q1"), "the window starts (2026-07-01) after it ends"),
        (
            ("--from", "2027-01-01", "--to", "2027-Q1"),
            "no scan falls in the window 2027-01-01 to 2027-03-31; the scans given run from "
            "2026-01-15 to 2026-10-20.",
        ),
    ],
)
def test_a_bad_window_is_one_line(bundles, tmp_path, args, message):
    code, _, stderr = _period("period", *bundles, *args, "--out", tmp_path / "out")
    assert code == 2 and stderr.count("\n") == 1, stderr
    assert message in stderr


def test_the_same_scan_twice_is_refused(bundles, tmp_path):
    copy = Path(shutil.copy(bundles[0], tmp_path / "copy.zip"))
    code, _, stderr = _period("period", bundles[0], copy, "--out", tmp_path / "out")
    assert code == 2
    assert stderr == (
        f"piimap: error: {bundles[0]} and {copy} are the same scan (scanned "
        "2026-01-15T09:00:00Z, the same snapshot.json); pass each scan once.\n"
    )


def test_the_page_escapes_what_the_scans_say(bundles, tmp_path):
    """A gap whose subject and title hold markup is text on the page, never markup."""
    first = lineage.load(Path(str(bundles[0]).removesuffix(".zip")) / "out").snapshot
    hostile = '<script>window.pwned=1</script><img src=x onerror="window.pwned=2">'
    gap = Gap("SOC2 CC6.7", f"declared:{hostile}", "high", (hostile,), hostile, title=hostile)
    second = dataclasses.replace(first, scanned_at="2026-04-12T09:00:00Z", gaps=(gap,))
    lineage.period([first, second], tmp_path)
    page = (tmp_path / "period.html").read_text()
    tags = Tags(page)
    assert [t for t, _ in tags.tags if t == "script"] == ["script"]  # the page's own
    assert not any(t == "img" for t, _ in tags.tags)
    assert hostile in "".join(tags.text)


def test_a_folder_that_is_no_scan_is_one_line(tmp_path):
    (tmp_path / "empty").mkdir()
    code, _, stderr = _period("period", tmp_path / "empty", "--out", tmp_path / "out")
    assert code == 2
    assert (
        stderr
        == f"piimap: error: {tmp_path / 'empty'}: no snapshot.json; pass a scan's --out folder.\n"
    )


# --- period.html in headless Chromium ----------------------------------------------------------


def test_the_chart_in_headless_chromium(browser, written, data, tmp_path):  # noqa: F811
    from selenium.webdriver.common.by import By

    path = Path(shutil.copy(written / "period.html", tmp_path / "period.html"))
    browser.get_log("performance")  # drop what the browser did before the page
    browser.get(path.as_uri())
    chart = browser.find_element(By.CSS_SELECTOR, "figure.timeline svg.chart")
    assert chart.is_displayed()
    assert chart.size["width"] > 300 and chart.size["height"] > 300
    marks = chart.find_elements(By.CSS_SELECTOR, "rect.mark")
    assert len(marks) == len(RESULTS) * 4  # one per criterion and scan
    shown = {
        (m.get_attribute("data-criterion"), m.get_attribute("data-scan")): m.get_attribute(
            "data-result"
        )
        for m in marks
    }
    assert shown == {
        (c["criterion"], r["scan"]): r["result"] for c in data["criteria"] for r in c["results"]
    }
    assert all(m.size["width"] > 20 and m.size["height"] > 10 for m in marks)
    # the marks of a row share a line, and the scans run left to right in time order
    row = [m for m in marks if m.get_attribute("data-criterion") == "SOC2 CC6.7"]
    assert len({m.location["y"] for m in row}) == 1
    xs = [m.location["x"] for m in sorted(row, key=lambda m: m.get_attribute("data-scan"))]
    assert xs == sorted(xs)
    # the quarter without a scan is a column of its own, after the last scan
    (missing,) = chart.find_elements(By.CSS_SELECTOR, "g.no-scan")
    assert missing.get_attribute("data-quarter") == "2027-Q1"
    assert missing.location["x"] > max(xs)
    # the page reads top-down: verification, chart, summaries, gaps
    ys = [
        browser.find_element(By.ID, i).rect["y"] for i in ("unverified", "chart", "summary", "gaps")
    ]
    assert ys == sorted(ys)
    # a summary's gap id links to the gap's row
    link = browser.find_element(By.CSS_SELECTOR, "#summary a[href^='#gap-']")
    link.click()
    target = browser.execute_script("return location.hash")[1:]
    assert browser.find_element(By.ID, target).is_displayed()
    assert_page_alone(browser, path)
