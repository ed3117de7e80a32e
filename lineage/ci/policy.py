"""Policy as code: the rules a snapshot must meet, read from a YAML file (docs/policy.md).

:func:`load_policy` reads and validates the file (an unknown key fails with "did you mean");
:func:`lineage.ci.rules.check` applies it to a snapshot and returns a ``CheckResult`` of
``Violation`` items, each tied to the policy line that asked for it. Renderers live in
:mod:`lineage.ci.reports`.

Rules name personal data by *selector*: an entity (``EMAIL_ADDRESS``), a category of
:mod:`classifiers.taxonomy` (``personal``, ``special``, ``criminal``, ``sensitive``, ``pci``,
``cardholder_data``, ``sensitive_authentication_data``, a CCPA category such as
``customer_records``) or a fides key prefix (``user.financial``).

>>> matches("cardholder_data", "CREDIT_CARD"), matches("user.financial", "CARD_LAST4")
(True, True)
>>> selector("cardholder")
Traceback (most recent call last):
...
ValueError: unknown category 'cardholder'; did you mean 'cardholder_data'?
"""

from __future__ import annotations

import difflib
import hashlib
import os
import typing
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from classifiers.taxonomy import TAXONOMY, Categories, categories
from lineage.core.config import read_yaml
from lineage.core.dates import days
from lineage.core.errors import ConfigError

from .diff import KINDS

if TYPE_CHECKING:
    pass

OnUnknown = Literal["fail", "warn", "ignore"]
Severity = Literal["high", "medium", "low"]

#: Category words a selector may use besides entity names and fides key prefixes.
CATEGORY_WORDS: tuple[str, ...] = (
    "personal",
    "special",
    "criminal",
    "sensitive",
    "pci",
    "cardholder_data",
    "sensitive_authentication_data",
    *typing.get_args(typing.get_type_hints(Categories)["ccpa"]),
)

#: Changes reviewed when ``changes:`` lists no ``review`` kinds: those that can add risk.
DEFAULT_REVIEW: tuple[str, ...] = (
    "system_added",
    "system_not_scanned",
    "owner_changed",
    "third_party_added",
    "pii_field_added",
    "entity_added",
    "flow_added",
    "flow_entity_added",
    "transit_changed",
    "at_rest_changed",
    "retention_policy_changed",
    "retention_changed",
    "auth_changed",
    "gap_added",
    "gap_severity_changed",
    "privileged_added",
    "access_granted",
)


def selector(value: str) -> str:
    """``value`` if it names personal data a rule can select, else ValueError with advice."""
    if value.startswith("user.") or value == "user":
        return value
    if value.upper() == value:  # an entity; one a custom recognizer adds is accepted too
        close = difflib.get_close_matches(value, list(TAXONOMY), n=1, cutoff=0.85)
        if value not in TAXONOMY and close:
            raise ValueError(f"unknown entity {value!r}; did you mean {close[0]!r}?")
        return value
    if value not in CATEGORY_WORDS:
        close = difflib.get_close_matches(value, [*CATEGORY_WORDS, *TAXONOMY], n=1, cutoff=0.6)
        hint = (
            f"did you mean {close[0]!r}?"
            if close
            else f"use an entity name, a fides key (user.financial) or one of "
            f"{', '.join(CATEGORY_WORDS)}"
        )
        raise ValueError(f"unknown category {value!r}; {hint}")
    return value


def matches(sel: str, entity: str, *, stored_with_pan: bool = False) -> bool:
    """Does selector ``sel`` cover ``entity``? (A custom entity has no categories: only
    ``personal`` and its own name cover it.)"""
    if sel == entity or sel == "personal":
        return True
    try:
        c = categories(entity, stored_with_pan=stored_with_pan)
    except ConfigError:
        return False
    if sel.startswith("user"):
        return c.fides == sel or c.fides.startswith(sel + ".")
    return (
        (sel in {"special", "criminal"} and c.gdpr == sel)
        or (sel == "sensitive" and c.sensitive)
        or (sel == "pci" and bool(c.pci))
        or sel in (c.pci, c.ccpa)
    )


def _duration(value: str) -> str:
    try:
        days(value)
    except ValueError:
        raise ValueError(
            f"expected an ISO 8601 duration such as P3Y or P90D, got {value!r}"
        ) from None
    return value


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


class ThirdPartiesRule(_Strict):
    """Which third parties may receive each kind of personal data."""

    #: selector -> the third parties (system ids, globs such as ``crm.*``) allowed to receive it.
    allowed: dict[str, list[str]] = Field(default_factory=dict)

    @field_validator("allowed")
    @classmethod
    def _selectors(cls, value: dict[str, list[str]]) -> dict[str, list[str]]:
        return {selector(k): v for k, v in value.items()}


class EncryptionRule(_Strict):
    """Encryption (in transit or at rest) required for some personal data."""

    require_encryption_for: list[str] = Field(default_factory=list)
    #: What an ``unknown`` status (encryption not proven) does.
    unknown: OnUnknown = "fail"

    @field_validator("require_encryption_for")
    @classmethod
    def _selectors(cls, value: list[str]) -> list[str]:
        return [selector(v) for v in value]


class RetentionRule(_Strict):
    """The longest personal data may be kept: per selector, per system (the strictest applies)."""

    max: dict[str, str] = Field(default_factory=dict)
    systems: dict[str, str] = Field(default_factory=dict)
    #: What a personal-data dataset with no declared retention policy does.
    undeclared: OnUnknown = "fail"

    @field_validator("max")
    @classmethod
    def _max(cls, value: dict[str, str]) -> dict[str, str]:
        return {selector(k): _duration(v) for k, v in value.items()}

    @field_validator("systems")
    @classmethod
    def _systems(cls, value: dict[str, str]) -> dict[str, str]:
        return {k: _duration(v) for k, v in value.items()}


class BannedFlow(_Strict):
    """Personal data that must never reach a node (``to``: a system, dataset or glob)."""

    to: str
    source: str | None = Field(default=None, alias="from")
    entities: list[str] = Field(default_factory=lambda: ["personal"])
    reason: str = ""

    @field_validator("entities")
    @classmethod
    def _selectors(cls, value: list[str]) -> list[str]:
        return [selector(v) for v in value]


class ApiRule(_Strict):
    """What personal data API operations may return: an operation pattern (a path glob such as
    ``/products/*``, ``GET /products/*``, or a dataset name such as ``Query.product*``) -> the
    selectors allowed (``[]``: none). The first pattern matching an operation decides."""

    allowed: dict[str, list[str]] = Field(default_factory=dict)

    @field_validator("allowed")
    @classmethod
    def _selectors(cls, value: dict[str, list[str]]) -> dict[str, list[str]]:
        return {k: [selector(v) for v in vs] for k, vs in value.items()}


class OwnersRule(_Strict):
    required_for_pii: bool = True


class GapsRule(_Strict):
    """The assessment's own gaps (docs/assessment.md) that fail, or warn, by severity."""

    fail_on: list[Severity] = Field(default_factory=list)
    warn_on: list[Severity] = Field(default_factory=list)


class ChangeAllowance(_Strict):
    """Changes that pass without a new baseline: a kind (or ``*``) and a subject glob."""

    kind: str = "*"
    subject: str = "*"
    reason: str = ""

    @field_validator("kind")
    @classmethod
    def _kind(cls, value: str) -> str:
        return value if value == "*" else _change_kind(value)


class ChangesRule(_Strict):
    """With a baseline: changes since it that add risk must be accepted (piimap baseline
    accept) unless ``allow`` lets them through."""

    review: list[str] = Field(default_factory=lambda: list(DEFAULT_REVIEW))
    allow: list[ChangeAllowance] = Field(default_factory=list)
    confidence_threshold: float = Field(default=0.2, gt=0, le=1)

    @field_validator("review")
    @classmethod
    def _kinds(cls, value: list[str]) -> list[str]:
        return list(KINDS) if value == ["*"] else [_change_kind(v) for v in value]


def _change_kind(value: str) -> str:
    if value not in KINDS:
        close = difflib.get_close_matches(value, list(KINDS), n=1)
        hint = f"; did you mean {close[0]!r}?" if close else f"; one of {', '.join(KINDS)}"
        raise ValueError(f"unknown kind of change {value!r}{hint}")
    return value


class AccessRule(_Strict):
    """Who may read personal data: dormant privileged accounts, how many full admins a system
    may have, which integrations may read each kind of personal data, and how often the access
    review must be accepted (docs/policy.md, docs/access.md)."""

    #: A privileged account unused for longer than this many days (or never used) fails.
    dormant_days: int | None = Field(default=None, ge=1, le=3650)
    #: Most active superusers or full admins one system may have.
    max_full_admins: int | None = Field(default=None, ge=0, le=1000)
    #: selector -> the integrations' accounts and API keys (names or globs, ``mailchimp-*``, or
    #: ``system/name``) allowed to read it; one reading it and not listed fails.
    allowed_integrations: dict[str, list[str]] = Field(default_factory=dict)
    #: The longest since the last accepted access review (an ISO 8601 duration: P3M, P92D).
    review_every: str | None = None

    @field_validator("allowed_integrations")
    @classmethod
    def _selectors(cls, value: dict[str, list[str]]) -> dict[str, list[str]]:
        return {selector(k): v for k, v in value.items()}

    @field_validator("review_every")
    @classmethod
    def _every(cls, value: str | None) -> str | None:
        return None if value is None else _duration(value)


class ScanRule(_Strict):
    #: What a partial snapshot (a system or dataset that could not be scanned) does.
    partial: OnUnknown = "fail"


class Policy(_Strict):
    """A policy file. Every rule is optional; ``scan.partial`` defaults to ``fail``."""

    version: Literal[1] = 1
    description: str = ""
    third_parties: ThirdPartiesRule | None = None
    transit: EncryptionRule | None = None
    at_rest: EncryptionRule | None = None
    retention: RetentionRule | None = None
    banned_flows: list[BannedFlow] = Field(default_factory=list)
    owners: OwnersRule | None = None
    gaps: GapsRule | None = None
    changes: ChangesRule | None = None
    access: AccessRule | None = None
    api: ApiRule | None = None
    scan: ScanRule = Field(default_factory=ScanRule)


@dataclass(frozen=True)
class LoadedPolicy:
    """A policy with the file it came from, its sha256 and the line of every key."""

    path: Path
    policy: Policy
    sha256: str
    lines: dict[tuple[str, ...], int]

    def line(self, where: tuple[str, ...]) -> int | None:
        """The line of ``where``, or of its closest parent the file spells out."""
        for end in range(len(where), 0, -1):
            if where[:end] in self.lines:
                return self.lines[where[:end]]
        return None


def load_policy(path: str | os.PathLike[str]) -> LoadedPolicy:
    """Read and validate a policy file; errors name the file, the key and what was expected."""
    path = Path(path)
    raw, raw_bytes = read_yaml(path, "policy")
    if raw is None:
        raw = {}
    if not isinstance(raw, dict):
        raise ConfigError(f"{path}: expected a mapping of rules (transit:, retention:...).")
    try:
        policy = Policy.model_validate(raw)
    except ValidationError as exc:
        raise ConfigError(_describe(exc, str(path))) from None
    return LoadedPolicy(
        path=path,
        policy=policy,
        sha256=hashlib.sha256(raw_bytes).hexdigest(),
        lines=_key_lines(raw_bytes),
    )


def _key_lines(raw: bytes) -> dict[tuple[str, ...], int]:
    """The 1-based line of every mapping key and sequence item, by its path."""
    lines: dict[tuple[str, ...], int] = {}

    def walk(node: yaml.Node, path: tuple[str, ...]) -> None:
        if isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                lines[(*path, str(key.value))] = key.start_mark.line + 1
                walk(value, (*path, str(key.value)))
        elif isinstance(node, yaml.SequenceNode):
            for i, item in enumerate(node.value):
                lines[(*path, str(i))] = item.start_mark.line + 1
                walk(item, (*path, str(i)))

    root = yaml.compose(raw)
    if root is not None:
        walk(root, ())
    return lines


def _describe(exc: ValidationError, source: str) -> str:
    first = exc.errors()[0]
    loc = ".".join(str(p) for p in first["loc"])
    if first["type"] == "extra_forbidden":
        known = _keys_at(first["loc"][:-1])
        close = difflib.get_close_matches(str(first["loc"][-1]), known, n=1)
        what = "unknown key" + (
            f"; did you mean {close[0]!r}?" if close else f"; known: {', '.join(known)}"
        )
    else:
        what = first["msg"].removeprefix("Value error, ")
        value = first.get("input")
        if first["type"] not in ("value_error", "missing") and isinstance(value, str | int):
            what += f" (got {value!r})"
    more = len(exc.errors()) - 1
    suffix = f" (and {more} more problem(s))" if more else ""
    return f"{source}: {loc}: {what}{suffix}" if loc else f"{source}: {what}{suffix}"


def _keys_at(loc: tuple[Any, ...]) -> list[str]:
    """The keys the model at ``loc`` accepts (aliases as written in the file)."""
    model: Any = Policy
    for part in loc:
        if isinstance(part, int) or not (isinstance(model, type) and issubclass(model, BaseModel)):
            continue
        field = next((f for name, f in model.model_fields.items() if part in (name, f.alias)), None)
        if field is None:
            return []
        model = _inner_model(field.annotation)
    if not (isinstance(model, type) and issubclass(model, BaseModel)):
        return []
    return [f.alias or name for name, f in model.model_fields.items()]


def _inner_model(annotation: Any) -> Any:
    for arg in (annotation, *typing.get_args(annotation)):
        if isinstance(arg, type) and issubclass(arg, BaseModel):
            return arg
        if typing.get_origin(arg) is list:
            return _inner_model(typing.get_args(arg)[0])
    return None
