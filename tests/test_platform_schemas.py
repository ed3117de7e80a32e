"""Issue 19: storefront databases built from each platform's own schema definitions
(tests/platform_schemas.py notes the version and file of each) give the right platform, every
plain-text key (whatever environment word, plural or short form its name uses), one flow per
vendor with every extension, key and endpoint of that vendor, and no public key taken for a
secret. No secret value appears in any finding or log line.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator

import pytest
from sqlalchemy.engine import Engine

from connectors.base import ThirdParty
from connectors.platforms.discover import PlatformFindings, platform_findings
from lineage.core.model import Boundary, System
from lineage.flows.third_parties import third_party_flows

from . import platform_schemas as schemas
from .conftest import PgDatabase

MYSQL_DATABASES = {
    "woo": schemas.WOOCOMMERCE,
    "m2": schemas.MAGENTO,
    "sw": schemas.SHOPWARE,
    "sylius": schemas.SYLIUS,
}
PG_SCHEMAS = {
    "saleor": schemas.SALEOR,
    "medusa": schemas.MEDUSA,
    "spree": schemas.SPREE,
    "solidus": schemas.SOLIDUS,
}


@pytest.fixture(scope="module")
def mysql_engines() -> Iterator[dict[str, Engine]]:
    """One MariaDB database per platform (a unique name each), dropped afterwards."""
    with schemas.mysql_databases(MYSQL_DATABASES, "piimap_test") as engines:
        yield engines


@pytest.fixture(scope="module")
def pg_engine(pg_db: PgDatabase) -> Iterator[Engine]:
    with schemas.pg_schemas(pg_db, PG_SCHEMAS) as engine:
        yield engine


def scan(engine: Engine, schema: str | None = None) -> PlatformFindings:
    """What the SQL connector's platform step finds in one schema, in a read-only session."""
    pg = engine.dialect.name == "postgresql"
    where = f"table_schema = '{schema}'" if pg else "table_schema = DATABASE()"
    with engine.connect() as conn:
        conn.exec_driver_sql(
            "SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY"
            if pg
            else "SET SESSION TRANSACTION READ ONLY"
        )
        conn.commit()
        rows = conn.exec_driver_sql(
            "SELECT table_schema, table_name, column_name FROM information_schema.columns "
            f"WHERE {where}"
        ).all()
        columns: dict[str, list[str]] = {}
        for table_schema, table, column in rows:
            columns.setdefault(f"{table_schema}.{table}", []).append(column)
        return platform_findings("shop", conn, columns, engine.dialect.identifier_preparer.quote)


@pytest.fixture(scope="module")
def found(mysql_engines, pg_engine) -> dict[str, PlatformFindings]:
    out = {key: scan(engine) for key, engine in mysql_engines.items()}
    out.update({schema: scan(pg_engine, schema) for schema in PG_SCHEMAS})
    return out


def facts(findings: PlatformFindings) -> dict[str, str]:
    return {f.name: f.value for f in findings.facts}


def gap_subjects(findings: PlatformFindings) -> set[str]:
    """Where a plain-text credential is, per its gap (``shop: <table>: <path>``)."""
    return {g.subject.removeprefix("shop: ") for g in findings.gaps if g.control == "SOC2 CC6.1"}


def vendor(findings: PlatformFindings, name: str) -> ThirdParty:
    [party] = [p for p in findings.third_parties if p.name == name]
    return party


def listed(party: ThirdParty) -> list[str]:
    """The extensions a third party's evidence lists, by name."""
    return [
        e.split(" ")[1] for e in party.evidence if e.startswith("extension ") and " listed in " in e
    ]


def flows_by_target(findings: PlatformFindings) -> dict[str, list[str]]:
    """Flow ids by target system, as the scan's pipeline builds them from the third parties."""
    owner = System(id="shop", kind="mysql", boundary=Boundary.INTERNAL)
    out: dict[str, list[str]] = {}
    for flow in third_party_flows(owner, findings.third_parties, [], {}):
        out.setdefault(flow.target, []).append(flow.id)
    return out


pytestmark = [pytest.mark.mysql, pytest.mark.postgres]


# --- 1. The right platform -------------------------------------------------------------------


def test_every_platform_is_recognised(found):
    platforms = {key: facts(f)["platform"] for key, f in found.items()}
    assert platforms == {
        "woo": "WooCommerce on WordPress", "m2": "Magento 2 / Adobe Commerce",
        "sw": "Shopware 6", "sylius": "Sylius", "saleor": "Saleor", "medusa": "Medusa",
        "spree": "Spree / Solidus", "solidus": "Spree / Solidus",
    }  # fmt: skip


def test_spree_4_3_is_not_called_solidus(found):
    """spree_four_three creates spree_store_credit_events too: only Solidus's own tables
    decide Solidus."""
    spree = next(f.value for f in found["spree"].facts if f.name == "platform")
    evidence = next(f.evidence for f in found["spree"].facts if f.name == "platform")
    assert spree == "Spree / Solidus"
    assert "Solidus" not in evidence.split(";", 1)[-1]
    assert evidence.endswith("; Spree: spree_gateway_customers, spree_role_users")
    solidus = next(f.evidence for f in found["solidus"].facts if f.name == "platform")
    assert solidus.endswith(
        "; Solidus: spree_wallet_payment_sources, spree_unit_cancels, spree_order_mutexes"
    )


# --- 2. Every plain-text key, whatever its name ----------------------------------------------


PLAIN_TEXT_KEYS = {
    "woo": {
        "wp_options: woocommerce_stripe_settings[secret_key]",
        "wp_options: woocommerce_stripe_settings[test_secret_key]",
        "wp_options: woocommerce_stripe_settings[webhook_secret]",
        "wp_options: woocommerce-ppcp-settings[client_secret_production]",
        "wp_options: woocommerce-ppcp-settings[client_secret_sandbox]",
        "wp_options: mailchimp-woocommerce[mailchimp_api_key]",
        "wp_options: wp_mail_smtp[smtp][pass]",
        "wp_woocommerce_api_keys: key 1 (read) consumer_secret",
        "wp_woocommerce_api_keys: key 2 (read_write) consumer_secret",
        "wp_woocommerce_api_keys: key 3 (write) consumer_secret",
    },
    "m2": {
        "core_config_data: payment/braintree/private_key, default scope",
        "core_config_data: payment/adyen_abstract/notification_password, default scope",
        "core_config_data: system/smtp/password, default scope",
    },
    "sw": {
        "system_config: SwagPayPal.settings.clientSecret",
        "system_config: SwagPayPal.settings.clientSecretSandbox",
        "system_config: AdyenPaymentShopware6.config.apiKeyLive",
        "system_config: AdyenPaymentShopware6.config.hmacLive",
        "system_config: core.mailerSettings.password",
    },
    "sylius": {
        "sylius_gateway_config: stripe[secret_key]",
        "sylius_gateway_config: stripe[webhook_secret_keys][0]",
        "sylius_gateway_config: adyen[apiKey]",
        "sylius_gateway_config: adyen[hmacKey]",
    },
    "saleor": {
        "plugins_pluginconfiguration: saleor.payments.stripe[secret_api_key], channel 1",
        "plugins_pluginconfiguration: mirumee.payments.adyen[api-key], channel 1",
        "plugins_pluginconfiguration: mirumee.payments.adyen[webhook-hmac], channel 1",
    },
    "medusa": set(),
    "spree": {"spree_payment_methods: preferences[secret_key], payment method 1"},
    "solidus": {
        "spree_payment_methods: preferences[api_key], payment method 1",
        "spree_payment_methods: preferences[webhook_endpoint_signing_secret], payment method 1",
    },
}


@pytest.mark.parametrize("platform", sorted(PLAIN_TEXT_KEYS))
def test_every_plain_text_key_is_a_gap(found, platform):
    """Exactly the secrets each platform keeps in plain text: none missed for its name, no
    publishable, public or client key taken for one, nothing encrypted counted."""
    assert gap_subjects(found[platform]) == PLAIN_TEXT_KEYS[platform]


def test_encrypted_keys_are_evidence_but_no_gap(found):
    stripe = vendor(found["m2"], "Stripe")
    assert (
        "a credential is stored in core_config_data: payment/stripe_payments_basic/stripe_live_sk,"
        " default scope (encrypted by the platform)"
    ) in stripe.evidence
    assert not any("stripe_live_pk" in e for e in stripe.evidence)


@pytest.mark.parametrize(
    "platform, name",
    [("m2", "payment/adyen_abstract/client_key_live"), ("sw", "clientKeyLive"),
     ("sylius", "adyen[clientKey]"), ("saleor", "client-key")],
)  # fmt: skip
def test_adyen_client_key_is_public_by_design(found, platform, name):
    adyen = vendor(found[platform], "Adyen")
    assert not any(name in e for e in adyen.evidence)
    assert not any(name in g for g in gap_subjects(found[platform]))


# --- 3. Keys tied to the flow they authenticate ----------------------------------------------


@pytest.mark.parametrize(
    "platform, name, location",
    [
        ("woo", "Mailchimp (Intuit)", "wp_options: mailchimp-woocommerce[mailchimp_api_key]"),
        ("woo", "PayPal", "wp_options: woocommerce-ppcp-settings[client_secret_production]"),
        ("m2", "Braintree (PayPal)", "core_config_data: payment/braintree/private_key"),
        ("m2", "Stripe", "core_config_data: payment/stripe_payments_basic/stripe_live_sk"),
        ("m2", "Adyen", "core_config_data: payment/adyen_abstract/api_key_live"),
        ("sw", "PayPal", "system_config: SwagPayPal.settings.clientSecret"),
        ("sylius", "Stripe", "sylius_gateway_config: stripe[webhook_secret_keys][0]"),
        ("saleor", "Adyen", "plugins_pluginconfiguration: mirumee.payments.adyen[webhook-hmac]"),
        ("spree", "Stripe", "spree_payment_methods: preferences[secret_key]"),
    ],
)
def test_a_key_sets_its_vendor_flow_to_a_static_credential(found, platform, name, location):
    party = vendor(found[platform], name)
    assert party.auth == "static_credential"
    assert any(e.startswith(f"a credential is stored in {location}") for e in party.evidence)


def test_every_plain_text_key_of_a_flow_makes_it_static(found):
    """A key flagged in plain text always sets its flow's authentication: every gap's location
    cited by a flow is cited by a static-credential one."""
    for platform, findings in found.items():
        for party in findings.third_parties:
            cites = [e for e in party.evidence if e.startswith("a credential is stored in")]
            assert bool(cites) == (party.auth == "static_credential"), (platform, party.name)


@pytest.mark.parametrize(
    "platform, host, password",
    [
        ("woo", "smtp.mailgun.org", "wp_options: wp_mail_smtp[smtp][pass]"),
        ("m2", "smtp.sendgrid.net", "core_config_data: system/smtp/password, default scope"),
        ("sw", "smtp.mailjet.com", "system_config: core.mailerSettings.password"),
    ],
)
def test_smtp_flow_authenticates_with_the_password_beside_its_host(found, platform, host, password):
    [smtp] = [p for p in found[platform].third_parties if p.name == host]
    assert smtp.auth == "static_credential"
    assert f"a credential is stored in {password} in plain text" in smtp.evidence


def test_woocommerce_rest_keys_are_no_webhook_credential(found):
    """The REST API consumer secret is a gap, but authenticates callers of the shop, not a
    flow out of it."""
    assert not any("consumer_secret" in e for p in found["woo"].third_parties for e in p.evidence)


# --- 4. One flow per (system, vendor) --------------------------------------------------------


@pytest.mark.parametrize("platform", sorted(PLAIN_TEXT_KEYS))
def test_one_flow_per_vendor(found, platform):
    targets = flows_by_target(found[platform])
    assert targets and all(len(ids) == 1 for ids in targets.values()), targets


def test_both_braintree_modules_are_one_flow(found):
    braintree = vendor(found["m2"], "Braintree (PayPal)")
    assert listed(braintree) == ["Magento_Braintree", "PayPal_Braintree"]


def test_medusa_stripe_methods_are_one_flow(found):
    stripe = vendor(found["medusa"], "Stripe")
    assert listed(stripe) == ["pp_stripe-blik_stripe", "pp_stripe-ideal_stripe", "pp_stripe_stripe"]
    assert stripe.auth == "unknown"  # Medusa keeps provider keys in medusa-config.js


def test_second_solidus_stripe_method_cites_only_the_keys_that_exist(found):
    stripe = vendor(found["solidus"], "Stripe")
    assert listed(stripe) == ["Card", "Wallets"]
    cited = sorted(e for e in stripe.evidence if e.startswith("a credential"))
    assert cited == [
        "a credential is stored in spree_payment_methods: preferences[api_key], payment method 1"
        " in plain text",
        "a credential is stored in spree_payment_methods: preferences[webhook_endpoint_signing_"
        "secret], payment method 1 in plain text",
    ]


# --- 6. Classified extensions ----------------------------------------------------------------


def test_medusa_local_notifications_and_saleor_klaviyo_are_classified(found):
    assert facts(found["medusa"])["extension.local"] == "core, enabled"
    assert facts(found["saleor"])["extension.saleor.app.klaviyo"] == (
        "Klaviyo (email_marketing), enabled"
    )
    klaviyo = vendor(found["saleor"], "Klaviyo")
    assert klaviyo.transit.status.value == "ok"
    assert sum(e.startswith("endpoint https://klaviyo.saleor.app/") for e in klaviyo.evidence) == 2
    for platform in ("medusa", "saleor"):
        assert not [g for g in found[platform].gaps if g.control == "GDPR Art. 30"]


# --- No secret leaves ------------------------------------------------------------------------


def test_no_secret_in_any_finding_or_log(mysql_engines, pg_engine, caplog):
    caplog.set_level(logging.DEBUG)
    everything = [scan(e) for e in mysql_engines.values()]
    everything += [scan(pg_engine, schema) for schema in PG_SCHEMAS]
    text = repr(everything) + caplog.text
    for name, secret in schemas.SECRETS.items():
        assert secret not in text, name
    for name, key in schemas.PUBLIC.items():
        assert key not in text, name


# --- Through a whole scan --------------------------------------------------------------------


def test_a_scan_of_magento_has_one_flow_per_vendor_and_no_secret(mysql_engines, tmp_path):
    """The snapshot a user gets: one flow to Braintree with both modules as evidence and a
    static credential, one to Stripe, the SMTP flow authenticated by its password."""
    import lineage.api

    url = mysql_engines["m2"].url
    estate = tmp_path / "estate.yaml"
    estate.write_text(
        "systems:\n  m2:\n    connector: mariadb\n"
        f"    dsn: mysql://root@{url.host}:{url.port}/{url.database}\n"
    )
    snapshot = lineage.api.scan(estate, scanned_at="2026-12-05T00:00:00Z").snapshot
    flows = [f for f in snapshot.flows if f.source.split("/")[0] == "m2"]
    targets = [f.target for f in flows]
    assert len(targets) == len(set(targets)) and not [f for f in flows if "#" in f.id]
    by_id = {f.id: f for f in flows}
    braintree = by_id["extension:m2:braintree-paypal"]
    assert braintree.auth == "static_credential"
    assert sum("Braintree (module) listed in" in e for e in braintree.evidence) == 2
    assert by_id["extension:m2:stripe"].auth == "static_credential"
    assert by_id["platform_setting:m2:smtp-sendgrid-net"].auth == "static_credential"
    text = repr(snapshot)
    for name, secret in schemas.SECRETS.items():
        assert secret not in text, name
