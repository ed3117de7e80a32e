"""Held-out set carpool: the database of a car-pooling (ride-sharing) web application (plain
PHP, from the Philippines, a student project), where drivers register their cars and offer
trips between towns with a price per seat, passengers book seats, both pay with tickets bought
and cashed out through a mobile wallet, and passengers rate trips.

``carpool.sql`` is the one phpMyAdmin dump at the repository's newest commit (August 2023) of
the developers' installation, with its test rows: 7 tables, all filled. It holds users (first,
middle and last name, mobile number, birth date, street, barangay, city and province, e-mail, a
plain-text password, user type, ticket balance, driver's licence number, applicant flag, status,
alert flag and profile picture file name), cars (model, make, type, capacity, plate number,
chassis number, owner, approval flag), cash transactions (cash-in or cash-out, date, amount,
fees, the wallet's reference and mobile number, balance, status, user), trips (start and end
location, departure time, seats available, status, driver, car), seat rates of a trip (seat
position, price), the passengers of a trip (trip, approval, time, user, seat rate) and ratings
(stars, message, user, trip).

Loaded into MariaDB as written (the dump has no ``CREATE DATABASE`` or ``USE``), with every
backtick-quoted identifier lower-cased (``Users_idUsers`` becomes ``users_idusers``).
"""

from __future__ import annotations

from collections.abc import Callable

from sqlsource import lower_identifiers, single_dump

REPO = "iDerrillix/vasalloj-carpool"
COMMIT = "9f7e2f220ccf05533cb511ac167c0314a91321c4"
FILES = "carpool.sql (the database dump at the newest commit, August 2023; all tables and rows)"
LICENCE = (
    "none stated (the repository has no licence file of its own; "
    "phpmailer/LICENSE is the bundled library's)"
)
ENGINE = "mysql"

DUMP = "carpool.sql"


def script(read: Callable[[str], bytes]) -> str:
    """The dump with its identifiers lower-cased, as one MariaDB script."""
    return lower_identifiers(single_dump(read, DUMP))
