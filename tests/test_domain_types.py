"""Domains, enums and arrays are judged by their base type before any guard.

A flag declared through ``CREATE DOMAIN yes_no AS boolean`` is still a flag: a comment that
mentions first and last names must not make it a person's name. The PostgreSQL connector shows
such a column as declared with its base type after it (``yes_no (boolean)``); the classifiers'
guards judge the base type. Enumerated types (PostgreSQL enums, MySQL ``enum``/``set``) hold one
of a fixed list of labels, never an e-mail, a phone number or a name.
"""

from __future__ import annotations

import pytest

from classifiers import FieldContext, default_classifier
from lineage.core.config import load_estate
from lineage.pipeline.run import scan_estate

from .conftest import write_estate

CLASSIFIER = default_classifier()
NAMES_COMMENT = "The first and last names of the customer"

PG_SCHEMA = f"""
CREATE SCHEMA crm;
CREATE DOMAIN crm.yes_no AS boolean;
CREATE DOMAIN crm.strict_flag AS crm.yes_no NOT NULL DEFAULT false;
CREATE DOMAIN crm.short_text AS varchar(40);
CREATE DOMAIN crm.email AS text CHECK (VALUE LIKE '%@%');
CREATE DOMAIN crm.client_addr AS inet;
CREATE TYPE crm.channel AS ENUM ('email', 'phone', 'post');
CREATE DOMAIN crm.channel_d AS crm.channel;
CREATE TABLE crm.person (
    id int PRIMARY KEY,
    names_checked crm.yes_no,
    names_locked crm.strict_flag,
    names_flags crm.yes_no[],
    names_text text,
    last_name crm.short_text,
    contact crm.email,
    login_ip crm.client_addr,
    preferred_contact crm.channel,
    fallback_contact crm.channel_d,
    phone_numbers text[]
);
COMMENT ON COLUMN crm.person.names_checked IS '{NAMES_COMMENT}';
COMMENT ON COLUMN crm.person.names_locked IS '{NAMES_COMMENT}';
COMMENT ON COLUMN crm.person.names_flags IS '{NAMES_COMMENT}';
COMMENT ON COLUMN crm.person.names_text IS '{NAMES_COMMENT}';
COMMENT ON COLUMN crm.person.preferred_contact IS 'Phone number or e-mail preferred';
INSERT INTO crm.person
SELECT i, i % 2 = 0, i % 3 = 0, ARRAY[i % 2 = 0], initcap(chr(97 + i % 26) || 'nn Lee'),
       'Lee' || chr(97 + i % 26),
       'p' || i || '@mail.example', ('10.1.' || i || '.7')::inet,
       (ARRAY['email', 'phone', 'post'])[1 + i % 3]::crm.channel,
       (ARRAY['email', 'phone', 'post'])[1 + i % 3]::crm.channel,
       ARRAY['+1 415 555 ' || (1000 + i)]
FROM generate_series(1, 60) AS i;
"""


@pytest.fixture(scope="module")
def pg_crm(pg_db, tmp_path_factory):
    pg_db.run(PG_SCHEMA)
    folder = tmp_path_factory.mktemp("estate")
    estate = write_estate(
        folder, f'systems:\n  crm: {{connector: postgresql, dsn: "{pg_db.dsn}", schemas: [crm]}}\n'
    )
    snapshot = scan_estate(load_estate(estate), scanned_at="2027-01-01T00:00:00Z")
    return {f.name: f for f in snapshot.fields}


def test_postgresql_shows_the_declared_type_and_its_base(pg_crm):
    types = {name: f.data_type for name, f in pg_crm.items()}
    assert types["names_checked"] == "crm.yes_no (boolean)"
    assert types["names_locked"] == "crm.strict_flag (boolean)"  # a domain over a domain
    assert types["names_flags"] == "crm.yes_no[] (boolean[])"
    assert types["last_name"] == "crm.short_text (character varying(40))"
    assert types["preferred_contact"] == "crm.channel (enum)"
    assert types["fallback_contact"] == "crm.channel_d (enum)"  # a domain over an enum
    # Plain types are shown as before.
    assert types["names_text"] == "text"
    assert types["phone_numbers"] == "text[]"
    assert types["id"] == "integer"


def test_a_boolean_domain_is_a_flag_whatever_its_comment_says(pg_crm):
    for name in ("names_checked", "names_locked", "names_flags"):
        assert pg_crm[name].entities == (), name
    # The same comment on a text column still names a person.
    assert [e.entity for e in pg_crm["names_text"].entities] == ["PERSON_NAME"]


def test_domains_over_text_and_inet_keep_their_entities(pg_crm):
    assert {e.entity for e in pg_crm["last_name"].entities} == {"PERSON_NAME"}
    assert {e.entity for e in pg_crm["contact"].entities} == {"EMAIL_ADDRESS"}
    ip = {e.entity: e for e in pg_crm["login_ip"].entities}["IP_ADDRESS"]
    assert "types" in ip.signals  # the domain's base type is PostgreSQL's inet


def test_an_enum_holds_labels_not_contact_details(pg_crm):
    assert pg_crm["preferred_contact"].entities == ()
    assert pg_crm["fallback_contact"].entities == ()


@pytest.mark.parametrize(
    "data_type, name, comment, expected",
    [
        ("yes_no (boolean)", "names_ok", NAMES_COMMENT, set()),
        ("flag (boolean)", "email_address", "", set()),
        ("yes_no[] (boolean[])", "phone", "", set()),
        ("channel (enum)", "contact_email", "", set()),
        ("enum('email','phone','post')", "contact_phone", "", set()),
        ("set('home','work')", "phone", "", set()),
        ("enum('m','f','x')", "gender", "", {"GENDER"}),  # an enum may hold a category
        ("short_text (varchar(40))", "first_name", "", {"PERSON_NAME"}),
        ("ids (integer[])", "customer_ids", "", set()),
        ("inet[]", "known_hosts", "", {"IP_ADDRESS"}),  # an array of addresses
        ("integer[]", "phone", "", {"PHONE_NUMBER"}),  # numbers may be phones; no key veto
        ("varchar(40)", "names_ok", NAMES_COMMENT, {"PERSON_NAME"}),  # unchanged without domain
    ],
)
def test_guards_judge_the_base_type(data_type, name, comment, expected):
    ctx = FieldContext("s", "public.customer", name, data_type, comment=comment)
    assert {h.entity for h in CLASSIFIER.classify([ctx])[0]} == expected


MY_SCHEMA = """
CREATE TABLE member (
    id int PRIMARY KEY,
    contact_email enum('yes','no','unknown'),
    phone set('home','work','mobile'),
    email varchar(120),
    gender enum('f','m','x')
);
INSERT INTO member VALUES
    (1, 'yes', 'home', 'a1@mail.example', 'f'), (2, 'no', 'work', 'a2@mail.example', 'm'),
    (3, 'unknown', 'home,work', 'a3@mail.example', 'x'),
    (4, 'yes', 'mobile', 'a4@mail.example', 'f');
"""


def test_mysql_enum_and_set_columns_hold_labels(my_db, tmp_path):
    my_db.run(MY_SCHEMA)
    estate = write_estate(tmp_path, f'systems:\n  club: {{connector: mysql, dsn: "{my_db.dsn}"}}\n')
    fields = {
        f.name: f
        for f in scan_estate(load_estate(estate), scanned_at="2027-01-01T00:00:00Z").fields
    }
    assert fields["contact_email"].data_type.startswith("enum(")
    assert fields["contact_email"].entities == ()
    assert fields["phone"].entities == ()
    assert [e.entity for e in fields["email"].entities] == ["EMAIL_ADDRESS"]
    assert [e.entity for e in fields["gender"].entities] == ["GENDER"]
