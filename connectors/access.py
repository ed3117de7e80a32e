"""What a connector reports of access to its system: accounts, roles and API keys
(:class:`~lineage.core.model.Principal`) and who may read which dataset
(:class:`~lineage.core.model.ReadGrant`), read from the system's own catalogs with the scan's
read-only session (docs/access.md). Never a password, its hash, a key or a token: only that one
exists, its kind and its age.

>>> principal_kind("svc_etl", can_log_in=True), principal_kind("jane", can_log_in=True)
('integration', 'account')
>>> principal_kind("reporting", can_log_in=False, has_members=True)
'group'
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from lineage.core.model import Principal, ReadGrant

#: Words in a login's name that say a program uses it, not a person (``svc_etl``,
#: ``shop-app``, ``replicator``); a login named otherwise is an ``account`` of unknown use.
INTEGRATION_WORDS = re.compile(
    r"(^|[^a-z])(app|apps|svc|service|etl|sync|integration|api|bot|replicat\w*|backup|"
    r"monitor\w*|exporter|airflow|dbt|fivetran|stitch|debezium|connector|job|batch|cron)"
    r"([^a-z]|$)",
    re.I,
)


def principal_kind(name: str, can_log_in: bool, has_members: bool = False) -> str:
    """``integration`` for a login whose name says a program uses it, ``account`` for another
    login, ``group`` for a role with members and ``role`` for one without."""
    if not can_log_in:
        return "group" if has_members else "role"
    return "integration" if INTEGRATION_WORDS.search(name) else "account"


@dataclass
class AccessFound:
    """A system's principals and read grants, and what could not be read for want of a
    privilege: sentences naming the catalog and the grant needed, which become the system's
    ``access.unread`` facts (the access review is then incomplete; the scan is not partial)."""

    principals: list[Principal] = field(default_factory=list)
    grants: list[ReadGrant] = field(default_factory=list)
    unread: list[str] = field(default_factory=list)
