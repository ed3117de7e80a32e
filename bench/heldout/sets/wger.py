"""Held-out set wger: the test fixtures of wger (a self-hosted fitness and gym-management
application: members' workouts, body weight and measurements, and for gyms their members,
contracts, documents and trainers' notes; Django).

The fixtures the tests load for users and gyms: test-user-data.json (24 accounts with user
names, first and last names, e-mail addresses and password hashes, their profiles with gender,
age, height, work, sport and sleep habits, calories and gym, their verified e-mail addresses and
last activity), the gym fixtures (three gyms with their address, phone, e-mail and owner; gym
and per-member configuration; members' contracts with amount, payment, IBAN-style bank data and
notes; trainers' notes about members; uploaded member documents), body-weight entries,
progress-gallery images, and API tokens.

Every object of those files loaded into PostgreSQL through ``djangofixtures`` (a table per
model, named as Django names it). The fixtures of body measurements, workout sessions and
workout logs are left out: their keys are UUIDs, which ``djangofixtures`` does not read.
"""

from __future__ import annotations

from collections.abc import Callable

import djangofixtures
from sqlsource import text_of

REPO = "wger-project/wger"
COMMIT = "aaba20184527b018e10f1be576202aa7e7cb4c21"
FILES = "wger/*/fixtures/test-*.json for users, gyms, body weight, gallery, API keys (11 files)"
LICENCE = "AGPL-3.0"
ENGINE = "postgresql"

_FIXTURES = (
    "core/fixtures/test-user-data.json",
    "gym/fixtures/test-gyms.json",
    "gym/fixtures/test-gymsconfig.json",
    "gym/fixtures/test-gym-adminconfig.json",
    "gym/fixtures/test-gym-userconfig.json",
    "gym/fixtures/test-contracts.json",
    "gym/fixtures/test-admin-user-notes.json",
    "gym/fixtures/test-gym-user-documents.json",
    "weight/fixtures/test-weight-data.json",
    "manager/fixtures/test-apikeys.json",
    "gallery/fixtures/test-gallery-images.json",
)


def script(read: Callable[[str], bytes]) -> str:
    """DDL and rows of every model in the fixtures as one PostgreSQL script."""
    objects = []
    for path in _FIXTURES:
        objects.extend(djangofixtures.objects(text_of(read(f"wger/{path}"))))
    return djangofixtures.script(objects)
