"""A rule of the seventieth round's second pass: what a counsellor writes of a person's mind
(the name rule ``counselling_notes``).

A psychosocial programme, a clinic's psychiatry service or a school's psychologist keeps each
session, assessment and follow-up of a person in a table of its own (``psycho_sessions``,
``psychological_assessments``, ``mental_health_followups``) whose rows point at the person
counselled (``client_id``, ``fk_customer_id``). What the counsellor writes there, the problem
found, its description, the session's comments, the plan and the final evaluation, is data
concerning that person's health (GDPR Art. 9(1)), whatever else the column's name says
(:func:`note_word`): a psychological care's notes are its subject. So is a comment named for
the person's mind in any table whose row points at the person (``comment_psychosocial`` in a
case's follow-ups).

Not counselling of another kind (careers, debt, academic: a bare ``counselling`` is left
out), not a psychology course's or a book's description (the row points at no one counselled:
an ``instructor_id``, an ``author_id`` or a ``therapist_id`` keys who wrote or teaches, not the
person counselled), not a session's place, date, duration or referral address, and not a flag.

>>> psych_words(("dev", "psycho", "sessions")), psych_words(("mental", "health", "notes"))
('psycho', 'mental health')
>>> psych_words(("career", "counselling")), psych_words(("psychology", "courses"))
(None, None)
>>> note_word(("problem", "identified")), note_word(("session", "place"))
('problem', None)
"""

from __future__ import annotations

from itertools import pairwise

from .base import SignalHit
from .name_tokens import singular
from .name_view import FieldView, person_key_sibling

#: Words of a person's psychological care, in a table's or a column's name; not ``psychology``,
#: a course's or a department's subject as often.
PSYCH_WORDS = frozenset({
    "psycho", "psychosocial", "psychological", "psychiatric", "psychiatry", "psychotherapy",
    "psychotherapeutic",
})  # fmt: skip
#: Two words of it (``mental_health``).
PSYCH_PAIRS = frozenset({("mental", "health")})
#: Words of what a counsellor writes of the person: the problem found, its description, the
#: session's comments, notes and observations, the plan and the evaluation.
NOTE_WORDS = frozenset({
    "comment", "note", "remark", "observation", "description", "evaluation", "assessment",
    "plan", "problem", "summary", "finding", "concern", "progress", "impression",
})  # fmt: skip
#: Words of a column that is no note even beside one (``plan_date``, ``problem_id``,
#: ``note_url``): a moment, a key, a count or a reference.
_NOT_NOTES = frozenset({
    "id", "key", "date", "time", "at", "on", "url", "link", "file", "count", "number", "no",
    "type", "code", "by", "status", "flag", "place", "duration",
})  # fmt: skip
#: People a row may key who write, teach or give the care, not receive it.
CARERS = frozenset({
    "counsellor", "counselor", "therapist", "psychologist", "psychiatrist", "doctor",
    "physician", "clinician", "practitioner", "instructor", "teacher", "lecturer", "professor",
    "trainer", "coach", "author", "staff", "employee", "creator", "admin", "provider", "owner",
})  # fmt: skip


def psych_words(words: tuple[str, ...]) -> str | None:
    """The word (or two) of psychological care among a name's words, or None."""
    found = next((w for w in words if w in PSYCH_WORDS), None)
    if found is not None:
        return found
    pair = next((p for p in pairwise(words) if p in PSYCH_PAIRS), None)
    return None if pair is None else " ".join(pair)


def note_word(words: tuple[str, ...]) -> str | None:
    """The word of a counsellor's note among a column's words (singular), or None when a word
    makes it a moment, a key, a reference or a place."""
    found = [singular(w) for w in words]
    if set(found) & _NOT_NOTES:
        return None
    return next((w for w in found if w in NOTE_WORDS), None)


def counselling_notes(view: FieldView) -> list[SignalHit]:
    """A note of a person's psychological care, in a table of that care (or named for it)
    whose row points at the person counselled: ``HEALTH`` (the name signal's rule)."""
    if view.kind not in {"text", ""} or "HEALTH" in view.supported:
        return []
    note = note_word(view.tokens)
    if note is None:
        return []
    own = psych_words(view.tokens)
    care = own or psych_words(view.table_words)
    if care is None:
        return []
    key = person_key_sibling(view, view.words.PEOPLE, CARERS)
    if key is None:
        return []
    where = "its name says" if own else f"table {view.table_name!r} keeps"
    reason = (
        f"column name {view.ctx.name!r} is a counsellor's {note} and {where} a person's "
        f"psychological care ({care}); the row points at the person counselled ({key!r}): "
        "their health"
    )
    return [view.hit("HEALTH", 0.6, reason)]
