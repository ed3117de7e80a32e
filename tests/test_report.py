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


def assert_page_alone(browser, path: Path) -> None:
    """The page opened in ``browser`` logged no error and requested nothing but itself."""
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

    subjects = _column(browser, "t-gaps", 4)
    _header(browser, "t-gaps", "subject").click()
    assert _column(browser, "t-gaps", 4) != subjects
    assert browser.find_element(By.CSS_SELECTOR, "#t-gaps th[aria-sort=ascending]").text.startswith(
        "subject"
    )
    _header(browser, "t-gaps", "severity").click()  # by rank, not by name: high, medium, low
    ranks = [SEVERITY_ORDER[s] for s in _column(browser, "t-gaps", 1)]
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

    assert_page_alone(browser, path)


# --- a table larger than the page writes as HTML ---------------------------------------------


def large_snapshot(tables: int = 40, columns: int = 20) -> Snapshot:
    """A snapshot whose PII inventory (400 rows) has more rows than the page writes as HTML;
    one explanation, in the rows the page carries as JSON, holds markup."""
    entities = ("EMAIL_ADDRESS", "PERSON_NAME", "PHONE_NUMBER")
    fields = []
    for t in range(tables):
        for c in range(columns):
            hits = tuple(
                EntityHit(e, 0.5 + (t * columns + c) % 47 / 100, ("column_name",), f"c{c} is {e}")
                for e in entities[: 1 + (t + c) % 3]
            )
            if t == tables - 1 and c == 0:
                hits = (EntityHit("EMAIL_ADDRESS", 0.9, ("comment",), f"comment {XSS}"),)
            status = Status.GAP if t % 5 == 0 else Status.UNKNOWN
            fields.append(
                Field(
                    f"db{t % 3}",
                    f"public.t{t:03d}",
                    f"c{c:02d}",
                    "text",
                    position=c + 1,
                    entities=hits if c % 2 == 0 else (),
                    at_rest=Control(status, ("why",) if status == Status.GAP else ()),
                )
            )
    return Snapshot(
        "2026-01-01T00:00:00Z",
        "0.1.0",
        systems=tuple(System(f"db{i}", "postgresql") for i in range(3)),
        fields=tuple(fields),
    )


def _pii_texts(snapshot: Snapshot) -> list[list[str]]:
    from lineage.export.report import _text
    from lineage.export.tables import pii_fields_frame

    return [[_text(v) for v in row] for row in pii_fields_frame(snapshot).itertuples(index=False)]


def test_a_large_table_has_every_row_once_html_then_json():
    """Without JavaScript the first ROWS_IN_HTML rows show and a line says how many follow; the
    others are in the page once, as JSON whose text can never close its script element."""
    from lineage.export.report import ROWS_IN_HTML

    snapshot = large_snapshot()
    page = render_report(snapshot, {})
    texts = _pii_texts(snapshot)
    assert len(texts) == 400 > ROWS_IN_HTML
    table = page[page.index('<table class="data" id="t-pii_fields">') :]
    html_rows = table[table.index("<tbody>") : table.index("</tbody>")].count("<tr>")
    assert html_rows == ROWS_IN_HTML
    assert f"The first {ROWS_IN_HTML} of 400 rows are shown" in page
    start = page.index('<script type="application/json" id="t-pii_fields-rows">')
    data = page[start : page.index("</script>", start)].split(">", 1)[1]
    assert json.loads(data) == texts[ROWS_IN_HTML:]
    assert "</script><img" not in page and "<img" not in page
    assert page.count("<script>") == 1  # the page's own script; the others are data


def _shown_rows(driver, table_id: str) -> int:
    return driver.execute_script(
        "return document.getElementById(arguments[0]).tBodies[0].rows.length", table_id
    )


def test_a_large_table_filters_sorts_and_grows_in_headless_chromium(browser, tmp_path):
    """Rows the script makes from JSON are the rows the page would have written; filtering,
    the drop-downs, sorting, "Show more" and scrolling reach every row."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select, WebDriverWait

    from lineage.export.report import ROWS_IN_HTML, _cell
    from lineage.export.tables import PII_FIELD_COLUMNS

    snapshot = large_snapshot()
    texts = _pii_texts(snapshot)
    browser.get_log("browser")
    browser.get(write_report(snapshot, tmp_path, {}).as_uri())
    count = browser.find_element(By.CSS_SELECTOR, "#t-pii_fields-controls output")
    more = browser.find_element(By.ID, "t-pii_fields-more")
    assert count.text == "400 of 400" and _shown_rows(browser, "t-pii_fields") == ROWS_IN_HTML
    assert more.is_displayed() and more.text.startswith(f"Showing {ROWS_IN_HTML} of 400 rows.")

    box = browser.find_element(By.CSS_SELECTOR, "#t-pii_fields-controls input")
    box.send_keys("T039 phone")  # rows only the JSON holds; every word, any case
    expected = [r for r in texts if r[1] == "public.t039" and "phone" in "\t".join(r).lower()]
    assert 0 < len(expected) == _visible_rows(browser, "t-pii_fields") < 10
    assert count.text == f"{len(expected)} of 400" and not more.is_displayed()
    assert browser.execute_script("return window.pwned") is None
    built = browser.execute_script(
        "return document.getElementById('t-pii_fields').tBodies[0].rows[0].outerHTML"
    )
    written = "<tr>" + "".join(map(_cell, PII_FIELD_COLUMNS, expected[0])) + "</tr>"
    parsed = browser.execute_script(
        "const t = document.createElement('template'); t.innerHTML = arguments[0];"
        "return t.content.firstElementChild.outerHTML",
        f"<table><tbody>{written}</tbody></table>",
    )
    assert built in parsed  # the script builds the very cells _cell writes
    box.clear()
    box.send_keys("pwned")  # markup in a JSON row shows as text and never runs
    assert _visible_rows(browser, "t-pii_fields") == 1
    assert XSS in browser.find_element(By.ID, "t-pii_fields").text.replace("\n", "")
    assert browser.execute_script("return window.pwned") is None

    box.clear()
    box.send_keys(" ")  # clear() fires no input event
    Select(browser.find_element(By.CSS_SELECTOR, "#t-pii_fields-controls select")).select_by_value(
        "db1"
    )
    in_db1 = sum(r[0] == "db1" for r in texts)
    assert _shown_rows(browser, "t-pii_fields") == in_db1 < ROWS_IN_HTML
    assert count.text == f"{in_db1} of 400"
    Select(browser.find_element(By.CSS_SELECTOR, "#t-pii_fields-controls select")).select_by_value(
        ""
    )
    assert _shown_rows(browser, "t-pii_fields") == ROWS_IN_HTML and more.is_displayed()

    _header(browser, "t-pii_fields", "dataset").click()
    _header(browser, "t-pii_fields", "dataset").click()  # descending: JSON rows come first
    datasets = _column(browser, "t-pii_fields", 1)
    assert datasets[0] == "public.t039" and datasets == sorted(datasets, reverse=True)
    more.find_element(By.CSS_SELECTOR, "button[value=more]").click()
    assert _shown_rows(browser, "t-pii_fields") == 400 and not more.is_displayed()
    assert sorted(_column(browser, "t-pii_fields", 2)) == sorted(r[2] for r in texts)

    _header(browser, "t-pii_fields", "confidence").click()  # a sort shows the first rows again
    assert _shown_rows(browser, "t-pii_fields") == ROWS_IN_HTML
    confidences = [float(v) for v in _column(browser, "t-pii_fields", 4)]
    assert confidences == sorted(confidences) and confidences[0] == min(float(r[4]) for r in texts)
    browser.execute_script(
        "const f = document.getElementById('t-pii_fields').parentElement;"
        "f.scrollTop = f.scrollHeight;"
    )
    WebDriverWait(browser, 5).until(lambda d: _shown_rows(d, "t-pii_fields") == 400)
    assert [e for e in browser.get_log("browser") if e["level"] == "SEVERE"] == []
