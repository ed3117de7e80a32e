"""Rules of the fortieth round: staff named by their job in a work record (``teller_name``), a
person's numbered relatives and beneficiaries (``heir_2``), a name glued after the table's
abbreviation (``patname`` in ``patients``), a person's contact number kept as a number, a log of
logins' few users, and a shelter's own address. Every table, column and value is made up; the
negative cases come from other domains (process supervisors, card readers, telemetry
collectors, a tree's children, a chart of accounts, a product table, a count of contacts)."""

from __future__ import annotations

import pytest

from .table_verdicts import explanations


def _verdict(
    column: str,
    table: str,
    others: dict[str, tuple[object, ...]],
    values: tuple[object, ...],
    types: dict[str, str] | None = None,
) -> dict[str, str]:
    columns = {"id": (), **others, column: values}
    return explanations(table, columns, types)[column]


@pytest.mark.parametrize(
    ("table", "others", "column", "values"),
    [
        # a process manager's programs: the supervisor is a daemon
        ("programs", {"command": ()}, "supervisor_name", ("supervisord", "runit-main")),
        # an access system's card readers and a feed reader's sources
        ("doors", {"site_id": ()}, "reader_name", ("Lobby East", "Garage 2", "Dock")),
        ("feeds", {"url": ()}, "reader_name", ("Feedly", "Inoreader", "NetNewsWire")),
        # a telemetry pipeline's collectors
        ("pipelines", {"endpoint": ()}, "collector_name", ("otel-gw-1", "edge-collector")),
        # nothing sampled: a reader, a collector or a supervisor may be a machine's
        ("devices", {"serial": ()}, "reader_name", ()),
        ("agents", {"host": ()}, "collector_name", ()),
        ("services", {"unit": ()}, "supervisor_name", ()),
        # nothing sampled: a teller, a cashier or a foreman may be a machine's or a game's too
        # (review of round 40)
        ("npc_shops", {"item_id": (), "price": ()}, "cashier_name", ()),
        ("atm_terminals", {"serial": ("NCR-66-1182",)}, "teller_name", ()),
        ("provisioned_hosts", {"hostname": ("web-3.corp",)}, "foreman_name", ()),
        ("lane_config", {"store_id": (), "lane_type": ("self", "staffed")}, "cashier_name", ()),
        ("deposits", {"amount": ()}, "teller_name", ()),
    ],
)
def test_no_staff_name(
    table: str, others: dict[str, tuple[object, ...]], column: str, values: tuple[object, ...]
) -> None:
    assert "PERSON_NAME" not in _verdict(column, table, others, values)


@pytest.mark.parametrize(
    ("table", "others", "column", "values"),
    [
        # a bank branch's cash drawers and a shop's tills
        ("cash_drawers", {"opened_at": ()}, "teller_name", ("Mira", "Oskar", "Lena")),
        ("till_sessions", {"float": ()}, "cashier_name", ("Hanna Berg", "Tomas Ek")),
        # a utility's meter readings and a work log's supervisor
        ("meter_readings", {"kwh": ()}, "reader_name", ("anton", "greta")),
        ("job_history", {"employer": ()}, "supervisor_name", ("Petra Lind", "Jonas Alm")),
        # a herbarium's collectors and a shift report's foreman
        ("specimens", {"taxon": ()}, "collector_name", ("Joseph Hooker", "Mary Anning")),
        ("shift_reports", {"shift_date": ()}, "foreman_name", ("Ravi Patel", "Jo Walsh")),
    ],
)
def test_staff_name(
    table: str, others: dict[str, tuple[object, ...]], column: str, values: tuple[object, ...]
) -> None:
    assert "PERSON_NAME" in _verdict(column, table, others, values)


#: Columns that name person fields: a table about people by its columns alone.
_PERSON = {"first_name": (), "last_name": (), "email": ()}


@pytest.mark.parametrize(
    ("table", "others", "column", "values"),
    [
        # a tree's nodes and a DOM's siblings: no people
        ("tree_nodes", {"label": ()}, "child_1", ("n12", "n13")),
        ("layout_slots", {"kind": ()}, "sibling_2", ("header", "footer")),
        # an insurance product's shares per beneficiary, and yes/no flags in a table of people
        ("policy_plans", {"premium": ()}, "beneficiary_1", ("50%", "25%")),
        ("customers", {"first_name": (), "email": ()}, "beneficiary_1", ("yes", "no")),
        # a count per member in a table of people
        ("members", {"first_name": (), "email": ()}, "dependent_2", ("2", "0", "1")),
        # a family's tariff in a catalogue of plans: no person in the table
        ("tariff_plans", {"price": ()}, "family_member_2", ("Discounted", "Standard")),
        # review of round 40: relationship words, categories and a program's dependants
        ("customers", _PERSON, "relative_1", ("Aunt", "Uncle", "Cousin", "Grandmother")),
        ("customers", _PERSON, "beneficiary_1", ("50%", "25%")),
        ("customers", _PERSON, "relative_2", ("Stepfather", "Mother-in-law")),
        ("patients", _PERSON, "sibling_1", ("Affected", "Unaffected", "Carrier")),
        ("subscribers", _PERSON, "family_member_1", ("Premium", "Basic", "Kids")),
        ("employees", _PERSON, "dependent_1", ("Student", "Disabled", "Minor")),
        ("students", _PERSON, "sibling_1", ("Enrolled", "Alumni", "Withdrawn")),
        (
            "policyholders",
            _PERSON,
            "beneficiary_1",
            ("Estate", "British Red Cross", "Family Trust"),
        ),
        ("drivers", {"name": (), "version": ()}, "dependent_1", ("usbcore", "scsi_mod", "libata")),
        ("agents", {"name": (), "model": ()}, "child_1", ("researcher", "critic", "summariser")),
        (
            "workers",
            {"queue": (), "concurrency": ()},
            "dependent_1",
            ("extract_orders", "load_dim"),
        ),
    ],
)
def test_no_numbered_person(
    table: str, others: dict[str, tuple[object, ...]], column: str, values: tuple[object, ...]
) -> None:
    assert "PERSON_NAME" not in _verdict(column, table, others, values)


@pytest.mark.parametrize(
    ("table", "others", "column", "values"),
    [
        # a cooperative's members: their numbered heirs and relatives
        ("members", {"first_name": (), "birthdate": ()}, "heir_2", ("Ola Vik",)),
        ("members", {"first_name": (), "birthdate": ()}, "family_member_1", ("Ines", "Karl")),
        # an insurer's customers, one beneficiary empty in every row
        ("customers", {"first_name": (), "email": ()}, "beneficiary_3", ()),
        ("employees", {"last_name": (), "email": ()}, "dependent_1", ("Sami Ray",)),
        # a few placeholders are too few to judge: the name decides
        ("customers", _PERSON, "beneficiary_2", ("pending",)),
        # many values that read as names
        ("clients", _PERSON, "next_of_kin_1", ("Ada Ek", "Bo Lund", "Carl Vik")),
        # no person head, but the columns name a person's fields
        ("policyholders", _PERSON, "beneficiary_2", ("Ada Ek", "Bo Lund")),
    ],
)
def test_numbered_person(
    table: str, others: dict[str, tuple[object, ...]], column: str, values: tuple[object, ...]
) -> None:
    assert "PERSON_NAME" in _verdict(column, table, others, values)


@pytest.mark.parametrize(
    ("table", "others", "column", "values"),
    [
        # a product's, a project's and a team's glued names
        ("products", {"prodid": ()}, "prodname", ("Desk Lamp", "Chair")),
        ("teams", {"tmid": ()}, "tmname", ("Ravens", "Otters")),
        # a user's login name glued after ``usr``
        ("users", {"usrid": ()}, "usrname", ("mira_k", "oskar77")),
        ("users", {"usrid": ()}, "usrname", ("mira", "oskar", "lena")),
        # monitoring agents named for their hosts
        ("agents", {"agid": ()}, "agname", ("web-01", "db-02", "cache-03")),
        # nothing sampled: the name alone does not say whose
        ("patients", {"patid": ()}, "patname", ()),
        # review of round 40: heads that name a program or a machine too
        ("agents", {"agtid": (), "model": ()}, "agtname", ("Ada", "Max", "Iris", "Nova")),
        ("workers", {"wkrid": (), "cpu": ()}, "wkr_name", ("Jasmine", "Rose", "Violet", "Daisy")),
        ("guests", {"gstid": (), "hypervisor": ()}, "gst_name", ("alice", "bob", "carol")),
        ("players", {"plrid": (), "elo": ()}, "plrname", ("Leela", "Stockfish", "Ethan", "Maia")),
        ("drivers", {"drvid": (), "version": ()}, "drv_name", ("Sasha", "Vera", "Nadia")),
    ],
)
def test_no_abbreviated_name(
    table: str, others: dict[str, tuple[object, ...]], column: str, values: tuple[object, ...]
) -> None:
    assert "PERSON_NAME" not in _verdict(column, table, others, values)


@pytest.mark.parametrize(
    ("table", "others", "column", "values"),
    [
        ("surveyor", {"survid": ()}, "survname", ("Greta", "Anton", "Maja", "Lars")),
        ("patients", {"patid": (), "ward": ()}, "patname", ("Ada Ek", "Bo Lund")),
        ("instructors", {"insid": ()}, "ins_name", ("Karin", "Nils")),
        ("volunteers", {"vlntid": ()}, "vlntname", ("Greta Ek", "Anton Lind")),
        ("tenants", {"tntid": (), "unit": ()}, "tnt_name", ("Maja Berg", "Oskar Vik")),
    ],
)
def test_abbreviated_name(
    table: str, others: dict[str, tuple[object, ...]], column: str, values: tuple[object, ...]
) -> None:
    assert "PERSON_NAME" in _verdict(column, table, others, values)


@pytest.mark.parametrize(
    ("table", "others", "values"),
    [
        # a key to a contacts table, and a count of contacts per campaign
        ("customers", {"first_name": (), "email": ()}, (12, 40, 7)),
        ("campaigns", {"budget": ()}, (1200, 45000)),
        # phone-length numbers in a table of no people (a ledger's references)
        ("ledger_entries", {"amount": ()}, (90412233, 90412298)),
        ("ledger_entries", {"amount": ()}, (2125550199, 4155550123)),
        # review of round 40: a CRM's contact ids, a last contact in Unix seconds, record
        # numbers with a year, and a contact beside the person's own phone
        ("leads", _PERSON, (51234567801, 60987654321, 51234500012)),
        ("users", _PERSON, (1701234567, 1702345678, 1703456789)),
        ("users", _PERSON, (1300636875, 1300810206, 1800291829)),  # Australian 1300/1800 too
        ("members", _PERSON, (20230001, 20230017, 20240112)),
        ("clients", {**_PERSON, "phone": ()}, (2125550199, 4155550123)),
    ],
)
def test_no_numeric_contact(
    table: str, others: dict[str, tuple[object, ...]], values: tuple[object, ...]
) -> None:
    hits = _verdict("contact", table, others, values, {"contact": "bigint"})
    assert "PHONE_NUMBER" not in hits


def test_numeric_contact() -> None:
    hits = _verdict(
        "contact",
        "members",
        {"first_name": (), "birthdate": ()},
        (2125550199, 447911123456),
        {"contact": "bigint"},
    )
    assert "PHONE_NUMBER" in hits


def test_login_log_username() -> None:
    logins = tuple(["mira", "oskar", "lena"] * 8)
    columns = {"id": (), "username": logins, "login_time": (), "logout_time": ()}
    assert "USERNAME" in explanations("access_logs", columns)["username"]


@pytest.mark.parametrize(
    ("table", "others"),
    [
        # a sync job's log and a mail server's settings rows, keyed by whoever set them up:
        # no log of logins
        ("sync_logs", {"started_at": (), "user_id": ()}),
        ("relay_settings", {"host": (), "user_id": ()}),
    ],
)
def test_no_login_log_username(table: str, others: dict[str, tuple[object, ...]]) -> None:
    columns = {"id": (), **others, "username": tuple(["mkhan", "jdoe"] * 12)}
    assert "USERNAME" not in explanations(table, columns)["username"]


_SESSION = {"login_time": (), "logout_time": ()}


@pytest.mark.parametrize(
    ("table", "others", "column", "logins"),
    [
        # review of round 40: logs of machine and default accounts' logins
        ("ssh_logins", _SESSION, "username", ("root", "ubuntu", "deploy", "ec2-user")),
        ("db_sessions", _SESSION, "user_name", ("postgres", "replicator", "app_rw")),
        ("router_access_log", {"logged_in_at": ()}, "username", ("admin", "support")),
        ("ftp_sessions", {"bytes": ()}, "user_login", ("anonymous", "ftp", "backup")),
        ("kiosk_login_history", _SESSION, "username", ("kiosk", "lobby", "display")),
        # people's logins, but no logout and no person key: not a log of sessions
        ("staff_login_history", {"login_time": ()}, "username", ("mkhan", "jdoe", "asmith")),
    ],
)
def test_no_machine_login_log_username(
    table: str, others: dict[str, tuple[object, ...]], column: str, logins: tuple[str, ...]
) -> None:
    columns = {"id": (), **others, column: tuple(list(logins) * 12)}
    assert "USERNAME" not in explanations(table, columns)[column]


def test_login_log_username_person_key() -> None:
    logins = tuple(["mkhan", "jdoe", "asmith"] * 8)
    columns = {"id": (), "staff_id": (), "username": logins, "login_time": ()}
    assert "USERNAME" in explanations("staff_login_history", columns)["username"]


@pytest.mark.parametrize(
    ("table", "others"),
    [
        ("shelters", {"capacity": (), "sheltername": ()}),
        ("inspections", {"inspector_id": (), "passed": ()}),
    ],
)
def test_shelter_address(table: str, others: dict[str, tuple[object, ...]]) -> None:
    values = ("12 Harbour Road, Vik", "40 Mill Lane, Aros", "7 Elm Street, Nord")
    hits = explanations(table, {"id": (), **others, "shelterlocation": values})
    assert "STREET_ADDRESS" not in hits["shelterlocation"]


_STREETS = ("12 Harbour Road, Vik", "40 Mill Lane, Aros", "7 Elm Street, Nord", "3 Oak Avenue")


@pytest.mark.parametrize(
    ("table", "others", "column"),
    [
        # review of round 40: a site, a premise, a building or a partner is where a person is
        ("service_points", {"account_id": (), "meter_no": ()}, "premise_location"),
        ("leases", {"tenant_id": (), "unit_no": ()}, "building_location"),
        ("home_visits", {"client_id": (), "visit_date": ()}, "site_location"),
        ("matches", {"user_id": (), "partner_id": ()}, "partner_location"),
        ("carers", _PERSON, "site_location"),
        # in a table of people, a premises' location names no premises beside it
        ("employees", _PERSON, "office_location"),
        # a table named for a shelter that holds its residents
        ("shelter", {**_PERSON, "birth_date": ()}, "home_address"),
    ],
)
def test_location_of_a_person(
    table: str, others: dict[str, tuple[object, ...]], column: str
) -> None:
    hits = explanations(table, {"id": (), **others, column: _STREETS})
    assert "STREET_ADDRESS" in hits[column]


def test_store_location() -> None:
    columns = {"id": (), "sku": (), "qty": (), "store_location": _STREETS}
    assert "STREET_ADDRESS" not in explanations("inventory_moves", columns)["store_location"]


def test_shelter_location_beside_its_name_in_a_table_of_people() -> None:
    columns = {"volunteer_id": (), **_PERSON, "sheltername": (), "shelterlocation": _STREETS}
    hits = explanations("volunteers", columns)
    assert "STREET_ADDRESS" not in hits["shelterlocation"]


def test_shelter_resident_address_stays() -> None:
    values = ("12 Harbour Road, Vik", "40 Mill Lane, Aros", "7 Elm Street, Nord")
    columns = {"id": (), "first_name": (), "email": (), "home_address": values}
    assert "STREET_ADDRESS" in explanations("shelter_volunteers", columns)["home_address"]
