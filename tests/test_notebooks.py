"""Every notebook in notebooks/ runs against the demo estate, its cells asserting what they show;
the stored notebooks hold no outputs."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

nbformat = pytest.importorskip("nbformat")
nbclient = pytest.importorskip("nbclient")
pytest.importorskip("ipykernel")

NOTEBOOKS = sorted((Path(__file__).resolve().parents[1] / "notebooks").glob("*.ipynb"))


@pytest.fixture(scope="module")
def kernel_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A kernelspec running this interpreter, so the notebooks import this checkout's piimap
    whatever other Python kernels the machine has."""
    folder = tmp_path_factory.mktemp("kernels")
    spec = folder / "piimap-test"
    spec.mkdir()
    argv = [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"]
    (spec / "kernel.json").write_text(
        json.dumps({"argv": argv, "display_name": "piimap test", "language": "python"})
    )
    return folder


@pytest.fixture
def kernel(kernel_dir: Path) -> Iterator[object]:
    from jupyter_client.kernelspec import KernelSpecManager
    from jupyter_client.manager import KernelManager

    specs = KernelSpecManager(kernel_dirs=[str(kernel_dir)])
    yield KernelManager(kernel_name="piimap-test", kernel_spec_manager=specs)


def test_there_are_the_three_notebooks() -> None:
    assert [p.name for p in NOTEBOOKS] == [
        "01_explore_the_demo_estate.ipynb",
        "02_privacy_questions.ipynb",
        "03_data_subject_access_request.ipynb",
    ]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebook_is_stored_clean_and_asserts_in_every_cell(path: Path) -> None:
    book = nbformat.read(path, as_version=4)
    nbformat.validate(book)
    code = [c for c in book.cells if c.cell_type == "code"]
    assert code
    for cell in code:
        assert cell.outputs == [] and cell.execution_count is None, f"{path.name}: stored outputs"
        assert "assert " in cell.source, f"{path.name}: a cell asserts nothing:\n{cell.source}"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebook_runs_against_the_demo(path: Path, kernel: object, tmp_path: Path) -> None:
    before = path.read_bytes()
    book = nbformat.read(path, as_version=4)
    client = nbclient.NotebookClient(
        book, km=kernel, timeout=120, resources={"metadata": {"path": str(tmp_path)}}
    )
    # A failing assert raises CellExecutionError, naming the cell; the kernel is shut down
    # either way (nbclient keeps a kernel it was given alive otherwise).
    client.execute(cleanup_kc=True)
    assert not kernel.is_alive()  # type: ignore[attr-defined]
    shown = [o for c in book.cells if c.cell_type == "code" for o in c.outputs]
    assert not [o for o in shown if o.output_type == "error"]
    assert any("text/html" in o.get("data", {}) for o in shown)  # the summary, tables
    if any(".diagram(" in c.source for c in book.cells):
        assert any("image/svg+xml" in o.get("data", {}) for o in shown)  # drawn inline
    assert path.read_bytes() == before  # executed in memory only
