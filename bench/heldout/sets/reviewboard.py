"""Held-out set reviewboard: the sample database of Review Board's web API manual, a Django code
review tool where developers post changes (diffs, screenshots, files) of a source repository as
review requests and colleagues review them with comments.

The manual's build loads ``docs/manual/fixtures/initial_data.json`` into a site and runs the API
examples against it: Django user accounts (user name, names, e-mail, password hash) and their
Review Board profiles (settings, timezone, starred review requests and groups, extra data),
review groups with their mailing lists, default reviewers, source repositories and SCM tools, a
hosting service account, review requests and drafts (summaries, descriptions, testing done, bug
numbers, branches, the submitter, target people and groups), change descriptions, diff sets,
commits (author and committer names, e-mails and dates, commit messages), file diffs and their
raw diff data, file attachments, screenshots, reviews and replies, diff, screenshot, file and
general comments, a status update, visits of review requests, a web hook target, an API token,
an OAuth application with an access token, and registered extensions.

Every object of that fixture, loaded into PostgreSQL through ``djangofixtures`` (a table per
model, named ``<app>_<model>`` as Django names it, such as ``reviews_reviewrequest``; a foreign
key keeps the field's name, ``submitter`` not ``submitter_id``; a many-to-many field is a JSON
array of keys; columns typed from the values), except the one object of
``diffviewer.legacyfilediffdata`` (a diff's content keyed by its SHA-1 hash, not by an integer,
which ``djangofixtures`` does not take; the newer ``rawfilediffdata`` rows hold the same kind of
data), left out. The tests' fixtures under ``reviewboard/*/fixtures``
(users, sites, SCM tools) are not used.
"""

from __future__ import annotations

import json
from collections.abc import Callable

import djangofixtures
from sqlsource import text_of

REPO = "reviewboard/reviewboard"
COMMIT = "64cc5ea62aa2d33e6889b2e9c3df3de0cc6fe83b"
FILES = "docs/manual/fixtures/initial_data.json (the web API manual's sample data; all objects)"
LICENCE = "MIT (COPYING of the repository)"
ENGINE = "postgresql"


def script(read: Callable[[str], bytes]) -> str:
    """DDL and rows of every model in the fixture as one PostgreSQL script."""
    text = text_of(read("docs/manual/fixtures/initial_data.json"))
    keyed = json.loads(text)
    kept = [obj for obj in keyed if obj.get("model") != "diffviewer.legacyfilediffdata"]
    return djangofixtures.script(djangofixtures.objects(json.dumps(kept)))
