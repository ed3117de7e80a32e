"""Held-out set jewelentry: the development database of JewelEntry, a jewellery shop's
management system (stock of gold and silver by weight and purity, hallmarked items, sales and
GST invoices, custom orders made by goldsmiths, gold saving plans, loans against collateral,
lucky draws and coupons), a plain-PHP and MySQL/MariaDB web application from India offered to
several shops ("firms") on subscription.

The repository ``jeetinfosoultion1212/JewelEntry`` holds 35 commits from 29 May to 13 July 2025,
in Indian time, by one developer under two spellings of one name (Prosenjit Haldar and Halder)
and one upload through GitHub's web page by the repository's account, the commit that adds this
dump. Every table and column is named in English, some misspelt (``transctions_type``) or in
the trade's Hindi words (``karigars``, the goldsmiths and artisans who make ordered pieces;
``urd_amount``, old gold bought back from an unregistered customer; ``huid_code``, the
six-character hallmark unique id). A shop registers as a ``firm`` (firm name, the owner's name,
and the mobile number and e-mail address the owner signs up with, which the registration code
also writes to the owner's account; later the shop's address, PAN and GST numbers, BIS
registration, bank account with IFSC code, logo and tagline) with a trial subscription
(``firm_subscriptions``, ``subscription_plans``) and settings (``firm_configurations``); its
staff log in as ``firm_users`` (name, user name, bcrypt hash, e-mail, phone, role, photo path,
reset token). Each shop keeps its customers (``customer``: first and last name, e-mail, phone,
address, city, state, postal code, country, date of birth, a "special day" such as a wedding
anniversary, gender, type from lead to VIP, PAN and Aadhaar numbers, GST registration and
number, the path of a photo in a blob column), its goldsmiths (``karigars``: name, two phone
numbers, e-mail, two address lines, city, state, postal code, country, default making charge and
how it is charged, GST and PAN numbers) and its suppliers (name, contact number, e-mail,
address, state, phone, GST number, payment terms, notes); it buys metal and finished pieces
(``metal_purchases``, ``jewellery_purchases``, ``inventory_metals``, ``jewellery_stock_log``),
lists items (``jewellery_items``: type, name, purity, HUID, gross, less and net weight, stones,
making charge, tray) with pictures, sells them (``jewellery_sales`` with its items: rates,
weights, making and hallmark charges, GST, discounts, the payments as a JSON list of type,
amount and reference), takes custom orders (``customer_orders``, ``jewellery_customer_order``,
``jewellery_manufacturing_orders``, ``jewellery_order_items``: design, weights, stones, sizes,
advances, delivery, production stage) for a goldsmith, records payments by party
(``jewellery_payments``, ``jewellery_payments_details``), runs gold saving plans
(``gold_saving_plans``, each customer's ``customer_gold_plans`` and their
``gold_plan_installments``), lends against collateral (``loans``: principal, interest rate,
term, outstanding amount, collateral description and value; ``loan_emis``), holds lucky draws
(``schemes``, ``scheme_entries``, ``scheme_rewards``), and assigns coupons. Nine ``grocery_``
tables (stores, products, brands, categories, units, suppliers, purchases, customers and users
with a role) are left from a grocery application the code grew from; a later commit adds a
script that drops them.

Source: ``jewelentry (1).sql`` as first uploaded (commit "Add files via upload", 3 June 2025),
the phpMyAdmin 5.2.1 dump (MariaDB 10.4.32) generated that day; the commit of 5 June adds the
same keyless rows to it again, and that of 24 June replaces it by ``sql/jewelentrypro.sql``, a
smaller schema of the later code.
All 57 tables and all 630 rows are loaded: 6 firms with 12 subscriptions and 7 staff accounts,
13 customers of two firms, 5 goldsmiths, 14 suppliers, 17 metal stocks with 76 stock movements
and 14 metal purchases, 11 purchases, 5 items with 8 pictures, 3 sales with 3 items, 28 and 15
custom-order rows, 44 payment rows, 84 account transactions, 3 gold plan enrolments and 3
instalments (the keyless tables hold each row up to four times: 21 account transactions, 7
custom orders, 1 enrolment and 1 instalment), 1 loan, 3 lucky draws with 1 entry and 1 reward,
1 coupon assigned to 4 customers, 103 and 8 and 14 category rows, 12 unit rows, the grocery
tables' test products, purchases, stores and 8 supplier rows (2 suppliers); 13 tables are empty
(among them the manufacturing orders, the loan instalments, the grocery customers and users).
The rows are the developer's test entries (placeholder text in the customers' PAN, Aadhaar and
GST columns, a digit for a last name, made-up phone numbers).

Translation, in this module: none beyond lower-casing the backtick-quoted identifiers
(``FirstName``: ``firstname``, ``PANNumber``: ``pannumber``), as the labels name them. The dump
names no database (checked) and runs as written in MariaDB: phpMyAdmin's session settings
(``NO_AUTO_VALUE_ON_ZERO``, one transaction), the 57 ``CREATE TABLE``s (one stored generated
column, ``account_transactions.due_amount``; column and table comments), 44 multi-row INSERTs
(MySQL's zero dates and backslash escapes as written), then the keys of 26 tables, their
``AUTO_INCREMENT``s and two foreign keys (``scheme_rewards`` to ``schemes`` and ``firm``) added
by ``ALTER TABLE``; 31 tables have no key, which is how their rows could repeat. It has no
views, triggers or procedures.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlsource import lowered_dump

REPO = "jeetinfosoultion1212/JewelEntry"
COMMIT = "d4e16c444151aac1ab41a2e36f77a45041ddba3e"
PATH = "jewelentry (1).sql"
FILES = (
    f"{PATH} (the phpMyAdmin dump, MariaDB 10.4, 3 June 2025, of the development database of "
    "JewelEntry, a plain-PHP jewellery shop management system from India for several shops on "
    "subscription: firms with the owner's name, mobile and e-mail, PAN, GST and bank account, "
    "staff accounts, customers with name, e-mail, phone, address, birth date, anniversary, "
    "gender, PAN and Aadhaar numbers and photo, goldsmiths (karigars) with contact data and "
    "PAN, suppliers, metal stock and purchases, hallmarked items, sales, custom orders, "
    "payments, gold saving plans, loans against collateral, lucky draws, coupons, leftover "
    "grocery tables; all 57 tables and all rows)"
)
LICENCE = (
    "none stated (no licence file; the README says MIT and points to a LICENSE file that the "
    "repository never had)"
)
ENGINE = "mysql"

TABLES = [
    "account_transactions",
    "adjustment_items",
    "base_units",
    "coupons",
    "customer",
    "customer_assigned_coupons",
    "customer_gold_plans",
    "customer_orders",
    "firm",
    "firm_configurations",
    "firm_subscriptions",
    "firm_users",
    "gold_plan_installments",
    "gold_saving_plans",
    "grocery_brands",
    "grocery_categories",
    "grocery_customers",
    "grocery_product_purchases",
    "grocery_products",
    "grocery_stores",
    "grocery_suppliers",
    "grocery_units",
    "grocery_users",
    "inventory_history",
    "inventory_metals",
    "inventory_transactions",
    "inventory_usage",
    "jewelentry_categories",
    "jewelentry_category",
    "jewellery_bulk_gold_purchases",
    "jewellery_categories",
    "jewellery_customer_order",
    "jewellery_details",
    "jewellery_inventory",
    "jewellery_items",
    "jewellery_manufacturing_orders",
    "jewellery_order_items",
    "jewellery_payments",
    "jewellery_payments_details",
    "jewellery_price_config",
    "jewellery_product_image",
    "jewellery_products",
    "jewellery_purchase_invoices",
    "jewellery_purchases",
    "jewellery_sales",
    "jewellery_sales_items",
    "jewellery_stock_log",
    "karigars",
    "loan_emis",
    "loans",
    "metal_purchases",
    "scheme_entries",
    "scheme_rewards",
    "schemes",
    "subscription_plans",
    "suppliers",
    "trays",
]


def script(read: Callable[[str], bytes]) -> str:
    """The dump as written, identifiers lower-cased; its table list is checked."""
    return lowered_dump(read, PATH, TABLES)
