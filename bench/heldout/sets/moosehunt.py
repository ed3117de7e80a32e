"""Held-out set moosehunt: the database of Jahtirekisteri ("hunting register"), with which a
Finnish hunting club ("metsästysseura") keeps its members, its hunting parties and the sharing of
the meat of the moose and white-tailed deer its hunters shoot.

Jahtirekisteri grew out of "hirviporukka" ("moose gang": "a database for sharing moose meat; we
design a database and a user interface for it"), a PostgreSQL and PyQt5 project that a Finnish IT
teacher built with a class in the autumn of 2022 on a teaching account (TiViOpetus, "opetus" is
teaching). A student of the class (GitHub name eeroleppalehto) copied it into his own repository
on 8 December 2022 and went on with it, later with two other contributors (1,032 commits to
October 2024: the PyQt5 desktop application, then an Express and Prisma server, a React Native
mobile application and Docker files); the GPL 3.0 was added on 8 March 2023. Every table and
column is named in Finnish, in lower case with underscores and without the letters ä and ö
(``jasen``, member; ``etunimi``, first name; ``sukunimi``, last name; ``jakeluosoite``, street
address; ``postinumero``, postcode; ``postitoimipaikka``, post town; ``kaato``, a kill;
``paikka_koordinaatti``, coordinates; ``lisatieto``, further information).

The data is ``docs/SQL/metsastysBackup070323.sql``, a plain pg_dump (PostgreSQL 14.6, 7 March
2023, ``--column-inserts``) of the students' database of that day, with the course's invented
test rows as the students had edited them: the club (``seura``: name and street address), its
members (``jasen``: first and last name, street address, postcode, post town, state active or
left), hunting parties (``seurue``: club, name, leader), meat-sharing groups (``jakoryhma``) and
the members of each group with a meat share and joining and leaving dates (``jasenyys``), kills
(``kaato``: the shooter, date, carcass weight, the place as text and as "latitude,longitude", the
use of the meat, the animal's species, sex and age class, a remark), meat-sharing events
(``jakotapahtuma``: date, group, part of the carcass, kilograms, kill), the club's annual hunting
licences (``lupa``) and the code tables of species, sexes, age classes, carcass parts and meat
uses. All 13 tables and all their rows are loaded, with the dump's 33 views, 3 functions and a
procedure.

Translation, in this module: the dump's ``set_config('search_path', '', false)`` goes (it would
leave the session without a search path), and so do the three ``ALTER TABLE ... OWNER TO
application`` of views and the 127 one-line ``GRANT`` and ``REVOKE`` statements of its privileges
section, which name a login role of the project's server ("application") that the local server
does not have. Everything else runs as written; the names are already lower case.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from sqlsource import SourceError, text_of

REPO = "eeroleppalehto/Jahtirekisteri"
COMMIT = "970b9d919a4e027eec5221b8e8659b1f43221cba"
FILES = (
    "docs/SQL/metsastysBackup070323.sql (a plain pg_dump, PostgreSQL 14.6, 7 March 2023, of the "
    "database of Jahtirekisteri, a Finnish hunting club's register of members, hunting parties, "
    "meat-sharing groups, kills of moose and white-tailed deer with place and coordinates, "
    "meat-sharing events and annual hunting licences, with the invented test rows of the "
    "vocational course it grew from; all 13 tables and all rows, with its views and functions)"
)
LICENCE = "GPL-3.0 (LICENSE of the repository, added 8 March 2023)"
ENGINE = "postgresql"

PATH = "docs/SQL/metsastysBackup070323.sql"
TABLES = [
    "aikuinenvasa",
    "elain",
    "jakoryhma",
    "jakotapahtuma",
    "jasen",
    "jasenyys",
    "kaato",
    "kasittely",
    "lupa",
    "ruhonosa",
    "seura",
    "seurue",
    "sukupuoli",
]

_SEARCH_PATH = re.compile(r"^SELECT pg_catalog\.set_config\('search_path', '', false\);\n", re.M)
_OWNER = re.compile(r"^ALTER TABLE public\.\w+ OWNER TO application;\n", re.M)
_PRIVILEGE = re.compile(r"^(?:GRANT|REVOKE) [^\n]*;\n", re.M)


def script(read: Callable[[str], bytes]) -> str:
    """The dump without its search-path setting, role ownerships and privileges, as checked."""
    text = text_of(read(PATH))
    if re.search(r"CREATE DATABASE|^\\", text, re.M):
        raise SourceError(f"{PATH} now creates or connects to a database")
    created = re.findall(r"^CREATE TABLE public\.(\w+) \(", text, re.M)
    if sorted(created) != TABLES:
        raise SourceError(f"{PATH}: expected the tables {' '.join(TABLES)}, found {created}")
    text, settings = _SEARCH_PATH.subn("", text)
    text, owners = _OWNER.subn("", text)
    text, privileges = _PRIVILEGE.subn("", text)
    if (settings, owners, privileges) != (1, 3, 127):
        raise SourceError(
            f"{PATH} changed: {settings} search-path settings, {owners} ownerships by "
            f"'application' and {privileges} GRANT/REVOKE lines (expected 1, 3 and 127)"
        )
    code = re.sub(r"(?m)^--.*$", "", text)  # pg_dump's comments name the owner too
    if "application" in code or re.search(r"^(?:GRANT|REVOKE)\b", code, re.M):
        raise SourceError(f"{PATH}: a statement on the role 'application' is left")
    return text
