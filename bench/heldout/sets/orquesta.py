"""Held-out set orquesta: the database of Sistema-Orquesta, a web application (Node.js and
Express on MySQL/MariaDB, React front end) written by one developer from September 2025 for
the "Sistema Nacional de Orquestas", Venezuela's national system of youth and children's
orchestras, every table and column named in Spanish: the pupils (``alumno``: full name, date
of birth, gender, contact phone, legal guardian, status, note), their guardians
(``representante``: first name, surname, cédula de identidad, phone, mobile phone, e-mail,
relationship), the link between pupils and guardians with the relationship (``parentesco``),
the programmes (``programa``) a pupil is enrolled in, the instrument inventory (name, serial
number, acquisition date, photo, location, category, state) and the loan of an instrument to a
pupil, concerts and other events with their attendance, and the change logs of pupils,
instruments and events (free-text descriptions and the acting user's name), with the
application's users (name, e-mail, password hash, role) and roles with their permissions.

The repository kept a phpMyAdmin dump of the developer's test database (``prueba_db``,
MariaDB 10.4, 14 October 2025) as ``docs/sistema_orquesta_db(estructura).sql``; a later
commit replaced it with a schema without rows. The dump at commit 19c01da (14 October 2025) is
loaded: all 19 tables and all their rows (the attendance, document and inventory-movement
tables are empty).

Translation, in this module: none beyond lower-casing the backtick-quoted identifiers (they are
all lower case already). The dump names its database only in a comment (``single_dump`` checks
that it neither creates nor uses one) and runs as written in MariaDB: phpMyAdmin's session
settings (``NO_AUTO_VALUE_ON_ZERO``, one transaction), the 19 ``CREATE TABLE``s, one multi-row
INSERT for each table with rows (16), then the primary keys, ``AUTO_INCREMENT``s and foreign
keys added by ``ALTER TABLE``; there are no views, triggers or procedures.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlsource import lowered_dump

REPO = "Jesus64000/Sistema-Orquesta"
COMMIT = "19c01da30edb28453143d040dd6b1e89ec1c63ec"
FILES = (
    "docs/sistema_orquesta_db(estructura).sql (the phpMyAdmin dump, MariaDB 10.4, 14 October "
    "2025, of the test database of Sistema-Orquesta, a Node.js and React web application for "
    "Venezuela's Sistema Nacional de Orquestas: pupils with date of birth, gender, phone and "
    "guardian, guardians with cédula, phones and e-mail, relationships, programmes, "
    "instruments and their loans to pupils, events, change logs, users and roles; all 19 "
    "tables and all rows)"
)
LICENCE = "none stated (the repository has no licence file of its own)"
ENGINE = "mysql"

PATH = "docs/sistema_orquesta_db(estructura).sql"
TABLES = [
    "alumno",
    "alumno_asistencia",
    "alumno_documento",
    "alumno_historial",
    "alumno_programa",
    "alumno_representante",
    "asignacion_instrumento",
    "categoria",
    "estados",
    "evento",
    "evento_historial",
    "instrumento",
    "instrumento_historial",
    "movimiento_inventario",
    "parentesco",
    "programa",
    "representante",
    "rol",
    "usuario",
]


def script(read: Callable[[str], bytes]) -> str:
    """The dump as written, identifiers lower-cased; its table list is checked."""
    return lowered_dump(read, PATH, TABLES)
