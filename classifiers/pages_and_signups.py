"""A site's pages and the contact details they show, the people a sign-up form keeps and a
person's id at an authentication system (the name rule :func:`pages_and_signups`); and what the
people and demographics signals ask: whether a table is a site's own pages or keeps sign-ups,
whether a column says a person has children, and whose pay a row with a name and a phone beside
it holds.

>>> site_page(("tbl", "page")), site_page(("author", "pages")), site_page(("page", "views"))
(True, False, False)
>>> signup_table(("newsletter", "signups")), signup_table(("subscriptions",))
(True, False)
>>> children_fact("has_children"), children_fact("numberOfChildren"), children_fact("child_count")
(True, True, False)
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .base import SignalHit
from .business_contacts import OWN_CONTACT
from .fixtures_and_accounts import distinct_texts
from .name_tokens import singular
from .name_view import FieldView, keys_a_person, own_person_field
from .name_words import FULL_NAMES, THING_WORDS, NameWords
from .organisations import ORGANISATION_TABLES, PLACE_TABLES, role_mailboxes
from .row_people import bare_reach, names_sampled

#: Table heads of a site's pages (``cms_pages``, ``tbl_webpage``): their rows are pages.
SITE_PAGES = frozenset({"page", "webpage"})
#: Endings of a page's own content columns (``title``, ``pagetitle``, ``body_html``, ``slug``):
#: a table of pages shows them; a table of leads named ``landing_page`` has none.
_PAGE_TEXT = ("title", "heading", "body", "content", "slug", "html", "description")
#: At most this many distinct sampled values of a contact column: the site's own (one desk, one
#: phone), not its pages' people (a CV per page, a team page's staff).
_SITE_CONTACTS = 2
#: Table heads of what a person sends through a form to sign up (``newsletter_subscribe``,
#: ``choir_signups``): each row is the person who signed up. (An enquiry's or a ticket's
#: sender is :func:`~classifiers.secrets_and_senders.message_author`'s.)
SIGNUPS = frozenset({"subscribe", "signup"})
#: A login.
_LOGINS = frozenset({("username",), ("login",)})
#: A bare name column: a sign-up's of who signed up, a paid person's row's, an account's.
_BARE_NAMES = FULL_NAMES | {("name",), ("your", "name")}
#: Table words of an authentication system (``sso_users``, ``auth_accounts``).
_AUTH_WORDS = frozenset({"auth", "authentication", "sso", "oauth", "oidc", "saml", "ldap", "idp"})
#: Table heads of its logins: a ``uid`` there is a person's id at that system.
_LOGIN_HEADS = frozenset({"user", "account", "member", "login", "identity"})
_UIDS = frozenset({("uid",), ("user", "uid"), ("external", "uid")})
#: A uid qualified by its provider (``auth_uid``, ``oauth_uid``): the person's id there when a
#: sibling names the identity provider.
_PROVIDER_UIDS = frozenset({
    ("auth", "uid"), ("oauth", "uid"), ("omniauth", "uid"), ("openid", "uid"), ("sso", "uid"),
})  # fmt: skip
#: Siblings naming a login's identity provider (``auth_provider``, ``sso_provider``); a bare
#: ``provider`` is a cloud's, a bank feed's, an ad platform's or a payment provider's as often
#: (a bare ``uid`` beside one in a table of users is ``members_and_lookups``' rule).
_IDENTITY_PROVIDERS = frozenset({
    ("auth", "provider"), ("oauth", "provider"), ("omniauth", "provider"),
    ("identity", "provider"), ("login", "provider"), ("sso", "provider"),
})  # fmt: skip
#: Words of a uid that is a program's or a device's (``svc-backup``, ``ci-bot``, ``dev-7f3a``),
#: and the share of distinct uids holding one that makes the accounts machines.
_MACHINE_UIDS = frozenset({
    "svc", "service", "bot", "robot", "ci", "cd", "build", "deploy", "backup", "cron", "daemon",
    "system", "sys", "runner", "dev", "device", "sensor", "app", "api", "integration",
})  # fmt: skip
_MACHINE_SHARE = 0.5
_UID_WORDS = re.compile(r"[^a-z0-9]+")
#: A person's children, or how many (``has_children``, ``numberOfChildren``, ``num_kids``,
#: ``haschild``), perhaps of a kind (``no_of_previous_children``, ``biological_kids``): plural,
#: or singular only after ``has`` (a tree's ``child_count``, a sub-account's ``kid_count`` and a
#: bare ``child`` are not).
_CHILDREN = re.compile(
    r"(?:has|have|hasany)(?:children|kids|child|kid)"
    r"|(?:has|have|hasany|num|number|numberof|no|noof|nb|nbr|count|countof|total|totalof)?"
    r"(?:previous|prior|own|biological|birth|adopted|adoptive)?"
    r"(?:children|kids)(?:count|cnt|number|num|no|nr|total)?"
)
#: A flag's or a count's type: a text or JSON ``children`` is a node's list of children.
_FLAG_OR_COUNT = re.compile(
    r"^(bool|boolean|bit|(tiny|small|medium|big)?int|integer|serial|number|numeric)\b", re.I
)
#: Words of a party's make-up (a booking's adults and children), as columns or as the table's
#: head (``guests``): no person's family.
_PARTY = frozenset({
    "adult", "adults", "infant", "infants", "senior", "seniors", "guest", "guests", "pax",
    "traveller", "travellers", "traveler", "travelers", "passenger", "passengers",
})  # fmt: skip
#: Column words of a tree or a referral chain (a nested set's ``lft``, an MLM's ``sponsor_id``):
#: its ``children`` are the row's children in the tree (awesome_nested_set, MPTT).
_TREE_WORDS = frozenset({
    "lft", "rgt", "ancestry", "ancestor", "mptt", "sponsor", "referrer", "referral", "referred",
    "upline", "downline",
})  # fmt: skip
#: Whole columns of a tree: a parent key, a depth, a path.
_TREE_COLUMNS = frozenset({
    ("parent",), ("parent", "id"), ("parent", "key"), ("depth",), ("level",), ("path",),
    ("tree", "id"), ("lineage",),
})  # fmt: skip
#: A person's pay, alone or with a period or a basis (``salary``, ``monthly_wage``). (A bare
#: ``pay`` is no pay word of the demographics signal, so it never reaches :func:`paid_person`.)
_PAY = frozenset({"salary", "wage", "pay"})
_PAY_WITH = frozenset({
    "monthly", "annual", "yearly", "weekly", "daily", "hourly", "base", "basic", "gross", "net",
    "amount", "amt",
})  # fmt: skip
#: Table words of jobs, grades and scales, and of a game's characters, whose pay is no one's
#: (besides organisations, places and the things of :data:`~classifiers.name_words.THING_WORDS`).
_NO_ONES_PAY = frozenset({
    "job", "joborder", "vacancy", "opening", "posting", "requisition", "position", "role",
    "grade", "band", "level", "title", "scale", "rate", "rule", "setting", "config",
    "character", "npc",
}) | THING_WORDS | ORGANISATION_TABLES | PLACE_TABLES  # fmt: skip


def site_page(table: Sequence[str]) -> bool:
    """Whether a table's words name a site's pages, with no people word (``author_pages``)."""
    words = [singular(w) for w in table]
    return bool(words) and words[-1] in SITE_PAGES and not set(words) & NameWords.PEOPLE


def own_pages(table: Sequence[str], columns: Sequence[Sequence[str]]) -> bool:
    """Whether a table holds a site's own pages: named for pages (:func:`site_page`), with a
    page's content (a ``title``, a ``slug``, a ``body``) and no column naming a person
    (:func:`names_someone`).

    >>> own_pages(("cms", "pages"), [("slug",), ("email",)])
    True
    >>> own_pages(("landing", "page"), [("email",), ("ip",)])
    False
    >>> own_pages(("cv", "pages"), [("slug",), ("first", "name")])
    False
    """
    return (
        site_page(table)
        and any(w.endswith(_PAGE_TEXT) for c in columns for w in c)
        and not any(names_someone(c) for c in columns)
    )


def signup_table(table: Sequence[str]) -> bool:
    """Whether a table's last word, filler and numbers left out, is a sign-up (not
    ``subscriptions``: a plan's).

    >>> signup_table(("newsletter", "signups", "2023")), signup_table(("signup", "list"))
    (True, True)
    """
    words = [singular(w) for w in table]
    heads = [w for w in words if w not in NameWords.TABLE_FILLER and not w.isdigit()]
    return bool(heads) and heads[-1] in SIGNUPS


def signup_contact(table: Sequence[str], columns: Sequence[Sequence[str]]) -> int | None:
    """Index of the column through which whoever signed up is reached, when the table keeps
    sign-ups (:func:`signup_table`): a bare phone or e-mail or a person's (``parent_email``),
    not a setting's (``notify_email``, ``email_template``); or None."""
    if not signup_table(table):
        return None
    return next((i for i, c in enumerate(columns) if bare_reach(c, NameWords.PEOPLE)), None)


def names_someone(tokens: Sequence[str]) -> bool:
    """Whether a column names a person: their own name, birth date or gender, a key to them, a
    people word (``author``, ``author_name``) or a login.

    >>> names_someone(("author", "id")), names_someone(("contact", "email"))
    (True, False)
    """
    words = tuple(tokens)
    if not words:
        return False
    people = NameWords.PEOPLE
    return (
        own_person_field(words)
        or keys_a_person(words, people)
        or singular(words[-1]) in people
        or (words[-1] in {"name", "names"} and bool(set(words[:-1]) & people))
        or words in _LOGINS | FULL_NAMES
    )


def machine_uids(samples: Sequence[object]) -> bool:
    """Whether half the distinct sampled uids at least are a program's or a device's
    (``svc-backup``, ``dev-7f3a``).

    >>> machine_uids(("svc-backup", "svc-ci", "jenkins")), machine_uids(("ines.m", "t.grell"))
    (True, False)
    """
    values = distinct_texts(samples)
    machines = sum(bool(set(_UID_WORDS.split(v.lower())) & _MACHINE_UIDS) for v in values)
    return bool(values) and machines >= _MACHINE_SHARE * len(values)


def children_fact(name: str) -> bool:
    """Whether a column's name says whether or how many children a person has (``haskids``,
    ``number_of_children``, ``kids``); not a bare ``child`` or a ``child_count``."""
    lower = name.lower()
    if "child" not in lower and "kid" not in lower:
        return False  # most columns: no need for the regex
    return _CHILDREN.fullmatch(re.sub(r"[^a-z]", "", lower)) is not None


def flag_or_count(data_type: str) -> bool:
    """Whether a column's type holds a flag or a count (``boolean``, ``tinyint(3) unsigned``)."""
    return _FLAG_OR_COUNT.match(data_type.strip()) is not None


def no_family(table: Sequence[str], columns: Sequence[Sequence[str]]) -> bool:
    """Whether a table's children are no person's family: a party's (a booking's ``adults``, a
    table of ``guests``) or a tree's or a referral chain's (``parent_id``, ``lft``,
    ``sponsor_id``).

    >>> no_family(("members",), [("sponsor", "id")]), no_family(("tenants",), [("email",)])
    (True, False)
    """
    if table and singular(table[-1]) in _PARTY:
        return True
    return any(
        set(c) & (_PARTY | _TREE_WORDS) or tuple(singular(w) for w in c) in _TREE_COLUMNS
        for c in columns
    )


def paid_person(
    column: Sequence[str], table: Sequence[str], columns: Sequence[Sequence[str]]
) -> tuple[int, int] | None:
    """(index of the name, index of the phone or e-mail) of a row that names someone and how
    to reach them beside their pay (``salary``, ``monthly_wage``), in a table that is no job's,
    grade's, thing's, organisation's or place's; or None.

    >>> paid_person(("salary",), ("porters",), [("name",), ("phone",), ("salary",)])
    (0, 1)
    >>> paid_person(("salary", "cap"), ("teams",), [("name",), ("phone",)]) is None
    True
    """
    words = {singular(w) for w in column}
    if not words & _PAY or not words <= _PAY | _PAY_WITH:
        return None
    if {singular(w) for w in table} & _NO_ONES_PAY:
        return None
    name = next((i for i, c in enumerate(columns) if tuple(c) in _BARE_NAMES), None)
    reach = next((i for i, c in enumerate(columns) if bare_reach(c)), None)
    return None if name is None or reach is None else (name, reach)


# -- the name signal's rule ---------------------------------------------------------------------


def pages_and_signups(view: FieldView) -> list[SignalHit]:
    """A site's page's own contact details, a sign-up's sender's name, a person's id at an
    authentication system: the name signal's rule."""
    tokens = view.tokens
    if not tokens:
        return []
    if tokens in _UIDS or tokens in _PROVIDER_UIDS:
        return _auth_uid(view)
    if tokens in _BARE_NAMES:
        return _signer(view)
    return _page_contact(view)


def _page_contact(view: FieldView) -> list[SignalHit]:
    """Vetoes of the contact details of a site's own pages (``tbl_webpage``, ``cms_pages``:
    :func:`own_pages`) when the column holds few values (one desk, one phone) or role
    mailboxes: the site's own e-mail, phone and address, as its contact page shows them."""
    entities = sorted({h.entity for h in view.hits if not h.veto and h.score > 0} & OWN_CONTACT)
    if not entities or names_someone(view.tokens):
        return []
    ctx = view.ctx
    table = view.table_name
    columns = [view.tokenize(s) for s in ctx.siblings if s != ctx.name]
    if not own_pages(view.tokenize(table), columns):
        return []
    if len(distinct_texts(ctx.samples)) > _SITE_CONTACTS and not role_mailboxes(ctx.samples):
        return []  # a page per person (a CV, a team member): their contact details
    reason = (
        f"business contact data: table {table!r} holds a site's pages and no column names a "
        f"person: column {ctx.name!r} is the site's own contact detail, not personal data"
    )
    return [view.veto(entity, reason) for entity in entities]


def _signer(view: FieldView) -> list[SignalHit]:
    """A sign-up's ``name`` beside a way to reach whoever signed up: theirs."""
    ctx = view.ctx
    if view.kind not in {"text", ""} or any(
        h.entity == "PERSON_NAME" and h.score >= 0.5 for h in view.hits
    ):
        return []
    table = view.table_name
    reach = signup_contact(view.tokenize(table), [view.tokenize(s) for s in ctx.siblings])
    if reach is None:
        return []
    if distinct_texts(ctx.samples) and not names_sampled(ctx.samples):
        return []  # an event's or a topic's name on a sheet of sign-ups
    reason = (
        f"column name {ctx.name!r} of table {table!r}, a sign-up form that keeps how to reach "
        f"who signed up (column {ctx.siblings[reach]!r}): their name"
    )
    return [view.hit("PERSON_NAME", 0.6, reason)]


def _auth_uid(view: FieldView) -> list[SignalHit]:
    """A text ``uid`` of a table of an authentication system's logins (``sso_users``,
    ``auth_accounts``), or of a table of logins beside the identity provider's name
    (``users.auth_provider`` and ``auth_uid``, ``sso_provider`` and ``sso_uid``), beside the
    account's own e-mail, phone or name (not a key to an owner; beside a provider not a bare
    ``name``, a firm's or a page's as often), whose values are no program's or device's: the
    person's id there."""
    ctx = view.ctx
    if view.kind not in {"text", ""} or any(
        h.entity == "USERNAME" and h.score >= 0.5 for h in view.hits
    ):
        return []
    table = view.table_name
    heads = [singular(w) for w in view.tokenize(table)]
    if not heads or heads[-1] not in _LOGIN_HEADS:
        return []
    siblings = [view.tokenize(s) for s in ctx.siblings if s != ctx.name]
    provider = any(tuple(s) in _IDENTITY_PROVIDERS for s in siblings)
    if not (set(heads) & _AUTH_WORDS or provider):
        return []
    if view.tokens in _PROVIDER_UIDS and not provider:
        return []
    # beside a provider, a bare ``name`` is a firm's or a page's as often (a brand's accounts)
    names = FULL_NAMES if provider else _BARE_NAMES
    if not any(own_person_field(s) or bare_reach(s) or s in names for s in siblings):
        return []
    if machine_uids(ctx.samples):
        return []  # service accounts, devices
    where = (
        "logins beside their identity provider"
        if provider
        else "the accounts of an authentication system"
    )
    reason = (
        f"column name {ctx.name!r} of table {table!r}, {where}, beside the account's own "
        "e-mail or name: the person's id at that system"
    )
    return [view.hit("USERNAME", 0.6, reason)]
