"""Held-out set jobcore: the development fixtures of JobCore's API, an on-demand staffing
marketplace for hospitality and events (a Django REST Framework back end on PostgreSQL, written
from August 2018 to April 2022): employers (hospitality businesses) post shifts for positions
such as server, kitchen assistant or chef at their venues, talents (the "employees" of the
platform, gig workers) apply or are invited, clock in and out with their coordinates, are rated,
and are paid per payroll period; talents upload identity and work-eligibility documents,
employers keep favourite lists of talents and subscribe to a plan.

The application's ``api/fixtures/development/`` holds Django fixtures in YAML, one file per step of
a development database: the catalogue (badges, positions), users with their profiles and the
talent and employer records, favourite lists, venues and shifts with their applications and
accepted talents, clock-ins, invitations (to the platform and to shifts), the kinds of document a
talent may upload (a catalogue: passport, driver's licence and the like, with whether each proves
identity or work eligibility), payroll periods with their payments, ratings and subscription
plans. All ten files are read in file-name order, as ``loaddata`` would take them, and every
object loaded into PostgreSQL through ``djangofixtures`` (a table per model, named
``<app>_<model>`` as Django names it; a foreign key keeps the field's name, ``employee`` not
``employee_id``; columns typed from the values): 20 tables, 105 rows (9 users, 6 talents, 2
employers, 9 shifts, 7 clock-ins, 4 payments, 2 invitations to the platform). Model
labels are lower-cased first, as Django reads them (``api.Clockin`` and ``api.clockin`` are one
model, and a later object replaces an earlier one with the same key)::

    >>> text = b'- model: api.Badge\\n  pk: 1\\n  fields:\\n    title: Fast\\n'
    >>> objs = fixture_objects(text)
    >>> objs[0]["model"], objs[0]["pk"], objs[0]["fields"]
    ('api.badge', 1, {'title': 'Fast'})
"""

from __future__ import annotations

import json
from collections.abc import Callable

import djangofixtures
import yaml
from sqlsource import text_of

REPO = "JobCore/api"
COMMIT = "188585150f2a969aa1303381bf5ddd0897f5444c"
FOLDER = "api/fixtures/development/"
NAMES = (
    "0-catalog.yaml",
    "1-users.yaml",
    "2-favlists.yaml",
    "3-shifts.yaml",
    "4-clockins.yaml",
    "4-invites.yaml",
    "5-document.yaml",
    "5-payroll.yaml",
    "5-ratings.yaml",
    "6-subscriptions.yaml",
)
FILES = (
    "api/fixtures/development/*.yaml (the ten Django YAML fixtures of a development database, "
    "all objects)"
)
LICENCE = "none stated (no licence file)"
ENGINE = "postgresql"


def fixture_objects(data: bytes) -> list[dict[str, object]]:
    """The objects of one YAML fixture, with the model label in lower case (as Django reads it)."""
    loaded = yaml.safe_load(text_of(data)) or []
    for obj in loaded:
        obj["model"] = str(obj["model"]).lower()
    return djangofixtures.objects(json.dumps(loaded))


def script(read: Callable[[str], bytes]) -> str:
    """DDL and rows of every model in the fixtures as one PostgreSQL script."""
    objs: list[dict[str, object]] = []
    for name in NAMES:
        objs += fixture_objects(read(FOLDER + name))
    return djangofixtures.script(objs)
