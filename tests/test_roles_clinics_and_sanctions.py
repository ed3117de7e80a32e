"""Rules of the seventy-third round: a person named by a role whose own details the row keeps
apart (the bare phone and e-mail are then the organisation's, the role's own columns the
person's), an organisation's slug, ``nin`` and ``pob``, what a clinician writes of a patient
(a clinical note, an ICD code, a presenting complaint, a patient's care's texts and history),
a patient's mood check-ins, a person's sanctions' reasons, a picture glued after its table's
word and a bio beside a free-text word. Every table, column and value is made up; the negative
cases come from other domains (a company's one contact person, a staff table, a parcel's
``pob``, a note template, a trial protocol, a payer's billing rule, a visitor log, a
consultancy's clients, a team's mood, trade sanctions, a product's image, a shop's bio)."""

from __future__ import annotations

import pytest

from classifiers import FieldContext

from .table_verdicts import classifier, explanations, verdict_tests

_FLAGGED = [
    (  # the role's own columns are the person's: a director's address beside their birth date
        "firms",
        {"id": (), "name": (), "director_first_name": (), "director_dob": (),
         "director_address": ("4 Larch Row",), "address": ()},
        {"id": "int", "director_dob": "date"},
        "director_address",
        "STREET_ADDRESS",
    ),
    (  # the role's own phone stays the person's
        "vendors",
        {"id": (), "name": (), "owner_first_name": (), "owner_email": (), "email": ()},
        {"id": "int"},
        "owner_email",
        "EMAIL_ADDRESS",
    ),
    ("citizens", {"id": (), "first_name": (), "nin": (), "dob": ()},
     {"id": "int", "dob": "date"}, "nin", "NATIONAL_ID"),
    ("citizens", {"id": (), "first_name": (), "pob": (), "dob": ()},
     {"id": "int", "dob": "date"}, "pob", "DEMOGRAPHIC"),
    ("visits", {"id": (), "patient_id": (), "clinical_notes": ()},
     {"id": "int", "patient_id": "int"}, "clinical_notes", "HEALTH"),
    ("sessions", {"id": (), "appointment_id": (), "clinical_note": ()},
     {"id": "int", "appointment_id": "int"}, "clinical_note", "HEALTH"),
    ("diagnoses", {"id": (), "visit_id": (), "icd10_code": ()},
     {"id": "int", "visit_id": "int"}, "icd10_code", "HEALTH"),
    ("encounters", {"id": (), "case_id": (), "chief_complaint": ()},
     {"id": "int", "case_id": "int"}, "chief_complaint", "HEALTH"),
    ("visits", {"id": (), "patient_id": (), "reason_for_visit": ()},
     {"id": "int", "patient_id": "int"}, "reason_for_visit", "HEALTH"),
    ("consultations", {"id": (), "patient_id": (), "recommendations": (), "observations": ()},
     {"id": "int", "patient_id": "int"}, "recommendations", "HEALTH"),
    ("patients", {"id": (), "person_id": (), "history": ()},
     {"id": "int", "person_id": "int"}, "history", "HEALTH"),
    ("mood_checkins", {"id": (), "patient_id": (), "stress_level": (), "slept_well": ()},
     {"id": "int", "patient_id": "int", "stress_level": "smallint", "slept_well": "smallint"},
     "stress_level", "HEALTH"),
    ("staff_sanctions", {"id": (), "employee_id": (), "reason": (), "severity": ()},
     {"id": "int", "employee_id": "int"}, "reason", "FREE_TEXT"),
    ("customer", {"id": (), "firstname": (), "lastname": (), "customerimage": ()},
     {"id": "int", "customerimage": "bytea"}, "customerimage", "PHOTO"),
    ("speakers", {"id": (), "user_id": (), "bio_description": ()},
     {"id": "int", "user_id": "int"}, "bio_description", "FREE_TEXT"),
    # Spanish, through the glossary
    ("sesiones", {"id": (), "atencion_id": (), "cita_id": (), "nota_clinica": ()},
     {"id": "int", "atencion_id": "int", "cita_id": "int"}, "nota_clinica", "HEALTH"),
    ("consultas", {"id": (), "paciente_id": (), "motivo_consulta": (), "fecha": ()},
     {"id": "int", "paciente_id": "int", "fecha": "date"}, "motivo_consulta", "HEALTH"),
]  # fmt: skip

_UNFLAGGED = [
    (  # a director with a phone of their own but no birth date: the address is the firm's
        "workshops",
        {"id": (), "name": (), "director_first_name": (), "director_phone": (),
         "director_address": ("4 Larch Row",)},
        {"id": "int"},
        "director_address",
        "STREET_ADDRESS",
    ),
    ("organizations", {"id": (), "name": (), "slug": ("north-quay-rowing", "fenwick-glass"),
                       "owner_first_name": ("Alma", "Rory")},
     {"id": "int"}, "slug", "USERNAME"),
    ("parcels", {"id": (), "sku": (), "nin": (), "pob": ()}, {"id": "int"}, "nin", "NATIONAL_ID"),
    ("parcels", {"id": (), "sku": (), "nin": (), "pob": ()}, {"id": "int"}, "pob", "DEMOGRAPHIC"),
    ("note_templates", {"id": (), "title": (), "clinical_notes": ()},
     {"id": "int"}, "clinical_notes", "HEALTH"),
    ("trial_protocols", {"id": (), "sponsor_id": (), "clinical_notes": ()},
     {"id": "int", "sponsor_id": "int"}, "clinical_notes", "HEALTH"),
    ("icd10_codes", {"id": (), "chapter_id": (), "icd10_code": (), "description": ()},
     {"id": "int", "chapter_id": "int"}, "icd10_code", "HEALTH"),
    ("billing_rules", {"id": (), "payer_id": (), "icd10_code": ()},
     {"id": "int", "payer_id": "int"}, "icd10_code", "HEALTH"),
    ("visitor_log", {"id": (), "visitor_id": (), "reason_for_visit": ()},
     {"id": "int", "visitor_id": "int"}, "reason_for_visit", "HEALTH"),
    ("consultations", {"id": (), "client_id": (), "recommendations": ()},
     {"id": "int", "client_id": "int"}, "recommendations", "HEALTH"),
    ("machines", {"id": (), "serial": (), "history": ()}, {"id": "int"}, "history", "HEALTH"),
    ("team_mood", {"id": (), "team_id": (), "mood": ()},
     {"id": "int", "team_id": "int", "mood": "smallint"}, "mood", "HEALTH"),
    ("trade_sanctions", {"id": (), "country_id": (), "reason": ()},
     {"id": "int", "country_id": "int"}, "reason", "FREE_TEXT"),
    ("product", {"id": (), "name": (), "productimage": ()}, {"id": "int"}, "productimage", "PHOTO"),
    ("shops", {"id": (), "user_id": (), "bio_description": ()},
     {"id": "int", "user_id": "int"}, "bio_description", "FREE_TEXT"),
]  # fmt: skip


test_flagged, test_not_flagged = verdict_tests(_FLAGGED, _UNFLAGGED)


def test_one_contact_person_keeps_the_bare_email():
    """With one contact person and nothing of theirs apart, the bare e-mail still reaches them."""
    found = explanations("companies", {"id": (), "name": (), "contact_name": (), "email": ()},
                         {"id": "int"})  # fmt: skip
    assert "EMAIL_ADDRESS" in found["email"]


def _vetoes(table: str, columns: tuple[str, ...], column: str) -> dict[str, str]:
    ctx = FieldContext("app", f"public.{table}", column, "text", siblings=columns)
    hits = [h for s in classifier().signals for h in s.evaluate_many([ctx])[0]]
    return {h.entity: h.reason for h in hits if h.veto}


@pytest.mark.parametrize(
    ("table", "columns", "column", "entity"),
    [
        ("vendors", ("id", "name", "owner_first_name", "owner_email", "email"), "email",
         "EMAIL_ADDRESS"),
        ("branch_offices", ("id", "name", "manager_name", "manager_phone", "phone"), "phone",
         "PHONE_NUMBER"),
        ("agencies", ("id", "name", "contact_first_name", "contact_phone", "billing_email"),
         "billing_email", "EMAIL_ADDRESS"),
    ],
)  # fmt: skip
def test_role_apart_leaves_the_bare_contact_to_the_organisation(table, columns, column, entity):
    """The person's own reach columns are led by their role: the bare ones are the
    organisation's, and the explanation says it is business contact data."""
    assert entity not in explanations(table, dict.fromkeys(columns, ()), {"id": "int"})[column]
    reason = _vetoes(table, columns, column)[entity]
    assert reason.startswith("business contact data:")
    assert "reaches the organisation" in reason
