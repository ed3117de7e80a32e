"""Rules of the seventieth round's second pass: the units of local government below a district
as parts of a person's address (``village``, ``union``, ``ward``, ``upazila``), a counsellor's
notes of a person's psychological care (HEALTH), the holder's name of a person's bank or payout
account, a gathering's address lines and coordinates (its venue's), a location beside the
coordinates a form geocoded it to, ``about_<a person who acts>`` (free text), people's fields
marked by a short tag side by side, a ``status`` holding marital states, a contact person after
whoever's contact it is, a disability or a pregnancy asked as ``is_<condition>``, and a comment
that is a legend of codes. Every table, column and value is made up; the negative cases come
from other domains (a trade union, a hospital's ward, a game's village, a careers service's
notes, a psychology course, a firm's bank accounts, an account's label, a tracked person's
location events, a shop's location, a site's ``about_company``, a network flow's source and
destination, a room's ``single``, a tax bracket's marital states, a desk as a contact, a venue's
access, a trip's requirement, a venue's amenities)."""

from __future__ import annotations

import pytest

from .table_verdicts import verdict_tests

_VOTERS = {
    "id": (),
    "full_name": (),
    "gender": (),
    "mobile": (),
    "division": ("Eastmarch",),
    "district": ("Lowfield",),
    "upazila": ("Tarnbridge",),
    "union": ("North Alder",),
    "village": ("Kettle Green",),
}
_PATIENTS = {
    "id": (),
    "first_name": (),
    "last_name": (),
    "sex": (),
    "present_house": ("House 12/B",),
    "present_village": ("Oakmere",),
    "present_ward": ("4",),
    "present_district": ("Lowfield",),
}
_SESSIONS = {
    "id": (),
    "client_id": (),
    "session_date": (),
    "session_notes": ("Slept badly this week",),
    "initial_plan": ("Weekly sessions",),
    "session_place": ("Home",),
}
_APPLICATIONS = {
    "id": (),
    "ap_name": ("Ilsa Tarn",),
    "ap_national_id": (),
    "ap_birth_date": (),
    "ap_address": ("12 Hill Road",),
    "co_name": ("Odo Tarn",),
    "co_national_id": (),
    "co_birth_date": (),
    "co_address": ("12 Hill Road",),
}
_TYPES = {"id": "int", "client_id": "int", "session_date": "date"}

_FLAGGED = [
    ("voter_register", _VOTERS, {"id": "int"}, "village", "STREET_ADDRESS"),
    ("voter_register", _VOTERS, {"id": "int"}, "union", "STREET_ADDRESS"),
    ("voter_register", _VOTERS, {"id": "int"}, "upazila", "STREET_ADDRESS"),
    ("outpatients", _PATIENTS, {"id": "int"}, "present_house", "STREET_ADDRESS"),
    ("outpatients", _PATIENTS, {"id": "int"}, "present_ward", "STREET_ADDRESS"),
    ("psychosocial_sessions", _SESSIONS, _TYPES, "session_notes", "HEALTH"),
    ("psychosocial_sessions", _SESSIONS, _TYPES, "initial_plan", "HEALTH"),
    (  # a comment named for the person's mind, in a case's follow-ups
        "case_followups",
        {"id": (), "beneficiary_id": (), "comment_psychological": (), "comment_housing": ()},
        {"id": "int", "beneficiary_id": "int"},
        "comment_psychological",
        "HEALTH",
    ),
    (  # the holder of a person's payout account
        "user_payout_accounts",
        {"id": (), "user_id": (), "name": ("Ines Marlow",), "iban": ()},
        {"id": "int", "user_id": "int"},
        "name",
        "PERSON_NAME",
    ),
    (
        "driver_bank_accounts",
        {"id": (), "user_id": (), "account_name": ("Ines Marlow",), "account_number": ()},
        {"id": "int", "user_id": "int"},
        "account_name",
        "PERSON_NAME",
    ),
    (
        "paypal_accounts",
        {"id": (), "member_id": (), "paypal_name": ("T. Grell",), "paypal_email": ()},
        {"id": "int", "member_id": "int"},
        "paypal_name",
        "PERSON_NAME",
    ),
    (  # a tracked person's location events keep where the person was
        "location_events",
        {"id": (), "user_id": (), "recorded_at": (), "latitude": (), "longitude": ()},
        {"id": "int", "user_id": "int", "recorded_at": "timestamp", "latitude": "float"},
        "latitude",
        "GEOLOCATION",
    ),
    (  # an attendee's row: the place may be theirs
        "meetings",
        {"id": (), "attendee_id": (), "title": (), "start_time": (), "latitude": ()},
        {"id": "int", "attendee_id": "int", "latitude": "float"},
        "latitude",
        "GEOLOCATION",
    ),
    (  # a location beside the coordinates a form geocoded it to
        "ambassadors",
        {
            "id": (),
            "first_name": (),
            "last_name": (),
            "email": (),
            "location": ("Brambleton", "Oakmere"),
            "loc_lat": (),
            "loc_lng": (),
        },
        {"id": "int"},
        "location",
        "CITY",
    ),
    (  # what a person writes of themselves in their role
        "sellers",
        {"id": (), "first_name": (), "last_name": (), "email": (), "about_seller": ()},
        {"id": "int"},
        "about_seller",
        "FREE_TEXT",
    ),
    ("loan_applications", _APPLICATIONS, {"id": "int"}, "co_name", "PERSON_NAME"),
    ("loan_applications", _APPLICATIONS, {"id": "int"}, "co_address", "STREET_ADDRESS"),
    (  # a depot's contact person: a person, whoever's contact
        "depots",
        {"id": (), "depot_name": ("North yard",), "depot_phone": (), "depot_contact_person": ()},
        {"id": "int"},
        "depot_contact_person",
        "PERSON_NAME",
    ),
    (  # a disability asked as a flag
        "member_health",
        {"id": (), "member_id": (), "is_physically_challenged": ("no", "yes"), "notes": ()},
        {"id": "int", "member_id": "int"},
        "is_physically_challenged",
        "HEALTH",
    ),
    (
        "athletes",
        {"id": (), "first_name": (), "last_name": (), "is_pregnant": ()},
        {"id": "int", "is_pregnant": "boolean"},
        "is_pregnant",
        "HEALTH",
    ),
    (  # a status holding marital states, in a table of people
        "club_members",
        {"id": (), "first_name": (), "last_name": (), "status": ("Married", "Widowed", "Single")},
        {"id": "int"},
        "status",
        "DEMOGRAPHIC",
    ),
    (  # a marital status named so, as an enum: the demographics signal's, kept
        "staff",
        {"id": (), "first_name": (), "last_name": (), "marital_status": ("Married", "Single")},
        {"id": "int", "marital_status": "enum('Married','Single','Divorced')"},
        "marital_status",
        "DEMOGRAPHIC",
    ),
    (  # an employee's, in Indonesian
        "data_pegawai",
        {"id": (), "nama": (), "tempat_lahir": (), "status": ("Kawin", "Belum Kawin")},
        {"id": "int"},
        "status",
        "DEMOGRAPHIC",
    ),
]

_UNFLAGGED = [
    (  # a member's trade union beside a sales district: no chain of local units
        "members",
        {"id": (), "full_name": (), "email": (), "union": ("Dockers",), "district": ("North",)},
        {"id": "int"},
        "union",
        "STREET_ADDRESS",
    ),
    (  # a hospital's ward beside a bed
        "admissions",
        {
            "id": (),
            "patient_name": (),
            "gender": (),
            "ward": ("Cedar",),
            "bed": ("12",),
            "village": ("Oakmere",),
            "district": ("Lowfield",),
        },
        {"id": "int"},
        "ward",
        "STREET_ADDRESS",
    ),
    (  # a game's village, no district
        "players",
        {"id": (), "username": (), "email": (), "village": ("Frostholm",), "guild": ()},
        {"id": "int"},
        "village",
        "STREET_ADDRESS",
    ),
    (  # a look-up of the country's units: about no one
        "unions",
        {"id": (), "union": ("North Alder",), "upazila": ("Tarnbridge",), "district": ()},
        {"id": "int"},
        "union",
        "STREET_ADDRESS",
    ),
    (  # a careers service's notes
        "career_counselling",
        {"id": (), "student_id": (), "notes": ("Wants to study law",)},
        {"id": "int", "student_id": "int"},
        "notes",
        "HEALTH",
    ),
    (  # a psychology course's description
        "psychology_courses",
        {"id": (), "instructor_id": (), "description": ("An introduction",)},
        {"id": "int", "instructor_id": "int"},
        "description",
        "HEALTH",
    ),
    (  # a therapist's own notes, keyed to no one counselled
        "psychotherapy_workshops",
        {"id": (), "therapist_id": (), "notes": ("Bring handouts",)},
        {"id": "int", "therapist_id": "int"},
        "notes",
        "HEALTH",
    ),
    ("psychosocial_sessions", _SESSIONS, _TYPES, "session_place", "HEALTH"),
    (  # a firm's bank accounts
        "company_bank_accounts",
        {"id": (), "company_id": (), "account_name": ("Ines Marlow",), "iban": ()},
        {"id": "int", "company_id": "int"},
        "account_name",
        "PERSON_NAME",
    ),
    (  # an account's own label
        "user_bank_accounts",
        {"id": (), "user_id": (), "account_name": ("Savings", "Main account"), "iban": ()},
        {"id": "int", "user_id": "int"},
        "account_name",
        "PERSON_NAME",
    ),
    (  # the bank's name
        "user_bank_accounts",
        {"id": (), "user_id": (), "bank_name": ("Alder Bank",), "iban": ()},
        {"id": "int", "user_id": "int"},
        "bank_name",
        "PERSON_NAME",
    ),
    (  # a conference's venue
        "conferences",
        {
            "id": (),
            "organizer_id": (),
            "title": (),
            "start_date": (),
            "address_2": ("Hall B",),
            "latitude": (),
        },
        {"id": "int", "organizer_id": "int", "start_date": "date", "latitude": "float"},
        "address_2",
        "STREET_ADDRESS",
    ),
    (
        "conferences",
        {"id": (), "organizer_id": (), "title": (), "start_date": (), "latitude": ()},
        {"id": "int", "organizer_id": "int", "start_date": "date", "latitude": "float"},
        "latitude",
        "GEOLOCATION",
    ),
    (  # a shop's location beside its coordinates
        "stores",
        {"id": (), "name": (), "email": (), "location": ("Oakmere",), "lat": (), "lng": ()},
        {"id": "int"},
        "location",
        "CITY",
    ),
    (  # a room, not a town
        "tutors",
        {
            "id": (),
            "first_name": (),
            "email": (),
            "location": ("Room 4B",),
            "loc_lat": (),
            "loc_lng": (),
        },
        {"id": "int"},
        "location",
        "CITY",
    ),
    (  # a firm's description
        "users",
        {"id": (), "first_name": (), "email": (), "about_company": ("We sell lamps",)},
        {"id": "int"},
        "about_company",
        "FREE_TEXT",
    ),
    (  # a desk, not a person
        "depots",
        {
            "id": (),
            "depot_name": ("North yard",),
            "depot_phone": (),
            "depot_contact_person": ("Front desk", "Reception"),
        },
        {"id": "int"},
        "depot_contact_person",
        "PERSON_NAME",
    ),
    (  # a venue's access, no one's condition
        "venues",
        {"id": (), "title": (), "is_physically_challenged_friendly": ("yes",)},
        {"id": "int"},
        "is_physically_challenged_friendly",
        "HEALTH",
    ),
    (  # a trip's requirement
        "trips",
        {"id": (), "user_id": (), "is_vaccination_required": ("yes",)},
        {"id": "int", "user_id": "int"},
        "is_vaccination_required",
        "HEALTH",
    ),
    (  # a room's kind, no one's marital state
        "guests",
        {"id": (), "first_name": (), "last_name": (), "status": ("single", "double")},
        {"id": "int"},
        "status",
        "DEMOGRAPHIC",
    ),
    (  # a marital state word in a table of no one
        "tax_brackets",
        {"id": (), "rate": (), "status": ("married", "widowed")},
        {"id": "int"},
        "status",
        "DEMOGRAPHIC",
    ),
    (  # a network flow's source and destination
        "flows",
        {
            "id": (),
            "src_address": ("10.0.0.1",),
            "src_name": ("gw-1",),
            "src_port": ("443",),
            "dst_address": ("10.0.0.2",),
            "dst_name": ("db-1",),
            "dst_port": ("5432",),
        },
        {"id": "int"},
        "src_name",
        "PERSON_NAME",
    ),
    (  # machines' names, addresses and ages: no one's own field
        "inventory",
        {
            "id": (),
            "hw_name": ("rack-2",),
            "hw_address": ("Hall B",),
            "hw_age": ("4",),
            "sw_name": ("kernel",),
            "sw_address": ("0x1f",),
            "sw_age": ("2",),
        },
        {"id": "int"},
        "hw_address",
        "STREET_ADDRESS",
    ),
]


test_flagged, test_not_flagged = verdict_tests(_FLAGGED, _UNFLAGGED)


def test_a_venue_is_said_to_be_business_contact_data():
    """The veto of a gathering's address says why: the venue's, business contact data."""
    from classifiers import FieldContext
    from classifiers.names import NameSignal

    siblings = ("id", "organizer_id", "title", "start_date", "address_2")
    ctx = FieldContext("app", "public.conferences", "address_2", "text", siblings=siblings)
    vetoes = [h for h in NameSignal().evaluate(ctx) if h.veto and h.entity == "STREET_ADDRESS"]
    assert vetoes
    assert "business contact data" in vetoes[0].reason


@pytest.mark.parametrize(
    ("comment", "entity", "kept"),
    [
        ("1=Parking , 2= ID card , 3=Children , 4=Casual", "NATIONAL_ID", False),
        ("1=male, 2=female, 3=other", "GENDER", True),
        ("The guest's passport number", "NATIONAL_ID", True),
    ],
)
def test_a_legend_of_codes_names_what_most_options_are(comment, entity, kept):
    """A comment that is a legend of codes supports an entity only when most options name it:
    one option among a venue's amenities is not what the column holds."""
    from classifiers import FieldContext
    from classifiers.names import NameSignal

    ctx = FieldContext("app", "public.bookings", "extras", "varchar(40)", comment=comment)
    found = {h.entity for h in NameSignal().evaluate(ctx) if not h.veto and h.score > 0}
    assert (entity in found) is kept
