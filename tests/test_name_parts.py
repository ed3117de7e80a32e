"""Courtesy titles, name suffixes, middle initials and phone extensions: parts of a person's name
or phone number that the name or the values alone did not label (issue 15, causes 3 and 4).

Each case is a column a user would scan, classified by the default classifier as a scan runs it:
its name, type, table, the table's other columns and made-up sampled values.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from classifiers import FieldContext, default_classifier
from classifiers.name_part_words import courtesy_title, name_suffix, phone_extension

CLASSIFIER = default_classifier()
EMPLOYEES = ("employee_id", "first_name", "last_name", "title", "home_phone", "extension")
PEOPLE = ("customer_id", "first_name", "last_name", "email", "phone")


def _verdict(
    name: str,
    values: tuple[str, ...],
    *,
    table: str = "employees",
    siblings: tuple[str, ...] = EMPLOYEES,
    data_type: str = "varchar(30)",
    comment: str = "",
) -> dict[str, str]:
    ctx = FieldContext("hr", table, name, data_type, comment, samples=values, siblings=siblings)
    return {hit.entity: hit.explanation for hit in CLASSIFIER.classify([ctx])[0]}


COURTESY = ("Ms.", "Dr.", "Mr.", "Mrs.")


@pytest.mark.parametrize(
    "name, values",
    [
        ("title_of_courtesy", COURTESY),  # a handful of rows
        ("title", COURTESY * 10),  # many rows of few values: the enum guard must not veto
        ("TitleOfCourtesy", ("Mr", "Ms", "Mrs", "Miss", "Mx")),
        ("salutation", ("Herr", "Frau", "Dr.", "Prof. Dr.") * 6),
        ("anrede", ("Herr", "Frau")),
        ("civilite", ("M.", "Mme", "Mlle") * 8),
        ("tratamiento", ("Sr.", "Sra.", "Srta.", "Dra.")),
    ],
)
def test_courtesy_titles_are_part_of_a_persons_name(name, values):
    found = _verdict(name, values)
    assert "PERSON_NAME" in found, found
    assert "courtesy titles" in found["PERSON_NAME"]
    assert not any(v in found["PERSON_NAME"] for v in ("Mrs.", "Herr", "Mme", "Sra."))


def test_gendered_titles_also_hint_at_gender():
    found = _verdict("title", COURTESY * 10)
    assert "GENDER" in found and "gendered courtesy titles" in found["GENDER"]


@pytest.mark.parametrize(
    "name, values, table, siblings",
    [
        (
            "title",
            (
                "Sales Representative",
                "Vice President, Sales",
                "Sales Manager",
                "Inside Sales Coordinator",
                "Dr. of Engineering",
            ),
            "employees",
            EMPLOYEES,
        ),  # job titles
        ("title", ("Academy Dinosaur", "Ace Goldfinger", "Adaptation Holes"), "film", ()),
        ("title", ("Blue Widget", "Red Widget", "Mr. Potato Head"), "products", ()),
        ("suffix", (".pdf", ".docx", ".png"), "files", ()),
        ("name_prefix", ("ORD", "INV", "SKU"), "sequences", ()),
    ],
)
def test_job_and_product_titles_are_not_name_parts(name, values, table, siblings):
    assert "PERSON_NAME" not in _verdict(name, values, table=table, siblings=siblings)


def test_a_courtesy_title_name_in_a_table_of_people_needs_no_values():
    found = _verdict("courtesy_title", (), table="customers", siblings=PEOPLE)
    assert "PERSON_NAME" in found
    assert _verdict("title", (), table="customers", siblings=PEOPLE) == {}


@pytest.mark.parametrize(
    "name, values",
    [
        ("suffix", ("Jr.", "Sr.", "III", "II")),
        ("name_suffix", ("Jr", "Sr", "III", "IV", "PhD") * 6),
        ("generational_suffix", ("Jr.", "III")),
    ],
)
def test_name_suffixes_are_part_of_a_persons_name(name, values):
    found = _verdict(name, values, table="customers", siblings=PEOPLE)
    assert "PERSON_NAME" in found and "name suffixes" in found["PERSON_NAME"], found
    assert "GENDER" not in found


@pytest.mark.parametrize("name", ["middle_initial", "MiddleInitial", "initials"])
def test_middle_initials_are_part_of_a_persons_name(name):
    values = tuple("ABCDEFGHJKLMNPRSTW")
    found = _verdict(name, values, table="customers", siblings=PEOPLE, data_type="char(1)")
    assert "PERSON_NAME" in found, found


@pytest.mark.parametrize(
    "name, values, siblings",
    [
        ("extension", ("5467", "3457", "3355", "5176", "3453", "428", "465", "2344"), EMPLOYEES),
        ("phone_ext", tuple(f"x{5800 + i * 7}" for i in range(30)), (*PEOPLE, "phone_ext")),
        ("PhoneExtension", ("ext. 12", "ext. 305", "ext. 4410"), PEOPLE),
        ("extn", tuple(str(200 + i) for i in range(25)), EMPLOYEES),
    ],
)
def test_an_extension_next_to_a_persons_phone_is_part_of_the_phone_number(name, values, siblings):
    found = _verdict(name, values, table="contacts", siblings=siblings)
    assert "PHONE_NUMBER" in found, found
    assert not any(v in found["PHONE_NUMBER"] for v in values)


@pytest.mark.parametrize(
    "name, values, table, siblings",
    [
        ("extension", ("pdf", "docx", "png", "jpg"), "attachments", ("path", "size_bytes")),
        ("extension", ("5467", "3457", "3355", "5176"), "offices", ("city", "country")),
        ("ext", ("5467", "3457", "3355"), "customers", ("first_name", "last_name", "email")),
        ("extension", ("pdf", "docx", "png"), "employees", EMPLOYEES),  # values disagree
    ],
)
def test_an_extension_without_a_persons_phone_is_not_a_phone_number(name, values, table, siblings):
    assert "PHONE_NUMBER" not in _verdict(name, values, table=table, siblings=siblings)


def test_a_phone_column_of_short_numbers_is_still_vetoed():
    """Only a column named for an extension escapes the values' 'no phone number here' veto."""
    found = _verdict(
        "phone", tuple(str(100 + i) for i in range(30)), table="customers", siblings=PEOPLE
    )
    assert "PHONE_NUMBER" not in found


@pytest.mark.parametrize(
    "value, title, suffix, extension",
    [
        ("Mrs.", True, False, False),
        ("Prof. Dr.", True, False, False),
        ("Sra", True, False, False),
        ("Sales Manager", False, False, False),
        ("Jr.", False, True, False),
        ("III", False, True, False),
        ("x5800", False, False, True),
        ("5800", False, False, True),
        ("+1 415 555 0100", False, False, False),
    ],
)
def test_name_part_words(value, title, suffix, extension):
    assert (courtesy_title(value), name_suffix(value), phone_extension(value)) == (
        title,
        suffix,
        extension,
    )


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.one_of(st.text(max_size=12), st.integers(), st.binary(max_size=4), st.just("  ")),
        max_size=60,
    ),
    st.booleans(),
)
def test_distinct_values_are_read_alike_whatever_their_types(
    samples: list[object], text_only: bool
) -> None:
    """A column of plain strings is stripped in C: the same distinct values, in the same order,
    as read one by one (bytes skipped, others as text)."""
    from classifiers.name_parts import NamePartsSignal

    if text_only:
        samples = [s for s in samples if type(s) is str]
    head = samples[: NamePartsSignal.READ]
    one_by_one = dict.fromkeys(str(v).strip() for v in head if not isinstance(v, bytes))
    one_by_one.pop("", None)
    assert NamePartsSignal()._distinct(samples) == list(one_by_one)[: NamePartsSignal.PROBE]
