"""The scan pipeline: an estate config through connectors, classifiers, flow discovery and the
assessment to a snapshot; reviewed overrides; the bundled demo estate."""
