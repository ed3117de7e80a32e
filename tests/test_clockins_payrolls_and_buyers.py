"""Rules of the seventy-first round: the coordinates of a clock-in or a check-out
(``latitude_in``), an employee's pay rate and total in a pay record whose table's name is glued
whole (``hr_payslipline``), a person's word written after what a column holds
(``username_admin``), a bare address repeated over a table named for people, the name an order
was placed under beside its e-mail and address, and the plural of a users table glued before
most of its columns (``usersname``). Every table, column and value is made up; the negative
cases come from other domains (a depot's coordinates, a payroll's tax rate, a shift's rate with
no employee, a branch's address, an order's own number, a purchase order, a server's glued
columns)."""

from __future__ import annotations

from .table_verdicts import explanations, verdict_tests

_COORDS = {"latitude_in": "double precision", "longitude_in": "double precision",
           "latitude_out": "double precision", "longitude_out": "double precision"}  # fmt: skip
_PLACES = ("Elm Park, Northfield", "Oak Vale", "Rose Hill") * 8

_FLAGGED = [
    (  # where a volunteer checked in and out, in a row keyed to the volunteer
        "shift_checkins",
        {
            "id": (),
            "volunteer_id": (),
            "latitude_in": (52.3712,),
            "longitude_in": (4.8951,),
            "latitude_out": (52.3801,),
            "longitude_out": (4.9012,),
        },
        {"id": "int", "volunteer_id": "int", **_COORDS},
        "latitude_in",
        "GEOLOCATION",
    ),
    (
        "shift_checkins",
        {
            "id": (),
            "volunteer_id": (),
            "latitude_in": (52.3712,),
            "longitude_in": (4.8951,),
            "latitude_out": (52.3801,),
            "longitude_out": (4.9012,),
        },
        {"id": "int", "volunteer_id": "int", **_COORDS},
        "longitude_out",
        "GEOLOCATION",
    ),
    (  # a pay rate in a pay record glued whole, keyed to the employee
        "hr_payslipline",
        {"id": (), "employee": (), "pay_rate": ("18.40",), "total_amount": ("736.00",)},
        {"id": "int", "employee": "int"},
        "pay_rate",
        "FINANCIAL",
    ),
    (
        "hr_payslipline",
        {"id": (), "employee": (), "pay_rate": ("18.40",), "total_amount": ("736.00",)},
        {"id": "int", "employee": "int"},
        "total_amount",
        "FINANCIAL",
    ),
    (  # a clinic's table of its administrator, their login written name first
        "clinic_admin",
        {"id": (), "username_admin": (), "password": (), "level": ()},
        {"id": "int"},
        "username_admin",
        "USERNAME",
    ),
    (
        "kennel_bookings",
        {"id": (), "email_customer": (), "phone_customer": (), "arrival": ()},
        {"id": "int", "arrival": "date"},
        "email_customer",
        "EMAIL_ADDRESS",
    ),
    (  # a few places repeated over a club's volunteers, beside each one's name
        "volunteers",
        {"id": (), "full_name": (), "birth_date": (), "address": _PLACES},
        {"id": "int", "birth_date": "date", "address": "varchar(60)"},
        "address",
        "STREET_ADDRESS",
    ),
    (  # the name a bakery's order was placed under, beside its e-mail and address
        "cake_orders",
        {
            "id": (),
            "name": ("Wren Halloway", "Ottilie Marsh", "Bram Ostler"),
            "email": (),
            "address": (),
            "flavour": (),
        },
        {"id": "int"},
        "name",
        "PERSON_NAME",
    ),
    (  # a users table's word glued before most of its columns, plural and singular
        "users",
        {
            "userid": (),
            "usersname": ("Wren Halloway", "Bram Ostler"),
            "usersemail": (),
            "userspwd": (),
        },
        None,
        "usersname",
        "PERSON_NAME",
    ),
]

_UNFLAGGED = [
    (  # a depot's own gate coordinates: no person in the row
        "depots",
        {"id": (), "depot_name": (), "phone": (), "latitude_in": (52.3712,)},
        {"id": "int", "latitude_in": "double precision"},
        "latitude_in",
        "GEOLOCATION",
    ),
    (  # a payroll's tax rate with no employee
        "payroll_settings",
        {"id": (), "company": (), "tax_rate": ("0.21",), "total_amount": ("9120.00",)},
        {"id": "int"},
        "tax_rate",
        "FINANCIAL",
    ),
    (  # a period's total over every employee, glued whole, keyed to no one
        "hr_payrollperiod",
        {"id": (), "employer": (), "starts": (), "total_amount": ("91200.00",)},
        {"id": "int", "employer": "int", "starts": "date"},
        "total_amount",
        "FINANCIAL",
    ),
    (  # what a shift pays, offered by an employer to no one yet
        "shift_offers",
        {"id": (), "employer": (), "venue": (), "hourly_rate": ("18.40",)},
        {"id": "int", "employer": "int"},
        "hourly_rate",
        "FINANCIAL",
    ),
    (  # two words after the e-mail: a notice's settings, not a person's address
        "site_settings",
        {"id": (), "email_admin_notice": (), "site_name": ()},
        {"id": "int"},
        "email_admin_notice",
        "EMAIL_ADDRESS",
    ),
    (  # a mail server's login, named after the e-mail it sends from
        "mail_settings",
        {"id": (), "email_host": (), "email_user": (), "email_port": ()},
        {"id": "int", "email_port": "int"},
        "email_user",
        "EMAIL_ADDRESS",
    ),
    (  # the address a conference's mails to its users are sent from
        "conference",
        {"id": (), "title": (), "users_email_sender": (), "users_email_subject": ()},
        {"id": "int"},
        "users_email_sender",
        "EMAIL_ADDRESS",
    ),
    (  # the employer's own charges on a payslip: a sum of its costs, no one's pay
        "payslips",
        {"id": (), "employee_id": (), "total_company_social_amount": ("412.30",)},
        {"id": "int", "employee_id": "int"},
        "total_company_social_amount",
        "FINANCIAL",
    ),
    (  # a branch's address, its manager named beside
        "branches",
        {"id": (), "manager_name": (), "address": _PLACES},
        {"id": "int", "address": "varchar(60)"},
        "address",
        "STREET_ADDRESS",
    ),
    (  # two places under drivers' address: where they work, not where each lives
        "drivers",
        {"id": (), "first_name": (), "address": ("Head office", "Depot two") * 12},
        {"id": "int", "address": "varchar(60)"},
        "address",
        "STREET_ADDRESS",
    ),
    (  # members with no name beside: a few places may be a category
        "members",
        {"id": (), "member_no": (), "joined": (), "address": _PLACES},
        {"id": "int", "joined": "date", "address": "varchar(60)"},
        "address",
        "STREET_ADDRESS",
    ),
    (  # an order's own name, as a shop platform numbers it
        "orders",
        {"id": (), "name": ("#1041", "#1042", "#1043"), "email": (), "address": ()},
        {"id": "int"},
        "name",
        "PERSON_NAME",
    ),
    (  # a caterer's order named by its package, beside the buyer's e-mail and address
        "catering_orders",
        {
            "id": (),
            "name": ("Party tray", "Gift set", "Spring box"),
            "email": (),
            "address": (),
        },
        {"id": "int"},
        "name",
        "PERSON_NAME",
    ),
    (  # an order the firm places itself goes to its own premises
        "purchase_orders",
        {"id": (), "name": ("Wren Halloway", "Bram Ostler"), "email": (), "address": ()},
        {"id": "int"},
        "name",
        "PERSON_NAME",
    ),
    (  # no address it goes to: an order's label
        "orders",
        {"id": (), "name": ("Spring box", "Gift set"), "email": (), "total": ()},
        {"id": "int"},
        "name",
        "PERSON_NAME",
    ),
    (  # a server's word glued before its columns: no one signs in there with an e-mail
        "servers",
        {"serverid": (), "serversname": ("alpha", "beta"), "serversip": (), "serverspwd": ()},
        None,
        "serversname",
        "PERSON_NAME",
    ),
]


test_flagged, test_not_flagged = verdict_tests(_FLAGGED, _UNFLAGGED)


def test_an_order_s_buyer_is_said_so():
    """The explanation says why a bare ``name`` is a person's: the order's e-mail and address."""
    found = explanations(
        "cake_orders",
        {"id": (), "name": ("Wren Halloway", "Bram Ostler"), "email": (), "address": ()},
        {"id": "int"},
    )["name"]["PERSON_NAME"]
    assert "the name it was placed under" in found
