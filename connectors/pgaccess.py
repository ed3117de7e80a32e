"""PostgreSQL access: roles (``pg_roles``), memberships (``pg_auth_members``), SELECT on tables
and columns (``pg_class.relacl`` and ``pg_attribute.attacl`` through ``aclexplode``, with the
owner's implicit privileges and PUBLIC), default privileges (``pg_default_acl``) and row-level
security (``pg_policy``) of the scanned tables (docs/access.md).

Every catalog here is readable by any role but ``pg_authid``, from which only whether a role has
a password (and its kind: SCRAM or MD5) is asked, never the password's hash; a scan role that may
not read it leaves the credential ``unknown`` and says what it would need.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from sqlalchemy.engine import Connection

from lineage.core.model import (
    EVERY_DATASET,
    Credential,
    Fact,
    Membership,
    Principal,
    ReadGrant,
)

from .access import AccessFound, principal_kind
from .sql_catalog import TableInfo

#: Predefined roles whose members are privileged, and why.
PRIVILEGED_ROLES = {
    "pg_read_all_data": "member of pg_read_all_data (SELECT on every table)",
    "pg_write_all_data": "member of pg_write_all_data (writes to every table)",
    "pg_execute_server_program": "member of pg_execute_server_program (runs programs on the "
    "server)",
    "pg_read_server_files": "member of pg_read_server_files (reads any file on the server)",
    "pg_write_server_files": "member of pg_write_server_files (writes any file on the server)",
}

# Roles of the cluster (predefined pg_* roles only when someone is a member), with what makes
# them privileged; the time a login expires as ISO text ('infinity' is no date a driver reads).
ROLES = """
SELECT r.rolname, r.rolsuper, r.rolcanlogin, r.rolcreaterole, r.rolcreatedb, r.rolreplication,
       r.rolbypassrls, r.rolinherit,
       CASE WHEN r.rolvaliduntil IS NULL OR NOT isfinite(r.rolvaliduntil) THEN NULL
            ELSE to_char(r.rolvaliduntil AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') END,
       r.rolvaliduntil IS NOT NULL AND isfinite(r.rolvaliduntil) AND r.rolvaliduntil < now(),
       EXISTS (SELECT 1 FROM pg_auth_members m WHERE m.roleid = r.oid),
       ARRAY(SELECT p.rolname FROM pg_roles p
             WHERE p.rolname = ANY(%(privileged)s) AND p.oid <> r.oid
               AND pg_has_role(r.oid, p.oid, 'MEMBER') ORDER BY 1)
FROM pg_roles r
WHERE r.rolname !~ '^pg_' OR EXISTS (SELECT 1 FROM pg_auth_members m WHERE m.roleid = r.oid)
ORDER BY 1
"""

# Direct memberships; whether the member uses the role's privileges without SET ROLE.
MEMBERS = """
SELECT u.rolname, g.rolname, {inherit}, m.admin_option
FROM pg_auth_members m
JOIN pg_roles u ON u.oid = m.member
JOIN pg_roles g ON g.oid = m.roleid
ORDER BY 1, 2
"""

# SELECT on the scanned tables: granted (relacl), or the owner's when no grant was ever made
# (acldefault); grantee 0 is PUBLIC. ``usage``: may the grantee use the schema at all?
TABLE_GRANTS = """
SELECT n.nspname, c.relname, coalesce(g.rolname, 'PUBLIC'), coalesce(o.rolname, '?'),
       a.grantee = c.relowner, c.relacl IS NULL,
       CASE WHEN a.grantee = 0
            THEN EXISTS (SELECT 1 FROM aclexplode(coalesce(n.nspacl, acldefault('n', n.nspowner))) s
                         WHERE s.grantee = 0 AND s.privilege_type = 'USAGE')
            ELSE has_schema_privilege(a.grantee, n.oid, 'USAGE') END
FROM pg_class c
JOIN pg_namespace n ON n.oid = c.relnamespace
CROSS JOIN LATERAL aclexplode(coalesce(c.relacl, acldefault('r', c.relowner))) a
LEFT JOIN pg_roles g ON g.oid = a.grantee
LEFT JOIN pg_roles o ON o.oid = a.grantor
WHERE a.privilege_type = 'SELECT' AND c.relkind IN ('r', 'p', 'v', 'm', 'f')
  AND NOT c.relispartition AND {schemas}
ORDER BY 1, 2, 3
"""

COLUMN_GRANTS = """
SELECT n.nspname, c.relname, coalesce(g.rolname, 'PUBLIC'), coalesce(o.rolname, '?'), at.attname
FROM pg_attribute at
JOIN pg_class c ON c.oid = at.attrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
CROSS JOIN LATERAL aclexplode(at.attacl) a
LEFT JOIN pg_roles g ON g.oid = a.grantee
LEFT JOIN pg_roles o ON o.oid = a.grantor
WHERE at.attacl IS NOT NULL AND a.privilege_type = 'SELECT' AND at.attnum > 0
  AND NOT at.attisdropped AND c.relkind IN ('r', 'p', 'v', 'm', 'f') AND {schemas}
ORDER BY 1, 2, 3, at.attnum
"""

DEFAULT_PRIVILEGES = """
SELECT coalesce(g.rolname, 'PUBLIC'), pg_get_userbyid(d.defaclrole), n.nspname
FROM pg_default_acl d
LEFT JOIN pg_namespace n ON n.oid = d.defaclnamespace
CROSS JOIN LATERAL aclexplode(d.defaclacl) a
LEFT JOIN pg_roles g ON g.oid = a.grantee
WHERE d.defaclobjtype = 'r' AND a.privilege_type = 'SELECT'
ORDER BY 1, 2, 3
"""

ROW_SECURITY = """
SELECT n.nspname, c.relname, c.relforcerowsecurity,
       coalesce((SELECT string_agg(p.polname, ', ' ORDER BY p.polname) FROM pg_policy p
                 WHERE p.polrelid = c.oid), '')
FROM pg_class c
JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE c.relrowsecurity AND {schemas}
"""

# Only the kind of password leaves the server, never the hash; pg_authid needs superuser.
PASSWORDS = """
SELECT rolname,
       CASE WHEN rolpassword IS NULL THEN 'no_password'
            WHEN rolpassword LIKE 'SCRAM-SHA-256$%%' THEN 'password:scram-sha-256'
            WHEN rolpassword LIKE 'md5%%' THEN 'password:md5'
            ELSE 'password' END
FROM pg_catalog.pg_authid
"""

# The newest session of each role connected now: the only trace of a login over SQL. The scan's
# own sessions (application_name 'piimap', set by the connector) are not logins to review, and
# counting them would make two scans of the same server differ.
SESSIONS = """
SELECT usename,
       to_char(max(backend_start) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')
FROM pg_stat_activity
WHERE usename IS NOT NULL AND pid <> pg_backend_pid()
  AND coalesce(application_name, '') <> 'piimap'
GROUP BY 1
"""

NO_LAST_LOGIN = (
    "PostgreSQL records no last login (log_connections writes logins to the server log only); "
    "no session of it was open at the scan (pg_stat_activity)"
)
SUPERUSER_READS = (
    "pg_roles.rolsuper: a superuser reads every table, whatever its grants and row-level security"
)


def read_pg_access(
    conn: Connection,
    system_id: str,
    tables: list[TableInfo],
    schemas: tuple[str, dict[str, Any]],
) -> AccessFound:
    """The principals and read grants of a PostgreSQL database, for the scanned ``tables``;
    ``schemas`` is the connector's schema filter (SQL on ``n.nspname`` and its parameters)."""
    where, params = schemas
    found = AccessFound()
    major = (conn.dialect.server_version_info or (0,))[0]
    inherit = "m.inherit_option" if isinstance(major, int) and major >= 16 else "u.rolinherit"
    roles = conn.exec_driver_sql(ROLES, {"privileged": list(PRIVILEGED_ROLES)}).all()
    members: dict[str, list[Membership]] = defaultdict(list)
    for member, role, inherited, admin in conn.exec_driver_sql(
        MEMBERS.format(inherit=inherit)
    ).all():
        how = "inherits its privileges" if inherited else "only after SET ROLE (NOINHERIT)"
        admin_note = ", with ADMIN OPTION" if admin else ""
        members[member].append(
            Membership(
                role, bool(inherited), f"pg_auth_members: member of {role}, {how}{admin_note}"
            )
        )
    credentials = _credentials(conn, found)
    sessions: dict[str, str] = {str(u): str(t) for u, t in conn.exec_driver_sql(SESSIONS).all()}
    defaults = _default_privileges(conn)
    selected = {t.dataset_name for t in tables}
    bypass: set[str] = set()
    for row in roles:
        principal = _principal(system_id, row, members, credentials, sessions, defaults)
        found.principals.append(principal)
        if row[6] or row[1]:
            bypass.add(row[0])
        if row[1]:
            found.grants.append(
                ReadGrant(system_id, row[0], EVERY_DATASET, (), "superuser", SUPERUSER_READS)
            )
        if row[0] == "pg_read_all_data":
            found.grants.append(
                ReadGrant(
                    system_id,
                    row[0],
                    EVERY_DATASET,
                    (),
                    "pg_read_all_data",
                    "predefined role pg_read_all_data: SELECT on every table and USAGE on every "
                    "schema",
                    "row-level security still applies unless the member bypasses it",
                )
            )
    found.principals.append(
        Principal(
            system_id,
            "PUBLIC",
            "group",
            "cannot_log_in",
            credential=Credential("cannot_log_in", evidence="PUBLIC is every role"),
            facts=tuple(defaults.get("PUBLIC", ())),
        )
    )
    rls = {
        f"{s}.{t}": (force, policies)
        for s, t, force, policies in conn.exec_driver_sql(
            ROW_SECURITY.format(schemas=where), params
        )
    }
    found.grants += _table_grants(conn, system_id, selected, rls, bypass, where, params)
    found.grants += _column_grants(conn, system_id, selected, rls, bypass, where, params)
    return found


def _credentials(conn: Connection, found: AccessFound) -> dict[str, Credential]:
    """Each role's kind of password from pg_authid; none, and a note, when it may not be
    read."""
    readable = conn.exec_driver_sql(
        "SELECT has_table_privilege('pg_catalog.pg_authid', 'SELECT')"
    ).scalar()
    if not readable:
        found.unread.append(
            "pg_authid: only superusers may read it, so whether each role has a password is "
            "unknown (credential: unknown in access.csv); scan as a superuser to know"
        )
        return {}
    return {
        name: Credential(
            kind,
            evidence="pg_authid.rolpassword: "
            + ("no password is set" if kind == "no_password" else f"a {kind} hash is set")
            + " (only its kind was read)",
        )
        for name, kind in conn.exec_driver_sql(PASSWORDS).all()
    }


def _default_privileges(conn: Connection) -> dict[str, list[Fact]]:
    """Per grantee: the tables it will be able to read when they are made (pg_default_acl)."""
    found: dict[str, list[Fact]] = defaultdict(list)
    for grantee, owner, schema in conn.exec_driver_sql(DEFAULT_PRIVILEGES).all():
        where = f"in schema {schema}" if schema else "in every schema"
        found[grantee].append(
            Fact(
                "default_privileges",
                f"SELECT on tables {owner} creates {where}",
                "pg_default_acl (ALTER DEFAULT PRIVILEGES)",
            )
        )
    return found


def _principal(
    system_id: str,
    row: Any,
    members: dict[str, list[Membership]],
    credentials: dict[str, Credential],
    sessions: dict[str, str],
    defaults: dict[str, list[Fact]],
) -> Principal:
    (name, superuser, login, createrole, _db, replication, bypassrls, _inherit) = row[:8]
    valid_until, expired, has_members, privileged_roles = row[8:]
    reasons = ["superuser (pg_roles.rolsuper)"] if superuser else []
    if createrole:
        reasons.append("CREATEROLE (creates roles and grants their memberships)")
    if replication:
        reasons.append("REPLICATION (streams every row of the cluster)")
    if bypassrls:
        reasons.append("BYPASSRLS (row-level security does not apply to it)")
    reasons += [PRIVILEGED_ROLES[r] for r in privileged_roles if r in PRIVILEGED_ROLES]
    status = "cannot_log_in" if not login else "expired" if expired else "active"
    credential = credentials.get(name)
    if not login:
        credential = Credential("cannot_log_in", evidence="pg_roles.rolcanlogin is false")
    elif credential is None:
        credential = Credential(
            "unknown", evidence="pg_authid is readable by superusers only (the access.unread fact)"
        )
    if login and valid_until:
        credential = Credential(
            credential.kind,
            credential.changed,
            valid_until,
            f"{credential.evidence}; VALID UNTIL {valid_until} (pg_roles.rolvaliduntil)",
        )
    facts = [Fact("bypassrls", "yes", "pg_roles.rolbypassrls")] if bypassrls else []
    if superuser:
        facts.append(Fact("full_admin", "yes", "pg_roles.rolsuper"))
    facts += defaults.get(name, [])
    member_of = [*members.get(name, []), Membership("PUBLIC", True, "every role is in PUBLIC")]
    seen = sessions.get(name)
    return Principal(
        system_id,
        name,
        principal_kind(name, bool(login), bool(has_members)),
        status,
        bool(reasons),
        "; ".join(reasons),
        last_login=seen,
        last_login_evidence=(
            f"a session opened at {seen} was open at the scan (pg_stat_activity.backend_start); "
            "PostgreSQL keeps no earlier login"
            if seen
            else NO_LAST_LOGIN
            if login
            else "cannot log in"
        ),
        credential=credential,
        member_of=tuple(member_of),
        facts=tuple(sorted(facts, key=lambda f: (f.name, f.value))),
    )


def _rows_note(
    dataset: str, grantee: str, rls: dict[str, tuple[bool, str]], bypass: set[str], owner: bool
) -> str:
    """What limits the rows ``grantee`` sees of ``dataset`` ("" when nothing does)."""
    if dataset not in rls or grantee in bypass:
        return ""
    force, policies = rls[dataset]
    if owner and not force:
        return ""
    if not policies:
        return "row-level security is on and no policy exists: it sees no row (pg_policy)"
    return f"row-level security: policies {policies} decide which rows it sees (pg_policy)"


def _table_grants(
    conn: Connection,
    system_id: str,
    selected: set[str],
    rls: dict[str, tuple[bool, str]],
    bypass: set[str],
    where: str,
    params: dict[str, Any],
) -> list[ReadGrant]:
    grants = []
    for schema, table, grantee, grantor, is_owner, default, usage in conn.exec_driver_sql(
        TABLE_GRANTS.format(schemas=where), params
    ).all():
        dataset = f"{schema}.{table}"
        if dataset not in selected or not usage:
            continue  # without USAGE on the schema the grant reads nothing
        if is_owner:
            evidence = (
                f"{grantee} owns {dataset} (an owner holds every privilege"
                + ("; no grant was ever made on it" if default else "")
                + "; pg_class.relowner)"
            )
            privilege = "owner"
        else:
            evidence = f"GRANT SELECT ON {dataset} TO {grantee} by {grantor} (pg_class.relacl)"
            privilege = "SELECT"
        rows = _rows_note(dataset, grantee, rls, bypass, bool(is_owner))
        grants.append(ReadGrant(system_id, grantee, dataset, (), privilege, evidence, rows))
    return grants


def _column_grants(
    conn: Connection,
    system_id: str,
    selected: set[str],
    rls: dict[str, tuple[bool, str]],
    bypass: set[str],
    where: str,
    params: dict[str, Any],
) -> list[ReadGrant]:
    columns: dict[tuple[str, str, str], list[str]] = defaultdict(list)
    for schema, table, grantee, grantor, column in conn.exec_driver_sql(
        COLUMN_GRANTS.format(schemas=where), params
    ).all():
        dataset = f"{schema}.{table}"
        if dataset in selected:
            columns[(dataset, grantee, grantor)].append(column)
    return [
        ReadGrant(
            system_id,
            grantee,
            dataset,
            tuple(names),
            "SELECT (columns)",
            f"GRANT SELECT ({', '.join(names)}) ON {dataset} TO {grantee} by {grantor} "
            "(pg_attribute.attacl)",
            _rows_note(dataset, grantee, rls, bypass, False),
        )
        for (dataset, grantee, grantor), names in sorted(columns.items())
    ]
