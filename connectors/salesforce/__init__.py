"""Salesforce: the connector and the loopback fake org it is tested against."""

from .connector import SalesforceConnector

__all__ = ["SalesforceConnector"]
