"""Round 48's rules after review: the reviewer's probes of other domains that the first cut
flagged (a converged network card's ``cnic``, orphaned files, a shop's ``dailyincome``, an order's
``special_needs``), and the people the narrowed rules still find. Every table, column and value is
made up; a column's type is ``text`` unless given."""

from __future__ import annotations

import pytest

from .table_verdicts import explanations

Case = tuple[str, dict[str, tuple[object, ...]], dict[str, str], str, str]


def _found(
    table: str, columns: dict[str, tuple[object, ...]], types: dict[str, str], column: str
) -> set[str]:
    return set(explanations(table, columns, {"id": "int", **types})[column])


_ELSEWHERE: list[Case] = [
    # a network card's module, port or state, a navy command's code: no 13-digit card number
    (
        "kernel_modules",
        {"id": (), "name": ("bnx2x",), "cnic": ("loaded",)},
        {},
        "cnic",
        "NATIONAL_ID",
    ),
    (
        "network_adapters",
        {"id": (), "hostname": ("db-4",), "cnic": ("bnx2x-cnic",)},
        {},
        "cnic",
        "NATIONAL_ID",
    ),
    (
        "naval_installations",
        {"id": (), "name": ("NAS Jacksonville",), "cnic": ("CNRSE",)},
        {},
        "cnic",
        "NATIONAL_ID",
    ),
    (
        "nic_offload_caps",
        {"id": (), "adapter": ("eth2",), "cnic": ("yes",)},
        {},
        "cnic",
        "NATIONAL_ID",
    ),
    ("hba_ports", {"id": (), "host": ("san-01",), "cnic_no": ("2",)}, {}, "cnic_no", "NATIONAL_ID"),
    # orphaned files, records, images and a cleanup list: orphan beside another word is no child
    (
        "attachment_orphans",
        {"id": (), "name": ("IMG_2041.jpg",), "path": ("/var/up/2041",), "size": ("88123",)},
        {},
        "name",
        "PERSON_NAME",
    ),
    (
        "orphan_records",
        {"id": (), "table_name": ("invoice_lines",), "record_id": (88,), "age": (14,)},
        {"id": "int", "record_id": "int", "age": "int"},
        "age",
        "DEMOGRAPHIC",
    ),
    (
        "orphan_images",
        {"id": (), "filename": ("a.png",), "width": (640,), "height": (480,)},
        {"id": "int", "width": "int", "height": "int"},
        "height",
        "PHYSICAL",
    ),
    (
        "orphan_list",
        {"id": (), "name": ("invoice_lines#88",), "kind": ("row",)},
        {},
        "name",
        "PERSON_NAME",
    ),
    # an organisation's payroll, a shop's takings, a game's or loyalty scheme's bonus, a film's
    # box office, a marketplace's fees: a period and a pay word reached only through a manager's
    # or owner's key
    (
        "departments",
        {"id": (), "name": ("Logistics",), "manager_id": (), "annualpayroll": (2400000,)},
        {"id": "int", "manager_id": "int", "annualpayroll": "numeric"},
        "annualpayroll",
        "FINANCIAL",
    ),
    (
        "vending_machines",
        {"id": (), "location": ("Gate 4",), "technician_id": (), "dailyincome": (312.5,)},
        {"id": "int", "technician_id": "int", "dailyincome": "numeric"},
        "dailyincome",
        "FINANCIAL",
    ),
    (
        "game_players",
        {"id": (), "username": ("dragonslayer",), "level": (33,), "dailybonus": (50,)},
        {"id": "int", "level": "int", "dailybonus": "int"},
        "dailybonus",
        "FINANCIAL",
    ),
    (
        "reward_accounts",
        {"id": (), "customer_id": (), "points": (1200,), "weeklybonus": (20,)},
        {"id": "int", "customer_id": "int", "points": "int", "weeklybonus": "int"},
        "weeklybonus",
        "FINANCIAL",
    ),
    (
        "films",
        {"id": (), "title": ("Night Train",), "director_id": (), "grossearnings": (88000000,)},
        {"id": "int", "director_id": "int", "grossearnings": "numeric"},
        "grossearnings",
        "FINANCIAL",
    ),
    (
        "box_office",
        {"id": (), "film_id": (), "director_id": (), "daily_earnings": (1200000,)},
        {"id": "int", "film_id": "int", "director_id": "int", "daily_earnings": "numeric"},
        "daily_earnings",
        "FINANCIAL",
    ),
    (
        "stores",
        {"id": (), "name": ("North Mall",), "owner_id": (), "dailyincome": (8800,)},
        {"id": "int", "owner_id": "int", "dailyincome": "numeric"},
        "dailyincome",
        "FINANCIAL",
    ),
    (
        "teams",
        {"id": (), "name": ("Hawks",), "coach_id": (), "annualpayroll": (145000000,)},
        {"id": "int", "coach_id": "int", "annualpayroll": "numeric"},
        "annualpayroll",
        "FINANCIAL",
    ),
    (
        "shops",
        {"id": (), "name": ("Corner Deli",), "owner_id": (), "net_earnings": (5100,)},
        {"id": "int", "owner_id": "int", "net_earnings": "numeric"},
        "net_earnings",
        "FINANCIAL",
    ),
    (
        "sales_channels",
        {"id": (), "name": ("Amazon EU",), "manager_id": (), "grosscommission": (33000,)},
        {"id": "int", "manager_id": "int", "grosscommission": "numeric"},
        "grosscommission",
        "FINANCIAL",
    ),
    # a booking's, a shipment's, an order's, a pet's or a horse's special needs, through a
    # customer's, owner's or teacher's key: no one's health
    (
        "hotel_reservations",
        {
            "id": (),
            "guest_id": (),
            "room_no": ("204",),
            "special_needs": ("late check-in, extra pillows",),
        },
        {"id": "int", "guest_id": "int"},
        "special_needs",
        "HEALTH",
    ),
    (
        "pet_boarding",
        {"id": (), "owner_id": (), "pet_name": ("Rex",), "special_needs": ("insulin twice a day",)},
        {"id": "int", "owner_id": "int"},
        "special_needs",
        "HEALTH",
    ),
    (
        "shipments",
        {
            "id": (),
            "customer_id": (),
            "weight_kg": (12,),
            "special_needs": ("fragile, keep upright",),
        },
        {"id": "int", "customer_id": "int", "weight_kg": "int"},
        "special_needs",
        "HEALTH",
    ),
    (
        "catering_orders",
        {
            "id": (),
            "client_id": (),
            "event_date": ("2024-06-01",),
            "special_needs": ("40 chairs, vegan menu",),
        },
        {"id": "int", "client_id": "int"},
        "special_needs",
        "HEALTH",
    ),
    (
        "rental_bookings",
        {"id": (), "customer_id": (), "equipment_id": (), "specialneeds": ("trailer hitch",)},
        {"id": "int", "customer_id": "int", "equipment_id": "int"},
        "specialneeds",
        "HEALTH",
    ),
    (
        "classrooms",
        {"id": (), "teacher_id": (), "room": ("B12",), "special_needs": ("projector",)},
        {"id": "int", "teacher_id": "int"},
        "special_needs",
        "HEALTH",
    ),
    (
        "vehicles",
        {"id": (), "driver_id": (), "plate": ("KA-881",), "special_needs": ("roof rack",)},
        {"id": "int", "driver_id": "int"},
        "special_needs",
        "HEALTH",
    ),
    (
        "event_bookings",
        {"id": (), "organiser_id": (), "hall": ("A",), "special_needs": ("stage, 2 microphones",)},
        {"id": "int", "organiser_id": "int"},
        "special_needs",
        "HEALTH",
    ),
    (
        "livery_contracts",
        {
            "id": (),
            "owner_id": (),
            "horse_name": ("Ajax",),
            "special_needs": ("barefoot, soaked hay",),
        },
        {"id": "int", "owner_id": "int"},
        "special_needs",
        "HEALTH",
    ),
    (
        "orders",
        {"id": (), "customer_id": (), "total": (19.9,), "special_needs": ("gift wrap",)},
        {"id": "int", "customer_id": "int", "total": "numeric"},
        "special_needs",
        "HEALTH",
    ),
]


_PEOPLE: list[Case] = [
    # a sole trader's, a loan applicant's, a SIM holder's and a polling officer's card numbers
    (
        "vendors",
        {"id": (), "owner_name": ("Ali Raza",), "cnic": ("35202-1234567-1",)},
        {},
        "cnic",
        "NATIONAL_ID",
    ),
    (
        "loan_applications",
        {"id": (), "applicant_name": ("Hina Malik",), "cnic_no": ("4210112345671",)},
        {},
        "cnic_no",
        "NATIONAL_ID",
    ),
    (
        "sim_registrations",
        {"id": (), "msisdn": ("923001234567",), "cnic": ("6110112345673",)},
        {},
        "cnic",
        "NATIONAL_ID",
    ),
    (
        "polling_staff",
        {"id": (), "station_id": (), "cnic_number": ("3520212345671",)},
        {},
        "cnic_number",
        "NATIONAL_ID",
    ),
    # a children's home's orphans
    (
        "orphans",
        {"id": (), "name": ("Sana Ali",), "guardian": ("Aunt",)},
        {},
        "name",
        "PERSON_NAME",
    ),
    (
        "orphans",
        {"id": (), "full_name": ("Sana Ali",), "age": (9,)},
        {"id": "int", "age": "int"},
        "age",
        "DEMOGRAPHIC",
    ),
    # one person's pay, its period glued before it, in a table about people
    (
        "employees",
        {"id": (), "name": ("Omar Khan",), "monthlyearning": (90000,)},
        {"id": "int", "monthlyearning": "int"},
        "monthlyearning",
        "FINANCIAL",
    ),
    (
        "drivers",
        {"id": (), "full_name": ("Ana Lind",), "weeklyearnings": (740,)},
        {"id": "int", "weeklyearnings": "numeric"},
        "weeklyearnings",
        "FINANCIAL",
    ),
    (
        "survey_respondents",
        {"id": (), "respondent_id": (), "age": (41,), "grossincome": (52000,)},
        {"id": "int", "respondent_id": "int", "age": "int", "grossincome": "numeric"},
        "grossincome",
        "FINANCIAL",
    ),
    (
        "candidates",
        {"id": (), "first_name": ("Lea",), "email": ("lea@x.io",), "annualsalary": (61000,)},
        {"id": "int", "annualsalary": "int"},
        "annualsalary",
        "FINANCIAL",
    ),
    # a pupil's, a passenger's (through the passenger's key) and a staff member's special needs
    (
        "students",
        {"id": (), "first_name": ("Lea",), "last_name": ("Berg",), "special_needs": ("dyslexia",)},
        {},
        "special_needs",
        "HEALTH",
    ),
    (
        "passenger_requests",
        {"id": (), "passenger_id": (), "flight": ("LH400",), "special_needs": ("wheelchair",)},
        {"id": "int", "passenger_id": "int"},
        "special_needs",
        "HEALTH",
    ),
    (
        "staff",
        {"id": (), "name": ("Ben Ode",), "email": ("ben@x.io",), "special_need": ("hearing aid",)},
        {},
        "special_need",
        "HEALTH",
    ),
]


@pytest.mark.parametrize(("table", "columns", "types", "column", "entity"), _ELSEWHERE)
def test_not_flagged_elsewhere(
    table: str,
    columns: dict[str, tuple[object, ...]],
    types: dict[str, str],
    column: str,
    entity: str,
) -> None:
    assert entity not in _found(table, columns, types, column)


@pytest.mark.parametrize(("table", "columns", "types", "column", "entity"), _PEOPLE)
def test_still_flagged(
    table: str,
    columns: dict[str, tuple[object, ...]],
    types: dict[str, str],
    column: str,
    entity: str,
) -> None:
    assert entity in _found(table, columns, types, column)
