"""Held-out set pflegedienst: an ambulant care service in Hesse, a student's PostgreSQL project.

A database course project (the "last submission", ``LetzeAbgabe``) of a student in Germany,
kept with his other course work in the public repository of his personal projects website
(2024): the database of an ambulant care service (``Pflegedienst``) around Friedberg and Giessen
in Hesse, whose nurses drive company cars on daily tours to patients at home. Tables and
columns are named in German, with a short prefix per table (``m_`` for ``mitarbeiter``,
``pat_`` for ``patient``...): illnesses
(``erkrankung``, 12), symptoms (``symptome``, 12), cases of illness (``krankheitsfall``, 15:
illness, symptom, strength), care services (``pflegeleistungen``, 5: a case, a name, a
duration), materials (``materialien``, 10) and medicines (``medizin``, 5) with price and
quantity, and the materials and medicines a care service uses (``materialpos``, 8;
``medizinpos``, 2); an evaluation catalogue (``evaluationskatalog``, 3); company cars
(``firmenfahrzeug``, 5: number plate, mileage, next inspection, repairs); employees
(``mitarbeiter``, 7: surname, first name, birth date, street address, postcode, town); health
insurers (``krankenkasse``, 10: name, statutory or private); which employee drives which car
(``fahrzeugvergabe``, 5); patients (``patient``, 5: insurer, surname, first name, birth date,
street address, postcode, town, insurance number, and the relatives to call as free text); an
employee's tour of a day (``tourenplanung``, 8: duration, length), its stops at patients
(``tourenpos``, 8), the care visits made (``pflegeeinsatz``, 9: stop, employee, patient, care
service, date, start and end time), bills (``abrechnung``, 5) and their lines
(``abrechnungspos``, 5), and ratings (``evaluation``, 4: catalogue entry, employee, patient,
visit, a percentage).

The author wrote the project for PostgreSQL (the repository also keeps a ``pg_dump`` custom
archive of it, PostgreSQL 15.1, with the same twenty tables). Loaded into PostgreSQL:
``TABELLEMITERWEITERUNG.sql`` (the DDL of the extended schema, twenty ``CREATE TABLE``
statements with primary and foreign keys) runs as written, unquoted names folding to lower case;
the rows are the 21 INSERTs of ``DATENMITERWEITERUNG.sql`` (the extended schema's test data),
read with ``sqlsource`` and written back table by table with every value as written (dates and
times as text, which PostgreSQL reads as written). ``materialpos.map_menge`` is given by no INSERT
and stays empty. Left out: the earlier versions of the schema and data, the exercise queries,
triggers, procedures and views, and the ``pg_dump`` archive.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from sqlsource import SourceError, parse_inserts, pg_insert, pg_literal, text_of

REPO = "MarkusGutjahr/MyProjectsWebsite"
COMMIT = "875d56c21ae18abe2576e05ad4a19a2faff6c25c"
_DIR = "client/public/pageFiles/Datenbank/LetzeAbgabe"
FILES = (
    f"{_DIR}/TABELLEMITERWEITERUNG.sql (the twenty tables' PostgreSQL DDL, as written) and "
    f"{_DIR}/DATENMITERWEITERUNG.sql (all their rows)"
)
LICENCE = "none stated (the repository has no licence file; a student's course project)"
ENGINE = "postgresql"

_DDL = f"{_DIR}/TABELLEMITERWEITERUNG.sql"
_DATA = f"{_DIR}/DATENMITERWEITERUNG.sql"

_EXPECTED = {
    "erkrankung": 12,
    "symptome": 12,
    "krankheitsfall": 15,
    "pflegeleistungen": 5,
    "materialien": 10,
    "medizin": 5,
    "materialpos": 8,
    "medizinpos": 2,
    "evaluationskatalog": 3,
    "firmenfahrzeug": 5,
    "mitarbeiter": 7,
    "krankenkasse": 10,
    "fahrzeugvergabe": 5,
    "patient": 5,
    "tourenplanung": 8,
    "tourenpos": 8,
    "pflegeeinsatz": 9,
    "abrechnung": 5,
    "abrechnungspos": 5,
    "evaluation": 4,
}


def script(read: Callable[[str], bytes]) -> str:
    """The care service's twenty tables (the author's DDL) and all their rows, for PostgreSQL."""
    ddl = text_of(read(_DDL))
    created = [t.lower() for t in re.findall(r"(?im)^\s*CREATE TABLE (\w+)\s*\(", ddl)]
    if sorted(created) != sorted(_EXPECTED) or re.search(
        r"(?i)\b(insert|drop|alter|create (?!table))\b", ddl
    ):
        raise SourceError(f"{_DDL} changed: tables {created}")
    counts = dict.fromkeys(_EXPECTED, 0)
    statements = []
    for ins in parse_inserts(text_of(read(_DATA))):
        if ins.table not in counts or ins.columns is None:
            raise SourceError(f"{_DATA}: an INSERT into {ins.table} not expected")
        counts[ins.table] += len(ins.rows)
        rows = [[pg_literal(v) for v in row] for row in ins.rows]
        statements.extend(pg_insert(ins.table, ins.columns, rows))
    if counts != _EXPECTED:
        raise SourceError(f"{_DATA} changed: {counts}")
    return "\n".join([ddl, *statements])
