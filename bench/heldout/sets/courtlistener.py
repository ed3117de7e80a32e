"""Held-out set courtlistener: the test fixtures of CourtListener, Free Law Project's Django
application that publishes American court records: courts, dockets and their entries, PACER
documents, opinion clusters, opinions and citations, oral argument recordings, and a database of
judges (positions, education, political affiliations, races, ABA ratings, retention votes) and of
the parties and attorneys of cases (party types, roles, criminal counts and complaints).

The application's tests load small Django fixtures from ``cl/<app>/fixtures/``; this set takes
the 17 that hold its records, loaded in the order of ``_FILES`` below, as ``loaddata`` would with
the files named in that order (an object whose model and primary key were already loaded
replaces the earlier one: the tests reuse dockets 1-3 and 10-11, opinions, courts, a judge, an
attorney and a party under the same keys, and the order keeps the fuller versions). Left out: the
court and school catalogues (``court_data.json``, 458 courts, and its Californian and Floridian
variants, 144 and 196; ``schools_data.json``, a catalogue of schools) and
``tog_to_marsh.json``, an API response rather than a fixture.

Loaded into PostgreSQL through ``djangofixtures.script`` (a table per model named
``<app>_<model>``, such as ``people_db_person``; a foreign key keeps the field's name, ``court``
not ``court_id``; many-to-many fields such as ``panel`` and ``race`` are JSON arrays of keys;
columns typed from the values). Handled here rather than by ``djangofixtures.objects``: courts
have text primary keys (``ca1``, ``scotus``, ``test``), kept as text; one file names its model
``people_db.School``, lower-cased as Django's model look-up does, so that its schools go into
``people_db_school`` with the others; and field names are lower-cased, as the labels name
columns (``barMembership``, the one field with capitals, becomes ``barmembership``).
"""

from __future__ import annotations

import json
from collections.abc import Callable

import djangofixtures
from sqlsource import SourceError, text_of

REPO = "freelawproject/courtlistener"
COMMIT = "26a474e60bd2131e0d05918eeb5f65c218cd6ecf"
FILES = (
    "cl/*/fixtures/*.json: the 17 test fixtures of the application's records (all objects;"
    " not the court and school catalogues)"
)
LICENCE = (
    'AGPL-3.0 (LICENSE.txt of the repository, "Copyright 2010, Brian Carver and Michael Lissner")'
)
ENGINE = "postgresql"

_FILES = (
    "cl/search/fixtures/court_data_truncated.json",
    "cl/scrapers/fixtures/test_court.json",
    "cl/people_db/fixtures/races.json",
    "cl/people_db/fixtures/school_data_truncated.json",
    "cl/api/fixtures/attorney_party.json",
    "cl/api/fixtures/attorney_party_dup_roles.json",
    "cl/search/fixtures/test_objects_query_counts.json",
    "cl/search/fixtures/test_objects_search.json",
    "cl/people_db/fixtures/judge_judy.json",
    "cl/search/fixtures/functest_opinions.json",
    "cl/search/fixtures/opinions-issue-412.json",
    "cl/audio/fixtures/functest_audio.json",
    "cl/audio/fixtures/audio-issue-412.json",
    "cl/api/fixtures/recap_docs.json",
    "cl/favorites/fixtures/notes.json",
    "cl/users/fixtures/bar_membership_data.json",
    "cl/scrapers/fixtures/pacer_free_docs_initial_data.json",
)


def script(read: Callable[[str], bytes]) -> str:
    """DDL and rows of every model in the 17 fixtures as one PostgreSQL script."""
    objs: list[dict[str, object]] = []
    for path in _FILES:
        data = json.loads(text_of(read(path)))
        if not isinstance(data, list) or not all(isinstance(o, dict) for o in data):
            raise SourceError(f"{path} is no longer a list of Django objects")
        for obj in data:
            model = obj.get("model")
            if not isinstance(model, str):
                raise SourceError(f"{path}: an object without a model")
            fields = obj.get("fields")
            if not isinstance(fields, dict):
                raise SourceError(f"{path}: a {model} object without fields")
            lowered = {name.lower(): value for name, value in fields.items()}
            if len(lowered) != len(fields):
                raise SourceError(f"{path}: a {model} object with two fields of one name")
            objs.append({**obj, "model": model.lower(), "fields": lowered})
    return djangofixtures.script(djangofixtures.numbered(objs, "search.court", (int, str)))
