"""Held-out set evap: the test data of EvaP (the evaluation platform of Hasso Plattner Institute,
a Django application with which students evaluate their courses and the lecturers and tutors who
taught them: semesters, courses with their programs and types, evaluations with their
participants, voters and contributors, questionnaires and questions, rating answer counters, text
answers with their review state, user profiles, reward points and their redemptions, grade
documents, e-mail templates, FAQ and info texts).

The development fixture ``evap/development/fixtures/test_data.json`` is the test data the
project ships for running an instance: 953 user profiles (names, e-mail, title, password hash,
notes, login keys, delegates), 136 courses of four semesters with their responsible lecturers,
145 evaluations with participants and voters, contributions of lecturers and tutors, 1,909 text
answers (placeholder text and comments on courses and lecturers), 8,415 rating counters, reward
points granted and redeemed, grade documents, e-mail templates, FAQ and info texts.

Every object of the fixture, loaded into PostgreSQL through ``djangofixtures.script`` (a table
per model, named ``<app>_<model>`` as Django names it, such as ``evaluation_userprofile``; a
foreign key keeps the field's name, ``course`` not ``course_id``; a many-to-many field is a JSON
array of keys in its model's table; columns typed from the values). Two things
``djangofixtures.objects`` does not take are handled here: the rating answer counters and text
answers have UUIDs as primary keys (kept, as text), and the three ``auth.group`` objects have
none (``loaddata`` finds them by their natural key, the name, and an empty database numbers
them 1, 2, 3 in file order, as here).
"""

from __future__ import annotations

import json
from collections.abc import Callable

import djangofixtures
from sqlsource import text_of

REPO = "e-valuation/EvaP"
COMMIT = "d9d7393800b4d0f143831e3530d26f8e98a4d614"
FILES = "evap/development/fixtures/test_data.json (the development fixture, all objects)"
LICENCE = "MIT"
ENGINE = "postgresql"


def script(read: Callable[[str], bytes]) -> str:
    """DDL and rows of every model in the fixture as one PostgreSQL script."""
    objs = json.loads(text_of(read("evap/development/fixtures/test_data.json")))
    return djangofixtures.script(djangofixtures.numbered(objs, "auth.group", (int, str)))
