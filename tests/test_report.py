"""report.html: self-contained, escaped, gaps first, deterministic; and in headless Chromium it
renders, sorts, filters, logs no error and requests nothing but itself.

The Chromium test needs Debian's chromium and chromedriver (``setup.sh --dev``); it is skipped
without them, unless PIIMAP_REQUIRE_SERVICES=1 (as CI sets it), where it fails instead.
"""

from __future__ import annotations

import dataclasses
import json
import os
import re
import shutil
import subprocess
import sys
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

import pandas as pd
import pytest

from lineage.assess import SEVERITY_ORDER
from lineage.core.model import (
    Control,
    EntityHit,
    Field,
    Gap,
    Organisation,
    ScanIssue,
    Snapshot,
    Status,
    System,
)
from lineage.export.report import JS, inline_svg, render_report, write_report
from lineage.export.tables import gaps_frame

from .conftest import REPO, REQUIRE

XSS = '<script>window.pwned=1</script><img src=x onerror="window.pwned=2">'
CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"


class Tags(HTMLParser):
    """Every start tag with its attributes, and the document's text."""

    def __init__(self, page: str) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []
        self.feed(page)

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data):
        self.text.append(data)


def hostile_snapshot() -> Snapshot:
    """A snapshot whose every text field an attacker could have written carries markup."""
    return Snapshot(
        scanned_at="2026-01-01T00:00:00Z",
        piimap_version="0.1.0",
        config_hash="ab" * 32,
        organisation=Organisation(name=f"Acme {XSS}"),
        systems=(System("shop", "postgresql", name=XSS, transit=Control(Status.OK, ("tls",))),),
        fields=(
            Field(
                "shop",
                "public.users",
                "email",
                "text",
                comment=XSS,
                entities=(EntityHit("EMAIL_ADDRESS", 0.9, ("names",), f"comment says {XSS}"),),
            ),
        ),
        gaps=(
            Gap("SOC2 CC6.1", f"shop/{XSS}", "high", (f"evidence {XSS}", "second"), XSS),
            Gap("SOC2 CC6.7", "shop", "low", ("plain http",), "use TLS"),
        ),
        issues=(ScanIssue("shop/public.secret", "not_scanned", f"permission denied {XSS}"),),
    )


@pytest.fixture(scope="module")
def demo_svgs(demo_out: Path) -> dict[str, Path]:
    return {p.stem: p for p in sorted((demo_out / "diagrams").glob("*.svg"))}


@pytest.fixture(scope="module")
def demo_page(demo_snapshot, demo_svgs) -> str:
    return render_report(demo_snapshot, {n: p.read_text() for n, p in demo_svgs.items()})


def test_loads_nothing_from_outside_the_file(demo_page):
    tags = Tags(demo_page).tags
    names = Counter(tag for tag, _ in tags)
    assert names["script"] == 1 and names["link"] == 0 and names["iframe"] == 0
    for tag, attrs in tags:
        assert "src" not in attrs, tag
        for name in ("href", "xlink:href", "action", "poster", "srcset"):
            value = attrs.get(name)
            assert value is None or value.startswith("#"), (tag, name, value)
    assert not re.search(r"url\(\s*['\"]?(?!#)", demo_page), "a CSS url() outside the file"
    assert "@import" not in demo_page and "fetch(" not in JS and "XMLHttpRequest" not in JS
    assert "default-src 'none'" in demo_page


def test_every_text_is_escaped():
    page = render_report(hostile_snapshot(), {})
    assert page.count("<script") == 1  # the report's own
    assert "<img" not in page and "onerror=" not in page.replace("onerror=&quot;", "")
    assert page.count("&lt;script&gt;window.pwned=1&lt;/script&gt;") >= 6
    assert "Acme &lt;script&gt;" in page


def test_svg_scripts_handlers_and_outside_links_are_dropped():
    svg = (
        '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" '
        'width="100pt" height="50pt" viewBox="0 0 100 50" onload="alert(1)">'
        '<script>alert(2)</script><defs><marker id="m"/></defs>'
        '<g id="node1"><a xlink:href="https://evil.example/" xlink:title="t">'
        '<path marker-end="url(#m)" d="M0,0"/></a><a xlink:href="#node1"/>'
        '<a href="#table-flows"/></g></svg>'
    )
    out = inline_svg("trace_EMAIL_ADDRESS", svg)
    assert "script" not in out and "onload" not in out and "evil" not in out
    assert 'id="d-trace_EMAIL_ADDRESS-node1"' in out and "url(#d-trace_EMAIL_ADDRESS-m)" in out
    assert 'xlink:href="#d-trace_EMAIL_ADDRESS-node1"' in out
    assert 'href="#table-flows"' in out  # a link to the page itself is kept
    assert 'data-width="133"' in out and 'width="100pt"' not in out


def test_diagram_ids_never_collide(demo_page):
    ids = Counter(attrs["id"] for _, attrs in Tags(demo_page).tags if attrs.get("id"))
    assert ids and not [i for i, n in ids.items() if n > 1]


def test_gaps_come_before_diagrams_and_tables(demo_page):
    order = [demo_page.index(f'<section id="{s}">') for s in ("summary", "gaps", "diagrams")]
    order += [demo_page.index(f'id="table-{t}"') for t in ("pii_fields", "flows", "stores")]
    order.append(demo_page.index('<section id="issues">'))
    assert order == sorted(order)
    assert demo_page.index("<svg") > demo_page.index('id="t-gaps"')


def test_header_shows_the_scan_metadata_and_partial_scan():
    page = render_report(hostile_snapshot(), {})
    text = " ".join(Tags(page).text)
    for shown in ("2026-01-01T00:00:00Z", "0.1.0", "ab" * 32, "Snapshot schema version"):
        assert shown in text
    assert "Partial scan: 1 thing(s) could not be scanned" in text
    assert "permission denied" in text


def test_tables_from_export_tables_and_given_frames():
    ropa = pd.DataFrame([{"activity": "newsletter", "legal_basis": "consent"}])
    page = render_report(hostile_snapshot(), {}, tables={"ropa": ropa})
    assert 'id="t-ropa"' in page and "newsletter" in page
    assert "<output>2 of 2</output>" in page  # the gaps' row count
    assert '<td class="sev-high" data-v="0">high</td>' in page
    assert '<td class="st-ok">ok</td>' in page
    assert "<caption>" in page and '<th scope="col">' in page and '<html lang="en">' in page


def test_same_snapshot_same_bytes(demo_snapshot, demo_out, demo_svgs, tmp_path):
    """Across processes too: nothing depends on hash order or the clock."""
    script = (
        "import sys; from pathlib import Path; from lineage.core import snapshot;"
        "from lineage.export.report import write_report;"
        f"d = Path({str(demo_out)!r}); s = snapshot.load(d / 'snapshot.json');"
        "names = sorted(p.stem for p in (d / 'diagrams').glob('*.svg'));"
        "write_report(s, Path(sys.argv[1]), {n: d / 'diagrams' / f'{n}.svg' for n in names})"
    )
    pages = []
    for seed in ("1", "2"):
        out = tmp_path / seed
        env = {**os.environ, "PYTHONHASHSEED": seed}
        subprocess.run([sys.executable, "-c", script, str(out)], check=True, cwd=REPO, env=env)
        pages.append((out / "report.html").read_bytes())
    here = write_report(demo_snapshot, tmp_path / "here", demo_svgs).read_bytes()
    assert pages[0] == pages[1] == here


def test_the_script_is_the_one_the_policy_allows(demo_page):
    import base64
    import hashlib

    digest = base64.b64encode(hashlib.sha256(JS.encode()).digest()).decode()
    assert f"script-src 'sha256-{digest}'" in demo_page
    assert f"<script>{JS}</script>" in demo_page


# --- headless Chromium -------------------------------------------------------------------------


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    missing = [p for p in (CHROMIUM, CHROMEDRIVER) if not shutil.which(p)]
    try:
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service
    except ImportError:
        missing.append("selenium (pip install -e '.[dev]')")
    if missing:
        message = f"{', '.join(missing)} missing; ./setup.sh --dev installs them"
        if REQUIRE:
            pytest.fail(message)
        pytest.skip(message)
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for arg in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--window-size=1400,1000",
        # No name resolves and no proxy answers: a request for anything outside would fail.
        "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost",
        "--proxy-server=http://127.0.0.1:9",
        f"--user-data-dir={tmp_path_factory.mktemp('chromium')}",
    ):
        options.add_argument(arg)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(20)
    try:
        yield driver
    finally:
        driver.quit()


def _visible_rows(driver, table_id: str) -> int:
    return driver.execute_script(
        "return Array.from(document.getElementById(arguments[0]).tBodies[0].rows)"
        ".filter(r => r.getClientRects().length > 0).length",
        table_id,
    )


def _column(driver, table_id: str, col: int) -> list[str]:
    return driver.execute_script(
        "return Array.from(document.getElementById(arguments[0]).tBodies[0].rows,"
        " r => r.cells[arguments[1]].textContent.trim())",
        table_id,
        col,
    )


def _header(driver, table_id: str, name: str):
    from selenium.webdriver.common.by import By

    xpath = f"//table[@id='{table_id}']/thead//th/button[normalize-space()='{name}']"
    return driver.find_element(By.XPATH, xpath)


def test_report_in_headless_chromium(browser, demo_snapshot, demo_svgs, tmp_path):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    hostile = Gap("SOC2 CC6.1", f"shop/{XSS}", "high", (f"evidence {XSS}",), XSS)
    snapshot = dataclasses.replace(demo_snapshot, gaps=(*demo_snapshot.gaps, hostile))
    path = write_report(snapshot, tmp_path, demo_svgs)
    browser.get_log("performance")  # drop what the browser did before the page
    browser.get(path.as_uri())

    assert browser.title == f"piimap report: Larkspur & Co Ltd, scan {snapshot.scanned_at}"
    gaps = browser.find_element(By.ID, "t-gaps")
    assert gaps.is_displayed()
    assert _visible_rows(browser, "t-gaps") == len(snapshot.gaps) == len(demo_snapshot.gaps) + 1
    assert browser.execute_script("return window.pwned") is None
    assert XSS in gaps.text.replace("\n", "")

    boxes = browser.execute_script(
        "return Array.from(document.querySelectorAll('figure.diagram svg'),"
        " s => [s.getBoundingClientRect().width, s.getBoundingClientRect().height])"
    )
    assert len(boxes) == len(demo_svgs) >= 2 and all(w > 100 and h > 100 for w, h in boxes)
    before = boxes[0][0]
    browser.find_element(By.CSS_SELECTOR, "#diagram-systems button[data-zoom='1.25']").click()
    after = browser.execute_script(
        "return document.querySelector('#diagram-systems svg').getBoundingClientRect().width"
    )
    assert after == pytest.approx(before * 1.25, rel=0.02)

    subjects = _column(browser, "t-gaps", 3)
    _header(browser, "t-gaps", "subject").click()
    assert _column(browser, "t-gaps", 3) != subjects
    assert browser.find_element(By.CSS_SELECTOR, "#t-gaps th[aria-sort=ascending]").text.startswith(
        "subject"
    )
    _header(browser, "t-gaps", "severity").click()  # by rank, not by name: high, medium, low
    ranks = [SEVERITY_ORDER[s] for s in _column(browser, "t-gaps", 0)]
    assert ranks == sorted(ranks) and len(set(ranks)) == 3

    stores = browser.find_element(By.ID, "t-stores")
    head = [th.text for th in stores.find_elements(By.CSS_SELECTOR, "thead th")]
    _header(browser, "t-stores", "rows").click()  # numbers, not text: 9 before 10
    counts = [float(v) for v in _column(browser, "t-stores", head.index("rows")) if v]
    assert min(counts) < 10 <= max(counts) and counts == sorted(counts)
    _header(browser, "t-stores", "rows").click()
    counts = [float(v) for v in _column(browser, "t-stores", head.index("rows")) if v]
    assert counts == sorted(counts, reverse=True)

    box = browser.find_element(By.CSS_SELECTOR, "#t-gaps-controls input")
    box.send_keys("retention")
    frame = gaps_frame(snapshot).astype(str)
    expected = sum(any("retention" in v.lower() for v in row) for row in frame.values.tolist())
    shown = _visible_rows(browser, "t-gaps")
    assert 0 < shown == expected < len(snapshot.gaps)
    count = browser.find_element(By.CSS_SELECTOR, "#t-gaps-controls output").text
    assert count == f"{shown} of {len(snapshot.gaps)}"
    box.clear()
    box.send_keys(" ")  # clear() fires no input event
    Select(browser.find_element(By.CSS_SELECTOR, "#t-gaps-controls select")).select_by_value("high")
    assert _visible_rows(browser, "t-gaps") == sum(g.severity == "high" for g in snapshot.gaps)

    errors = [e for e in browser.get_log("browser") if e["level"] == "SEVERE"]
    assert errors == []
    sent = [json.loads(e["message"])["message"] for e in browser.get_log("performance")]
    requested = [
        m["params"]["request"]["url"]
        for m in sent
        if m["method"] == "Network.requestWillBeSent"
        and m["params"].get("documentURL") == path.as_uri()  # not the browser's own pages
    ]
    assert requested == [path.as_uri()]
    assert browser.execute_script("return performance.getEntriesByType('resource').length") == 0
