"""Held-out set itop: the sample data of iTop (Combodo's open-source IT service management tool:
a CMDB of organisations, people, teams, locations, servers, network devices, virtual machines,
applications and their databases, and the services, contracts and SLAs of a service desk; PHP
with MySQL).

The setup wizard's "install sample data" option loads, module by module, the XML files each
module declares (``data.sample`` in ``module.<module>.php``): for ``itop-structure`` two
organisations, three locations (two with a street address, postal code, city and country), 34
people (last and first name, e-mail address, organisation, location and a photo; their phone,
mobile phone, employee number, function and manager are empty), four teams (two with an e-mail
address), the people's team memberships and contact types; for ``itop-config-mgmt``,
``itop-datacenter-mgmt`` and ``itop-virtualization-mgmt`` servers and network devices (one with a
serial number, purchase and warranty dates and a management IP), a rack, hypervisors, farms,
virtual machines, software, database and web servers, database schemas, web applications,
application solutions and their links; for
``itop-service-mgmt`` a customer contract, service families, services and subcategories, an SLA
and its SLTs, the delivery model's contacts and the contract's services.

Loaded into MariaDB the way iTop stores them: one table per class of the data model (the
``db_table`` of the classes in the five modules' ``datamodel.*.xml`` files), an object's fields
split between the tables of its class and of its ancestors, which share its key, the root table
holding ``finalclass``; a field's column is its ``sql`` name, an image field is three columns
(``_data``, ``_mimetype``, ``_filename``) and a hierarchical key has ``_left`` and ``_right``
columns (left empty here). As iTop's loader does, objects get new keys in load order (per root
table), a later object of the same class and file id updates the earlier one, and external keys
are mapped to the new keys; a key to an object no sample file defines (brands, OS families and
other typologies, which an installation creates elsewhere) is 0. The tag data of
``itop-faq-light`` (five FAQ domain codes, stored apart from classes) is left out, as are
iTop's own bookkeeping columns (obsolescence, archiving, change tracking).
"""

from __future__ import annotations

import base64
import xml.etree.ElementTree as ET
from collections.abc import Callable
from dataclasses import dataclass, field

from sqlsource import SourceError

REPO = "Combodo/iTop"
COMMIT = "dd34fda42e0583377c3040025a6a33dcf1455c70"
FILES = (
    "datamodels/2.x/{itop-structure,itop-config-mgmt,itop-datacenter-mgmt,"
    "itop-virtualization-mgmt,itop-service-mgmt}/data.sample.*.xml (the 36 files the modules "
    "declare, all objects) and their datamodel.*.xml (classes and fields)"
)
LICENCE = "AGPL-3.0"
ENGINE = "mysql"

_XSI = "{http://www.w3.org/2001/XMLSchema-instance}type"

#: the modules in setup order, with the sample files each declares, in its order
_MODULES = {
    "itop-structure": (
        "organizations",
        "locations",
        "persons",
        "teams",
        "contactteam",
        "contacttype",
    ),
    "itop-config-mgmt": (
        "model",
        "networkdevicetype",
        "servers",
        "nw-devices",
        "software",
        "dbserver",
        "dbschema",
        "webserver",
        "webapp",
        "applications",
        "applicationsolutionci",
    ),
    "itop-datacenter-mgmt": ("racks",),
    "itop-virtualization-mgmt": (
        "farm",
        "hypervisor",
        "vm",
        "dbserver",
        "dbschema",
        "webserver",
        "webapp",
        "applicationsolutionci",
    ),
    "itop-service-mgmt": (
        "organizations",
        "contracts",
        "servicefamilies",
        "services",
        "serviceelements",
        "sla",
        "slt",
        "sltsla",
        "contractservice",
        "deliverymodelcontact",
    ),
}

#: MariaDB column types of the attribute types the sample classes use (no column: not here)
_TYPES = {
    "AttributeString": "varchar(255)",
    "AttributeEmailAddress": "varchar(255)",
    "AttributePhoneNumber": "varchar(255)",
    "AttributeEnum": "varchar(255)",
    "AttributeURL": "varchar(2048)",
    "AttributeIPAddress": "varchar(39)",
    "AttributeText": "text",
    "AttributeHTML": "text",
    "AttributeInteger": "int",
    "AttributeDate": "date",
    "AttributeExternalKey": "int",
    "AttributeHierarchicalKey": "int",
    "AttributeRedundancySettings": "varchar(20)",
    "AttributeImage": "",
    "AttributeBlob": "",
}
_NO_COLUMN = (
    "AttributeLinkedSet",
    "AttributeLinkedSetIndirect",
    "AttributeExternalField",
    "AttributeDashboard",
)


@dataclass
class _Field:
    code: str
    kind: str
    sql: str
    target: str | None


@dataclass
class _Class:
    parent: str | None = None
    table: str | None = None
    fields: dict[str, _Field] = field(default_factory=dict)


def _model(read: Callable[[str], bytes], files: list[str]) -> dict[str, _Class]:
    classes: dict[str, _Class] = {}
    for path in files:
        for node in ET.fromstring(read(path)).iter("class"):
            cls = classes.setdefault(node.get("id", ""), _Class())
            if (parent := node.findtext("parent")) is not None:
                cls.parent = parent
            if (table := node.findtext("properties/db_table")) is not None:
                cls.table = table
            for f in node.findall("fields/field"):
                kind = f.get(_XSI, "")
                if kind in _NO_COLUMN or f.get("_delta") == "delete":
                    continue
                code = f.get("id", "")
                sql = f.findtext("sql") or code
                cls.fields[code] = _Field(code, kind, sql, f.findtext("target_class"))
    return classes


def _columns(f: _Field) -> list[tuple[str, str]]:
    if f.kind not in _TYPES:
        raise SourceError(f"attribute {f.code}: type {f.kind} is not read by this set")
    if f.kind in ("AttributeImage", "AttributeBlob"):
        return [
            (f"{f.sql}_data", "longblob"),
            (f"{f.sql}_mimetype", "varchar(255)"),
            (f"{f.sql}_filename", "varchar(255)"),
        ]
    out = [(f.sql, _TYPES[f.kind])]
    if f.kind == "AttributeHierarchicalKey":
        out += [(f"{f.sql}_left", "int"), (f"{f.sql}_right", "int")]
    return out


def _literal(value: object) -> str:
    if value is None:
        return "NULL"
    if isinstance(value, bytes):
        return f"X'{value.hex()}'"
    if isinstance(value, int):
        return str(value)
    text = str(value)
    return "'" + text.replace("\\", "\\\\").replace("'", "''") + "'"


def script(read: Callable[[str], bytes]) -> str:
    """The classes' tables, then every sample object split over them, as one MariaDB script."""
    models = [f"datamodels/2.x/{m}/datamodel.{m}.xml" for m in _MODULES]
    classes = _model(read, models)

    def chain(name: str) -> list[str]:  # the class and its ancestors, root first
        out: list[str] = []
        while name != "cmdbAbstractObject":
            if name not in classes or classes[name].table is None:
                raise SourceError(f"class {name} is not in the data model read")
            out.insert(0, name)
            name = classes[name].parent or "cmdbAbstractObject"
        return out

    objects: list[tuple[str, dict[str, object]]] = []  # (class, values by attribute code)
    keys: dict[tuple[str, int], int] = {}  # (class or ancestor, file id) -> new key
    found: dict[tuple[str, int], dict[str, object]] = {}
    next_key: dict[str, int] = {}
    for module, names in _MODULES.items():
        for name in names:
            root = ET.fromstring(read(f"datamodels/2.x/{module}/data.sample.{name}.xml"))
            for node in root:
                cls, src = node.tag, int(node.get("id", "0"))
                known = {c: f for k in chain(cls) for c, f in classes[k].fields.items()}
                values = found.get((cls, src))
                if values is None:
                    top = chain(cls)[0]
                    next_key[top] = next_key.get(top, 0) + 1
                    values = {"id": next_key[top]}
                    found[(cls, src)] = values
                    objects.append((cls, values))
                for k in chain(cls):
                    keys[(k, src)] = int(str(values["id"]))
                for child in node:
                    if child.tag not in known:
                        continue  # iTop ignores an attribute its model does not have
                    if known[child.tag].kind in ("AttributeImage", "AttributeBlob"):
                        values[child.tag] = (
                            base64.b64decode("".join((child.findtext("data") or "").split())),
                            child.findtext("mimetype"),
                            child.findtext("filename"),
                        )
                    else:
                        values[child.tag] = child.text or ""

    parents = {c.parent for c in classes.values()}
    tables: dict[str, list[tuple[str, str]]] = {}
    rows: dict[str, list[list[str]]] = {}
    for cls in sorted({c for c, _ in objects}):
        for depth, k in enumerate(chain(cls)):
            cols = [("id", "int NOT NULL PRIMARY KEY")]
            if depth == 0 and k in parents:
                cols.append(("finalclass", "varchar(255)"))
            for f in classes[k].fields.values():
                cols += _columns(f)
            tables.setdefault(str(classes[k].table), cols)
    for cls, values in objects:
        for k in chain(cls):
            table = str(classes[k].table)
            row: dict[str, object] = {"id": values["id"], "finalclass": cls}
            for code, f in classes[k].fields.items():
                value = values.get(code)
                if f.kind in ("AttributeImage", "AttributeBlob"):
                    data, mime, name = value if isinstance(value, tuple) else (None, None, None)
                    row |= {f"{f.sql}_data": data, f"{f.sql}_mimetype": mime}
                    row[f"{f.sql}_filename"] = name
                elif f.kind in ("AttributeExternalKey", "AttributeHierarchicalKey"):
                    src = int(str(value)) if value not in (None, "") else 0
                    row[f.sql] = keys.get((str(f.target or cls), src), 0) if src else 0
                elif f.kind in ("AttributeInteger", "AttributeDate"):
                    row[f.sql] = value if value not in (None, "") else None
                else:
                    row[f.sql] = value
            rows.setdefault(table, []).append([_literal(row.get(c)) for c, _ in tables[table]])
    out = [
        f"CREATE TABLE `{t}` (\n  "
        + ",\n  ".join(f"`{c}` {kind}" for c, kind in cols)
        + "\n) CHARACTER SET utf8mb4;"
        for t, cols in tables.items()
    ]
    for table, values_list in rows.items():
        column_list = ", ".join(f"`{c}`" for c, _ in tables[table])
        body = ",\n".join(f"({', '.join(v)})" for v in values_list)
        out.append(f"INSERT INTO `{table}` ({column_list}) VALUES\n{body};")
    return "\n".join(out) + "\n"
