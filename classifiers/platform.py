"""The platform signal: what the system's own data classification says about a field.

A storefront platform's well-known tables (Magento ``customer_entity.email``, OpenCart
``customer.telephone``...) say what a standard column holds: the SQL connectors put it in
``FieldContext.platform`` as ``platformEntity`` and ``platformTable``, and this signal reports it.

Salesforce admins tag fields with a Compliance Categorization (``ComplianceGroup``: PII, GDPR,
CCPA, PCI, HIPAA, COPPA, PersonalInfo) and a Data Sensitivity Level (``SecurityClassification``).
Neither names the kind of data, so the signal supports whatever entities the other signals found
(hits for ``"*"``, see :func:`classifiers.combine.combine`); a field tagged personal that no other
signal can name is reported as ``OTHER_PERSONAL_DATA`` so it still reaches the inventory.
A Salesforce ``Account.Name`` is an organisation's name (``nameOf: organisation``; a person
account's name is read from its ``FirstName`` and ``LastName``): never ``PERSON_NAME``, however
much its values look like people's (``Garcia-Kerr``).

>>> from classifiers.base import FieldContext
>>> ctx = FieldContext("crm", "Contact", "Nickname__c", platform={"ComplianceGroup": "PII;GDPR"})
>>> [(h.entity, h.score) for h in PlatformSignal().evaluate(ctx)]
[('*', 0.3), ('OTHER_PERSONAL_DATA', 0.5)]
>>> ctx = FieldContext("crm", "Account", "Name", platform={"nameOf": "organisation"})
>>> [(h.entity, h.veto) for h in PlatformSignal().evaluate(ctx)]
[('PERSON_NAME', True)]
>>> hint = {"platformEntity": "PHONE_NUMBER", "platformTable": "OpenCart customer"}
>>> ctx = FieldContext("shop", "oc_customer", "telephone", platform=hint)
>>> [(h.entity, h.score, h.reason) for h in PlatformSignal().evaluate(ctx)]
[('PHONE_NUMBER', 0.6, 'platform: OpenCart customer table keeps PHONE_NUMBER in telephone')]
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

    #: Score of a platform's own well-known column: strong, but values may still contradict it.
    TABLE_SCORE: ClassVar[float] = 0.6

    def evaluate(self, ctx: FieldContext) -> list[SignalHit]:
        hits = self._evaluate(ctx)
        if ctx.platform.get("nameOf") == "organisation":
            reason = (
                f"platform: {ctx.dataset}.{ctx.name} names an organisation (a business account)"
            )
            hits.append(SignalHit("PERSON_NAME", 1.0, self.name, reason, veto=True))
        return hits

    def _evaluate(self, ctx: FieldContext) -> list[SignalHit]:
        known = ctx.platform.get("platformEntity", "")
        if known:
            table = ctx.platform.get("platformTable", "platform")
            reason = f"platform: {table} table keeps {known} in {ctx.name}"
            return [SignalHit(known, self.TABLE_SCORE, self.name, reason)]
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
