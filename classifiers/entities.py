"""The personal-data entities piimap labels fields with.

Each :class:`Entity` has a stable ``name`` (used in snapshots, ``pii_fields.csv`` and policy
files), a one-line description a privacy engineer can act on, and example column names. Signals
only ever emit names found in :data:`ENTITIES`; new entities are added here first.

>>> ENTITIES["EMAIL_ADDRESS"].description
'An e-mail address of a person.'
>>> "billing_email" in ENTITIES["EMAIL_ADDRESS"].examples_of_column_names
True
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Entity:
    """One kind of personal data, with examples of the column names that usually hold it."""

    name: str
    description: str
    examples_of_column_names: tuple[str, ...] = ()


_ALL = (
    Entity(
        "PERSON_NAME",
        "A person's name, whole or in part (first, middle, last, maiden name).",
        (
            "first_name",
            "lastname",
            "fname",
            "surname",
            "full_name",
            "middle_name",
            "maiden_name",
            "given_name",
            "family_name",
            "customer_name",
            "cardholder_name",
            "name (customers)",
        ),
    ),
    Entity(
        "EMAIL_ADDRESS",
        "An e-mail address of a person.",
        (
            "email",
            "billing_email",
            "email_address",
            "customer_email",
            "user_email",
            "Email__c",
            "PersonEmail",
        ),
    ),
    Entity(
        "PHONE_NUMBER",
        "A telephone, mobile or fax number.",
        (
            "phone",
            "telephone",
            "mobile",
            "MobilePhone",
            "cell_phone",
            "fax",
            "phone_number",
            "billing_phone",
        ),
    ),
    Entity(
        "STREET_ADDRESS",
        "A street address or one of its lines (street, house number, address line 1/2).",
        (
            "address",
            "address1",
            "address_line_2",
            "street",
            "MailingStreet",
            "billing_address",
            "addr",
        ),
    ),
    Entity(
        "CITY",
        "The city or town part of a person's address.",
        ("city", "town", "billing_city", "MailingCity", "shipping_city"),
    ),
    Entity(
        "POSTAL_CODE",
        "A postal code or ZIP code.",
        ("zip", "zipcode", "postcode", "postal_code", "MailingPostalCode", "billing_postcode"),
    ),
    Entity(
        "DATE_OF_BIRTH",
        "A person's date of birth (or part of it, such as the birth year).",
        ("dob", "birthday", "birth_date", "date_of_birth", "Birthdate", "birth_year"),
    ),
    Entity(
        "IP_ADDRESS",
        "An IPv4 or IPv6 address, which identifies a person's device or connection.",
        ("ip", "ip_address", "remote_addr", "client_ip", "last_login_ip", "customer_ip_address"),
    ),
    Entity(
        "PASSWORD_HASH",
        "A password or password hash (plain text is a finding in itself).",
        (
            "password",
            "passwd",
            "pwd",
            "password_hash",
            "passhash",
            "encrypted_password",
            "password_digest",
        ),
    ),
    Entity(
        "CREDIT_CARD",
        "A full payment card number (PAN); its presence puts the store in PCI DSS scope.",
        ("card_number", "cc_number", "pan", "credit_card_number", "cc_number_enc"),
    ),
    Entity(
        "CARD_LAST4",
        "The last four digits (or a masked form) of a payment card number.",
        ("last4", "card_last_four", "cc_last_4", "pm_last_four", "masked_pan"),
    ),
    Entity(
        "CARD_EXPIRY",
        "A payment card's expiry month, year or date.",
        ("exp_month", "exp_year", "cc_exp_month", "card_expiry", "expiration_date (cards)"),
    ),
    Entity(
        "CARD_CVV",
        "A card verification value (CVV, CVC, CID); PCI DSS forbids storing it after "
        "authorisation.",
        ("cvv", "cvc", "cvv2", "cc_cid", "card_security_code"),
    ),
    Entity(
        "PAYMENT_TOKEN",
        "A token or customer id at a payment provider that can charge a stored card or account.",
        (
            "card_token",
            "payment_token",
            "payment_method_token",
            "stripe_customer_id",
            "stripe_id",
            "braintree_customer_id",
            "paypal_payer_id",
        ),
    ),
    Entity(
        "BANK_ACCOUNT",
        "A bank account identifier: IBAN, account number, routing number or sort code.",
        (
            "iban",
            "bank_account",
            "bank_account_number",
            "routing_number",
            "sort_code",
            "account_number (payouts)",
        ),
    ),
    Entity(
        "NATIONAL_ID",
        "A government identity number: SSN, national ID or insurance number, passport, driving "
        "licence.",
        (
            "ssn",
            "national_id",
            "passport_number",
            "drivers_license",
            "nino",
            "social_security_no",
            "id_card_number",
        ),
    ),
    Entity(
        "TAX_ID",
        "A tax identifier of a person or business: VAT number, TIN, EIN.",
        ("vat_number", "tax_id", "taxvat", "tin", "ein", "vat_id"),
    ),
    Entity(
        "USERNAME",
        "A login name, screen name or nickname chosen by a person.",
        ("username", "user_name", "login", "user_login", "screen_name", "nickname"),
    ),
    Entity(
        "GENDER",
        "A person's gender or sex (a salutation such as Mr/Ms hints at it).",
        ("gender", "sex", "gender_identity", "salutation"),
    ),
    Entity(
        "OTHER_PERSONAL_DATA",
        "Personal data of a kind piimap does not name: the platform's own classification "
        "(Salesforce ComplianceGroup) says the field holds it, or a person's own web page.",
        ("website", "homepage", "portfolio"),
    ),
    Entity(
        "CARD_BIN",
        "The first 6 to 8 digits of a payment card (issuer identification number).",
        ("card_bin", "bin", "iin", "card_prefix", "first6"),
    ),
    Entity(
        "CARD_BRAND",
        "The brand or type of a person's stored payment card (Visa, Mastercard, debit).",
        ("card_brand", "cc_type", "card_type", "card_scheme", "card_network"),
    ),
    Entity(
        "REGION",
        "The state, province, county or district line of a postal address.",
        ("state", "province", "region", "county", "district", "billing_state"),
    ),
    Entity(
        "GEOLOCATION",
        "Precise coordinates of a person or their address (latitude, longitude).",
        ("latitude", "longitude", "lat", "lng", "geo_point", "location"),
    ),
    Entity(
        "DEVICE_ID",
        "An identifier of a person's device: advertising id (IDFA/GAID), device UUID, MAC.",
        ("device_id", "idfa", "gaid", "advertising_id", "push_token", "mac_address"),
    ),
    Entity(
        "COOKIE_ID",
        "An online identifier held in a browser cookie: session id, analytics client id.",
        ("session_id", "cookie_id", "ga_client_id", "visitor_id", "anonymous_id"),
    ),
    Entity(
        "FREE_TEXT",
        "Free text about or by a person (notes, comments, a biography, a message) in a table "
        "about people: it may hold any personal data, special categories included.",
        ("notes (customers)", "comments (employees)", "bio", "remarks (patients)", "about_me"),
    ),
    Entity(
        "PHOTO",
        "A photograph or picture of a person (portrait, avatar), stored as bytes or as a path "
        "or URL to the image file.",
        ("photo", "picture", "avatar", "profile_image", "photo_path", "avatar_url"),
    ),
    Entity(
        "DEMOGRAPHIC",
        "A demographic fact about a person: marital status, education, nationality, citizenship.",
        ("marital_status", "education", "nationality", "citizenship"),
    ),
    Entity(
        "SENSITIVE_DEMOGRAPHIC",
        "A person's racial or ethnic origin, religion, political opinion or sexual orientation "
        "(a GDPR Art. 9 special category).",
        ("ethnicity", "race", "religion", "political_affiliation", "sexual_orientation"),
    ),
    Entity(
        "FINANCIAL",
        "A person's salary, wage, income or other pay.",
        ("salary", "wage", "yearly_income", "income_level", "compensation"),
    ),
    Entity(
        "INSURANCE_ID",
        "A person's health-insurance, policy or beneficiary number.",
        ("insurance_id", "policy_number", "medicare_number", "beneficiary_id"),
    ),
    Entity(
        "HEALTH",
        "Data concerning a person's health: medical conditions, medication, allergies, first "
        "aid, disability (a GDPR Art. 9 special category).",
        ("medical_information", "allergies", "medication", "diagnosis", "first_aid.description"),
    ),
    Entity(
        "CRIMINAL_OFFENCE",
        "Personal data relating to a person's criminal convictions and offences: a conviction, "
        "an offence or charge, an arrest, a sentence, parole, a criminal-record or background "
        "check (GDPR Art. 10).",
        (
            "conviction_date",
            "criminal_record",
            "offence (inmates)",
            "background_check_result",
            "parole_status",
            "sentence (defendants)",
        ),
    ),
    Entity(
        "PHYSICAL",
        "A physical characteristic of a person: height, weight, eye or hair colour, blood type.",
        ("height", "weight", "eye_color", "blood_type"),
    ),
)

#: Every entity by name, in documentation order.
ENTITIES: dict[str, Entity] = {entity.name: entity for entity in _ALL}
