"""Rules of the twenty-ninth round: a person's body measurements as health data, a login's
second-factor secret and provisioning URI, one IP address repeated in a log of a person's
logins, a login's subject at an OpenID issuer, pictures kept in pixel sizes, and a type's name
that is no person's. Every table, column and value is made up; the negative cases come from
other domains (a garment catalogue, a parcel service, a furniture catalogue, a herd, a game, a
build server, an IoT fleet, a certificate store, a mailbox, a shop's products) where the rule
must not fire."""

from __future__ import annotations

import pytest

from classifiers.measures_and_factors import (
    body_measure,
    issuer_subject,
    otpauth_uris,
    second_factor_table,
    without_sizes,
)

from .table_verdicts import explanations

_URI = "otpauth://totp/Acme:ada?secret=JBSWY3DPEHPK3PXP&issuer=Acme"
_SECRETS = ("JBSWY3DPEHPK3PXPQ7RA", "KRSXG5CTMVRXEZLU2K4M")


def _floats(*values: float) -> tuple[float, ...]:
    return tuple(values)


# -- a person's body measurements ------------------------------------------------------------


@pytest.mark.parametrize(
    ("table", "columns", "column"),
    [
        (
            "fitness_checks",
            ("check_id", "client_id", "stature", "weight_kg", "height_cm", "bmi_pct"),
            "weight_kg",
        ),
        ("skinfolds", ("row_id", "client_id", "biceps", "midaxillary", "calf"), "biceps"),
        ("composition", ("id", "member_id", "body_fat", "muscle_mass", "weight_kg"), "body_fat"),
    ],
)
def test_body_measures_of_a_person_are_health_data(
    table: str, columns: tuple[str, ...], column: str
) -> None:
    values = {c: _floats(12.5, 14.0, 13.2, 15.1, 12.9) for c in columns}
    found = explanations(table, values, {c: "float" for c in columns})
    assert "HEALTH" in found[column], found[column]


@pytest.mark.parametrize(
    ("table", "columns", "column"),
    [
        ("garment_sizes", ("id", "product_id", "bust", "waist", "hips"), "bust"),  # a catalogue
        (
            "parcels",
            ("id", "customer_id", "weight_kg", "height_cm", "width", "length"),
            "weight_kg",
        ),
        (
            "furniture",
            ("id", "supplier_id", "height_cm", "width", "depth", "weight_kg"),
            "height_cm",
        ),
        (
            "cattle",
            ("id", "owner_id", "weight_kg", "height_cm", "neck"),
            "neck",
        ),  # a herd's animals
        (
            "characters",
            ("id", "player_id", "height_cm", "weight_kg", "strength"),
            "height_cm",
        ),  # a game
    ],
)
def test_measures_of_things_animals_and_avatars_stay_unflagged(
    table: str, columns: tuple[str, ...], column: str
) -> None:
    values = {c: _floats(12.5, 14.0, 13.2, 15.1, 12.9) for c in columns}
    found = explanations(table, values, {c: "float" for c in columns})
    assert "HEALTH" not in found[column], found[column]
    assert "PHYSICAL" not in found[column], found[column]


def test_a_body_word_in_text_or_beside_another_word_is_no_measure() -> None:
    assert not body_measure(("line", "height"))
    assert not body_measure(("treasure", "chest", "id"))
    columns = ("id", "member_id", "bust", "waist", "hips")
    found = explanations("sizes", dict.fromkeys(columns, ("S", "M", "L", "M", "S")))
    assert found["bust"] == {}, found["bust"]


# -- a login's second factor -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("table", "column", "values"),
    [
        ("user_otp", "seed", _SECRETS),
        ("two_factor_auths", "shared_secret", ()),
        ("mfa", "recovery_codes", ()),
        ("user_otp", "uri", ()),  # the provisioning URI beside the secret, none sampled
        ("enrolments", "link", (_URI,)),  # any column of provisioning URIs
    ],
)
def test_second_factor_secrets_are_password_like(
    table: str, column: str, values: tuple[str, ...]
) -> None:
    columns = {"id": (1, 2), "account_id": (1, 2), "seed": (), column: values}
    if table != "enrolments":
        columns = {"id": (1, 2), "login_id": (1, 2), "seed": (), column: values}
        columns["user_id"] = (1, 2)
    found = explanations(table, columns, {"id": "int", "user_id": "int", "login_id": "int"})
    assert "PASSWORD_HASH" in found[column], found[column]


@pytest.mark.parametrize(
    ("table", "columns", "column", "values"),
    [
        (
            "quests",
            ("id", "player_id", "shared_secret", "reward"),
            "shared_secret",
            ("the cave", "the hill"),
        ),
        ("device_otp", ("id", "device_id", "seed"), "seed", _SECRETS),  # an IoT fleet
        ("otp_settings", ("id", "seed", "uri"), "seed", _SECRETS),  # no one's
        ("user_otp", ("id", "user_id", "seed", "uri"), "uri", ("https://example.org/help",)),
    ],
)
def test_secrets_of_games_devices_and_settings_stay_unflagged(
    table: str, columns: tuple[str, ...], column: str, values: tuple[str, ...]
) -> None:
    found = explanations(table, {c: (values if c == column else ()) for c in columns})
    assert "PASSWORD_HASH" not in found[column], found[column]


def test_second_factor_helpers() -> None:
    assert second_factor_table(("user", "otp")) and not second_factor_table(("factors",))
    assert otpauth_uris((_URI,)) and not otpauth_uris(("https://example.org",))


# -- one IP address repeated in a log of a person's logins -----------------------------------


@pytest.mark.parametrize(
    ("table", "columns", "column"),
    [
        (
            "clerk_log",
            ("entry_id", "logged_in_at", "logged_out_at", "visitor_ip", "clerk_id"),
            "visitor_ip",
        ),
        ("customer_sessions", ("id", "customer_id", "ip", "created_at"), "ip"),
    ],
)
def test_one_ip_of_a_persons_login_log_is_kept(
    table: str, columns: tuple[str, ...], column: str
) -> None:
    values = {c: (("192.0.2.10",) * 30 if c == column else ()) for c in columns}
    found = explanations(table, values)
    assert "IP_ADDRESS" in found[column], found[column]


@pytest.mark.parametrize(
    ("table", "columns", "column"),
    [
        ("build_log", ("id", "job_id", "ip", "started_at"), "ip"),  # a build server
        ("sensor_sessions", ("id", "device_id", "ip", "created_at"), "ip"),  # an IoT fleet
        ("clerk_log", ("entry_id", "logged_in_at", "gateway_ip", "clerk_id"), "gateway_ip"),
    ],
)
def test_one_ip_of_machines_stays_an_enum(
    table: str, columns: tuple[str, ...], column: str
) -> None:
    values = {c: (("192.0.2.10",) * 30 if c == column else ()) for c in columns}
    found = explanations(table, values)
    assert "IP_ADDRESS" not in found[column], found[column]


# -- a login's subject at an OpenID issuer ---------------------------------------------------


def test_subject_beside_an_issuer_in_a_table_of_logins_is_a_login() -> None:
    columns = {"id": (), "handle": (), "email": (), "iss": (), "sub": ()}
    found = explanations("users", columns)
    assert "USERNAME" in found["sub"], found["sub"]


@pytest.mark.parametrize(
    ("table", "columns"),
    [
        ("certificates", ("id", "iss", "sub", "serial")),  # a certificate store
        ("mails", ("id", "user_id", "sub", "body")),  # a mailbox
        ("tokens", ("id", "iss", "sub", "audience")),  # a service's tokens
    ],
)
def test_subjects_of_certificates_mails_and_tokens_stay_unflagged(
    table: str, columns: tuple[str, ...]
) -> None:
    found = explanations(table, dict.fromkeys(columns, ()))
    assert "USERNAME" not in found["sub"], found["sub"]
    assert issuer_subject(("sub",), [("iss",), ("email",)])


# -- pictures kept in pixel sizes, and a type's name -----------------------------------------


@pytest.mark.parametrize("column", ["pic64_url", "avatar_128_url", "photo_200x200"])
def test_a_persons_picture_in_pixel_sizes(column: str) -> None:
    columns = {"id": (), "handle": (), "given_name": (), "family_name": (), column: ()}
    found = explanations("users", columns)
    assert "PHOTO" in found[column], found[column]


def test_sized_pictures_of_products_and_numbered_lines_stay_as_they_were() -> None:
    found = explanations("products", {"id": (), "sku": (), "price": (), "pic64_url": ()})
    assert found["pic64_url"] == {}, found["pic64_url"]
    assert without_sizes(["address", "2"]) == ["address", "2"]


@pytest.mark.parametrize(
    ("table", "column"), [("member_type", "member_type_name"), ("client_types", "client_type_name")]
)
def test_a_type_of_people_is_named_no_person(table: str, column: str) -> None:
    columns = {f"{table}_id": (1, 2, 3, 4), column: ("Gold", "Trainer", "Front Desk", "Guest")}
    found = explanations(table, columns, {f"{table}_id": "int"})
    assert "PERSON_NAME" not in found[column], found[column]


def test_a_person_of_a_type_keeps_a_name() -> None:
    columns = {"id": (1, 2), "client_name": ("Ada Quenby", "Bo Lindqvist"), "client_type_id": ()}
    found = explanations("clients", columns, {"id": "int", "client_type_id": "int"})
    assert "PERSON_NAME" in found["client_name"], found["client_name"]


# -- narrowed on review: negative cases from other domains -----------------------------------

_BODY_NEGATIVES = [
    ("parcels", ("customer_id", "weight_kg", "weight_lb", "height_cm", "length_cm")),
    ("shipments", ("consignee_id", "weight", "height", "weight_value", "length")),
    ("products", ("seller_id", "height", "weight", "weight_lb", "width")),
    ("bottles", ("user_id", "height_mm", "weight_value", "neck_mm")),
    ("dress_forms", ("seller_id", "bust", "waist", "hips", "height")),
    ("avatar_bodies", ("player_id", "height", "weight", "muscle", "fat", "chest")),
    ("weigh_ins", ("owner_id", "tag_no", "weight_kg", "height_cm", "chest_girth", "hip_height")),
    ("recipe_nutrition", ("author_id", "fat", "fat_pct", "weight", "calories")),
    ("lift_logs", ("driver_id", "height", "weight", "weight_kg", "boom_angle")),
    ("tailoring", ("id", "customer_id", "bust", "waist", "hips", "inseam")),  # a tailor's
]


@pytest.mark.parametrize(("table", "columns"), _BODY_NEGATIVES)
def test_measures_of_parcels_herds_recipes_and_tailors_are_no_health_data(
    table: str, columns: tuple[str, ...]
) -> None:
    values = {c: _floats(12.5, 14.0, 13.2, 15.1, 12.9) for c in columns}
    found = explanations(table, values, {c: "float" for c in columns})
    for column in columns:
        assert "HEALTH" not in found[column], (column, found[column])


@pytest.mark.parametrize(
    ("table", "columns", "column"),
    [
        ("access_points", ("id", "staff_id", "ip", "ssid"), "ip"),
        ("access_rules", ("id", "admin_id", "ip", "action"), "ip"),
        ("door_access", ("id", "employee_id", "reader_ip"), "reader_ip"),
        ("stream_sessions", ("id", "user_id", "edge_ip"), "edge_ip"),
        ("user_sessions", ("id", "user_id", "lb_ip"), "lb_ip"),
        ("kiosk_sessions", ("id", "driver_id", "kiosk_ip"), "kiosk_ip"),
        ("site_visits", ("id", "technician_id", "plc_ip"), "plc_ip"),
    ],
)
def test_one_ip_of_access_points_balancers_and_plcs_stays_an_enum(
    table: str, columns: tuple[str, ...], column: str
) -> None:
    values = {c: (("192.0.2.10",) * 30 if c == column else ()) for c in columns}
    found = explanations(table, values)
    assert "IP_ADDRESS" not in found[column], found[column]


def test_a_second_factor_providers_key_is_the_applications() -> None:
    columns = {"id": (), "admin_id": (), "provider": (), "secret_key": _SECRETS, "url": ()}
    found = explanations("mfa_providers", columns)
    assert "PASSWORD_HASH" not in found["secret_key"], found["secret_key"]
    assert "PASSWORD_HASH" not in found["url"], found["url"]


@pytest.mark.parametrize(
    ("table", "columns", "subject"),
    [
        ("workload_identities", ("id", "project_id", "issuer", "subject"), "repo:acme/app:main"),
        ("service_identities", ("id", "issuer", "subject"), "system:serviceaccount:ns:builder"),
    ],
)
def test_a_workloads_subject_is_no_login(
    table: str, columns: tuple[str, ...], subject: str
) -> None:
    values = {c: ((subject, subject + "2") if c == "subject" else ()) for c in columns}
    found = explanations(table, values)
    assert "USERNAME" not in found["subject"], found["subject"]


@pytest.mark.parametrize("column", ["avatar_x", "pic_x", "photo_x_url"])
def test_a_pictures_crop_offset_is_no_picture(column: str) -> None:
    columns = {"id": (), "handle": (), "given_name": (), "family_name": (), column: ()}
    found = explanations("users", columns, {column: "int"} if "url" not in column else None)
    assert "PHOTO" not in found[column], found[column]
    assert without_sizes(["avatar", "x"]) == ["avatar", "x"]


_FULL_NAMES = (
    "Maria Garcia", "John Smith", "Wei Zhang", "Anna Kowalska", "Peter Jones",
    "Laura Rossi", "Ahmed Khan", "Sofia Novak", "James Brown", "Emma Wilson",
)  # fmt: skip


@pytest.mark.parametrize("table", ["users_by_type", "members_per_type", "member_types"])
def test_people_listed_by_type_keep_their_names(table: str) -> None:
    emails = tuple(f"u{i}@example.org" for i in range(len(_FULL_NAMES)))
    columns = {"id": (), "type_id": (), "name": _FULL_NAMES, "email": emails}
    found = explanations(table, columns, {"id": "int", "type_id": "int"})
    assert "PERSON_NAME" in found["name"], found["name"]
