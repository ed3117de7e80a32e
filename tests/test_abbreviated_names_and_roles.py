"""Short column names, from the causes of the nineteenth and twentieth held-out rounds' misses
(every case is made up here): a table's short prefix on every column, abbreviated people words
and name parts, a role's holder named in a column of its own, a person's contact number."""

from __future__ import annotations

from .table_verdicts import explanations

_RESIDENTS = {
    "RSD_ID": (),
    "RSD_NAME": (),
    "RSD_SNAME": (),
    "RSD_TELE": (),
    "RSD_CITY": (),
    "RSD_TAXCODE": (),
    "RSD_NOTE": (),
}


def test_a_tables_short_prefix_is_stripped_like_its_name():
    found = explanations("care_resident", _RESIDENTS, {"RSD_ID": "integer"})
    assert "PERSON_NAME" in found["RSD_NAME"]  # the resident's name, once ``RSD_`` is stripped
    assert "PERSON_NAME" in found["RSD_SNAME"]  # a surname
    assert "PHONE_NUMBER" in found["RSD_TELE"]
    assert "CITY" in found["RSD_CITY"]
    assert "TAX_ID" in found["RSD_TAXCODE"]
    assert not found["RSD_ID"]


def test_a_short_prefix_that_is_no_word_of_the_table_is_kept():
    found = explanations("care_resident", {"XQ_NAME": (), "XQ_CITY": (), "RSD_NOTE": ()})
    assert "PERSON_NAME" not in found["XQ_NAME"]


def test_a_things_short_prefix_leaves_its_name_a_things():
    found = explanations("gadgets", {"GDG_NAME": (), "GDG_TAXCODE": (), "GDG_PRICE": ()})
    assert not found["GDG_NAME"]
    assert not found["GDG_TAXCODE"]  # a product's tax class, not a person's tax code


def test_a_patients_name_in_another_tables_prefixed_column():
    found = explanations("ward_invoice", {"WIN_ID": (), "WIN_PAT_NAME": (), "WIN_TOTAL": ()})
    assert "PERSON_NAME" in found["WIN_PAT_NAME"]


def test_a_text_messages_number_is_a_phone_number():
    found = explanations("text_outbox", {"id": (), "sms_number": (), "body": ()})
    assert "PHONE_NUMBER" in found["sms_number"]


def test_abbreviated_first_and_last_names_make_a_table_of_people():
    found = explanations(
        "visit_log",
        {
            "vid": (),
            "fname": (),
            "lname": (),
            "ailment": (),
            "medication": (),
            "contact": ("0711 222 333", "0788 444 555"),
        },
    )
    # Two abbreviated name parts say the rows are people: their health and how to reach them.
    assert "HEALTH" in found["medication"]
    assert "PHONE_NUMBER" in found["contact"]
    assert "numbers a phone is dialled by" in found["contact"]["PHONE_NUMBER"]


def test_a_bare_contact_column_of_words_or_outside_people_is_no_phone():
    people = {"fname": (), "lname": (), "contact": ("by post", "by e-mail")}
    assert "PHONE_NUMBER" not in explanations("visit_log", people)["contact"]
    things = {"sku": (), "label": (), "contact": ("0711 222 333",)}
    assert "PHONE_NUMBER" not in explanations("spare_parts", things)["contact"]


def test_a_column_named_by_a_role_holds_who_has_it():
    found = explanations(
        "consultations",
        {"id": (), "doctor": (), "patient_id": (), "fee": ()},
        {"id": "integer", "patient_id": "integer", "fee": "numeric(8,2)"},
    )
    assert "PERSON_NAME" in found["doctor"]
    assert "a role held by a person" in found["doctor"]["PERSON_NAME"]
    schools = explanations("academies", {"id": (), "title": (), "headmaster": ()})
    assert "PERSON_NAME" in schools["headmaster"]


def test_a_one_letter_role_column_is_a_flag_not_a_name():
    found = explanations(
        "menu_sections",
        {"id": (), "title": (), "teacher": (), "parent": ()},
        {"teacher": "char(1)"},
    )
    assert "PERSON_NAME" not in found["teacher"]


def test_a_repeated_password_is_a_password():
    found = explanations("signups", {"uid": (), "email": (), "password": (), "cpassword": ()})
    assert "PASSWORD_HASH" in found["cpassword"]


def test_a_persons_login_tokens_are_secrets_like_a_password():
    found = explanations(
        "members",
        {
            "id": (),
            "email": (),
            "first_name": (),
            "remember_token": (),
            "authentication_token": (),
        },
    )
    assert "PASSWORD_HASH" in found["remember_token"]
    assert "PASSWORD_HASH" in found["authentication_token"]
    # A product's token is no one's secret.
    assert not explanations("coupons", {"id": (), "token": (), "amount": ()})["token"]


def test_a_mailing_addresses_lines_and_post_office_box():
    found = explanations(
        "tutor_addresses",
        {
            "tutor_id": (),
            "street_mailing": (),
            "town_mailing": (),
            "postcode_mailing": (),
            "pobox_mailing": (),
            "apt": (),
        },
    )
    assert "STREET_ADDRESS" in found["street_mailing"]
    assert "CITY" in found["town_mailing"]
    assert "POSTAL_CODE" in found["postcode_mailing"]
    assert "STREET_ADDRESS" in found["pobox_mailing"]
    assert "STREET_ADDRESS" in found["apt"]
    lines = explanations("party_places", {"party_id": (), "postal_line_1": (), "postal_line_2": ()})
    assert "STREET_ADDRESS" in lines["postal_line_1"]


def test_a_pharmacys_premises_are_its_own():
    columns = {"id": (), "title": (), "address": (), "city": (), "owner_id": ()}
    types = {"id": "integer", "owner_id": "integer"}
    found = explanations("drugstores", columns, types)
    assert "STREET_ADDRESS" not in found["address"]
    assert "CITY" not in found["city"]
    # The same columns in a table of the shop's customers are theirs.
    customers = explanations("drugstore_customers", columns, types)
    assert "STREET_ADDRESS" in customers["address"]


def test_a_health_record_behind_short_prefixes_points_at_its_patient():
    found = explanations(
        "clinic_opd",
        {"OPD_ID": (), "OPD_PAT_ID": (), "OPD_DATE": (), "OPD_PRESCRIPTION": ()},
        {"OPD_ID": "integer", "OPD_PAT_ID": "integer", "OPD_DATE": "date"},
    )
    assert "HEALTH" in found["OPD_PRESCRIPTION"]
    assert "the row points at a person" in found["OPD_PRESCRIPTION"]["HEALTH"]


def test_an_anamnesis_and_past_surgery_are_health():
    found = explanations(
        "ward_patients", {"id": (), "full_name": (), "anamnesis": (), "past_surgery": ()}
    )
    assert "HEALTH" in found["anamnesis"]
    assert "HEALTH" in found["past_surgery"]


def test_a_next_of_kin_column_names_a_person():
    found = explanations("care_resident", {**_RESIDENTS, "RSD_NEXT_KIN": ()})
    assert "PERSON_NAME" in found["RSD_NEXT_KIN"]
    # A count of relatives is no name.
    assert not explanations("care_resident", {**_RESIDENTS, "next_of_kin_count": ()})[
        "next_of_kin_count"
    ]
