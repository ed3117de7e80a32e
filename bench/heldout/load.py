"""Load the held-out sets of ``bench/heldout.py`` into the local servers, from the public
repositories they come from (the sample data itself never enters this repository).

Run from the repository root, after ``fetch github:<owner>/<name>`` has brought each source
repository to the mirror (a bare git directory, ``<mirror root>/<owner>+<name>/repo``)::

    .venv/bin/python bench/heldout/load.py                      # every set; about half a minute
    .venv/bin/python bench/heldout/load.py --sets oracle_hr pubs
    .venv/bin/python bench/heldout/load.py --repo oracle-samples/db-sample-schemas=/src/dss.git

For each set it drops and recreates the database ``heldout_<set>`` on the set's engine
(PostgreSQL as postgres@127.0.0.1:5432, MariaDB as root@127.0.0.1:3306), runs the set's script in
it, checks that every (table, column) of ``labels/<set>.csv`` and ``labels/<set>_secondary.csv``
exists, and prints one line with the base tables, columns and rows loaded. Exit status 0 when
every set loaded, 1 when one failed (the others still load), 2 for a usage error.

**Adding a set**: write ``bench/heldout/sets/<set>.py`` (no list to edit: the modules are found by
globbing ``sets/*.py``; names starting with ``_`` are skipped) with these module constants

- ``REPO = "owner/name"``: the GitHub repository the data comes from;
- ``COMMIT = "<40 hex digits>"``: the commit read;
- ``FILES = "..."``: the files used, for people (shown in the benchmark's source table);
- ``LICENCE = "..."``: the licence of those files;
- ``ENGINE = "postgresql"`` or ``"mysql"`` (loaded into the local MariaDB);

and a function ``script(read: Callable[[str], bytes]) -> str`` returning the whole SQL script,
DDL and rows, to run in an empty database of that engine, where ``read(path)`` gives the bytes of
``path`` in REPO at COMMIT. Translate the DDL in the module (hand-written is fine), keep the
original rows, and name tables and columns in lower case as the labels do.
``bench/heldout/sqlsource.py`` has readers for Oracle SQL*Plus and T-SQL scripts and writers of
PostgreSQL literals, turns a plain ``pg_dump``'s COPY blocks into INSERTs and a MySQL
INSERT's string literals into standard SQL (``mysql_strings``), and a MySQL dump's tables and
rows into PostgreSQL given the module's own reading of a column line (``mysql_tables_as_pg``,
with the keys of its ``ALTER TABLE`` statements from ``mysql_alter_keys``, once
``plain_mysql_dump`` has checked that it holds tables and rows only);
``bench/heldout/sqlitesource.py`` loads the tables of a SQLite database file (the Spider sets)
under DDL written in the module; ``bench/heldout/sfdxsource.py`` loads
Salesforce sample records (``sf data import tree`` JSON files) the same way,
``bench/heldout/railsfixtures.py`` Ruby on Rails test fixtures (YAML with relative-time ERB), and
``bench/heldout/djangofixtures.py`` Django JSON fixtures.
Then label the set (``docs/labelling.md``) in ``bench/heldout/labels/`` before piimap ever runs
on it; ``bench/heldout.py`` picks the module up by itself.
"""

from __future__ import annotations

import argparse
import importlib.util
import re
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

HERE = Path(__file__).resolve().parent
SETS = HERE / "sets"
LABELS = HERE / "labels"
MIRROR = Path("/work/.mirror")
PG = "postgresql://postgres@127.0.0.1:5432"
MY_HOST, MY_PORT, MY_USER = "127.0.0.1", 3306, "root"
ENGINES = ("postgresql", "mysql")


class LoadError(Exception):
    """A set could not be loaded; the message is one line for the user."""


@dataclass(frozen=True)
class HeldoutSet:
    """One set module's constants (``module`` has its ``script``)."""

    name: str
    repo: str
    commit: str
    files: str
    licence: str
    engine: str
    module: ModuleType

    @property
    def database(self) -> str:
        return f"heldout_{self.name}"


def discover(folder: Path = SETS) -> dict[str, HeldoutSet]:
    """Every set module in ``folder``, by name (a module missing a constant fails here)."""
    if str(HERE) not in sys.path:  # the modules import sqlsource
        sys.path.insert(0, str(HERE))
    out: dict[str, HeldoutSet] = {}
    for path in sorted(folder.glob("*.py")):
        if path.name.startswith("_"):
            continue
        spec = importlib.util.spec_from_file_location(f"heldout_sets.{path.stem}", path)
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[spec.name] = module  # before running it, for any dataclass in it
        spec.loader.exec_module(module)
        try:
            values = {k: getattr(module, k) for k in ("REPO", "COMMIT", "FILES", "LICENCE")}
            engine = module.ENGINE
            module.script  # noqa: B018 - must exist
        except AttributeError as exc:
            raise LoadError(f"{path}: {exc}") from None
        if engine not in ENGINES:
            raise LoadError(f"{path}: ENGINE {engine!r} is not one of {', '.join(ENGINES)}")
        if not re.fullmatch(r"[0-9a-f]{40}", values["COMMIT"]):
            raise LoadError(f"{path}: COMMIT must be 40 lower-case hex digits")
        out[path.stem] = HeldoutSet(
            path.stem,
            values["REPO"],
            values["COMMIT"],
            values["FILES"],
            values["LICENCE"],
            engine,
            module,
        )
    return out


# --- reading the source repository ----------------------------------------------------------------


def git_dir(repo: str, root: Path, overrides: dict[str, Path]) -> Path:
    """The bare git directory of ``repo``: an override, or where ``fetch`` puts it."""
    owner, name = repo.split("/")
    candidates = (
        [overrides[repo]]
        if repo in overrides
        else [root / f"{owner}+{name}" / "repo", root / f"{owner}+{name}", root / owner / name]
    )
    for path in candidates:
        for git in (path, path / ".git"):
            if (git / "HEAD").is_file() and (git / "objects").is_dir():
                return git
    where = candidates[0] if repo in overrides else root
    raise LoadError(f"no git directory for {repo} in {where}; fetch github:{repo} first")


def reader(git: Path, repo: str, commit: str) -> Callable[[str], bytes]:
    """``read(path)``: the bytes of ``path`` at ``commit`` in the git directory ``git``."""
    found = subprocess.run(
        ["git", "--git-dir", str(git), "cat-file", "-e", f"{commit}^{{commit}}"],
        capture_output=True,
    )
    if found.returncode != 0:
        raise LoadError(
            f"commit {commit[:12]} of {repo} is not in {git}; fetch github:{repo} again"
        )

    def read(path: str) -> bytes:
        done = subprocess.run(
            ["git", "--git-dir", str(git), "show", f"{commit}:{path}"], capture_output=True
        )
        if done.returncode != 0:
            raise LoadError(f"{repo} @ {commit[:7]} has no file {path}")
        return done.stdout

    return read


# --- loading --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Loaded:
    tables: int
    columns: int
    rows: int
    names: frozenset[tuple[str, str]]  #: (table, column), lower case, base tables only


def load_postgresql(database: str, sql: str) -> Loaded:
    import psycopg

    try:
        with psycopg.connect(f"{PG}/postgres", autocommit=True, connect_timeout=5) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')
            conn.execute(f"CREATE DATABASE \"{database}\" ENCODING 'UTF8' TEMPLATE template0")
        with psycopg.connect(f"{PG}/{database}", connect_timeout=5) as conn:
            conn.execute(sql.encode())  # a script of ours, no parameters: one simple query
            conn.commit()
            conn.autocommit = True
            conn.execute("ANALYZE")
            names = conn.execute(
                "SELECT c.table_name, c.column_name FROM information_schema.columns c "
                "JOIN information_schema.tables t USING (table_schema, table_name) "
                "WHERE t.table_schema = 'public' AND t.table_type = 'BASE TABLE'"
            ).fetchall()
            rows = 0
            for table in sorted({t for t, _ in names}):
                (count,) = conn.execute(f'SELECT count(*) FROM "{table}"').fetchone() or (0,)
                rows += count
    except psycopg.Error as exc:
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise LoadError(f"PostgreSQL {database}: {first}") from None
    return _loaded(names, rows)


def load_mysql(database: str, sql: str) -> Loaded:
    import pymysql
    from pymysql.constants import CLIENT

    try:
        conn = pymysql.connect(
            host=MY_HOST,
            port=MY_PORT,
            user=MY_USER,
            password="",
            client_flag=CLIENT.MULTI_STATEMENTS,
            charset="utf8mb4",
            connect_timeout=5,
            autocommit=False,
        )
    except pymysql.Error as exc:
        raise LoadError(f"MariaDB at {MY_HOST}:{MY_PORT}: {exc.args[-1]}") from None
    try:
        with conn.cursor() as cur:
            cur.execute(f"DROP DATABASE IF EXISTS `{database}`")
            cur.execute(f"CREATE DATABASE `{database}` CHARACTER SET utf8mb4")
            cur.execute(f"USE `{database}`")
            cur.execute(sql)
            while cur.nextset():
                pass
            conn.commit()
            cur.execute(
                "SELECT c.table_name, c.column_name FROM information_schema.columns c "
                "JOIN information_schema.tables t "
                "ON t.table_schema = c.table_schema AND t.table_name = c.table_name "
                "WHERE t.table_schema = %s AND t.table_type = 'BASE TABLE'",
                (database,),
            )
            names = [(str(t), str(c)) for t, c in cur.fetchall()]
            rows = 0
            for table in sorted({t for t, _ in names}):
                cur.execute(f"SELECT count(*) FROM `{table}`")
                rows += int(cur.fetchone()[0])
    except pymysql.Error as exc:
        raise LoadError(f"MariaDB {database}: {exc.args[-1]}") from None
    finally:
        conn.close()
    return _loaded(names, rows)


def _loaded(names: list[tuple[str, str]], rows: int) -> Loaded:
    pairs = frozenset((t.lower(), c.lower()) for t, c in names)
    return Loaded(len({t for t, _ in pairs}), len(pairs), rows, pairs)


LOADERS: dict[str, Callable[[str, str], Loaded]] = {
    "postgresql": load_postgresql,
    "mysql": load_mysql,
}


def labelled(name: str) -> set[tuple[str, str]]:
    """(table, column) of every label of set ``name`` (both files)."""
    out: set[tuple[str, str]] = set()
    for path in (LABELS / f"{name}.csv", LABELS / f"{name}_secondary.csv"):
        if path.exists():
            for line in path.read_text().splitlines()[1:]:
                if line.strip():
                    table, column, _ = line.split(",", 2)
                    out.add((table.strip().lower(), column.strip().lower()))
    return out


def load(s: HeldoutSet, root: Path, overrides: dict[str, Path]) -> str:
    """Load one set; the line to print."""
    start = time.perf_counter()
    read = reader(git_dir(s.repo, root, overrides), s.repo, s.commit)
    try:
        sql = s.module.script(read)
    except ValueError as exc:  # sqlsource.SourceError: the source is not what the module expects
        raise LoadError(f"{s.repo} @ {s.commit[:7]}: {exc}") from None
    done = LOADERS[s.engine](s.database, sql)
    missing = sorted(labelled(s.name) - done.names)
    if missing:
        shown = ", ".join(f"{t}.{c}" for t, c in missing[:5])
        raise LoadError(f"{s.database}: {len(missing)} labelled column(s) not loaded: {shown}")
    return (
        f"{s.name}: {s.database} on {s.engine}: {done.tables} tables, {done.columns} columns, "
        f"{done.rows} rows ({s.repo} @ {s.commit[:7]}; {time.perf_counter() - start:.1f} s)"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sets", nargs="+", metavar="SET", help="only these sets (default: all)")
    parser.add_argument(
        "--mirror-root",
        type=Path,
        default=MIRROR,
        help=f"where fetched repositories are (default: {MIRROR})",
    )
    parser.add_argument(
        "--repo",
        action="append",
        default=[],
        metavar="OWNER/NAME=PATH",
        help="the git directory of one repository, instead of looking under the mirror root",
    )
    args = parser.parse_args(argv)
    try:
        sets = discover()
    except LoadError as exc:
        print(f"load.py: {exc}", file=sys.stderr)
        return 2
    overrides: dict[str, Path] = {}
    for item in args.repo:
        repo, sep, path = item.partition("=")
        if not sep or repo.count("/") != 1 or not path:
            parser.error(f"--repo {item!r}: expected OWNER/NAME=PATH")
        overrides[repo] = Path(path)
    unknown = [s for s in args.sets or [] if s not in sets]
    if unknown:
        parser.error(f"unknown set(s) {', '.join(unknown)}; known: {', '.join(sets)}")
    failed = 0
    for name in args.sets or list(sets):
        try:
            print(load(sets[name], args.mirror_root, overrides), flush=True)
        except LoadError as exc:
            print(f"{name}: failed: {exc}", file=sys.stderr)
            failed += 1
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
