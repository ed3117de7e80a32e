#!/usr/bin/env python3
"""Generate the piimap demo estate: two synthetic SQLite databases.

Everything written here is fake: names, addresses, phones, e-mails and IPs come
from Faker, and every other value (ids, amounts, tokens, hashes, ciphertext)
comes from a seeded ``random.Random``. Nothing is read from real systems.

Output (next to this script unless ``--out DIR`` is given):

* ``storefront.sqlite`` - the OLTP database of a small web shop ("Larkspur & Co").
* ``analytics.sqlite``  - a small warehouse that the storefront feeds.

The storefront also holds a Heroku-Connect-style mirror of the CRM's Contacts (``contact``
with ``sfid``/``_hc_lastop``/``_hc_err``, plus ``_hcmeta`` and ``_trigger_log``), derived
from the first ``N_HC_CONTACTS`` customers with a random generator of its own, drawn after
everything else, so the other tables are the same with or without it.

Determinism: Faker and ``random.Random`` are both seeded with ``SEED`` and every
timestamp is computed relative to the fixed ``REFERENCE_DATE`` (never "now"), so
two runs with the same Faker version produce identical database content
(compare ``sqlite3 FILE .dump``). Faker's data tables can change between Faker
releases, so regenerate with the Faker version pinned by the project.

Usage::

    python sample_data/demo/generate.py [--out DIR]
"""

from __future__ import annotations

import argparse
import hashlib
import os
import random
import sqlite3
import string
import unicodedata
import uuid
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from faker import Faker

SEED = 20260930
REFERENCE_DATE = datetime(2026, 9, 30, 0, 0, 0)  # fixed "today" of the demo estate (UTC)

N_CUSTOMERS = 400
N_ORDERS = 1200
N_PRODUCTS = 150
N_NEWSLETTER = 500
N_SESSIONS = 1500
N_ADMINS = 12
N_WEB_EVENTS = 2000
N_HC_CONTACTS = 60
N_HC_TRIGGER_LOG = 8
HC_SEED = SEED + 1  # the mirror's own generator: it never shifts the draws above

SHOP_DOMAIN = "larkspur-co.example"  # RFC 2606 reserved, never a real mailbox

LOCALES = ("en_US", "en_GB", "de_DE", "fr_FR")
LOCALE_WEIGHTS = (55, 20, 15, 10)
COUNTRY = {"en_US": "US", "en_GB": "GB", "de_DE": "DE", "fr_FR": "FR"}
CURRENCY = {"US": "USD", "GB": "GBP", "DE": "EUR", "FR": "EUR"}
FX_FROM_USD = {"USD": 1.0, "GBP": 0.79, "EUR": 0.92}
CARRIERS = {
    "US": (("UPS", 45), ("USPS", 35), ("FedEx", 20)),
    "GB": (("Royal Mail", 60), ("DPD", 40)),
    "DE": (("DHL", 70), ("Hermes", 15), ("DPD", 15)),
    "FR": (("Colissimo", 60), ("Chronopost", 25), ("DPD", 15)),
}
BCRYPT_ALPHABET = "./" + string.ascii_uppercase + string.ascii_lowercase + string.digits
ALNUM = string.ascii_letters + string.digits

# --------------------------------------------------------------------------- schema

STOREFRONT_DDL = """
CREATE TABLE customers (
    id INTEGER PRIMARY KEY,
    first_name TEXT NOT NULL,
    last_name TEXT NOT NULL,
    email TEXT NOT NULL UNIQUE,
    phone TEXT,
    date_of_birth DATE,
    gender TEXT CHECK (gender IN ('female', 'male', 'non_binary')),
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    email_verified BOOLEAN NOT NULL DEFAULT 0 CHECK (email_verified IN (0, 1)),
    marketing_opt_in BOOLEAN NOT NULL DEFAULT 0 CHECK (marketing_opt_in IN (0, 1)),
    loyalty_tier TEXT NOT NULL DEFAULT 'bronze'
        CHECK (loyalty_tier IN ('bronze', 'silver', 'gold')),
    tax_id_enc BLOB
);

CREATE TABLE addresses (
    id INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    address_line1 TEXT NOT NULL,
    address_line2 TEXT,
    city TEXT NOT NULL,
    region TEXT,
    postal_code TEXT NOT NULL,
    country_code CHAR(2) NOT NULL,
    phone TEXT,
    is_default_billing BOOLEAN NOT NULL DEFAULT 0 CHECK (is_default_billing IN (0, 1))
);
CREATE INDEX ix_addresses_customer_id ON addresses (customer_id);

CREATE TABLE categories (
    id INTEGER PRIMARY KEY,
    slug TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    parent_id INTEGER REFERENCES categories (id)
);

CREATE TABLE products (
    id INTEGER PRIMARY KEY,
    sku TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    description TEXT NOT NULL,
    price NUMERIC(10, 2) NOT NULL,
    stock INTEGER NOT NULL DEFAULT 0,
    weight_grams INTEGER NOT NULL,
    created_at TIMESTAMP NOT NULL
);

CREATE TABLE product_categories (
    product_id INTEGER NOT NULL REFERENCES products (id) ON DELETE CASCADE,
    category_id INTEGER NOT NULL REFERENCES categories (id) ON DELETE CASCADE,
    PRIMARY KEY (product_id, category_id)
);

CREATE TABLE orders (
    id INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers (id),
    order_number TEXT NOT NULL UNIQUE,
    customer_email TEXT NOT NULL,
    billing_address_id INTEGER NOT NULL REFERENCES addresses (id),
    shipping_address_id INTEGER NOT NULL REFERENCES addresses (id),
    status TEXT NOT NULL CHECK (status IN
        ('pending', 'paid', 'shipped', 'delivered', 'cancelled', 'refunded')),
    currency CHAR(3) NOT NULL,
    subtotal NUMERIC(10, 2) NOT NULL,
    tax NUMERIC(10, 2) NOT NULL,
    total NUMERIC(10, 2) NOT NULL,
    placed_ip TEXT,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX ix_orders_customer_id ON orders (customer_id);
CREATE INDEX ix_orders_created_at ON orders (created_at);

CREATE TABLE order_items (
    id INTEGER PRIMARY KEY,
    order_id INTEGER NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
    product_id INTEGER NOT NULL REFERENCES products (id),
    sku TEXT NOT NULL,
    quantity INTEGER NOT NULL CHECK (quantity > 0),
    unit_price NUMERIC(10, 2) NOT NULL
);
CREATE INDEX ix_order_items_order_id ON order_items (order_id);

CREATE TABLE payments (
    id INTEGER PRIMARY KEY,
    order_id INTEGER NOT NULL REFERENCES orders (id),
    provider TEXT NOT NULL CHECK (provider IN ('stripe', 'adyen', 'paypal')),
    card_token TEXT NOT NULL,
    card_brand TEXT,
    card_last4 CHAR(4),
    card_exp_month INTEGER CHECK (card_exp_month BETWEEN 1 AND 12),
    card_exp_year INTEGER,
    amount NUMERIC(10, 2) NOT NULL,
    status TEXT NOT NULL CHECK (status IN
        ('pending', 'authorized', 'captured', 'voided', 'refunded')),
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX ix_payments_order_id ON payments (order_id);

CREATE TABLE shipments (
    id INTEGER PRIMARY KEY,
    order_id INTEGER NOT NULL REFERENCES orders (id),
    carrier TEXT NOT NULL,
    tracking_number TEXT NOT NULL,
    recipient_name TEXT NOT NULL,
    recipient_phone TEXT,
    shipped_at TIMESTAMP NOT NULL
);
CREATE INDEX ix_shipments_order_id ON shipments (order_id);

CREATE TABLE newsletter_subscriptions (
    id INTEGER PRIMARY KEY,
    email TEXT NOT NULL UNIQUE,
    customer_id INTEGER REFERENCES customers (id) ON DELETE SET NULL,
    source TEXT NOT NULL CHECK (source IN
        ('checkout', 'footer_form', 'exit_popup', 'account_settings', 'giveaway')),
    consent_given_at TIMESTAMP NOT NULL,
    unsubscribed_at TIMESTAMP,
    double_opt_in_confirmed BOOLEAN NOT NULL DEFAULT 0
        CHECK (double_opt_in_confirmed IN (0, 1))
);

CREATE TABLE sessions (
    session_id CHAR(32) PRIMARY KEY,
    customer_id INTEGER REFERENCES customers (id) ON DELETE SET NULL,
    ip_address TEXT NOT NULL,
    user_agent TEXT NOT NULL,
    started_at TIMESTAMP NOT NULL,
    last_seen_at TIMESTAMP NOT NULL
);
CREATE INDEX ix_sessions_customer_id ON sessions (customer_id);

CREATE TABLE admin_users (
    id INTEGER PRIMARY KEY,
    username TEXT NOT NULL UNIQUE,
    email TEXT NOT NULL UNIQUE,
    full_name TEXT NOT NULL,
    password_hash CHAR(60) NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('owner', 'admin', 'support', 'catalog', 'finance')),
    last_login_ip TEXT,
    last_login_at TIMESTAMP,
    created_at TIMESTAMP NOT NULL
);
"""

# Heroku Connect writes each mapped sObject to a table named after its lowercase API name, with
# its own system columns, and keeps _hcmeta and _trigger_log in the same schema.
HEROKU_CONNECT_DDL = """
CREATE TABLE contact (
    id INTEGER PRIMARY KEY,
    sfid VARCHAR(18) UNIQUE,
    systemmodstamp TIMESTAMP,
    isdeleted BOOLEAN,
    _hc_lastop VARCHAR(32),
    _hc_err TEXT,
    email TEXT,
    firstname TEXT,
    lastname TEXT,
    mobilephone TEXT,
    createddate TIMESTAMP
);
CREATE INDEX hc_idx_contact_systemmodstamp ON contact (systemmodstamp);

CREATE TABLE _hcmeta (
    id INTEGER PRIMARY KEY,
    hcver INTEGER,
    org_id VARCHAR(50),
    details TEXT
);

CREATE TABLE _trigger_log (
    id INTEGER PRIMARY KEY,
    table_name VARCHAR(128) NOT NULL,
    record_id INTEGER NOT NULL,
    action VARCHAR(7) NOT NULL,
    state VARCHAR(8) NOT NULL,
    created_at TIMESTAMP NOT NULL
);
"""

ANALYTICS_DDL = """
CREATE TABLE daily_sales (
    date DATE PRIMARY KEY,
    orders INTEGER NOT NULL,
    revenue NUMERIC(12, 2) NOT NULL
);

CREATE TABLE customer_ltv (
    customer_email_sha256 CHAR(64) PRIMARY KEY,
    lifetime_value NUMERIC(12, 2) NOT NULL,
    first_order_at TIMESTAMP NOT NULL,
    last_order_at TIMESTAMP NOT NULL,
    segment TEXT NOT NULL CHECK (segment IN ('vip', 'active', 'at_risk', 'lapsed'))
);

CREATE TABLE web_events (
    event_id CHAR(36) PRIMARY KEY,
    session_id CHAR(32) NOT NULL,
    ip_address TEXT NOT NULL,
    event_type TEXT NOT NULL CHECK (event_type IN
        ('page_view', 'product_view', 'search', 'add_to_cart', 'checkout_start',
         'purchase', 'login')),
    page_path TEXT NOT NULL,
    occurred_at TIMESTAMP NOT NULL
);
CREATE INDEX ix_web_events_session_id ON web_events (session_id);
CREATE INDEX ix_web_events_occurred_at ON web_events (occurred_at);
"""

# --------------------------------------------------------------------------- catalogue
# Product vocabulary is hand-written (no Faker person providers) so the catalogue is a
# clean "no personal data" control.

CATEGORIES: tuple[tuple[str, str, str | None], ...] = (
    ("kitchen", "Kitchen", None),
    ("cookware", "Cookware", "kitchen"),
    ("tableware", "Tableware", "kitchen"),
    ("home", "Home", None),
    ("bedding", "Bedding", "home"),
    ("bath", "Bath", "home"),
    ("lighting", "Lighting", "home"),
    ("outdoor", "Outdoor", None),
    ("camping", "Camping", "outdoor"),
    ("garden", "Garden", "outdoor"),
    ("apparel", "Apparel", None),
    ("bags", "Bags", "apparel"),
    ("stationery", "Stationery", None),
    ("gifts", "Gifts", None),
    ("sale", "Sale", None),
)

PRODUCT_NOUNS: dict[str, tuple[str, ...]] = {
    "cookware": ("Skillet", "Dutch Oven", "Saucepan", "Wok", "Stock Pot", "Griddle"),
    "tableware": ("Dinner Plate Set", "Pasta Bowl", "Mug", "Serving Platter", "Tumbler Set"),
    "bedding": ("Duvet Cover", "Pillowcase Pair", "Throw Blanket", "Fitted Sheet", "Quilt"),
    "bath": ("Bath Towel", "Hand Towel Set", "Bath Mat", "Soap Dish", "Robe"),
    "lighting": ("Table Lamp", "Pendant Shade", "Floor Lamp", "Candle Holder", "String Lights"),
    "camping": ("Camp Mug", "Enamel Plate", "Folding Stool", "Lantern", "Water Bottle"),
    "garden": ("Planter", "Watering Can", "Pruning Shears", "Kneeling Pad", "Seed Tray"),
    "bags": ("Tote Bag", "Weekender", "Backpack", "Crossbody Bag", "Dopp Kit"),
    "apparel": ("Apron", "Beanie", "Scarf", "Work Shirt", "Canvas Jacket"),
    "stationery": ("Notebook", "Desk Planner", "Pen Set", "Sketchbook", "Card Set"),
}
PRODUCT_ADJECTIVES = (
    "Classic",
    "Everyday",
    "Heritage",
    "Nordic",
    "Coastal",
    "Artisan",
    "Modern",
    "Rustic",
    "Compact",
    "Deluxe",
    "Essential",
    "Harbor",
    "Meadow",
    "Summit",
    "Woodland",
)
PRODUCT_MATERIALS: dict[str, tuple[str, ...]] = {
    "cookware": ("Cast Iron", "Carbon Steel", "Stainless", "Enamelled"),
    "tableware": ("Stoneware", "Porcelain", "Glass", "Speckled Ceramic"),
    "bedding": ("Linen", "Cotton Percale", "Sateen", "Waffle Knit"),
    "bath": ("Turkish Cotton", "Waffle", "Bamboo", "Terry"),
    "lighting": ("Rattan", "Brass", "Ceramic", "Paper"),
    "camping": ("Enamel", "Titanium", "Canvas", "Aluminium"),
    "garden": ("Terracotta", "Galvanised", "Recycled", "Steel"),
    "bags": ("Waxed Canvas", "Leather", "Recycled Nylon", "Cotton Canvas"),
    "apparel": ("Organic Cotton", "Merino", "Denim", "Linen"),
    "stationery": ("Recycled Paper", "Kraft", "Cloth-Bound", "Dot-Grid"),
}
WEIGHT_GRAMS: dict[str, tuple[int, int]] = {
    "cookware": (900, 5500),
    "tableware": (250, 3000),
    "bedding": (400, 2500),
    "bath": (150, 1200),
    "lighting": (300, 4500),
    "camping": (120, 2200),
    "garden": (200, 3500),
    "bags": (300, 1800),
    "apparel": (80, 1400),
    "stationery": (60, 700),
}
COLOURS = ("Charcoal", "Sage", "Oat", "Navy", "Rust", "Ivory", "Forest", "Slate", "Clay")
DESCRIPTION_OPENERS = (
    "Made to be used every day and built to last for years.",
    "A small-batch favourite, finished by hand in our partner workshop.",
    "Designed in-house and tested in real kitchens, campsites and homes.",
    "Our best-selling shape, now in a refreshed colour palette.",
    "Thoughtfully sized for small spaces without giving up function.",
)
DESCRIPTION_DETAILS = (
    "{material} construction with a {colour_l} finish.",
    "Finished in {colour_l}; pairs well with the rest of the {adjective_l} range.",
    "The {material_l} body wears in beautifully over time.",
    "Available in {colour_l} while stocks last.",
)
DESCRIPTION_CARE = (
    "Dishwasher safe.",
    "Hand wash recommended.",
    "Machine wash cold, tumble dry low.",
    "Wipe clean with a damp cloth.",
    "Store in a cool, dry place.",
)
SEARCH_TERMS = (
    "linen",
    "cast iron skillet",
    "mug",
    "gift card",
    "tote",
    "lamp",
    "planter",
    "towel",
    "sale",
    "notebook",
    "lantern",
    "duvet",
    "enamel",
    "backpack",
)

# --------------------------------------------------------------------------- helpers


def ts(value: datetime) -> str:
    return value.strftime("%Y-%m-%d %H:%M:%S")


def money(cents: int) -> float:
    return round(cents / 100, 2)


def slug(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "".join(ch for ch in ascii_text.lower() if ch.isalnum())


@dataclass
class Customer:
    id: int
    locale: str
    first_name: str
    last_name: str
    email: str
    phone: str | None
    date_of_birth: str | None
    gender: str | None
    created_at: datetime
    updated_at: datetime
    email_verified: int
    marketing_opt_in: int
    tax_id_enc: bytes | None
    loyalty_tier: str = "bronze"
    address_ids: list[int] = field(default_factory=list)
    default_billing_id: int = 0


@dataclass
class Order:
    id: int
    customer: Customer
    created_at: datetime
    billing_address_id: int = 0
    shipping_address_id: int = 0
    status: str = "pending"
    currency: str = "USD"
    subtotal_cents: int = 0
    tax_cents: int = 0
    placed_ip: str = ""

    @property
    def total_cents(self) -> int:
        return self.subtotal_cents + self.tax_cents


class Generator:
    def __init__(self) -> None:
        Faker.seed(SEED)
        self.rng = random.Random(SEED)
        self.fakers = {loc: Faker(loc) for loc in LOCALES}
        self.fake = self.fakers["en_US"]
        self.used_emails: set[str] = set()
        self.customers: list[Customer] = []
        self.addresses: list[tuple[Any, ...]] = []
        self.address_country: dict[int, str] = {}
        self.address_phone: dict[int, str | None] = {}
        self.categories: list[tuple[Any, ...]] = []
        self.products: list[tuple[Any, ...]] = []
        self.product_categories: list[tuple[int, int]] = []
        self.orders: list[Order] = []
        self.order_items: list[tuple[Any, ...]] = []
        self.payments: list[tuple[Any, ...]] = []
        self.shipments: list[tuple[Any, ...]] = []
        self.newsletter: list[tuple[Any, ...]] = []
        self.sessions: list[tuple[Any, ...]] = []
        self.admins: list[tuple[Any, ...]] = []
        self.session_times: list[tuple[str, str, datetime, datetime]] = []

    # ----------------------------------------------------------------- primitives

    def between(self, start: datetime, end: datetime) -> datetime:
        span = max(0, int((end - start).total_seconds()))
        return start + timedelta(seconds=self.rng.randint(0, span))

    def pick_locale(self) -> str:
        return self.rng.choices(LOCALES, weights=LOCALE_WEIGHTS)[0]

    def weighted(self, pairs: Sequence[tuple[str, int]]) -> str:
        return self.rng.choices([p[0] for p in pairs], weights=[p[1] for p in pairs])[0]

    def token(self, length: int, alphabet: str = ALNUM) -> str:
        return "".join(self.rng.choice(alphabet) for _ in range(length))

    def ip(self, v6_share: float = 0.2) -> str:
        return self.fake.ipv6() if self.rng.random() < v6_share else self.fake.ipv4_public()

    def email_for(self, first: str, last: str, locale: str) -> str:
        f, la = slug(first) or "user", slug(last) or "mail"
        pattern = self.rng.randrange(6)
        local = (
            f"{f}.{la}",
            f"{f}{la}",
            f"{f[0]}{la}",
            f"{f}.{la}{self.rng.randint(1, 99)}",
            f"{la}.{f}",
            f"{f}_{la}{self.rng.randint(60, 99):02d}",
        )[pattern]
        faker = self.fakers[locale]
        domain = faker.free_email_domain() if self.rng.random() < 0.85 else faker.domain_name()
        email = f"{local}@{domain}"
        while email in self.used_emails:
            email = f"{local}{self.rng.randint(2, 999)}@{domain}"
        self.used_emails.add(email)
        return email

    def user_agent(self) -> str:
        chrome = ".".join(
            (
                str(self.rng.randint(124, 131)),
                "0",
                str(self.rng.randint(6000, 6800)),
                str(self.rng.randint(50, 200)),
            )
        )
        safari = self.rng.choice(("17.5", "17.6", "18.0", "18.1"))
        firefox = f"{self.rng.randint(126, 132)}.0"
        ios = self.rng.choice(("17_5", "17_6", "18_0", "18_1"))
        templates = (
            (
                f"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
                f"Chrome/{chrome} Safari/537.36",
                30,
            ),
            (
                f"Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 "
                f"(KHTML, like Gecko) Version/{safari} Safari/605.1.15",
                14,
            ),
            (
                f"Mozilla/5.0 (iPhone; CPU iPhone OS {ios} like Mac OS X) AppleWebKit/605.1.15 "
                f"(KHTML, like Gecko) Version/{safari} Mobile/15E148 Safari/604.1",
                26,
            ),
            (
                f"Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) "
                f"Chrome/{chrome} Mobile Safari/537.36",
                14,
            ),
            (
                f"Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:{firefox}) Gecko/20100101 "
                f"Firefox/{firefox}",
                8,
            ),
            (
                f"Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 "
                f"(KHTML, like Gecko) Chrome/{chrome} Safari/537.36 Edg/{chrome}",
                8,
            ),
        )
        return self.weighted(templates)

    def street(self, locale: str) -> tuple[str, str | None]:
        fk = self.fakers[locale]
        r = self.rng.random()
        if locale == "en_US":
            return f"{fk.building_number()} {fk.street_name()}", (
                fk.secondary_address() if r < 0.3 else None
            )
        if locale == "en_GB":
            return f"{fk.building_number()} {fk.street_name()}", (
                f"Flat {self.rng.randint(1, 40)}" if r < 0.25 else None
            )
        if locale == "de_DE":
            return f"{fk.street_name()} {fk.building_number()}", (
                f"{self.rng.randint(1, 5)}. OG" if r < 0.1 else None
            )
        return fk.street_address(), (f"Appartement {self.rng.randint(1, 60)}" if r < 0.15 else None)

    # ----------------------------------------------------------------- storefront

    def build_customers(self) -> None:
        span_days = 2390
        offsets = [span_days * (self.rng.random() ** 1.6) for _ in range(N_CUSTOMERS - 1)]
        # the founding customer, ~6.6 years before the reference date
        offsets.append(2400.0 - self.rng.random() / 2)
        created = sorted(REFERENCE_DATE - timedelta(days=o + 1) for o in offsets)
        for cid, created_at in enumerate(created, start=1):
            created_at = created_at.replace(microsecond=0)
            locale = self.pick_locale()
            fk = self.fakers[locale]
            gender = self.rng.choices(
                ["female", "male", "non_binary", None], weights=[48, 45, 2, 5]
            )[0]
            if gender == "female":
                first = fk.first_name_female()
            elif gender == "male":
                first = fk.first_name_male()
            else:
                first = fk.first_name()
            last = fk.last_name()
            dob = None
            if self.rng.random() < 0.9:
                age_days = self.rng.randint(18 * 365 + 5, 80 * 365)
                dob = (REFERENCE_DATE.date() - timedelta(days=age_days)).isoformat()
            phone = fk.phone_number() if self.rng.random() < 0.85 else None
            tax = self.rng.randbytes(self.rng.randint(32, 48)) if self.rng.random() < 0.4 else None
            self.customers.append(
                Customer(
                    id=cid,
                    locale=locale,
                    first_name=first,
                    last_name=last,
                    email=self.email_for(first, last, locale),
                    phone=phone,
                    date_of_birth=dob,
                    gender=gender,
                    created_at=created_at,
                    updated_at=self.between(created_at, REFERENCE_DATE - timedelta(hours=1)),
                    email_verified=int(self.rng.random() < 0.88),
                    marketing_opt_in=int(self.rng.random() < 0.45),
                    tax_id_enc=tax,
                )
            )

    def build_addresses(self) -> None:
        aid = 0
        for c in self.customers:
            count = self.rng.choices([1, 2, 3], weights=[70, 22, 8])[0]
            fk = self.fakers[c.locale]
            for n in range(count):
                aid += 1
                line1, line2 = self.street(c.locale)
                if c.locale == "en_US":
                    region: str | None = fk.state_abbr(include_territories=False)
                elif c.locale == "en_GB":
                    region = fk.county() if self.rng.random() < 0.7 else None
                elif c.locale == "de_DE":
                    region = fk.state()
                else:
                    region = fk.region()
                r = self.rng.random()
                phone = c.phone if r < 0.6 else (fk.phone_number() if r < 0.8 else None)
                country = COUNTRY[c.locale]
                self.addresses.append(
                    (
                        aid,
                        c.id,
                        line1,
                        line2,
                        fk.city(),
                        region,
                        fk.postcode(),
                        country,
                        phone,
                        int(n == 0),
                    )
                )
                self.address_country[aid] = country
                self.address_phone[aid] = phone
                c.address_ids.append(aid)
            c.default_billing_id = c.address_ids[0]

    def build_catalogue(self) -> None:
        slug_to_id: dict[str, int] = {}
        for cid, (cslug, name, parent) in enumerate(CATEGORIES, start=1):
            slug_to_id[cslug] = cid
            self.categories.append((cid, cslug, name, slug_to_id[parent] if parent else None))
        leaf_slugs = list(PRODUCT_NOUNS)
        used_skus: set[str] = set()
        used_names: set[str] = set()
        for pid in range(1, N_PRODUCTS + 1):
            cat = leaf_slugs[(pid - 1) % len(leaf_slugs)]
            while True:
                adjective = self.rng.choice(PRODUCT_ADJECTIVES)
                material = self.rng.choice(PRODUCT_MATERIALS[cat])
                noun = self.rng.choice(PRODUCT_NOUNS[cat])
                pname = f"{adjective} {material} {noun}"
                if pname not in used_names:
                    used_names.add(pname)
                    break
            colour = self.rng.choice(COLOURS)
            sku = f"{cat[:3].upper()}-{self.rng.randint(1000, 9999)}-{colour[:2].upper()}"
            while sku in used_skus:
                sku = f"{cat[:3].upper()}-{self.rng.randint(1000, 9999)}-{colour[:2].upper()}"
            used_skus.add(sku)
            description = " ".join(
                (
                    self.rng.choice(DESCRIPTION_OPENERS),
                    self.rng.choice(DESCRIPTION_DETAILS).format(
                        material=material,
                        material_l=material.lower(),
                        colour_l=colour.lower(),
                        adjective_l=adjective.lower(),
                    ),
                    self.rng.choice(DESCRIPTION_CARE),
                )
            )
            price_cents = (
                self.rng.choice(
                    (900, 1200, 1800, 2400, 3200, 4500, 6800, 8900, 12900, 15900, 21900)
                )
                + self.rng.choice((0, 0, 0, 500))
                - 1
            )
            created_at = self.between(
                REFERENCE_DATE - timedelta(days=2555), REFERENCE_DATE - timedelta(days=30)
            )
            self.products.append(
                (
                    pid,
                    sku,
                    pname,
                    description,
                    money(price_cents),
                    self.rng.randint(0, 400),
                    self.rng.randint(*WEIGHT_GRAMS[cat]),
                    ts(created_at),
                )
            )
            cats = {slug_to_id[cat]}
            if cat in PRODUCT_MATERIALS and cat != "apparel":
                parent = next(p for s, _, p in CATEGORIES if s == cat)
                if parent:
                    cats.add(slug_to_id[parent])
            if self.rng.random() < 0.15:
                cats.add(slug_to_id["gifts"])
            if self.rng.random() < 0.1:
                cats.add(slug_to_id["sale"])
            self.product_categories.extend((pid, c) for c in sorted(cats))

    def build_orders(self) -> None:
        weights = [min(self.rng.lognormvariate(0, 0.8), 6.0) for _ in self.customers]
        drafts: list[tuple[datetime, Customer]] = []
        for _ in range(N_ORDERS):
            c = self.rng.choices(self.customers, weights=weights)[0]
            start = c.created_at + timedelta(minutes=5)
            drafts.append((self.between(start, REFERENCE_DATE - timedelta(minutes=10)), c))
        drafts.sort(key=lambda d: (d[0], d[1].id))
        prices = {p[0]: round(p[4] * 100) for p in self.products}
        skus = {p[0]: p[1] for p in self.products}
        item_id = 0
        for oid, (created_at, c) in enumerate(drafts, start=1):
            o = Order(id=oid, customer=c, created_at=created_at)
            o.billing_address_id = c.default_billing_id
            o.shipping_address_id = self.rng.choice(c.address_ids)
            country = self.address_country[o.billing_address_id]
            o.currency = CURRENCY[country]
            age = REFERENCE_DATE - created_at
            if age < timedelta(days=1):
                o.status = self.weighted((("pending", 40), ("paid", 60)))
            elif age < timedelta(days=3):
                o.status = self.weighted((("paid", 50), ("shipped", 50)))
            elif age < timedelta(days=10):
                o.status = self.weighted((("shipped", 60), ("delivered", 35), ("cancelled", 5)))
            else:
                o.status = self.weighted((("delivered", 80), ("cancelled", 12), ("refunded", 8)))
            n_items = self.rng.choices([1, 2, 3, 4, 5], weights=[28, 28, 20, 14, 10])[0]
            for pid in self.rng.sample(sorted(prices), n_items):
                item_id += 1
                qty = self.rng.choices([1, 2, 3], weights=[80, 15, 5])[0]
                unit = round(prices[pid] * FX_FROM_USD[o.currency])
                if self.rng.random() < 0.1:
                    unit = round(unit * 0.9)
                o.subtotal_cents += unit * qty
                self.order_items.append((item_id, oid, pid, skus[pid], qty, money(unit)))
            if country == "US":
                rate = self.rng.choice((0.0, 0.0625, 0.0725, 0.08, 0.08875))
            elif country == "DE":
                rate = 0.19
            else:
                rate = 0.20
            o.tax_cents = round(o.subtotal_cents * rate)
            o.placed_ip = self.ip()
            self.orders.append(o)

        spend: dict[int, int] = defaultdict(int)
        for o in self.orders:
            if o.status != "cancelled":
                spend[o.customer.id] += round(o.total_cents / FX_FROM_USD[o.currency])
        for c in self.customers:
            s = spend.get(c.id, 0)
            c.loyalty_tier = "gold" if s >= 200000 else "silver" if s >= 75000 else "bronze"

    def build_payments_and_shipments(self) -> None:
        shipment_id = 0
        for o in self.orders:
            provider = self.weighted((("stripe", 55), ("adyen", 25), ("paypal", 20)))
            brand: str | None = None
            last4: str | None = None
            exp_month: int | None = None
            exp_year: int | None = None
            if provider == "paypal":
                token = "BA-" + self.token(17, string.ascii_uppercase + string.digits)
            else:
                token = ("pm_" if provider == "stripe" else "tok_") + self.token(24)
                brand = self.weighted(
                    (("visa", 50), ("mastercard", 35), ("amex", 10), ("discover", 5))
                )
                last4 = f"{self.rng.randint(0, 9999):04d}"
                exp_month = self.rng.randint(1, 12)
                exp_year = o.created_at.year + self.rng.randint(1, 5)
            status = {
                "pending": "pending",
                "paid": "authorized",
                "cancelled": "voided",
                "refunded": "refunded",
            }.get(o.status, "captured")
            paid_at = o.created_at + timedelta(seconds=self.rng.randint(2, 90))
            self.payments.append(
                (
                    o.id,
                    o.id,
                    provider,
                    token,
                    brand,
                    last4,
                    exp_month,
                    exp_year,
                    money(o.total_cents),
                    status,
                    ts(paid_at),
                )
            )

            ships = o.status in ("shipped", "delivered") or (
                o.status == "refunded" and self.rng.random() < 0.5
            )
            if not ships:
                continue
            shipment_id += 1
            country = self.address_country[o.shipping_address_id]
            carrier = self.weighted(CARRIERS[country])
            c = o.customer
            if self.rng.random() < 0.9:
                recipient = f"{c.first_name} {c.last_name}"
                phone = self.address_phone[o.shipping_address_id] or c.phone
            else:  # gift order shipped to somebody else
                fk = self.fakers[c.locale]
                recipient = fk.name()
                phone = fk.phone_number() if self.rng.random() < 0.7 else None
            shipped_at = min(
                o.created_at + timedelta(hours=self.rng.randint(4, 96)),
                REFERENCE_DATE - timedelta(minutes=1),
            )
            self.shipments.append(
                (
                    shipment_id,
                    o.id,
                    carrier,
                    self.tracking_number(carrier),
                    recipient,
                    phone,
                    ts(shipped_at),
                )
            )

    def tracking_number(self, carrier: str) -> str:
        digits = string.digits
        if carrier == "UPS":
            return "1Z" + self.token(6, string.ascii_uppercase + digits) + self.token(10, digits)
        if carrier == "USPS":
            return "9400" + self.token(18, digits)
        if carrier == "FedEx":
            return self.token(12, digits)
        if carrier == "Royal Mail":
            return self.token(2, string.ascii_uppercase) + self.token(9, digits) + "GB"
        if carrier == "DHL":
            return "JJD" + self.token(18, digits)
        if carrier in ("Colissimo", "Chronopost"):
            return self.token(2, string.ascii_uppercase) + self.token(9, digits) + "FR"
        return self.token(14, digits)

    def build_newsletter(self) -> None:
        rows: list[tuple[datetime, str, int | None, str, datetime | None, int]] = []
        sources_customer = (("checkout", 55), ("account_settings", 25), ("footer_form", 20))
        sources_guest = (("footer_form", 45), ("exit_popup", 35), ("giveaway", 20))
        for c in self.customers:
            if c.marketing_opt_in:
                unsub = None
            elif self.rng.random() < 0.25:
                unsub = self.between(c.created_at, REFERENCE_DATE - timedelta(days=1))
            else:
                continue
            consent = self.between(c.created_at, unsub or REFERENCE_DATE - timedelta(hours=2))
            if unsub is not None and unsub <= consent:
                unsub = consent + timedelta(days=self.rng.randint(1, 30))
            rows.append(
                (
                    consent,
                    c.email,
                    c.id,
                    self.weighted(sources_customer),
                    unsub,
                    int(self.rng.random() < 0.9),
                )
            )
        while len(rows) < N_NEWSLETTER:
            locale = self.pick_locale()
            fk = self.fakers[locale]
            email = self.email_for(fk.first_name(), fk.last_name(), locale)
            consent = self.between(
                REFERENCE_DATE - timedelta(days=2380), REFERENCE_DATE - timedelta(hours=2)
            )
            unsub = (
                self.between(consent, REFERENCE_DATE - timedelta(hours=1))
                if self.rng.random() < 0.15
                else None
            )
            rows.append(
                (
                    consent,
                    email,
                    None,
                    self.weighted(sources_guest),
                    unsub,
                    int(self.rng.random() < 0.8),
                )
            )
        rows.sort(key=lambda r: (r[0], r[1]))
        for nid, (consent, email, cid, source, unsub, doi) in enumerate(rows, start=1):
            self.newsletter.append(
                (nid, email, cid, source, ts(consent), ts(unsub) if unsub else None, doi)
            )

    def build_sessions(self) -> None:
        active = list(self.customers)
        weights = [min(self.rng.lognormvariate(0, 0.8), 6.0) for _ in active]
        drafts = []
        for _ in range(N_SESSIONS):
            started = self.between(
                REFERENCE_DATE - timedelta(days=60), REFERENCE_DATE - timedelta(minutes=30)
            )
            customer_id = None
            if self.rng.random() < 0.6:
                c = self.rng.choices(active, weights=weights)[0]
                if c.created_at < started:
                    customer_id = c.id
            duration = min(int(self.rng.expovariate(1 / 900)), 4 * 3600)
            last_seen = started + timedelta(seconds=duration)
            sid = f"{self.rng.getrandbits(128):032x}"
            drafts.append((started, sid, customer_id, self.ip(0.25), self.user_agent(), last_seen))
        drafts.sort(key=lambda d: (d[0], d[1]))
        self.sessions = [(sid, cid, ip, ua, ts(s), ts(e)) for s, sid, cid, ip, ua, e in drafts]
        self.session_times = [(d[1], d[3], d[0], d[5]) for d in drafts]

    def build_admins(self) -> None:
        roles = ["owner", "admin", "admin", "finance", "catalog", "catalog"] + ["support"] * 6
        used: set[str] = set()
        for aid in range(1, N_ADMINS + 1):
            locale = self.rng.choices(("en_US", "en_GB"), weights=(70, 30))[0]
            fk = self.fakers[locale]
            first, last = fk.first_name(), fk.last_name()
            username = f"{slug(first)[0]}{slug(last)}"
            while username in used:
                username += str(self.rng.randint(1, 9))
            used.add(username)
            salt = self.token(21, BCRYPT_ALPHABET) + self.rng.choice(".Oeu")
            digest = self.token(30, BCRYPT_ALPHABET) + self.rng.choice(".Oeu")
            created = self.between(
                REFERENCE_DATE - timedelta(days=2400), REFERENCE_DATE - timedelta(days=20)
            )
            if self.rng.random() < 0.85:
                login_at: datetime | None = self.between(
                    REFERENCE_DATE - timedelta(days=30), REFERENCE_DATE - timedelta(minutes=5)
                )
                office_vpn = f"10.20.{self.rng.randint(0, 15)}.{self.rng.randint(2, 254)}"
                login_ip: str | None = (
                    office_vpn if self.rng.random() < 0.5 else self.fake.ipv4_public()
                )
            else:
                login_at = login_ip = None
            self.admins.append(
                (
                    aid,
                    username,
                    f"{username}@{SHOP_DOMAIN}",
                    f"{first} {last}",
                    f"$2b$12${salt}{digest}",
                    roles[aid - 1],
                    login_ip,
                    ts(login_at) if login_at else None,
                    ts(created),
                )
            )

    def build(self) -> None:
        self.build_customers()
        self.build_addresses()
        self.build_catalogue()
        self.build_orders()
        self.build_payments_and_shipments()
        self.build_newsletter()
        self.build_sessions()
        self.build_admins()

    # ----------------------------------------------------------------- analytics

    def analytics_rows(self) -> dict[str, list[tuple[Any, ...]]]:
        by_day: dict[date, list[int]] = defaultdict(lambda: [0, 0])
        for o in self.orders:
            bucket = by_day[o.created_at.date()]
            bucket[0] += 1
            if o.status not in ("cancelled", "refunded"):
                bucket[1] += round(o.total_cents / FX_FROM_USD[o.currency])
        first_day = min(by_day)
        daily = []
        day = first_day
        while day < REFERENCE_DATE.date():
            count, cents = by_day.get(day, (0, 0))
            daily.append((day.isoformat(), count, money(cents)))
            day += timedelta(days=1)

        per_customer: dict[int, list[Order]] = defaultdict(list)
        for o in self.orders:
            per_customer[o.customer.id].append(o)
        ltv_raw = []
        for c in self.customers:
            orders = per_customer.get(c.id)
            if not orders:
                continue
            value = sum(
                round(o.total_cents / FX_FROM_USD[o.currency])
                for o in orders
                if o.status not in ("cancelled", "refunded")
            )
            ltv_raw.append((c, value, orders[0].created_at, orders[-1].created_at))
        vip_cut = sorted((v for _, v, _, _ in ltv_raw), reverse=True)[len(ltv_raw) // 10]
        ltv = []
        for c, value, first, last in ltv_raw:
            recency = (REFERENCE_DATE - last).days
            if value > vip_cut:
                segment = "vip"
            elif recency <= 180:
                segment = "active"
            elif recency <= 365:
                segment = "at_risk"
            else:
                segment = "lapsed"
            digest = hashlib.sha256(c.email.strip().lower().encode()).hexdigest()
            ltv.append((digest, money(value), ts(first), ts(last), segment))
        ltv.sort()

        categories = [c[1] for c in self.categories]
        skus = [p[1].lower() for p in self.products]
        events: list[tuple[datetime, str, str, str, str, str]] = []
        sessions = list(self.session_times)
        self.rng.shuffle(sessions)
        for sid, ip, started, last_seen in sessions:
            if len(events) >= N_WEB_EVENTS:
                break
            n = 1 + min(int(self.rng.expovariate(1 / 1.8)), 11)
            n = min(n, N_WEB_EVENTS - len(events))
            moments = sorted(self.between(started, last_seen) for _ in range(n - 1))
            for i, when in enumerate([started, *moments]):
                etype, path = self.web_event(i, categories, skus)
                event_id = str(uuid.UUID(int=self.rng.getrandbits(128), version=4))
                events.append((when, event_id, sid, ip, etype, path))
        events.sort(key=lambda e: (e[0], e[1]))
        web = [(eid, sid, ip, et, path, ts(when)) for when, eid, sid, ip, et, path in events]
        return {"daily_sales": daily, "customer_ltv": ltv, "web_events": web}

    def web_event(self, index: int, categories: list[str], skus: list[str]) -> tuple[str, str]:
        if index == 0:
            return "page_view", self.rng.choice(
                ("/", "/", "/", f"/c/{self.rng.choice(categories)}", f"/p/{self.rng.choice(skus)}")
            )
        kind = self.weighted(
            (
                ("page_view", 30),
                ("product_view", 30),
                ("search", 12),
                ("add_to_cart", 12),
                ("checkout_start", 6),
                ("purchase", 4),
                ("login", 6),
            )
        )
        path = {
            "page_view": self.rng.choice(
                ("/", f"/c/{self.rng.choice(categories)}", "/cart", "/about", "/shipping-returns")
            ),
            "product_view": f"/p/{self.rng.choice(skus)}",
            "search": f"/search?q={self.rng.choice(SEARCH_TERMS).replace(' ', '+')}",
            "add_to_cart": "/cart/add",
            "checkout_start": "/checkout",
            "purchase": "/checkout/confirmation",
            "login": "/account/login",
        }[kind]
        return kind, path

    # ----------------------------------------------------------------- writing

    def storefront_rows(self) -> dict[str, list[tuple[Any, ...]]]:
        return {
            "customers": [
                (
                    c.id,
                    c.first_name,
                    c.last_name,
                    c.email,
                    c.phone,
                    c.date_of_birth,
                    c.gender,
                    ts(c.created_at),
                    ts(c.updated_at),
                    c.email_verified,
                    c.marketing_opt_in,
                    c.loyalty_tier,
                    c.tax_id_enc,
                )
                for c in self.customers
            ],
            "addresses": self.addresses,
            "categories": self.categories,
            "products": self.products,
            "product_categories": self.product_categories,
            "orders": [
                (
                    o.id,
                    o.customer.id,
                    f"SO-{100000 + o.id}",
                    o.customer.email,
                    o.billing_address_id,
                    o.shipping_address_id,
                    o.status,
                    o.currency,
                    money(o.subtotal_cents),
                    money(o.tax_cents),
                    money(o.total_cents),
                    o.placed_ip,
                    ts(o.created_at),
                )
                for o in self.orders
            ],
            "order_items": self.order_items,
            "payments": self.payments,
            "shipments": self.shipments,
            "newsletter_subscriptions": self.newsletter,
            "sessions": self.sessions,
            "admin_users": self.admins,
        }


def heroku_connect_rows(customers: Sequence[Customer]) -> dict[str, list[tuple[Any, ...]]]:
    """The Heroku Connect mirror of the first customers, drawn from its own ``random.Random``."""
    rng = random.Random(HC_SEED)
    contacts, log = [], []
    for row_id, c in enumerate(customers[:N_HC_CONTACTS], start=1):
        sfid = "003" + "".join(rng.choice(ALNUM) for _ in range(15))
        modstamp = c.updated_at + timedelta(minutes=rng.randint(1, 90))
        lastop, error = rng.choices(
            [("SYNCED", None), ("UPDATED", None), ("FAILED", "INVALID_EMAIL_ADDRESS: Email")],
            weights=[90, 7, 3],
        )[0]
        contacts.append(
            (row_id, sfid, ts(modstamp), 0, lastop, error, c.email, c.first_name,
             c.last_name, c.phone, ts(c.created_at))
        )  # fmt: skip
    for log_id, contact in enumerate(sorted(rng.sample(contacts, N_HC_TRIGGER_LOG)), start=1):
        state = rng.choices(["SUCCESS", "FAILED", "NEW"], weights=[80, 10, 10])[0]
        created = REFERENCE_DATE - timedelta(minutes=rng.randint(5, 7 * 24 * 60))
        log.append((log_id, "contact", contact[0], "UPDATE", state, ts(created)))
    meta = [(1, 31, "00D8d0000yhGeLJEA0", "synthetic Heroku Connect bookkeeping")]
    return {"contact": contacts, "_hcmeta": meta, "_trigger_log": log}


def write_db(
    path: Path, ddl: str, tables: Mapping[str, Sequence[tuple[Any, ...]]]
) -> dict[str, int]:
    """Write a fresh database to a temp file, then atomically rename it to ``path``."""
    tmp = path.with_name(f".{path.name}.tmp")
    for leftover in (tmp, tmp.with_name(tmp.name + "-journal")):
        leftover.unlink(missing_ok=True)
    counts: dict[str, int] = {}
    conn = sqlite3.connect(tmp)
    try:
        conn.execute("PRAGMA foreign_keys = ON")
        conn.executescript(ddl)
        with conn:
            for table, rows in tables.items():
                if not rows:
                    counts[table] = 0
                    continue
                marks = ", ".join("?" * len(rows[0]))
                conn.executemany(f"INSERT INTO {table} VALUES ({marks})", rows)
                counts[table] = len(rows)
        problems = conn.execute("PRAGMA foreign_key_check").fetchall()
        if problems:
            raise RuntimeError(f"{path.name}: foreign key violations: {problems[:5]}")
        conn.execute("ANALYZE")
        conn.commit()
        conn.execute("VACUUM")
    finally:
        conn.close()
    os.replace(tmp, path)
    return counts


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--out",
        type=Path,
        default=Path(__file__).resolve().parent,
        help="directory for the .sqlite files (default: next to this script)",
    )
    args = parser.parse_args(argv)
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)

    gen = Generator()
    gen.build()
    analytics = gen.analytics_rows()
    for name, ddl, tables in (
        (
            "storefront.sqlite",
            STOREFRONT_DDL + HEROKU_CONNECT_DDL,
            {**gen.storefront_rows(), **heroku_connect_rows(gen.customers)},
        ),
        ("analytics.sqlite", ANALYTICS_DDL, analytics),
    ):
        path = out / name
        counts = write_db(path, ddl, tables)
        print(f"{path} ({path.stat().st_size:,} bytes)")
        for table, n in counts.items():
            print(f"  {table:<26} {n:>6}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
