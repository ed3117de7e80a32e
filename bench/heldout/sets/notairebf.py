"""Held-out set notairebf: the demo fixture of Notaire BF (a Django and Django REST framework back
end, written in French in 2025-2026, for the portal of the Ordre des Notaires du Burkina Faso, the
professional order of the country's notaries: the public finds a notary, asks for a notarial deed
and pays by mobile money; the order publishes news, advice, legal texts and its board).

The repository shipped ``fixtures/demo_data.json``, a hand-written demo fixture: four user
accounts (the administrator, a notary and two clients, with user name, password hash, e-mail and
the French ``nom``, ``prenom``, ``telephone`` beside Django's empty ``first_name`` and
``last_name``), two regions and two towns, the notary's professional record (registration number,
specialities, languages, biography, consultation fee, office address, work phone and e-mail,
website), three requests for deeds (reference, contact name, e-mail and phone, type of deed,
description, internal notes, estimated amount, appointment), three mobile-money payments (amount,
operator, the payer's phone number, provider details), two members of the order's board, the
order's history and missions, a news item, an advice page, a document, a legal text, a site page,
a page visit (IP address, user agent, session) and two audit records (a security log and a login
attempt with user name and IP address). The file was removed in the next commit
("reorganisation"); it is read at the last commit that holds it.

Every object of the fixture, loaded into PostgreSQL through ``djangofixtures`` (a table per model,
named ``<app>_<model>`` as Django names it, such as ``demandes_demande``; a foreign key keeps the
field's name, ``utilisateur`` not ``utilisateur_id``; lists and objects as ``jsonb``; columns
typed from the values).
"""

from __future__ import annotations

from collections.abc import Callable

import djangofixtures
from sqlsource import text_of

REPO = "tanou-web/notaire_bf"
COMMIT = "97b5a39b765f08f118f3071c03fd8a34dbdb80c2"
FILES = (
    "fixtures/demo_data.json (the demo fixture of the Notaire BF back end, all objects; "
    "removed in the next commit)"
)
LICENCE = (
    "none stated (no licence file; README.md's badge says Proprietary and links a LICENSE "
    "that the repository does not have)"
)
ENGINE = "postgresql"


def script(read: Callable[[str], bytes]) -> str:
    """DDL and rows of every model in the fixture as one PostgreSQL script."""
    text = text_of(read("fixtures/demo_data.json"))
    return djangofixtures.script(djangofixtures.objects(text))
