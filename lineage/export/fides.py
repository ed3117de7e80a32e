"""A snapshot as fideslang datasets: ``exports/fides_datasets.yaml`` for the fides CLI.

One fideslang ``Dataset`` per scanned system, one collection per dataset, one field per column,
with the fideslang data categories of the field's entities (classifiers/taxonomy.py). fideslang
keeps free-form data only in a dataset's ``meta``, so piimap's evidence (system facts, encryption
at rest, retention, audit trail, confidence) lives there, keyed by collection and field, under
``meta.piimap``. Explanations are left out: they may quote masked sampled values. docs/exports.md
describes the format.

>>> from lineage.core.model import Dataset, EntityHit, Field, Snapshot, System
>>> s = Snapshot(scanned_at="2026-01-01T00:00:00Z", piimap_version="0.1.0",
...     systems=(System("Shop", "sqlite"),), datasets=(Dataset("Shop", "users"),),
...     fields=(Field("Shop", "users", "email", "text",
...                   entities=(EntityHit("EMAIL_ADDRESS", 0.9),)),))
>>> ds = fides_datasets(s)["dataset"][0]
>>> ds["fides_key"], ds["collections"][0]["fields"][0]["data_categories"]
('shop', ['user.contact.email'])
"""

from __future__ import annotations

import hashlib
import io
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from functools import partial
from pathlib import Path
from typing import Any

import yaml

from classifiers.taxonomy import TAXONOMY, field_categories
from lineage.core.model import Boundary, Control, Dataset, Field, Snapshot, System
from lineage.core.snapshot import paused_gc, write_atomic
from lineage.graph.estate import EstateGraph

#: Where :func:`write_fides` puts the file, relative to the output folder.
FIDES_PATH = Path("exports") / "fides_datasets.yaml"


def fides_key(system_id: str) -> str:
    """A fides key for a system id: lowercase, with anything outside ``[a-z0-9_.-]`` as ``_``.

    >>> fides_key("Shop EU/1")
    'shop_eu_1'
    """
    return re.sub(r"[^a-z0-9_.-]", "_", system_id.lower()) or "_"


def fides_keys(systems: Iterable[System]) -> dict[str, str]:
    """Each system's fides key; ids that fold to the same key (``Shop``, ``shop``) each get a
    suffix from a hash of their own id, so a key never depends on which other systems exist.

    >>> fides_keys([System("Shop", "sqlite"), System("shop", "sqlite"), System("crm", "x")])
    {'Shop': 'shop-d00aae', 'shop': 'shop-8d9001', 'crm': 'crm'}
    """
    ids = [s.id for s in systems]
    counts = Counter(fides_key(i) for i in ids)
    return {
        i: fides_key(i)
        if counts[fides_key(i)] == 1
        else f"{fides_key(i)}-{hashlib.sha256(i.encode()).hexdigest()[:6]}"
        for i in ids
    }


def data_categories(field: Field) -> list[str]:
    """The fideslang keys of a field's entities, in the entities' order; none for a field
    without personal data, or holding only a user's own entities (they have no fides key)."""
    known = [e.entity for e in field.entities if e.entity in TAXONOMY]
    return list(field_categories(known).fides) if known else []


def fides_datasets(estate: EstateGraph | Snapshot) -> dict[str, Any]:
    """The fideslang document: ``{"dataset": [...]}``, one dataset per scanned system."""
    return {"dataset": [make() for make in _datasets(estate)]}


def _discovered(system: System) -> bool:
    """Known only from another system's scan (a broker's client): it has no datasets."""
    return any(f.name == "discovered_by" for f in system.facts)


def _datasets(estate: EstateGraph | Snapshot) -> Iterator[Callable[[], dict[str, Any]]]:
    """The document's datasets, one per scanned system, each as the call that makes it (so that
    :func:`chunks` makes, dumps and drops one with the cycle collector paused throughout)."""
    estate = EstateGraph.of(estate).canonical
    snapshot = estate.snapshot
    scanned = [
        s
        for s in snapshot.systems
        if s.scanned and s.boundary != Boundary.THIRD_PARTY and not _discovered(s)
    ]
    keys = fides_keys(scanned)
    datasets: dict[str, list[Dataset]] = {s.id: [] for s in scanned}
    for d in snapshot.datasets:
        datasets.get(d.system, []).append(d)
    for system in scanned:
        yield partial(_dataset, estate, system, keys[system.id], datasets[system.id])


def _dataset(
    estate: EstateGraph, system: System, key: str, datasets: list[Dataset]
) -> dict[str, Any]:
    snapshot = estate.snapshot
    collections = []
    evidence: dict[str, Any] = {}
    for d in datasets:
        columns = estate.columns.get(d.id, [])
        collections.append(_collection(d, columns))
        evidence[d.name] = _collection_meta(d, columns)
    out: dict[str, Any] = {"fides_key": key, "name": system.name or system.id}
    out["description"] = f"{system.kind} system {system.id!r} as scanned by piimap"
    out["collections"] = collections
    out["meta"] = {
        "piimap": {
            "version": snapshot.piimap_version,
            "scanned_at": snapshot.scanned_at,
            "system": _system_meta(system),
            "collections": evidence,
        }
    }
    return out


def _collection(d: Dataset, columns: list[Field]) -> dict[str, Any]:
    out: dict[str, Any] = {"name": d.name}
    if d.comment:
        out["description"] = d.comment
    # in fideslang's own order (it sorts fields by name), so a fides round trip changes nothing
    ordered = sorted(columns, key=lambda f: f.name)
    out["fields"] = [_field(f, primary=f.name in d.primary_key) for f in ordered]
    return out


def _field(f: Field, primary: bool) -> dict[str, Any]:
    out: dict[str, Any] = {"name": f.name}
    if f.comment:
        out["description"] = f.comment
    categories = data_categories(f)
    if categories:
        out["data_categories"] = categories
    if primary:
        out["fides_meta"] = {"primary_key": True}
    return out


def _control(c: Control) -> dict[str, Any]:
    return {"status": c.status.value, "evidence": list(c.evidence)}


def _system_meta(s: System) -> dict[str, Any]:
    out: dict[str, Any] = {"id": s.id, "kind": s.kind, "boundary": s.boundary.value}
    for name in ("owner", "region", "vendor", "transfer_safeguards"):
        if getattr(s, name):
            out[name] = getattr(s, name)
    if s.data_subjects:
        out["data_subjects"] = list(s.data_subjects)
    out["transit"] = _control(s.transit)
    out["at_rest_encryption"] = _control(s.at_rest)
    out["audit_trail"] = _control(s.audit)
    return out


def _collection_meta(d: Dataset, columns: list[Field]) -> dict[str, Any]:
    out: dict[str, Any] = {"kind": d.kind}
    if not d.scanned:
        out["scanned"] = False
        out["not_scanned_reason"] = d.not_scanned_reason
    out["row_count"] = d.row_count
    if d.row_count_evidence:
        out["row_count_evidence"] = d.row_count_evidence
    out["retention"] = {"policy": d.retention_policy, **_control(d.retention)}
    if d.oldest_record:
        out["retention"]["oldest_record"] = d.oldest_record
        out["retention"]["oldest_record_evidence"] = d.oldest_record_evidence
    out["audit_trail"] = _control(d.audit)
    out["at_rest_encryption"] = _control(d.at_rest)
    evidence = {f.name: _field_meta(f) for f in columns if f.is_pii or f.at_rest.evidence}
    if evidence:
        out["fields"] = evidence
    return out


def _field_meta(f: Field) -> dict[str, Any]:
    out: dict[str, Any] = {"data_type": f.data_type}
    if f.entities:
        out["confidence"] = f.confidence
        out["entities"] = [
            {"entity": e.entity, "confidence": e.confidence, "signals": list(e.signals)}
            for e in f.entities
        ]
    out["at_rest_encryption"] = _control(f.at_rest)
    return out


def dumps(estate: EstateGraph | Snapshot) -> str:
    """The YAML text; the same snapshot always gives the same text."""
    return "".join(chunks(estate))


def chunks(estate: EstateGraph | Snapshot) -> Iterator[str]:
    """The text of :func:`dumps`, one system's dataset at a time, so that only one system's
    YAML is built and held at once (with libyaml's emitter when PyYAML has it: same text)."""
    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    empty = True
    for make in _datasets(estate):
        if empty:
            yield "dataset:\n"
            empty = False
        # Paused until the system's dicts and nodes are gone, not only while they are made:
        # re-enabled while they live, the collector's next pass would cross all of them.
        with paused_gc():
            # a block sequence under a top-level key is not indented: an item dumps as in the whole
            text = _dump([make()], dumper)
        yield text
    if empty:
        yield yaml.safe_dump({"dataset": []}, sort_keys=False)


def _dump(data: list[Any], dumper: type[yaml.SafeDumper]) -> str:
    """``yaml.dump(data, Dumper=dumper, sort_keys=False, allow_unicode=True, width=100)``, with
    the node tree built by :func:`yaml_node` instead of PyYAML's representer: the same nodes go
    to the same emitter, so the text is the same. :func:`chunks` calls it with the cycle
    collector paused (a system's tree, half a million nodes for 2,000 tables, is acyclic and
    all of it alive until emitted: the passes its growth set off, each over the whole estate
    in memory, were four fifths of the time).
    """
    try:
        node = yaml_node(data)
    except TypeError:  # a value the fast path does not know: PyYAML's own representer
        return str(yaml.dump(data, Dumper=dumper, sort_keys=False, allow_unicode=True, width=100))
    stream = io.StringIO()
    out = dumper(stream, default_flow_style=False, allow_unicode=True, width=100, sort_keys=False)
    try:
        out.open()
        out.serialize(node)
        out.close()
    finally:
        out.dispose()
    return stream.getvalue()


_STR, _INT = "tag:yaml.org,2002:str", "tag:yaml.org,2002:int"
_BOOL, _NULL = "tag:yaml.org,2002:bool", "tag:yaml.org,2002:null"
_SEQ, _MAP = "tag:yaml.org,2002:seq", "tag:yaml.org,2002:map"


def yaml_node(data: Any) -> yaml.Node:
    """The node PyYAML's ``SafeRepresenter`` (block style, keys unsorted) makes of ``data``, for
    plain dicts, lists, tuples, strings, numbers, booleans and None; a container met twice is
    the same node (an anchor and an alias in the text, as PyYAML writes it). Raises TypeError
    on any other type (the caller falls back to PyYAML).

    >>> doc = {"b": [1, 2.5, True, None, "x"], "a": {"k": ()}}
    >>> print(yaml.serialize(yaml_node(doc), Dumper=yaml.SafeDumper), end="")
    b:
    - 1
    - 2.5
    - true
    - null
    - x
    a:
      k: []
    """
    return _node(data, {})


def _node(data: Any, seen: dict[int, yaml.Node]) -> yaml.Node:
    """:func:`yaml_node`; ``seen``: the nodes made of the containers met so far, by ``id``.
    (A module function, not a closure: a closure calling itself is a reference cycle, which
    kept ``seen``, and so every node, alive until the collector's next pass.)"""
    cls = type(data)
    if cls is str:
        return yaml.ScalarNode(_STR, data)
    if cls is dict:
        key = id(data)
        if key in seen:
            return seen[key]
        pairs: list[tuple[yaml.Node, yaml.Node]] = []
        seen[key] = made_map = yaml.MappingNode(_MAP, pairs, flow_style=False)
        for k, v in data.items():
            pairs.append((_node(k, seen), _node(v, seen)))
        return made_map
    if cls is list or (cls is tuple and data != ()):
        key = id(data)
        if key in seen:
            return seen[key]
        items: list[yaml.Node] = []
        seen[key] = made_seq = yaml.SequenceNode(_SEQ, items, flow_style=False)
        for item in data:
            items.append(_node(item, seen))
        return made_seq
    if cls is bool:
        return yaml.ScalarNode(_BOOL, "true" if data else "false")
    if cls is int:
        return yaml.ScalarNode(_INT, str(data))
    if data is None:
        return yaml.ScalarNode(_NULL, "null")
    if cls is float:
        return _REPRESENTER.represent_float(data)
    if cls is tuple:  # (), which PyYAML never makes an alias of
        return yaml.SequenceNode(_SEQ, [], flow_style=False)
    raise TypeError(f"no fast YAML node for {cls.__name__}")


#: A representer for floats' text only (its ``represent_float`` reads no other state).
_REPRESENTER = yaml.SafeDumper(io.StringIO())


def write_fides(estate: EstateGraph | Snapshot, out_dir: Path) -> Path:
    """Write ``exports/fides_datasets.yaml`` under ``out_dir`` and return its path."""
    path = out_dir / FIDES_PATH
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(path, chunks(estate))
    return path
