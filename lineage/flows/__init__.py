"""Flow discovery: how personal data moves between the scanned stores, beyond what each
connector reports on its own system.

- :mod:`~lineage.flows.sql_lineage`: column lineage of SQL statements (sqlglot).
- :mod:`~lineage.flows.sql_flows`: the estate's SQL jobs and the databases' views as flows.
- :mod:`~lineage.flows.links`: replication, foreign tables and FEDERATED tables between databases.
- :mod:`~lineage.flows.heroku_connect`: Heroku Connect mirrors of Salesforce objects.
- :mod:`~lineage.flows.third_parties`: third parties a system or an integration config names.
- :mod:`~lineage.flows.declared`: the flows the estate config declares.
- :mod:`~lineage.flows.propagation`: entities along column links into fields, and onto flows.
- :mod:`~lineage.flows.index` places the names SQL uses; :mod:`~lineage.flows.found` holds what
  a discovery step adds to the scan.
"""
