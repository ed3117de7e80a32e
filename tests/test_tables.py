"""Issue 7 tables: third parties, the GDPR Art. 30 record of processing and the CCPA/CPRA table,
each as CSV, Markdown and JSON, and the workbook with a sheet per table."""

from __future__ import annotations

import csv
import json
import re

import openpyxl
import pytest

from lineage.core.model import (
    Boundary,
    Control,
    Dataset,
    EntityHit,
    Fact,
    Field,
    Flow,
    Organisation,
    Snapshot,
    Status,
    System,
)
from lineage.export.access import ACCESS_COLUMNS
from lineage.export.ropa import CCPA_COLUMNS, ROPA_COLUMNS, ccpa_frame, eea_status, ropa_frame
from lineage.export.tables import (
    CONTROL_COLUMNS,
    FLOW_COLUMNS,
    GAP_COLUMNS,
    PII_FIELD_COLUMNS,
    STORE_COLUMNS,
    TABLES,
    THIRD_PARTY_COLUMNS,
    third_parties_frame,
    write_tables,
)

NAMES = [name for name, _, _ in TABLES]
HEADERS = {
    "controls": CONTROL_COLUMNS,
    "pii_fields": PII_FIELD_COLUMNS,
    "flows": FLOW_COLUMNS,
    "stores": STORE_COLUMNS,
    "gaps": GAP_COLUMNS,
    "third_parties": THIRD_PARTY_COLUMNS,
    "ropa": list(ROPA_COLUMNS),
    "ccpa": list(CCPA_COLUMNS),
    "access": ACCESS_COLUMNS,
}


def _csv(tables, name):
    with open(tables / f"{name}.csv", newline="", encoding="utf-8") as fh:
        return list(csv.reader(fh))


def _by(tables, name, key):
    header, *rows = _csv(tables, name)
    return {row[header.index(key)]: dict(zip(header, row, strict=True)) for row in rows}


def _markdown_rows(text):
    """Cells of each line of a Markdown table, pipes unescaped."""
    rows = []
    for line in text.splitlines():
        cells = re.split(r"(?<!\\)\|", line.strip()[1:-1])
        rows.append([c.strip().replace("\\|", "|") for c in cells])
    return rows


# --- the demo --------------------------------------------------------------------------------


def test_every_table_is_written_as_csv_markdown_and_json_and_one_workbook(demo_out):
    tables = demo_out / "tables"
    for name in NAMES:
        for ext in ("csv", "md", "json"):
            assert (tables / f"{name}.{ext}").stat().st_size > 0, (name, ext)
    assert (tables / "piimap.xlsx").stat().st_size > 0


@pytest.mark.parametrize("name", NAMES)
def test_csv_headers_are_the_documented_columns(demo_out, name):
    assert _csv(demo_out / "tables", name)[0] == HEADERS[name]


def test_ropa_columns_answer_art_30_1_a_to_g():
    letters = {
        m.group(1) for v in ROPA_COLUMNS.values() if (m := re.match(r"Art\. 30\(1\)\((\w)\)", v))
    }
    assert letters == set("abcdefg")
    assert ROPA_COLUMNS["legal_basis"] == "Art. 6(1)"


def test_the_demo_ropa_names_the_controller_and_dpo_on_every_activity(demo_out):
    rows = _by(demo_out / "tables", "ropa", "activity")
    assert len(rows) >= 6
    for row in rows.values():
        assert row["controller"] == "Larkspur & Co Ltd"
        assert row["controller_contact"] == "privacy@larkspur-co.example"
        assert row["dpo"] == "Data Protection Officer, dpo@larkspur-co.example"
        # Nothing in the demo estate declares these.
        assert row["joint_controller"] == row["representative"] == "unknown"
        assert row["evidence"]


def test_the_demo_ropa_newsletter_is_consent_and_a_transfer_to_the_us(demo_out):
    newsletter = _by(demo_out / "tables", "ropa", "activity")[
        "Email marketing to subscribers who consented"
    ]
    assert newsletter["legal_basis"] == "consent (Art. 6(1)(a))"
    assert newsletter["data_subjects"] == "customers; newsletter subscribers; staff"
    assert newsletter["personal_data"] == "EMAIL_ADDRESS"
    assert newsletter["data_categories"] == "personal"
    assert newsletter["recipients"] == "Klaviyo (klaviyo, third party, vendor Klaviyo)"
    assert newsletter["third_country_transfers"] == "Klaviyo (klaviyo): US"
    assert newsletter["transfer_safeguards"] == "Klaviyo (klaviyo): EU-US Data Privacy Framework"
    assert newsletter["erasure_time_limits"].startswith("P3Y: storefront/newsletter_subscriptions")
    assert "klaviyo declares retention P30D" in newsletter["erasure_time_limits"]
    assert newsletter["evidence"] == "declared:newsletter-sync"


def test_the_demo_ropa_says_unknown_where_nothing_is_declared(demo_out):
    rows = _by(demo_out / "tables", "ropa", "activity")
    assert rows["Order history for customer service"]["legal_basis"] == "unknown"
    crm = rows["unknown purpose — crm"]
    assert crm["purpose"] == crm["legal_basis"] == "unknown"
    assert crm["data_subjects"] == "customers; leads"
    assert "Dataloader (crm.dataloader): unknown" in crm["third_country_transfers"]
    assert "Dataloader (crm.dataloader): unknown" in crm["transfer_safeguards"]
    assert "Klaviyo (klaviyo): EU-US Data Privacy Framework" in crm["transfer_safeguards"]
    assert "unknown purpose — wholesale" in rows
    # Stripe is in the US under SCCs; the CRM and warehouse are in the EU: no transfer.
    payment = rows["Payment processing"]
    assert payment["legal_basis"] == "contract (Art. 6(1)(b))"
    assert (
        payment["transfer_safeguards"] == "Stripe (stripe): Standard Contractual Clauses (2021/914)"
    )
    service = rows["Customer service and account management"]
    assert service["third_country_transfers"] == "none"
    assert service["transfer_safeguards"] == "not applicable"


def test_the_demo_ropa_security_measures_and_retention_come_from_the_evidence(demo_out):
    rows = _by(demo_out / "tables", "ropa", "activity")
    labels = rows["Printing shipping labels"]
    assert labels["security_measures"].startswith(
        "encryption in transit: gap on 1 of 1 flow; "
        "authentication: static_credential on 1 of 1 flow"
    )
    assert "no retention is declared for shipfast" in labels["erasure_time_limits"]
    reporting = rows["Sales reporting and customer lifetime value"]
    assert reporting["legal_basis"] == "legitimate_interests (Art. 6(1)(f))"
    assert reporting["retention_status"] == "gap on 2 of 4 flows, ok on 1, unknown on 1"
    assert reporting["erasure_time_limits"].startswith(
        "P90D: storefront/sessions | P2Y: analytics/"
    )
    assert "audit trail: gap on 6 of 6 stores" in reporting["security_measures"]


def test_the_demo_ccpa_table_lists_each_category_collected(demo_out):
    rows = _by(demo_out / "tables", "ccpa", "category")
    assert list(rows) == [
        "identifiers",
        "customer_records",
        "characteristics_of_protected_classifications",
        "sensitive_personal_information",
    ]
    assert {r["sold_or_shared"] for r in rows.values()} == {"unknown"}
    assert {c: r["sensitive"] for c, r in rows.items()}["sensitive_personal_information"] == "yes"
    assert [r["sensitive"] for r in rows.values()].count("yes") == 1
    ident = rows["identifiers"]
    assert ident["statute"] == "1798.140(v)(1)(A)"
    assert "EMAIL_ADDRESS" in ident["examples"].split("; ")
    assert "Storefront DB (storefront)" in ident["sources"]
    assert "Email marketing to subscribers who consented" in ident["business_purposes"]
    assert "Klaviyo (klaviyo, third party, vendor Klaviyo)" in ident["third_parties"]
    assert "P90D: storefront/sessions" in ident["retention"]
    assert "no policy declared: crm/Contact" in ident["retention"]
    # The CRM's Account is a company (it counts its employees): its billing address is the
    # company's, and only its phone, which reaches its owner at work, is reported.
    assert "crm/Account" not in ident["retention"]
    records = rows["customer_records"]
    assert "no policy declared: crm/Account" in records["retention"]
    assert (
        "PAYMENT_TOKEN" in records["examples"]
        and "Payment processing" in records["business_purposes"]
    )
    spi = rows["sensitive_personal_information"]
    assert set(spi["examples"].split("; ")) == {"PASSWORD_HASH", "NATIONAL_ID"}
    assert spi["business_purposes"] == "unknown"


def test_the_demo_third_parties_say_who_receives_what_and_how(demo_out):
    rows = _by(demo_out / "tables", "third_parties", "system")
    assert {"klaviyo", "stripe", "shipfast", "crm.dataloader", "wholesale.mailchimp"} <= set(rows)
    klaviyo = rows["klaviyo"]
    assert (klaviyo["declared"], klaviyo["vendor"], klaviyo["region"], klaviyo["eea"]) == (
        "yes",
        "Klaviyo",
        "US",
        "outside",
    )
    assert klaviyo["transfer_safeguards"] == "EU-US Data Privacy Framework"
    assert "EMAIL_ADDRESS" in klaviyo["entities"].split(";") and klaviyo["gdpr"] == "personal"
    assert "identifiers" in klaviyo["ccpa"].split(";")
    shipfast = rows["shipfast"]
    assert shipfast["transport"] == "gap"
    assert shipfast["transport_evidence"].startswith("declared:shipping-labels: ")
    assert "http://api.shipfast.example is not encrypted" in shipfast["transport_evidence"]
    assert "static_credential" in shipfast["auth"].split(";")
    assert int(shipfast["flows"]) >= 2 and shipfast["retention"] == "gap"
    loader = rows["crm.dataloader"]
    assert loader["declared"] == "no"
    assert loader["discovered_by"] == "crm: connected_app Dataloader"
    assert loader["eea"] == "unknown" and loader["auth"] == "short_lived_oauth"


def test_the_workbook_has_a_sheet_per_table_ready_to_filter(demo_out, demo_snapshot):
    tables = demo_out / "tables"
    wb = openpyxl.load_workbook(tables / "piimap.xlsx")
    assert wb.sheetnames == [title for _, title, _ in TABLES]
    assert wb.sheetnames[:2] == ["Controls", "Gaps"]  # the control matrix opens the workbook
    assert wb.properties.created.isoformat() == demo_snapshot.scanned_at.removesuffix("Z")
    for name, title, _ in TABLES:
        ws = wb[title]
        header, *rows = _csv(tables, name)
        assert [c.value for c in ws[1]] == header, title
        assert all(c.font.bold for c in ws[1])
        assert ws.freeze_panes == "A2"
        assert ws.auto_filter.ref == ws.dimensions
        assert ws.max_row == len(rows) + 1, title
        for c in range(1, len(header) + 1):
            width = ws.column_dimensions[openpyxl.utils.get_column_letter(c)].width
            assert 8 <= width <= 60, (title, c)
    gaps = wb["Gaps"]
    evidence = GAP_COLUMNS.index("evidence") + 1
    assert gaps.cell(row=2, column=evidence).alignment.wrap_text
    assert gaps.column_dimensions["A"].width < 20  # severity: narrow


@pytest.mark.parametrize("name", NAMES)
def test_markdown_tables_hold_the_same_cells_as_the_csv(demo_out, name):
    tables = demo_out / "tables"
    header, *rows = _csv(tables, name)
    md = _markdown_rows((tables / f"{name}.md").read_text(encoding="utf-8"))
    assert md[0] == header
    assert set("".join(md[1])) == {"-"} and len(md[1]) == len(header)
    assert md[2:] == [[c.replace("\n", "<br>") for c in row] for row in rows]


@pytest.mark.parametrize("name", NAMES)
def test_json_records_round_trip_to_the_csv(demo_out, name):
    tables = demo_out / "tables"
    header, *rows = _csv(tables, name)
    records = json.loads((tables / f"{name}.json").read_text(encoding="utf-8"))
    assert len(records) == len(rows)
    for record, row in zip(records, rows, strict=True):
        assert list(record) == header
        assert ["" if v is None else str(v) for v in record.values()] == row


def test_the_same_snapshot_gives_the_same_bytes(demo_snapshot, tmp_path):
    first = write_tables(demo_snapshot, tmp_path / "a")
    second = write_tables(demo_snapshot, tmp_path / "b")
    assert [p.name for p in first] == [p.name for p in second]
    assert len(first) == 3 * len(TABLES) + 1
    for a, b in zip(first, second, strict=True):
        assert a.read_bytes() == b.read_bytes(), a.name


# --- small estates ---------------------------------------------------------------------------


def _field(system, dataset, name, entity):
    return Field(system, dataset, name, "text", entities=(EntityHit(entity, 0.9),))


def _estate(**changes):
    """A shop and a warehouse in the EU, an ad network with no region, a mailer in London."""
    systems = (
        System("shop", "sqlite", name="Shop", region="DE", data_subjects=("customers",)),
        System("dw", "sqlite", region="eu-central-1"),
        System(
            "ads",
            "third_party",
            name="Ads",
            boundary=Boundary.THIRD_PARTY,
            facts=(Fact("discovered_by", "shop", "integration_config ads.example"),),
        ),
        System(
            "mailer",
            "third_party",
            name="Mailer",
            vendor="Mailer Ltd",
            region="eu-west-2",
            boundary=Boundary.THIRD_PARTY,
        ),
    )
    datasets = (
        Dataset("shop", "customers", retention_policy="P3Y"),
        Dataset("shop", "orders", retention_policy="P7Y"),
        Dataset("shop", "staff"),
        Dataset("dw", "events", retention_policy="P90D"),
    )
    fields = (
        _field("shop", "customers", "email", "EMAIL_ADDRESS"),
        _field("shop", "customers", "password", "PASSWORD_HASH"),
        _field("shop", "orders", "email", "EMAIL_ADDRESS"),
        _field("shop", "staff", "name", "PERSON_NAME"),
        _field("dw", "events", "loyalty_tier", "LOYALTY_TIER"),  # a user's own entity
    )
    flows = (
        Flow(
            "f1",
            "shop/customers",
            "mailer",
            "declared",
            entities=("EMAIL_ADDRESS",),
            transit=Control(Status.OK, ("https://mailer.example",)),
            auth="static_credential",
            purpose="Newsletter",
            legal_basis="consent",
        ),
        Flow(
            "f2",
            "shop",
            "ads",
            "integration_config",
            entities=("EMAIL_ADDRESS",),
            retention=Control(Status.GAP, ("no retention is declared for ads",)),
        ),
        Flow("f3", "shop/orders", "dw/events", "sql_job", purpose="Newsletter"),
    )
    base = dict(systems=systems, datasets=datasets, fields=fields, flows=flows)
    return Snapshot("2026-01-02T03:04:05Z", "0.1.0", **{**base, **changes})


def test_a_small_estate_record_of_processing():
    rows = {r["activity"]: r for r in ropa_frame(_estate()).to_dict("records")}
    assert list(rows) == ["Newsletter", "unknown purpose — shop"]
    news, unknown = rows["Newsletter"], rows["unknown purpose — shop"]
    assert news["controller"] == news["controller_contact"] == news["dpo"] == "unknown"
    # One flow declares consent, the other nothing: both are said.
    assert news["legal_basis"] == "consent (Art. 6(1)(a)); unknown for f3"
    assert news["third_country_transfers"] == "Mailer (mailer): eu-west-2"  # London
    assert news["transfer_safeguards"] == "Mailer (mailer): unknown"
    assert news["recipients"] == ("dw (internal); Mailer (mailer, third party, vendor Mailer Ltd)")
    assert news["erasure_time_limits"] == "P90D: dw/events | P3Y: shop/customers | P7Y: shop/orders"
    assert news["retention_status"] == "unknown on 2 of 2 flows"
    assert news["security_measures"] == (
        "encryption in transit: ok on 1 of 2 flows, unknown on 1; "
        "authentication: static_credential on 1 of 2 flows, unknown on 1; "
        "encryption at rest: unknown on 3 of 3 stores; audit trail: unknown on 3 of 3 stores"
    )
    assert unknown["purpose"] == unknown["legal_basis"] == "unknown"
    assert unknown["data_subjects"] == "customers"
    assert unknown["recipients"] == "Ads (ads, third party, vendor unknown)"
    assert unknown["third_country_transfers"] == "Ads (ads): unknown"
    # A whole-system source: the datasets holding what the flow carries, not the staff table.
    assert unknown["erasure_time_limits"] == (
        "P3Y: shop/customers | P7Y: shop/orders | no retention is declared for ads"
    )


def test_a_record_of_processing_says_unknown_for_every_undeclared_fact():
    flow = Flow("f", "shop", "dw", "declared", purpose="Reporting")
    snapshot = _estate(
        flows=(flow,),
        systems=(System("shop", "sqlite"), System("dw", "sqlite")),
        organisation=Organisation(name="Shop Ltd"),
    )
    (row,) = ropa_frame(snapshot).to_dict("records")
    assert row["controller"] == "Shop Ltd"
    for column in ("controller_contact", "representative", "dpo", "legal_basis", "data_subjects"):
        assert row[column] == "unknown", column
    assert row["data_categories"] == row["personal_data"] == "unknown"
    assert row["recipients"] == "dw (internal)"
    assert row["third_country_transfers"] == row["transfer_safeguards"] == "dw: unknown"
    assert row["erasure_time_limits"] == "unknown"
    assert "encryption at rest: unknown (no store identified)" in row["security_measures"]


def test_criminal_data_shows_as_its_own_category_and_sensitive():
    """Art. 10 data (a staff member's criminal record, sent to a screening vendor) is named
    apart from Art. 9 data in the inventory and the record of processing, and is sensitive, as
    HEALTH is."""
    from lineage.export.tables import pii_fields_frame

    fields = (
        *_estate().fields,
        _field("shop", "staff", "criminal_record", "CRIMINAL_OFFENCE"),
        _field("shop", "staff", "allergies", "HEALTH"),
        Field(
            "shop",
            "staff",
            "religious_convictions",
            "text",
            entities=(EntityHit("SENSITIVE_DEMOGRAPHIC", 0.9), EntityHit("CRIMINAL_OFFENCE", 0.6)),
        ),
    )
    flow = Flow(
        "f4",
        "shop/staff",
        "mailer",
        "declared",
        entities=("PERSON_NAME", "CRIMINAL_OFFENCE", "HEALTH"),
        purpose="Pre-employment screening",
        legal_basis="legal_obligation",
    )
    snapshot = _estate(fields=fields, flows=(*_estate().flows, flow))
    rows = {(r.dataset, r.field): r for r in pii_fields_frame(snapshot).itertuples()}
    record, health = rows["staff", "criminal_record"], rows["staff", "allergies"]
    assert (record.gdpr, record.fides) == ("criminal", "user.criminal_history")
    assert (health.gdpr, health.fides) == ("special", "user.health_and_medical")
    # Art. 9 and Art. 10 data in one field: both regimes, as neither covers the other
    assert rows["staff", "religious_convictions"].gdpr == "criminal;special"
    screening = {r["activity"]: r for r in ropa_frame(snapshot).to_dict("records")}[
        "Pre-employment screening"
    ]
    assert screening["data_categories"] == "criminal; personal; special"
    ccpa = {r["category"]: r for r in ccpa_frame(snapshot).to_dict("records")}
    employment = ccpa["professional_or_employment_information"]
    assert (employment["statute"], employment["examples"]) == (
        "1798.140(v)(1)(I)",
        "CRIMINAL_OFFENCE",
    )
    from lineage.render.systems_view import families

    assert families(["CRIMINAL_OFFENCE"]) == families(["HEALTH"]) == ("other*",)


def test_a_small_estate_ccpa_table_and_third_parties():
    rows = {r["category"]: r for r in ccpa_frame(_estate()).to_dict("records")}
    assert list(rows) == ["identifiers", "sensitive_personal_information"]  # not LOYALTY_TIER's
    ident, spi = rows["identifiers"], rows["sensitive_personal_information"]
    assert ident["examples"] == "PERSON_NAME; EMAIL_ADDRESS" and ident["fields"] == 3
    assert ident["sources"] == "Shop (shop)"
    assert ident["business_purposes"] == "Newsletter; unknown"  # f2 has no purpose
    assert ident["third_parties"] == (
        "Ads (ads, third party, vendor unknown); Mailer (mailer, third party, vendor Mailer Ltd)"
    )
    assert (
        ident["retention"]
        == "P3Y: shop/customers | P7Y: shop/orders | no policy declared: shop/staff"
    )
    assert (spi["sensitive"], spi["business_purposes"], spi["third_parties"]) == (
        "yes",
        "unknown",
        "none found",
    )
    parties = {r["system"]: r for r in third_parties_frame(_estate()).to_dict("records")}
    assert parties["ads"]["declared"] == "no" and parties["mailer"]["declared"] == "yes"
    assert parties["mailer"]["eea"] == "outside" and parties["ads"]["eea"] == "unknown"
    assert parties["ads"]["retention_evidence"] == "f2: no retention is declared for ads"


def test_an_empty_snapshot_writes_every_table_with_headers_only(tmp_path):
    paths = write_tables(Snapshot("2026-01-02T03:04:05Z", "0.1.0"), tmp_path)
    assert len(paths) == 3 * len(TABLES) + 1
    wb = openpyxl.load_workbook(tmp_path / "tables" / "piimap.xlsx")
    header, *controls = _csv(tmp_path / "tables", "controls")
    assert header == HEADERS["controls"] and controls  # a scan of nothing tested nothing:
    assert {row[header.index("result")] for row in controls} == {"not tested"}
    for name, title, _ in TABLES:
        if name == "controls":
            continue
        assert _csv(tmp_path / "tables", name) == [HEADERS[name]]
        assert json.loads((tmp_path / "tables" / f"{name}.json").read_text()) == []
        assert len(_markdown_rows((tmp_path / "tables" / f"{name}.md").read_text())) == 2
        assert wb[title].max_row == 1 and wb[title].freeze_panes == "A2"


def test_cells_that_look_like_formulas_pipes_or_control_characters_stay_plain_text(tmp_path):
    odd = Flow("f", "shop", "ads", "declared", purpose='=HYPERLINK("x")|a\x07b\nnext')
    write_tables(_estate(flows=(odd,)), tmp_path)
    ws = openpyxl.load_workbook(tmp_path / "tables" / "piimap.xlsx")["Flows"]
    cell = ws.cell(row=2, column=FLOW_COLUMNS.index("purpose") + 1)
    assert cell.data_type == "s" and cell.value == '=HYPERLINK("x")|ab\nnext'
    md = (tmp_path / "tables" / "flows.md").read_text()
    assert '=HYPERLINK("x")\\|a\x07b<br>next' in md
    assert len(_markdown_rows(md)[2]) == len(FLOW_COLUMNS)


@pytest.mark.parametrize(
    ("region", "expected"),
    [
        ("eu-west-1", "inside"),  # Ireland
        ("EU", "inside"),
        ("EEA", "inside"),
        ("DE", "inside"),
        ("Germany", "inside"),
        ("NO", "inside"),  # EEA, not EU
        ("westeurope", "inside"),  # Azure, Netherlands
        ("europe-west4", "inside"),  # Google Cloud, Netherlands
        ("US", "outside"),
        ("us-east-1", "outside"),
        ("eastus2", "outside"),
        ("asia-southeast1", "outside"),
        ("eu-west-2", "outside"),  # London
        ("europe-west6", "outside"),  # Zurich
        ("GB", "outside"),
        ("UK", "outside"),
        ("United Kingdom", "outside"),
        ("CH", "outside"),
        ("", "unknown"),
        ("Europe", "unknown"),  # the UK and Switzerland are in Europe too
        ("mars-1", "unknown"),
    ],
)
def test_eea_status_of_a_region(region, expected):
    assert eea_status(region) == expected
