"""Held-out set meatdelivery: the database of meatdeliverys.com, a meat and grocery delivery
service, apparently in India (Razorpay is its online payment, the commits are in +05:30), a Laravel
web application with customer, shop-owner and delivery-driver roles: customers register and order
meat and groceries from the shops of a delivery location, pay (cash on delivery or online), get
their orders brought by a delivery boy and review them. The repository
anjankumarchaurasiya/https-meatdeliverys.com- is one developer's upload of April 2022 (four
commits); the code appears to be built on a purchased multi-vendor food and grocery delivery script
(its settings hold a licence key and name, ``installer/gambo.sql`` is the script's installer
database with settings and one user only, and food-order settings remain beside the grocery
tables).

``db-files/meatdelivery_new.sql`` is the site's phpMyAdmin dump (MariaDB 10.4, generated 24 April
2022) with its rows: 37 tables, 416 columns. It holds the users of every role in one table (name,
e-mail, phone and its country code, date of birth, location, address, password hash, profile and
cover images, one-time password, referral codes, sign-in provider and its token, device token, role,
coordinates, a driver's radius and availability, notification settings); customers' saved delivery
addresses (type, society or building name, street, city, zip code, coordinates); messages sent
through the contact form (name, e-mail, subject, message); the administrators (name, e-mail,
password hash, image); grocery shops (name, owner, address, coordinates, phone, opening hours),
their categories, items and gallery; grocery orders (customer, delivery boy, coupon, address, date
and time, charges, status, payment token, delivery one-time password) with their lines and reviews;
notifications to users and drivers; coupons, banners, FAQ, languages, currencies, the delivery
locations; the company's, owners', payment, points and general settings (API keys of the payment and
messaging services); and Laravel's OAuth, migrations, failed-job and password-reset tables.

Rows: 24 users (22 customers, role 0; one shop owner, role 1, who owns the shops and the owner
settings; one driver, role 2, with a driver's radius), 6 saved addresses, 56 contact-form messages
(44 with links, mostly spam), 3 locations, 3 shops, 11 categories and 11 subcategories, 84 items,
102 orders with 139 lines, 119 notifications (each greets its recipient by name), 131 currencies,
the settings rows and 2 OAuth clients; the administrators, coupons, reviews, galleries, wishlists
and tokens are empty.

Loaded into MariaDB as written (the dump has no ``CREATE DATABASE`` or ``USE``), with every
backtick-quoted identifier lower-cased (``dateOfBirth``: ``dateofbirth``, ``deliveryBoy_id``:
``deliveryboy_id``); every row is kept.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlsource import lowered_dump

REPO = "anjankumarchaurasiya/https-meatdeliverys.com-"
COMMIT = "62b00e37d2377cae2f0370fc6a836f8131840825"
DUMP = "db-files/meatdelivery_new.sql"
FILES = (
    "db-files/meatdelivery_new.sql (the site's phpMyAdmin dump, April 2022; "
    "all 37 tables and all rows)"
)
LICENCE = (
    "none stated (the repository has no licence file; composer.json keeps the Laravel "
    "skeleton's MIT, which is the framework's)"
)
ENGINE = "mysql"

TABLES = [
    "admin",
    "admin_notification",
    "banner",
    "company_setting",
    "coupon",
    "currency",
    "failed_jobs",
    "faq",
    "gallery",
    "general_setting",
    "grocery_category",
    "grocery_item",
    "grocery_order",
    "grocery_order_child",
    "grocery_review",
    "grocery_shop",
    "grocery_sub_category",
    "language",
    "location",
    "migrations",
    "notification",
    "notification_template",
    "oauth_access_tokens",
    "oauth_auth_codes",
    "oauth_clients",
    "oauth_personal_access_clients",
    "oauth_refresh_tokens",
    "owner_setting",
    "password_resets",
    "payment_setting",
    "permission",
    "point_setting",
    "user_address",
    "user_gallery",
    "user_request",
    "users",
    "user_wishlist",
]


def script(read: Callable[[str], bytes]) -> str:
    """The dump with its identifiers lower-cased, as one MariaDB script, once its 37 tables
    are checked."""
    return lowered_dump(read, DUMP, TABLES)
