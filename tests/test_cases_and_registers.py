"""Rules of the thirty-first round: the parties to a complaint or a case and the account of it,
glued lower-cased names (``spouseplaceofbirth``), a citizen's card number and an identity card's
number, a picture in a table that gives a person a position, and a login kept in a settings
table. Every table, column and value is made up; the negative cases come from other domains (a
shop's product faults, a survey's questions, a database cluster's witness servers, a cache's
victims, a resolver's answers, a linter's findings, a fraud rule's flags, a fare rule, a census,
an auth provider's identities, a device's IMEI, a photo gallery, a leaderboard, a store's
catalogue, a chat integration's user settings, a user's preferences)."""

from __future__ import annotations

import pytest

from classifiers.names import NameSignal

from .table_verdicts import explanations

_INT = {
    "id": "int", "member_id": "int", "tenant_id": "int", "user_id": "int", "product_id": "int",
    "sort_order": "int", "complainant_id": "int", "resident_id": "int",
}  # fmt: skip


# -- negatives first: the same words where no person is meant -----------------------------------


@pytest.mark.parametrize(
    ("table", "columns", "column", "entity"),
    [
        # a product's faults: a complaint's details, but no party is named
        (
            "product_complaints",
            {"id": (), "product_id": (), "complaint_details": ("Hinge broke",), "fault": ()},
            "complaint_details",
            "FREE_TEXT",
        ),
        # a complaint's key only, no name of a party
        (
            "tickets",
            {"id": (), "complainant_id": (), "case_summary": ("Late delivery",)},
            "case_summary",
            "FREE_TEXT",
        ),
        # a survey's questions: a name, but of a question
        ("questions", {"id": (), "name": ("Q7",), "respondent_count": ("12",)}, "name", None),
        # an auth provider's identities: the identity is a provider's user id or an e-mail
        (
            "user_identities",
            {"id": (), "user_id": (), "identity": ("github", "gitlab", "google")},
            "identity",
            "NATIONAL_ID",
        ),
        # an integer identity column of a table (a row counter), not a card
        ("ledger_rows", {"identity": (1, 2, 3), "amount": ()}, "identity", "NATIONAL_ID"),
        # a citizenship is a nationality, no card number
        (
            "members",
            {"id": (), "first_name": ("Ana",), "citizenship": ("Freedonian",)},
            "citizenship",
            "NATIONAL_ID",
        ),
    ],
)
def test_the_rules_stay_out_of_other_domains(
    table: str, columns: dict[str, tuple[object, ...]], column: str, entity: str | None
) -> None:
    found = explanations(table, columns, _INT)[column]
    assert (entity not in found) if entity else not found, found


@pytest.mark.parametrize(
    ("table", "columns"),
    [
        # an OAuth identity's numeric user id at its provider
        (
            "user_identities",
            {
                "id": (),
                "user_id": (),
                "provider": ("twitter",),
                "identity": ("1453987654321098752",),
            },
        ),
        (
            "oauth_identities",
            {"id": (), "provider": ("facebook",), "identity": ("10157834567890123",)},
        ),
        # a device's IMEI, a cloud account's id, a barcode, a generated id, a sensor's serial,
        # a transaction's sequence number, a phone book's numbers
        ("devices", {"id": (), "identity": ("358240051111110", "358240051111111"), "model": ()}),
        ("aws_principals", {"id": (), "identity": ("123456789012", "210987654321"), "arn": ()}),
        ("barcodes", {"id": (), "identity": ("4006381333931", "5012345678900"), "name": ("Soap",)}),
        ("snowflake_ids", {"id": (), "identity": ("1234567890123456789", "1234567890123456790")}),
        ("sensor_readings", {"id": (), "identity": ("000123456789", "000123456790"), "temp": ()}),
        ("tx_log", {"id": (), "identity": ("20210401000001", "20210401000002"), "amount": ()}),
        ("phone_book", {"id": (), "identity": ("4915123456789", "447911123456")}),
    ],
)
def test_long_digits_under_identity_outside_people_are_no_card(
    table: str, columns: dict[str, tuple[object, ...]]
) -> None:
    types = {"temp": "float", "amount": "numeric"}
    found = explanations(table, columns, {**_INT, **types})["identity"]
    assert "NATIONAL_ID" not in found, found


#: Counts and rules about citizens: no card's number.
_NO_CARD = [
    # a fare rule's requirement, a census's count, a country's population, a count of cards
    (
        "fare_rules",
        {"id": (), "senior_citizen_card": ("required", "optional"), "discount": ()},
        {"discount": "numeric"},
        "senior_citizen_card",
    ),
    (
        "census",
        {"id": (), "region": ("North",), "citizen_number": (120345, 98012)},
        {"citizen_number": "int"},
        "citizen_number",
    ),
    (
        "country_stats",
        {"id": (), "country": ("FR",), "citizens_no": ("67000000",)},
        {},
        "citizens_no",
    ),
    (
        "cards",
        {"id": (), "card_type": ("citizen",), "citizen_cards": ("3",)},
        {},
        "citizen_cards",
    ),
]

#: Accounts beside no party's name: no case.
_NO_CASE = [
    # a resolver's answers, a linter's findings, a fraud rule's and an anti-cheat's flags,
    # a test run, a game's quests, a rate limiter's rules, a payment network's rules
    (
        "dns_queries",
        {"id": (), "respondent": ("8.8.8.8",), "details": ("NOERROR",)},
        {},
        "details",
    ),
    (
        "lint_results",
        {"id": (), "offender": ("src/app.py:12",), "details": ("line too long",), "rule": ()},
        {},
        "details",
    ),
    (
        "fraud_alerts",
        {"id": (), "order_id": (), "suspect": ("true", "false"), "description": ("velocity",)},
        {},
        "description",
    ),
    (
        "fraud_alerts",
        {"id": (), "order_id": (), "suspect": (True, False), "summary": ("velocity rule",)},
        {"suspect": "boolean"},
        "summary",
    ),
    (
        "anticheat_flags",
        {"id": (), "player_id": (), "suspect": (1, 0), "details": ("aimbot heuristics",)},
        {"player_id": "int", "suspect": "int"},
        "details",
    ),
    (
        "pytest_cases",
        {"id": (), "victim": ("test_login",), "details": ("flaky",)},
        {},
        "details",
    ),
    (
        "game_quests",
        {
            "id": (),
            "victim": ("Baron Vell",),
            "witness": ("Old Mara",),
            "description": ("Find",),
        },
        {},
        "description",
    ),
    (
        "offender_rules",
        {"id": (), "offender": ("rule_42",), "description": ("Too many calls",)},
        {},
        "description",
    ),
    (
        "dispute_rules",
        {"id": (), "respondent": ("merchant",), "statement": ("Respond within 7 days",)},
        {},
        "statement",
    ),
    # a ledger's statement references, and a bank account beside them
    (
        "claims_ledger",
        {"id": (), "claimant": ("C-001",), "statement": ("ST-2021-04",), "balance": ()},
        {"balance": "numeric"},
        "statement",
    ),
    (
        "bank_statements",
        {"id": (), "victim": ("acct-3",), "account": ("ACC-001",), "statement": ("2021-04",)},
        {},
        "account",
    ),
    (
        "bank_statements",
        {"id": (), "victim": ("acct-3",), "account": ("ACC-001",), "statement": ("2021-04",)},
        {},
        "statement",
    ),
    # a dispute between companies, and a security incident about hosts
    (
        "warranty_claims",
        {"id": (), "product_id": (), "claimant": ("Acme Retail Ltd",), "claim_details": ("",)},
        {},
        "claim_details",
    ),
    (
        "patent_cases",
        {"id": (), "plaintiff": ("Acme Corp",), "defendant": ("Globex Inc",), "summary": ()},
        {},
        "summary",
    ),
    (
        "security_incidents",
        {"id": (), "victim": ("db-02.internal",), "statement": ("Volume encrypted",)},
        {},
        "statement",
    ),
    (
        "security_incidents",
        {"id": (), "victim_hostname": ("web-01",), "summary": ("lateral movement",)},
        {},
        "summary",
    ),
]


@pytest.mark.parametrize(
    ("table", "columns", "types", "column", "entity"),
    [*((*c, "NATIONAL_ID") for c in _NO_CARD), *((*c, "FREE_TEXT") for c in _NO_CASE)],
)
def test_a_count_of_citizens_is_no_card_and_an_account_beside_no_party_no_case(
    table: str,
    columns: dict[str, tuple[object, ...]],
    types: dict[str, str],
    column: str,
    entity: str,
) -> None:
    found = explanations(table, columns, {**_INT, **types})[column]
    assert entity not in found, found


_HOST_AND_CHAIN_TYPES = {"port": "int", "score": "float", "tx_id": "int"}


@pytest.mark.parametrize(
    ("table", "columns"),
    [
        # a database cluster's witness server, a fraud model's suspect transactions, a cache's
        # evicted entries, a blockchain transaction's witnesses, a security incident's hosts
        ("witnesses", {"id": (), "hostname": ("witness-1",), "address": ("10.0.0.5",), "port": ()}),
        ("suspects", {"id": (), "name": ("txn-99812",), "address": ("0xAbC1234",), "score": ()}),
        ("victims", {"id": (), "name": ("session:42",), "address": ("0x7ffe12",)}),
        (
            "tx_witnesses",
            {
                "id": (),
                "tx_id": (),
                "witness": ("3045022100ab",),
                "name": ("p2wpkh",),
                "address": ("bc1qxyz",),
            },
        ),
        (
            "incidents_hosts",
            {"id": (), "victim_hostname": ("web-01",), "suspect_address": ("10.0.0.9",)},
        ),
    ],
)
def test_a_witness_a_victim_or_a_suspect_outside_a_case_is_no_person(
    table: str, columns: dict[str, tuple[object, ...]]
) -> None:
    found = explanations(table, columns, {**_INT, **_HOST_AND_CHAIN_TYPES})
    people = {"PERSON_NAME", "STREET_ADDRESS"}
    assert not {c: e for c, e in found.items() if people & set(e)}, found


@pytest.mark.parametrize(
    ("table", "columns"),
    [
        # a photo gallery of a member: pictures of the member's things, with their title
        ("gallery_items", {"id": (), "member_id": (), "position": (), "title": (), "image": ()}),
        # a product's pictures ordered by rank, with the product's name
        ("product_images", {"id": (), "product_id": (), "rank": (), "name": (), "image": ()}),
        # a position without a key to a person: a layout's slot
        ("banner_slots", {"id": (), "position": ("top",), "image": ()}),
        # a rank or a position that orders a user's, a player's or a customer's things
        ("badges", {"id": (), "user_id": (), "rank": ("3",), "image": ("gold.png",)}),
        ("leaderboard", {"id": (), "player_id": (), "rank": ("1",), "image": ("trophy.png",)}),
        (
            "cart_items",
            {"id": (), "customer_id": (), "position": ("1",), "image": ("shoe.jpg",), "sku_id": ()},
        ),
        ("user_uploads", {"id": (), "user_id": (), "position": (2,), "image": ("receipt.jpg",)}),
        (
            "dashboard_widgets",
            {"id": (), "owner_id": (), "position": (3,), "image": ("chart.png",)},
        ),
        ("seat_map", {"id": (), "passenger_id": (), "position": ("12A",), "image": ("seat.png",)}),
        # a staff member's position in a product's gallery: the product's pictures
        (
            "product_gallery",
            {"id": (), "staff_id": (), "product_id": (), "position": (1,), "image": ()},
        ),
    ],
)
def test_a_picture_of_a_thing_or_a_slot_is_no_photo(
    table: str, columns: dict[str, tuple[object, ...]]
) -> None:
    types = {"rank": "int", "position": "int", "player_id": "int", "owner_id": "int"}
    types |= {"customer_id": "int", "passenger_id": "int", "sku_id": "int", "staff_id": "int"}
    assert "PHOTO" not in explanations(table, columns, {**_INT, **types})["image"]


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        # kept whole: a form field's placeholder, a placement, a nationality
        ("placeholder", ("placeholder",)),
        ("placeholders", ("placeholders",)),
        ("placement", ("placement",)),
        ("replace", ("replace",)),
        ("marketplace", ("marketplace",)),
        ("complaints", ("complaints",)),
        ("citizens", ("citizens",)),
        ("citizenship", ("citizenship",)),
        # split
        ("workplace", ("work", "place")),
        ("spouseplaceofbirth", ("spouse", "place", "of", "birth")),
        ("complainfacts", ("complain", "facts")),
        ("complaintid", ("complaint", "id")),
        ("dualcitizenno", ("dual", "citizen", "no")),
    ],
)
def test_glued_words_split_only_where_they_should(word: str, expected: tuple[str, ...]) -> None:
    assert NameSignal().tokens(word) == expected


# -- positives: the causes ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("table", "columns", "column", "entity"),
    [
        # the parties to a complaint before a mediation board, glued and lower-cased
        (
            "mediation_cases",
            {"id": (), "nameofclaimant": ("Ana Quill",), "nameofdefendants": ("Bo Farrow",)},
            "nameofclaimant",
            "PERSON_NAME",
        ),
        (
            "mediation_cases",
            {"id": (), "nameofclaimant": ("Ana Quill",), "nameofdefendants": ("Bo Farrow",)},
            "nameofdefendants",
            "PERSON_NAME",
        ),
        (
            "incidents",
            {"id": (), "witness_name": ("Cy Dunn",), "filed_on": ()},
            "witness_name",
            "PERSON_NAME",
        ),
        # the account of a complaint beside its parties' names, glued: an arbitration's
        (
            "arbitration_cases",
            {"id": (), "nameofplaintiff": ("Ana Quill",), "complainfacts": ("The roof leaked",)},
            "complainfacts",
            "FREE_TEXT",
        ),
        (
            "incidents",
            {"id": (), "victim_name": ("Cy Dunn",), "statement": ("At noon...",)},
            "statement",
            "FREE_TEXT",
        ),
        # a spouse's place of birth in a marriage register, glued
        (
            "marriage_register",
            {
                "id": (),
                "firstname": ("Bo",),
                "lastname": ("Farrow",),
                "spouseplaceofbirth": ("Oxley",),
            },
            "spouseplaceofbirth",
            "DEMOGRAPHIC",
        ),
        # a dual citizen's card number at a consulate, glued, and a voter's citizen number
        (
            "consular_registrations",
            {"id": (), "member_id": (), "dualcitizenno": ("DC-0042",)},
            "dualcitizenno",
            "NATIONAL_ID",
        ),
        (
            "voters",
            {"id": (), "citizen_no": ("88-1203-77",), "ward": ()},
            "citizen_no",
            "NATIONAL_ID",
        ),
        # an identity card's number under the bare name ``identity``: any long digit string in
        # a table of people, a card's number around a birth date in a table of flats
        (
            "tenants",
            {"id": (), "nick": ("Ana",), "identity": ("32010219880506123X", "24681357900")},
            "identity",
            "NATIONAL_ID",
        ),
        (
            "flats",
            {"id": (), "storey": (), "identity": ("41030219770101002X", "110105198512240017")},
            "identity",
            "NATIONAL_ID",
        ),
    ],
)
def test_the_causes_are_flagged(
    table: str, columns: dict[str, tuple[object, ...]], column: str, entity: str
) -> None:
    found = explanations(table, columns, _INT)[column]
    assert entity in found, found


@pytest.mark.parametrize(
    ("table", "columns"),
    [
        # a town council's councillors and a club's board: a resident or a member in a position
        ("councillors", {"id": (), "resident_id": (), "position": ("Chair",), "image": ()}),
        ("board_seats", {"id": (), "member_id": (), "role": ("Treasurer",), "image": ("null",)}),
        # a firm's organisation chart: an employee's designation
        (
            "org_chart",
            {
                "id": (),
                "employee_id": (),
                "designation": ("CTO",),
                "photo_url": ("https://x/y.jpg",),
            },
        ),
    ],
)
def test_a_picture_in_a_table_of_positions_is_a_persons_photo(
    table: str, columns: dict[str, tuple[object, ...]]
) -> None:
    found = explanations(table, columns, {**_INT, "employee_id": "int"})[list(columns)[-1]]
    assert "PHOTO" in found and "position" in found["PHOTO"], found


def test_a_settings_tables_login_is_the_applications_own() -> None:
    columns = {"id": (), "chat_channel": ("#alerts",), "chat_username": ("alert-bot",)}
    found = explanations("system_settings", columns, _INT)["chat_username"]
    assert not found, found


@pytest.mark.parametrize(
    ("table", "columns"),
    [
        # a chat integration's settings of one user: the user's own handle
        ("user_settings", {"id": (), "chat_username": ("ana.quill",)}),
        ("chat_settings", {"id": (), "user_id": (), "chat_username": ("ana.quill",)}),
        # a login of people kept in a table that is no settings table
        ("chat_accounts", {"id": (), "chat_username": ("ana.quill",)}),
        # a per-person settings row keyed by its login, or beside its owner
        ("preferences", {"id": (), "username": ("ana.quill", "bo.farrow"), "theme": ("dark",)}),
        ("site_settings", {"id": (), "username": ("ana.quill",), "theme": ("dark",)}),
        ("account_settings", {"id": (), "user_name": ("ana.quill",), "timezone": ("UTC",)}),
        (
            "notification_settings",
            {"id": (), "owner": ("ana.quill",), "telegram_username": ("@anaq",), "enabled": ()},
        ),
    ],
)
def test_a_users_settings_keep_the_persons_login(
    table: str, columns: dict[str, tuple[object, ...]]
) -> None:
    login = next(c for c in columns if c.endswith("username") or c == "user_name")
    assert "USERNAME" in explanations(table, columns, _INT)[login]


# -- round 39: a party's own statement beside that party's name ----------------------------


@pytest.mark.parametrize(
    ("table", "columns", "column"),
    [
        # a malware lab's victims are hosts, a chess engine's test suite's victims are pieces
        ("malware_samples", {"id": (), "victim_host_name": (), "victim_summary": ()},
         "victim_summary"),
        ("engine_tests", {"id": (), "victim": (), "victim_description": ()},
         "victim_description"),
        # a statement keyed to a party, no name of theirs; another party's name
        ("statements", {"id": (), "victim_id": (), "victim_statement": ()}, "victim_statement"),
        ("cases", {"id": (), "suspect_name": (), "victim_statement": ()}, "victim_statement"),
        # a survey's respondents' count and a bank's statements
        ("survey_waves", {"id": (), "respondent_count": (), "respondent_summary": ()},
         "respondent_summary"),
        ("bank_statements", {"id": (), "customer_name": (), "statement": ()}, "statement"),
    ],
)  # fmt: skip
def test_no_partys_own_statement(
    table: str, columns: dict[str, tuple[object, ...]], column: str
) -> None:
    found = explanations(table, columns, {"victim_id": "int", "respondent_count": "int"})
    assert "FREE_TEXT" not in found[column], found[column]


@pytest.mark.parametrize(
    ("table", "columns", "column"),
    [
        # a police force's victims and witnesses: their statement beside their own name
        ("victims", {"id": (), "victim_firstname": (), "victim_lastname": (),
                     "victim_statement": ()}, "victim_statement"),
        ("witnesses", {"id": (), "witness_first_name": (), "witness_surname": (),
                       "witness_statement": ()}, "witness_statement"),
        ("complaints", {"id": (), "complainant_forename": (), "complainant_surname": (),
                        "complainant_statement": ()}, "complainant_statement"),
        # a bare statement beside a party's first name
        ("interviews", {"id": (), "witness_first_name": (), "statement": ()}, "statement"),
    ],
)  # fmt: skip
def test_a_partys_own_statement(
    table: str, columns: dict[str, tuple[object, ...]], column: str
) -> None:
    found = explanations(table, columns, {})
    assert "FREE_TEXT" in found[column], found[column]


# -- round 39, narrowed on review: a party's bare name is a host's, a firm's or a process's ---


@pytest.mark.parametrize(
    ("table", "columns", "column"),
    [
        # a ransomware leak site's victim firms, an OOM killer's victim processes, a tender's
        # respondent firms, a cluster's and a proof's witnesses, a trademark's claimant firm
        ("ransomware_leaks", {"id": (), "victim_name": ("Acme Logistics",),
                              "victim_description": ("Mid-size logistics firm",)},
         "victim_description"),
        ("oom_kills", {"id": (), "host": ("web-3",), "victim_name": ("java",),
                       "victim_details": ("rss 2.1G",)}, "victim_details"),
        ("rfp_responses", {"id": (), "respondent_name": ("Acme Ltd",),
                           "respondent_summary": ("We propose a phased rollout.",)},
         "respondent_summary"),
        ("cluster_quorum", {"id": (), "witness_name": ("fsw-eu-1",),
                            "witness_details": ("file share witness",)}, "witness_details"),
        ("proof_runs", {"id": (), "witness_name": ("w_17",),
                        "witness_description": ("counterexample trace",)},
         "witness_description"),
        ("trademark_oppositions", {"id": (), "claimant_name": ("Nike Inc",),
                                   "claimant_statement": ("The mark is similar.",)},
         "claimant_statement"),
        # a predator's and a roadkill's victim family (a species' family), no name
        ("predation_events", {"id": (), "predator_family": ("Strigidae",),
                              "victim_family": ("Muridae",), "description": ("Owl pellet",)},
         "description"),
        ("roadkill_reports", {"id": (), "victim_family": ("Cervidae",),
                              "details": ("Found on the verge",)}, "details"),
    ],
)  # fmt: skip
def test_no_partys_own_account_beside_a_bare_name(
    table: str, columns: dict[str, tuple[object, ...]], column: str
) -> None:
    found = explanations(table, columns, {})
    assert "FREE_TEXT" not in found[column], found[column]


@pytest.mark.parametrize(
    ("table", "columns", "column"),
    [
        # an insurer's claimant, a school's witness: their statement beside their name's parts
        ("insurance_claims", {"id": (), "claimant_first_name": ("Tara",),
                              "claimant_surname": ("Voss",),
                              "claimant_statement": ("The van reversed into my car",)},
         "claimant_statement"),
        ("school_incidents", {"id": (), "witness_forename": ("Ken",),
                              "witness_surname": ("Brand",),
                              "witness_statement": ("I saw him push her",)}, "witness_statement"),
        # a given name or a family name names the party beside ``name``
        ("hearings", {"id": (), "witness_family_name": (), "witness_statement": ()},
         "witness_statement"),
    ],
)  # fmt: skip
def test_a_partys_own_account_beside_their_name_parts(
    table: str, columns: dict[str, tuple[object, ...]], column: str
) -> None:
    found = explanations(table, columns, {})
    assert "FREE_TEXT" in found[column], found[column]
