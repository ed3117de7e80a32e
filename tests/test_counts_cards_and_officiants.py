"""Rules of the seventieth round: a count for one sex beside the other's under a shared word
(``attendee_male``), a national identity card's and a birth registration's number, the name on
a card in a table of cards, a person's spouse, Instagram's short name beside other platforms, a
marriage's officiant as a table of people, and Indonesian ``tggl`` (a date). Every table,
column and value is made up; the negative cases come from other domains (a person's own sex
flags, a CMS's node id, a network's id, a game's and a gift shop's cards, a post's link, a
benefit's rate for a spouse, a member's yes-or-no spouse)."""

from __future__ import annotations

from .table_verdicts import verdict_tests

_FLAGGED = [
    (  # a national identity card's number
        "applicants",
        {"id": (), "full_name": (), "nid_no": ("19907712345678901",), "mobile": ()},
        {"id": "int"},
        "nid_no",
        "NATIONAL_ID",
    ),
    (  # a birth registration's number
        "pupils",
        {"id": (), "first_name": (), "birth_registration_number": ("20081234567890123",)},
        {"id": "int"},
        "birth_registration_number",
        "NATIONAL_ID",
    ),
    (
        "beneficiaries",
        {"id": (), "surname": (), "birth_cert_no": ("BC-44120",)},
        {"id": "int"},
        "birth_cert_no",
        "NATIONAL_ID",
    ),
    (  # the name on a saved card, in a table named for cards
        "member_cards",
        {"id": (), "member_id": (), "name": ("Ilsa Tarn",), "card_number": (), "cvv": ()},
        {"id": "int", "member_id": "int", "cvv": "int"},
        "name",
        "PERSON_NAME",
    ),
    (  # Instagram's short name beside other platforms
        "artists",
        {"id": (), "display_name": (), "insta_url": (), "twitter": (), "website": ()},
        {"id": "int"},
        "insta_url",
        "USERNAME",
    ),
    (  # a marriage's officiant, named in Indonesian
        "data_penghulu",
        {"id": (), "nama": ("Odo Quenby",), "alamat": (), "no_telepon": ("081234567890",)},
        {"id": "int"},
        "nama",
        "PERSON_NAME",
    ),
    (
        "data_penghulu",
        {"id": (), "nama": ("Odo Quenby",), "alamat": (), "no_telepon": ("081234567890",)},
        {"id": "int"},
        "alamat",
        "STREET_ADDRESS",
    ),
    (  # a birth date written ``tggl_lahir``
        "data_pasangan",
        {"id": (), "nama": (), "tggl_lahir": (), "alamat": ()},
        {"id": "int", "tggl_lahir": "timestamp"},
        "tggl_lahir",
        "DATE_OF_BIRTH",
    ),
    (  # a person's spouse, after the table's own people word
        "applicants",
        {"id": (), "full_name": (), "applicant_spouse": ("Ysolde Tarn",), "birth_date": ()},
        {"id": "int", "birth_date": "date"},
        "applicant_spouse",
        "PERSON_NAME",
    ),
    (
        "members",
        {"id": (), "first_name": (), "last_name": (), "wife": (), "phone": ()},
        {"id": "int"},
        "wife",
        "PERSON_NAME",
    ),
    (  # a patient's sex as two flags still
        "patient_features",
        {"patient_id": (), "age": (), "male": (0, 1, 0), "female": (1, 0, 1)},
        {"patient_id": "int", "age": "int", "male": "int", "female": "int"},
        "male",
        "GENDER",
    ),
]

_UNFLAGGED = [
    (  # a workshop's counts of attendees of each sex
        "workshops",
        {"id": (), "title": (), "attendee_male": (12, 30), "attendee_female": (9, 41)},
        {"id": "int", "attendee_male": "int", "attendee_female": "int"},
        "attendee_male",
        "GENDER",
    ),
    (  # a district's yearly targets for each sex
        "district_targets",
        {"id": (), "year": (), "male_target": (120,), "female_target": (140,)},
        {"id": "int", "year": "int", "male_target": "int", "female_target": "int"},
        "female_target",
        "GENDER",
    ),
    (  # a CMS's node id
        "comments",
        {"cid": (), "nid": (3, 7), "uid": (), "subject": ()},
        {"cid": "int", "nid": "int", "uid": "int"},
        "nid",
        "NATIONAL_ID",
    ),
    (  # a network's id, with a number word, in a table of no one
        "network_segments",
        {"id": (), "nid_number": (4, 9), "gateway": (), "hostname": ()},
        {"id": "int", "nid_number": "int"},
        "nid_number",
        "NATIONAL_ID",
    ),
    (  # a card game's cards
        "deck_cards",
        {"id": (), "name": ("Fireball", "Goblin"), "card_number": (), "rarity": ()},
        {"id": "int"},
        "name",
        "PERSON_NAME",
    ),
    (  # a gift shop's cards
        "gift_cards",
        {"id": (), "name": ("Holiday", "Birthday"), "card_number": (), "balance": ()},
        {"id": "int", "balance": "numeric(10,2)"},
        "name",
        "PERSON_NAME",
    ),
    (  # a benefit's rate for a spouse, in a table of no one
        "benefit_rates",
        {"id": (), "title": (), "spouse": ("12.50",), "child": ()},
        {"id": "int"},
        "spouse",
        "PERSON_NAME",
    ),
    (  # whether the member has a spouse
        "members",
        {"id": (), "first_name": (), "last_name": (), "spouse": ("Yes", "No")},
        {"id": "int"},
        "spouse",
        "PERSON_NAME",
    ),
    (  # a post's link, with no other platform beside it
        "posts",
        {"id": (), "title": (), "insta_url": ()},
        {"id": "int"},
        "insta_url",
        "USERNAME",
    ),
]


test_flagged, test_not_flagged = verdict_tests(_FLAGGED, _UNFLAGGED)
