"""Salesforce access: users, their profile, permission sets and permission set groups, the system
permissions that expose all data, and who may read which object and field (object permissions
and field-level security), read with SOQL over the scan's session (docs/access.md).

Every profile owns a permission set (``IsOwnedByProfile``), and a permission set group is
assigned through its aggregate permission set (``PermissionSetGroupId``), so one query of
PermissionSet holds every source of permissions. Salesforce adds up a user's permissions across
them: an object's Read may come from the profile and a field's Read from a permission set; such
a pair is granted to the user itself (privilege ``Read (combined)``). View All Data and Modify
All Data read every object whatever its object permissions and sharing, but not fields that
field-level security hides.

Only names, flags and dates are read: never a password, a token or a record of the objects.

>>> system_permissions({"PermissionsViewAllData": True, "PermissionsApiEnabled": False})
['View All Data']
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from lineage.core.dates import instant
from lineage.core.model import Credential, Fact, Membership, Principal, ReadGrant

from ..access import INTEGRATION_WORDS, AccessFound
from .client import SETUP_PERMISSION, CallError, PermissionDenied, SalesforceApi, chunks

#: System permissions that expose all data or control who does, with their names in Setup.
PRIVILEGED_PERMISSIONS = {
    "PermissionsViewAllData": "View All Data",
    "PermissionsModifyAllData": "Modify All Data",
    "PermissionsExportReport": "Export Reports",
    "PermissionsApiEnabled": "API Enabled",
    "PermissionsManageUsers": "Manage Users",
    "PermissionsAuthorApex": "Author Apex",
    "PermissionsCustomizeApplication": "Customize Application",
    "PermissionsViewEncryptedData": "View Encrypted Data",
}
#: Recorded (a fact, and in the reason beside others) but not privileged alone: Salesforce's
#: Standard User profile has API Enabled, so it alone would make nearly every user privileged;
#: what such a user reads through the API is what its object and field permissions grant.
NOT_PRIVILEGED_ALONE = frozenset({"API Enabled"})
#: The permissions that read every record of every object.
BROAD = ("View All Data", "Modify All Data")
API_ONLY = "PermissionsApiUserOnly"
#: Fields asked of each object, when its describe lists them (older API versions lack some).
USER_FIELDS = (
    "Id", "Username", "IsActive", "UserType", "ProfileId", "LastLoginDate",
    "LastPasswordChangeDate", "IsPortalEnabled",
)  # fmt: skip
SET_FIELDS = (
    "Id", "Name", "Label", "Type", "IsOwnedByProfile", "ProfileId", "PermissionSetGroupId",
    *PRIVILEGED_PERMISSIONS, API_ONLY,
)  # fmt: skip
ASSIGNMENT_FIELDS = ("AssigneeId", "PermissionSetId", "PermissionSetGroupId", "ExpirationDate")
#: User types of customers of Experience Cloud sites and portals (high-volume licences).
CUSTOMER_TYPES = ("CspLitePortal", "CustomerSuccess", "PowerCustomerSuccess", "SelfService")
#: What is not known when an object may not be read.
UNREAD = {
    "User": "no user is listed",
    "PermissionSet": "no user is listed (what their profiles and permission sets grant is not "
    "known)",
    "Profile": "profiles are named by their permission set's label",
    "PermissionSetGroup": "permission set groups are named by their permission set's label",
    "PermissionSetAssignment": "users' permission sets and groups are not known, only profiles",
    "ObjectPermissions": "which objects each profile and permission set reads is not known "
    "(only View All Data and Modify All Data are)",
    "FieldPermissions": "which fields they read is not known: only fields without field-level "
    "security are counted",
}
SHARING = "sharing decides which records it sees (org-wide defaults, role hierarchy, sharing rules)"
#: Who may read each object this module queries (Salesforce's Object Reference).
NEEDED = {
    "User": "Read on User (every licensed user has it)",
    "Profile": SETUP_PERMISSION,
    "PermissionSet": f"{SETUP_PERMISSION} (or Manage Profiles and Permission Sets)",
    "PermissionSetAssignment": f"{SETUP_PERMISSION} (or Assign Permission Sets)",
    "PermissionSetGroup": SETUP_PERMISSION,
    "ObjectPermissions": SETUP_PERMISSION,
    "FieldPermissions": SETUP_PERMISSION,
}


def system_permissions(row: dict[str, Any]) -> list[str]:
    """The privileged system permissions a PermissionSet row holds, by their Setup names."""
    return [label for name, label in PRIVILEGED_PERMISSIONS.items() if row.get(name) is True]


def _privileged(permissions: Iterable[str]) -> bool:
    """Whether these system permissions make their holder privileged (not API Enabled alone)."""
    return any(p not in NOT_PRIVILEGED_ALONE for p in permissions)


@dataclass
class PermissionSource:
    """A profile, permission set or permission set group, as one principal."""

    name: str
    what: str  # "profile System Administrator", "permission set Sales_Email"
    permissions: list[str]
    api_only: bool
    reads: dict[str, str] = field(default_factory=dict)  # object -> privilege
    fields: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))


class SalesforceAccess:
    """Reads an org's principals and grants for the scanned objects; ``always_readable`` maps an
    object to its fields without field-level security (describe ``permissionable`` false)."""

    def __init__(
        self,
        api: SalesforceApi,
        system_id: str,
        always_readable: dict[str, list[str]],
        compounds: dict[str, list[str]] | None = None,
    ) -> None:
        self.api = api
        #: Compound fields (``Contact.MailingAddress``) and their parts: field-level security
        #: on the compound is on its parts.
        self.compounds = compounds or {}
        self.system_id = system_id
        self.objects = sorted(always_readable)
        self.always = {o: set(f) for o, f in always_readable.items()}
        self.found = AccessFound()
        #: Queries that failed for another reason than a permission (a partial scan).
        self.failed: list[str] = []
        #: Active customer users of Experience Cloud sites, not listed one by one.
        self.customers: int | None = None
        #: The conditions on User that select the users listed (for their assignments too).
        self.user_filter: list[str] = []
        self._fields_of: dict[str, set[str]] = {}

    def read(self) -> AccessFound:
        """Principals and read grants; what may not be read is ``unread`` (a ConnectorError,
        the session or API limit failing, propagates)."""
        users = self._users()
        sets = self._query("PermissionSet", SET_FIELDS, order=" ORDER BY Name")
        if users is None or sets is None:
            return self.found
        profiles = {
            str(r.get("Id"))[:15]: str(r.get("Name") or "")
            for r in self._query("Profile", ("Id", "Name")) or []
        }
        groups = {
            str(r.get("Id"))[:15]: str(r.get("DeveloperName") or r.get("MasterLabel") or "")
            for r in self._query("PermissionSetGroup", ("Id", "DeveloperName", "MasterLabel")) or []
        }
        assignees = " AND ".join(f"Assignee.{w}" for w in self.user_filter)
        assignments = (
            self._query(
                "PermissionSetAssignment",
                ASSIGNMENT_FIELDS,
                f" WHERE {assignees}" if assignees else "",
            )
            or []
        )
        sources = {str(r["Id"])[:15]: self._source(r, profiles, groups) for r in sets}
        self._object_permissions(sources)
        self._field_permissions(sources)
        held: dict[str, list[tuple[PermissionSource, str]]] = defaultdict(list)
        by_group = {
            str(r.get("PermissionSetGroupId"))[:15]: sources[str(r["Id"])[:15]]
            for r in sets
            if r.get("PermissionSetGroupId")
        }
        for a in assignments:
            source = sources.get(str(a.get("PermissionSetId"))[:15]) or by_group.get(
                str(a.get("PermissionSetGroupId"))[:15]
            )
            if source is not None:
                until = a.get("ExpirationDate")
                note = f", expires {instant(until) or until}" if until else ""
                held[str(a.get("AssigneeId"))[:15]].append(
                    (source, f"PermissionSetAssignment: {source.what} is assigned{note}")
                )
        by_profile = {
            str(r.get("ProfileId"))[:15]: sources[str(r["Id"])[:15]]
            for r in sets
            if r.get("IsOwnedByProfile") and r.get("ProfileId")
        }
        members = set()
        for user in users:
            uid = str(user.get("Id"))[:15]
            profile = by_profile.get(str(user.get("ProfileId"))[:15])
            mine = held[uid]
            if profile is not None and all(s is not profile for s, _ in mine):
                mine.insert(0, (profile, f"User.ProfileId: {profile.what}"))
            members |= {s.name for s, _ in mine}
            self.found.principals.append(self._user(user, mine))
            self.found.grants += self._combined(user, [s for s, _ in mine])
        for source in sources.values():
            self.found.principals.append(self._source_principal(source, source.name in members))
            self.found.grants += self._grants(source)
        return self.found

    # --- queries ----------------------------------------------------------------------------

    def _query(
        self, obj: str, wanted: Sequence[str], where: str = "", order: str = ""
    ) -> list[dict[str, Any]] | None:
        """The records of ``obj`` with those of ``wanted`` its describe lists (``where`` may use
        ``{field}`` placeholders only for fields it lists: a condition on a missing field is
        dropped); None when it could not be read, with an ``unread`` note naming the permission
        needed, or a ``failed`` one for another error."""
        try:
            names = [n for n in wanted if n in self._described(obj)]
            if not names:
                return []
            soql = f"SELECT {', '.join(names)} FROM {obj}{where}{order}"
            return self.api.query(soql, obj)
        except PermissionDenied as exc:
            self.found.unread.append(
                f"{obj}: the scan identity may not read it ({exc.reason}); it needs "
                f"{NEEDED.get(obj, SETUP_PERMISSION)}, so {UNREAD.get(obj, 'it is not known')}"
            )
        except CallError as exc:
            self.failed.append(f"{obj}: {exc.reason}; {UNREAD.get(obj, 'it is not known')}")
        return None

    def _described(self, obj: str) -> set[str]:
        """The names of ``obj``'s fields, from its describe (asked once)."""
        if obj not in self._fields_of:
            fields = self.api.describe(obj).get("fields") or []
            self._fields_of[obj] = {str(f.get("name")) for f in fields}
        return self._fields_of[obj]

    def _users(self) -> list[dict[str, Any]] | None:
        """Active users, but customers of Experience Cloud sites (counted in a fact: they may be
        millions, each reading what sharing sets give it)."""
        try:
            described = self._described("User")
        except CallError:
            described = set()  # _query below records why
        where = []
        if "IsActive" in described:
            where.append("IsActive = true")
        if "UserType" in described:
            types = ", ".join(f"'{t}'" for t in CUSTOMER_TYPES)
            where.append(f"UserType NOT IN ({types})")
            customers = " AND ".join([*where[:-1], f"UserType IN ({types})"])
            try:
                self.customers = self.api.count(
                    f"SELECT COUNT() FROM User WHERE {customers}", "User"
                )
            except CallError:
                self.customers = None
        self.user_filter = where
        clause = f" WHERE {' AND '.join(where)}" if where else ""
        return self._query("User", USER_FIELDS, clause, " ORDER BY Username")

    def _in_objects(self, obj: str, fields: Sequence[str], extra: str = "") -> list[dict[str, Any]]:
        rows: list[dict[str, Any]] = []
        for chunk in chunks([f"'{o}'" for o in self.objects], 8000):
            found = self._query(obj, fields, f" WHERE SobjectType IN ({','.join(chunk)}){extra}")
            if found is None:
                return rows
            rows += found
        return rows

    def _object_permissions(self, sources: dict[str, PermissionSource]) -> None:
        if not self.objects:
            return
        fields = ("ParentId", "SobjectType", "PermissionsRead", "PermissionsViewAllRecords",
                  "PermissionsModifyAllRecords")  # fmt: skip
        for r in self._in_objects("ObjectPermissions", fields):
            source = sources.get(str(r.get("ParentId"))[:15])
            if source is None:
                continue
            obj = str(r.get("SobjectType"))
            if r.get("PermissionsModifyAllRecords"):
                source.reads[obj] = "Modify All Records"
            elif r.get("PermissionsViewAllRecords"):
                source.reads[obj] = "View All Records"
            elif r.get("PermissionsRead"):
                source.reads[obj] = "Read"

    def _field_permissions(self, sources: dict[str, PermissionSource]) -> None:
        if not self.objects:
            return
        fields = ("ParentId", "SobjectType", "Field", "PermissionsRead")
        for r in self._in_objects("FieldPermissions", fields, " AND PermissionsRead = true"):
            source = sources.get(str(r.get("ParentId"))[:15])
            obj, _, name = str(r.get("Field") or "").partition(".")
            if source is not None and name and r.get("PermissionsRead"):
                source.fields[obj].add(name)
                source.fields[obj].update(self.compounds.get(f"{obj}.{name}", ()))

    # --- principals -------------------------------------------------------------------------

    def _source(
        self, row: dict[str, Any], profiles: dict[str, str], groups: dict[str, str]
    ) -> PermissionSource:
        label = str(row.get("Label") or row.get("Name") or row.get("Id"))
        if row.get("IsOwnedByProfile"):
            profile = profiles.get(str(row.get("ProfileId"))[:15]) or label
            name, what = f"profile:{profile}", f"profile {profile}"
        elif row.get("PermissionSetGroupId"):
            group = groups.get(str(row.get("PermissionSetGroupId"))[:15]) or label
            name, what = f"permission set group:{group}", f"permission set group {group}"
        else:
            name, what = f"permission set:{row.get('Name') or label}", f"permission set {label}"
        return PermissionSource(name, what, system_permissions(row), row.get(API_ONLY) is True)

    def _source_principal(self, source: PermissionSource, assigned: bool) -> Principal:
        reasons = [f"{p} ({source.what})" for p in source.permissions]
        facts = []
        if source.api_only:
            facts.append(Fact("api_only", "yes", f"PermissionsApiUserOnly in {source.what}"))
        if "API Enabled" in source.permissions:
            facts.append(Fact("api_enabled", "yes", f"PermissionsApiEnabled in {source.what}"))
        return Principal(
            self.system_id,
            source.name,
            "group" if assigned else "role",
            "cannot_log_in",
            _privileged(source.permissions),
            "; ".join(reasons) if _privileged(source.permissions) else "",
            last_login_evidence="a profile or permission set does not log in",
            credential=Credential("cannot_log_in", evidence="PermissionSet: assigned to users"),
            facts=tuple(facts),
        )

    def _user(self, user: dict[str, Any], sources: list[tuple[PermissionSource, str]]) -> Principal:
        username = str(user.get("Username") or user.get("Id"))
        user_type = str(user.get("UserType") or "")
        permissions: dict[str, list[str]] = defaultdict(list)
        for source, _ in sources:
            for p in source.permissions:
                permissions[p].append(source.what)
        api_only = [s.what for s, _ in sources if s.api_only]
        reasons = [f"{p} ({', '.join(w)})" for p, w in permissions.items()]
        facts = [Fact("user_type", user_type, "User.UserType")] if user_type else []
        if api_only:
            facts.append(Fact("api_only", "yes", f"PermissionsApiUserOnly in {api_only[0]}"))
        if "API Enabled" in permissions:
            via = permissions["API Enabled"][0]
            facts.append(Fact("api_enabled", "yes", f"PermissionsApiEnabled in {via}"))
        if "Modify All Data" in permissions:
            facts.append(
                Fact("full_admin", "yes", f"Modify All Data ({permissions['Modify All Data'][0]})")
            )
        broad = [p for p in BROAD if p in permissions]
        if broad:
            facts.append(Fact("broad_access", ", ".join(broad), "; ".join(reasons)))
            named = sorted({o for s, _ in sources for o in s.reads})
            facts.append(
                Fact(
                    "objects_granted",
                    f"{len(named)} of {len(self.objects)} scanned objects"
                    + (f": {', '.join(named)}" if named else ""),
                    "ObjectPermissions: the scanned objects its profile and permission sets grant "
                    "by name, besides what " + " and ".join(broad) + " reach",
                )
            )
        if user.get("IsPortalEnabled"):
            facts.append(Fact("portal", "yes", "User.IsPortalEnabled: an Experience Cloud user"))
        if user_type == "Guest":
            facts.append(
                Fact("anonymous", "yes", "User.UserType Guest: anyone visiting the site uses it")
            )
        active = user.get("IsActive") is not False  # only active users are asked for
        last = instant(user.get("LastLoginDate"))
        kind = (
            "integration"
            if api_only or INTEGRATION_WORDS.search(username.split("@")[0])
            else "account"
            if user_type == "Guest"
            else "person"
        )
        return Principal(
            self.system_id,
            username,
            kind,
            "active" if active else "locked",
            _privileged(permissions),
            "; ".join(reasons) if _privileged(permissions) else "",
            last_login=last,
            last_login_evidence="User.LastLoginDate"
            if last
            else "never logged in (User.LastLoginDate is empty)"
            if "LastLoginDate" in user
            else "the org's User has no LastLoginDate field",
            credential=_credential(user, bool(api_only)),
            member_of=tuple(Membership(s.name, True, why) for s, why in sources),
            facts=tuple(sorted(facts, key=lambda f: f.name)),
        )

    # --- grants -----------------------------------------------------------------------------

    def _readable(self, source: PermissionSource) -> dict[str, str]:
        """Object -> privilege by which ``source`` reads it (View All Data reads them all)."""
        broad = next((p for p in reversed(BROAD) if p in source.permissions), None)
        if broad:
            return dict.fromkeys(self.objects, broad)
        return {o: p for o, p in source.reads.items() if o in self.always}

    def _grants(self, source: PermissionSource) -> list[ReadGrant]:
        grants = []
        for obj, privilege in sorted(self._readable(source).items()):
            fields = self.always[obj] | source.fields.get(obj, set())
            flagged = sorted(source.fields.get(obj, set()))
            evidence = (
                f"{privilege} in {source.what}"
                + ("" if privilege in BROAD else f" (ObjectPermissions on {obj})")
                + (
                    f"; field-level security reads {', '.join(flagged)} (FieldPermissions)"
                    if flagged
                    else "; no field-level security grant on it: only fields without one"
                )
            )
            rows = "" if privilege != "Read" else SHARING
            grants.append(
                ReadGrant(
                    self.system_id,
                    source.name,
                    obj,
                    tuple(sorted(fields)),
                    privilege,
                    evidence,
                    rows,
                )
            )
        return grants

    def _combined(
        self, user: dict[str, Any], sources: Iterable[PermissionSource]
    ) -> list[ReadGrant]:
        """Fields a user reads only because one source grants the object and another the field."""
        sources = list(sources)
        grants = []
        username = str(user.get("Username") or user.get("Id"))
        for obj in self.objects:
            readers = [(s, self._readable(s).get(obj)) for s in sources]
            readers = [(s, p) for s, p in readers if p]
            if not readers:
                continue
            covered = set().union(*(s.fields.get(obj, set()) for s, _ in readers))
            extra = {
                (f, s.what) for s in sources for f in s.fields.get(obj, set()) if f not in covered
            }
            if not extra:
                continue
            names = sorted({f for f, _ in extra})
            via = sorted({w for _, w in extra})
            privilege = readers[0][1] or "Read"
            evidence = (
                f"{privilege} on {obj} in {readers[0][0].what}; field-level security reads "
                f"{', '.join(names)} in {', '.join(via)} (Salesforce adds permissions up across "
                "a user's profile and permission sets)"
            )
            rows = "" if privilege != "Read" else SHARING
            grants.append(
                ReadGrant(
                    self.system_id, username, obj, tuple(names), "Read (combined)", evidence, rows
                )
            )
        return grants


def _credential(user: dict[str, Any], api_only: bool) -> Credential:
    """How the user logs in, as far as the API says: the date its password was last set (never
    the password), API only, or a site's guest user."""
    if user.get("UserType") == "Guest":
        return Credential("guest", evidence="User.UserType Guest: no login, anyone on the site")
    changed = instant(user.get("LastPasswordChangeDate"))
    how = (
        "API only (PermissionsApiUserOnly): logs in to the API, never to the UI; "
        if api_only
        else ""
    )
    if changed:
        return Credential(
            "password",
            changed,
            evidence=f"{how}User.LastPasswordChangeDate: a password was set or reset (only its "
            "date was read)",
        )
    return Credential(
        "oauth" if api_only else "unknown",
        evidence=f"{how}no password was ever set (User.LastPasswordChangeDate is empty): "
        "single sign-on or OAuth only"
        if "LastPasswordChangeDate" in user
        else f"{how}the org's User has no LastPasswordChangeDate field",
    )


def read_salesforce_access(
    api: SalesforceApi,
    system_id: str,
    always_readable: dict[str, list[str]],
    compounds: dict[str, list[str]] | None = None,
) -> SalesforceAccess:
    """The org's principals and read grants on the scanned objects (see the module doc): the
    reader, its ``found`` filled, with ``failed`` and ``customers``."""
    reader = SalesforceAccess(api, system_id, always_readable, compounds)
    reader.read()
    return reader
