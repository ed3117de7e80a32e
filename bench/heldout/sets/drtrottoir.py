"""Held-out set drtrottoir: the data dump of Dr. Trottoir's web application (SELab-2, Ghent).

Dr-Trottoir-4 is the web application (Django and Django REST framework back end, Next.js front
end, PostgreSQL) that team 4 of Ghent University's Software Engineering Lab 2 wrote in the spring
of 2023 for Dr. Trottoir, a Ghent company whose student workers take the dustbins of apartment
buildings out to the kerb and back in on collection days. Syndics (building managers) have
buildings with addresses; the buildings are grouped into tours per region; students are put on a
tour for a day, walk it building by building and leave remarks (arrival, departure, problems) at
each building; garbage collections per building and date say what kind of waste goes out.

The repository ships ``backend/datadump.json``, made with ``manage.py dumpdata --natural-foreign
--natural-primary -e contenttypes -e auth.Permission`` (readme/datadump.md) and loaded with
``loaddata`` as the test data of the application: 22 user accounts (admins, students,
superstudents and syndics, named after their role, with e-mail, phone number, password hash,
regions and role), regions, roles, 20 buildings, building comments, garbage collections, tours,
buildings on tours, students on tours, remarks at buildings, e-mail templates, and Django's own
rows: sites, sessions, the admin's log entries, JWT outstanding and blacklisted tokens and
allauth's e-mail addresses.

Every object of the dump, loaded into PostgreSQL through ``djangofixtures`` (a table per model,
named ``<app>_<model>`` as Django names it, such as ``base_studentontour``; a foreign key keeps the
field's name, ``student`` not ``student_id``, and holds the natural key in a JSON array where the
dump has one, as ``["<e-mail>"]`` for a user; lists and objects as ``jsonb``; columns typed from
the values). The users were dumped without primary keys (``--natural-primary``) and are numbered
1, 2, ... in file order, as an empty database numbers them; the sessions keep their session key as
``id``.
"""

from __future__ import annotations

import json
from collections.abc import Callable

import djangofixtures
from sqlsource import text_of

REPO = "SELab-2/Dr-Trottoir-4"
COMMIT = "e2c051ba658df0ab6465f3ab4bb3a1e8dac33d54"
FILES = "backend/datadump.json (the dumpdata fixture of the Dr. Trottoir application, all objects)"
LICENCE = "MIT (LICENSE of the repository, Software Engineering Lab 2, 2023)"
ENGINE = "postgresql"


def script(read: Callable[[str], bytes]) -> str:
    """DDL and rows of every model in the dump as one PostgreSQL script."""
    objs = json.loads(text_of(read("backend/datadump.json")))
    return djangofixtures.script(djangofixtures.numbered(objs, "base.user", keys=(int, str)))
