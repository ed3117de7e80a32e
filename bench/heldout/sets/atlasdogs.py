"""Held-out set atlasdogs: the sample data of atlas-dog, the Salesforce package with which Atlas
Assistance Dogs, a nonprofit that certifies teams of a person with a disability and their own
assistance dog, manages its clients, dogs, trainers, team facilitators, puppy raisers, board,
staff and volunteers.

``datasets/default/default.dataset.sql`` is the project's CumulusCI dataset (seemingly extracted
from a scratch org filled by the project's Snowfakery recipes: the people are Faker's), a
SQLite-flavoured SQL script with one table per Salesforce object and one column per field,
``VARCHAR(255)`` but for the record-type mappings: 22 tables, 20 of them filled (1,401 rows). It
holds 222 contacts (name, preferred name, e-mails, phones, pronouns, disability status, medical
devices, a criminal-conviction flag, languages, shirt size, a learning-platform id, positions in
the organisation and their statuses, volunteer notes and skills, NPSP donation roll-ups; the
fields for gender identity, sexual orientation, race and ethnicity, veteran status, photo and the
dates each paper arrived are empty), their one-person household accounts (name, greetings),
household addresses, relationships between contacts, leads (name, address, e-mail, phone,
pronoun), dogs (name, breed, birth date, microchip number, vaccinations), the teams of a client
and a dog (name, certifications), client and facilitator logs (handler, stress, satisfaction,
hours, details), public access tests, puppy-raiser logs, background checks, continuing-education
units, programs and assignments, volunteer jobs, a campaign and the sharing rules by category.

Loaded into PostgreSQL as written, with every double-quoted identifier lower-cased (the rows
hold no double quote) and the record-type mappings' ``is_person_type BOOLEAN`` as ``SMALLINT``
(the rows write it ``0``, as SQLite keeps a boolean); empty fields stay empty strings.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from sqlsource import SourceError, text_of

REPO = "Atlas-Assistance-Dogs/atlas-dogs"
COMMIT = "eda7620bfb9861d4ae7890301c408cb0b9225fcd"
FILES = (
    "datasets/default/default.dataset.sql (the project's CumulusCI dataset; all tables and rows)"
)
LICENCE = "none stated (the repository has no licence file)"
ENGINE = "postgresql"

DATASET = "datasets/default/default.dataset.sql"
_QUOTED = re.compile(r'"[^"\n]+"')


def script(read: Callable[[str], bytes]) -> str:
    """The dataset with its quoted identifiers lower-cased, as one PostgreSQL script."""
    text = text_of(read(DATASET))
    if 'CREATE TABLE "Contact"' not in text or re.search(r"^(ATTACH|PRAGMA)", text, re.M):
        raise SourceError(f"{DATASET} no longer defines Contact, or has SQLite commands")
    text = text.replace(" BOOLEAN", " SMALLINT")
    return _QUOTED.sub(lambda m: m.group(0).lower(), text)
