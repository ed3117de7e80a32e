"""Objects and fields of an org: describe, Tooling FieldDefinition, record counts, samples.

Per object the scan makes at most four calls besides the shared ones: its describe, one Tooling
FieldDefinition query (data classification and history tracking), ``SELECT MIN(CreatedDate)``
and one bounded sampling query (more only when hundreds of fields overflow one query).

>>> wanted({"name": "ContactHistory", "queryable": True, "retrieveable": True,
...         "associateEntityType": "History"}, [], [])
False
"""

from __future__ import annotations

import fnmatch
import logging
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from lineage.core.dates import instant
from lineage.core.errors import ConnectorError
from lineage.core.ids import dataset_id, field_id
from lineage.core.model import (
    OLDEST_RECORD_NOT_READ,
    Control,
    Dataset,
    Field,
    ForeignKey,
    ScanIssue,
    Status,
)

from ..base import UNREAD
from .client import (
    SETUP_PERMISSION,
    ApiLimitReached,
    CallError,
    PermissionDenied,
    SalesforceApi,
    chunks,
)

log = logging.getLogger(__name__)

#: Associate objects that copy or annotate a parent's records; not scanned as data objects.
ASSOCIATED = ("History", "Share", "Feed", "ChangeEvent")
#: Setup objects read as third parties (thirdparty.py) or for the access review
#: (principals.py), not scanned as data.
SETUP_OBJECTS = frozenset(
    {
        "NamedCredential",
        "ExternalDataSource",
        "ConnectedApplication",
        "OauthToken",
        "PermissionSet",
        "PermissionSetAssignment",
        "PermissionSetGroup",
        "Profile",
        "ObjectPermissions",
        "FieldPermissions",
    }
)
#: Data Protection and Privacy objects: consent and the person behind contacts and leads.
PRIVACY_OBJECTS = (
    "Individual",
    "ContactPointEmail",
    "ContactPointPhone",
    "ContactPointAddress",
    "ContactPointConsent",
    "ContactPointTypeConsent",
    "DataUsePurpose",
)
#: Field types whose values are sampled. Ids, references, numbers, booleans, binary data and
#: compound parents (their components are sampled) say nothing a classifier can use.
SAMPLED_TYPES = frozenset(
    {
        "string",
        "textarea",
        "email",
        "phone",
        "url",
        "combobox",
        "picklist",
        "multipicklist",
        "date",
        "datetime",
    }
)
#: Set on the person accounts of an org that has them (Account.IsPersonAccount).
PERSON_FLAG = "IsPersonAccount"
#: Fields sampled from business accounts only: a person account's Name is the person's name,
#: held in its FirstName and LastName. An Account's Name is an organisation's (``nameOf``).
BUSINESS_ONLY = frozenset({"Name"})
#: Audit timestamps every object has: never personal data, so never sampled.
SYSTEM_FIELDS = frozenset(
    {
        "CreatedDate",
        "LastModifiedDate",
        "SystemModstamp",
        "LastActivityDate",
        "LastViewedDate",
        "LastReferencedDate",
    }
)
#: What is known of an object's storage encryption (fields may know more).
DATASET_AT_REST = Control(
    Status.UNKNOWN, ("Salesforce storage encryption is not visible through the API",)
)
#: Longest prefix of any sampled value kept in memory (as for the SQL connectors).
MAX_VALUE_LENGTH = 256
#: Records read per object are ``sample_size * ROW_FACTOR``, so sparse fields still get values.
ROW_FACTOR = 3
#: One query page; more records than this are never read for sampling.
MAX_SAMPLE_ROWS = 2000
#: Longest SOQL text sent in one sampling query (the URL limit is about 16 KB).
MAX_SOQL_CHARS = 8000
#: Start of the not-scanned reason of every object left unread when the scan of the org stopped.
STOPPED = "not read: "
_FIELD_DEFINITION = (
    "SELECT QualifiedApiName, DataType, SecurityClassification, ComplianceGroup, "
    "BusinessOwnerId, BusinessStatus, IsFieldHistoryTracked, IsCalculated, Description "
    "FROM FieldDefinition WHERE EntityDefinition.QualifiedApiName = '{name}'"
)
_CLASSIFICATION = (
    "SecurityClassification",
    "ComplianceGroup",
    "BusinessOwnerId",
    "BusinessStatus",
    "Description",
    "DataType",
)
#: What a component of a compound field (``MailingCity`` of ``MailingAddress``, ``FirstName`` of
#: ``Name``) takes from its parent: a real org has FieldDefinition rows, so classification and
#: history tracking, only for the parent; the parts are EntityParticles.
INHERITED = (
    "SecurityClassification",
    "ComplianceGroup",
    "BusinessOwnerId",
    "BusinessStatus",
    "IsFieldHistoryTracked",
)
#: Error codes of a query an object refuses without a filter on an Id (Vote, ContentDocumentLink,
#: ...): ``MALFORMED_QUERY: Implementation restriction: ... requires a filter by ...``.
_FILTER_CODES = ("MALFORMED_QUERY", "INVALID_QUERY_FILTER_OPERATOR")
_FILTER_ERROR = re.compile(rf"(?P<code>{'|'.join(_FILTER_CODES)}): (?P<message>.*)")
#: Start of the note of an object whose records cannot be read without a filter.
REQUIRES_FILTER = "not sampled: the object requires a filter"


def wanted(sobject: Mapping[str, Any], include: list[str], exclude: list[str]) -> bool:
    """A queryable data object, not a History/Share/Feed/ChangeEvent, matching include/exclude."""
    name = str(sobject.get("name") or "")
    if not (sobject.get("queryable") and sobject.get("retrieveable")):
        return False
    if sobject.get("deprecatedAndHidden") or sobject.get("customSetting"):
        return False
    if name in SETUP_OBJECTS:
        return False
    if "associateEntityType" in sobject:
        if sobject.get("associateEntityType"):
            return False
    elif name.endswith(ASSOCIATED):  # an API version before v50 has no associateEntityType
        return False
    if include and not any(fnmatch.fnmatchcase(name, p) for p in include):
        return False
    return not any(fnmatch.fnmatchcase(name, p) for p in exclude)


def requires_filter(reason: str) -> str:
    """The error in a failed query's reason that says the object cannot be queried without a
    filter, or ``""``.

    >>> requires_filter("MIN(CreatedDate) of Vote: MALFORMED_QUERY: Implementation restriction: "
    ...                 "When querying the Vote object, you must filter using ...")[:38]
    'MALFORMED_QUERY: Implementation restri'
    >>> requires_filter("MALFORMED_QUERY: unexpected token: FROM")
    ''
    """
    found = _FILTER_ERROR.search(reason)
    if found is None or "filter" not in found["message"].lower():
        return ""
    if found["code"] == "MALFORMED_QUERY" and "implementation restriction" not in (
        found["message"].lower()
    ):
        return ""
    return found[0]


def inherit_from_compounds(platform: Mapping[str, dict[str, str]]) -> None:
    """Give each compound part its parent's classification and history tracking (in place).

    ``platform`` maps the field names of one object to their platform metadata. A part's own
    value, when the org has one, is kept.

    >>> p = {"MailingAddress": {"ComplianceGroup": "PII", "IsFieldHistoryTracked": "true"},
    ...      "MailingCity": {"compoundFieldName": "MailingAddress"}}
    >>> inherit_from_compounds(p)
    >>> p["MailingCity"]["ComplianceGroup"], p["MailingCity"]["IsFieldHistoryTracked"]
    ('PII', 'true')
    >>> p["MailingCity"]["inheritedFrom"]
    'MailingAddress'
    """
    for values in platform.values():
        parent = platform.get(values.get("compoundFieldName", ""))
        if parent is None:
            continue
        taken = [k for k in INHERITED if k in parent and values.get(k) in (None, "", "false")]
        for key in taken:
            values[key] = parent[key]
        if taken:
            values["inheritedFrom"] = values["compoundFieldName"]


def history_objects(sobjects: Iterable[Mapping[str, Any]]) -> dict[str, str]:
    """Parent object name to the name of its History object (``Opportunity`` has
    ``OpportunityFieldHistory``)."""
    found: dict[str, str] = {}
    for s in sobjects:
        if s.get("associateEntityType") == "History" and s.get("associateParentEntity"):
            found.setdefault(str(s["associateParentEntity"]), str(s["name"]))
    return found


def history_name(name: str) -> str:
    """The usual History object of an object, when describeGlobal does not name it.

    >>> history_name("Contact"), history_name("Loyalty__c")
    ('ContactHistory', 'Loyalty__History')
    """
    return name.removesuffix("__c") + "__History" if name.endswith("__c") else f"{name}History"


@dataclass
class ObjectResult:
    """What the scan of one sObject found."""

    dataset: Dataset
    fields: list[Field] = field(default_factory=list)
    platform: dict[str, dict[str, str]] = field(default_factory=dict)
    samples: dict[str, tuple[object, ...]] = field(default_factory=dict, repr=False)
    issues: list[ScanIssue] = field(default_factory=list)
    history_tracked: list[str] = field(default_factory=list)
    encrypted: list[str] = field(default_factory=list)
    #: Fields without field-level security (describe ``permissionable`` false: Id, required and
    #: system fields): whoever may read the object reads them.
    always_readable: list[str] = field(default_factory=list)


class ObjectScanner:
    """Scans one object at a time; remembers when the identity may not read FieldDefinition."""

    def __init__(
        self,
        api: SalesforceApi,
        system_id: str,
        sample_size: int,
        counts: Mapping[str, int],
        issues: list[ScanIssue],
    ) -> None:
        self.api = api
        self.system_id = system_id
        self.sample_size = sample_size
        self.counts = counts
        #: System-level issues (one per missing Tooling permission, not one per object).
        self.issues = issues
        #: FieldDefinition was refused once: not asked again for the other objects.
        self.classification_denied = False
        #: What stopped the scan mid-way (the API request limit, an expired session, a lost
        #: connection): no more calls are made, the objects left are listed as not scanned.
        self.stopped: ConnectorError | None = None

    def scan(self, name: str, label: str = "", retention: str | None = None) -> ObjectResult:
        """One object's dataset, fields, classification, oldest record and samples. Once the
        scan of the org stopped (:attr:`stopped`), this and every later object is listed as not
        scanned, without a call."""
        base = self._base(name, label, retention)
        if self.stopped is not None:
            reason = stop_reason(self.stopped, "before")
            return ObjectResult(Dataset(scanned=False, not_scanned_reason=reason, **base))
        result = ObjectResult(Dataset(**base))
        try:
            return self._scan(name, base, result)
        except ConnectorError as exc:
            self.stopped = exc
            # What describe gave is kept (fields and types); the records were not read.
            reason = stop_reason(exc, "while")
            result.dataset = Dataset(scanned=False, not_scanned_reason=reason, **base)
            result.samples = {}
            return result

    def _base(self, name: str, label: str, retention: str | None) -> dict[str, Any]:
        count = self.counts.get(name)
        return dict(
            system=self.system_id,
            name=name,
            kind="sobject",
            comment=label,
            row_count=count,
            row_count_evidence=f"limits/recordCount?sObjects={name}" if count is not None else "",
            primary_key=("Id",),
            retention_policy=retention,
            at_rest=DATASET_AT_REST,
        )

    def _scan(self, name: str, base: dict[str, Any], result: ObjectResult) -> ObjectResult:
        try:
            describe = self.api.describe(name) or {}
        except CallError as exc:
            reason = self._reason(exc, f"describe {name}", f"Read on {name}")
            return ObjectResult(
                Dataset(scanned=False, not_scanned_reason=reason, **base),
                issues=[ScanIssue(dataset_id(self.system_id, name), "not_scanned", reason)],
            )
        described = [f for f in describe.get("fields") or [] if f.get("name")]
        definitions = self._field_definitions(name, described)
        by_name: dict[str, dict[str, str]] = {}
        for position, info in enumerate(described, start=1):
            f, platform = describe_field(self.system_id, name, info, position)
            platform.update(definitions.get(f.name, {}))
            if f.at_rest.status is Status.OK:
                result.encrypted.append(f.name)
            result.fields.append(f)
            result.platform[f.id] = by_name[f.name] = platform
        inherit_from_compounds(by_name)
        result.always_readable = [
            str(f["name"]) for f in described if f.get("permissionable") is False
        ]
        if name == "Account" and "Name" in by_name:
            by_name["Name"]["nameOf"] = "organisation"  # see BUSINESS_ONLY
        result.history_tracked = [
            n for n, p in by_name.items() if p.get("IsFieldHistoryTracked") == "true"
        ]
        oldest, oldest_evidence = self._oldest(name, described)
        reason = note = ""
        refused = requires_filter(oldest_evidence) if oldest is None else ""
        if refused:
            note = filter_note(name, refused)
            oldest_evidence = f"{OLDEST_RECORD_NOT_READ}{note}"
        elif self.sample_size > 0:
            try:
                result.samples = self._samples(name, described)
            except CallError as exc:
                if requires_filter(exc.reason):
                    note = filter_note(name, requires_filter(exc.reason))
                else:
                    reason = self._reason(exc, f"sampling {name}", f"Read on {name}")
                    result.issues.append(
                        ScanIssue(dataset_id(self.system_id, name), "not_scanned", reason)
                    )
        if note:  # the object is listed, its fields are classified from their metadata
            result.issues.append(ScanIssue(dataset_id(self.system_id, name), "partial", note))
        elif oldest is None and oldest_evidence and not reason:  # one issue per unread object
            result.issues.append(
                ScanIssue(dataset_id(self.system_id, name), "partial", oldest_evidence)
            )
        result.dataset = Dataset(
            foreign_keys=foreign_keys(described),
            oldest_record=oldest,
            oldest_record_evidence=oldest_evidence,
            scanned=not reason,
            not_scanned_reason=reason,
            **base,
        )
        return result

    @staticmethod
    def _reason(exc: CallError, what: str, permission: str) -> str:
        if isinstance(exc, PermissionDenied):
            return f"{what}: {exc.reason}; the scan identity needs {permission} (or View All Data)"
        return f"{what} failed: {exc.reason}"

    def _field_definitions(
        self, name: str, described: list[dict[str, Any]]
    ) -> dict[str, dict[str, str]]:
        """Data classification and history tracking per field name, from Tooling
        FieldDefinition. A lookup's row may be named by its relationship (``Account`` for
        ``AccountId``, as in its DurableId ``Contact.Account``); rows of no described field
        (``CompareName``, ``OwnerAlias``) are dropped."""
        if self.classification_denied:
            return {}
        soql = _FIELD_DEFINITION.format(name=name.replace("'", ""))
        try:
            records = self.api.query(soql, f"FieldDefinition of {name}", tooling=True)
        except PermissionDenied as exc:
            self.classification_denied = True
            self.issues.append(
                ScanIssue(
                    self.system_id,
                    "missing_permission",
                    f"Tooling FieldDefinition: {exc.reason}; the scan identity needs "
                    f"'{SETUP_PERMISSION}'. Data classification (ComplianceGroup, "
                    "SecurityClassification, data owner) and field history tracking were not read.",
                )
            )
            return {}
        except CallError as exc:
            self.issues.append(
                ScanIssue(
                    dataset_id(self.system_id, name),
                    "partial",
                    f"Tooling FieldDefinition of {name} failed: {exc.reason}; its data "
                    "classification and history tracking were not read.",
                )
            )
            return {}
        names = {str(f["name"]) for f in described}
        by_relationship = {
            str(f["relationshipName"]): str(f["name"])
            for f in described
            if f.get("type") == "reference" and f.get("relationshipName")
        }
        out: dict[str, dict[str, str]] = {}
        for r in records:
            qualified = str(r.get("QualifiedApiName"))
            field_name = qualified if qualified in names else by_relationship.get(qualified)
            if field_name is None:
                continue
            values = {k: _text(r.get(k)) for k in _CLASSIFICATION if r.get(k) not in (None, "")}
            if r.get("IsFieldHistoryTracked") is not None:
                values["IsFieldHistoryTracked"] = _text(r["IsFieldHistoryTracked"])
            out[field_name] = values
        return out

    def _oldest(self, name: str, described: list[dict[str, Any]]) -> tuple[str | None, str]:
        """``(oldest CreatedDate, evidence)``; ``(None, "")`` when there is none to read (no
        CreatedDate, no record), ``(None, "oldest record not read: ...")`` when the query
        failed, so the retention check says unknown instead of "nothing dates its records"."""
        if not any(f.get("name") == "CreatedDate" for f in described):
            return None, ""
        soql = f"SELECT MIN(CreatedDate) FROM {name}"
        try:
            records = self.api.query(soql, f"oldest record of {name}")
        except CallError as exc:
            return None, f"{OLDEST_RECORD_NOT_READ}MIN(CreatedDate) of {name}: {exc.reason}"
        values = [v for r in records[:1] for k, v in r.items() if k != "attributes"]
        if not values or values[0] is None:
            return None, ""
        oldest = instant(values[0])
        if oldest is None:  # written normalised or not at all, never as the API sent it
            return None, f"{OLDEST_RECORD_NOT_READ}MIN(CreatedDate) of {name} is not a date"
        return oldest, soql

    def _samples(self, name: str, described: list[dict[str, Any]]) -> dict[str, tuple[object, ...]]:
        """Up to ``sample_size`` non-empty values per sampleable field, in memory only."""
        columns = [str(f["name"]) for f in described if sampled(f)]
        rows = min(self.sample_size * ROW_FACTOR, MAX_SAMPLE_ROWS)
        out: dict[str, list[object]] = {c: [] for c in columns}
        # A person-account org: a person's Account.Name repeats FirstName and LastName; Name is
        # sampled from business accounts only, the person's fields hold the personal data.
        person = any(f.get("name") == PERSON_FLAG for f in described)
        for chunk in chunks(columns, MAX_SOQL_CHARS, ", "):
            selected = [*chunk, PERSON_FLAG] if person else chunk
            soql = f"SELECT {', '.join(selected)} FROM {name} ORDER BY Id LIMIT {rows}"
            for i, record in enumerate(self.api.iter_query(soql, f"sampling {name}")):
                if i >= rows:
                    break
                for column in chunk:
                    if record.get(PERSON_FLAG) is True and column in BUSINESS_ONLY:
                        continue
                    value = record.get(column)
                    bucket = out[column]
                    if value is None or len(bucket) >= self.sample_size:
                        continue
                    text = str(value)[:MAX_VALUE_LENGTH]
                    if text.strip():
                        bucket.append(text)
        return {field_id(self.system_id, name, c): tuple(v) for c, v in out.items() if v}


def filter_note(name: str, reason: str) -> str:
    """The note of an object that refuses unfiltered queries: listed, not sampled.

    >>> filter_note("Vote", "MALFORMED_QUERY: ...").split(";")[0]
    'not sampled: the object requires a filter (MALFORMED_QUERY: ...)'
    """
    return (
        f"{REQUIRES_FILTER} ({reason}); {name} is listed with its fields, classified from their "
        "names, types and the org's classification, and its oldest record is not known"
    )


def stop_reason(exc: ConnectorError, when: str) -> str:
    """Why an object was not read when the scan of the org stopped ``before`` or ``while`` it.

    >>> stop_reason(ConnectorError("crm: cannot reach ..."), "before")
    "not read: the scan of the org stopped (see the system's issue) before this object was read"
    """
    if isinstance(exc, ApiLimitReached):
        why = "the org's API request limit was reached (REQUEST_LIMIT_EXCEEDED)"
    else:
        why = "the scan of the org stopped (see the system's issue)"
    return f"{STOPPED}{why} {when} this object was read"


def describe_field(
    system_id: str, obj: str, info: Mapping[str, Any], position: int
) -> tuple[Field, dict[str, str]]:
    """A model Field from a describe entry, and its platform metadata (strings only)."""
    name = str(info["name"])
    data_type = str(info.get("type") or "")
    label = str(info.get("label") or "")
    help_text = str(info.get("inlineHelpText") or "")
    platform = {"label": label, "type": data_type}
    if data_type not in SAMPLED_TYPES:
        platform[UNREAD] = "true"
    for key in ("calculatedFormula", "compoundFieldName", "relationshipName", "inlineHelpText"):
        if info.get(key):
            platform[key] = str(info[key])
    if info.get("referenceTo"):
        platform["referenceTo"] = ";".join(map(str, info["referenceTo"]))
    if info.get("length"):
        platform["length"] = str(info["length"])
    for key in ("calculated", "externalId", "unique"):
        if info.get(key):
            platform[key] = "true"
    at_rest = Control()
    if info.get("encrypted"):
        platform["encryption"] = "shield"
        at_rest = Control(
            Status.OK, (f"{obj}.{name}: Shield Platform Encryption (describe encrypted=true)",)
        )
    elif data_type == "encryptedstring":
        mask = " ".join(str(info[k]) for k in ("maskType", "mask") if info.get(k)) or "unknown"
        platform["encryption"] = "classic"
        at_rest = Control(
            Status.OK,
            (f"{obj}.{name}: Classic encrypted field (type encryptedstring, mask {mask})",),
        )
    comment = f"{label}: {help_text}" if help_text and help_text != label else label
    f = Field(
        system=system_id,
        dataset=obj,
        name=name,
        data_type=data_type,
        nullable=bool(info.get("nillable", True)),
        comment=comment,
        position=position,
        at_rest=at_rest,
    )
    return f, platform


def sampled(info: Mapping[str, Any]) -> bool:
    """Whether a field's values are read. Encrypted fields never are: their type, name and
    classification already say what they hold, and reading them would only put decrypted
    plaintext of the org's most sensitive fields into the scanner's memory."""
    if info.get("encrypted") or info.get("type") == "encryptedstring":
        return False
    return info.get("type") in SAMPLED_TYPES and info.get("name") not in SYSTEM_FIELDS


def foreign_keys(described: Iterable[Mapping[str, Any]]) -> tuple[ForeignKey, ...]:
    """One key per reference target (a polymorphic ``OwnerId`` points at Group and User)."""
    return tuple(
        ForeignKey((str(f["name"]),), str(target), ("Id",))
        for f in described
        if f.get("type") == "reference"
        for target in f.get("referenceTo") or []
    )


def _text(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)
