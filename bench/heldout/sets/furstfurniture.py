"""Held-out set furstfurniture: the database of Fürst Furniture, a small online furniture shop
(wardrobes, tables and chairs with flat-pack names in the IKEA manner), a plain-PHP and
MySQL/MariaDB (XAMPP) web application with a customer site and an admin panel.

The repository ``JQ-08/FurstFurniture`` holds 62 commits from 15 October to 30 November 2024 by
three names (JQ-08 and JQ, apparently one student, and Jing Ling), with times in UTC+8; the
checkout form's placeholders are a Malaysian name, mobile number and postcode: apparently two
students' course project in Malaysia. Customers
register with a user name, an e-mail address and a password (``users``: an id such as ``Z0002``
made by the application, the user name they log in with, e-mail, password), browse the furniture
(``products``: name, description, price, type, four picture file names, depth, width and
height), fill a cart (``cart``) and check out: each cart line becomes an ``orders`` row that
repeats the buyer's name, phone number (``number``) and e-mail and the delivery address the
checkout form asks for (flat or house number, street, city, state, country and postcode joined
in one string), with the payment method, product, price, quantity, date and status. A forgotten
password is reset by e-mail through ``pwdreset`` (the e-mail address, a selector, a hashed
token and an expiry time, as the PHP code writes them). The admin panel shows profits, orders
and users, and edits the products.

Source: ``shop_db.sql`` at the newest commit, the phpMyAdmin 5.2.1 dump (MariaDB 10.4.28)
generated on 29 November 2024 and last changed that day by the commit "updated database". All 5
tables and all their rows are loaded: 11 accounts (the admin and ten customers; the README lists
them with their plain-text passwords, and the rows hold them so, though the sign-up code would
store a bcrypt hash), 17 orders (one product each) of 3 of the customers, 11 products and 2 cart
lines; ``pwdreset`` is empty. The rows are the developers' test entries (a few first names of the
developers' circle, made-up e-mail addresses, phone numbers and addresses such as digits
repeated).

Translation, in this module: none beyond lower-casing the backtick-quoted identifiers
(``userId``: ``userid``, ``pwdResetEmail``: ``pwdresetemail``), as the labels name them. The
dump names no database (checked) and runs as written in MariaDB: phpMyAdmin's session settings
(``NO_AUTO_VALUE_ON_ZERO``, one transaction), the 5 ``CREATE TABLE``s, 3 multi-row INSERTs, then
the keys, the ``AUTO_INCREMENT``s and one foreign key (``cart.userId`` to ``users``) added by
``ALTER TABLE``; it has no views, triggers or procedures.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlsource import lowered_dump

REPO = "JQ-08/FurstFurniture"
COMMIT = "1ba08a99469fbb69adb0def21cadc281dea3b1d7"
PATH = "shop_db.sql"
FILES = (
    f"{PATH} (the phpMyAdmin dump, MariaDB 10.4, 29 November 2024, of Fürst Furniture, a "
    "plain-PHP online furniture shop: customer accounts with user name, e-mail and password, "
    "products, cart, orders with the buyer's name, phone, e-mail and delivery address, password "
    "resets; all 5 tables and all rows)"
)
LICENCE = "none stated (no licence file; the README does not name one)"
ENGINE = "mysql"

TABLES = ["cart", "orders", "products", "pwdreset", "users"]


def script(read: Callable[[str], bytes]) -> str:
    """The dump as written, identifiers lower-cased; its table list is checked."""
    return lowered_dump(read, PATH, TABLES)
