"""Build ``wholesale.sqlite``: Larkspur & Co's wholesale shop, a WooCommerce store on WordPress.

The tables are WordPress's and WooCommerce's own (prefix ``wp_``, WooCommerce's high-performance
order tables), so piimap recognises the platform, reads the active plugins from
``wp_options.active_plugins`` and their settings from ``wp_options``. The Stripe gateway's
settings hold a secret key in plain text, as the real plugin stores it: a fake key, which piimap
reports as a plain-text credential without showing it.

Everything is synthetic (Faker and ``random.Random``, seed 20260930; reference date 2026-09-30).

    .venv/bin/python sample_data/demo/generate_wholesale.py [--out DIR]
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

from faker import Faker

SEED = 20260930
NOW = datetime(2026, 9, 30, tzinfo=UTC)
SITE = "https://wholesale.larkspur-co.example"

DDL = """
CREATE TABLE wp_options (
    option_id INTEGER PRIMARY KEY, option_name TEXT NOT NULL UNIQUE, option_value TEXT NOT NULL,
    autoload TEXT NOT NULL DEFAULT 'yes');
CREATE TABLE wp_users (
    ID INTEGER PRIMARY KEY, user_login TEXT NOT NULL, user_pass TEXT NOT NULL,
    user_nicename TEXT NOT NULL, user_email TEXT NOT NULL, user_url TEXT NOT NULL DEFAULT '',
    user_registered DATETIME NOT NULL, user_activation_key TEXT NOT NULL DEFAULT '',
    user_status INTEGER NOT NULL DEFAULT 0, display_name TEXT NOT NULL);
CREATE TABLE wp_usermeta (
    umeta_id INTEGER PRIMARY KEY, user_id INTEGER NOT NULL, meta_key TEXT, meta_value TEXT);
CREATE TABLE wp_posts (
    ID INTEGER PRIMARY KEY, post_author INTEGER NOT NULL, post_date DATETIME NOT NULL,
    post_content TEXT NOT NULL, post_title TEXT NOT NULL, post_status TEXT NOT NULL,
    post_name TEXT NOT NULL, post_type TEXT NOT NULL);
CREATE TABLE wp_postmeta (
    meta_id INTEGER PRIMARY KEY, post_id INTEGER NOT NULL, meta_key TEXT, meta_value TEXT);
CREATE TABLE wp_comments (
    comment_ID INTEGER PRIMARY KEY, comment_post_ID INTEGER NOT NULL,
    comment_author TEXT NOT NULL, comment_author_email TEXT NOT NULL,
    comment_author_IP TEXT NOT NULL, comment_date DATETIME NOT NULL,
    comment_content TEXT NOT NULL, comment_approved TEXT NOT NULL, comment_type TEXT NOT NULL,
    user_id INTEGER NOT NULL DEFAULT 0);
CREATE TABLE wp_terms (term_id INTEGER PRIMARY KEY, name TEXT NOT NULL, slug TEXT NOT NULL);
CREATE TABLE wp_term_taxonomy (
    term_taxonomy_id INTEGER PRIMARY KEY, term_id INTEGER NOT NULL, taxonomy TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '', parent INTEGER NOT NULL DEFAULT 0,
    count INTEGER NOT NULL DEFAULT 0);
CREATE TABLE wp_wc_orders (
    id INTEGER PRIMARY KEY, status TEXT, currency TEXT, type TEXT, total_amount NUMERIC(26, 8),
    customer_id INTEGER, billing_email TEXT, date_created_gmt DATETIME,
    payment_method TEXT, transaction_id TEXT, ip_address TEXT, user_agent TEXT);
CREATE TABLE wp_wc_order_addresses (
    id INTEGER PRIMARY KEY, order_id INTEGER NOT NULL, address_type TEXT, first_name TEXT,
    last_name TEXT, company TEXT, address_1 TEXT, address_2 TEXT, city TEXT, state TEXT,
    postcode TEXT, country TEXT, email TEXT, phone TEXT);
CREATE TABLE wp_wc_customer_lookup (
    customer_id INTEGER PRIMARY KEY, user_id INTEGER, username TEXT NOT NULL DEFAULT '',
    first_name TEXT NOT NULL, last_name TEXT NOT NULL, email TEXT, date_last_active DATETIME,
    date_registered DATETIME, country CHAR(2) NOT NULL DEFAULT '',
    postcode TEXT NOT NULL DEFAULT '',
    city TEXT NOT NULL DEFAULT '', state TEXT NOT NULL DEFAULT '');
CREATE TABLE wp_woocommerce_sessions (
    session_id INTEGER PRIMARY KEY, session_key CHAR(32) NOT NULL UNIQUE,
    session_value TEXT NOT NULL, session_expiry INTEGER NOT NULL);
CREATE TABLE wp_woocommerce_api_keys (
    key_id INTEGER PRIMARY KEY, user_id INTEGER NOT NULL, description TEXT,
    permissions TEXT NOT NULL, consumer_key CHAR(64) NOT NULL, consumer_secret CHAR(43) NOT NULL,
    nonces TEXT, truncated_key CHAR(7) NOT NULL, last_access DATETIME);
CREATE TABLE wp_wc_webhooks (
    webhook_id INTEGER PRIMARY KEY, status TEXT NOT NULL, name TEXT NOT NULL,
    user_id INTEGER NOT NULL, delivery_url TEXT NOT NULL, secret TEXT NOT NULL,
    topic TEXT NOT NULL, date_created DATETIME NOT NULL, api_version INTEGER NOT NULL);
"""

PLUGINS = [
    "woocommerce/woocommerce.php",
    "klaviyo/klaviyo.php",
    "woocommerce-gateway-stripe/woocommerce-gateway-stripe.php",
    "mailchimp-for-woocommerce/mailchimp-woocommerce.php",
    # A small agency plugin no catalogue knows: piimap lists it for review.
    "b2b-price-tiers/b2b-price-tiers.php",
]


def php_serialize(value: object) -> str:
    """PHP's serialize() for the str/int/bool/list/dict values WordPress options hold."""
    if isinstance(value, bool):
        return f"b:{int(value)};"
    if isinstance(value, int):
        return f"i:{value};"
    if isinstance(value, str):
        return f's:{len(value.encode())}:"{value}";'
    if isinstance(value, list):
        value = dict(enumerate(value))
    if isinstance(value, dict):
        body = "".join(php_serialize(k) + php_serialize(v) for k, v in value.items())
        return f"a:{len(value)}:{{{body}}}"
    raise TypeError(type(value).__name__)


#: The staff accounts of the shop's WordPress admin (wp-admin) and its WooCommerce REST API keys,
#: as WordPress and WooCommerce store them: a role in ``wp_capabilities``, the day of the last
#: visit in ``wc_last_active``, application passwords in ``_application_passwords`` and keys in
#: ``wp_woocommerce_api_keys``. What the access review shows: two active administrators, one
#: administrator unused since March (dormant), a shop manager, and the Mailchimp integration's
#: user made an administrator (it needs only subscribers' e-mail addresses) with a read/write
#: key; an ERP key that can write and was never used. Names are made up, not drawn from Faker.
#: (user id, login, first name, last name, role, days since last active)
STAFF = (
    (61, "r.okafor", "Rosa", "Okafor", "administrator", 1),
    (62, "m.brandt", "Martin", "Brandt", "administrator", 212),
    (63, "j.wells", "Jo", "Wells", "shop_manager", 0),
    (64, "mailchimp-sync", "Mailchimp", "Sync", "administrator", 0),
)
#: (key id, user id, description, permissions, days since last access or None: never used)
API_KEYS = (
    (1, 64, "Mailchimp for WooCommerce", "read_write", 0),
    (2, 61, "Partner ERP order import", "write", None),
)
#: The staff accounts draw from a generator of their own, after everything else: every other
#: row is the same with or without them.
STAFF_SEED = SEED + 2
_LEVELS = {"administrator": "10", "shop_manager": "9"}


def _hex(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def staff(db: sqlite3.Connection, rng: random.Random) -> None:
    """The wp-admin staff, their roles and last visits, an application password and the REST
    API keys (every secret and hash is random, standing in for the real thing)."""
    day = datetime(NOW.year, NOW.month, NOW.day, tzinfo=UTC)
    for uid, login, first, last, role, idle in STAFF:
        registered = NOW - timedelta(days=400 + rng.randint(0, 900))
        db.execute(
            "INSERT INTO wp_users VALUES (?, ?, ?, ?, ?, '', ?, '', 0, ?)",
            (
                uid,
                login,
                "$P$B" + "".join(rng.choice("abcdefXYZ0123456789./") for _ in range(31)),
                login.replace(".", "-"),
                f"{login.replace('.', '')}@larkspur-co.example",
                _stamp(registered),
                f"{first} {last}",
            ),
        )
        meta = [
            ("wp_capabilities", php_serialize({role: True})),
            ("wp_user_level", _LEVELS[role]),
            ("first_name", first),
            ("last_name", last),
            ("wc_last_active", str(int((day - timedelta(days=idle)).timestamp()))),
        ]
        if login == "mailchimp-sync":
            created = NOW - timedelta(days=300)
            password = {
                "uuid": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                "app_id": "",
                "name": "Mailchimp for WooCommerce",
                "password": "$P$B"
                + "".join(rng.choice("abcdefXYZ0123456789./") for _ in range(31)),
                "created": int(created.timestamp()),
                "last_used": int((NOW - timedelta(hours=3)).timestamp()),
                "last_ip": "203.0.113.24",
            }
            meta.append(("_application_passwords", php_serialize([password])))
        db.executemany(
            "INSERT INTO wp_usermeta (user_id, meta_key, meta_value) VALUES (?, ?, ?)",
            [(uid, key, value) for key, value in meta],
        )
    for kid, uid, description, permissions, idle in API_KEYS:
        consumer_key = _hex(rng, 64)  # WooCommerce keeps an HMAC-SHA256 of the key
        db.execute(
            "INSERT INTO wp_woocommerce_api_keys VALUES (?, ?, ?, ?, ?, ?, NULL, ?, ?)",
            (
                kid,
                uid,
                description,
                permissions,
                consumer_key,
                "cs_" + _hex(rng, 40),
                _hex(rng, 7),
                None if idle is None else _stamp(NOW - timedelta(days=idle, hours=2)),
            ),
        )


def _stamp(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%d %H:%M:%S")


def options(rng: random.Random) -> list[tuple[str, str]]:
    secret = "sk_live_" + "".join(
        rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789") for _ in range(40)
    )
    return [
        ("siteurl", SITE),
        ("home", SITE),
        ("blogname", "Larkspur & Co Wholesale"),
        ("admin_email", "it@larkspur-co.example"),
        ("db_version", "57155"),
        ("woocommerce_version", "9.4.2"),
        ("woocommerce_db_version", "9.4.2"),
        ("active_plugins", php_serialize(PLUGINS)),
        ("recently_activated", php_serialize({"hello.php": 1790000000})),
        ("woocommerce_currency", "EUR"),
        ("woocommerce_default_country", "GB"),
        (
            "klaviyo_settings",
            php_serialize({"klaviyo_newsletter_list_id": "VkR3xQ", "klaviyo_popup": False}),
        ),
        # The real Stripe plugin keeps its keys here in plain text; this one is made up.
        (
            "woocommerce_stripe_settings",
            php_serialize(
                {
                    "enabled": "yes",
                    "testmode": "no",
                    "title": "Card",
                    "secret_key": secret,
                    "capture": "yes",
                }
            ),
        ),
        (
            "mailchimp-woocommerce",
            php_serialize({"mailchimp_list": "a1b2c3d4e5", "newsletter_label": "Trade news"}),
        ),
        (
            "b2b_price_tiers_settings",
            php_serialize({"sync_url": "http://pricing.partner-erp.example/api/tiers", "tiers": 3}),
        ),
    ]


def build(path: Path) -> None:
    fake = Faker(["en_GB", "de_DE", "fr_FR"])
    Faker.seed(SEED)
    rng = random.Random(SEED)
    tmp = path.with_suffix(".tmp")
    tmp.unlink(missing_ok=True)
    db = sqlite3.connect(tmp)
    db.executescript(DDL)
    db.executemany("INSERT INTO wp_options (option_name, option_value) VALUES (?, ?)", options(rng))
    customers = []
    for i in range(1, 61):
        first, last = fake.first_name(), fake.last_name()
        company = fake.company()
        email = f"{first}.{last}@{fake.free_email_domain()}".lower().replace(" ", "")
        registered = NOW - timedelta(days=rng.randint(30, 1400), seconds=rng.randint(0, 86399))
        db.execute(
            "INSERT INTO wp_users VALUES (?, ?, ?, ?, ?, '', ?, '', 0, ?)",
            (
                i,
                f"{first}{last}".lower()[:20],
                "$P$B" + "".join(rng.choice("abcdefXYZ0123456789./") for _ in range(31)),
                f"{first}-{last}".lower(),
                email,
                _stamp(registered),
                f"{first} {last}",
            ),
        )
        for key, value in (
            ("billing_company", company),
            ("billing_phone", fake.phone_number()),
            ("first_name", first),
            ("last_name", last),
        ):
            db.execute(
                "INSERT INTO wp_usermeta (user_id, meta_key, meta_value) VALUES (?, ?, ?)",
                (i, key, value),
            )
        address = (fake.street_address(), fake.city(), fake.postcode(), fake.country_code())
        db.execute(
            "INSERT INTO wp_wc_customer_lookup VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '')",
            (
                i,
                i,
                f"{first}{last}".lower()[:20],
                first,
                last,
                email,
                _stamp(NOW - timedelta(days=rng.randint(0, 29))),
                _stamp(registered),
                address[3],
                address[2],
                address[1],
            ),
        )
        customers.append((i, first, last, company, email, address, registered))
    order_id = 1000
    for i, first, last, company, email, address, registered in customers:
        for _ in range(rng.randint(1, 4)):
            order_id += 1
            placed = registered + timedelta(days=rng.randint(0, (NOW - registered).days))
            db.execute(
                "INSERT INTO wp_wc_orders VALUES (?, 'wc-completed', 'EUR', 'shop_order', ?, ?, ?,"
                " ?, 'stripe', ?, ?, 'Mozilla/5.0')",
                (
                    order_id,
                    round(rng.uniform(200, 4000), 2),
                    i,
                    email,
                    _stamp(placed),
                    "ch_" + "".join(rng.choice("abcdef0123456789") for _ in range(24)),
                    fake.ipv4_public(),
                ),
            )
            for kind in ("billing", "shipping"):
                db.execute(
                    "INSERT INTO wp_wc_order_addresses (order_id, address_type, first_name, "
                    "last_name, company, address_1, address_2, city, state, postcode, country, "
                    "email, phone) VALUES (?, ?, ?, ?, ?, ?, '', ?, '', ?, ?, ?, ?)",
                    (
                        order_id,
                        kind,
                        first,
                        last,
                        company,
                        address[0],
                        address[1],
                        address[2],
                        address[3],
                        email,
                        fake.phone_number(),
                    ),
                )
    for post in range(1, 13):
        db.execute(
            "INSERT INTO wp_posts VALUES (?, 1, ?, ?, ?, 'publish', ?, 'product')",
            (
                post,
                _stamp(NOW - timedelta(days=400 - post)),
                fake.paragraph(),
                f"Linen bundle {post}",
                f"linen-bundle-{post}",
            ),
        )
        db.execute(
            "INSERT INTO wp_postmeta (post_id, meta_key, meta_value) VALUES (?, '_price', ?)",
            (post, str(rng.randint(20, 90))),
        )
    for n in range(1, 25):
        i, first, last, _c, email, _a, registered = rng.choice(customers)
        db.execute(
            "INSERT INTO wp_comments VALUES (?, ?, ?, ?, ?, ?, ?, '1', 'review', ?)",
            (
                n,
                rng.randint(1, 12),
                f"{first} {last}",
                email,
                fake.ipv4_public(),
                _stamp(registered + timedelta(days=rng.randint(1, 30))),
                fake.sentence(),
                i,
            ),
        )
    db.execute("INSERT INTO wp_terms VALUES (1, 'Linen', 'linen')")
    db.execute("INSERT INTO wp_term_taxonomy VALUES (1, 1, 'product_cat', '', 0, 12)")
    for s in range(1, 9):
        db.execute(
            "INSERT INTO wp_woocommerce_sessions (session_key, session_value, session_expiry) "
            "VALUES (?, ?, ?)",
            (
                "".join(rng.choice("0123456789abcdef") for _ in range(32)),
                php_serialize({"cart": "", "customer": ""}),
                1790000000 + s * 3600,
            ),
        )
    db.execute(
        "INSERT INTO wp_wc_webhooks VALUES (1, 'active', 'Orders to ERP', 1, "
        "'https://hooks.partner-erp.example/woocommerce/orders', ?, 'order.created', ?, 3)",
        ("".join(rng.choice("0123456789abcdef") for _ in range(40)), _stamp(NOW)),
    )
    staff(db, random.Random(STAFF_SEED))
    db.commit()
    problems = db.execute("PRAGMA foreign_key_check").fetchall()
    assert not problems, problems
    db.execute("ANALYZE")
    db.commit()
    db.execute("VACUUM")
    db.close()
    tmp.replace(path)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path(__file__).parent)
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    build(args.out / "wholesale.sqlite")
    print(f"wrote {args.out / 'wholesale.sqlite'}")


if __name__ == "__main__":
    main()
