"""Running a parsed SOQL query over a :class:`~connectors.salesforce.fake.catalog.Catalog`, with
Salesforce's checks: unknown objects and fields, filter value types, non-filterable fields, the
Tooling limits on metadata objects, and the one-row rule for ``Metadata``/``FullName``.

>>> from connectors.salesforce.fake.org import Org
>>> from connectors.salesforce.fake.soql import parse
>>> org = Org({"objects": {"Contact": {"fields": [{"name": "Email", "type": "email"}],
...     "records": [{"Id": "003000000000001AAA", "Email": "Ada@Example.com"}]}}})
>>> catalog = org.catalog(False, (), ())
>>> query = parse("SELECT Email FROM Contact WHERE Email = 'ada@example.com'")
>>> [r["Email"] for r in execute(query, catalog, "59.0").records]
['Ada@Example.com']
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from .catalog import Catalog, Entity, Row
from .soql import Aggregate, Compare, Condition, Logic, Not, Order, Path, Query, SoqlError, temporal

_ID = re.compile(r"[A-Za-z0-9]{15}(?:[A-Za-z0-9]{3})?")

__all__ = ["Result", "attributes", "execute", "not_supported", "wire_value"]


@dataclass
class Result:
    """Records of a query (already shaped for the wire) and its totalSize."""

    entity: Entity
    records: list[dict[str, Any]]
    total_size: int


def execute(query: Query, catalog: Catalog, version: str, include_deleted: bool = False) -> Result:
    """Run ``query`` over the catalog's rows; raise :class:`SoqlError` as Salesforce would."""
    entity = catalog.entities.get(query.sobject.lower())
    if entity is None:
        raise SoqlError("INVALID_TYPE", not_supported(query.sobject), query.sobject_pos)
    run = _Run(catalog, entity, version)
    selects = _validate(run, query)
    if entity.required_filter and not _filtered_on(query.where, entity.required_filter):
        syntax = ", ".join(f"{f} = [single ID]" for f in entity.required_filter)
        raise SoqlError("MALFORMED_QUERY", f"Implementation restriction: When querying the "
                        f"{entity.name} object, you must filter using the following syntax: "
                        f"{syntax}, or Id IN [list of ID's].")  # fmt: skip
    rows = [r for r in entity.rows if include_deleted or not r.get("IsDeleted")]
    if query.where is not None:
        rows = [r for r in rows if run.matches(r, query.where)]
    aggregates = [i for i in query.items if isinstance(i, Aggregate)]
    if aggregates:
        return run.aggregate(aggregates, rows)
    rows = _ordered(run, rows, query.order_by)
    if not entity.restricted:  # Tooling metadata objects silently ignore LIMIT and OFFSET
        start = query.offset or 0
        rows = rows[start : None if query.limit is None else start + query.limit]
    if entity.max_rows is not None and len(rows) > entity.max_rows:
        raise SoqlError("EXCEEDED_ID_LIMIT", f"{entity.name} does not support queryMore(), use "
                        f"LIMIT to restrict the results to {entity.max_rows:,} rows")  # fmt: skip
    if len(rows) > 1 and any(len(p) == 1 and p[0] in entity.single_row_fields for p in selects):
        raise SoqlError("MALFORMED_QUERY", "When retrieving results with Metadata or FullName "
                        "fields, the query qualifications must specify no more than one row for "
                        f"retrieval. Result size: {len(rows)}")  # fmt: skip
    records = [run.record(entity, r, selects) for r in rows]
    return Result(entity, records, len(records))


def _validate(run: _Run, query: Query) -> list[tuple[str, ...]]:
    """Check every field, filter and ordering; the canonical paths of the selected fields."""
    plain = [i for i in query.items if isinstance(i, Path)]
    selects = [run.check_path(p)[0] for p in plain]
    for item in query.items:
        if isinstance(item, Aggregate) and item.arg:
            run.check_path(item.arg)
    if plain and len(plain) < len(query.items):
        raise SoqlError("MALFORMED_QUERY", f"Field must be grouped or aggregated: "
                        f"{plain[0].path[-1]}", plain[0].pos)  # fmt: skip
    if run.entity.restricted:
        _check_restricted(run.entity, query)
    if query.where is not None:
        run.check_condition(query.where)
    for order in query.order_by:
        info = run.check_path(order.field)[1]
        if info.get("sortable") is False:
            raise SoqlError("INVALID_FIELD", f"field '{info['name']}' can not be sorted in a "
                            "query call", order.field.pos)  # fmt: skip
    return selects


def _ordered(run: _Run, rows: list[Row], order_by: tuple[Order, ...]) -> list[Row]:
    """``rows`` sorted by ORDER BY: stable, last key first; nulls first unless DESC/NULLS LAST."""
    for order in reversed(order_by):
        path = run.check_path(order.field)[0]
        present = [r for r in rows if run.value(r, path) is not None]
        absent = [r for r in rows if run.value(r, path) is None]
        present.sort(key=lambda r: _sort_key(run.value(r, path)), reverse=order.descending)
        rows = present + absent if order.nulls_last else absent + present
    return rows


def not_supported(name: str) -> str:
    """Salesforce's INVALID_TYPE text for an object that does not exist or is not permitted."""
    return (
        f"sObject type '{name}' is not supported. If you are attempting to use a custom object, "
        "be sure to append the '__c' after the entity name. Please reference your WSDL or the "
        "describe call for the appropriate names."
    )


def attributes(entity: Entity, row: Row, version: str) -> dict[str, Any]:
    """A record's ``attributes``: its type and, when it has an Id, its REST URL."""
    attrs: dict[str, Any] = {"type": entity.name}
    key = row.get(entity.url_key)
    if key is not None:
        api = "tooling/" if entity.tooling else ""
        attrs["url"] = f"/services/data/v{version}/{api}sobjects/{entity.name}/{key}"
    return attrs


def wire_value(info: dict[str, Any], value: Any) -> Any:
    """A field value as the scan identity reads it: classic encrypted fields come back masked
    (the identity has no "View Encrypted Data" permission)."""
    if info.get("type") != "encryptedstring" or not isinstance(value, str):
        return value
    char = "X" if info.get("mask") == "X" else "*"
    kind = info.get("maskType") or "all"
    if kind in ("lastFour", "creditCard", "ssn", "sin"):
        keep = 3 if kind == "sin" else 4
        masked = "".join(char if c.isalnum() else c for c in value[:-keep])
        return masked + value[-keep:]
    return char * len(value)


class _Run:
    """One query's evaluation context."""

    def __init__(self, catalog: Catalog, entity: Entity, version: str) -> None:
        self.catalog, self.entity, self.version = catalog, entity, version

    def check_path(self, p: Path) -> tuple[tuple[str, ...], dict[str, Any]]:
        """The canonical spelling of a field path and its leaf field's info, or INVALID_FIELD."""
        entity, canonical = self.entity, []
        for part in p.path[:-1]:
            rel = entity.relationships.get(part.lower())
            target = self.catalog.entities.get(rel.targets[0].lower()) if rel else None
            if rel is None or target is None:
                raise SoqlError(
                    "INVALID_FIELD",
                    f"Didn't understand relationship '{part}' in field path. If you are "
                    "attempting to use a custom relationship, be sure to append the '__r' after "
                    "the custom relationship name. Please reference your WSDL or the describe "
                    "call for the appropriate names.",
                    p.pos,
                )
            canonical.append(rel.name)
            entity = target
        info = entity.fields.get(p.path[-1].lower())
        if info is None:
            raise SoqlError(
                "INVALID_FIELD",
                f"No such column '{p.path[-1]}' on entity '{entity.name}'. If you are attempting "
                "to use a custom field, be sure to append the '__c' after the custom field name. "
                "Please reference your WSDL or the describe call for the appropriate names.",
                p.pos,
            )
        return (*canonical, info["name"]), info

    def check_condition(self, cond: Condition) -> None:
        if isinstance(cond, Logic):
            for part in cond.parts:
                self.check_condition(part)
            return
        if isinstance(cond, Not):
            self.check_condition(cond.part)
            return
        info = self.check_path(cond.field)[1]
        name, ftype = info["name"], info.get("type")
        if info.get("filterable") is False:
            raise SoqlError("INVALID_FIELD", f"field '{name}' can not be filtered in query call",
                            cond.field.pos)  # fmt: skip
        literals = cond.value if isinstance(cond.value, tuple) else (cond.value,)
        for lit in literals:
            if lit.value is None:
                continue
            wanted = {"date": "date", "datetime": "dateTime", "boolean": "boolean"}.get(ftype or "")
            wrong = lit.quoted or (wanted == "boolean") != isinstance(lit.value, bool)
            if wanted and wrong:
                raise SoqlError(
                    "INVALID_FIELD",
                    f"value of filter criterion for field '{name}' must be of type {wanted} "
                    "and should not be enclosed in quotes",
                    lit.pos,
                )
            is_id = ftype in ("id", "reference") and not self.entity.tooling
            if is_id and not (isinstance(lit.value, str) and _ID.fullmatch(lit.value)):
                raise SoqlError("INVALID_QUERY_FILTER_OPERATOR", f"invalid ID field: {lit.value}",
                                lit.pos)  # fmt: skip

    def value(self, row: Row, path: tuple[str, ...]) -> Any:
        entity: Entity | None = self.entity
        for rel_name in path[:-1]:
            assert entity is not None
            found = self.catalog.resolve(entity, row, entity.relationships[rel_name.lower()])
            if found is None:
                return None
            entity, row = found
        return row.get(path[-1])

    def matches(self, row: Row, cond: Condition) -> bool:
        if isinstance(cond, Logic):
            check = all if cond.op == "AND" else any
            return check(self.matches(row, part) for part in cond.parts)
        if isinstance(cond, Not):
            return not self.matches(row, cond.part)
        path, info = self.check_path(cond.field)
        actual = _comparable(self.value(row, path), info)
        if isinstance(cond.value, tuple):
            wanted = [_comparable(v.value, info) for v in cond.value]
            if cond.op in ("INCLUDES", "EXCLUDES"):
                chosen = set(str(actual or "").casefold().split(";"))
                hit = any(set(str(w).split(";")) <= chosen for w in wanted)
                return hit == (cond.op == "INCLUDES")
            return (actual in wanted) == (cond.op == "IN")
        expected = _comparable(cond.value.value, info)
        if cond.op == "LIKE":
            pattern = re.escape(str(expected)).replace("%", ".*").replace("_", ".")
            return actual is not None and re.fullmatch(pattern, str(actual), re.S) is not None
        if cond.op in ("=", "!="):
            return (actual == expected) == (cond.op == "=")
        if actual is None or expected is None:
            return False
        try:
            return {
                "<": actual < expected,
                "<=": actual <= expected,
                ">": actual > expected,
                ">=": actual >= expected,
            }[cond.op]
        except TypeError:
            return False

    def aggregate(self, aggregates: list[Aggregate], rows: list[Row]) -> Result:
        if any(a.func == "COUNT" and a.arg is None for a in aggregates):
            if len(aggregates) > 1:
                raise SoqlError("MALFORMED_QUERY", "COUNT() must be the only element in the "
                                "SELECT list", aggregates[0].pos)  # fmt: skip
            return Result(self.entity, [], len(rows))
        record: dict[str, Any] = {"attributes": {"type": "AggregateResult"}}
        unnamed = 0
        for agg in aggregates:
            assert agg.arg is not None
            path, info = self.check_path(agg.arg)
            raw = [v for r in rows if (v := self.value(r, path)) is not None]
            if agg.alias:
                key = agg.alias
            else:
                key, unnamed = f"expr{unnamed}", unnamed + 1
            record[key] = _aggregate(agg.func, raw, info)
        return Result(self.entity, [record], 1)

    def record(self, entity: Entity, row: Row, paths: list[tuple[str, ...]]) -> dict[str, Any]:
        out: dict[str, Any] = {"attributes": attributes(entity, row, self.version)}
        for path in paths:
            self._put(out, entity, row, path)
        return out

    def _put(self, out: dict[str, Any], entity: Entity, row: Row, path: tuple[str, ...]) -> None:
        head = path[0]
        if len(path) == 1:
            out[head] = wire_value(entity.fields[head.lower()], row.get(head))
            return
        if head in out and out[head] is None:
            return
        found = self.catalog.resolve(entity, row, entity.relationships[head.lower()])
        if found is None:
            out[head] = None
            return
        target, parent = found
        nested = out.setdefault(head, {"attributes": attributes(target, parent, self.version)})
        self._put(nested, target, parent, path[1:])


def _filtered_on(where: Condition | None, fields: tuple[str, ...]) -> bool:
    """Whether ``where`` requires ``=`` or ``IN`` on one of ``fields`` (an AND of conditions)."""
    wanted = {f.lower() for f in fields}
    if isinstance(where, Logic):
        return where.op == "AND" and any(_filtered_on(p, fields) for p in where.parts)
    return (
        isinstance(where, Compare)
        and where.op in ("=", "IN")
        and ".".join(where.field.path).lower() in wanted
    )


def _check_restricted(entity: Entity, query: Query) -> None:
    """Tooling's limits on EntityDefinition, FieldDefinition and EntityParticle queries."""
    if any(isinstance(i, Aggregate) for i in query.items):
        raise SoqlError("MALFORMED_QUERY", f"{entity.name} does not support aggregate queries")
    conjuncts: list[Condition] = []

    def walk(cond: Condition) -> None:
        if isinstance(cond, Logic):
            if cond.op == "OR":
                raise SoqlError("MALFORMED_QUERY", "Disjunctions not supported")
            for part in cond.parts:
                walk(part)
        elif isinstance(cond, Not) or cond.op in ("!=", "NOT IN"):
            raise SoqlError("MALFORMED_QUERY", "Negations not supported")
        elif cond.op in ("INCLUDES", "EXCLUDES"):
            raise SoqlError("MALFORMED_QUERY", f"{cond.op} not supported for {entity.name}")
        else:
            conjuncts.append(cond)

    if query.where is not None:
        walk(query.where)
    if entity.reified:
        wanted = {r.lower() for r in entity.reified}
        if not any(
            isinstance(c, Compare)
            and c.op in ("=", "IN")
            and ".".join(c.field.path).lower() in wanted
            for c in conjuncts
        ):
            columns = ",".join(r for r in entity.reified if "." not in r)
            raise SoqlError("MALFORMED_QUERY", f"{entity.name}: a filter on a reified column is "
                            f"required [{columns}]")  # fmt: skip


def _comparable(value: Any, info: dict[str, Any]) -> Any:
    """A value normalised for comparison: dates parsed, text case-folded, Ids cut to 15 chars."""
    ftype = info.get("type")
    if value is None or isinstance(value, bool):
        return value
    if ftype in ("date", "datetime"):
        if isinstance(value, str):
            value = temporal(value)
        if ftype == "datetime" and not isinstance(value, datetime):
            value = datetime(value.year, value.month, value.day, tzinfo=UTC)
        if ftype == "date" and isinstance(value, datetime):
            value = value.date()
        return value
    if isinstance(value, str):
        if ftype in ("id", "reference") and _ID.fullmatch(value):
            return value[:15]
        return value.casefold()
    return value


def _sort_key(value: Any) -> Any:
    if isinstance(value, str):
        return (1, value.casefold())
    if isinstance(value, (dict, list)):
        return (2, str(value))
    return (0, value)


def _aggregate(func: str, raw: list[Any], info: dict[str, Any]) -> Any:
    if func == "COUNT":
        return len(raw)
    if func == "COUNT_DISTINCT":
        return len({_comparable(v, info) for v in raw})
    if not raw:
        return None
    if func in ("MIN", "MAX"):
        pick = min if func == "MIN" else max
        return pick(raw, key=lambda v: _sort_key(_comparable(v, info)))
    numbers = [float(v) for v in raw]
    return sum(numbers) if func == "SUM" else sum(numbers) / len(numbers)
