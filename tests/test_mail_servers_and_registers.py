"""Rules of the forty-sixth round: ``nb`` as a number's word (a house number, a national register's
number), a civil status, a vehicle's licence beside its guest, a mail or file server's logins and
copy addresses in the application's settings, a mail code beside an address, and the office
holder of a table of municipalities. Every table, column and value is made up; the negative cases
come from other domains (a shop's tills, an archive's registers, a court's cases, a building
site, a company's fleet, a hosting provider's customers, a webmail client, a mail log, a
department's mail stops, a promotion, a town's mayor's own contact, a club's president)."""

from __future__ import annotations

import pytest

from .table_verdicts import explanations

_INT = {"id": "int", "store_id": "int", "guest_id": "int", "depot_id": "int", "owner_id": "int"}


def _found(table: str, columns: dict[str, tuple[object, ...]], column: str) -> set[str]:
    return set(explanations(table, columns, _INT)[column])


_PERSON = {"first_name": ("Ilse",), "last_name": ("Marchal",)}


@pytest.mark.parametrize(
    ("table", "columns", "column", "entity"),
    [
        # a shop's till and an archive's register numbered ``nb``: no national register
        ("tills", {"id": (), "store_id": (), "register_nb": ("4",)}, "register_nb", "NATIONAL_ID"),
        ("archive_registers", {"id": (), "register_nb": ("17",)}, "register_nb", "NATIONAL_ID"),
        # a count of players, a well plate's number
        ("matches", {"id": (), "nb_players": ("4",)}, "nb_players", "STREET_ADDRESS"),
        # a court's cases and a building site: ``civil`` is no person's status
        (
            "court_cases",
            {"id": (), "case_ref": ("C-12",), "civil_status": ("open",)},
            "civil_status",
            "DEMOGRAPHIC",
        ),
        (
            "sites",
            {"id": (), "civil_works_status": ("poured",)},
            "civil_works_status",
            "DEMOGRAPHIC",
        ),
        # a company's fleet: a vehicle's licence keyed to a depot, no person
        (
            "fleet_vans",
            {"id": (), "vehicle_license": ("QX 401",), "depot_id": ()},
            "vehicle_license",
            "OTHER_PERSONAL_DATA",
        ),
        # a hotel room's licence beside its guest is no vehicle's
        (
            "stays",
            {"id": (), "guest_id": (), "room_licence": ("L-9",)},
            "room_licence",
            "OTHER_PERSONAL_DATA",
        ),
    ],
)
def test_number_civil_and_vehicle_words_elsewhere_stay_unflagged(
    table: str, columns: dict[str, tuple[object, ...]], column: str, entity: str
) -> None:
    assert entity not in _found(table, columns, column)


@pytest.mark.parametrize(
    ("table", "columns", "column", "entity"),
    [
        # a hosting provider's customers and a user's own FTP login
        (
            "users",
            {**_PERSON, "ftp_username": (), "ftp_password": ()},
            "ftp_password",
            "PASSWORD_HASH",
        ),
        ("users", {**_PERSON, "ftp_username": (), "ftp_password": ()}, "ftp_username", "USERNAME"),
        # a webmail client's accounts, keyed to their owner
        (
            "mail_accounts",
            {"id": (), "owner_id": (), "imap_host": (), "imap_password": ()},
            "imap_password",
            "PASSWORD_HASH",
        ),
        # a mail log: its copies are people's, whatever the SMTP server answered
        (
            "emails",
            {"id": (), "to": (), "cc": (), "subject": (), "smtp_response": (), "smtp_status": ()},
            "cc",
            "EMAIL_ADDRESS",
        ),
    ],
)
def test_a_persons_server_logins_and_a_mails_copies_stay_personal(
    table: str, columns: dict[str, tuple[object, ...]], column: str, entity: str
) -> None:
    assert entity in _found(table, columns, column)


@pytest.mark.parametrize(
    ("table", "columns", "column"),
    [
        # a department's mail stop beside its building and floor; a promotion's mailed code
        (
            "departments",
            {"id": (), "building": (), "floor": (), "mail_code": ("MS-4",)},
            "mail_code",
        ),
        ("promotions", {"id": (), "discount": (), "mail_code": ("SPRING",)}, "mail_code"),
    ],
)
def test_mail_codes_that_are_no_address_stay_unflagged(
    table: str, columns: dict[str, tuple[object, ...]], column: str
) -> None:
    assert "POSTAL_CODE" not in _found(table, columns, column)


_TOWN = {"id": (), "name": ("Dinant", "Arlon"), "email": ("hall@dinant.example",), "phone": ()}


def test_a_mayors_own_contact_a_clubs_president_and_a_french_communes_people_stay_personal() -> (
    None
):
    towns = explanations("towns", {**_TOWN, "mayor_name": ("Lea Dumont",), "mayor_email": ()})
    assert "EMAIL_ADDRESS" in towns["mayor_email"]
    assert "PERSON_NAME" in towns["mayor_name"]
    clubs = explanations("clubs", {**_TOWN, "president_name": ("Lea Dumont",)})
    assert "EMAIL_ADDRESS" in clubs["email"]
    # French puts the noun first: a commune's volunteers are people, no place (round 43's review)
    volunteers = explanations("benevoles_commune", {"id": (), "nom": (), "email": (), "maire": ()})
    assert "EMAIL_ADDRESS" in volunteers["email"]


@pytest.mark.parametrize(
    ("table", "columns", "column", "entity"),
    [
        # a house number and a national register's number written with ``nb``
        (
            "residents",
            {**_PERSON, "street": ("Rue Basse",), "housenb": ("8",)},
            "housenb",
            "STREET_ADDRESS",
        ),
        (
            "residents",
            {**_PERSON, "national_register_nb": ("90021412345",)},
            "national_register_nb",
            "NATIONAL_ID",
        ),
        # a civil status in a table of people
        (
            "volunteers",
            {**_PERSON, "civilstate": ("married", "widowed")},
            "civilstate",
            "DEMOGRAPHIC",
        ),
        # a booking's vehicle licence beside its guest
        (
            "pitch_bookings",
            {"id": (), "guest_id": (), "vehicle_licence": ("KT-77-QP",)},
            "vehicle_licence",
            "OTHER_PERSONAL_DATA",
        ),
        # a mailing code beside a city and a street line
        (
            "guests",
            {**_PERSON, "address": (), "city": (), "mailing_code": ("4021",)},
            "mailing_code",
            "POSTAL_CODE",
        ),
    ],
)
def test_this_rounds_personal_columns(
    table: str, columns: dict[str, tuple[object, ...]], column: str, entity: str
) -> None:
    assert entity in _found(table, columns, column)


@pytest.mark.parametrize(
    ("table", "columns", "column", "entity"),
    [
        # a backup job's FTP login and a mailer's SMTP login: the application's own
        (
            "backup_jobs",
            {"id": (), "ftp_host": (), "ftp_user": (), "ftp_password": (), "schedule": ()},
            "ftp_password",
            "PASSWORD_HASH",
        ),
        (
            "mailer",
            {"id": (), "smtp_host": (), "smtp_port": (), "smtp_login": (), "subject": ()},
            "smtp_login",
            "USERNAME",
        ),
        # a settings table whose switches name a person's fields
        (
            "site_options",
            {"id": (), "require_lastname": (), "sftp_server": (), "sftp_pwd": ()},
            "sftp_pwd",
            "PASSWORD_HASH",
        ),
        # the copies of a mail settings table
        (
            "emails",
            {"id": (), "cc": (), "bcc": (), "smtp_port": (), "smtp_password": (), "subject": ()},
            "bcc",
            "EMAIL_ADDRESS",
        ),
        # a borough's own name, e-mail and phone beside its burgomaster
        ("boroughs", {**_TOWN, "burgomaster": ("Lea Dumont",)}, "email", "EMAIL_ADDRESS"),
        ("boroughs", {**_TOWN, "burgomaster": ("Lea Dumont",)}, "name", "PERSON_NAME"),
    ],
)
def test_a_servers_logins_and_a_places_own_contacts_are_no_persons(
    table: str, columns: dict[str, tuple[object, ...]], column: str, entity: str
) -> None:
    assert entity not in _found(table, columns, column)
