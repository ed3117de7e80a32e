"""Rules of the thirty-sixth round: the amounts of a household's means assessment kept in a
table of its income or outgoings, and a search copy or diversity answers in a table of people's
details. Every table, column and value is made up; the negative cases come from other domains
(a firm's and a fund's income, a region's statistics, a strategy game's income, a landlord's
rental income, a nursery's takings, a payroll's deduction rates, a tax calculator's bands, a
shop's and a blog's search columns, a firm's contacts, a saved search, an ecology survey, a
team's scores, a company's policies)."""

from __future__ import annotations

import pytest

from .table_verdicts import explanations


def _ints(columns: dict[str, tuple[object, ...]]) -> dict[str, str]:
    """Every column an integer but the text ones a test names with ``_text`` or ``period``."""
    return {c: "text" if c.endswith(("_text", "period")) else "bigint" for c in columns}


def _amounts(*names: str) -> dict[str, tuple[object, ...]]:
    return {"id": (), **{n: () for n in names}}


# -- negatives first: the same words where no household's money is meant ------------------------


@pytest.mark.parametrize(
    ("table", "columns", "column"),
    [
        # a firm's income: a company, a fiscal year, revenue
        (
            "company_income",
            _amounts("company_id", "fiscal_year", "revenue", "other_income", "pension", "salary"),
            "pension",
        ),
        (
            "income",
            _amounts("business_id", "quarter", "earnings", "benefits", "income_tax"),
            "earnings",
        ),
        # a pension fund's income: its contributions and benefits paid
        (
            "fund_income",
            _amounts("fund_id", "pension_contributions", "benefits_paid", "dividends"),
            "pension_contributions",
        ),
        # a region's statistics of household income
        (
            "household_income",
            _amounts("region_code", "year", "median_earnings", "benefits", "pension"),
            "benefits",
        ),
        # a strategy game's income per turn
        ("income", _amounts("player_id", "gold", "earnings", "tax"), "earnings"),
        # a landlord's rental income and a nursery's takings
        ("rental_income", _amounts("property_id", "rent", "maintenance", "fees"), "rent"),
        ("income", _amounts("childcare", "fees", "grants", "rent"), "childcare"),
        # a payroll's deduction rates, a tax calculator's bands
        (
            "deductions",
            _amounts("national_insurance_rate", "childcare_cap", "income_tax_rate", "pension_pct"),
            "childcare_cap",
        ),
        (
            "deduction_bands",
            _amounts("band_no", "earnings_threshold", "pension_rate", "salary_max"),
            "earnings_threshold",
        ),
        # a household's amounts in a table that is no income's: an expense report's lines
        ("expenses", _amounts("rent", "salary", "pension", "childcare"), "rent"),
        # an organisation's staff costs: a school's, a club's, a practice's, a depot's, a trust's
        (
            "school_outgoings",
            _amounts("school_id", "wages", "pension", "national_insurance", "rent"),
            "wages",
        ),
        (
            "club_outgoings",
            _amounts("club_id", "wages", "national_insurance", "pension", "rent"),
            "wages",
        ),
        (
            "practice_outgoings",
            _amounts("practice_id", "salaries", "pension", "national_insurance"),
            "salaries",
        ),
        (
            "depot_outgoings",
            _amounts("depot_id", "wages", "pension", "national_insurance", "fuel"),
            "wages",
        ),
        (
            "trust_outgoings",
            _amounts("trust_id", "wages", "pension", "national_insurance"),
            "pension",
        ),
        (
            "employer_outgoings",
            _amounts("employer_id", "wages", "pension", "national_insurance"),
            "wages",
        ),
        # a payroll plan's and a tax ruleset's settings
        (
            "default_deductions",
            _amounts("plan_id", "pension", "student_loan", "childcare"),
            "pension",
        ),
        (
            "deductions",
            _amounts(
                "ruleset_id", "personal_allowance", "pension_allowance", "childcare_allowance"
            ),
            "pension_allowance",
        ),
        # an area's, a survey's and a segment's statistics
        (
            "household_income",
            _amounts("lsoa_code", "tax_credits", "child_benefit", "pension", "wages"),
            "wages",
        ),
        (
            "benefit_income",
            _amounts("local_authority_code", "pension", "benefits", "wages"),
            "pension",
        ),
        (
            "survey_income",
            _amounts("wave", "respondents", "earnings", "benefits", "pension"),
            "earnings",
        ),
        ("segment_income", _amounts("segment_id", "earnings", "pension", "benefits"), "earnings"),
        # a city-builder's colony, a budget template, a university's income
        ("colony_income", _amounts("colony_id", "wages", "pension", "benefits", "tax"), "wages"),
        (
            "budget_template_outgoings",
            _amounts("template_name", "rent", "council_tax", "childcare"),
            "rent",
        ),
        (
            "university_income",
            _amounts("tuition_fees", "student_loan", "grants", "pension"),
            "student_loan",
        ),
    ],
)
def test_income_words_outside_a_households_means_are_no_ones(
    table: str, columns: dict[str, tuple[object, ...]], column: str
) -> None:
    assert "FINANCIAL" not in explanations(table, columns, _ints(columns))[column]


@pytest.mark.parametrize(
    ("table", "columns", "column"),
    [
        # a household's period columns beside its amounts: how often, not how much
        (
            "applicant_income",
            _amounts("wages", "wages_period", "child_benefit", "child_benefit_period"),
            "wages_period",
        ),
        # the row's own keys and counts
        (
            "applicant_income",
            _amounts("wages", "child_benefit", "tax_credits", "dependants_count"),
            "dependants_count",
        ),
    ],
)
def test_a_means_tables_periods_and_counts_are_no_amounts(
    table: str, columns: dict[str, tuple[object, ...]], column: str
) -> None:
    assert "FINANCIAL" not in explanations(table, columns, _ints(columns))[column]


@pytest.mark.parametrize(
    ("table", "columns", "column"),
    [
        (
            "applicant_income",
            _amounts("wages", "wages_period", "child_benefit", "tax_credits", "alimony"),
            "wages",
        ),
        (
            "applicant_income",
            _amounts("wages", "child_benefit", "tax_credits", "other_income_per_week_value"),
            "other_income_per_week_value",
        ),
        ("claim_incomes", _amounts("pension", "benefits", "student_loan"), "student_loan"),
        # a person's key is the anchor, and a tax year beside it is the person's
        (
            "payslip_deductions",
            _amounts("employee_id", "tax_year", "income_tax", "national_insurance", "pension"),
            "pension",
        ),
        (
            "household_outgoings",
            _amounts("rent", "council_tax", "childcare", "national_insurance"),
            "rent",
        ),
        (
            "claimant_deductions",
            _amounts("income_tax", "national_insurance", "childcare", "court_fine_contributions"),
            "court_fine_contributions",
        ),
    ],
)
def test_a_households_amounts_are_its_means(
    table: str, columns: dict[str, tuple[object, ...]], column: str
) -> None:
    found = explanations(table, columns, _ints(columns))[column]
    assert "income or outgoings" in found.get("FINANCIAL", ""), found


# -- search copies and diversity answers ---------------------------------------------------------

_PERSON = {"id": (), "full_name": (), "postcode": (), "date_of_birth": ()}


@pytest.mark.parametrize(
    ("table", "columns", "column"),
    [
        # a shop's and a blog's search columns: titles and bodies
        ("products", {"id": (), "title": (), "sku": (), "search_text": ()}, "search_text"),
        (
            "posts",
            {"id": (), "title": (), "body": (), "author_name": (), "search_vector": ()},
            "search_vector",
        ),
        # a person's saved query, not a copy of their fields
        ("customers", {**_PERSON, "search_query": ()}, "search_query"),
        ("customers", {**_PERSON, "search": ()}, "search"),
        # a name without any detail: a glossary of people named in a book
        ("index_entries", {"id": (), "full_name": (), "search_field": ()}, "search_field"),
        # a name beside an office's e-mail or a last login's time: no detail of the person's
        (
            "index_entries",
            {"id": (), "full_name": (), "office_email": (), "search_field": ()},
            "search_field",
        ),
        (
            "index_entries",
            {"id": (), "surname": (), "last_login_email_sent_at": (), "search_text": ()},
            "search_text",
        ),
        # an ecology survey, a team's scores, a company's policies
        ("plots", {"id": (), "site": (), "species_diversity": ()}, "species_diversity"),
        ("teams", {"id": (), "team_name": (), "diversity_score": ()}, "diversity_score"),
        (
            "companies",
            {"id": (), "name": (), "phone": (), "email": (), "diversity": ()},
            "diversity",
        ),
        (
            "suppliers",
            {"id": (), "company_name": (), "phone": (), "search_text": ()},
            "search_text",
        ),
        # a gender, a sex or a birth date without a person's name: products and animals
        (
            "products",
            {"id": (), "title": (), "gender": (), "phone_model": (), "search_field": ()},
            "search_field",
        ),
        (
            "catalogue_items",
            {"id": (), "sku": (), "gender": (), "zip_closure": (), "search_index": ()},
            "search_index",
        ),
        (
            "horses",
            {"id": (), "horse_name": (), "date_of_birth": (), "search_field": ()},
            "search_field",
        ),
        (
            "cattle",
            {"id": (), "ear_tag": (), "sex": (), "date_of_birth": (), "searchable_text": ()},
            "searchable_text",
        ),
        (
            "litters",
            {"id": (), "dam_name": (), "date_of_birth": (), "gender": (), "diversity": ()},
            "diversity",
        ),
        (
            "samples",
            {"id": (), "sample_code": (), "sex": (), "date_of_birth": (), "diversity_data": ()},
            "diversity_data",
        ),
        # a role's name (a coach's, a recruiter's) is no row's person
        (
            "teams",
            {"id": (), "team_name": (), "coach_first_name": (), "coach_phone": (), "diversity": ()},
            "diversity",
        ),
        (
            "job_postings",
            {
                "id": (),
                "title": (),
                "recruiter_first_name": (),
                "recruiter_email": (),
                "diversity_info": (),
            },
            "diversity_info",
        ),
        (
            "devices",
            {
                "id": (),
                "serial": (),
                "first_name_seen": (),
                "mobile_app_version": (),
                "search_string": (),
            },
            "search_string",
        ),
        # an ecology survey's species diversity, beside its surveyor's name and e-mail
        (
            "survey_plots",
            {"id": (), "surveyor_name": (), "first_name": (), "email": (), "diversity": ()},
            "diversity",
        ),
    ],
)
def test_search_and_diversity_columns_elsewhere_are_no_ones(
    table: str, columns: dict[str, tuple[object, ...]], column: str
) -> None:
    found = explanations(table, columns, {"id": "int", "date_of_birth": "date"})[column]
    assert "FREE_TEXT" not in found, found


@pytest.mark.parametrize(
    ("table", "columns", "column"),
    [
        ("client_details", {**_PERSON, "search_field": ()}, "search_field"),
        ("archived_claims", {**_PERSON, "searchable_text": ()}, "searchable_text"),
        (
            "members",
            {"id": (), "first_name": (), "last_name": (), "email": (), "search_index": ()},
            "search_index",
        ),
        ("client_details", {**_PERSON, "diversity": ()}, "diversity"),
        ("volunteers", {**_PERSON, "diversity_answers": ()}, "diversity_answers"),
    ],
)
def test_a_persons_search_copy_and_diversity_answers_are_kept(
    table: str, columns: dict[str, tuple[object, ...]], column: str
) -> None:
    found = explanations(table, columns, {"id": "int", "date_of_birth": "date"})[column]
    assert "people's details" in found.get("FREE_TEXT", ""), found
