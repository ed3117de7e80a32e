"""``piimap check`` results rendered for people and CI systems: text, JUnit XML (one test suite per
rule, one test case per subject checked), SARIF 2.1.0 (for code-scanning dashboards) and Markdown
(for a pull-request comment)."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from pathlib import Path

from lineage.core.version import __version__

from .rules import RULES, CheckResult, RuleOutcome, Violation, fingerprint_hash

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"


def _by_rule(result: CheckResult) -> dict[str, list[Violation]]:
    grouped: dict[str, list[Violation]] = {o.rule: [] for o in result.rules}
    for v in result.violations:
        grouped.setdefault(v.rule, []).append(v)
    return grouped


def _tag(v: Violation) -> str:
    return "accepted" if v.accepted else ("FAIL" if v.fails else "warn")


def summary(result: CheckResult) -> str:
    """``passed`` or ``FAILED``, with counts."""
    failing = len(result.failures)
    warnings = sum(1 for v in result.violations if v.level == "warning" and not v.accepted)
    accepted = sum(1 for v in result.violations if v.accepted)
    parts = [f"{failing} violation(s) fail the check"]
    if warnings:
        parts.append(f"{warnings} warning(s)")
    if accepted:
        parts.append(f"{accepted} accepted in the baseline")
    return f"{'passed' if result.passed else 'FAILED'}: {', '.join(parts)}"


def _counts(outcome: RuleOutcome, violations: list[Violation]) -> str:
    failing = sum(1 for v in violations if v.fails)
    warnings = sum(1 for v in violations if v.level == "warning" and not v.accepted)
    accepted = sum(1 for v in violations if v.accepted)
    text = f"{failing} failing"
    text += f", {warnings} warning(s)" if warnings else ""
    text += f", {accepted} accepted" if accepted else ""
    return f"{text} of {len(outcome.checked)} checked"


def to_text(result: CheckResult) -> str:
    lines = [
        f"piimap check: {summary(result)} (policy {result.policy}, snapshot of {result.scanned_at})"
    ]
    if result.baseline:
        lines.append(f"baseline: {result.baseline}")
    grouped = _by_rule(result)
    for outcome in result.rules:
        where = f" (line {outcome.line})" if outcome.line else ""
        violations = grouped[outcome.rule]
        lines.append(f"{outcome.rule}{where}: {_counts(outcome, violations)}")
        lines += [f"  {_tag(v):8} {v.subject}: {v.message}" for v in violations]
    if result.resolved:
        lines.append("Resolved since the baseline:")
        lines += [f"  {message}" for message in result.resolved]
    lines += [f"note: {note}" for note in result.notes]
    return "\n".join(lines) + "\n"


# --- JUnit XML -----------------------------------------------------------------------------


def to_junit(result: CheckResult) -> str:
    """JUnit XML: a test suite per rule, a test case per subject it checked (a flow, field,
    dataset or system), failed when the subject violates the rule; a finding the baseline
    accepted is a skipped test case, a warning a passed one with the warning as its output."""
    root = ET.Element("testsuites", name="piimap check")
    grouped = _by_rule(result)
    totals = {"tests": 0, "failures": 0, "skipped": 0}
    for outcome in result.rules:
        suite = ET.SubElement(root, "testsuite", name=outcome.rule)
        props = ET.SubElement(suite, "properties")
        for name, value in (
            ("policy", result.policy),
            ("rule", outcome.description),
            ("snapshot", result.scanned_at),
        ):
            ET.SubElement(props, "property", name=name, value=value)
        counts = _junit_cases(suite, outcome, grouped[outcome.rule], result.policy)
        for key, count in counts.items():
            suite.set(key, str(count))
            totals[key] += count
        suite.set("errors", "0")
    for key, count in totals.items():
        root.set(key, str(count))
    root.set("errors", "0")
    ET.indent(root)
    return '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(root, "unicode") + "\n"


def _junit_cases(
    suite: ET.Element, outcome: RuleOutcome, violations: list[Violation], policy: str
) -> dict[str, int]:
    by_subject: dict[str, list[Violation]] = {}
    for v in violations:
        by_subject.setdefault(v.subject, []).append(v)
    subjects = list(dict.fromkeys([*outcome.checked, *by_subject])) or ["(nothing to check)"]
    counts = {"tests": len(subjects), "failures": 0, "skipped": 0}
    for subject in subjects:
        case = ET.SubElement(
            suite, "testcase", classname=f"piimap.{outcome.rule}", name=subject, file=policy
        )
        if outcome.line:
            case.set("line", str(outcome.line))
        found = by_subject.get(subject, [])
        failing = [v for v in found if v.fails]
        if failing:
            counts["failures"] += 1
            failure = ET.SubElement(
                case, "failure", message=failing[0].message, type=failing[0].severity
            )
            failure.text = "\n".join(_detail(v) for v in failing)
        elif any(v.accepted for v in found):
            counts["skipped"] += 1
            ET.SubElement(case, "skipped", message=next(v.accepted for v in found if v.accepted))
        others = [v for v in found if not v.fails]
        if others:
            ET.SubElement(case, "system-out").text = "\n".join(
                f"{_tag(v)}: {_detail(v)}" for v in others
            )
    return counts


def _detail(v: Violation) -> str:
    lines = [v.message, f"severity: {v.severity}; policy: {v.where or v.rule}"]
    lines += [f"evidence: {e}" for e in v.evidence]
    if v.accepted:
        lines.append(v.accepted)
    return "\n".join(lines)


# --- SARIF 2.1.0 ---------------------------------------------------------------------------


def to_sarif(result: CheckResult, policy_uri: str | None = None) -> str:
    """SARIF 2.1.0: each rule that ran is a reporting descriptor; each violation a result at the
    policy line that asked for it (``policy_uri``, relative to the repository root for code
    scanning), with the snapshot node as its logical location."""
    uri = policy_uri or Path(result.policy).as_posix()
    index = {o.rule: i for i, o in enumerate(result.rules)}
    rules = [
        {
            "id": o.rule,
            "name": RULES[o.rule][0],
            "shortDescription": {"text": RULES[o.rule][1]},
            "fullDescription": {"text": f"{RULES[o.rule][1]} As configured: {o.description}."},
            "help": {"text": f"Policy key `{o.rule}` of {uri}; see piimap's docs/policy.md."},
            "defaultConfiguration": {"level": "error"},
            "properties": {"tags": ["privacy", "personal-data"]},
        }
        for o in result.rules
    ]
    properties: dict[str, object] = {
        "snapshotScannedAt": result.scanned_at,
        "policySha256": result.policy_sha256,
    }
    if result.baseline:
        properties["baseline"] = result.baseline
        properties["resolvedSinceBaseline"] = list(result.resolved)
    run = {
        "tool": {
            "driver": {
                "name": "piimap",
                "version": __version__,
                "semanticVersion": __version__.split("+")[0],
                "rules": rules,
            }
        },
        "artifacts": [{"location": {"uri": uri}, "roles": ["policy"]}],
        "invocations": [{"executionSuccessful": True}],
        "results": [_sarif_result(v, uri, index, bool(result.baseline)) for v in result.violations],
        "properties": properties,
    }
    log = {"$schema": SARIF_SCHEMA, "version": "2.1.0", "runs": [run]}
    return json.dumps(log, indent=1, ensure_ascii=False) + "\n"


def _sarif_result(
    v: Violation, uri: str, index: dict[str, int], with_baseline: bool
) -> dict[str, object]:
    found: dict[str, object] = {
        "ruleId": v.rule,
        "ruleIndex": index[v.rule],
        "level": "error" if v.level == "error" else "warning",
        "message": {"text": v.message},
        "locations": [
            {
                "physicalLocation": {
                    "artifactLocation": {"uri": uri, "index": 0},
                    "region": {"startLine": v.line or 1},
                },
                "logicalLocations": [{"fullyQualifiedName": v.subject, "kind": "resource"}],
            }
        ],
        "partialFingerprints": {"primaryLocationLineHash": fingerprint_hash(v)},
        "properties": {
            "severity": v.severity,
            "subject": v.subject,
            "policyKey": v.where or v.rule,
            "evidence": list(v.evidence),
        },
    }
    if with_baseline:
        found["baselineState"] = "unchanged" if v.accepted else "new"
    if v.accepted:
        found["suppressions"] = [
            {"kind": "external", "status": "accepted", "justification": v.accepted}
        ]
    return found


# --- Markdown ------------------------------------------------------------------------------


def _md(text: str) -> str:
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("<", "&lt;").replace("`", "'")


def to_markdown(result: CheckResult, *, per_rule: int = 30) -> str:
    """Markdown for a pull-request or issue comment: a table per rule, then the findings."""
    lines = [
        f"### piimap check: {summary(result)}",
        "",
        f"Policy `{_md(result.policy)}`, snapshot of {result.scanned_at}.",
    ]
    if result.baseline:
        lines += ["", f"Baseline: {_md(result.baseline)}."]
    lines += ["", "| rule | checked | failing | warnings | accepted |", "|---|---:|---:|---:|---:|"]
    grouped = _by_rule(result)
    for o in result.rules:
        vs = grouped[o.rule]
        lines.append(
            f"| `{o.rule}` | {len(o.checked)} | {sum(v.fails for v in vs)} | "
            f"{sum(v.level == 'warning' and not v.accepted for v in vs)} | "
            f"{sum(bool(v.accepted) for v in vs)} |"
        )
    for o in result.rules:
        vs = grouped[o.rule]
        if not vs:
            continue
        line = f", policy line {o.line}" if o.line else ""
        lines += ["", f"#### `{o.rule}` ({_md(o.description)}{line})", ""]
        lines += list(_md_items(vs[:per_rule]))
        if len(vs) > per_rule:
            lines.append(f"- ... and {len(vs) - per_rule} more (see the text or SARIF report)")
    if result.resolved:
        lines += ["", "#### Resolved since the baseline", ""]
        lines += [f"- {_md(m)}" for m in result.resolved]
    if result.notes:
        lines.append("")
        lines += [f"> {_md(n)}" for n in result.notes]
    return "\n".join(lines) + "\n"


def _md_items(violations: Iterable[Violation]) -> Iterable[str]:
    for v in violations:
        tag = {"FAIL": "**FAIL**", "warn": "warning", "accepted": "accepted"}[_tag(v)]
        yield f"- {tag} `{_md(v.subject)}`: {_md(v.message)}"
