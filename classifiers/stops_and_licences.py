"""Rules of the sixtieth round (the name rule ``stops_and_licences``): an account's own login
kept as its ``uid``, the licence of a person named by their trade in a table of them, a point
where a person was kept as one coordinate column, and what is no one's: the stops of a bus or a
tram line.

- a text ``uid`` in a table named for accounts or users (:data:`_ACCOUNTS`), or a text column
  named as its table of accounts or people, one word (``login.login``, Spanish
  ``usuario.usuario``; values sampled, every one a login name; a ``printer``'s is a device's),
  or a text ``identifier`` in a table of accounts with no other login column, in one of the
  languages that name a login so (:data:`_IDENTIFIERS`: French ``identifiant``; values sampled,
  logins people chose: :func:`_chosen_logins`),
  beside the row's own password (``password``, ``pwd_hash``; not a service's
  ``api_password``) is the login the account signs in with (USERNAME) when every sampled value
  is a login name (:func:`~classifiers.ids_codes_and_places.login_names`: no number, code,
  hash or UUID); nothing sampled, a ``uid``'s name and neighbours decide. A firm's account (a
  company's name beside it and no person's own field) is left alone, and so is a machine's (a
  table of ``service_accounts`` or ``device_accounts``, uids such as ``svc-backup``).
- ``<role>_licence`` (``conductor_license``, ``pilot_licence_no``) in a table named for that
  role (``conductors``), a person's word (``NameWords.PEOPLE``) who works under a licence, not
  one who buys one (:data:`_BUYERS`: a user's, a customer's or a member's licence is a
  product's), in a row keyed to a person or naming one, and beside no product, plan or seat: the
  person's licence to practise (OTHER_PERSONAL_DATA; a driver's is a driving licence,
  NATIONAL_ID), when nothing else was found of it. Not keyed by its owner or its driver (a
  SaaS tenant's, a CI worker's or a coach's licence is a thing's), nor with sampled values
  that repeat (``CC-BY-4.0``, ``Office 365 E3``: a kind of licence, no one's number).
- ``<qualifier>_coordinate`` (``start_coordinate``, ``pickup_coord``: one point, named in the
  singular) of text in a row keyed to a person or a table about people is where that person was
  (GEOLOCATION), when every sampled value is a point (two numbers within a latitude's and a
  longitude's bounds, or a ``POINT``); an axis's, a grid's, a screen's or a map tile's
  coordinate (:data:`_AXES`) is no place, nor is an organisation's premises' (``office_``,
  ``warehouse_coordinate``), nor are points written to less than two decimals or all in the
  unit square (a game's, a page's or a face's box). With nothing sampled, only ``coordinate``
  spelt out decides (``coord`` is a coordinator's as often: ``event_coord``).
- a table named for the stops of a line a vehicle runs (``bus_stops``, ``tram_stop``,
  ``ferry_terminals``: :data:`_TRANSIT` before :data:`_STOPS`), or a column named so
  (``bus_stop_lat``), with no person in the row (no key to one, no person's field, no column
  led by a people word: a ``passenger_name``; no rider's or home's word, :data:`_RIDERS`:
  ``pupil_name``, ``home_address``): where the stop is, no one's (GEOLOCATION and the
  address's entities vetoed).

>>> _coordinate_words(("start", "coordinate")), _coordinate_words(("x", "coordinate"))
(True, False)
>>> _point("-1.2864, 36.8172"), _point("POINT(36.8172 -1.2864)"), _point("12,7")
(True, True, False)
>>> _on_earth({"-1.2864, 36.8172"}), _on_earth({"120.5, 64.0"}), _on_earth({"0.31, 0.42"})
(True, False, False)
"""

from __future__ import annotations

import re

from .base import SignalHit
from .fixtures_and_accounts import distinct_texts
from .ids_codes_and_places import login_names
from .leads_and_numbers import people_table
from .name_tokens import singular
from .name_view import PASSWORD_WORDS, FieldView, own_person_field, person_key_sibling
from .name_words import person_fields
from .organisations import organisation_column, owned_by_organisation
from .pages_and_signups import machine_uids
from .people import about_people, table_heads
from .row_people import MACHINES

#: Words a kept password may have beside its own (``password_hash``, ``pwd_salt``).
_HASHED = frozenset({
    "hash", "hashed", "digest", "salt", "encrypted", "enc", "crypt", "crypted", "md5", "sha1",
    "sha256", "bcrypt",
})  # fmt: skip
#: Table heads of accounts that sign in (``users``, ``admin_accounts``, ``logins``).
_ACCOUNTS = frozenset({
    "user", "usr", "account", "login", "admin", "administrator", "operator", "member",
})  # fmt: skip
#: A login named "identifier" in English, French, Spanish, Portuguese, Italian or German
#: (``users.identifiant`` beside ``password``; added for the sixty-seventh round).
_IDENTIFIERS = frozenset({
    "identifier", "identifiant", "identificador", "identificativo", "kennung",
})  # fmt: skip
#: Columns that keep an account's login under its own name (``login``, ``username``).
_LOGIN_NAMES = frozenset({
    ("login",), ("username",), ("user", "name"), ("login", "name"), ("user", "login"), ("uname",),
})  # fmt: skip
#: A login's letters, then perhaps digits (``tamara12``, a phone number glued after a name).
_LETTERS_THEN_DIGITS = re.compile(r"[A-Za-z][A-Za-z._-]{2,31}\d{0,10}")
#: People who buy or are granted a licence for a product (a user's seat, a customer's key):
#: their ``<role>_licence`` is the product's, not a licence to practise.
_BUYERS = frozenset({
    "user", "usr", "customer", "cust", "client", "member", "subscriber", "buyer", "shopper",
    "owner", "admin", "administrator", "profile", "affiliate", "agent", "seller", "lead",
    "prospect", "player", "individual", "contact", "person", "people", "guest", "account",
    "reseller", "partner", "developer", "publisher",
})  # fmt: skip
#: Table words of machines' accounts (``service_accounts``, ``device_accounts``, ``api_users``).
_MACHINE_ACCOUNTS = MACHINES | {"service", "device"}
#: Who owns or drives a thing: a ``<role>_licence`` keyed to them is the thing's (a SaaS
#: tenant's keyed to its ``owner_user_id``, a coach's keyed to its ``driver_id``).
_KEEPERS = frozenset({"owner", "driver"})
_LICENCES = frozenset({"licence", "license", "lic"})
_NUMBERS = frozenset({"number", "num", "no", "nr", "nbr", "id", "code"})
#: Sibling words that make a licence a product's, a plan's, a seat's or a business's.
_THINGS = frozenset({
    "product", "plan", "seat", "key", "subscription", "business", "company", "software",
    "edition", "tier", "sku", "vendor",
})  # fmt: skip
#: Words that make a role's licence a driving licence.
_DRIVERS = frozenset({"driver", "chauffeur", "motorist"})
#: A point named in the singular (``start_coordinate``, ``home_coord``); the plural is read as
#: coordinates by the name patterns already.
_COORDINATE = frozenset({"coordinate", "coord"})
#: Words of a coordinate that is no place on earth: an axis, a grid, a screen, an image, a
#: map tile, a board; or what is said of one (its system, its format, its precision).
_AXES = frozenset({
    "x", "y", "z", "axis", "grid", "screen", "pixel", "canvas", "cell", "board", "tile", "chart",
    "image", "img", "svg", "page", "crop", "texture", "uv", "system", "type", "format",
    "precision", "accuracy", "count", "index", "offset", "row", "col", "column", "seat",
})  # fmt: skip
#: One point as sampled: two numbers apart (``-1.28, 36.81``, ``51.5 -0.12``) or a WKT point.
_PAIR = re.compile(r"\(?\s*(-?\d{1,3}(?:\.\d+)?)\s*[,; ]\s*(-?\d{1,3}(?:\.\d+)?)\s*\)?")
#: A number of a point and its decimals (``-1.2864``: ``1`` and ``2864``).
_DEGREES = re.compile(r"-?(\d{1,3})(?:\.(\d+))?")
_WKT = re.compile(r"(?i)(?:srid=\d+;)?point\s*\(\s*-?\d{1,3}(?:\.\d+)?\s+-?\d{1,3}(?:\.\d+)?\s*\)")
#: Who wrote or handled the row: their key puts no person's point in it.
_HANDLERS = frozenset({"created", "updated", "modified", "deleted", "by", "assigned", "approved"})
#: What a line's vehicle is (``bus_stops``, ``tram_stop``), and where it stops.
_TRANSIT = frozenset({
    "bus", "tram", "train", "rail", "railway", "metro", "subway", "underground", "transit",
    "ferry", "shuttle", "trolley", "trolleybus", "streetcar", "minibus", "coach", "cable",
})  # fmt: skip
_STOPS = frozenset({"stop", "stage", "halt", "terminal", "terminus", "station", "shelter"})
#: Words of who rides a line that PEOPLE lacks (a pupil, a child, a commuter) or of a home: a
#: stop's table with one keeps where those people are picked up (``pupil_name``, ``child_ref``,
#: ``home_address``).
_RIDERS = frozenset({
    "pupil", "child", "kid", "learner", "rider", "commuter", "home", "residence",
})  # fmt: skip
#: What a stop's columns may say that is no one's: where it is.
_PLACE_ENTITIES = ("GEOLOCATION", "STREET_ADDRESS", "CITY", "REGION", "POSTAL_CODE")


def _own_password(words: tuple[str, ...]) -> bool:
    """Whether a column is the row's own password, as kept (``password``, ``pwd_hash``), not a
    service's (``api_password``, ``smtp_pass``).

    >>> _own_password(("password",)), _own_password(("pwd", "hash")), _own_password(("api", "pass"))
    (True, True, False)
    """
    return bool(set(words) & PASSWORD_WORDS) and set(words) <= PASSWORD_WORDS | _HASHED


def _chosen_logins(samples: tuple[object, ...]) -> bool:
    """Whether the sampled values are logins people chose: each letters perhaps followed by
    digits, at least half of them with four digits or fewer (a login with a phone number or a
    date glued after it is one too: ``ana78451236``), not one code's letters numbered.

    >>> _chosen_logins(("ana", "bruno78451236", "kele", "tamara12"))
    True
    >>> _chosen_logins(("INV20210001", "INV20210002", "INV20210003")), _chosen_logins(())
    (False, False)
    >>> _chosen_logins(("ACC1000", "ACC1001", "ACC1002"))
    False
    """
    values = distinct_texts(samples)
    if not values or not all(_LETTERS_THEN_DIGITS.fullmatch(v) for v in values):
        return False
    if len(values) > 1 and len({v.rstrip("0123456789").lower() for v in values}) == 1:
        return False  # ``ACC1000``, ``ACC1001``: one code's letters, numbered
    short = sum(1 for v in values if login_names((v,)))
    return 2 * short >= len(values)


def _account_login(view: FieldView) -> str | None:
    """Why a text ``uid`` is the login of a table of accounts, or None."""
    if view.kind != "text" or len(view.tokens) != 1:
        return None
    heads = table_heads(view.ctx.dataset)
    if not heads or set(heads) & _MACHINE_ACCOUNTS:
        return None  # a service's or a device's account is a machine's
    if view.tokens == ("uid",):
        if heads[-1] not in _ACCOUNTS:
            return None
    elif view.tokens[0] in _IDENTIFIERS:
        if heads[-1] not in _ACCOUNTS or view.supported or not _chosen_logins(view.ctx.samples):
            return None  # a record's or a document's identifier, or nothing sampled to say
        if any(view.tokenize(s) in _LOGIN_NAMES for s in view.ctx.siblings):
            return None  # the login is kept beside it: an employee's or a directory's number
    elif len(heads) != 1 or singular(view.tokens[0]) != heads[0] or view.supported:
        return None  # not the account's own name under the table's (``usuario.usuario``)
    elif heads[0] not in _ACCOUNTS | view.words.PEOPLE and not people_table(view.table_words):
        return None  # a printer's or a router's own name and password: a device's
    elif not login_names(view.ctx.samples):
        return None  # its name, nothing sampled: a label, a key or a kind as often
    columns = [(s, view.tokenize(s)) for s in view.ctx.siblings if s != view.ctx.name]
    password = next((s for s, words in columns if _own_password(words)), None)
    if password is None:
        return None
    if any(organisation_column(w) for _, w in columns) and not any(
        own_person_field(w) for _, w in columns
    ):
        return None  # a firm's account (a company's name beside it, no person's field)
    chosen = view.tokens[0] in _IDENTIFIERS  # read by its own test above
    if distinct_texts(view.ctx.samples) and not (chosen or login_names(view.ctx.samples)):
        return None  # a number, a code, a hash or a UUID: the row's key, no login
    if machine_uids(view.ctx.samples):
        return None  # ``svc-backup``, ``ci-runner``: service accounts, devices
    return (
        f"text column {view.ctx.name!r} of table {view.table_name!r} of accounts is the login "
        f"their password {password!r} goes with"
    )


def _role_licence(view: FieldView) -> tuple[str, str] | None:
    """The entity and the reason of a licence held by the role a table is named for, or None."""
    words = [singular(w) for w in view.tokens]
    if not 2 <= len(words) <= 3 or words[1] not in _LICENCES:
        return None
    if len(words) == 3 and words[2] not in _NUMBERS:
        return None
    role = words[0]
    if role in _BUYERS or role not in view.words.PEOPLE:
        return None
    heads = table_heads(view.ctx.dataset)
    if not heads or heads[-1] != role:
        return None
    if view.supported:
        return None  # read already (``drivers_license``: a driving licence)
    siblings = [view.tokenize(s) for s in view.ctx.siblings if s != view.ctx.name]
    if any({singular(w) for w in s} & _THINGS for s in siblings):
        return None  # a product's, a plan's or a seat's licence
    samples = [v for v in view.ctx.samples if v is not None and str(v).strip()]
    if samples and 2 * len(distinct_texts(samples)) <= len(samples):
        return None  # the same few licences in many rows: a kind (``CC-BY-4.0``), no number
    # the role's own key (``conductor_id`` of ``conductors``) keys the row, not a person; an
    # owner's or a driver's makes the role a thing (a tenant, a worker, a coach)
    holder = person_key_sibling(view, view.words.PEOPLE - {role}, _HANDLERS | _KEEPERS)
    if holder is None and not person_fields(siblings):
        return None
    whose = f"keyed to the person ({holder!r})" if holder else "naming the person"
    if role in _DRIVERS:
        return "NATIONAL_ID", (
            f"column name {view.ctx.name!r} is a driving licence's number in table "
            f"{view.table_name!r} of drivers, {whose}"
        )
    return "OTHER_PERSONAL_DATA", (
        f"column name {view.ctx.name!r} is the {role}'s licence in table {view.table_name!r} "
        f"named for them, {whose}: a licence to practise, not a product's"
    )


def _coordinate_words(tokens: tuple[str, ...]) -> bool:
    """Whether a column's words name one point (``start_coordinate``, ``coord``), not an
    axis's or a grid's."""
    words = [singular(w) for w in tokens]
    return (
        1 <= len(words) <= 3
        and tokens[-1] in _COORDINATE
        and not set(words) & _AXES
        and not any(w.isdigit() for w in words)
    )


def _point(value: str) -> bool:
    """Whether a sampled value is one point: two numbers within a latitude's and a longitude's
    bounds (either order; :func:`~classifiers.recognizers.geolocation.in_range`), or a WKT
    ``POINT``."""
    from .recognizers.geolocation import in_range  # imports Presidio: only for a coordinate

    text = value.strip()
    if _WKT.fullmatch(text):
        return True
    return _PAIR.fullmatch(text) is not None and "." in text and in_range(text)


def _on_earth(values: set[str]) -> bool:
    """Whether sampled points (each :func:`_point`) are places on earth: one at least written to
    two decimals or more in both numbers (a kilometre; a game's, a screen's or a page's points
    are whole numbers or halves), and not all of them in the unit square (fractions of an
    image: a face's box)."""
    read = [_DEGREES.findall(v.rsplit("(", 1)[-1])[:2] for v in values]
    precise = any(all(len(d) >= 2 for _, d in nums) for nums in read)
    unit = all(all(float(f"{i}.{d or 0}") <= 1 for i, d in nums) for nums in read)
    return precise and not unit


def _person_point(view: FieldView) -> str | None:
    """Why a column named for one coordinate is where a person was, or None."""
    if view.kind not in {"text", ""} or not _coordinate_words(view.tokens):
        return None
    if view.supported or owned_by_organisation(view.tokens):
        return None  # read already, or an office's or a warehouse's point
    values = distinct_texts(view.ctx.samples)
    if values and not all(_point(v) for v in values):
        return None  # a code, a cell of a grid, a single number: no point on earth
    if values and not _on_earth(values):
        return None  # a game's, a page's or an image's point
    if not values and view.tokens[-1] != "coordinate":
        return None  # ``event_coord``: an event's coordinator as often
    holder = person_key_sibling(view, view.words.PEOPLE, _HANDLERS)
    people = None if holder else about_people(view.ctx)
    if holder is None and people is None:
        return None
    whose = f"the row is keyed to a person ({holder!r})" if holder else people
    return f"column name {view.ctx.name!r} names one point (a coordinate) and {whose}"


def _transit_stop(view: FieldView) -> str | None:
    """Why a table's or a column's place is a stop of a line vehicles run, or None."""
    words = view.tokens
    column = len(words) >= 3 and singular(words[1]) in _STOPS and singular(words[0]) in _TRANSIT
    if not column and not _STOPS & view.table.tokens:
        return None  # most columns: no stop's word in the column's name or the table's
    heads = table_heads(view.ctx.dataset)
    if len(heads) >= 2 and heads[-1] in _STOPS and heads[-2] in _TRANSIT:
        stop = f"table {view.table_name!r} is named for {heads[-2]} {heads[-1]}s"
    elif column:
        stop = f"column name {view.ctx.name!r} names the {singular(words[0])} {singular(words[1])}"
    else:
        return None
    if about_people(view.ctx) is not None:
        return None
    if person_key_sibling(view, view.words.PEOPLE) is not None:
        return None  # a commuter's boarding stop: where a person was
    siblings = [view.tokenize(s) for s in view.ctx.siblings if s != view.ctx.name]
    if person_fields(siblings) or any(set(w) & view.words.PEOPLE for w in siblings):
        return None  # a passenger's name or a rider's e-mail: the row is someone's trip
    if any(set(w) & _RIDERS for w in (view.tokens, *siblings)):
        return None  # a pupil's pick-up, a child's home: where that person is collected
    return f"{stop} with no person in its rows: where the stop is, no one's"


def stops_and_licences(view: FieldView) -> list[SignalHit]:
    """The name rule of this module (see its docstring)."""
    out: list[SignalHit] = []
    if why := _account_login(view):
        out.append(view.hit("USERNAME", 0.6, why))
    if found := _role_licence(view):
        entity, why = found
        out.append(view.hit(entity, 0.6, why))
    if why := _person_point(view):
        out.append(view.hit("GEOLOCATION", 0.65, why))
    if why := _transit_stop(view):
        out.extend(view.veto(e, why) for e in _PLACE_ENTITIES)
    return out
