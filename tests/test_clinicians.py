"""Rules of the thirty-eighth round: a text column named by a clinician or a guardian alone
holds their name. Every table, column and value is made up; the negative cases come from other
domains (a TV series' episodes, a game's classes, a staffing statistic, a job board's titles, a
developer tool's checks, a hospital's keys and fees, a survey's flags, a newspaper's sources)."""

from __future__ import annotations

import pytest

from .table_verdicts import explanations


def _names(column: str, table: str, others: tuple[str, ...], values: tuple[object, ...]) -> dict:
    return explanations(table, {"id": (), **{c: () for c in others}, column: values})[column]


@pytest.mark.parametrize(
    ("table", "others", "column", "values"),
    [
        # a TV series' episodes: the actor is a name, the doctor a character's label
        ("episodes", ("title", "air_date"), "doctor", ("Ninth Doctor", "Tenth Doctor")),
        # a game's character classes: levels per class
        ("hero_classes", ("label",), "nurse", ("12", "7", "3")),
        # a job board's titles: the role is the label itself
        ("job_titles", ("category",), "physician", ("Physician", "Physician assistant")),
        # a developer tool's checks: the doctor command's output
        ("tool_checks", ("tool", "status"), "doctor", ("brew/doctor ok", "node=ok")),
        # a hospital's keys, fees and counts
        ("appointments", ("patient_id", "slot"), "doctor_id", ("D-12", "D-13")),
        ("tariffs", ("code",), "doctor_fee", ("Standard", "Reduced")),
        ("wards", ("ward_name",), "nurse_count", ()),
        ("wards", ("ward_name",), "nurse_ratio", ()),
        # a survey's yes/no flags
        ("survey_answers", ("respondent_id",), "doctor", ("yes", "no")),
        # a newspaper's sources and a bank's guard settings
        ("sources", ("url",), "guardian_section", ("World", "Sport")),
        ("guard_rules", ("pattern",), "guardian", ("deny=all", "allow=/api")),
        ("articles", ("headline", "published_on"), "guardian", ()),
        # a clinic's services described in sentences
        ("services", ("price",), "dentist", ("Cleaning and a check of every tooth by the team",)),
        # one-word labels: a device's or a tool's check results, a catalogue's requirement,
        # a service's kinds, a game's unit types, specialties, a bed's state, a relationship
        ("device_diagnostics", ("device_id",), "doctor", ("passed", "failed", "skipped")),
        ("cli_checks", ("check_name",), "doctor", ("ok", "warn", "error")),
        ("procedure_catalog", ("code",), "nurse", ("Required", "Optional", "Not needed")),
        ("therapy_services", ("price",), "therapist", ("Physical", "Occupational", "Speech")),
        ("unit_types", ("label",), "nurse", ("Medic", "Healer")),
        ("visits_by_specialty", ("visits",), "doctor", ("Cardiology", "Pediatrics")),
        ("bed_status", ("bed_no",), "primary_nurse", ("Assigned", "Unassigned")),
        ("enrolment_forms", ("pupil_id",), "legal_guardian", ("Mother", "Father", "Grandparent")),
        # a bare role with nothing sampled and no patient: a robot's model, a series' episode
        ("robot_models", ("model_name",), "surgeon", ()),
        ("episodes", ("title", "air_date"), "doctor", ()),
    ],
)
def test_no_clinician_name(
    table: str, others: tuple[str, ...], column: str, values: tuple[object, ...]
) -> None:
    assert "PERSON_NAME" not in _names(column, table, others, values)


@pytest.mark.parametrize(
    ("table", "others", "column", "values"),
    [
        # a clinic's bills and certificates: its two doctors
        ("invoices", ("amount", "paid_on"), "doctor", ("Mara Quell", "Ivo Brant")),
        ("certificates", ("issued_on", "remarks"), "dentist", ("Ines Vard",)),
        # a clinic's page listing its doctors in numbered columns
        ("site_content", ("about", "services"), "doctor_two", ("Leo Samt",)),
        # a referral and a ward's shift, with no value sampled
        ("referrals", ("reason",), "referring_physician", ()),
        ("shifts", ("starts_at",), "nurse_3", ()),
        # a minor patient's guardian
        ("patient_files", ("first_name", "birth_date"), "parent_guardian", ("Tove Lind",)),
        # a bare doctor beside a patient, with nothing sampled
        ("appointments", ("patient_id", "slot"), "doctor", ()),
    ],
)
def test_clinician_name(
    table: str, others: tuple[str, ...], column: str, values: tuple[object, ...]
) -> None:
    assert "PERSON_NAME" in _names(column, table, others, values)
