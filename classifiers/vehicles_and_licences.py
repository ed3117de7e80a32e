"""A vehicle's plate, chassis, engine number, registration number or VIN kept beside a link to
the person who owns or drives it, and a licence's number (``licence_nr``, ``license_number``) in
a table of people.

Every function takes a column's words and its table's and siblings' words (lower-case, as
:class:`~classifiers.name_tokens.Tokenizer` cuts them); none reads a value.
:func:`plates_and_licences` is the name signal's rule that asks them of a field's view.

>>> vehicle_id(("plate", "nr"), ("vans",), [("id",), ("owner", "id")])
True
>>> vehicle_id(("plate", "nr"), ("fleet", "vans"), [("id",), ("depot", "id")])
False
>>> licence_number(("licence", "nr"), True, [("first", "name"), ("last", "name")])
True
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .base import SignalHit
from .holders_and_records import identity_document
from .name_view import FieldView
from .name_words import FULL_NAMES, person_fields

_NUM = r"(?:numbers?|num|no|nr|nbr)"
#: A vehicle's identifier by its name: a licence or number plate, a plate's number, a chassis or
#: a vehicle identification number (``license_plate``, ``plate_nr``, ``chassis_nr``, ``vin``).
#: A bare ``plate`` counts only in a table of vehicles (a dish, a steel plate, a well plate).
_VEHICLE_ID = re.compile(
    rf"(?:licen[cs]e|number|reg|registration)_?plates?(?:_?{_NUM})?|plates?_?{_NUM}"
    rf"|chassis(?:_?{_NUM})?|vin(?:_?{_NUM})?|vehicle_?identification_?{_NUM}"
    rf"|engine_?{_NUM}|(?:reg|registration)_?{_NUM}"
)
#: A column named for a vehicle's plate alone (``plate``, ``license_plate``, ``plate_no``): no
#: postal code, whatever its table.
_PLATE = re.compile(rf"(?:(?:licen[cs]e|number|reg|registration)_?)?plates?(?:_?{_NUM})?")
#: A vehicle's licence (``vehicle_license``, ``car_licence``): the plate it is licensed under,
#: or a car software's licence, a dealer's demo car's: it needs more of a person than a plate.
_VEHICLE_LICENCE = re.compile(rf"(?:vehicle|car)_?licen[cs]es?(?:_?{_NUM})?")
#: A licence's number by its name (``lic_nr``, ``licence_number``, ``license_nr``).
_LICENCE_NUMBER = re.compile(rf"(?:lic|licen[cs]e)_?{_NUM}")
#: Words of a table of vehicles.
VEHICLE_TABLES = frozenset({
    "car", "cars", "vehicle", "vehicles", "motorbike", "motorbikes", "motorcycle", "motorcycles",
    "taxi", "taxis", "van", "vans", "truck", "trucks", "scooter", "scooters",
})  # fmt: skip
#: Words of a sibling column that links the row to a person who owns, drives or rents the
#: vehicle (``owner_id``, ``driver``, ``user_id``); a company's fleet links a depot or a cost
#: centre instead. A tenant, a client or a holder is as often an organisation.
OWNERS = frozenset({
    "user", "users", "owner", "owners", "driver", "drivers", "customer", "customers", "member",
    "members", "person", "persons", "renter", "renters", "resident", "residents",
})  # fmt: skip
#: Of those, who owns, drives or rents the vehicle itself (a shop's customer may test-drive
#: the dealer's car).
_DRIVES = frozenset({"owner", "owners", "driver", "drivers", "renter", "renters"})
#: A booking's guest or camper and a site's visitor, keyed (``camper_id``), in a table of
#: bookings, stays or visits only: a web page's visitor, a camper van and a guest team are not.
_BOOKERS = frozenset({"guest", "guests", "camper", "campers", "visitor", "visitors"})
_BOOKINGS = frozenset({
    "reservation", "reservations", "booking", "bookings", "stay", "stays", "visit", "visits",
    "log", "logs", "checkin", "checkins", "registration", "registrations", "pass", "passes",
    "permit", "permits",
})  # fmt: skip
#: Words of a rental's or a fleet's table: its vehicles' ``owner`` is the agency, not a person.
_AGENCY_TABLES = frozenset({"rental", "rentals", "fleet", "fleets", "hire", "hires"})
#: Words of a sibling that make a row a vehicle's (``make``, ``model``, ``vehicle_type``).
_VEHICLE_SIBLINGS = frozenset({"make", "model", "vehicle", "vehicles"})
#: Names that need a vehicle's table or sibling: a plate's number (a well plate's, a
#: container's), a chassis (a server's), a VIN (a wine lot's), an engine's number (a
#: generator's) and a registration number (a student's, a company's) name other things too.
_AMBIGUOUS = re.compile(
    rf"plates?_?{_NUM}|chassis(?:_?{_NUM})?|vin(?:_?{_NUM})?"
    rf"|engine_?{_NUM}|(?:reg|registration)_?{_NUM}"
)
_KEYS = frozenset({"id", "fk"})


def _person_link(words: tuple[str, ...], owners: frozenset[str]) -> bool:
    """Whether a sibling's words are a whole link to a person: a bare ``owner``, ``user_id``,
    ``driver_fk``, ``users_idusers`` (not ``owner_team``, ``created_by_user_id``).

    >>> _person_link(("users", "id", "users"), OWNERS), _person_link(("owner", "team"), OWNERS)
    (True, False)
    """
    if not words or len(words) > 3 or not set(words) & owners:
        return False
    return (all(w in owners or w in _KEYS for w in words) and words[0] not in _KEYS) or (
        len(words) == 2 and words[0] in _KEYS and words[1] in owners
    )


def asks(column: Sequence[str]) -> bool:
    """Whether a column's name is one these rules judge at all (most columns stop here).

    >>> asks(("plate", "nr")), asks(("licence", "nr")), asks(("price",))
    (True, True, False)
    """
    joined = "_".join(column)
    return bool(
        joined in {"plate", "plates"}
        or _VEHICLE_ID.fullmatch(joined)
        or _VEHICLE_LICENCE.fullmatch(joined)
        or _LICENCE_NUMBER.fullmatch(joined)
    )


def vehicle_id(
    column: Sequence[str],
    table: Sequence[str],
    siblings: Sequence[tuple[str, ...]],
    holder: bool = False,
) -> bool:
    """Whether a column is a vehicle's plate, chassis or VIN in a row that a sibling links to a
    person (its owner, driver or renter), or that is one ``holder``'s (a driving licence's row):
    the vehicle then singles the person out.

    >>> vehicle_id(("license", "plate"), ("parking", "permits"), [("resident", "id")])
    True
    >>> vehicle_id(("plate",), ("cars",), [("driver",)])
    True
    >>> vehicle_id(("plate",), ("dishes",), [("customer", "id")])  # a dish is served on one
    False
    >>> vehicle_id(("vin",), ("fleet",), [("depot", "id"), ("cost", "centre")])
    False
    >>> vehicle_id(("plate", "number"), ("microplates",), [("owner",)])  # a well plate's
    False
    >>> vehicle_id(("plate", "number"), ("drivers", "licenses"), [("car", "make")], holder=True)
    True
    >>> vehicle_id(("license", "plate"), ("pitch", "bookings"), [("camper", "id")])
    True
    >>> vehicle_id(("license", "plate"), ("camper", "maintenance"), [("camper", "id")])
    False
    >>> vehicle_id(("engine", "no"), ("vehicle",), [("user",)])
    True
    >>> vehicle_id(("reg", "no"), ("students",), [("user", "id")])  # a student's register
    False
    """
    joined = "_".join(column)
    vehicle_row = bool(set(table) & VEHICLE_TABLES) or any(
        set(s) & _VEHICLE_SIBLINGS for s in siblings
    )
    agency = bool(set(table) & _AGENCY_TABLES)
    owners = OWNERS - {"owner", "owners"} if agency else OWNERS
    booked = bool(set(table) & _BOOKINGS) and any(
        _person_link(s, owners) or (len(s) == 2 and s[0] in _BOOKERS and s[1] in _KEYS)
        for s in siblings
    )
    if _VEHICLE_LICENCE.fullmatch(joined):
        return _licensed_vehicle(siblings, holder, booked, _DRIVES & owners)
    if not _VEHICLE_ID.fullmatch(joined) and not (joined in {"plate", "plates"} and vehicle_row):
        return False
    if _AMBIGUOUS.fullmatch(joined) and not vehicle_row:
        return False
    return holder or booked or any(_person_link(s, owners) for s in siblings)


def _licensed_vehicle(
    siblings: Sequence[tuple[str, ...]], holder: bool, booked: bool, drives: frozenset[str]
) -> bool:
    """Whether a vehicle's licence (``vehicle_license``) is a person's vehicle's: in one
    ``holder``'s row, in a row that names its person (a first or last name) or links the
    vehicle's owner, driver or renter, or in a booking keyed to its guest (``booked``); never
    beside a product, a plan or seats (a car software's licence).

    >>> _licensed_vehicle([("customer", "id"), ("seats",)], False, False, _DRIVES)
    False
    >>> _licensed_vehicle([("customer", "id"), ("slot",)], False, False, _DRIVES)  # a test drive
    False
    >>> _licensed_vehicle([("user", "id"), ("first", "name")], False, False, _DRIVES)
    True
    """
    if any(set(s) & _THINGS for s in siblings):
        return False
    named = bool(person_fields(siblings) & _PERSON_PARTS) or any(s in _NAMES for s in siblings)
    return holder or booked or named or any(_person_link(s, drives) for s in siblings)


#: Person-field words of siblings that make a table one of people's records (names, a birth).
_PERSON_PARTS = frozenset({
    "first", "last", "surname", "firstname", "lastname", "birth", "birthday", "dob",
})  # fmt: skip
#: Whole names of a sibling that name the row's person.
_NAMES = FULL_NAMES | {("name",)}
#: Words of a sibling that make a licence a product's, a plan's or a business's.
_THINGS = frozenset({
    "product", "products", "plan", "plans", "seat", "seats", "key", "keys", "subscription",
    "subscriptions", "business", "businesses", "company", "companies",
})  # fmt: skip
#: Words that make a licence a driving licence, which is a national id.
DRIVING = frozenset({"driving", "driver", "drivers"})
#: A table of drivers by its last word: ``driver_licenses`` is a table of licences (a driver
#: suite's keys), ``driving_schools`` one of schools.
_DRIVERS = frozenset({("driver",), ("drivers",)})


def licence_number(
    column: Sequence[str], of_people: bool, siblings: Sequence[tuple[str, ...]]
) -> bool:
    """Whether a column is a person's licence number (to drive, to practise): a licence's number
    in a table of people whose siblings name the person (a first or last name, a birth date). A
    software's, a shop's or a device's licence lives in no such table, nor one sold by product,
    plan or seat; a business's owner's name (``owner_first_name``) names no row's person.

    >>> licence_number(("license", "number"), True, [("first", "name"), ("birth", "date")])
    True
    >>> licence_number(("license", "nr"), True, [("full", "name")])
    True
    >>> licence_number(("license", "nr"), False, [("product",), ("seats",)])
    False
    >>> licence_number(("license", "nr"), True, [("email",), ("plan",)])  # no name to tie it
    False
    >>> licence_number(("license", "nr"), True, [("first", "name"), ("plan",)])
    False
    """
    if not _LICENCE_NUMBER.fullmatch("_".join(column)) or not of_people:
        return False
    if any(set(s) & _THINGS for s in siblings):
        return False
    own = [s for s in siblings if s[:1] != ("owner",)]
    return bool(person_fields(own) & _PERSON_PARTS) or any(s in _NAMES for s in own)


def drivers_licence(
    column: Sequence[str],
    table: Sequence[str],
    siblings: Sequence[tuple[str, ...]],
    people: frozenset[str],
) -> bool:
    """Whether a licence's number is a driving licence's in a table of drivers whose rows key
    the person who drives (``student_id``, ``employee_id``): a role a person takes, with the
    person's names in the table keyed. Printer drivers, a racing team's drivers keyed to their
    team and a driver package sold by product key no person; the table must be named for its
    drivers (its last word), not for their licences, a school or a range.

    >>> people = frozenset({"student"})
    >>> drivers_licence(("license", "number"), ("driver",), [("student", "id")], people)
    True
    >>> drivers_licence(("license", "number"), ("drivers",), [("team", "id")], people)
    False
    >>> drivers_licence(("license", "number"), ("driving", "schools"), [("owner", "id")], people)
    False
    """
    if not _LICENCE_NUMBER.fullmatch("_".join(column)) or table[-1:] not in _DRIVERS:
        return False
    if any(set(s) & _THINGS for s in siblings):
        return False
    return any(_person_link(s, people - DRIVING) for s in siblings)


def plates_and_licences(view: FieldView) -> list[SignalHit]:
    """A vehicle's plate, chassis or VIN beside a link to its owner or driver, a licence's
    number in a table of people: the name signal's rule."""
    tokens = view.tokens
    if len(tokens) > 3 or not asks(tokens):
        return []
    ctx, table = view.ctx, view.table
    siblings = [view.tokenize(s) for s in ctx.siblings if s != ctx.name]
    table_words = view.tokenize(ctx.dataset.rsplit(".", 1)[-1])
    if vehicle_id(tokens, table_words, siblings, identity_document(table_words) is not None):
        reason = (
            f"column name {ctx.name!r} is a vehicle's plate, chassis, engine or registration "
            "number or VIN in a row linked to the person who owns or drives it, or in a "
            "person's licence"
        )
        return [view.hit("OTHER_PERSONAL_DATA", 0.6, reason), *_plate_no_postcode(view)]
    if drivers_licence(tokens, table_words, siblings, view.words.PEOPLE):
        reason = (
            f"column name {ctx.name!r} is a driving licence's number in a table of drivers "
            "keyed to the person who drives"
        )
        return [view.hit("NATIONAL_ID", 0.6, reason)]
    of_people = bool(table.tokens & view.words.PEOPLE) or "people" in table.context
    if licence_number(tokens, of_people, siblings):
        if set(tokens) & DRIVING or set(table_words) & DRIVING:
            reason = (
                f"column name {ctx.name!r} is a driving licence's number in a table of "
                "people that names the person"
            )
            return [view.hit("NATIONAL_ID", 0.6, reason)]
        reason = (
            f"column name {ctx.name!r} is a licence's number in a table of people that "
            "names the person: a professional or other licence, not a national id"
        )
        return [view.hit("OTHER_PERSONAL_DATA", 0.6, reason)]
    return _plate_no_postcode(view)


def _plate_no_postcode(view: FieldView) -> list[SignalHit]:
    """A veto of a postal code in a column named for a vehicle's plate (``license_plate``,
    ``targa`` read in Italian): a plate's letters and digits (``AB123CD``, ``BB000BB``) fit a
    postal code's shape by chance."""
    if not _PLATE.fullmatch("_".join(view.tokens)):
        return []
    reason = (
        f"column name {view.ctx.name!r} names a vehicle's plate, whose letters and digits "
        "fit a postal code's shape by chance"
    )
    return [view.veto("POSTAL_CODE", reason)]
