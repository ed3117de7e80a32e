"""Held-out set helpdesk: the demo desk of django-helpdesk (an open-source ticket tracker on
Django).

The demo project (``demodesk``) ships one Django fixture, loaded by its ``make rundemo``: an
administrator (user name, first and last name, e-mail address, PBKDF2 password hash), two queues
(with the mailbox settings a queue polls: e-mail address, IMAP or POP host, user, password,
folder, SOCKS proxy, and the addresses copied on new and updated tickets), three tickets (title,
description written by the submitter, submitter's e-mail address, assignee, resolution, dates,
priority), follow-ups with their comments and attachments, a ticket CC (e-mail address or user),
and a knowledge base (categories and items with questions, answers and votes).

Every object of the fixture, loaded into PostgreSQL through ``djangofixtures`` (a table per model,
named ``<app>_<model>`` as Django names it, such as ``helpdesk_ticket``; a foreign key keeps the
field's name, ``assigned_to`` not ``assigned_to_id``; columns typed from the values).
"""

from __future__ import annotations

from collections.abc import Callable

import djangofixtures
from sqlsource import text_of

REPO = "django-helpdesk/django-helpdesk"
COMMIT = "360bace463c78314adb07d6b8bffc4676b73be29"
FILES = "demodesk/fixtures/demo.json (the demo desk's Django fixture, all objects)"
LICENCE = "BSD-3-Clause"
ENGINE = "postgresql"


def script(read: Callable[[str], bytes]) -> str:
    """DDL and rows of every model in the fixture as one PostgreSQL script."""
    text = text_of(read("demodesk/fixtures/demo.json"))
    return djangofixtures.script(djangofixtures.objects(text))
