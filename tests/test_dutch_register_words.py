"""Issue 15's round 69: the Dutch registers' words for a person's names (``geslachtsnaam``,
``voornamen``) and for one written-out line of an address (``adresregel1``),
read in English. Every table, column and value is made up."""

from __future__ import annotations

from .table_verdicts import explanations


def test_a_persons_register_names_are_read() -> None:
    found = explanations(
        "inwoners",
        {
            "id": (1, 2),
            "voornamen": ("Pieter Jan", "Anna Maria"),
            "geslachtsnaam": ("Berg", "Vries"),
            "geboortedatum": ("1980-02-03", "1975-11-30"),
        },
    )
    assert "PERSON_NAME" in found["voornamen"]
    assert "PERSON_NAME" in found["geslachtsnaam"]


def test_an_address_written_in_lines_is_read() -> None:
    found = explanations(
        "klant",
        {
            "id": (1, 2),
            "voornaam": ("Sanne", "Ruud"),
            "achternaam": ("Smit", "Bakker"),
            "woonadres_adresregel1": ("Lindelaan 14", "Kerkstraat 3a"),
            "woonadres_adresregel2": ("2311 AB Leiden", "9711 CD Groningen"),
        },
    )
    assert "STREET_ADDRESS" in found["woonadres_adresregel1"]
    assert "STREET_ADDRESS" in found["woonadres_adresregel2"]


def test_a_products_register_lines_are_no_persons() -> None:
    # a prefix (``voorvoegsel``) in a table of things stays unflagged: the word is left unread
    found = explanations(
        "artikelen",
        {
            "id": (1, 2),
            "omschrijving": ("Stoel", "Tafel"),
            "voorvoegsel": ("ART", "MEU"),
            "prijs": (10.0, 25.0),
            "aantal": (4, 1),
        },
    )
    assert {c: h for c, h in found.items() if h} == {}
