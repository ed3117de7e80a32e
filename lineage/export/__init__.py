"""Exports: tables, the record of processing and CCPA disclosure, fideslang, OpenLineage, the
manifest and bundle, and every artefact of a scan (write_outputs)."""
