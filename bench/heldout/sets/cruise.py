"""Held-out set cruise: the database of NICE, a cruise line's booking web application (a
Django REST Framework back end over MySQL and a React front end) that a team of three
students wrote from November to December 2024 (75 commits by mahi397, Sankeytank and
ms16001; a Trello board named "db-project" and the feature notes suggest a database course
project; the API is titled "NICE API" and the Django app ``cruise_management``). The schema is
the team's own (db-first: Django's models are ``managed = False`` and were made with
``inspectdb``), its tables prefixed ``mms_``. Every table and column is named in English, the
application's columns in run-together lower case (``emergencycontactname``).

A customer signs up as a Django user (``auth_user``: user name, first and last name, e-mail,
password hash; ``mms_user_profile``: phone number and date of birth), browses trips (name,
start and end date, cost per person, status, cancellation policy, capacity and what remains of
it, a description, the last booking date, a temporary reservation counter and timestamp, the
ship) with their port stops (port, arrival and departure time, order, start or end port, a
description), the ports (name, street address, city, state, country, nearest airport, parking
spots), ships (name, description, capacity), their restaurants (floor, opening and closing
time, which meals, alcohol) and activities (type, name, description, floor, capacity),
staterooms (room number, floor, stateroom type with size, beds, baths, balconies, description
and base price, and location on the ship: bow, stern, port side or starboard side) and each
trip's rooms with a dynamic price; books a trip for a group of passengers (group name and
size) and chooses packages (drinks, internet, specialty dining: name, base price, details).
Each passenger has first and last name, date of birth, gender, contact number, e-mail address,
street address, city, state, country, zip code, nationality, passport number, an emergency
contact's name and number, and the group. A booking (date, status, group, trip, user) gets an
invoice (date, total, payment status, due date, amount due) and payments (date, amount,
method, a transaction id).

``database/Dump20241208.sql`` is the team's MySQL 8.0 dump (mysqldump, "Inserted DML",
8 December 2024) of the database ``nice``: 34 tables, with rows in 20 of them. All 34 tables
and all their 591 rows are loaded: 30 passengers, 10 groups, 30 bookings, 30 invoices, 30
payments, 30 booking-package pairs, 40 trips, 54 port stops, 35 ports, 10 ships, 9
restaurants, 17 activities, 5 packages, 24 rooms, 7 room types, 4 room locations, 24 trip
rooms, 30 trip-package pairs, 123 ship-activity and 49 ship-restaurant pairs. Empty as dumped:
the users and user profiles (the bookings' ``userid`` 1 to 30 point at no user), the ship-room
link and Django's own tables (groups, permissions, admin log, content types, migrations,
sessions, the JWT outstanding and blacklisted tokens of ``djangorestframework-simplejwt``),
which are loaded too, as the application's database holds them. The passengers look invented:
every e-mail address is at example.com, the phone numbers are runs of digits, the passport
numbers are one letter (A to Z in turn) and eight digits, all live in the USA whatever their
nationality, and each emergency contact shares the passenger's last name.

Translation, in this module: none but the collation; the dump names no database, and MySQL 8's
``utf8mb4_0900_ai_ci``, which MariaDB 10 does not know, is written as ``utf8mb4_general_ci``.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlsource import SourceError, lowered_dump

REPO = "mahi397/nice"
COMMIT = "bf39f64bfa401f19dced7303a7949c784d33d558"
PATH = "database/Dump20241208.sql"
FILES = (
    "database/Dump20241208.sql (the MySQL 8 dump of NICE, a cruise line's booking web "
    "application written by a team of three students in November and December 2024 (Django "
    "REST Framework and React; apparently a database course project): passengers (name, birth "
    "date, gender, phone, e-mail, home address, nationality, passport number, emergency "
    "contact), booking groups, bookings, invoices, payments with transaction ids, trips, port "
    "stops, ports, ships, restaurants, activities, packages, staterooms, room types and "
    "locations, trip rooms, and Django's user, profile, session, admin-log and token tables "
    "(empty); all 34 tables and all 591 rows)"
)
LICENCE = "none stated (the repository has no licence file; a course project)"
ENGINE = "mysql"

TABLES = [
    "auth_group",
    "auth_group_permissions",
    "auth_permission",
    "auth_user",
    "auth_user_groups",
    "auth_user_user_permissions",
    "django_admin_log",
    "django_content_type",
    "django_migrations",
    "django_session",
    "mms_activity",
    "mms_booking",
    "mms_booking_package",
    "mms_group",
    "mms_invoice",
    "mms_package",
    "mms_passenger",
    "mms_payment_detail",
    "mms_port",
    "mms_port_stop",
    "mms_restaurant",
    "mms_room",
    "mms_room_loc",
    "mms_room_type",
    "mms_ship",
    "mms_ship_activity",
    "mms_ship_restaurant",
    "mms_ship_room",
    "mms_trip",
    "mms_trip_package",
    "mms_trip_room",
    "mms_user_profile",
    "token_blacklist_blacklistedtoken",
    "token_blacklist_outstandingtoken",
]
MYSQL8_COLLATION = "utf8mb4_0900_ai_ci"


def script(read: Callable[[str], bytes]) -> str:
    """The dump as written, its MySQL 8 collation named as MariaDB 10 knows it."""
    text = lowered_dump(read, PATH, TABLES)
    if MYSQL8_COLLATION not in text:
        raise SourceError(f"{PATH}: no {MYSQL8_COLLATION} any more; look at the dump again")
    return text.replace(MYSQL8_COLLATION, "utf8mb4_general_ci")
