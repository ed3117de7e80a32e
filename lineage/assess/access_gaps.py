"""Gap rules about who can read personal data: one function per rule, each returning its gaps
(listed in :data:`lineage.assess.gaps.GAP_RULES`; docs/access.md and docs/assessment.md).

A principal that cannot log in (a role, a locked or expired account) is judged only through the
accounts that are its members: a grant to a role is found on each account that holds it.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

from lineage.core.dates import moment
from lineage.core.model import Gap, Principal

from .access import Reach
from .statuses import Assessed

#: Login names no one person owns (besides the estate's ``access.generic_names``).
GENERIC_NAMES = frozenset(
    {
        "admin",
        "administrator",
        "root",
        "postgres",
        "mysql",
        "sa",
        "dba",
        "test",
        "tester",
        "testuser",
        "guest",
        "demo",
        "shared",
        "user",
        "default",
        "temp",
        "tmp",
        "support",
        "sysadmin",
        "superuser",
        "operator",
        "webmaster",
        "developer",
        "dev",
    }
)
#: Statuses of a principal that can log in now.
ACTIVE = "active"
_ACCOUNT = re.compile(r"^'(?P<user>(?:[^']|'')*)'@'(?P<host>(?:[^']|'')*)'$")


def login_name(name: str) -> str:
    """The user part of a principal's name (``'app'@'%'`` is ``app``).

    >>> login_name("'app'@'%'"), login_name("reporting")
    ('app', 'reporting')
    """
    m = _ACCOUNT.match(name)
    return m["user"].replace("''", "'") if m else name


def _login(p: Principal) -> str:
    """The name a principal logs in with: its ``login`` fact (a console user's; the local part
    of an e-mail login), else the user part of its name."""
    login = fact(p, "login")
    return login.split("@")[0] if login else login_name(p.name)


def subject(p: Principal) -> str:
    """How a gap names a principal: ``system/@name``."""
    return f"{p.system}/@{p.name}"


def fact(p: Principal, name: str) -> str:
    """The value of the principal's fact ``name`` ("" when it has none)."""
    return next((f.value for f in p.facts if f.name == name), "")


def _reads(reaches: Sequence[Reach]) -> str:
    entities = list(dict.fromkeys(e.entity for r in reaches for e in r.field.entities))
    return ", ".join(entities)


def _about(p: Principal, reaches: Sequence[Reach], *, privileged: bool = True) -> list[str]:
    """The evidence lines an access gap ends with: why the principal is privileged (unless the
    gap says it otherwise), and the personal data it reads."""
    lines = [f"privileged: {p.privileged_reason}"] if privileged and p.privileged else []
    if reaches:
        lines.append(f"reads {_reads(reaches)}")
    return lines


def _fields(reaches: Sequence[Reach], shown: int = 5) -> tuple[str, ...]:
    ids = list(dict.fromkeys(r.field.id for r in reaches))
    more = (f"... and {len(ids) - shown} more fields",) if len(ids) > shown else ()
    grants = tuple(dict.fromkeys(r.evidence() for r in reaches))[:3]
    return (f"reads {', '.join(ids[:shown])}", *more, *grants)


def dormant_privileged(estate: Assessed) -> list[Gap]:
    """SOC2 CC6.2: a privileged account not used for longer than ``access.dormant_days``, or
    never used; per system, one low gap for the privileged accounts whose last login the system
    does not record."""
    limit = estate.access.dormant_days
    now = moment(estate.scanned_at)
    gaps = []
    unrecorded: dict[str, list[Principal]] = defaultdict(list)
    for p in estate.principals:
        if not p.privileged or p.status != ACTIVE:
            continue
        last = moment(p.last_login or "")
        never = p.last_login is None and p.last_login_evidence.startswith("never")
        if last is None and not never:
            unrecorded[p.system].append(p)
            continue
        age = None if last is None or now is None else (now - last).days
        if not never and (age is None or age <= limit):
            continue
        why = (
            f"{p.name} has never logged in ({p.last_login_evidence})"
            if never
            else f"{p.name} last logged in {p.last_login}, {age} days before the scan "
            f"(more than access.dormant_days = {limit})"
        )
        gaps.append(
            Gap(
                control="SOC2 CC6.2",
                subject=subject(p),
                severity="medium",
                evidence=(why, f"privileged: {p.privileged_reason}"),
                remediation=f"Disable or remove {p.name}, or record in the access review "
                "why it is kept.",
                related=("SOC2 CC6.3", "GDPR Art. 32"),
                title="privileged account never used"
                if never
                else "privileged account unused for longer than the dormant period",
            )
        )
    for system, accounts in sorted(unrecorded.items()):
        names = sorted(p.name for p in accounts)
        gaps.append(
            Gap(
                control="SOC2 CC6.2",
                subject=system,
                severity="low",
                evidence=(
                    f"{len(names)} privileged account(s) whose last login {system} does not "
                    f"record: {', '.join(names[:8])}{' and more' if len(names) > 8 else ''}",
                    accounts[0].last_login_evidence,
                ),
                remediation="Check their use in the server's connection log (log_connections, "
                "an audit plugin) or the admin console's activity log and remove those unused; "
                "piimap cannot tell dormant ones apart.",
                related=("SOC2 CC6.3",),
                title="whether privileged accounts are dormant is not known",
            )
        )
    return gaps


def generic_accounts(estate: Assessed) -> list[Gap]:
    """SOC2 CC6.1: an active login with a generic or shared name (admin, root, test...): what
    it does is no one person's."""
    generic = GENERIC_NAMES | {n.lower() for n in estate.access.generic_names}
    allowed = {n.lower() for n in estate.access.allowed_generic}
    gaps = []
    for p in estate.principals:
        user = _login(p).lower()
        if p.status != ACTIVE or user not in generic or {p.name.lower(), user} & allowed:
            continue
        reaches = estate.reaches.get(p.id, [])
        serious = p.privileged or bool(reaches)
        evidence = [f"{p.name} is a {p.kind} login named {_login(p)!r}", *_about(p, reaches)]
        gaps.append(
            Gap(
                control="SOC2 CC6.1",
                subject=subject(p),
                severity="medium" if serious else "low",
                evidence=tuple(evidence),
                remediation=f"Give each person (or integration) its own account and lock "
                f"{p.name}; list it under access.allowed_generic once reviewed.",
                related=("SOC2 CC6.2",),
                title="generic or shared account name",
            )
        )
    return gaps


def too_many_admins(estate: Assessed) -> list[Gap]:
    """SOC2 CC6.3: more active superusers or full admins in a system than
    ``access.max_full_admins``."""
    limit = estate.access.max_full_admins
    admins: dict[tuple[str, str], list[Principal]] = defaultdict(list)
    for p in estate.principals:
        if p.status == ACTIVE and fact(p, "full_admin") == "yes" and p.kind != "role":
            admins[(p.system, fact(p, "console"))].append(p)
    return [
        Gap(
            control="SOC2 CC6.3",
            subject=system,
            severity="medium",
            evidence=(
                f"{len(found)} active superusers or full admins"
                + (f" of the {console}" if console else "")
                + f" (access.max_full_admins = {limit}): "
                f"{', '.join(sorted(p.name for p in found))}",
            ),
            remediation="Grant narrower roles to those who do not need every privilege, and "
            "keep break-glass admin accounts locked until used.",
            related=("SOC2 CC6.1", "GDPR Art. 32"),
            title="more superusers or full admins than the policy allows",
        )
        for (system, console), found in sorted(admins.items())
        if len(found) > limit
    ]


def open_to_anyone(estate: Assessed) -> list[Gap]:
    """SOC2 CC6.1: personal data readable by PUBLIC (every role), by an anonymous account or
    by an account that logs in from any host."""
    gaps = []
    for p in estate.principals:
        reaches = estate.reaches.get(p.id, [])
        if not reaches:
            continue
        if p.name == "PUBLIC" and p.kind == "group":
            who, severity = "PUBLIC: every role of the database", "high"
        elif fact(p, "anonymous") == "yes" and p.status == ACTIVE:
            anyone = fact(p, "user_type") == "Guest" and "anyone visiting the site"
            who, severity = f"the anonymous account {p.name}: {anyone or 'any user name'}", "high"
        elif fact(p, "host") == "%" and p.status == ACTIVE:
            who, severity = f"{p.name}, which logs in from any host", "medium"
        else:
            continue
        gaps.append(
            Gap(
                control="SOC2 CC6.1",
                subject=subject(p),
                severity=severity,
                evidence=(f"{_reads(reaches)} readable by {who}", *_fields(reaches)),
                remediation=(
                    f"Revoke the grants to {p.name}"
                    + (
                        " and drop the anonymous account"
                        if fact(p, "anonymous") == "yes"
                        else " and restrict its host to the application's addresses"
                        if fact(p, "host") == "%"
                        else ""
                    )
                    + "; grant SELECT to the roles that need it."
                ),
                related=("GDPR Art. 32", "GDPR Art. 5(1)(f)"),
                title="personal data readable by PUBLIC"
                if p.name == "PUBLIC"
                else "personal data readable by an anonymous account"
                if fact(p, "anonymous") == "yes"
                else "personal data readable by an account from any host",
            )
        )
    return gaps


def passwordless(estate: Assessed) -> list[Gap]:
    """SOC2 CC6.1: an active account that logs in without a password."""
    gaps = []
    for p in estate.principals:
        if p.status != ACTIVE or p.credential.kind != "none":
            continue
        reaches = estate.reaches.get(p.id, [])
        evidence = [p.credential.evidence, *_about(p, reaches)]
        gaps.append(
            Gap(
                control="SOC2 CC6.1",
                subject=subject(p),
                severity="high" if p.privileged or reaches else "medium",
                evidence=tuple(evidence),
                remediation=f"Set a strong password for {p.name} (or an authentication plugin "
                "tied to a certificate or the OS user), or drop the account.",
                related=("GDPR Art. 32",),
                title="account logs in without a password",
            )
        )
    return gaps


def access_not_reviewed(estate: Assessed) -> list[Gap]:
    """SOC2 CC6.2: who can read a system's personal data is not known, because the scan could
    not read its accounts (the system's ``access.unread`` facts say which grant it needs)."""
    with_accounts = {p.system for p in estate.principals}
    gaps = []
    for system, stores in estate.stores:
        unread = [f.value for f in system.facts if f.name == "access.unread"]
        if not unread or system.id in with_accounts:
            continue
        gaps.append(
            Gap(
                control="SOC2 CC6.2",
                subject=system.id,
                severity="medium",
                evidence=(
                    f"{system.id} holds personal data in {len(stores)} dataset(s)",
                    *unread,
                ),
                remediation="Grant the scan user read access to the account catalogs "
                "(docs/access.md) and re-scan, or review the accounts by hand.",
                related=("SOC2 CC6.3",),
                title="who can read personal data is not known: the accounts could not be read",
            )
        )
    return gaps


#: Kinds of principal whose credential a program holds: rotated on a schedule, not by a person.
_PROGRAM_KINDS = ("api_key", "integration")


def stale_credentials(estate: Assessed) -> list[Gap]:
    """SOC2 CC6.1: an active API key or integration credential set longer ago than
    ``access.rotation_days`` (not a key that is public by design)."""
    limit = estate.access.rotation_days
    now = moment(estate.scanned_at)
    gaps = []
    for p in estate.principals:
        if p.status != ACTIVE or p.kind not in _PROGRAM_KINDS or fact(p, "public") == "yes":
            continue
        changed = moment(p.credential.changed or "")
        if changed is None or now is None or (now - changed).days <= limit:
            continue
        reaches = estate.reaches.get(p.id, [])
        evidence = [
            f"{p.name}'s {p.credential.kind} credential was set {p.credential.changed}, "
            f"{(now - changed).days} days before the scan (more than access.rotation_days = "
            f"{limit})",
            p.credential.evidence,
            *_about(p, reaches, privileged=False),
        ]
        gaps.append(
            Gap(
                control="SOC2 CC6.1",
                subject=subject(p),
                severity="medium",
                evidence=tuple(evidence),
                remediation=f"Rotate the credential of {p.name} (issue a new key, update the "
                "program that uses it, revoke the old one), and record the rotation period.",
                related=("SOC2 CC6.2", "GDPR Art. 32"),
                title="API key or integration credential older than the rotation period",
            )
        )
    return gaps


def unused_write_keys(estate: Assessed) -> list[Gap]:
    """SOC2 CC6.2: an active API key or integration that may write and was never used, or not
    for longer than ``access.dormant_days``."""
    limit = estate.access.dormant_days
    now = moment(estate.scanned_at)
    gaps = []
    for p in estate.principals:
        if p.status != ACTIVE or p.kind not in _PROGRAM_KINDS or fact(p, "write") != "yes":
            continue
        last = moment(p.last_login or "")
        never = last is None and p.last_login_evidence.startswith("never")
        age = None if last is None or now is None else (now - last).days
        if not never and (age is None or age <= limit):
            continue
        why = (
            f"{p.name} has never been used ({p.last_login_evidence})"
            if never
            else f"{p.name} was last used {p.last_login}, {age} days before the scan (more than "
            f"access.dormant_days = {limit})"
        )
        reaches = estate.reaches.get(p.id, [])
        evidence = [
            why,
            f"it may write: {next(f.evidence for f in p.facts if f.name == 'write')}",
            *_about(p, reaches, privileged=False),
        ]
        gaps.append(
            Gap(
                control="SOC2 CC6.2",
                subject=subject(p),
                severity="medium",
                evidence=tuple(evidence),
                remediation=f"Revoke {p.name} if nothing uses it, or narrow it to read-only; "
                "record in the access review why it is kept.",
                related=("SOC2 CC6.1", "GDPR Art. 32"),
                title="write-capable API key never used"
                if never
                else "write-capable API key unused for longer than the dormant period",
            )
        )
    return gaps


#: An integration granted by name at most this many objects is judged to read few of them.
FEW_OBJECTS = 5


def broad_integration(estate: Assessed) -> list[Gap]:
    """SOC2 CC6.3: an active integration holding a privilege that reads everything (View All
    Data, Modify All Data: its ``broad_access`` fact) while its own grants name only a few of
    the objects scanned (its ``objects_granted`` fact, ``N of M scanned objects: ...``, N at most
    :data:`FEW_OBJECTS` and less than M): least privilege would grant those."""
    gaps = []
    for p in estate.principals:
        broad, granted = fact(p, "broad_access"), fact(p, "objects_granted")
        if p.status != ACTIVE or p.kind != "integration" or not broad or not granted:
            continue
        count, _, total = granted.partition(" of ")
        total = total.split(" ", 1)[0]
        if not (count.isdigit() and total.isdigit()):
            continue
        if int(count) > FEW_OBJECTS or int(count) >= int(total):
            continue  # it is granted all it could read, or many objects, by name
        reaches = estate.reaches.get(p.id, [])
        evidence = [
            f"{p.name} is an integration holding {broad}, which reads every record of every object",
            f"its profile and permission sets grant by name {granted}",
            *_about(p, reaches, privileged=False),
        ]
        gaps.append(
            Gap(
                control="SOC2 CC6.3",
                subject=subject(p),
                severity="high" if fact(p, "full_admin") == "yes" else "medium",
                evidence=(*evidence, f"privileged: {p.privileged_reason}"),
                remediation=f"Remove {broad} from {p.name}'s profile and permission sets and "
                "grant Read (and only the fields it needs) on the objects it uses.",
                related=("SOC2 CC6.1", "GDPR Art. 5(1)(c)", "GDPR Art. 32"),
                title="integration holds broad privileges but uses few objects",
            )
        )
    return gaps
