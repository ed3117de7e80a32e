"""Minimal storefront databases written from each platform's own schema definitions, seeded
with real extension codes and setting names laid out as the platform stores them.

Each DDL keeps the real table and column names and types of the tables piimap reads (and stubs
for the other characteristic tables), written from the schema file and version noted above it;
no platform code is copied. Secret values are made up and listed in :data:`SECRETS`: none may
appear in any output.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import create_engine
from sqlalchemy.engine import Engine

from .conftest import MY_ADMIN, PG_ADMIN, PgDatabase

#: Every made-up secret the databases hold, by name.
SECRETS = {
    "stripe_wc": "sk_live_51WcStripeSecretAbc",
    "stripe_wc_test": "sk_test_51WcStripeSecretXyz",
    "stripe_wc_whsec": "whsec_WcWebhookSigningAbc",
    "ppcp_live": "EPpcpClientSecretLive123",
    "ppcp_sandbox": "EPpcpClientSecretSbx456",
    "mailchimp": "0f1e2d3c4b5a69788796a5b4c3d2e1f0-us14",
    "wp_smtp": "MailgunSmtpPass789",
    "wc_consumer": "cs_0a1b2c3d4e5f60718293a4b5c6d7e8f901234567",
    "braintree_m2": "BtPrivateKeyPlain8899aa",
    "stripe_m2": "0:3:U3RyaXBlTGl2ZVNrRW5jcnlwdGVk",
    "adyen_api_m2": "0:3:QWR5ZW5BcGlLZXlFbmNyeXB0ZWQ",
    "adyen_notif_m2": "AdyenNotifyPw77",
    "smtp_m2": "M2SmtpPassword42",
    "paypal_sw": "EShopwarePaypalSecret321",
    "paypal_sw_sbx": "EShopwarePaypalSbx654",
    "adyen_api_sw": "AQEyhmfxShopwareApiKey",
    "adyen_hmac_sw": "44782DEF547AAA06C910C43932B1EB0C",
    "mailer_sw": "ShopwareMailerPw11",
    "stripe_sylius": "sk_live_SyliusStripe1",
    "stripe_sylius_whsec": "whsec_SyliusWebhookKey1",
    "adyen_api_sylius": "AQEsyliusAdyenApiKey",
    "adyen_hmac_sylius": "A1B2C3D4E5F6SyliusHmac",
    "stripe_saleor": "sk_live_SaleorStripeKey9",
    "adyen_api_saleor": "AQEsaleorAdyenApiKey",
    "adyen_hmac_saleor": "SaleorAdyenHmac000111",
    "stripe_spree": "sk_live_SpreeStripeKey55",
    "stripe_solidus": "sk_live_SolidusStripeKey66",
    "stripe_solidus_whsec": "whsec_SolidusSigning66",
}
#: Password hashes, API keys, tokens and secrets of the admin consoles' tables: none may be
#: selected, let alone appear in any output (tests/test_access_platforms.py).
HASHES = {
    "m2_admin_pw": "m2adminpwhashQ1w2E3r4T5y6U7i8O9p0",
    "m2_jane_pw": "m2janepwhashA1s2D3f4G5h6J7k8L9",
    "m2_rp_token": "m2resetTokenZ9x8C7v6B5n4M3",
    "m2_old_pw": "m2previouspwhashP0o9I8u7Y6",
    "m2_consumer_key": "m2consumerkeyabcdef0123456789ab",
    "m2_consumer_secret": "m2consumersecret0123456789abcd",
    "m2_token": "m2accesstoken0123456789abcdefgh",
    "m2_token_secret": "m2accesstokensecret0123456789ab",
    "wp_admin_pw": "$P$BwpAdminHashMarker0123456789",
    "wp_manager_pw": "$P$BwpManagerHashMarker012345678",
    "wp_activation": "1700000000:$P$BwpActivationKeyMarker01",
    "wp_app_pw": "$generic$wpAppPasswordHashMarker0123456789",
    "wc_ck_rw": "ck_readwritekeyhashmarker0123456789abcdef0",
    "wc_cs_rw": "cs_readwritesecretmarker0123456789abcdef01",
    "ps_passwd": "$2y$10$psEmployeeHashMarker0123456789abcdefghijk",
    "ps_reset": "psResetPasswordTokenMarker0123456789",
    "ps_ws_key": "PSWEBSERVICEKEYMARKER0123456789A",
    "oc_password": "$2y$10$ocUserHashMarker0123456789abcdefghijklmn",
    "oc_code": "ocUserResetCodeMarker0123456789",
    "oc_api_key": "ocApiKeyMarker0123456789abcdefghijklmnopqrstuvwxyz",
    "sw_password": "$2y$10$swUserHashMarker0123456789abcdefghijklmn",
    "sw_store_token": "swStoreTokenMarker0123456789",
    "sw_access_key": "SWUAACCESSKEYMARKER0123456",
    "sw_secret_access_key": "$2y$10$swSecretAccessKeyHashMarker0123456",
    "sw_int_access_key": "SWIAINTEGRATIONKEYMARKER012",
    "saleor_password": "argon2$saleorStaffHashMarker0123456789",
    "saleor_app_token": "saleorAppTokenHashMarker0123456789abcdef",
    "medusa_secret_key": "sk_medusaSecretKeyMarker0123456789abcdef",
    "medusa_salt": "medusaSaltMarker0123456789",
    "spree_password": "$2a$11$spreeAdminHashMarker0123456789abcdefghij",
    "spree_api_key": "spreeLegacyApiKeyMarker0123456789abcdef",
    "spree_oauth_secret": "spreeOauthSecretMarker0123456789abcdef",
    "spree_oauth_uid": "spreeOauthUidMarker0123456789abcdef",
    "spree_admin_password": "$2a$11$spreeOpsAdminHashMarker0123456789abcd",
    "spree_secret_key": "sk_spreeSecretApiKeyMarker0123456789",
}
H = HASHES
S = SECRETS
#: Public keys the databases hold: not secrets, so they may be in no credential list.
PUBLIC = {
    "adyen_client_m2": "live_ABCDEFGHIJ2M2CLIENTKEY",
    "adyen_client_sw": "live_SHOPWARECLIENTKEY01",
    "adyen_client_sylius": "live_SYLIUSCLIENTKEY0001",
    "adyen_client_saleor": "live_SALEORCLIENTKEY0001",
}
P = PUBLIC


def php(value: object) -> str:
    """``value`` as PHP ``serialize()`` writes it (strings, ints, bools, lists, dicts)."""
    if value is None:
        return "N;"
    if isinstance(value, bool):
        return f"b:{int(value)};"
    if isinstance(value, int):
        return f"i:{value};"
    if isinstance(value, str):
        return f's:{len(value.encode())}:"{value}";'
    items = enumerate(value) if isinstance(value, list) else value.items()  # type: ignore[attr-defined]
    body = "".join(php(k) + php(v) for k, v in items)
    return f"a:{len(value)}:{{{body}}}"  # type: ignore[arg-type]


def sql_text(value: str) -> str:
    """A quoted SQL string literal (MariaDB without backslash escapes in the values used)."""
    return "'" + value.replace("'", "''") + "'"


def stubs(tables: list[str], schema: str = "", quote: str = "`") -> str:
    head = f"{schema}." if schema else ""
    return "".join(f"CREATE TABLE {head}{quote}{t}{quote} (id int);" for t in tables)


# --- WooCommerce 9.x on WordPress 6.x (MariaDB) ----------------------------------------------
# wp-admin/includes/schema.php (wp_options); plugins/woocommerce/includes/class-wc-install.php
# get_schema() (woocommerce_api_keys, wc_webhooks). Option layouts: woocommerce-gateway-stripe
# (woocommerce_stripe_settings), woocommerce-paypal-payments (woocommerce-ppcp-settings),
# mailchimp-for-woocommerce (mailchimp-woocommerce), wp-mail-smtp (wp_mail_smtp).

WOO_PLUGINS = [
    "woocommerce/woocommerce.php",
    "woocommerce-gateway-stripe/woocommerce-gateway-stripe.php",
    "woocommerce-paypal-payments/woocommerce-paypal-payments.php",
    "mailchimp-for-woocommerce/mailchimp-woocommerce.php",
    "wp-mail-smtp/wp_mail_smtp.php",
]
WOO_OPTIONS = {
    "siteurl": "https://shop.example.com",
    "home": "https://shop.example.com",
    "woocommerce_version": "9.4.2",
    "active_plugins": php(WOO_PLUGINS),
    "woocommerce_stripe_settings": php({
        "enabled": "yes", "testmode": "no", "publishable_key": "pk_live_51WcPublic",
        "secret_key": S["stripe_wc"], "test_publishable_key": "pk_test_51WcPublic",
        "test_secret_key": S["stripe_wc_test"], "webhook_secret": S["stripe_wc_whsec"],
    }),
    "woocommerce-ppcp-settings": php({
        "client_id_production": "AZppcpClientIdLive", "client_secret_production": S["ppcp_live"],
        "client_id_sandbox": "AZppcpClientIdSbx", "client_secret_sandbox": S["ppcp_sandbox"],
        "merchant_email_production": "payments@shop.example.com", "sandbox_on": False,
    }),
    "mailchimp-woocommerce": php({
        "mailchimp_api_key": S["mailchimp"], "mailchimp_list": "a1b2c3",
        "store_name": "Example shop",
    }),
    "wp_mail_smtp": php({
        "mail": {"mailer": "smtp", "from_email": "shop@shop.example.com"},
        "smtp": {"host": "smtp.mailgun.org", "port": 587, "encryption": "tls", "auth": True,
                 "user": "postmaster@mg.shop.example.com", "pass": S["wp_smtp"]},
    }),
}  # fmt: skip
#: WordPress's application passwords of the admin (wp-includes/class-wp-application-passwords.php
#: keeps uuid, app_id, name, password (its hash), created, last_used, last_ip per password).
WP_APP_PASSWORDS = php(
    {
        0: {
            "uuid": "6f1c2b9e-0d5a-4b7e-9a11-2c3d4e5f6a7b",
            "app_id": "",
            "name": "ERP connector",
            "password": H["wp_app_pw"],
            "created": 1577836800,
            "last_used": None,
            "last_ip": None,
        }
    }
)
WOOCOMMERCE = stubs(["wp_posts", "wp_postmeta", "wp_comments", "wp_terms", "wp_term_taxonomy",
                     "wp_woocommerce_order_items",
                     "wp_woocommerce_sessions", "wp_wc_orders"]) + f"""
CREATE TABLE wp_options (option_id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  option_name varchar(191) NOT NULL DEFAULT '', option_value longtext NOT NULL,
  autoload varchar(20) NOT NULL DEFAULT 'yes', PRIMARY KEY (option_id),
  UNIQUE KEY option_name (option_name));
INSERT INTO wp_options (option_name, option_value) VALUES
  {", ".join(f"({sql_text(k)}, {sql_text(v)})" for k, v in WOO_OPTIONS.items())};
CREATE TABLE wp_woocommerce_api_keys (key_id BIGINT UNSIGNED NOT NULL auto_increment,
  user_id BIGINT UNSIGNED NOT NULL, description varchar(200) NULL,
  permissions varchar(10) NOT NULL, consumer_key char(64) NOT NULL,
  consumer_secret char(43) NOT NULL, nonces longtext NULL, truncated_key char(7) NOT NULL,
  last_access datetime NULL default null, PRIMARY KEY (key_id));
INSERT INTO wp_woocommerce_api_keys (user_id, description, permissions, consumer_key,
  consumer_secret, truncated_key, last_access) VALUES (1, 'ERP', 'read', SHA2('ck_erp', 256),
  '{S["wc_consumer"]}', 'a1b2c3d', NOW() - INTERVAL 2 DAY),
  (2, 'Fulfilment', 'read_write', '{H["wc_ck_rw"]}', '{H["wc_cs_rw"]}', 'f0e1d2c', NULL),
  (3, 'Old plugin', 'write', SHA2('ck_old', 256), 'cs_oldpluginsecret', 'b2c3d4e', NULL);
-- wp-admin/includes/schema.php (wp_users, wp_usermeta); capabilities as WP_User::set_role
-- writes them, WooCommerce's wc_last_active (WC_Customer_Data_Store) as a Unix time.
CREATE TABLE wp_users (ID bigint(20) unsigned NOT NULL auto_increment,
  user_login varchar(60) NOT NULL default '', user_pass varchar(255) NOT NULL default '',
  user_nicename varchar(50) NOT NULL default '', user_email varchar(100) NOT NULL default '',
  user_url varchar(100) NOT NULL default '',
  user_registered datetime NOT NULL default '0000-00-00 00:00:00',
  user_activation_key varchar(255) NOT NULL default '', user_status int(11) NOT NULL default '0',
  display_name varchar(250) NOT NULL default '', PRIMARY KEY (ID));
INSERT INTO wp_users (ID, user_login, user_pass, user_email, user_registered,
  user_activation_key) VALUES
  (1, 'admin', '{H["wp_admin_pw"]}', 'owner@shop.example.com', '2020-01-01', ''),
  (2, 'maria.manager', '{H["wp_manager_pw"]}', 'maria@shop.example.com', '2021-01-01',
   '{H["wp_activation"]}'),
  (3, 'customer1', '$P$Bcustomerhash', 'c1@example.org', '2022-01-01', '');
CREATE TABLE wp_usermeta (umeta_id bigint(20) unsigned NOT NULL auto_increment,
  user_id bigint(20) unsigned NOT NULL default '0', meta_key varchar(255) default NULL,
  meta_value longtext, PRIMARY KEY (umeta_id));
INSERT INTO wp_usermeta (user_id, meta_key, meta_value) VALUES
  (1, 'wp_capabilities', {sql_text(php({"administrator": True}))}),
  (2, 'wp_capabilities', {sql_text(php({"shop_manager": True}))}),
  (3, 'wp_capabilities', {sql_text(php({"customer": True}))}),
  (1, 'wc_last_active', UNIX_TIMESTAMP(NOW() - INTERVAL 1 DAY)),
  (1, '_application_passwords', {sql_text(WP_APP_PASSWORDS)});
CREATE TABLE wp_wc_webhooks (webhook_id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  status varchar(200) NOT NULL, name text NOT NULL, user_id BIGINT UNSIGNED NOT NULL,
  delivery_url text NOT NULL, secret text NOT NULL, topic varchar(200) NOT NULL,
  date_created datetime NOT NULL DEFAULT '2024-01-01', api_version smallint(4) NOT NULL DEFAULT 3,
  failure_count smallint(10) NOT NULL DEFAULT 0, pending_delivery tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (webhook_id));
"""  # fmt: skip

# --- Magento 2.4.8 (MariaDB) -----------------------------------------------------------------
# app/code/Magento/Config/etc/db_schema.xml (core_config_data); setup_module (module,
# schema_version, data_version) as setup/src/Magento/Setup/Model/Installer.php creates it.
# Config paths: PayPal_Braintree etc/config.xml (payment/braintree/*),
# StripeIntegration_Payments (payment/stripe_payments_basic/*), Adyen_Payment
# (payment/adyen_abstract/*), Magento_Email 2.4.8 (system/smtp/*).

MAGENTO = stubs(["eav_entity_type", "store_website", "sales_order"]) + f"""
CREATE TABLE customer_entity (entity_id int unsigned NOT NULL AUTO_INCREMENT,
  website_id smallint unsigned, email varchar(255), firstname varchar(255),
  lastname varchar(255), created_at timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (entity_id));
INSERT INTO customer_entity (website_id, email, firstname, lastname)
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 30)
SELECT 1, CONCAT('buyer', i, '@example.org'), CONCAT('Ann', i), CONCAT('Lee', i) FROM n;
CREATE TABLE setup_module (module varchar(50) NOT NULL, schema_version varchar(50),
  data_version varchar(50), PRIMARY KEY (module));
INSERT INTO setup_module VALUES ('Magento_Store', '2.1.1', '2.1.1'),
  ('Magento_Braintree', '2.0.1', '2.0.1'), ('PayPal_Braintree', '4.6.1', '4.6.1'),
  ('StripeIntegration_Payments', '4.1.0', '4.1.0'), ('Adyen_Payment', '9.5.0', '9.5.0'),
  ('Magento_Email', '2.0.0', '2.0.0');
CREATE TABLE core_config_data (config_id int unsigned NOT NULL AUTO_INCREMENT,
  scope varchar(8) NOT NULL DEFAULT 'default', scope_id int NOT NULL DEFAULT 0,
  path varchar(255) NOT NULL DEFAULT 'general', value text NULL,
  updated_at timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP, PRIMARY KEY (config_id),
  UNIQUE KEY CORE_CONFIG_DATA_SCOPE_SCOPE_ID_PATH (scope, scope_id, path));
INSERT INTO core_config_data (scope, scope_id, path, value) VALUES
  ('default', 0, 'web/secure/base_url', 'https://m2.example.com/'),
  ('default', 0, 'payment/braintree/active', '1'),
  ('default', 0, 'payment/braintree/merchant_id', 'm2merchant'),
  ('default', 0, 'payment/braintree/public_key', 'm2publickey123'),
  ('default', 0, 'payment/braintree/private_key', '{S["braintree_m2"]}'),
  ('default', 0, 'payment/stripe_payments/active', '1'),
  ('default', 0, 'payment/stripe_payments_basic/stripe_mode', 'live'),
  ('default', 0, 'payment/stripe_payments_basic/stripe_live_pk', 'pk_live_51M2Public'),
  ('default', 0, 'payment/stripe_payments_basic/stripe_live_sk', '{S["stripe_m2"]}'),
  ('default', 0, 'payment/adyen_abstract/merchant_account', 'ExampleECOM'),
  ('default', 0, 'payment/adyen_abstract/client_key_live', '{P["adyen_client_m2"]}'),
  ('default', 0, 'payment/adyen_abstract/api_key_live', '{S["adyen_api_m2"]}'),
  ('default', 0, 'payment/adyen_abstract/notification_password', '{S["adyen_notif_m2"]}'),
  ('default', 0, 'system/smtp/transport', 'smtp'),
  ('default', 0, 'system/smtp/host', 'smtp.sendgrid.net'),
  ('default', 0, 'system/smtp/username', 'apikey'),
  ('default', 0, 'system/smtp/password', '{S["smtp_m2"]}');
-- Magento 2.4.8 app/code/Magento/User/etc/db_schema.xml (admin_user, admin_passwords),
-- Authorization/etc/db_schema.xml (authorization_role, authorization_rule: role_type G a group,
-- U a user; user_type 2 an admin, 1 an integration), Integration/etc/db_schema.xml
-- (integration, oauth_consumer, oauth_token).
CREATE TABLE admin_user (user_id int unsigned NOT NULL AUTO_INCREMENT, firstname varchar(32),
  lastname varchar(32), email varchar(128), username varchar(40), password varchar(255) NOT NULL,
  created timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  modified timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP, logdate timestamp NULL DEFAULT NULL,
  lognum smallint unsigned NOT NULL DEFAULT 0, reload_acl_flag smallint NOT NULL DEFAULT 0,
  is_active smallint NOT NULL DEFAULT 1, extra text, rp_token text,
  rp_token_created_at timestamp NULL DEFAULT NULL, interface_locale varchar(16) NOT NULL
  DEFAULT 'en_US', failures_num smallint DEFAULT 0, first_failure timestamp NULL DEFAULT NULL,
  lock_expires timestamp NULL DEFAULT NULL, PRIMARY KEY (user_id));
INSERT INTO admin_user (user_id, firstname, lastname, email, username, password, logdate, lognum,
  is_active, rp_token, failures_num, lock_expires) VALUES
  (1, 'Shop', 'Owner', 'owner@m2.example.com', 'admin', '{H["m2_admin_pw"]}',
   NOW() - INTERVAL 1 DAY, 310, 1, NULL, 0, NULL),
  (2, 'Jane', 'Doe', 'jane@m2.example.com', 'jane.doe', '{H["m2_jane_pw"]}',
   NOW() - INTERVAL 200 DAY, 12, 1, '{H["m2_rp_token"]}', 0, NULL),
  (3, 'Bob', 'Roe', 'bob@m2.example.com', 'bob.support', 'h3', NULL, 0, 1, NULL, 0, NULL),
  (4, 'Old', 'Timer', 'old@m2.example.com', 'old.timer', 'h4', '2019-01-01', 3, 0, NULL, 0,
   NULL),
  (5, 'Max', 'Locked', 'max@m2.example.com', 'max.locked', 'h5', NOW() - INTERVAL 3 DAY, 9, 1,
   NULL, 6, NOW() + INTERVAL 1 DAY);
CREATE TABLE admin_passwords (password_id int unsigned NOT NULL AUTO_INCREMENT,
  user_id int unsigned NOT NULL DEFAULT 0, password_hash varchar(255),
  expires int unsigned NOT NULL DEFAULT 0, last_updated int unsigned NOT NULL DEFAULT 0,
  PRIMARY KEY (password_id));
INSERT INTO admin_passwords (user_id, password_hash, last_updated) VALUES
  (1, '{H["m2_old_pw"]}', 1577836800), (1, '{H["m2_admin_pw"]}', 1704067200);
CREATE TABLE authorization_role (role_id int unsigned NOT NULL AUTO_INCREMENT,
  parent_id int unsigned NOT NULL DEFAULT 0, tree_level smallint unsigned NOT NULL DEFAULT 0,
  sort_order smallint unsigned NOT NULL DEFAULT 0, role_type varchar(1) NOT NULL DEFAULT '0',
  user_id int unsigned NOT NULL DEFAULT 0, user_type varchar(16), role_name varchar(50),
  PRIMARY KEY (role_id));
INSERT INTO authorization_role VALUES (1, 0, 1, 1, 'G', 0, '2', 'Administrators'),
  (2, 0, 1, 1, 'G', 0, '2', 'Support'), (3, 1, 2, 0, 'U', 1, '2', 'admin'),
  (4, 1, 2, 0, 'U', 2, '2', 'jane.doe'), (5, 2, 2, 0, 'U', 3, '2', 'bob.support'),
  (6, 1, 2, 0, 'U', 4, '2', 'old.timer'), (7, 1, 2, 0, 'U', 5, '2', 'max.locked'),
  (8, 0, 1, 0, 'U', 1, '1', '1');
CREATE TABLE authorization_rule (rule_id int unsigned NOT NULL AUTO_INCREMENT,
  role_id int unsigned NOT NULL DEFAULT 0, resource_id varchar(255), privileges varchar(20),
  permission varchar(10), PRIMARY KEY (rule_id));
INSERT INTO authorization_rule (role_id, resource_id, permission) VALUES
  (1, 'Magento_Backend::all', 'allow'), (2, 'Magento_Backend::all', 'deny'),
  (2, 'Magento_Customer::customer', 'allow'), (2, 'Magento_Customer::manage', 'allow'),
  (2, 'Magento_Catalog::catalog', 'allow'), (2, 'Magento_Sales::sales', 'deny'),
  (8, 'Magento_Backend::all', 'allow');
CREATE TABLE integration (integration_id int unsigned NOT NULL AUTO_INCREMENT,
  name varchar(255) NOT NULL, email varchar(255), endpoint varchar(255),
  status smallint unsigned NOT NULL, consumer_id int unsigned,
  created_at timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  updated_at timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  setup_type smallint unsigned NOT NULL DEFAULT 0, identity_link_url varchar(255),
  PRIMARY KEY (integration_id));
INSERT INTO integration (name, status, consumer_id, created_at) VALUES
  ('ERP Sync', 1, 1, '2022-03-01');
CREATE TABLE oauth_consumer (entity_id int unsigned NOT NULL AUTO_INCREMENT,
  created_at timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP, updated_at timestamp NULL,
  name varchar(255) NOT NULL, `key` varchar(32) NOT NULL, secret varchar(128) NOT NULL,
  callback_url text, rejected_callback_url text NOT NULL, PRIMARY KEY (entity_id));
INSERT INTO oauth_consumer (created_at, name, `key`, secret, rejected_callback_url) VALUES
  ('2022-03-01', 'Integration1', '{H["m2_consumer_key"]}', '{H["m2_consumer_secret"]}', '');
CREATE TABLE oauth_token (entity_id int unsigned NOT NULL AUTO_INCREMENT,
  consumer_id int unsigned, admin_id int unsigned, customer_id int unsigned,
  type varchar(16) NOT NULL, token varchar(32) NOT NULL, secret varchar(128) NOT NULL,
  verifier varchar(32), callback_url text NOT NULL, revoked smallint unsigned NOT NULL DEFAULT 0,
  authorized smallint unsigned NOT NULL DEFAULT 0, user_type int,
  created_at timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP, PRIMARY KEY (entity_id));
INSERT INTO oauth_token (consumer_id, type, token, secret, callback_url, authorized, user_type,
  created_at) VALUES (1, 'access', '{H["m2_token"]}', '{H["m2_token_secret"]}', 'oob', 1, 1,
  '2022-03-01');
"""  # fmt: skip

# --- Shopware 6.5 (MariaDB) ------------------------------------------------------------------
# src/Core/Migration/V6_3/Migration1536232810Plugin (plugin), ...SystemConfig (system_config),
# ...App and ...Webhook; setting keys from SwagPayPal's config.xml (SwagPayPal.settings.*),
# AdyenPaymentShopware6's config.xml (AdyenPaymentShopware6.config.*) and core.mailerSettings.

SHOPWARE = stubs(["sales_channel", "sales_channel_domain", "state_machine",
                  "order_customer"]) + f"""
CREATE TABLE plugin (id binary(16) NOT NULL, base_class varchar(255) NOT NULL,
  name varchar(255) NOT NULL, composer_name varchar(255) NULL,
  active tinyint(1) NOT NULL DEFAULT 0, managed_by_composer tinyint(1) NOT NULL DEFAULT 0,
  path varchar(255) NULL, autoload json NOT NULL, version varchar(255) NOT NULL,
  installed_at datetime(3) NULL, created_at datetime(3) NOT NULL, PRIMARY KEY (id));
INSERT INTO plugin (id, base_class, name, active, autoload, version, installed_at, created_at)
VALUES (UNHEX(MD5('pp')), 'Swag\\\\PayPal\\\\SwagPayPal', 'SwagPayPal', 1, '{{}}', '9.6.0',
  NOW(), NOW()),
  (UNHEX(MD5('ad')), 'Adyen\\\\Shopware\\\\AdyenPaymentShopware6', 'AdyenPaymentShopware6', 1,
  '{{}}', '4.1.0', NOW(), NOW());
CREATE TABLE app (id binary(16) NOT NULL, name varchar(255) NOT NULL, path varchar(4096) NOT NULL,
  version varchar(255) NOT NULL, active tinyint(1) NOT NULL DEFAULT 0,
  created_at datetime(3) NOT NULL, PRIMARY KEY (id));
CREATE TABLE webhook (id binary(16) NOT NULL, name varchar(255) NOT NULL,
  event_name varchar(500) NOT NULL, url varchar(500) NOT NULL, app_id binary(16) NULL,
  active tinyint(1) DEFAULT 1, created_at datetime(3) NOT NULL, PRIMARY KEY (id));
CREATE TABLE system_config (id binary(16) NOT NULL, configuration_key varchar(255) NOT NULL,
  configuration_value json NOT NULL, sales_channel_id binary(16) NULL,
  created_at datetime(3) NOT NULL, PRIMARY KEY (id));
INSERT INTO system_config (id, configuration_key, configuration_value, created_at) VALUES
  (UNHEX(MD5('1')), 'SwagPayPal.settings.clientId', '{{"_value": "AZswClientId"}}', NOW()),
  (UNHEX(MD5('2')), 'SwagPayPal.settings.clientSecret', '{{"_value": "{S["paypal_sw"]}"}}', NOW()),
  (UNHEX(MD5('3')), 'SwagPayPal.settings.clientSecretSandbox',
   '{{"_value": "{S["paypal_sw_sbx"]}"}}', NOW()),
  (UNHEX(MD5('4')), 'AdyenPaymentShopware6.config.clientKeyLive',
   '{{"_value": "{P["adyen_client_sw"]}"}}', NOW()),
  (UNHEX(MD5('5')), 'AdyenPaymentShopware6.config.apiKeyLive',
   '{{"_value": "{S["adyen_api_sw"]}"}}', NOW()),
  (UNHEX(MD5('6')), 'AdyenPaymentShopware6.config.hmacLive',
   '{{"_value": "{S["adyen_hmac_sw"]}"}}', NOW()),
  (UNHEX(MD5('7')), 'core.mailerSettings.emailAgent', '{{"_value": "smtp"}}', NOW()),
  (UNHEX(MD5('8')), 'core.mailerSettings.host', '{{"_value": "smtp.mailjet.com"}}', NOW()),
  (UNHEX(MD5('9')), 'core.mailerSettings.password', '{{"_value": "{S["mailer_sw"]}"}}', NOW());
-- Migration1536232810User, 1536232840UserAccessKey, 1536233420BasicData (admin flag),
-- 1603179023AddIntegrationRole / 1599570560AddAclRole, 1610448012LandingPage... (acl_role
-- privileges as '<entity>:<action>'), Migration1536232600Integration (integration.admin,
-- last_usage_at).
CREATE TABLE `user` (id binary(16) NOT NULL, username varchar(255) NOT NULL,
  password varchar(1024) NOT NULL, first_name varchar(255) NOT NULL, last_name varchar(255),
  email varchar(255) NOT NULL, active tinyint(1) NOT NULL DEFAULT 0,
  admin tinyint(1) DEFAULT NULL, store_token varchar(255), locale_id binary(16),
  last_updated_password_at datetime(3), created_at datetime(3) NOT NULL, PRIMARY KEY (id));
INSERT INTO `user` (id, username, password, first_name, email, active, admin, store_token,
  last_updated_password_at, created_at) VALUES
  (UNHEX(MD5('u1')), 'admin', '{H["sw_password"]}', 'Shop', 'admin@sw.example.com', 1, 1,
   '{H["sw_store_token"]}', '2023-01-01', NOW()),
  (UNHEX(MD5('u2')), 'clerk', 'h2', 'Clerk', 'clerk@sw.example.com', 1, 0, NULL, NULL, NOW());
CREATE TABLE acl_role (id binary(16) NOT NULL, name varchar(255) NOT NULL,
  description longtext, privileges json NOT NULL, created_at datetime(3) NOT NULL,
  deleted_at datetime(3), PRIMARY KEY (id));
INSERT INTO acl_role (id, name, privileges, created_at) VALUES
  (UNHEX(MD5('r1')), 'Order clerk', '["order:read", "order_customer:read", "product:read"]', NOW());
CREATE TABLE acl_user_role (user_id binary(16) NOT NULL, acl_role_id binary(16) NOT NULL,
  created_at datetime(3) NOT NULL, PRIMARY KEY (user_id, acl_role_id));
INSERT INTO acl_user_role VALUES (UNHEX(MD5('u2')), UNHEX(MD5('r1')), NOW());
CREATE TABLE user_access_key (id binary(16) NOT NULL, user_id binary(16) NOT NULL,
  write_access tinyint(1) NOT NULL, access_key varchar(255) NOT NULL,
  secret_access_key varchar(255) NOT NULL, last_usage_at datetime(3),
  created_at datetime(3) NOT NULL, PRIMARY KEY (id));
INSERT INTO user_access_key VALUES (UNHEX(MD5('k1')), UNHEX(MD5('u1')), 1,
  '{H["sw_access_key"]}', '{H["sw_secret_access_key"]}', NULL, '2021-06-01');
CREATE TABLE integration (id binary(16) NOT NULL, access_key varchar(255) NOT NULL,
  secret_access_key varchar(255) NOT NULL, label varchar(255) NOT NULL,
  admin tinyint(1) NOT NULL DEFAULT 1, last_usage_at datetime(3),
  created_at datetime(3) NOT NULL, deleted_at datetime(3), PRIMARY KEY (id));
INSERT INTO integration (id, access_key, secret_access_key, label, admin, last_usage_at,
  created_at) VALUES (UNHEX(MD5('i1')), '{H["sw_int_access_key"]}', 'hashed', 'Marketing sync',
  1, NOW() - INTERVAL 1 DAY, NOW() - INTERVAL 10 DAY);
CREATE TABLE integration_role (integration_id binary(16) NOT NULL,
  acl_role_id binary(16) NOT NULL, PRIMARY KEY (integration_id, acl_role_id));
"""  # fmt: skip

# --- Sylius 1.13 (MariaDB) -------------------------------------------------------------------
# src/Sylius/Bundle/CoreBundle/Migrations/Version20201208105207 (sylius_gateway_config,
# sylius_payment_method); gateway config keys of FLUX-SE/SyliusPayumStripePlugin
# (publishable_key, secret_key, webhook_secret_keys) and Adyen/adyen-sylius (apiKey, clientKey,
# hmacKey, merchantAccount).

SYLIUS = stubs(["sylius_channel", "sylius_customer", "sylius_order",
                "sylius_product_variant"]) + f"""
CREATE TABLE sylius_gateway_config (id INT AUTO_INCREMENT NOT NULL,
  config LONGTEXT NOT NULL COMMENT '(DC2Type:json)', gateway_name VARCHAR(255) NOT NULL,
  factory_name VARCHAR(255) NOT NULL, PRIMARY KEY(id));
INSERT INTO sylius_gateway_config (config, gateway_name, factory_name) VALUES
  ('{{"publishable_key": "pk_live_SyliusPub", "secret_key": "{S["stripe_sylius"]}",
     "webhook_secret_keys": ["{S["stripe_sylius_whsec"]}"]}}', 'stripe', 'stripe_checkout'),
  ('{{"apiKey": "{S["adyen_api_sylius"]}", "clientKey": "{P["adyen_client_sylius"]}",
     "hmacKey": "{S["adyen_hmac_sylius"]}", "merchantAccount": "ExampleECOM",
     "environment": "live"}}', 'adyen', 'adyen');
CREATE TABLE sylius_payment_method (id INT AUTO_INCREMENT NOT NULL,
  gateway_config_id INT DEFAULT NULL, code VARCHAR(255) NOT NULL,
  environment VARCHAR(255) DEFAULT NULL, is_enabled TINYINT(1) NOT NULL,
  position INT NOT NULL, created_at DATETIME NOT NULL, updated_at DATETIME DEFAULT NULL,
  PRIMARY KEY(id));
INSERT INTO sylius_payment_method (gateway_config_id, code, is_enabled, position, created_at)
VALUES (1, 'stripe_card', 1, 0, NOW()), (2, 'adyen_card', 1, 1, NOW());
"""  # fmt: skip

# --- Saleor 3.20 (PostgreSQL) ----------------------------------------------------------------
# saleor/plugins/migrations (plugins_pluginconfiguration), saleor/app/migrations (app_app with
# identifier), saleor/webhook/migrations (webhook_webhook); Adyen plugin fields from
# saleor/payment/gateways/adyen/plugin.py (api-key, client-key, webhook-hmac); the Klaviyo app
# manifest id from saleor/apps (saleor.app.klaviyo).

SALEOR = stubs(["account_address", "order_order", "checkout_checkout",
                "product_product"], "saleor", '"') + f"""
-- saleor/account/migrations (account_user: is_staff, is_active, last_login; PermissionsMixin's
-- is_superuser), saleor/app/migrations (app_apptoken: auth_token a hash, token_last_4).
CREATE TABLE saleor.account_user (id serial PRIMARY KEY, email varchar(254) NOT NULL,
  password varchar(128) NOT NULL, is_staff boolean NOT NULL, is_active boolean NOT NULL,
  is_superuser boolean NOT NULL DEFAULT false, last_login timestamptz,
  date_joined timestamptz NOT NULL DEFAULT now(), first_name varchar(256) DEFAULT '');
INSERT INTO saleor.account_user (email, password, is_staff, is_active, is_superuser,
  last_login) VALUES
  ('root@saleor.example.com', '{H["saleor_password"]}', true, true, true,
   now() - interval '2 days'),
  ('ops@saleor.example.com', 'h2', true, true, false, NULL),
  ('buyer@example.org', 'h3', false, true, false, now());
CREATE TABLE saleor.app_apptoken (id serial PRIMARY KEY, name varchar(128) NOT NULL,
  auth_token varchar(128) NOT NULL, app_id integer NOT NULL, token_last_4 varchar(4));
INSERT INTO saleor.app_apptoken (name, auth_token, app_id, token_last_4) VALUES
  ('Default', '{H["saleor_app_token"]}', 1, 'cdef');
-- saleor/permission (permission_permission), saleor/account (account_group,
-- account_group_permissions, account_user_groups, account_user_user_permissions),
-- saleor/app (app_app_permissions); codenames of saleor/permission/enums.py.
CREATE TABLE saleor.permission_permission (id serial PRIMARY KEY, name varchar(255) NOT NULL,
  content_type_id integer NOT NULL DEFAULT 1, codename varchar(100) NOT NULL);
INSERT INTO saleor.permission_permission (name, codename) VALUES
  ('Manage customers.', 'manage_users'), ('Manage orders.', 'manage_orders'),
  ('Manage products.', 'manage_products');
CREATE TABLE saleor.account_group (id serial PRIMARY KEY, name varchar(150) NOT NULL);
INSERT INTO saleor.account_group (name) VALUES ('Customer support');
CREATE TABLE saleor.account_group_permissions (id serial PRIMARY KEY, group_id integer NOT NULL,
  permission_id integer NOT NULL);
INSERT INTO saleor.account_group_permissions (group_id, permission_id) VALUES (1, 1);
CREATE TABLE saleor.account_user_groups (id serial PRIMARY KEY, user_id integer NOT NULL,
  group_id integer NOT NULL);
INSERT INTO saleor.account_user_groups (user_id, group_id) VALUES (2, 1);
CREATE TABLE saleor.account_user_user_permissions (id serial PRIMARY KEY,
  user_id integer NOT NULL, permission_id integer NOT NULL);
INSERT INTO saleor.account_user_user_permissions (user_id, permission_id) VALUES (2, 3);
CREATE TABLE saleor.app_app_permissions (id serial PRIMARY KEY, app_id integer NOT NULL,
  permission_id integer NOT NULL);
INSERT INTO saleor.app_app_permissions (app_id, permission_id) VALUES (1, 1), (1, 2);
CREATE TABLE saleor.plugins_pluginconfiguration (id serial PRIMARY KEY, name varchar(128) NOT NULL,
  description text NOT NULL, active boolean NOT NULL, configuration jsonb,
  identifier varchar(128) NOT NULL, channel_id integer);
INSERT INTO saleor.plugins_pluginconfiguration
  (name, description, active, configuration, identifier, channel_id) VALUES
  ('Stripe', '', true, '[{{"name": "public_api_key", "value": "pk_live_SaleorPub"}},
    {{"name": "secret_api_key", "value": "{S["stripe_saleor"]}"}}]', 'saleor.payments.stripe', 1),
  ('Adyen', '', true, '[{{"name": "merchant-account", "value": "ExampleECOM"}},
    {{"name": "api-key", "value": "{S["adyen_api_saleor"]}"}},
    {{"name": "client-key", "value": "{P["adyen_client_saleor"]}"}},
    {{"name": "webhook-hmac", "value": "{S["adyen_hmac_saleor"]}"}}]',
   'mirumee.payments.adyen', 1);
CREATE TABLE saleor.app_app (id serial PRIMARY KEY, name varchar(60) NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(), is_active boolean NOT NULL,
  identifier varchar(256), version varchar(60), about_app text, type varchar(60) NOT NULL
  DEFAULT 'third-party');
INSERT INTO saleor.app_app (name, is_active, identifier, version) VALUES
  ('Klaviyo', true, 'saleor.app.klaviyo', '1.11.0');
CREATE TABLE saleor.webhook_webhook (id serial PRIMARY KEY, target_url varchar(255) NOT NULL,
  is_active boolean NOT NULL, secret_key varchar(255), app_id integer NOT NULL,
  name varchar(255));
INSERT INTO saleor.webhook_webhook (target_url, is_active, app_id, name) VALUES
  ('https://klaviyo.saleor.app/api/webhooks/order-created', true, 1, 'OrderCreated'),
  ('https://klaviyo.saleor.app/api/webhooks/customer-created', true, 1, 'CustomerCreated');
"""  # fmt: skip

# --- Medusa 2.x (PostgreSQL) -----------------------------------------------------------------
# packages/modules/payment (payment_provider), fulfillment (fulfillment_provider) and
# notification (notification_provider) migrations' .snapshot json; provider ids as the
# loaders write them: pp_<identifier>_<id> for the Stripe module's methods, the configured id
# for notification providers ("local" for @medusajs/medusa/notification-local).

MEDUSA = stubs(["store", "region", "cart", "order", "customer"], "medusa", '"') + """
CREATE TABLE medusa.payment_provider (id text NOT NULL PRIMARY KEY,
  is_enabled boolean NOT NULL DEFAULT true, created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(), deleted_at timestamptz NULL);
INSERT INTO medusa.payment_provider (id) VALUES ('pp_system_default'), ('pp_stripe_stripe'),
  ('pp_stripe-ideal_stripe'), ('pp_stripe-blik_stripe');
CREATE TABLE medusa.fulfillment_provider (id text NOT NULL PRIMARY KEY,
  is_enabled boolean NOT NULL DEFAULT true, created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(), deleted_at timestamptz NULL);
INSERT INTO medusa.fulfillment_provider (id) VALUES ('manual_manual');
CREATE TABLE medusa.notification_provider (id text NOT NULL PRIMARY KEY, handle text NOT NULL,
  name text NOT NULL, is_enabled boolean NOT NULL DEFAULT true,
  channels text[] NOT NULL DEFAULT '{}', created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(), deleted_at timestamptz NULL);
INSERT INTO medusa.notification_provider (id, handle, name, channels)
  VALUES ('local', 'local', 'local', '{feed}');
-- packages/modules/user and api-key migrations' .snapshot json (user; api_key: token, salt,
-- redacted, title, type, last_used_at, created_by, revoked_by, revoked_at).
CREATE TABLE medusa."user" (id text PRIMARY KEY, first_name text, last_name text,
  email text NOT NULL, avatar_url text, metadata jsonb,
  created_at timestamptz NOT NULL DEFAULT now(), updated_at timestamptz NOT NULL DEFAULT now(),
  deleted_at timestamptz);
INSERT INTO medusa."user" (id, email) VALUES ('user_01', 'admin@medusa-test.com');
CREATE TABLE medusa.api_key (id text PRIMARY KEY, token text NOT NULL, salt text NOT NULL,
  redacted text NOT NULL, title text NOT NULL, type text NOT NULL, last_used_at timestamptz,
  created_by text NOT NULL, created_at timestamptz NOT NULL DEFAULT now(), revoked_by text,
  revoked_at timestamptz, updated_at timestamptz NOT NULL DEFAULT now(), deleted_at timestamptz);
INSERT INTO medusa.api_key (id, token, salt, redacted, title, type, last_used_at, created_by,
  created_at) VALUES
  ('apk_1', '""" + HASHES["medusa_secret_key"] + """', '""" + HASHES["medusa_salt"] + """',
   'sk_***def', 'Backoffice sync', 'secret', NULL, 'user_01', '2023-01-01'),
  ('apk_2', 'pk_medusapublishable01', '', 'pk_***01', 'Webshop', 'publishable', now(),
   'user_01', '2023-01-01');
"""  # fmt: skip

# --- Spree 4.3+ and 5.x (PostgreSQL) ---------------------------------------------------------
# spree/core/db/migrate/20210914000000_spree_four_three.rb (spree_payment_methods,
# spree_preferences, spree_store_credit_events, spree_role_users) and
# 20250311105934_create_spree_gateway_customers.rb; spree_stripe's SpreeStripe::Gateway
# preferences (secret_key, publishable_key).

SPREE_TABLES = ["spree_orders", "spree_line_items", "spree_addresses", "spree_variants",
                "spree_store_credits", "spree_store_credit_events",
                "spree_gateway_customers"]  # fmt: skip
SPREE = stubs(SPREE_TABLES, "spree", '"') + f"""
-- spree_four_three.rb (spree_users with Devise's trackable columns and spree_api_key,
-- spree_roles, spree_role_users, spree_oauth_applications: uid, secret, scopes).
CREATE TABLE spree.spree_users (id bigserial PRIMARY KEY, encrypted_password varchar(128),
  password_salt varchar(128), email varchar, remember_token varchar, persistence_token varchar,
  reset_password_token varchar, sign_in_count integer DEFAULT 0 NOT NULL,
  current_sign_in_at timestamp, last_sign_in_at timestamp, spree_api_key varchar(48),
  deleted_at timestamp, created_at timestamp(6) NOT NULL DEFAULT now());
INSERT INTO spree.spree_users (email, encrypted_password, spree_api_key, last_sign_in_at) VALUES
  ('spree@example.com', '{H["spree_password"]}', '{H["spree_api_key"]}',
   now() - interval '400 days'),
  ('shopper@example.org', 'h2', NULL, now());
CREATE TABLE spree.spree_roles (id bigserial PRIMARY KEY, name varchar);
INSERT INTO spree.spree_roles (name) VALUES ('admin');
CREATE TABLE spree.spree_role_users (id bigserial PRIMARY KEY, role_id bigint, user_id bigint,
  user_type varchar);
INSERT INTO spree.spree_role_users (role_id, user_id, user_type) VALUES (1, 1, 'Spree::User'),
  (1, 1, 'Spree::AdminUser');
-- Spree 5: create_spree_admin_users.rb (Devise columns) and
-- 20260123000000_create_spree_api_keys.rb with 20260429000004_add_scopes_to_spree_api_keys.rb.
CREATE TABLE spree.spree_admin_users (id bigserial PRIMARY KEY, encrypted_password varchar(128),
  password_salt varchar(128), email varchar, reset_password_token varchar,
  sign_in_count integer DEFAULT 0 NOT NULL, failed_attempts integer DEFAULT 0 NOT NULL,
  last_sign_in_at timestamp, locked_at timestamp, created_at timestamp(6) NOT NULL DEFAULT now());
INSERT INTO spree.spree_admin_users (email, encrypted_password, last_sign_in_at) VALUES
  ('ops@spree.example.com', '{H["spree_admin_password"]}', now() - interval '1 day');
CREATE TABLE spree.spree_api_keys (id bigserial PRIMARY KEY, name varchar NOT NULL,
  key_type varchar NOT NULL, token varchar NOT NULL, store_id bigint NOT NULL,
  last_used_at timestamp, revoked_at timestamp, created_at timestamp(6) NOT NULL,
  updated_at timestamp(6) NOT NULL, token_digest varchar, scopes jsonb);
INSERT INTO spree.spree_api_keys (name, key_type, token, store_id, created_at, updated_at,
  scopes) VALUES ('Warehouse', 'secret', '{H["spree_secret_key"]}', 1, '2024-01-01',
  '2024-01-01', '["read_orders", "write_orders"]');
CREATE TABLE spree.spree_oauth_applications (id bigserial PRIMARY KEY, name varchar NOT NULL,
  uid varchar NOT NULL, secret varchar NOT NULL, redirect_uri text,
  scopes varchar DEFAULT '' NOT NULL,
  confidential boolean DEFAULT true NOT NULL, created_at timestamp(6) NOT NULL DEFAULT now());
INSERT INTO spree.spree_oauth_applications (name, uid, secret, scopes, created_at) VALUES
  ('ERP', '{H["spree_oauth_uid"]}', '{H["spree_oauth_secret"]}', 'admin', '2022-01-01');
CREATE TABLE spree.spree_payment_methods (id bigserial PRIMARY KEY, type varchar, name varchar,
  description text, active boolean DEFAULT true, deleted_at timestamp,
  created_at timestamp(6) NOT NULL DEFAULT now(), updated_at timestamp(6) NOT NULL DEFAULT now(),
  display_on varchar DEFAULT 'both', auto_capture boolean, preferences text,
  position integer DEFAULT 0);
INSERT INTO spree.spree_payment_methods (type, name, preferences) VALUES
  ('SpreeStripe::Gateway', 'Stripe', E'---\\n:secret_key: {S["stripe_spree"]}\\n'
   ':publishable_key: pk_live_SpreePub\\n'),
  ('Spree::PaymentMethod::StoreCredit', 'Store Credit', E'--- {{}}\\n');
CREATE TABLE spree.spree_preferences (id bigserial PRIMARY KEY, value text, key varchar,
  created_at timestamp(6) NOT NULL DEFAULT now(), updated_at timestamp(6) NOT NULL DEFAULT now());
"""  # fmt: skip

# --- Solidus 4.x (PostgreSQL) ----------------------------------------------------------------
# core/db/migrate/20160101010000_solidus_one_four.rb (spree_payment_methods with
# preference_source, spree_store_credit_events, spree_unit_cancels, spree_order_mutexes),
# 20160420044191_create_spree_wallet_payment_sources.rb; SolidusStripe::PaymentMethod
# preferences (api_key, publishable_key, webhook_endpoint_signing_secret).

SOLIDUS_TABLES = ["spree_orders", "spree_line_items", "spree_addresses", "spree_variants",
                  "spree_store_credit_events", "spree_unit_cancels", "spree_order_mutexes",
                  "spree_wallet_payment_sources", "spree_roles_users"]  # fmt: skip
SOLIDUS = stubs(SOLIDUS_TABLES, "solidus", '"') + f"""
CREATE TABLE solidus.spree_payment_methods (id serial PRIMARY KEY, type varchar, name varchar,
  description text, active boolean DEFAULT true, deleted_at timestamp, created_at timestamp(6),
  updated_at timestamp(6), display_on varchar, auto_capture boolean, preferences text,
  preference_source varchar, position integer DEFAULT 0,
  available_to_users boolean DEFAULT true, available_to_admin boolean DEFAULT true);
INSERT INTO solidus.spree_payment_methods (type, name, preferences, preference_source,
  available_to_admin) VALUES
  ('SolidusStripe::PaymentMethod', 'Card', E'---\\n:api_key: {S["stripe_solidus"]}\\n'
   ':publishable_key: pk_live_SolidusPub\\n'
   ':webhook_endpoint_signing_secret: {S["stripe_solidus_whsec"]}\\n', NULL, false),
  -- A second Stripe method whose preferences come from code (static_model_preferences).
  ('SolidusStripe::PaymentMethod', 'Wallets', NULL, 'solidus_stripe_env', false);
"""  # fmt: skip

# --- PrestaShop 8.1 (MariaDB) ----------------------------------------------------------------
# install/data/db_structure.sql: employee (passwd, last_passwd_gen, last_connection_date,
# reset_password_token), profile_lang, access and authorization_role (slugs
# ROLE_MOD_TAB_<TAB>_<READ|CREATE|UPDATE|DELETE>), webservice_account (key),
# webservice_permission (resource, method); SuperAdmin is profile 1 (_PS_ADMIN_PROFILE_).

PRESTASHOP = stubs(["ps_hook_module", "ps_orders", "ps_shop"]) + f"""
CREATE TABLE ps_configuration (id_configuration int unsigned NOT NULL AUTO_INCREMENT,
  id_shop_group int unsigned, id_shop int unsigned, name varchar(254) NOT NULL, value text,
  PRIMARY KEY (id_configuration));
INSERT INTO ps_configuration (name, value) VALUES ('PS_VERSION_DB', '8.1.7');
CREATE TABLE ps_module (id_module int unsigned NOT NULL AUTO_INCREMENT, name varchar(64),
  active tinyint(1) NOT NULL DEFAULT 0, version varchar(8), PRIMARY KEY (id_module));
CREATE TABLE ps_module_shop (id_module int unsigned NOT NULL, id_shop int unsigned NOT NULL);
CREATE TABLE ps_customer (id_customer int unsigned NOT NULL AUTO_INCREMENT,
  email varchar(255), firstname varchar(255), lastname varchar(255), PRIMARY KEY (id_customer));
CREATE TABLE ps_address (id_address int unsigned NOT NULL AUTO_INCREMENT,
  address1 varchar(128), city varchar(64), PRIMARY KEY (id_address));
CREATE TABLE ps_employee (id_employee int unsigned NOT NULL AUTO_INCREMENT,
  id_profile int unsigned NOT NULL, id_lang int unsigned NOT NULL DEFAULT 0,
  lastname varchar(255) NOT NULL, firstname varchar(255) NOT NULL, email varchar(255) NOT NULL,
  passwd varchar(255) NOT NULL, last_passwd_gen timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  active tinyint unsigned NOT NULL DEFAULT 0, last_connection_date date,
  reset_password_token varchar(40), reset_password_validity datetime,
  PRIMARY KEY (id_employee));
INSERT INTO ps_employee (id_profile, lastname, firstname, email, passwd, last_passwd_gen,
  active, last_connection_date, reset_password_token) VALUES
  (1, 'Owner', 'Shop', 'admin@ps.example.com', '{H["ps_passwd"]}', '2023-01-01', 1,
   '2024-01-01', '{H["ps_reset"]}'),
  (4, 'Care', 'Carla', 'carla@ps.example.com', 'h2', NOW(), 1, CURDATE(), NULL);
CREATE TABLE ps_profile_lang (id_lang int unsigned NOT NULL, id_profile int unsigned NOT NULL,
  name varchar(128) NOT NULL, PRIMARY KEY (id_profile, id_lang));
INSERT INTO ps_profile_lang VALUES (1, 1, 'SuperAdmin'), (1, 4, 'Customer service'),
  (2, 4, 'Service client');
CREATE TABLE ps_authorization_role (id_authorization_role int unsigned NOT NULL
  AUTO_INCREMENT, slug varchar(191) NOT NULL, PRIMARY KEY (id_authorization_role));
INSERT INTO ps_authorization_role (slug) VALUES ('ROLE_MOD_TAB_ADMINCUSTOMERS_READ'),
  ('ROLE_MOD_TAB_ADMINCUSTOMERS_UPDATE'), ('ROLE_MOD_TAB_ADMINPRODUCTS_READ'),
  ('ROLE_MOD_TAB_ADMINORDERS_READ');
CREATE TABLE ps_access (id_profile int unsigned NOT NULL,
  id_authorization_role int unsigned NOT NULL, PRIMARY KEY (id_profile, id_authorization_role));
INSERT INTO ps_access VALUES (4, 1), (4, 2), (4, 3), (4, 4);
CREATE TABLE ps_webservice_account (id_webservice_account int NOT NULL AUTO_INCREMENT,
  `key` varchar(32) NOT NULL, description text, class_name varchar(50) NOT NULL
  DEFAULT 'WebserviceRequest', is_module tinyint NOT NULL DEFAULT 0, module_name varchar(50),
  active tinyint NOT NULL, PRIMARY KEY (id_webservice_account));
INSERT INTO ps_webservice_account (`key`, description, active) VALUES
  ('{H["ps_ws_key"]}', 'ERP', 1);
CREATE TABLE ps_webservice_permission (id_webservice_permission int NOT NULL AUTO_INCREMENT,
  resource varchar(50) NOT NULL, method enum('GET','POST','PUT','DELETE','HEAD') NOT NULL,
  id_webservice_account int NOT NULL, PRIMARY KEY (id_webservice_permission));
INSERT INTO ps_webservice_permission (resource, method, id_webservice_account) VALUES
  ('customers', 'GET', 1), ('orders', 'GET', 1), ('orders', 'PUT', 1), ('products', 'GET', 1);
"""  # fmt: skip

# --- OpenCart 4.0.2 (MariaDB) ----------------------------------------------------------------
# install/opencart.sql and system/helper/db_schema.php: user (password, code), user_group
# (permission: JSON access and modify route lists), user_login (4.0.2+), api (key), api_ip,
# api_session.

OC_ADMIN = {
    "access": ["catalog/product", "customer/customer", "sale/order", "user/user_permission"],
    "modify": ["catalog/product", "customer/customer", "sale/order", "user/user_permission"],
}
OC_CLERK = {"access": ["sale/order", "catalog/product"], "modify": ["sale/order"]}
OPENCART = stubs(["oc_product_to_store", "oc_layout_route", "oc_order"]) + f"""
CREATE TABLE oc_setting (setting_id int NOT NULL AUTO_INCREMENT, store_id int NOT NULL DEFAULT 0,
  code varchar(128) NOT NULL, `key` varchar(128) NOT NULL, value text NOT NULL,
  serialized tinyint(1) NOT NULL DEFAULT 0, PRIMARY KEY (setting_id));
CREATE TABLE oc_extension (extension_id int NOT NULL AUTO_INCREMENT, extension varchar(255),
  type varchar(32) NOT NULL, code varchar(32) NOT NULL, PRIMARY KEY (extension_id));
CREATE TABLE oc_customer (customer_id int NOT NULL AUTO_INCREMENT, email varchar(96),
  firstname varchar(32), PRIMARY KEY (customer_id));
CREATE TABLE oc_user (user_id int NOT NULL AUTO_INCREMENT, user_group_id int NOT NULL,
  username varchar(20) NOT NULL, password varchar(255) NOT NULL, firstname varchar(32) NOT NULL,
  lastname varchar(32) NOT NULL, email varchar(96) NOT NULL, image varchar(255) NOT NULL
  DEFAULT '', code varchar(40) NOT NULL DEFAULT '', ip varchar(40) NOT NULL DEFAULT '',
  status tinyint(1) NOT NULL, date_added datetime NOT NULL, PRIMARY KEY (user_id));
INSERT INTO oc_user (user_group_id, username, password, firstname, lastname, email, code,
  status, date_added) VALUES
  (1, 'admin', '{H["oc_password"]}', 'Shop', 'Owner', 'owner@oc.example.com',
   '{H["oc_code"]}', 1, '2020-01-01'),
  (10, 'clerk', 'h2', 'Cle', 'Rk', 'clerk@oc.example.com', '', 1, '2023-01-01');
CREATE TABLE oc_user_group (user_group_id int NOT NULL AUTO_INCREMENT, name varchar(64) NOT NULL,
  permission text NOT NULL, PRIMARY KEY (user_group_id));
INSERT INTO oc_user_group VALUES (1, 'Administrator', {sql_text(json.dumps(OC_ADMIN))}),
  (10, 'Demonstration', {sql_text(json.dumps(OC_CLERK))});
CREATE TABLE oc_user_login (user_login_id int NOT NULL AUTO_INCREMENT, user_id int NOT NULL,
  ip varchar(40) NOT NULL, user_agent varchar(255) NOT NULL, date_added datetime NOT NULL,
  PRIMARY KEY (user_login_id));
INSERT INTO oc_user_login (user_id, ip, user_agent, date_added) VALUES
  (1, '203.0.113.5', 'Firefox', NOW() - INTERVAL 30 DAY),
  (1, '203.0.113.5', 'Firefox', NOW() - INTERVAL 2 DAY);
CREATE TABLE oc_api (api_id int NOT NULL AUTO_INCREMENT, username varchar(64) NOT NULL,
  `key` text NOT NULL, status tinyint(1) NOT NULL, date_added datetime NOT NULL,
  date_modified datetime NOT NULL, PRIMARY KEY (api_id));
INSERT INTO oc_api (username, `key`, status, date_added, date_modified) VALUES
  ('Default', '{H["oc_api_key"]}', 1, '2020-01-01', '2020-01-01');
CREATE TABLE oc_api_ip (api_ip_id int NOT NULL AUTO_INCREMENT, api_id int NOT NULL,
  ip varchar(40) NOT NULL, PRIMARY KEY (api_ip_id));
INSERT INTO oc_api_ip (api_id, ip) VALUES (1, '198.51.100.7');
CREATE TABLE oc_api_session (api_session_id int NOT NULL AUTO_INCREMENT, api_id int NOT NULL,
  session_id varchar(32) NOT NULL, ip varchar(40) NOT NULL, date_added datetime NOT NULL,
  date_modified datetime NOT NULL, PRIMARY KEY (api_session_id));
"""  # fmt: skip


@contextmanager
def mysql_databases(ddls: dict[str, str], prefix: str) -> Iterator[dict[str, Engine]]:
    """One MariaDB database per DDL (``<prefix>_<key>_<run>``), dropped afterwards; skipped
    (or failed under PIIMAP_REQUIRE_SERVICES) when MariaDB is down."""
    try:
        import pymysql
        from pymysql.constants import CLIENT

        admin = pymysql.connect(autocommit=True, connect_timeout=5, **MY_ADMIN)  # type: ignore[arg-type]
    except Exception as exc:
        from .conftest import _unavailable

        _unavailable("MariaDB/MySQL", exc)
    run = uuid.uuid4().hex[:8]
    names = {key: f"{prefix}_{key}_{run}" for key in ddls}
    engines = {}
    try:
        for key, ddl in ddls.items():
            with admin.cursor() as cur:
                cur.execute(f"CREATE DATABASE `{names[key]}` CHARACTER SET utf8mb4")
            conn = pymysql.connect(
                database=names[key], client_flag=CLIENT.MULTI_STATEMENTS, autocommit=True,
                **MY_ADMIN,  # type: ignore[arg-type]
            )  # fmt: skip
            with conn.cursor() as cur:
                cur.execute(ddl)
                while cur.nextset():
                    pass
            conn.close()
            url = f"mysql+pymysql://root@{MY_ADMIN['host']}:{MY_ADMIN['port']}/{names[key]}"
            engines[key] = create_engine(url)
        yield engines
    finally:
        for engine in engines.values():
            engine.dispose()
        with admin.cursor() as cur:
            for name in names.values():
                cur.execute(f"DROP DATABASE IF EXISTS `{name}`")
        admin.close()


@contextmanager
def pg_schemas(pg_db: PgDatabase, ddls: dict[str, str]) -> Iterator[Engine]:
    """One PostgreSQL schema per DDL (named by its key) in the test database ``pg_db``, and an
    engine on it, disposed afterwards."""
    pg_db.run("".join(f"CREATE SCHEMA {schema};" for schema in ddls))
    pg_db.run("".join(ddls.values()))
    engine = create_engine(
        f"postgresql+psycopg://postgres@{PG_ADMIN['host']}:{PG_ADMIN['port']}/{pg_db.name}"
    )
    try:
        yield engine
    finally:
        engine.dispose()
