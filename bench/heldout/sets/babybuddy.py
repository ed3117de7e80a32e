"""Held-out set babybuddy: the test fixture of Baby Buddy (an open-source Django application with
which carers track a baby's sleep, feedings, diaper changes, tummy time and growth).

Baby Buddy's tests load one Django fixture: a child (first and last name, birth date, picture,
slug), what carers recorded about the child (diaper changes with colour and whether wet or solid,
feedings with type, method and amount, pumping, sleep and naps, tummy time with milestones, notes,
temperature, weight, height, head circumference, BMI, each with times or dates and notes), a timer
of a user, a tag and a user's settings (dashboard refresh rate, language, time zone).

Every object of the fixture, loaded into PostgreSQL through ``djangofixtures`` (a table per model,
named ``<app>_<model>`` as Django names it, such as ``core_diaperchange``; a foreign key keeps the
field's name, ``child`` not ``child_id``; columns typed from the values).
"""

from __future__ import annotations

from collections.abc import Callable

import djangofixtures
from sqlsource import text_of

REPO = "babybuddy/babybuddy"
COMMIT = "fa8bf4cd66ed149e23c215763a49a2f76dbcd2b7"
FILES = "babybuddy/fixtures/tests.json (the Django fixture of the tests, all objects)"
LICENCE = "BSD-2-Clause"
ENGINE = "postgresql"


def script(read: Callable[[str], bytes]) -> str:
    """DDL and rows of every model in the fixture as one PostgreSQL script."""
    text = text_of(read("babybuddy/fixtures/tests.json"))
    return djangofixtures.script(djangofixtures.objects(text))
