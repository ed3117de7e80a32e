"""Held-out set autofficina: the database of "autofficinaphp", the web application (plain PHP on
MySQL/MariaDB) of a car repair workshop (autofficina) that an Italian upper-secondary student
wrote as the final-year ("quinto superiore") project of 2019: the workshop's administrators and
mechanics (name, surname, codice fiscale, birth date, address, phone, e-mail, a "fired" flag)
register customers (the same personal data) and their vehicles (number plate, make and model),
open repair operations on a vehicle made of interventions from a catalogue (labour cost, time,
VAT, discount), use products and disposals, assign mechanics and issue invoices; customers and
administrators log in with a user name and an MD5 password. Every table and column is named in
Italian (``cliente.cognome``, ``codice_fiscale``, ``data_nascita``, ``localita.via``,
``civico``, ``cap``, ``veicolo.targa``, ``registrazione_cliente.password``), an original Italian
schema.

The repository keeps the phpMyAdmin dump of the database (``autofficinaphp.sql``, exported on
20 May 2019 from MariaDB 10.1) beside the PHP pages, in one commit of November 2019. All 23
tables and all their rows are loaded: 4 administrators and 2 mechanics, 6 customers with 5
customer logins and 4 administrator logins, 9 street addresses (``localita``) that the persons'
rows point at, 6 vehicles, the catalogues of interventions, products, product categories,
disposals, car makes and models, and the reference lists of Italy's 20 regions, 107 provinces and
41 cities; the operational tables (operations, interventions, invoices and their link tables)
are empty.

Translation, in this module: none beyond lower-casing the backtick-quoted identifiers (they are
already lower case). The dump names no database of its own (``single_dump`` checks that) and runs
as written in MariaDB: MySQL syntax, backslash-escaped quotes in two place names, the keys,
AUTO_INCREMENT and foreign keys added by ``ALTER TABLE`` after the rows, in one transaction.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlsource import lowered_dump

REPO = "andreaj00/progetto_quinto_superiore_AUTOFFICINA"
COMMIT = "00c0b1846354b16b1d9eae29b3fd731ef3f8d45a"
FILES = (
    "autofficinaphp.sql (the phpMyAdmin dump, MariaDB 10.1, May 2019, of the database of a car "
    "repair workshop's PHP web application, an Italian upper-secondary school's final-year "
    "project, tables and columns named in Italian: administrators, mechanics and customers with "
    "codice fiscale, birth date, address, phone and e-mail, their logins, vehicles with number "
    "plates, makes and models, intervention, product and disposal catalogues, regions, "
    "provinces and cities, and the empty tables of operations, interventions and invoices; all "
    "23 tables and all rows)"
)
LICENCE = "none stated (the repository has no licence file; a student's school project)"
ENGINE = "mysql"

PATH = "autofficinaphp.sql"
TABLES = [
    "amministrazione",
    "anagrafica_intervento",
    "categoria",
    "citta",
    "cliente",
    "comporre",
    "comportare",
    "fattura",
    "intervento",
    "localita",
    "marca",
    "meccanico",
    "modello",
    "operazione",
    "prodotto",
    "provincia",
    "regione",
    "registrazione_amministrazione",
    "registrazione_cliente",
    "smaltimento",
    "svolgere",
    "utilizzare",
    "veicolo",
]


def script(read: Callable[[str], bytes]) -> str:
    """The dump as written, identifiers lower-cased; its table list is checked."""
    return lowered_dump(read, PATH, TABLES)
