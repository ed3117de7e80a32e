"""Held-out set autismapp: the Play evolutions of AutismApp, a web application for the therapy
teams that work with autistic children in Argentina, with the developers' fake database:
addresses, institutions (therapy centres), patients (with their national identity number (DNI),
health insurer and member number, diagnosis and its grade), therapists (with their national
professional licence number, "Matricula Nacional", and a password) and the teams that link a
patient to an institution; the tables of games, game results, team roles and users are empty.

The repository NoePodesta/AutismApp is a Play Framework 2.1 application in Java (Ebean on
MySQL), written from August 2013 to February 2014 by a small team, apparently in Buenos Aires;
a Flash client (``GetTogetherFlash``) runs the children's exercises. ``conf/evolutions/default``
holds six Play evolutions: ``1.sql`` is Ebean's generated DDL (nine tables, their foreign keys
and indexes) and ``2.sql`` to ``6.sql`` the fake rows the developers added in October 2013, one
INSERT a line: 100 addresses, 20 institutions, 49 patients, 51 therapists, 100 teams (generated
test data: names with an initial, Latin street names, countries as provinces, Argentine mobile
numbers and health insurers).

The commit read is ccf6b19 (25 October 2013, "Add fake dataBase"), where the rows and the DDL
agree: at the next commit the two rows of addresses 1 and 2, which patients and therapists point
at, left ``2.sql``; then the patients' INSERTs named an ``institution_id`` they give no value for,
the DDL was regenerated (``team`` became ``Teams``, the patients' ``q_award_*`` columns went)
while the INSERTs stayed as they were, and in November 2013 they were commented out.
Translation: only each evolution's ``# --- !Ups`` part is run (``6.sql`` has its ``!Downs``
first), in Play's order 1 to 6, with Windows line ends made plain; everything outside string
literals is lower-cased (``Address``, ``idGame``, ``game_idGame`` ...), as the labels name
tables and columns; the rows are kept as written (one diagnosis's doubly encoded UTF-8 ``ó``
included) and all of Ebean's foreign keys hold.
"""

from __future__ import annotations

import re
from collections.abc import Callable

REPO = "NoePodesta/AutismApp"
COMMIT = "ccf6b194f53711e09da5fdaa0241db13b9d6c86f"
EVOLUTIONS = tuple(f"conf/evolutions/default/{n}.sql" for n in range(1, 7))
FILES = (
    "conf/evolutions/default/1.sql to 6.sql (the Play evolutions: Ebean's DDL and the "
    "developers' fake rows; the !Ups parts, all 9 tables and all rows)"
)
LICENCE = "none stated (the repository has no licence file; its README is Play's template)"
ENGINE = "mysql"

_STRING = re.compile(r"'(?:[^'\\]|\\.|'')*'", re.DOTALL)


def _ups(text: str) -> str:
    """The ``# --- !Ups`` part of a Play evolution (up to ``# --- !Downs`` or the end)."""
    start = text.index("# --- !Ups")
    end = text.find("# --- !Downs", start)
    return text[start : end if end >= 0 else len(text)]


def _lower_outside_strings(text: str) -> str:
    """``text`` with everything outside single-quoted literals lower-cased."""
    out, at = [], 0
    for m in _STRING.finditer(text):
        out.append(text[at : m.start()].lower())
        out.append(m.group(0))
        at = m.end()
    out.append(text[at:].lower())
    return "".join(out)


def script(read: Callable[[str], bytes]) -> str:
    """The six evolutions' !Ups parts in order, identifiers lower-cased."""
    parts = []
    for path in EVOLUTIONS:
        text = read(path).decode("utf-8").replace("\r\n", "\n")
        parts.append(_lower_outside_strings(_ups(text)))
    return "\n".join(parts)
