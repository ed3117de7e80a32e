"""Held-out set spider_hospital: the ``hospital_1`` database of the Spider text-to-SQL benchmark.

A small hospital (physicians, nurses, patients, appointments, prescriptions, stays, rooms),
all fifteen tables and all their rows, loaded into MariaDB from the benchmark's SQLite file with
the DDL of its ``CREATE TABLE`` statements translated by hand: the same columns in the same
order and case (PascalCase, as in the source), ``BOOLEAN`` as ``TINYINT(1)``, ``DATETIME`` and
``TEXT`` kept; primary keys kept, foreign keys left out. Patients are keyed by their SSN.
"""

from __future__ import annotations

from collections.abc import Callable

import sqlitesource

REPO, COMMIT, LICENCE = sqlitesource.SPIDER
FILES = "datasets/spider/database/hospital_1/hospital_1.sqlite (Spider's hospital_1, all rows)"
ENGINE = "mysql"

_TABLES: sqlitesource.Tables = {
    "physician": (
        "Physician",
        (
            "EmployeeID INT NOT NULL",
            "Name VARCHAR(30) NOT NULL",
            "Position VARCHAR(30) NOT NULL",
            "SSN INT NOT NULL",
        ),
        "PRIMARY KEY (EmployeeID)",
    ),
    "department": (
        "Department",
        ("DepartmentID INT NOT NULL", "Name VARCHAR(30) NOT NULL", "Head INT NOT NULL"),
        "PRIMARY KEY (DepartmentID)",
    ),
    "affiliated_with": (
        "Affiliated_With",
        (
            "Physician INT NOT NULL",
            "Department INT NOT NULL",
            "PrimaryAffiliation TINYINT(1) NOT NULL",
        ),
        "PRIMARY KEY (Physician, Department)",
    ),
    "procedures": (
        "Procedures",
        ("Code INT NOT NULL", "Name VARCHAR(30) NOT NULL", "Cost DOUBLE NOT NULL"),
        "PRIMARY KEY (Code)",
    ),
    "trained_in": (
        "Trained_In",
        (
            "Physician INT NOT NULL",
            "Treatment INT NOT NULL",
            "CertificationDate DATETIME NOT NULL",
            "CertificationExpires DATETIME NOT NULL",
        ),
        "PRIMARY KEY (Physician, Treatment)",
    ),
    "patient": (
        "Patient",
        (
            "SSN INT NOT NULL",
            "Name VARCHAR(30) NOT NULL",
            "Address VARCHAR(30) NOT NULL",
            "Phone VARCHAR(30) NOT NULL",
            "InsuranceID INT NOT NULL",
            "PCP INT NOT NULL",
        ),
        "PRIMARY KEY (SSN)",
    ),
    "nurse": (
        "Nurse",
        (
            "EmployeeID INT NOT NULL",
            "Name VARCHAR(30) NOT NULL",
            "Position VARCHAR(30) NOT NULL",
            "Registered TINYINT(1) NOT NULL",
            "SSN INT NOT NULL",
        ),
        "PRIMARY KEY (EmployeeID)",
    ),
    "appointment": (
        "Appointment",
        (
            "AppointmentID INT NOT NULL",
            "Patient INT NOT NULL",
            "PrepNurse INT",
            "Physician INT NOT NULL",
            "`Start` DATETIME NOT NULL",
            "`End` DATETIME NOT NULL",
            "ExaminationRoom TEXT NOT NULL",
        ),
        "PRIMARY KEY (AppointmentID)",
    ),
    "medication": (
        "Medication",
        (
            "Code INT NOT NULL",
            "Name VARCHAR(30) NOT NULL",
            "Brand VARCHAR(30) NOT NULL",
            "Description VARCHAR(30) NOT NULL",
        ),
        "PRIMARY KEY (Code)",
    ),
    "prescribes": (
        "Prescribes",
        (
            "Physician INT NOT NULL",
            "Patient INT NOT NULL",
            "Medication INT NOT NULL",
            "`Date` DATETIME NOT NULL",
            "Appointment INT",
            "Dose VARCHAR(30) NOT NULL",
        ),
        "PRIMARY KEY (Physician, Patient, Medication, `Date`)",
    ),
    "block": (
        "Block",
        ("BlockFloor INT NOT NULL", "BlockCode INT NOT NULL"),
        "PRIMARY KEY (BlockFloor, BlockCode)",
    ),
    "room": (
        "Room",
        (
            "RoomNumber INT NOT NULL",
            "RoomType VARCHAR(30) NOT NULL",
            "BlockFloor INT NOT NULL",
            "BlockCode INT NOT NULL",
            "Unavailable TINYINT(1) NOT NULL",
        ),
        "PRIMARY KEY (RoomNumber)",
    ),
    "on_call": (
        "On_Call",
        (
            "Nurse INT NOT NULL",
            "BlockFloor INT NOT NULL",
            "BlockCode INT NOT NULL",
            "OnCallStart DATETIME NOT NULL",
            "OnCallEnd DATETIME NOT NULL",
        ),
        "PRIMARY KEY (Nurse, BlockFloor, BlockCode, OnCallStart, OnCallEnd)",
    ),
    "stay": (
        "Stay",
        (
            "StayID INT NOT NULL",
            "Patient INT NOT NULL",
            "Room INT NOT NULL",
            "StayStart DATETIME NOT NULL",
            "StayEnd DATETIME NOT NULL",
        ),
        "PRIMARY KEY (StayID)",
    ),
    "undergoes": (
        "Undergoes",
        (
            "Patient INT NOT NULL",
            "Procedures INT NOT NULL",
            "Stay INT NOT NULL",
            "DateUndergoes DATETIME NOT NULL",
            "Physician INT NOT NULL",
            "AssistingNurse INT",
        ),
        "PRIMARY KEY (Patient, Procedures, Stay, DateUndergoes)",
    ),
}


def script(read: Callable[[str], bytes]) -> str:
    """DDL and rows of hospital_1 as one MariaDB script."""
    data = read("datasets/spider/database/hospital_1/hospital_1.sqlite")
    return "SET NAMES utf8mb4;\n" + sqlitesource.script(data, _TABLES, ENGINE)
