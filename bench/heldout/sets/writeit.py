"""Held-out set writeit: the example data of WriteIt, a Django application of Fundación Ciudadano
Inteligente (Chile) through which citizens write public or private messages to their
representatives (members of congress, for instance), which it delivers by e-mail and whose
answers it publishes.

The repository's ``example_data.yaml`` seeds a development site (its README loads it with
``./manage.py loaddata example_data.yaml``): the site, an administrator account (user name,
name, e-mail, password hash, login and join dates) with a Tastypie API key, two WriteIt
instances owned by that user with their configuration (testing mode, default language),
messages written by a citizen (subject, content, slug, author's name and e-mail, confirmation
and public flags, date), the outbound messages that deliver them to each recipient's contact,
two PopIt API instances and three people from them (the representatives: name, PopIt URL and
id), answers of a person to a message, memberships of people in instances, a contact type and
four contacts (a person's e-mail address in an instance).

Every object of the file, loaded into PostgreSQL through ``djangofixtures`` (a table per model
named ``<app>_<model>``, such as ``nuntium_message``; a foreign key keeps the field's name,
``owner`` not ``owner_id``; columns typed from the values). The file is YAML, which Django reads
like its JSON fixtures: it is read with a YAML reader that builds no objects and written out as
JSON (timestamps in ISO form) before ``djangofixtures`` reads it.
"""

from __future__ import annotations

import datetime
import json
from collections.abc import Callable

import djangofixtures
import yaml
from sqlsource import text_of

REPO = "ciudadanointeligente/write-it"
COMMIT = "96bcf0ccd7b17ccde3bcacc5c86b0daa1697e560"
FILES = "example_data.yaml (the development site's example data; all objects)"
LICENCE = "GPL-3.0 (LICENSE.txt of the repository)"
ENGINE = "postgresql"


def _iso(value: object) -> str:
    """A YAML timestamp or date in ISO form (the only non-JSON values the file holds)."""
    if isinstance(value, datetime.date):
        return value.isoformat()
    raise TypeError(f"unexpected value of type {type(value).__name__} in the fixture")


def script(read: Callable[[str], bytes]) -> str:
    """DDL and rows of every model in the example data as one PostgreSQL script."""
    data = yaml.safe_load(text_of(read("example_data.yaml")))
    return djangofixtures.script(djangofixtures.objects(json.dumps(data, default=_iso)))
