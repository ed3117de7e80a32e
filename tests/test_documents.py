"""The document signal: entities inside JSON and XML documents, read leniently and within bounds
(cases made up here: names, keys, tags and values are synthetic)."""

from __future__ import annotations

import pytest

from classifiers import FieldContext, default_classifier
from classifiers.doc_readers import MAX_LEAVES, document_kind, json_leaves, xml_leaves
from classifiers.documents import DocumentSignal
from lineage.core.config import load_estate
from lineage.pipeline.run import scan_estate

from .conftest import write_estate

CLASSIFIER = default_classifier()
FIRST = ["Ada", "Grace", "Alan", "Edsger", "Barbara", "Donald", "Frances", "Radia"]
LAST = ["Byron", "Hopper", "Turing", "Dijkstra", "Liskov", "Knuth", "Allen", "Perlman"]
PEOPLE_COLUMNS = ("id", "first_name", "last_name", "email", "hired_on")


def resume(i: int) -> str:
    f, last = FIRST[i % 8], LAST[i % 8]
    return (
        f'<?xml version="1.0"?><resume xmlns="urn:x-cv"><Name.First>{f}</Name.First>'
        f"<Name.Last>{last}</Name.Last><Address><Street>{i + 12} Elm Street</Street>"
        f"</Address><Phone>+1 415 555 01{i:02d}</Phone><Email>{f.lower()}{i}@mail.com</Email>"
        "<Skills>COBOL, compilers</Skills></resume>"
    )


def verdicts(name: str, data_type: str, samples, table: str = "hr.employees", siblings=None):
    ctx = FieldContext(
        "s",
        table,
        name,
        data_type,
        samples=tuple(samples),
        siblings=(*PEOPLE_COLUMNS, name) if siblings is None else siblings,
    )
    return {e.entity: e for e in CLASSIFIER.classify([ctx])[0]}


def test_an_xml_resume_holds_a_name_street_phone_and_email():
    found = verdicts("resume", "xml", [resume(i) for i in range(8)])
    assert set(found) == {"PERSON_NAME", "STREET_ADDRESS", "PHONE_NUMBER", "EMAIL_ADDRESS"}
    assert "XML documents hold street address in element 'Address.Street' (8 of 8 sampled" in (
        found["STREET_ADDRESS"].explanation
    )
    assert "documents" in found["PERSON_NAME"].signals


def test_xml_in_a_text_column_is_found_by_its_values():
    found = verdicts("cv_doc", "text", [resume(i) for i in range(8)])
    assert {"PERSON_NAME", "STREET_ADDRESS", "EMAIL_ADDRESS"} <= set(found)


def test_a_json_contact_info_column_holds_email_and_phone():
    docs = [
        f'{{"email": "{f.lower()}@corp.example.org", "phone": "+44 20 7946 0{i:03d}", '
        f'"prefs": {{"newsletter": true, "theme": "dark"}}}}'
        for i, f in enumerate(FIRST)
    ]
    found = verdicts("contact_info", "jsonb", docs)
    assert set(found) == {"EMAIL_ADDRESS", "PHONE_NUMBER"}
    assert "JSON documents hold email address under key 'email' (8 of 8 sampled documents)" in (
        found["EMAIL_ADDRESS"].explanation
    )


def test_psycopg_hands_jsonb_over_as_python_objects_cut_at_256_characters():
    """A scan samples str(dict) (single quotes, True/None) cut to 256 characters."""
    docs = [
        str(
            {
                "profile": {"given_name": f, "family_name": LAST[i], "gender": "female"},
                "mobile": f"+1 212 555 01{i:02d}",
                "active": True,
                "manager": None,
                "history": [{"year": 2000 + n, "role": "engineer"} for n in range(8)],
            }
        )[:256]
        for i, f in enumerate(FIRST)
    ]
    assert all(len(d) == 256 for d in docs)
    found = verdicts("demographics", "jsonb", docs)
    assert {"PERSON_NAME", "GENDER", "PHONE_NUMBER"} <= set(found)


def test_keys_named_by_people_fields_without_values_to_check():
    """Two documents are too few for values; the keys alone still say what they hold."""
    docs = ['{"name": {"first": "A", "last": "B"}, "dob": "1990-01-02"}'] * 2
    found = verdicts("applicant_data", "json", docs)
    assert {"PERSON_NAME", "DATE_OF_BIRTH"} <= set(found)


@pytest.mark.parametrize(
    ("name", "table", "docs"),
    [
        # a product's specification: "name" is a product name, nothing else is personal
        (
            "specs",
            "shop.products",
            [f'{{"name": "Oak table {i}", "weight_kg": {i}, "color": "red"}}' for i in range(8)],
        ),
        # an event's settings
        ("settings", "app.jobs", [f'{{"retries": {i}, "queue": "default"}}' for i in range(8)]),
        # HTML product copy starts with "<" but holds no personal data
        (
            "body_html",
            "shop.products",
            [
                f"<p>Solid <b>oak</b> table, model {i}.</p><ul><li>Seats four</li></ul>"
                for i in range(8)
            ],
        ),
    ],
)
def test_documents_without_personal_fields_are_not_flagged(name, table, docs):
    assert verdicts(name, "text", docs, table=table, siblings=("id", "sku", name)) == {}


def test_a_key_that_is_data_is_never_cited():
    """A document keyed by each person's login: the key is data, so the reason cites no key."""
    docs = [
        f'{{"zq{i}user{i}": {{"email": "{f.lower()}@corp.example.org"}}}}'
        for i, f in enumerate(FIRST)
    ]
    found = verdicts("accounts", "jsonb", docs)
    assert "EMAIL_ADDRESS" in found
    explanation = found["EMAIL_ADDRESS"].explanation
    assert "zq" not in explanation and "corp.example" not in explanation


def test_reading_stops_at_the_bounds_and_at_cut_text():
    big = "{" + ", ".join(f'"k{i}": "v{i}"' for i in range(500)) + "}"
    assert len(list(json_leaves(big))) == MAX_LEAVES
    assert list(json_leaves('{"email": "ada@exa')) == []  # a value cut in half is not read
    assert list(xml_leaves("<a><email>ada@example.com</email><pho")) == [
        (("a", "email"), "ada@example.com")
    ]
    # XML entities are unescaped, a DTD's are never expanded
    doc = '<!DOCTYPE x [<!ENTITY e "EXPANDED">]><x><n>A &amp; B &e;</n></x>'
    assert list(xml_leaves(doc)) == [(("x", "n"), "A & B &e;")]


def test_document_kind():
    assert document_kind("jsonb", ()) == "JSON"
    assert document_kind("XML", ()) == "XML"
    assert document_kind("longtext", ['{"a": 1}', '{"a": 2}', "x"]) == "JSON"
    assert document_kind("text", ["plain words", "more words", "{odd}"]) is None
    assert document_kind("bytea", [b"{", b"{"]) is None


def test_no_samples_no_opinion():
    assert DocumentSignal(values=None).evaluate(FieldContext("s", "t", "doc", "jsonb")) == []


def test_documents_in_a_real_postgresql_and_mariadb_table(pg_db, my_db, tmp_path):
    rows = ", ".join(
        f'({i}, \'{{"email": "{f.lower()}{i}@mail.example.net", "phone": '
        f"\"+1 415 555 02{i:02d}\"}}', '{resume(i)}')"
        for i, f in enumerate(FIRST)
    )
    pg_db.run(
        f"CREATE TABLE staff (id int, contact_info jsonb, cv xml);INSERT INTO staff VALUES {rows};"
    )
    my_db.run(
        "CREATE TABLE staff (id int, contact_info json, cv longtext);"
        f"INSERT INTO staff VALUES {rows};"
    )
    estate = write_estate(
        tmp_path,
        f"systems:\n  pg: {{connector: postgresql, dsn: '{pg_db.dsn}'}}\n"
        f"  my: {{connector: mysql, dsn: '{my_db.dsn}'}}\n",
    )
    snapshot = scan_estate(load_estate(estate))
    found = {(f.system, f.name): {e.entity for e in f.entities} for f in snapshot.fields}
    for system in ("pg", "my"):
        assert {"EMAIL_ADDRESS", "PHONE_NUMBER"} <= found[(system, "contact_info")], system
        assert {"PERSON_NAME", "STREET_ADDRESS"} <= found[(system, "cv")], system


def test_text_that_only_starts_like_markup_is_left_to_the_value_signal():
    """``<ada@example.com>`` is an address in angle brackets, not an XML document."""
    mails = [f"<rep{i}@mail.example.net>" for i in range(30)]
    assert document_kind("text", mails) is None
    assert "EMAIL_ADDRESS" in verdicts("c3", "text", mails, table="crm.leads", siblings=("id",))
