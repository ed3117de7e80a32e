"""The architecture of docs/architecture.md, held by tests rather than goodwill: the layers point
down (import-linter's contracts in pyproject.toml), and no module imports one that imports it
back, function-local and TYPE_CHECKING imports included."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import grimp
import networkx as nx
import pytest

from .conftest import REPO

PACKAGES = ("lineage", "connectors", "classifiers")


def _imports() -> nx.DiGraph:
    graph = grimp.build_graph(*PACKAGES, include_external_packages=False, cache_dir=None)
    imports = nx.DiGraph()
    for module in graph.modules:
        imports.add_node(module)
        for imported in graph.find_modules_directly_imported_by(module):
            imports.add_edge(module, imported)
    return imports


def test_import_contracts_hold() -> None:
    """lint-imports checks the contracts of pyproject.toml: every layer imports only the layers
    below it, lineage.core imports nothing above it, connectors/ and classifiers/ import only
    lineage.core from lineage/, and the modules of each package import each other without a
    cycle."""
    command = shutil.which("lint-imports", path=str(Path(sys.executable).parent))
    assert command, "import-linter is not installed (./setup.sh --dev installs it)"
    done = subprocess.run(
        [command, "--no-cache"], cwd=REPO, capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Contracts: 2 kept, 0 broken." in done.stdout, done.stdout


def test_no_module_is_part_of_an_import_cycle() -> None:
    cycles = [sorted(c) for c in nx.strongly_connected_components(_imports()) if len(c) > 1]
    assert cycles == [], cycles


@pytest.mark.parametrize("package", ["connectors", "classifiers"])
def test_connectors_and_classifiers_see_only_lineage_core(package: str) -> None:
    imports = _imports()
    above = {
        imported
        for module in imports
        if module.split(".")[0] == package
        for imported in imports.successors(module)
        if imported.startswith("lineage") and not imported.startswith("lineage.core")
    }
    assert above == set(), f"{package} imports {sorted(above)}"


def test_lineage_core_imports_nothing_above_it() -> None:
    imports = _imports()
    above = {
        imported
        for module in imports
        if module.startswith("lineage.core")
        for imported in imports.successors(module)
        if not imported.startswith("lineage.core") and imported != "lineage"
    }
    assert above == set(), f"lineage.core imports {sorted(above)}"


def test_every_name_rule_is_placed_on_the_architecture_page() -> None:
    """docs/architecture.md says which module holds each rule of the name signal: a rule added
    to NAME_RULES without its line there fails here."""
    from classifiers.name_rules import NAME_RULES

    page = (REPO / "docs" / "architecture.md").read_text(encoding="utf-8")
    missing = [
        f"{rule.__module__}.{rule.__name__}"
        for rule in NAME_RULES
        if f"`{rule.__name__}`" not in page or f"`{rule.__module__.split('.')[-1]}.py`" not in page
    ]
    assert missing == [], missing


def _bound_twice(source: str) -> list[str]:
    """Names a module binds more than once at its top level (a constant, a function, a class).

    >>> _bound_twice("A = 1\\ndef f(): pass\\nA = 2")
    ['A']
    """
    import ast
    from collections import Counter

    bound: Counter[str] = Counter()
    for node in ast.parse(source).body:
        targets = (
            node.targets
            if isinstance(node, ast.Assign)
            else [node.target]
            if isinstance(node, ast.AnnAssign)
            else []
        )
        bound.update(t.id for t in targets if isinstance(t, ast.Name))
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            bound[node.name] += 1
    return sorted(name for name, n in bound.items() if n > 1)


@pytest.mark.parametrize("package", PACKAGES)
def test_no_module_binds_a_top_level_name_twice(package: str) -> None:
    """Two rules merged into one module must not share a constant's name: the second binding
    silently replaces the first for every use above it (two ``_NAME_WORDS`` once broke a rule,
    a pay-rate regex once replaced the explanation string of the same name)."""
    found = {
        str(path.relative_to(REPO)): names
        for path in sorted((REPO / package).rglob("*.py"))
        if (names := _bound_twice(path.read_text(encoding="utf-8")))
    }
    assert found == {}
