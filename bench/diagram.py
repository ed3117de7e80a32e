"""Diagrams at scale: a synthetic estate of 50 systems and 2,000 tables, rendered.

1. Builds a snapshot with a fixed ``--seed`` (no database): 18 internal databases, one
   Salesforce CRM and 31 third parties (several vendors reached by more than one system, as
   Mailchimp is from a shop, a CRM and a marketing database), 2,000 tables (1,940 in the
   databases, 60 CRM objects) of 4 to 18 columns, about half of them holding personal data,
   and about 400 flows: SQL jobs with column links (copied, derived, pseudonymised,
   aggregated) between the databases, CRM syncs both ways, and flows out to third parties.
   Transit, at-rest, retention and audit statuses are drawn at random, gaps included.
2. Times, wall clock, each diagram as ``piimap`` writes it: building the ``graphviz.Digraph``
   from the snapshot, then one Graphviz run writing SVG and PNG. The goal: the systems diagram
   in under 10 s.
3. Writes the systems PNG to ``--out`` and the datasets and EMAIL_ADDRESS trace PNGs beside it.

Run from the repository root::

    .venv/bin/python bench/diagram.py --out /tmp/systems.png
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from _common import command_line, machine, revision  # noqa: E402

from lineage.core.model import (  # noqa: E402
    Boundary,
    ColumnLink,
    Control,
    Dataset,
    EntityHit,
    Field,
    Flow,
    Snapshot,
    Status,
    System,
)

GOAL_SECONDS = 10.0
DATABASES = (
    ("shop_eu", "Storefront EU", "postgresql"),
    ("shop_us", "Storefront US", "postgresql"),
    ("wholesale", "Wholesale shop", "mysql"),
    ("orders", "Order service", "postgresql"),
    ("payments", "Payments vault", "postgresql"),
    ("billing", "Billing", "postgresql"),
    ("auth", "Identity service", "postgresql"),
    ("loyalty", "Loyalty programme", "mysql"),
    ("returns", "Returns portal", "mysql"),
    ("support", "Support desk DB", "mysql"),
    ("marketing", "Marketing DB", "postgresql"),
    ("reviews", "Reviews", "mysql"),
    ("shipping", "Shipping service", "postgresql"),
    ("subscriptions", "Subscriptions", "postgresql"),
    ("fraud", "Fraud scoring", "postgresql"),
    ("search", "Search index store", "mysql"),
    ("recs", "Recommendations", "postgresql"),
    ("warehouse", "Analytics warehouse", "postgresql"),
)
#: (id, shown name, vendor, the systems that send to it). The same vendor reached from several
#: systems is grouped in the diagram.
THIRD_PARTIES = (
    ("mailchimp", "Mailchimp newsletters", "Mailchimp", ("shop_eu", "shop_us")),
    ("crm.mailchimp", "Mailchimp for Salesforce", "Mailchimp", ("crm",)),
    ("marketing.mailchimp", "Mailchimp audiences", "Mailchimp", ("marketing",)),
    ("stripe", "Stripe", "Stripe", ("shop_eu", "shop_us", "payments")),
    ("wholesale.stripe", "Stripe (wholesale)", "Stripe", ("wholesale",)),
    ("ga4", "Google Analytics 4", "Google", ("shop_eu", "shop_us")),
    ("google-ads", "Google Ads", "Google", ("marketing",)),
    ("bigquery", "BigQuery export", "Google", ("warehouse",)),
    ("zendesk", "Zendesk", "Zendesk", ("support", "orders")),
    ("crm.zendesk", "Zendesk for Salesforce", "Zendesk", ("crm",)),
    ("klaviyo", "Klaviyo", "Klaviyo", ("marketing", "wholesale")),
    ("shipfast", "ShipFast labels", "ShipFast Logistics", ("shipping",)),
    ("dhl", "DHL Parcel", "DHL", ("shipping", "returns")),
    ("ups", "UPS", "UPS", ("shipping",)),
    ("avalara", "Avalara AvaTax", "Avalara", ("billing", "orders")),
    ("riskified", "Riskified", "Riskified", ("fraud", "orders")),
    ("algolia", "Algolia", "Algolia", ("search",)),
    ("twilio", "Twilio SMS", "Twilio", ("auth", "shipping")),
    ("sendgrid", "SendGrid", "Twilio", ("auth", "marketing", "orders")),
    ("hubspot", "HubSpot", "HubSpot", ("crm", "marketing")),
    ("meta-capi", "Meta Conversions API", "Meta", ("shop_eu", "shop_us")),
    ("meta-ads", "Facebook custom audiences", "Meta", ("marketing",)),
    ("tiktok", "TikTok pixel", "TikTok", ("shop_us",)),
    ("hotjar", "Hotjar", "Hotjar", ("shop_eu",)),
    ("braze", "Braze", "Braze", ("marketing", "loyalty")),
    ("adyen", "Adyen", "Adyen", ("payments",)),
    ("paypal", "PayPal", "PayPal", ("shop_eu", "shop_us", "wholesale")),
    ("klarna", "Klarna", "Klarna", ("shop_eu",)),
    ("yotpo", "Yotpo reviews", "Yotpo", ("reviews", "orders")),
    ("trustpilot", "Trustpilot", "Trustpilot", ("reviews",)),
    ("intercom", "Intercom", "Intercom", ("support", "subscriptions")),
)
#: Internal jobs besides the loads into the warehouse: (source, target).
INTERNAL_FEEDS = (
    ("shop_eu", "orders"),
    ("shop_us", "orders"),
    ("wholesale", "orders"),
    ("orders", "billing"),
    ("orders", "shipping"),
    ("returns", "orders"),
    ("loyalty", "marketing"),
    ("shop_eu", "search"),
    ("shop_us", "search"),
    ("orders", "fraud"),
    ("auth", "support"),
    ("subscriptions", "billing"),
    ("warehouse", "recs"),
    ("recs", "shop_eu"),
)
#: (entity, column name, weight)
PII_COLUMNS = (
    ("EMAIL_ADDRESS", "email", 10),
    ("PERSON_NAME", "last_name", 9),
    ("PERSON_NAME", "first_name", 6),
    ("PHONE_NUMBER", "phone", 6),
    ("STREET_ADDRESS", "address_line1", 5),
    ("CITY", "city", 4),
    ("POSTAL_CODE", "postal_code", 4),
    ("IP_ADDRESS", "ip_address", 4),
    ("DATE_OF_BIRTH", "date_of_birth", 2),
    ("USERNAME", "username", 2),
    ("PASSWORD_HASH", "password_hash", 1),
    ("CARD_LAST4", "card_last4", 2),
    ("PAYMENT_TOKEN", "card_token", 2),
    ("COOKIE_ID", "cookie_id", 2),
    ("DEVICE_ID", "device_id", 1),
    ("NATIONAL_ID", "national_id", 1),
    ("TAX_ID", "vat_number", 1),
    ("GENDER", "gender", 1),
    ("GEOLOCATION", "geo_point", 1),
)
TABLE_WORDS = (
    "customer",
    "order",
    "address",
    "session",
    "event",
    "invoice",
    "payment",
    "refund",
    "ticket",
    "message",
    "review",
    "subscription",
    "shipment",
    "cart",
    "wishlist",
    "coupon",
    "product",
    "price",
    "stock",
    "audit",
    "login",
    "device",
    "consent",
    "segment",
)
STATUSES = (Status.OK, Status.UNKNOWN, Status.GAP)


def _status(rng: random.Random, ok: float, unknown: float) -> Control:
    status = rng.choices(STATUSES, weights=(ok, unknown, 1 - ok - unknown))[0]
    return Control(status, (f"synthetic: {status.value}",))


def synthetic_snapshot(tables: int = 2000, seed: int = 7) -> Snapshot:
    """The benchmark's estate: 50 systems, ``tables`` tables, about 400 flows (see above)."""
    rng = random.Random(seed)
    systems = [
        System(
            sid,
            kind,
            name,
            boundary=Boundary.INTERNAL,
            at_rest=_status(rng, 0.4, 0.4),
            audit=_status(rng, 0.3, 0.3),
        )
        for sid, name, kind in DATABASES
    ]
    systems.append(
        System(
            "crm",
            "salesforce",
            "Salesforce CRM",
            boundary=Boundary.CRM,
            vendor="Salesforce",
            at_rest=Control(Status.OK, ("Shield",)),
        )
    )
    systems += [
        System(sid, "third_party", name, boundary=Boundary.THIRD_PARTY, vendor=vendor)
        for sid, name, vendor, _ in THIRD_PARTIES
    ]
    stores = [s.id for s in systems if s.boundary is not Boundary.THIRD_PARTY]
    datasets: list[Dataset] = []
    fields: list[Field] = []
    pii_by_system: dict[str, list[Field]] = {s: [] for s in stores}
    per_store = [60 if s == "crm" else 0 for s in stores]
    for i in range(tables - 60):
        per_store[i % (len(stores) - 1)] += 1
    for sid, count in zip(stores, per_store, strict=True):
        for t in range(count):
            name = f"{rng.choice(TABLE_WORDS)}_{t:03d}" if sid != "crm" else f"Object{t:02d}__c"
            datasets.append(
                Dataset(
                    sid,
                    name,
                    row_count=rng.randrange(10, 2_000_000),
                    at_rest=_status(rng, 0.2, 0.7),
                    retention=_status(rng, 0.4, 0.3),
                    audit=_status(rng, 0.3, 0.3),
                )
            )
            columns = [("id", ()), ("created_at", ())]
            if rng.random() < 0.5:
                picked = rng.choices(PII_COLUMNS, weights=[w for *_, w in PII_COLUMNS], k=5)
                for entity, column, _ in dict.fromkeys(picked):
                    columns.append((column, (EntityHit(entity, 0.9, ("synthetic",)),)))
            columns += [(f"attr_{n}", ()) for n in range(rng.randrange(2, 12))]
            for pos, (column, hits) in enumerate(dict(columns).items()):
                f = Field(sid, name, column, "text", position=pos, entities=hits)
                fields.append(f)
                if hits:
                    pii_by_system[sid].append(f)
    flows, added = _flows(rng, stores, pii_by_system)
    fields = list({f.id: f for f in [*fields, *added]}.values())
    return Snapshot(
        "2026-11-27T00:00:00Z",
        "bench",
        systems=tuple(sorted(systems, key=lambda s: s.id)),
        datasets=tuple(sorted(datasets, key=lambda d: d.id)),
        fields=tuple(fields),
        flows=tuple(sorted(flows, key=lambda f: f.id)),
    )


def _flows(
    rng: random.Random, stores: list[str], pii: dict[str, list[Field]]
) -> tuple[list[Flow], list[Field]]:
    """Flows, and the fields SQL jobs write (holding what they copy, derive or hash)."""
    flows: list[Flow] = []
    added: list[Field] = []
    databases = [s for s in stores if s != "crm"]

    def transit() -> Control:
        return _status(rng, 0.6, 0.3)

    for n in range(220):  # SQL jobs: loads into the warehouse, and feeds between databases
        if rng.random() < 0.65:
            source, target = rng.choice([d for d in databases if d != "warehouse"]), "warehouse"
        else:
            source, target = rng.choice(INTERNAL_FEEDS)
        picked = rng.sample(pii[source], k=min(len(pii[source]), rng.randint(1, 3)))
        into = rng.choice(pii[target])
        dataset = f"{target}/{into.dataset}"
        links = []
        for f in picked:
            how = rng.choice(("copied", "copied", "derived", "pseudonymised", "aggregated"))
            name = f"{f.system}_{f.name}_{how[:4]}"
            links.append(ColumnLink(f.id, f"{dataset}/{name}", how))
            hits = f.entities if how != "aggregated" else ()
            added.append(Field(target, into.dataset, name, "text", position=99, entities=hits))
        entities = tuple(sorted({e.entity for f in picked for e in f.entities}))
        flows.append(
            Flow(
                f"sql_job:etl-{n:03d}",
                picked[0].system + "/" + picked[0].dataset,
                dataset,
                "sql_job",
                entities=entities,
                transit=transit(),
                columns=tuple(links),
            )
        )
    for n in range(20):  # CRM syncs both ways
        db = rng.choice(("shop_eu", "shop_us", "support", "orders"))
        f = rng.choice(pii[db])
        source, target = (f"{db}/{f.dataset}", "crm/Contact") if n % 3 else ("crm/Contact", db)
        flows.append(
            Flow(
                f"declared:crm-sync-{n:02d}",
                source,
                target,
                "declared",
                entities=(f.entities[0].entity,),
                transit=transit(),
            )
        )
    for n in range(170):  # flows out to third parties, each from one of its senders
        party, _, _, senders = rng.choice(THIRD_PARTIES)
        source_system = rng.choice(senders)
        fs = rng.sample(pii[source_system], k=min(3, len(pii[source_system])))
        entities = tuple(sorted({e.entity for f in fs for e in f.entities}))
        source = f"{fs[0].system}/{fs[0].dataset}" if rng.random() < 0.8 else source_system
        flows.append(
            Flow(
                f"declared:out-{n:03d}",
                source,
                party,
                "declared",
                entities=entities if rng.random() < 0.9 else (),
                transit=transit(),
                retention=_status(rng, 0.2, 0.4),
            )
        )
    return flows, added


def _timed(build: Callable[[], object], stem: Path, formats: tuple[str, ...]) -> dict:
    from lineage.render.dot import render

    start = time.perf_counter()
    diagram = build()
    built = time.perf_counter()
    render(diagram, stem, formats)  # type: ignore[arg-type]
    done = time.perf_counter()
    lines = diagram.source.splitlines()  # type: ignore[attr-defined]
    return {
        "build": built - start,
        "graphviz": done - built,
        "total": done - start,
        "nodes": sum(1 for line in lines if "[label=<" in line and " -> " not in line),
        "edges": sum(1 for line in lines if " -> " in line and "style=invis" not in line),
        "engine": diagram.engine,  # type: ignore[attr-defined]
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=Path("systems.png"), help="systems PNG path")
    parser.add_argument("--tables", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)

    from lineage.render.dot import datasets_diagram, systems_diagram, trace_diagram

    start = time.perf_counter()
    snapshot = synthetic_snapshot(args.tables, args.seed)
    made = time.perf_counter() - start
    print(
        f"Synthetic estate: {len(snapshot.systems)} systems, {len(snapshot.datasets):,} tables, "
        f"{len(snapshot.fields):,} fields ({len(snapshot.pii_fields()):,} personal data), "
        f"{len(snapshot.flows)} flows; built in {made:.2f} s.",
        file=sys.stderr,
    )
    stem = args.out.with_suffix("")
    rows = []
    for name, build, path in (
        ("systems", lambda: systems_diagram(snapshot), stem),
        ("datasets", lambda: datasets_diagram(snapshot), stem.with_name(stem.name + "_datasets")),
        (
            "trace EMAIL_ADDRESS",
            lambda: trace_diagram(snapshot, "EMAIL_ADDRESS"),
            stem.with_name(stem.name + "_trace_email"),
        ),
    ):
        result = _timed(build, path, ("svg", "png"))
        rows.append((name, result, path.with_suffix(".png")))
        print(f"{name}: {result['total']:.2f} s", file=sys.stderr)

    print(
        f"Estate: {len(snapshot.systems)} systems, {len(snapshot.datasets):,} tables, "
        f"{len(snapshot.fields):,} fields ({len(snapshot.pii_fields()):,} personal data), "
        f"{len(snapshot.flows)} flows (seed {args.seed}).\n"
    )
    print(
        "| diagram | engine | nodes drawn | edges drawn | build (s) | Graphviz SVG+PNG (s) | "
        "total (s) | PNG |"
    )
    print("|---|---|---:|---:|---:|---:|---:|---|")
    for name, r, png in rows:
        print(
            f"| {name} | {r['engine']} | {r['nodes']} | {r['edges']} | {r['build']:.2f} | "
            f"{r['graphviz']:.2f} | {r['total']:.2f} | {png} |"
        )
    systems_total = rows[0][1]["total"]
    verdict = "met" if systems_total < GOAL_SECONDS else "NOT met"
    print(f"\nGoal (systems diagram < {GOAL_SECONDS:.0f} s): {verdict} ({systems_total:.2f} s).")
    print(f"\nMachine: {machine()}")
    print(f"Command: `{command_line()}`; piimap revision {revision()}")
    return 0 if systems_total < GOAL_SECONDS else 1


if __name__ == "__main__":
    sys.exit(main())
