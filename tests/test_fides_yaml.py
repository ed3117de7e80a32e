"""exports/fides_datasets.yaml is written from nodes piimap builds itself (``fides.yaml_node``)
instead of PyYAML's representer: the text must be the one ``yaml.dump`` gives, byte for byte,
on the demo, on a generated estate and on any document of the types the export holds."""

from __future__ import annotations

import gc
import importlib.util
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lineage.core.model import Snapshot
from lineage.export import fides
from lineage.graph.estate import EstateGraph

from .conftest import REPO

DUMPERS = [yaml.SafeDumper] + ([yaml.CSafeDumper] if hasattr(yaml, "CSafeDumper") else [])


def _pyyaml(data: Any, dumper: type[yaml.SafeDumper]) -> str:
    """What the export wrote before: PyYAML's representer and emitter."""
    return str(yaml.dump(data, Dumper=dumper, sort_keys=False, allow_unicode=True, width=100))


def _pyyaml_document(snapshot: Snapshot) -> str:
    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    datasets = fides.fides_datasets(snapshot)["dataset"]
    if not datasets:
        return str(yaml.safe_dump({"dataset": []}, sort_keys=False))
    return "dataset:\n" + "".join(_pyyaml([d], dumper) for d in datasets)


def test_the_demo_export_is_what_pyyaml_writes(demo_snapshot: Snapshot) -> None:
    assert fides.dumps(demo_snapshot) == _pyyaml_document(demo_snapshot)


def test_a_generated_estate_export_is_what_pyyaml_writes() -> None:
    spec = importlib.util.spec_from_file_location("piimap_bench_api", REPO / "bench" / "api.py")
    assert spec is not None and spec.loader is not None
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    snapshot = bench.synthetic_snapshot(3_000)
    text = fides.dumps(snapshot)
    assert text == _pyyaml_document(snapshot)
    assert text.count("data_categories:") > 100  # the estate holds personal data to export


_text = st.text(
    st.characters(blacklist_categories=("Cs",)) | st.sampled_from(list(":#-'\"\n {}[]&*!|>%@`")),
    max_size=140,
)
_scalars = (
    _text
    | st.sampled_from(["yes", "no", "null", "~", "1.0", "0o17", "2026-01-01", "", " x", "a: b"])
    | st.integers()
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.booleans()
    | st.none()
)
_documents = st.recursive(
    _scalars,
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.tuples(inner, inner)
        | st.just(())
        | st.dictionaries(_text | st.integers() | st.booleans(), inner, max_size=4)
    ),
    max_leaves=30,
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_documents, st.sampled_from(DUMPERS))
def test_any_document_of_plain_types_dumps_as_pyyaml_dumps_it(
    doc: Any, dumper: type[yaml.SafeDumper]
) -> None:
    assert fides._dump([doc], dumper) == _pyyaml([doc], dumper)


@pytest.mark.parametrize("dumper", DUMPERS)
def test_an_object_met_twice_is_an_anchor_and_an_alias_as_pyyaml_writes_it(
    dumper: type[yaml.SafeDumper],
) -> None:
    shared = {"status": "unknown", "evidence": ["no audit trail found"]}
    doc = {"a": shared, "b": [shared, shared["evidence"]]}
    text = fides._dump([doc], dumper)
    assert text == _pyyaml([doc], dumper)
    assert "&id001" in text and "*id001" in text


@pytest.mark.parametrize("dumper", DUMPERS)
def test_a_type_the_fast_path_does_not_know_goes_through_pyyaml(
    dumper: type[yaml.SafeDumper],
) -> None:
    import datetime

    doc = {"when": datetime.date(2026, 1, 1), "items": [1, 2]}
    assert fides._dump([doc], dumper) == _pyyaml([doc], dumper)
    with pytest.raises(yaml.representer.RepresenterError):
        fides._dump([{"x": object()}], dumper)


def test_the_export_leaves_nothing_for_the_cycle_collector(demo_snapshot: Snapshot) -> None:
    """A system's dicts and nodes are freed as soon as its text is made: left in a reference
    cycle, the half a million of a 2,000-table system waited for a pass of the collector over
    everything the process held (a fifth of the export's time)."""
    estate = EstateGraph(demo_snapshot)  # its look-ups are made once, and kept
    fides.dumps(estate)
    gc.collect()
    gc.disable()
    try:
        text = fides.dumps(estate)
        assert gc.collect() == 0
    finally:
        gc.enable()
    assert "data_categories:" in text
