"""Rules of the sixty-first and sixty-second rounds (the name rule ``requests_and_permits``): what
a person's request, permit or sign-in link keeps of them, the official who dealt with it, and
what a clinician's practice is.

- a request's text: a text column named for what is written (a free-text word of
  :mod:`classifiers.free_text`, or ``text``, ``statement``, ``letter``: ``application_text``,
  ``staff_opinion_note``) in a table named for a person's request (:data:`REQUESTS`, its last
  word: an application, a claim, a complaint, a referral, a petition, an appeal) whose row keys
  the person who made it (:data:`_REQUESTERS`: ``applicant_id``, ``claimant_id``,
  ``client_id``; not a user's, an owner's or an author's key, beside which an application is a
  program as often) is what they or the office wrote of them (FREE_TEXT).
- the stored file of a person's documents: a column naming a document or a form and where it
  is kept (``documents_s3_object_key``, ``poa_form_url``, ``certificate_path``) in a table
  about people or named for a person's request (``application_processing``; not one keying a
  program's developer, owner or OAuth client: a program's applications), or a file's
  place (``file_path``, ``file_url``) in a table named for a request's documents
  (``application_documents``) keyed to the request: the scan of a power of attorney, a
  certificate, a proof of address (OTHER_PERSONAL_DATA). Not when every sampled value is the
  same file (a blank form, a template).
- a verification token's ``identifier`` (Auth.js and NextAuth keep ``identifier``, ``token``,
  ``expires`` in a table of verification tokens or requests): the e-mail address a sign-in link
  was sent to (EMAIL_ADDRESS), unless sampled values hold no ``@`` (a phone's).
- an official named by a role after a qualifier (``police_officer_name``,
  ``stolen_police_officer_name``, ``social_worker_name``: :data:`OFFICIALS`), which the name's
  patterns leave (only a people word may lead a bare ``name``): the official's name
  (PERSON_NAME), when nothing else was found and sampled values, if any, read as names.
- a licence's or a permit's number (``licence_no``, ``fishing_licence_id`` of text) in a table
  named for licences or permits (:data:`_PERMITS`) whose row keys the holder by a word of
  someone who holds a licence, not one who buys one (an angler, a hunter, a driver, a pilot;
  not a user, a customer, a member: a program's licence, :data:`_BUYERS`), beside no product,
  plan or seat, and whose sampled values do not repeat: a document issued to the person
  (OTHER_PERSONAL_DATA).
- a clinician's region (``physician_province``; ``state`` in a table of doctors): where the
  practice is, the clinician's business address; no one's home (REGION vetoed), unless a
  column names a home (``home_address``).

>>> request_text(("application", "text")), request_text(("staff", "opinion", "note"))
(True, True)
>>> request_text(("application", "id")), request_text(("status",))
(False, False)
>>> document_store(("documents", "s3", "object", "key")), document_store(("poa", "form", "url"))
(True, True)
>>> document_store(("proof", "document", "s", "3", "key")), document_store(("form", "id"))
(True, False)
>>> document_store(("s", "3", "object", "key"))
False
"""

from __future__ import annotations

from itertools import pairwise

from .base import SignalHit
from .fixtures_and_accounts import distinct_texts
from .free_text import name_says_free_text
from .name_tokens import singular
from .name_view import FieldView, person_key_sibling
from .people import about_people, named_for_people, table_heads
from .row_people import names_sampled

#: Table words of a request a person makes to an office (``applications``, ``aid_claims``,
#: ``complaints``, ``referrals``): its row is the requester's.
REQUESTS = frozenset({
    "application", "claim", "complaint", "referral", "petition", "appeal", "grievance",
})  # fmt: skip
#: Who makes a request, by the key of the row (``applicant_id``, ``claimant_id``): not a user,
#: an owner, an author or a developer, whose ``applications`` are programs as often.
_REQUESTERS = frozenset({
    "applicant", "claimant", "complainant", "petitioner", "appellant", "client", "patient",
    "beneficiary", "citizen", "resident", "candidate", "student", "person",
})  # fmt: skip
#: Who owns or builds a program, by a key of its row (``developer_id``, an OAuth ``client_id``):
#: a table of ``applications`` keyed so holds programs.
_PROGRAM_OWNERS = frozenset({
    "user", "developer", "owner", "organisation", "organization", "team", "tenant", "company",
    "publisher", "client", "account", "project", "vendor",
})  # fmt: skip
#: Last words of what is written in a request besides the free-text words (``application_text``,
#: ``personal_statement``, ``cover_letter``).
_WRITTEN = frozenset({"text", "statement", "letter", "narrative", "explanation"})
#: Column words of a document a person hands in (``documents``, ``poa_form``, ``certificate``).
_DOCUMENTS = frozenset({
    "document", "doc", "form", "certificate", "attachment", "scan", "proof",
})  # fmt: skip
#: Last words of where a file is (``file_path``, ``document_url``).
_PLACES = frozenset({"path", "url", "uri", "file", "filename", "link"})
#: Words of an object store (``s3_object_key``, ``blob_name``), before a key's or a name's word.
_STORES = frozenset({"s3", "object", "blob", "bucket", "storage"})
_STORE_LAST = frozenset({"key", "name", "path", "url", "uri", "id"})
#: Table words of sign-in links and codes sent to verify an address (``verification_tokens``).
_VERIFICATION = frozenset({"verification", "verify", "verifications"})
#: Officials who deal with a person's case, named after a qualifier (``police_officer``,
#: ``social_worker``, ``case_worker``): ``worker`` only after ``social`` or ``case``.
OFFICIALS = frozenset({
    "officer", "constable", "detective", "inspector", "investigator", "caseworker", "judge",
    "magistrate", "notary", "solicitor", "attorney", "lawyer", "nurse", "physician", "doctor",
})  # fmt: skip
_WORKERS = frozenset({"social", "case"})
_NAMES = frozenset({"name", "names", "fullname"})
#: Table words of licences and permits held by a person.
_PERMITS = frozenset({"licence", "license", "permit", "permission"})
#: A licence's number's words (``licence_no``; a text ``licence_id``).
_LICENCE_WORDS = frozenset({"licence", "license", "permit"})
_NUMBERS = frozenset({"no", "nr", "num", "number", "id"})
#: Who buys a licence rather than holds one to do something (a program's, a seat's licence).
_BUYERS = frozenset({
    "user", "usr", "customer", "cust", "client", "member", "subscriber", "buyer", "shopper",
    "owner", "admin", "administrator", "account", "tenant", "organisation", "organization",
    "company", "team", "seller", "vendor", "reseller", "partner",
})  # fmt: skip
#: Words of what a software licence is sold by (``product_id``, ``plan``, ``seats``).
_THINGS = frozenset({"product", "plan", "seat", "sku", "software", "edition", "tier", "key"})
#: People who practise a health profession: their address is their practice's.
CLINICIANS = frozenset({
    "physician", "doctor", "dentist", "surgeon", "clinician", "practitioner", "gp",
    "optometrist", "orthodontist", "pharmacist", "therapist", "midwife",
})  # fmt: skip
_REGIONS = frozenset({"province", "state", "region", "county", "territory", "prefecture"})
_HOMES = frozenset({"home", "residential", "residence", "personal", "private"})


def request_text(tokens: tuple[str, ...]) -> bool:
    """Whether a column's name is what is written in a request: a free-text word last
    (``staff_opinion_note``) or one of :data:`_WRITTEN` (``application_text``)."""
    if not tokens:
        return False
    return name_says_free_text("_".join(tokens)) or singular(tokens[-1]) in _WRITTEN


def document_store(tokens: tuple[str, ...]) -> bool:
    """Whether a column's name is where a document's file is kept: a document's word and a
    file's place last (``document_url``) or an object store's key (``poa_form_s3_object_key``)."""
    words = [singular(w) for w in tokens]
    if not set(words) & _DOCUMENTS or len(words) < 2:
        return False
    stored = set(words) & _STORES or ("s", "3") in pairwise(words)  # ``s3`` is cut in two
    return words[-1] in _PLACES or (bool(stored) and words[-1] in _STORE_LAST)


def _request_heads(view: FieldView) -> list[str]:
    return table_heads(view.ctx.dataset)


def _singulars(view: FieldView, column: str) -> tuple[str, ...]:
    """A column's words, singular (``application_id``: ``application``, ``id``)."""
    return tuple(singular(w) for w in view.tokenize(column))


def _program(view: FieldView) -> bool:
    """Whether a table named for applications keys who owns or builds a program
    (``developer_id``, ``owner_id``, ``client_id`` of an OAuth client): its rows are programs."""
    for sibling in view.ctx.siblings:
        words = _singulars(view, sibling)
        if len(words) == 2 and words[0] in _PROGRAM_OWNERS and words[1] in {"id", "key", "fk"}:
            return True
    return False


def _requester_key(view: FieldView, column: str) -> bool:
    """Whether a column keys who made a request (``applicant_id``, ``claimant_fk``)."""
    words = _singulars(view, column)
    return len(words) == 2 and words[0] in _REQUESTERS and words[1] in {"id", "key", "fk"}


def _written_request(view: FieldView) -> str | None:
    """Why a text column is what was written in a person's request, or None."""
    if view.kind not in {"text", ""} or not request_text(view.tokens):
        return None
    heads = _request_heads(view)
    if not heads or heads[-1] not in REQUESTS:
        return None
    if any(not h.veto and h.score > 0 for h in view.hits):
        return None
    requester = next((s for s in view.ctx.siblings if _requester_key(view, s)), None)
    if requester is None:
        return None  # a bare ``owner`` or ``user``: who handles it, or a program's account
    return (
        f"column name {view.ctx.name!r} is what was written in a person's {heads[-1]}, a row "
        f"keyed to who made it ({requester!r})"
    )


def _document_file(view: FieldView) -> str | None:
    """Why a column is where a person's document is kept, or None."""
    if view.kind not in {"text", ""}:
        return None
    words = [singular(w) for w in view.tokens]
    stored = document_store(view.tokens)
    if not stored and (not words or words[-1] not in _PLACES or len(words) > 2):
        return None  # most columns: no document's file by the name, no value read
    heads = _request_heads(view)
    values = distinct_texts(view.ctx.samples)
    if len(view.ctx.samples) > 1 and len(values) == 1:
        return None  # one file in every row: a blank form or a template, no one's
    if stored:
        whose = about_people(view.ctx) or named_for_people(view.ctx)
        if whose is None and set(heads) & REQUESTS and not _program(view):
            whose = f"table {view.table_name!r} is named for a person's request"
        if whose is None:
            return None
        return f"column name {view.ctx.name!r} is where a document's file is kept and {whose}"
    if len(heads) < 2 or heads[-1] not in _DOCUMENTS or heads[-2] not in REQUESTS:
        return None
    request = (heads[-2], "id")
    key = next((s for s in view.ctx.siblings if _singulars(view, s) == request), None)
    if key is None:
        return None
    return (
        f"column name {view.ctx.name!r} is the file of a document of a person's {heads[-2]}, "
        f"keyed by {key!r}"
    )


def _verification_identifier(view: FieldView) -> str | None:
    """Why a bare ``identifier`` is the address a verification link was sent to, or None."""
    if view.tokens != ("identifier",) or view.kind not in {"text", ""}:
        return None
    if not set(view.table_words) & _VERIFICATION:
        return None
    if not any(view.tokenize(s) in {("token",), ("token", "hash")} for s in view.ctx.siblings):
        return None
    values = distinct_texts(view.ctx.samples)
    if values and not any("@" in v for v in values):
        return None  # a phone's number, or a key
    return (
        f"column name {view.ctx.name!r} beside a token in table {view.table_name!r} of "
        "verification tokens is the address the sign-in link was sent to"
    )


def _official_name(view: FieldView) -> str | None:
    """Why a column names an official after a qualifier (``police_officer_name``), or None."""
    words = [singular(w) for w in view.tokens]
    if view.kind not in {"text", ""} or len(words) < 3 or words[-1] not in _NAMES:
        return None
    role = words[-2]
    if role == "worker" and words[-3] in _WORKERS:
        role = "social worker" if words[-3] == "social" else "case worker"
    elif role not in OFFICIALS:
        return None
    if any(not h.veto and h.score > 0 for h in view.hits):
        return None
    if distinct_texts(view.ctx.samples) and not names_sampled(view.ctx.samples):
        return None  # a label, a code or a team: no one's name
    return f"column name {view.ctx.name!r} names the {role} who dealt with the row's case"


def _holder_licence(view: FieldView) -> str | None:
    """Why a column is the number of a licence a person holds, or None."""
    words = [singular(w) for w in view.tokens]
    if view.kind not in {"text", ""} or len(words) < 2 or len(words) > 3:
        return None
    if words[-1] not in _NUMBERS or words[-2] not in _LICENCE_WORDS:
        return None
    heads = _request_heads(view)
    if not heads or heads[-1] not in _PERMITS:
        return None
    siblings = [view.tokenize(s) for s in view.ctx.siblings if s != view.ctx.name]
    if any({singular(w) for w in s} & _THINGS for s in siblings):
        return None  # a program's, a plan's or a seat's licence
    holder = person_key_sibling(view, view.words.PEOPLE - _BUYERS)
    if holder is None:
        return None
    samples = [v for v in view.ctx.samples if v is not None and str(v).strip()]
    if samples and 2 * len(distinct_texts(samples)) <= len(samples):
        return None  # the same few licences in many rows: a kind, no one's number
    return (
        f"column name {view.ctx.name!r} is the number of a {words[-2]} held by the person "
        f"the row keys ({holder!r})"
    )


def _practice_region(view: FieldView) -> str | None:
    """Why a region is a clinician's practice's, no one's home, or None."""
    words = [singular(w) for w in view.tokens]
    if not words or words[-1] not in _REGIONS or len(words) > 2:
        return None
    heads = _request_heads(view)
    if len(words) == 2:
        clinician = words[0] if words[0] in CLINICIANS else None
    else:
        clinician = heads[-1] if heads and heads[-1] in CLINICIANS else None
    if clinician is None:
        return None
    if any(set(view.tokenize(s)) & _HOMES for s in view.ctx.siblings):
        return None  # a home's address beside it: the clinician's own, as staff records keep
    return f"column name {view.ctx.name!r} is where the {clinician}'s practice is, no one's home"


def requests_and_permits(view: FieldView) -> list[SignalHit]:
    """The name rule of this module (see its docstring)."""
    out: list[SignalHit] = []
    if why := _written_request(view):
        out.append(view.hit("FREE_TEXT", 0.6, why))
    if why := _document_file(view):
        out.append(view.hit("OTHER_PERSONAL_DATA", 0.6, why))
    if why := _verification_identifier(view):
        out.append(view.hit("EMAIL_ADDRESS", 0.6, why))
    if why := _official_name(view):
        out.append(view.hit("PERSON_NAME", 0.6, why))
    if why := _holder_licence(view):
        out.append(view.hit("OTHER_PERSONAL_DATA", 0.6, why))
    if why := _practice_region(view):
        out.append(view.veto("REGION", why))
    return out
