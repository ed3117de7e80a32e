"""Whose data a column is, from the thirteenth held-out round's causes (every case is made up
here): an attention line names a person, a party that bills is an organisation, an application's
logins at a service are not a person's, a logo pictures no one, HTML notes are free text, a
column of a person's details is about that person, a review signed with a given name names its
writer, PHP-serialised documents are read like JSON, and where a person's notifications go is
their address."""

from __future__ import annotations

from functools import partial

from .table_verdicts import explanations

_verdicts = partial(explanations, schema="shop")


# -- attention lines ---------------------------------------------------------------------------


def test_an_attention_line_of_an_address_names_a_person_even_when_empty():
    found = _verdicts(
        "client_companies",
        {"id": (), "company": (), "attn": (), "street": (), "postcode": (), "town": ()},
        {"id": "int"},
    )
    assert "PERSON_NAME" in found["attn"]
    assert "attention" in found["attn"]["PERSON_NAME"]


def test_for_the_attention_of_with_names_is_a_persons_name():
    found = _verdicts(
        "delivery_addresses",
        {
            "id": (1, 2, 3),
            "for_attention_of": ("Maria Garcia", "James Brown", "Anna Schmidt"),
            "address_line1": ("12 Mill Lane", "4 Oak Road", "9 Elm Street"),
            "zip": ("10115", "20095", "80331"),
        },
        {"id": "int"},
    )
    assert "PERSON_NAME" in found["for_attention_of"]


def test_attention_outside_an_address_is_no_name():
    found = _verdicts(
        "alarms",
        {"id": (), "attention": ("high", "low", "high"), "raised_at": ()},
        {"id": "int", "raised_at": "timestamp"},
    )
    assert "PERSON_NAME" not in found["attention"]


# -- the party that bills ------------------------------------------------------------------------


def test_a_table_of_invoicers_holds_the_organisations_own_details():
    found = _verdicts(
        "invoicers",
        {
            "id": (),
            "name": (),
            "street_address": (),
            "state": (),
            "zip_code": (),
            "phone": (),
            "email": (),
            "sort_code": (),
        },
        {"id": "int"},
    )
    for column in ("street_address", "state", "zip_code", "phone", "email", "sort_code"):
        assert found[column] == {}, (column, found[column])


def test_a_biller_with_a_contact_person_keeps_the_contacts_phone():
    found = _verdicts(
        "billers_list",
        {"id": (), "company": (), "contact_name": (), "phone": (), "street": ()},
        {"id": "int"},
    )
    assert "PHONE_NUMBER" in found["phone"]
    assert "business contact data" in found["phone"]["PHONE_NUMBER"]
    assert found["street"] == {}


# -- an application's logins at a service --------------------------------------------------------


def test_logins_at_a_payment_provider_or_an_api_are_the_applications():
    found = _verdicts(
        "storefronts",
        {
            "id": (),
            "title": (),
            "paypal_api_password": (),
            "worldpay_login_id": (),
            "api_username": (),
            "owner_email": (),
            "street": (),
            "postcode": (),
        },
        {"id": "int"},
    )
    for column in ("paypal_api_password", "worldpay_login_id", "api_username"):
        assert found[column] == {}, (column, found[column])
    assert "EMAIL_ADDRESS" in found["owner_email"]  # a service account names no person


def test_a_persons_own_login_and_password_stay_personal():
    found = _verdicts(
        "users",
        {"id": (), "login_id": (), "api_password": (), "email": ()},
        {"id": "int"},
    )
    assert "USERNAME" in found["login_id"]
    assert "PASSWORD_HASH" in found["api_password"]


# -- logos ---------------------------------------------------------------------------------------


def test_a_logo_pictures_no_one_even_in_a_table_of_people():
    found = _verdicts(
        "members",
        {
            "id": (),
            "first_name": (),
            "email": (),
            "company_logo": ("logos/acme.png", "logos/initech.png", "logos/globex.png"),
            "avatar": ("faces/1.jpg", "faces/2.jpg", "faces/3.jpg"),
        },
        {"id": "int"},
    )
    assert found["company_logo"] == {}
    assert "PHOTO" in found["avatar"]


# -- HTML notes ----------------------------------------------------------------------------------


def test_html_notes_about_a_person_are_free_text():
    found = _verdicts(
        "clients",
        {
            "id": (1, 2, 3),
            "email": ("a@example.com", "b@example.com", "c@example.com"),
            "phone": ("555-0101", "555-0102", "555-0103"),
            "remarks": (
                "<p><strong>Prefers</strong> a call after five, never on a Monday morning</p>",
                "<p>Asked us to send the papers to her sister&#39;s house instead</p>",
                "Spoke to him about the late payment <a href='https://example.com/x'>here</a>",
            ),
        },
        {"id": "int"},
    )
    assert "FREE_TEXT" in found["remarks"]


def test_an_xml_document_in_a_notes_column_is_left_to_the_document_signal():
    found = _verdicts(
        "clients",
        {
            "id": (1, 2, 3),
            "email": ("a@example.com", "b@example.com", "c@example.com"),
            "phone": ("555-0101", "555-0102", "555-0103"),
            "notes": ("<cfg><size>3</size></cfg>", "<cfg><size>4</size></cfg>", "<cfg/>"),
        },
        {"id": "int"},
    )
    assert "FREE_TEXT" not in found["notes"]


# -- details of a person -------------------------------------------------------------------------


def test_a_column_of_a_visitors_details_is_about_that_person_even_when_empty():
    found = _verdicts(
        "page_hits",
        {"id": (), "page_id": (), "visitor_info": (), "hit_at": ()},
        {"id": "int", "page_id": "int", "hit_at": "timestamp"},
    )
    assert "FREE_TEXT" in found["visitor_info"]
    assert "kept about a person" in found["visitor_info"]["FREE_TEXT"]


def test_a_things_details_are_not_a_persons():
    found = _verdicts(
        "page_hits",
        {"id": (), "product_info": (), "browser_data": ()},
        {"id": "int"},
    )
    assert found["product_info"] == {}
    assert found["browser_data"] == {}


# -- a writer named by role ----------------------------------------------------------------------


def test_a_review_signed_with_full_names_or_given_names_alone_names_its_writer():
    signed = ("Maria Garcia", "James", "Anna", "Robert Miller", "Linda", "Thomas Young")
    found = _verdicts(
        "testimonials",
        {"id": tuple(range(6)), "product_id": tuple(range(6)), "reviewer": signed},
        {"id": "int", "product_id": "int"},
    )
    assert "PERSON_NAME" in found["reviewer"]
    assert "given names alone" in found["reviewer"]["PERSON_NAME"]


def test_a_role_column_of_labels_is_no_name():
    found = _verdicts(
        "comments",
        {"id": (1, 2, 3, 4), "author": ("system", "staff", "customer", "system")},
        {"id": "int"},
    )
    assert "PERSON_NAME" not in found["author"]


def test_an_empty_text_column_named_for_the_writer_is_their_name_a_key_is_not():
    found = _verdicts(
        "articles",
        {"id": (), "writer": (), "editor_id": (), "commenter": ()},
        {"id": "int", "editor_id": "int", "commenter": "int"},
    )
    assert "PERSON_NAME" in found["writer"]
    assert found["commenter"] == {}


# -- PHP-serialised documents ---------------------------------------------------------------------


def _php(pairs: dict[str, str]) -> str:
    body = "".join(f's:{len(k)}:"{k}";s:{len(v)}:"{v}";' for k, v in pairs.items())
    return f"a:{len(pairs)}:{{{body}}}"


def test_php_serialised_documents_are_read_like_json():
    docs = tuple(_php({"email": f"buyer{i}@example.com", "locale": "en"}) for i in range(5))
    found = _verdicts("checkout_extras", {"id": tuple(range(5)), "extra": docs}, {"id": "int"})
    assert "EMAIL_ADDRESS" in found["extra"]
    assert "PHP documents" in found["extra"]["EMAIL_ADDRESS"]


def test_php_serialised_settings_with_no_personal_key_hold_nothing():
    docs = tuple(_php({"theme": "dark", "per_page": str(10 * i)}) for i in range(1, 6))
    found = _verdicts("widget_options", {"id": tuple(range(5)), "value": docs}, {"id": "int"})
    assert found["value"] == {}


# -- where notifications go ----------------------------------------------------------------------


def test_where_a_persons_notifications_go_is_their_address_even_when_empty():
    found = _verdicts(
        "alert_notifications",
        {"member_id": (), "channel": (), "target": (), "created_at": ()},
        {"member_id": "int", "created_at": "timestamp"},
    )
    assert "EMAIL_ADDRESS" in found["target"]


def test_a_notifications_target_with_no_channel_or_person_is_not():
    no_channel = _verdicts(
        "alert_notifications", {"member_id": (), "target": ()}, {"member_id": "int"}
    )
    no_person = _verdicts("build_notifications", {"id": (), "channel": (), "target": ()})
    assert no_channel["target"] == {}
    assert no_person["target"] == {}


# -- causes common to earlier rounds -------------------------------------------------------------


def test_a_state_of_addresses_with_no_person_is_nobodys_the_street_stays():
    found = _verdicts(
        "postal_addresses",
        {"address_id": (), "line_1": (), "city": (), "zip": (), "state_province": ()},
        {"address_id": "int"},
    )
    assert found["state_province"] == {}
    assert "STREET_ADDRESS" in found["line_1"]


def test_a_state_of_addresses_with_a_phone_or_a_person_key_stays():
    with_phone = _verdicts(
        "address", {"address_id": (), "street": (), "zip": (), "region": (), "phone": ()}
    )
    with_key = _verdicts(
        "addresses", {"person_id": (), "street": (), "zip": (), "state": ()}, {"person_id": "int"}
    )
    assert "REGION" in with_phone["region"]
    assert "REGION" in with_key["state"]


def test_accounts_with_no_login_or_person_are_companies():
    found = _verdicts(
        "accounts",
        {
            "id": (),
            "name": (),
            "industry": (),
            "phone": (),
            "billing_street": (),
            "billing_zip": (),
        },
        {"id": "int"},
    )
    for column in ("phone", "billing_street", "billing_zip"):
        assert found[column] == {}, (column, found[column])


def test_accounts_with_a_login_are_peoples():
    found = _verdicts(
        "accounts",
        {"id": (), "email": (), "password_digest": (), "phone": (), "street": ()},
        {"id": "int"},
    )
    assert "PHONE_NUMBER" in found["phone"]
    assert "STREET_ADDRESS" in found["street"]


def test_a_table_counting_its_own_customers_is_of_organisations():
    found = _verdicts(
        "insurers",
        {
            "id": (),
            "name": (),
            "street": (),
            "zip": (),
            "phone": (),
            "number_of_customers": (),
            "member_days": (),
        },
        {"id": "int", "number_of_customers": "int", "member_days": "int"},
    )
    for column in ("name", "street", "zip", "phone"):
        assert found[column] == {}, (column, found[column])
