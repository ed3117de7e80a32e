"""Rules of the thirty-fifth round: a person's details kept in tables of their own behind an
application's prefix and the columns' shared abbreviation, and relatives named in numbered
slots. Every table, column and value is made up; the negative cases come from other domains (a
shop's order details, a device's info, a warehouse's item details, a product's details behind
a prefix, a sports club's settings, a ledger's columns, sister companies and brotherhoods)."""

from __future__ import annotations

import pytest

from .table_verdicts import explanations

_INT = {
    "id": "int",
    "rpi_id": "int",
    "rpi_member_id": "int",
    "cod_id": "int",
    "cod_customer_id": "int",
    "rpi_patient_id": "int",
    "pd_id": "int",
    "pd_product_id": "int",
    "cdi_customer_id": "int",
    "cdi_id": "int",
    "qty": "int",
    "member_id": "int",
    "fd_id": "int",
    "fd_member_id": "int",
}

# A club's members, their personal details in a table of their own (``rpi_``: the table's words).
_MEMBER_INFO = {
    "rpi_id": (),
    "rpi_member_id": (),
    "rpi_height": ("5ft 9in", "6ft 1in", "5ft 4in"),
    "rpi_maritalstatus": ("Single", "Married"),
    "rpi_birthplace": ("Leeds", "Harrogate"),
    "rpi_income": ("40,000", "55,000"),
    "rpi_note": ("prefers weekends",),
}


# -- negatives first: the same shapes where the rows are no person's ------------------------------


@pytest.mark.parametrize(
    ("table", "columns", "column", "entity"),
    [
        # a shop's order details keyed by the customer: an order's lines, not the customer
        (
            "shop_customer_order_details",
            {
                "cod_id": (),
                "cod_customer_id": (),
                "cod_qty": ("2", "3"),
                "cod_height": ("12", "40"),
                "cod_note": ("gift wrap",),
            },
            "cod_height",
            "PHYSICAL",
        ),
        (
            "shop_customer_order_details",
            {"cod_id": (), "cod_customer_id": (), "cod_note": ("gift wrap", "leave at door")},
            "cod_note",
            "FREE_TEXT",
        ),
        # a device's info with the user's key: the device's height, not the user's
        (
            "app_user_device_info",
            {"udi_id": (), "udi_user_id": (), "udi_height": ("1920", "1080"), "udi_os": ("ios",)},
            "udi_height",
            "PHYSICAL",
        ),
        # a product's details behind a prefix: a product is no person
        (
            "ms_product_details",
            {"pd_id": (), "pd_product_id": (), "pd_height": ("30 cm",), "pd_weight": ("2 kg",)},
            "pd_height",
            "PHYSICAL",
        ),
        # an application prefix too long to be one, before a people word
        (
            "warehouse_user_personal_info",
            {"wupi_id": (), "wupi_shelf": ("A1",), "wupi_height": ("2m", "3m")},
            "wupi_height",
            "PHYSICAL",
        ),
    ],
)
def test_details_of_things_stay_unflagged(
    table: str, columns: dict[str, tuple[object, ...]], column: str, entity: str
) -> None:
    types = {**_INT, "udi_id": "int", "udi_user_id": "int", "cd_id": "int", "wupi_id": "int"}
    found = explanations(table, columns, types)[column]
    assert entity not in found, found


@pytest.mark.parametrize(
    ("table", "columns", "column"),
    [
        # sister companies, brotherhoods, wifi networks and a midwife's unit: no relative
        (
            "companies",
            {"id": (), "sister_company_name": ("Hollis Freight Ltd",)},
            "sister_company_name",
        ),
        (
            "lodges",
            {"id": (), "brotherhood_name": ("Ancient Order of Foresters",)},
            "brotherhood_name",
        ),
        ("hotspots", {"id": (), "wifi_name": ("CafeGuest", "Lobby5G")}, "wifi_name"),
        ("lodges", {"id": (), "sisterhood": ("yes", "no")}, "sisterhood"),
    ],
)
def test_words_holding_a_relatives_word_name_no_relative(
    table: str, columns: dict[str, tuple[object, ...]], column: str
) -> None:
    assert "PERSON_NAME" not in explanations(table, columns, _INT)[column]


# -- the cases the rules are for ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("column", "entity"),
    [
        ("rpi_height", "PHYSICAL"),
        ("rpi_maritalstatus", "DEMOGRAPHIC"),
        ("rpi_birthplace", "DEMOGRAPHIC"),
        ("rpi_income", "FINANCIAL"),
        ("rpi_note", "FREE_TEXT"),
    ],
)
def test_a_persons_details_behind_prefixes_are_theirs(column: str, entity: str) -> None:
    found = explanations("cl_member_personal_info", _MEMBER_INFO, _INT)[column]
    assert entity in found, found


def test_a_persons_details_table_without_app_prefix() -> None:
    columns = {"cdi_id": (), "cdi_customer_id": (), "cdi_income": ("30,000",)}
    found = explanations("customer_extra_details", columns, _INT)["cdi_income"]
    assert "FINANCIAL" in found, found


@pytest.mark.parametrize(
    "column",
    ["fd_brothername1", "fd_sistername2", "fd_brother_name", "fd_husbandname", "fd_wife_name",
     "fd_grandmother_name", "daughter_name"],
)  # fmt: skip
def test_relatives_names_are_person_names(column: str) -> None:
    columns = {"fd_id": (), "fd_member_id": (), column: (), "fd_notes": ()}
    found = explanations("cm_member_family_details", columns, _INT)[column]
    assert "PERSON_NAME" in found, found


def test_a_siblings_marital_status_slot_is_theirs() -> None:
    columns = {"fd_id": (), "fd_member_id": (), "fd_sister_marital_status2": ()}
    found = explanations("cm_member_family_details", columns, _INT)["fd_sister_marital_status2"]
    assert "DEMOGRAPHIC" in found, found
