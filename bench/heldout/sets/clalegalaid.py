"""Held-out set clalegalaid: the fixtures of CLA backend, the Django application behind Civil Legal
Advice, the Legal Aid Agency's helpline for England and Wales (Ministry of Justice): call-centre
operators take a caller's personal details, diagnose the problem into an area of law, run the
legal-aid means test (the client's and partner's income, deductions and savings, passported
benefits), record adaptations the caller needs (BSL webcam, minicom, text relay, a language),
book callbacks and assign cases to specialist providers (law firms with their staff, rota slots
and allocations per category); plus complaints, an archive of historic cases, the operators'
guidance notes and a knowledge base of other organisations' helplines.

The fixtures are the ``cla_backend/apps/<app>/fixtures/*.json`` files of the repository: the
catalogues (user groups, categories of law, matter types, media codes, complaint categories,
guidance notes with their tags, the knowledge base of articles, categories and telephone
numbers) and the test data (providers, their staff and allocations, out-of-hours rotas, OAuth
clients with operator and provider users, four files of cases with their personal details,
eligibility checks, income, deductions, savings, diagnoses, event logs and timers, 200 archived
historic cases, a complaint, an end-of-day record). They are loaded in the order of ``_FILES``
below, as ``loaddata`` would with the files named in that order: an object whose model and
primary key were already loaded replaces the earlier one (``test_callbacks.json`` and
``test_special_provider_case.json`` reuse the keys 1-4 of personal details, persons, incomes,
deductions, savings and diagnoses; the later file wins). Left out: ``test_providercases.json``
(three cases without primary keys, which ``loaddata`` would number after the database's
sequence) and the empty ``test_user_groups.json``.

Loaded into PostgreSQL through ``djangofixtures.script`` (a table per model named
``<app>_<model>``, such as ``legalaid_personaldetails``; a foreign key keeps the field's name,
``personal_details`` not ``personal_details_id``; many-to-many fields are JSON arrays of keys;
columns typed from the values). Handled here: the media-code files name their models
``legalaid.MediaCodeGroup`` and ``legalaid.MediaCode``, lower-cased as Django's model look-up
does, and field names are lower-cased, as the labels name columns.
"""

from __future__ import annotations

import json
from collections.abc import Callable

import djangofixtures
from sqlsource import SourceError, text_of

REPO = "ministryofjustice/cla_backend"
COMMIT = "b82233b458168a270b96d9b9ffbbeb7119948786"
FILES = (
    "cla_backend/apps/*/fixtures/*.json: the 20 fixture files with objects (all objects; not"
    " test_providercases.json, three cases without primary keys)"
)
LICENCE = (
    'MIT (LICENSE.rst of the repository, "Copyright (C) 2014 HM Government (Ministry of Justice'
    ' Digital Services)")'
)
ENGINE = "postgresql"

_APPS = "cla_backend/apps/"
_FILES = (
    "core/fixtures/initial_groups.json",
    "legalaid/fixtures/initial_category.json",
    "legalaid/fixtures/initial_mattertype.json",
    "legalaid/fixtures/initial_media_codes.json",
    "legalaid/fixtures/new_media_codes.json",
    "complaints/fixtures/initial_complaint_categories.json",
    "guidance/fixtures/initial_guidance_notes.json",
    "knowledgebase/fixtures/kb_from_knowledgebase.json",
    "cla_provider/fixtures/test_provider.json",
    "cla_provider/fixtures/test_provider_users.json",
    "cla_provider/fixtures/test_provider_allocations.json",
    "cla_provider/fixtures/test_rotas.json",
    "core/fixtures/test_auth_clients.json",
    "call_centre/fixtures/test_callbacks.json",
    "cla_provider/fixtures/test_special_provider_case.json",
    "legalaid/fixtures/test_assign_f2f_case.json",
    "legalaid/fixtures/test_user_with_case.json",
    "historic/fixtures/test_casearchived.json",
    "complaints/fixtures/test_complaints.json",
    "complaints/fixtures/test_eod.json",
)


def script(read: Callable[[str], bytes]) -> str:
    """DDL and rows of every model in the fixtures, loaded in turn, as one PostgreSQL script."""
    objs: list[dict[str, object]] = []
    for path in _FILES:
        data = json.loads(text_of(read(_APPS + path)))
        if not isinstance(data, list) or not all(isinstance(o, dict) for o in data):
            raise SourceError(f"{path} is no longer a list of Django objects")
        for obj in data:
            model, fields = obj.get("model"), obj.get("fields")
            if not isinstance(model, str) or not isinstance(fields, dict):
                raise SourceError(f"{path}: an object without a model or fields")
            lowered = {name.lower(): value for name, value in fields.items()}
            if len(lowered) != len(fields):
                raise SourceError(f"{path}: a {model} object with two fields of one name")
            objs.append({**obj, "model": model.lower(), "fields": lowered})
    return djangofixtures.script(djangofixtures.numbered(objs, "auth.group"))
