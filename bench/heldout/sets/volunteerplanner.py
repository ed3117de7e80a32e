"""Held-out set volunteerplanner: the dummy data of volunteer-planner.org (a Django application
with which volunteers sign up for shifts at refugee shelters, written in Berlin in 2015).

The repository shipped ``demo_data.json``, the "dummy data" its README loads with ``manage.py
loaddata``: 4,872 user accounts (random user names, e-mail addresses of random letters at common
mail providers, blank first and last names, random strings in the password column, dates joined
and last logins) and their registration profiles (activation key, interests, the shifts signed
up for), two shelters with street, postal code, city and coordinates, shift topics, time periods
and shifts ("needs") with their slots, blueprints of shifts, a notification, the site, and two
shelter mailing contacts (blank names and position, an organisation and an e-mail address).
The file was removed later; it is read at the last commit the stored copy holds it at.

Every object of the fixture, loaded into PostgreSQL through ``djangofixtures`` (a table per model,
named ``<app>_<model>`` as Django names it, such as ``registration_registrationprofile``; a
foreign key keeps the field's name, ``user`` not ``user_id``; a many-to-many field is a JSON array
of keys; columns typed from the values).
"""

from __future__ import annotations

from collections.abc import Callable

import djangofixtures
from sqlsource import text_of

REPO = "coders4help/volunteer_planner"
COMMIT = "14756990ba94e34391d831ec5f65786c3e8c8808"
FILES = "demo_data.json (the dummy data of the README's loaddata step; all objects)"
LICENCE = "AGPL-3.0 (LICENSE of the repository)"
ENGINE = "postgresql"


def script(read: Callable[[str], bytes]) -> str:
    """DDL and rows of every model in the fixture as one PostgreSQL script."""
    text = text_of(read("demo_data.json"))
    return djangofixtures.script(djangofixtures.objects(text))
