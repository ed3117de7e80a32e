"""What the scan identity may see: its View All Data and Modify All Data permissions.

describeGlobal and describe list only the objects and fields the identity's profile and
permission sets let it see, so an object hidden from it is simply absent from the scan. Unless
the identity holds View All Data, the scan says so: a ``partial`` issue, and the
``grants.view_all_data`` fact on the system.

The identity's User Id comes from the OpenID Connect UserInfo endpoint (or, when that is
refused and the login names a username, from ``SELECT Id FROM User WHERE Username = ...``); its
permissions from its permission set assignments (every profile owns a permission set, so the
profile's are among them):

``SELECT PermissionSet.PermissionsViewAllData, PermissionSet.PermissionsModifyAllData
FROM PermissionSetAssignment WHERE AssigneeId = '<id>'``

>>> grant_value(True), grant_value(False)
('yes', 'no')
"""

from __future__ import annotations

from typing import Any

from lineage.core.model import Fact, ScanIssue

from .client import CallError, SalesforceApi

LACKS_VIEW_ALL = (
    "the scan identity lacks View All Data: objects and fields its profile and permission sets "
    "hide are not listed; grant View All Data (or a permission set with it) to scan everything"
)
_PERMISSIONS = {
    "view_all_data": "PermissionsViewAllData",
    "modify_all_data": "PermissionsModifyAllData",
}


def grant_value(held: bool) -> str:
    return "yes" if held else "no"


def read_access(
    api: SalesforceApi, system_id: str, username: str = ""
) -> tuple[list[Fact], list[ScanIssue]]:
    """``grants.*`` facts on the scan identity's system permissions, and the one ``partial``
    issue when it lacks View All Data or its permissions could not be read.

    A ConnectorError (session expired, API limit, org unreachable) propagates."""
    try:
        user, how = _user_id(api, username)
        fields = ", ".join(f"PermissionSet.{p}" for p in _PERMISSIONS.values())
        rows = api.query(
            f"SELECT PermissionSet.Name, {fields} FROM PermissionSetAssignment "
            f"WHERE AssigneeId = '{user}'",
            "PermissionSetAssignment",
        )
    except CallError as exc:
        return [], [
            ScanIssue(
                system_id,
                "partial",
                f"the scan identity's permissions could not be read ({exc.reason}), so whether "
                "it sees every object and field is not known: objects and fields its profile "
                "and permission sets hide are not listed; grant View All Data (or a permission "
                "set with it) to scan everything, and let it read PermissionSetAssignment and "
                "PermissionSet.",
            )
        ]
    sets: list[dict[str, Any]] = [
        r["PermissionSet"] for r in rows if isinstance(r.get("PermissionSet"), dict)
    ]
    evidence = (
        f"PermissionSetAssignment of the scan identity ({how}): {len(sets)} permission set(s) "
        "incl. its profile's"
    )
    facts = []
    held: dict[str, bool] = {}
    for name, field in _PERMISSIONS.items():
        granting = sorted(str(s.get("Name") or "?") for s in sets if s.get(field) is True)
        held[name] = bool(granting)
        why = f"{evidence}; {field} in: {', '.join(granting)}" if granting else evidence
        facts.append(Fact(f"grants.{name}", grant_value(held[name]), why))
    issues = []
    if not held["view_all_data"]:
        issues.append(ScanIssue(system_id, "partial", LACKS_VIEW_ALL + "."))
    return facts, issues


def _user_id(api: SalesforceApi, username: str) -> tuple[str, str]:
    """The identity's User Id and how it was found."""
    try:
        return api.user_id(), "User Id from /services/oauth2/userinfo"
    except CallError as first:
        if not username:
            raise CallError(f"userinfo: {first.reason}") from None
    escaped = username.replace("\\", "\\\\").replace("'", "\\'")
    rows: list[dict[str, Any]] = api.query(
        f"SELECT Id FROM User WHERE Username = '{escaped}'", "User"
    )
    if not rows or not isinstance(rows[0].get("Id"), str):
        raise CallError(f"no User with the login's username ({username})")
    return str(rows[0]["Id"]), "User Id from the login's username"
