"""What a person's request to an office and a permit they hold keep of them (the name rule
``requests_and_permits``), by subject.

Requests (an application, a claim, a complaint, a referral, a petition, an appeal: a table named
by :data:`REQUESTS`):

- what was written: a text column named by a free-text word or ``text``, ``statement``,
  ``letter`` (``incident_statement``, ``adjuster_note``) beside the key of who made it
  (:data:`_REQUESTERS`: ``applicant_id``, ``claimant_id``; not a client's, a user's or an
  owner's, beside whom an application is a program as often, :func:`_program`) is FREE_TEXT.
- the stored file of a person's documents: a column naming a document and where it is kept
  (``proof_document_s3_key``, ``consent_form_url``, ``certificate_path``) in a table about people
  or named for a request, or a file's place (``file_url``) in a table of a request's documents
  keyed to the request (``claim_attachments.claim_id``; an application's only when named a
  document, a certificate, a scan or a proof: an app's attachments and forms are screenshots and
  manifests), none keyed to a program's owner: OTHER_PERSONAL_DATA. Not when every sampled value
  is the same file (a blank form).
- a sign-in link's address: a bare ``identifier`` beside a ``token`` in a table of verification
  tokens (Auth.js and NextAuth) is EMAIL_ADDRESS, unless sampled values are not e-mail shaped (a
  phone's number, a repository's SSH remote).

Officials who dealt with a person's case, named after a qualifier (``arresting_constable_name``,
``assigned_social_worker_name``: :data:`OFFICIALS`): PERSON_NAME, when nothing else was found and
sampled values, if any, read as names and not as a team's, a shift's or a unit's label.

Permits: a licence's or a permit's number (``licence_no``, a text ``permit_id``) in a table of
licences or permits keyed to who holds one personally (:data:`_HOLDERS`: a hunter, a driver, a
pilot; not a user, a customer or an agent, whose licence is a program's), beside no product,
plan or seat, with no value repeated: a document issued to the person (OTHER_PERSONAL_DATA).

>>> request_text(("application", "text")), request_text(("staff", "opinion", "note"))
(True, True)
>>> request_text(("application", "id")), request_text(("status",))
(False, False)
>>> document_store(("id", "scan", "blob", "key")), document_store(("consent", "form", "url"))
(True, True)
>>> document_store(("proof", "document", "s", "3", "key")), document_store(("form", "id"))
(True, False)
>>> document_store(("s", "3", "object", "key"))
False
"""

from __future__ import annotations

import re
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
#: an owner, an author, a developer or a client (an OAuth client, a firm's), whose
#: ``applications`` are programs as often.
_REQUESTERS = frozenset({
    "applicant", "claimant", "complainant", "petitioner", "appellant", "patient",
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
#: Words of a document a person hands in (``documents``, ``consent_form``, ``certificate``).
_DOCUMENTS = frozenset({
    "document", "doc", "form", "certificate", "attachment", "scan", "proof",
})  # fmt: skip
#: Of those, the ones that are a person's papers in a table of an application's (an app's
#: attachments and forms are its screenshots and manifests).
_PAPERS = frozenset({"document", "doc", "certificate", "scan", "proof"})
#: The request word that is a program as often as a person's request.
_AMBIGUOUS_REQUEST = "application"
#: Last words of a key column.
_KEYS = frozenset({"id", "key", "fk"})
#: Last words of where a file is (``file_path``, ``document_url``).
_PLACES = frozenset({"path", "url", "uri", "file", "filename", "link"})
#: Words of an object store (``s3_object_key``, ``blob_name``), before a key's or a name's word.
_STORES = frozenset({"s3", "object", "blob", "bucket", "storage"})
_STORE_LAST = frozenset({"key", "name", "path", "url", "uri", "id"})
#: Table words of sign-in links and codes sent to verify an address (``verification_tokens``).
_VERIFICATION = frozenset({"verification", "verify", "verifications"})
#: Officials who deal with a person's case, named after a qualifier (``patrol_officer``,
#: ``social_worker``, ``case_worker``): ``worker`` only after ``social`` or ``case``.
OFFICIALS = frozenset({
    "officer", "constable", "detective", "inspector", "investigator", "caseworker", "judge",
    "magistrate", "notary", "solicitor", "attorney", "lawyer", "nurse", "physician", "doctor",
})  # fmt: skip
_WORKERS = frozenset({"social", "case"})
_NAMES = frozenset({"name", "names", "fullname"})
#: Words of a group's label that may fill an official's column (``Red Team``, ``Night shift``).
_LABELS = frozenset({
    "team", "unit", "shift", "squad", "crew", "group", "watch", "patrol", "division", "desk",
    "station", "section", "platoon", "rota", "pool", "queue", "roster",
})  # fmt: skip
#: Words of a licence or a permit: a table's (``fishing_permits``) and its number's
#: (``licence_no``; a text ``permit_id``).
_PERMITS = frozenset({"licence", "license", "permit", "permission"})
_NUMBERS = frozenset({"no", "nr", "num", "number", "id"})
#: Who holds a licence personally, to do something themselves (an angler's, a hunter's, a
#: driver's, a pilot's), by the key of the row; not a user, a customer, a member or an agent,
#: whose licence is a program's or a seat's as often.
_HOLDERS = frozenset({
    "angler", "fisher", "fisherman", "hunter", "trapper", "driver", "rider", "pilot", "skipper",
    "diver", "guide", "resident", "worker", "holder", "licensee", "licencee", "permittee",
    "person",
})  # fmt: skip
#: Words of what a software licence is sold by (``product_id``, ``plan``, ``seats``).
_THINGS = frozenset({"product", "plan", "seat", "sku", "software", "edition", "tier", "key"})


def request_text(tokens: tuple[str, ...]) -> bool:
    """Whether a column's name is what is written in a request: a free-text word last
    (``staff_opinion_note``) or one of :data:`_WRITTEN` (``application_text``)."""
    if not tokens:
        return False
    return name_says_free_text("_".join(tokens)) or singular(tokens[-1]) in _WRITTEN


def document_store(tokens: tuple[str, ...]) -> bool:
    """Whether a column's name is where a document's file is kept: a document's word and a
    file's place last (``document_url``) or an object store's key (``id_scan_blob_key``)."""
    words = [singular(w) for w in tokens]
    if not set(words) & _DOCUMENTS or len(words) < 2:
        return False
    stored = set(words) & _STORES or ("s", "3") in pairwise(words)  # ``s3`` is cut in two
    return words[-1] in _PLACES or (bool(stored) and words[-1] in _STORE_LAST)


def _singulars(view: FieldView, column: str) -> tuple[str, ...]:
    """A column's words, singular (``application_id``: ``application``, ``id``)."""
    return tuple(singular(w) for w in view.tokenize(column))


def _program(view: FieldView) -> bool:
    """Whether a table named for applications keys who owns or builds a program
    (``developer_id``, ``owner_id``, ``client_id`` of an OAuth client): its rows are programs."""
    for sibling in view.ctx.siblings:
        words = _singulars(view, sibling)
        if len(words) == 2 and words[0] in _PROGRAM_OWNERS and words[1] in _KEYS:
            return True
    return False


def _requester_key(view: FieldView, column: str) -> bool:
    """Whether a column keys who made a request (``applicant_id``, ``claimant_fk``)."""
    words = _singulars(view, column)
    return len(words) == 2 and words[0] in _REQUESTERS and words[1] in _KEYS


def _written_request(view: FieldView) -> str | None:
    """Why a text column is what was written in a person's request, or None."""
    if view.kind not in {"text", ""} or not request_text(view.tokens):
        return None
    heads = table_heads(view.ctx.dataset)
    if not heads or heads[-1] not in REQUESTS:
        return None
    if view.supported or _program(view):
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
    words = _singulars(view, view.ctx.name)
    stored = document_store(view.tokens)
    if not stored and (not words or words[-1] not in _PLACES or len(words) > 2):
        return None  # most columns: no document's file by the name, no value read
    heads = table_heads(view.ctx.dataset)
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
    if heads[-2] == _AMBIGUOUS_REQUEST and heads[-1] not in _PAPERS:
        return None  # an app's attachments or forms: its screenshots, its manifests
    if _program(view):
        return None
    request = (heads[-2], "id")
    key = next((s for s in view.ctx.siblings if _singulars(view, s) == request), None)
    if key is None:
        return None
    return (
        f"column name {view.ctx.name!r} is the file of a document of a person's {heads[-2]}, "
        f"keyed by {key!r}"
    )


#: What a person proves with a document they hand in (``id_proof``, ``address_proof``,
#: ``proof_of_identity``): the scan of an identity card, a utility bill, a birth certificate.
_PROVEN = frozenset({"id", "identity", "address", "residence", "age", "birth", "income", "kyc"})
#: A stored file's path or name: a folder's slash, or a name and an extension.
_FILE = re.compile(r"(?i).*[/\\].+|[^\s/\\]+\.[a-z0-9]{2,5}")


def proof_words(tokens: tuple[str, ...]) -> bool:
    """Whether a column is named for a proof of who a person is, where they live or how old
    they are (``id_proof``, ``proof_of_address``; not ``proof_id``, ``proof_text``).

    >>> proof_words(("id", "proof")), proof_words(("proof", "of", "address"))
    (True, True)
    >>> proof_words(("proof", "id")), proof_words(("delivery", "proof"))
    (False, False)
    """
    words = tuple(singular(w) for w in tokens)
    if len(words) == 2 and words[1] == "proof":
        return words[0] in _PROVEN
    return len(words) == 3 and words[:2] == ("proof", "of") and words[2] in _PROVEN


def _proof_file(view: FieldView) -> str | None:
    """Why a text column is the file of a person's proof of identity, address or age, in a
    table about people (the sixty-eighth round), or None: its sampled values, if any, are a
    file's path or name (not the kind of document handed in, ``Passport``)."""
    if view.kind not in {"text", ""} or not proof_words(view.tokens):
        return None
    values = [v for v in distinct_texts(view.ctx.samples) if v.lower() not in {"null", "none"}]
    if not all(_FILE.fullmatch(v) for v in values):
        return None
    whose = about_people(view.ctx)
    if whose is None:
        return None
    return f"column name {view.ctx.name!r} is the file of a person's proof and {whose}"


def _verification_identifier(view: FieldView) -> str | None:
    """Why a bare ``identifier`` is the address a verification link was sent to, or None."""
    if view.tokens != ("identifier",) or view.kind not in {"text", ""}:
        return None
    if not set(view.table_words) & _VERIFICATION:
        return None
    if not any(view.tokenize(s) in {("token",), ("token", "hash")} for s in view.ctx.siblings):
        return None
    values = distinct_texts(view.ctx.samples)
    from .recognizers.email_shape import email_shaped  # Presidio's module: a worker loads it

    if values and not any(email_shaped(v) for v in values):
        return None  # a phone's number, a key, a repository's SSH remote
    return (
        f"column name {view.ctx.name!r} beside a token in table {view.table_name!r} of "
        "verification tokens is the address the sign-in link was sent to"
    )


def _official_name(view: FieldView) -> str | None:
    """Why a column names an official after a qualifier (``arresting_constable_name``), or None."""
    words = _singulars(view, view.ctx.name)
    if view.kind not in {"text", ""} or len(words) < 3 or words[-1] not in _NAMES:
        return None
    role = words[-2]
    if role == "worker" and words[-3] in _WORKERS:
        role = "social worker" if words[-3] == "social" else "case worker"
    elif role not in OFFICIALS:
        return None
    if view.supported:
        return None
    values = distinct_texts(view.ctx.samples)
    if values and not names_sampled(view.ctx.samples):
        return None  # a label or a code: no one's name
    if any(set(v.lower().split()) & _LABELS for v in values):
        return None  # a team's, a shift's or a unit's label, which may start as a name does
    return f"column name {view.ctx.name!r} names the {role} who dealt with the row's case"


def _holder_licence(view: FieldView) -> str | None:
    """Why a column is the number of a licence a person holds, or None."""
    words = _singulars(view, view.ctx.name)
    if view.kind not in {"text", ""} or len(words) < 2 or len(words) > 3:
        return None
    if words[-1] not in _NUMBERS or words[-2] not in _PERMITS:
        return None
    heads = table_heads(view.ctx.dataset)
    if not heads or heads[-1] not in _PERMITS:
        return None
    others = [_singulars(view, s) for s in view.ctx.siblings if s != view.ctx.name]
    if any(set(words) & _THINGS for words in others):
        return None  # a program's, a plan's or a seat's licence
    holder = person_key_sibling(view, _HOLDERS)
    if holder is None:
        return None
    samples = [v for v in view.ctx.samples if v is not None and str(v).strip()]
    if samples and 2 * len(distinct_texts(samples)) <= len(samples):
        return None  # the same few licences in many rows: a kind, no one's number
    return (
        f"column name {view.ctx.name!r} is the number of a {words[-2]} held by the person "
        f"the row keys ({holder!r})"
    )


def requests_and_permits(view: FieldView) -> list[SignalHit]:
    """The name rule of this module (see its docstring)."""
    out: list[SignalHit] = []
    if why := _written_request(view):
        out.append(view.hit("FREE_TEXT", 0.6, why))
    if why := _document_file(view):
        out.append(view.hit("OTHER_PERSONAL_DATA", 0.6, why))
    if why := _proof_file(view):
        out.append(view.hit("OTHER_PERSONAL_DATA", 0.6, why))
    if why := _verification_identifier(view):
        out.append(view.hit("EMAIL_ADDRESS", 0.6, why))
    if why := _official_name(view):
        out.append(view.hit("PERSON_NAME", 0.6, why))
    if why := _holder_licence(view):
        out.append(view.hit("OTHER_PERSONAL_DATA", 0.6, why))
    return out
