"""Rules of the forty-fifth round: columns led by the table's word with a letter glued before it
(``bcustomer_name`` in ``tbl_bakery_customers``), a landmark beside a person's city and postal
code, a person's bare ``number`` holding phone digits, a document's number in Spanish or
Portuguese in a table of people, coordinates named in the plural and a lone JSON document of a
person's fields. Every table, column and value is made up; the negative cases come from other
domains (a shop's products and orders, bus stations, a city's sights, tour guides, invoices,
payment slips and a document library, members' and staff numbers, weather stations, a settings
document)."""

from __future__ import annotations

from collections.abc import Mapping

import pytest

from .table_verdicts import explanations

#: Ten digits that dial no number of piimap's default regions (the values alone find no phone).
_DIGITS = ("9110045321", "8110293847", "7110384756", "6110473829")


def _verdict(
    table: str,
    columns: Mapping[str, tuple[object, ...]],
    column: str,
    types: dict[str, str] | None = None,
) -> dict[str, str]:
    return explanations(table, {"id": (), **columns}, types)[column]


# -- negatives first: the same words where no person is named ------------------------------------


@pytest.mark.parametrize(
    ("table", "columns", "column", "entity", "types"),
    [
        # a shop's products led by the table's word with its letter: a product's name
        (
            "tbl_bakery_products",
            {
                "bproduct_id": (),
                "bproduct_price": ("40", "55"),
                "bproduct_name": ("Rye loaf", "Seed bun", "Plain roll"),
            },
            "bproduct_name",
            "PERSON_NAME",
            None,
        ),
        # bus stations: a station's name
        (
            "city_bus_stations",
            {
                "bstation_id": (),
                "bstation_zone": ("A", "B"),
                "bstation_name": ("North Gate", "Mill"),
            },
            "bstation_name",
            "PERSON_NAME",
            None,
        ),
        # an order's number of ten digits: no person's table, no phone
        (
            "tbl_shop_orders",
            {"sorder_id": (), "sorder_total": ("120",), "sorder_number": _DIGITS},
            "sorder_number",
            "PHONE_NUMBER",
            None,
        ),
        # a city's sights beside a city and a postcode: a landmark is the sight itself
        (
            "city_sights",
            {
                "sight_title": ("Old bridge", "Clock tower"),
                "city": ("Ely", "Bath"),
                "postcode": ("CB7 4DL", "BA1 1LZ"),
                "landmark": ("river crossing", "market square"),
            },
            "landmark",
            "STREET_ADDRESS",
            None,
        ),
        # tour guides with a landmark they show, and no city or postal code of theirs
        (
            "tour_guides",
            {
                "guide_name": ("Ines Roy",),
                "guide_email": ("ir@tours.example",),
                "landmark": ("Clock tower", "Old bridge"),
            },
            "landmark",
            "STREET_ADDRESS",
            None,
        ),
        # members' numbers of ten digits counted up from one base: a member's number
        (
            "members",
            {
                "member_name": ("Ana Roy", "Tom Ek", "Li Wu"),
                "member_email": ("ar@x.example", "te@x.example", "lw@x.example"),
                "member_number": ("4000100231", "4000100232", "4000100245", "4000100251"),
            },
            "member_number",
            "PHONE_NUMBER",
            None,
        ),
        # a customer's number kept as an integer
        (
            "customers",
            {
                "customer_name": ("Ana Roy", "Tom Ek", "Li Wu"),
                "customer_email": ("ar@x.example", "te@x.example", "lw@x.example"),
                "customer_number": (9110045321, 8110293847, 7110384756),
            },
            "customer_number",
            "PHONE_NUMBER",
            {"customer_number": "bigint"},
        ),
        # staff numbers with letters
        (
            "employees",
            {
                "employee_name": ("Ana Roy", "Tom Ek", "Li Wu"),
                "employee_email": ("ar@x.example", "te@x.example", "lw@x.example"),
                "employee_number": ("E-10023", "E-10024", "E-10031"),
            },
            "employee_number",
            "PHONE_NUMBER",
            None,
        ),
        # an invoice's document number, a payment slip's and a document library's
        (
            "factura",
            {
                "cliente_id": (),
                "fecha": ("2024-01-02",),
                "total": ("1200",),
                "numero_documento": ("100000123", "100000124", "100000131"),
            },
            "numero_documento",
            "NATIONAL_ID",
            None,
        ),
        (
            "boletos",
            {"valor": ("150.00",), "vencimento": ("2024-03-10",), "numero_documento": ("7712",)},
            "numero_documento",
            "NATIONAL_ID",
            None,
        ),
        (
            "documentos",
            {
                "nombre": ("Contrato marco", "Anexo dos"),
                "url": ("https://docs.example/a.pdf",),
                "numero_documento": ("2024-001", "2024-002"),
            },
            "numero_documento",
            "NATIONAL_ID",
            None,
        ),
        # a weather station's coordinates stay as the singular's verdict (next test)
        # a lone JSON document of an application's settings
        (
            "app_settings",
            {
                "scope": ("global",),
                "payload": ('{"theme": "dark", "page_size": 20, "beta": true}',),
            },
            "payload",
            "FREE_TEXT",
            None,
        ),
    ],
)
def test_the_rules_stay_out_of_other_domains(
    table: str,
    columns: dict[str, tuple[object, ...]],
    column: str,
    entity: str,
    types: dict[str, str] | None,
) -> None:
    assert entity not in _verdict(table, columns, column, types)


@pytest.mark.parametrize("table", ["weather_stations", "customers"])
def test_coordinates_in_the_plural_read_as_the_singular(table: str) -> None:
    values = ("51.5072", "48.8566", "52.5200")
    plural = _verdict(table, {"name": ("North",), "latitudes": values}, "latitudes")
    single = _verdict(table, {"name": ("North",), "latitude": values}, "latitude")
    assert set(plural) == set(single)


# -- positives: a person's fields -----------------------------------------------------------------

_CAFE_CUSTOMERS = {
    "ccustomer_id": (),
    "ccustomer_name": ("Meera Rao", "Arjun Kale", "Tom Ek"),
    "ccustomer_email": ("mr@mail.example", "ak@mail.example", "te@mail.example"),
    "ccustomer_number": _DIGITS,
    "ccustomer_city": ("Nashik", "Satara"),
    "ccustomer_pincode": ("422001", "415001"),
    "ccustomer_landmark": ("Opposite the bus stand", "Behind the temple"),
}


@pytest.mark.parametrize(
    ("column", "entity"),
    [
        ("ccustomer_name", "PERSON_NAME"),
        ("ccustomer_number", "PHONE_NUMBER"),
        ("ccustomer_landmark", "STREET_ADDRESS"),
    ],
)
def test_a_customers_fields_led_by_a_letter(column: str, entity: str) -> None:
    assert entity in _verdict("tbl_cafe_customers", _CAFE_CUSTOMERS, column)


def test_an_admins_number_of_phone_digits() -> None:
    columns = {
        "admin_name": ("Ravi Joshi", "Sara Pillai", "Ken Mori"),
        "admin_email": ("rj@ops.example", "sp@ops.example", "km@ops.example"),
        "admin_number": _DIGITS[:3],
    }
    assert "PHONE_NUMBER" in _verdict("tbl_admin", columns, "admin_number")


@pytest.mark.parametrize(
    ("table", "names", "column"),
    [
        ("clientes", ("Ana Gómez Ruiz", "Luis Pérez Mora", "Eva Díaz"), "numero_documento"),
        ("pacientes", ("Joana Lima Souza", "Rui Costa", "Bia Neves"), "nro_documento"),
    ],
)
def test_a_persons_document_number(table: str, names: tuple[str, ...], column: str) -> None:
    columns = {
        "nombre": names,
        "correo": ("ag@mail.example", "lp@mail.example", "ed@mail.example"),
        column: ("79123456", "1020304050", "52987654"),
    }
    assert "NATIONAL_ID" in _verdict(table, columns, column)


def test_a_lone_json_document_of_a_persons_fields() -> None:
    doc = (
        '{"customer_fullname": "Ida Lund", "customer_postcode": "PE2 6YT",'
        ' "customer_email": "il@mail.example", "customer_telephone": "01632 960123"}'
    )
    columns = {"job_ref": ("J-1",), "received_data": (doc,)}
    assert _verdict("service_jobs", columns, "received_data")
