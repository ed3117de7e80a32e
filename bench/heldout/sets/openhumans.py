"""Held-out set openhumans: the test data of Open Humans, a Django site where people share their
own health and personal data (genome files, activity trackers, surveys) with research projects
they choose to join.

The site's tests load ``open_humans/fixtures/test-data.json``: user accounts (user name, e-mail,
names, password hash) and their members (display name, "about me" text, profile image, member
id, newsletter and messaging choices), allauth's e-mail addresses and e-mail confirmation keys,
user events with JSON data, blog posts, data request projects (name, organisation, leader,
coordinator, contact e-mail, descriptions, badge image, a master access token, consent text of
on-site projects), project memberships (project member id, the consent text agreed to, whether
the user name is shared), participants of the public data sharing and their public accesses,
data types, uploaded data files with their metadata, and OAuth2 applications, grants, access
and refresh tokens.

Every object of that fixture, loaded into PostgreSQL through ``djangofixtures`` (a table per
model, named ``<app>_<model>`` as Django names it, such as ``open_humans_member``; a foreign key
keeps the field's name, ``user`` not ``user_id``; a many-to-many field is a JSON array of keys;
columns typed from the values). The second fixture of the repository,
``private_sharing/fixtures/test-data.json`` (projects and data files for other tests), is not
used.
"""

from __future__ import annotations

from collections.abc import Callable

import djangofixtures
from sqlsource import text_of

REPO = "OpenHumans/open-humans"
COMMIT = "6ef9bbc791ebe94a65db2b090e7e30c85d36daef"
FILES = "open_humans/fixtures/test-data.json (the tests' Django fixture; all objects)"
LICENCE = "MIT (LICENSE.txt of the repository)"
ENGINE = "postgresql"


def script(read: Callable[[str], bytes]) -> str:
    """DDL and rows of every model in the fixture as one PostgreSQL script."""
    text = text_of(read("open_humans/fixtures/test-data.json"))
    return djangofixtures.script(djangofixtures.objects(text))
