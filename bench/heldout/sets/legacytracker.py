"""Held-out set legacytracker: the sample fixtures of Legacy Academy Tracking System (Lusaka).

Legacy Academy Tracking System (``Emmanuel105/legacytracker``) is a Django 5 web application,
written in July 2025 by one developer and deployed on Render, for the attendance and home-visit
work of three community schools in Lusaka, Zambia ("Legacy Academy" Bauleni, Chawama and
Mtendere): teachers mark pupils absent, the system watches absences against each school's
threshold and sends field officers on home visits to the pupils' guardians in the zones of each
school's catchment area.

The repository ships eight hand-written Django fixtures, ``fixtures/01_schools.json`` to
``fixtures/08_zone_assignments.json`` (fixtures/README.md: "sample data fixtures for development
and testing"; ``fixtures/load_fixtures.sh`` loads them in that order): three schools with address,
contact person and coordinates; six zones with polygon boundaries; ten staff users (three school
admins, four teachers and three field officers with name, e-mail, one shared password hash, phone
and employee number; last login and its IP address empty; the super admin is not in the
fixtures); the schools' attendance settings; twelve guardians of pupils
(name, relationship to the pupil, phones, e-mail, address, preferred language); thirteen pupils
(pupil number, name, grade and class, date of birth, gender, home address and GPS coordinates);
the guardian-pupil links; and the field officers' zone assignments.

Every object of the eight files, loaded into PostgreSQL through ``djangofixtures`` in the order of
``load_fixtures.sh`` (a table per model, named ``<app>_<model>`` as Django names it, such as
``students_guardianstudent``; a foreign key keeps the field's name, ``school`` not ``school_id``;
lists and objects as ``jsonb``; columns typed from the values). The zone assignments are objects
of Django's automatic many-to-many table ``schools.user_assigned_zones`` written without primary
keys; they are numbered 1, 2, ... in file order, as an empty database numbers them.
"""

from __future__ import annotations

import json
from collections.abc import Callable

import djangofixtures
from sqlsource import text_of

REPO = "Emmanuel105/legacytracker"
COMMIT = "afed498a19f1edeef36d53d36f071ec1bf1f16d0"
_NAMES = (
    "01_schools",
    "02_zones",
    "03_users",
    "04_school_settings",
    "05_guardians",
    "06_students",
    "07_guardian_students",
    "08_zone_assignments",
)
FILES = (
    "fixtures/01_schools.json to fixtures/08_zone_assignments.json (the eight hand-written Django"
    " fixtures of the application's sample data, in the order of fixtures/load_fixtures.sh;"
    " all objects)"
)
LICENCE = "none stated (the repository has no licence file)"
ENGINE = "postgresql"


def script(read: Callable[[str], bytes]) -> str:
    """DDL and rows of every model in the eight fixtures as one PostgreSQL script."""
    objs: list[dict[str, object]] = []
    for name in _NAMES:
        objs.extend(json.loads(text_of(read(f"fixtures/{name}.json"))))
    return djangofixtures.script(djangofixtures.numbered(objs, "schools.user_assigned_zones"))
