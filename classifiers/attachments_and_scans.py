"""Rules of the sixty-seventh round: the files a person hands in to an office, kept as the
scan of an identity document or in a table of the person's attachments.

- a table named for attachments, documents, uploads or scans (its last word) whose rows key
  someone who hands papers in to an office (:data:`HANDERS_IN`: an applicant, a candidate, a
  correspondent, a patient, a student; not a user, an owner or a customer, whose attachments
  are anything they uploaded) keeps that person's papers (:func:`person_attachments`): its
  picture is the person's photo (the photo signal) and its CV the person's (the free-text
  signal), as in a table of people.
- the file of an identity document (``passport_scan``, ``id_card_copy``, ``scan_of_passport``,
  French ``pj_passeport`` read as ``passport_attachment``): a name the patterns read as an
  identity document's (NATIONAL_ID) once a file's word (:data:`FILE_WORDS`) and where it is
  kept (``_url``, ``_path``) are left out, of text, in a table about people or of a person's
  attachments, is that document's copy: NATIONAL_ID (the name rule ``identity_scans``). Not a
  flag or a count (``has_passport_scan``: a number or a boolean), nor one file in every row
  (a blank form).

>>> file_words(("passport", "scan")), file_words(("scan", "of", "passport"))
(('passport',), ('passport',))
>>> file_words(("id", "card", "copy", "url")), file_words(("passport", "number"))
(('id', 'card'), None)
>>> file_words(("scan",)) is None
True
"""

from __future__ import annotations

from .base import FieldContext, SignalHit
from .fixtures_and_accounts import distinct_texts
from .name_tokens import singular, table_name
from .name_view import FieldView, person_keys
from .people import about_people, named_for_people, table_heads, tokens

#: Table words of the files a person hands in (``attachments``, ``applicant_documents``,
#: French ``pieces_jointes`` read as ``attachments``).
PAPERS = frozenset({"attachment", "document", "upload", "scan", "paper", "file"})
#: Who hands papers in to an office, by the key of the row (``applicant_id``, ``patient_id``):
#: not a user, an owner, an author or a customer, whose attachments are whatever they uploaded
#: (a product's pictures, a ticket's screenshots).
HANDERS_IN = frozenset({
    "applicant", "candidate", "claimant", "correspondent", "journalist", "patient", "student",
    "pupil", "employee", "person", "citizen", "resident", "beneficiary", "passenger",
    "traveller", "traveler", "tenant", "volunteer", "participant", "member", "driver",
    "worker", "athlete", "player", "pilgrim", "refugee", "migrant", "inmate", "prisoner",
})  # fmt: skip
#: Words of a file that copies a paper (``passport_scan``, ``scan_of_passport``,
#: ``id_card_copy``, French ``pj``: ``passport_attachment``).
FILE_WORDS = frozenset({"scan", "scanned", "copy", "file", "attachment", "upload", "pdf"})
#: Words of where a file is kept, after its word (``passport_scan_url``).
_STORED = frozenset({"path", "url", "uri", "link", "key", "filename", "location", "blob"})
#: A number's words, after a paper's (``passport_no_scan``).
_NUMBERS = frozenset({"number", "num", "no", "nr", "nbr"})
#: A hit this sure names the column already; a copy's support.
_SURE, _SCORE = 0.5, 0.6


def person_attachments(ctx: FieldContext) -> str | None:
    """Why a table keeps the papers a person handed in (see the module docstring), or None.

    >>> person_attachments(FieldContext("s", "public.attachments", "photo",
    ...     siblings=("id", "applicant_id", "photo")))
    "table 'attachments' keeps the papers of the person its rows key ('applicant_id')"
    >>> person_attachments(FieldContext("s", "public.attachments", "photo",
    ...     siblings=("id", "user_id", "photo"))) is None
    True
    """
    heads = table_heads(ctx.dataset)
    if not heads or heads[-1] not in PAPERS:
        return None
    key = next(person_keys(ctx, HANDERS_IN, tokens), None)
    if key is None:
        return None
    table = table_name(ctx.dataset)
    return f"table {table!r} keeps the papers of the person its rows key ({key!r})"


def file_words(words: tuple[str, ...]) -> tuple[str, ...] | None:
    """A column's words without a file's word before or after them and where the file is
    kept (``passport_scan_url``: ``passport``), or None when no file's word is there."""
    rest = [singular(w) for w in words]
    while len(rest) > 1 and rest[-1] in _STORED:
        rest.pop()
    if len(rest) > 1 and rest[-1] in FILE_WORDS:
        rest.pop()
    elif len(rest) > 1 and rest[0] in FILE_WORDS:
        rest = rest[2:] if rest[1] == "of" else rest[1:]
    else:
        return None
    return tuple(rest) or None


def _identity_scan(view: FieldView) -> list[SignalHit]:
    """The copy of a person's identity document, as the module docstring says."""
    if view.kind not in {"text", ""}:
        return []
    if any(h.entity == "NATIONAL_ID" and (h.veto or h.score >= _SURE) for h in view.hits):
        return []  # read already, or vetoed (``passport_scan_count``)
    paper = file_words(view.tokens)
    if paper is None:
        return []
    whose = about_people(view.ctx) or named_for_people(view.ctx) or person_attachments(view.ctx)
    if whose is None:
        return []
    samples = [v for v in view.ctx.samples if v is not None and str(v).strip()]
    if len(samples) > 1 and len(distinct_texts(samples)) == 1:
        return []  # one file in every row: a blank form, a template
    why = f"column name {view.ctx.name!r} is the file of a person's identity document and {whose}"
    # read as the paper's number, which its copy shows (``press_card`` alone names a person's
    # card only in a table of people; its number does anywhere)
    number = paper if paper[-1] in _NUMBERS else (*paper, "number")
    found = view.as_named("_".join(number), why)
    return [view.hit(h.entity, _SCORE, h.reason) for h in found if h.entity == "NATIONAL_ID"]


def identity_scans(view: FieldView) -> list[SignalHit]:
    """The name rule of this module (see its docstring)."""
    return _identity_scan(view)
