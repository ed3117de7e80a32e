"""What Salesforce derives from an object's setup: describe payloads and Tooling metadata rows.

The org JSON gives each field as a short spec (``name``, ``type`` and any overrides); this module
fills in every other describe key the REST API returns, and builds the EntityDefinition,
FieldDefinition and EntityParticle rows of the Tooling API.

>>> info = describe_field({"name": "Customer_Email__c", "type": "email"})
>>> info["label"], info["length"], info["custom"], info["encrypted"], info["soapType"]
('Customer Email', 80, True, False, 'xsd:string')
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping
from typing import Any

from .catalog import Catalog, Entity, Row

PLACEHOLDER_ID = "000000000000000AAA"  # what Tooling shows as Id of EntityDefinition & co.
MASTER_RECORD_TYPE = "012000000000000AAA"
SYSTEM_FIELDS: tuple[dict[str, Any], ...] = (
    {"name": "Id", "type": "id", "label": "Record ID"},
    {"name": "IsDeleted", "type": "boolean", "label": "Deleted"},
    {"name": "CreatedDate", "type": "datetime"},
    {"name": "CreatedById", "type": "reference", "label": "Created By ID",
     "referenceTo": ["User"], "relationshipName": "CreatedBy"},
    {"name": "LastModifiedDate", "type": "datetime"},
    {"name": "LastModifiedById", "type": "reference", "label": "Last Modified By ID",
     "referenceTo": ["User"], "relationshipName": "LastModifiedBy"},
    {"name": "SystemModstamp", "type": "datetime"},
)  # fmt: skip
_SYSTEM_NAMES = {f["name"] for f in SYSTEM_FIELDS}
#: The fields person accounts add to Account (an org spec's ``"person_accounts": true``).
PERSON_ACCOUNT_FIELDS: tuple[dict[str, Any], ...] = (
    {"name": "IsPersonAccount", "type": "boolean", "label": "Is Person Account"},
    {"name": "PersonContactId", "type": "reference", "referenceTo": ["Contact"],
     "relationshipName": "PersonContact", "label": "Person Contact ID"},
    {"name": "Salutation", "type": "picklist", "values": ["Mr.", "Ms.", "Mrs.", "Dr."]},
    {"name": "FirstName", "type": "string", "length": 40},
    {"name": "LastName", "type": "string", "length": 80},
    {"name": "PersonEmail", "type": "email", "label": "Email"},
    {"name": "PersonMobilePhone", "type": "phone", "label": "Mobile"},
    {"name": "PersonBirthdate", "type": "date", "label": "Birthdate"},
    {"name": "PersonMailingStreet", "type": "textarea", "label": "Mailing Street"},
    {"name": "PersonMailingCity", "type": "string", "length": 40, "label": "Mailing City"},
    {"name": "PersonMailingPostalCode", "type": "string", "length": 20,
     "label": "Mailing Zip/Postal Code"},
    {"name": "PersonMailingCountry", "type": "string", "length": 80, "label": "Mailing Country"},
    {"name": "PersonMailingAddress", "type": "address", "label": "Mailing Address"},
)  # fmt: skip
_STRING_TYPES = {"string", "textarea", "phone", "url", "email", "picklist", "multipicklist",
                 "combobox", "encryptedstring", "json"}  # fmt: skip
_SOAP_TYPES = {
    "id": "tns:ID", "reference": "tns:ID", "boolean": "xsd:boolean", "int": "xsd:int",
    "long": "xsd:long", "double": "xsd:double", "percent": "xsd:double", "currency": "xsd:double",
    "date": "xsd:date", "datetime": "xsd:dateTime", "time": "xsd:time",
    "base64": "xsd:base64Binary", "address": "urn:address", "location": "urn:location",
    "anyType": "xsd:anyType", "complexvalue": "tns:ComplexValue",
}  # fmt: skip
_DEFAULT_LENGTH = {
    "string": 255, "textarea": 255, "email": 80, "phone": 40, "url": 255, "picklist": 255,
    "combobox": 255, "multipicklist": 4099, "encryptedstring": 175, "id": 18, "reference": 18,
}  # fmt: skip
# Describe keys whose default is always False, and always None.
_FALSE = ("aiPredictionField", "caseSensitive", "cascadeDelete", "dependentPicklist",
          "deprecatedAndHidden", "displayLocationInDecimal", "externalId",
          "formulaTreatNullNumberAsZero", "highScaleNumber", "htmlFormatted", "queryByDistance",
          "restrictedDelete", "unique", "writeRequiresMasterRead")  # fmt: skip
_NONE = ("calculatedFormula", "compoundFieldName", "controllerName", "defaultValueFormula",
         "filteredLookupInfo", "inlineHelpText", "mask", "maskType", "referenceTargetField",
         "relationshipName", "relationshipOrder")  # fmt: skip
# Components of an address compound field, by the suffix after the parent's prefix.
_ADDRESS_PARTS = {
    "Street": "street", "City": "city", "State": "state", "StateCode": "stateCode",
    "PostalCode": "postalCode", "Country": "country", "CountryCode": "countryCode",
    "Latitude": "latitude", "Longitude": "longitude", "GeocodeAccuracy": "geocodeAccuracy",
}  # fmt: skip
_UI_TYPES = {
    "email": "Email", "phone": "Phone", "picklist": "Picklist", "combobox": "Picklist",
    "multipicklist": "Picklist (Multi-Select)", "boolean": "Checkbox", "date": "Date",
    "datetime": "Date/Time", "time": "Time", "address": "Address", "location": "Geolocation",
    "anyType": "Any Type", "base64": "File", "id": "Lookup()",
}  # fmt: skip


def custom_label(name: str) -> str:
    """A label from an API name.

    >>> custom_label("Customer_Email__c"), custom_label("MailingPostalCode")
    ('Customer Email', 'Mailing Postal Code')
    """
    base = re.sub(r"__(c|r|History)$", "", name).replace("_", " ")
    return re.sub(r"(?<=[a-z])(?=[A-Z])", " ", base).strip()


def fake_id(prefix: str, seed: str) -> str:
    """A stable 18-character Salesforce-style Id (``prefix`` is the 3-character key prefix).

    >>> fake_id("00N", "Contact.Tier__c")
    '00N8dn5B2x3EJfhEEG'
    """
    alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
    digest = hashlib.sha1(seed.encode()).digest()
    return with_checksum(prefix + "8d" + "".join(alphabet[b % 62] for b in digest[:10]))


def with_checksum(id15: str) -> str:
    """Append Salesforce's 3-character case checksum to a 15-character Id.

    >>> with_checksum("001000000000001")
    '001000000000001AAA'
    """
    suffix = ""
    for chunk in range(3):
        bits = sum(1 << i for i, c in enumerate(id15[chunk * 5 : chunk * 5 + 5]) if c.isupper())
        suffix += "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345"[bits]
    return id15 + suffix


def describe_field(spec: Mapping[str, Any]) -> dict[str, Any]:
    """A full describe field dict (every key REST returns) from a short spec (name, type, ...)."""
    name, ftype = str(spec["name"]), str(spec["type"])
    custom, system = name.endswith("__c"), name in _SYSTEM_NAMES
    calculated = bool(spec.get("calculated", False))
    length = int(spec.get("length", _DEFAULT_LENGTH.get(ftype, 0)))
    refs = list(spec.get("referenceTo") or [])
    plain = not spec.get("encrypted") and ftype != "encryptedstring"
    filterable = plain and ftype not in ("address", "location", "anyType") and not (
        ftype == "textarea" and length > 255
    )  # fmt: skip
    numeric = ftype in ("double", "currency", "percent")
    info: dict[str, Any] = dict.fromkeys(_FALSE, False) | dict.fromkeys(_NONE, None)
    info.update(
        aggregatable=filterable and ftype not in ("boolean", "multipicklist"),
        autoNumber=False,
        byteLength=length * 3 if ftype in _STRING_TYPES else length,
        calculated=calculated,
        createable=not (system or calculated),
        custom=custom,
        defaultValue=False if ftype == "boolean" and not system else None,
        defaultedOnCreate=system or ftype == "boolean",
        digits=9 if ftype == "int" else 0,
        encrypted=False,
        extraTypeInfo="plaintextarea" if ftype == "textarea" else None,
        filterable=filterable,
        groupable=filterable and not numeric and ftype not in ("datetime", "multipicklist"),
        idLookup=ftype in ("id", "email") or name == "Name",
        label=custom_label(name),
        length=length,
        name=name,
        nameField=name == "Name",
        namePointing=len(refs) > 1,
        nillable=not system and ftype != "boolean" and name != "Name",
        permissionable=custom and not calculated,
        picklistValues=[
            {"active": True, "defaultValue": False, "label": v, "validFor": None, "value": v}
            for v in spec.get("values") or []
        ],
        polymorphicForeignKey=len(refs) > 1,
        precision=18 if numeric else 0,
        referenceTo=refs,
        restrictedPicklist=ftype == "picklist",
        scale=2 if numeric else 0,
        searchPrefilterable=ftype == "reference",
        soapType=_SOAP_TYPES.get(ftype, "xsd:string"),
        sortable=filterable and ftype != "multipicklist",
        type=ftype,
        updateable=not (system or calculated),
    )
    info.update((k, v) for k, v in spec.items() if k in info)
    info["idLookup"] = info["idLookup"] or info["externalId"]
    if "permissionable" not in spec:  # field-level security: not on system or required fields
        info["permissionable"] = (
            not system and ftype != "id" and (info["nillable"] or ftype == "boolean")
        )
    return dict(sorted(info.items()))


def ui_data_type(info: Mapping[str, Any], custom_object: bool) -> str:
    """FieldDefinition.DataType: the Setup UI label.

    >>> ui_data_type(describe_field({"name": "AccountId", "type": "reference",
    ...                              "referenceTo": ["Account"]}), False)
    'Lookup(Account)'
    """
    ftype, length, scale = info["type"], info["length"], info["scale"]
    if info["calculated"]:
        result = {"string": "Text", "double": "Number", "currency": "Currency", "int": "Number"}
        return f"Formula ({result.get(ftype) or _UI_TYPES.get(ftype, 'Text')})"
    if ftype == "phone" and info["name"].endswith("Fax") and not info["custom"]:
        return "Fax"  # describe says phone, Setup says Fax
    if ftype in _UI_TYPES:
        return _UI_TYPES[ftype]
    if ftype == "reference":
        kind = "Master-Detail" if info["cascadeDelete"] else "Lookup"
        return f"{kind}({','.join(info['referenceTo'])})"
    if ftype == "string":
        if info["autoNumber"]:
            return "Auto Number"
        return "Name" if info["name"] == "Name" and not custom_object else f"Text({length})"
    if ftype == "textarea":
        if info["extraTypeInfo"] == "richtextarea":
            return f"Rich Text Area({length})"
        return f"Long Text Area({length})" if length > 255 else f"Text Area({length})"
    if ftype in ("encryptedstring", "url"):
        return f"{'Text (Encrypted)' if ftype == 'encryptedstring' else 'URL'}({length})"
    if ftype == "int":
        return f"Number({info['digits']}, 0)"
    label = {"double": "Number", "currency": "Currency", "percent": "Percent"}.get(ftype, ftype)
    return f"{label}({info['precision'] - scale}, {scale})"


def compound_parts(
    info: Mapping[str, Any], fields: Mapping[str, dict[str, Any]]
) -> list[dict[str, Any]]:
    """The component fields of a compound field (``MailingCity`` of ``MailingAddress``)."""
    name = info["name"]
    if info["type"] == "location" and name.endswith("__c"):  # a custom geolocation field
        base = name.removesuffix("__c")
        return [fields[k] for k in (f"{base}__latitude__s", f"{base}__longitude__s") if k in fields]
    if info["type"] in ("address", "location"):
        prefix = name.removesuffix("Address")
        return [fields[k] for k in (f"{prefix}{s}".lower() for s in _ADDRESS_PARTS) if k in fields]
    if name == "Name" and info["type"] == "string":
        parts = ("Salutation", "FirstName", "MiddleName", "LastName", "Suffix")
        return [fields[p.lower()] for p in parts if p.lower() in fields]
    return []


def compound_value(info: Mapping[str, Any], fields: Mapping[str, dict[str, Any]], row: Row) -> Any:
    """The value of a compound field built from its components' values in ``row``."""
    parts = compound_parts(info, fields)
    if info["type"] == "string":  # a person's Name: the parts without the salutation
        words = [row.get(p["name"]) for p in parts if p["name"] != "Salutation"]
        return " ".join(str(w) for w in words if w) or None
    prefix = len(info["name"].removesuffix("Address"))
    keys = ("city", "country", "geocodeAccuracy", "latitude", "longitude", "postalCode", "state",
            "street")  # fmt: skip
    value = dict.fromkeys(keys)
    for part in parts:
        value[_ADDRESS_PARTS[part["name"][prefix:]]] = row.get(part["name"])
    return value if any(v is not None for v in value.values()) else None


def global_entry(entity: Entity, version: str) -> dict[str, Any]:
    """One describeGlobal entry (the same keys lead the sObject describe)."""
    meta, kind = entity.meta, entity.meta["kind"]
    editable = kind == "object"
    base = f"/services/data/v{version}/sobjects/{entity.name}"
    flags = ("createable", "deletable", "layoutable", "mruEnabled", "searchable", "triggerable",
             "undeletable", "updateable")  # fmt: skip
    never = ("activateable", "customSetting", "deepCloneable", "deprecatedAndHidden",
             "hasSubtypes", "isInterface", "isSubtype")  # fmt: skip
    entry = dict.fromkeys(flags, editable) | dict.fromkeys(never, False)
    entry.update(
        associateEntityType={"history": "History", "share": "Share"}.get(kind),
        associateParentEntity=meta.get("parent"),
        custom=meta["custom"],
        feedEnabled=editable and not meta["custom"],
        keyPrefix=meta["keyPrefix"],
        label=meta["label"],
        labelPlural=meta["labelPlural"],
        mergeable=editable and entity.name in ("Account", "Contact", "Lead"),
        name=entity.name,
        queryable=True,
        replicateable=kind != "setup",
        retrieveable=True,
        urls={"sobject": base, "describe": f"{base}/describe", "rowTemplate": f"{base}/{{ID}}"},
    )
    return dict(sorted(entry.items()))


def describe_sobject(entity: Entity, version: str, catalog: Catalog) -> dict[str, Any]:
    """The sObject describe of ``entity`` as the identity behind ``catalog`` sees it."""
    children = []
    for other in catalog.entities.values():
        names = other.meta.get("childRelationshipNames", {})
        for info in other.fields.values():
            if info["type"] == "reference" and entity.name in info["referenceTo"]:
                children.append({
                    "cascadeDelete": info["cascadeDelete"], "childSObject": other.name,
                    "deprecatedAndHidden": False, "field": info["name"],
                    "junctionIdListNames": [], "junctionReferenceTo": [],
                    "relationshipName": names.get(info["name"]) or _child_name(other, info),
                    "restrictedDelete": False,
                })  # fmt: skip
    body = global_entry(entity, version)
    layout = f"/services/data/v{version}/sobjects/{entity.name}/describe/layouts/"
    master = {
        "active": True,
        "available": True,
        "defaultRecordTypeMapping": True,
        "developerName": "Master",
        "master": True,
        "name": "Master",
        "recordTypeId": MASTER_RECORD_TYPE,
        "urls": {"layout": layout + MASTER_RECORD_TYPE},
    }
    body.update(
        dict.fromkeys(("defaultImplementation", "extendedBy", "extendsInterfaces"), None),
        **dict.fromkeys(("implementedBy", "implementsInterfaces", "listviewable"), None),
        actionOverrides=[],
        childRelationships=children,
        compactLayoutable=body["layoutable"],
        fields=[dict(f) for f in entity.fields.values()],
        lookupLayoutable=None,
        namedLayoutInfos=[],
        networkScopeFieldName=None,
        recordTypeInfos=[master] if body["layoutable"] else [],
        searchLayoutable=body["searchable"],
        sobjectDescribeOption="FULL",
        supportedScopes=[{"label": f"All {entity.meta['labelPlural'].lower()}",
                          "name": "everything"}],
    )  # fmt: skip
    return dict(sorted(body.items()))


def entity_definition_row(entity: Entity) -> Row:
    """The Tooling EntityDefinition row of a data object (``_object`` is internal)."""
    meta, kind = entity.meta, entity.meta["kind"]
    editable = kind == "object"
    flags = ("IsCustomizable", "IsSearchable", "IsLayoutable", "IsApexTriggerable",
             "IsEverCreatable")  # fmt: skip
    return {
        "Id": PLACEHOLDER_ID,
        "DurableId": meta["durableId"],
        "QualifiedApiName": entity.name,
        "DeveloperName": entity.name.removesuffix("__c"),
        "MasterLabel": meta["label"],
        "Label": meta["label"],
        "PluralLabel": meta["labelPlural"],
        "NamespacePrefix": None,
        "KeyPrefix": meta["keyPrefix"],
        "InternalSharingModel": meta.get("sharingModel", "None"),
        "ExternalSharingModel": "Private" if editable else "None",
        "DeploymentStatus": "Deployed" if meta["custom"] else None,
        **dict.fromkeys(flags, editable),
        "IsCustomSetting": False,
        "IsQueryable": True,
        "IsRetrieveable": True,
        "IsFieldHistoryTracked": any(
            d.get("IsFieldHistoryTracked") for d in entity.field_definitions.values()
        ),
        "PublisherId": "<local>" if meta["custom"] else "System",
        "_object": entity.name,
    }


def field_definition_row(entity: Entity, info: Mapping[str, Any], ed: Row) -> Row:
    """The Tooling FieldDefinition row of a field, with the org's classification metadata."""
    name = info["name"]
    extra = entity.field_definitions.get(name, {})
    custom = name.endswith("__c")
    field_id = fake_id("00N", f"{entity.name}.{name}")[:15] if custom else name
    developer = name.removesuffix("__c")
    if info["type"] == "reference" and info["relationshipName"] and not custom:
        field_id = developer = info["relationshipName"]  # Contact.Account, not Contact.AccountId
    return {
        "Id": PLACEHOLDER_ID,
        "DurableId": f"{ed['DurableId']}.{field_id}",
        "QualifiedApiName": name,
        "DeveloperName": developer,
        "MasterLabel": info["label"],
        "Label": info["label"],
        "DataType": ui_data_type(info, bool(entity.meta["custom"])),
        "Length": info["length"],
        "Precision": info["precision"],
        "Scale": info["scale"],
        "ExtraTypeInfo": info["extraTypeInfo"],
        "ReferenceTo": {"referenceTo": list(info["referenceTo"]) or None},
        "RelationshipName": info["relationshipName"],
        "IsCalculated": info["calculated"],
        "IsNillable": info["nillable"],
        "IsIndexed": info["type"] in ("id", "reference") or info["externalId"],
        "IsApiFilterable": info["filterable"],
        "IsApiSortable": info["sortable"],
        "IsApiGroupable": info["groupable"],
        "IsCompound": info["type"] in ("address", "location")
        or bool(compound_parts(info, entity.fields)),
        "IsHighScaleNumber": False,
        "IsHtmlFormatted": info["htmlFormatted"],
        "IsNameField": info["nameField"],
        "IsPolymorphicForeignKey": info["polymorphicForeignKey"],
        "IsWorkflowFilterable": info["filterable"],
        "IsFieldHistoryTracked": bool(extra.get("IsFieldHistoryTracked", False)),
        "SecurityClassification": extra.get("SecurityClassification"),
        "ComplianceGroup": extra.get("ComplianceGroup"),
        "BusinessOwnerId": extra.get("BusinessOwnerId"),
        "BusinessStatus": extra.get("BusinessStatus"),
        "Description": extra.get("Description"),
        "NamespacePrefix": None,
        "PublisherId": "<local>" if custom else "System",
        "EntityDefinitionId": ed["DurableId"],
        "EntityDefinition": ed,
        "_object": entity.name,
        "_field": name,
    }


def entity_particle_row(info: Mapping[str, Any], fd: Row) -> Row:
    """The Tooling EntityParticle row of a field: lowercase API types, nested FieldDefinition
    (a compound part's is its parent's: ``Account.BillingAddress.BillingCity``)."""
    part = info["compoundFieldName"] is not None
    return {
        "Id": PLACEHOLDER_ID,
        "DurableId": f"{fd['DurableId']}.{info['name']}" if part else fd["DurableId"],
        "QualifiedApiName": info["name"],
        "DeveloperName": fd["DeveloperName"],
        "Label": info["label"],
        "DataType": info["type"],
        "Length": info["length"],
        "Precision": info["precision"],
        "Scale": info["scale"],
        "ExtraTypeInfo": info["extraTypeInfo"],
        "ReferenceTo": fd["ReferenceTo"],
        "RelationshipName": info["relationshipName"],
        "IsCompound": fd["IsCompound"] and not part,
        "IsComponent": part,
        "IsNillable": info["nillable"],
        "IsCalculated": info["calculated"],
        "IsUnique": info["unique"],
        "IsIdLookup": info["idLookup"],
        "IsEncrypted": bool(info["encrypted"]),
        "Mask": info["mask"],
        "MaskType": info["maskType"],
        "InlineHelpText": info["inlineHelpText"],
        "NamespacePrefix": None,
        "EntityDefinitionId": fd["EntityDefinitionId"],
        "EntityDefinition": fd["EntityDefinition"],
        "FieldDefinitionId": fd["DurableId"],
        "FieldDefinition": fd,
        "_object": fd["_object"],
        "_field": info["name"],
    }


def _child_name(child: Entity, info: Mapping[str, Any]) -> str:
    """Default child relationship name: ``Contacts``; ``Storefront_Orders__r`` if custom."""
    plural = re.sub(r"\W+", "_" if info["custom"] else "", child.meta["labelPlural"]).strip("_")
    return f"{plural}__r" if info["custom"] else plural
