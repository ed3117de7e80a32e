"""exports/fides_datasets.yaml is written by ``lineage/export/block_yaml.py`` instead of PyYAML's
representer and emitter: its text must be PyYAML's, byte for byte, with libyaml's emitter and
with PyYAML's own, for any document of the types the export holds, whatever its strings."""

from __future__ import annotations

from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lineage.export import block_yaml

DUMPERS = [yaml.SafeDumper] + ([yaml.CSafeDumper] if hasattr(yaml, "CSafeDumper") else [])


def _pyyaml(doc: Any, dumper: type[yaml.SafeDumper]) -> str:
    return str(yaml.dump(doc, Dumper=dumper, sort_keys=False, allow_unicode=True, width=100))


_awkward = st.sampled_from(
    ["", " ", "x ", " x", "a: b", "a:", "a #b", "a#b", "#a", "- a", "-a", "-", "? a", ":", "---",
     "...x", "'q'", "it's", '"d"', "yes", "no", "No", "on", "null", "~", "true", "1", "-2", "0o17",
     "0x1f", "1_000", "1.5", ".5", "1e3", ".nan", "2026-01-01", "2026-01-01T00:00:00Z", "<<", "=",
     "é", "naïve café", "\u00a0x", "\u2028", "\x85", "\ufeff", "😀", "\t", "a\tb", "a\nb", "a\n",
     "\r", "a\\b", "{a}", "[a]", "a,b", "&a", "*a", "!a", "|a", ">a", "%a", "@a", "`a", "a'b'c"]
)  # fmt: skip
_words = st.lists(
    st.text(st.characters(codec="utf-8"), min_size=1, max_size=12) | _awkward, max_size=25
).map(" ".join)  # long text: breaks at a space past the width, wherever it sits
_text = st.text(st.characters(codec="utf-8"), max_size=30) | _awkward | _words
_scalars = (
    _text
    | st.integers()
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.booleans()
    | st.none()
)
_keys = (
    _text
    | st.text(st.characters(codec="utf-8"), min_size=40, max_size=70)
    | st.sampled_from(["k" * 127, "k" * 128, "é" * 63, "é" * 64, "a\nb", "\x85"])
)
_documents = st.recursive(
    _scalars,
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.tuples(inner, inner)
        | st.just(())
        | st.dictionaries(_keys, inner, max_size=4)
    ),
    max_leaves=30,
)


def _simple_keys(doc: Any, dumper: type[yaml.SafeDumper]) -> bool:
    """Whether every key of ``doc`` is a string PyYAML writes as a simple key (``key:``, not
    ``? key``)."""
    if isinstance(doc, dict):
        return all(
            isinstance(k, str)
            and not _pyyaml({k: None}, dumper).startswith("? ")
            and _simple_keys(v, dumper)
            for k, v in doc.items()
        )
    if isinstance(doc, (list, tuple)):
        return all(_simple_keys(item, dumper) for item in doc)
    return True


@settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(doc=st.lists(_documents, min_size=1, max_size=3) | st.dictionaries(_keys, _documents,
       min_size=1, max_size=3), dumper=st.sampled_from(DUMPERS))  # fmt: skip
def test_any_document_is_written_as_pyyaml_writes_it(
    doc: Any, dumper: type[yaml.SafeDumper]
) -> None:
    text = block_yaml.dump(doc, dumper)
    if _simple_keys(doc, dumper):  # written here, not left to PyYAML
        assert text is not None
    if text is not None:
        assert text == _pyyaml(doc, dumper)


@pytest.mark.parametrize("dumper", DUMPERS)
@pytest.mark.parametrize("column", range(0, 24, 2))
def test_long_text_breaks_at_the_width_wherever_it_starts(
    dumper: type[yaml.SafeDumper], column: int
) -> None:
    words = "evidence of the control, with quotes ' and: colons, " * 4
    doc: Any = {"evidence": [words, words.strip(), f"'{words}'", "x" * 120, "y " * 60]}
    for _ in range(column // 2):
        doc = {"k": doc}
    for value in (doc, [doc], [[doc]]):
        text = block_yaml.dump(value, dumper)
        assert text is not None and text == _pyyaml(value, dumper)
    assert "\n" in text.split("evidence:")[1].split("\n- ")[0]  # a text did break


@pytest.mark.parametrize("dumper", DUMPERS)
def test_what_is_left_to_pyyaml(dumper: type[yaml.SafeDumper]) -> None:
    shared = ["a"]
    assert block_yaml.dump([{"a": shared, "b": shared}], dumper) is None  # an anchor, an alias
    assert block_yaml.dump([{1: "a"}], dumper) is None  # a key that is not a string
    assert block_yaml.dump([{"k" * 129: "a"}], dumper) is None  # not a simple key
    assert block_yaml.dump([{"a\nb": "a"}], dumper) is None
    assert block_yaml.dump([{"when": object()}], dumper) is None
    assert block_yaml.dump([], dumper) is None


@pytest.mark.parametrize("dumper", DUMPERS)
def test_a_text_breaks_at_its_first_space_past_the_width(dumper: type[yaml.SafeDumper]) -> None:
    for n in range(90, 105):  # "k: " then n characters, a space, one more: a space at column 3+n
        for value in ("x" * n + " y", "'" + "x" * n + " y", "x" * n + " y z"):
            doc = [{"k": value}]
            text = block_yaml.dump(doc, dumper)
            assert text is not None and text == _pyyaml(doc, dumper)
