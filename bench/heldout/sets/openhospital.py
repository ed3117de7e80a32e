"""Held-out set openhospital: Open Hospital, the hospital information system of Informatici Senza
Frontiere (patients, admissions, out-patient visits, laboratory exams, pharmacy stock, bills,
vaccines, users), with the demo data its repository ships.

``sql/create_all_demo.sql`` is the project's own recipe for a demo database: it ``source``s the
structure (``step_01_create_structure.sql``), the menu and the English default data, every
migration (``step_04_all_following_steps.sql`` sources ``step_05`` to ``step_a110``), the
vaccine and DICOM types, ``delete_all_data.sql`` (which empties the tables) and finally
``load_demo_data.sql``, a MariaDB dump of a demo hospital (515 patients, 458 admissions, 403
out-patient visits, 312 laboratory exams, 60 bills, 4 users, 4 suppliers, 563 consent rows,
prices, medicines and their stock movements).

Loaded into MariaDB as that recipe runs, with four changes:

- every ``source <file>;`` line is replaced by the file's text (recursively), in order;
- the ``DELIMITER //`` blocks of the stored procedures are written with ``;`` (the server parses
  a whole ``CREATE PROCEDURE ... END`` itself);
- the 20 ``LOAD DATA LOCAL INFILE`` statements of the default data (reference tables from CSV
  files) are left out: ``delete_all_data.sql`` empties all those tables before the demo dump
  fills them, so the demo database is the same without them;
- the migrations were written for a server with case-insensitive table names (they write
  ``PATIENT``, ``OH_PATIENT`` and ``oh_patient`` for the same table), so every table name
  (outside string literals and comments, but inside ``/*!...*/`` ones) is lower-cased, as the
  demo dump writes them; column names keep the upper case the scripts give them.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from sqlsource import SourceError, text_of

REPO = "informatici/openhospital-core"
COMMIT = "2b180af2ad7085340b9f4617c1f6474aba1e21ba"
FILES = (
    "sql/create_all_demo.sql and the files it sources: step_01_create_structure.sql, "
    "step_02_dump_menu.sql, step_03_dump_default_data_en.sql, step_04_all_following_steps.sql "
    "(step_05 to step_a110), step_03_dump_vaccine_data_en.sql, step_03_dump_dicomtype_data_en.sql, "
    "delete_all_data.sql and load_demo_data.sql (the demo hospital's dump; all rows)"
)
LICENCE = "GPL-3.0 (LICENSE of the repository)"
ENGINE = "mysql"

_SOURCE = re.compile(r"^[ \t]*source[ \t]+(\S+?);?[ \t]*\r?$", re.I | re.M)
_DELIMITED = re.compile(r"^DELIMITER //[ \t]*\r?$(.*?)^DELIMITER ;[ \t]*\r?$", re.M | re.S)
_LOAD_DATA = re.compile(
    r"^LOAD DATA LOCAL INFILE '[^']*'\s+INTO TABLE \w+\s+FIELDS TERMINATED BY ';'\s+"
    r"LINES TERMINATED BY '\\n';",
    re.I | re.M,
)
_CREATED = re.compile(
    r"\b(?:CREATE\s+TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?|RENAME\s+TABLE\s+`?\w+`?\s+TO\s+"
    r"|ALTER\s+TABLE\s+`?\w+`?\s+RENAME\s+(?:TO\s+)?)`?(\w+)",
    re.I,
)


def _expand(read: Callable[[str], bytes], name: str, depth: int = 0) -> str:
    if depth > 3:
        raise SourceError(f"{name}: sources nested too deeply")
    text = text_of(read(f"sql/{name}"))
    return _SOURCE.sub(lambda m: "\n" + _expand(read, m.group(1), depth + 1) + "\n", text)


def _undelimit(block: re.Match[str]) -> str:
    lines = []
    for line in block.group(1).splitlines():
        stripped = line.rstrip()
        if stripped.endswith("//"):
            stripped = stripped[:-2].rstrip()
            if not stripped.endswith(";"):
                stripped += ";"
        lines.append(stripped)
    return "\n".join(lines)


def script(read: Callable[[str], bytes]) -> str:
    """The demo recipe with its sources inlined and its table names lower-cased."""
    text = _expand(read, "create_all_demo.sql")
    if re.search(r"^\s*(CREATE DATABASE|USE )", text, re.I | re.M):
        raise SourceError("the demo recipe now names its own database")
    text = _DELIMITED.sub(_undelimit, text)
    text, loads = _LOAD_DATA.subn("", text)
    if loads != 20:
        raise SourceError(f"expected 20 LOAD DATA statements of default data, found {loads}")
    if re.search(r"^DELIMITER", text, re.M):
        raise SourceError("a DELIMITER block other than // remains")
    tables = {m.group(1).lower() for m in _CREATED.finditer(text)}
    names = "|".join(sorted(tables, key=len, reverse=True))
    token = re.compile(
        r"'(?:[^'\\]|\\.|'')*'|--[^\n]*|/\*(?!!).*?\*/|`(?:" + names + r")`|\b(?:" + names + r")\b",
        re.I | re.S,
    )

    def lower(m: re.Match[str]) -> str:
        word = m.group(0)
        return word if word[0] in "'-/" else word.lower()

    return token.sub(lower, text)
