"""The review of the forty-ninth and fiftieth rounds' rules: made-up tables of other domains that
the first cut flagged and main did not (a shop's two help lines, a taxon's family, a channel's
switch under a messenger's name, an indigenous language course, a pet's bio, a gown's style, a
saved game to resume, a device's alerts with a subject, shared mailboxes with a note in brackets,
a pet registry's search document), and the people the narrowed rules still find. Every table,
column and value is made up."""

from __future__ import annotations

import pytest

from .table_verdicts import explanations

_TYPES = {"id": "int", "user_id": "int", "sender_id": "int", "receiver_id": "int"}
_TSV = {**_TYPES, "tsv": "tsvector", "fts": "tsvector"}
_ROWS = 24
_IDS = tuple(range(_ROWS))


def _rows(*values: str) -> tuple[str, ...]:
    """Many rows cycling through a few values."""
    return tuple(values[i % len(values)] for i in range(_ROWS))


def _noted(notes: str, *names: str) -> tuple[str, ...]:
    """Display names, each with a note in brackets after it, the notes (``|`` between them)
    taken in turn: ``Kiosk (Lobby)``."""
    kinds = notes.split("|")
    return tuple(f"{n} ({kinds[i % len(kinds)]})" for i, n in enumerate(names))


def _found(
    table: str,
    columns: dict[str, tuple[object, ...]],
    column: str,
    types: dict[str, str] | None = None,
) -> set[str]:
    return set(explanations(table, columns, types or _TYPES)[column])


_PROSE = (
    "Loves long walks on the beach and chasing squirrels, rescued from a shelter in spring",
    "Very calm around children and other dogs, though she still barks at the postman daily",
    "Retired greyhound who sleeps twenty hours a day and snores louder than anyone at home",
)
_SHOW = (
    "A weekly show about walking routes in the northern fells and the people who keep them",
    "Two rangers talk about birds, weather and the history of the old drove roads each week",
)
_ALERTS = (
    "Temperature exceeded threshold in cold room B; compressor restarted automatically",
    "Door sensor 4 reported open for more than ten minutes during the night shift",
    "Battery on gateway two is below twenty percent and should be replaced soon",
)
_OWN = (
    "Former ranger who has led walks in the northern fells for twelve years and loves birds",
    "Trained chef and patient teacher, happiest when a class bakes its first loaf together",
    "I coach beginners in climbing and spend my weekends on the gritstone edges nearby",
)


@pytest.mark.parametrize(
    ("table", "columns", "column", "entity"),
    [
        # a few phones or names repeated, none a person's: two help lines, two gateways' SIMs,
        # three issuing offices, cells counted per flask, a taxon's family, a mapping's headers,
        # a help desk's queues
        (
            "order_receipts",
            {"id": _IDS, "support_phone": _rows("0800 555 0199", "0800 555 0123")},
            "support_phone",
            "PHONE_NUMBER",
        ),
        (
            "sensor_readings",
            {"id": _IDS, "gateway_phone": _rows("+44 7700 900123", "+44 7700 900456")},
            "gateway_phone",
            "PHONE_NUMBER",
        ),
        (
            "permits",
            {
                "id": _IDS,
                "permit_no": tuple(f"P/{i}/24" for i in _IDS),
                "issuing_office_phone": _rows("01632 960001", "01632 960002", "01632 960003"),
            },
            "issuing_office_phone",
            "PHONE_NUMBER",
        ),
        (
            "cell_cultures",
            {
                "id": _IDS,
                "line": _rows("HeLa", "CHO-K1"),
                "cell_number": _rows("1500000", "2000000", "2500000"),
            },
            "cell_number",
            "PHONE_NUMBER",
        ),
        (
            "observations",
            {
                "id": _IDS,
                "species": _rows("Rosa canina", "Vicia faba", "Bellis perennis"),
                "family_name": _rows("Rosaceae", "Fabaceae", "Asteraceae"),
            },
            "family_name",
            "PERSON_NAME",
        ),
        (
            "field_mappings",
            {
                "id": _IDS,
                "source_system": _rows("crm", "erp", "hr", "shop"),
                "first_name": _rows("FirstName", "GivenName", "Vorname"),
                "last_name": _rows("LastName", "Surname", "Nachname"),
            },
            "first_name",
            "PERSON_NAME",
        ),
        (
            "tickets",
            {
                "id": _IDS,
                "subject": tuple(f"Ticket {i}" for i in _IDS),
                "assignee_last_name": _rows("Support", "Billing", "Escalations"),
            },
            "assignee_last_name",
            "PERSON_NAME",
        ),
        # a switch, an opt-in, a migration status and a flag under a messenger's name
        (
            "users",
            {"id": (), "email": ("k@example.org",), "xmpp": ("enabled", "disabled")},
            "xmpp",
            "USERNAME",
        ),
        (
            "customers",
            {"id": (), "first_name": ("Ola",), "chat_whatsapp": ("opted_in", "opted_out")},
            "chat_whatsapp",
            "USERNAME",
        ),
        (
            "employees",
            {"id": (), "first_name": ("Ola",), "im_msn": ("retired", "migrated to Teams")},
            "im_msn",
            "USERNAME",
        ),
        (
            "players",
            {"id": (), "username": ("kat",), "email": ("k@example.org",), "gtalk": ("0", "1")},
            "gtalk",
            "USERNAME",
        ),
        # what indigenous or aboriginal qualifies: a course, a newsletter, an agreement, a skill
        (
            "students",
            {"id": (), "full_name": ("Ola Berg",), "indigenous_language_course": ("Cree I",)},
            "indigenous_language_course",
            "SENSITIVE_DEMOGRAPHIC",
        ),
        (
            "customers",
            {"id": (), "first_name": ("Ola",), "aboriginal_art_newsletter": ("yes", "no")},
            "aboriginal_art_newsletter",
            "SENSITIVE_DEMOGRAPHIC",
        ),
        (
            "landholders",
            {
                "id": (),
                "first_name": ("Ola",),
                "last_name": ("Berg",),
                "indigenous_land_use_agreement": ("QI2015/012", "NI2019/004"),
            },
            "indigenous_land_use_agreement",
            "SENSITIVE_DEMOGRAPHIC",
        ),
        (
            "volunteers",
            {"id": (), "first_name": ("Ola",), "indigenous_plants_skill": ("basic", "expert")},
            "indigenous_plants_skill",
            "SENSITIVE_DEMOGRAPHIC",
        ),
        # a pet's, a bot's, a podcast's and a team's bio
        ("pets", {"id": (), "user_id": (), "name": ("Bella",), "bio": _PROSE}, "bio", "FREE_TEXT"),
        ("bots", {"id": (), "account_id": (), "handle": ("wx",), "bio": _SHOW}, "bio", "FREE_TEXT"),
        (
            "podcasts",
            {"id": (), "user_id": (), "title": ("Fell Walks",), "bio": _SHOW},
            "bio",
            "FREE_TEXT",
        ),
        (
            "teams",
            {"id": (), "account_id": (), "name": ("Fell",), "bio": _SHOW},
            "bio",
            "FREE_TEXT",
        ),
        # a gown's styles named like women
        (
            "gown_styles",
            {
                "id": (),
                "sku": ("GW-1",),
                "bride_name": ("Sophia", "Grace", "Isabella", "Charlotte"),
            },
            "bride_name",
            "PERSON_NAME",
        ),
        # a course's link to resume it, a saved game, a video's resume point, a CV statistic
        (
            "learners",
            {
                "id": (),
                "first_name": ("Ola",),
                "email": ("o@example.org",),
                "resume_link": ("https://learn.example.org/course/12/lesson/4",),
            },
            "resume_link",
            "FREE_TEXT",
        ),
        (
            "players",
            {
                "id": (),
                "username": ("kat",),
                "email": ("k@example.org",),
                "resume_file": ("saves/kat/slot1.sav", "saves/kat/auto.sav"),
            },
            "resume_file",
            "FREE_TEXT",
        ),
        (
            "users",
            {
                "id": (),
                "email": ("k@example.org",),
                "first_name": ("Kat",),
                "resume_url": ("https://v.example.org/e/7?t=310",),
            },
            "resume_url",
            "FREE_TEXT",
        ),
        (
            "athletes",
            {"id": (), "full_name": ("Ola Berg",), "dob": (), "cv_file": ("telemetry/ob_cv.csv",)},
            "cv_file",
            "FREE_TEXT",
        ),
        # a device's alerts, a carrier's status messages, an EDI's interchanges, a factory's
        # channel: a subject and bare keys do not make a message between people
        (
            "messages",
            {"id": (), "sender_id": (), "receiver_id": (), "subject": ("ALERT",), "body": _ALERTS},
            "body",
            "FREE_TEXT",
        ),
        (
            "msgs",
            {"id": (), "sender_id": (), "receiver_id": (), "subject": ("ETA",), "text": _ALERTS},
            "text",
            "FREE_TEXT",
        ),
        (
            "messages",
            {
                "id": (),
                "sender_id": (),
                "receiver_id": (),
                "subject": ("orders.created",),
                "content": ("UNB+UNOA:2+5412345000013:14+8712345000014:14+240101:1200+1'",),
            },
            "content",
            "FREE_TEXT",
        ),
        (
            "chat",
            {"id": (), "sender_id": (), "receiver_id": (), "title": ("Shift 3",), "body": _ALERTS},
            "body",
            "FREE_TEXT",
        ),
        # shared mailboxes, devices, firms and committees with a note in brackets
        (
            "contacts",
            {
                "id": (),
                "email": ("ap@example.org",),
                "name": _noted(
                    "Billing|Reception|EMEA|Lodge|IT|Warehouse",
                    *("Accounts Payable", "Front Desk", "Sales Team", "Night Porter"),
                    *("Help Desk", "Goods In", "Payroll", "Press Office", "Facilities"),
                    *("Switchboard", "Archive", "Security"),
                ),
            },
            "name",
            "PERSON_NAME",
        ),
        (
            "users",
            {
                "id": (),
                "email": ("k@example.org",),
                "name": _noted(
                    "Lobby|Mailroom|Floor Two|Canteen|Gate B|Reception",
                    *("Room Booking", "Kiosk", "Scanner", "Printer", "Display", "Terminal"),
                    *("Projector", "Tablet", "Camera", "Laptop", "Phone", "Screen"),
                ),
            },
            "name",
            "PERSON_NAME",
        ),
        (
            "customers",
            {
                "id": (),
                "email": ("x@example.org",),
                "name": _noted(
                    "Springfield|Austin|Queens|Palo Alto|Ashby|Fenwick",
                    *("Globex", "Initech", "Umbrella", "Hooli", "Vandelay", "Soylent"),
                    *("Acme", "Stark", "Wonka", "Tyrell", "Cyberdyne", "Gringotts"),
                ),
            },
            "name",
            "PERSON_NAME",
        ),
        (
            "members",
            {
                "id": (),
                "email": ("m@example.org",),
                "name": _noted(
                    "Committee",
                    *("Finance", "Membership", "Events", "Grounds", "Catering", "Youth"),
                    *("Safeguarding", "Fundraising", "Marketing", "Social", "Archive"),
                ),
            },
            "name",
            "PERSON_NAME",
        ),
    ],
)
def test_not_flagged_elsewhere(
    table: str, columns: dict[str, tuple[object, ...]], column: str, entity: str
) -> None:
    assert entity not in _found(table, columns, column)


@pytest.mark.parametrize(
    ("table", "columns", "column"),
    [
        # a gazetteer's places and a pet registry: a full name and a postcode, no person
        (
            "places",
            {
                "id": (),
                "full_name": ("Ashby, Fenwickshire, UK",),
                "postcode": ("AB1 2CD",),
                "phone": ("01632 960000",),
                "fts": ("'ashbi':1",),
            },
            "fts",
        ),
        (
            "pets",
            {
                "id": (),
                "full_name": ("Bella of Fenwick",),
                "birth_date": (),
                "microchip": ("9851",),
                "postcode": ("AB1 2CD",),
                "tsv": ("'bella':1",),
            },
            "tsv",
        ),
    ],
)
def test_no_person_in_a_search_document_elsewhere(
    table: str, columns: dict[str, tuple[object, ...]], column: str
) -> None:
    assert "FREE_TEXT" not in _found(table, columns, column, _TSV)


@pytest.mark.parametrize(
    ("table", "columns", "column", "entity"),
    [
        # a family's enrolment forms: a guardian's phone and a mother's surname, repeated
        (
            "enrolment_forms",
            {
                "id": _IDS,
                "form_ref": tuple(f"E{i}" for i in _IDS),
                "guardian_telephone_no": _rows("07700 900461", "07700 900982", "07700 900311"),
            },
            "guardian_telephone_no",
            "PHONE_NUMBER",
        ),
        (
            "enrolment_forms",
            {
                "id": _IDS,
                "form_ref": tuple(f"E{i}" for i in _IDS),
                "mother_surname": _rows("Quist", "Hallam", "Ode"),
            },
            "mother_surname",
            "PERSON_NAME",
        ),
        # a member's Skype, a user's Yahoo Messenger id, a forum user's Jabber address
        (
            "members",
            {"id": (), "username": ("kat",), "email": ("k@x.org",), "messenger_skype": ("kat.b",)},
            "messenger_skype",
            "USERNAME",
        ),
        (
            "forum_users",
            {
                "id": (),
                "username": ("kat",),
                "email": ("k@example.org",),
                "user_jabber": ("kat@jabber.example.org",),
            },
            "user_jabber",
            "USERNAME",
        ),
        # a tour guide's and a coach's own words, keyed to their account
        (
            "guides",
            {"id": (), "user_id": (), "languages": ("en",), "bio": _OWN},
            "bio",
            "FREE_TEXT",
        ),
        # a nikah register's groom, full names
        (
            "nikah_register",
            {"id": (), "groom": ("Tobias Grell", "Bruno Vale"), "bride": ("Ines Marlow",)},
            "groom",
            "PERSON_NAME",
        ),
        # an applicant's CV attachment and a member's CV document
        (
            "applicants",
            {"id": (), "first_name": ("Ola",), "cv_attachment": ("uploads/cv/ob.pdf",)},
            "cv_attachment",
            "FREE_TEXT",
        ),
        (
            "members",
            {"id": (), "first_name": ("Ola",), "cv_doc": ("uploads/cv/ob.docx",)},
            "cv_doc",
            "FREE_TEXT",
        ),
        # employees' names with pronouns or a department in brackets
        (
            "employees",
            {
                "id": (),
                "email": ("a@example.org",),
                "name": _noted(
                    "she/her|he/him|Sales|HR|IT|Legal",
                    *("Ana Lima", "Bruno Vale", "Clara Nyx", "Dmitri Sol", "Elsa Brandt"),
                    *("Femi Okoro", "Greta Lind", "Hugo Sarr", "Ilse Moor", "Jonas Pike"),
                    *("Kira Holt", "Lars Ewe"),
                ),
            },
            "name",
            "PERSON_NAME",
        ),
    ],
)
def test_still_flagged(
    table: str, columns: dict[str, tuple[object, ...]], column: str, entity: str
) -> None:
    assert entity in _found(table, columns, column)


def test_a_patients_search_document_still_is_theirs() -> None:
    columns = {
        "id": (),
        "surname": ("Berg",),
        "birth_date": (),
        "postcode": ("AB1 2CD",),
        "fts": ("'berg':1",),
    }
    assert "FREE_TEXT" in _found("patients", columns, "fts", _TSV)
