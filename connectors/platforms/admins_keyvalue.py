"""Admin consoles and API credentials of Magento 2, WordPress/WooCommerce, PrestaShop and
OpenCart (docs/access.md, "Storefront admin consoles"). Only named columns are selected: never
a password hash, an API key, a token or a secret."""

from __future__ import annotations

import json
import re
from collections import defaultdict

from lineage.core.model import Credential, Fact, Principal

from .console import (
    UNKNOWN_READS,
    Console,
    label,
    latest,
    member,
    password,
    when,
)
from .source import text, truthy
from .values import php_unserialize

# --- Magento 2 -------------------------------------------------------------------------------

#: Magento's ACL resource that grants every other one.
MAGENTO_ALL = "Magento_Backend::all"
#: ACL resources that clearly expose personal data, and the roles (pii_tables.yaml) of the
#: tables behind them.
MAGENTO_RESOURCES = {
    "Magento_Customer::customer": ("customer", "address"),
    "Magento_Customer::manage": ("customer", "address"),
    "Magento_Customer::online": ("session",),
    "Magento_Sales::sales": ("order", "order_address"),
    "Magento_Sales::sales_operation": ("order", "order_address"),
    "Magento_Sales::sales_order": ("order", "order_address"),
    "Magento_Sales::actions_view": ("order", "order_address"),
    "Magento_Cart::cart": ("quote",),
    "Magento_Cart::manage": ("quote",),
    "Magento_Newsletter::subscriber": ("newsletter_subscriber",),
    "Magento_Review::reviews_all": ("review",),
    "Magento_User::acl_users": ("user",),
}
#: integration.status: 1 active; 0 inactive, 2 recalled (its access revoked by Magento).
MAGENTO_INTEGRATION_ACTIVE = "1"


def magento_admins(c: Console) -> None:
    """``admin_user`` with its role (``authorization_role``) and what the role is allowed
    (``authorization_rule``); integrations with their OAuth tokens' age."""
    users = c.rows(
        "admin_user",
        [
            "user_id",
            "username",
            "is_active",
            "logdate",
            "lognum",
            "failures_num",
            "lock_expires",
            "created",
        ],
        order=["user_id"],
    )
    roles = c.rows(
        "authorization_role",
        ["role_id", "parent_id", "role_type", "user_id", "user_type", "role_name"],
        order=["role_id"],
    )
    rules = c.rows(
        "authorization_rule", ["role_id", "resource_id"], "permission = 'allow'", ["rule_id"]
    )
    allowed: dict[str, set[str]] = defaultdict(set)
    for rule in rules or []:
        allowed[text(rule["role_id"])].add(text(rule["resource_id"]))
    groups = {text(r["role_id"]): r for r in roles or [] if text(r["role_type"]) == "G"}
    for role_id, row in groups.items():
        _magento_role(c, c.name(f"role {label(row['role_name'])}"), allowed[role_id], role_id)
    passwords: dict[str, str | None] = {}
    for row in c.rows("admin_passwords", ["user_id", "last_updated"]) or []:
        uid = text(row["user_id"])
        passwords[uid] = latest(passwords.get(uid), when(row["last_updated"]))
    user_roles = {
        text(r["user_id"]): groups.get(text(r["parent_id"]))
        for r in roles or []
        if text(r["role_type"]) == "U" and text(r["user_type"]) == "2"
    }
    for row in users or []:
        _magento_user(c, row, user_roles.get(text(row["user_id"])), allowed, passwords)
    integration_roles = {
        text(r["user_id"]): text(r["role_id"])
        for r in roles or []
        if text(r["role_type"]) == "U" and text(r["user_type"]) == "1"
    }
    _magento_integrations(c, integration_roles, allowed)


def _magento_role(c: Console, name: str, resources: set[str], role_id: str) -> bool:
    """A role's grants from its allowed resources; True when it is a full admin."""
    table = c.table("authorization_rule")
    full = MAGENTO_ALL in resources
    if full:
        c.reads_all(
            name,
            MAGENTO_ALL,
            f"{table}: role {role_id} is allowed {MAGENTO_ALL}: every admin page and API "
            "resource, so all of Magento's data",
        )
    else:
        mapped = sorted(r for r in resources if r in MAGENTO_RESOURCES)
        for resource in mapped:
            c.reads_roles(
                name,
                MAGENTO_RESOURCES[resource],
                resource,
                f"{table}: role {role_id} is allowed {resource}",
            )
    facts = [] if full else _unmapped(resources - set(MAGENTO_RESOURCES), "ACL resources")
    c.add(
        Principal(
            c.system,
            name,
            "role",
            "cannot_log_in",
            full,
            f"{MAGENTO_ALL} ({table})" if full else "",
            last_login_evidence="a role: cannot log in",
            credential=Credential(
                "cannot_log_in", evidence=f"a role ({c.table('authorization_role')})"
            ),
            facts=c.facts("", *facts, full=full),
        )
    )
    return full


def _unmapped(resources: set[str], what: str) -> list[Fact]:
    """A ``reads`` fact saying what the other allowed permissions expose is not known."""
    if not resources:
        return []
    shown = ", ".join(sorted(resources)[:5]) + (" ..." if len(resources) > 5 else "")
    return [
        Fact(
            "reads",
            UNKNOWN_READS,
            f"{len(resources)} other allowed {what} ({shown}) are not mapped to tables: what "
            "personal data they expose is not known",
        )
    ]


def _magento_user(
    c: Console,
    row: dict[str, object],
    role: dict[str, object] | None,
    allowed: dict[str, set[str]],
    passwords: dict[str, str | None],
) -> None:
    table = c.table("admin_user")
    login = label(row["username"])
    lock = when(row.get("lock_expires"))
    if not truthy(row.get("is_active")):
        status, why = "locked", f"{table}.is_active = 0 (disabled)"
    elif lock and (c.days_ago(lock) or 0) < 0:
        status, why = "locked", f"{table}.lock_expires {lock} (locked after failed logins)"
    else:
        status, why = "active", ""
    last = when(row.get("logdate"))
    role_name = label(role["role_name"]) if role else ""
    full = bool(role) and MAGENTO_ALL in allowed[text(role["role_id"])]  # type: ignore[index]
    reason = f"{c.label} user, role {role_name or '(none)'}" + (
        f" with {MAGENTO_ALL}" if full else ""
    )
    facts = [Fact("status", why, table)] if why else []
    if text(row.get("failures_num")) not in ("", "0"):
        facts.append(Fact("failed_logins", text(row["failures_num"]), f"{table}.failures_num"))
    changed = passwords.get(text(row["user_id"]))
    c.add(
        Principal(
            c.system,
            c.name(login),
            c.person_kind(login),
            status,
            True,
            reason,
            last_login=last,
            last_login_evidence=(
                f"{table}.logdate: the admin console's last login ({text(row.get('lognum'))} "
                "logins)"
                if last
                else f"never logged in ({table}.logdate is empty)"
            ),
            credential=password(
                table, "password", changed, f"{c.table('admin_passwords')}.last_updated"
            ),
            member_of=(
                (
                    member(
                        c.name(f"role {role_name}"),
                        f"{c.table('authorization_role')}: "
                        f"user {text(row['user_id'])} has role {role_name}",
                    ),
                )
                if role
                else ()
            ),
            facts=c.facts(login, *facts, full=full),
        )
    )


def _magento_integrations(c: Console, roles: dict[str, str], allowed: dict[str, set[str]]) -> None:
    integrations = c.rows(
        "integration",
        ["integration_id", "name", "status", "consumer_id", "created_at", "setup_type"],
        order=["integration_id"],
    )
    if integrations is None:
        return
    tokens: dict[str, list[dict[str, object]]] = defaultdict(list)
    for row in (
        c.rows(
            "oauth_token",
            ["consumer_id", "type", "revoked", "created_at"],
            "type = 'access'",
            ["entity_id"],
        )
        or []
    ):
        tokens[text(row["consumer_id"])].append(row)
    consumers = {
        text(r["entity_id"]): when(r["created_at"])
        for r in c.rows("oauth_consumer", ["entity_id", "created_at"]) or []
    }
    table = c.table("integration")
    for row in integrations:
        who = c.name(f"integration {label(row['name'])}")
        role = roles.get(text(row["integration_id"]), "")
        resources = allowed.get(role, set())
        full = MAGENTO_ALL in resources
        evidence = f"{c.table('authorization_rule')}: the integration's role {role}"
        if full:
            c.reads_all(who, MAGENTO_ALL, f"{evidence} is allowed {MAGENTO_ALL}")
        else:
            for resource in sorted(r for r in resources if r in MAGENTO_RESOURCES):
                c.reads_roles(
                    who, MAGENTO_RESOURCES[resource], resource, f"{evidence} is allowed {resource}"
                )
        live = [t for t in tokens.get(text(row["consumer_id"]), []) if not truthy(t["revoked"])]
        created = latest(*(when(t["created_at"]) for t in live))
        tokens_table = c.table("oauth_token")
        consumer = consumers.get(text(row["consumer_id"]))
        key_note = (
            f"; its consumer key and secret were created {consumer} "
            f"({c.table('oauth_consumer')}.created_at; never read)"
            if consumer
            else ""
        )
        if live:
            credential = Credential(
                "oauth",
                created,
                evidence=f"{tokens_table}: an access token created "
                f"{created or 'at an unknown time'} (its token and secret are never read)"
                + key_note,
            )
        else:
            credential = Credential(
                "oauth",
                evidence=f"{tokens_table}: no unrevoked access token (never activated, or revoked)",
            )
        active = text(row["status"]) == MAGENTO_INTEGRATION_ACTIVE and bool(live)
        facts = [] if full else _unmapped(resources - set(MAGENTO_RESOURCES), "API resources")
        facts.append(Fact("created", when(row.get("created_at")) or "", f"{table}.created_at"))
        c.add(
            Principal(
                c.system,
                who,
                "integration",
                "active" if active else "locked",
                full,
                f"integration allowed {MAGENTO_ALL} (every API resource)" if full else "",
                last_login_evidence="Magento records no use of an integration's token",
                credential=credential,
                facts=c.facts("", *facts, full=full),
            )
        )


# --- WordPress and WooCommerce ----------------------------------------------------------------

#: WordPress roles of the admin console and what they may read: an administrator everything;
#: WooCommerce's shop manager (list_users, edit_users, edit_shop_orders, manage_woocommerce as
#: WooCommerce defines the role) the customers, orders and reviews.
WP_ROLES = {
    "administrator": None,
    "shop_manager": ("customer", "address", "order", "order_address", "quote", "review"),
}
#: An application password's hash is replaced on the server: its value never leaves it.
WP_APP_PASSWORDS = (
    "SELECT user_id, REGEXP_REPLACE(meta_value, "
    '\'s:8:"password";s:[0-9]+:"[^"]*";\', \'s:8:"password";N;\') '
    "FROM {{usermeta}} WHERE meta_key = '_application_passwords' AND user_id IN ({ids})"
)


def wordpress_admins(c: Console) -> None:
    """Users whose capabilities (``usermeta`` ``<prefix>capabilities``) hold administrator or
    shop_manager, their application passwords (never the password) and WooCommerce's last
    activity; WooCommerce REST API keys (never the key or secret)."""
    if not c.has("users") or not c.has("usermeta"):
        return
    prefix = c.src.match.prefix
    found = " OR ".join(f"INSTR(meta_value, '\"{r}\"') > 0" for r in WP_ROLES)
    caps = c.rows(
        "usermeta", ["user_id", "meta_value"], f"meta_key = '{prefix}capabilities' AND ({found})"
    )
    roles: dict[int, list[str]] = {}
    for row in caps or []:
        try:
            parsed = php_unserialize(text(row["meta_value"]))
        except ValueError:
            continue
        held = [r for r in WP_ROLES if isinstance(parsed, dict) and parsed.get(r)]
        if held:
            roles[int(text(row["user_id"]))] = held
    usermeta = c.table("usermeta")
    in_use = {r for rs in roles.values() for r in rs}
    for role, reads in WP_ROLES.items():
        if role not in in_use:
            continue
        name = c.name(f"role {role}")
        evidence = f"WordPress role {role} ({usermeta}.{prefix}capabilities)"
        if reads is None:
            c.reads_all(name, role, f"{evidence}: every capability, so all of the site's data")
        else:
            c.reads_roles(
                name,
                reads,
                role,
                f"{evidence}: list_users, edit_shop_orders, "
                "manage_woocommerce ({prefix}user_roles can change them; not read)".replace(
                    "{prefix}", prefix
                ),
            )
        c.add(
            Principal(
                c.system,
                name,
                "role",
                "cannot_log_in",
                reads is None,
                "every capability of the site" if reads is None else "",
                last_login_evidence="a role: cannot log in",
                credential=Credential("cannot_log_in", evidence="a WordPress role"),
                facts=c.facts("", full=reads is None),
            )
        )
    ids = ", ".join(str(i) for i in sorted(roles)) or "0"
    users = (
        c.rows("users", ["ID", "user_login", "user_registered"], f"ID IN ({ids})", ["ID"])
        if roles
        else []
    )
    active = (
        c.rows(
            "usermeta",
            ["user_id", "meta_value"],
            f"meta_key = 'wc_last_active' AND user_id IN ({ids})",
        )
        if roles
        else []
    )
    last_active = {int(text(r["user_id"])): when(text(r["meta_value"])) for r in active or []}
    if c.src.conn.dialect.name == "sqlite":  # in-process: the same replacement, as a function
        _sqlite_regexp_replace(c)
    apps = (
        c.query(f"{usermeta} _application_passwords", WP_APP_PASSWORDS.format(ids=ids))
        if roles
        else []
    )
    passwords: dict[int, list[dict[str, object]]] = {}
    for uid, value in apps or []:
        try:
            parsed = php_unserialize(text(value))
        except ValueError:
            continue
        if isinstance(parsed, dict):
            passwords[int(text(uid))] = [p for p in parsed.values() if isinstance(p, dict)]
    logins: dict[int, str] = {}
    for row in users or []:
        uid = int(text(row["ID"]))
        logins[uid] = label(row["user_login"])
        _wp_user(c, uid, logins[uid], roles[uid], last_active.get(uid), passwords.get(uid, []))
    if c.has("woocommerce_api_keys"):
        _woo_keys(c, logins, roles)


def _sqlite_regexp_replace(c: Console) -> None:
    """SQLite has no REGEXP_REPLACE: register one on the connection (SQLite runs in this
    process, so the hash is replaced before the row is returned, as a server does)."""
    raw = c.src.conn.connection.driver_connection
    raw.create_function(  # type: ignore[union-attr]
        "REGEXP_REPLACE",
        3,
        lambda value, pattern, to: None if value is None else re.sub(pattern, to, str(value)),
        deterministic=True,
    )


def _wp_user(
    c: Console,
    uid: int,
    login: str,
    roles: list[str],
    active: str | None,
    apps: list[dict[str, object]],
) -> None:
    usermeta = c.table("usermeta")
    used = latest(*(when(a.get("last_used")) for a in apps))
    last = latest(active, used)
    how = []
    if active:
        how.append(f"{usermeta}.wc_last_active (WooCommerce's last activity, by the day)")
    if used:
        how.append(f"an application password last used {used} ({usermeta}._application_passwords)")
    facts = [Fact("roles", ", ".join(roles), f"{usermeta}.{c.src.match.prefix}capabilities")]
    for app in apps:
        created, app_used = when(app.get("created")), when(app.get("last_used"))
        facts.append(
            Fact(
                "application_password",
                f"{label(app.get('name')) or 'unnamed'}: created {created or 'unknown'}, "
                f"last used {app_used or 'never'}",
                f"{usermeta}._application_passwords (its hash is removed on the server, "
                "never read)",
            )
        )
        c.add(
            Principal(
                c.system,
                c.name(f"{login} application password {label(app.get('name')) or 'unnamed'}"),
                "api_key",
                "active",
                False,
                last_login=app_used,
                last_login_evidence=(
                    f"{usermeta}._application_passwords last_used"
                    if app_used
                    else f"never used ({usermeta}._application_passwords last_used is empty)"
                ),
                credential=Credential(
                    "application_password",
                    created,
                    evidence=f"{usermeta}._application_passwords: created {created or 'unknown'}"
                    " (only its hash is stored; never read)",
                ),
                member_of=(
                    member(
                        c.name(login),
                        f"an application password of {login}: it "
                        "acts with every capability of its user",
                    ),
                ),
                facts=c.facts(
                    "",
                    Fact(
                        "write",
                        "yes",
                        "an application password acts with every capability of its user",
                    ),
                ),
            )
        )
    full = "administrator" in roles
    c.add(
        Principal(
            c.system,
            c.name(login),
            c.person_kind(login),
            "active",
            True,
            f"{c.label} user, role {', '.join(roles)}",
            last_login=last,
            last_login_evidence="; ".join(how)
            or "WordPress records no last login (no wc_last_active, no application password used)",
            credential=password(c.table("users"), "user_pass"),
            member_of=tuple(
                member(c.name(f"role {r}"), f"{usermeta}.{c.src.match.prefix}capabilities: {r}")
                for r in roles
            ),
            facts=c.facts(login, *facts, full=full),
        )
    )


def _woo_keys(c: Console, logins: dict[int, str], roles: dict[int, list[str]]) -> None:
    """REST API keys: who they act as, their permissions and last access; never the consumer
    key or secret (the plain-text secret is the platform's credential gap)."""
    table = c.table("woocommerce_api_keys")
    keys = c.rows(
        "woocommerce_api_keys",
        ["key_id", "user_id", "description", "permissions", "last_access"],
        order=["key_id"],
    )
    for row in keys or []:
        uid = int(text(row["user_id"]) or 0)
        perms = text(row["permissions"])
        last = when(row.get("last_access"))
        user = logins.get(uid)
        acts = (
            (
                member(
                    c.name(user),
                    f"{table}.user_id: it acts as {user} "
                    f"({', '.join(roles.get(uid, []))}), limited to {perms}",
                ),
            )
            if user
            else ()
        )
        facts = [Fact("permissions", perms, f"{table}.permissions")]
        if "write" in perms:
            facts.append(Fact("write", "yes", f"{table}.permissions = {perms}"))
        if not user:
            facts.append(
                Fact(
                    "reads",
                    UNKNOWN_READS,
                    f"it acts as user {uid}, not an administrator or "
                    "shop manager: what that user's capabilities allow is not read",
                )
            )
        c.add(
            Principal(
                c.system,
                c.name(f"api key {text(row['key_id'])} {label(row.get('description'))}".strip()),
                "api_key",
                "active",
                False,
                last_login=last,
                last_login_evidence=f"{table}.last_access"
                if last
                else f"never used ({table}.last_access is empty)",
                credential=Credential(
                    "api_key",
                    evidence=f"{table}: consumer key (hashed) and consumer secret (plain text) "
                    "are never read; WooCommerce records no creation date",
                ),
                member_of=acts,
                facts=c.facts("", *facts),
            )
        )


# --- PrestaShop ------------------------------------------------------------------------------

#: PrestaShop's SuperAdmin profile (``_PS_ADMIN_PROFILE_``): every permission, unchecked.
PS_SUPERADMIN = "1"
#: Back-office tabs (``authorization_role`` slugs ``ROLE_MOD_TAB_<TAB>_READ``) and webservice
#: resources that clearly expose personal data, and the roles of the tables behind them.
PS_TABS = {
    "ADMINCUSTOMERS": ("customer",),
    "ADMINADDRESSES": ("address",),
    "ADMINORDERS": ("order", "address"),
    "ADMINCARTS": ("quote",),
    "ADMINCUSTOMERTHREADS": ("customer",),
    "ADMINEMPLOYEES": ("user",),
}
PS_RESOURCES = {
    "customers": ("customer",),
    "addresses": ("address",),
    "orders": ("order",),
    "carts": ("quote",),
    "customer_threads": ("customer",),
    "customer_messages": ("customer",),
    "guests": ("customer",),
    "employees": ("user",),
}
PS_READ_SLUGS = (
    "SELECT a.id_profile, r.slug FROM {access} a JOIN {authorization_role} r "
    "ON r.id_authorization_role = a.id_authorization_role "
    "WHERE RIGHT(r.slug, 5) = '_READ' ORDER BY 1, 2"
)


def prestashop_admins(c: Console) -> None:
    """``employee`` with its profile (``profile_lang``; SuperAdmin is profile 1) and what the
    profile may read (``access``); webservice keys (``webservice_account``, never the key) and
    their resources (``webservice_permission``)."""
    employees = c.rows(
        "employee",
        ["id_employee", "id_profile", "email", "active", "last_connection_date", "last_passwd_gen"],
        order=["id_employee"],
    )
    names: dict[str, str] = {}
    for row in c.rows("profile_lang", ["id_profile", "id_lang", "name"], order=["id_lang"]) or []:
        names.setdefault(text(row["id_profile"]), label(row["name"]))
    reads: dict[str, set[str]] = defaultdict(set)
    if c.has("access", "id_authorization_role") and c.has("authorization_role"):
        for profile, slug in c.query("access", PS_READ_SLUGS) or []:
            tab = text(slug).removeprefix("ROLE_MOD_TAB_").removesuffix("_READ")
            reads[text(profile)].add(tab)
    profiles = sorted({text(r["id_profile"]) for r in employees or []} | set(names))
    for profile in profiles:
        _ps_profile(c, profile, names.get(profile, profile), reads.get(profile, set()))
    table = c.table("employee")
    for row in employees or []:
        profile = text(row["id_profile"])
        login = label(row["email"])
        last = when(row.get("last_connection_date"))
        full = profile == PS_SUPERADMIN
        c.add(
            Principal(
                c.system,
                c.name(login),
                c.person_kind(login.split("@")[0]),
                "active" if truthy(row.get("active")) else "locked",
                True,
                f"{c.label} employee, profile {names.get(profile, profile)}"
                + (" (SuperAdmin: every permission)" if full else ""),
                last_login=last,
                last_login_evidence=f"{table}.last_connection_date (the back office's last "
                "login, by the day)"
                if last
                else f"never logged in ({table}.last_connection_date is empty)"
                if c.has("employee", "last_connection_date")
                else f"{table} has no last_connection_date (PrestaShop before 1.7)",
                credential=password(
                    table, "passwd", when(row.get("last_passwd_gen")), f"{table}.last_passwd_gen"
                ),
                member_of=(
                    member(
                        c.name(f"profile {names.get(profile, profile)}"),
                        f"{table}.id_profile = {profile}",
                    ),
                ),
                facts=c.facts(login, full=full),
            )
        )
    _ps_webservice(c)


def _ps_profile(c: Console, profile: str, name: str, tabs: set[str]) -> None:
    who = c.name(f"profile {name}")
    full = profile == PS_SUPERADMIN
    facts: list[Fact] = []
    if full:
        c.reads_all(
            who,
            "SuperAdmin",
            f"profile {profile} is SuperAdmin: PrestaShop checks no "
            "permission for it, so it reads all of the shop's data",
        )
    else:
        for tab in sorted(tabs & set(PS_TABS)):
            c.reads_roles(
                who,
                PS_TABS[tab],
                f"ROLE_MOD_TAB_{tab}_READ",
                f"{c.table('access')}: profile {profile} may view {tab}",
            )
        facts = _unmapped(tabs - set(PS_TABS), "back-office tabs")
        if not c.has("access", "id_authorization_role"):
            facts.append(
                Fact(
                    "reads",
                    UNKNOWN_READS,
                    f"{c.table('access')} is not PrestaShop "
                    "1.7's (id_authorization_role): the profile's tabs are not read",
                )
            )
    c.add(
        Principal(
            c.system,
            who,
            "role",
            "cannot_log_in",
            full,
            "SuperAdmin (every permission)" if full else "",
            last_login_evidence="a profile: cannot log in",
            credential=Credential(
                "cannot_log_in", evidence=f"a profile ({c.table('profile_lang')})"
            ),
            facts=c.facts("", *facts, full=full),
        )
    )


def _ps_webservice(c: Console) -> None:
    accounts = c.rows(
        "webservice_account",
        ["id_webservice_account", "description", "active", "is_module", "module_name"],
        order=["id_webservice_account"],
    )
    if accounts is None:
        return
    permissions: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for row in (
        c.rows("webservice_permission", ["id_webservice_account", "resource", "method"]) or []
    ):
        permissions[text(row["id_webservice_account"])][text(row["resource"])].add(
            text(row["method"]).upper()
        )
    table = c.table("webservice_permission")
    for row in accounts:
        ident = text(row["id_webservice_account"])
        who = c.name(f"webservice key {ident} {label(row.get('description'))}".strip())
        held = permissions.get(ident, {})
        readable = {r for r, m in held.items() if m & {"GET", "HEAD"}}
        writable = sorted(r for r, m in held.items() if m & {"PUT", "POST", "PATCH", "DELETE"})
        for resource in sorted(readable & set(PS_RESOURCES)):
            c.reads_roles(
                who,
                PS_RESOURCES[resource],
                f"GET {resource}",
                f"{table}: key {ident} may GET {resource}",
            )
        facts = _unmapped(readable - set(PS_RESOURCES), "webservice resources")
        if writable:
            facts.append(Fact("write", "yes", f"{table}: {', '.join(writable[:8])}"))
        c.add(
            Principal(
                c.system,
                who,
                "api_key",
                "active" if truthy(row.get("active")) else "locked",
                False,
                last_login_evidence="PrestaShop records no use of a webservice key",
                credential=Credential(
                    "api_key",
                    evidence=f"{c.table('webservice_account')}.key is never read; PrestaShop "
                    "records no creation date",
                ),
                facts=c.facts("", *facts),
            )
        )


# --- OpenCart --------------------------------------------------------------------------------

#: Admin routes (``user_group.permission`` access lists) that clearly show personal data.
OC_ROUTES = {
    "customer/customer": ("customer", "address"),
    "sale/order": ("order",),
    "sale/returns": ("order",),
    "sale/subscription": ("order",),
    "customer/gdpr": ("customer",),
    "user/user": ("user",),
}
#: The route whose modify right lets a group grant itself every other: a full admin.
OC_PERMISSIONS = "user/user_permission"


def opencart_admins(c: Console) -> None:
    """``user`` with its group's permissions (``user_group.permission``: JSON access and modify
    route lists), the last login of OpenCart 4 (``user_login``); API users (``api``, never the
    key) with their allowed IPs (``api_ip``) and last session (``api_session``)."""
    users = c.rows(
        "user", ["user_id", "user_group_id", "username", "status", "date_added"], order=["user_id"]
    )
    groups = c.rows("user_group", ["user_group_id", "name", "permission"], order=["user_group_id"])
    logins: dict[str, str | None] = {}
    if c.has("user_login"):
        for uid, last in (
            c.query(
                "user_login", "SELECT user_id, MAX(date_added) FROM {user_login} GROUP BY user_id"
            )
            or []
        ):
            logins[text(uid)] = when(last)
    full_groups: set[str] = set()
    names: dict[str, str] = {}
    for row in groups or []:
        gid, name = text(row["user_group_id"]), label(row["name"])
        names[gid] = name
        if _oc_group(c, gid, name, text(row["permission"])):
            full_groups.add(gid)
    table = c.table("user")
    for row in users or []:
        uid, gid, login = text(row["user_id"]), text(row["user_group_id"]), label(row["username"])
        last = logins.get(uid)
        c.add(
            Principal(
                c.system,
                c.name(login),
                c.person_kind(login),
                "active" if truthy(row.get("status")) else "locked",
                True,
                f"{c.label} user, group {names.get(gid, gid)}"
                + (f" (may modify {OC_PERMISSIONS})" if gid in full_groups else ""),
                last_login=last,
                last_login_evidence=f"{c.table('user_login')}: the admin's last login"
                if last
                else f"never logged in (no row in {c.table('user_login')})"
                if c.has("user_login")
                else "OpenCart before 4 records no admin login",
                credential=password(table, "password"),
                member_of=(
                    member(
                        c.name(f"group {names.get(gid, gid)}"), f"{table}.user_group_id = {gid}"
                    ),
                ),
                facts=c.facts(login, full=gid in full_groups),
            )
        )
    _oc_api(c)


def _oc_group(c: Console, gid: str, name: str, permission: str) -> bool:
    """A user group's grants from its access routes; True when it is a full admin."""
    try:
        parsed = (
            json.loads(permission)
            if permission.strip().startswith("{")
            else (php_unserialize(permission) if permission else {})
        )
    except ValueError:
        parsed = {}
    access = _routes(parsed, "access")
    modify = _routes(parsed, "modify")
    full = OC_PERMISSIONS in modify
    who = c.name(f"group {name}")
    table = c.table("user_group")
    for route in sorted(access & set(OC_ROUTES)):
        c.reads_roles(
            who, OC_ROUTES[route], route, f"{table}.permission: group {gid} may access {route}"
        )
    facts = _unmapped(access - set(OC_ROUTES), "routes")
    if full:
        facts.append(
            Fact(
                "full_admin_why",
                f"may modify {OC_PERMISSIONS}: it grants itself any route",
                f"{table}.permission",
            )
        )
    c.add(
        Principal(
            c.system,
            who,
            "role",
            "cannot_log_in",
            full,
            f"may modify {OC_PERMISSIONS} (grants any route)" if full else "",
            last_login_evidence="a user group: cannot log in",
            credential=Credential("cannot_log_in", evidence=f"a user group ({table})"),
            facts=c.facts("", *facts, full=full),
        )
    )
    return full


def _routes(parsed: object, key: str) -> set[str]:
    value = parsed.get(key) if isinstance(parsed, dict) else None
    items = value.values() if isinstance(value, dict) else value if isinstance(value, list) else []
    return {r for r in items if isinstance(r, str)}


def _oc_api(c: Console) -> None:
    apis = c.rows(
        "api",
        ["api_id", "username", "name", "status", "date_added", "date_modified"],
        order=["api_id"],
    )
    if apis is None:
        return
    ips: dict[str, list[str]] = defaultdict(list)
    for row in c.rows("api_ip", ["api_id", "ip"], order=["api_ip_id"]) or []:
        ips[text(row["api_id"])].append(label(row["ip"]))
    sessions: dict[str, str | None] = {}
    if c.has("api_session"):
        column = "date_modified" if c.has("api_session", "date_modified") else "date_added"
        for aid, last in (
            c.query(
                "api_session", f"SELECT api_id, MAX({column}) FROM {{api_session}} GROUP BY api_id"
            )
            or []
        ):
            sessions[text(aid)] = when(last)
    table = c.table("api")
    for row in apis:
        aid = text(row["api_id"])
        login = label(row.get("username") or row.get("name"))
        changed = latest(when(row.get("date_added")), when(row.get("date_modified")))
        allowed = ips.get(aid, [])
        last = sessions.get(aid)
        facts = [
            Fact(
                "allowed_ips",
                ", ".join(allowed) or "none: no IP may use it",
                f"{c.table('api_ip')}",
            ),
            Fact("write", "yes", "OpenCart's API creates and edits orders and carts"),
            Fact(
                "reads",
                UNKNOWN_READS,
                "OpenCart's API keys carry no permissions: which "
                "customer and order data its calls return is not mapped",
            ),
        ]
        c.add(
            Principal(
                c.system,
                c.name(f"api {login}"),
                "api_key",
                "active" if truthy(row.get("status")) else "locked",
                False,
                last_login=last,
                last_login_evidence=f"{c.table('api_session')}: its last API session"
                if last
                else f"never used (no session in {c.table('api_session')})"
                if c.has("api_session")
                else "this OpenCart records no API session",
                credential=Credential(
                    "api_key",
                    changed,
                    evidence=f"{table}.key is never read; set {changed or 'at an unknown time'} "
                    f"({table}.date_added, date_modified)",
                ),
                facts=c.facts("", *facts),
            )
        )
