"""Held-out set pythondotorg: the development fixtures of python.org's website, a Django site of
the Python Software Foundation with user accounts, a community events calendar and the PSF's
sponsorship programme (companies apply for a sponsorship package, provide logos and texts, and
name contacts).

The repository's ``fixtures/`` directory seeds a development site: user accounts (user name,
names, e-mail, password hash, bio and its rendering, privacy and visibility settings) and their
e-mail addresses (django-allauth), feature flags (django-waffle), an events calendar with an
event category, a location (name, address, URL), events (title, description, venue, creator),
their occurring and recurring rules, and the sponsorship programme: programmes, packages,
benefits and their feature configurations (logo placements, tiered quantities, e-mail targets,
required and provided text, file, image and response assets), one sponsor company (name,
description, landing page, Twitter handle, LinkedIn page, logos, phone, mailing address,
country and state of incorporation) with one contact (name, e-mail, phone, roles), its
sponsorship (status, dates, year, package, fee, who submitted it) with the benefits and features
granted and the assets provided or asked for (texts, files, images, responses), and the current
sponsorship year.

Every object of ``users.json``, ``flags.json``, ``events.json``, ``sponsors.json`` and
``sponsors-admin.json``, loaded in that order (an object loaded again replaces the earlier one,
as ``loaddata`` does; ``sponsors-admin.json`` repeats the objects of ``sponsors.json`` and adds a
sponsor, its sponsorship and what belongs to them) into PostgreSQL through ``djangofixtures`` (a
table per model named ``<app>_<model>``, such as ``sponsors_sponsorcontact``; a foreign key
keeps the field's name, ``user`` not ``user_id``, and a natural key stays a JSON array; columns
typed from the values). Not used: ``boxes.json`` (not a Django fixture, its README says: HTML
snippets of the site's pages), ``sitetree_menus.json`` (the site's navigation menus) and
``downloads.json`` (Python release files; not in the stored snapshot).
"""

from __future__ import annotations

from collections.abc import Callable

import djangofixtures
from sqlsource import text_of

REPO = "python/pythondotorg"
COMMIT = "0a7e8d1fef1796dd6f0dcebb08ed5b0f8d0deed9"
FILES = (
    "fixtures/{users,flags,events,sponsors,sponsors-admin}.json"
    " (the development site's fixtures; all objects)"
)
LICENCE = "Apache-2.0 (LICENSE of the repository)"
ENGINE = "postgresql"

_FILES = ("users", "flags", "events", "sponsors", "sponsors-admin")


def script(read: Callable[[str], bytes]) -> str:
    """DDL and rows of every model in the five fixtures as one PostgreSQL script."""
    objs: list[dict[str, object]] = []
    for name in _FILES:
        objs.extend(djangofixtures.objects(text_of(read(f"fixtures/{name}.json"))))
    return djangofixtures.script(objs)
