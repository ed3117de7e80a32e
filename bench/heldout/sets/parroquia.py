"""Held-out set parroquia: the SQLite database of a Peruvian parish's sacramental register.

SystParroquia is a small Django 5.1 web application (Spanish, SQLite, started on Windows by a
``start.py`` that opens the browser) written in September and October 2024 by students of the
Universidad Continental in Peru to keep the sacramental books of the parish "La Purísima" of
Concepción: each baptism, first communion, confirmation and marriage is entered with the book
(``libro``), folio (``fojas``) and entry number it has in the paper register, the person's names,
the parents' and godparents' names, places of birth or of baptism, dates, the officiating priest
or bishop and remarks, and can be printed as a certificate; staff log in with accounts of a
custom user model that adds a birth date. The repository commits the application's
``db.sqlite3`` with the developers' entries, Peruvian names and places of the Junín region,
some of them looking copied from real certificates and some plainly invented: 11 baptisms
(``webapp_bautizo``, 10 of them entered for the parish of San Lorenzo de Pucará: the child's
surnames, given names, place and date of birth, baptism date, the father's and mother's names
as "given names, surnames" with their places of birth, the officiant (a priest, a nun or a
seminarian), godparents in 2, remarks "NINGUNO"), 2 first communions (``webapp_pricomunion``),
3 confirmations (``webapp_confirmacion``: the bishop or minister, both parents in one column,
godparents, the confirmand), 2 marriages (``webapp_matrimonio``: spouses, the parishes where
they were baptised, their four parents, godparents, date), 3 user accounts (``webapp_usuario``:
a PBKDF2 password hash, user name, first name in 2, e-mail in 1, last name and birth date
empty), 3 sessions, and Django's own tables (migrations, content types, 40 permissions, and the
empty groups, group links and admin log).

All 14 tables of the file and all their rows (SQLite's ``sqlite_sequence`` left out), loaded
into MariaDB under the DDL that Django writes for MySQL, translated by hand from the file's own:
``integer``, ``bigint`` and ``varchar(n)`` as they are, ``integer unsigned`` and ``smallint
unsigned`` as they are (their ``CHECK (... >= 0)`` left out), ``bool`` as ``tinyint(1)`` (the
file holds 0 and 1), ``datetime`` as ``datetime(6)`` (Django's microsecond timestamps), ``date``
and ``text`` as they are; primary keys kept, foreign keys, unique constraints and indexes left
out.
"""

from __future__ import annotations

from collections.abc import Callable

import sqlitesource

REPO = "Neve7s/SystParroquia"
COMMIT = "1678694ba7f055ed5872cace5c5d67eac739ad6d"
_FILE = "db.sqlite3"
FILES = (
    f"{_FILE} (the SQLite database that SystParroquia, a Django application for the"
    " sacramental register of the parish La Purísima of Concepción, Peru, commits with its"
    " developers' entries, October 2024; all 14 tables and rows, not sqlite_sequence)"
)
LICENCE = "none stated (the repository has no licence file and no README)"
ENGINE = "mysql"

_TABLES: sqlitesource.Tables = {
    "django_migrations": (
        "django_migrations",
        (
            "id integer NOT NULL",
            "app varchar(255) NOT NULL",
            "name varchar(255) NOT NULL",
            "applied datetime(6) NOT NULL",
        ),
        "PRIMARY KEY (id)",
    ),
    "django_content_type": (
        "django_content_type",
        ("id integer NOT NULL", "app_label varchar(100) NOT NULL", "model varchar(100) NOT NULL"),
        "PRIMARY KEY (id)",
    ),
    "auth_group_permissions": (
        "auth_group_permissions",
        ("id integer NOT NULL", "group_id integer NOT NULL", "permission_id integer NOT NULL"),
        "PRIMARY KEY (id)",
    ),
    "auth_permission": (
        "auth_permission",
        (
            "id integer NOT NULL",
            "content_type_id integer NOT NULL",
            "codename varchar(100) NOT NULL",
            "name varchar(255) NOT NULL",
        ),
        "PRIMARY KEY (id)",
    ),
    "auth_group": (
        "auth_group",
        ("id integer NOT NULL", "name varchar(150) NOT NULL"),
        "PRIMARY KEY (id)",
    ),
    "webapp_usuario": (
        "webapp_usuario",
        (
            "id integer NOT NULL",
            "password varchar(128) NOT NULL",
            "last_login datetime(6) NULL",
            "is_superuser tinyint(1) NOT NULL",
            "username varchar(150) NOT NULL",
            "first_name varchar(150) NOT NULL",
            "last_name varchar(150) NOT NULL",
            "email varchar(254) NOT NULL",
            "is_staff tinyint(1) NOT NULL",
            "is_active tinyint(1) NOT NULL",
            "date_joined datetime(6) NOT NULL",
            "fecha_de_nacimiento date NULL",
        ),
        "PRIMARY KEY (id)",
    ),
    "webapp_usuario_groups": (
        "webapp_usuario_groups",
        ("id integer NOT NULL", "usuario_id bigint NOT NULL", "group_id integer NOT NULL"),
        "PRIMARY KEY (id)",
    ),
    "webapp_usuario_user_permissions": (
        "webapp_usuario_user_permissions",
        ("id integer NOT NULL", "usuario_id bigint NOT NULL", "permission_id integer NOT NULL"),
        "PRIMARY KEY (id)",
    ),
    "django_admin_log": (
        "django_admin_log",
        (
            "id integer NOT NULL",
            "object_id text NULL",
            "object_repr varchar(200) NOT NULL",
            "action_flag smallint unsigned NOT NULL",
            "change_message text NOT NULL",
            "content_type_id integer NULL",
            "user_id bigint NOT NULL",
            "action_time datetime(6) NOT NULL",
        ),
        "PRIMARY KEY (id)",
    ),
    "django_session": (
        "django_session",
        (
            "session_key varchar(40) NOT NULL",
            "session_data text NOT NULL",
            "expire_date datetime(6) NOT NULL",
        ),
        "PRIMARY KEY (session_key)",
    ),
    "webapp_pricomunion": (
        "webapp_pricomunion",
        (
            "id integer NOT NULL",
            "nombre varchar(80) NOT NULL",
            "parroquia varchar(255) NOT NULL",
            "fecha date NOT NULL",
            "padre varchar(80) NOT NULL",
            "madre varchar(80) NOT NULL",
        ),
        "PRIMARY KEY (id)",
    ),
    "webapp_bautizo": (
        "webapp_bautizo",
        (
            "id integer NOT NULL",
            "parroquia varchar(255) NOT NULL",
            "libro integer unsigned NOT NULL",
            "fojas integer unsigned NOT NULL",
            "numero integer unsigned NOT NULL",
            "apellidos varchar(50) NOT NULL",
            "nombres varchar(30) NOT NULL",
            "lugar_nacimiento varchar(50) NOT NULL",
            "fecha_nacimiento date NULL",
            "fecha_bautizo date NULL",
            "padre varchar(80) NOT NULL",
            "nacimientolugarpadre varchar(50) NULL",
            "madre varchar(80) NOT NULL",
            "nacimientolugarmadre varchar(50) NULL",
            "oficiante varchar(255) NOT NULL",
            "padrinos varchar(150) NULL",
            "anotaciones varchar(255) NOT NULL",
        ),
        "PRIMARY KEY (id)",
    ),
    "webapp_matrimonio": (
        "webapp_matrimonio",
        (
            "id integer NOT NULL",
            "parroquia varchar(255) NOT NULL",
            "libro integer unsigned NOT NULL",
            "fojas integer unsigned NOT NULL",
            "numero integer unsigned NOT NULL",
            "esposo varchar(80) NOT NULL",
            "lugar_bautizo_esposo varchar(80) NOT NULL",
            "esposa varchar(80) NOT NULL",
            "lugar_bautizo_esposa varchar(80) NOT NULL",
            "padre_esposo varchar(80) NOT NULL",
            "madre_esposo varchar(80) NOT NULL",
            "padre_esposa varchar(80) NOT NULL",
            "madre_esposa varchar(80) NOT NULL",
            "padrinos varchar(150) NULL",
            "fecha_matrimonio date NOT NULL",
            "anotaciones varchar(255) NOT NULL",
        ),
        "PRIMARY KEY (id)",
    ),
    "webapp_confirmacion": (
        "webapp_confirmacion",
        (
            "id integer NOT NULL",
            "ex_monsenor varchar(80) NOT NULL",
            "parroquia varchar(255) NOT NULL",
            "fecha date NOT NULL",
            "padres varchar(150) NOT NULL",
            "padrinos varchar(150) NULL",
            "nombre varchar(80) NOT NULL",
        ),
        "PRIMARY KEY (id)",
    ),
}


def script(read: Callable[[str], bytes]) -> str:
    """DDL and rows of SystParroquia's database as one MariaDB script."""
    return sqlitesource.script(read(_FILE), _TABLES, ENGINE)
