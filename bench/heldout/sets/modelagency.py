"""Held-out set modelagency: the seed fixture of Model Agency, a Django REST Framework web
application of a fashion and photo model agency (a portfolio site on which clients browse the
agency's models, filter them by looks and measurements, and write to the agency about one).

The repository (asushko25/model_agency: one team member's copy of a three-developer team project,
286 commits from January to March 2025, whose README clones it from Oleh Oryshchuk's account;
Django 5.1 and Django REST Framework, PostgreSQL in production through ``dj_database_url`` and
``psycopg2``, SQLite in development) ships one Django fixture for loading sample data,
``backend/seed_data/fixture_db_data.json`` (the backend README: "Use ``fixture_db_data.json`` to
load data to DB ... 24 users (12 men and 12 woman) and 25 is admin user"); its people, places and
measurements look generated (Faker-style names, invented towns, free-mail addresses). It holds
the custom user model (``model.user``: e-mail as the log-in, hashed password, first, last and
full name, phone number, staff and superuser flags, last log-in, date joined,
groups and permissions), the models' profiles (``model.model``: the user, date of birth, city,
country, height, hair and eye colour, gender, bust, waist and hips), the models' photos
(``model.modelimages``: the model, the image path, a caption) and the agency's newsletters
(``newsletter.newsletter``: header, cover image path, caption, date).

Every object of the fixture, loaded into PostgreSQL through ``djangofixtures`` (a table per model,
named ``<app>_<model>`` as Django names it, such as ``model_model``; a foreign key keeps the
field's name, ``model_user`` not ``model_user_id``; columns typed from the values). The contact
messages and newsletter subscribers of the schema have no rows in the fixture and are not loaded.
"""

from __future__ import annotations

from collections.abc import Callable

import djangofixtures
from sqlsource import text_of

REPO = "asushko25/model_agency"
COMMIT = "8c51902a5a641b1fd322bf320d0bc6bedaf7e931"
FILES = "backend/seed_data/fixture_db_data.json (the project's Django seed fixture, all objects)"
LICENCE = "none stated (the repository has no licence file)"
ENGINE = "postgresql"


def script(read: Callable[[str], bytes]) -> str:
    """DDL and rows of every model in the fixture as one PostgreSQL script."""
    text = text_of(read("backend/seed_data/fixture_db_data.json"))
    return djangofixtures.script(djangofixtures.objects(text))
