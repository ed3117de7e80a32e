"""Rules of the forty-ninth and fiftieth rounds: a few people's names, phones and home addresses
repeated over many rows (a form filled in again and again), chat handles of instant messengers
(``chat_icq``, ``im_gtalk``), a person's ethnic origin as indigenous or aboriginal status, a
person's own biography in a row keyed to their account, a wedding's couple, a CV's file, a
display name with a note in brackets after it, a name kept without accents or in ASCII and a
full-text document (``tsvector``) of a person's fields. Every table, column and value is made up;
the negative cases come from other domains (a form's field mapping, a shop's one help line, a
course's aims, an aircraft's serial number, a chat bot's intents, native plants, a firm's
profile, a bridal shop's catalogue, a pet groomer's services, a video player's resume points, a
message bus and a device's messages, a catalogue of products with a size in brackets, a
gazetteer of cities, a blog's search index). tests/test_couples_and_chats_review.py holds the
review's probes."""

from __future__ import annotations

import pytest

from .table_verdicts import explanations

_TYPES = {"id": "int", "user_id": "int", "sender_id": "int", "receiver_id": "int"}
_TSV = {**_TYPES, "name_index": "tsvector", "tsv": "tsvector"}

#: Many rows, few people: a sponsorship form one family filled in again and again.
_ROWS = 24
_SPONSOR = {
    "id": tuple(range(_ROWS)),
    "form_no": tuple(f"SP-{i:04d}" for i in range(_ROWS)),
    "sponsor_first_name": tuple(("Maren", "Maren", "Tobias")[i % 3] for i in range(_ROWS)),
    "sponsor_last_name": tuple(("Quist", "Quist", "Hallam", "Ode")[i % 4] for i in range(_ROWS)),
    "sponsor_mobile": tuple(("07700 900461", "07700 900982")[i % 2] for i in range(_ROWS)),
    "home_address": tuple(("12 Fenwick Lane, Ashby", "4 Mill Row")[i % 2] for i in range(_ROWS)),
}
#: Twenty-two legislators of a made-up assembly, named with their group and seat in brackets.
_MEMBERS = (
    "Ines Marlow", "Tobias Grell", "Ada Quenby", "Bruno Vale", "Clara Nyx", "Dmitri Sol",
    "Elsa Brandt", "Femi Okoro", "Greta Lind", "Hugo Sarr", "Ilse Moor", "Jonas Pike",
    "Kira Holt", "Lars Ewe", "Mina Roth", "Nils Aho", "Olga Penn", "Pavel Ruud", "Rosa Kell",
    "Sven Toll", "Tara Voss", "Ugo Brin",
)  # fmt: skip
_NOTED = tuple(
    f"Cllr. {n} [{('Green', 'Civic')[i % 2]}, Ward {i + 1}]" for i, n in enumerate(_MEMBERS)
)
_PROSE = (
    "Former ranger who has led walks in the northern fells for twelve years and loves birds",
    "Trained chef and patient teacher, happiest when a class bakes its first loaf together",
)


def _found(
    table: str,
    columns: dict[str, tuple[object, ...]],
    column: str,
    types: dict[str, str] | None = None,
) -> set[str]:
    return set(explanations(table, columns, types or _TYPES)[column])


@pytest.mark.parametrize(
    ("table", "columns", "column", "entity"),
    [
        # a form's field mapping: the spreadsheet column each field is read from, few letters
        (
            "import_mappings",
            {
                "id": tuple(range(_ROWS)),
                "first_name": tuple("BC"[i % 2] for i in range(_ROWS)),
                "last_name": tuple("CDE"[i % 3] for i in range(_ROWS)),
            },
            "last_name",
            "PERSON_NAME",
        ),
        # a shop's orders that all show its one help line
        (
            "order_receipts",
            {
                "id": tuple(range(_ROWS)),
                "last_name": tuple(f"Name{i}" for i in range(_ROWS)),
                "helpline_phone": ("0800 555 0199",) * _ROWS,
            },
            "helpline_phone",
            "PHONE_NUMBER",
        ),
        # a course's aims, an aircraft's manufacturer serial number, a chat bot's intents
        (
            "course_units",
            {"id": (), "title": ("Algebra I",), "aim": ("Solve linear equations",)},
            "aim",
            "USERNAME",
        ),
        ("aircraft", {"id": (), "registration": ("G-EZAB",), "msn": ("4711",)}, "msn", "USERNAME"),
        (
            "bot_intents",
            {"id": (), "intent": ("greet",), "chat_aim": ("welcome the visitor",)},
            "chat_aim",
            "USERNAME",
        ),
        # native plants of a nursery; a firm's own profile text keyed to the user who wrote it
        (
            "plants",
            {"id": (), "latin": ("Salix alba",), "indigenous_status": ("native",)},
            "indigenous_status",
            "SENSITIVE_DEMOGRAPHIC",
        ),
        (
            "shops",
            {"id": (), "user_id": (), "shop_name": ("Fenwick Bakes",), "bio": _PROSE},
            "bio",
            "FREE_TEXT",
        ),
        # a bridal shop's catalogue and a pet groomer's services
        (
            "dress_catalogue",
            {"id": (), "sku": ("DR-1",), "bride": ("Bride", "Bridesmaid", "Flower girl")},
            "bride",
            "PERSON_NAME",
        ),
        (
            "grooming_services",
            {"id": (), "price": ("30",), "groom": ("full groom", "nails only", "bath")},
            "groom",
            "PERSON_NAME",
        ),
        # a video player's resume point and a login's resume token
        (
            "users",
            {"id": (), "email": ("a@example.org",), "resume_token": ("f3a9c2",)},
            "resume_token",
            "FREE_TEXT",
        ),
        (
            "watch_history",
            {"id": (), "user_id": (), "resume_url": ("https://v.example.org/e/7?t=310",)},
            "resume_url",
            "FREE_TEXT",
        ),
        # a message bus's messages between services: bare keys, no subject
        (
            "messages",
            {"id": (), "sender_id": (), "receiver_id": (), "body": _PROSE},
            "body",
            "FREE_TEXT",
        ),
        # a device's messages keep a subject line too
        (
            "device_messages",
            {"id": (), "sender_id": (), "receiver_id": (), "subject": ("ALERT",), "body": _PROSE},
            "body",
            "FREE_TEXT",
        ),
        # a catalogue's products with a size in brackets
        (
            "products",
            {"id": (), "sku": ("P-1",), "name": tuple(f"Lamp {n} (large)" for n in _MEMBERS)},
            "name",
            "PERSON_NAME",
        ),
        # a gazetteer's city names kept in ASCII
        (
            "cities",
            {"id": (), "country_code": ("PT",), "ascii_name": ("Sao Paulo", "Malmo", "Zurich")},
            "ascii_name",
            "PERSON_NAME",
        ),
    ],
)
def test_not_flagged_elsewhere(
    table: str, columns: dict[str, tuple[object, ...]], column: str, entity: str
) -> None:
    assert entity not in _found(table, columns, column)


def test_no_person_in_a_blogs_search_index() -> None:
    columns = {"id": (), "title": ("Spring fair",), "body": _PROSE, "tsv": ("'fair':2",)}
    assert not _found("posts", columns, "tsv", _TSV)


@pytest.mark.parametrize(
    ("column", "entity"),
    [
        ("sponsor_first_name", "PERSON_NAME"),
        ("sponsor_last_name", "PERSON_NAME"),
        ("sponsor_mobile", "PHONE_NUMBER"),
        ("home_address", "STREET_ADDRESS"),
    ],
)
def test_a_few_people_repeated_over_many_rows(column: str, entity: str) -> None:
    assert entity in _found("sponsorship_forms", _SPONSOR, column)


@pytest.mark.parametrize(
    ("table", "columns", "column", "entity"),
    [
        # a forum's members' instant messengers
        (
            "forum_users",
            {"id": (), "username": ("kat",), "email": ("k@example.org",), "chat_icq": ()},
            "chat_icq",
            "USERNAME",
        ),
        (
            "forum_users",
            {"id": (), "username": ("kat",), "email": ("k@example.org",), "chat_aim": ("katb",)},
            "chat_aim",
            "USERNAME",
        ),
        (
            "members",
            {"id": (), "first_name": ("Ola",), "email": ("o@example.org",), "im_gtalk": ()},
            "im_gtalk",
            "USERNAME",
        ),
        # a patient's and a student's indigenous or aboriginal status
        (
            "patients",
            {"id": (), "first_name": ("Ola",), "indigenous_status": ("Neither",)},
            "indigenous_status",
            "SENSITIVE_DEMOGRAPHIC",
        ),
        (
            "students",
            {"id": (), "full_name": ("Ola Berg",), "aboriginal_group": ("Cree",)},
            "aboriginal_group",
            "SENSITIVE_DEMOGRAPHIC",
        ),
        # a conference speaker's own bio, the row keyed to the speaker's account
        (
            "speakers",
            {"id": (), "user_id": (), "talk_count": ("3",), "bio": _PROSE},
            "bio",
            "FREE_TEXT",
        ),
        # a wedding's couple
        (
            "ceremonies",
            {"id": (), "venue": ("Old Mill",), "bride": ("Ines Marlow", "Ada Quenby")},
            "bride",
            "PERSON_NAME",
        ),
        (
            "ceremonies",
            {"id": (), "venue": ("Old Mill",), "groom": ("Tobias Grell", "Bruno Vale")},
            "groom",
            "PERSON_NAME",
        ),
        # a candidate's CV file
        (
            "candidates",
            {"id": (), "full_name": ("Ola Berg",), "cv_file": ("files/cv/ob.pdf",)},
            "cv_file",
            "FREE_TEXT",
        ),
        (
            "applicants",
            {"id": (), "name": ("Ola Berg",), "email": ("o@example.org",), "resume_url": ()},
            "resume_url",
            "FREE_TEXT",
        ),
        # a councillor's display name, with the group and the ward in brackets after it
        (
            "councillors",
            {"id": (), "first_name": _MEMBERS, "last_name": _MEMBERS, "name": _NOTED},
            "name",
            "PERSON_NAME",
        ),
        # an author's name kept in ASCII for sorting and matching
        (
            "authors",
            {"id": (), "first_name": ("Zoë",), "email": ("z@example.org",), "ascii_name": ()},
            "ascii_name",
            "PERSON_NAME",
        ),
    ],
)
def test_flagged(
    table: str, columns: dict[str, tuple[object, ...]], column: str, entity: str
) -> None:
    assert entity in _found(table, columns, column)


def test_a_full_text_document_of_a_persons_fields() -> None:
    columns = {
        "id": (),
        "first_name": ("Ola",),
        "last_name": ("Berg",),
        "birth_date": (),
        "email": ("o@example.org",),
        "name_index": ("'berg':2 'ola':1",),
    }
    assert _found("members", columns, "name_index", _TSV)
