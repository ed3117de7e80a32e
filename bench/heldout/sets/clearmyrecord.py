"""Held-out set clearmyrecord: the mock fixtures of Clear My Record (Code for America's "intake", a
Django application, 2016-2021, through which people in California applied online to county public
defenders to clear their criminal records): applicants fill in a form submission (name, aliases,
date of birth, SSN and its last four digits, driver's licence, case and PFN numbers, phones,
e-mail, street address, pronouns, citizenship, veteran and student status, whether they are
charged, serving a sentence or on probation or parole and where and when, convictions outside
the county, suspended licence, court fees, employment, income and its source, public benefits,
home ownership, expenses, household size, dependants, marriage, children, the reasons they apply,
free text, and all the answers again as JSON) after a visit (IP address, referrer); the
application goes to one or more organisations (public defenders and a law centre with their
office addresses, phones and messages), whose staff (Django users with a profile) post status
updates with next steps, sent to the applicant as notifications, and may transfer it to another
organisation; events log the applicant's pages (with IP address and user agent), and PDFs of
several submissions are bundled per organisation.

The fixtures are the ``intake/fixtures/*.json`` and ``user_accounts/fixtures/*.json`` files at a
2017 commit, when the mock submissions (made up with Faker by the project's ``new_fixtures``
command) were still in the tree; the project later generated them at setup instead.

Every object of those files but the migration's default organisations
(``0007_add_default_orgs_for_counties_data.json``, which ``organizations.json`` repeats with
more fields), loaded into PostgreSQL through ``djangofixtures`` in the order below (a table per
model, named ``<app>_<model>`` as Django names it; a foreign key keeps the field's name; a
natural key, such as an organisation's name or a user's username in a JSON array, stays as
written). Groups, users and organisations have no primary key in the fixtures (``loaddata``
finds them by name or username): a later object of the same name replaces an earlier one, as
``loaddata`` updates the row it finds, and they are numbered 1, 2, ... per model in file order.
"""

from __future__ import annotations

import json
from collections.abc import Callable

import djangofixtures
from sqlsource import SourceError, text_of

REPO = "codeforamerica/intake"
COMMIT = "7f51927008237d967a0f281784fafdbae959af0d"
_FIXTURES = (
    "intake/fixtures/0015_add_default_counties_data.json",
    "intake/fixtures/counties.json",
    "user_accounts/fixtures/organizations.json",
    "user_accounts/fixtures/addresses.json",
    "user_accounts/fixtures/groups.json",
    "intake/fixtures/template_options.json",
    "user_accounts/fixtures/mock_profiles.json",
    "intake/fixtures/mock_1_bundle_to_a_pubdef.json",
    "intake/fixtures/mock_1_bundle_to_cc_pubdef.json",
    "intake/fixtures/mock_1_bundle_to_ebclc.json",
    "intake/fixtures/mock_1_bundle_to_fresno_pubdef.json",
    "intake/fixtures/mock_1_bundle_to_monterey_pubdef.json",
    "intake/fixtures/mock_1_bundle_to_san_diego_pubdef.json",
    "intake/fixtures/mock_1_bundle_to_san_joaquin_pubdef.json",
    "intake/fixtures/mock_1_bundle_to_santa_barbara_pubdef.json",
    "intake/fixtures/mock_1_bundle_to_santa_clara_pubdef.json",
    "intake/fixtures/mock_1_bundle_to_santa_cruz_pubdef.json",
    "intake/fixtures/mock_1_bundle_to_sf_pubdef.json",
    "intake/fixtures/mock_1_bundle_to_solano_pubdef.json",
    "intake/fixtures/mock_1_bundle_to_sonoma_pubdef.json",
    "intake/fixtures/mock_1_bundle_to_tulare_pubdef.json",
    "intake/fixtures/mock_1_bundle_to_ventura_pubdef.json",
    "intake/fixtures/mock_1_submission_to_multiple_orgs.json",
    "intake/fixtures/mock_2_submissions_to_a_pubdef.json",
    "intake/fixtures/mock_2_submissions_to_cc_pubdef.json",
    "intake/fixtures/mock_2_submissions_to_ebclc.json",
    "intake/fixtures/mock_2_submissions_to_fresno_pubdef.json",
    "intake/fixtures/mock_2_submissions_to_monterey_pubdef.json",
    "intake/fixtures/mock_2_submissions_to_san_diego_pubdef.json",
    "intake/fixtures/mock_2_submissions_to_san_joaquin_pubdef.json",
    "intake/fixtures/mock_2_submissions_to_santa_barbara_pubdef.json",
    "intake/fixtures/mock_2_submissions_to_santa_clara_pubdef.json",
    "intake/fixtures/mock_2_submissions_to_santa_cruz_pubdef.json",
    "intake/fixtures/mock_2_submissions_to_sf_pubdef.json",
    "intake/fixtures/mock_2_submissions_to_solano_pubdef.json",
    "intake/fixtures/mock_2_submissions_to_sonoma_pubdef.json",
    "intake/fixtures/mock_2_submissions_to_tulare_pubdef.json",
    "intake/fixtures/mock_2_submissions_to_ventura_pubdef.json",
    "intake/fixtures/mock_2_transfers.json",
    "intake/fixtures/mock_application_events.json",
)
FILES = (
    "intake/fixtures/*.json and user_accounts/fixtures/*.json (40 fixture files, all objects;"
    " not the migration data 0007_add_default_orgs_for_counties_data.json)"
)
LICENCE = 'MIT (LICENSE of the repository, "Copyright (c) 2017 Code for America")'
ENGINE = "postgresql"


#: the models the fixtures give without a primary key, and the field ``loaddata`` finds them by
_NATURAL = {"auth.group": "name", "auth.user": "username", "user_accounts.organization": "name"}


def _merged(objs: list[dict[str, object]]) -> list[dict[str, object]]:
    """The objects with a later object of a model in ``_NATURAL`` replacing an earlier one of the
    same natural key in its place, as ``loaddata`` updates the row it finds, and those objects
    numbered 1, 2, ... per model in file order, as an empty database numbers them."""
    out: list[dict[str, object]] = []
    seen: dict[tuple[str, object], int] = {}
    for obj in objs:
        model, fields = obj["model"], obj["fields"]
        if obj.get("pk") is None and model in _NATURAL and isinstance(fields, dict):
            key = (str(model), fields.get(_NATURAL[str(model)]))
            if key in seen:
                out[seen[key]] = obj
                continue
            seen[key] = len(out)
        out.append(obj)
    counts = dict.fromkeys(_NATURAL, 0)
    for obj in out:
        if obj.get("pk") is None and obj["model"] in counts:
            counts[str(obj["model"])] += 1
            obj["pk"] = counts[str(obj["model"])]
    return out


def script(read: Callable[[str], bytes]) -> str:
    """DDL and rows of every model in the fixtures, loaded in turn, as one PostgreSQL script."""
    objs: list[dict[str, object]] = []
    for path in _FIXTURES:
        data = json.loads(text_of(read(path)))
        if not isinstance(data, list) or not all(isinstance(o, dict) for o in data):
            raise SourceError(f"{path} is no longer a list of Django objects")
        objs.extend(data)
    return djangofixtures.script(djangofixtures.objects(json.dumps(_merged(objs))))
