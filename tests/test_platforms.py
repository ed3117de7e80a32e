"""Storefront platforms recognised from their tables, and what their own tables say: version,
extensions, endpoints and plain-text credentials.

Every platform gets a minimal schema with its real table and column names in the real server it
runs on (MariaDB for Magento, WordPress, PrestaShop, OpenCart and Shopware; PostgreSQL for
Sylius, Saleor, Medusa and Spree), with extensions enabled and disabled and settings holding an
https endpoint, an http endpoint, a plain-text key, an encrypted key and a placeholder. Secret
values must appear in no report and no log line.
"""

from __future__ import annotations

import logging
import sqlite3
import uuid
from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine

from connectors.platforms import Extension, PlatformMatch, PlatformReport, Setting
from connectors.platforms.fingerprints import detect_platforms
from connectors.platforms.readers import read_platform
from connectors.platforms.values import (
    MAX_VALUE,
    Settings,
    is_credential_key,
    looks_secret,
    php_unserialize,
)

from .conftest import MY_ADMIN, PG_ADMIN, MyDatabase, PgDatabase

# --- Detection from dataset names (no database) -------------------------------------------

OPENCART = [
    "setting",
    "extension",
    "order",
    "customer",
    "product_to_store",
    "layout_route",
    "product",
    "address",
]
PRESTASHOP = [
    "configuration",
    "module",
    "module_shop",
    "hook_module",
    "orders",
    "employee",
    "shop",
    "customer",
    "address",
]
MAGENTO = [
    "core_config_data",
    "setup_module",
    "eav_entity_type",
    "store_website",
    "customer_entity",
    "sales_order",
    "quote",
]
WORDPRESS = [
    "options",
    "posts",
    "postmeta",
    "comments",
    "terms",
    "term_taxonomy",
    "users",
    "usermeta",
]
WOO = ["woocommerce_order_items", "woocommerce_order_itemmeta", "wc_orders", "wc_customer_lookup"]
SHOPWARE = [
    "plugin",
    "app",
    "system_config",
    "sales_channel",
    "sales_channel_domain",
    "state_machine",
    "order_customer",
    "customer",
    "order",
    "migration",
]
SYLIUS = [
    "sylius_channel",
    "sylius_customer",
    "sylius_order",
    "sylius_payment_method",
    "sylius_gateway_config",
    "sylius_product_variant",
    "sylius_migrations",
]
SALEOR = [
    "account_user",
    "account_address",
    "order_order",
    "checkout_checkout",
    "product_product",
    "plugins_pluginconfiguration",
    "django_migrations",
]
MEDUSA = [
    "store",
    "region",
    "cart",
    "order",
    "customer",
    "payment_provider",
    "fulfillment_provider",
    "mikro_orm_migrations",
]
SPREE = [
    "spree_orders",
    "spree_line_items",
    "spree_payment_methods",
    "spree_addresses",
    "spree_variants",
    "spree_users",
]
CUSTOM = ["customer", "order", "orders", "cart", "store", "region", "product", "setting",
          "configuration", "module", "options", "posts", "users", "payment"]  # fmt: skip


def names(schema: str, prefix: str, tables: list[str]) -> list[str]:
    return [f"{schema}.{prefix}{t}" if schema else f"{prefix}{t}" for t in tables]


DETECTION = [
    # (dataset names, expected (platform, schema, prefix) matches)
    (names("shop", "oc_", OPENCART), [("opencart", "shop", "oc_")]),
    (names("shop", "shop_oc_", OPENCART), [("opencart", "shop", "shop_oc_")]),
    (names("shop", "oc_", OPENCART) + names("shop", "shop1_", OPENCART),
     [("opencart", "shop", "oc_"), ("opencart", "shop", "shop1_")]),
    (names("presta", "ps_", PRESTASHOP), [("prestashop", "presta", "ps_")]),
    (names("presta", "myshop_", PRESTASHOP), [("prestashop", "presta", "myshop_")]),
    (names("m2", "", MAGENTO), [("magento", "m2", "")]),
    (names("m2", "mg_", MAGENTO), [("magento", "m2", "mg_")]),
    (names("blog", "wp_", WORDPRESS), [("wordpress", "blog", "wp_")]),
    (names("blog", "wp_", WORDPRESS + WOO), [("woocommerce", "blog", "wp_")]),
    # Two installs in one database, and a multisite's second site (no users tables of its own).
    (names("wp", "wp_", WORDPRESS + WOO) + names("wp", "wp2_", WORDPRESS)
     + names("wp", "wp_2_", WORDPRESS[:6]),
     [("wordpress", "wp", "wp2_"), ("woocommerce", "wp", "wp_"), ("wordpress", "wp", "wp_2_")]),
    # One WooCommerce table is not enough to call it WooCommerce.
    (names("blog", "blog_", WORDPRESS + WOO[:1]), [("wordpress", "blog", "blog_")]),
    (names("sw", "", SHOPWARE), [("shopware", "sw", "")]),
    (names("public", "", SYLIUS), [("sylius", "public", "")]),
    (names("public", "", SALEOR), [("saleor", "public", "")]),
    (names("public", "", MEDUSA), [("medusa", "public", "")]),
    (names("public", "", SPREE), [("spree", "public", "")]),
    # Two platforms in one schema, and SQLite's bare names.
    (names("public", "", SALEOR + SPREE), [("saleor", "public", ""), ("spree", "public", "")]),
    (names("", "wp_", WORDPRESS), [("wordpress", "", "wp_")]),
    # MySQL on Windows folds names to lower case; a prefix keeps the case it has.
    (names("Shop", "OC_", [t.upper() for t in OPENCART]), [("opencart", "Shop", "OC_")]),
    (names("shop", "", CUSTOM), []),
    (names("shop", "oc_", OPENCART[:5]), []),
]  # fmt: skip


@pytest.mark.parametrize("dataset_names, expected", DETECTION)
def test_detect_platforms(dataset_names, expected):
    found = detect_platforms(reversed(dataset_names))
    assert [(m.platform, m.schema, m.prefix) for m in found] == expected
    for m in found:
        assert m.evidence.startswith("tables ")


def test_detection_names_the_deciding_tables_and_solidus():
    [spree] = detect_platforms(names("public", "", [*SPREE, "spree_wallet_payment_sources"]))
    assert "spree_payment_methods" in spree.evidence
    assert spree.evidence.endswith("Solidus: spree_wallet_payment_sources")
    [woo] = detect_platforms(names("db", "wp_", WORDPRESS + WOO))
    assert "wp_wc_orders" in woo.evidence and woo.table("options") == "db.wp_options"


# --- Fixture schemas -------------------------------------------------------------------------

#: Every secret value the fixtures store; none may leave the readers.
SECRETS = {
    "klaviyo": "pk_9f8e7d6c5b4a3f2e1d0c",
    "braintree": "0:3:Vm0xd1IyRXhWWGhUV0dSVVYwZDRWVmw",
    "stripe_wp": "sk_live_51HxWpStripeSecret",
    "whsec": "whsec_WpWebhookSigning123",
    "wc_hook": "wc_hook_Secret_77aa",
    "mc4wp": "0123456789abcdef0123456789abcdef-us21",
    "smtp_ps": "Sup3rS3cretSmtp",
    "paypal_ps": "PPpass12345XYZ",
    "paypal_oc": "EHs9dZ-oc-Secret-AbCdEf123",
    "gmail": "gmailAppPass99",
    "shopware": "EPaypalSecretValue123",
    "sylius_stripe": "sk_test_SyliusSecret789",
    "sylius_paypal": "PaypalPwd456",
    "sylius_sig": "AFcWxV21C7fd0v3bYYYRCpSSRl31A",
    "saleor": "sk_live_SaleorSecret321",
    "avalara": "AvaPass123",
    "crm": "crmSharedSecret42",
    "spree": "sk_live_SpreeSecret555",
    "userinfo": "UrlPassw0rd",
    "wc_api": "cs_5f1e0b6c0d2a4b7e9c8d7f6e5a4b3c2d1e0f9a8b",
}


def stubs(prefix: str, tables: list[str], quote: str = "`") -> str:
    return "".join(f"CREATE TABLE {quote}{prefix}{t}{quote} (id int);" for t in tables)


def php_list(items: list[str]) -> str:
    body = "".join(f'i:{i};s:{len(v)}:"{v}";' for i, v in enumerate(items))
    return f"a:{len(items)}:{{{body}}}"


def php_dict(items: dict[str, str]) -> str:
    body = "".join(f's:{len(k)}:"{k}";s:{len(v)}:"{v}";' for k, v in items.items())
    return f"a:{len(items)}:{{{body}}}"


S = SECRETS
MAGENTO_SQL = stubs("mg_", ["eav_entity_type", "store_website", "customer_entity",
                            "sales_order"]) + f"""
CREATE TABLE mg_setup_module (module varchar(50) PRIMARY KEY, schema_version varchar(50),
  data_version varchar(50));
INSERT INTO mg_setup_module VALUES ('Magento_Store', '2.1.1', '2.1.1'),
  ('Magento_Customer', '2.0.13', '2.0.13'), ('PayPal_Braintree', '4.6.0', '4.6.0'),
  ('Klaviyo_Reclaim', NULL, '1.2.3'), ('Vendor_Legacy', '1.0.0', '1.0.0');
CREATE TABLE mg_core_config_data (config_id int AUTO_INCREMENT PRIMARY KEY,
  scope varchar(8) NOT NULL DEFAULT 'default', scope_id int NOT NULL DEFAULT 0,
  path varchar(255) NOT NULL DEFAULT 'general', value text,
  updated_at timestamp DEFAULT CURRENT_TIMESTAMP);
INSERT INTO mg_core_config_data (scope, scope_id, path, value) VALUES
  ('default', 0, 'web/secure/base_url', 'https://shop.example.com/'),
  ('default', 0, 'web/unsecure/base_url', 'http://shop.example.com/'),
  ('default', 0, 'payment/braintree/active', '1'),
  ('default', 0, 'payment/braintree/merchant_id', 'mid123'),
  ('default', 0, 'payment/braintree/public_key', 'pubkey123abc'),
  ('default', 0, 'payment/braintree/private_key', '{S["braintree"]}'),
  ('websites', 1, 'klaviyo_reclaim_general/general/private_api_key', '{S["klaviyo"]}'),
  ('default', 0, 'carriers/shipfast/gateway_url', 'http://api.shipfast.example/v2/rates'),
  ('default', 0, 'payment/acme/api_endpoint', 'https://api.acme-pay.example/v1'),
  ('default', 0, 'payment/acme/api_key', 'your_api_key'),
  ('default', 0, 'system/smtp/host', 'localhost'),
  ('default', 0, 'catalog/search/elasticsearch7_server_hostname', 'search.internal.example'),
  ('default', 0, 'advanced/modules_disable_output/Vendor_Legacy', '1');
"""  # fmt: skip

WP_TABLES = ["posts", "postmeta", "comments", "terms", "term_taxonomy", "users", "usermeta"]
OPTIONS = """CREATE TABLE {p}options (option_id bigint AUTO_INCREMENT PRIMARY KEY,
  option_name varchar(191) NOT NULL UNIQUE, option_value longtext NOT NULL,
  autoload varchar(20) NOT NULL DEFAULT 'yes');"""
WOO_STUBS = stubs("wp_", [*WP_TABLES, "woocommerce_order_items", "wc_orders"])
WOOCOMMERCE_SQL = WOO_STUBS + OPTIONS.format(p="wp_") + f"""
INSERT INTO wp_options (option_name, option_value) VALUES
  ('siteurl', 'https://shop.example.com'), ('home', 'https://shop.example.com'),
  ('db_version', '57155'), ('woocommerce_version', '8.9.1'),
  ('active_plugins', '{php_list(["woocommerce/woocommerce.php",
                                 "woocommerce-gateway-stripe/woocommerce-gateway-stripe.php",
                                 "klaviyo/klaviyo.php"])}'),
  ('recently_activated', 'a:1:{{s:21:"mailpoet/mailpoet.php";i:1700000000;}}'),
  ('woocommerce_stripe_settings', '{php_dict({"enabled": "yes", "testmode": "no",
      "publishable_key": "pk_live_51HxWpPublic", "secret_key": S["stripe_wp"],
      "webhook_secret": S["whsec"]})}'),
  ('klaviyo_settings', '{{"klaviyo_public_api_key": "Xy12Ab", "api_url": "https://a.klaviyo.com/api"}}'),
  ('shipfast_api_url', 'http://api.shipfast.example/v1'),
  ('erp_feed', 'https://erp:{S["userinfo"]}@erp.acme.example/feed'),
  ('_transient_feed_1', 'http://feeds.example.com/x'),
  ('ping_sites', 'http://rpc.pingomatic.com/'),
  ('mailserver_pass', 'password'),
  ('widget_text', 'a:1:{{i:2;a:1:{{s:4:"text";s:31:"<a href=\\"https://x.example\\">x</a>";}}}}'),
  ('theme_mods_storefront', 'a:1:{{s:12:"header_image";s:38:"https://shop.example.com/wp-content/h.png";}}');
CREATE TABLE wp_wc_webhooks (webhook_id bigint AUTO_INCREMENT PRIMARY KEY,
  status varchar(200) NOT NULL, name text NOT NULL, user_id bigint NOT NULL,
  delivery_url text NOT NULL, secret text NOT NULL, topic varchar(200) NOT NULL);
INSERT INTO wp_wc_webhooks (status, name, user_id, delivery_url, secret, topic) VALUES
  ('active', 'Order created', 1, 'https://hooks.zapier.com/hooks/catch/123/abc/',
   '{S["wc_hook"]}', 'order.created');
CREATE TABLE wp_woocommerce_api_keys (key_id bigint AUTO_INCREMENT PRIMARY KEY,
  user_id bigint NOT NULL, description varchar(200), permissions varchar(10) NOT NULL,
  consumer_key char(64) NOT NULL, consumer_secret char(43) NOT NULL, nonces longtext,
  truncated_key char(7) NOT NULL, last_access datetime NULL DEFAULT NULL);
INSERT INTO wp_woocommerce_api_keys (user_id, description, permissions, consumer_key,
  consumer_secret, truncated_key) VALUES (1, 'ERP sync', 'read_write', SHA2('ck_x', 256),
  '{S["wc_api"]}', 'abc1234');
"""  # fmt: skip
WORDPRESS_SQL = stubs("blog_", WP_TABLES) + OPTIONS.format(p="blog_") + f"""
INSERT INTO blog_options (option_name, option_value) VALUES
  ('siteurl', 'http://blog.example.com'), ('db_version', '49752'),
  ('active_plugins', '{php_list(["akismet/akismet.php", "mailchimp-for-wp/mailchimp-for-wp.php",
                                 "hello.php"])}'),
  ('mc4wp', '{php_dict({"api_key": S["mc4wp"]})}');
"""  # fmt: skip

PRESTASHOP_SQL = stubs("ps_", ["hook_module", "orders", "employee", "shop"]) + f"""
CREATE TABLE ps_configuration (id_configuration int AUTO_INCREMENT PRIMARY KEY,
  id_shop_group int NULL, id_shop int NULL, name varchar(254) NOT NULL, value text,
  date_add datetime NOT NULL DEFAULT '2024-01-01', date_upd datetime NOT NULL DEFAULT '2024-01-01');
INSERT INTO ps_configuration (id_shop_group, id_shop, name, value) VALUES
  (NULL, NULL, 'PS_VERSION_DB', '8.1.7'), (NULL, NULL, 'PS_SHOP_DOMAIN', 'shop.example.com'),
  (NULL, NULL, 'PS_MAIL_SERVER', 'smtp.mailgun.org'),
  (NULL, NULL, 'PS_MAIL_PASSWD', '{S["smtp_ps"]}'),
  (1, 1, 'PAYPAL_API_PASSWORD', '{S["paypal_ps"]}'), (NULL, NULL, 'PAYPAL_SANDBOX', '0'),
  (NULL, NULL, 'MYCARRIER_WEBHOOK_URL', 'http://tracking.mycarrier.example/hook'),
  (NULL, NULL, 'KLARNA_ENDPOINT', 'https://api.klarna.com/'),
  (NULL, NULL, 'PS_CHECKOUT_SECRET', 'xxxxxxxx');
CREATE TABLE ps_module (id_module int AUTO_INCREMENT PRIMARY KEY, name varchar(64) NOT NULL,
  active tinyint(1) NOT NULL DEFAULT 0, version varchar(8) NOT NULL);
INSERT INTO ps_module VALUES (1, 'paypal', 1, '6.4.1'), (2, 'ps_checkout', 1, '8.3.0'),
  (3, 'mycarrier', 0, '1.0.0'), (4, 'ps_emailsubscription', 1, '2.8.0');
CREATE TABLE ps_module_shop (id_module int NOT NULL, id_shop int NOT NULL,
  enable_device tinyint(1) NOT NULL DEFAULT 7, PRIMARY KEY (id_module, id_shop));
INSERT INTO ps_module_shop (id_module, id_shop) VALUES (1, 1), (2, 1), (3, 1);
"""  # fmt: skip

OC_STUBS = ["order", "customer", "product_to_store", "layout_route"]
OPENCART_SQL = stubs("oc_", OC_STUBS) + stubs("shop1_", OC_STUBS) + f"""
CREATE TABLE oc_extension (extension_id int AUTO_INCREMENT PRIMARY KEY,
  type varchar(32) NOT NULL, code varchar(32) NOT NULL);
INSERT INTO oc_extension (type, code) VALUES ('payment', 'paypal'), ('payment', 'cod'),
  ('shipping', 'flat'), ('module', 'mailchimp'), ('module', 'banner');
CREATE TABLE oc_setting (setting_id int AUTO_INCREMENT PRIMARY KEY, store_id int NOT NULL DEFAULT 0,
  code varchar(128) NOT NULL, `key` varchar(128) NOT NULL, value text NOT NULL,
  serialized tinyint(1) NOT NULL DEFAULT 0);
INSERT INTO oc_setting (store_id, code, `key`, value, serialized) VALUES
  (0, 'payment_paypal', 'payment_paypal_status', '1', 0),
  (0, 'payment_paypal', 'payment_paypal_client_id', 'AbCdEfClientId', 0),
  (0, 'payment_paypal', 'payment_paypal_client_secret', '{S["paypal_oc"]}', 0),
  (1, 'payment_paypal', 'payment_paypal_status', '0', 0),
  (0, 'payment_cod', 'payment_cod_status', '0', 0),
  (0, 'shipping_flat', 'shipping_flat_status', '1', 0),
  (0, 'module_mailchimp', 'module_mailchimp_api_key', 'changeme', 0),
  (0, 'module_mailchimp', 'module_mailchimp_webhook',
   '{{"url": "https://us21.api.mailchimp.com/3.0/lists", "enabled": true}}', 1),
  (0, 'config', 'config_mail_smtp_hostname', 'ssl://smtp.gmail.com', 0),
  (0, 'config', 'config_mail_smtp_password', '{S["gmail"]}', 0),
  (0, 'config', 'config_ftp_password', '', 0);
CREATE TABLE oc_modification (modification_id int AUTO_INCREMENT PRIMARY KEY,
  extension_install_id int NOT NULL DEFAULT 0, name varchar(64) NOT NULL, code varchar(64) NOT NULL,
  author varchar(64) NOT NULL, version varchar(32) NOT NULL, link varchar(255) NOT NULL,
  xml mediumtext NOT NULL, status tinyint(1) NOT NULL, date_added datetime NOT NULL);
INSERT INTO oc_modification (name, code, author, version, link, xml, status, date_added) VALUES
  ('Quick Checkout', 'quickcheckout', 'x', '1.2', '', '<modification/>', 1, NOW());
CREATE TABLE shop1_extension (extension_id int AUTO_INCREMENT PRIMARY KEY,
  type varchar(32) NOT NULL, code varchar(32) NOT NULL);
INSERT INTO shop1_extension (type, code) VALUES ('payment', 'pp_standard');
CREATE TABLE shop1_setting (setting_id int AUTO_INCREMENT PRIMARY KEY, store_id int NOT NULL,
  `group` varchar(32) NOT NULL, `key` varchar(64) NOT NULL, value text NOT NULL,
  serialized tinyint(1) NOT NULL);
INSERT INTO shop1_setting (store_id, `group`, `key`, value, serialized) VALUES
  (0, 'pp_standard', 'pp_standard_status', '1', 0),
  (0, 'pp_standard', 'pp_standard_email', 'payments@shop.example.com', 0);
"""  # fmt: skip

SHOPWARE_SQL = stubs("", ["sales_channel", "sales_channel_domain", "state_machine",
                          "order_customer"]) + f"""
CREATE TABLE plugin (id binary(16) PRIMARY KEY, base_class varchar(255) NOT NULL,
  name varchar(255) NOT NULL, version varchar(255) NOT NULL, active tinyint(1) NOT NULL DEFAULT 0,
  installed_at datetime(3) NULL);
INSERT INTO plugin VALUES
  (UNHEX(MD5('a')), 'Swag\\\\PayPal\\\\SwagPayPal', 'SwagPayPal', '8.2.0', 1, NOW()),
  (UNHEX(MD5('b')), 'Swag\\\\Migration', 'SwagMigrationAssistant', '12.0.0', 0, NOW()),
  (UNHEX(MD5('c')), 'Acme\\\\Erp', 'AcmeErp', '1.0.0', 0, NULL);
CREATE TABLE app (id binary(16) PRIMARY KEY, name varchar(255) NOT NULL,
  version varchar(255) NOT NULL, active tinyint(1) NOT NULL DEFAULT 0);
INSERT INTO app VALUES (UNHEX(MD5('k')), 'KlaviyoApp', '1.4.0', 1);
CREATE TABLE system_config (id binary(16) PRIMARY KEY, configuration_key varchar(255) NOT NULL,
  configuration_value json NOT NULL, sales_channel_id binary(16) NULL);
INSERT INTO system_config VALUES
  (UNHEX(MD5('1')), 'SwagPayPal.settings.clientSecret', '{{"_value": "{S["shopware"]}"}}', NULL),
  (UNHEX(MD5('2')), 'SwagPayPal.settings.clientId', '{{"_value": "AaBbCcClientId"}}', NULL),
  (UNHEX(MD5('3')), 'AcmeErp.config.apiUrl', '{{"_value": "http://erp.acme.example/api"}}',
   UNHEX('0123456789abcdef0123456789abcdef')),
  (UNHEX(MD5('4')), 'core.mailerSettings.host', '{{"_value": "smtp.sendgrid.net"}}', NULL),
  (UNHEX(MD5('5')), 'core.mailerSettings.password', '{{"_value": ""}}', NULL);
CREATE TABLE webhook (id binary(16) PRIMARY KEY, name varchar(255) NOT NULL,
  event_name varchar(500) NOT NULL, url varchar(500) NOT NULL, app_id binary(16) NULL,
  active tinyint(1) DEFAULT 1);
INSERT INTO webhook VALUES (UNHEX(MD5('w')), 'klaviyo-order-placed', 'checkout.order.placed',
  'https://shopware.klaviyo.example/webhooks/order', UNHEX(MD5('k')), 1);
"""  # fmt: skip

SYLIUS_SQL = stubs("sylius.", ["sylius_channel", "sylius_customer", "sylius_order",
                               "sylius_product_variant"], '') + f"""
CREATE TABLE sylius.sylius_gateway_config (id serial PRIMARY KEY, config json NOT NULL,
  gateway_name varchar(255) NOT NULL, factory_name varchar(255) NOT NULL);
INSERT INTO sylius.sylius_gateway_config (config, gateway_name, factory_name) VALUES
  ('{{"publishable_key": "pk_test_abc123", "secret_key": "{S["sylius_stripe"]}"}}', 'stripe',
   'stripe_checkout'),
  ('{{"username": "api_user", "password": "{S["sylius_paypal"]}", "signature": "{S["sylius_sig"]}",
    "sandbox": true}}', 'paypal', 'paypal_express_checkout'),
  ('{{"encrypted": true, "api_key": "def50200a1b2c3d4e5f6"}}', 'mollie', 'mollie'),
  ('{{}}', 'offline', 'offline');
CREATE TABLE sylius.sylius_payment_method (id serial PRIMARY KEY, gateway_config_id int,
  code varchar(255) NOT NULL, environment varchar(255), is_enabled boolean NOT NULL,
  position int NOT NULL DEFAULT 0);
INSERT INTO sylius.sylius_payment_method (gateway_config_id, code, is_enabled) VALUES
  (1, 'stripe_card', true), (2, 'paypal', false), (4, 'cash_on_delivery', true);
"""  # fmt: skip

SALEOR_SQL = stubs("saleor.", ["account_user", "account_address", "order_order",
                               "checkout_checkout", "product_product"], '') + f"""
CREATE TABLE saleor.plugins_pluginconfiguration (id serial PRIMARY KEY, name varchar(128) NOT NULL,
  description text NOT NULL, active boolean NOT NULL, configuration jsonb,
  identifier varchar(128) NOT NULL, channel_id int);
INSERT INTO saleor.plugins_pluginconfiguration
  (name, description, active, configuration, identifier, channel_id) VALUES
  ('Stripe', '', true, '[{{"name": "public_api_key", "value": "pk_live_xyz"}},
    {{"name": "secret_api_key", "value": "{S["saleor"]}"}},
    {{"name": "automatic_payment_capture", "value": true}}]', 'saleor.payments.stripe', 1),
  ('Stripe', '', false, '[{{"name": "secret_api_key", "value": ""}}]', 'saleor.payments.stripe', 2),
  ('Avalara', '', false, '[{{"name": "Username or account", "value": "acc"}},
    {{"name": "Password or license", "value": "{S["avalara"]}"}},
    {{"name": "Use sandbox", "value": true}}]', 'mirumee.taxes.avalara', NULL);
CREATE TABLE saleor.app_app (id serial PRIMARY KEY, name varchar(60) NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(), is_active boolean NOT NULL,
  identifier varchar(256), version varchar(60), about_app text);
INSERT INTO saleor.app_app (name, is_active, identifier, version) VALUES
  ('Klaviyo', true, 'saleor.app.klaviyo', '1.2.0'), ('Old CRM', false, 'acme.crm', '0.9');
CREATE TABLE saleor.webhook_webhook (id serial PRIMARY KEY, target_url varchar(255) NOT NULL,
  is_active boolean NOT NULL, secret_key varchar(255), app_id int NOT NULL, name varchar(255));
INSERT INTO saleor.webhook_webhook (target_url, is_active, secret_key, app_id, name) VALUES
  ('https://klaviyo.saleor.app/api/webhooks/customer-created', true, NULL, 1, 'customer'),
  ('http://crm.acme.example/hooks', false, '{S["crm"]}', 2, 'orders');
"""  # fmt: skip

MEDUSA_STUBS = ["store", "region", "cart", "order", "customer"]
MEDUSA_SQL = stubs("medusa.", MEDUSA_STUBS, '"').replace('"medusa.', 'medusa."') + """
CREATE TABLE medusa.payment_provider (id text PRIMARY KEY, is_enabled boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now(), deleted_at timestamptz);
INSERT INTO medusa.payment_provider (id, is_enabled) VALUES ('pp_system_default', true),
  ('pp_stripe_stripe', true), ('pp_paypal_paypal', false);
CREATE TABLE medusa.fulfillment_provider (id text PRIMARY KEY, is_enabled boolean NOT NULL);
INSERT INTO medusa.fulfillment_provider VALUES ('fp_manual_manual', true);
CREATE TABLE medusa.notification_provider (id text PRIMARY KEY, handle text NOT NULL,
  name text NOT NULL, is_enabled boolean NOT NULL, channels text[] NOT NULL);
INSERT INTO medusa.notification_provider VALUES ('local', 'local', 'Local', true, '{feed}'),
  ('sendgrid', 'sendgrid', 'SendGrid', false, '{email}');
""" + stubs("medusa1.", MEDUSA_STUBS, '"').replace('"medusa1.', 'medusa1."') + """
CREATE TABLE medusa1.payment_provider (id varchar PRIMARY KEY, is_installed boolean NOT NULL);
INSERT INTO medusa1.payment_provider VALUES ('manual', true), ('stripe', true), ('klarna', false);
CREATE TABLE medusa1.fulfillment_provider (id varchar PRIMARY KEY, is_installed boolean NOT NULL);
INSERT INTO medusa1.fulfillment_provider VALUES ('manual', true);
"""  # fmt: skip

SPREE_SQL = stubs("spree.", ["spree_orders", "spree_line_items", "spree_addresses",
                             "spree_variants", "spree_wallet_payment_sources"], '') + f"""
CREATE TABLE spree.spree_payment_methods (id bigserial PRIMARY KEY, type varchar, name varchar,
  description text, active boolean DEFAULT true, deleted_at timestamp, preferences text,
  preference_source varchar, position int DEFAULT 0);
INSERT INTO spree.spree_payment_methods (type, name, active, deleted_at, preferences) VALUES
  ('Spree::Gateway::StripeGateway', 'Credit Card', true, NULL,
   E'---\\n:secret_key: {S["spree"]}\\n:publishable_key: pk_live_abc\\n'
   ':server: production\\n:test_mode: false\\n'),
  ('Spree::PaymentMethod::Check', 'Check', true, NULL, E'--- {{}}\\n'),
  ('Spree::Gateway::Bogus', 'Old', true, now(),
   E'--- !ruby/hash:ActiveSupport::HashWithIndifferentAccess\\n'
   'server: test\\napi_url: https://sandbox.bogus.example/api\\n');
CREATE TABLE spree.spree_preferences (id serial PRIMARY KEY, key varchar(255), value text);
INSERT INTO spree.spree_preferences (key, value) VALUES
  ('spree/gateway/stripe_gateway/secret_key/1', E'--- {S["spree"]}\\n'),
  ('spree/app_configuration/currency', E'--- USD\\n');
"""  # fmt: skip

CUSTOM_SQL = "CREATE SCHEMA shop;" + stubs("shop.", CUSTOM, "").replace(
    "shop.order ", 'shop."order" '
)


@pytest.fixture(scope="module")
def my_engine(my_db: MyDatabase) -> Iterator[Engine]:
    my_db.run(MAGENTO_SQL + WOOCOMMERCE_SQL + WORDPRESS_SQL + PRESTASHOP_SQL + OPENCART_SQL
              + SHOPWARE_SQL)  # fmt: skip
    engine = create_engine(
        f"mysql+pymysql://root@{MY_ADMIN['host']}:{MY_ADMIN['port']}/{my_db.name}"
    )
    yield engine
    engine.dispose()


@pytest.fixture(scope="module")
def pg_engine(pg_db: PgDatabase) -> Iterator[Engine]:
    pg_db.run("CREATE SCHEMA sylius; CREATE SCHEMA saleor; CREATE SCHEMA medusa;"
              "CREATE SCHEMA medusa1; CREATE SCHEMA spree;")  # fmt: skip
    pg_db.run(SYLIUS_SQL + SALEOR_SQL + MEDUSA_SQL + SPREE_SQL + CUSTOM_SQL)
    engine = create_engine(
        f"postgresql+psycopg://postgres@{PG_ADMIN['host']}:{PG_ADMIN['port']}/{pg_db.name}"
    )
    yield engine
    engine.dispose()


def catalog(engine: Engine) -> list[str]:
    """Dataset names as the SQL connectors name them."""
    with engine.connect() as conn:
        if engine.dialect.name == "postgresql":
            sql = ("SELECT table_schema || '.' || table_name FROM information_schema.tables "
                   "WHERE table_schema NOT IN ('pg_catalog', 'information_schema')")  # fmt: skip
        else:
            sql = ("SELECT CONCAT(table_schema, '.', table_name) FROM information_schema.tables "
                   "WHERE table_schema = DATABASE()")  # fmt: skip
        return [row[0] for row in conn.exec_driver_sql(sql)]


STATEMENTS: list[str] = []


def read_all(engine: Engine) -> dict[tuple[str, str, str], PlatformReport]:
    """Every platform of the database read in a read-only session, by (platform, schema,
    prefix); the statements sent are kept in STATEMENTS."""
    reports = {}
    read_only = (
        "SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY"
        if engine.dialect.name == "postgresql"
        else "SET SESSION TRANSACTION READ ONLY"
    )
    quote = engine.dialect.identifier_preparer.quote
    with engine.connect() as conn:
        conn.exec_driver_sql(read_only)
        conn.commit()
        for match in detect_platforms(catalog(engine)):
            STATEMENTS.clear()
            key = (match.platform, match.schema, match.prefix)
            reports[key] = read_platform(conn, match, quote)
            # A small constant number of statements, whatever the number of rows.
            assert len(STATEMENTS) <= 4, (match.platform, STATEMENTS)
    return reports


@pytest.fixture(scope="module")
def my_reports(my_engine: Engine, my_db: MyDatabase) -> dict[str, PlatformReport]:
    return _by_prefix(_counted(my_engine), my_db.name)


@pytest.fixture(scope="module")
def pg_reports(pg_engine: Engine) -> dict[str, PlatformReport]:
    reports = _counted(pg_engine)
    return {f"{schema}": r for (_platform, schema, _prefix), r in reports.items()}


def _counted(engine: Engine) -> dict[tuple[str, str, str], PlatformReport]:
    @event.listens_for(engine, "before_cursor_execute")
    def _count(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        STATEMENTS.append(statement)

    try:
        return read_all(engine)
    finally:
        event.remove(engine, "before_cursor_execute", _count)


def _by_prefix(
    reports: dict[tuple[str, str, str], PlatformReport], schema: str
) -> dict[str, PlatformReport]:
    assert {s for _, s, _ in reports} == {schema}
    return {prefix or "(none)": r for (_, _, prefix), r in reports.items()}


def ext(report: PlatformReport) -> dict[str, tuple[str, str, bool | None]]:
    return {e.code: (e.kind, e.version, e.enabled) for e in report.extensions}


def found(report: PlatformReport) -> set[tuple[str | None, str, str, str, bool]]:
    """(extension, location, kind, url, protected) of every setting."""
    return {(s.extension, s.location, s.kind, s.url, s.protected) for s in report.settings}


# --- MariaDB: PHP platforms ----------------------------------------------------------------


@pytest.mark.mysql
def test_mariadb_platforms_are_detected_with_their_prefixes(my_reports):
    platforms = {p: r.match.platform for p, r in my_reports.items()}
    assert platforms == {
        "mg_": "magento", "wp_": "woocommerce", "blog_": "wordpress", "ps_": "prestashop",
        "oc_": "opencart", "shop1_": "opencart", "(none)": "shopware",
    }  # fmt: skip


@pytest.mark.mysql
def test_magento(my_reports):
    report = my_reports["mg_"]
    assert report.version is None and "composer.lock" in report.version_evidence
    assert ext(report)["PayPal_Braintree"] == ("module", "4.6.0", None)
    assert ext(report)["Klaviyo_Reclaim"] == ("module", "1.2.3", None)
    legacy = next(e for e in report.extensions if e.code == "Vendor_Legacy")
    assert "output disabled" in legacy.evidence and legacy.enabled is None
    assert found(report) == {
        ("PayPal_Braintree", "mg_core_config_data: payment/braintree/private_key, default scope",
         "credential", "", True),
        ("Klaviyo_Reclaim",
         "mg_core_config_data: klaviyo_reclaim_general/general/private_api_key, websites 1",
         "credential", "", False),
        ("shipfast", "mg_core_config_data: carriers/shipfast/gateway_url, default scope",
         "endpoint", "http://api.shipfast.example/v2/rates", False),
        ("acme", "mg_core_config_data: payment/acme/api_endpoint, default scope", "endpoint",
         "https://api.acme-pay.example/v1", False),
        (None,
         "mg_core_config_data: catalog/search/elasticsearch7_server_hostname, default scope",
         "endpoint", "search.internal.example", False),
    }  # fmt: skip
    encrypted = next(s for s in report.settings if s.protected)
    assert encrypted.evidence == "stored encrypted by Magento (key version 0)"
    assert not report.problems


@pytest.mark.mysql
def test_woocommerce(my_reports):
    report = my_reports["wp_"]
    assert (report.version, report.version_evidence) == ("8.9.1", "wp_options.woocommerce_version")
    assert ext(report) == {
        "woocommerce": ("plugin", "", True),
        "woocommerce-gateway-stripe": ("plugin", "", True),
        "klaviyo": ("plugin", "", True),
        "mailpoet": ("plugin", "", False),
    }
    stripe = "woocommerce-gateway-stripe"
    assert found(report) == {
        (stripe, "wp_options: woocommerce_stripe_settings[secret_key]", "credential", "", False),
        (stripe, "wp_options: woocommerce_stripe_settings[webhook_secret]", "credential", "",
         False),
        ("klaviyo", "wp_options: klaviyo_settings[api_url]", "endpoint",
         "https://a.klaviyo.com/api", False),
        ("shipfast", "wp_options: shipfast_api_url", "endpoint", "http://api.shipfast.example/v1",
         False),
        ("erp", "wp_options: erp_feed", "endpoint", "https://erp.acme.example/feed", False),
        ("erp", "wp_options: erp_feed", "credential", "", False),
        ("woocommerce", "wp_wc_webhooks: webhook 1 (order.created, active)", "endpoint",
         "https://hooks.zapier.com/hooks/catch/123/abc/", False),
        ("woocommerce", "wp_wc_webhooks: webhook 1 (order.created, active) secret", "credential",
         "", False),
        # WooCommerce keeps REST API consumer secrets in plain text by design.
        ("woocommerce", "wp_woocommerce_api_keys: key 1 (read_write) consumer_secret",
         "credential", "", False),
    }  # fmt: skip
    [userinfo] = [s for s in report.settings if s.location.endswith("erp_feed")
                  and s.kind == "credential"]  # fmt: skip
    assert userinfo.evidence == "the URL holds a password"


@pytest.mark.mysql
def test_wordpress_without_woocommerce(my_reports):
    report = my_reports["blog_"]
    assert report.match.platform == "wordpress"
    assert report.version == "49752" and "schema revision" in report.version_evidence
    assert set(ext(report)) == {"akismet", "mailchimp-for-wp", "hello"}
    # mc4wp is Mailchimp for WordPress's option (WP_OPTION_OWNERS).
    assert found(report) == {
        ("mailchimp-for-wp", "blog_options: mc4wp[api_key]", "credential", "", False)
    }


@pytest.mark.mysql
def test_prestashop(my_reports):
    report = my_reports["ps_"]
    assert (report.version, report.version_evidence) == ("8.1.7", "ps_configuration.PS_VERSION_DB")
    assert ext(report) == {
        "paypal": ("module", "6.4.1", True),
        "ps_checkout": ("module", "8.3.0", True),
        "mycarrier": ("module", "1.0.0", False),
        # Active, but attached to no shop.
        "ps_emailsubscription": ("module", "2.8.0", False),
    }
    assert found(report) == {
        (None, "ps_configuration: PS_MAIL_SERVER", "endpoint", "smtp.mailgun.org", False),
        (None, "ps_configuration: PS_MAIL_PASSWD", "credential", "", False),
        ("paypal", "ps_configuration: PAYPAL_API_PASSWORD, shop 1", "credential", "", False),
        ("mycarrier", "ps_configuration: MYCARRIER_WEBHOOK_URL", "endpoint",
         "http://tracking.mycarrier.example/hook", False),
        ("klarna", "ps_configuration: KLARNA_ENDPOINT", "endpoint", "https://api.klarna.com/",
         False),
    }  # fmt: skip


@pytest.mark.mysql
def test_opencart_3(my_reports):
    report = my_reports["oc_"]
    assert report.version is None and "index.php" in report.version_evidence
    assert ext(report) == {
        "paypal": ("payment", "", True),  # store 0 says 1; store 1 says 0
        "cod": ("payment", "", False),
        "flat": ("shipping", "", True),
        "mailchimp": ("module", "", None),
        "banner": ("module", "", None),
        "quickcheckout": ("modification", "1.2", True),
    }
    assert found(report) == {
        ("paypal", "oc_setting: payment_paypal_client_secret, store 0", "credential", "", False),
        ("mailchimp", "oc_setting: module_mailchimp_webhook[url], store 0", "endpoint",
         "https://us21.api.mailchimp.com/3.0/lists", False),
        (None, "oc_setting: config_mail_smtp_hostname, store 0", "endpoint",
         "ssl://smtp.gmail.com", False),
        (None, "oc_setting: config_mail_smtp_password, store 0", "credential", "", False),
    }  # fmt: skip
    assert not report.problems


@pytest.mark.mysql
def test_opencart_old_prefix_and_a_missing_table(my_reports):
    report = my_reports["shop1_"]
    assert ext(report) == {"pp_standard": ("payment", "", True)}
    # OpenCart 1.5 has no modification table: one line, the rest is read.
    assert len(report.problems) == 1
    assert report.problems[0].startswith("shop1_modification: not read (")


@pytest.mark.mysql
def test_shopware(my_reports):
    report = my_reports["(none)"]
    assert report.version is None
    assert ext(report) == {
        "SwagPayPal": ("plugin", "8.2.0", True),
        "SwagMigrationAssistant": ("plugin", "12.0.0", False),
        "AcmeErp": ("plugin", "1.0.0", False),
        "KlaviyoApp": ("app", "1.4.0", True),
    }
    assert "not installed" in next(e.evidence for e in report.extensions if e.code == "AcmeErp")
    assert found(report) == {
        ("SwagPayPal", "system_config: SwagPayPal.settings.clientSecret", "credential", "",
         False),
        ("AcmeErp",
         "system_config: AcmeErp.config.apiUrl, sales channel 0123456789abcdef0123456789abcdef",
         "endpoint", "http://erp.acme.example/api", False),
        (None, "system_config: core.mailerSettings.host", "endpoint", "smtp.sendgrid.net", False),
        ("KlaviyoApp", "webhook: klaviyo-order-placed", "endpoint",
         "https://shopware.klaviyo.example/webhooks/order", False),
    }  # fmt: skip


# --- PostgreSQL: Sylius, Saleor, Medusa, Spree ---------------------------------------------


@pytest.mark.postgres
def test_postgresql_platforms_are_detected_and_a_custom_schema_is_not(pg_reports):
    assert {s: r.match.platform for s, r in pg_reports.items()} == {
        "sylius": "sylius", "saleor": "saleor", "medusa": "medusa", "medusa1": "medusa",
        "spree": "spree",
    }  # fmt: skip
    assert pg_reports["spree"].match.evidence.endswith("Solidus: spree_wallet_payment_sources")


@pytest.mark.postgres
def test_sylius(pg_reports):
    report = pg_reports["sylius"]
    assert report.version is None
    assert ext(report) == {
        "stripe_checkout": ("payment gateway", "", True),
        "paypal_express_checkout": ("payment gateway", "", False),
        "mollie": ("payment gateway", "", False),
        "offline": ("payment gateway", "", True),
    }
    gw = "sylius_gateway_config"
    assert found(report) == {
        ("stripe_checkout", f"{gw}: stripe[secret_key]", "credential", "", False),
        ("paypal_express_checkout", f"{gw}: paypal[password]", "credential", "", False),
        ("paypal_express_checkout", f"{gw}: paypal[signature]", "credential", "", False),
        ("mollie", f"{gw}: mollie[api_key]", "credential", "", True),
    }


@pytest.mark.postgres
def test_saleor(pg_reports):
    report = pg_reports["saleor"]
    assert ext(report) == {
        "saleor.payments.stripe": ("plugin", "", True),
        "mirumee.taxes.avalara": ("plugin", "", False),
        "saleor.app.klaviyo": ("app", "1.2.0", True),
        "acme.crm": ("app", "0.9", False),
    }
    table = "plugins_pluginconfiguration"
    assert found(report) == {
        ("saleor.payments.stripe", f"{table}: saleor.payments.stripe[secret_api_key], channel 1",
         "credential", "", False),
        ("mirumee.taxes.avalara", f"{table}: mirumee.taxes.avalara[Password or license]",
         "credential", "", False),
        ("saleor.app.klaviyo", "webhook_webhook: webhook 1 (active) target_url", "endpoint",
         "https://klaviyo.saleor.app/api/webhooks/customer-created", False),
        ("acme.crm", "webhook_webhook: webhook 2 (inactive) target_url", "endpoint",
         "http://crm.acme.example/hooks", False),
        ("acme.crm", "webhook_webhook: webhook 2 (inactive) secret_key", "credential", "",
         False),
    }  # fmt: skip


@pytest.mark.postgres
def test_medusa_2_and_1(pg_reports):
    v2, v1 = pg_reports["medusa"], pg_reports["medusa1"]
    assert ext(v2) == {
        "pp_system_default": ("payment provider", "", True),
        "pp_stripe_stripe": ("payment provider", "", True),
        "pp_paypal_paypal": ("payment provider", "", False),
        "fp_manual_manual": ("fulfillment provider", "", True),
        "local": ("notification provider", "", True),
        "sendgrid": ("notification provider", "", False),
    }
    assert "Medusa 2" in v2.version_evidence and not v2.problems and not v2.settings
    assert sorted((e.kind, e.code, e.enabled) for e in v1.extensions) == [
        ("fulfillment provider", "manual", True),
        ("payment provider", "klarna", False),
        ("payment provider", "manual", True),
        ("payment provider", "stripe", True),
    ]
    assert "Medusa 1" in v1.version_evidence
    # Medusa 1 has no notification_provider table in this schema: one line.
    assert [p.split(":")[0] for p in v1.problems] == ["notification_provider"]


@pytest.mark.postgres
def test_spree(pg_reports):
    report = pg_reports["spree"]
    assert ext(report) == {
        "Spree::Gateway::StripeGateway": ("payment method", "", True),
        "Spree::PaymentMethod::Check": ("payment method", "", True),
        "Spree::Gateway::Bogus": ("payment method", "", False),  # deleted
    }
    stripe = "Spree::Gateway::StripeGateway"
    assert found(report) == {
        (stripe, "spree_payment_methods: preferences[secret_key], payment method 1",
         "credential", "", False),
        ("Spree::Gateway::Bogus", "spree_payment_methods: preferences[api_url], payment method 3",
         "endpoint", "https://sandbox.bogus.example/api", False),
        (stripe, "spree_preferences: spree/gateway/stripe_gateway/secret_key/1", "credential",
         "", False),
    }  # fmt: skip


@pytest.mark.postgres
def test_unreadable_table_is_one_problem(pg_engine, pg_db):
    """A role without SELECT on webhook_webhook still gets Saleor's plugins and apps."""
    role = f"piimap_plat_{uuid.uuid4().hex[:8]}"
    pg_db.run(f"CREATE ROLE {role} LOGIN; GRANT USAGE ON SCHEMA saleor TO {role};"
              f"GRANT SELECT ON ALL TABLES IN SCHEMA saleor TO {role};"
              f"REVOKE SELECT ON saleor.webhook_webhook FROM {role};")  # fmt: skip
    engine = create_engine(pg_engine.url.set(username=role))
    try:
        with engine.connect() as conn:
            match = PlatformMatch("saleor", "saleor", "", "tables ...")
            report = read_platform(conn, match, engine.dialect.identifier_preparer.quote)
    finally:
        engine.dispose()
        pg_db.run(f"DROP OWNED BY {role}; DROP ROLE {role};")
    assert len(report.problems) == 1
    assert report.problems[0].startswith("webhook_webhook: not read (")
    assert "permission denied" in report.problems[0]
    assert {e.code for e in report.extensions} >= {"saleor.payments.stripe", "acme.crm"}


# --- SQLite, secrets, real-world schemas ---------------------------------------------------


def test_sqlite_wordpress(tmp_path):
    path = tmp_path / "wp.sqlite"
    with sqlite3.connect(path) as db:
        db.executescript(
            stubs("wp_", WP_TABLES, '"') + OPTIONS.replace("AUTO_INCREMENT", "").format(p="wp_")
            + "INSERT INTO wp_options (option_name, option_value) VALUES "
            f"('active_plugins', '{php_list(['klaviyo/klaviyo.php'])}'), "
            "('klaviyo_api_host', 'a.klaviyo.com'), ('_transient_x', 'https://t.example/x');"
        )  # fmt: skip
    engine = create_engine(f"sqlite:///{path}")
    with engine.connect() as conn:
        [match] = detect_platforms(r[0] for r in conn.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'table'"))  # fmt: skip
        report = read_platform(conn, match, engine.dialect.identifier_preparer.quote)
    engine.dispose()
    assert (match.schema, match.prefix) == ("", "wp_")
    assert ext(report) == {"klaviyo": ("plugin", "", True)}
    assert found(report) == {
        ("klaviyo", "wp_options: klaviyo_api_host", "endpoint", "a.klaviyo.com", False)
    }
    assert "not recorded" in report.version_evidence and not report.problems


@pytest.mark.mysql
@pytest.mark.postgres
def test_no_secret_in_any_report_or_log(my_engine, pg_engine, caplog):
    caplog.set_level(logging.DEBUG)
    reports = list(read_all(my_engine).values()) + list(read_all(pg_engine).values())
    assert len(reports) == 12
    text = repr(reports) + caplog.text
    for name, secret in SECRETS.items():
        assert secret not in text, name
    settings: list[Setting] = [s for r in reports for s in r.settings]
    extensions: list[Extension] = [e for r in reports for e in r.extensions]
    assert sum(s.kind == "credential" and not s.protected for s in settings) == 20
    assert all(s.url == "" for s in settings if s.kind == "credential")
    assert extensions


def _loaded(database: str) -> Engine | None:
    engine = create_engine(f"mysql+pymysql://root@{MY_ADMIN['host']}:{MY_ADMIN['port']}/{database}")
    try:
        with engine.connect():
            return engine
    except Exception:
        engine.dispose()
        return None


REAL_WORLD = {
    # database: (platform, prefix, version, extensions at least, enabled extensions at least)
    "opencart": ("opencart", "oc_", None, 41, {"cod", "free_checkout", "flat", "category"}),
    "prestashop": ("prestashop", "ps_", None, 0, set()),  # db_structure.sql: no rows
}


@pytest.mark.mysql
@pytest.mark.parametrize("database", sorted(REAL_WORLD))
def test_real_world_schema(database):
    engine = _loaded(database)
    if engine is None:
        pytest.skip(f"{database} is not loaded; run ../shared/realworld/load.sh")
    platform, prefix, version, count, enabled = REAL_WORLD[database]
    try:
        with engine.connect() as conn:
            rows = conn.exec_driver_sql(
                "SELECT CONCAT(table_schema, '.', table_name) FROM information_schema.tables "
                "WHERE table_schema = DATABASE()"
            )
            [match] = detect_platforms(r[0] for r in rows)
            report = read_platform(conn, match, engine.dialect.identifier_preparer.quote)
    finally:
        engine.dispose()
    assert (match.platform, match.schema, match.prefix) == (platform, database, prefix)
    assert report.version == version and report.version_evidence.startswith("not recorded")
    assert len(report.extensions) >= count
    assert enabled <= {e.code for e in report.extensions if e.enabled}
    if database == "opencart":  # installed, never switched on: no advertise_google_status
        google = next(e for e in report.extensions if e.code == "google")
        assert google.enabled is False and "no advertise_google_status" in google.evidence
    assert not report.problems
    # The demo data's SMTP and FTP passwords are empty: nothing to report.
    assert not [s for s in report.settings if s.kind == "credential"]


# --- Setting names and values (no database) ------------------------------------------------

CREDENTIAL_KEYS = [
    ("payment/braintree/private_key", True),
    ("SwagPayPal.settings.clientSecret", True),
    ("PS_MAIL_PASSWD", True),
    ("paypal/wpp/api_signature", True),
    ("woocommerce_stripe_settings[secret_key]", True),
    ("webhook 2 (inactive) secret_key", True),
    ("Password or license", True),
    ("spree/gateway/stripe_gateway/secret_key/1", True),
    ("klaviyo_reclaim_general/general/public_api_key", False),
    ("publishable_key", False),
    ("recaptcha/site_key", False),
    ("oauth/access_token_lifetime/customer", False),
    ("token_ttl", False),
    ("payment/braintree/merchant_id", False),
    ("Username or account", False),
]


@pytest.mark.parametrize("key, expected", CREDENTIAL_KEYS)
def test_credential_keys(key, expected):
    assert is_credential_key(key) is expected


@pytest.mark.parametrize(
    "value, expected",
    [("sk_live_51HxWp", True), ("Sup3r S3cret", True), ("changeme", False),
     ("your_api_key", False), ("xxxxxxxx", False), ("********", False), ("${STRIPE_KEY}", False),
     ("%env(STRIPE_KEY)%", False), ("<api key>", False), ("1", False), ("true", False),
     ("abc", False), ("Please enter your key here", False)],
)  # fmt: skip
def test_secret_values(value, expected):
    assert looks_secret(value) is expected


@pytest.mark.parametrize(
    "text",
    ['a:2:{i:0;s:5:"abc";}', 's:3:"abc"', 'a:1:{i:0;s:3:"abc";}x', "a:99999999999:{", 'O:1:"X'],
)
def test_malformed_php_serialized_is_refused(text):
    with pytest.raises(ValueError):
        php_unserialize(text)


def test_php_objects_and_huge_values():
    obj = 'O:8:"stdClass":2:{s:7:"\0*\0host";s:6:"a.b.cd";s:3:"key";s:4:"sk_1";}'
    assert php_unserialize(obj) == {"host": "a.b.cd", "key": "sk_1"}
    settings = Settings()
    settings.add("x", "t", "api_key", "k" * (MAX_VALUE + 1))
    settings.add("x", "t", "api_key", "sk_live_small")
    assert [s.location for s in settings.judged()] == ["t: api_key"]
    assert settings.too_large == {"t": 1}
