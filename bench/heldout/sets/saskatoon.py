"""Held-out set saskatoon: the sample fixtures of Saskatoon, the harvest management system of Les
Fruits Défendus, a volunteer-led urban fruit-picking collective in Montreal (a Django
application): residents register the fruit trees on their property, pick leaders organise
harvests there, volunteer pickers ask to take part, and the fruit is shared between the owner,
the pickers and beneficiary organisations.

The repository ships ``saskatoon/fixtures/*.json``, which its ``init`` script loads in a fixed
order into a new development database: user groups, the site's page and e-mail texts, the
reference lists of cities, neighbourhoods, state and country, an onboarding batch, actors (the
common parent of persons and organisations), persons (first and family name, phone, street
number, street, complement, postal code, neighbourhood, city, state, country, language,
newsletter subscription, longitude, latitude, comments), organisations (name, descriptions,
phone, contact person and role, address, point), user accounts (e-mail, password hash, the
person, flags, dates), tree types, properties (the owner, address, point, trees, access and
ladder details, and the pending contact's first and family name, e-mail and phone of a property
registered before its owner has an account), equipment types and equipment, harvests (property,
pick leader, dates, status, about text), harvest yields (recipient, pounds), comments on
harvests (author, content) and requests for participation (person, number of pickers, comment,
notes, status), FAQ items and lists.

The 22 fixture files of ``init``'s sequence, every object, loaded into PostgreSQL in that order
through ``djangofixtures`` (a table per model, named ``<app>_<model>`` as Django names it, such
as ``member_person``; a foreign key keeps the field's name, ``owner`` not ``owner_id``; a
many-to-many field is a JSON array of keys; columns typed from the values). Not loaded:
``auth-group-prod.json`` (the production variant of ``auth-group.json``, which ``init`` does not
load) and ``saskatoon.json`` (ignored by git, not in the repository).
"""

from __future__ import annotations

from collections.abc import Callable

import djangofixtures
from sqlsource import text_of

REPO = "LesFruitsDefendus/saskatoon-ng"
COMMIT = "352dc8f44f7ab31b07a905b3ca18dca2a2eb7ae0"
FILES = (
    "saskatoon/fixtures/*.json (the 22 fixture files the fixtures' init script loads, in its "
    "order; all objects; not auth-group-prod.json)"
)
LICENCE = "AGPL-3.0 (LICENSE of the repository)"
ENGINE = "postgresql"

#: ``saskatoon/fixtures/init``'s sequence (the order matters to ``loaddata``, not to us)
_FIXTURES = (
    "auth-group",
    "sitebase-pagecontent",
    "sitebase-emailcontent",
    "member-city",
    "member-neighborhood",
    "member-state",
    "member-country",
    "member-onboarding",
    "member-actor",
    "member-person",
    "member-organization",
    "member-authuser",
    "harvest-treetype",
    "harvest-property",
    "harvest-equipmenttype",
    "harvest-equipment",
    "harvest-harvest",
    "harvest-harvestyield",
    "harvest-comment",
    "harvest-requestforparticipation",
    "sitebase-faqitem",
    "sitebase-faqlist",
)


def script(read: Callable[[str], bytes]) -> str:
    """DDL and rows of every model in the fixtures as one PostgreSQL script."""
    objs: list[dict[str, object]] = []
    for name in _FIXTURES:
        objs += djangofixtures.objects(text_of(read(f"saskatoon/fixtures/{name}.json")))
    return djangofixtures.script(objs)
