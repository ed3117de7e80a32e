"""Held-out set bakerydemo: the demo site of Wagtail (an open-source CMS on Django), "The Wagtail
Bakery".

The demo ships its whole database as one Django fixture (a JSON list of ``{"model", "pk",
"fields"}`` objects): six CMS users (user name, first and last name in several scripts, e-mail
address, PBKDF2 password hash, last login, groups), their profiles (language, time zone), the
bakery's staff shown on the site (first and last name, job title, photo), blog posts and recipes
linked to them, bakery locations with a street address and coordinates and their opening hours,
breads with origin country and ingredients, a contact form and one submission of it (a JSON object
with a visitor's name and e-mail address), comments and workflow states by user, page revisions
(the whole page as JSON, with the editing user), audit-log entries, images, documents, embeds,
redirects, search promotions, and the pages, sites, locales and collections of the CMS.

Every object of the fixture, one table per model, loaded into PostgreSQL through
``djangofixtures`` (a table per model named ``<app>_<model>`` as Django names it, such as
``auth_user`` and ``base_person``, an ``id`` column for the primary key and one column per field,
named as in the fixture: a foreign key ``owner`` stays ``owner``, holding a number or a user name
in a JSON array when the fixture uses natural keys, as in ``["editor"]``; columns typed from the
values).
"""

from __future__ import annotations

from collections.abc import Callable

import djangofixtures
from sqlsource import text_of

REPO = "wagtail/bakerydemo"
COMMIT = "8e2b625755d8942412d5b7627b146a795933b8b2"
FILES = "bakerydemo/base/fixtures/bakerydemo.json (the demo site's Django fixture, all objects)"
LICENCE = "BSD-3-Clause"
ENGINE = "postgresql"


def script(read: Callable[[str], bytes]) -> str:
    """DDL and rows of every model in the fixture as one PostgreSQL script."""
    text = text_of(read("bakerydemo/base/fixtures/bakerydemo.json"))
    return djangofixtures.script(djangofixtures.objects(text))
