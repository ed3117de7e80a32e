"""The name signal, through the combiner: what a column's name, comment, label, type and table
make piimap report, at the default 0.5 threshold."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from classifiers import Classifier, FieldContext
from classifiers.entities import ENTITIES
from classifiers.names import NameSignal

SIGNAL = NameSignal()
CLASSIFIER = Classifier([SIGNAL])
DOCS = Path(__file__).resolve().parents[1] / "docs" / "entities.md"

# column, table, data type, comment, label, expected entities (space-separated; "" for none)
# fmt: off
CASES = [
    # names of people and their facts in the words schemas use (issue 15, rounds 4 and 5)
    ("personal_name", "students", "varchar(40)", "", "", "PERSON_NAME"),
    ("Dependent_name", "dependent", "varchar(15)", "", "", "PERSON_NAME"),
    ("Bdate", "employee", "date", "", "", "DATE_OF_BIRTH"),
    ("gender_mf", "customers", "varchar(1)", "", "", "GENDER"),
    ("gender_mfu", "employees", "char(1)", "", "", "GENDER"),
    ("name", "instructor", "varchar(20)", "", "", "PERSON_NAME"),
    ("coach_name", "coach", "text", "", "", "PERSON_NAME"),
    ("name", "conductor", "text", "", "", "PERSON_NAME"),
    ("delegate_name", "election", "text", "", "", "PERSON_NAME"),
    # occupations (Faker's job titles) and performers are people: their table's name is a name
    ("name", "architect", "text", "", "", "PERSON_NAME"),
    ("Name", "technician", "text", "", "", "PERSON_NAME"),
    ("name", "swimmer", "text", "", "", "PERSON_NAME"),
    ("name", "processor", "text", "", "", ""),  # a data processor is an organisation
    ("customer_full_name", "orders", "varchar(80)", "", "", "PERSON_NAME"),
    # the full name of a thing is no person's
    ("building_full_name", "apartment_buildings", "varchar(80)", "", "", ""),
    ("product_full_name", "products", "varchar(80)", "", "", ""),
    ("company_full_name", "suppliers", "varchar(80)", "", "", ""),
    # strong names pass alone, whatever the table
    ("email", "orders", "varchar(255)", "", "", "EMAIL_ADDRESS"),
    ("billing_email", "customer", "", "", "", "EMAIL_ADDRESS"),
    ("CustomerEmail", "Orders", "nvarchar(128)", "", "", "EMAIL_ADDRESS"),
    ("e-mail", "newsletter", "text", "", "", "EMAIL_ADDRESS"),
    ("useremail", "log", "", "", "", "EMAIL_ADDRESS"),
    ("email_address", "customer", "", "", "", "EMAIL_ADDRESS"),
    ("email_canonical", "fos_user", "varchar(180)", "", "", "EMAIL_ADDRESS"),
    ("phone", "store_review", "", "", "", "PHONE_NUMBER"),
    ("telephone", "oc_address", "varchar(32)", "", "", "PHONE_NUMBER"),
    ("phone_number_2", "customer", "", "", "", "PHONE_NUMBER"),
    ("phone_mobile", "ps_address", "varchar(32)", "", "", "PHONE_NUMBER"),
    ("fax", "customer_address_entity", "varchar(255)", "", "", "PHONE_NUMBER"),
    ("cell_phone", "warehouse", "", "", "", "PHONE_NUMBER"),
    ("date_of_birth", "customer", "date", "", "", "DATE_OF_BIRTH"),
    ("birthday", "ps_customer", "date", "", "", "DATE_OF_BIRTH"),
    ("dob", "customer_entity", "date", "", "", "DATE_OF_BIRTH"),
    ("birth_date", "employee", "timestamp", "", "", "DATE_OF_BIRTH"),
    ("dateofbirth", "members", "", "", "", "DATE_OF_BIRTH"),
    ("password_hash", "customer_entity", "varchar(128)", "", "", "PASSWORD_HASH"),
    ("password", "staff", "varchar(40)", "", "", "PASSWORD_HASH"),
    ("passwd", "ps_employee", "", "", "", "PASSWORD_HASH"),
    ("pwd", "accounts", "", "", "", "PASSWORD_HASH"),
    ("passhash", "users", "", "", "", "PASSWORD_HASH"),
    ("encrypted_password", "users", "", "", "", "PASSWORD_HASH"),
    ("ip_address", "sessions", "", "", "", "IP_ADDRESS"),
    ("remote_addr", "access_log", "", "", "", "IP_ADDRESS"),
    ("client_ip", "orders", "", "", "", "IP_ADDRESS"),
    ("last_login_ip", "users", "", "", "", "IP_ADDRESS"),
    ("ip", "oc_customer_ip", "varchar(40)", "", "", "IP_ADDRESS"),
    ("first_name", "actor", "", "", "", "PERSON_NAME"),
    ("lastname", "oc_customer", "", "", "", "PERSON_NAME"),
    ("fname", "t1", "", "", "", "PERSON_NAME"),
    ("lname", "t1", "", "", "", "PERSON_NAME"),
    ("firstname", "ps_address", "", "", "", "PERSON_NAME"),
    ("surname", "people", "", "", "", "PERSON_NAME"),
    ("full_name", "reviews", "", "", "", "PERSON_NAME"),
    ("middle_name", "customer", "", "", "", "PERSON_NAME"),
    ("maiden_name", "customer", "", "", "", "PERSON_NAME"),
    ("given_name", "profile", "", "", "", "PERSON_NAME"),
    ("family_name", "profile", "", "", "", "PERSON_NAME"),
    ("shipping_first_name", "orders", "", "", "", "PERSON_NAME"),
    ("customer_name", "invoice", "", "", "", "PERSON_NAME"),
    ("cardholder_name", "payments", "", "", "", "PERSON_NAME"),
    ("postcode", "address", "", "", "", "POSTAL_CODE"),
    ("zip", "store_locations", "", "", "", "POSTAL_CODE"),
    ("zipcode", "customers", "", "", "", "POSTAL_CODE"),
    ("postal_code", "address", "varchar(10)", "", "", "POSTAL_CODE"),
    ("zip_code", "customer", "int", "", "", "POSTAL_CODE"),
    ("ssn", "employee", "char(11)", "", "", "NATIONAL_ID"),
    ("social_security_number", "applicants", "", "", "", "NATIONAL_ID"),
    ("national_id", "customer", "varchar(20)", "", "", "NATIONAL_ID"),
    ("passport_number", "travellers", "", "", "", "NATIONAL_ID"),
    ("drivers_license", "drivers", "", "", "", "NATIONAL_ID"),
    ("nino", "employee", "", "", "", "NATIONAL_ID"),
    ("iban", "refunds", "", "", "", "BANK_ACCOUNT"),
    ("bank_account_number", "vendor", "", "", "", "BANK_ACCOUNT"),
    ("routing_number", "payouts", "", "", "", "BANK_ACCOUNT"),
    ("sort_code", "direct_debit", "", "", "", "BANK_ACCOUNT"),
    ("vat_number", "ps_address", "", "", "", "TAX_ID"),
    ("taxvat", "customer_entity", "varchar(50)", "", "", "TAX_ID"),
    ("tax_id", "customer", "varchar(32)", "", "", "TAX_ID"),
    ("ein", "vendors", "", "", "", "TAX_ID"),
    ("tin", "contractors", "", "", "", "TAX_ID"),
    ("username", "staff", "", "", "", "USERNAME"),
    ("user_name", "users", "", "", "", "USERNAME"),
    ("user_login", "wp_users", "varchar(60)", "", "", "USERNAME"),
    ("screen_name", "forum_posts", "", "", "", "USERNAME"),
    ("nickname", "members", "", "", "", "USERNAME"),
    ("gender", "customer_entity", "int", "", "", "GENDER"),
    ("sex", "patients", "char(1)", "", "", "GENDER"),
    ("street", "customer_address_entity", "text", "", "", "STREET_ADDRESS"),
    ("address_line1", "shipments", "", "", "", "STREET_ADDRESS"),
    ("address1", "ps_address", "", "", "", "STREET_ADDRESS"),
    ("address2", "address", "", "", "", "STREET_ADDRESS"),
    ("addr", "customer", "", "", "", "STREET_ADDRESS"),
    # payment cards
    ("card_number", "payment_cards", "", "", "", "CREDIT_CARD"),
    ("cc_number", "orders", "", "", "", "CREDIT_CARD"),
    ("cc_number_enc", "sales_order_payment", "varchar(128)", "", "", "CREDIT_CARD"),
    ("pan", "card_transactions", "", "", "", "CREDIT_CARD"),
    ("gift_card_number", "orders", "", "", "", ""),
    ("last4", "payment_methods", "varchar(4)", "", "", "CARD_LAST4"),
    ("card_last_four", "customer", "", "", "", "CARD_LAST4"),
    ("cc_last_4", "sales_order_payment", "", "", "", "CARD_LAST4"),
    ("exp_month", "payment_methods", "int", "", "", "CARD_EXPIRY"),
    ("exp_year", "cards", "smallint", "", "", "CARD_EXPIRY"),
    ("cc_exp_year", "sales_order_payment", "", "", "", "CARD_EXPIRY"),
    ("expiry", "credit_card", "varchar(5)", "", "", "CARD_EXPIRY"),
    ("exp_month", "subscriptions", "int", "", "", ""),
    ("expires_at", "sessions", "timestamp", "", "", ""),
    ("cvv", "orders", "", "", "", "CARD_CVV"),
    ("cvc", "checkout", "", "", "", "CARD_CVV"),
    ("cvv2", "payments", "", "", "", "CARD_CVV"),
    ("security_code", "credit_cards", "", "", "", "CARD_CVV"),
    ("security_code", "users", "", "", "", ""),
    ("card_token", "orders", "", "", "", "PAYMENT_TOKEN"),
    ("payment_token", "subscriptions", "", "", "", "PAYMENT_TOKEN"),
    ("payment_method_token", "customers", "", "", "", "PAYMENT_TOKEN"),
    ("stripe_customer_id", "users", "varchar(255)", "", "", "PAYMENT_TOKEN"),
    ("braintree_customer_id", "accounts", "", "", "", "PAYMENT_TOKEN"),
    ("token", "woocommerce_payment_tokens", "text", "", "", "PAYMENT_TOKEN"),
    # a user's login token: no payment token, a secret like a password
    ("remember_token", "users", "varchar(100)", "", "", "PASSWORD_HASH"),
    # ambiguous words need a context
    ("name", "customer", "varchar(45)", "", "", "PERSON_NAME"),
    ("name", "auth_user", "", "", "", "PERSON_NAME"),
    ("Name", "Contact", "string", "", "", "PERSON_NAME"),
    ("c_name", "customer", "", "", "", "PERSON_NAME"),
    ("name", "product", "varchar(255)", "", "", ""),
    ("name", "customer_group", "", "", "", ""),
    ("company_name", "customer", "", "", "", ""),
    ("address", "address", "varchar(50)", "", "", "STREET_ADDRESS"),
    ("address", "customers", "", "", "", "STREET_ADDRESS"),
    ("billing_address", "invoices", "", "", "", "STREET_ADDRESS"),
    ("address", "store", "", "", "", ""),
    ("mac_address", "customer_devices", "", "", "", "DEVICE_ID"),
    ("city", "address", "", "", "", "CITY"),
    ("billing_city", "orders", "", "", "", "CITY"),
    ("town", "customer", "", "", "", "CITY"),
    ("city", "city", "varchar(50)", "", "", ""),
    ("shipping_address_city", "orders", "", "", "", "CITY"),
    ("login", "users", "", "", "", "USERNAME"),
    ("login", "shipping_carrier", "", "", "", ""),
    ("mobile", "customer", "", "", "", "PHONE_NUMBER"),
    ("mobile", "page_views", "", "", "", ""),
    ("account_number", "payouts", "", "", "", "BANK_ACCOUNT"),
    ("account_number", "loyalty_members", "", "", "", ""),
    ("number", "customer", "", "", "", ""),
    ("code", "customer", "", "", "", ""),
    ("salutation", "customer", "", "", "", ""),
    # platforms: Salesforce, Magento, WooCommerce, PrestaShop
    ("MailingStreet", "Contact", "textarea", "", "", "STREET_ADDRESS"),
    ("MailingPostalCode", "Contact", "string", "", "", "POSTAL_CODE"),
    ("MobilePhone", "Lead", "phone", "", "", "PHONE_NUMBER"),
    ("Birthdate", "Contact", "date", "", "", "DATE_OF_BIRTH"),
    ("Email__c", "Member__c", "email", "", "", "EMAIL_ADDRESS"),
    ("npe01__HomeEmail__c", "Contact", "email", "", "", "EMAIL_ADDRESS"),
    ("PersonMailingCity", "Account", "string", "", "", "CITY"),
    ("cc_owner", "sales_order_payment", "varchar(128)", "", "", "PERSON_NAME"),
    ("remote_ip", "sales_order", "varchar(45)", "", "", "IP_ADDRESS"),
    ("user_pass", "wp_users", "varchar(255)", "", "", "PASSWORD_HASH"),
    ("display_name", "wp_users", "varchar(250)", "", "", "PERSON_NAME"),
    ("dni", "ps_address", "varchar(16)", "", "", "NATIONAL_ID"),
    # card BINs: bin and iin only where cards are
    ("card_brand", "payments", "", "", "", "CARD_BRAND"),
    ("cc_type", "sample_orders", "", "", "", "CARD_BRAND"),
    ("type", "payments", "", "", "", ""),
    ("card_bin", "payment_methods", "", "", "", "CARD_BIN"),
    ("cc_bin", "sales_order_payment", "", "", "", "CARD_BIN"),
    ("card_prefix", "orders", "", "", "", "CARD_BIN"),
    ("bin", "cards", "varchar(8)", "", "", "CARD_BIN"),
    ("iin", "payment_cards", "", "", "", "CARD_BIN"),
    ("first6", "payment_methods", "", "", "", "CARD_BIN"),
    ("bin", "warehouse_locations", "", "", "", ""),
    ("gift_card_bin", "orders", "", "", "", ""),
    ("bin_country", "cards", "", "", "", ""),
    # regions: state and region only on an address, province/county/district in people's tables
    ("state", "address", "varchar(50)", "", "", "REGION"),
    ("region", "customer_address_entity", "varchar(255)", "", "", "REGION"),
    ("billing_state", "orders", "", "", "", "REGION"),
    ("MailingState", "Contact", "string", "", "", "REGION"),
    ("state_code", "address", "char(2)", "", "", "REGION"),
    ("StateProvinceCode", "Address", "nchar(3)", "", "", "REGION"),
    ("district", "address", "varchar(20)", "", "", "REGION"),
    ("province", "customer", "", "", "", "REGION"),
    ("county", "address", "", "", "", "REGION"),
    ("state", "orders", "varchar(32)", "", "", ""),
    ("order_state", "orders", "", "", "", ""),
    ("state", "machines", "", "", "", ""),
    ("state", "customer", "", "", "", ""),
    ("region", "sales_targets", "", "", "", ""),
    ("region_id", "customer_address_entity", "int(10) unsigned", "", "", ""),
    ("district", "schools", "", "", "", ""),
    # coordinates
    ("latitude", "address", "decimal(10,8)", "", "", "GEOLOCATION"),
    ("longitude", "stores", "float", "", "", "GEOLOCATION"),
    ("lat", "customer_address", "", "", "", "GEOLOCATION"),
    ("lng", "users", "", "", "", "GEOLOCATION"),
    ("lat_lng", "deliveries", "", "", "", "GEOLOCATION"),
    ("geo_point", "events", "", "", "", "GEOLOCATION"),
    ("coordinates", "deliveries", "", "", "", "GEOLOCATION"),
    ("MailingLatitude", "Contact", "double", "", "", "GEOLOCATION"),
    ("location", "users", "", "", "", ""),
    ("location", "warehouse", "", "", "", ""),
    # devices
    ("device_id", "push_subscriptions", "varchar(64)", "", "", "DEVICE_ID"),
    ("idfa", "app_installs", "", "", "", "DEVICE_ID"),
    ("gaid", "app_installs", "", "", "", "DEVICE_ID"),
    ("advertising_id", "app_events", "", "", "", "DEVICE_ID"),
    ("push_token", "users", "", "", "", "DEVICE_ID"),
    ("device_token", "customer", "text", "", "", "DEVICE_ID"),
    ("fcm_token", "users", "", "", "", "DEVICE_ID"),
    ("deviceid", "installs", "", "", "", "DEVICE_ID"),
    ("device_id", "sessions", "int", "", "", ""),
    ("device_token_hash", "users", "", "", "", ""),
    # cookies: session and client ids only in a web, analytics or session table
    ("cookie_id", "visits", "", "", "", "COOKIE_ID"),
    ("ga_client_id", "orders", "", "", "", "COOKIE_ID"),
    ("visitor_id", "pageviews", "", "", "", "COOKIE_ID"),
    ("anonymous_id", "tracks", "", "", "", "COOKIE_ID"),
    ("fbp", "orders", "", "", "", "COOKIE_ID"),
    ("session_id", "web_sessions", "varchar(128)", "", "", "COOKIE_ID"),
    ("session_id", "page_views", "", "", "", "COOKIE_ID"),
    ("session_key", "django_session", "varchar(40)", "", "", "COOKIE_ID"),
    ("client_id", "analytics_events", "", "", "", "COOKIE_ID"),
    ("client_id", "oauth_clients", "varchar(80)", "", "", ""),
    ("client_id", "orders", "int", "", "", ""),
    ("session_id", "orders", "", "", "", ""),
    ("sid", "students", "", "", "", ""),
    ("cookie_consent", "users", "", "", "", ""),
    # guard: boolean types are flags, whatever their name (gender excepted)
    ("email", "customer", "boolean", "", "", ""),
    ("email_verified", "users", "tinyint(1)", "", "", ""),
    ("is_phone_confirmed", "customer", "bit", "", "", ""),
    ("newsletter_email_opt_in", "customer", "bool", "", "", ""),
    ("HasOptedOutOfEmail", "Contact", "boolean", "", "", ""),
    ("is_male", "customer", "boolean", "", "", "GENDER"),
    # guard: a modifier after the entity means the column is about it
    ("email_verified", "users", "", "", "", ""),
    ("phone_confirmed", "customer", "", "", "", ""),
    ("email_opt_in", "customer", "", "", "", ""),
    ("email_optin", "customer", "", "", "", ""),
    ("email_enabled", "notification_settings", "", "", "", ""),
    ("email_count", "customer_stats", "int", "", "", ""),
    ("email_sent", "orders", "", "", "", ""),
    ("email_sent_at", "orders", "timestamp", "", "", ""),
    ("email_date", "orders", "", "", "", ""),
    ("email_hash", "customer", "char(64)", "", "", ""),
    ("email_status", "subscribers", "", "", "", ""),
    ("phone_type", "customer_phone", "", "", "", ""),
    ("email_template", "store_config", "", "", "", ""),
    ("address_format", "country", "", "", "", ""),
    ("address_valid", "customer", "", "", "", ""),
    ("phone_flag", "customer", "", "", "", ""),
    ("password_reset_token", "users", "", "", "", ""),
    ("password_updated_at", "users", "datetime", "", "", ""),
    ("ip_country", "orders", "", "", "", ""),
    ("is_email_verified", "users", "", "", "", ""),
    ("num_phones", "customer_stats", "", "", "", ""),
    # guard: keys are not the entity they point to
    ("email_id", "email_queue", "int", "", "", ""),
    ("email_id", "customer", "", "", "", ""),
    ("phone_type_id", "customer_phone", "int", "", "", ""),
    ("address_id", "customer", "smallint", "", "", ""),
    ("address_id", "customer", "", "", "", ""),
    ("id_address_delivery", "ps_orders", "int(10) unsigned", "", "", ""),
    ("country_code", "address", "char(2)", "", "", ""),
    ("id", "customer", "integer", "", "", ""),
    ("customer_id", "orders", "bigint", "Customer e-mail", "", ""),
    # guard: dates, timestamps and numbers
    ("created_at", "customer", "timestamp", "", "", ""),
    ("updated_on", "customer", "date", "Date of birth", "", ""),
    ("last_login", "users", "datetime", "", "", ""),
    ("birthday_email_sent_at", "customer", "timestamp", "", "", ""),
    ("email", "customer", "int", "", "", ""),
    ("address", "orders", "int", "", "", ""),
    # comments and labels
    ("c7", "customer", "varchar(100)", "Customer e-mail", "", "EMAIL_ADDRESS"),
    ("f_12", "members", "date", "Date of birth of the member", "", "DATE_OF_BIRTH"),
    ("x1", "t", "varchar(40)", "IP address of the client at checkout", "", "IP_ADDRESS"),
    ("col3", "t", "varchar(80)", "Customer first name", "", "PERSON_NAME"),
    ("Field7__c", "Contact", "phone", "", "Mobile phone", "PHONE_NUMBER"),
    ("Field8__c", "Contact", "string", "", "Social Security Number", "NATIONAL_ID"),
    ("flag3", "t", "varchar(1)", "Whether the customer's e-mail was verified", "", ""),
    ("t_code", "t", "varchar(10)", "Type of phone number", "", ""),
    ("ref", "orders", "varchar(36)", "Foreign key to the address table", "", ""),
    ("body", "mail_queue", "text",
     "Body of the email sent to the customer, with order details and links", "", ""),
    ("c5", "customer", "varchar(80)", "Name", "", ""),
    ("name", "customer", "varchar(80)", "Name", "", "PERSON_NAME"),
]
# fmt: on


def assert_entities(column, table, data_type, comment, label, expected):
    """Classify one field with the name signal alone and compare the entities reported."""
    field = FieldContext("shop", table, column, data_type=data_type, comment=comment, label=label)
    (verdicts,) = CLASSIFIER.classify([field])
    found = {v.entity for v in verdicts}
    why = "; ".join(h.reason for h in SIGNAL.evaluate(field)) or "no hits"
    assert found == set(expected.split()), f"{table}.{column} ({data_type}): {found} ({why})"


@pytest.mark.parametrize(
    "column, table, data_type, comment, label, expected",
    CASES,
    ids=[f"{c[1]}.{c[0]}:{c[2]}" if c[2] else f"{c[1]}.{c[0]}" for c in CASES],
)
def test_name_signal(column, table, data_type, comment, label, expected):
    assert_entities(column, table, data_type, comment, label, expected)


def test_reason_names_the_column_and_what_matched():
    (verdicts,) = CLASSIFIER.classify([FieldContext("shop", "customer", "billing_email")])
    assert verdicts[0].explanation == "column name 'billing_email' matches email"


def test_every_entity_has_a_pattern_and_is_documented():
    patterns = {p.entity for p in NameSignal.PATTERNS}
    # The free-text, photo and demographics signals give the others.
    named = set(ENTITIES) - {
        "FREE_TEXT", "PHOTO", "DEMOGRAPHIC", "SENSITIVE_DEMOGRAPHIC",
        "FINANCIAL", "PHYSICAL", "INSURANCE_ID", "HEALTH", "CRIMINAL_OFFENCE",
    }  # fmt: skip
    assert patterns == named, "a pattern names an unknown entity, or an entity has none"
    documented = set(re.findall(r"`([A-Z][A-Z0-9_]+)`", DOCS.read_text()))
    assert set(ENTITIES) <= documented, f"undocumented: {set(ENTITIES) - documented}"
