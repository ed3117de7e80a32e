"""Negatives kept from the forty-fourth round's withdrawn rules (a parent named informally,
``mum_name``, ``dad_name``, in a table of people, and a caller's name beside a phone number).
Every table, column and value is made up; the negative cases come from other domains (a dog
breeder's litters, a stud's foals, a gift shop, a cell lineage, a repository's branches; a
profiler's frames, an RPC audit log, a cloud audit trail, a switch's caller-ID placeholders, a
help desk's departments; and the review's probes)."""

from __future__ import annotations

import pytest

from .table_verdicts import explanations


def _verdict(
    column: str, table: str, others: dict[str, tuple[object, ...]], values: tuple[object, ...]
) -> dict[str, str]:
    columns = {"id": (), **others, column: values}
    return explanations(table, columns)[column]


@pytest.mark.parametrize(
    ("table", "others", "column", "values"),
    [
        # a dog breeder's litters and a stud's foals: the parents are animals
        ("litters", {"born_on": (), "breed": ()}, "mom_name", ("Bella", "Daisy", "Luna")),
        ("foals", {"foaled": (), "colour": ()}, "dad_name", ("Galileo", "Frankel")),
        # a gift shop's products for fathers and mothers
        ("gifts", {"price": (), "sku": ()}, "dad_name", ("Best Dad Mug", "Grill Master Apron")),
        # a cell lineage and a repository's branches
        ("cells", {"division": ()}, "mum_name", ("C1-a", "C2-b")),
        ("branches", {"head_sha": ()}, "dad_name", ("main", "release")),
        # in a table of pupils: a relationship's word, and nothing sampled
        ("pupils", {"surname": ("Ek",), "email": ()}, "mum_name", ("Mum", "Stepmother")),
        ("pupils", {"surname": ("Ek",), "email": ()}, "dad_name", ()),
        # a caller that is a function, a service or a cloud principal
        ("profile_frames", {"callee_name": (), "line": ()}, "caller_name", ("parse_args",)),
        ("rpc_audit", {"caller_ip": (), "method": ()}, "caller_name", ("billing-svc",)),
        ("trail_events", {"caller_arn": ()}, "caller_name", ("ci-deployer", "lambda-exec")),
        # a switch's caller-ID placeholders and a help desk's departments beside a phone
        ("cdr", {"caller_phone": ()}, "caller_name", ("WIRELESS CALLER", "UNKNOWN", "TOLL FREE")),
        ("desk_calls", {"phone": ()}, "callername", ("Reception", "Finance dept", "IT desk")),
        # nothing sampled beside a phone
        ("calls", {"caller_phone": ()}, "caller_name", ()),
        # review-tune44: an owner's, a handler's or a customer's columns beside animals, characters
        # and products
        (
            "farm_calves",
            {"farmer_first_name": ("Ole",), "farmer_surname": ("Brun",), "birth_date": ()},
            "dad_name",
            ("Big Red", "Thunder"),
        ),
        (
            "dogshow_entries",
            {"handler_first_name": ("Ann",), "handler_email": (), "class": ()},
            "dad_name",
            ("Ch. Rocky", "Max"),
        ),
        (
            "game_characters",
            {"first_name": ("Link",), "last_name": (), "age": ()},
            "mum_name",
            ("Queen Zelda", "Impa"),
        ),
        (
            "novel_characters",
            {"firstname": ("Pip",), "surname": ("Pirrip",), "gender": ()},
            "mum_name",
            ("Georgiana", "Mrs Joe"),
        ),
        (
            "customers_gifts",
            {"customer_email": (), "first_name": ()},
            "dad_name",
            ("World's Best Dad", "Super Dad"),
        ),
        # review-tune44: a sibling that only contains a phone's word, and two labels or fewer
        (
            "rpc_calls",
            {"mobile_build": (), "method": ()},
            "caller_name",
            ("PaymentService", "Gateway"),
        ),
        ("telemetry_events", {"phone_model": ()}, "caller_name", ("MainActivity", "SyncWorker")),
        (
            "pbx_extensions",
            {"extension": (), "phone": ()},
            "caller_name",
            ("Main Reception", "Night Desk"),
        ),
        ("support_queues", {"phone": ()}, "caller_name", ("Billing", "Sales")),
        ("cnam_entries", {"phone_number": ()}, "caller_name", ("Pizza Hut", "Acme Plumbing")),
        ("ivr_test_runs", {"test_phone": ()}, "caller_name", ("Test Caller",)),
        ("trunk_calls", {"tel_exchange": ()}, "caller_name", ("Exchange North", "Exchange South")),
        ("synthetic_calls", {"mobile": ()}, "caller_name", ("Synthetic", "Generated")),
        ("radio_callsigns", {"tel": ()}, "caller_name", ("Alpha One", "Bravo Two")),
        ("fleet_vehicles", {"driver_phone": ()}, "caller_name", ("Dispatch", "Depot")),
        ("pick_calls", {"phone_ext": ()}, "caller_name", ("Dock Seven", "Aisle Four")),
        ("sensor_calls", {"tel_gateway": ()}, "caller_name", ("Sensor Alpha",)),
    ],
)
def test_no_parent_or_caller_name(
    table: str, others: dict[str, tuple[object, ...]], column: str, values: tuple[object, ...]
) -> None:
    assert "PERSON_NAME" not in _verdict(column, table, others, values)


@pytest.mark.parametrize(
    ("table", "others", "column", "values"),
    [
        # a parent named informally in a table whose own name says it holds people or children
        ("pupils", {"surname": ("Ek",), "email": ()}, "mum_name", ("Sara Ek", "Ana Lind")),
        ("campers", {"first_name": ("Ava",), "dob": ()}, "dad_name", ("Tom Berg", "Ben Lee")),
        ("patients", {"dob": ()}, "mom_name", ("Maria Ortiz", "Jane Roe", "Lucy Hale")),
        ("kid_info", {"first_name": ("Ava",), "dob": ()}, "mum_name", ("Sara Ek", "Ana Lind")),
    ],
)
def test_parent_name(
    table: str, others: dict[str, tuple[object, ...]], column: str, values: tuple[object, ...]
) -> None:
    verdict = _verdict(column, table, others, values)
    assert "PERSON_NAME" in verdict
    assert "holds" in verdict["PERSON_NAME"] and "Sara" not in verdict["PERSON_NAME"]
