"""The platform signal: Salesforce ComplianceGroup and SecurityClassification."""

from __future__ import annotations

import pytest

from classifiers import FieldContext, default_classifier

CLASSIFIER = default_classifier()

CASES = [
    # (field, platform metadata, expected {entity: minimum confidence})
    ("Email", {"ComplianceGroup": "PII;GDPR"}, {"EMAIL_ADDRESS": 0.79}),
    (
        "Preferred_Store__c",
        {"ComplianceGroup": "GDPR;CCPA", "SecurityClassification": "Confidential"},
        {"OTHER_PERSONAL_DATA": 0.5},
    ),
    ("Segment__c", {"SecurityClassification": "Confidential"}, {}),
    ("Segment__c", {"ComplianceGroup": "HIPAA"}, {"OTHER_PERSONAL_DATA": 0.5}),
    ("Segment__c", {}, {}),
    ("Email", {"SecurityClassification": "Restricted"}, {"EMAIL_ADDRESS": 0.74}),
]


@pytest.mark.parametrize("name, platform, expected", CASES)
def test_platform_cases(name, platform, expected):
    ctx = FieldContext("crm", "Contact", name, "string", platform=platform)
    hits = {h.entity: h for h in CLASSIFIER.classify([ctx])[0]}
    assert set(hits) == set(expected)
    for entity, minimum in expected.items():
        assert hits[entity].confidence >= minimum
        if platform.get("ComplianceGroup"):
            assert "platform: ComplianceGroup" in hits[entity].explanation
