"""A storefront platform's admin console and API credentials as principals: what the readers of
:mod:`.admins_keyvalue` and :mod:`.admins_frameworks` share (docs/access.md, "Storefront admin
consoles").

Every read goes through the platform's :class:`~.source.Source` (the SQL connector's read-only
session) and names its columns: no password hash, key, token or secret column is ever selected.
A full admin's role may read every table of its platform; a restricted role only the well-known
tables (``pii_tables.yaml``) its ACL resources clearly name, and "unknown" otherwise.

>>> console_name("magento", "", "", "admin")
'magento:admin'
>>> console_name("opencart", "shop", "oc2_", "admin", qualify=True)
'opencart(shop.oc2_):admin'
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.exc import DBAPIError

from lineage.core.dates import instant, moment, now
from lineage.core.model import Credential, Fact, Membership, Principal, ReadGrant

from ..access import INTEGRATION_WORDS
from ..db_errors import db_reason
from .pii_tables import load_pii_tables
from .source import Row, Source, text

#: The evidence a restricted role gets when its permissions do not map clearly to tables.
UNKNOWN_READS = "unknown"


def console_name(platform: str, schema: str, prefix: str, login: str, qualify: bool = False) -> str:
    """A console principal's name: the platform key, then the login (qualified by schema and
    prefix when the platform is installed more than once in the system)."""
    where = f"({'.'.join(p for p in (schema, prefix) if p)})" if qualify else ""
    return f"{platform}{where}:{login}"


@dataclass
class ConsoleFound:
    """The principals and read grants of the admin consoles of one system's platforms."""

    principals: list[Principal] = field(default_factory=list)
    grants: list[ReadGrant] = field(default_factory=list)


class Console:
    """The admin console of one platform match: its tables (from the scan's catalog), reads of
    named columns only, and the principals and grants found."""

    def __init__(
        self,
        src: Source,
        system_id: str,
        columns: Mapping[str, Sequence[str]],
        found: ConsoleFound,
        qualify: bool = False,
    ) -> None:
        self.src = src
        self.system = system_id
        self.found = found
        match = src.match
        self.platform = match.platform
        self.label = f"{match.name} admin console"
        head = f"{match.schema}." if match.schema else ""
        start = head + match.prefix
        #: Base name (lower case) -> dataset name, and its columns (lower case -> own case).
        self.datasets: dict[str, str] = {}
        self.columns: dict[str, dict[str, str]] = {}
        for dataset, names in columns.items():
            if dataset.lower().startswith(start.lower()):
                base = dataset[len(start) :].lower()
                self.datasets[base] = dataset
                self.columns[base] = {c.lower(): c for c in names}
        self.qualify = qualify
        self.scan_time = moment(now())

    # --- reading ----------------------------------------------------------------------------

    def has(self, base: str, *columns: str) -> bool:
        """Whether table ``base`` (and each of ``columns``) is in the scanned catalog."""
        held = self.columns.get(base.lower())
        return held is not None and all(c.lower() in held for c in columns)

    def rows(
        self, base: str, wanted: Sequence[str], where: str = "", order: Sequence[str] = ()
    ) -> list[Row] | None:
        """Rows of the ``wanted`` columns of ``base`` that exist (keyed as asked); None when
        the table is not there or cannot be read (a problem line then)."""
        held = self.columns.get(base.lower())
        if held is None:
            return None
        present = [held[c.lower()] for c in wanted if c.lower() in held]
        rows = self.src.select(
            base, present, where, [held[o.lower()] for o in order if o.lower() in held]
        )
        if rows is None:
            return None
        by_lower = {c.lower(): c for c in wanted}
        return [{by_lower.get(k.lower(), k): v for k, v in row.items()} for row in rows]

    def query(self, what: str, sql: str) -> list[tuple[Any, ...]] | None:
        """The rows of ``sql`` (its tables written as ``{base}``, quoted here); None, and a
        problem line naming ``what``, when it fails."""
        refs = {base: self.src.ref(base) for base in self.datasets}
        try:
            return [tuple(r) for r in self.src.conn.exec_driver_sql(sql.format(**refs)).all()]
        except (DBAPIError, KeyError) as exc:
            if isinstance(exc, DBAPIError):
                self.src.conn.rollback()
                reason = db_reason(exc)
            else:
                reason = f"table {exc} not in the scan's catalog"
            self.src.report.problems.append(f"{what}: not read ({reason})")
            return None

    def table(self, base: str) -> str:
        """The table's own name, as evidence cites it."""
        return self.src.name(base)

    # --- principals and grants --------------------------------------------------------------

    def name(self, login: str) -> str:
        m = self.src.match
        return console_name(self.platform, m.schema, m.prefix, login, self.qualify)

    def person_kind(self, login: str) -> str:
        """``integration`` when a console login's name says a program uses it, else ``person``."""
        return "integration" if INTEGRATION_WORDS.search(login) else "person"

    def facts(self, login: str = "", *more: Fact, full: bool = False) -> tuple[Fact, ...]:
        """The facts every console principal carries (which console, its login), and more."""
        found = [Fact("console", self.label, self.src.match.evidence)]
        if login:
            found.append(Fact("login", login, "the name it logs in with"))
        if full:
            found.append(Fact("full_admin", "yes", f"a full admin of the {self.label}"))
        found += more
        return tuple(sorted(found, key=lambda f: (f.name, f.value)))

    def add(self, principal: Principal) -> None:
        self.found.principals.append(principal)

    def reads_all(self, who: str, privilege: str, evidence: str) -> None:
        """``who`` may read every table of the platform (a full admin)."""
        for dataset in sorted(self.datasets.values()):
            self.found.grants.append(ReadGrant(self.system, who, dataset, (), privilege, evidence))

    def reads_roles(self, who: str, roles: Iterable[str], privilege: str, evidence: str) -> int:
        """``who`` may read the platform's well-known tables of ``roles`` (``customer``,
        ``order``... in pii_tables.yaml); the number of tables granted."""
        wanted = set(roles)
        tables = load_pii_tables()
        count = 0
        for base, dataset in sorted(self.datasets.items()):
            known = tables.get(self.platform, base)
            if known is not None and known.role in wanted:
                self.found.grants.append(
                    ReadGrant(self.system, who, dataset, (), privilege, evidence)
                )
                count += 1
        return count

    def reads_tables(self, who: str, bases: Iterable[str], privilege: str, evidence: str) -> None:
        """``who`` may read the platform tables ``bases`` (those in the catalog)."""
        for base in sorted(set(bases)):
            dataset = self.datasets.get(base.lower())
            if dataset:
                self.found.grants.append(
                    ReadGrant(self.system, who, dataset, (), privilege, evidence)
                )

    def days_ago(self, when: str | None) -> int | None:
        last = moment(when or "")
        return None if last is None or self.scan_time is None else (self.scan_time - last).days


def when(value: object) -> str | None:
    """A date column as an ISO time; None for NULL, MySQL's zero date or an epoch 0.

    >>> when(1700000000), when("0000-00-00 00:00:00"), when(None)
    ('2023-11-14T22:13:20Z', None, None)
    """
    if isinstance(value, int | float) and not isinstance(value, bool):
        if value <= 0:
            return None
        from datetime import UTC, datetime

        return instant(datetime.fromtimestamp(value, UTC))
    if isinstance(value, str) and value.strip().isdigit():
        return when(int(value.strip()))
    return instant(value)


def latest(*values: str | None) -> str | None:
    """The latest of ISO times (None when there is none)."""
    found = [(m, v) for v in values if v and (m := moment(v)) is not None]
    return max(found)[1] if found else None


def member(role: str, evidence: str) -> Membership:
    return Membership(role, True, evidence)


def password(table: str, column: str, changed: str | None = None, since: str = "") -> Credential:
    """A console login's password: that one is set (its hash is never read) and when, if the
    platform records it."""
    note = f"; set {changed} ({since})" if changed and since else ""
    return Credential(
        "password",
        changed,
        evidence=f"{table}.{column} holds a password hash (never read){note}",
    )


def label(value: object) -> str:
    """A short name from a row (trimmed, at most 80 characters)."""
    return text(value).strip()[:80]
