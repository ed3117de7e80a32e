"""Scan real, public API descriptions of e-commerce platforms, offline (issue 22).

Each description is read from a local git mirror of its vendor's repository (the ``fetch`` tool
puts them under ``/work/.mirror/OWNER+NAME/repo``) at a pinned commit: the folders a description
needs (its ``$ref``s reach other files) are extracted with ``git archive`` into a temporary
folder, never into the repository. Each is then scanned as one system of its own estate with the
default classifier (one classifier shared by every scan), and the benchmark reports operations,
fields, fields classified as personal data, the gaps found per API rule and the seconds.
The specs are read, never called.

Usage: .venv/bin/python bench/api_specs.py [--mirror-root /work/.mirror] > results.md
"""

from __future__ import annotations

import argparse
import io
import subprocess
import sys
import tarfile
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import command_line, machine, revision


@dataclass(frozen=True)
class Spec:
    name: str
    repo: str
    commit: str
    path: str
    connector: str
    #: Folders to extract (those the description's $refs reach).
    folders: tuple[str, ...]
    keys: dict[str, object] = field(default_factory=dict)


SPECS = (
    Spec("Saleor GraphQL API (SDL)", "saleor/saleor", "723cd4eba87dfc72822ade45dc08a3caa548428d",
         "saleor/graphql/schema.graphql", "graphql", ("saleor/graphql/schema.graphql",),
         {"anonymous": ["Query.*"]}),
    Spec("Medusa Store API (OpenAPI 3.0, 503 files)", "medusajs/medusa",
         "59e6747800133e091d20c2c167f600981abc5c0d",
         "www/apps/api-reference/specs/store/openapi.yaml", "openapi",
         ("www/apps/api-reference/specs/store",)),
    Spec("Medusa Admin API (OpenAPI 3.0)", "medusajs/medusa",
         "59e6747800133e091d20c2c167f600981abc5c0d",
         "www/apps/api-reference/specs/admin/openapi.yaml", "openapi",
         ("www/apps/api-reference/specs/admin",)),
    Spec("BigCommerce Catalog v3 (OpenAPI 3.0)", "bigcommerce/api-specs",
         "1072ce72d048b2aa0263659906b5c9b84c807d2c", "reference/catalog.v3.yml", "openapi",
         ("reference",)),
    Spec("BigCommerce Customers v3 (OpenAPI 3.0)", "bigcommerce/api-specs",
         "1072ce72d048b2aa0263659906b5c9b84c807d2c", "reference/customers.v3.yml", "openapi",
         ("reference",)),
    Spec("BigCommerce Orders v2 (Swagger 2.0)", "bigcommerce/api-specs",
         "1072ce72d048b2aa0263659906b5c9b84c807d2c", "reference/orders.v2.oas2.yml", "openapi",
         ("reference",)),
    Spec("BigCommerce Carts (storefront, OpenAPI 3.0)", "bigcommerce/api-specs",
         "1072ce72d048b2aa0263659906b5c9b84c807d2c", "reference/carts.sf.yml", "openapi",
         ("reference",)),
    Spec("BigCommerce Orders (storefront, OpenAPI 3.0)", "bigcommerce/api-specs",
         "1072ce72d048b2aa0263659906b5c9b84c807d2c", "reference/orders.sf.yml", "openapi",
         ("reference",)),
)  # fmt: skip

#: Gap titles of the API rules (lineage/assess/api_gaps.py), as the table's columns.
RULES = (
    ("no auth (API2)", "without authentication"),
    ("catalogue (API3)", "catalogue operation"),
    ("http server", "plain http server"),
    ("PII in URL", "in its URL"),
)


def extract(spec: Spec, mirror: Path, into: Path) -> Path:
    """The spec's folders at its commit, extracted from the mirror; the description's path."""
    owner, name = spec.repo.split("/")
    git = mirror / f"{owner}+{name}" / "repo"
    if not (git / "HEAD").is_file():
        raise SystemExit(f"no mirror of {spec.repo} at {git}; fetch github:{spec.repo} first")
    archive = subprocess.run(
        ["git", "--git-dir", str(git), "archive", "--format=tar", spec.commit, *spec.folders],
        capture_output=True,
        check=True,
    ).stdout
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(into, filter="data")
    return into / spec.path


def scan(spec: Spec, path: Path, classifier: object, work: Path) -> tuple[object, float]:
    import yaml

    import lineage

    system = {"connector": spec.connector, "path": str(path), **spec.keys}
    estate = work / "estate.yaml"
    estate.write_text(yaml.safe_dump({"systems": {"api": system}}), encoding="utf-8")
    start = time.perf_counter()
    scanned = lineage.scan(estate, classifier=classifier, scanned_at="2026-12-01T00:00:00Z")
    return scanned, time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mirror-root", type=Path, default=Path("/work/.mirror"))
    args = parser.parse_args()
    from classifiers import default_classifier

    classifier = default_classifier()
    classifier.prepare()
    rows = []
    for spec in SPECS:
        with tempfile.TemporaryDirectory(prefix="piimap-api-") as tmp:
            path = extract(spec, args.mirror_root, Path(tmp) / "src")
            print(f"scanning {spec.name}", file=sys.stderr, flush=True)
            estate, seconds = scan(spec, path, classifier, Path(tmp))
        snap = estate.snapshot  # type: ignore[attr-defined]
        endpoints = [d for d in snap.datasets if d.kind == "endpoint"]
        pii = [f for f in snap.fields if f.is_pii]
        titles = Counter(label for g in snap.gaps for label, words in RULES if words in g.title)
        entities = Counter(e.entity for f in pii for e in f.entities)
        rows.append(
            (
                spec,
                len(endpoints),
                len(snap.fields),
                len(pii),
                len({f.dataset for f in pii}),
                [titles[label] for label, _ in RULES],
                len(snap.issues),
                seconds,
                entities.most_common(4),
            )
        )
    print("### API descriptions of e-commerce platforms (default classifier)\n")
    heads = ["description", "commit", "operations", "fields", "fields classified PII",
             "operations returning PII", *(label for label, _ in RULES), "issues",
             "seconds"]  # fmt: skip
    print("| " + " | ".join(heads) + " |")
    print("|" + "---|" * 2 + "---:|" * (len(heads) - 2))
    for spec, ops, fields, pii, with_pii, gaps, issues, seconds, _ in rows:
        cells = [spec.name, f"{spec.repo}@{spec.commit[:7]}", f"{ops:,}", f"{fields:,}",
                 f"{pii:,}", f"{with_pii:,}", *(f"{n:,}" for n in gaps), str(issues),
                 f"{seconds:.1f}"]  # fmt: skip
        print("| " + " | ".join(cells) + " |")
    print("\nMost frequent entities per description:\n")
    for spec, *_, common in rows:
        print(f"- {spec.name}: " + ", ".join(f"{e} {n}" for e, n in common))
    print()
    print(f"Machine: {machine()}; descriptions read from git mirrors (offline)")
    print(f"Command: `{command_line()}`; piimap revision {revision()}")


if __name__ == "__main__":
    main()
