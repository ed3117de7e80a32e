"""Held-out set ibuytix: the development database of iBuyTix, an event-ticketing marketplace
(organisers list concerts, matches, parties and conferences and sell tickets for them; buyers
order tickets for themselves and named attendees; promoters promote organisers' events), a
Laravel 5.4 web application with a Passport API for a mobile client, on MySQL/MariaDB.

The repository ``ibuytix1/sixty2.0`` holds two commits by one account (yogeshsixty13, 18 and 20
January 2020, Indian time): the first uploads the whole application with, under ``database/``,
fourteen phpMyAdmin dumps of its development database ``deaninfo_event-ticket`` (named after the
web development firm that apparently built it) taken from 23 May to 26 September 2019, weekly
from July, beside an older dump of April 2019 at the root; the second deletes the fourteen. Every
table and column is named in English, some misspelt (``orgnisars``, ``event_mages``,
``shoping_cart``, ``craeted_at``, ``aditional_information``, ``payed_with``). An organiser
creates events (title, category, subcategory, tags, country, venue address, dates and times,
daily or weekly occurrences, refund policy, who pays the ticket fee, parking, wheelchair access,
house rules such as alcohol, ID card or 18+) with ticket types (free, paid or donation; RSVP,
VIP, early bird) and pictures, discount coupons, a contact list (first and last name, e-mail),
attendee lists, and bank accounts (bank, account name and number, phone, routing number) and
PayPal accounts (e-mail, name, phone) for the payouts; a promoter accepts or rejects requests to
promote an event; a buyer fills a cart, orders tickets (purchaser's name, e-mail and phone,
billing address with landmark, state, country and ZIP code, the tickets chosen with each
attendee's first and last name and e-mail as JSON, the PayPal payer's name, e-mail and payer id,
a barcode, check-in status), keeps payment cards (name, number, expiry, CVV, billing address,
phone), follows organisers and opens help-desk tickets with them (subject, message, reply,
images). An account (``users``: name, e-mail, bcrypt hash, remember token, type 1 user, 2
organiser or 3 promoter, first and last name, about text, mobile, location with coordinates, a
vanity URL, website and Facebook, Instagram, Snapchat and Twitter links) replaced the three
older account tables still in this dump (``user``, ``orgnisars`` and ``promoters``: the same
profile with a plain-text password and a Skype name). Beside them are the admin's login,
categories, tags, plans, CMS pages, Laravel's jobs, migrations and password resets, and
Passport's OAuth clients and tokens.

Source: ``database/deaninfo_event-ticket (12).sql`` of the first commit, the dump (phpMyAdmin
4.7.4, MariaDB 10.1.28) generated on 30 August 2019, the last with both the 147 orders and the
older account tables (the next one drops ``orgnisars`` and ``promoters``, the last empties the
orders). All 36 tables and all 859 rows are loaded: 15 accounts (7 buyers, 6 organisers, 2
promoters), 8, 13 and 19 rows of the older account tables, 34 events with 46 ticket types and 52
pictures, 147 orders with 161 ticket lines, 42 contacts, 7 attendee rows, 16 coupons, 9 bank
accounts, 7 PayPal accounts, 2 cards, 12 help-desk tickets with 16 images, 9 promotion requests, 6
follows, 6 cart items, 197 Passport access tokens of the accounts, 2 OAuth clients, the admin login
and the catalogues; ``jobs``, ``password_resets``, ``shoping_cart`` and the OAuth codes and refresh
tokens are empty. The rows are the developers' test entries (one developer's name again and again,
placeholder phone numbers, ``12345`` passwords, strings such as ``asdf``; a few events are named
after real concerts and venues).

Translation, in this module: none beyond lower-casing the backtick-quoted identifiers
(``cityLat``: ``citylat``), as the labels name them. The dump names no database (checked) and
runs as written in MariaDB: phpMyAdmin's session settings (``NO_AUTO_VALUE_ON_ZERO``, one
transaction), the 36 ``CREATE TABLE``s (one MyISAM table, ``follow``), 32 multi-row INSERTs
(MySQL's zero dates and backslash escapes as written), then the keys, ``AUTO_INCREMENT``s and
one foreign key (``event_subcategory`` to ``event_category``) added by ``ALTER TABLE``; it has
no views, triggers or procedures.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlsource import lowered_dump

REPO = "ibuytix1/sixty2.0"
COMMIT = "124efbe02582ff9abd9ff2c53d9feabaf3c37298"
PATH = "database/deaninfo_event-ticket (12).sql"
FILES = (
    f"{PATH} (the phpMyAdmin dump, MariaDB 10.1, 30 August 2019, of the development database of "
    "iBuyTix, a Laravel event-ticketing marketplace: accounts of buyers, organisers and "
    "promoters with names, e-mail, phone, location, social-media links and passwords, events "
    "with ticket types and pictures, orders with purchaser, billing address, attendees and "
    "PayPal payer, organisers' contacts, bank and PayPal payout accounts, saved cards, coupons, "
    "help-desk tickets, promotion requests, follows, OAuth tokens; all 36 tables and all rows)"
)
LICENCE = (
    "none stated (no licence file; composer.json's license field is MIT, the Laravel "
    "skeleton's, and the README is Laravel's own)"
)
ENGINE = "mysql"

TABLES = [
    "admin",
    "cartitems",
    "cms_pages",
    "contact",
    "coupon",
    "event_attendee",
    "event_category",
    "event_mages",
    "event_plans",
    "event_subcategory",
    "event_ticket",
    "events",
    "follow",
    "helpdesk",
    "helpdesk_category",
    "helpdesk_images",
    "jobs",
    "migrations",
    "oauth_access_tokens",
    "oauth_auth_codes",
    "oauth_clients",
    "oauth_personal_access_clients",
    "oauth_refresh_tokens",
    "order_tickets",
    "orders",
    "orgnisars",
    "password_resets",
    "promoters",
    "promotion_request",
    "shoping_cart",
    "tags",
    "user",
    "user_bank_account",
    "user_cards",
    "user_paypal_account",
    "users",
]


def script(read: Callable[[str], bytes]) -> str:
    """The dump as written, identifiers lower-cased; its table list is checked."""
    return lowered_dump(read, PATH, TABLES)
