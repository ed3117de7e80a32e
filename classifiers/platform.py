"""The platform signal: what the system's own data classification says about a field.

Salesforce admins tag fields with a Compliance Categorization (``ComplianceGroup``: PII, GDPR,
CCPA, PCI, HIPAA, COPPA, PersonalInfo) and a Data Sensitivity Level (``SecurityClassification``).
Neither names the kind of data, so the signal supports whatever entities the other signals found
(hits for ``"*"``, see :func:`classifiers.combine.combine`); a field tagged personal that no other
signal can name is reported as ``OTHER_PERSONAL_DATA`` so it still reaches the inventory.

>>> from classifiers.base import FieldContext
>>> ctx = FieldContext("crm", "Contact", "Nickname__c", platform={"ComplianceGroup": "PII;GDPR"})
>>> [(h.entity, h.score) for h in PlatformSignal().evaluate(ctx)]
[('*', 0.3), ('OTHER_PERSONAL_DATA', 0.5)]
"""

from __future__ import annotations

from typing import ClassVar

from .base import FieldContext, Signal, SignalHit


class PlatformSignal(Signal):
    """Salesforce ComplianceGroup and SecurityClassification (``FieldContext.platform``)."""

    name = "platform"
    #: ComplianceGroup values that mean the field holds personal data.
    PERSONAL: ClassVar[frozenset[str]] = frozenset(
        {"PII", "GDPR", "CCPA", "PCI", "HIPAA", "COPPA", "PERSONALINFO"}
    )
    #: Sensitivity levels that, alone, hint at personal data (not enough to label a field).
    SENSITIVE: ClassVar[frozenset[str]] = frozenset(
        {"CONFIDENTIAL", "RESTRICTED", "MISSIONCRITICAL"}
    )

    def evaluate(self, ctx: FieldContext) -> list[SignalHit]:
        groups = {
            g.strip() for g in ctx.platform.get("ComplianceGroup", "").split(";") if g.strip()
        }
        level = ctx.platform.get("SecurityClassification", "").strip()
        personal = sorted(g for g in groups if g.upper() in self.PERSONAL)
        if personal:
            reason = f"platform: ComplianceGroup {';'.join(personal)}"
            if level:
                reason += f", SecurityClassification {level}"
            return [
                SignalHit("*", 0.3, self.name, reason),
                SignalHit("OTHER_PERSONAL_DATA", 0.5, self.name, reason),
            ]
        if level.upper() in self.SENSITIVE:
            return [SignalHit("*", 0.15, self.name, f"platform: SecurityClassification {level}")]
        return []
