"""Held-out set puzzleskills: the test fixtures of PuzzleSkills, the skill-management and CV
application of Puzzle ITC (a Swiss software company): each employee keeps a profile (name,
e-mail, birth date, location, nationalities, marital status, title, picture, competence notes),
a CV (activities, advanced trainings, certificates, contributions, educations, projects with
their technologies, language skills) and ratings of skills from a catalogue of categories.

The tests load ``spec/fixtures/<table>.yml``: people, their roles and role levels, activities,
advanced trainings, certificates, contributions, educations, language skills, people's skills,
projects and project technologies, the log-ins (``auth_users``), companies and branch
addresses, departments and their skill snapshots, roles, categories and skills.

Every fixture file, every row, loaded into PostgreSQL through ``railsfixtures`` (a table per
file; ids from the labels as Rails computes them unless the file gives one; an association
written as a fixture label, ``company: firma``, kept as that label in a column named as in the
file; a has-many list, ``roles: [software-engineer]``, kept as a jsonb list). The only ERB tags,
``<%= Person.marital_statuses[:single] %>`` and ``[:married]``, become the integers of the
model's enum (0 and 1). ``files/`` holds API responses and pictures, not fixtures.
"""

from __future__ import annotations

from collections.abc import Callable

import railsfixtures
from sqlsource import text_of

REPO = "puzzle/skills"
COMMIT = "79b026f95a80c818a8224a1cf31533d304ecf055"
FILES = "spec/fixtures/<table>.yml for 20 tables (the Rails test fixtures, all rows)"
LICENCE = "AGPL-3.0 (LICENSE of the repository)"
ENGINE = "postgresql"

_TABLES = (
    "activities",
    "advanced_trainings",
    "auth_users",
    "branch_adresses",
    "categories",
    "certificates",
    "companies",
    "contributions",
    "department_skill_snapshots",
    "departments",
    "educations",
    "language_skills",
    "people",
    "people_skills",
    "person_role_levels",
    "person_roles",
    "project_technologies",
    "projects",
    "roles",
    "skills",
)


def script(read: Callable[[str], bytes]) -> str:
    """DDL and rows of the fixtures as one PostgreSQL script."""

    def fixture(table: str) -> str:
        return text_of(read(f"spec/fixtures/{table}.yml"))

    extra = {
        "<%= Person.marital_statuses[:single] %>": "0",
        "<%= Person.marital_statuses[:married] %>": "1",
    }
    return railsfixtures.script(fixture, _TABLES, extra)
