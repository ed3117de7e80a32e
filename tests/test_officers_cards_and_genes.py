"""Rules of the fifty-first round: a body's height or weight named with its unit
(``weight_lbs``), a person's genes (``genotype``, ``allele``), a bare number in a table named for
payment cards and street addresses written in Cyrillic. The round's rules for an organisation's
officers and for a payment whose only party is an employee were withdrawn on review; their
negative cases stay. Every table, column and value is made up; the negative cases come from
other domains (a society's members with officer flags, a shop's parcels, a stable's horses, a
mouse colony, a seed bank, a kennel's genetic tests, a kanban board's cards, a gift-card shop, a
card game, a book's translator note, a shop's till, an order's payments)."""

from __future__ import annotations

import pytest

from .table_verdicts import explanations

_TYPES = {
    "id": "int",
    "chair_id": "int",
    "secretary_id": "int",
    "treasurer_id": "int",
    "is_treasurer": "boolean",
    "is_secretary": "boolean",
    "customer_id": "int",
    "employee_id": "int",
    "staff_id": "int",
    "order_id": "int",
    "donor_id": "int",
    "mouse_id": "int",
    "owner_id": "int",
    "rider_id": "int",
    "weight_kg": "numeric",
    "height_cm": "int",
    "weight_lbs": "int",
    "allele": "smallint",
    "amount": "numeric",
}
_ROWS = 12
_STREETS = tuple(f"{n} Quarry Lane" for n in range(3, 3 + _ROWS))
#: Street addresses as a Russian form writes them: the town, the street, the house, the flat.
_CYRILLIC = tuple(
    f"г. {town}, ул. {street}, д. {n}, кв. {n + 7}"  # noqa: RUF001
    for n, (town, street) in enumerate(
        zip(
            ("Тверь", "Кострома", "Вологда", "Псков") * 3,
            ("Садовая", "Лесная", "Речная", "Полевая", "Озёрная", "Южная") * 2,
            strict=True,
        ),
        start=2,
    )
)
#: Sixteen digits in groups of four that fail the Luhn check (as a generator's made-up cards do),
#: so that only the column's and the table's names can say they are a card's.
_CARDS = ("7310 4482 0956 1127", "8820 1937 4465 0318", "6304 9920 1845 7731") * 4


def _found(table: str, columns: dict[str, tuple[object, ...]], column: str) -> set[str]:
    return set(explanations(table, columns, _TYPES)[column])


@pytest.mark.parametrize(
    ("table", "columns", "column", "entity"),
    [
        # a shop's parcels keyed to the customer: the parcel's weight, no one's body
        (
            "parcels",
            {"id": (), "customer_id": (), "tracking_no": ("PX-1",), "weight_kg": (2.4, 0.8)},
            "weight_kg",
            "PHYSICAL",
        ),
        # a stable's horses: an animal's weight
        ("horses", {"id": (), "name": ("Bramble",), "weight_kg": (540,)}, "weight_kg", "PHYSICAL"),
        # a mouse colony's genotypes, keyed to the mouse and to the researcher who owns it
        (
            "colony_genotypes",
            {"id": (), "mouse_id": (), "owner_id": (), "genotype": ("Cre+/-",)},
            "genotype",
            "HEALTH",
        ),
        # a seed bank's accessions: a cultivar's alleles
        (
            "accessions",
            {"id": (), "cultivar": ("Red Fife",), "allele": (3, 5)},
            "allele",
            "HEALTH",
        ),
        # a kennel's genetic tests: the dog's genotype, keyed to its owner
        (
            "dna_tests",
            {"id": (), "owner_id": (), "dog_name": ("Pip",), "genotype": ("N/PRA",)},
            "genotype",
            "HEALTH",
        ),
        # a kanban board's cards and a card game's deck are numbered, no payment card
        (
            "cards",
            {"id": (), "title": ("Fix login",), "number": ("17", "18")},
            "number",
            "CREDIT_CARD",
        ),
        (
            "payment_cards",
            {"id": (), "label": ("step",), "number": ("1", "2", "3")},
            "number",
            "CREDIT_CARD",
        ),
        # a gift-card shop's cards: not a bank's
        (
            "gift_cards",
            {"id": (), "number": _CARDS, "balance": ("25.00",)},
            "number",
            "CREDIT_CARD",
        ),
        # a book's translator note in Russian: no street ("translated from English, 3rd edition")
        (
            "books",
            {"id": (), "title": ("Дюна",), "note": ("пер. с англ. А. Иванова, 3-е изд.",) * 3},  # noqa: RUF001
            "note",
            "STREET_ADDRESS",
        ),
        # a shop's till: the payment a customer made, taken by a member of staff
        (
            "payments",
            {"id": (), "customer_id": (), "staff_id": (), "amount": ("4.99",)},
            "amount",
            "FINANCIAL",
        ),
        # an order's payments, entered by an employee
        (
            "payments",
            {"id": (), "order_id": (), "employee_id": (), "amount": ("120.00",)},
            "amount",
            "FINANCIAL",
        ),
        # a payment against an invoice, entered by an employee
        (
            "payments",
            {"id": (), "employee_id": (), "invoice_no": ("F-88",), "amount": ("75.00",)},
            "amount",
            "FINANCIAL",
        ),
        # reminders of a payment due, keyed to the employee who sends them
        (
            "payment_reminders",
            {"id": (), "employee_id": (), "amount": ("75.00",)},
            "amount",
            "FINANCIAL",
        ),
        # a breeding game's dragons: the creature's genotype, keyed to the player
        (
            "dragons",
            {"id": (), "user_id": (), "name": ("Ember",), "genotype": ("Bb/Ss",)},
            "genotype",
            "HEALTH",
        ),
        # a payment to a customer's name, entered by an employee
        (
            "payments",
            {"id": (), "employee_id": (), "customer_name": ("Ines Vale",), "amount": ("9.00",)},
            "amount",
            "FINANCIAL",
        ),
    ],
)
def test_not_flagged_elsewhere(
    table: str, columns: dict[str, tuple[object, ...]], column: str, entity: str
) -> None:
    assert entity not in _found(table, columns, column)


@pytest.mark.parametrize(
    ("table", "columns", "column", "entity"),
    [
        # a society's members with officer flags: still people, their street is theirs
        (
            "society_members",
            {
                "id": tuple(range(_ROWS)),
                "first_name": ("Ines", "Tobias", "Ada", "Bruno") * 3,
                "street": _STREETS,
                "is_treasurer": (False,) * _ROWS,
                "is_secretary": (False,) * _ROWS,
            },
            "street",
            "STREET_ADDRESS",
        ),
        # a thesis defence keyed to its student, chaired by one examiner and minuted by another:
        # the student's home street stays theirs
        (
            "thesis_defences",
            {
                "id": tuple(range(_ROWS)),
                "student_id": tuple(range(_ROWS)),
                "chair_id": tuple(range(_ROWS)),
                "secretary_id": tuple(range(_ROWS)),
                "home_street": _STREETS,
            },
            "home_street",
            "STREET_ADDRESS",
        ),
        # a society's row with its officers' keys and a contact e-mail: a person's mailbox
        (
            "societies",
            {
                "id": tuple(range(_ROWS)),
                "name": ("Ashcombe Chess Circle",) * _ROWS,
                "chair_id": tuple(range(_ROWS)),
                "treasurer_id": tuple(range(_ROWS)),
                "email": tuple(f"member{i}.smith@example.org" for i in range(_ROWS)),
            },
            "email",
            "EMAIL_ADDRESS",
        ),
    ],
)
def test_still_flagged(
    table: str, columns: dict[str, tuple[object, ...]], column: str, entity: str
) -> None:
    assert entity in _found(table, columns, column)


@pytest.mark.parametrize(
    ("table", "columns", "column", "entity"),
    [
        # an athlete's height and weight named with their units
        (
            "athletes",
            {"id": (), "full_name": ("Ada Quenby",), "height_cm": (181,), "weight_lbs": (172,)},
            "weight_lbs",
            "PHYSICAL",
        ),
        (
            "athletes",
            {"id": (), "full_name": ("Ada Quenby",), "height_cm": (181,), "weight_lbs": (172,)},
            "height_cm",
            "PHYSICAL",
        ),
        # a donor registry's typing: the donor's haplotype and alleles
        (
            "donor_typing",
            {"id": (), "donor_id": (), "locus": ("A", "B"), "allele": (2, 24)},
            "allele",
            "HEALTH",
        ),
        (
            "patients",
            {"id": (), "first_name": ("Ines",), "last_name": ("Vale",), "genotype": ("CYP2D6*4",)},
            "genotype",
            "HEALTH",
        ),
        # a bank's cards keyed to their holders, the number under a bare name
        (
            "credit_cards",
            {"id": tuple(range(_ROWS)), "customer_id": tuple(range(_ROWS)), "number": _CARDS},
            "number",
            "CREDIT_CARD",
        ),
        ("user_debit_cards", {"id": (), "customer_id": (), "no": ()}, "no", "CREDIT_CARD"),
        # a ride's pick-up and drop-off written as a Russian form writes an address
        (
            "rides",
            {"id": tuple(range(_ROWS)), "rider_id": tuple(range(_ROWS)), "pickup": _CYRILLIC},
            "pickup",
            "STREET_ADDRESS",
        ),
    ],
)
def test_flagged(
    table: str, columns: dict[str, tuple[object, ...]], column: str, entity: str
) -> None:
    assert entity in _found(table, columns, column)
