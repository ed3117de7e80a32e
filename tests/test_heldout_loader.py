"""bench/heldout/load.py, the loader of the held-out benchmark sets: every set module is found and
labelled, and the reader of the sources' SQL scripts gets statements and rows right (on small
scripts written here; the real sources are loaded by the driver, see bench/README.md)."""

from __future__ import annotations

import doctest
import importlib.util
import re
import sys
from pathlib import Path
from types import ModuleType

import pytest

HELDOUT = Path(__file__).resolve().parents[1] / "bench" / "heldout"


@pytest.fixture(scope="module")
def load() -> ModuleType:
    spec = importlib.util.spec_from_file_location("heldout_load_under_test", HELDOUT / "load.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def sqlsource(load: ModuleType) -> ModuleType:
    load.discover()  # puts bench/heldout on sys.path, as for the set modules
    import sqlsource

    return sqlsource


def test_every_set_module_is_found_with_its_constants_and_labels(load: ModuleType) -> None:
    sets = load.discover()
    assert set(sets) == {p.stem for p in (HELDOUT / "sets").glob("*.py")}
    assert {"oracle_hr", "oracle_co", "oracle_oe", "pubs"} <= set(sets)
    for name, s in sets.items():
        assert re.fullmatch(r"[\w.-]+/[\w.-]+", s.repo), name
        assert re.fullmatch(r"[0-9a-f]{40}", s.commit), name
        assert s.engine in ("postgresql", "mysql"), name
        assert s.files and s.licence, name
        assert (HELDOUT / "labels" / f"{name}.csv").exists(), f"{name} has no labels"
        assert callable(s.module.script), name


def test_a_missing_mirror_says_what_to_fetch(load: ModuleType, tmp_path: Path) -> None:
    with pytest.raises(load.LoadError, match=r"fetch github:owner/name first"):
        load.git_dir("owner/name", tmp_path, {})


def test_sqlplus_script_statements(sqlsource: ModuleType) -> None:
    script = """rem a remark; with a semicolon
SET FEEDBACK 1
Prompt ******  Populating T ....
BEGIN
  INSERT INTO t VALUES (1, 'a;b', TO_DATE('17-06-2013', 'dd-MM-yyyy')); -- a comment; here
  INSERT INTO t VALUES (2, 'it''s
two lines', NULL);
END;
/
.
COMMENT ON COLUMN s.t.b IS 'The ''b'' column';
COMMIT;
"""
    statements = sqlsource.oracle_statements(script)
    assert [sqlsource.first_word(s) for s in statements] == [
        "insert",
        "insert",
        "end",
        "comment",
        "commit",
    ]
    first, second = (sqlsource.parse_insert(s) for s in statements[:2])
    assert first.table == "t" and first.columns is None
    assert [sqlsource.oracle_literal(v) for v in first.rows[0]] == [
        "1",
        "'a;b'",
        "'2013-06-17 00:00:00'",
    ]
    assert second.rows[0][1] == "it's\ntwo lines"
    assert list(sqlsource.comments(statements, {"t"})) == [
        "COMMENT ON COLUMN t.b IS 'The ''b'' column';"
    ]
    assert list(sqlsource.comments(statements, {"other"})) == []


def test_tsql_batches_of_inserts(sqlsource: ModuleType) -> None:
    script = """SET NOCOUNT ON
GO
insert authors
   values('409-56-7008', 'O''Hara', $19.99, 0x4749, NULL)
insert titles (title_id, title) values ('PC8888', 'Secrets')
GO
raiserror('Now at the inserts ....',0,1)
go
"""
    batches = sqlsource.tsql_batches(script)
    assert [sqlsource.first_word(b) for b in batches] == ["set", "insert", "raiserror"]
    authors, titles = sqlsource.parse_inserts(batches[1])
    assert authors.table == "authors"
    assert [sqlsource.pg_literal(v) for v in authors.rows[0]] == [
        "'409-56-7008'",
        "'O''Hara'",
        "19.99",
        "'\\x4749'::bytea",
        "NULL",
    ]
    assert titles.columns == ("title_id", "title")


def test_unknown_source_text_fails_loudly(sqlsource: ModuleType) -> None:
    with pytest.raises(sqlsource.SourceError):
        sqlsource.parse_insert("INSERT INTO t VALUES (1) RETURNING a")
    with pytest.raises(sqlsource.SourceError):
        sqlsource.oracle_datetime("2013-06-17", "dd-MM-yyyy")
    with pytest.raises(sqlsource.SourceError):
        sqlsource.oracle_statements("INSERT INTO t VALUES (1)")  # no ';'


def test_doctests_of_the_reader_and_pubs(sqlsource: ModuleType, load: ModuleType) -> None:
    pubs = load.discover()["pubs"].module
    for module in (sqlsource, pubs):
        result = doctest.testmod(module)
        assert result.attempted > 0 and result.failed == 0, module.__name__


def test_every_set_modules_examples_hold(load: ModuleType) -> None:
    """The examples in each set module's docstrings (its own column reader's, mostly) run
    against the module as it is: a helper moved to sqlsource.py must not leave one behind."""
    failed = {
        name: result.failed
        for name, s in load.discover().items()
        if (result := doctest.testmod(s.module)).failed
    }
    assert failed == {}


def test_sqlite_reader_loads_rows_under_our_ddl_and_refuses_other_columns(
    load: ModuleType,
) -> None:
    import sqlite3

    load.discover()  # bench/heldout on sys.path
    import sqlitesource

    db = sqlite3.connect(":memory:")
    db.executescript(
        "CREATE TABLE People (Name TEXT, Age INT, Photo BLOB);"
        "INSERT INTO People VALUES ('O''Brien \\ Jr', 40, x'4749'), (NULL, 7, NULL);"
    )
    data = db.serialize()
    tables = {"people": ("People", ("Name TEXT", "Age INT", "Photo BYTEA"), "")}
    assert sqlitesource.script(data, tables, "postgresql").splitlines()[-2:] == [
        "('O''Brien \\ Jr', 40, '\\x4749'::bytea),",
        "(NULL, 7, NULL);",
    ]
    assert "('O''Brien \\\\ Jr', 40, X'4749')," in sqlitesource.script(data, tables, "mysql")
    with pytest.raises(ValueError, match=r"has columns \['Name', 'Age', 'Photo'\]"):
        sqlitesource.script(data, {"people": ("People", ("Name TEXT", "Age INT"), "")}, "mysql")
    assert doctest.testmod(sqlitesource).failed == 0


def test_a_column_is_labelled_personal_or_either_way_never_both(load: ModuleType) -> None:
    import csv

    for name in load.discover():
        files = [HELDOUT / "labels" / f"{name}{suffix}.csv" for suffix in ("", "_secondary")]
        pairs = []
        for path in files:
            if path.exists():
                with path.open(newline="") as handle:
                    rows = list(csv.DictReader(handle))
                assert rows == [] or list(rows[0]) == ["table", "column", "pii_type"], path
                pairs.append({(r["table"].lower(), r["column"].lower()) for r in rows})
        assert len(pairs) < 2 or not pairs[0] & pairs[1], f"{name}: {pairs[0] & pairs[1]}"


def test_csv_and_plain_insert_sources_are_checked_before_loading(load: ModuleType) -> None:
    sets = load.discover()
    shine, petclinic = sets["shine"].module, sets["petclinic"].module
    for module in (shine, petclinic):
        result = doctest.testmod(module)
        assert result.attempted > 0 and result.failed == 0, module.__name__
    columns = ("noteid VARCHAR(10) NOT NULL", "author VARCHAR(30)")
    assert shine._rows("\ufeffNOTEID,AUTHOR\n1,Ada\n", "notes.csv", columns) == [["1", "Ada"]]
    with pytest.raises(ValueError, match=r"notes.csv has columns \['NOTEID', 'TEXT'\]"):
        shine._rows("NOTEID,TEXT\n1,x\n", "notes.csv", columns)
    with pytest.raises(ValueError, match="a row of 1 fields"):
        shine._rows("NOTEID,AUTHOR\n1\n", "notes.csv", columns)
    with pytest.raises(ValueError, match="not a one-line INSERT"):
        petclinic.checked_inserts(b"DROP TABLE owners;\n")


def test_round_six_readers_check_their_sources(load: ModuleType) -> None:
    """The readers of the sixth round's sources (bcp files, T-SQL scripts, a Python test file)
    read what the sources hold and stop on anything else."""
    sets = load.discover()
    awoltp, futon, wwi, db2 = (sets[n].module for n in ("awoltp", "futon", "wwi", "db2sample"))
    for module in (awoltp, futon, wwi, db2):
        result = doctest.testmod(module)
        assert result.attempted > 0 and result.failed == 0, module.__name__
    assert awoltp.plus_rows("1+|a+|b&|\n2+|c\nd+|&|\n", 3) == [["1", "a", "b"], ["2", "c\nd", ""]]
    with pytest.raises(ValueError, match="a \\+\\| row of 2 fields, expected 3"):
        awoltp.plus_rows("1+|a&|\n", 3)
    assert awoltp.tab_rows("7\tx\n8\ty", 2) == [["7", "x"], ["8", "y"]]
    with pytest.raises(ValueError, match="T-SQL left after translating"):
        futon.translate("CREATE TABLE T (Id INT, Photo VARBINARY(MAX), [Name] NVARCHAR(5))")
    source = (
        "create = 'CREATE TABLE t (a INT, b CHAR(1))'\n"
        "if 'zos' in sys.platform:\n    t = ((1, 'z'),)\nelse:\n    t = ((1, 'x'), (2, None))\n"
        "insert = 'INSERT INTO t (a, b) VALUES (?, ?)'\n"
    )
    assert db2.tables(source)["t"][2] == [(1, "x"), (2, None)]
    with pytest.raises(ValueError, match="does not follow its CREATE TABLE"):
        db2.tables(
            "create = 'CREATE TABLE u (a INT)'\nt = ((1,),)\n"
            "insert = 'INSERT INTO t (a) VALUES (?)'\n"
        )


def test_salesforce_tree_reader_loads_records_and_refuses_other_fields(load: ModuleType) -> None:
    """The reader of round 7's Salesforce sample data (``sf data import tree`` JSON) keeps a
    reference as the record it names, and stops when a file's fields are not the module's."""
    load.discover()  # bench/heldout on sys.path
    import sfdxsource

    assert doctest.testmod(sfdxsource).failed == 0
    data = (
        b'{"records": [{"attributes": {"type": "Lead", "referenceId": "L1"}, '
        b'"LastName": "Wu", "Owner": "@U1"}]}'
    )
    columns = ("id TEXT", "LastName TEXT", "Owner TEXT")
    sql = sfdxsource.script(lambda _: data, {"lead": ("l.json", "Lead", columns, "")}, "postgresql")
    assert sql.splitlines()[-1] == "('L1', 'Wu', 'U1');"
    with pytest.raises(ValueError, match=r"l.json has fields \['id', 'LastName', 'Owner'\]"):
        sfdxsource.script(
            lambda _: data, {"lead": ("l.json", "Lead", columns[:2], "")}, "postgresql"
        )
    with pytest.raises(ValueError, match="nested records"):
        sfdxsource.records(
            b'{"records": [{"attributes": {"type": "A", "referenceId": "A1"}, "C": {"x": 1}}]}',
            "a.json",
            "A",
        )


def test_spree_csv_reader_renames_custom_fields_and_refuses_other_headers(
    load: ModuleType,
) -> None:
    """Round 8's Spree sample data: each CSV file's header must be the module's columns (custom
    fields renamed), every row as long as the header, and an empty field goes in as NULL."""
    spree = load.discover()["spree"].module
    result = doctest.testmod(spree)
    assert result.attempted > 0 and result.failed == 0
    columns = ("sku text NOT NULL", "custom_field_wattage text")
    text = "sku,custom_field.custom.wattage\nA-1,\nB-2,1400W\n"
    assert spree.rows(text, "products.csv", columns) == [["A-1", ""], ["B-2", "1400W"]]
    with pytest.raises(ValueError, match=r"products.csv has columns \['sku', 'voltage'\]"):
        spree.rows("sku,voltage\nA-1,5V\n", "products.csv", columns)
    with pytest.raises(ValueError, match="a row of 1 fields, expected 2"):
        spree.rows("sku,custom_field.custom.wattage\nA-1\n", "products.csv", columns)
    files = {
        f"{spree._DIR}/{name}": (",".join(c.split()[0] for c in cols) + "\n").encode()
        for name, cols, _ in spree._TABLES.values()
    }
    files[f"{spree._DIR}/customers.csv"] += b"ada@example.com,Ada,,,,,,,,,,,\n"
    sql = spree.script(files.__getitem__)
    assert "('ada@example.com', 'Ada', NULL, NULL," in sql
    assert "INSERT INTO products" not in sql  # no rows, no statement


def test_dbunit_reader_refuses_undeclared_tables_and_columns(load: ModuleType) -> None:
    """Round 8's OpenMRS data set (DbUnit flat XML): an element or attribute the module does not
    declare, or a declared table with no rows, stops the load; ``[NULL]`` and a missing
    attribute go in as NULL."""
    openmrs = load.discover()["openmrs"].module
    result = doctest.testmod(openmrs)
    assert result.attempted > 0 and result.failed == 0
    tables = {"person": ("person_id INT", "gender VARCHAR(255)")}
    found = openmrs.rows('<dataset><person person_id="1"/></dataset>', tables)
    assert found == {"person": [{"person_id": "1"}]}
    with pytest.raises(ValueError, match="table 'users', which is not declared"):
        openmrs.rows('<dataset><person person_id="1"/><users user_id="1"/></dataset>', tables)
    with pytest.raises(ValueError, match=r"person has columns \['birthdate'\]"):
        openmrs.rows('<dataset><person person_id="1" birthdate="1948-01-01"/></dataset>', tables)
    with pytest.raises(ValueError, match=r"no rows for the declared tables \['person'\]"):
        openmrs.rows("<dataset/>", tables)


def test_rails_fixture_reader_fixes_relative_times_and_refuses_unknown_erb(
    load: ModuleType,
) -> None:
    """Round 9's Rails fixtures (Maybe, Campfire): relative ERB times become fixed values counted
    from one reference moment, so two loads give the same rows; a tag the set does not name stops
    the load; Rails' integer id of a labelled row is kept; mixed kinds fall back to text."""
    load.discover()  # bench/heldout on sys.path
    import railsfixtures

    assert doctest.testmod(railsfixtures).failed == 0
    files = {
        "users": (
            "ann:\n  name: Ann\n  seen: <%= 3.days.ago %>\n  born: <%= 1.year.ago.to_date %>\n"
            "  code: 7\nbob:\n  name: Bob\n  code: B-1\n"
        )
    }
    sql = railsfixtures.script(files.__getitem__, ["users"])
    assert '"seen" timestamptz' in sql and '"born" date' in sql and '"code" text' in sql
    assert (
        f"({railsfixtures.identify('ann')}, 'Ann', '2025-12-29 12:00:00', '2025-01-01', '7')" in sql
    )
    assert f"({railsfixtures.identify('bob')}, 'Bob', NULL, NULL, 'B-1')" in sql
    files["users"] += "cy:\n  token: <%= SecureRandom.hex %>\n"
    with pytest.raises(ValueError, match="an ERB tag the set does not name"):
        railsfixtures.script(files.__getitem__, ["users"])
    sql = railsfixtures.script(files.__getitem__, ["users"], {"<%= SecureRandom.hex %>": "f00d"})
    assert "'f00d'" in sql


def test_rails_fixture_reader_fixes_zone_times_and_fixture_ids(load: ModuleType) -> None:
    """Round 10's Rails fixtures (hitobito, alaveteli): ``Time.zone.now``, ``Time.now.utc`` and
    ``N.days.ago.midday`` are fixed from the same reference moment, and
    ``ActiveRecord::FixtureSet.identify(:label)`` is the id the labelled row gets."""
    load.discover()
    import railsfixtures

    files = {
        "groups": "top:\n  name: Top\n",
        "roles": (
            "leader:\n  group_id: <%= ActiveRecord::FixtureSet.identify(:top) %>\n"
            "  at: <%= Time.zone.now %>\n  seen: <%= 4.day.ago.midday.to_fs(:db) %>\n"
            "  sent: <%= Time.now.utc %>\n  due: <%= Time.zone.today %>\n"
        ),
    }
    sql = railsfixtures.script(files.__getitem__, ["groups", "roles"])
    top = railsfixtures.identify("top")
    assert f"({top}, 'Top')" in sql
    assert '"group_id" bigint' in sql and '"due" date' in sql
    assert (
        f"({railsfixtures.identify('leader')}, {top}, '2026-01-01 12:00:00', "
        "'2025-12-28 12:00:00', '2026-01-01 12:00:00', '2026-01-01')"
    ) in sql
    files["roles"] += "other:\n  group_id: <%= ActiveRecord::FixtureSet.identify(name) %>\n"
    with pytest.raises(ValueError, match="an ERB tag the set does not name"):
        railsfixtures.script(files.__getitem__, ["roles"])


def test_django_fixture_reader_types_columns_and_replaces_reloaded_objects(
    load: ModuleType,
) -> None:
    """Round 10's Django fixtures (oscar, helpdesk, babybuddy; bakerydemo since round 9): a table
    per model with a column per field, typed from the values; an object loaded again with the same
    model and pk replaces the first, as ``loaddata`` does; a fixture that is not a list of
    objects with an integer pk stops the load."""
    load.discover()
    import djangofixtures
    import sqlsource

    assert doctest.testmod(djangofixtures).failed == 0
    first = djangofixtures.objects(
        '[{"model": "offer.range", "pk": 1, "fields": {"name": "Old", "when": "2013-02-21"}},'
        ' {"model": "order.shippingaddress", "pk": 1, "fields": {"line1": "1 High St",'
        ' "notes": null, "owner": ["editor"], "at": "2014-10-10T13:07:36.499Z", "n": 2.5}}]'
    )
    again = djangofixtures.objects(
        '[{"model": "offer.range", "pk": 1, "fields": {"name": "New", "when": "2013-02-22"}}]'
    )
    sql = djangofixtures.script(first + again)
    assert 'CREATE TABLE "offer_range"' in sql and 'CREATE TABLE "order_shippingaddress"' in sql
    assert "(1, 'New', '2013-02-22')" in sql and "'Old'" not in sql
    assert '"when" date' in sql and '"at" timestamptz' in sql and '"owner" jsonb' in sql
    assert '"n" double precision' in sql and '"notes" text' in sql
    assert "(1, '1 High St', NULL, '[\"editor\"]', '2014-10-10T13:07:36.499Z', 2.5)" in sql
    for bad in ('{"model": "a.b"}', '[{"model": "a.b", "pk": "x", "fields": {}}]'):
        with pytest.raises(sqlsource.SourceError):
            djangofixtures.objects(bad)


def test_round_twelve_installer_scripts_are_split_as_the_installers_do(load: ModuleType) -> None:
    """Round 12's PHP installers' scripts (Zen Cart, Open Source Point of Sale): comment lines
    are dropped, a statement ends at a line ending with ``;`` (a ``;`` inside a line does not end
    it), Zen Cart's three files run in the installer's order and the ``ospos_`` prefix goes."""
    sets = load.discover()
    zencart, pos = sets["zencart"].module, sets["opensourcepos"].module
    files = {
        "zc_install/sql/install/mysql_zencart.sql": b"#PROGRESS_FEEDBACK:!TEXT=x\n"
        b"CREATE TABLE a (\n  b text\n);\nINSERT INTO a VALUES ('x; y');\n",
        "zc_install/sql/install/mysql_utf8.sql": b"# countries\nINSERT INTO a VALUES ('u');\n",
        "zc_install/sql/demo/mysql_demo.sql": b"INSERT INTO a VALUES ('d');\n",
    }
    assert zencart.script(files.__getitem__).splitlines() == [
        "CREATE TABLE a (",
        "  b text",
        ");",
        "INSERT INTO a VALUES ('x; y');",
        "INSERT INTO a VALUES ('u');",
        "INSERT INTO a VALUES ('d');",
    ]
    initial = {
        "app/Database/Migrations/sqlscripts/initial_schema.sql": b"--\n-- Table `ospos_people`\n"
        b"--\nCREATE TABLE `ospos_people` (\n  `email` varchar(255)\n);\n\n"
        b"INSERT INTO `ospos_people` (`email`) VALUES\n    ('a@b.c');\n"
    }
    assert pos.script(initial.__getitem__) == (
        "CREATE TABLE `people` (\n  `email` varchar(255)\n);\n"
        "INSERT INTO `people` (`email`) VALUES\n    ('a@b.c');"
    )


def test_round_thirteen_scripts_are_split_as_the_installers_do(load: ModuleType) -> None:
    """Round 13's scripts (AbanteCart, Simple Invoices): ``--`` and ``#`` comment lines are
    dropped, a statement ends at a line ending with ``;``, AbanteCart's schema runs before its
    sample data, the ``ac_``/``si_`` prefixes go, and Simple Invoices' patch history goes in with
    ``INSERT IGNORE`` so that the file's duplicate patch id does not stop the load."""
    sets = load.discover()
    abantecart, invoices = sets["abantecart"].module, sets["simpleinvoices"].module
    files = {
        "public_html/install/abantecart_database.sql": b"--\n-- DDL for table `address`\n"
        b"CREATE TABLE `ac_addresses` (\n  `city` varchar(128)\n);\n",
        "public_html/install/abantecart_sample_data.sql": b"# sample\n\n"
        b"INSERT INTO `ac_addresses` (`city`) VALUES ('x; y'),\n('z');\n",
    }
    assert abantecart.script(files.__getitem__).splitlines() == [
        "CREATE TABLE `addresses` (",
        "  `city` varchar(128)",
        ");",
        "INSERT INTO `addresses` (`city`) VALUES ('x; y'),",
        "('z');",
    ]
    full = {
        "databases/mysql/Full_Simple_Invoices.sql": b"CREATE TABLE `si_customers` (\n"
        b"  `attention` varchar(255)\n);\nINSERT INTO `si_customers` (`attention`) VALUES ('M');\n"
        b"INSERT INTO `si_sql_patchmanager`(`sql_id`) VALUES\n (294)\n,(294);\n"
    }
    assert invoices.script(full.__getitem__).splitlines() == [
        "CREATE TABLE `customers` (",
        "  `attention` varchar(255)",
        ");",
        "INSERT INTO `customers` (`attention`) VALUES ('M');",
        "INSERT IGNORE INTO `sql_patchmanager`(`sql_id`) VALUES",
        " (294)",
        ",(294);",
    ]
