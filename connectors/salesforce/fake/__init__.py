"""A fake Salesforce org on a loopback HTTP server that speaks the real REST wire format.

The Salesforce connector is tested against it, and ``piimap demo`` serves its Salesforce org from
it in-process, offline. It answers the calls a read-only scanner makes: the OAuth token endpoint
(JWT bearer, client credentials), describeGlobal, sObject describe, SOQL ``query``/``queryAll``
with ``nextRecordsUrl`` pagination, ``limits`` and ``limits/recordCount``, and Tooling query and
retrieve. Errors are JSON arrays with Salesforce's error codes, so simple-salesforce raises the
exceptions it raises against a real org. Writes answer 405.

>>> import requests
>>> org = {"objects": {"Contact": {"fields": [{"name": "Email", "type": "email"}],
...        "records": [{"Id": "003000000000001AAA", "Email": "ada@example.com"}]}}}
>>> with FakeSalesforce(org) as fake:
...     r = requests.get(f"{fake.url}/services/data/v59.0/query/",
...                      params={"q": "SELECT Email FROM Contact"},
...                      headers={"Authorization": f"Bearer {fake.session_id}"})
>>> r.json()["records"][0]["Email"], r.headers["Sforce-Limit-Info"]
('ada@example.com', 'api-usage=1/15000')

Org JSON (:func:`load_org`; only ``objects`` is required)
----------------------------------------------------------
``org_id``
    18-character org Id; session ids start with its first 15 characters.
``name``, ``instance``
    Informational (the fake always answers as 127.0.0.1).
``auth``
    Test fixtures, not secrets: ``client_id`` and ``client_secret`` (the connected app),
    ``jwt_subjects`` (usernames a JWT may name; default every User record's ``Username``) and
    ``client_credentials_user`` (the run-as user; without it the client credentials flow is
    refused).
``objects``
    Data API sObjects by API name. Each has ``label``, ``labelPlural``, ``keyPrefix``, ``custom``
    (default: the name ends with ``__c``), ``durableId`` (EntityDefinition DurableId of a custom
    object; derived when absent), ``sharingModel`` and:

    * ``fields``: describe field dicts. ``name`` and ``type`` are required, every other describe
      key is optional and defaulted (``encrypted`` is always emitted). ``values`` is short for
      ``picklistValues``; ``childRelationshipName`` names the child relationship in the parent's
      describe. Id, IsDeleted, CreatedDate, CreatedById, LastModifiedDate, LastModifiedById and
      SystemModstamp are added when absent.
    * ``field_definitions``: per field name, the Tooling FieldDefinition extras
      ``SecurityClassification``, ``ComplianceGroup`` (``;``-joined), ``BusinessOwnerId``,
      ``BusinessStatus``, ``IsFieldHistoryTracked`` and ``Description``.
    * ``definition_only``: field specs that have a FieldDefinition row (and an EntityParticle)
      but no describe field, as real orgs have ``CompareName`` and ``OwnerAlias``.
    * ``person_accounts``: ``true`` adds the fields person accounts add to Account
      (``IsPersonAccount``, ``FirstName``, ``LastName``, ``PersonEmail``, ``PersonMailing...``).
      A row with ``"IsPersonAccount": true`` is a person; its ``Name`` is derived from its parts.
    * ``requires_filter``: field names; a query without ``=`` or ``IN`` on one of them is refused
      with 400 MALFORMED_QUERY "Implementation restriction: When querying the Vote object, you
      must filter using the following syntax: ..." (Vote, ContentDocumentLink).
    * ``share``: ``true`` adds the object's sharing object (``AccountShare``, ``X__Share``), an
      associate object (``associateEntityType`` ``Share``).
    * ``page_size``: the most records one query page of this object holds (real orgs send short
      pages for wide records: ``nextRecordsUrl`` comes before 2,000).
    * ``records``: rows keyed by field name (datetimes as ``2024-01-31T10:00:00.000+0000``).
      ``"IsDeleted": true`` rows show only through ``queryAll``. Compound values (a person's
      ``Name``, ``MailingAddress``) and unset system fields are derived.
    * ``history``: rows of the object's History object (``ContactHistory`` has ``ContactId``,
      ``Storefront_Order__History`` has ``ParentId``; plus ``Field``, ``OldValue``, ``NewValue``,
      ``CreatedDate``).
``data``
    Setup objects read through the data API, by name, as lists of rows: ``NamedCredential``,
    ``ExternalDataSource``, ``ConnectedApplication``, ``OauthToken``, and for the access review
    ``Profile``, ``PermissionSet`` (a profile's has ``IsOwnedByProfile`` and ``ProfileId``, a
    group's aggregate one ``PermissionSetGroupId``; system permissions as ``Permissions...``
    booleans), ``PermissionSetAssignment``, ``PermissionSetGroup``, ``ObjectPermissions`` and
    ``FieldPermissions`` (``ParentId`` is the permission set; relationship ``Parent``). They are
    in describeGlobal, with the fields of the real objects. Without ``PermissionSet`` and
    ``PermissionSetAssignment`` rows, one System Administrator profile (View All Data, Modify All
    Data, View All and Modify All on every data object, field-level Read on every field that has
    field-level security) is assigned to every User and the default user. A ``User`` object
    declares the fields it has (``IsActive``, ``UserType``, ``ProfileId``, ``LastLoginDate``...).
``tooling``
    Tooling objects, by name, as lists of rows: ``InstalledSubscriberPackage`` (with nested
    ``SubscriberPackage`` and ``SubscriberPackageVersion`` objects), ``RemoteProxy``,
    ``WorkflowOutboundMessage`` (with ``Metadata`` and ``FullName``),
    ``PlatformEventChannelMember``.

Derived, never written in the JSON: the History object of every object with a history-tracked
field or history rows, and the Tooling ``EntityDefinition``, ``FieldDefinition`` (``DataType`` as
Setup UI labels: ``Text(80)``, ``Lookup(Account)``, ``Fax``) and ``EntityParticle`` (lowercase API
types) rows of every data object. As in a real org, FieldDefinition has a row for a compound
field (``Name``, ``MailingAddress``, a custom geolocation) but none for its parts (``FirstName``,
``MailingCity``, ``Loc__Latitude__s``): a part is an EntityParticle (``IsComponent``) whose
nested FieldDefinition is its parent's (``Account.BillingAddress.BillingCity``), so
``field_definitions`` given for a part are not served. A standard lookup's FieldDefinition is
named by its relationship: DurableId ``Contact.Account`` for ``AccountId``.

Behaviour worth knowing (as Salesforce, unless marked *fake*)
--------------------------------------------------------------
* ``GET /services/data/`` needs no session; every other data call does.
* ``GET /services/oauth2/userinfo`` answers ``user_id`` (the token's user; the first User record
  or ``005000000000001AAA`` for :attr:`FakeSalesforce.session_id`) and is not counted as an API
  call; an invalid session gets 403 ``Bad_OAuth_Token``.
* A denied (:attr:`Faults.denied`) or unknown object answers queries with 400 INVALID_TYPE
  ("sObject type 'X' is not supported. ..."), describes with 404 NOT_FOUND, and is left out of
  describeGlobal, EntityDefinition and FieldDefinition. :attr:`Faults.hidden_fields` (field-level
  security) hides fields from describe and FieldDefinition; querying one is INVALID_FIELD.
* *fake*: :attr:`Faults.request_limit_after` answers REQUEST_LIMIT_EXCEEDED once that many calls
  were counted (the daily limit reached mid-scan); :attr:`Faults.query_errors` makes queries whose
  SOQL contains a given text fail with a given error code (``QUERY_TIMEOUT``...).
* ``=`` on text is case-insensitive. Query errors echo the query with a caret, then the message.
* A describe field's ``permissionable`` (whether field-level security applies) is false for
  system fields, Ids and required fields unless the spec says otherwise.
* Classic encrypted fields (``encryptedstring``) come back masked. Encrypted fields of either
  kind cannot be filtered or sorted on.
* EntityDefinition, FieldDefinition and EntityParticle refuse OR, NOT, ``!=`` and aggregates,
  ignore LIMIT and OFFSET, and are never paginated; FieldDefinition and EntityParticle need a
  filter on the object (``EntityDefinition.QualifiedApiName = 'Contact'``, ``EntityDefinitionId``
  or ``DurableId``).
* Selecting ``Metadata`` or ``FullName`` needs a query that returns at most one row.
* OauthToken pages hold at most 500 records.
* *fake*: JWT assertions are decoded and their claims checked, but the signature is not.
"""

from __future__ import annotations

from .server import ApiError, FakeSalesforce, Faults, load_org

__all__ = ["ApiError", "FakeSalesforce", "Faults", "load_org"]
