"""Held-out set remo: the demo fixtures of the Mozilla Reps portal (ReMo, a Django application of
Mozilla's volunteer ambassador programme, retired in 2020): Reps keep a profile (names, display and
local name, private e-mail, birth date, gender, city, region, country and coordinates, social,
IRC and Jabber accounts, bio, mentor, the functional areas they work on), plan events (venue,
city, coordinates, dates, expected attendance, hashtag, planning pad) that others attend and
comment on, are featured on the portal, are tracked in Bugzilla bugs (creator, assignee, CC
list) and vote in the council's polls (radio and range polls with nominees).

The fixtures are the ``remo/<app>/fixtures/*.json`` files of the repository: the user groups
(``initial_data.json``), the catalogues of functional areas, mobilising interests and skills, the
demo users with their profiles and an avatar, a featured Rep, two events with their attendance
and a comment, a bug, and three polls with their choices. The project later built its demo data
with factories; these files stay in the tree.

Every object of every fixture file, loaded into PostgreSQL through ``djangofixtures`` (a table
per model, named ``<app>_<model>`` as Django names it, such as ``profiles_userprofile``; a
foreign key keeps the field's name, ``mentor`` not ``mentor_id``; a many-to-many field is a JSON
array of keys in its model's table; columns typed from the values, so the fixtures' timestamps
written with a space, ``2012-01-23 05:29:21``, stay text).
"""

from __future__ import annotations

from collections.abc import Callable

import djangofixtures
from sqlsource import text_of

REPO = "mozilla/remo"
COMMIT = "751c266a09ea560220029d95eb54359564f93d5e"
_FIXTURES = (
    "remo/profiles/fixtures/initial_data.json",
    "remo/profiles/fixtures/demo_functional_areas.json",
    "remo/profiles/fixtures/demo_mobilising_interests.json",
    "remo/profiles/fixtures/demo_mobilising_skills.json",
    "remo/profiles/fixtures/demo_users.json",
    "remo/featuredrep/fixtures/demo_featured.json",
    "remo/events/fixtures/demo_events.json",
    "remo/remozilla/fixtures/demo_bugs.json",
    "remo/voting/fixtures/demo_voting.json",
)
FILES = "remo/<app>/fixtures/*.json (the nine fixture files of the repository, all objects)"
LICENCE = 'BSD-3-Clause (LICENSE of the repository, "Copyright (c) 2011 - 2017, Mozilla")'
ENGINE = "postgresql"


def script(read: Callable[[str], bytes]) -> str:
    """DDL and rows of every model in the fixtures, loaded in turn, as one PostgreSQL script."""
    objs = [obj for path in _FIXTURES for obj in djangofixtures.objects(text_of(read(path)))]
    return djangofixtures.script(objs)
