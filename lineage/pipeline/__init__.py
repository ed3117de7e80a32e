"""The scan pipeline: an estate config through connectors, classifiers, flow discovery and the
assessment to a snapshot.

- :mod:`~lineage.pipeline.run`: :func:`~lineage.pipeline.run.scan_estate` and its ``STAGES``.
- :mod:`~lineage.pipeline.stages`: each stage, and the scan state they share.
- :mod:`~lineage.pipeline.classify`: what the classifiers see of each field.
- :mod:`~lineage.pipeline.overrides`: a privacy engineer's reviewed decisions on fields.
- :mod:`~lineage.pipeline.demo_estate`: the bundled demo estate.
"""
