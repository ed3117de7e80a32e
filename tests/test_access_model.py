"""Principals and read grants: in the snapshot deterministically, in the graph as nodes and
edges, and as the access table and who-can-read answers (docs/access.md)."""

from __future__ import annotations

import dataclasses
import json

import pytest

from lineage.api import Estate
from lineage.core import snapshot as snapshot_io
from lineage.core.errors import PiimapError
from lineage.core.model import (
    Credential,
    Dataset,
    EntityHit,
    Fact,
    Field,
    Gap,
    Membership,
    Principal,
    ReadGrant,
    Snapshot,
    System,
)

EMAIL = (EntityHit("EMAIL_ADDRESS", 0.9),)
SSN = (EntityHit("US_SSN", 0.9),)


def estate_snapshot() -> Snapshot:
    return Snapshot(
        "2026-01-01T00:00:00Z",
        "0",
        systems=(System("shop", "postgresql"), System("dw", "mysql")),
        datasets=(
            Dataset("shop", "public.customers"),
            Dataset("shop", "public.people"),
            Dataset("shop", "public.orders"),
            Dataset("dw", "dw.contacts"),
        ),
        fields=(
            Field("shop", "public.customers", "email", "text", entities=EMAIL, position=1),
            Field("shop", "public.people", "id", "int", position=1),
            Field("shop", "public.people", "email", "text", entities=EMAIL, position=2),
            Field("shop", "public.people", "ssn", "text", entities=SSN, position=3),
            Field("shop", "public.orders", "total", "int"),
            Field("dw", "dw.contacts", "email", "text", entities=EMAIL),
        ),
        principals=(
            Principal(
                "shop",
                "jane",
                "person",
                "active",
                credential=Credential("password", "2025-12-02", evidence="pg_authid"),
                member_of=(Membership("reporting"), Membership("PUBLIC")),
            ),
            Principal(
                "shop", "reporting", "role", "cannot_log_in", member_of=(Membership("PUBLIC"),)
            ),
            Principal("shop", "PUBLIC", "group", "cannot_log_in"),
            Principal("shop", "postgres", "account", "active", True, "superuser (pg_roles)"),
            Principal(
                "dw", "'etl'@'%'", "integration", "active", facts=(Fact("host", "%", "mysql.user"),)
            ),
        ),
        grants=(
            ReadGrant("shop", "reporting", "public.customers", evidence="reporting=r/owner"),
            ReadGrant("shop", "PUBLIC", "public.people", ("id", "email"), evidence="=r/owner"),
            ReadGrant("shop", "postgres", "*", privilege="superuser", evidence="rolsuper"),
        ),
    )


def test_snapshot_keeps_principals_and_grants_in_one_order():
    s = estate_snapshot()
    shuffled = dataclasses.replace(
        s,
        principals=tuple(reversed(s.principals)),
        grants=tuple(reversed(s.grants)),
    )
    text = snapshot_io.dumps(s)
    assert snapshot_io.dumps(shuffled) == text
    assert snapshot_io.loads(text) == snapshot_io.normalised(s)
    names = [p["name"] for p in snapshot_io.to_dict(s)["principals"]]
    assert names == ["'etl'@'%'", "PUBLIC", "jane", "postgres", "reporting"]


def test_graph_has_principals_memberships_and_can_read_edges():
    g = Estate(estate_snapshot()).graph
    assert g.nodes["@shop/jane"]["node_type"] == "principal"
    kinds = {(u, v, d["kind"]) for u, v, d in g.edges(data=True) if d["kind"] != "contains"}
    assert ("@shop/jane", "@shop/reporting", "member_of") in kinds
    # A whole-table grant reaches the dataset; a column grant only the personal-data columns.
    assert ("@shop/reporting", "shop/public.customers", "can_read") in kinds
    assert ("@shop/PUBLIC", "shop/public.people/email", "can_read") in kinds
    assert ("@shop/PUBLIC", "shop/public.people/ssn", "can_read") not in kinds
    # The superuser reaches every dataset holding personal data, and no other.
    assert ("@shop/postgres", "shop/public.people", "can_read") in kinds
    assert ("@shop/postgres", "shop/public.orders", "can_read") not in kinds


def test_access_table_lists_what_each_principal_can_read_and_why():
    table = Estate(estate_snapshot()).access()
    frame = table.set_index("principal")
    assert list(table.columns[:9]) == [
        "system",
        "principal",
        "kind",
        "privileged",
        "status",
        "last_login",
        "credential",
        "can_read",
        "evidence",
    ]
    jane = frame.loc["jane"]
    assert jane["can_read"] == "EMAIL_ADDRESS"  # customers through reporting, people through PUBLIC
    assert jane["datasets"] == "public.customers;public.people"
    assert "through reporting: reporting=r/owner" in jane["evidence"]
    assert jane["credential"] == "password, set 30 days before the scan"
    root = frame.loc["postgres"]
    assert (root["privileged"], root["can_read"]) == ("yes", "EMAIL_ADDRESS;US_SSN")
    assert root["evidence"].startswith("privileged: superuser (pg_roles) | superuser: rolsuper")
    assert frame.loc["'etl'@'%'", "can_read"] == ""  # dw grants none to it
    assert frame.loc["'etl'@'%'", "facts"] == "host: %"


def test_who_can_read_an_entity_a_dataset_or_a_field():
    estate = Estate(estate_snapshot())
    ssn = estate.who_can_read("shop/public.people/ssn")
    assert list(ssn["principal"]) == ["postgres"]  # PUBLIC's column grant leaves ssn out
    email = estate.who_can_read("email")
    assert set(zip(email["principal"], email["field"], strict=True)) == {
        ("PUBLIC", "shop/public.people/email"),
        ("jane", "shop/public.customers/email"),
        ("jane", "shop/public.people/email"),
        ("postgres", "shop/public.customers/email"),
        ("postgres", "shop/public.people/email"),
        ("reporting", "shop/public.customers/email"),
        ("reporting", "shop/public.people/email"),
    }
    via = email.set_index(["principal", "field"])["via"]
    assert via["jane", "shop/public.customers/email"] == "reporting"
    assert via["jane", "shop/public.people/email"] == "PUBLIC"
    assert list(estate.who_can_read("dw")["principal"]) == []
    with pytest.raises(PiimapError, match="Did you mean"):
        estate.who_can_read("shop/public.peple")


def test_who_can_read_command_lists_principals_with_their_grants(tmp_path):
    from click.testing import CliRunner

    from lineage.cli import main

    path = tmp_path / "snapshot.json"
    snapshot_io.save(estate_snapshot(), path)
    result = CliRunner().invoke(main, ["who-can-read", "shop/public.people/ssn", "-s", str(path)])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines() == [
        "shop/public.people/ssn: 1 principal(s) may read 1 field(s)",
        "  shop postgres (account, active)  privileged",
        "    shop/public.people/ssn [US_SSN]: superuser: rolsuper",
    ]
    as_json = CliRunner().invoke(main, ["who-can-read", "email", "-s", str(path), "--json"])
    assert {r["principal"] for r in json.loads(as_json.output)} == {
        "PUBLIC",
        "jane",
        "postgres",
        "reporting",
    }
    unknown = CliRunner().invoke(main, ["who-can-read", "shop/public.peopel", "-s", str(path)])
    assert unknown.exit_code == 2
    assert "Did you mean 'shop/public.people'?" in unknown.output


def test_diff_reports_access_granted_revoked_and_privileged_accounts():
    from lineage.ci.diff import diff

    base = estate_snapshot()
    new = dataclasses.replace(
        base,
        principals=(
            *[p for p in base.principals if p.name != "postgres"],
            Principal("shop", "ops_root", "person", "active", True, "superuser (pg_roles)"),
        ),
        grants=(
            ReadGrant("shop", "reporting", "public.customers", evidence="reporting=r/owner"),
            ReadGrant("shop", "PUBLIC", "public.people", ("id", "email", "ssn"), evidence="=r/o"),
        ),
    )
    changes = {(c.kind, c.subject, c.description) for c in diff(base, new).changes}
    assert (
        "privileged_added",
        "@shop/ops_root",
        ("new privileged person @shop/ops_root: superuser (pg_roles)"),
    ) in changes
    assert ("privileged_removed", "@shop/postgres", "@shop/postgres is gone") in changes
    # PUBLIC's column grant now takes ssn: every member of PUBLIC can read it.
    granted = {s for k, s, _ in changes if k == "access_granted"}
    assert granted == {"@shop/PUBLIC", "@shop/jane", "@shop/reporting"}
    assert ("access_granted", "@shop/jane", "@shop/jane can now read shop/public.people (ssn)") in (
        changes
    )
    assert {s for k, s, _ in changes if k == "access_revoked"} == {"@shop/postgres"}
    assert all(c.worse for c in diff(base, new).changes if c.kind == "access_granted")


def test_diff_does_not_compare_access_a_snapshot_did_not_read():
    from lineage.ci.diff import diff

    base = dataclasses.replace(estate_snapshot(), principals=(), grants=())
    d = diff(base, estate_snapshot())
    assert not [c for c in d.changes if c.section == "Access"]
    assert any("accounts and grants were read in only one" in n for n in d.notes)


def test_a_subset_keeps_the_accounts_and_access_gaps_of_its_systems():
    snapshot = dataclasses.replace(
        estate_snapshot(),
        gaps=(
            Gap("SOC2 CC6.1", "shop/@PUBLIC", "high", ("x",), "y"),
            Gap("SOC2 CC6.1", "dw/@'etl'@'%'", "medium", ("x",), "y"),
        ),
    )
    shop = Estate(snapshot).subset(system="shop")
    assert {p.system for p in shop.snapshot.principals} == {"shop"}
    assert [g.subject for g in shop.snapshot.gaps] == ["shop/@PUBLIC"]
    assert set(shop.access()["principal"]) == {"jane", "reporting", "PUBLIC", "postgres"}
