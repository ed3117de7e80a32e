"""Rules of the forty-fourth round: a parent named informally (``mum_name``, ``dad_name``) in a
table of people, and a caller's name beside the caller's phone number. Every table, column and
value is made up; the negative cases come from other domains (a dog breeder's litters, a stud's
foals, a gift shop, a cell lineage, a repository's branches; a profiler's frames, an RPC audit
log, a cloud audit trail, a switch's caller-ID placeholders, a help desk's departments)."""

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
    ],
)
def test_no_parent_or_caller_name(
    table: str, others: dict[str, tuple[object, ...]], column: str, values: tuple[object, ...]
) -> None:
    assert "PERSON_NAME" not in _verdict(column, table, others, values)


@pytest.mark.parametrize(
    ("table", "others", "column", "values"),
    [
        # a parent named informally in a table of people
        ("pupils", {"surname": ("Ek",), "email": ()}, "mum_name", ("Sara Ek", "Ana Lind")),
        ("campers", {"first_name": ("Ava",), "dob": ()}, "dad_name", ("Tom Berg", "Ben Lee")),
        ("patients", {"dob": ()}, "mom_name", ("Maria Ortiz", "Jane Roe", "Lucy Hale")),
        # a caller's name beside the caller's phone number
        ("helpline_calls", {"caller_phone": ()}, "caller_name", ("Mrs Dunne", "Ole Brun")),
        ("dispatch_log", {"callback_phone": ()}, "callername", ("Frau Huber",)),
        (
            "hotline",
            {"telephone": (), "topic": ()},
            "caller_name",
            ("Jane Roe", "Tom Berg", "Ana Lee"),
        ),
    ],
)
def test_parent_or_caller_name(
    table: str, others: dict[str, tuple[object, ...]], column: str, values: tuple[object, ...]
) -> None:
    assert "PERSON_NAME" in _verdict(column, table, others, values)
