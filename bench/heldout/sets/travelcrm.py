"""Held-out set travelcrm: the database of a travel agency's CRM (a CodeIgniter PHP application
for a tour operator in Dubai), where the agency's staff take enquiries from business customers,
build quotations of hotels, meals, transfers, excursions and visas for the travellers, follow
the leads up, send invoices and keep their suppliers, hotel rooms, routes and ticket stock.

``database/travelcrm (2).sql`` is the newer and larger of the repository's two dumps (a
phpMyAdmin dump of MySQL 8.0.30, September 2022, of the database ``travelcrm``) with the
developers' test rows: 36 base tables. Business-to-business leads (company, contact's first and
last name, e-mail, mobile number, stage), follow-ups and to-dos naming the customer, enquiries
for packages, hotels, transfers, excursions and visas (traveller's name and nationality),
quotation lines and itineraries, invoices (client, address, phone, amounts) and their payments,
visa document uploads, suppliers (contact person, bank account), the staff's log-in accounts
(user name, password, name, address, phone, e-mail, photo), ticket stock sold to companies, and
catalogues of hotels, rooms, meals, excursions, routes, vehicles, visas and cities.

Loaded into MariaDB as written (the dump has no ``CREATE DATABASE`` or ``USE``), with every
backtick-quoted identifier lower-cased (``b2bFirstName`` becomes ``b2bfirstname``) and MySQL 8's
table collation ``utf8mb4_0900_ai_ci``, which MariaDB 10 does not know, given as MariaDB's
``utf8mb4_uca1400_ai_ci``; a collation of MySQL 8 anywhere else is refused.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlsource import SourceError, lower_identifiers, single_dump

REPO = "Yashu6666/travelcrm"
COMMIT = "84aab86cdb9e4b6a3d8ff48222e9994c660d7508"
FILES = (
    "database/travelcrm (2).sql (the newer and larger of the two database dumps, "
    "September 2022; all tables and rows)"
)
LICENCE = "none stated (the repository has no licence file of its own)"
ENGINE = "mysql"

DUMP = "database/travelcrm (2).sql"
_MYSQL8 = "COLLATE=utf8mb4_0900_ai_ci"
_MARIADB = "COLLATE=utf8mb4_uca1400_ai_ci"


def script(read: Callable[[str], bytes]) -> str:
    """The dump with its identifiers lower-cased and MySQL 8's table collation as MariaDB's."""
    text = single_dump(read, DUMP).replace(_MYSQL8, _MARIADB)
    if "_0900_" in text:
        raise SourceError(f"{DUMP} has a MySQL 8 collation outside a table's options")
    return lower_identifiers(text)
