"""Classification benchmark: throughput and F1 of piimap's default classifier against
presidio-structured on a synthetic mix of columns.

Builds, in code (Faker with a fixed seed), ``--columns`` columns (default 2,000) of
``--values`` sampled values each (default 100): about a third personal data (e-mails, phones in
several national and international formats, names, street addresses, cities, postal codes,
dates of birth, IPv4/IPv6, Luhn-valid card numbers, last-4 digits, bcrypt and MD5 password
hashes, free text with embedded e-mails), the rest not (ordinary dates, UUIDs, SKUs, prices,
integer ids, booleans, status enums, free text, product names, MD5 checksums). Half the columns
of each kind carry a meaningful name (some of the non-PII ones deliberately misleading:
``email_verified``, ``name`` holding product names), half a neutral ``col_<n>``. Ground truth is
kept per column.

Then, in one run, it times and scores piimap's default classifier with
``ValueSettings(processes=1)`` and with ``processes=0`` (one worker per core), piimap's name+type
signals alone (for reference), and presidio-structured's ``PandasAnalysisBuilder`` over a
DataFrame of the same columns (the same offline engine). Column level: a column is right when its
PII / not-PII status matches the truth; entity agreement is reported separately.

Run from the repository root (no database needed)::

    .venv/bin/python bench/classify.py
"""

from __future__ import annotations

import os

# Before Presidio is imported: tldextract must not fetch the Public Suffix List.
os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")

import argparse
import hashlib
import logging
import random
import string
import sys
import time
import uuid
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta

import phonenumbers
from _common import (
    ENTITY_TO_LABEL,
    below_threshold,
    command_line,
    explain,
    machine,
    pct,
    revision,
    verdict,
)
from faker import Faker

from classifiers import Classifier, FieldContext, default_classifier
from classifiers.names import NameSignal
from classifiers.presidio_engine import PRESIDIO_ENTITIES, build_analyzer
from classifiers.types import TypeSignal
from classifiers.values import ValueSettings
from lineage.core.model import EntityHit

#: Issue 17: fifty times presidio-structured's columns/s in one process, at equal or better F1
#: (issue 3 asked ten times, with the default worker processes).
GOAL_SPEEDUP = 50.0

# --- the synthetic columns ------------------------------------------------------------------------


@dataclass(frozen=True)
class Kind:
    """One kind of column: its truth (a piimap entity or None), names, type and values."""

    key: str
    entity: str | None
    names: tuple[str, ...]
    data_type: str
    make: Callable[[Gen, int], list[str]]
    #: False: never given a neutral name (an MD5 column named col_7 is counted as a checksum).
    neutral: bool = True
    #: Tables a meaningfully named column of this kind sits in (neutral ones: ``t<n>``).
    tables: tuple[str, ...] = ()


@dataclass
class Synthetic:
    """One generated column and its truth."""

    index: int
    kind: str
    entity: str | None
    name: str
    data_type: str
    meaningful: bool
    table: str
    values: list[str] = field(repr=False, default_factory=list)

    @property
    def pii(self) -> bool:
        return self.entity is not None

    def context(self) -> FieldContext:
        return FieldContext(
            system="synthetic",
            dataset=f"public.{self.table}",
            name=self.name,
            data_type=self.data_type,
            samples=tuple(self.values),
        )


class Gen:
    """Seeded value generators (one Faker per locale)."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.fake: dict[str, Faker] = {}
        for i, locale in enumerate(("en_US", "en_GB", "de_DE", "fr_FR")):
            f = Faker(locale)
            f.seed_instance(seed + i)
            self.fake[locale] = f
        self.us = self.fake["en_US"]

    def many(self, n: int, make: Callable[[], str]) -> list[str]:
        return [make() for _ in range(n)]

    # PII ------------------------------------------------------------------------------------------

    def phones(self, n: int) -> list[str]:
        """Valid numbers (phonenumbers agrees), one region and one format per column."""
        locale, region = self.rng.choice(
            [("en_US", "US"), ("en_GB", "GB"), ("de_DE", "DE"), ("fr_FR", "FR")]
        )
        style = self.rng.choice(["faker", "national", "international", "e164"])
        fake = self.fake[locale]
        out: list[str] = []
        while len(out) < n:
            raw = fake.phone_number()
            try:
                number = phonenumbers.parse(raw, region)
            except phonenumbers.NumberParseException:
                continue
            if not phonenumbers.is_valid_number(number):
                continue
            if style == "faker":
                out.append(raw)
            else:
                fmt = {
                    "national": phonenumbers.PhoneNumberFormat.NATIONAL,
                    "international": phonenumbers.PhoneNumberFormat.INTERNATIONAL,
                    "e164": phonenumbers.PhoneNumberFormat.E164,
                }[style]
                out.append(phonenumbers.format_number(number, fmt))
        return out

    def postal_codes(self, n: int) -> list[str]:
        locale = self.rng.choice(["en_US", "en_US+4", "en_GB", "de_DE"])
        if locale == "en_US+4":
            return self.many(n, self.us.zipcode_plus4)
        return self.many(n, self.fake[locale].postcode)

    def cards(self, n: int) -> list[str]:
        sep = self.rng.choice(["", "", " ", "-"])

        def one() -> str:
            number = self.us.credit_card_number()
            if not sep or len(number) != 16:
                return number
            return sep.join(number[i : i + 4] for i in range(0, 16, 4))

        return self.many(n, one)

    def bcrypt(self, n: int) -> list[str]:
        alphabet = "./" + string.ascii_letters + string.digits
        cost = self.rng.choice(["10", "12"])
        return self.many(
            n, lambda: f"$2b${cost}$" + "".join(self.rng.choice(alphabet) for _ in range(53))
        )

    def md5(self, n: int) -> list[str]:
        return self.many(n, lambda: hashlib.md5(self.rng.randbytes(16)).hexdigest())

    def dobs(self, n: int) -> list[str]:
        return self.many(
            n, lambda: self.us.date_of_birth(minimum_age=18, maximum_age=90).isoformat()
        )

    def text_with_emails(self, n: int) -> list[str]:
        def one() -> str:
            text = self.us.sentence(nb_words=10)
            if self.rng.random() < 0.5:
                text += f" Contact {self.us.email()} for details."
            return text

        return self.many(n, one)

    # not PII --------------------------------------------------------------------------------------

    def dates(self, n: int) -> list[str]:
        start = datetime(2015, 1, 1)
        with_time = self.rng.random() < 0.5

        def one() -> str:
            moment = start + timedelta(seconds=self.rng.randrange(10 * 365 * 86400))
            return moment.isoformat(sep=" ") if with_time else moment.date().isoformat()

        return self.many(n, one)

    def skus(self, n: int) -> list[str]:
        prefix = self.rng.choice(["SKU", "PRD", "AB", "X"])
        sizes = ["S", "M", "L", "XL", "BL", "RD"]
        return self.many(
            n, lambda: f"{prefix}-{self.rng.randint(1000, 99999)}-{self.rng.choice(sizes)}"
        )

    def prices(self, n: int) -> list[str]:
        top = self.rng.choice([50, 500, 5000])
        return self.many(n, lambda: f"{self.rng.uniform(0.5, top):.2f}")

    def ids(self, n: int) -> list[str]:
        start = self.rng.choice([1, 1000, 100_000, 10_000_000])
        return [str(v) for v in sorted(self.rng.sample(range(start, start + 50 * n), n))]

    def booleans(self, n: int) -> list[str]:
        pair = self.rng.choice([("true", "false"), ("0", "1"), ("t", "f"), ("Y", "N")])
        return self.many(n, lambda: self.rng.choice(pair))

    def statuses(self, n: int) -> list[str]:
        enum = self.rng.choice(
            [
                ["pending", "paid", "shipped", "delivered", "cancelled", "refunded"],
                ["active", "inactive", "banned"],
                ["NEW", "PROCESSING", "COMPLETE", "ON_HOLD"],
                ["billing", "shipping", "both"],
            ]
        )
        return self.many(n, lambda: self.rng.choice(enum))

    def products(self, n: int) -> list[str]:
        adjectives = ["Ergonomic", "Rustic", "Sleek", "Small", "Durable", "Gorgeous", "Practical",
                      "Incredible", "Lightweight", "Vintage", "Organic", "Premium"]  # fmt: skip
        materials = ["Steel", "Wooden", "Cotton", "Granite", "Leather", "Plastic", "Bamboo",
                     "Wool", "Copper", "Linen"]  # fmt: skip
        things = ["Chair", "Table", "Shirt", "Lamp", "Wallet", "Mug", "Backpack", "Keyboard",
                  "Sneakers", "Scarf", "Clock", "Bottle", "Hat"]  # fmt: skip

        def one() -> str:
            name = " ".join(self.rng.choice(w) for w in (adjectives, materials, things))
            return name + (f" {self.rng.randint(2, 9)}00" if self.rng.random() < 0.3 else "")

        return self.many(n, one)


def _faker(method: str, locale: str = "en_US") -> Callable[[Gen, int], list[str]]:
    return lambda g, n: g.many(n, getattr(g.fake[locale], method))


#: Tables of meaningfully named columns, unless their kind names its own.
PEOPLE = ("customers", "users", "accounts", "contacts")
THINGS = ("orders", "products", "order_items", "inventory", "events")
ADDRESSES = ("addresses", "customers", "orders")

PII_KINDS: tuple[Kind, ...] = (
    Kind("email", "EMAIL_ADDRESS", ("email", "customer_email", "billing_email", "contact_email"),
         "varchar(255)", _faker("email")),
    Kind("phone", "PHONE_NUMBER", ("phone", "telephone", "mobile", "phone_number"),
         "varchar(32)", Gen.phones),
    Kind("full_name", "PERSON_NAME", ("customer_name", "full_name", "contact_name"),
         "varchar(128)", _faker("name")),
    Kind("first_name", "PERSON_NAME", ("first_name", "firstname", "given_name"),
         "varchar(64)", _faker("first_name")),
    Kind("last_name", "PERSON_NAME", ("last_name", "lastname", "surname"),
         "varchar(64)", _faker("last_name")),
    Kind("street_address", "STREET_ADDRESS", ("address", "address_line1", "street",
                                              "billing_address"),
         "varchar(255)", _faker("street_address"), tables=ADDRESSES),
    Kind("city", "CITY", ("city", "billing_city", "shipping_city"), "varchar(64)",
         _faker("city"), tables=ADDRESSES),
    Kind("postal_code", "POSTAL_CODE", ("postal_code", "zip", "zipcode", "postcode"),
         "varchar(16)", Gen.postal_codes, tables=ADDRESSES),
    Kind("date_of_birth", "DATE_OF_BIRTH", ("dob", "birth_date", "date_of_birth", "birthday"),
         "date", Gen.dobs),
    Kind("ipv4", "IP_ADDRESS", ("ip", "ip_address", "last_login_ip", "remote_addr"),
         "varchar(45)", _faker("ipv4"), tables=("sessions", "login_events", "orders")),
    Kind("ipv6", "IP_ADDRESS", ("ip", "ip_address", "client_ip"), "varchar(45)",
         _faker("ipv6"), tables=("sessions", "login_events", "orders")),
    Kind("credit_card", "CREDIT_CARD", ("card_number", "cc_number", "pan"), "varchar(32)",
         Gen.cards, tables=("payments", "orders")),
    Kind("card_last4", "CARD_LAST4", ("card_last4", "last4", "cc_last_four"), "char(4)",
         lambda g, n: g.many(n, lambda: f"{g.rng.randrange(10000):04d}"),
         tables=("payments", "orders")),
    Kind("bcrypt", "PASSWORD_HASH", ("password_hash", "password", "passwd"), "varchar(60)",
         Gen.bcrypt),
    Kind("md5_password", "PASSWORD_HASH", ("password", "password_md5", "pwd_hash"),
         "char(32)", Gen.md5, neutral=False),
    Kind("text_with_emails", "EMAIL_ADDRESS", ("notes", "comment", "message"), "text",
         Gen.text_with_emails, tables=("orders", "support_tickets", "reviews")),
)  # fmt: skip

NON_PII_KINDS: tuple[Kind, ...] = (
    Kind("date", None, ("created_at", "updated_at", "order_date", "shipped_on"), "timestamp",
         Gen.dates),
    Kind("uuid", None, ("external_id", "request_id", "guid"), "uuid",
         lambda g, n: [str(uuid.UUID(int=g.rng.getrandbits(128), version=4)) for _ in range(n)]),
    Kind("sku", None, ("sku", "product_code", "item_code"), "varchar(32)", Gen.skus),
    Kind("price", None, ("price", "unit_price", "amount", "total"), "numeric(10,2)",
         Gen.prices),
    Kind("int_id", None, ("order_id", "product_id", "id", "login_count"), "bigint", Gen.ids),
    Kind("boolean", None, ("is_active", "enabled", "email_verified", "newsletter"),
         "boolean", Gen.booleans),
    Kind("status", None, ("status", "order_status", "address_type"), "varchar(16)",
         Gen.statuses),
    Kind("free_text", None, ("description", "comment", "notes"), "text",
         lambda g, n: g.many(n, lambda: g.us.paragraph(nb_sentences=2)),
         tables=("orders", "support_tickets", "reviews", "products")),
    Kind("product_name", None, ("product_name", "name", "title"), "varchar(255)",
         Gen.products),
    Kind("md5_checksum", None, ("checksum", "file_md5", "etag"), "char(32)", Gen.md5),
)  # fmt: skip


def build(columns: int, values: int, seed: int) -> list[Synthetic]:
    """``columns`` columns, a third PII, kinds in turn, names alternating meaningful / neutral."""
    gen = Gen(seed)
    n_pii = round(columns / 3)
    plan: list[tuple[Kind, bool]] = []
    for i in range(n_pii):
        kind = PII_KINDS[i % len(PII_KINDS)]
        plan.append((kind, not kind.neutral or (i // len(PII_KINDS)) % 2 == 0))
    for i in range(columns - n_pii):
        kind = NON_PII_KINDS[i % len(NON_PII_KINDS)]
        plan.append((kind, (i // len(NON_PII_KINDS)) % 2 == 0))
    gen.rng.shuffle(plan)
    neutral_ids = gen.rng.sample(range(1, 100_000), columns)
    out = []
    for i, (kind, meaningful) in enumerate(plan):
        name = gen.rng.choice(kind.names) if meaningful else f"col_{neutral_ids[i]}"
        data_type = kind.data_type if meaningful else _neutral_type(kind.data_type)
        tables = kind.tables or (PEOPLE if kind.entity else THINGS)
        table = gen.rng.choice(tables) if meaningful else f"t{i // 20:03d}"
        out.append(
            Synthetic(
                i, kind.key, kind.entity, name, data_type, meaningful, table, kind.make(gen, values)
            )
        )
    return out


def _neutral_type(data_type: str) -> str:
    """A neutrally named column keeps a plausible type, but no type that names the content."""
    return "varchar(255)" if data_type in ("uuid", "char(4)", "char(32)") else data_type


# --- methods --------------------------------------------------------------------------------------


@dataclass
class Outcome:
    """One method's verdicts: column index -> entities (piimap names), and timings."""

    title: str
    seconds: float
    verdicts: dict[int, tuple[str, ...]]
    hits: dict[int, tuple[EntityHit, ...]] = field(default_factory=dict)
    raw: dict[int, str] = field(default_factory=dict)  #: presidio's own label
    per_kind: dict[str, float] = field(default_factory=dict)  #: seconds per kind
    note: str = ""


def run_piimap(
    title: str, classifier: Classifier, cols: Sequence[Synthetic], by_kind: bool = False
) -> Outcome:
    """One ``classify`` call over all columns; ``by_kind``: one call per kind (the same work
    when the classifier runs in one process), to time each kind."""
    groups: dict[str, list[Synthetic]] = defaultdict(list)
    for c in cols:
        groups[c.kind if by_kind else ""].append(c)
    outcome = Outcome(title, 0.0, {})
    for kind, group in groups.items():
        ctxs = [c.context() for c in group]
        start = time.perf_counter()
        verdicts = classifier.classify(ctxs)
        seconds = time.perf_counter() - start
        outcome.seconds += seconds
        if by_kind:
            outcome.per_kind[kind] = seconds
        for c, v in zip(group, verdicts, strict=True):
            outcome.verdicts[c.index] = tuple(e.entity for e in v)
            outcome.hits[c.index] = v
    return outcome


def run_presidio(
    cols: Sequence[Synthetic], budget: float, chunk: int, seed: int
) -> tuple[Outcome, list[int]]:
    """PandasAnalysisBuilder over DataFrames of ``chunk`` columns, in a seeded random order,
    until ``budget`` seconds are spent (0: no limit)."""
    import pandas as pd
    from presidio_structured import PandasAnalysisBuilder

    builder = PandasAnalysisBuilder(analyzer=build_analyzer())
    order = list(cols)
    random.Random(seed + 1).shuffle(order)
    verdicts: dict[int, tuple[str, ...]] = {}
    raw: dict[int, str] = {}
    done: list[int] = []
    start = time.perf_counter()
    for i in range(0, len(order), chunk):
        if budget and time.perf_counter() - start > budget:
            break
        part = order[i : i + chunk]
        df = pd.DataFrame({f"c{c.index}": c.values for c in part})
        mapping = builder.generate_analysis(df).entity_mapping
        for c in part:
            label = mapping.get(f"c{c.index}")
            raw[c.index] = label or ""
            verdicts[c.index] = (label,) if label else ()
            done.append(c.index)
    seconds = time.perf_counter() - start
    outcome = Outcome("presidio-structured PandasAnalysisBuilder", seconds, verdicts, raw=raw)
    return outcome, done


# --- scoring --------------------------------------------------------------------------------------


def label_types(entities: Sequence[str]) -> frozenset[str]:
    """Entities (piimap's, or Presidio's mapped through ``PRESIDIO_ENTITIES``) as labels.csv
    types (``_common.ENTITY_TO_LABEL``); Presidio's DATE_TIME, URL, UUID... map to nothing."""
    out: set[str] = set()
    for e in entities:
        spec = PRESIDIO_ENTITIES.get(e)
        out |= ENTITY_TO_LABEL.get(spec.entity if spec else e, frozenset())
    return frozenset(out)


@dataclass
class Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0
    typed: int = 0

    @property
    def n(self) -> int:
        return self.tp + self.fp + self.fn + self.tn

    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    def recall(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

    def f1(self) -> float | None:
        p, r = self.precision(), self.recall()
        if p is None or r is None:
            return None
        return 0.0 if p + r == 0 else 2 * p * r / (p + r)

    def accuracy(self) -> float | None:
        return (self.tp + self.tn) / self.n if self.n else None

    def agreement(self) -> float | None:
        return self.typed / self.tp if self.tp else None


def flagged(entities: tuple[str, ...], personal_only: bool) -> bool:
    if not entities:
        return False
    return bool(label_types(entities)) if personal_only else True


def tally(
    cols: Sequence[Synthetic], verdicts: dict[int, tuple[str, ...]], personal_only: bool = False
) -> Tally:
    t = Tally()
    for c in cols:
        if c.index not in verdicts:
            continue
        got = flagged(verdicts[c.index], personal_only)
        if c.pii and got:
            t.tp += 1
            truth = ENTITY_TO_LABEL.get(c.entity or "", frozenset())
            t.typed += bool(truth & label_types(verdicts[c.index]))
        elif got:
            t.fp += 1
        elif c.pii:
            t.fn += 1
        else:
            t.tn += 1
    return t


# --- output ---------------------------------------------------------------------------------------


def method_row(title: str, t: Tally, seconds: float, columns: int, values: int) -> str:
    rate = columns / seconds if seconds else float("inf")
    return (
        f"| {title} | {columns:,} | {seconds:.2f} | {rate:,.1f} | {rate * values:,.0f} | "
        f"{t.tp} | {t.fp} | {t.fn} | {t.tn} | {pct(t.precision())} | {pct(t.recall())} | "
        f"{pct(t.f1())} | {pct(t.agreement())} |"
    )


def per_kind(
    cols: Sequence[Synthetic],
    outcomes: list[tuple[str, dict[int, tuple[str, ...]]]],
    seconds: dict[str, float],
) -> list[str]:
    head = " | ".join(t for t, _ in outcomes)
    out = [
        f"| kind | truth | name | columns | {head} | piimap p=1 ms/column (kind) |",
        "|---|---|---|---:|" + "---:|" * (len(outcomes) + 1),
    ]
    per_column = {k: 1000 * t / sum(c.kind == k for c in cols) for k, t in seconds.items()}
    groups: dict[tuple[str, bool], list[Synthetic]] = defaultdict(list)
    for c in cols:
        groups[(c.kind, c.meaningful)].append(c)
    order = [k.key for k in PII_KINDS + NON_PII_KINDS]

    def rank(item: tuple[tuple[str, bool], list[Synthetic]]) -> tuple[int, bool]:
        return order.index(item[0][0]), not item[0][1]

    for (kind, meaningful), cs in sorted(groups.items(), key=rank):
        truth = cs[0].entity or "not PII"
        cells = []
        for _, verdicts in outcomes:
            scored = [c for c in cs if c.index in verdicts]
            right = sum(bool(verdicts[c.index]) == c.pii for c in scored)
            cells.append(f"{right}/{len(scored)}" if scored else "-")
        ms = f"{per_column[kind]:.1f}" if kind in per_column and meaningful else ""
        out.append(
            f"| {kind} | {truth} | {'meaningful' if meaningful else 'col_N'} | {len(cs)} | "
            + " | ".join(cells)
            + f" | {ms} |"
        )
    return out


def mistakes(
    cols: Sequence[Synthetic], outcome: Outcome, classifier: Classifier, per_group: int
) -> list[str]:
    """Up to ``per_group`` wrong columns per (kind, naming), with piimap's explanation."""
    out = []
    seen: Counter[tuple[str, bool]] = Counter()
    wrong = [c for c in cols if bool(outcome.verdicts[c.index]) != c.pii]
    for c in sorted(wrong, key=lambda c: (c.kind, not c.meaningful, c.index)):
        group = (c.kind, c.meaningful)
        seen[group] += 1
        if seen[group] > per_group:
            continue
        hits = outcome.hits.get(c.index, ())
        where = f"`{c.table}.{c.name}` ({c.data_type}; {c.kind})"
        if c.pii:
            out.append(f"- FN {where} [{c.entity}]: {below_threshold(classifier, c.context())}")
        else:
            out.append(f"- FP {where} → {verdict(hits)}: {explain(hits, 110)}")
    counts = Counter((c.kind, c.meaningful) for c in wrong)
    more = {g: n - per_group for g, n in counts.items() if n > per_group}
    if more:
        out.append(
            "- (not listed: "
            + ", ".join(
                f"{n} more {k} {'meaningful' if m else 'col_N'}" for (k, m), n in more.items()
            )
            + ")"
        )
    return out


# --- main -----------------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--columns", type=int, default=2000)
    parser.add_argument("--values", type=int, default=100, help="sampled values per column")
    parser.add_argument("--seed", type=int, default=20240601)
    parser.add_argument(
        "--presidio-budget",
        type=float,
        default=180.0,
        help="seconds presidio-structured may take; past that it stops at the next chunk of "
        "columns and is scored on the columns it did (0: no limit)",
    )
    parser.add_argument("--presidio-chunk", type=int, default=100, help="columns per DataFrame")
    parser.add_argument("--examples", type=int, default=2, help="mistakes listed per kind")
    args = parser.parse_args(argv)
    logging.getLogger("presidio-analyzer").setLevel(logging.ERROR)

    print("generating columns...", file=sys.stderr)
    start = time.perf_counter()
    cols = build(args.columns, args.values, args.seed)
    generated = time.perf_counter() - start
    n_pii = sum(c.pii for c in cols)

    one = default_classifier(ValueSettings(processes=1))
    every = default_classifier(ValueSettings(processes=0))
    names = Classifier([NameSignal(), TypeSignal()])
    start = time.perf_counter()
    one.prepare()
    every.prepare()
    names.prepare()
    prepared = time.perf_counter() - start

    print("piimap, processes=1...", file=sys.stderr)
    r_one = run_piimap("piimap default classifier, `processes=1`", one, cols, by_kind=True)
    print("piimap, processes=0...", file=sys.stderr)
    r_all = run_piimap(
        f"piimap default classifier, `processes=0` ({os.cpu_count()} workers)", every, cols
    )
    r_names = run_piimap("piimap name+type signals only (reference)", names, cols)
    print("presidio-structured...", file=sys.stderr)
    r_pres, done = run_presidio(cols, args.presidio_budget, args.presidio_chunk, args.seed)
    subset = [c for c in cols if c.index in set(done)]
    whole = len(subset) == len(cols)

    differ = sum(r_one.verdicts[c.index] != r_all.verdicts[c.index] for c in cols)

    print(
        f"## Classification: {len(cols):,} synthetic columns x {args.values} values "
        f"({n_pii} PII, {len(cols) - n_pii} not; seed {args.seed})\n"
    )
    print(
        "| method | columns | seconds | columns/s | values/s | TP | FP | FN | TN | precision | "
        "recall | F1 | entity agreement |"
    )
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for r in (r_one, r_all, r_names):
        print(method_row(r.title, tally(cols, r.verdicts), r.seconds, len(cols), args.values))
    print(method_row(r_pres.title, tally(subset, r_pres.verdicts), r_pres.seconds, len(subset),
                     args.values))  # fmt: skip
    print(
        method_row(
            "same, personal-data labels only (drops DATE_TIME, URL, UUID...)",
            tally(subset, r_pres.verdicts, personal_only=True),
            r_pres.seconds,
            len(subset),
            args.values,
        )
    )
    if not whole:
        print(
            method_row(
                f"piimap `processes=1` on presidio's {len(subset):,}-column subset",
                tally(subset, r_one.verdicts),
                r_one.seconds * len(subset) / len(cols),
                len(subset),
                args.values,
            )
        )
    print()
    scope = (
        f"all {len(cols):,} columns"
        if whole
        else f"a seeded random subset of {len(subset):,} of the {len(cols):,} columns "
        f"(the {args.presidio_budget:.0f} s budget ran out); its columns/s is per column of that "
        "subset, and its F1 is on that subset only"
    )
    print(
        "Column level: a column is right when its PII / not-PII status matches the truth. "
        "A column is flagged when the method gives it any entity (presidio-structured: any "
        "label, DATE_TIME and URL included; the next row counts only labels that map to a piimap "
        "personal-data entity). Entity agreement: among true positives, the share whose entity "
        "maps to the truth's type, both sides mapped to the labels.csv vocabulary "
        "(`_common.ENTITY_TO_LABEL`: CITY and STREET_ADDRESS -> ADDRESS, card entities -> "
        "PAYMENT...; Presidio's entities first through `classifiers.presidio_engine."
        "PRESIDIO_ENTITIES`: US_SSN -> NATIONAL_ID, IBAN_CODE -> BANK_ACCOUNT...; DATE_TIME, URL "
        f"and UUID map to nothing). presidio-structured ran on {scope}. Seconds are "
        "classification only: values are in memory. piimap's engines were built before timing "
        f"({prepared:.2f} s); `processes=0` includes starting its worker processes, which build "
        "their own engines (every scan pays that). presidio-structured: "
        "`PandasAnalysisBuilder(analyzer=build_analyzer()).generate_analysis(df)` (default "
        f"`most_common`, single process) on DataFrames of {args.presidio_chunk} columns x "
        f"{args.values} rows; its engine is built inside the timing (about 0.05 s). Generating "
        f"the columns took {generated:.1f} s.\n"
    )
    if differ:
        print(f"Note: processes=1 and processes=0 disagree on {differ} columns.\n")

    pres_rate = len(subset) / r_pres.seconds if r_pres.seconds else 0.0
    pres_f1 = tally(subset, r_pres.verdicts).f1() or 0.0
    print(
        f"### Goal: piimap in one process ≥ {GOAL_SPEEDUP:.0f}x presidio-structured's columns/s "
        "with equal or better F1\n"
    )
    for r in (r_one, r_all):
        rate = len(cols) / r.seconds
        f1_all = tally(cols, r.verdicts).f1() or 0.0
        f1_sub = tally(subset, r.verdicts).f1() or 0.0
        speedup = rate / pres_rate if pres_rate else float("inf")
        met = speedup >= GOAL_SPEEDUP and f1_sub >= pres_f1
        verdict = ("met" if met else "NOT met") if r is r_one else "for reference"
        print(
            f"- {r.title}: {rate:,.1f} columns/s = {speedup:.1f}x presidio-structured's "
            f"{pres_rate:,.1f}; F1 {f1_all:.3f} (on presidio's columns {f1_sub:.3f}) vs "
            f"{pres_f1:.3f}: **{verdict}**"
        )
    print()

    print("### Right answers per kind and naming (PII / not-PII status)\n")
    print(
        "The last column: piimap's `processes=1` seconds for the kind (one `classify` call per "
        "kind, both namings together) per column, shown on the kind's first row.\n"
    )
    print(
        "\n".join(
            per_kind(
                cols,
                [
                    ("piimap p=1", r_one.verdicts),
                    ("piimap names only", r_names.verdicts),
                    ("presidio-structured", r_pres.verdicts),
                ],
                r_one.per_kind,
            )
        )
    )
    print()
    labels = Counter(v for v in r_pres.raw.values() if v)
    print(
        "presidio-structured's labels: "
        + (", ".join(f"{k} {n}" for k, n in labels.most_common()) or "none")
        + f"; no label {sum(1 for v in r_pres.raw.values() if not v)}.\n"
    )
    print(f"### piimap's mistakes (`processes=1`, up to {args.examples} per kind and naming)\n")
    print(
        "FP: piimap's entities and shortened explanation; FN: what its signals said below the "
        "threshold (masked examples only).\n"
    )
    print("\n".join(mistakes(cols, r_one, one, args.examples)) or "- none")
    print()
    print(f"Machine: {machine()}")
    print(f"Command: `{command_line()}`; piimap revision {revision()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
