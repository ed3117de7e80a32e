"""Admin users and API credentials of Shopware 6, Saleor, Medusa 2 and Spree/Solidus, where
their tables say so (docs/access.md, "Storefront admin consoles"). Only named columns are
selected: never a password hash, an access key, a token or a secret."""

from __future__ import annotations

import json
from collections import defaultdict
from typing import Any

from lineage.core.model import Credential, Fact, Principal

from .admins_keyvalue import _unmapped
from .console import UNKNOWN_READS, Console, label, member, password, when
from .source import text, truthy


def _hex(value: object) -> str:
    """Shopware's binary ids as hex."""
    if isinstance(value, bytes | bytearray | memoryview):
        return bytes(value).hex()
    return text(value)


# --- Shopware 6 ------------------------------------------------------------------------------


def shopware_admins(c: Console) -> None:
    """``user`` (``admin`` flag) with its ACL roles (``acl_user_role``, ``acl_role.privileges``:
    ``<entity>:read`` names the table it reads), user API keys (``user_access_key``) and
    integrations (``integration``, ``admin`` flag, ``integration_role``); never a password, an
    access key or a secret access key."""
    roles: dict[str, tuple[str, set[str]]] = {}
    for row in c.rows("acl_role", ["id", "name", "privileges", "deleted_at"]) or []:
        if row.get("deleted_at"):
            continue
        try:
            privileges = json.loads(text(row["privileges"]) or "[]")
        except ValueError:
            privileges = []
        roles[_hex(row["id"])] = (label(row["name"]), {p for p in privileges if isinstance(p, str)})
    for name, privileges in sorted(roles.values()):
        _sw_role(c, c.name(f"role {name}"), privileges, f"{c.table('acl_role')}: role {name}")
        c.add(
            Principal(
                c.system,
                c.name(f"role {name}"),
                "role",
                "cannot_log_in",
                last_login_evidence="a role: cannot log in",
                credential=Credential(
                    "cannot_log_in", evidence=f"an ACL role ({c.table('acl_role')})"
                ),
                facts=c.facts("", *_unmapped(_unread(c, privileges), "privileges")),
            )
        )
    held: dict[str, list[str]] = defaultdict(list)
    for row in c.rows("acl_user_role", ["user_id", "acl_role_id"]) or []:
        held[_hex(row["user_id"])].append(_hex(row["acl_role_id"]))
    users = c.rows(
        "user",
        ["id", "username", "active", "admin", "last_updated_password_at", "created_at"],
        order=["username"],
    )
    table = c.table("user")
    names: dict[str, str] = {}
    for row in users or []:
        uid, login = _hex(row["id"]), label(row["username"])
        names[uid] = login
        admin = truthy(row.get("admin"))
        who = c.name(login)
        if admin:
            c.reads_all(who, "admin", f"{table}.admin: an administrator holds every privilege")
        role_names = [roles[r][0] for r in held.get(uid, []) if r in roles]
        c.add(
            Principal(
                c.system,
                who,
                c.person_kind(login),
                "active" if truthy(row.get("active")) else "locked",
                True,
                f"{c.label} user"
                + (
                    " (admin: every privilege)"
                    if admin
                    else f", roles {', '.join(role_names) or '(none)'}"
                ),
                last_login_evidence="Shopware records no admin login",
                credential=password(
                    table,
                    "password",
                    when(row.get("last_updated_password_at")),
                    f"{table}.last_updated_password_at",
                ),
                member_of=tuple(
                    member(c.name(f"role {n}"), f"{c.table('acl_user_role')}") for n in role_names
                ),
                facts=c.facts(login, full=admin),
            )
        )
    for row in (
        c.rows("user_access_key", ["id", "user_id", "write_access", "last_usage_at", "created_at"])
        or []
    ):
        user = names.get(_hex(row["user_id"]), _hex(row["user_id"]))
        _sw_key(
            c,
            f"{user} access key {_hex(row['id'])[:8]}",
            row,
            "user_access_key",
            (member(c.name(user), f"{c.table('user_access_key')}: acts as {user}"),),
        )
    _sw_integrations(c, roles)


def _unread(c: Console, privileges: set[str]) -> set[str]:
    return {p for p in privileges if p.endswith(":read") and not c.has(p[: -len(":read")])}


def _sw_role(c: Console, who: str, privileges: set[str], evidence: str) -> None:
    """``<entity>:read`` privileges: Shopware's entities are its tables."""
    for privilege in sorted(privileges):
        entity, _, action = privilege.partition(":")
        if action == "read" and c.has(entity):
            c.reads_tables(who, [entity], privilege, f"{evidence} holds {privilege}")


def _sw_key(c: Console, name: str, row: dict[str, object], base: str, acts: tuple) -> None:
    table = c.table(base)
    last = when(row.get("last_usage_at"))
    created = when(row.get("created_at"))
    write = truthy(row.get("write_access"))
    c.add(
        Principal(
            c.system,
            c.name(name),
            "api_key",
            "active",
            False,
            last_login=last,
            last_login_evidence=f"{table}.last_usage_at"
            if last
            else f"never used ({table}.last_usage_at is empty)",
            credential=Credential(
                "api_key",
                created,
                evidence=f"{table}: access key and secret "
                f"access key are never read; created {created or 'unknown'}",
            ),
            member_of=acts,
            facts=c.facts("", *([Fact("write", "yes", f"{table}.write_access")] if write else [])),
        )
    )


def _sw_integrations(c: Console, roles: dict[str, tuple[str, set[str]]]) -> None:
    integrations = c.rows(
        "integration",
        ["id", "label", "admin", "write_access", "last_usage_at", "created_at", "deleted_at"],
        order=["label"],
    )
    held: dict[str, list[str]] = defaultdict(list)
    for row in c.rows("integration_role", ["integration_id", "acl_role_id"]) or []:
        held[_hex(row["integration_id"])].append(_hex(row["acl_role_id"]))
    table = c.table("integration")
    for row in integrations or []:
        if row.get("deleted_at"):
            continue
        name = label(row["label"])
        who = c.name(f"integration {name}")
        admin = truthy(row.get("admin"))
        if admin:
            c.reads_all(who, "admin", f"{table}.admin: the integration holds every privilege")
        role_names = [roles[r][0] for r in held.get(_hex(row["id"]), []) if r in roles]
        last, created = when(row.get("last_usage_at")), when(row.get("created_at"))
        write = (
            admin
            or truthy(row.get("write_access"))
            or any(
                p.endswith((":create", ":update", ":delete"))
                for r in held.get(_hex(row["id"]), [])
                if r in roles
                for p in roles[r][1]
            )
        )
        c.add(
            Principal(
                c.system,
                who,
                "integration",
                "active",
                admin,
                "admin integration (every privilege)" if admin else "",
                last_login=last,
                last_login_evidence=f"{table}.last_usage_at"
                if last
                else f"never used ({table}.last_usage_at is empty)",
                credential=Credential(
                    "api_key",
                    created,
                    evidence=f"{table}: access key and "
                    f"secret access key are never read; created {created}",
                ),
                member_of=tuple(
                    member(c.name(f"role {n}"), c.table("integration_role")) for n in role_names
                ),
                facts=c.facts(
                    "",
                    *([Fact("write", "yes", f"{table}: may write")] if write else []),
                    full=admin,
                ),
            )
        )


# --- Saleor ----------------------------------------------------------------------------------


def saleor_admins(c: Console) -> None:
    """Staff users (``account_user.is_staff``; ``is_superuser`` reads everything; others their
    permissions, direct or through groups) and apps (``app_app``, ``app_app_permissions``) with
    their tokens (``app_apptoken``: only how many; never a token or its last characters)."""
    table = c.table("account_user")
    user_perms = _saleor_permissions(c, "user")
    staff = c.rows(
        "account_user",
        ["id", "email", "is_staff", "is_superuser", "is_active", "last_login", "date_joined"],
        "is_staff" + (" OR is_superuser" if c.has("account_user", "is_superuser") else ""),
        ["id"],
    )
    for row in staff or []:
        login = label(row["email"])
        full = truthy(row.get("is_superuser"))
        who = c.name(login)
        facts: list[Fact] = []
        if full:
            c.reads_all(who, "superuser", f"{table}.is_superuser: every permission")
        else:
            facts = _saleor_reads(c, who, user_perms.get(text(row["id"]), {}))
        last = when(row.get("last_login"))
        c.add(
            Principal(
                c.system,
                who,
                c.person_kind(login.split("@")[0]),
                "active" if truthy(row.get("is_active")) else "locked",
                True,
                f"{c.label} staff user" + (" (superuser)" if full else ""),
                last_login=last,
                last_login_evidence=f"{table}.last_login"
                if last
                else f"never logged in ({table}.last_login is empty)",
                credential=password(table, "password"),
                facts=c.facts(login, *facts, full=full),
            )
        )
    tokens: dict[str, int] = defaultdict(int)
    for row in c.rows("app_apptoken", ["id", "app_id"]) or []:
        tokens[text(row["app_id"])] += 1
    apps = c.rows("app_app", ["id", "name", "is_active", "created_at"], order=["id"])
    app_perms = _saleor_permissions(c, "app")
    for row in apps or []:
        count = tokens.get(text(row["id"]), 0)
        who = c.name(f"app {label(row['name'])}")
        held = app_perms.get(text(row["id"]), {})
        reads = _saleor_reads(c, who, held)
        if any(p.startswith("manage_") for p in held):
            reads.append(Fact("write", "yes", f"manage permissions: {', '.join(sorted(held))}"))
        c.add(
            Principal(
                c.system,
                who,
                "integration",
                "active" if truthy(row.get("is_active")) and count else "locked",
                False,
                last_login_evidence="Saleor records no use of an app's token",
                credential=Credential(
                    "api_key",
                    evidence=f"{c.table('app_apptoken')}: {count} token(s), never read;"
                    f" Saleor records no token's creation (the app was installed "
                    f"{when(row.get('created_at')) or 'at an unknown time'})",
                ),
                facts=c.facts("", *reads),
            )
        )


#: Saleor permission codenames that clearly expose personal data, and the roles of the tables
#: behind them.
SALEOR_PERMISSIONS = {
    "manage_users": ("customer", "address"),
    "manage_orders": ("order", "order_address"),
    "manage_checkouts": ("quote",),
}
_SALEOR_HOLDERS = {
    "user": (
        "SELECT up.user_id, p.codename FROM {account_user_user_permissions} up "
        "JOIN {permission_permission} p ON p.id = up.permission_id",
        "SELECT ug.user_id, p.codename FROM {account_user_groups} ug "
        "JOIN {account_group_permissions} gp ON gp.group_id = ug.group_id "
        "JOIN {permission_permission} p ON p.id = gp.permission_id",
    ),
    "app": (
        "SELECT ap.app_id, p.codename FROM {app_app_permissions} ap "
        "JOIN {permission_permission} p ON p.id = ap.permission_id",
    ),
}


def _saleor_permissions(c: Console, holder: str) -> dict[str, dict[str, str]]:
    """Each staff user's (directly or through its groups) or app's permission codenames, with
    the table that grants it."""
    found: dict[str, dict[str, str]] = defaultdict(dict)
    for sql in _SALEOR_HOLDERS[holder]:
        tables = [t.strip("{}") for t in sql.split() if t.startswith("{")]
        if not all(c.has(t) for t in tables):
            continue
        for who, codename in c.query(c.table(tables[0]), sql) or []:
            found[text(who)].setdefault(text(codename).lower(), c.table(tables[0]))
    return found


def _saleor_reads(c: Console, who: str, held: dict[str, str]) -> list[Fact]:
    """Grants for the permissions that clearly expose personal data; a ``reads`` fact for the
    others."""
    for codename in sorted(held.keys() & SALEOR_PERMISSIONS.keys()):
        c.reads_roles(who, SALEOR_PERMISSIONS[codename], codename.upper(),
                      f"{held[codename]}: {codename.upper()}")  # fmt: skip
    if not c.has("permission_permission"):
        return [Fact("reads", UNKNOWN_READS, "permission_permission is not in the scan")]
    return _unmapped(set(held) - SALEOR_PERMISSIONS.keys(), "permissions")


# --- Medusa 2 --------------------------------------------------------------------------------


def medusa_admins(c: Console) -> None:
    """Admin users (``user``: Medusa 2 has no roles, every user is a full admin) and API keys
    (``api_key``: secret keys act as an admin, publishable keys are public by design); never
    a key, its salt or its redacted form."""
    if not c.has("api_key", "type"):  # Medusa 1 keeps other tables
        return
    table = c.table("user")
    for row in c.rows("user", ["id", "email", "created_at", "deleted_at"], order=["email"]) or []:
        if row.get("deleted_at"):
            continue
        login = label(row["email"])
        who = c.name(login)
        c.reads_all(
            who,
            "admin user",
            f"{table}: Medusa 2 has no roles; every admin user may read all of the store's data",
        )
        c.add(
            Principal(
                c.system,
                who,
                c.person_kind(login.split("@")[0]),
                "active",
                True,
                f"{c.label} user (Medusa 2: every user is a full admin)",
                last_login_evidence="Medusa records no admin login",
                credential=Credential(
                    "password",
                    evidence="provider_identity / auth_identity hold the login; never read",
                ),
                facts=c.facts(login, full=True),
            )
        )
    keys = c.rows(
        "api_key",
        ["id", "title", "type", "last_used_at", "created_at", "revoked_at", "deleted_at"],
        order=["created_at"],
    )
    table = c.table("api_key")
    for row in keys or []:
        if row.get("deleted_at"):
            continue
        secret = text(row["type"]) == "secret"
        who = c.name(f"{text(row['type'])} key {label(row['title'])}")
        if secret:
            c.reads_all(
                who, "secret key", f"{table}.type = secret: it calls the admin API as an admin"
            )
        facts = (
            [Fact("write", "yes", f"{table}.type = secret")]
            if secret
            else [
                Fact(
                    "public",
                    "yes",
                    f"{table}.type = publishable: it only scopes the store API to "
                    "sales channels and is public by design",
                )
            ]
        )
        c.add(
            _api_key(
                c,
                who,
                table,
                row,
                secret,
                "an admin API secret key" if secret else "",
                c.facts("", *facts, full=secret),
            )
        )


# --- Spree / Solidus -------------------------------------------------------------------------

SPREE_ADMIN = "admin"


def spree_admins(c: Console) -> None:
    """Users holding a role (``spree_role_users`` or Solidus's ``spree_roles_users`` with
    ``spree_roles``; ``admin`` reads everything), whether they have a legacy API key
    (``spree_users.spree_api_key IS NOT NULL``, never its value), Spree 5's admin users
    (``spree_admin_users``, the role's ``user_type``), OAuth applications
    (``spree_oauth_applications``: scopes, never uid or secret) and API keys
    (``spree_api_keys``)."""
    link = "spree_role_users" if c.has("spree_role_users", "role_id") else "spree_roles_users"
    if not c.has(link, "role_id") or not c.has("spree_roles") or not c.has("spree_users"):
        return
    roles = {text(r["id"]): label(r["name"]) for r in c.rows("spree_roles", ["id", "name"]) or []}
    # Spree 5 keeps admins apart (spree_admin_users), told by the role's user_type.
    admins = "spree_admin_users" if c.has("spree_admin_users") else "spree_users"
    by_table: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for row in c.rows(link, ["user_id", "role_id", "user_type"]) or []:
        base = admins if text(row.get("user_type")).endswith("AdminUser") else "spree_users"
        by_table[base][text(row["user_id"])].append(
            roles.get(text(row["role_id"]), text(row["role_id"]))
        )
    for role in sorted(set(roles.values())):
        who = c.name(f"role {role}")
        full = role == SPREE_ADMIN
        if full:
            c.reads_all(who, "admin", f"{c.table('spree_roles')}: the admin role may do anything")
        c.add(
            Principal(
                c.system,
                who,
                "role",
                "cannot_log_in",
                full,
                "the admin role" if full else "",
                last_login_evidence="a role: cannot log in",
                credential=Credential("cannot_log_in", evidence=c.table("spree_roles")),
                facts=c.facts(
                    "",
                    *(
                        []
                        if full
                        else [
                            Fact(
                                "reads",
                                UNKNOWN_READS,
                                "a role's permission sets are code, not rows",
                            )
                        ]
                    ),
                    full=full,
                ),
            )
        )
    for base, users in sorted(by_table.items()):
        _spree_users(c, base, users, link)
    _spree_applications(c)
    _spree_api_keys(c)


def _spree_users(c: Console, base: str, held: dict[str, list[str]], link: str) -> None:
    """The users (``spree_users``, or Spree 5's ``spree_admin_users``) holding a role."""
    ids = ", ".join(str(int(u)) for u in sorted(held, key=int) if u.isdigit()) or "0"
    cols = c.columns[base]
    wanted = [x for x in ("id", "email", "last_sign_in_at", "deleted_at", "locked_at") if x in cols]
    api = ", (spree_api_key IS NOT NULL)" if "spree_api_key" in cols else ", NULL"
    sql = f"SELECT {', '.join(wanted)}{api} FROM {{{base}}} WHERE id IN ({ids}) ORDER BY id"
    table = c.table(base)
    for values in c.query(table, sql) or []:
        row = dict(zip([*wanted, "api"], values, strict=True))
        if row.get("deleted_at"):
            continue
        login = label(row["email"])
        mine = held.get(text(row["id"]), [])
        last = when(row.get("last_sign_in_at"))
        facts = (
            [Fact("api_key", "set", f"{table}.spree_api_key is set (never read)")]
            if row["api"]
            else []
        )
        c.add(
            Principal(
                c.system,
                c.name(login),
                c.person_kind(login.split("@")[0]),
                "locked" if row.get("locked_at") else "active",
                True,
                f"{c.label} user, roles {', '.join(mine)}",
                last_login=last,
                last_login_evidence=f"{table}.last_sign_in_at (Devise)"
                if last
                else f"never signed in ({table}.last_sign_in_at is empty)"
                if "last_sign_in_at" in wanted
                else f"{table} records no sign-in",
                credential=password(table, "encrypted_password"),
                member_of=tuple(member(c.name(f"role {r}"), c.table(link)) for r in mine),
                facts=c.facts(login, *facts, full=SPREE_ADMIN in mine),
            )
        )


def _spree_api_keys(c: Console) -> None:
    """Spree 5's ``spree_api_keys`` (``key_type`` secret or publishable, ``scopes``,
    ``last_used_at``, ``revoked_at``); never ``token`` or ``token_digest``."""
    table = c.table("spree_api_keys")
    keys = c.rows(
        "spree_api_keys",
        ["id", "name", "key_type", "scopes", "last_used_at", "revoked_at", "created_at"],
        order=["id"],
    )
    for row in keys or []:
        secret = text(row["key_type"]) == "secret"
        scopes = text(row.get("scopes"))
        facts = (
            [Fact("public", "yes", f"{table}.key_type = publishable")]
            if not secret
            else [
                Fact(
                    "reads",
                    UNKNOWN_READS,
                    f"{table}.scopes ({scopes or 'none'}) are not mapped to tables",
                )
            ]
        )
        if secret and "write" in scopes:
            facts.append(Fact("write", "yes", f"{table}.scopes: {scopes}"))
        c.add(
            _api_key(
                c,
                c.name(f"{text(row['key_type'])} key {label(row['name'])}"),
                table,
                row,
                False,
                "",
                c.facts("", *facts),
            )
        )


def _spree_applications(c: Console) -> None:
    table = c.table("spree_oauth_applications")
    for row in c.rows("spree_oauth_applications", ["id", "name", "scopes", "created_at"]) or []:
        scopes = set(text(row.get("scopes")).split())
        who = c.name(f"oauth application {label(row['name'])}")
        full = SPREE_ADMIN in scopes
        if full:
            c.reads_all(
                who, "admin scope", f"{table}.scopes holds admin: the platform API as an admin"
            )
        created = when(row.get("created_at"))
        c.add(
            Principal(
                c.system,
                who,
                "integration",
                "active",
                full,
                "OAuth application with the admin scope" if full else "",
                last_login_evidence="Spree records no use of an application's tokens",
                credential=Credential(
                    "oauth",
                    created,
                    evidence=f"{table}: created "
                    f"{created or 'unknown'}; uid and secret are never read",
                ),
                facts=c.facts(
                    "",
                    *(
                        [Fact("write", "yes", f"{table}.scopes: {' '.join(sorted(scopes))}")]
                        if scopes & {"admin", "write"}
                        else []
                    ),
                    full=full,
                ),
            )
        )


def _api_key(
    c: Console,
    name: str,
    table: str,
    row: dict[str, Any],
    privileged: bool,
    reason: str,
    facts: tuple[Fact, ...],
) -> Principal:
    """An API key row with ``revoked_at``, ``last_used_at`` and ``created_at`` (Medusa 2's
    ``api_key``, Spree 5's ``spree_api_keys``) as a principal; its token is never read."""
    last, created = when(row.get("last_used_at")), when(row.get("created_at"))
    return Principal(
        c.system,
        name,
        "api_key",
        "locked" if row.get("revoked_at") else "active",
        privileged,
        reason,
        last_login=last,
        last_login_evidence=f"{table}.last_used_at"
        if last
        else f"never used ({table}.last_used_at is empty)",
        credential=Credential(
            "api_key",
            created,
            evidence=f"{table}: created {created or 'unknown'}; its token is never read",
        ),
        facts=facts,
    )
