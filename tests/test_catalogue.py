"""The extension catalogue and the well-known PII tables: they load, validate, look up, and cover
the extensions of the real-world OpenCart and PrestaShop databases (skipped when not loaded)."""

from __future__ import annotations

from collections import Counter

import pytest

from classifiers.entities import ENTITIES
from connectors.platforms import PLATFORMS, Extension
from connectors.platforms.catalogue import (
    CATEGORIES,
    CatalogueError,
    load_catalogue,
    parse_catalogue,
)
from connectors.platforms.pii_tables import (
    ROLES,
    load_pii_tables,
    parse_pii_tables,
    pii_columns,
    table_role,
)
from lineage.core.errors import PiimapError

from .conftest import MY_ADMIN

CATALOGUE = load_catalogue()

#: The modules bundled with PrestaShop 8/9 (composer.json "require" of PrestaShop/PrestaShop):
#: the real-world PrestaShop database is structure only, so its ps_module table is empty.
_BUNDLED = """
blockreassurance blockwishlist contactform dashactivity dashgoals dashproducts dashtrends
graphnvd3 gridhtml gsitemap pagesnotfound productcomments ps_banner ps_bestsellers
ps_brandlist ps_cashondelivery ps_categoryproducts ps_categorytree ps_checkpayment
ps_contactinfo ps_crossselling ps_currencyselector ps_customeraccountlinks ps_customersignin
ps_customtext ps_dataprivacy ps_distributionapiclient ps_emailalerts ps_emailsubscription
ps_facetedsearch ps_faviconnotificationbo ps_featuredproducts ps_googleanalytics
ps_imageslider ps_languageselector ps_linklist ps_mainmenu ps_newproducts ps_searchbar
ps_sharebuttons ps_shoppingcart ps_socialfollow ps_specials ps_supplierlist ps_themecusto
ps_viewedproduct ps_wirepayment psgdpr statsbestcategories statsbestcustomers
statsbestmanufacturers statsbestproducts statsbestsuppliers statsbestvouchers statscarrier
statscatalog statscheckup statsdata statsforecast statsnewsletter statspersonalinfos
statsproduct statsregistrations statssales statssearch statsstock
"""
PRESTASHOP_BUNDLED = _BUNDLED.split()


def _rows(database: str, sql: str) -> list[tuple[str, ...]]:
    """Rows of ``sql`` in a real-world database; skips the test when it is not loaded."""
    try:
        import pymysql

        conn = pymysql.connect(database=database, connect_timeout=5, **MY_ADMIN)  # type: ignore[arg-type]
    except Exception as exc:
        pytest.skip(f"{database} is not loaded ({exc}); run ../shared/realworld/load.sh")
    try:
        with conn.cursor() as cur:
            cur.execute(sql)
            return [tuple(str(v) for v in row) for row in cur.fetchall()]
    finally:
        conn.close()


def _vendors(platform: str, codes: list[str]) -> dict[str, str]:
    """code -> vendor ('' when uncatalogued), for a readable failure and report."""
    found = {code: CATALOGUE.lookup(platform, code) for code in codes}
    return {code: (e.vendor if e else "") for code, e in found.items()}


# --- the shipped catalogue --------------------------------------------------------------------


def test_catalogue_loads_with_a_calendar_version_and_every_platform():
    assert CATALOGUE.version.count(".") == 2
    assert len(CATALOGUE.entries) >= 150
    platforms = Counter(e.platform for e in CATALOGUE.entries)
    assert set(platforms) == set(PLATFORMS)
    assert {e.category for e in CATALOGUE.entries} == set(CATEGORIES)


def test_every_entry_names_known_entities_and_its_source():
    for entry in CATALOGUE.entries:
        assert set(entry.entities) <= set(ENTITIES), entry
        assert entry.source, entry
        assert entry.core == (not entry.entities) == (entry.domain == ""), entry


def test_a_card_number_is_listed_only_where_a_note_says_why():
    """CREDIT_CARD puts the shop in PCI DSS scope: each such entry explains the card's path."""
    with_card = [e for e in CATALOGUE.entries if "CREDIT_CARD" in e.entities]
    assert with_card, "direct-post gateways (OpenCart authorizenet_aim...) carry the card"
    for entry in with_card:
        assert {"CARD_EXPIRY", "CARD_CVV"} <= set(entry.entities), entry.codes
        assert "card" in entry.note.lower(), entry.codes


LOOKUPS = [
    # (platform, code as the platform's tables store it, expected vendor or None, core)
    ("magento", "Klaviyo_Reclaim", "Klaviyo", False),
    ("magento", "KLAVIYO_RECLAIM", "Klaviyo", False),
    ("magento", "Magento_Catalog", "Adobe (Magento Open Source)", True),
    ("magento", "Magento_GoogleAnalytics", "Google", False),  # exact beats Magento_*Analytics
    ("magento", "Magento_SalesAnalytics", "Adobe (Advanced Reporting)", False),  # beats Magento_*
    ("magento", "Magento_ReCaptchaCheckout", "Google (reCAPTCHA)", False),
    ("magento", "PayPal_BraintreeGraphQl", "Braintree (PayPal)", False),
    ("magento", "Acme_HomeMadeSync", None, False),
    (
        "woocommerce",
        "mailchimp-for-woocommerce/mailchimp-woocommerce.php",
        "Mailchimp (Intuit)",
        False,
    ),
    ("woocommerce", "woocommerce-gateway-stripe/woocommerce-gateway-stripe.php", "Stripe", False),
    ("woocommerce", "akismet/akismet.php", "Akismet (Automattic)", False),  # a wordpress entry
    ("wordpress", "akismet/akismet.php", "Akismet (Automattic)", False),
    ("wordpress", "woocommerce-gateway-stripe/woocommerce-gateway-stripe.php", None, False),
    ("woocommerce", "my-adyen-gateway/plugin.php", "Adyen", False),
    ("woocommerce", "hello-dolly/hello.php", None, False),
    ("prestashop", "ps_googleanalytics", "Google", False),
    ("prestashop", "ps_emailsubscription", "PrestaShop (bundled module)", True),
    ("prestashop", "ps_shoppingcart", "PrestaShop (bundled module)", True),
    ("prestashop", "klarnapayment", "Klarna", False),
    ("prestashop", "stripe_official", "Stripe", False),
    ("opencart", "payment:pp_express", "PayPal", False),
    ("opencart", "advertise:google", "Google (Shopping)", False),
    ("opencart", "total:sub_total", "OpenCart (bundled)", True),
    ("opencart", "module:some_marketplace_module", None, False),
    ("shopware", "SwagPayPal", "PayPal", False),
    ("sylius", "stripe_checkout", "Stripe", False),
    ("saleor", "mirumee.taxes.avalara", "Avalara", False),
    ("saleor", "mirumee.webhooks", None, False),
    ("medusa", "stripe-ideal", "Stripe", False),
    ("medusa", "manual", "Medusa (bundled)", True),
    ("spree", "Spree::Gateway::StripeGateway", "Stripe", False),
]


@pytest.mark.parametrize("platform, code, vendor, core", LOOKUPS)
def test_lookup(platform, code, vendor, core):
    entry = CATALOGUE.lookup(platform, code)
    if vendor is None:
        assert entry is None
    else:
        assert entry is not None and (entry.vendor, entry.core) == (vendor, core)


EXTENSIONS = [
    # (platform, code, name, kind as the platform readers report them, expected vendor or None)
    ("opencart", "pp_express", "payment/pp_express", "payment", "PayPal"),
    ("opencart", "google", "advertise/google", "advertise", "Google (Shopping)"),
    ("opencart", "some_fix", "Some OCMOD fix", "modification", None),
    ("woocommerce", "klaviyo", "klaviyo/klaviyo.php", "plugin", "Klaviyo"),
    ("wordpress", "hello", "hello.php", "plugin", None),
    ("magento", "Klaviyo_Reclaim", "Klaviyo_Reclaim", "module", "Klaviyo"),
    ("saleor", "mirumee.payments.braintree", "Braintree", "plugin", "Braintree (PayPal)"),
]


@pytest.mark.parametrize("platform, code, name, kind, vendor", EXTENSIONS)
def test_lookup_extension_builds_each_platforms_key(platform, code, name, kind, vendor):
    entry = CATALOGUE.lookup_extension(platform, Extension(code, name, kind, "", True, "test"))
    assert (entry.vendor if entry else None) == vendor


# --- the real-world databases -----------------------------------------------------------------


def test_every_extension_of_the_real_world_opencart_is_catalogued():
    rows = _rows("opencart", "SELECT type, code FROM oc_extension")
    vendors = _vendors("opencart", [f"{t}:{c}" for t, c in rows])
    assert len(vendors) >= 40
    assert not [code for code, vendor in vendors.items() if not vendor]
    # Only the Google Shopping extension calls out; the rest is bundled and core.
    third_parties = {
        code: vendor for code, vendor in vendors.items() if vendor != "OpenCart (bundled)"
    }
    assert third_parties == {"advertise:google": "Google (Shopping)"}


def test_every_module_of_the_real_world_prestashop_is_catalogued():
    rows = _rows("prestashop", "SELECT name FROM ps_module")
    vendors = _vendors("prestashop", [name for (name,) in rows] + PRESTASHOP_BUNDLED)
    assert not [code for code, vendor in vendors.items() if not vendor]
    third_parties = {c: v for c, v in vendors.items() if v != "PrestaShop (bundled module)"}
    assert third_parties == {"ps_googleanalytics": "Google"}


# --- broken catalogues ------------------------------------------------------------------------

GOOD = {
    "platform": "magento",
    "codes": "[Acme_Sync]",
    "vendor": "Acme",
    "domain": "acme.com",
    "category": "crm",
    "entities": "[EMAIL_ADDRESS]",
    "source": "https://acme.com/docs",
}


def _catalogue(**changes: str | None) -> str:
    fields = {**GOOD, **changes}
    lines = [f"    {k}: {v}" for k, v in fields.items() if v is not None]
    lines[0] = "  - " + lines[0].lstrip()
    return 'version: "2026.11.1"\nentries:\n' + "\n".join(lines) + "\n"


BROKEN = [
    ({"entities": "[EMAIL]"}, "entry 1 (magento Acme_Sync): unknown entity 'EMAIL'"),
    ({"category": "marketing"}, "entry 1 (magento Acme_Sync): unknown category 'marketing'"),
    ({"platform": "magneto"}, "unknown platform 'magneto'. Did you mean 'magento'?"),
    ({"codes": '["Acme_[Sync"]'}, "glob 'Acme_[Sync' has an unbalanced [...] class"),
    ({"codes": '["*"]'}, "glob '*' would match every extension"),
    ({"codes": "[]"}, "'codes' must be a non-empty list"),
    ({"domain": '""'}, "domain '' is not a lower-case registrable domain"),
    ({"core": "true"}, "'core: true' goes with category 'core'"),
    ({"entities": "[]"}, "list the entities the vendor receives"),
    ({"source": None}, "entry 1 (magento Acme_Sync): missing 'source'"),
    ({"owner": "me"}, "unknown field 'owner'"),
]


@pytest.mark.parametrize("changes, message", BROKEN)
def test_a_broken_entry_names_itself(changes, message):
    with pytest.raises(PiimapError) as info:
        parse_catalogue(_catalogue(**changes))
    assert message in str(info.value)


def test_the_good_entry_parses():
    assert parse_catalogue(_catalogue()).lookup("magento", "acme_sync").vendor == "Acme"


def test_a_code_in_two_entries_and_a_bad_version_are_refused():
    twice = _catalogue() + "\n".join(_catalogue().splitlines()[2:]) + "\n"
    with pytest.raises(CatalogueError, match=r"entry 2 \(magento Acme_Sync\): code already in"):
        parse_catalogue(twice)
    with pytest.raises(CatalogueError, match=r"YYYY\.MM\.N"):
        parse_catalogue(_catalogue().replace('"2026.11.1"', "2026.11"))


# --- well-known PII tables --------------------------------------------------------------------


def test_pii_tables_use_the_vocabulary_and_known_roles():
    tables = load_pii_tables().tables
    assert {platform for platform, _ in tables} == set(PLATFORMS)
    for table in tables.values():
        assert table.role in ROLES
        assert set(table.columns.values()) <= set(ENTITIES), table.table
        assert all(c == c.lower() for c in table.columns)


@pytest.mark.parametrize(
    "platform, table, column, entity, role",
    [
        ("magento", "customer_entity", "taxvat", "TAX_ID", "customer"),
        ("magento", "sales_order_address", "telephone", "PHONE_NUMBER", "order_address"),
        (
            "magento",
            "newsletter_subscriber",
            "subscriber_email",
            "EMAIL_ADDRESS",
            "newsletter_subscriber",
        ),
        ("magento", "quote_address", "postcode", "POSTAL_CODE", "quote"),
        ("woocommerce", "wc_order_addresses", "address_1", "STREET_ADDRESS", "order_address"),
        ("woocommerce", "users", "user_email", "EMAIL_ADDRESS", "user"),  # a wordpress table
        ("prestashop", "address", "dni", "NATIONAL_ID", "address"),
        ("opencart", "order", "forwarded_ip", "IP_ADDRESS", "order"),
        ("opencart", "Customer", "telephone", "PHONE_NUMBER", "customer"),
        ("shopware", "product_review", "external_email", "EMAIL_ADDRESS", "review"),
        ("sylius", "sylius_shop_user", "password", "PASSWORD_HASH", "user"),
        ("saleor", "checkout_checkout", "email", "EMAIL_ADDRESS", "quote"),
        ("medusa", "address", "postal_code", "POSTAL_CODE", "address"),
        ("spree", "spree_credit_cards", "last_digits", "CARD_LAST4", "customer"),
    ],
)
def test_pii_columns_and_roles(platform, table, column, entity, role):
    assert pii_columns(platform, table)[column] == entity
    assert table_role(platform, table) == role


def test_unknown_tables_and_platform_specific_names():
    assert pii_columns("opencart", "product") == {} and table_role("opencart", "product") is None
    assert table_role("wordpress", "wc_orders") is None  # WooCommerce's own table
    with pytest.raises(PiimapError, match=r"opencart table x\.email: unknown entity 'EMAIL'"):
        parse_pii_tables(
            'version: "1"\nplatforms: {opencart: {source: s, tables: '
            "{x: {role: customer, columns: {email: EMAIL}}}}}"
        )


@pytest.mark.parametrize(
    "database, platform, prefix",
    [("opencart", "opencart", "oc_"), ("prestashop", "prestashop", "ps_")],
)
def test_pii_tables_match_the_real_world_schemas(database, platform, prefix):
    """Every mapped column exists in the real schema (module tables absent from it are skipped)."""
    rows = _rows(
        database,
        "SELECT LOWER(table_name), LOWER(column_name) FROM information_schema.columns "
        f"WHERE table_schema = '{database}'",
    )
    real: dict[str, set[str]] = {}
    for table, column in rows:
        real.setdefault(table, set()).add(column)
    known = {name: t for (p, name), t in load_pii_tables().tables.items() if p == platform}
    present = {name: t for name, t in known.items() if prefix + name in real}
    assert len(present) >= 8
    for name, table in present.items():
        assert set(table.columns) <= real[prefix + name], name
