"""Rules of the fifty-ninth round (the name rule ``signins_and_audiences``): a person's id at a
sign-in provider, a person's signature and the files of their documents, a person's emergency
contacts in one column; and what is no one's: who a class, a division or a product is for, a
timetable's sessions, and an event's contact details beside the organisation that runs it.

- ``google_id``, ``facebookid``, ``firebase_uid``: the id a sign-in provider gives a person
  (:data:`SIGN_IN_PROVIDERS` before an id's word), in a table named for people or their
  accounts, is their login there (USERNAME); a place's, a book's or a calendar event's Google id
  is in a table of places, books or events.
- a person's signature kept as data (``signature_data``, ``signature_image``: a drawn
  signature, :data:`_SIGNATURE_TAILS`) in a row keyed to a person, or a bare ``signature`` in a
  table of documents a person signs (a consent, a waiver, an agreement) keyed to that person,
  is the person's (FREE_TEXT, what they wrote) when every sampled value is drawn (an image, a
  pad's strokes, a path to a scan: :data:`_DRAWN`); a mail's ``email_signature``, a webhook's
  ``signature_key``, a digest, a status and a ``signature`` keyed to no one are left alone.
- the file of a person's document (``file_url``, ``attachment``) in a table named for a
  person's documents (``employee_documents``, a pupil's) keyed to the person is theirs
  (OTHER_PERSONAL_DATA): a scan of an identity card, a certificate.
- ``emergency_contact`` or ``emergency_contacts`` of text, with no name's or number's word after
  it, in a table about people: the names and phones of who to call (FREE_TEXT); a bare
  ``emergency`` (a flag) is not one, nor a column whose every value is a flag, a rank or a key.
- the gender or the age band of a class, a division, a team, a dormitory or a product
  (:data:`AUDIENCES`, the table's last word) whose table is about no person and keys no one but
  whoever runs it (:data:`_LEADERS`): who it is for, no one's gender or age (vetoed).
- a ``session_id`` of a table of sessions that a timetable keeps (a date or a time of day, or a
  key to a class, a course or an event, and no web session's column: an IP, a user agent, an
  expiry, a payload; values that are no random token) is the session's key, no cookie
  (COOKIE_ID vetoed).
- ``contact_info`` (or ``contact_details``) in a table about no person beside a column naming an
  organisation running the row (``host_organization``, an event's bare ``organization``) is
  that organisation's business contact, no person's free text (FREE_TEXT vetoed).

>>> provider_id(("google", "id")), provider_id(("firebase", "uid")), provider_id(("googleid",))
(True, True, True)
>>> provider_id(("google", "place", "id")), provider_id(("page", "id")), provider_id(())
(False, False, False)
"""

from __future__ import annotations

import re
from functools import cache

from .base import SignalHit
from .fixtures_and_accounts import distinct_texts
from .name_tokens import singular
from .name_view import FieldView, own_person_field, person_key_sibling, person_keys
from .name_words import person_fields
from .organisations import organisation_column
from .people import about_people, filled_siblings, named_for_people, table_heads

#: Sign-in providers whose id of a person a users' table keeps (``google_id``, ``github_uid``).
SIGN_IN_PROVIDERS = frozenset({
    "google", "facebook", "fb", "github", "gitlab", "apple", "twitter", "microsoft", "linkedin",
    "firebase", "auth0", "okta", "cognito", "keycloak", "discord", "yahoo",
})  # fmt: skip
#: The id's words after the provider (``google_id``, ``firebase_uid``, ``github_user_id``).
_PROVIDER_IDS = frozenset({("id",), ("uid",), ("user", "id"), ("userid",), ("sub",)})
#: A provider's id glued into one word (``googleid``, ``firebaseuid``).
_GLUED_IDS = frozenset(f"{p}{i}" for p in SIGN_IN_PROVIDERS for i in ("id", "uid"))
#: Words after ``signature`` that keep a drawn signature (``signature_data``, ``signature_svg``).
_SIGNATURE_TAILS = frozenset({
    "data", "image", "img", "svg", "png", "file", "path", "url", "blob", "base64", "drawing",
    "pad", "scan", "photo",
})  # fmt: skip
#: A drawn signature's sampled value: an image (a data URI, base64 of a PNG, a JPEG, a GIF or
#: an SVG, SVG markup), a signature pad's strokes (JSON), or a path or URL to an image or a
#: scan. A hex or base64 digest, a ``.sig`` or ``.asc`` file, a status or a setting is none.
_DRAWN = re.compile(
    r"(?is)data:image/.*|(?:iVBORw0KGgo|/9j/|R0lGOD|PHN2Zy|PD94bWwg).*|\s*<(?:svg|\?xml).*"
    r"|\s*[\[{].*|.*\.(?:png|jpe?g|gif|svg|webp|bmp|tiff?|pdf)(?:\?.*)?"
    r"|(?:\\x|0x)(?:89504e47|ffd8ff|47494638).*"
)
#: Table words of a mail's settings: a ``signature_image`` there is an e-mail signature's.
_MAIL = frozenset({"mail", "email", "smtp", "mailbox", "newsletter", "template"})
#: Table words of what a person signs (``document_records``, ``consents``, ``waivers``).
_SIGNED = frozenset({
    "document", "consent", "waiver", "agreement", "contract", "form", "declaration",
})  # fmt: skip
#: Table words of a person's documents (``employee_documents``) after a people word.
_DOCUMENTS = frozenset({"document", "doc", "paper", "certificate", "attachment"})
#: Column words of a document's file (``file_url``, ``archivo_url`` read as ``file_url``).
_FILE_WORDS = frozenset({"url", "path", "file", "filename", "link", "attachment", "upload"})
#: The column's word after ``emergency`` (``emergency_contact``, ``emergency_contacts``).
_CONTACT = frozenset({"contact", "contacts"})
#: Table words of what people are sorted into or sold: a class, a division, a dormitory, a
#: product. Its gender or age band says who it is for.
AUDIENCES = frozenset({
    "class", "course", "program", "programme", "division", "category", "league", "team",
    "group", "bracket", "tournament", "competition", "event", "dorm", "dormitory", "ward",
    "product", "item", "variant", "plan", "tier", "section", "camp", "activity", "level",
})  # fmt: skip
#: A gender's or an age band's words (``gender``, ``target_gender``, ``age_group``).
_GENDERS = frozenset({"gender", "sex", "genders", "sexes"})
#: Words before a gender that make it who a thing is for (``target_gender``); a person's word
#: before it is that person's (``teacher_gender``, ``speaker_gender``).
_AUDIENCE_LEADS = AUDIENCES | {"target", "allowed", "eligible", "intended", "audience", "for"}
#: Keys to whoever runs a class, a group or a team (``coach_id``, ``counsellor_id``): the row is
#: still the class's. A key to anyone else (``student_id``, ``user_id``, ``guardian_id``) makes
#: the row that person's (an enrolment, an analytics event, a ward in care).
_LEADERS = frozenset({
    "coach", "instructor", "teacher", "trainer", "tutor", "counsellor", "counselor", "leader",
    "organiser", "organizer", "host", "manager", "owner", "creator", "author", "supervisor",
    "captain", "staff", "employee", "referee", "created", "updated", "by",
})  # fmt: skip
#: Columns only a person's row has beside a bare ``name`` (an "our team" page's members).
_PROFILE = frozenset({"bio", "biography", "headshot", "pronoun", "pronouns", "nickname"})
_AGE_BANDS = frozenset({"group", "range", "band", "bracket", "category", "min", "max"})
#: Siblings of a timetable's session (``session_date``, ``start_time``, ``class_id``).
_SCHEDULED = frozenset({"class", "course", "event", "program", "lesson", "training", "workshop"})
_TIMES = frozenset({"date", "time", "day", "weekday"})
#: Words of a web session's columns: an IP, a user agent, an expiry, the data it carries.
_WEB_SESSION = frozenset({
    "ip", "agent", "useragent", "expires", "expiry", "expire", "expiration", "payload", "data",
    "token", "cookie", "activity", "last", "user", "uid", "visitor", "device", "browser", "os",
    "referrer", "referer", "login", "logout", "account",
})  # fmt: skip
#: A web or an app session's id as sampled: a hex digest, a UUID, a PHP or base64 token.
_TOKEN = re.compile(
    r"[0-9A-Fa-f]{16,}|[0-9A-Fa-f]{8}(?:-[0-9A-Fa-f]{4}){3}-[0-9A-Fa-f]{12}|[A-Za-z0-9+/]{20,}={0,2}"
)
#: Column words naming an organisation (``host_organization``, ``company``).
_ORGANISATION_WORDS = frozenset({
    "organization", "organisation", "company", "firm", "club", "federation", "association",
    "institution", "business", "agency",
})  # fmt: skip
_CONTACT_INFO = frozenset({("contact", "info"), ("contact", "information"), ("contact", "details")})
#: Words before an organisation's that make it the one running the row (``host_organization``,
#: ``organising_company``); a carrier's, a reporting agency's or a past employer's is not.
_RUNS = frozenset({
    "host", "hosting", "organising", "organizing", "organiser", "organizer", "running",
    "operating", "managing", "responsible", "lead", "owning",
})  # fmt: skip
#: Table words of something an organisation runs (an event, a festival, a competition): a
#: bare ``organization`` there runs it.
_RUN_EVENTS = frozenset({
    "event", "festival", "conference", "competition", "tournament", "championship", "fair",
    "exhibition", "expo", "meet", "meeting", "race", "concert", "show", "congress", "summit",
    "seminar", "workshop", "camp", "league", "cup",
})  # fmt: skip
#: An emergency contact's value that names no one to call: a flag's, a switch's or a rank's
#: word (``true``, ``enabled``, ``primary``); shorter values (``Y``, ``1``) are flags too.
_NO_ONE = frozenset({
    "true", "false", "yes", "no", "on", "off", "enabled", "disabled", "active", "inactive",
    "primary", "secondary", "tertiary", "none", "null",
})  # fmt: skip
#: A row's key kept in an emergency contact's column: a UUID, or a number too short for a phone.
_KEY = re.compile(r"(?i)[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12}|\d{1,5}")


def provider_id(tokens: tuple[str, ...]) -> bool:
    """Whether a column's words are a sign-in provider's id of a person (``google_id``,
    ``googleid`` glued)."""
    if not tokens:
        return False  # a key of no words (a Redis value's ``:``-separated part)
    if len(tokens) == 1:
        return tokens[0] in _GLUED_IDS
    return tokens[0] in SIGN_IN_PROVIDERS and tokens[1:] in _PROVIDER_IDS


def _organisations(view: FieldView) -> bool:
    """Whether a column names the row's organisation and none is a person's own field
    (``clients`` of ``company_name``, ``vat_number``: the clients are firms)."""
    columns = [view.tokenize(s) for s in view.ctx.siblings if s != view.ctx.name]
    return any(c and organisation_column(c) for c in columns) and not any(
        own_person_field(c) for c in columns
    )


#: People words a document's or a signature's holder may be keyed by beyond ``PEOPLE``.
_HOLDERS = frozenset({"person", "employee", "student", "patient", "member"})


@cache
def _holder_words(people: frozenset[str]) -> frozenset[str]:
    """A vocabulary's people words and :data:`_HOLDERS`, built once per vocabulary."""
    return people | _HOLDERS


def _holder(view: FieldView) -> str | None:
    """The sibling keying the person the row is about (``person_id``, a bare ``employee``)."""
    return person_key_sibling(view, _holder_words(view.words.PEOPLE))


def _signature(view: FieldView) -> str | None:
    """Why a column keeps a person's signature, or None."""
    words = [singular(w) for w in view.tokens]
    if not words or words[0] != "signature" or len(words) > 2:
        return None
    if len(words) == 2 and words[1] not in _SIGNATURE_TAILS:
        return None
    if set(table_heads(view.ctx.dataset)) & _MAIL:
        return None  # an e-mail's signature block, read as before
    holder = _holder(view)
    if holder is None:
        return None
    if len(words) == 1 and not set(table_heads(view.ctx.dataset)) & _SIGNED:
        return None  # a bare ``signature`` elsewhere is a mail's, a payment's or a webhook's
    values = distinct_texts(view.ctx.samples)
    if values and not all(_DRAWN.fullmatch(v) for v in values):
        return None  # a digest, a key's signature file, a status or a setting: nothing drawn
    return (
        f"column name {view.ctx.name!r} keeps a signature and the row points at the person "
        f"who signed ({holder!r})"
    )


def _document_file(view: FieldView) -> str | None:
    """Why a column is the file of a person's document, or None."""
    heads = [singular(w) for w in view.table_words]
    if len(heads) < 2 or heads[-1] not in _DOCUMENTS or heads[-2] not in view.words.PEOPLE:
        return None
    if not view.tokens or singular(view.tokens[-1]) not in _FILE_WORDS:
        return None
    if len(view.ctx.samples) > 1 and len(distinct_texts(view.ctx.samples)) == 1:
        return None  # one file for every row: a blank form or a template, no one's
    holder = _holder(view)
    if holder is None:
        return None
    return (
        f"column name {view.ctx.name!r} is the file of a document of the person the table is "
        f"named for, keyed by {holder!r}"
    )


def _no_one(value: str) -> bool:
    """Whether an emergency contact's sampled value names no one to call (a flag, a switch, a
    rank or a row's key).

    >>> _no_one("Y"), _no_one("Disabled"), _no_one("4f1c2d3e-1c2d-4e5f-8a9b-000000000001")
    (True, True, True)
    >>> _no_one("Mara Vale 0412 555 0101"), _no_one("neighbour"), _no_one('[{"n": "Mara"}]')
    (False, False, False)
    """
    return len(value) <= 3 or value.lower() in _NO_ONE or bool(_KEY.fullmatch(value))


def _emergency_contacts(view: FieldView) -> str | None:
    """Why a text column holds a person's emergency contacts, or None."""
    words = view.tokens
    if (
        len(words) == 3
        and view.table_words
        and singular(words[0]) == singular(view.table_words[-1])
    ):
        words = words[1:]  # ``staff_emergency_contact`` in ``staff``: the row's own
    if view.kind not in {"text", ""} or len(words) != 2:
        return None
    if words[0] != "emergency" or words[1] not in _CONTACT:
        return None
    values = distinct_texts(view.ctx.samples)
    if values and all(_no_one(v) for v in values):
        return None  # ``Y``, ``true``, ``primary``, a key: a flag, a rank or a row's key
    if any(h.entity in {"PERSON_NAME", "PHONE_NUMBER"} and not h.veto for h in view.hits):
        return None  # read as the contact's name or number already: that is what it holds
    people = about_people(view.ctx)
    if people is None:
        return None
    return f"column name {view.ctx.name!r} holds whom to call in an emergency and {people}"


def _audience(view: FieldView) -> str | None:
    """Why a gender or an age band is who a table's rows are for, or None."""
    words = [singular(w) for w in view.tokens]
    gender = (
        bool(words)
        and words[-1] in _GENDERS
        and (len(words) == 1 or (len(words) == 2 and words[0] in _AUDIENCE_LEADS))
    )
    band = len(words) == 2 and words[0] == "age" and words[1] in _AGE_BANDS
    if not (gender or band or words == ["agegroup"]):
        return None
    heads = table_heads(view.ctx.dataset)
    if not heads or heads[-1] not in AUDIENCES:
        return None
    ctx = view.ctx
    if about_people(ctx) is not None or named_for_people(ctx) is not None:
        return None
    columns = [view.tokenize(s) for s in filled_siblings(ctx) if s != ctx.name]
    if person_fields(columns) - _GENDERS:
        return None  # a name part, an e-mail, a birth date: the row is someone's
    if any(_PROFILE & set(c) for c in columns):
        return None  # a bio beside a name: an "our team" page's people
    if next(person_keys(ctx, view.words.PEOPLE, view.tokenize, _LEADERS), None) is not None:
        return None  # keyed to a student, a user, a patient: an enrolment or an event of theirs
    return f"table {ctx.dataset!r} is named for a {heads[-1]}: who it is for, no one's trait"


def _timetable_session(view: FieldView) -> str | None:
    """Why a ``session_id`` is a timetable's session, no browser's, or None."""
    if view.tokens != ("session", "id") or view.table.head != "session":
        return None
    siblings = [view.tokenize(s) for s in view.ctx.siblings if s != view.ctx.name]
    words = {singular(w) for s in siblings for w in s}
    if words & _WEB_SESSION:
        return None
    values = distinct_texts(view.ctx.samples)
    if values and all(_TOKEN.fullmatch(v) for v in values):
        return None  # random tokens: a browser's or an app's session, whatever its siblings
    scheduled = any(s and (s[-1] in _TIMES or s[0] in _SCHEDULED) for s in siblings)
    if not scheduled:
        return None
    return (
        f"table {view.ctx.dataset!r} is a timetable's sessions (dates, times, what is taught): "
        f"{view.ctx.name!r} is a session's key, no browser's"
    )


def _organisation_contact(view: FieldView) -> str | None:
    """Why a ``contact_info`` is an organisation's business contact, or None."""
    if tuple(singular(w) for w in view.tokens) not in _CONTACT_INFO:
        return None
    ctx = view.ctx
    if about_people(ctx) is not None:
        return None
    event = bool(set(table_heads(ctx.dataset)) & _RUN_EVENTS)
    for sibling in ctx.siblings:
        words = view.tokenize(sibling)
        runs = (len(words) == 1 and event) or bool({singular(w) for w in words[:-1]} & _RUNS)
        if sibling != ctx.name and words and singular(words[-1]) in _ORGANISATION_WORDS and runs:
            return (
                f"column {sibling!r} names the organisation whose business contact "
                f"{ctx.name!r} is, in table {ctx.dataset!r} about no person"
            )
    return None


def signins_and_audiences(view: FieldView) -> list[SignalHit]:
    """The name rule of this module (see its docstring)."""
    ctx = view.ctx
    out: list[SignalHit] = []
    if (
        provider_id(view.tokens)
        and view.kind in {"text", "number", "key", ""}
        and (people := named_for_people(ctx))
        and not _organisations(view)
    ):
        reason = f"column name {ctx.name!r} is a person's id at a sign-in provider and {people}"
        out.append(view.hit("USERNAME", 0.6, reason))
    if view.kind in {"text", ""} and (why := _signature(view)):
        out.append(view.hit("FREE_TEXT", 0.6, why))
    if view.kind in {"text", ""} and (why := _document_file(view)):
        out.append(view.hit("OTHER_PERSONAL_DATA", 0.6, why))
    if why := _emergency_contacts(view):
        out.append(view.hit("FREE_TEXT", 0.6, why))
    if why := _audience(view):
        out.extend(view.veto(e, why) for e in ("GENDER", "DEMOGRAPHIC"))
    if why := _timetable_session(view):
        out.append(view.veto("COOKIE_ID", why))
    if why := _organisation_contact(view):
        out.append(view.veto("FREE_TEXT", why))
    return out
