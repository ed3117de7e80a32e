"""Whose data a column is, from the causes of the fourteenth to sixteenth held-out rounds'
remaining errors (every case is made up here): health-service numbers, an emergency contact's
number, a mail's from and to addresses, numbers of organisations, codes, a health record's codes
and displays, flags in an organisation's row and a person's number as a key."""

from __future__ import annotations

import pytest

from connectors.base import UNREAD
from lineage.core.model import Dataset, Field
from lineage.pipeline.classify import classify, field_contexts

from .table_verdicts import classifier, explanations


@pytest.mark.parametrize("column", ["nhs_no", "nhs_num", "mothers_nhs_number", "chi_number"])
def test_a_health_service_number_is_a_national_id(column):
    found = explanations("clinic_visits", {"id": (), column: ()}, {"id": "int"})
    assert "NATIONAL_ID" in found[column], found[column]


def test_a_health_service_number_kept_as_a_big_integer_is_no_key():
    found = explanations(
        "clinic_referrals",
        {"id": (), "referrednhsnumber": (4010232137, 4010232145, 4010232153)},
        {"id": "int", "referrednhsnumber": "bigint"},
    )
    assert "NATIONAL_ID" in found["referrednhsnumber"], found["referrednhsnumber"]


@pytest.mark.parametrize(
    "column", ["emergency3number1", "emergency_number", "emergency2_number_2", "emergency_no"]
)
def test_an_emergency_contacts_number_is_a_phone_number(column):
    found = explanations("pupils", {"id": (), "surname": (), column: ()}, {"id": "int"})
    assert "PHONE_NUMBER" in found[column], found[column]


def test_a_mail_logs_from_and_to_addresses_are_email_addresses():
    found = explanations(
        "mail_history",
        {"id": (), "from_address": (), "cc_addr": (), "subject": ()},
        {"id": "int"},
    )
    for column in ("from_address", "cc_addr"):
        assert "EMAIL_ADDRESS" in found[column], (column, found[column])


def test_a_reply_to_address_is_an_email_address_anywhere():
    found = explanations("suggestions", {"id": (), "reply_to_email_addr": ()}, {"id": "int"})
    assert "EMAIL_ADDRESS" in found["reply_to_email_addr"], found["reply_to_email_addr"]


def test_a_warehouses_from_address_is_no_email_address():
    found = explanations("transfers", {"id": (), "from_address": ()}, {"id": "int"})
    assert "EMAIL_ADDRESS" not in found["from_address"], found["from_address"]


@pytest.mark.parametrize("column", ["gln", "duns", "lei", "supplier_san"])
def test_an_organisations_number_is_no_phone_number(column):
    found = explanations(
        "book_suppliers", {"id": (), column: ("2215527", "1556150", "2021053")}, {"id": "int"}
    )
    assert not found[column], found[column]


@pytest.mark.parametrize("column", ["term_code", "snomed_code", "product_codes"])
def test_a_code_is_no_phone_number(column):
    values = tuple(f"02079460{n:03d}" for n in (118, 342, 517, 690, 735, 861, 904))
    found = explanations("term_translations", {"id": (), column: values}, {"id": "int"})
    assert "PHONE_NUMBER" not in found[column], found[column]


def test_a_phone_column_of_codes_is_still_a_phone_number():
    values = ("+44 20 7946 0118", "+44 20 7946 0342", "+44 20 7946 0517")
    found = explanations("members", {"id": (), "phone": values}, {"id": "int"})
    assert "PHONE_NUMBER" in found["phone"], found["phone"]


def test_a_health_records_codes_displays_quantities_and_statuses_are_not_health():
    found = explanations(
        "prescription_orders",
        {
            "id": (),
            "patient_id": (),
            "dose_text": (),
            "priority_code": (),
            "categorydisplay": (),
            "refill_quantity": (),
            "packquantitytext": (),
            "status": (),
            "status_reason": (),
            "parentorderid": (),
        },
        {"id": "int", "patient_id": "int"},
    )
    assert "HEALTH" in found["dose_text"], found["dose_text"]
    for column in (
        "priority_code",
        "categorydisplay",
        "refill_quantity",
        "packquantitytext",
        "status",
        "status_reason",
        "parentorderid",
    ):
        assert "HEALTH" not in found[column], (column, found[column])


def test_a_flag_about_people_names_no_person_in_an_organisations_row():
    found = explanations(
        "branches",
        {
            "id": (),
            "name": ("Norbury", "Eastfield", "Westmoor"),
            "phone": ("555-010-2000", "555-010-3000", "555-010-4000"),
            "email": ("norbury@library.example", "eastfield@library.example"),
            "customer_pickup_enabled": ("t", "f", "t"),
            "is_member_priced": ("t", "t", "f"),
        },
        {"id": "int", "customer_pickup_enabled": "boolean", "is_member_priced": "boolean"},
    )
    for column in ("phone", "email"):
        assert not found[column], (column, found[column])


def test_a_person_named_in_an_organisations_row_keeps_its_phone():
    found = explanations(
        "branches",
        {
            "id": (),
            "manager_name": ("Ines Okafor", "Tom Berg", "Anna Lind"),
            "phone": ("555-010-2000", "555-010-3000", "555-010-4000"),
            "customer_pickup_enabled": ("t", "f", "t"),
        },
        {"id": "int", "customer_pickup_enabled": "boolean"},
    )
    assert "PHONE_NUMBER" in found["phone"], found["phone"]


@pytest.mark.parametrize("key", ["employee_nr", "staff_no", "worker_num"])
def test_a_persons_number_as_a_key_makes_their_pay_personal(key):
    found = explanations(
        "pay_changes",
        {key: (), "changed_on": (), "previous_salary": (), "revised_salary": ()},
        {
            key: "int",
            "changed_on": "date",
            "previous_salary": "numeric",
            "revised_salary": "numeric",
        },
    )
    for column in ("previous_salary", "revised_salary"):
        assert "FINANCIAL" in found[column], (column, found[column])


def test_a_contacts_number_is_no_key_to_a_person():
    found = explanations(
        "pay_bands",
        {"contact_no": (), "band_salary": ()},
        {"band_salary": "numeric"},
    )
    assert "FINANCIAL" not in found["band_salary"], found["band_salary"]


def _classified(table: str, columns: dict[str, tuple[object, ...]]) -> dict[str, set[str]]:
    """{column: entities} for a table as a scan sees it: the pipeline's contexts (which columns
    are empty in the rows sampled), then the default classifier."""
    fields = [Field("crm", f"public.{table}", name, "varchar(80)") for name in columns]
    samples = {f.id: columns[f.name] for f in fields if columns[f.name]}
    verdicts = classify(fields, samples, [Dataset("crm", f"public.{table}")], classifier())
    return {f.name: {e.entity for e in f.entities} for f in verdicts}


_PHONES = tuple(f"+1 415 555 01{n:02d}" for n in range(12))
_REVENUES = tuple(str(1_000_000 + n * 250_000) for n in range(12))


def test_name_columns_empty_in_every_row_name_no_person_of_a_companys_row():
    found = _classified(
        "crm_accounts",
        {
            "id": tuple(range(1, 13)),
            "annual_revenue": _REVENUES,
            "first_name": (),
            "last_name": (),
            "phone": _PHONES,
            "email": (),
            "twitter_handle": (),
            "description": tuple(
                f"Regional reseller number {n} of our hardware" for n in range(12)
            ),
        },
    )
    for column in ("phone", "email", "twitter_handle", "description"):
        assert not found[column], (column, found[column])


def test_name_columns_with_values_keep_a_companys_contact_details_personal():
    found = _classified(
        "crm_accounts",
        {
            "id": tuple(range(1, 13)),
            "annual_revenue": _REVENUES,
            "first_name": ("Ines", "Tom", "Anna", "Omar", "Lena", "Raj") * 2,
            "last_name": ("Okafor", "Berg", "Lind", "Haddad", "Vogel", "Patel") * 2,
            "phone": _PHONES,
        },
    )
    assert "PHONE_NUMBER" in found["phone"], found["phone"]


def test_a_row_or_two_sampled_say_nothing_of_empty_columns():
    found = _classified(
        "territory_reps",
        {"code": ("7",), "name": ("Ines Okafor",), "phone": (), "email": ()},
    )
    assert "PERSON_NAME" in found["name"], found["name"]


def test_the_pipeline_says_which_columns_are_empty_in_the_rows_sampled():
    fields = [Field("crm", "public.t", n, "text") for n in ("id", "given_name", "phone")]
    many = {fields[0].id: tuple(range(6)), fields[2].id: _PHONES[:6]}
    few = {fields[0].id: (1,), fields[2].id: _PHONES[:1]}
    (ctx, *_) = field_contexts(fields, many, [Dataset("crm", "public.t")])
    assert ctx.empty_siblings == {"given_name"}
    (ctx, *_) = field_contexts(fields, few, [Dataset("crm", "public.t")])
    assert ctx.empty_siblings == frozenset()
    (ctx, *_) = field_contexts(fields, {}, [Dataset("crm", "public.t")])
    assert ctx.empty_siblings == frozenset()


def test_a_column_the_scan_could_not_read_is_not_taken_for_empty():
    """A column hidden by the scan role's grants, or of a type the connector never samples, has
    no sampled value without being empty: the connector marks it, and it is no empty sibling."""
    fields = [Field("crm", "public.t", n, "text") for n in ("id", "given_name", "phone")]
    many = {fields[0].id: tuple(range(6)), fields[2].id: _PHONES[:6]}
    hints = {fields[1].id: {UNREAD: "true"}}
    (ctx, *_) = field_contexts(fields, many, [Dataset("crm", "public.t")], hints)
    assert ctx.empty_siblings == frozenset()


def test_salesforce_marks_the_types_it_never_samples_as_unread():
    from connectors.salesforce.discover import describe_field

    _, counted = describe_field("sf", "Contact", {"name": "Age__c", "type": "double"}, 1)
    _, owner = describe_field("sf", "Contact", {"name": "OwnerId", "type": "reference"}, 2)
    _, named = describe_field("sf", "Contact", {"name": "LastName", "type": "string"}, 3)
    assert counted.get(UNREAD) == owner.get(UNREAD) == "true" and UNREAD not in named


@pytest.mark.parametrize(
    ("column", "entity"),
    [
        ("background_info", "FREE_TEXT"),
        ("background_information", "FREE_TEXT"),
        ("googleplus_profile", "USERNAME"),
        ("householdname", "PERSON_NAME"),
        ("postcode_suffix", "POSTAL_CODE"),
        ("zip_code_suffix", "POSTAL_CODE"),
        ("street_unit_no", "STREET_ADDRESS"),
    ],
)
def test_more_person_fields_of_a_table_of_people(column, entity):
    found = explanations(
        "supporters", {"id": (), "first_name": (), "last_name": (), column: ()}, {"id": "int"}
    )
    assert entity in found[column], found[column]


def test_a_products_background_is_no_free_text():
    found = explanations("banners", {"id": (), "backgroundinfo": ()}, {"id": "int"})
    assert "FREE_TEXT" not in found["backgroundinfo"], found["backgroundinfo"]


@pytest.mark.parametrize(
    ("column", "entity"),
    [
        ("nameinchinese", "PERSON_NAME"),
        ("guardian1nameincharacters", "PERSON_NAME"),
        ("name_in_kanji", "PERSON_NAME"),
        ("katakana_name", "PERSON_NAME"),
        ("referenceemail3", "EMAIL_ADDRESS"),
        ("firstfailipaddress", "IP_ADDRESS"),
        ("surname_preferred", "PERSON_NAME"),
        ("last_name_chosen", "PERSON_NAME"),
        ("tutorusernamelist", "USERNAME"),
        ("member_alias", "PERSON_NAME"),
        ("user_alias", "PERSON_NAME"),
    ],
)
def test_names_aliases_and_addresses_of_a_person_glued_or_qualified(column, entity):
    found = explanations(
        "pupils", {"id": (), "first_name": (), "surname": (), column: ()}, {"id": "int"}
    )
    assert entity in found[column], found[column]


def test_a_name_in_another_script_of_a_thing_is_no_persons():
    found = explanations("products", {"id": (), "name_in_chinese": ()}, {"id": "int"})
    assert "PERSON_NAME" not in found["name_in_chinese"], found["name_in_chinese"]


def test_a_mail_servers_alias_is_no_persons_name():
    found = explanations("mail_aliases", {"id": (), "alias": (), "domain": ()}, {"id": "int"})
    assert "PERSON_NAME" not in found["alias"], found["alias"]


def test_an_empty_key_to_a_person_still_names_one_it_may_not_be_sampled():
    found = _classified(
        "crm_accounts",
        {
            "id": tuple(range(1, 13)),
            "annual_revenue": _REVENUES,
            "owner_id": (),
            "phone": _PHONES,
        },
    )
    assert "PHONE_NUMBER" in found["phone"], found["phone"]


def test_an_organisations_address_in_a_table_of_people_is_its_premises():
    found = explanations(
        "applicants",
        {
            "id": (),
            "first_name": (),
            "surname": (),
            "home_address": (),
            "school_address_1": (),
            "office_city": (),
            "company_phone": (),
        },
        {"id": "int"},
    )
    assert "STREET_ADDRESS" in found["home_address"], found["home_address"]
    assert not found["school_address_1"], found["school_address_1"]
    assert "CITY" not in found["office_city"], found["office_city"]
    assert "PHONE_NUMBER" in found["company_phone"], found["company_phone"]


def test_a_campaigns_own_phone_and_email_are_the_organisations():
    found = explanations(
        "marketing_campaigns",
        {"id": (), "name": (), "email": (), "phone": (), "contact_email": ()},
        {"id": "int"},
    )
    for column in ("email", "phone"):
        assert not found[column], (column, found[column])
    assert "EMAIL_ADDRESS" in found["contact_email"], found["contact_email"]


@pytest.mark.parametrize(
    ("column", "entity"),
    [
        ("sort_names", "PERSON_NAME"),
        ("letter_greeting_display", "PERSON_NAME"),
        ("letter_greeting_custom", "PERSON_NAME"),
        ("addressee_line", "PERSON_NAME"),
        ("employer_contact", "PERSON_NAME"),
        ("company_contact", "PERSON_NAME"),
        ("reverseipaddress", "IP_ADDRESS"),
        ("ident_number", "NATIONAL_ID"),
        ("identification_no_2", "NATIONAL_ID"),
    ],
)
def test_names_greetings_contacts_and_identifications_of_a_table_of_people(column, entity):
    found = explanations(
        "supporters", {"id": (), "first_name": (), "last_name": (), column: ()}, {"id": "int"}
    )
    assert entity in found[column], found[column]


def test_an_items_sort_name_and_identification_type_are_no_persons():
    found = explanations(
        "catalogue_items", {"id": (), "sort_names": (), "ident_kind": ()}, {"id": "int"}
    )
    assert "PERSON_NAME" not in found["sort_names"], found["sort_names"]
    assert not found["ident_kind"], found["ident_kind"]


def test_a_constituents_custom_fields_are_about_a_person():
    found = explanations(
        "custom_constituent_info_4",
        {"id": (), "entity_id": (), "marital_status_7": (), "wedding_date_8": ()},
        {"id": "int", "entity_id": "int"},
    )
    assert "DEMOGRAPHIC" in found["marital_status_7"], found["marital_status_7"]


@pytest.mark.parametrize("table", ["currencies", "languages", "leagues"])
def test_a_things_full_name_is_no_persons(table):
    found = explanations(
        table,
        {"id": (), "full_name": ("Arbelian Peso", "Norland Krone", "Esterian Mark")},
        {"id": "int"},
    )
    assert "PERSON_NAME" not in found["full_name"], found["full_name"]


def test_a_customers_full_name_is_theirs():
    found = explanations("customers", {"id": (), "full_name": ()}, {"id": "int"})
    assert "PERSON_NAME" in found["full_name"], found["full_name"]


@pytest.mark.parametrize(
    ("table", "column", "entity"),
    [
        ("club_memberadminnote", "note", "FREE_TEXT"),
        ("acmestudentnote", "note", "FREE_TEXT"),
        ("acmefirstaidfollowup", "followup_text", "HEALTH"),
    ],
)
def test_notes_and_follow_ups_glued_into_a_tables_name(table, column, entity):
    found = explanations(
        table,
        {"id": (), "acmepersonid": (), column: ()},
        {"id": "int", "acmepersonid": "int"},
    )
    assert entity in found[column], found[column]
