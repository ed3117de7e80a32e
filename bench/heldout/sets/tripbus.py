"""Held-out set tripbus: the sample database of Tripbus, apparently a university databases course
project, written in Italy from May to August 2022 by two students (almost all commits by Giordano Di
Censo; a C client on MySQL with a database user per role: manager, hostess, driver, mechanic,
customer) for a coach tour operator that sells guided bus tours with hotel stays and keeps its own
fleet and workshop. Every table and column is named in Italian, in CamelCase: customers
(``cliente``: e-mail as primary key, first name, surname, address, codice fiscale, document date,
phone, fax), bookings (``prenotazione``) and booked seats with each passenger's name and age
(``postoprenotato``), hotel rooms assigned to a booked seat (``associata``), tours (``tour``), trips
of a tour with driver, hostess, coach, dates, cost and kilometres (``viaggio``), destinations
(``meta``: hotels, museums and other sights with their phone, e-mail, fax and address), places
(``localita``), maps, photos, visits of a trip to a destination (``visita``), hotel rooms and
services (``camera``, ``servizio``, ``offre``), employees (``dipendente``: type, company phone,
first name, surname), user logins (``utente``: e-mail, a plain-text password in a ``varchar(8)``,
user type), coach models and comforts (``modello``, ``comfort``, ``presenti``), coaches by number
plate (``mezzo``), inspections (``revisione``), service coupons (``tagliando``), spare parts
(``ricambio``) and the link tables between them.

The repository keeps its schema as one file per table (``sql/ddl/table/<table>.sql``) and its sample
rows as one hand-written file per table (``sql/dml/delete_and_insert_<table>.sql``);
``init_db/init_sample_database.c`` runs them, DDL then rows, in a fixed order, which this module
follows (``create_all.sql``, an older single-file copy of the DDL that the program no longer runs,
is not used). All 29 tables are loaded; 27 have rows (``rt`` and ``sostituito`` have no rows file),
129 rows in all, the authors' test data: 4 customers (one of them keyed by the e-mail ``1``), 4
bookings, 6 booked seats of 6 passengers aged 20 to 25 (4 of them the customers again), 3 employees
(driver, hostess, mechanic), 6 logins (one per role at a test domain and the customer ``1``, all
with the same one-character password), 6 destinations of which 2 hotels (placeholder phone, e-mail
and fax), 4 tours, 4 trips, 5 visits, 4 coaches, 8 inspections.

Translation, in this module: the files name the database ``tripdb`` in front of every table
(```tripdb`.`cliente```); that qualifier is dropped, so the tables go into ``heldout_tripbus``;
every backtick-quoted identifier is lower-cased (``NomeCliente`` becomes ``nomecliente``,
``QuantitàSostituita`` becomes ``quantitàsostituita``); the script runs with the session's
``sql_mode`` set to ``NO_ENGINE_SUBSTITUTION`` (not strict), as the authors' server presumably was:
two destinations give ``'-'`` as their opening time (``OrarioDiApertura``, a ``TIME``), which a
strict server refuses, failing those rows and, through the foreign keys, 14 rows after them (rooms,
room assignments, hotel services, photo links, tour stops, visits); not strict, MariaDB stores
``00:00:00`` with a warning (the only warnings of the load). Otherwise the files run as written,
their ``DELETE FROM`` lines (no-ops in the empty database) included.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from sqlsource import SourceError, lower_identifiers, text_of

REPO = "Nyquister089/Tripbus_commit"
COMMIT = "49967502164dd4311336305206dd414443a0847a"
FILES = (
    "sql/ddl/table/<table>.sql (29 files) and sql/dml/delete_and_insert_<table>.sql (27 files), "
    "in the order of init_db/init_sample_database.c (the per-table schema and hand-written "
    "sample rows of Tripbus, an Italian university databases project of 2022 for a coach tour "
    "operator: customers, bookings and passengers, tours, trips, destinations and hotels, "
    "employees and logins, coaches, inspections and spare parts; all 29 tables and all rows)"
)
LICENCE = "none stated (the repository has no licence file; a student's project)"
ENGINE = "mysql"

#: the DDL files, in the order init_sample_database.c runs them
TABLE_FILES = (
    "localita",
    "meta",
    "servizio",
    "offre",
    "camera",
    "cliente",
    "prenotazione",
    "modello",
    "mezzo",
    "tour",
    "dipendenti",
    "viaggio",
    "postoprenotato",
    "associata",
    "comfort",
    "presenti",
    "revisione",
    "ricambio",
    "documentazionefotografica",
    "tagliando",
    "rt",
    "fme",
    "fmo",
    "tome",
    "mappa",
    "visita",
    "utente",
    "sostituito",
    "competenze",
)
#: the rows files (``delete_and_insert_<name>.sql``), in the order the program runs them
ROW_FILES = (
    "tour",
    "servizio",
    "localita",
    "dipendenti",
    "modello",
    "mezzo",
    "comfort",
    "meta",
    "utente",
    "viaggio",
    "cliente",
    "camera",
    "prenotazione",
    "tome",
    "visite",
    "offre",
    "presenti",
    "foto",
    "fmo",
    "fme",
    "revisione",
    "ricambio",
    "mappa",
    "postoprenotato",
    "associata",
    "competenze",
    "tagliando",
)

_QUALIFIER = re.compile(r"`tripdb`\s*\.\s*", re.I)
_OTHER = re.compile(
    r"^\s*(create\s+database|use\s|drop\s|create\s+(?:trigger|procedure|view))", re.I | re.M
)


def one_file(read: Callable[[str], bytes], path: str) -> str:
    """One file with the ``tripdb`` qualifier dropped; a file that now does more is refused."""
    text = text_of(read(path))
    if _OTHER.search(text):
        raise SourceError(f"{path} now does more than create a table or insert rows")
    if not _QUALIFIER.search(text):
        raise SourceError(f"{path} no longer names its tables `tripdb`.`<table>`")
    return _QUALIFIER.sub("", text)


def script(read: Callable[[str], bytes]) -> str:
    """The 29 DDL files, then the 27 rows files, as one MariaDB script."""
    parts = [one_file(read, f"sql/ddl/table/{t}.sql") for t in TABLE_FILES]
    parts += [one_file(read, f"sql/dml/delete_and_insert_{t}.sql") for t in ROW_FILES]
    return "SET SESSION sql_mode = 'NO_ENGINE_SUBSTITUTION';\n" + lower_identifiers(
        "\n".join(parts)
    )
