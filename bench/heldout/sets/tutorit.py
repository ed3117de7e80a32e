"""Held-out set tutorit: a private-tutoring marketplace, a Swiss students' PostgreSQL project.

"TutorIT", the database project of three students of a databases course in French-speaking
Switzerland (the course's "projet BDR", January 2022; the localities are Swiss towns of Vaud,
Neuchâtel and Geneva with their four-digit postcodes, the education levels Swiss ones such as
CFC and maturité), with a JavaFX client: people offer and book private lessons. Tables
and columns are named in French, with accents (``Élève``, ``prénom``, ``numTéléphone``,
``PlageDeDisponibilité``): places (``lieu``: street and number, capacity, postcode), private
places (``lieuprivé``, a person's home) and public places (``lieupublic``, with a name),
localities (``localité``: postcode, name) and the localities where a person is willing to teach
or learn (``localité_personne``); persons (``personne``: surname, first name, birth date, sex as
1 or 2, phone number, e-mail address, the private place where the person lives) and the
languages they speak (``personne_langue``, ``langue``); pupils (``élève``) and tutors
(``tuteur``: a self-presentation text), a tutor's availability slots
(``plagededisponibilité``); evaluations (``évaluation``: punctuality, comment, date) of a tutor
by a pupil (``évaluationtuteur``: reliability, commitment) and of a pupil by a tutor
(``évaluationélève``: competence, pedagogy); lessons (``session``: start, duration, the tutor's
travel time, a service, a place) and their pupils (``session_élève``); a tutor's services
(``prestation``: name, rate, hidden flag, field) with the levels they require
(``niveaurequis``); fields of competence (``domainecompétence``) with their possible levels
(``niveaupossible``), and the level each pupil is at and each tutor has reached in a field
(``domainecompétence_élève``, ``domainecompétence_tuteur``).

Loaded into PostgreSQL as the project's Docker image loads it (``bdd/Dockerfile`` copies
``bdd/scripts`` into ``docker-entrypoint-initdb.d``, which runs the files in name order): the
DDL (22 tables, an enum type ``niveau``, primary, unique, check and foreign keys), the
triggers, procedures and functions, the static rows, the test rows and the three views, each run
as written, with one translation: PostgreSQL does not lower-case non-ASCII letters of unquoted
names, so the capital ``É`` of the names (``Élève``, ``Évaluation``, ``idÉlève``...) is written
``é`` in the four script files that hold no row values, and in the two INSERT heads of the test
rows that quote ``"Élève"`` and ``"domainecompétence_Élève"`` (checked to be the only ``É`` in
that file); unquoted ASCII capitals fold to lower case as usual. The lesson, availability and
evaluation tables have no rows (their check constraints ask for dates not in the past).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from sqlsource import SourceError, text_of

REPO = "damienmaier/projetBDR"
COMMIT = "9902295413ab28f209e2d164ecf15675c3bf2998"
_DIR = "bdd/scripts"
_SCRIPTS = (
    "001-create-tables.sql",
    "002-triggers.sql",
    "003-populate-tables-contenu-statique.sql",
    "004-populate-tables-contenu-dynamique.sql",
    "005-vues.sql",
)
FILES = (
    f"{_DIR}/{', '.join(_SCRIPTS)} (the schema, triggers, static and test rows and views, "
    "in the order of the project's Docker image; all rows)"
)
LICENCE = "none stated (the repository has no licence file; a students' course project)"
ENGINE = "postgresql"

_TABLES = sorted(
    [
        "lieu",
        "lieuprivé",
        "lieupublic",
        "localité",
        "localité_personne",
        "personne",
        "personne_langue",
        "langue",
        "tuteur",
        "plagededisponibilité",
        "élève",
        "évaluation",
        "évaluationtuteur",
        "évaluationélève",
        "session",
        "session_élève",
        "prestation",
        "niveaurequis",
        "domainecompétence",
        "niveaupossible",
        "domainecompétence_élève",
        "domainecompétence_tuteur",
    ]
)
#: the tables the two row files fill, as their INSERT heads name them (lower-cased)
_FILLED = {
    "003-populate-tables-contenu-statique.sql": [
        "localité",
        "lieu",
        "lieupublic",
        "langue",
        "domainecompétence",
        "niveaupossible",
    ],
    "004-populate-tables-contenu-dynamique.sql": [
        "lieu",
        "lieuprivé",
        "personne",
        "localité_personne",
        "personne_langue",
        '"élève"',
        '"domainecompétence_élève"',
        "tuteur",
        '"domainecompétence_tuteur"',
        "prestation",
        "niveaurequis",
    ],
}
_ROW_HEADS = {
    '"Élève"': '"élève"',
    '"domainecompétence_Élève"': '"domainecompétence_élève"',
}


def _rows(name: str, text: str) -> str:
    """A row file with its quoted capital-É table names lower-cased, once checked to hold only
    INSERTs into the expected tables."""
    for old, new in _ROW_HEADS.items():
        text = text.replace(f"INSERT INTO {old}\n", f"INSERT INTO {new}\n")
    if "É" in text:
        raise SourceError(f"{name}: a capital É outside the two INSERT heads")
    statements = [s.strip() for s in re.sub(r"(?m)--.*$", "", text).split(";") if s.strip()]
    heads = [re.match(r"(?i)insert into\s+(\"[^\"]+\"|[^\s(]+)", s) for s in statements]
    if not all(heads):
        raise SourceError(f"{name}: a statement that is not an INSERT")
    found = [h.group(1).lower() for h in heads if h]
    if found != _FILLED[name]:
        raise SourceError(f"{name} changed: INSERTs into {found}")
    return text


def script(read: Callable[[str], bytes]) -> str:
    """The TutorIT database as its Docker image builds it, with ``É`` in names as ``é``."""
    parts = []
    for name in _SCRIPTS:
        text = text_of(read(f"{_DIR}/{name}"))
        if re.search(r"(?m)^\s*\\", text):
            raise SourceError(f"{name}: a psql meta-command")
        if name in _FILLED:
            parts.append(_rows(name, text))
            continue
        text = text.replace("É", "é")
        if name.startswith("001"):
            created = re.findall(r"(?im)^\s*CREATE TABLE (\w+)\s*\(", text)
            if sorted(t.lower() for t in created) != _TABLES:
                raise SourceError(f"{name} changed: tables {created}")
            if re.search(r"(?i)\binsert\b", text):
                raise SourceError(f"{name}: rows in the DDL")
        parts.append(text)
    return "\n".join(parts)
