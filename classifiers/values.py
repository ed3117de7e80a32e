"""The value signal: Presidio recognizers over a column's sampled values.

Per column it dedupes the sampled values, runs each recognizer's cheap prefilter on a probe of
them to choose the few entities worth asking Presidio about, then analyses values in chunks and
stops once every candidate's share is settled. It reports, per entity, the share of distinct
sampled values that match it, with at most one masked example:

- support when most values match a recognizer that can label a column alone (e-mail, Luhn-valid
  card numbers, bcrypt hashes...);
- confirmation (a score too low to label a column alone) when values fit a shape that needs the
  column's name to mean anything (four digits, a date, a capitalised word);
- disagreement when values contradict what a name may claim: a veto when none could be the entity
  (a column named ``email`` holding ``true``/``false``), a penalty when the recognizer rejects
  most of them, a veto on identifying entities for enum-like columns.
"""

from __future__ import annotations

import functools
import logging
import math
import os
import re
import threading
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field, replace
from multiprocessing import get_all_start_methods, get_context
from pathlib import Path
from typing import Any, ClassVar

from .base import FieldContext, Signal, SignalHit
from .couples_and_repeats import few_people
from .demographics import person_key
from .doc_readers import document_kind
from .fixtures_and_accounts import placeholder_values
from .households_and_logins import date_parts
from .mask import mask
from .matching import (
    INSIDE,
    WEAK_SCORE,
    WEAK_WHOLE,
    WHOLE,
    Chunk,
    Finder,
    Screen,
    alternation,
    anchored,
    finders,
    is_whole,
    needed_class,
    whole_line_widths,
)
from .measures_and_factors import CLIENT_IPS, login_log, one_address, session_logins
from .members_and_codes import few_names, record_numbers, unix_birth_dates
from .name_part_words import name_part, phone_extension
from .name_tokens import singular, table_name
from .name_words import NameWords
from .organisations import company_name_hits
from .people import about_people, tokens
from .phone_digits import PHONE_REGIONS
from .prefilter_ways import Narrowing, summary
from .presidio_engine import PRESIDIO_ENTITIES, build_analyzer, ner_entities
from .row_people import noted_names
from .secrets_and_senders import addresses_only
from .types import base_type

log = logging.getLogger(__name__)

#: A cheap test of a value: could it be the entity? (a regex's ``search``, or ``may_match``)
Prefilter = Callable[[str], object]

#: Entities that single out a person; a column with only a handful of distinct values holds none.
#: (Not PASSWORD_HASH: one hash repeated is a shared default password, still a credential.)
IDENTIFYING = frozenset({
    "EMAIL_ADDRESS", "PHONE_NUMBER", "PERSON_NAME", "STREET_ADDRESS", "CREDIT_CARD",
    "PAYMENT_TOKEN", "BANK_ACCOUNT", "NATIONAL_ID", "TAX_ID", "USERNAME", "IP_ADDRESS",
    "DEVICE_ID", "COOKIE_ID", "GEOLOCATION",
})  # fmt: skip
#: Entities whose prefilter states what every value must have (an @, digits, letters only), so a
#: name is vetoed when no value has it and lowered when few have. For the others (national ids of
#: 190 countries, payment tokens of every processor) failing the known formats says nothing.
CHECKABLE = frozenset({"EMAIL_ADDRESS", "IP_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD",
                       "DATE_OF_BIRTH", "PERSON_NAME", "CITY"})  # fmt: skip
_CHECKABLE_ORDER = sorted(CHECKABLE)
#: Recognizers exhaustive enough that rejecting 90% of values lowers a name's claim, and by how
#: much. Phone numbers and card numbers are left out: unformatted numbers of other regions and
#: dirty exports (cards in scientific notation) fail their recognizers yet are what the name says.
DISAGREEMENT = {"EMAIL_ADDRESS": 0.7, "IP_ADDRESS": 0.7}
#: A column sampled 20+ times with at most this many distinct values is an enum or a flag.
ENUM_MAX_DISTINCT = 5
_NUMERIC_TYPE = re.compile(r"int|numeric|decimal|float|double|real|number|money", re.I)
#: Date and time types: the database checked every value is a date or a time, so the only
#: entity its values are asked about is a date of birth (a phone or licence number shape in
#: ``2024-03-05`` is a coincidence).
_TEMPORAL_TYPE = re.compile(
    r"^(?:date|datetime|datetime2|smalldatetime|datetimeoffset|timestamp|timestamptz|time|"
    r"timetz|interval|year)\b",
    re.I,
)
_TEMPORAL_ENTITIES = frozenset({"DATE_OF_BIRTH"})
#: Found inside free text (values of several words), these entities label a column (a notes
#: column holding e-mails), with this score; digit runs in free text (user agents, order
#: references) look like phone numbers too often to do more than hint.
EMBEDDABLE = {"EMAIL_ADDRESS": 0.55, "CREDIT_CARD": 0.55, "IP_ADDRESS": 0.55,
              "BANK_ACCOUNT": 0.55, "PHONE_NUMBER": 0.3}  # fmt: skip
#: A column name with the word ext, extn or extension (``phone_ext``, ``PhoneExtension``).
_EXTENSION_NAME = re.compile(
    r"(?:^|[^A-Za-z]|(?<=[a-z])(?=E))(?:[Ee]xt(?:ension|n)?|EXT(?:ENSION|N)?)s?(?![a-z])"
)
#: A column named for a phone (``phone``, ``mobile_no``, ``HomePhone``): its numbers are phone
#: numbers even when they follow one another, as a demo's or a test's numbered people's do.
_PHONE_NAME = re.compile(r"phone|mobile", re.I)
#: ...unless its last word says it keys or counts something (``phone_id``, ``mobile_device_id``).
_KEY_OR_COUNT = frozenset({"id", "ids", "key", "pk", "fk", "count", "counts", "version", "seq"})
#: A value with at least this many words is free text.
FREE_TEXT_WORDS = 4
#: A value matched whole by a recognizer of the key's entity is not asked about these: a card
#: number that passes the Luhn check is a card number, not also a phone number (one in forty
#: card numbers parses as a valid phone number of some region; asking costs most of a card
#: column's time).
PRECEDES = {"CREDIT_CARD": frozenset({"PHONE_NUMBER"})}


@dataclass(frozen=True)
class ValueSettings:
    """What builds the analyzer; picklable, so worker processes can build their own."""

    phone_regions: tuple[str, ...] = PHONE_REGIONS
    spacy_model: str | None = None
    recognizer_files: tuple[str, ...] = ()
    processes: int = 0


@dataclass
class _Tally:
    analysed: int = 0
    alone: Counter[str] = field(default_factory=Counter)
    confirm: Counter[str] = field(default_factory=Counter)
    embedded: Counter[str] = field(default_factory=Counter)
    example: dict[str, str] = field(default_factory=dict)


class _Engine:
    """An analyzer and what piimap knows about its recognizers (one per process)."""

    def __init__(self, settings: ValueSettings) -> None:
        from .recognizers import RECOGNIZERS

        ours = [cls() for cls in RECOGNIZERS]
        self.analyzer = build_analyzer(
            phone_regions=settings.phone_regions,
            spacy_model=settings.spacy_model,
            recognizer_files=[Path(p) for p in settings.recognizer_files],
            extra_recognizers=ours,
        )
        ner = set(ner_entities(settings.spacy_model))
        #: analyzer entity -> piimap entity
        self.entity: dict[str, str] = {}
        #: recognizer name -> whether its matches need a name to label a column
        self.needs_name: dict[str, bool] = {}
        #: analyzer entity -> its recognizers' prefilters by their regex (None: always a
        #: candidate), each a test of a value: the regex's search or the recognizer's faster
        #: equivalent (``may_match``)
        prefilters: dict[str, dict[str | None, Prefilter | None]] = defaultdict(dict)
        for name, spec in PRESIDIO_ENTITIES.items():
            if name in ("PERSON", "LOCATION") and name not in ner:
                continue
            self.entity[name] = spec.entity
            prefilters[name][spec.prefilter] = re.compile(spec.prefilter).search
        for recognizer in self.analyzer.registry.recognizers:
            own = getattr(recognizer, "ENTITY", None)
            for entity in recognizer.supported_entities:
                if own is not None:
                    self.entity[entity] = entity
                    regex: str | None = recognizer.PREFILTER or None
                    prefilters[entity].setdefault(regex, _prefilter(recognizer) if regex else None)
                    self.needs_name[recognizer.name] = recognizer.NEEDS_NAME
                elif entity in PRESIDIO_ENTITIES and entity in self.entity:
                    self.needs_name[recognizer.name] = PRESIDIO_ENTITIES[entity].needs_name
                elif entity not in self.entity and _is_user_entity(entity):
                    self.entity[entity] = entity  # a user's YAML recognizer
                    prefilters[entity][None] = None
                    self.needs_name[recognizer.name] = False
        self.direct = settings.spacy_model is None
        self._steps: dict[tuple[str, ...], list[_Step]] = {}
        self._finders: dict[int, tuple[Finder | None, Screen | None]] = {}
        self._seen: dict[tuple[tuple[str, ...], bool], dict[str, dict[str, str]]] = {}
        #: per probe's summary, what :func:`_candidates` asks of it (:func:`_plan`)
        self.plans: dict[tuple[int, ...], _Plan] = {}
        #: values in ``_seen`` (about 0.3 kB each)
        self.seen_values = 0
        #: analyzer entity -> its recognizers' prefilters (None: always a candidate)
        self.prefilter: dict[str, tuple[Prefilter, ...] | None] = {}
        joined: dict[str, tuple[str, ...]] = {}  # the regexes of an entity's first prefilter
        for e, ps in prefilters.items():
            items = None if None in ps else sorted(ps.items(), key=lambda kv: str(kv[0]))
            self.prefilter[e], joined[e] = _joined(items) if items is not None else (None, ())
        #: the same, each as a test of several values: does any pass? (to the first, in C)
        self.prefilter_any: dict[str, tuple[Callable[[list[str]], bool], ...]] = {
            e: tuple(map(_any_of, tests)) for e, tests in self.prefilter.items() if tests
        }
        #: analyzer entity -> a search for the characters one of which every value its
        #: prefilters accept holds (:func:`.matching.needed_class`), where each has some
        self.prefilter_needs: dict[str, Callable[[str], object]] = {}
        classes: dict[str, Callable[[str], object]] = {}  # one search per class, shared
        for e, tests in self.prefilter.items():
            needed = _needed_by_all(tests or ())
            if needed is not None:
                self.prefilter_needs[e] = classes.setdefault(needed, re.compile(needed).search)
        #: analyzer entity -> the lengths a value of one line that its prefilters accept may
        #: have (:func:`.matching.whole_line_widths`), where each prefilter runs from the value's
        #: start to its end
        self.prefilter_widths: dict[str, tuple[tuple[int, int], ...]] = {}
        for e, tests in self.prefilter.items():
            widths = _widths_of_all(tests or ())
            if widths is not None:
                self.prefilter_widths[e] = widths
        #: analyzer entity -> its prefilters narrowed per probe to the regexes that may match
        #: one of its values, where some regex's ways are known (:mod:`.prefilter_ways`)
        self.prefilter_ways: dict[str, Narrowing] = {}
        for e, tests in self.prefilter.items():
            if not tests:
                continue
            sources = [
                joined[e] if i == 0 and joined[e] else _source_of(t) for i, t in enumerate(tests)
            ]
            parts = list(zip(tests, self.prefilter_any[e], sources, strict=True))
            narrowing = Narrowing(parts, _search_of)
            if narrowing.screens():
                self.prefilter_ways[e] = narrowing

    def steps(self, entities: tuple[str, ...]) -> list[_Step]:
        """How to ask the registry's recognizers for these entities about a value (cached per
        set): a fast finder where :mod:`.matching` has one, else the recognizer's ``analyze``;
        recognizers of entities that take precedence (:data:`PRECEDES`) first."""
        found = self._steps.get(entities)
        if found is None:
            recognizers = self.analyzer.registry.get_recognizers(
                language="en", entities=list(entities)
            )
            steps = [self._step(r) for r in recognizers]
            steps.sort(key=lambda step: step.entity not in PRECEDES)  # stable: otherwise as is
            found = self._steps[entities] = steps
        return found

    def seen(self, entities: tuple[str, ...], numeric: bool) -> dict[str, dict[str, str]]:
        """What :meth:`best_kinds` said of values already analysed for these entities: the same
        city, first name or status in many columns is asked about once. Bounded: forgotten
        after :data:`SEEN_MAX` values."""
        if self.seen_values > SEEN_MAX:
            self._seen.clear()
            self.seen_values = 0
        found = self._seen.get((entities, numeric))
        if found is None:
            found = self._seen[(entities, numeric)] = {}
        return found

    def _step(self, recognizer: Any) -> _Step:
        own = recognizer.supported_entities
        find, screen = self._finder(recognizer) if self.direct and len(own) == 1 else (None, None)
        return _Step(
            recognizer,
            recognizer.name,
            self.needs_name.get(recognizer.name, False),
            self.entity.get(own[0]) if own else None,
            find,
            screen,
        )

    def _finder(self, recognizer: Any) -> tuple[Finder | None, Screen | None]:
        """The recognizer's finder and screen, made the first time a value is asked about its
        entity and then shared by the steps of every set of entities (its regexes' bounds take
        time to work out: building every finder up front would cost each process half a
        second)."""
        key = id(recognizer)  # the registry keeps every recognizer for the engine's lifetime
        if key not in self._finders:
            self._finders[key] = finders(recognizer)
        return self._finders[key]

    def best_kinds(
        self, value: str, entities: list[str], steps: list[_Step], numeric: bool
    ) -> dict[str, str]:
        """Per entity, the strongest kind of match of this value: ``alone`` (a whole match that
        may label a column), ``confirm`` (a whole match that needs the name: numbers, four
        digits...) or ``embedded`` (a match inside free text).

        Without NER the recognizers are called directly: the AnalyzerEngine around them adds
        context enhancement (piimap weighs names itself) and a deep copy of every result, which
        cost a third of the time; most are asked through a finder (:mod:`.matching`).
        """
        free = len(value.split()) >= FREE_TEXT_WORDS
        best: dict[str, str] = {}
        if not self.direct:
            for r in self.analyzer.analyze(value, language="en", entities=entities):
                name = (r.recognition_metadata or {}).get("recognizer_name", "")
                _note(best, self.entity.get(r.entity_type), r, value, free, numeric, name, self)
            for later in _preceded(best):
                best.pop(later, None)
            return best
        for step in steps:
            if best and step.entity in _PRECEDED and step.entity in _preceded(best):
                continue
            if step.find is None:
                for r in step.recognizer.analyze(value, entities, None) or ():
                    entity = self.entity.get(r.entity_type)
                    _note(best, entity, r, value, free, numeric, step.name, self)
                continue
            entity = step.entity
            if entity is None:
                continue
            whole_kind = "confirm" if numeric or step.needs_name else "alone"
            have = _RANK.get(best.get(entity, ""), -1)
            if have >= _RANK[whole_kind]:
                continue  # nothing this recognizer finds could make the value count more
            found = step.find(value, free and have < 0)
            if found == WHOLE:
                best[entity] = whole_kind
            elif found == WEAK_WHOLE:
                if have < _RANK["confirm"]:
                    best[entity] = "confirm"  # a weak pattern needs the name to agree
            elif found == INSIDE and free and have < 0:
                best[entity] = "embedded"
        return best


def _searched(test: object) -> re.Pattern[str] | None:
    """The compiled regex when ``test`` is its bound ``search``, else None."""
    owner = getattr(test, "__self__", None)
    if isinstance(owner, re.Pattern) and getattr(test, "__name__", "") == "search":
        return owner
    return None


def _joined(
    tests: list[tuple[str | None, Prefilter | None]],
) -> tuple[tuple[Prefilter, ...], tuple[str, ...]]:
    """An entity's prefilters (by their regex) as few tests: the plain searches of regexes in
    one search of their alternation (the same answer, one call a value), the others as they
    are; and the regexes of the first when it is that alternation."""
    plain = [
        source
        for source, test in tests
        if source is not None
        and (regex := _searched(test)) is not None
        and regex.pattern == source
        and regex.flags == re.compile(source).flags
    ]
    joined = _search_of(plain) if len(plain) > 1 else None
    if joined is None:
        return tuple(test for _, test in tests if test), ()
    return (joined, *(test for s, test in tests if test and s not in plain)), tuple(plain)


def _search_of(plain: list[str]) -> Prefilter | None:
    """The search of the alternation of these regexes (None: they cannot be joined)."""
    if len(plain) == 1:
        found: Prefilter = re.compile(plain[0]).search
        return found
    joined = alternation(plain)
    if joined is None:
        return None
    if all(anchored(p) and not re.compile(p).flags & re.MULTILINE for p in plain):
        joined = f"^(?:{joined})"  # every one starts at 0: the regex engine tries 0 only
    return re.compile(joined).search


def _source_of(test: Prefilter) -> tuple[str, ...]:
    """The regex of a prefilter that is a plain regex's search (none for other tests)."""
    owner = _searched(test)
    if owner is None or owner.flags != re.compile(owner.pattern).flags:
        return ()
    return (owner.pattern,)


def _needed_by_all(tests: tuple[Prefilter, ...]) -> str | None:
    """A regex of the characters one of which every value any of ``tests`` accepts holds, when
    each is a regex's search with such characters; else None."""
    found = []
    for test in tests:
        owner = _searched(test)
        if owner is None:
            return None
        needed = needed_class(owner.pattern, owner.flags)
        if needed is None:
            return None
        found.append(needed.pattern)
    return "|".join(found) if found else None


def _widths_of_all(tests: tuple[Prefilter, ...]) -> tuple[tuple[int, int], ...] | None:
    """The lengths a one-line value any of ``tests`` accepts may have, when each is the search
    of a regex whose every match runs from a line's start to its end; else None."""
    found = []
    for test in tests:
        owner = _searched(test)
        widths = None if owner is None else whole_line_widths(owner.pattern, owner.flags)
        if widths is None:
            return None
        found.append(widths)
    return tuple(found) or None


def _any_of(test: Prefilter) -> Callable[[list[str]], bool]:
    """A prefilter as a test of several values: its recognizer's ``may_match_any`` for a
    ``may_match``, else ``any`` over ``map``."""
    owner = getattr(test, "__self__", None)
    batch = getattr(owner, "may_match_any", None)
    if getattr(test, "__name__", "") == "may_match" and batch is not None:
        found: Callable[[list[str]], bool] = batch
        return found
    return lambda values: any(map(test, values))


def _prefilter(recognizer: Any) -> Prefilter:
    """The recognizer's prefilter test: its compiled regex's ``search`` (no Python call around
    it), or its own ``may_match`` where it answers faster than the regex."""
    from .recognizers.base import ValueRecognizer

    if type(recognizer).may_match is ValueRecognizer.may_match:
        found: Prefilter = recognizer.prefilter.search
        return found
    return recognizer.may_match


_PRECEDED = frozenset().union(*PRECEDES.values())


def _preceded(best: dict[str, str]) -> frozenset[str]:
    """The entities a value is no longer asked about, given its whole matches so far."""
    out: frozenset[str] = frozenset()
    for entity, later in PRECEDES.items():
        if best.get(entity) in ("alone", "confirm"):
            out |= later
    return out


@dataclass(frozen=True)
class _Step:
    """One recognizer, what its matches count as, its finder (None: call ``analyze``) and its
    screen of several values at once (None: none)."""

    recognizer: Any
    name: str
    needs_name: bool
    entity: str | None
    find: Finder | None
    screen: Screen | None = None


def _live(steps: list[_Step], fresh: list[str], passed: set[str] | None = None) -> list[_Step]:
    """The steps that may find something in these values: a screen of them all drops a
    recognizer none of them could match (:mod:`.matching`). ``passed``: the steps whose
    screen let an earlier chunk of the column through, asked again without one (a screen only
    spares a finder's calls: a step kept that its screen would drop finds nothing); the
    steps let through now are added to it."""
    if not fresh:
        return steps
    if passed is None:
        passed = set()
    chunk: Chunk | None = None
    live = []
    for step in steps:
        if step.screen is not None and step.name not in passed:
            chunk = chunk or Chunk.of(fresh)
            if not step.screen(chunk):
                continue
            passed.add(step.name)
        live.append(step)
    return live


def _note(
    best: dict[str, str],
    entity: str | None,
    result: Any,
    value: str,
    free: bool,
    numeric: bool,
    recognizer: str,
    engine: _Engine,
) -> None:
    """Count one Presidio result of ``value`` in ``best`` (see :meth:`_Engine.best_kinds`)."""
    if entity is None:
        return
    whole = is_whole(result.start, result.end, value)
    if not whole and not free:
        return
    if not whole:
        kind = "embedded"
    elif numeric or engine.needs_name.get(recognizer, False) or result.score < WEAK_SCORE:
        kind = "confirm"  # a weak pattern (nine bare digits) needs the name to agree
    else:
        kind = "alone"
    if _RANK[kind] > _RANK.get(best.get(entity, ""), -1):
        best[entity] = kind


def _is_user_entity(entity: str) -> bool:
    return (
        entity
        not in {
            "DATE_TIME",
            "URL",
            "UUID",
            "CRYPTO",
            "MEDICAL_LICENSE",
            "NRP",
            "ORGANIZATION",
            "PERSON",
            "LOCATION",
        }
        and entity not in PRESIDIO_ENTITIES
    )


_ENGINES: dict[ValueSettings, _Engine] = {}


def _engine(settings: ValueSettings) -> _Engine:
    engine = _ENGINES.get(settings)
    if engine is None:
        engine = _ENGINES[settings] = _Engine(settings)
    return engine


class ValueSignal(Signal):
    """Presidio recognizers over sampled values (see the module docstring)."""

    name = "values"
    #: Fewer distinct values than this give no opinion.
    MIN_VALUES: ClassVar[int] = 3
    #: Values probed with prefilters to choose candidate entities.
    PROBE: ClassVar[int] = 20
    #: Share of probed values a prefilter must accept to make its entity a candidate.
    CANDIDATE_SHARE: ClassVar[float] = 0.3
    #: Values analysed before a column may be settled, and per step after that.
    SETTLE_AFTER: ClassVar[int] = 20
    CHUNK: ClassVar[int] = 10
    #: Fewest columns with samples for which worker processes pay for their start-up.
    PARALLEL_MIN: ClassVar[int] = 200

    def __init__(self, settings: ValueSettings | None = None) -> None:
        self.settings = settings or ValueSettings()

    @classmethod
    def from_settings(cls, settings: Any) -> ValueSignal:
        return cls(settings)

    @classmethod
    def is_available(cls) -> bool:
        import importlib.util

        return importlib.util.find_spec("presidio_analyzer") is not None

    def prepare(self) -> None:
        _engine(self.settings)

    def check(self) -> None:
        """Build the analyzer now only where a setting could fail (a spaCy model, recognizer
        files): with neither, nothing can, and the first value this process classifies builds
        it, so a scan whose batches all go to worker processes never imports Presidio and spaCy
        in its own (about a second and 100 MB)."""
        if self.settings.spacy_model or self.settings.recognizer_files:
            self.prepare()

    def evaluate(self, ctx: FieldContext) -> list[SignalHit]:
        return _evaluate(_engine(self.settings), ctx)

    def evaluate_many(self, ctxs: Sequence[FieldContext]) -> list[list[SignalHit]]:
        todo = [i for i, c in enumerate(ctxs) if c.samples]
        out: list[list[SignalHit]] = [[] for _ in ctxs]
        workers = self.settings.processes or (os.cpu_count() or 1)
        if workers > 1 and len(todo) >= self.PARALLEL_MIN:
            try:
                self._in_workers(ctxs, todo, workers, out)
                return out
            except BrokenProcessPool:  # e.g. a __main__ the workers cannot import
                log.warning("worker processes failed; classifying in this process instead")
        engine = _engine(self.settings)
        for i in todo:
            out[i] = _evaluate(engine, ctxs[i])
        return out

    def _in_workers(
        self,
        ctxs: Sequence[FieldContext],
        todo: list[int],
        workers: int,
        out: list[list[SignalHit]],
    ) -> None:
        chunk = max(8, math.ceil(len(todo) / (workers * 4)))
        # Fork is fastest, but unsafe once the process runs threads (the CLI's progress bars).
        methods = get_all_start_methods()
        method = (
            "fork"
            if threading.active_count() == 1 and "fork" in methods
            else ("forkserver" if "forkserver" in methods else "spawn")
        )
        batches = [todo[i : i + chunk] for i in range(0, len(todo), chunk)]
        with ProcessPoolExecutor(workers, mp_context=get_context(method)) as pool:
            results = pool.map(
                _evaluate_batch,
                [self.settings] * len(batches),
                [[ctxs[i] for i in b] for b in batches],
            )
            for batch, hits in zip(batches, results, strict=True):
                for i, h in zip(batch, hits, strict=True):
                    out[i] = h


def _evaluate_batch(settings: ValueSettings, ctxs: list[FieldContext]) -> list[list[SignalHit]]:
    engine = _engine(settings)
    return [_evaluate(engine, c) for c in ctxs]


#: The one type whose values are stripped without a look at each (``str`` itself, not a
#: subclass).
_PLAIN_TEXT = frozenset({str})


def _texts(samples: Sequence[object]) -> list[str]:
    if set(map(type, samples)) <= _PLAIN_TEXT:  # most columns: stripped in C
        return list(filter(None, map(str.strip, samples)))  # type: ignore[arg-type]
    out = []
    for value in samples:
        if isinstance(value, bytes):
            continue  # binary columns are judged by at-rest evidence, not recognizers
        text = str(value).strip()
        if text:
            out.append(text)
    return out


def _evaluate(engine: _Engine, ctx: FieldContext) -> list[SignalHit]:
    if document_kind(ctx.data_type, ctx.samples):
        return []  # JSON and XML documents are read key by key by the document signal
    texts = _texts(ctx.samples)
    distinct = list(dict.fromkeys(texts))
    if placeholder_values(ctx.name, distinct, _row_words(ctx)) and about_people(ctx):
        # A fixture's ``<column name><n>`` in a table of people: the values say nothing
        # against the name (it decides), what they say for an entity still counts.
        return [h for h in _judge(engine, ctx, texts, distinct) if h.score > 0 and not h.veto]
    return _judge(engine, ctx, texts, distinct)


def _row_words(ctx: FieldContext) -> frozenset[str]:
    """The people words of the field's table's name (``customer`` of ``cst_customer``): a
    fixture may number its rows by them (``Customer01``)."""
    return frozenset(singular(w) for w in tokens(table_name(ctx.dataset))) & NameWords.PEOPLE


def _judge(
    engine: _Engine, ctx: FieldContext, texts: list[str], distinct: list[str]
) -> list[SignalHit]:
    if (
        len(distinct) == 1
        and distinct[0].lower() in PLACEHOLDERS
        and not _KEY_WORDS.intersection(tokens(ctx.name))
    ):
        return []  # ``0`` in every row: an application's "empty", so the name decides
    hits = _enum_guard(texts, distinct, tokens(ctx.name), ctx)
    if hits and _login_log_ip(ctx, distinct):
        hits = [h for h in hits if h.entity != "IP_ADDRESS"]  # one machine logs in each time
    if hits and _login_log_user(ctx, distinct):
        hits = [h for h in hits if h.entity != "USERNAME"]  # a few staff log in each day
    if len(distinct) < ValueSignal.MIN_VALUES:
        return hits
    probe = distinct[: ValueSignal.PROBE]
    candidates, passing = _candidates(engine, probe)
    if _EXTENSION_NAME.search(ctx.name) and sum(map(phone_extension, probe)) >= 0.8 * len(probe):
        passing["PHONE_NUMBER"] = len(probe)  # an extension is part of a phone number
    if date_parts(probe) or (unix_birth_dates(tokens(ctx.name), probe) and about_people(ctx)):
        # a year, month or day of birth kept apart, ``0`` where it is not known; or a person's
        # birth date kept as a Unix time
        passing["DATE_OF_BIRTH"] = len(probe)
    if len(texts) >= 10:
        if passing.get("PERSON_NAME", len(probe)) < ValueSignal.CANDIDATE_SHARE * len(probe):
            # a name with a note in brackets after it (``Ana Lima (Sales)``) is a name still
            passing["PERSON_NAME"] += noted_names(probe)
        hits.extend(_disagreements(passing, len(probe)))
    words = tokens(ctx.name)
    named_phone = _PHONE_NAME.search(ctx.name) and not (words and words[-1] in _KEY_OR_COUNT)
    counter = [] if named_phone else _counter_guard(distinct)
    if counter:
        hits.extend(counter)
        candidates = [c for c in candidates if engine.entity[c] not in _COUNTED]
    base = base_type(ctx.data_type)  # a domain: its base
    if _TEMPORAL_TYPE.match(base):
        candidates = [c for c in candidates if engine.entity[c] in _TEMPORAL_ENTITIES]
    if candidates:
        numeric = bool(_NUMERIC_TYPE.search(base))
        tally = _analyse(engine, distinct, candidates, numeric)
        verdicts = _verdicts(engine, tally, candidates)
        if any(h.entity == "EMAIL_ADDRESS" and h.score > 0 for h in verdicts):
            # Addresses on reserved test domains: say the copy scanned is likely a sandbox.
            from .recognizers.email_shape import reserved_domain_note  # imports Presidio

            note = reserved_domain_note(distinct[: tally.analysed])
            verdicts = [
                replace(h, reason=h.reason + note)
                if h.entity == "EMAIL_ADDRESS" and h.score > 0
                else h
                for h in verdicts
            ]
        if record_numbers(words, probe):
            verdicts = [h for h in verdicts if h.entity != "PHONE_NUMBER"]
            reason = (
                f"values: the sampled values of {ctx.name!r} are a record's numbers with a year "
                "after a slash, not phone numbers"
            )
            verdicts.append(SignalHit("PHONE_NUMBER", 1.0, "values", reason, veto=True))
        hits.extend(verdicts)
    hits.extend(company_name_hits(distinct))  # company names are not people's names
    return _dedupe_vetoes(hits)


def _candidates(engine: _Engine, probe: list[str]) -> tuple[list[str], dict[str, int]]:
    """The analyzer entities whose prefilters accept enough probed values, and per piimap entity
    how many values the most accepting of its prefilters accepts.

    Counting stops once the outcome is known: at the share that makes a candidate (a count
    that high is never read again), or, for an entity no disagreement is drawn for, once too
    few values are left to reach it. Most prefilters accept none of a column's values: one
    ``any`` over the values the count would read (in C, to the first accepted) says so, and
    only then are they counted one by one.
    """
    need = ValueSignal.CANDIDATE_SHARE * len(probe)
    # Without a match, an inexact count reads the values while enough are left to reach need.
    inexact = probe[: max(0, len(probe) - math.ceil(need) + 1)]
    candidates = []
    passing: dict[str, int] = defaultdict(int)  # per piimap entity, the best of its recognizers
    chars = "".join(set("".join(probe)))  # each character of the probe once
    column = summary(probe, chars)  # the probe for the prefilters' ways (None: not read)
    if column is None:
        plan = _plan(engine, probe, chars, None)
    else:
        key = (column[0], *column[1])
        kept = engine.plans.get(key)
        if kept is None:
            if len(engine.plans) >= PLANS_KEPT:
                engine.plans.clear()
            kept = engine.plans[key] = _plan(engine, probe, chars, column)
        plan = kept
    asked, none = plan
    for analyzer_entity, entity, prefilter, any_of in asked:
        if prefilter is None:
            candidates.append(analyzer_entity)
            passing[entity] = len(probe)
            continue
        exact = entity in CHECKABLE  # _disagreements reads the count when it falls short
        read = probe if exact else inexact
        if not any(passes(read) for passes in any_of):
            passing[entity] = max(passing[entity], 0)  # what the count below would give
            continue
        count = 0
        left = len(probe)
        for value in probe:
            if count >= need or (not exact and count + left < need):
                break
            left -= 1
            for test in prefilter:
                if test(value):
                    count += 1
                    break
        passing[entity] = max(passing[entity], count)
        if count >= need:
            candidates.append(analyzer_entity)
    for entity in none:
        passing[entity] = max(passing[entity], 0)
    return candidates, passing


#: Probes' summaries whose plans (:func:`_plan`) the engine keeps (then forgets them all).
PLANS_KEPT = 4096
#: What :func:`_candidates` asks: in the engine's order, each entity's analyzer entity, piimap
#: entity, prefilters and their tests of several values (None: always a candidate); and the
#: piimap entities of the prefilters no value of the probe could pass.
_Asked = tuple[str, str, "tuple[Prefilter, ...] | None", "tuple[Callable[[list[str]], bool], ...]"]
_Plan = tuple[list[_Asked], list[str]]


def _plan(
    engine: _Engine, probe: list[str], chars: str, column: tuple[int, list[int]] | None
) -> _Plan:
    """Which entities' prefilters to ask about the probe: a prefilter none of whose ways fits
    the probe's summary (``column``), or, for a probe the ways do not read, whose needed
    character no value holds or whose whole-line widths no value has, accepts none of it. On a
    probe the ways read, the answer depends on its summary alone (its characters and lengths),
    so it is kept per summary (:data:`PLANS_KEPT`)."""
    asked: list[_Asked] = []
    none: list[str] = []
    holds: dict[Callable[[str], object], bool] = {}  # per needed class: does a value hold one?
    # One line each (so no "$" before a newline): the lengths a whole-line match could span.
    lengths = frozenset(map(len, probe)) if "\n" not in chars else None
    for analyzer_entity, prefilter in engine.prefilter.items():
        entity = engine.entity[analyzer_entity]
        if prefilter is None:
            asked.append((analyzer_entity, entity, None, ()))
            continue
        any_of = engine.prefilter_any[analyzer_entity]
        narrowing = engine.prefilter_ways.get(analyzer_entity) if column is not None else None
        if narrowing is not None:
            # only the regexes some way of which fits the probe: the others accept none of it
            # (on such a probe their ways rule out what the two screens below would)
            prefilter, any_of = narrowing.narrowed(*column)  # type: ignore[misc]
            if not prefilter:
                none.append(entity)
                continue
        else:
            needs = engine.prefilter_needs.get(analyzer_entity)
            if needs is not None:
                held = holds.get(needs)
                if held is None:
                    held = holds[needs] = needs(chars) is not None
                if not held:  # no value holds a character every accepted value has
                    none.append(entity)
                    continue
            widths = engine.prefilter_widths.get(analyzer_entity)
            if (
                widths is not None
                and lengths is not None
                and not any(lo <= n <= hi for lo, hi in widths for n in lengths)
            ):  # no value has a length an accepted value could have
                none.append(entity)
                continue
        asked.append((analyzer_entity, entity, prefilter, any_of))
    return asked, none


def _disagreements(passing: dict[str, int], probed: int) -> list[SignalHit]:
    """Vetoes and penalties for entities whose prefilters (all of them) reject the values."""
    hits = []
    for entity in _CHECKABLE_ORDER:
        count = passing.get(entity)
        if count is None or count >= ValueSignal.CANDIDATE_SHARE * probed:
            continue
        hits.append(_disagreement(entity, count, probed))
    return hits


@functools.lru_cache(maxsize=1024)
def _disagreement(entity: str, count: int, probed: int) -> SignalHit:
    """The veto (no value passes) or penalty (a few do) of :func:`_disagreements`: the same few
    for most columns, so made once (a hit is immutable)."""
    if count == 0:
        reason = f"values: none of {probed} distinct sampled values could be {_what(entity)}"
        return SignalHit(entity, 1.0, "values", reason, veto=True)
    reason = f"values: only {count} of {probed} distinct sampled values could be {_what(entity)}"
    return SignalHit(entity, -DISAGREEMENT.get(entity, 0.4), "values", reason)


def _analyse(engine: _Engine, values: list[str], candidates: list[str], numeric: bool) -> _Tally:
    """Count whole-value and embedded matches per entity; numbers never label a column alone."""
    tally = _Tally()
    key = tuple(sorted(candidates))
    steps = engine.steps(key)
    seen = engine.seen(key, numeric)
    step = ValueSignal.CHUNK
    counts = {"alone": tally.alone, "confirm": tally.confirm, "embedded": tally.embedded}
    example = tally.example
    passed: set[str] = set()  # the steps whose screens let a chunk through (see _live)
    for start in range(0, len(values), step):
        chunk = values[start : start + step]
        live = _live(steps, [v for v in chunk if v not in seen], passed) if engine.direct else steps
        for value in chunk:
            kinds = seen.get(value)
            if kinds is None:
                kinds = seen[value] = engine.best_kinds(value, candidates, live, numeric) or _NONE
                engine.seen_values += 1
            masked = None  # the value's mask, made once for all its entities
            for entity, kind in kinds.items():
                counts[kind][entity] += 1
                if entity not in example:
                    example[entity] = masked = masked or mask(value)
        tally.analysed += len(chunk)
        if tally.analysed >= ValueSignal.SETTLE_AFTER and _settled(tally, len(values)):
            break
    return tally


_RANK = {"embedded": 0, "confirm": 1, "alone": 2}
#: What most values match: nothing (one dict shared by all of them in the cache).
_NONE: dict[str, str] = {}
#: Values whose answers :meth:`_Engine.seen` keeps per process (about 5 MB).
SEEN_MAX = 20_000
#: Shares at which a verdict changes (see _verdicts), for the share of values matching alone, in
#: total, and inside free text; a column is settled when no share is near one of its boundaries.
_BOUNDARIES = ((0.2, 0.5), (0.1, 0.6), (0.2,))
_MARGIN = 0.1


def _settled(tally: _Tally, total: int) -> bool:
    """True when analysing more values could not plausibly change any verdict."""
    if tally.analysed >= total:
        return True
    n = tally.analysed
    entities = set(tally.alone) | set(tally.confirm) | set(tally.embedded)
    for entity in entities:
        alone = tally.alone[entity] / n
        shares = (alone, alone + tally.confirm[entity] / n, tally.embedded[entity] / n)
        for share, bounds in zip(shares, _BOUNDARIES, strict=True):
            if 0 < share < 1 and any(abs(share - b) < _MARGIN for b in bounds):
                return False
    return True


def _verdicts(engine: _Engine, tally: _Tally, candidates: list[str]) -> list[SignalHit]:
    n = tally.analysed
    hits = []
    for entity in sorted({engine.entity[c] for c in candidates}):
        alone, confirm = tally.alone[entity], tally.confirm[entity]
        share = (alone + confirm) / n
        example = f" (e.g. {tally.example[entity]})" if entity in tally.example else ""
        counted = f"{alone + confirm} of {n} distinct sampled values"
        if alone / n >= 0.5:
            hits.append(
                SignalHit(
                    entity,
                    0.35 + 0.6 * alone / n,
                    "values",
                    f"values: {counted} are {_what(entity)}{example}",
                    value_share=round(share, 2),
                )
            )
        elif share >= 0.6:
            hits.append(
                SignalHit(
                    entity,
                    0.3,
                    "values",
                    f"values: {counted} fit {_what(entity)}{example}, which needs "
                    "the name or type to agree",
                    value_share=round(share, 2),
                    confirms_only=True,
                )
            )
        elif alone / n >= 0.2:
            hits.append(
                SignalHit(
                    entity,
                    0.3,
                    "values",
                    f"values: {counted} are {_what(entity)}{example}",
                    value_share=round(share, 2),
                )
            )
        elif (
            entity in DISAGREEMENT and share <= 0.1 and n >= 10 and tally.embedded[entity] / n < 0.2
        ):
            penalty = DISAGREEMENT[entity]
            hits.append(
                SignalHit(
                    entity,
                    -penalty,
                    "values",
                    f"values: only {counted} are {_what(entity)}",
                    value_share=round(share, 2),
                )
            )
        embedded = tally.embedded[entity]
        if entity in EMBEDDABLE and embedded / n >= 0.2 and alone / n < 0.5:
            hits.append(
                SignalHit(
                    entity,
                    EMBEDDABLE[entity],
                    "values",
                    f"values: {_what(entity)} inside free text in {embedded} of "
                    f"{n} distinct sampled values",
                    value_share=round(embedded / n, 2),
                )
            )
    return hits


#: What an application writes for "empty" (``0``, ``-``, ``n/a``): a column holding one of these
#: and nothing else is empty in effect, neither an enum nor a flag.
PLACEHOLDERS = frozenset({"0", "-", "--", ".", "?", "n/a", "na", "none", "null", "nil", "(none)"})
#: Words of a key's name (``tax_id_2``): a key of ``0`` in every row points at no record, and
#: stays an enum of one value.
_KEY_WORDS = frozenset({"id", "key", "fk", "ref"})
#: Values of a flag kept as text (``is_login`` as ``0``/``1``): from FLAG_MIN_VALUES sampled
#: values, a column holding nothing else is a flag, however few rows were sampled.
FLAG_VALUES = frozenset({"0", "1", "true", "false", "t", "f", "y", "n", "yes", "no"})
FLAG_MIN_VALUES = 5


def _enum_guard(
    texts: list[str],
    distinct: list[str],
    name: tuple[str, ...] = (),
    ctx: FieldContext | None = None,
) -> list[SignalHit]:
    """Vetoes of identifying entities for an enum or a flag.

    >>> [h.entity for h in _enum_guard(["0", "1", "0", "0", "1"], ["0", "1"])][:2]
    ['BANK_ACCOUNT', 'COOKIE_ID']
    >>> _enum_guard(["0", "1", "0"], ["0", "1"])
    []
    """
    flag = (
        len(distinct) <= len(FLAG_VALUES)
        and len(texts) >= FLAG_MIN_VALUES
        and {d.lower() for d in distinct} <= FLAG_VALUES
    )
    if flag or (len(texts) >= 20 and len(distinct) <= ENUM_MAX_DISTINCT):
        reason = (
            f"values: only {len(distinct)} distinct values among {len(texts)} sampled, "
            "an enum or flag, not an identifier of a person"
        )
        # Courtesy titles and suffixes (Mr, Mrs, Jr) are few yet part of a person's name.
        parts = all(map(name_part, distinct))
        # A few clients' IP addresses or a few people's e-mails repeat, yet no enum looks so.
        shaped = addresses_only(distinct, name)
        # A few people's full names in a column named by a person (``rights_holder``) too.
        parts = parts or few_names(distinct, name)
        # A few people's name parts, phones or home addresses (a form filled in again and again).
        repeated = few_people(distinct, name, ctx)
        return [
            _veto(e, reason)
            for e in _IDENTIFYING_ORDER
            if not (parts and e == "PERSON_NAME") and e != shaped and e not in repeated
        ]
    return []


_IDENTIFYING_ORDER = sorted(IDENTIFYING)


@functools.lru_cache(maxsize=1024)
def _veto(entity: str, reason: str) -> SignalHit:
    """The values' veto of ``entity`` for ``reason``, made once (a hit is immutable)."""
    return SignalHit(entity, 1.0, "values", reason, veto=True)


def _login_log_ip(ctx: FieldContext, distinct: list[str]) -> bool:
    """Whether a client's IP column of a log of a person's logins holds one address repeated
    (:mod:`classifiers.measures_and_factors`): the address the person logs in from, no enum."""
    if not one_address(distinct) or tuple(tokens(ctx.name)) not in CLIENT_IPS:
        return False
    columns = [tokens(s) for s in ctx.siblings]
    table = tokens(ctx.dataset.rsplit(".", 1)[-1])
    return login_log(table, columns) and person_key(ctx) is not None


def _login_log_user(ctx: FieldContext, distinct: list[str]) -> bool:
    """Whether a column is the login of a log of people's sessions
    (:func:`~classifiers.measures_and_factors.session_logins`): a few people's logins repeated,
    each row a named user's activity, no enum."""
    columns = [tokens(s) for s in ctx.siblings]
    table = tokens(ctx.dataset.rsplit(".", 1)[-1])
    return session_logins(tokens(ctx.name), table, columns, distinct, person_key(ctx) is not None)


#: Entities a column of numbers that follow one another cannot hold (see _counter_guard).
_COUNTED = frozenset({"PHONE_NUMBER"})


def _counter_guard(distinct: list[str]) -> list[SignalHit]:
    """Vetoes for a column of long numbers most of which follow another sampled one (``0300000001``,
    ``0300000002``): a counter or a key, whatever phone numbers of some region they also are.

    >>> [h.entity for h in _counter_guard([f"03000000{i:02d}" for i in range(6)])]
    ['PHONE_NUMBER']
    >>> _counter_guard(["4155550123", "4155550188", "2125550199"])
    []
    """
    numbers = []
    others = len(distinct) - math.ceil(0.8 * len(distinct))  # values that may be no number
    for value in distinct:
        if len(value) >= 6 and value.isdigit():
            numbers.append(int(value))
        elif (others := others - 1) < 0:
            return []  # most columns stop at their first values
    if len(numbers) < 3:
        return []
    present = set(numbers)
    following = sum(1 for n in numbers if n + 1 in present or n - 1 in present)
    if following < 0.5 * len(numbers):
        return []
    reason = (
        f"values: {following} of {len(numbers)} distinct sampled numbers follow one another, "
        "a counter or a key"
    )
    return [SignalHit(e, 1.0, "values", reason, veto=True) for e in sorted(_COUNTED)]


def _dedupe_vetoes(hits: list[SignalHit]) -> list[SignalHit]:
    seen: set[tuple[str, bool]] = set()
    out = []
    for hit in hits:
        key = (hit.entity, hit.veto)
        if hit.veto and key in seen:
            continue
        seen.add(key)
        out.append(hit)
    return out


def _what(entity: str) -> str:
    return entity.lower().replace("_", " ")


def value_settings(config: Any, base_dir: Path) -> ValueSettings:
    """ValueSettings from an estate's ``classification`` config."""
    return ValueSettings(
        phone_regions=tuple(config.phone_regions),
        spacy_model=config.spacy_model,
        recognizer_files=tuple(str((base_dir / p).resolve()) for p in config.recognizers),
        processes=config.processes,
    )


def user_entities(settings: ValueSettings) -> set[str]:
    """Entities that only the user's YAML recognizers know (overrides may name them)."""
    from .entities import ENTITIES

    return {e for e in _engine(settings).entity.values() if e not in ENTITIES}
