"""A classifier worker process freezes its long-lived objects out of the cycle collector after its
first batch (lineage.pipeline.systems._settle_collector): once, in the worker only, and its
verdicts are the same as this process's."""

from __future__ import annotations

import gc
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import get_all_start_methods, get_context
from typing import Any

import pytest

from classifiers import default_classifier
from classifiers.values import ValueSettings
from lineage.core.model import Dataset, Field
from lineage.pipeline import systems
from lineage.pipeline.classify import classify


class Recorder:
    """Stands in for the ``gc`` module: records what is asked of it."""

    def __init__(self) -> None:
        self.calls: list[str] = []

    def collect(self) -> int:
        self.calls.append("collect")
        return 0

    def freeze(self) -> None:
        self.calls.append("freeze")


def test_the_collector_is_settled_once_collect_first(monkeypatch: pytest.MonkeyPatch) -> None:
    recorder = Recorder()
    monkeypatch.setattr(systems, "gc", recorder)
    monkeypatch.setattr(systems, "_SETTLED", False)
    systems._settle_collector()
    systems._settle_collector()
    assert recorder.calls == ["collect", "freeze"]


def _batch() -> tuple[list[Field], dict[str, tuple[object, ...]], list[Dataset]]:
    names = ("id", "email", "full_name", "session_token")
    fields = [Field("db", "public.people", n, "text") for n in names]
    samples: dict[str, tuple[object, ...]] = {
        fields[0].id: tuple(str(i) for i in range(30)),
        fields[1].id: tuple(f"person{i}@example.org" for i in range(30)),
        fields[2].id: tuple(f"Ada Person{i}" for i in range(30)),
        fields[3].id: tuple(f"{i:08x}9f89c84a559f573636a47ff8" for i in range(30)),
    }
    return fields, samples, [Dataset("db", "public.people")]


def _verdicts(fields: list[Field]) -> list[Any]:
    return [(f.id, f.entities) for f in fields]


def test_a_worker_freezes_after_its_first_batch_and_classifies_as_this_process() -> None:
    assert not systems._SETTLED  # this process is no worker: its collector is never touched
    method = "forkserver" if "forkserver" in get_all_start_methods() else "spawn"
    settings = ValueSettings(processes=2)
    fields, samples, datasets = _batch()
    with ProcessPoolExecutor(
        1,
        mp_context=get_context(method),
        initializer=systems._start_worker,
        initargs=(settings, 0.5),
    ) as pool:
        before = pool.submit(gc.get_freeze_count).result()
        results = [
            pool.submit(systems._classify_in_worker, fields, dict(samples), datasets, {}).result()
            for _ in range(2)
        ]
        after = pool.submit(gc.get_freeze_count).result()
    assert before == 0
    assert after > 0
    here = classify(fields, dict(samples), datasets, default_classifier(ValueSettings(processes=1)))
    assert _verdicts(results[0][0]) == _verdicts(results[1][0]) == _verdicts(here)
    assert any(entities for _, entities in _verdicts(here))  # the batch has verdicts to compare
    assert not systems._SETTLED
