"""The assessment: retention and audit status of stores and flows, and the gaps an auditor asks
about, one rule per function in a registry."""
