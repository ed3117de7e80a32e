"""Held-out set voedselbank: the database of a practice-exam ("Oefen Examen") project of four
students of a Dutch vocational (MBO) software-development course, April 2026: a Laravel 11
application for the food bank of Maaskantje (Voedselbank Maaskantje, the fictional client of the
Dutch MBO exam case), kept on GitHub as Omid2831/Individual_voedselbank. Tables and columns are
named in Dutch.

The application's own tables are made by hand-written MySQL scripts in ``database/`` (Laravel's
migrations make only its users, cache and jobs tables, with no rows). ``database/db.sql`` is the
script with the people in it: suppliers (``leverancier``: name, contact person, supplier number,
type), contact data (``contact``: street, house number, addition, postcode, town, e-mail,
mobile) of the suppliers' contact persons (7 rows, linked through ``contactperleverancier``) and
of two client families (not linked: the script has no table linking contacts to families),
product categories and products (with allergen kind, barcode, best-before date, status),
products per supplier with delivery dates,
client families (``gezin``: family name, code, description, numbers of adults, children and
babies), persons of those families (``persoon``: first name, name prefix (``tussenvoegsel``),
last name, date of birth, kind of person, whether the person represents the family), food
parcels per family and their products, dietary wishes (``eetwens``) and the families' wishes,
allergies (with an anaphylaxis risk) and the persons' allergies. Every table has the exam's
record columns ``IsActive``/``IsActief``, ``Opmerking`` (a remark), ``DatumAangemaakt`` and
``DatumGewijzigd``, which the INSERTs leave to their defaults (the time of loading); every
``Opmerking`` is empty. The rows are the students' invented test data: 119 rows, 7 persons (one in
each of the 6 families, and a manager in none), 8 suppliers with a named contact person.

Loaded into MariaDB as written, with the script's ``USE Voedselbank_2;`` line left out (the
database of the students' own server) and every identifier lower-cased (the script writes them
bare and in CamelCase, ``ContactPersoon``: ``contactpersoon``): everything outside the
single-quoted strings and ``--`` comments is lower-cased, which touches only identifiers, key
words and function names (the script has no double quotes, backticks or backslashes; the module
checks). The script's ``DROP TABLE IF EXISTS`` lines, which also name ``Magazijn`` and
``ProductPerMagazijn`` of the project's other scripts, are kept; they drop nothing in the empty
database. The other scripts (``database/databasescript.sql``, with a warehouse and the same
suppliers and families but no allergies or dietary wishes, and
``database/sp-leverancier/00-create-tables.sql``, a near copy of ``db.sql`` whose statements
other than the rows differ only in one comment) and the stored procedures are not loaded.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlsource import text_of

REPO = "Omid2831/Individual_voedselbank"
COMMIT = "8a1af5952846a86d7ab9f8e530fd87cf704d609b"
FILES = (
    "database/db.sql (the hand-written MySQL script, DDL and test rows, of a Dutch MBO "
    "practice-exam team's Laravel application for the food bank of Maaskantje, April 2026: "
    "suppliers, contacts, products, client families and their persons, food parcels, dietary "
    "wishes, allergies and the persons' allergies; all 14 tables and all rows)"
)
LICENCE = "none stated (the repository has no licence file; a students' practice-exam project)"
ENGINE = "mysql"

PATH = "database/db.sql"
USE = "\tUSE Voedselbank_2;\n"


def _lowered(text: str) -> str:
    """``text`` with everything outside single-quoted strings and ``--`` comments lower-cased."""
    for bad in ('"', "`", "\\"):
        if bad in text:
            raise ValueError(f"{PATH}: unexpected {bad!r} in the script")
    out: list[str] = []
    i = 0
    while i < len(text):
        if text[i] == "'":
            end = i + 1
            while True:
                end = text.index("'", end)
                if text.startswith("''", end):
                    end += 2
                    continue
                break
            out.append(text[i : end + 1])
            i = end + 1
        elif text.startswith("--", i):
            end = text.find("\n", i)
            end = len(text) if end < 0 else end
            out.append(text[i:end])
            i = end
        else:
            quote = text.find("'", i)
            dash = text.find("--", i)
            stops = [p for p in (quote, dash) if p >= 0]
            end = min(stops) if stops else len(text)
            out.append(text[i:end].lower())
            i = end
    return "".join(out)


def script(read: Callable[[str], bytes]) -> str:
    """``database/db.sql`` without its ``USE`` line, identifiers lower-cased, for MariaDB."""
    text = text_of(read(PATH)).lstrip("\ufeff").replace("\r\n", "\n")
    if text.count(USE) != 1:
        raise ValueError(f"{PATH}: expected one {USE.strip()!r} line")
    return _lowered(text.replace(USE, ""))
