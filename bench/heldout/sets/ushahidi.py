"""Held-out set ushahidi: the test dataset of the Ushahidi Platform, a crowdsourcing and crisis
mapping application (people report incidents by web form, SMS, e-mail or Twitter; the reports
become posts with values in survey fields, locations on a map, media, comments, sets and
notifications; deployments keep users, contacts and messages).

``tests/datasets/ushahidi/Base.yml`` is the dataset the platform's integration tests load into
its MySQL schema (PHPUnit's YAML data set: a mapping from table name to a list of rows, each a
mapping from column to value): 10 users with real name, e-mail, bcrypt hash and role, reset
tokens, user settings, 10 contacts (phone numbers and e-mail addresses of reporters), 19 messages
received and sent (titles, bodies, the contact they came from), 40 posts (reports of a test
deployment, some from a missing-person survey) with their author's name and e-mail, the posts'
text and date values per survey field (``post_varchar``, ``post_datetime``), forms and their
attributes, tags, sets, OAuth clients and access tokens, media, layers, webhooks,
notifications, export jobs, the deployment's configuration and translations.

Every table with rows loaded into PostgreSQL through ``djangofixtures`` (its writer takes
objects of a model named like the table): a table per top-level key (the 12 keys with no rows,
such as ``post_point``, ``post_text`` or ``post_comments``, are left out); columns typed from
their values; a row's ``id`` (a number, or a string for OAuth clients and tokens) is its
primary key; a table whose rows have no ``id`` (``roles``, ``posts_tags`` and other link
tables) gets one numbered from 1 in file order. YAML dates and times are written in ISO form.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable

import djangofixtures
import yaml
from sqlsource import SourceError, text_of

REPO = "ushahidi/platform"
COMMIT = "29f882ede7c8773f8e520349698110e13ef4bfb8"
FILES = "tests/datasets/ushahidi/Base.yml (the integration tests' data set; all tables, all rows)"
LICENCE = "AGPL-3.0 (LICENSE.md and LICENSE-AGPL of the repository)"
ENGINE = "postgresql"


def _plain(value: object) -> object:
    if isinstance(value, datetime.datetime | datetime.date):
        return value.isoformat()
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    return value


def script(read: Callable[[str], bytes]) -> str:
    """The data set's tables and rows as one PostgreSQL script."""
    data = yaml.safe_load(text_of(read("tests/datasets/ushahidi/Base.yml")))
    if not isinstance(data, dict):
        raise SourceError("Base.yml is not a mapping of tables")
    objs: list[dict[str, object]] = []
    for table, rows in data.items():
        if not rows:
            continue
        if not isinstance(rows, list) or not all(isinstance(r, dict) for r in rows):
            raise SourceError(f"table {table} is not a list of rows")
        for number, row in enumerate(rows, 1):
            fields = {str(k): _plain(v) for k, v in row.items()}
            pk = fields.pop("id", number)
            if not isinstance(pk, int | str):
                raise SourceError(f"a row of {table} whose id is not a number or a string")
            objs.append({"model": str(table), "pk": pk, "fields": fields})
    return djangofixtures.script(objs)
