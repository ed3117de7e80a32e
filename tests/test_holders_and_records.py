"""Rules of the thirty-second round: a table of identity documents holds its holders' details; a
row keyed by a national id is that person's; a transcript in a row that points at a person; an
address's number beside its street; an event's dates that fit a phone's digits; a bare contact's
phone numbers; the table's word glued before a column's; ``b2b`` glued to a name; social
insurance and directory logins. Every table, column and value is made up; the negative cases
come from other domains (a software shop, a print shop's card stock, a CMS, a kiosk, a payroll's
tax brackets and settings, a video library, a warehouse, a memory map, street lights, a CRM, a
company's settings, a letting agency, a lookup of insurers, a directory's settings)."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from classifiers import holders_and_records as hr
from classifiers.name_tokens import Tokenizer

from .table_verdicts import explanations

_INT = {
    "id": "int", "age": "int", "height": "int", "weight": "int", "house_id": "int",
    "address_no": "int", "addr_no": "int", "addr_nr": "int", "street_id": "int",
    "wattage": "int", "reading": "int", "seats": "int", "amount": "int",
    "yearly_income": "int", "income": "int", "income_from": "int", "income_to": "int",
    "bonus": "int", "commission": "int", "salary_cap": "int", "kid": "int", "profile_id": "int",
    "video_id": "int", "patient_id": "int", "rack_id": "int", "width": "int", "stock_qty": "int",
    "visa_free": "int",
}  # fmt: skip


@pytest.mark.parametrize(
    ("table", "columns", "column", "entity"),
    [
        # a driving licence's row is its holder's: body, age and vehicle, beside the holder's sex
        (
            "driver_licences",
            {
                "id": (), "age": (41, 29, 63), "height": (71, 66, 58),
                "eye_colour": ("green", "blue", "brown"), "sex": ("f", "m", "f"),
                "plate_no": ("QX11LM", "7KT404", "ZZ01AB"), "vehicle_make": ("Skoda", "Fiat"),
            },
            "eye_colour",
            "PHYSICAL",
        ),
        (
            "driver_licences",
            {"id": (), "age": (41, 29, 63), "hair_colour": ("grey", "red"), "weight": (70, 81)},
            "age",
            "DEMOGRAPHIC",
        ),
        (
            "driving_licences",
            {"id": (), "plate_no": ("QX11LM", "7KT404"), "vehicle_model": ("Fabia", "Panda")},
            "plate_no",
            "OTHER_PERSONAL_DATA",
        ),
        (
            "passports",
            {"id": (), "surname": ("Quill",), "height": (170, 182), "nationality": ("CL", "PE")},
            "height",
            "PHYSICAL",
        ),
    ],
)  # fmt: skip
def test_an_identity_documents_row_is_its_holders(
    table: str, columns: dict[str, tuple[object, ...]], column: str, entity: str
) -> None:
    found = explanations(table, columns, _INT)
    assert entity in found[column], found[column]


@pytest.mark.parametrize(
    ("table", "columns", "column"),
    [
        # a software shop's licences, a catalogue of licence classes: no one's document
        ("software_licenses", {"id": (), "seats": (5, 10), "plate": ("gold",)}, "seats"),
        (
            "driver_license_classes",
            {"id": (), "age": (16, 18, 21), "height": (1, 2, 3), "vehicle": ("car", "bus")},
            "age",
        ),
        ("passport_types", {"id": (), "colour": ("red", "blue"), "pages": ("32", "48")}, "colour"),
        # another word before the document: licences for a printer's drivers
        ("printer_driver_licenses", {"id": (), "seats": (2, 5), "age": (3, 1)}, "age"),
        # a print shop's card stock, a CMS's document templates, a ranking of passports: no
        # trait of a holder (sex, eye or hair colour, birth, a name) beside the measure
        (
            "id_cards",
            {
                "id": (), "height": (54, 54), "width": (86, 86), "colour": ("white", "blue"),
                "stock_qty": (500, 250),
            },
            "height",
        ),
        (
            "identity_documents",
            {"id": (), "title": ("Permit form", "Visa form"), "age": (3, 5), "language": ("en",)},
            "age",
        ),
        (
            "passports",
            {"id": (), "country": ("Chile", "Peru"), "nationality": ("CL", "PE"), "visa_free": ()},
            "nationality",
        ),
    ],
)  # fmt: skip
def test_licences_that_are_no_persons_document_stay_unflagged(
    table: str, columns: dict[str, tuple[object, ...]], column: str
) -> None:
    assert not explanations(table, columns, _INT)[column]


@pytest.mark.parametrize(
    ("table", "key", "values"),
    [
        ("earnings_2020", "national_id", ("AB123456C", "CD654321E")),
        # every national id the name patterns know, not a second spelling of some of them
        ("benefit_claims", "social_insurance_no", ("123-456-789", "987-654-321")),
        ("benefit_claims", "soc_sec_no", ("123-45-6789",)),
    ],
)
def test_an_income_beside_a_national_id_is_the_persons(
    table: str, key: str, values: tuple[str, ...]
) -> None:
    columns = {"id": (), key: values, "yearly_income": (41000, 52500)}
    found = explanations(table, columns, _INT)
    assert "FINANCIAL" in found["yearly_income"], found


@pytest.mark.parametrize(
    ("table", "columns", "column"),
    [
        # a shop's takings keyed by a till, a fund's income keyed by its own number
        ("kiosk_takings", {"till_no": ("T1",), "yearly_income": (41000,)}, "yearly_income"),
        ("fund_reports", {"id": (), "fund_code": ("F1",), "yearly_income": (9,)}, "yearly_income"),
        # a bare national insurance is a contribution's rate, not a person's number
        ("tax_brackets", {"id": (), "national_insurance": (0.12, 0.02), "income_from": (0, 12570),
                          "income_to": (12570, 50270)}, "income_from"),
        ("payroll_settings", {"id": (), "national_insurance": ("0.12",), "bonus": (100,),
                              "commission": (5,)}, "bonus"),
        # a table of rules or of id schemes holds no one's row
        ("ssn_rules", {"ssn": ("9XX",), "salary_cap": (100000,)}, "salary_cap"),
        ("national_id_schemes", {"national_id": ("DNI", "CPF"), "income": (1, 2),
                                 "nationality": ("ES", "BR")}, "income"),
        ("national_id_schemes", {"national_id": ("DNI", "CPF"), "income": (1, 2),
                                 "nationality": ("ES", "BR")}, "nationality"),
    ],
)  # fmt: skip
def test_an_income_with_no_person_stays_unflagged(
    table: str, columns: dict[str, tuple[object, ...]], column: str
) -> None:
    assert not explanations(table, columns, _INT)[column]


def test_a_national_id_is_not_its_own_rows_key() -> None:
    columns = {
        "id": (), "company_name": ("Quill Ltd",), "national_insurance_no": ("12-345",),
        "vat_no": ("GB123",),
    }  # fmt: skip
    found = explanations("employers", columns, _INT)
    assert "INSURANCE_ID" not in found["national_insurance_no"], found


def test_a_transcript_in_a_row_that_points_at_a_person_is_free_text() -> None:
    said = ("I left the office at six and walked home along the river",)
    found = explanations("therapy_sessions", {"patient_id": (), "transcript": said}, _INT)
    assert "FREE_TEXT" in found["transcript"], found


def test_a_videos_transcript_stays_unflagged() -> None:
    said = ("Welcome back to the channel, today we bake a loaf of rye bread",)
    found = explanations("video_captions", {"video_id": (), "transcript": said}, _INT)
    assert not found["transcript"]


@pytest.mark.parametrize(
    ("table", "columns", "column"),
    [
        # a table of people, a table named for addresses, beside a street's name
        ("tenants", {"id": (), "full_name": ("Ana Quill",), "address_no": (14, 221),
                     "street": ("Elm Row",)}, "address_no"),
        ("tenants", {"id": (), "full_name": ("Ana Quill",), "addr_no": (14, 221),
                     "street_name": ("Elm Row",)}, "addr_no"),
        ("postal_addresses", {"id": (), "addr_nr": (3, 18), "street_name": ("Elm Row",),
                              "city": ("Leeds",)}, "addr_nr"),
    ],
)  # fmt: skip
def test_an_addresss_number_beside_its_street_is_the_house_number(
    table: str, columns: dict[str, tuple[object, ...]], column: str
) -> None:
    found = explanations(table, columns, _INT)
    assert "STREET_ADDRESS" in found[column], found[column]


@pytest.mark.parametrize(
    ("table", "columns", "column"),
    [
        ("warehouse_slots", {"id": (), "address_no": (100231, 100232), "rack_id": (),
                             "bay": ("B",)}, "address_no"),
        # a warehouse's aisles and a memory bank are called streets: no people, no addresses
        ("warehouse_bins", {"id": (), "address_no": (100231, 100232), "street": ("A1", "A2"),
                            "rack": ("R1",)}, "address_no"),
        ("memory_map", {"id": (), "address_no": (4096, 8192), "street": ("bank0", "bank1")},
         "address_no"),
        # a key to a street is no street's name
        ("street_lights", {"id": (), "addr_no": (12, 14), "street_id": (3, 4),
                           "wattage": (60,)}, "addr_no"),
        ("water_meters", {"id": (), "address_no": (12, 14), "street_id": (3, 4),
                          "reading": (60,)}, "address_no"),
    ],
)  # fmt: skip
def test_an_addresss_number_with_no_streets_name_stays_unflagged(
    table: str, columns: dict[str, tuple[object, ...]], column: str
) -> None:
    assert not explanations(table, columns, _INT)[column]


def test_an_events_dates_are_no_phone_numbers() -> None:
    columns = {"id": (), "created_on": ("06-03-2021", "07-04-2022", "09-08-2022"), "qty": ()}
    found = explanations("ticket_batches", columns, {**_INT, "created_on": "varchar(50)"})
    assert not found["created_on"], found


def test_a_phone_column_keeps_its_phones() -> None:
    columns = {"id": (), "phone": ("+44 20 7946 0958", "020 7946 0321"), "name": ("Ana Quill",)}
    assert "PHONE_NUMBER" in explanations("tenants", columns, _INT)["phone"]


def test_a_bare_contact_of_phone_numbers_is_a_phone() -> None:
    columns = {"id": (), "contact": ("5550100123", "+1 555 010 0199", "0555 010 0456")}
    found = explanations("enquiries", columns, _INT)
    assert "PHONE_NUMBER" in found["contact"], found


@pytest.mark.parametrize(
    ("table", "values", "types"),
    [
        ("enquiries", ("Ana Quill", "Bo Farrow"), {}),
        ("enquiries", ("sales@example.org",), {}),
        ("enquiries", ("12", "14", "15"), {}),
        # dates with hyphens fit a phone's digits
        ("callbacks", ("2021-03-06", "2021-04-06"), {}),
        ("crm", ("2021-03-06", "2022-01-31", "2020-12-12"), {}),
        # an integer column of a CRM's contact keys
        ("deal_links2", (100023456, 100023457), {"contact": "bigint"}),
        # the organisation's own switchboard, in its settings
        ("company_settings", ("+44 20 7946 0000",), {}),
        ("site_settings", ("+44 20 7946 0000",), {}),
    ],
)
def test_a_contact_of_names_mails_keys_or_dates_is_no_phone(
    table: str, values: tuple[object, ...], types: dict[str, str]
) -> None:
    columns = {"id": (), "contact": values}
    found = explanations(table, columns, {**_INT, **types})
    assert "PHONE_NUMBER" not in found["contact"], found


def test_the_tables_word_glued_before_a_fact_is_a_prefix() -> None:
    columns = {
        "id": (), "tripfirstname": ("Ana",), "triplastname": ("Quill",),
        "tripnationality": ("CL", "PE"),
    }  # fmt: skip
    found = explanations("grouptrip", columns, _INT)
    assert "after the table's word 'trip'" in found["tripnationality"]["DEMOGRAPHIC"], found


@pytest.mark.parametrize(
    ("table", "column"),
    [
        ("members", "tripnationality"),
        # a letting agency's tenant with a terrace: ``ter`` ends ``renter`` but is too short a
        # cut of it to be its word (``ren|ter``)
        ("renter", "terrace"),
    ],
)
def test_a_glued_fact_word_in_another_tables_column_stays_whole(table: str, column: str) -> None:
    columns = {"id": (), "first_name": ("Ana",), "last_name": ("Q",), column: ("yes", "no")}
    assert not explanations(table, columns, _INT)[column]


@pytest.mark.parametrize(
    ("name", "words"),
    [
        ("b2csurname", ("b2c", "surname")),
        ("B2CEmail", ("b2c", "email")),
        ("p2p_transfers", ("p2p", "transfers")),
        ("mp3_title", ("mp", "3", "title")),
        ("h2o_level", ("h", "2", "o", "level")),
    ],
)
def test_who_trades_with_whom_is_one_word(name: str, words: tuple[str, ...]) -> None:
    vocabulary = frozenset({"surname", "email", "title", "level", "transfer"})
    assert Tokenizer(vocabulary).tokens(name) == words


def test_b2c_glued_before_a_name_is_the_name() -> None:
    columns = {"id": (), "b2clastname": ("Quill", "Farrow"), "b2cchannel": ("web",)}
    assert "PERSON_NAME" in explanations("shop_signups", columns, _INT)["b2clastname"]


@pytest.mark.parametrize(
    ("column", "values", "entity"),
    [
        ("socialInsurance", ("123-456-789", "987-654-321"), "NATIONAL_ID"),
        ("social_insurance_id", ("123-456-789",), "NATIONAL_ID"),
        ("ldap_user_name", ("aquill", "bfarrow"), "USERNAME"),
        ("ldap_uid", ("aquill",), "USERNAME"),
    ],
)
def test_social_insurance_and_directory_logins_of_people(
    column: str, values: tuple[str, ...], entity: str
) -> None:
    columns = {"id": (), "surname": ("Quill",), "phone": ("+1 555 010 0199",), column: values}
    assert entity in explanations("crew_members", columns, _INT)[column]


@pytest.mark.parametrize(
    ("table", "columns", "column", "types"),
    [
        # a payroll's contribution rate, a directory's settings
        ("payroll_rates", {"id": (), "socialInsurance": ("0.0525",)}, "socialInsurance", {}),
        ("directory_settings", {"id": (), "host": (), "ldap_login": ("cn=reader",)}, "ldap_login",
         {}),
        # a lookup of insurers keyed by their fund's id
        ("social_insurance_funds", {"id": (), "social_insurance_id": ("AOK", "TK"),
                                    "name": ("AOK", "TK")}, "social_insurance_id", {}),
        # a fraction is a rate, not an id, even in a table of people
        ("crew_members", {"id": (), "surname": ("Quill",), "phone": ("+1 555 010 0199",),
                          "socialInsurance": (Decimal("0.0525"),)}, "socialInsurance",
         {"socialInsurance": "numeric"}),
        ("crew_members", {"id": (), "surname": ("Quill",), "phone": ("+1 555 010 0199",),
                          "social_insurance_no": (Decimal("0.0525"),)}, "social_insurance_no",
         {"social_insurance_no": "numeric(6,4)"}),
    ],
)  # fmt: skip
def test_social_insurance_and_ldap_words_elsewhere_stay_unflagged(
    table: str, columns: dict[str, tuple[object, ...]], column: str, types: dict[str, str]
) -> None:
    found = explanations(table, columns, {**_INT, **types})
    assert "NATIONAL_ID" not in found[column] and "USERNAME" not in found[column], found[column]


#: Texts shaped like dates of every format: days and months of one or two digits (a day may be
#: `` 6``), days past their month's end, year 0, digits of other scripts, stray characters.
_DATE_PARTS = st.text(alphabet="0123456789 \u0661\u0969\uff13", min_size=1, max_size=4)
_DATE_LIKE = st.builds(
    lambda a, s1, b, s2, c, tail: f"{a}{s1}{b}{s2}{c}{tail}",
    _DATE_PARTS, st.sampled_from("-/."), _DATE_PARTS, st.sampled_from("-/."), _DATE_PARTS,
    st.sampled_from(["", "", "", "0", " ", "x", "\n"]),
)  # fmt: skip


@settings(max_examples=1500, deadline=None)
@given(
    st.one_of(
        st.dates().flatmap(
            lambda d: st.sampled_from(hr._DATE_FORMATS).map(lambda f: d.strftime(f))
        ),
        _DATE_LIKE,
        st.text(alphabet="0123456789 -./", max_size=12),
        st.text(max_size=12),
    )
)
def test_a_date_is_what_strptime_reads_in_one_of_the_formats(text: str) -> None:
    """``_a_date`` (the shape screen, then each format's regex and the calendar) answers as
    ``datetime.strptime`` tried in every format does."""
    assert hr._a_date(text) == reads_as_strptime(text)


def test_a_numeric_contact_reads_odd_digits_without_raising() -> None:
    # a superscript digit (isdigit, not int) and thousands of digits (int() refuses over 4,300)
    assert hr.numeric_phones(["\u00b2\u00b3", "2125550199"])
    assert not hr.numeric_phones(["9" * 5000])


def reads_as_strptime(text: str) -> bool:
    for fmt in hr._DATE_FORMATS:
        try:
            datetime.strptime(text, fmt)
        except ValueError:
            continue
        return True
    return False


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("29-02-2024", True), ("29-02-2023", False), ("31.04.2022", False), ("0000-01-01", False),
        (" 6/03/2021", True), ("2021-03- 6", True), ("2021-3-6", True), ("12/31/2022", True),
        ("06-03-2021x", False), ("2021-03-060", False),
        # strptime's %d takes another script's digit only after an ASCII one; %Y takes any
        ("\u0661\u0662-03-2021", False), ("1\u0662-03-\u0662021", True),
    ],
)  # fmt: skip
def test_a_date_reads_the_calendar_and_digits_as_strptime_does(text: str, read: bool) -> None:
    assert reads_as_strptime(text) is read
    assert hr._a_date(text) is read
