"""The bundled demo estate (sample_data/demo): a synthetic storefront that needs no server."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from lineage.core.errors import ConfigError

#: Environment variables the demo estate reads its Salesforce org's address and session from.
DEMO_SF_URL = "PIIMAP_DEMO_SF_URL"
DEMO_SF_SESSION = "PIIMAP_DEMO_SF_SESSION"
#: ... and its Redis session store's URL.
DEMO_REDIS_URL = "PIIMAP_DEMO_REDIS_URL"


def demo_estate_path() -> Path:
    """estate.yaml of the demo, from the installed package or the source tree."""
    here = Path(__file__).resolve().parents[1]  # the lineage package
    for folder in (here / "_demo", here.parent / "sample_data" / "demo"):
        if (folder / "estate.yaml").is_file():
            return folder / "estate.yaml"
    raise ConfigError(
        "the demo estate is not installed with this copy of piimap; "
        "reinstall from the source tree (pip install .)."
    )


@contextmanager
def demo_org(estate: Path) -> Iterator[None]:
    """Serve the demo's Salesforce org and Redis session store on loopback while the demo is
    scanned (no network, no server).

    The org (``salesforce_org.json`` beside the estate) is served by piimap's fake Salesforce
    server, the one its tests use; the session store (``redis_store.json``) by fakeredis' TCP
    server, read by the real redis connector. The estate finds them through three environment
    variables.
    """
    from connectors.salesforce.fake import FakeSalesforce, load_org

    from .demo_redis import serve_redis

    saved = {k: os.environ.get(k) for k in (DEMO_SF_URL, DEMO_SF_SESSION, DEMO_REDIS_URL)}
    with (
        FakeSalesforce(load_org(estate.parent / "salesforce_org.json")) as fake,
        serve_redis(estate.parent / "redis_store.json") as redis_url,
    ):
        os.environ[DEMO_SF_URL] = fake.url
        os.environ[DEMO_SF_SESSION] = fake.session_id
        os.environ[DEMO_REDIS_URL] = redis_url
        try:
            yield
        finally:
            for key, value in saved.items():
                if value is None:
                    os.environ.pop(key, None)
                else:
                    os.environ[key] = value
