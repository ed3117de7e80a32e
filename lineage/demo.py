"""The bundled demo estate (sample_data/demo): a synthetic storefront that needs no server."""

from __future__ import annotations

from pathlib import Path

from .errors import ConfigError


def demo_estate_path() -> Path:
    """estate.yaml of the demo, from the installed package or the source tree."""
    here = Path(__file__).resolve().parent
    for folder in (here / "_demo", here.parent / "sample_data" / "demo"):
        if (folder / "estate.yaml").is_file():
            return folder / "estate.yaml"
    raise ConfigError(
        "the demo estate is not installed with this copy of piimap; "
        "reinstall from the source tree (pip install .)."
    )
