"""The estate model: frozen dataclasses that every stage reads and writes.

Identifiers follow the graph's node ids: ``system``, ``system/dataset`` and
``system/dataset/field``. Rendering (JSON, DOT, DataFrames) lives elsewhere.

>>> f = Field(system="shop", dataset="public.customer", name="email", data_type="text")
>>> f.id
'shop/public.customer/email'
>>> Control().status
<Status.UNKNOWN: 'unknown'>
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from .ids import dataset_id, field_id, principal_id

SCHEMA_VERSION = 3


class Status(StrEnum):
    """Outcome of a control. ``ok`` is only ever set with evidence."""

    OK = "ok"
    GAP = "gap"
    UNKNOWN = "unknown"


class Boundary(StrEnum):
    """Trust boundary a system sits in, used for diagram clusters and third-party questions."""

    INTERNAL = "internal"
    CRM = "crm"
    THIRD_PARTY = "third_party"


@dataclass(frozen=True)
class Control:
    """The state of one control (transit or at-rest encryption, retention...) and why."""

    status: Status = Status.UNKNOWN
    evidence: tuple[str, ...] = ()


@dataclass(frozen=True)
class Fact:
    """Something a connector observed, with where it came from (a query, a setting, a file)."""

    name: str
    value: str
    evidence: str


@dataclass(frozen=True)
class EntityHit:
    """One kind of personal data found in a field, how sure we are, and why (never a raw value)."""

    entity: str
    confidence: float
    signals: tuple[str, ...] = ()
    explanation: str = ""


@dataclass(frozen=True)
class ForeignKey:
    columns: tuple[str, ...]
    ref_dataset: str
    ref_columns: tuple[str, ...]


@dataclass(frozen=True)
class Field:
    """A column (or sObject field) of a dataset."""

    system: str
    dataset: str
    name: str
    data_type: str
    nullable: bool = True
    comment: str = ""
    position: int = 0
    entities: tuple[EntityHit, ...] = ()
    at_rest: Control = field(default_factory=Control)

    @property
    def id(self) -> str:
        return field_id(self.system, self.dataset, self.name)

    @property
    def dataset_id(self) -> str:
        """The id of the dataset holding the field."""
        return dataset_id(self.system, self.dataset)

    @property
    def is_pii(self) -> bool:
        return bool(self.entities)

    @property
    def confidence(self) -> float:
        """The highest confidence among the field's entities (0.0 when none)."""
        return max((e.confidence for e in self.entities), default=0.0)


#: The start of a dataset's ``oldest_record_evidence`` when its oldest record could not be read;
#: the assessment then gives its retention ``unknown`` with that reason.
OLDEST_RECORD_NOT_READ = "oldest record not read: "


@dataclass(frozen=True)
class Dataset:
    """A table, view or sObject; ``scanned`` is False when its rows could not be read."""

    system: str
    name: str
    kind: str = "table"
    comment: str = ""
    row_count: int | None = None
    row_count_evidence: str = ""
    primary_key: tuple[str, ...] = ()
    foreign_keys: tuple[ForeignKey, ...] = ()
    view_definition: str | None = None
    retention_policy: str | None = None
    oldest_record: str | None = None
    #: How the oldest record was read; when it could not be (a failed query, a value that is no
    #: date), ``oldest_record`` is None and this starts with :data:`OLDEST_RECORD_NOT_READ`.
    oldest_record_evidence: str = ""
    at_rest: Control = field(default_factory=Control)
    #: Declared retention policy against the observed oldest record (set by the assessment).
    retention: Control = field(default_factory=Control)
    #: Is every change to its rows recorded (audit trigger, field history tracking)?
    audit: Control = field(default_factory=Control)
    scanned: bool = True
    not_scanned_reason: str = ""

    @property
    def id(self) -> str:
        return dataset_id(self.system, self.name)


@dataclass(frozen=True)
class System:
    """A database, CRM org or third-party service of the estate."""

    id: str
    kind: str
    name: str = ""
    owner: str = ""
    region: str = ""
    boundary: Boundary = Boundary.INTERNAL
    vendor: str = ""
    facts: tuple[Fact, ...] = ()
    transit: Control = field(default_factory=Control)
    at_rest: Control = field(default_factory=Control)
    #: A server-wide audit trail of data changes (pgaudit, an audit plugin, Salesforce history).
    audit: Control = field(default_factory=Control)
    scanned: bool = True
    not_scanned_reason: str = ""
    #: Whose data it holds (customers, employees...), as the estate config declares.
    data_subjects: tuple[str, ...] = ()
    #: Safeguards for a transfer outside the EEA (adequacy decision, SCCs...), as declared.
    transfer_safeguards: str = ""


@dataclass(frozen=True, order=True)
class ColumnLink:
    """One field feeding another inside a flow, and how the value moved: ``copied``,
    ``derived``, ``pseudonymised`` (a hash: still personal data), ``aggregated`` or
    ``influenced`` (it only partitions or orders rows: no value of it arrives). A field named
    ``*`` is every column of its dataset (a ``SELECT *`` no schema could expand)."""

    source: str
    target: str
    how: str


@dataclass(frozen=True)
class Flow:
    """Personal data moving from one node to another (system, dataset or field level)."""

    id: str
    source: str
    target: str
    kind: str
    fields: tuple[str, ...] = ()
    entities: tuple[str, ...] = ()
    transit: Control = field(default_factory=Control)
    auth: str = "unknown"
    schedule: str = ""
    evidence: tuple[str, ...] = ()
    #: Field-to-field links when the flow's column lineage is known (SQL jobs, views, mirrors).
    columns: tuple[ColumnLink, ...] = ()
    #: The target's retention policy against its oldest record (set by the assessment).
    retention: Control = field(default_factory=Control)
    purpose: str = ""
    #: GDPR Art. 6 legal basis of the processing, as the estate config declares.
    legal_basis: str = ""


@dataclass(frozen=True)
class Gap:
    """A failed or unproven control, tied to an audit control id."""

    control: str
    subject: str
    severity: str
    evidence: tuple[str, ...]
    remediation: str
    #: The same finding under other frameworks (``GDPR Art. 32`` beside ``SOC2 CC6.7``).
    related: tuple[str, ...] = ()
    title: str = ""


@dataclass(frozen=True)
class ScanIssue:
    """Something the scan could not do; the scan went on without it."""

    subject: str
    kind: str
    message: str


@dataclass(frozen=True)
class Organisation:
    """The controller a record of processing names (GDPR Art. 30(1)(a)), as declared."""

    name: str = ""
    contact: str = ""
    representative: str = ""
    dpo: str = ""


#: The kinds of principal: a person's account, an integration's (a service account), a login
#: whose use is not known (``account``), a role or group others are members of, an API key.
PRINCIPAL_KINDS = ("person", "integration", "account", "role", "group", "api_key")


@dataclass(frozen=True)
class Credential:
    """How a principal logs in: the kind of credential (``password``, ``none``, ``plugin:NAME``,
    ``certificate``, ``api_key``, ``oauth``, ``unknown``; ``cannot_log_in`` for a role), when it
    was last set and when it expires (ISO dates, None when not known). Never the secret, its
    hash or any part of it: only that it exists."""

    kind: str = "unknown"
    changed: str | None = None
    expires: str | None = None
    evidence: str = ""


@dataclass(frozen=True, order=True)
class Membership:
    """A principal is a member of ``role`` (a role, group or profile of the same system);
    ``inherited`` False: its privileges are used only after switching to it (SET ROLE)."""

    role: str
    inherited: bool = True
    evidence: str = ""


@dataclass(frozen=True)
class Principal:
    """An account, integration, role, group or API key of a system, as its own catalog
    describes it (docs/access.md). ``status`` is ``active``, ``locked``, ``expired``,
    ``cannot_log_in`` (a role without login) or ``unknown``; ``last_login`` an ISO time or None
    (``last_login_evidence`` says how it is known, or why not)."""

    system: str
    name: str
    kind: str = "account"
    status: str = "unknown"
    privileged: bool = False
    privileged_reason: str = ""
    last_login: str | None = None
    last_login_evidence: str = ""
    credential: Credential = field(default_factory=Credential)
    member_of: tuple[Membership, ...] = ()
    #: Other observations (host pattern, bypasses row-level security, default privileges...).
    facts: tuple[Fact, ...] = ()

    @property
    def id(self) -> str:
        return principal_id(self.system, self.name)


@dataclass(frozen=True)
class ReadGrant:
    """``principal`` may read ``dataset`` of ``system`` (every dataset when it is ``*``), all its
    fields or only ``fields``, through ``privilege``; ``evidence`` is the grant, privilege or
    profile that decides it, ``rows`` what limits the rows it sees (row-level security)."""

    system: str
    principal: str
    dataset: str
    fields: tuple[str, ...] = ()
    privilege: str = "SELECT"
    evidence: str = ""
    rows: str = ""

    @property
    def principal_id(self) -> str:
        return principal_id(self.system, self.principal)


#: The dataset of a :class:`ReadGrant` that reaches every dataset of its system.
EVERY_DATASET = "*"


@dataclass(frozen=True)
class Snapshot:
    """Everything one scan found. Lists are kept sorted by id so the JSON form is deterministic."""

    scanned_at: str
    piimap_version: str
    config_hash: str = ""
    systems: tuple[System, ...] = ()
    datasets: tuple[Dataset, ...] = ()
    fields: tuple[Field, ...] = ()
    flows: tuple[Flow, ...] = ()
    gaps: tuple[Gap, ...] = ()
    issues: tuple[ScanIssue, ...] = ()
    organisation: Organisation = field(default_factory=Organisation)
    #: Accounts, integrations, roles, groups and API keys of the scanned systems.
    principals: tuple[Principal, ...] = ()
    #: Who may read which dataset holding personal data (directly: memberships add the rest).
    grants: tuple[ReadGrant, ...] = ()
    schema_version: int = SCHEMA_VERSION

    @property
    def partial(self) -> bool:
        """True when some system or dataset could not be scanned."""
        return bool(self.issues)

    def pii_fields(self) -> tuple[Field, ...]:
        return tuple(f for f in self.fields if f.is_pii)
