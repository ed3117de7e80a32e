"""The Salesforce export file: an org's metadata as JSON, written by :func:`to_document` and read
back by :func:`load_export`, so a salesforce system with ``path:`` instead of ``auth:`` is scanned
without network access to the org.

The file holds objects, describe field metadata, FieldDefinition classification, record counts,
the oldest CreatedDate, third parties and system facts; never a record value, a sampled value or
a secret. Scanned from such a file, a system has no samples, so its fields are classified from
names, types and the platform's metadata only.

>>> FORMAT, VERSION
('piimap-salesforce-export', 1)
"""

from __future__ import annotations

import dataclasses
import fnmatch
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from lineage.core import dates
from lineage.core.errors import ConfigError
from lineage.core.model import Control, Dataset, Fact, Field, ScanIssue
from lineage.core.snapshot import from_dict

from ..base import ConnectorResult, ThirdParty
from .discover import inherit_from_compounds

if TYPE_CHECKING:
    from .config import SalesforceConfig

FORMAT = "piimap-salesforce-export"
VERSION = 1


def to_document(result: ConnectorResult, system_id: str) -> dict[str, Any]:
    """The export document of a scan result; ids lose the system id, so any estate can load it."""

    system = result.system
    instance = next((f.value for f in system.facts if f.name == "instance"), "")
    platform = result.platform
    objects = []
    for d in result.datasets:
        entry = _asdict(d, "system", "retention_policy")
        entry["fields"] = [
            {**_asdict(f, "system", "dataset", "entities"), "platform": platform.get(f.id, {})}
            for f in result.fields
            if f.dataset == d.name
        ]
        objects.append(entry)
    return {
        "format": FORMAT,
        "version": VERSION,
        "exported_at": dates.now(),
        "instance": urlsplit(instance).hostname or instance,
        "system": {
            "vendor": system.vendor,
            "facts": [dataclasses.asdict(f) for f in system.facts],
            "transit": dataclasses.asdict(system.transit),
            "at_rest": dataclasses.asdict(system.at_rest),
        },
        "objects": objects,
        "third_parties": [dataclasses.asdict(t) for t in result.third_parties],
        "issues": [
            {**dataclasses.asdict(i), "subject": _relative(i.subject, system_id)}
            for i in result.issues
        ],
    }


def load_export(path: Path, system_id: str, config: SalesforceConfig) -> ConnectorResult:
    """The ConnectorResult of an export file, as a scan of ``system_id`` would give (no samples).

    Raises ConfigError naming the file when it is not an export piimap can read.
    """
    expected = f"a JSON file written by 'piimap salesforce export' (format {FORMAT!r})"
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read the Salesforce export ({exc.strerror}).") from None
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise ConfigError(f"{path}: not a Salesforce export; expected {expected}.") from None
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise ConfigError(f"{path}: not a Salesforce export; expected {expected}.")
    version = document.get("version")
    if not isinstance(version, int) or version > VERSION:
        raise ConfigError(
            f"{path}: Salesforce export version {version!r} is newer than this piimap reads "
            f"({VERSION}); upgrade piimap."
        )
    try:
        return _result(document, path, system_id, config)
    except (TypeError, ValueError, KeyError, AttributeError) as exc:
        problem = f"malformed Salesforce export ({exc})"
        raise ConfigError(f"{path}: {problem}; expected {expected}.") from None


def _result(
    document: dict[str, Any], path: Path, system_id: str, config: SalesforceConfig
) -> ConnectorResult:
    result = ConnectorResult(system=config.system(system_id, "salesforce"))
    for entry in document["objects"]:
        name = str(entry["name"])
        if not _selected(name, config.include, config.exclude):
            continue
        retention = config.retention.for_dataset(name) if config.retention else None
        data = {k: v for k, v in entry.items() if k != "fields"}
        result.datasets.append(
            from_dict(Dataset, {**data, "system": system_id, "retention_policy": retention})
        )
        by_name: dict[str, dict[str, str]] = {}
        for f in entry["fields"]:
            found = from_dict(Field, {**f, "system": system_id, "dataset": name})
            result.fields.append(found)
            platform = {str(k): str(v) for k, v in f["platform"].items()}
            result.platform[found.id] = by_name[found.name] = platform
        inherit_from_compounds(by_name)  # an export written before parts inherited
    result.third_parties = [from_dict(ThirdParty, t) for t in document["third_parties"]]
    for issue in document.get("issues", []):
        subject = "/".join(filter(None, (system_id, issue["subject"])))
        result.issues.append(from_dict(ScanIssue, {**issue, "subject": subject}))
    system = document["system"]
    facts = [from_dict(Fact, f) for f in system["facts"]]
    facts.append(
        Fact(
            "source",
            f"export file {path.name}, exported_at {document.get('exported_at', 'unknown')}",
            f"estate config systems.{system_id}.path: metadata exported from "
            f"{document.get('instance') or 'the org'}; record values were not sampled, so fields "
            "are classified from names, types and platform metadata only",
        )
    )
    result.system = config.system(
        system_id,
        "salesforce",
        facts=tuple(sorted(facts, key=lambda f: f.name)),
        transit=from_dict(Control, system["transit"]),
        at_rest=from_dict(Control, system["at_rest"]),
    )
    if not result.system.vendor:
        vendor = str(system.get("vendor") or "Salesforce")
        result.system = dataclasses.replace(result.system, vendor=vendor)
    return result


def _asdict(obj: Any, *drop: str) -> dict[str, Any]:
    return {k: v for k, v in dataclasses.asdict(obj).items() if k not in drop}


def _relative(subject: str, system_id: str) -> str:
    """``crm/Contact`` → ``Contact``, ``crm`` → ``""``."""
    return "" if subject == system_id else subject.removeprefix(f"{system_id}/")


def _selected(name: str, include: list[str], exclude: list[str]) -> bool:
    if include and not any(fnmatch.fnmatchcase(name, p) for p in include):
        return False
    return not any(fnmatch.fnmatchcase(name, p) for p in exclude)
