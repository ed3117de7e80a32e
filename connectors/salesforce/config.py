"""The keys of a salesforce system in the estate config (docs/salesforce.md).

>>> SalesforceConfig(connector="salesforce", path="org.json").system("crm", "salesforce").boundary
<Boundary.CRM: 'crm'>
"""

from __future__ import annotations

from typing import Any, ClassVar

import pydantic

from lineage.core.model import Boundary

from ..base import ScanConfig


class SalesforceConfig(ScanConfig):
    """A Salesforce org: scanned through its APIs (``auth``) or read from an export (``path``)."""

    #: How the scan logs in: ``method`` and its keys (connectors/salesforce/auth.py).
    auth: dict[str, Any] | None = None
    #: A file written by ``piimap salesforce export``, relative to the estate file.
    path: str | None = None
    #: ``api_version``, ``retries``, ``retry_backoff`` (connectors/salesforce/connector.py).
    options: dict[str, Any] = pydantic.Field(default_factory=dict)

    default_boundary: ClassVar[Boundary] = Boundary.CRM
