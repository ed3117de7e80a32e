"""The access gap rules, one case table: each principal of a small estate against the estate's
``access:`` policy, and the gap (control, severity, title) it gets, or none."""

from __future__ import annotations

import pytest

from lineage.assess import assess
from lineage.core.config import AccessConfig
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
    System,
)

SCANNED = "2026-06-30T00:00:00Z"
EMAIL = (EntityHit("EMAIL_ADDRESS", 0.9),)
FIELDS = [Field("shop", "s.people", "email", "text", entities=EMAIL)]
ADMIN = dict(privileged=True, privileged_reason="SUPER")


def access_gaps(principals, grants=(), **policy) -> list[Gap]:
    _, _, gaps = assess(
        SCANNED,
        {},
        [System("shop", "mysql", owner="it")],
        [Dataset("shop", "s.people", retention_policy="P1Y")],
        FIELDS,
        [],
        principals=principals,
        grants=grants,
        access=AccessConfig(**policy),
    )
    return [
        g for g in gaps if g.subject.startswith("shop/@") or g.title.startswith(("more", "whether"))
    ]


def one(principal: Principal, grants=(), **policy) -> list[tuple[str, str, str]]:
    return [(g.control, g.severity, g.title) for g in access_gaps([principal], grants, **policy)]


BROAD = "integration holds broad privileges but uses few objects"
BROAD_MEDIUM, BROAD_HIGH = ("SOC2 CC6.3", "medium", BROAD), ("SOC2 CC6.3", "high", BROAD)


def _integration(
    broad: str, granted: str, kind: str = "integration", status: str = "active", full_admin=False
) -> Principal:
    facts = [Fact("broad_access", broad, "test"), Fact("objects_granted", granted, "test")]
    facts += [Fact("full_admin", "yes", "test")] if full_admin else []
    return Principal(
        "shop", "erp@acme.example", kind, status, True, broad,
        last_login="2026-06-29T00:00:00Z", facts=tuple(facts),
    )  # fmt: skip


CASES = [
    # dormant or never-used privileged accounts
    (
        Principal(
            "shop", "ops_jane", "person", "active", last_login="2026-01-01T00:00:00Z", **ADMIN
        ),
        {},
        [("SOC2 CC6.2", "medium", "privileged account unused for longer than the dormant period")],
    ),
    (
        Principal(
            "shop", "ops_jane", "person", "active", last_login="2026-01-01T00:00:00Z", **ADMIN
        ),
        {"dormant_days": 200},
        [],
    ),
    (
        Principal(
            "shop", "ops_jane", "person", "active", last_login_evidence="never logged in", **ADMIN
        ),
        {},
        [("SOC2 CC6.2", "medium", "privileged account never used")],
    ),
    (
        Principal(
            "shop", "ops_jane", "person", "locked", last_login="2020-01-01T00:00:00Z", **ADMIN
        ),
        {},
        [],
    ),
    (
        Principal(
            "shop", "ops_jane", "person", "active", last_login_evidence="not recorded", **ADMIN
        ),
        {},
        [("SOC2 CC6.2", "low", "whether privileged accounts are dormant is not known")],
    ),
    # generic names
    (
        Principal("shop", "'admin'@'localhost'", "account", "active"),
        {},
        [("SOC2 CC6.1", "low", "generic or shared account name")],
    ),
    (
        Principal("shop", "'admin'@'localhost'", "account", "active"),
        {"allowed_generic": ["admin"]},
        [],
    ),
    (
        Principal("shop", "kiosk", "account", "active"),
        {"generic_names": ["Kiosk"]},
        [("SOC2 CC6.1", "low", "generic or shared account name")],
    ),
    (Principal("shop", "admin", "role", "cannot_log_in"), {}, []),
    # password-less
    (
        Principal("shop", "'jane'@'%'", "account", "active", credential=Credential("none")),
        {},
        [("SOC2 CC6.1", "medium", "account logs in without a password")],
    ),
    (Principal("shop", "'jane'@'%'", "account", "locked", credential=Credential("none")), {}, []),
    # an integration reading everything where its grants name a few objects (Salesforce)
    (_integration("View All Data", "1 of 4 scanned objects: Contact"), {}, [BROAD_MEDIUM]),
    (_integration("Modify All Data", "0 of 12 scanned objects", full_admin=True), {}, [BROAD_HIGH]),
    (_integration("View All Data", "5 of 5 scanned objects: A, B, C, D, E"), {}, []),
    (_integration("View All Data", "6 of 40 scanned objects: A, B, C, D, E, F"), {}, []),
    (_integration("View All Data", "1 of 4 scanned objects: Contact", kind="person"), {}, []),
    (_integration("View All Data", "1 of 4 scanned objects: Contact", status="locked"), {}, []),
    # a storefront console user: its login, an e-mail's local part, is the name judged
    (
        Principal("shop", "prestashop:admin@shop.example", "person", "active",
                  facts=(Fact("login", "admin@shop.example", "employee.email"),)),
        {},
        [("SOC2 CC6.1", "low", "generic or shared account name")],
    ),
    # API keys and integration credentials older than the rotation period
    (
        Principal("shop", "magento:integration ERP", "integration", "active",
                  credential=Credential("oauth", "2025-06-01T00:00:00Z")),
        {},
        [("SOC2 CC6.1", "medium",
          "API key or integration credential older than the rotation period")],
    ),
    (
        Principal("shop", "magento:integration ERP", "integration", "active",
                  credential=Credential("oauth", "2025-06-01T00:00:00Z")),
        {"rotation_days": 400},
        [],
    ),
    (
        Principal("shop", "medusa:publishable key Web", "api_key", "active",
                  credential=Credential("api_key", "2020-01-01T00:00:00Z"),
                  facts=(Fact("public", "yes", "publishable"),)),
        {},
        [],
    ),
    (
        Principal("shop", "jane", "person", "active",
                  credential=Credential("password", "2020-01-01T00:00:00Z")),
        {},
        [],
    ),
    # write-capable keys never used, or unused for longer than the dormant period
    (
        Principal("shop", "woocommerce:api key 2", "api_key", "active",
                  last_login_evidence="never used (woocommerce_api_keys.last_access is empty)",
                  facts=(Fact("write", "yes", "permissions = read_write"),)),
        {},
        [("SOC2 CC6.2", "medium", "write-capable API key never used")],
    ),
    (
        Principal("shop", "shopware:integration Sync", "integration", "active",
                  last_login="2026-01-01T00:00:00Z", last_login_evidence="last_usage_at",
                  facts=(Fact("write", "yes", "write_access"),)),
        {},
        [("SOC2 CC6.2", "medium",
          "write-capable API key unused for longer than the dormant period")],
    ),
    (
        Principal("shop", "woocommerce:api key 1", "api_key", "active",
                  last_login_evidence="never used (woocommerce_api_keys.last_access is empty)"),
        {},
        [],
    ),
    (
        Principal("shop", "woocommerce:api key 2", "api_key", "locked",
                  last_login_evidence="never used",
                  facts=(Fact("write", "yes", "permissions = write"),)),
        {},
        [],
    ),
    (
        Principal("shop", "prestashop:webservice key 1", "api_key", "active",
                  last_login_evidence="PrestaShop records no use of a webservice key",
                  facts=(Fact("write", "yes", "PUT orders"),)),
        {},
        [],
    ),
]  # fmt: skip


@pytest.mark.parametrize(("principal", "policy", "expected"), CASES)
def test_access_gap_rule(principal, policy, expected):
    assert one(principal, **policy) == expected


def test_personal_data_open_to_public_anonymous_or_any_host():
    anonymous = Principal(
        "shop",
        "''@'%'",
        "account",
        "active",
        facts=(Fact("anonymous", "yes", "mysql.user"), Fact("host", "%", "mysql.user")),
    )
    anywhere = Principal(
        "shop", "'app'@'%'", "integration", "active", facts=(Fact("host", "%", "mysql.user"),)
    )
    local = Principal("shop", "'app'@'10.0.0.5'", "integration", "active")
    public = Principal("shop", "PUBLIC", "group", "cannot_log_in")
    grants = [
        ReadGrant("shop", p.name, "s.people", evidence="GRANT")
        for p in (anonymous, anywhere, local, public)
    ]
    gaps = {g.subject: g for g in access_gaps([anonymous, anywhere, local, public], grants)}
    assert (gaps["shop/@''@'%'"].severity, gaps["shop/@''@'%'"].title) == (
        "high",
        "personal data readable by an anonymous account",
    )
    assert gaps["shop/@PUBLIC"].severity == "high"
    assert gaps["shop/@'app'@'%'"].severity == "medium"
    assert gaps["shop/@'app'@'%'"].evidence[0] == (
        "EMAIL_ADDRESS readable by 'app'@'%', which logs in from any host"
    )
    assert "shop/@'app'@'10.0.0.5'" not in gaps
    assert "GDPR Art. 5(1)(f)" in gaps["shop/@PUBLIC"].related


def test_more_full_admins_than_allowed():
    admins = [
        Principal(
            "shop",
            f"admin{i}",
            "person",
            "active",
            facts=(Fact("full_admin", "yes", "x"),),
            **ADMIN,
            last_login="2026-06-29T00:00:00Z",
        )
        for i in range(3)
    ]
    locked = Principal("shop", "old", "person", "locked", facts=(Fact("full_admin", "yes", "x"),))
    titles = [g.title for g in access_gaps([*admins, locked], max_full_admins=3)]
    assert "more superusers or full admins than the policy allows" not in titles
    gaps = [g for g in access_gaps([*admins, locked], max_full_admins=2) if g.subject == "shop"]
    assert [g.control for g in gaps] == ["SOC2 CC6.3"]
    assert gaps[0].evidence == (
        "3 active superusers or full admins (access.max_full_admins = 2): admin0, admin1, admin2",
    )


def test_full_admins_are_counted_per_admin_console():
    def admin(name: str, console: str) -> Principal:
        facts = (Fact("full_admin", "yes", "x"), Fact("console", console, "tables"))
        return Principal("shop", name, "person", "active", facts=facts, **ADMIN,
                         last_login="2026-06-29T00:00:00Z")  # fmt: skip

    db = [admin(f"dba{i}", "") for i in range(2)]
    magento = [admin(f"magento:a{i}", "Magento 2 / Adobe Commerce admin console") for i in range(3)]
    gaps = [g for g in access_gaps([*db, *magento], max_full_admins=2) if g.subject == "shop"]
    assert [g.evidence for g in gaps] == [
        (
            "3 active superusers or full admins of the Magento 2 / Adobe Commerce admin console "
            "(access.max_full_admins = 2): magento:a0, magento:a1, magento:a2",
        )
    ]


def test_a_grant_to_a_role_counts_for_its_members():
    member = Principal(
        "shop",
        "'app'@'%'",
        "integration",
        "active",
        member_of=(Membership("reader"),),
        facts=(Fact("host", "%", "mysql.user"),),
    )
    role = Principal("shop", "reader", "role", "cannot_log_in")
    gaps = access_gaps([member, role], [ReadGrant("shop", "reader", "s.people", evidence="GRANT")])
    assert [g.subject for g in gaps] == ["shop/@'app'@'%'"]
    assert "through reader" in " ".join(gaps[0].evidence)
