"""The EstateGraph: one networkx MultiDiGraph built once from a snapshot, and the questions
asked of it (where, trace, subset, carrying, DSAR)."""
