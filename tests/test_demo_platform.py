"""Issue 6 on the demo estate: the wholesale shop is recognised as WooCommerce, its plugins are
listed, the catalogued ones become third parties, and the Stripe key kept in plain text in its
settings is a gap that never shows the key."""

from __future__ import annotations

import csv
import re
import sqlite3

from lineage.pipeline.demo_estate import demo_estate_path

DEMO_DIR = demo_estate_path().parent


def _facts(snapshot, system):
    (found,) = [s for s in snapshot.systems if s.id == system]
    return {f.name: f.value for f in found.facts}


def test_wholesale_is_woocommerce_with_its_version_and_prefix(demo_snapshot):
    facts = _facts(demo_snapshot, "wholesale")
    assert facts["platform"] == "WooCommerce on WordPress"
    assert facts["platform_prefix"] == "wp_"
    assert facts["platform_version"] == "9.4.2"


def test_plugins_are_listed_and_catalogued_ones_flow_to_their_vendor(demo_snapshot):
    facts = _facts(demo_snapshot, "wholesale")
    extensions = {k.removeprefix("extension."): v for k, v in facts.items() if k.startswith("ext")}
    assert extensions["klaviyo"] == "Klaviyo (email_marketing), enabled"
    assert extensions["woocommerce-gateway-stripe"].startswith("Stripe (payments)")
    assert extensions["b2b-price-tiers"] == "unclassified extension (enabled)"
    assert extensions["hello"] == "unclassified extension (disabled)"
    flows = {f.id: f for f in demo_snapshot.flows if f.source == "wholesale"}
    assert flows["extension:wholesale:klaviyo"].target == "klaviyo"  # the declared vendor
    stripe = flows["extension:wholesale:stripe"]
    assert stripe.target == "stripe" and stripe.auth == "static_credential"
    assert {"EMAIL_ADDRESS", "PERSON_NAME"} <= set(stripe.entities)
    webhook = flows["webhook:wholesale:hooks-partner-erp-example"]
    assert webhook.transit.status.value == "ok" and "EMAIL_ADDRESS" in webhook.entities
    assert flows["platform_setting:wholesale:pricing-partner-erp-example"].transit.status.value == (
        "gap"
    )


def test_plain_text_key_is_a_gap_naming_the_setting_never_the_value(demo_out):
    with sqlite3.connect(DEMO_DIR / "wholesale.sqlite") as db:
        (raw,) = db.execute(
            "SELECT option_value FROM wp_options WHERE option_name = 'woocommerce_stripe_settings'"
        ).fetchone()
    secret = re.search(r"sk_live_\w+", raw).group(0)
    with open(demo_out / "tables" / "gaps.csv", newline="") as fh:
        gaps = [r for r in csv.DictReader(fh) if r["subject"].startswith("wholesale: wp_options")]
    assert [(g["control"], g["severity"], g["subject"]) for g in gaps] == [
        ("SOC2 CC6.1", "high", "wholesale: wp_options: woocommerce_stripe_settings[secret_key]")
    ]
    for path in demo_out.rglob("*"):
        if path.is_file():
            assert secret not in path.read_text(errors="ignore"), path


def test_unclassified_plugin_is_listed_for_review(demo_out):
    with open(demo_out / "tables" / "gaps.csv", newline="") as fh:
        rows = [r for r in csv.DictReader(fh) if "b2b-price-tiers" in r["subject"]]
    assert len(rows) == 1 and rows[0]["control"] == "GDPR Art. 30"
    assert "not in piimap's extension catalogue" in rows[0]["evidence"]


def test_platform_columns_are_a_classifier_signal(demo_snapshot):
    fields = {f.id: f for f in demo_snapshot.fields}
    phone = fields["wholesale/wp_wc_order_addresses/phone"]
    hit = next(e for e in phone.entities if e.entity == "PHONE_NUMBER")
    assert "platform" in hit.signals
    assert "WooCommerce on WordPress wc_order_addresses" in hit.explanation


def test_a_paused_webhook_sends_nothing():
    from connectors.platforms import Setting
    from connectors.platforms.parties import inactive as _inactive

    def where(state: str) -> Setting:
        return Setting(None, f"wp_wc_webhooks: webhook 2 (order.created, {state})", "endpoint")

    assert _inactive(where("paused")) and _inactive(where("disabled"))
    assert not _inactive(where("active"))
    assert _inactive(Setting(None, "webhook_webhook: webhook 3 (inactive) target_url", "endpoint"))
