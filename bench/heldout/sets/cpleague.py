"""Held-out set cpleague: the database of the web site of the Community Partnership League, a
junior (under-7 to under-18) grassroots football league around Bolton, Greater Manchester,
written in plain PHP on MySQL by one developer (Chris Wray) in July 2020 and kept on GitHub as
sys164/cpleague with the site's files, a vendored phpMyAdmin and webmail.

``config/sql/CPL-seed.sql`` creates the nine tables (hand-written in phpMyAdmin's style) and
``config/sql/CPL-data.sql`` fills them: the member clubs (name, street, area, town, one or two
postcodes, web site, a distance, and the ids of the club's chairperson, secretary, welfare officer
and treasurer), the league's committee (last and first name, gender, e-mail, mobile, position,
age groups looked after, a photo file), the clubs' officers in one table per role
(``chairperson``, ``secretary``, ``treasurer``, ``welfare``: first name, surname, mobile, e-mail,
a password and a hash column, times and an active flag), the team coaches (name, mobile,
e-mail), teams (age group, name, club and coach ids) and the divisions of each age group and
season. 76 rows: 27 clubs, 23 divisions, 10 committee members, 5 coaches, 4 secretaries, 2
chairpersons, 1 treasurer, 1 welfare officer and 3 teams; the officers' passwords and ``hash``
columns are unsalted MD5 (the ``hash`` is the MD5 of a random number, the token of the first-login
e-mail link). The people look like the league's and its clubs' real officers, beside a few test
rows of the developer.

Loaded into MariaDB as written, the seed's DDL and then the data's rows, with each file's
``USE `dbs324471``` line left out (the database of the site's host) and every backtick-quoted
identifier lower-cased (``Created``, ``Modified`` and ``Active`` of ``commmittee`` and
``divisions``). The files' own ``SET SQL_MODE``, ``START TRANSACTION``/``COMMIT``, the seed's
``DROP TABLE IF EXISTS`` and the data's ``TRUNCATE TABLE`` lines are kept; the table name
``commmittee`` keeps its three m's.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlsource import lower_identifiers, text_of

REPO = "sys164/cpleague"
COMMIT = "fa0a3f0e9d54c7ae71b4907ec45d147790e6d07f"
FILES = (
    "config/sql/CPL-seed.sql and config/sql/CPL-data.sql (the hand-written schema and rows of "
    "the Community Partnership League's web site, a junior football league around Bolton, July "
    "2020: clubs, committee, club officers, coaches, teams, divisions; all 9 tables and all rows)"
)
LICENCE = "none stated (the repository has no licence file of its own; only vendored code has)"
ENGINE = "mysql"

SEED = "config/sql/CPL-seed.sql"
DATA = "config/sql/CPL-data.sql"
USE = "USE `dbs324471`;\n"


def _without_use(path: str, read: Callable[[str], bytes]) -> str:
    text = text_of(read(path)).replace("\r\n", "\n")
    if text.count(USE) != 1:
        raise ValueError(f"{path}: expected one {USE.strip()!r} line")
    return text.replace(USE, "")


def script(read: Callable[[str], bytes]) -> str:
    """The seed's tables, then the data's rows, as one MariaDB script."""
    return lower_identifiers(_without_use(SEED, read) + "\n" + _without_use(DATA, read))
