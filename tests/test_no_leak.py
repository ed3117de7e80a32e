"""No sampled value reaches any output or log: marker values are seeded, scanned, searched."""

from __future__ import annotations

import logging
import uuid
import zipfile
from pathlib import Path

from click.testing import CliRunner

from lineage.cli import main

from .conftest import write_estate


def test_seeded_marker_values_appear_in_no_output_and_no_log(pg_db, tmp_path, caplog):
    marker = uuid.uuid4().hex[:12]
    values = {
        "email": [f"mk{marker}{i}@example.com" for i in range(60)],
        "phone": [f"+1 415 555 {1000 + i:04d} x{marker[:4]}" for i in range(60)],
        "full_name": [f"Zed{marker}{i} Quill" for i in range(60)],
        "notes": [f"call mk{marker}n{i}@example.org before noon" for i in range(60)],
        "password_hash": [f"$2b$12${i:02d}{marker}{'A' * 41}" for i in range(60)],
    }
    rows = ", ".join("(" + ", ".join(f"'{values[c][i]}'" for c in values) + ")" for i in range(60))
    pg_db.run(
        f"CREATE TABLE leak_probe ({', '.join(f'{c} text' for c in values)});"
        f"INSERT INTO leak_probe VALUES {rows};"
    )
    estate = write_estate(
        tmp_path,
        f"systems:\n  probe: {{connector: postgresql, dsn: "
        f"'{pg_db.dsn}', include: [public.leak_probe]}}\n",
    )
    out = tmp_path / "out"
    with caplog.at_level(logging.DEBUG):
        result = CliRunner().invoke(
            main, ["-vv", "scan", str(estate), "--out", str(out), "--format", "svg,dot"]
        )
    assert result.exit_code == 0, result.output
    snapshot = (out / "snapshot.json").read_text()
    assert "EMAIL_ADDRESS" in snapshot and "PASSWORD_HASH" in snapshot  # the data was classified
    texts = {str(p): p.read_text(errors="replace") for p in out.rglob("*") if p.is_file()}
    for book in out.rglob("*.xlsx"):  # a zip of XML parts: search what is inside
        with zipfile.ZipFile(book) as archive:
            for name in archive.namelist():
                texts[f"{book}:{name}"] = archive.read(name).decode("utf-8", "replace")
    assert any(name.endswith("sheet1.xml") for name in texts)  # the workbook was read
    assert {"report.html", "openlineage.jsonl", "fides_datasets.yaml"} <= {
        Path(name).name for name in texts
    }
    texts["stdout+stderr"] = result.output
    texts["log"] = caplog.text
    for where, text in texts.items():
        assert marker not in text, f"a sampled value reached {where}"


def test_a_password_in_the_dsn_query_is_not_shown_when_the_connection_fails(pg_db, tmp_path):
    from lineage.core.config import load_estate
    from lineage.pipeline.run import scan_estate

    secret = f"QueryPw{uuid.uuid4().hex[:10]}"
    dsn = pg_db.dsn.rsplit("/", 1)[0] + "/no_such_database_here?password=${QPW}&sslmode=prefer"
    estate = write_estate(tmp_path, f'systems:\n  shop: {{connector: postgresql, dsn: "{dsn}"}}\n')
    snapshot = scan_estate(load_estate(estate, env={"QPW": secret}))
    (issue,) = snapshot.issues
    assert "cannot connect to" in issue.message and "password=hidden" in issue.message
    assert secret not in str(snapshot)


def test_sql_literals_are_masked_in_problem_lines_and_stored_view_definitions(pg_db, tmp_path):
    from lineage.core.config import load_estate
    from lineage.pipeline.run import scan_estate

    secret = f"Lit{uuid.uuid4().hex[:10]}"
    pg_db.run(
        "CREATE SCHEMA leak; CREATE TABLE leak.users (id int, email text, token text);"
        f"CREATE VIEW leak.active AS SELECT id, email FROM leak.users WHERE token <> '{secret}';"
    )
    (tmp_path / "job.sql").write_text(
        f"CREATE USER etl WITH PASSWORD '{secret}';\n"
        f"INSERT INTO leak.users (id, email) SELECT 1, 'x', '{secret}' FROM leak.users;\n"
    )
    estate = write_estate(
        tmp_path,
        f'systems:\n  shop: {{connector: postgresql, dsn: "{pg_db.dsn}", schemas: [leak]}}\n'
        "flows:\n  - {name: job, from: shop, to: shop, sql: job.sql}\n",
    )
    snapshot = scan_estate(load_estate(estate))
    problems = [i.message for i in snapshot.issues if i.subject == "flows.job"]
    assert problems and all("'…'" in p for p in problems)
    view = next(d for d in snapshot.datasets if d.name == "leak.active")
    assert view.view_definition and "'…'" in view.view_definition
    assert secret not in str(snapshot)
