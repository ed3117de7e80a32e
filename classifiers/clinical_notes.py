"""What a clinician writes of a patient, read from the schema (GDPR Art. 9(1) health data): a
practice's tables of consultations and sessions are often empty in a sample database, so the
names decide, as in :mod:`classifiers.health`.

- A text column named for a clinical note or finding (``clinical_notes``,
  ``clinical_observation``, ``shared_clinical_note``) is ``HEALTH`` in a table whose rows point
  at a patient or at their care (a visit, a session, an appointment: :data:`CARE_KEYS`): what
  a clinician wrote of the person seen; a trial protocol's keyed to its sponsor is not.
- A diagnosis's code in the ICD (``icd10_code``, Spanish and Portuguese ``cie10``, French
  ``cim10``) is ``HEALTH`` in a table whose rows point at a patient or their care, unless the
  table is the catalogue of codes itself (``icd10_codes``); a payer's billing rule is not.
- The reason a patient came in a clinic's words (``chief_complaint``,
  ``presenting_complaint``, ``reason_for_consultation``) is ``HEALTH`` in a table whose rows
  point at someone or something; a ``reason_for_visit`` only keyed to a patient or their care
  (a building's visitor log is no clinic's).
- In a table of a patient's mood or emotional check-ins keyed to the patient, every column but
  the keys and the times (``stress_level``, ``slept_well``, ``note``) is ``HEALTH``.
- In a table of a patient's care (its name says a consultation, an encounter, a visit or a
  course of care, and a column keys the patient), every text column of observations,
  recommendations, history, findings or hypotheses is ``HEALTH``; so is a patient's
  ``history`` or ``background`` in a table of patients.

Not a key, a count or a date; not the notes of a table that points at nothing (a template's
``clinical_notes`` text), nor the history of a table of things (``machines.history``).

>>> from classifiers.base import FieldContext
>>> clinical_reason(FieldContext("s", "sessions", "clinical_note", "text",
...     siblings=("id", "visit_id", "clinical_note")), ["clinical", "note"])
"column name 'clinical_note' names a clinical note and the row points at a record ('visit_id')"
>>> clinical_reason(FieldContext("s", "icd10_codes", "icd10_code", "varchar",
...     siblings=("id", "chapter_id", "icd10_code")), ["icd10", "code"]) is None
True
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from .base import FieldContext
from .name_tokens import singular, table_name
from .people import is_text, tokens, words

#: Words of a note or a finding, which ``clinical`` before them makes a clinician's.
NOTE_WORDS = words("""
    note notes observation observations finding findings summary comment comments remark
    remarks evolution impression impressions assessment
""")
#: A diagnosis's code in the International Classification of Diseases, by its English,
#: Spanish and Portuguese (CIE), or French (CIM) name, with its revision or not.
_ICD = re.compile(r"(?:icd|cie|cim)(?:_?(?:9|10|11))?(?:cm)?")
#: Table words of a catalogue of codes (``icd10_codes``, ``cie10_catalog``).
_CATALOGUES = words("code codes catalog catalogue catalogo list lookup chapter chapters")
#: Pairs of words (singular) of why a patient came.
COMPLAINTS = frozenset({
    ("chief", "complaint"), ("presenting", "complaint"), ("presenting", "problem"),
    ("reason", "visit"), ("reason", "consultation"), ("consultation", "reason"),
})  # fmt: skip
#: Table words of a patient's care: a consultation, an encounter, a visit, a course of care.
ENCOUNTERS = words("""
    consultation consultations encounter encounters care visit visits admission admissions
    treatment treatments
""")
#: Column words of what a clinician records of the person cared for in such a table.
CARE_TEXTS = words("""
    note notes observation observations recommendation recommendations history background
    finding findings hypothesis hypotheses assessment impression evolution antecedent
    antecedents complaint
""")
#: Key words (the noun before ``_id``) of a patient or of their care: a row keyed so is a
#: patient's record (``visit_id``, ``appointment_id``); a payer's, a sponsor's or a visitor's
#: is not.
CARE_KEYS = words("""
    patient visit encounter consultation care admission appointment session episode treatment
    therapy
""")
#: Words of why someone came that only a clinic uses (a visitor's ``reason_for_visit`` is a
#: building's or a showroom's as often).
_CLINICAL_COMPLAINTS = frozenset(p for p in COMPLAINTS if p != ("reason", "visit"))
#: Column words of a patient's past, in a table of patients.
_HISTORY = words("history background antecedent antecedents")
#: Words of the people cared for whose key makes a row their care's.
_PATIENTS = words("patient patients")
#: Words of a key column.
_KEYS = words("id key")


def _key_to(ctx: FieldContext, nouns: frozenset[str] | None = None) -> str | None:
    """A sibling that keys another row (``appointment_id``; with ``nouns``, one of them:
    ``patient_id``), not the row's own id, or None."""
    own = (*(singular(w) for w in tokens(table_name(ctx.dataset))), "id")
    for sibling in ctx.siblings:
        parts = tokens(sibling)
        if len(parts) < 2 or parts[-1] not in _KEYS or tuple(map(singular, parts)) == own:
            continue
        if nouns is None or parts[-2] in nouns:
            return sibling
    return None


def _points(key: str) -> str:
    return f"the row points at a record ({key!r})"


def _icd(parts: Sequence[str]) -> bool:
    """Whether a column's words name an ICD code (``icd10_code``, ``cie10``, ``icd_9_cm``).

    >>> _icd(["icd10", "code"]), _icd(["cie10", "codigo"]), _icd(["cid"])
    (True, True, False)
    """
    return bool(_ICD.fullmatch("_".join(parts[:2]))) or any(_ICD.fullmatch(p) for p in parts)


#: Table words (singular) of how a person says they feel: a check-in, a diary or a log of
#: mood or emotions, as a therapy's or a care app's patients keep it.
MOODS = words("mood emotional emotion feeling wellbeing")
#: Column words of when a row was written, no answer of the patient.
_TIMES = words("date time at on timestamp created updated modified deleted day")


def mood_reason(ctx: FieldContext, parts: list[str]) -> str | None:
    """Why a column is a patient's answer about how they feel, or None: in a table of mood or
    emotional check-ins (:data:`MOODS`) whose row keys a patient, every column but the keys and
    the times (``stress_level`` 4, ``slept_well`` 1, ``note``).

    >>> mood_reason(FieldContext("s", "mood_checkins", "stress_level", "smallint",
    ...     siblings=("id", "patient_id", "stress_level")), ["stress", "level"])[:37]
    "table 'mood_checkins' keeps a patient"
    >>> mood_reason(FieldContext("s", "mood_checkins", "stress_level", "smallint",
    ...     siblings=("id", "team_id", "stress_level")), ["stress", "level"]) is None
    True
    """
    if parts[-1] in _KEYS or set(parts) & _TIMES:
        return None
    table = table_name(ctx.dataset)
    if not {singular(w) for w in tokens(table)} & MOODS:
        return None
    key = _key_to(ctx, _PATIENTS)
    if key is None:
        return None
    return (
        f"table {table!r} keeps a patient's own account of how they feel and the row points at "
        f"the patient ({key!r})"
    )


def clinical_reason(ctx: FieldContext, parts: list[str]) -> str | None:
    """Why a column holds what a clinician wrote of a patient, or how the patient feels, or
    None."""
    if not parts or parts[-1] in _KEYS:
        return None
    if mood := mood_reason(ctx, parts):
        return mood
    if not is_text(ctx.data_type):
        return None
    found = [singular(w) for w in parts]
    table = [singular(w) for w in tokens(table_name(ctx.dataset))]
    name = ctx.name
    if "clinical" in found and set(found) & NOTE_WORDS and (key := _key_to(ctx, CARE_KEYS)):
        return f"column name {name!r} names a clinical note and {_points(key)}"
    icd = _icd(parts) and not set(table) & _CATALOGUES and not _icd(table)
    if icd and (key := _key_to(ctx, CARE_KEYS)):
        return f"column name {name!r} is a diagnosis's code (ICD) and {_points(key)}"
    pairs = set(pairwise(w for w in found if w not in {"for", "of"}))
    if (pairs & _CLINICAL_COMPLAINTS and (key := _key_to(ctx))) or (
        pairs & COMPLAINTS and (key := _key_to(ctx, CARE_KEYS))
    ):
        return f"column name {name!r} is why a patient came and {_points(key)}"
    if set(found) & CARE_TEXTS and set(table) & ENCOUNTERS and (key := _key_to(ctx, _PATIENTS)):
        return (
            f"table {table_name(ctx.dataset)!r} keeps a patient's care and the row points at the "
            f"patient ({key!r}): column {name!r} is what the clinician recorded"
        )
    if len(found) <= 2 and set(found) & _HISTORY and table and table[-1] == "patient":
        table_ = table_name(ctx.dataset)
        return f"column name {name!r} is a patient's history and table {table_!r} holds patients"
    return None
