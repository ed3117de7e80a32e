"""MySQL and MariaDB access: accounts and roles (``mysql.user``, MariaDB's ``mysql.global_priv``
for locks and password ages), global, database, table and column SELECT (``mysql.user``,
``mysql.db``, ``mysql.tables_priv``, ``mysql.columns_priv``) and roles (MariaDB
``mysql.roles_mapping`` and ``default_role``; MySQL ``mysql.role_edges`` and
``mysql.default_roles``), for the scanned tables (docs/access.md).

Of a password only whether one is set is asked (``authentication_string = ''``): its hash never
leaves the server. The grant tables are readable only with SELECT on them; without it the scan
says so (the system's ``access.unread`` fact names the grant) and lists no account.

>>> like("shop\\\\_%", "shop_eu"), like("shop\\\\_%", "shopx")
(True, False)
>>> account("app", "%"), account("", "localhost")
("'app'@'%'", "''@'localhost'")
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from typing import Any

from sqlalchemy.engine import Connection
from sqlalchemy.exc import DBAPIError

from lineage.core.model import (
    EVERY_DATASET,
    Credential,
    Fact,
    Membership,
    Principal,
    ReadGrant,
)

from .access import AccessFound, principal_kind
from .db_errors import db_reason
from .sql_catalog import TableInfo

#: What the scan user needs to review access (docs/access.md).
GRANTS_NEEDED = (
    "the scan user needs SELECT on mysql.user, mysql.db, mysql.tables_priv, mysql.columns_priv "
    "and, for roles, mysql.roles_mapping (MariaDB) or mysql.role_edges and mysql.default_roles "
    "(MySQL): GRANT SELECT ON mysql.user TO ... (and so on); piimap reads only whether a "
    "password is set, never its hash"
)
#: Columns of mysql.user that are read when the server has them; never a password column.
USER_COLUMNS = (
    "User",
    "Host",
    "Select_priv",
    "Insert_priv",
    "Update_priv",
    "Delete_priv",
    "Drop_priv",
    "Super_priv",
    "Grant_priv",
    "Create_user_priv",
    "File_priv",
    "Shutdown_priv",
    "Process_priv",
    "plugin",
    "password_expired",
    "is_role",
    "default_role",
    "account_locked",
    "password_last_changed",
)
#: Global privileges that make an account privileged, and why.
PRIVILEGES = {
    "Super_priv": "SUPER",
    "Grant_priv": "GRANT OPTION on every database",
    "Create_user_priv": "CREATE USER",
    "File_priv": "FILE (reads and writes files on the server)",
    "Shutdown_priv": "SHUTDOWN",
    "Process_priv": "PROCESS (sees every session's statements)",
    "Select_priv": "SELECT on every database",
}
#: Plugins that log in without a password of the server's own.
SOCKET_PLUGINS = ("unix_socket", "auth_socket")
PASSWORD_PLUGINS = ("", "mysql_native_password", "caching_sha2_password", "sha256_password")
NO_LAST_LOGIN = "MySQL and MariaDB record no last login (only an audit plugin's log does)"

MARIADB_PRIV = """
SELECT User, Host, JSON_VALUE(Priv, '$.account_locked'),
       JSON_VALUE(Priv, '$.password_last_changed')
FROM mysql.global_priv
"""
DB_GRANTS = "SELECT Host, Db, User FROM mysql.db WHERE Select_priv = 'Y'"
TABLE_GRANTS = """
SELECT Host, Db, User, Table_name FROM mysql.tables_priv WHERE FIND_IN_SET('Select', Table_priv)
"""
COLUMN_GRANTS = """
SELECT Host, Db, User, Table_name, Column_name FROM mysql.columns_priv
WHERE FIND_IN_SET('Select', Column_priv)
ORDER BY Host, Db, User, Table_name, Column_name
"""
ROLES_MAPPING = "SELECT Host, User, Role, Admin_option FROM mysql.roles_mapping"
ROLE_EDGES = (
    "SELECT FROM_HOST, FROM_USER, TO_HOST, TO_USER, WITH_ADMIN_OPTION FROM mysql.role_edges"
)
DEFAULT_ROLES = "SELECT HOST, USER, DEFAULT_ROLE_HOST, DEFAULT_ROLE_USER FROM mysql.default_roles"


def account(user: str, host: str) -> str:
    """An account's name as MySQL writes it: ``'user'@'host'``."""
    return f"'{user}'@'{host}'"


def read_my_access(conn: Connection, system_id: str, tables: list[TableInfo]) -> AccessFound:
    """The accounts, roles and read grants of a MySQL or MariaDB server for the scanned
    ``tables``; a note naming the grant needed when the grant tables cannot be read."""
    found = AccessFound()
    try:
        available = set(conn.exec_driver_sql("SELECT * FROM mysql.user LIMIT 0").keys())
    except DBAPIError as exc:
        found.unread.append(
            f"accounts and grants not read: mysql.user: {db_reason(exc)}; {GRANTS_NEEDED}"
        )
        return found
    columns = [c for c in USER_COLUMNS if c in available]
    sql = ", ".join(f"`{c}`" for c in columns)
    rows = [
        dict(zip([*columns, "no_password"], row, strict=True))
        for row in conn.exec_driver_sql(
            f"SELECT {sql}, authentication_string = '' FROM mysql.user ORDER BY User, Host"
        ).all()
    ]
    extra = _mariadb_priv(conn) if "is_role" in available else {}
    roles = {str(r["User"]) for r in rows if r.get("is_role") == "Y"}

    def name(user: Any, host: Any) -> str:
        user, host = str(user), str(host)
        return user if host == "" and user in roles else account(user, host)

    memberships, role_names = _memberships(conn, rows, name, found, system_id)
    roles |= role_names
    members_of = {m for ms in memberships.values() for m in (x.role for x in ms)}
    for row in rows:
        found.principals.append(
            _principal(system_id, row, name, extra, memberships, roles, members_of)
        )
        if row.get("Select_priv") == "Y":
            who = name(row["User"], row["Host"])
            found.grants.append(
                ReadGrant(
                    system_id,
                    who,
                    EVERY_DATASET,
                    (),
                    "SELECT (global)",
                    f"GRANT SELECT ON *.* TO {who} (mysql.user.Select_priv)",
                )
            )
    found.grants += _grants(conn, system_id, tables, name, found)
    return found


def _mariadb_priv(conn: Connection) -> dict[tuple[str, str], tuple[Any, Any]]:
    """MariaDB keeps account locks and password ages in mysql.global_priv's JSON: only those
    two keys are asked for (the JSON also holds the password hash)."""
    try:
        rows = conn.exec_driver_sql(MARIADB_PRIV).all()
    except DBAPIError:
        return {}
    return {(str(u), str(h)): (locked, changed) for u, h, locked, changed in rows}


def _memberships(
    conn: Connection,
    rows: list[dict[str, Any]],
    name: Callable[[Any, Any], str],
    found: AccessFound,
    system_id: str,
) -> tuple[dict[str, list[Membership]], set[str]]:
    """Each account's roles (a default role is active at login; another only after SET ROLE),
    and the names of the roles."""
    members: dict[str, list[Membership]] = defaultdict(list)
    roles: set[str] = set()
    defaults = {
        name(r["User"], r["Host"]): str(r["default_role"]) for r in rows if r.get("default_role")
    }
    try:
        if any("is_role" in r for r in rows):  # MariaDB
            for host, user, role, admin in conn.exec_driver_sql(ROLES_MAPPING).all():
                who, role = name(user, host), str(role)
                roles.add(role)
                members[who].append(_membership(role, defaults.get(who) == role, admin == "Y"))
        else:
            default = {
                (account(str(u), str(h)), account(str(ru), str(rh)))
                for h, u, rh, ru in conn.exec_driver_sql(DEFAULT_ROLES).all()
            }
            for fh, fu, th, tu, admin in conn.exec_driver_sql(ROLE_EDGES).all():
                who, role = account(str(tu), str(th)), account(str(fu), str(fh))
                roles.add(role)
                members[who].append(_membership(role, (who, role) in default, admin == "Y"))
    except DBAPIError as exc:
        found.unread.append(
            f"roles not read: {db_reason(exc)}; what accounts read through roles is not known; "
            f"{GRANTS_NEEDED}"
        )
    return members, roles


def _membership(role: str, default: bool, admin: bool) -> Membership:
    how = "its default role, active at login" if default else "active only after SET ROLE"
    return Membership(
        role,
        default,
        f"GRANT {role} ({how}{', WITH ADMIN OPTION' if admin else ''})",
    )


def _principal(
    system_id: str,
    row: dict[str, Any],
    name: Callable[[Any, Any], str],
    extra: dict[tuple[str, str], tuple[Any, Any]],
    memberships: dict[str, list[Membership]],
    roles: set[str],
    members_of: set[str],
) -> Principal:
    user, host = str(row["User"]), str(row["Host"])
    who = name(user, host)
    is_role = who in roles
    locked, changed = extra.get((user, host), (row.get("account_locked"), None))
    changed = changed if changed is not None else row.get("password_last_changed")
    reasons = [why for column, why in PRIVILEGES.items() if row.get(column) == "Y"]
    full = row.get("Super_priv") == "Y" or all(
        row.get(c) == "Y" for c in ("Select_priv", "Insert_priv", "Update_priv", "Grant_priv")
    )
    facts = []
    if full:
        facts.append(Fact("full_admin", "yes", f"mysql.user: {', '.join(reasons)}"))
    if not is_role:
        if user == "":
            facts.append(
                Fact("anonymous", "yes", "mysql.user.User is empty: any user name logs in as it")
            )
        if "%" in host or "_" in host:
            facts.append(
                Fact(
                    "host",
                    host,
                    "mysql.user.Host: logs in from any host"
                    if host == "%"
                    else "mysql.user.Host: a pattern of hosts",
                )
            )
    if is_role:
        status = "cannot_log_in"
    elif str(locked) in ("Y", "1", "true"):
        status = "locked"
    elif row.get("password_expired") == "Y" or str(changed) == "0":
        status = "expired"
    else:
        status = "active"
    return Principal(
        system_id,
        who,
        principal_kind(user, not is_role, who in members_of),
        status,
        bool(reasons),
        "; ".join(reasons),
        last_login=None,
        last_login_evidence="cannot log in" if is_role else NO_LAST_LOGIN,
        credential=_credential(row, changed, is_role),
        member_of=tuple(memberships.get(who, ())),
        facts=tuple(facts),
    )


def _credential(row: dict[str, Any], changed: Any, is_role: bool) -> Credential:
    if is_role:
        return Credential("cannot_log_in", evidence="a role (mysql.user.is_role)")
    plugin = str(row.get("plugin") or "")
    when = _changed(changed)
    since = f"; password set {when} (password_last_changed)" if when else ""
    if plugin in SOCKET_PLUGINS:
        return Credential(
            f"plugin:{plugin}",
            evidence=f"mysql.user.plugin={plugin}: logs in as the operating-system user of the "
            "same name, without a password",
        )
    if row.get("no_password") and plugin in PASSWORD_PLUGINS:
        return Credential(
            "none",
            evidence=f"mysql.user.authentication_string is empty (plugin {plugin or 'default'}): "
            "it logs in without a password",
        )
    kind = "password" if plugin in PASSWORD_PLUGINS else f"plugin:{plugin}"
    return Credential(
        kind,
        when,
        evidence=f"mysql.user.plugin={plugin or 'default'}; a password is set{since}",
    )


def _changed(value: Any) -> str | None:
    """password_last_changed as an ISO time: MySQL's a timestamp, MariaDB's epoch seconds (0:
    the password was expired by hand, no date)."""
    if value is None or str(value) in ("", "0"):
        return None
    if isinstance(value, datetime):
        return value.replace(tzinfo=value.tzinfo or UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    text = str(value)
    if text.isdigit():
        return datetime.fromtimestamp(int(text), UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    return text


def _grants(
    conn: Connection,
    system_id: str,
    tables: list[TableInfo],
    name: Callable[[Any, Any], str],
    found: AccessFound,
) -> list[ReadGrant]:
    """SELECT granted on a database (a LIKE pattern), a table or some columns of the scanned
    ``tables``; a grant table that cannot be read is a note."""
    by_schema: dict[str, list[TableInfo]] = defaultdict(list)
    for t in tables:
        by_schema[t.schema].append(t)
    names = {(t.schema, t.name) for t in tables}
    grants: list[ReadGrant] = []

    def rows(sql: str, what: str) -> Iterable[Any]:
        try:
            return conn.exec_driver_sql(sql).all()
        except DBAPIError as exc:
            found.unread.append(f"{what} not read: {db_reason(exc)}; {GRANTS_NEEDED}")
            return []

    for host, db, user in rows(DB_GRANTS, "database grants (mysql.db)"):
        who = name(user, host)
        for schema, held in by_schema.items():
            if like(str(db), schema):
                grants += [
                    ReadGrant(
                        system_id,
                        who,
                        t.dataset_name,
                        (),
                        "SELECT (database)",
                        f"GRANT SELECT ON `{db}`.* TO {who} (mysql.db)",
                    )
                    for t in held
                ]
    for host, db, user, table in rows(TABLE_GRANTS, "table grants (mysql.tables_priv)"):
        if (str(db), str(table)) in names:
            who = name(user, host)
            grants.append(
                ReadGrant(
                    system_id,
                    who,
                    f"{db}.{table}",
                    (),
                    "SELECT",
                    f"GRANT SELECT ON `{db}`.`{table}` TO {who} (mysql.tables_priv)",
                )
            )
    columns: dict[tuple[str, str, str], list[str]] = defaultdict(list)
    for host, db, user, table, column in rows(COLUMN_GRANTS, "column grants (mysql.columns_priv)"):
        if (str(db), str(table)) in names:
            columns[(name(user, host), f"{db}.{table}", f"`{db}`.`{table}`")].append(str(column))
    for (who, dataset, target), cols in sorted(columns.items()):
        grants.append(
            ReadGrant(
                system_id,
                who,
                dataset,
                tuple(cols),
                "SELECT (columns)",
                f"GRANT SELECT ({', '.join(cols)}) ON {target} TO {who} (mysql.columns_priv)",
            )
        )
    return grants


def like(pattern: str, value: str) -> bool:
    """A schema name against a grant's schema pattern (LIKE wildcards, ``\\_`` escapes)."""
    if pattern == "*":
        return True
    regex, i = "", 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\" and i + 1 < len(pattern):
            regex, i = regex + re.escape(pattern[i + 1]), i + 2
            continue
        regex += ".*" if c == "%" else "." if c == "_" else re.escape(c)
        i += 1
    return re.fullmatch(regex, value) is not None
