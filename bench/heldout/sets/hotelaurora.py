"""Held-out set hotelaurora: the database of HotelAurora, an Italian hotel's front-desk application.

HotelAurora ("Gestionale Hotel Aurora") is a desktop management program for an 81-room hotel
(Python and tkinter, data in SQLite, 2026), written in Italian and growing into a management
game: bookings by e-mail request or at the desk, check-in of every guest of a room with their
birth data and identity document, board (room only, bed and breakfast, half or full board),
meals served per guest and day, bills and a ledger of income and VAT, the cleaning and dining
staff with their hours, reviews and a blacklist of names. The repository commits the
application's own ``hotel.db``; at the commit read here it holds the developer's test data
(names drawn from the program's list of Italian first names, last names and towns, e-mail
booking requests written by its generator): 22 reservations (a booking code, room, the
booker's first and last name, dates, adults and children, price per night, board, e-mail
address, a comment that repeats the address of the e-mail the booking came from, payment and
status; the phone empty), 13 checked-in guests (first and last name; birth date, birth place and
document empty at this commit), 14 links of guests to reservations with the check-in time, 24
e-mails (sender address, subject, a body naming the members of the party and signed with the
booker's name and address, the requested stay), 3 employees (name, role, hourly pay, hiring
date, guests served) and their 17 day rows of hours worked, 10 meals served, 4 ledger rows (a
note naming the room and the guest who paid), 10 rooms, 4 dining tables and 12 settings (one the
name the operator gave at setup); ``blacklist``, ``reception`` and ``reviews`` are empty.

All 14 tables of the file and all their rows, loaded into PostgreSQL under DDL translated from
the file's own: ``INTEGER`` as ``integer``, ``REAL`` as ``numeric(10,2)`` (prices, amounts,
hourly pay and hours), ``TEXT`` as ``text`` except the ISO dates (``date``) and ISO times with
a ``T`` (``timestamp``) that the application writes, and the guests' birth date, kept as
``text`` because the application stores an empty string when it is not given. Primary keys
kept; foreign keys, defaults and SQLite's ``sqlite_sequence`` left out.
"""

from __future__ import annotations

from collections.abc import Callable

import sqlitesource

REPO = "Don106-blend/Gestionale-HotelAurora"
COMMIT = "03d8ae3258ac168b6ad19e5621ee1ae9cfa11ab1"
_FILE = "hotel.db"
FILES = (
    f"{_FILE} (the application's SQLite database with the developer's test data, as committed"
    " on 2 July 2026; all 14 tables and rows; the newest commits empty it)"
)
LICENCE = "none stated (the repository has no licence file; README.md describes the program)"
ENGINE = "postgresql"

_TABLES: sqlitesource.Tables = {
    "rooms": (
        "rooms",
        (
            "number integer NOT NULL",
            "floor integer NOT NULL",
            "is_suite integer NOT NULL",
            "max_adults integer NOT NULL",
            "max_children integer NOT NULL",
            "dirty integer NOT NULL",
            "blocked integer NOT NULL",
            "wear integer NOT NULL",
        ),
        "PRIMARY KEY (number)",
    ),
    "reservations": (
        "reservations",
        (
            "id integer NOT NULL",
            "code text NOT NULL",
            "room_number integer NOT NULL",
            "first_name text NOT NULL",
            "last_name text NOT NULL",
            "checkin_date date NOT NULL",
            "checkout_date date NOT NULL",
            "adults integer NOT NULL",
            "children integer NOT NULL",
            "price_per_night numeric(10,2) NOT NULL",
            "board text NOT NULL",
            "discount numeric(10,2)",
            "phone text NOT NULL",
            "email text NOT NULL",
            "color text NOT NULL",
            "comments text NOT NULL",
            "payment text NOT NULL",
            "status text NOT NULL",
            "created_at date NOT NULL",
            "complaints integer NOT NULL",
        ),
        "PRIMARY KEY (id)",
    ),
    "guests": (
        "guests",
        (
            "id integer NOT NULL",
            "first_name text NOT NULL",
            "last_name text NOT NULL",
            "birth_date text NOT NULL",
            "birth_place text NOT NULL",
            "document_type text NOT NULL",
            "document_number text NOT NULL",
        ),
        "PRIMARY KEY (id)",
    ),
    "reservation_guests": (
        "reservation_guests",
        (
            "id integer NOT NULL",
            "reservation_id integer NOT NULL",
            "guest_id integer NOT NULL",
            "is_child integer NOT NULL",
            "checked_in_at timestamp",
        ),
        "PRIMARY KEY (id)",
    ),
    "meals_served": (
        "meals_served",
        ("guest_id integer NOT NULL", "day date NOT NULL", "meal text NOT NULL", "ok integer"),
        "PRIMARY KEY (guest_id, day, meal)",
    ),
    "ledger": (
        "ledger",
        (
            "id integer NOT NULL",
            "day date NOT NULL",
            "kind text NOT NULL",
            "category text NOT NULL",
            "amount numeric(10,2) NOT NULL",
            "note text NOT NULL",
        ),
        "PRIMARY KEY (id)",
    ),
    "mails": (
        "mails",
        (
            "id integer NOT NULL",
            "received_at timestamp NOT NULL",
            "sender text NOT NULL",
            "subject text NOT NULL",
            "body text NOT NULL",
            "first_name text NOT NULL",
            "last_name text NOT NULL",
            "checkin date NOT NULL",
            "checkout date NOT NULL",
            "adults integer NOT NULL",
            "children integer NOT NULL",
            "board text NOT NULL",
            "inserted integer NOT NULL",
            "kind text NOT NULL",
            "rejected integer NOT NULL",
            "archived integer NOT NULL",
        ),
        "PRIMARY KEY (id)",
    ),
    "dining_tables": (
        "dining_tables",
        (
            "id integer NOT NULL",
            "kind text NOT NULL",
            "chairs integer NOT NULL",
            "col integer NOT NULL",
            "row integer NOT NULL",
        ),
        "PRIMARY KEY (id)",
    ),
    "employees": (
        "employees",
        (
            "id integer NOT NULL",
            "first_name text NOT NULL",
            "last_name text NOT NULL",
            "role text NOT NULL",
            "hourly numeric(10,2) NOT NULL",
            "hired_on date NOT NULL",
            "served integer NOT NULL",
        ),
        "PRIMARY KEY (id)",
    ),
    "work_hours": (
        "work_hours",
        (
            "id integer NOT NULL",
            "employee_id integer NOT NULL",
            "day date NOT NULL",
            "hours numeric(10,2) NOT NULL",
            "paid integer NOT NULL",
        ),
        "PRIMARY KEY (id)",
    ),
    "blacklist": (
        "blacklist",
        ("first_name text NOT NULL", "last_name text NOT NULL"),
        "",
    ),
    "reception": (
        "reception",
        (
            "id integer NOT NULL",
            "reservation_id integer NOT NULL",
            "kind text NOT NULL",
            "first_name text NOT NULL",
            "last_name text NOT NULL",
            "is_child integer NOT NULL",
            "arrived_at timestamp NOT NULL",
        ),
        "PRIMARY KEY (id)",
    ),
    "reviews": (
        "reviews",
        (
            "id integer NOT NULL",
            "day date NOT NULL",
            "guest text NOT NULL",
            "stars integer NOT NULL",
            "text text NOT NULL",
        ),
        "PRIMARY KEY (id)",
    ),
    "settings": (
        "settings",
        ("key text NOT NULL", "value text NOT NULL"),
        "PRIMARY KEY (key)",
    ),
}


def script(read: Callable[[str], bytes]) -> str:
    """DDL and rows of HotelAurora's test database as one PostgreSQL script."""
    return sqlitesource.script(read(_FILE), _TABLES, ENGINE)
