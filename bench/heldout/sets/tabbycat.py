"""Held-out set tabbycat: a debate tournament after its first round, from Tabbycat (an
open-source Django application that runs debating tournaments: registration of teams, speakers
and adjudicators, draws, adjudicator allocation, ballots, feedback and breaks).

The repository ships fixtures of a demo tournament at several stages, written by ``dumpdata``
(``bin/rebuild_fixtures.sh``); ``data/fixtures/after_round_1.json`` is the smallest: 99
participants (72 speakers in 24 teams and 27 adjudicators), each a person with name, e-mail
address, phone, gender, pronoun, an anonymity flag, a code name and a private URL key; the
institutions they come from and their regions, conflicts between adjudicators, teams and
institutions, two user accounts (user name, names, e-mail, password hash), speaker and break
categories, rounds, debates, motions, venues with their categories and constraints, ballots with
speaker and team scores, adjudicators' base score history, feedback and registration questions,
and a global preference.

Every object of the fixture, loaded into PostgreSQL through ``djangofixtures.script`` (a table
per model, named ``<app>_<model>`` as Django names it, such as ``participants_person``; a foreign
key keeps the field's name, ``team`` not ``team_id``; a speaker's or adjudicator's row is keyed
by its ``person_ptr``, the person it extends; a many-to-many field is a JSON array of keys;
columns typed from the values). The two ``auth.user`` objects have no primary key in the file
(``dumpdata --natural-primary`` leaves it out; ``loaddata`` finds a user by its user name) and
are numbered 1 and 2 in file order, as an empty database numbers them.
"""

from __future__ import annotations

import json
from collections.abc import Callable

import djangofixtures
from sqlsource import text_of

REPO = "TabbycatDebate/tabbycat"
COMMIT = "59c4d5fcda86e474be9454ea97873ca85207adf8"
FILES = "data/fixtures/after_round_1.json (the demo tournament after round 1; all objects)"
LICENCE = "AGPL-3.0 (LICENSE.md of the repository)"
ENGINE = "postgresql"


def script(read: Callable[[str], bytes]) -> str:
    """DDL and rows of every model in the fixture as one PostgreSQL script."""
    objs = json.loads(text_of(read("data/fixtures/after_round_1.json")))
    return djangofixtures.script(djangofixtures.numbered(objs, "auth.user"))
