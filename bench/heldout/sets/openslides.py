"""Held-out set openslides: the example data of OpenSlides (an open-source system for assemblies,
party conventions and general meetings: agendas, lists of speakers, motions, elections and
electronic votes).

The backend ships the example data that its development instance loads (``data/example-data.json``):
one organisation (name, legal notice, login text, the e-mail that sends users their access data,
SAML settings), a committee, a meeting with its ~190 settings (name, dates, location, welcome text,
the sender, reply-to address and body of the invitation e-mail, PDF and export options, voting
defaults), genders, three users (user name, first or last name, password hash and initial
password in clear, gender, vote weight, management level), their membership of the meeting
(a comment, a participant number, an "about me" text, vote weight, structure levels, groups),
groups and permissions, agenda items, topics, lists of speakers and speakers with speaking times,
motions with text, reason, state and workflow, their submitters, supporters, comments, categories,
blocks and change recommendations, polls, options and votes (value, weight and the voting user's
token), elections with candidates, a personal note of a user on a motion, media files, projectors,
projections, a projector message, countdowns, chat groups, structure levels, themes and tags.

Every object of every collection, one table per collection named as the collection (``user``,
``meeting_user``, ``vote``), loaded into PostgreSQL through ``djangofixtures``: the file maps a
collection to its objects by id, each object holding its ``id`` and fields; relations are lists of
ids (``meeting_user_ids``) or ``collection/id`` strings (``content_object_id``). Columns are typed
from the values as for a Django fixture (lists and objects ``jsonb``, ISO times ``timestamptz``;
Unix times stay integers). The top-level ``_migration_index`` is a number, not a collection, and
is left out.
"""

from __future__ import annotations

import json
from collections.abc import Callable

import djangofixtures
from sqlsource import SourceError, text_of

REPO = "OpenSlides/openslides-backend"
COMMIT = "755f68b3a9132ee08228dd191eea930cf1d273d7"
FILES = "data/example-data.json (the development instance's example data, all collections)"
LICENCE = "MIT"
ENGINE = "postgresql"


def script(read: Callable[[str], bytes]) -> str:
    """DDL and rows of every collection of the example data as one PostgreSQL script."""
    data = json.loads(text_of(read("data/example-data.json")))
    objects: list[dict[str, object]] = []
    for collection, members in data.items():
        if collection == "_migration_index":
            continue
        if not isinstance(members, dict):
            raise SourceError(f"collection {collection} is not a mapping of objects by id")
        for key, fields in members.items():
            if not isinstance(fields, dict) or fields.get("id") != int(key):
                raise SourceError(f"{collection}/{key} does not hold its own id")
            rest = {k: v for k, v in fields.items() if k != "id"}
            objects.append({"model": collection, "pk": fields["id"], "fields": rest})
    return djangofixtures.script(objects)
