"""The free-text signal: notes, comments and biographies in a table about people are personal
data (``FREE_TEXT``), whatever they happen to mention.

A field is free text about people when its table is about people
(:func:`classifiers.people.about_people`), its type holds text, and either

- its name ends in a free-text word (``notes``, ``admin_comment``, ``bio``, ``about_me``,
  ``remarks_text``): 0.6 on the name alone, 0.75 when sampled values are prose; or
- without such a name, most sampled values are prose (six words or more, mostly words of
  letters): 0.6.

The transcript of an interview or a testimony in a row that points at a person
(:func:`spoken_words`) is free text too: what that person said.

A CV (``cv``, ``resume_path``: :func:`cv_named`) in a table of the papers a person handed in
(:func:`classifiers.attachments_and_scans.person_attachments`) is that person's, as in a table
of people.

Values that are an enum (20 or more sampled, at most 5 distinct) are categories, not free text,
and values that are JSON or XML documents are left to the document signal. Free text in a table
not about people (a product's description) is not flagged here; e-mails, card numbers and
phone numbers found inside it are still reported by the value signal.

>>> from classifiers.base import FieldContext
>>> [(h.entity, h.score) for h in FreeTextSignal().evaluate(
...     FieldContext("s", "public.customers", "notes", "text"))]
[('FREE_TEXT', 0.6)]
>>> FreeTextSignal().evaluate(FieldContext("s", "public.products", "notes", "text"))
[]
"""

from __future__ import annotations

import re
import statistics
from collections.abc import Sequence

from .attachments_and_scans import person_attachments
from .base import FieldContext, Signal, SignalHit
from .demographics import person_key
from .doc_readers import html_text, kind_of
from .fixtures_and_accounts import distinct_texts
from .holders_and_records import spoken_record
from .name_tokens import singular, table_name, table_prefix, unprefixed
from .name_view import keys_a_person, person_keys
from .name_words import NameWords
from .organisations import ORGANISATION_TABLES
from .people import ANIMALS, about_people, is_text, tokens, words
from .profiles_and_logs import personal_mix, profile_value
from .secrets_and_senders import SENDER_WORDS, broadcast

#: Words that make a column free text when they end its name (after the words in _TAIL).
FREE_TEXT_WORDS = words("""
    note comment remark description desc bio biography about memo message msg feedback narrative
    observation annotation resume cv testimonial review story journal diary signature
    biographie
""")
#: Words that may follow the free-text word: ``notes_text``, ``bio_html``, ``about_me``.
_TAIL = words("""
    text txt body content html md markdown plain me raw rendered
""")
#: A CV's words (``resume``, ``cv``) and the file's after them (``resume_path``, ``cv_file``):
#: in a table about people, the person's CV; a ``resume_token`` or a ``resume_position`` is
#: no file.
_CVS = words("resume cv")
_FILES = words("path file filename url link doc document upload attachment pdf")
#: Extensions of a document a CV is kept in (a saved game's ``.sav`` or a ``.csv`` is none).
_DOCUMENTS = re.compile(r"\.(?:pdf|docx?|odt|rtf|txt)$", re.I)
#: Names of what a person writes about themselves (``bio``, ``about_me``): in a row keyed to
#: the person's account, theirs (not an organisation's, an animal's or a titled work's).
_OWN_WORDS = frozenset({("bio",), ("biography",), ("about", "me")})
#: Keys to the account whose own words those are (``user_id``, ``member_id``; an
#: ``account_id`` is a tenant's, a team's or a bot's as often).
_OWN_ACCOUNTS = words("user member person profile")
#: After ``search``: a copy of the row's text kept for searching (``search_text``).
SEARCH_COPIES = words("text document doc content vector index string blob")
#: ``information`` or ``info`` after one of :data:`_EXTRA` is free text too.
_INFORMATION = words("information info")
_EXTRA = words("additional extra other further misc miscellaneous general more background")
_IDENTIFIER = re.compile(r"[a-z][a-z0-9]*(?:_[a-z0-9]+)*")
#: Words of a mail's body (``content``, ``email_html``, ``body_text``): in a table of e-mails
#: sent, the body is written to its recipient.
_MAIL_BODY = words("content body html text plain message msg")
#: Column words of a payment gateway's messages kept whole (``ipn``, ``raw_response``): they
#: carry the payer's name, address and e-mail.
_GATEWAY_MESSAGES = words("ipn payload request response sent received callback webhook raw")
_GATEWAY_TABLES = NameWords.PAYMENT_PROVIDERS | words("transaction payment gateway")
#: After a people word: what is kept about that person (``user_info``, ``customer_details``).
_DETAILS = words("info information data detail details")
#: The people words that may come first there (not occupations: ``driver_data`` is a
#: program's, ``agent_info`` a browser's).
_DETAILED = words("""
    user customer client member visitor guest buyer patient employee person contact subscriber
    student applicant candidate owner
""")
#: Table words of mass mailings: one body sent to many (a newsletter) is about no one.
_MASS_MAIL = words("newsletter mailing mailer massmailer campaign template broadcast")
#: Table words of messages a person writes to another (``messages``, ``chat_lines``; not a
#: data mart's ``dm_``).
_MESSAGE_TABLES = words("message msg conversation chat")
#: Table words of messages kept for one person (``private_messages``, ``inbox_msgs``): there a
#: bare ``sender_id`` and ``recipient_id`` key two people.
_PRIVATE = words("private direct personal inbox")
#: First words of the key to a message's recipient (``to_user_id``, ``recipient_id``); the
#: sender's are :data:`~classifiers.secrets_and_senders.SENDER_WORDS`.
_RECIPIENTS = words("to recipient receiver addressee")
#: Accounts a sender's or a recipient's key names (``from_user_id``, ``to_member_id``): a
#: person's, not an agent's, an actor's or a node's.
_ACCOUNTS = words("user member customer profile person")
#: People a key may name before the sender's or recipient's role (``teacher_sender``,
#: ``user_receiver``, ``patient_sender_id``: round 44): the accounts, and people who are never
#: a system (not an agent, a node, a station, a device or a trading partner).
_SENDING_PEOPLE = _ACCOUNTS | words("teacher student pupil patient")
#: Last words of a table of messages after a message's word (``chat_lines``, ``message_thread``).
_THREADS = words("line thread history")
#: A template's placeholder in a sampled text (``Hello {name}``, ``%s``): a catalogue's or a
#: translation's text, not what one person wrote (review-tune44).
_PLACEHOLDER = re.compile(r"\{[^{}]*\}|%[sd]|\$\{")
#: Fewest words in a prose value; share of its words that must be letters only.
PROSE_WORDS = 6
PROSE_LETTERS = 0.6
#: Scores: the name alone; the name and prose values; prose values alone.
NAME_SCORE, NAME_AND_PROSE, PROSE_SCORE = 0.6, 0.75, 0.6
#: Values read for the prose test (distinct, longest prefix as sampled).
PROBE = 40


def is_prose(text: str) -> bool:
    """Several words, mostly of letters: a sentence, not a user agent or a list of codes.

    >>> is_prose("Prefers a call after five, spoke to her manager about the delay")
    True
    >>> is_prose("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko)")
    False
    """
    words = text.split()
    if len(words) < PROSE_WORDS:
        return False
    letters = sum(1 for w in words if w.strip(".,;:!?'\"()-").isalpha())
    return letters >= PROSE_LETTERS * len(words)


#: A word of a person who acts (``organizer``, ``seller``, ``artist``): three letters or more
#: before ``er``, ``or`` or ``ist``.
_AGENT = re.compile(r"[a-z]{3,}(?:er|or|ist)")
#: Words shaped so that are an organisation's or a thing's (``about_vendor``, ``about_order``).
_NOT_AGENTS = ORGANISATION_TABLES | words("""
    order folder header footer banner server number paper letter computer cover center filter
    color colour error sector poster trailer corner border water power chapter counter
    register monitor calendar
""")


def about_a_person(word: str) -> bool:
    """Whether ``about_<word>`` is what a person writes of themselves: the word is one of the
    people piimap knows, or names a person who acts (``organizer``, ``promoter``), not an
    organisation (``vendor``) nor a thing (``order``).

    >>> [about_a_person(w) for w in ("organizer", "customer", "vendor", "order", "us")]
    [True, True, False, False, False]
    """
    if word in NameWords.PEOPLE:
        return True
    return bool(_AGENT.fullmatch(word)) and word not in _NOT_AGENTS


def name_says_free_text(name: str) -> bool:
    """Whether a column name ends in a free-text word (``internal_notes``, ``bio_html``).

    >>> [name_says_free_text(n) for n in ("notes", "AdminComment", "about_me", "comment_count")]
    [True, True, True, False]
    >>> [name_says_free_text(n) for n in ("about_organizer", "about_company", "about_us")]
    [True, False, False]
    """
    words = [singular(w) for w in tokens(name)]
    if len(words) == 2 and words[0] == "search" and words[1] in SEARCH_COPIES:
        return True  # ``search_text``: the row's fields copied into one text to search them
    while len(words) > 1 and words[-1] in _TAIL:
        words.pop()
    if len(words) >= 2 and words[-1] in _INFORMATION and words[-2] in _EXTRA:
        return True  # ``additional_information``, ``other_info``: whatever else is said
    if len(words) == 2 and words[0] == "about" and about_a_person(words[1]):
        return True  # ``about_organizer``: what the person writes of themselves in that role
    return bool(words) and (words[-1] in FREE_TEXT_WORDS or _case_record(words))


#: A person's case as a caseworker or a counsellor keeps it: its notes and plans
#: (``case_notes``, ``caseplan``), written about that person. Not a care's plan: a device's
#: or a pet's cover plan (``care_plan`` Gold) as often.
_CASES = words("case")
_CASE_RECORDS = words("note plan")


def _case_record(words: Sequence[str]) -> bool:
    """Whether words name a case's note or plan (``case_plan``, a glued ``caseplan``).

    >>> _case_record(["case", "plan"]), _case_record(["caseplan"]), _case_record(["plan"])
    (True, True, False)
    >>> _case_record(["care", "plan"])
    False
    """
    if len(words) >= 2 and words[-2] in _CASES and words[-1] in _CASE_RECORDS:
        return True
    return bool(words) and any(
        words[-1] == case + record for case in _CASES for record in _CASE_RECORDS
    )


def case_notes(ctx: FieldContext) -> str | None:
    """Why a column is what was written on a person's case, or None: a free-text word in a
    table named for a case's notes or plans (``case_notes``, ``caseplan``) whose row keys a
    person (``client_id``, ``patient_id``).

    >>> case_notes(FieldContext("s", "case_notes", "body", siblings=("client_id", "body")))[-32:]
    "points at a person ('client_id')"
    >>> case_notes(FieldContext("s", "case_notes", "body", siblings=("court_id", "body"))) is None
    True
    """
    if not (name_says_free_text(ctx.name) or set(tokens(ctx.name)) & _TAIL):
        return None
    table = table_name(ctx.dataset)
    if not _case_record([singular(w) for w in tokens(table)]):
        return None
    key = person_key(ctx)
    if key is None:
        return None
    return (
        f"table {table!r} keeps what was written on a person's case and the row points at a "
        f"person ({key!r})"
    )


#: Table words (singular) of a measure taken against a person for their conduct: a driver's,
#: a worker's or a pupil's sanctions, disciplinary actions and reprimands.
SANCTIONS = words("sanction disciplinary discipline reprimand misconduct infraction")
#: Column words of why a sanction was taken, besides the free-text words.
_GROUNDS = words("reason reasons ground grounds motive cause details")


def sanction_notes(ctx: FieldContext) -> str | None:
    """Why a column is what was written of a person's conduct, or None: a free-text word or
    a reason (``reason``, ``notes``, ``details``) in a table of sanctions or disciplinary
    actions (:data:`SANCTIONS`) whose row keys the person sanctioned (``driver_id``,
    ``employee_id``).

    >>> sanction_notes(FieldContext("s", "staff_sanctions", "reason", "text",
    ...     siblings=("employee_id", "reason")))[-34:]
    "points at a person ('employee_id')"
    >>> sanction_notes(FieldContext("s", "trade_sanctions", "reason", "text",
    ...     siblings=("country_id", "reason"))) is None
    True
    """
    words_ = tokens(ctx.name)
    if not words_ or not (name_says_free_text(ctx.name) or set(words_) & _GROUNDS):
        return None
    table = table_name(ctx.dataset)
    if not {singular(w) for w in tokens(table)} & SANCTIONS:
        return None
    key = person_key(ctx)
    if key is None:
        return None
    return (
        f"table {table!r} keeps the sanctions taken against a person for their conduct and the "
        f"row points at a person ({key!r})"
    )


def mail_body(ctx: FieldContext) -> str | None:
    """Why a column is the body of e-mails sent, or None: its words are a body's (``content``,
    ``email_html``) and its table's rows are e-mails (``email_queue``, ``mail_log``).

    >>> mail_body(FieldContext("s", "app.email_queue", "content_html"))
    "table 'email_queue' holds e-mails sent, whose body is written to their recipient"
    >>> mail_body(FieldContext("s", "app.products", "content")) is None
    True
    """
    parts = [singular(w) for w in tokens(ctx.name)]
    if not set(parts) & _MAIL_BODY or not set(parts) <= _MAIL_BODY | NameWords.MAIL_TABLES:
        return None
    table = table_name(ctx.dataset)
    words_ = [singular(w) for w in tokens(table)]
    heads = [w for w in words_ if w not in NameWords.TABLE_FILLER]
    if not heads or set(words_) & _MASS_MAIL:
        return None
    if heads[-1] in NameWords.MAIL_TABLES or (
        heads[-1] in NameWords.MAIL_STORES and set(words_) & NameWords.MAIL_TABLES
    ):
        if broadcast(heads[-1], [tokens(s) for s in ctx.siblings], NameWords.PEOPLE):
            return None  # no recipient named: a news item for whoever reads it
        return f"table {table!r} holds e-mails sent, whose body is written to their recipient"
    return None


def message_body(ctx: FieldContext) -> str | None:
    """Why a column is what one person wrote to another, or None: its words are a body's
    (``body``, ``content``), its table's rows are messages (``messages``) and two siblings key
    the sender's and the recipient's accounts (``from_user_id`` and ``to_user_id``; not
    ``from_node_id``, ``from_agent_id``), or, in a table of private messages, bare
    ``sender_id`` and ``recipient_id`` (not an EDI's, a bank's or a device's messages).

    >>> message_body(FieldContext("s", "app.messages", "body",
    ...     siblings=("id", "from_user_id", "to_user_id", "body")))
    "table 'messages' holds messages from one person to another ('from_user_id', 'to_user_id')"
    >>> message_body(FieldContext("s", "app.messages", "message",
    ...     siblings=("id", "locale", "key", "message"))) is None
    True
    >>> message_body(FieldContext("s", "b2b.edi_messages", "content",
    ...     siblings=("id", "sender_id", "receiver_id", "content"))) is None
    True
    """
    parts = [singular(w) for w in tokens(ctx.name)]
    if not parts or not set(parts) <= _MAIL_BODY:
        return None
    table = table_name(ctx.dataset)
    table_tokens = tokens(table)
    table_words = {singular(w) for w in table_tokens}
    if not table_words & _MESSAGE_TABLES or table_words & _MASS_MAIL:
        return None
    bare = bool(table_words & _PRIVATE)
    # keys noun first (``teacher_sender``) only in a table named for messages by its last word
    # (``chat_lines`` too; not ``message_types``, ``chat_presets``, ``message_rules``) whose
    # text is no template's
    last = singular(table_tokens[-1]) if table_tokens else ""
    texts = [v for v in ctx.samples if isinstance(v, str)]
    noun_first = last in _MESSAGE_TABLES | _THREADS and not any(
        _PLACEHOLDER.search(v) for v in texts
    )
    sender = _party_key(ctx.siblings, SENDER_WORDS, bare=bare, noun_first=noun_first)
    recipient = _party_key(ctx.siblings, _RECIPIENTS, bare=bare, noun_first=noun_first)
    if sender is None or recipient is None:
        return None
    return f"table {table!r} holds messages from one person to another ({sender!r}, {recipient!r})"


def _party_key(
    siblings: Sequence[str], roles: frozenset[str], *, bare: bool, noun_first: bool
) -> str | None:
    """The sibling keying a message's sender or recipient: a role's word before a key to an
    account (``to_user_id``, :func:`~classifiers.name_view.keys_a_person`), or before a bare
    ``id`` when ``bare`` (``sender_id`` in a table of private messages), or a person's word
    before the role, with or without ``id`` (``teacher_sender``, ``user_receiver_id``), when
    ``noun_first``."""
    for sibling in siblings:
        parts = tuple(singular(w) for w in tokens(sibling))
        if (
            parts
            and parts[0] in roles
            and (keys_a_person(parts, _ACCOUNTS) or (bare and parts[1:] == ("id",)))
        ):
            return sibling
        if not noun_first:
            continue
        if parts[-1:] == ("id",):
            parts = parts[:-1]
        if len(parts) == 2 and parts[0] in _SENDING_PEOPLE and parts[1] in roles - {"to", "from"}:
            return sibling
    return None


def person_details(ctx: FieldContext) -> str | None:
    """Why a column holds what is known about a person, or None: a people word, then info,
    data or details (``user_info``, ``customer_details``, ``visitor_data``), in any table.

    >>> person_details(FieldContext("s", "app.banner_clicks", "user_info"))
    'its name says it holds what is kept about a person (a user)'
    >>> person_details(FieldContext("s", "app.products", "product_info")) is None
    True
    """
    parts = [singular(w) for w in tokens(ctx.name)]
    if len(parts) != 2 or parts[1] not in _DETAILS or parts[0] not in _DETAILED:
        return None
    return f"its name says it holds what is kept about a person (a {parts[0]})"


def spoken_words(ctx: FieldContext) -> str | None:
    """Why a column is what a person said, or None: its name is a transcript's or a testimony's
    (:func:`classifiers.holders_and_records.spoken_record`) and the row points at the person
    (``person_id``); a video's transcript points at no one.

    >>> spoken_words(FieldContext("s", "app.therapy_sessions", "transcript",
    ...     siblings=("patient_id", "transcript")))
    "it records what a person said and the row points at the person ('patient_id')"
    >>> spoken_words(FieldContext("s", "app.videos", "transcript", siblings=("video_id",))) is None
    True
    """
    if not spoken_record(tokens(ctx.name)) or (key := person_key(ctx)) is None:
        return None
    return f"it records what a person said and the row points at the person ({key!r})"


def cv_named(ctx: FieldContext) -> bool:
    """Whether a column is named for a CV alone or its file (``cv``, ``resume_path``).

    >>> cv_named(FieldContext("s", "t", "cv")), cv_named(FieldContext("s", "t", "cv_count"))
    (True, False)
    """
    words = [singular(w) for w in tokens(ctx.name)]
    return words[:1] in ([w] for w in _CVS) and (len(words) == 1 or cv_file(ctx))


def cv_file(ctx: FieldContext) -> bool:
    """Whether a column is the file of a person's CV (``resume_path``, ``cv_file``): a CV's
    word before a file's, and most sampled values, if any, a document's (not a course's
    ``resume_link`` or a saved game's ``resume_file``).

    >>> cv_file(FieldContext("s", "t", "resume_path", samples=("uploads/cv/ob.pdf",)))
    True
    >>> cv_file(FieldContext("s", "t", "resume_file", samples=("saves/slot1.sav",)))
    False
    """
    words = [singular(w) for w in tokens(ctx.name)]
    if len(words) != 2 or words[0] not in _CVS or words[1] not in _FILES:
        return False
    values = distinct_texts(ctx.samples)
    return sum(bool(_DOCUMENTS.search(v)) for v in values) * 2 >= len(values)


def _own_words_named(words_: tuple[str, ...]) -> bool:
    """Whether a column's words (singular) name what a person wrote about themselves: ``bio``,
    ``about_me``, or a bio beside a free-text word (``bio_description``, ``description_bio``).

    >>> _own_words_named(("bio",)), _own_words_named(("description", "bio"))
    (True, True)
    >>> _own_words_named(("bio", "url")), _own_words_named(("description",))
    (False, False)
    """
    if words_ in _OWN_WORDS:
        return True
    return (
        len(words_) == 2
        and bool(set(words_) & {"bio", "biography"})
        and bool(set(words_) & (FREE_TEXT_WORDS | _TAIL) - {"bio", "biography"})
    )


def own_words(ctx: FieldContext) -> str | None:
    """Why a column is what a person wrote about themselves, or None: a ``bio`` or an
    ``about_me`` in a row keyed to a person's account (``user_id``; a bare ``user`` or ``owner``
    column is no key here), not an organisation's, an animal's or a titled work's.

    >>> own_words(FieldContext("s", "app.speakers", "bio", siblings=("id", "user_id", "bio")))
    "it is what a person writes about themselves and the row keys their account ('user_id')"
    >>> own_words(FieldContext("s", "app.shops", "bio", siblings=("id", "user_id", "bio"))) is None
    True
    """
    if not _own_words_named(tuple(singular(w) for w in tokens(ctx.name))):
        return None
    table = {singular(w) for w in tokens(table_name(ctx.dataset))}
    if table & (ORGANISATION_TABLES | ANIMALS):
        return None  # a shop's or a pet's
    if any(tokens(s) == ("title",) for s in ctx.siblings):
        return None  # a work's with its own title: a podcast's, a show's
    keys = (s for s in person_keys(ctx, _OWN_ACCOUNTS, tokens) if len(tokens(s)) > 1)
    if (key := next(keys, None)) is None:
        return None
    return f"it is what a person writes about themselves and the row keys their account ({key!r})"


#: Table words of what a visitor sends through a site's contact form (``contact_requests``,
#: ``enquiries``, ``user_request``, ``feedback``).
_FORM_TABLES = words("request enquiry inquiry contact feedback")
#: A form's sender: a bare name, and how to answer them, a bare e-mail or phone.
_FORM_NAMES = frozenset({("name",), ("full", "name"), ("fullname",)})
_FORM_REPLIES = frozenset({("email",), ("email", "address"), ("phone",), ("mobile",)})


def form_message(ctx: FieldContext) -> str | None:
    """Why a column is what a visitor wrote through a contact form, or None: its words are a
    message's or a body's (``message``, ``body``), its table is named for requests, enquiries
    or feedback, and the row keeps who wrote it, a bare name, and how to answer them, a bare
    e-mail or phone (not a message's template or a support ticket's category).

    >>> form_message(FieldContext("s", "web.enquiries", "message",
    ...     siblings=("id", "name", "email", "subject", "message")))[-36:]
    "('name') and how to answer ('email')"
    >>> form_message(FieldContext("s", "web.enquiries", "message",
    ...     siblings=("id", "topic", "message"))) is None
    True
    """
    parts = [singular(w) for w in tokens(ctx.name)]
    if not parts or not set(parts) <= _MAIL_BODY:
        return None
    table = table_name(ctx.dataset)
    words_ = {singular(w) for w in tokens(table)}
    if not words_ & _FORM_TABLES or words_ & _MASS_MAIL:
        return None
    named = next((s for s in ctx.siblings if tokens(s) in _FORM_NAMES), None)
    reply = next((s for s in ctx.siblings if tokens(s) in _FORM_REPLIES), None)
    if named is None or reply is None:
        return None
    return (
        f"table {table!r} keeps what a visitor wrote through a form, with who wrote it "
        f"({named!r}) and how to answer ({reply!r})"
    )


def gateway_message(ctx: FieldContext) -> str | None:
    """Why a column is a payment gateway's message kept whole, or None: its words are a
    message's (``ipn``, ``raw_response``) and its table is about payments (``paypal_log``,
    ``transactions``).

    >>> gateway_message(FieldContext("s", "app.card_gateway_log", "response"))
    "table 'card_gateway_log' keeps a payment gateway's messages, which carry the payer's details"
    >>> gateway_message(FieldContext("s", "app.api_calls", "response")) is None
    True
    """
    parts = [singular(w) for w in tokens(ctx.name)]
    if not parts or not set(parts) <= _GATEWAY_MESSAGES or parts == ["raw"]:
        return None
    table = table_name(ctx.dataset)
    if not {singular(w) for w in tokens(table)} & _GATEWAY_TABLES:
        return None
    return f"table {table!r} keeps a payment gateway's messages, which carry the payer's details"


def profile_rows(ctx: FieldContext) -> str | None:
    """Why a column's values are a person's details mixed with other values, or None: the
    value of a narrow key-value table with a key to a person, each row one field of a person's
    profile, whose sampled values are personal e-mail addresses and phone numbers in a real
    share (:mod:`classifiers.profiles_and_logs`).

    >>> why = profile_rows(FieldContext("s", "app.member_meta", "value", "text",
    ...     siblings=("id", "member_id", "key", "value"), samples=("Ana", "a@example.org",
    ...     "0711 555123", "1990-02-03", "ben.k@example.net", "cy@example.com")))
    >>> why.split(":")[0]
    "table 'member_meta' keeps a person's profile fields as rows"
    """
    if not ctx.samples:
        return None
    siblings = [tokens(s) for s in ctx.siblings]
    prefix = table_prefix(siblings)
    column = unprefixed(tokens(ctx.name), prefix)
    table = table_name(ctx.dataset)
    unprefixed_siblings = [unprefixed(s, prefix) for s in siblings]
    if not profile_value(tokens(table), column, unprefixed_siblings, NameWords.PEOPLE):
        return None
    mix = personal_mix(ctx.samples)
    return (
        None if mix is None else f"table {table!r} keeps a person's profile fields as rows: {mix}"
    )


def _references(texts: list[str]) -> bool:
    """Whether every value is one lower-case identifier (``simple``, ``welcome_mail``): the key
    or label of a record the column points at, not text someone wrote.

    >>> _references(["simple", "welcome_mail"]), _references(["Called back", "VIP"])
    (True, False)
    """
    return bool(texts) and all(_IDENTIFIER.fullmatch(t) for t in texts)


#: The one type whose values are stripped without a look at each (``str`` itself, not a
#: subclass, whose ``str()`` may differ).
_PLAIN_TEXT = frozenset({str})
_TAG_START = re.compile("<").match


def _texts(samples: Sequence[object]) -> list[str]:
    """The sampled values as text; HTML formatting (a rich-text editor's ``<p>...</p>``) as
    the text it formats."""
    if set(map(type, samples)) <= _PLAIN_TEXT:  # most columns: stripped in C
        plain = list(filter(None, map(str.strip, samples)))  # type: ignore[arg-type]
        if not any(map(_TAG_START, plain)):
            return plain  # no value starts as HTML: each is its own text
    texts = (str(v).strip() for v in samples if not isinstance(v, bytes))
    return [t for t in (_unformatted(t) for t in texts if t) if t]


def _unformatted(text: str) -> str:
    if not text.startswith("<"):
        return text  # html_text reads HTML from a first tag only (a stripped text's first char)
    found = html_text(text)
    return text if found is None else found


class FreeTextSignal(Signal):
    """Free text in a table about people (see the module docstring)."""

    name = "free_text"

    def evaluate(self, ctx: FieldContext) -> list[SignalHit]:
        if not is_text(ctx.data_type):
            return []
        if why := profile_rows(ctx):
            return [SignalHit("FREE_TEXT", NAME_SCORE, self.name, why)]
        people = about_people(ctx)
        details = person_details(ctx)
        body = (
            None
            if people
            else (
                mail_body(ctx)
                or message_body(ctx)
                or gateway_message(ctx)
                or form_message(ctx)
                or spoken_words(ctx)
                or own_words(ctx)
                or case_notes(ctx)
                or sanction_notes(ctx)
                or details
            )
        )
        people = people or body
        body = body or details
        if people is None and cv_named(ctx):
            people = person_attachments(ctx)  # a CV among an applicant's papers
        if people is None:
            return []
        named = body is not None or name_says_free_text(ctx.name) or cv_file(ctx)
        texts = _texts(ctx.samples)
        distinct = list(dict.fromkeys(texts))
        if not texts:
            if not named:
                return []
            reason = f"column name {ctx.name!r} is free text and {people}"
            return [SignalHit("FREE_TEXT", NAME_SCORE, self.name, reason)]
        if len(texts) >= 20 and len(distinct) <= 5:
            return []  # an enum of remarks ("ok", "late") is a category
        probe = distinct[:PROBE]
        if _references(probe):
            return []  # ``message`` holding ``simple``: the key of the message, no text
        if sum(map(bool, map(kind_of, probe))) * 2 > len(probe):
            return []
        prose = sum(map(is_prose, probe))
        counted = f"{prose} of {len(probe)} distinct sampled values are prose"
        if named:
            if prose * 10 >= 3 * len(probe):
                score, why = NAME_AND_PROSE, f"; {counted}"
            else:
                score, why = NAME_SCORE, ""
            reason = f"column name {ctx.name!r} is free text and {people}{why}"
            return [SignalHit("FREE_TEXT", score, self.name, reason, value_share=None)]
        if (
            len(probe) >= 3
            and prose * 10 >= 6 * len(probe)
            and statistics.median(len(t.split()) for t in probe) >= PROSE_WORDS
        ):
            reason = f"values: {counted} (free text) and {people}"
            share = round(prose / len(probe), 2)
            return [SignalHit("FREE_TEXT", PROSE_SCORE, self.name, reason, value_share=share)]
        return []
