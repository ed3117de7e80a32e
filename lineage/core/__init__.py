"""The lowest layer: the model, identifiers, errors, plugins, the estate config schema and
transport rules. It imports nothing from connectors/, classifiers/ or the rest of lineage/."""
