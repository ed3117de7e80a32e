"""Held-out set spider_apartments: the ``apartment_rentals`` database of Spider (text-to-SQL).

Apartment buildings (names, address, the first name of a manager, a phone), apartments and their
facilities, guests (gender as ``Male``/``Female``/``Unknown``, names, birth date), bookings and
unit status, all six tables and all their rows, loaded into MariaDB from the benchmark's SQLite
file with the DDL translated by hand: the same snake-case columns in the same order, ``BIT`` as
``BIT(1)``, two ``CHAR`` lengths widened for the values in the file (``building_short_name`` 15 to
20, ``gender_code`` 1 to 10); primary keys kept, foreign keys left out.
"""

from __future__ import annotations

from collections.abc import Callable

import sqlitesource

REPO, COMMIT, LICENCE = sqlitesource.SPIDER
FILES = (
    "datasets/spider/database/apartment_rentals/apartment_rentals.sqlite "
    "(Spider's apartment_rentals, all rows)"
)
ENGINE = "mysql"

_TABLES: sqlitesource.Tables = {
    "apartment_buildings": (
        "Apartment_Buildings",
        (
            "building_id INT NOT NULL",
            "building_short_name CHAR(20)",
            "building_full_name VARCHAR(80)",
            "building_description VARCHAR(255)",
            "building_address VARCHAR(255)",
            "building_manager VARCHAR(50)",
            "building_phone VARCHAR(80)",
        ),
        "PRIMARY KEY (building_id)",
    ),
    "apartments": (
        "Apartments",
        (
            "apt_id INT NOT NULL",
            "building_id INT NOT NULL",
            "apt_type_code CHAR(15)",
            "apt_number CHAR(10)",
            "bathroom_count INT",
            "bedroom_count INT",
            "room_count CHAR(5)",
        ),
        "PRIMARY KEY (apt_id)",
    ),
    "apartment_facilities": (
        "Apartment_Facilities",
        (
            "apt_id INT NOT NULL",
            "facility_code CHAR(15) NOT NULL",
        ),
        "PRIMARY KEY (apt_id, facility_code)",
    ),
    "guests": (
        "Guests",
        (
            "guest_id INT NOT NULL",
            "gender_code CHAR(10)",
            "guest_first_name VARCHAR(80)",
            "guest_last_name VARCHAR(80)",
            "date_of_birth DATETIME",
        ),
        "PRIMARY KEY (guest_id)",
    ),
    "apartment_bookings": (
        "Apartment_Bookings",
        (
            "apt_booking_id INT NOT NULL",
            "apt_id INT",
            "guest_id INT NOT NULL",
            "booking_status_code CHAR(15) NOT NULL",
            "booking_start_date DATETIME",
            "booking_end_date DATETIME",
        ),
        "PRIMARY KEY (apt_booking_id)",
    ),
    "view_unit_status": (
        "View_Unit_Status",
        (
            "apt_id INT",
            "apt_booking_id INT",
            "status_date DATETIME NOT NULL",
            "available_yn BIT(1)",
        ),
        "PRIMARY KEY (status_date)",
    ),
}


def script(read: Callable[[str], bytes]) -> str:
    """DDL and rows of apartment_rentals as one MariaDB script."""
    data = read("datasets/spider/database/apartment_rentals/apartment_rentals.sqlite")
    return "SET NAMES utf8mb4;\n" + sqlitesource.script(data, _TABLES, ENGINE)
