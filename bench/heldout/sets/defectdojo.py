"""Held-out set defectdojo: the unit-test data of DefectDojo, an open-source application-security
(vulnerability management) tool on Django, where a security team records the products it tests,
the engagements and tests run on them, and the findings (vulnerabilities) the scanners and testers
report, with their endpoints, risk acceptances, JIRA issues and notes.

``dojo/fixtures/dojo_testdata.json`` is the Django fixture most of the unit tests load: Django
user accounts (user name, names, e-mail, password hash, login times) with their contact details
(phone and cell number, title, Twitter, GitHub and Slack names; mostly empty), API tokens,
sessions, admin and audit log entries (changes as JSON; actor and remote address empty), product
types and products with their members and groups, engagements (name, dates, lead, status),
tests and test imports, findings (title, description, mitigation, impact, severity, reporter,
reviewers, dates, file path and line, hash code), endpoints and their statuses, a risk acceptance
(who accepted it, recommendation and decision), finding templates, JIRA instances (URL, user
name, password or API token), projects and issues, tool types and configurations (user name,
password, API key, SSH key), a raw Burp request and response, SonarQube issues, notes,
notification settings and webhooks, languages, an announcement, global roles, permissions, system
settings and the search index of django-watson.

Every object of the fixture, loaded into PostgreSQL through ``djangofixtures`` (a table per model,
named ``<app>_<model>`` in lower case as Django names it, such as ``dojo_usercontactinfo``; a
foreign key keeps the field's name, ``reporter`` not ``reporter_id``; a many-to-many field is a
JSON array of keys; columns typed from the values; field names lower-cased, so
``burpRequestBase64`` becomes ``burprequestbase64``). Three things ``djangofixtures.objects``
would refuse are taken as ``loaddata`` takes them: the two groups keyed by the strings ``"1"`` and
``"2"`` get the integer keys Django converts them to; the report types' ``id`` field, which repeats
the key, is dropped; and sessions and API tokens, keyed by their session key and token string, keep
that string in the ``id`` column.
"""

from __future__ import annotations

import json
from collections.abc import Callable

import djangofixtures
from sqlsource import SourceError, text_of

REPO = "DefectDojo/django-DefectDojo"
COMMIT = "7cfa159a6767b0ac6e66f3b1597a997e607e7308"
FILES = "dojo/fixtures/dojo_testdata.json (the unit tests' Django fixture; all objects)"
LICENCE = "BSD-3-Clause (LICENSE.md of the repository)"
ENGINE = "postgresql"

#: models keyed by a string (Django's session key, REST framework's token key)
STRING_KEYS = {"sessions.session", "authtoken.token"}


def _object(obj: object) -> dict[str, object]:
    """One fixture object with its model and field names lower-cased and its key as loaded."""
    if not isinstance(obj, dict) or not isinstance(obj.get("model"), str):
        raise SourceError("an object of the fixture without a model")
    model = obj["model"].lower()
    fields = obj.get("fields")
    pk = obj.get("pk")
    if not isinstance(fields, dict):
        raise SourceError(f"{model}: an object without fields")
    fields = {str(k).lower(): v for k, v in fields.items()}
    if "id" in fields and fields.pop("id") != pk:
        raise SourceError(f"{model}: an id field that is not the object's key")
    if isinstance(pk, str) and model not in STRING_KEYS:
        if not pk.isdigit():
            raise SourceError(f"{model}: a string key that is not a number")
        pk = int(pk)
    if not isinstance(pk, int | str):
        raise SourceError(f"{model}: an object without a usable key")
    return {"model": model, "pk": pk, "fields": fields}


def script(read: Callable[[str], bytes]) -> str:
    """DDL and rows of every model in the fixture as one PostgreSQL script."""
    data = json.loads(text_of(read("dojo/fixtures/dojo_testdata.json")))
    if not isinstance(data, list):
        raise SourceError("a Django fixture is a JSON list of objects")
    return djangofixtures.script([_object(obj) for obj in data])
