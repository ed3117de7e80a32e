"""Rules of the thirty-eighth round: a criminal court's words beside a person's parole, a
person's circumstances asked as flags, and a barangay beside a person's street address. Every
table and column is made up and no value is sampled; the negative cases come from other domains
(an employer's probation, a shop's charges, an NLP corpus, a French song's lyrics, a tax table's
filing statuses, a game's characters, a benefits scheme's rules, a property listing, a
municipality's census, a health centre's address)."""

from __future__ import annotations

import pytest

from .table_verdicts import explanations


def _verdict(table: str, columns: tuple[str, ...], column: str) -> dict[str, str]:
    return explanations(table, {c: () for c in ("id", *columns, column)})[column]


_APPLICANT = ("first_name", "last_name", "birth_date", "phone")


@pytest.mark.parametrize(
    ("table", "columns", "column"),
    [
        # an employer's probation beside a person's details: no parole, no court
        ("employees", ("first_name", "last_name", "hire_date"), "on_probation"),
        ("employees", ("first_name", "last_name", "email"), "probation_extended"),
        # a shop's charges and an NLP corpus' sentences: no parole, no person
        ("orders", ("customer_id", "total", "parole_note"), "charged"),
        ("bookings", ("guest_id", "room", "parole_note"), "sentence"),
        ("corpus_lines", ("document_id", "language"), "sentence"),
        # French song lyrics (``paroles``) beside a sentence of them: no person's row
        ("chansons", ("titre", "paroles", "auteur_id"), "sentence"),
        # another person named by their role, or a key, beside parole
        ("parolees", ("first_name", "parole_status"), "probation_officer"),
        ("intake_forms", (*_APPLICANT, "on_parole"), "sentence_id"),
        # a charge's amount beside parole
        ("intake_forms", (*_APPLICANT, "on_parole"), "charge_amount"),
        # a parole officer's own job probation beside their unit; a song's author and lyrics
        ("officers", ("first_name", "last_name", "email", "parole_unit"), "on_probation"),
        ("chansons", ("first_name", "last_name", "birth_date", "paroles"), "sentence"),
        # a tax table's filing statuses, a game's characters, a benefits scheme's rules
        ("tax_brackets", ("bracket", "rate", "threshold"), "is_married"),
        ("npc_templates", ("sprite", "level", "faction"), "is_married"),
        ("benefit_schemes", ("scheme_code", "max_amount"), "on_public_benefits"),
        # a property listing and a home insurance product
        ("listings", ("price", "bedrooms", "suburb"), "owns_home"),
        ("insurance_products", ("product_code", "premium"), "is_homeowner"),
        # a flag's name with no person's circumstance, in a person's table
        ("applicants", _APPLICANT, "is_home"),
        ("applicants", _APPLICANT, "on_benefits_page"),
        # a barangay of a census or a health centre's address: no person
        ("census_areas", ("municipality", "population"), "barangay"),
        ("health_centres", ("centre_name", "street", "city"), "brgy"),
        ("barangays", ("name", "municipality", "captain_id"), "brgy"),
    ],
)
def test_not_a_record_or_circumstance(table: str, columns: tuple[str, ...], column: str) -> None:
    found = _verdict(table, columns, column)
    assert not {"CRIMINAL_OFFENCE", "DEMOGRAPHIC", "FINANCIAL", "STREET_ADDRESS"} & set(found)


@pytest.mark.parametrize(
    ("table", "columns", "column", "entity"),
    [
        # a record-clearing clinic's intake: court words beside parole
        ("intake_forms", (*_APPLICANT, "on_probation_parole"), "being_charged", "CRIMINAL_OFFENCE"),
        (
            "intake_forms",
            (*_APPLICANT, "on_probation_parole"),
            "serving_sentence",
            "CRIMINAL_OFFENCE",
        ),
        ("intake_forms", (*_APPLICANT, "parole_status"), "completed_probation", "CRIMINAL_OFFENCE"),
        (
            "client_answers",
            ("first_name", "last_name", "was_paroled"),
            "reduced_probation",
            "CRIMINAL_OFFENCE",
        ),
        # a person's circumstances asked as flags
        ("applicants", _APPLICANT, "is_married", "DEMOGRAPHIC"),
        ("members", ("first_name", "last_name", "email"), "has_spouse", "DEMOGRAPHIC"),
        ("applicants", _APPLICANT, "owns_home", "FINANCIAL"),
        ("clients", ("first_name", "last_name", "email"), "on_public_benefits", "FINANCIAL"),
        ("tenants", ("full_name", "phone"), "receives_welfare", "FINANCIAL"),
        # a barangay beside a person's street address
        ("user_accounts", ("first_name", "last_name", "street", "city"), "brgy", "STREET_ADDRESS"),
        ("residents", ("full_name", "house_no", "city"), "barangay", "STREET_ADDRESS"),
    ],
)
def test_record_or_circumstance(
    table: str, columns: tuple[str, ...], column: str, entity: str
) -> None:
    assert entity in _verdict(table, columns, column)
