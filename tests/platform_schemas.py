"""Minimal storefront databases written from each platform's own schema definitions, seeded
with real extension codes and setting names laid out as the platform stores them.

Each DDL keeps the real table and column names and types of the tables piimap reads (and stubs
for the other characteristic tables), written from the schema file and version noted above it;
no platform code is copied. Secret values are made up and listed in :data:`SECRETS`: none may
appear in any output.
"""

from __future__ import annotations

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
WOOCOMMERCE = stubs(["wp_posts", "wp_postmeta", "wp_comments", "wp_terms", "wp_term_taxonomy",
                     "wp_users", "wp_usermeta", "wp_woocommerce_order_items",
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
  consumer_secret, truncated_key) VALUES (1, 'ERP', 'read', SHA2('ck_erp', 256),
  '{S["wc_consumer"]}', 'a1b2c3d');
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

MAGENTO = stubs(["eav_entity_type", "store_website", "customer_entity", "sales_order"]) + f"""
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

SALEOR = stubs(["account_user", "account_address", "order_order", "checkout_checkout",
                "product_product"], "saleor", '"') + f"""
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
"""  # fmt: skip

# --- Spree 4.3+ and 5.x (PostgreSQL) ---------------------------------------------------------
# spree/core/db/migrate/20210914000000_spree_four_three.rb (spree_payment_methods,
# spree_preferences, spree_store_credit_events, spree_role_users) and
# 20250311105934_create_spree_gateway_customers.rb; spree_stripe's SpreeStripe::Gateway
# preferences (secret_key, publishable_key).

SPREE_TABLES = ["spree_orders", "spree_line_items", "spree_addresses", "spree_variants",
                "spree_store_credits", "spree_store_credit_events", "spree_role_users",
                "spree_gateway_customers"]  # fmt: skip
SPREE = stubs(SPREE_TABLES, "spree", '"') + f"""
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
