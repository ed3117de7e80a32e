"""The fake org's model: queryable entities built from the org JSON, and per-identity catalogs.

Data objects come from ``objects`` (plus a derived ``<Object>History`` where fields are
history-tracked) and ``data``; Tooling objects from ``tooling`` plus the derived
EntityDefinition, FieldDefinition and EntityParticle.

>>> org = Org({"objects": {"Contact": {"fields": [{"name": "Email", "type": "email"}]}}})
>>> sorted(org.data["contact"].fields)[:3]
['createdbyid', 'createddate', 'email']
>>> [r["DataType"] for r in org.tooling["fielddefinition"].rows if r["QualifiedApiName"] == "Email"]
['Email']
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterable, Mapping
from dataclasses import replace
from typing import Any

from .catalog import Catalog, Entity, Relationship, Row
from .describe import (
    PERSON_ACCOUNT_FIELDS,
    PLACEHOLDER_ID,
    SYSTEM_FIELDS,
    compound_parts,
    compound_value,
    custom_label,
    describe_field,
    entity_definition_row,
    entity_particle_row,
    fake_id,
    field_definition_row,
)

DEFAULT_ORG_ID = "00D000000000001AAA"
DEFAULT_USER_ID = "005000000000001AAA"

# Tooling and setup objects: the fields each one has (rows in the JSON may add more).
TOOLING_FIELDS: dict[str, tuple[str, ...]] = {
    "InstalledSubscriberPackage": ("Id", "SubscriberPackageId", "SubscriberPackageVersionId",
                                   "MinPackageVersionId"),
    "SubscriberPackage": ("Id", "Name", "NamespacePrefix", "Description", "IsPackageValid"),
    "SubscriberPackageVersion": ("Id", "Name", "MajorVersion", "MinorVersion", "PatchVersion",
                                 "BuildNumber", "IsManaged", "IsSecurityReviewed", "IsBeta"),
    "RemoteProxy": ("Id", "SiteName", "EndpointUrl", "IsActive", "ProtocolMismatch",
                    "Description", "NamespacePrefix", "CreatedDate", "LastModifiedDate",
                    "FullName", "Metadata"),
    "WorkflowOutboundMessage": ("Id", "Name", "EntityDefinitionId", "IntegrationUserId",
                                "ApiVersion", "NamespacePrefix", "CreatedDate",
                                "LastModifiedDate", "FullName", "Metadata"),
    "PlatformEventChannelMember": ("Id", "DeveloperName", "EventChannel", "SelectedEntity",
                                   "NamespacePrefix", "CreatedDate", "FullName", "Metadata"),
    "ExternalDataSource": ("Id", "DeveloperName", "MasterLabel", "Endpoint", "Type",
                           "PrincipalType", "Protocol", "IsWritable", "NamedCredentialId",
                           "NamespacePrefix", "FullName", "Metadata"),
}  # fmt: skip
SETUP_FIELDS: dict[str, tuple[str, ...]] = {
    "NamedCredential": ("Id", "DeveloperName", "MasterLabel", "Endpoint", "PrincipalType",
                        "NamespacePrefix", "AuthProviderId", "CreatedDate"),
    "ExternalDataSource": ("Id", "DeveloperName", "MasterLabel", "Endpoint", "Type",
                           "PrincipalType", "Protocol", "IsWritable", "NamedCredentialId",
                           "NamespacePrefix", "CreatedDate"),
    "ConnectedApplication": ("Id", "Name", "OptionsAllowAdminApprovedUsersOnly",
                             "OptionsRefreshTokenValidityMetric", "RefreshTokenValidityPeriod",
                             "StartUrl", "MobileStartUrl", "CreatedDate", "LastModifiedDate"),
    "OauthToken": ("Id", "AppName", "UserId", "LastUsedDate", "UseCount", "AppMenuItemId",
                   "CreatedDate"),
    "PermissionSet": ("Id", "Name", "Label", "Type", "IsOwnedByProfile", "ProfileId",
                      "PermissionSetGroupId", "NamespacePrefix", "PermissionsViewAllData",
                      "PermissionsModifyAllData", "PermissionsExportReport",
                      "PermissionsApiEnabled", "PermissionsApiUserOnly", "PermissionsManageUsers",
                      "PermissionsAuthorApex", "PermissionsCustomizeApplication",
                      "PermissionsViewEncryptedData", "PermissionsViewSetup"),
    "PermissionSetAssignment": ("Id", "AssigneeId", "PermissionSetId", "PermissionSetGroupId",
                                "IsActive", "ExpirationDate"),
    "PermissionSetGroup": ("Id", "DeveloperName", "MasterLabel", "Status", "NamespacePrefix"),
    "Profile": ("Id", "Name", "UserType", "UserLicenseId"),
    "ObjectPermissions": ("Id", "ParentId", "SobjectType", "PermissionsRead", "PermissionsCreate",
                          "PermissionsEdit", "PermissionsDelete", "PermissionsViewAllRecords",
                          "PermissionsModifyAllRecords"),
    "FieldPermissions": ("Id", "ParentId", "SobjectType", "Field", "PermissionsRead",
                         "PermissionsEdit"),
}  # fmt: skip
#: Reference fields of setup objects whose target is not the field name without ``Id``.
_SETUP_TARGETS = {("PermissionSetAssignment", "AssigneeId"): ("User", "Assignee"),
                  ("PermissionSet", "ProfileId"): ("Profile", "Profile"),
                  ("ObjectPermissions", "ParentId"): ("PermissionSet", "Parent"),
                  ("FieldPermissions", "ParentId"): ("PermissionSet", "Parent")}  # fmt: skip
#: Fields of setup objects that are picklists, not free text.
_SETUP_PICKLISTS = {"Type", "Status", "UserType", "SobjectType", "Field"}
_EMBEDDED = {  # Tooling relationships whose parent rows sit inline in the JSON rows
    ("InstalledSubscriberPackage", "SubscriberPackage"): "SubscriberPackage",
    ("InstalledSubscriberPackage", "SubscriberPackageVersion"): "SubscriberPackageVersion",
}
_PAGE_CAPS = {"OauthToken": 500}  # records per page, whatever the server's page size
#: Referenced, never queryable here.
_UNMODELLED = {"AuthProvider", "AppMenuItem", "Package", "UserLicense"}


def guess_type(name: str, rows: Iterable[Row]) -> str:
    """The type of a Tooling or setup field, from its name and first non-null value.

    >>> guess_type("IsActive", []), guess_type("UseCount", [{"UseCount": 3}])
    ('boolean', 'int')
    """
    if name == "Id":
        return "id"
    value = next((r[name] for r in rows if r.get(name) is not None), None)
    if isinstance(value, bool) or name.startswith(("Is", "Options")):
        return "boolean"
    if isinstance(value, int | float):
        return "int" if isinstance(value, int) else "double"
    if isinstance(value, dict | list):
        return "anyType"
    if name.endswith("Id"):
        return "reference"
    if name.endswith("Date") or (isinstance(value, str) and re.match(r"\d{4}-\d\d-\d\dT", value)):
        return "datetime"
    return "string"


class Org:
    """The fake org built from the org JSON (format in :mod:`connectors.salesforce.fake`)."""

    def __init__(self, data: Mapping[str, Any]) -> None:
        self.org_id = str(data.get("org_id") or DEFAULT_ORG_ID)
        self.auth: dict[str, Any] = dict(data.get("auth") or {})
        self.data: dict[str, Entity] = {}
        self.tooling: dict[str, Entity] = {}
        objects: Mapping[str, Any] = data.get("objects") or {}
        for name, spec in objects.items():
            self._add(self._data_object(name, spec))
        for name, spec in objects.items():
            history = self._history_object(self.data[name.lower()], spec)
            if history:
                self._add(history)
            if spec.get("share"):
                self._add(self._share_object(self.data[name.lower()]))
        users = self.data["user"].rows if "user" in self.data else []
        self.default_user = str(users[0]["Id"]) if users else DEFAULT_USER_ID
        setup: dict[str, Any] = dict(data.get("data") or {})
        if not {"PermissionSet", "PermissionSetAssignment"} & set(setup):
            setup.update(_default_access(self.default_user, users, self.data.values()))
        for name, rows in setup.items():
            self._add(self._setup_object(name, rows))
        for name, rows in (data.get("tooling") or {}).items():
            self._add_tooling(name, [copy.deepcopy(r) for r in rows])
        for entity in self.data.values():
            self._link_references(entity)
        self._fill_derived_values()
        self._derive_tooling()
        self._catalogs: dict[tuple[bool, frozenset[str], frozenset[str]], Catalog] = {}

    def user_id(self, username: str) -> str:
        """The Id of the User record with ``username`` (the default user when there is none)."""
        users = self.data.get("user")
        ids = [r["Id"] for r in users.rows if r.get("Username") == username] if users else []
        return str(ids[0]) if ids else self.default_user

    def catalog(self, tooling: bool, denied: Iterable[str], hidden: Iterable[str]) -> Catalog:
        """What an identity sees: no ``denied`` objects, no ``hidden`` (``Object.Field``) fields."""
        key = (tooling, frozenset(d.lower() for d in denied), frozenset(h.lower() for h in hidden))
        if key not in self._catalogs:
            self._catalogs[key] = self._build_catalog(*key)
        return self._catalogs[key]

    # --- building ---------------------------------------------------------------------------
    def _add(self, entity: Entity) -> None:
        self.data[entity.name.lower()] = entity

    def _data_object(self, name: str, spec: Mapping[str, Any]) -> Entity:
        custom = bool(spec.get("custom", name.endswith("__c")))
        label = spec.get("label") or custom_label(name)
        declared = list(spec.get("fields") or [])
        if spec.get("person_accounts"):
            known = {str(f["name"]) for f in declared}
            declared += [f for f in PERSON_ACCOUNT_FIELDS if f["name"] not in known]
        names = {str(f["name"]) for f in declared}
        system = [f for f in SYSTEM_FIELDS if f["name"] not in names]
        fields = {str(s["name"]).lower(): describe_field(s) for s in [*system[:1], *declared,
                                                                      *system[1:]]}  # fmt: skip
        for info in fields.values():  # components of a compound field name their parent
            for part in compound_parts(info, fields):
                part["compoundFieldName"] = info["name"]
        meta: dict[str, Any] = {
            "label": label,
            "labelPlural": spec.get("labelPlural") or f"{label}s",
            "keyPrefix": spec.get("keyPrefix"),
            "custom": custom,
            "durableId": spec.get("durableId") or (fake_id("01I", name)[:15] if custom else name),
            "sharingModel": spec.get("sharingModel", "ReadWrite"),
            "kind": "object",
            "childRelationshipNames": {
                f["name"]: f["childRelationshipName"]
                for f in declared
                if f.get("childRelationshipName")
            },
        }
        rows = [dict(r) for r in spec.get("records") or []]
        definitions = {k: dict(v) for k, v in (spec.get("field_definitions") or {}).items()}
        for key in definitions:
            parent = fields.get(key.lower(), {}).get("compoundFieldName")
            if parent:  # a real org could not put classification there
                raise ValueError(
                    f"{name}.{key} is a part of {parent}: a real org has no FieldDefinition row "
                    f"for it; give field_definitions to {parent}"
                )
        # FieldDefinition rows with no describe field (CompareName, OwnerAlias)
        meta["definitionOnly"] = [describe_field(s) for s in spec.get("definition_only") or []]
        return Entity(name, False, fields, rows=rows, meta=meta, field_definitions=definitions,
                      page_cap=spec.get("page_size"),
                      required_filter=tuple(spec.get("requires_filter") or ()))  # fmt: skip

    def _history_object(self, parent: Entity, spec: Mapping[str, Any]) -> Entity | None:
        tracked = [n for n, d in parent.field_definitions.items() if d.get("IsFieldHistoryTracked")]
        if not tracked and not spec.get("history"):
            return None
        custom = parent.meta["custom"]
        name = parent.name.removesuffix("__c") + "__History" if custom else parent.name + "History"
        parent_field = "ParentId" if custom else parent.name + "Id"
        specs: list[dict[str, Any]] = [
            {"name": "Id", "type": "id"},
            {"name": "IsDeleted", "type": "boolean"},
            {"name": parent_field, "type": "reference", "referenceTo": [parent.name],
             "relationshipName": "Parent" if custom else parent.name, "cascadeDelete": True},
            SYSTEM_FIELDS[3],  # CreatedById
            {"name": "CreatedDate", "type": "datetime"},
            {"name": "Field", "type": "picklist", "values": ["created", *tracked]},
            {"name": "DataType", "type": "picklist"},
            {"name": "OldValue", "type": "anyType"},
            {"name": "NewValue", "type": "anyType"},
        ]  # fmt: skip
        fields = {s["name"].lower(): describe_field(s) for s in specs}
        for info in fields.values():
            info.update(createable=False, updateable=False)
        label = f"{parent.meta['label']} History"
        meta: dict[str, Any] = {
            "label": label, "labelPlural": label, "keyPrefix": "017", "custom": False,
            "durableId": name, "kind": "history", "parent": parent.name,
            "childRelationshipNames": {parent_field: "Histories"},
        }  # fmt: skip
        rows = [dict(r) for r in spec.get("history") or []]
        return Entity(name, False, fields, rows=rows, meta=meta)

    def _share_object(self, parent: Entity) -> Entity:
        """The sharing object of ``parent`` (``AccountShare``, ``Loyalty__Share``): an associate
        object, queryable, that a scan of personal data skips."""
        custom = parent.meta["custom"]
        name = parent.name.removesuffix("__c") + "__Share" if custom else parent.name + "Share"
        parent_field = "ParentId" if custom else parent.name + "Id"
        specs: list[dict[str, Any]] = [
            {"name": "Id", "type": "id"},
            {"name": parent_field, "type": "reference", "referenceTo": [parent.name],
             "relationshipName": "Parent" if custom else parent.name},
            {"name": "UserOrGroupId", "type": "reference", "referenceTo": ["Group", "User"],
             "relationshipName": "UserOrGroup"},
            {"name": "AccessLevel" if custom else f"{parent.name}AccessLevel", "type": "picklist",
             "values": ["Read", "Edit", "All"]},
            {"name": "RowCause", "type": "picklist", "values": ["Owner", "Manual", "Rule"]},
        ]  # fmt: skip
        fields = {s["name"].lower(): describe_field(s) for s in specs}
        label = f"{parent.meta['label']} Share"
        meta: dict[str, Any] = {
            "label": label, "labelPlural": label, "keyPrefix": None, "custom": False,
            "durableId": name, "kind": "share", "parent": parent.name,
            "childRelationshipNames": {parent_field: "Shares"},
        }  # fmt: skip
        return Entity(name, False, fields, meta=meta)

    def _setup_object(self, name: str, rows: list[Row]) -> Entity:
        specs = []
        for n in _field_names(SETUP_FIELDS.get(name, ("Id",)), rows):
            spec: dict[str, Any] = {"name": n, "type": guess_type(n, rows)}
            if n in _SETUP_PICKLISTS and spec["type"] == "string":
                spec["type"] = "picklist"
            if spec["type"] == "reference":
                target, rel = _SETUP_TARGETS.get((name, n), (n[:-2], n[:-2]))
                spec.update(referenceTo=[target], relationshipName=rel)
            specs.append(spec)
        fields = {s["name"].lower(): describe_field(s) for s in specs}
        for info in fields.values():
            info.update(createable=False, updateable=False)
        label = custom_label(name)
        meta: dict[str, Any] = {
            "label": label, "labelPlural": f"{label}s", "keyPrefix": None, "custom": False,
            "durableId": name, "kind": "setup", "childRelationshipNames": {},
        }  # fmt: skip
        return Entity(name, False, fields, rows=[dict(r) for r in rows], meta=meta,
                      page_cap=_PAGE_CAPS.get(name))  # fmt: skip

    def _add_tooling(self, name: str, rows: list[Row]) -> None:
        names = _field_names(TOOLING_FIELDS.get(name, ("Id",)), rows)
        relationships: dict[str, Relationship] = {}
        for (owner, rel), target in _EMBEDDED.items():
            if owner == name:
                if rel in names:
                    names.remove(rel)
                relationships[rel.lower()] = Relationship(rel, (target,), embedded=True)
                parents = {id(r[rel]): r[rel] for r in rows if isinstance(r.get(rel), dict)}
                self._add_tooling(target, list(parents.values()))
        fields = {n.lower(): {"name": n, "type": guess_type(n, rows)} for n in names}
        special = frozenset(n for n in ("Metadata", "FullName") if n.lower() in fields)
        self.tooling[name.lower()] = Entity(
            name, True, fields, relationships, rows, single_row_fields=special
        )

    @staticmethod
    def _link_references(entity: Entity) -> None:
        for info in entity.fields.values():
            rel_name = info.get("relationshipName")
            targets = tuple(t for t in info["referenceTo"] if t not in _UNMODELLED)
            if info["type"] == "reference" and rel_name and targets:
                entity.relationships[rel_name.lower()] = Relationship(
                    rel_name, targets, id_field=info["name"]
                )

    def _fill_derived_values(self) -> None:
        """System field values left out of the JSON, and compound fields (Name, addresses)."""
        for entity in self.data.values():
            names = {i["name"] for i in entity.fields.values()}
            compound = [i for i in entity.fields.values() if compound_parts(i, entity.fields)]
            for row in entity.rows:
                if "IsDeleted" in names:
                    row.setdefault("IsDeleted", False)
                if "CreatedById" in names:
                    row.setdefault("CreatedById", self.default_user)
                if "LastModifiedDate" in names:
                    row.setdefault("LastModifiedDate", row.get("CreatedDate"))
                    row.setdefault("LastModifiedById", row.get("CreatedById"))
                    row.setdefault("SystemModstamp", row.get("LastModifiedDate"))
                for info in compound:
                    if info["name"] not in row:
                        row[info["name"]] = compound_value(info, entity.fields, row)

    def _derive_tooling(self) -> None:
        entities, fields, particles = [], [], []
        for entity in self.data.values():
            ed = entity_definition_row(entity)
            entities.append(ed)
            definitions: dict[str, Row] = {}
            for info in [*entity.fields.values(), *entity.meta.get("definitionOnly", ())]:
                # a compound part has no FieldDefinition row: its EntityParticle nests the parent's
                parent = info["compoundFieldName"]
                if parent is None:
                    definitions[info["name"]] = fd = field_definition_row(entity, info, ed)
                    fields.append(fd)
            for info in [*entity.fields.values(), *entity.meta.get("definitionOnly", ())]:
                fd = definitions[info["compoundFieldName"] or info["name"]]
                particles.append(entity_particle_row(info, fd))
        ed_entity = _derived("EntityDefinition", entities)
        ed_entity.max_rows = 2000
        fd_entity = _derived("FieldDefinition", fields)
        fd_entity.reified = ("EntityDefinitionId", "EntityDefinition.QualifiedApiName",
                             "EntityDefinition.DurableId", "DurableId")  # fmt: skip
        ep_entity = _derived("EntityParticle", particles)
        ep_entity.reified = (*fd_entity.reified, "FieldDefinitionId")
        for name, child in (("EntityDefinition", fd_entity), ("EntityDefinition", ep_entity),
                            ("FieldDefinition", ep_entity)):  # fmt: skip
            child.relationships[name.lower()] = Relationship(name, (name,), embedded=True)
        for e in (ed_entity, fd_entity, ep_entity):
            self.tooling[e.name.lower()] = e

    def _build_catalog(
        self, tooling: bool, denied: frozenset[str], hidden: frozenset[str]
    ) -> Catalog:
        def visible(row: Row) -> bool:
            obj = str(row.get("_object", "")).lower()
            return obj not in denied and f"{obj}.{row.get('_field', '')}".lower() not in hidden

        entities: dict[str, Entity] = {}
        for key, entity in (self.tooling if tooling else self.data).items():
            if key in denied:
                continue
            fields = {k: v for k, v in entity.fields.items() if f"{key}.{k}" not in hidden}
            rows = [r for r in entity.rows if visible(r)] if entity.tooling else entity.rows
            entities[key] = replace(entity, fields=fields, rows=rows)
        by_id: dict[str, tuple[Entity, Row]] = {}
        for entity in entities.values():
            for row in entity.rows:
                if isinstance(row.get("Id"), str) and row["Id"] != PLACEHOLDER_ID:
                    by_id[row["Id"][:15]] = (entity, row)
        return Catalog(entities, by_id)


def _default_access(
    default_user: str, users: list[Row], objects: Iterable[Entity]
) -> dict[str, list[Row]]:
    """An org JSON without ``PermissionSet`` rows under ``data``: one profile (System
    Administrator: View All Data and Modify All Data) held by every user and the default user,
    with View All and Modify All on every data object and field-level Read on every field that
    has field-level security, as a real org's System Administrator profile has."""
    ps_id = "0PS000000000001AAA"
    profile = {"Id": ps_id, "Name": "X00e000000000001AAA", "Label": "00e000000000001",
               "Type": "Profile", "IsOwnedByProfile": True, "ProfileId": "00e000000000001AAA",
               "NamespacePrefix": None, "PermissionsViewAllData": True,
               "PermissionsModifyAllData": True, "PermissionsApiEnabled": True,
               "PermissionsViewSetup": True}  # fmt: skip
    ids = list(dict.fromkeys([default_user, *(str(u["Id"]) for u in users if u.get("Id"))]))
    assignments = [
        {"Id": f"0Pa{i:012d}AAA", "AssigneeId": user, "PermissionSetId": profile["Id"],
         "PermissionSetGroupId": None, "IsActive": True, "ExpirationDate": None}
        for i, user in enumerate(ids, 1)
    ]  # fmt: skip
    data = [e for e in objects if e.meta.get("kind") == "object"]
    object_permissions = [
        {"Id": fake_id("110", e.name), "ParentId": ps_id, "SobjectType": e.name,
         "PermissionsRead": True, "PermissionsCreate": True, "PermissionsEdit": True,
         "PermissionsDelete": True, "PermissionsViewAllRecords": True,
         "PermissionsModifyAllRecords": True}
        for e in data
    ]  # fmt: skip
    field_permissions = [
        {"Id": fake_id("01k", f"{e.name}.{f['name']}"), "ParentId": ps_id, "SobjectType": e.name,
         "Field": f"{e.name}.{f['name']}", "PermissionsRead": True, "PermissionsEdit": True}
        for e in data
        for f in e.fields.values()
        if f.get("permissionable")
    ]  # fmt: skip
    return {
        "Profile": [{"Id": "00e000000000001AAA", "Name": "System Administrator",
                     "UserType": "Standard", "UserLicenseId": None}],
        "PermissionSet": [profile],
        "PermissionSetAssignment": assignments,
        "ObjectPermissions": object_permissions,
        "FieldPermissions": field_permissions,
    }  # fmt: skip


def _field_names(declared: Iterable[str], rows: Iterable[Row]) -> list[str]:
    names = list(declared)
    for row in rows:
        names.extend(k for k in row if k not in names and k != "attributes")
    return names


def _derived(name: str, rows: list[Row]) -> Entity:
    """A Tooling metadata entity over derived rows; keys starting with ``_`` are internal."""
    nested = ("EntityDefinition", "FieldDefinition")
    names = [k for k in (rows[0] if rows else ()) if k[0] != "_" and k not in nested]
    fields = {n.lower(): {"name": n, "type": guess_type(n, rows)} for n in names}
    for info in fields.values():
        if info["type"] == "reference":  # DurableIds such as "Contact.Email", not record Ids
            info["type"] = "string"
    return Entity(name, True, fields, rows=rows, url_key="DurableId", restricted=True)
