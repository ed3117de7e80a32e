"""Rules of the thirty-fourth round: a site's pages and their own contact details, the people a
sign-up form keeps, a person's id at an authentication system, whether a person has children, a
paid person's row in a table named for a job, and a bare ``person`` that refers to a person's
record. Every table, column and value is made up; the negative cases come from other domains (a
blog's authors, a directory, a contact table, webhooks, plan subscriptions, a race's sign-up
sheet, a sign-up form's kinds, tokens, devices, an OAuth server's clients, a category tree,
comments, a hotel's reservations, a key set, job offers, a team's salary cap, branch offices,
positions, a wiki's edits, a build log, file shares)."""

from __future__ import annotations

import pytest

from .table_verdicts import explanations

_TYPES = {
    "id": "int",
    "page_id": "int",
    "author_id": "int",
    "user_id": "int",
    "parent_id": "int",
    "hours": "numeric",
    "salary": "int",
    "wage": "int",
    "salary_cap": "int",
    "adults": "int",
    "children": "int",
    "number_of_children": "int",
    "num_kids": "int",
    "has_children": "boolean",
    "is_admin": "boolean",
}
_PERSON = {"id": (), "first_name": ("Ines",), "last_name": ("Marlow",)}
_CONTACT = ("EMAIL_ADDRESS", "PHONE_NUMBER", "STREET_ADDRESS")
_BAKERY_PAGE = {
    "id": (),
    "pagekind": ("aboutus", "contactus"),
    "pageheading": ("About the bakery", "Find us", "Our ovens"),
    "pagebody": (
        "We have baked rye bread every morning since 1982 in the old harbour quarter.",
        "Come and taste our sourdough, our cinnamon buns and our seasonal tarts today.",
        "Our ovens are fired with beech wood and our flour is milled by the river mill.",
    ),
    "email": ("hello@rye-bakery.example",),
    "phone_no": ("555-0134",),
    "opening": ("8am to 6pm",),
}


# -- negatives first: the same names where the rules must not fire --------------------------------


@pytest.mark.parametrize(
    ("table", "columns", "column", "entity"),
    [
        # a blog's page of its authors, a page with a key to its author, a page's visitors
        ("author_pages", {"id": (), "title": ("About me",), "email": ()}, "email", "EMAIL_ADDRESS"),
        (
            "pages",
            {"id": (), "title": ("About me",), "author_id": (), "email": ()},
            "email",
            "EMAIL_ADDRESS",
        ),
        ("page_visitors", {"id": (), "page_id": (), "email": ()}, "email", "EMAIL_ADDRESS"),
        # a directory's pages of people, and a table of contacts that is not a page
        (
            "directory_pages",
            {**_PERSON, "phone": ("555-0199",)},
            "phone",
            "PHONE_NUMBER",
        ),
        ("tbl_contacts", {"id": (), "email": (), "mobile_no": ()}, "email", "EMAIL_ADDRESS"),
    ],
)
def test_a_page_with_a_person_keeps_their_contact_details(
    table: str, columns: dict[str, tuple[object, ...]], column: str, entity: str
) -> None:
    assert entity in explanations(table, columns, _TYPES)[column]


@pytest.mark.parametrize(
    ("table", "columns", "column"),
    [
        # webhooks subscribe to events: no phone, no e-mail, names of topics
        (
            "webhook_subscribe",
            {"id": (), "name": ("orders.created", "invoice.paid"), "callback_url": ()},
            "name",
        ),
        # a topic's template is no way to reach anyone
        (
            "topic_subscribe",
            {"id": (), "name": ("Weekly digest",), "email_template": ("digest.html",)},
            "name",
        ),
        # a plan's subscriptions, a race's sign-up sheet, a sign-up form's kinds
        (
            "subscriptions",
            {"id": (), "name": ("Pro monthly", "Basic yearly"), "email": ()},
            "name",
        ),
        (
            "signups",
            {"id": (), "name": ("Spring 5K", "Autumn Relay", "Harbour 10K"), "phone": ()},
            "name",
        ),
        (
            "signup_types",
            {"id": (), "name": ("Newsletter", "Beta programme"), "email": ("beta@shop.example",)},
            "name",
        ),
    ],
)
def test_no_sign_up_no_signers_name(
    table: str, columns: dict[str, tuple[object, ...]], column: str
) -> None:
    assert "PERSON_NAME" not in explanations(table, columns, _TYPES)[column]


@pytest.mark.parametrize(
    ("table", "columns", "types"),
    [
        # a token's, a device's and an OAuth server's client's uid; a uid with no auth word
        ("auth_tokens", {"id": (), "uid": ("c4f1-0a93-77be",), "user_id": ()}, {}),
        ("auth_devices", {"id": (), "uid": ("c4f1-0a93-77be",), "name": ("Hall tablet",)}, {}),
        (
            "sso_clients",
            {"id": (), "uid": ("c4f1-0a93-77be",), "name": ("Billing app",), "email": ()},
            {},
        ),
        ("users", {"id": (), "uid": ("c4f1-0a93-77be",), "email": ("ines@mail.example",)}, {}),
        # a numeric uid (a system's user number), and an authentication table with no person
        ("sso_users", {"id": (), "uid": (1001, 1002), "email": ()}, {"uid": "int"}),
        ("sso_users", {"id": (), "uid": ("c4f1-0a93-77be",), "is_admin": (True,)}, {}),
    ],
)
def test_a_uid_that_is_no_persons_login(
    table: str, columns: dict[str, tuple[object, ...]], types: dict[str, str]
) -> None:
    found = explanations(table, columns, {**_TYPES, **types})["uid"]
    assert "USERNAME" not in found, found


@pytest.mark.parametrize(
    ("table", "columns", "column"),
    [
        # a category tree and a comment thread have children; a hotel counts a party's
        (
            "categories",
            {"id": (), "name": ("Shoes",), "has_children": (True, False)},
            "has_children",
        ),
        ("comments", {"id": (), "user_id": (), "has_children": (True, False)}, "has_children"),
        (
            "reservations",
            {**_PERSON, "email": (), "adults": (2, 1), "children": (1, 0)},
            "children",
        ),
        ("tree_nodes", {"id": (), "parent_id": (), "children": ('["a", "b"]',)}, "children"),
        # a key set's key id
        ("user_keys", {"id": (), "user_id": (), "kid": ("k-2024-01",)}, "kid"),
    ],
)
def test_children_of_no_person(
    table: str, columns: dict[str, tuple[object, ...]], column: str
) -> None:
    found = explanations(table, columns, _TYPES)[column]
    assert "DEMOGRAPHIC" not in found, found


@pytest.mark.parametrize(
    ("table", "columns", "column"),
    [
        # a job on offer, a team's cap, a branch office's and a position's pay
        ("jobs", {"id": (), "name": ("Night porter",), "phone": (), "salary": ()}, "salary"),
        (
            "teams",
            {"id": (), "name": ("Harbor Gulls",), "phone": (), "salary_cap": ()},
            "salary_cap",
        ),
        ("offices", {"id": (), "name": ("Leeds",), "phone": (), "salary": ()}, "salary"),
        ("positions", {"id": (), "name": ("Night porter",), "phone": (), "salary": ()}, "salary"),
        # pay with no one named, or no way to reach them
        ("porters", {"id": (), "shift": ("night",), "phone": (), "wage": ()}, "wage"),
        ("porters", {"id": (), "name": ("Ines Marlow",), "wage": ()}, "wage"),
    ],
)
def test_pay_of_no_named_person(
    table: str, columns: dict[str, tuple[object, ...]], column: str
) -> None:
    found = explanations(table, columns, _TYPES)[column]
    assert "FINANCIAL" not in found, found


@pytest.mark.parametrize(
    ("table", "column"),
    [("wiki_edits", "editor"), ("build_log", "user"), ("file_shares", "owner")],
)
def test_logins_under_a_role_stay_user_names(table: str, column: str) -> None:
    columns = {"id": (), column: ("ines", "tobias", "ana", "marek")}
    assert "USERNAME" in explanations(table, columns, _TYPES)[column]


# -- what review34 found the first rules over-reached into --------------------------------------

_CV_ROWS = {
    "email": ("ines.marlow@mail.example", "t.grell@post.example", "ana.lee@mail.example"),
    "phone": ("555-0141", "555-0142", "555-0143"),
}


@pytest.mark.parametrize(
    ("table", "columns", "column", "entity"),
    [
        # one person's CV page per row, the leads a landing page collected, weddings' pages
        (
            "cv_pages",
            {
                "id": (),
                "slug": ("ines-cv", "tobias-cv", "ana-cv"),
                **_CV_ROWS,
                "address": ("4 Quay Row", "12 Mill Lane", "7 Harbour Street"),
            },
            "email",
            "EMAIL_ADDRESS",
        ),
        (
            "cv_pages",
            {"id": (), "slug": ("ines-cv", "tobias-cv"), **_CV_ROWS},
            "phone",
            "PHONE_NUMBER",
        ),
        ("landing_page", {"id": (), **_CV_ROWS, "ip": ("192.0.2.7",)}, "email", "EMAIL_ADDRESS"),
        ("landing_page", {"id": (), **_CV_ROWS, "ip": ("192.0.2.7",)}, "phone", "PHONE_NUMBER"),
        (
            "wedding_page",
            {"id": (), "title": ("Ana & Tom", "Ines & Marek", "Lea & Jon"), **_CV_ROWS},
            "email",
            "EMAIL_ADDRESS",
        ),
        (
            "wedding_page",
            {"id": (), "title": ("Ana & Tom", "Ines & Marek", "Lea & Jon"), **_CV_ROWS},
            "phone",
            "PHONE_NUMBER",
        ),
        # a team page's named staff
        (
            "team_page",
            {
                "id": (),
                "heading": ("Our team",),
                "email": (
                    "ines.marlow@ferry.example",
                    "tobias.grell@ferry.example",
                    "ana.lee@ferry.example",
                ),
            },
            "email",
            "EMAIL_ADDRESS",
        ),
    ],
)
def test_a_page_of_people_keeps_their_contact_details(
    table: str, columns: dict[str, tuple[object, ...]], column: str, entity: str
) -> None:
    assert entity in explanations(table, columns, _TYPES)[column]


@pytest.mark.parametrize(
    ("column", "entity"), [("salary", "FINANCIAL"), ("nationality", "DEMOGRAPHIC")]
)
def test_a_page_table_naming_people_keeps_their_facts(column: str, entity: str) -> None:
    columns = {
        **_PERSON,
        "email": (),
        "gender": ("female",),
        "salary": (),
        "nationality": ("Danish", "Polish"),
    }
    assert entity in explanations("cv_pages", columns, _TYPES)[column]


def test_an_alerts_subscribe_table_names_no_signer_unsampled() -> None:
    columns = {"id": (), "name": (), "notify_email": (), "threshold": ()}
    assert "PERSON_NAME" not in explanations("alert_subscribe", columns, _TYPES)["name"]


@pytest.mark.parametrize(
    ("table", "columns"),
    [
        # service accounts in a directory, devices with an owner
        (
            "ldap_users",
            {
                "id": (),
                "uid": ("svc-backup", "svc-ci", "jenkins"),
                "name": ("Backup service", "CI runner", "Build server"),
            },
        ),
        (
            "auth_identity",
            {
                "id": (),
                "uid": ("dev-7f3a19", "dev-0b22c4", "dev-9e61d0"),
                "name": ("Hall sensor", "Door lock", "Porch light"),
                "owner_id": (),
            },
        ),
    ],
)
def test_a_uid_of_a_machine_at_an_authentication_system(
    table: str, columns: dict[str, tuple[object, ...]]
) -> None:
    found = explanations(table, columns, _TYPES)["uid"]
    assert "USERNAME" not in found, found


def test_an_opaque_uid_is_called_no_login() -> None:
    columns = {"id": (), "uid": ("0f8e1c2a-5b7d-4e3f-9a10-2c4b6d8e0f12",), "email": ()}
    found = explanations("auth_users", columns, _TYPES)["uid"]
    assert "USERNAME" in found and "login" not in found["USERNAME"], found


@pytest.mark.parametrize(
    ("table", "columns", "column"),
    [
        # a nested-set org tree, an MLM downline, referrals, sub-accounts, a CRM's hierarchy
        (
            "employees",
            {**_PERSON, "manager_id": (), "lft": (), "rgt": (), "has_children": (True, False)},
            "has_children",
        ),
        (
            "members",
            {**_PERSON, "email": (), "sponsor_id": (), "children_count": (0, 3)},
            "children_count",
        ),
        ("members", {**_PERSON, "email": (), "referrer_id": (), "kids": (0, 2)}, "kids"),
        ("users", {"id": (), "email": (), "parent_id": (), "child_count": (0, 2)}, "child_count"),
        ("users", {"id": (), "email": (), "parent_id": (), "children": ("[12, 15]",)}, "children"),
        (
            "customers",
            {
                "id": (),
                "company_name": ("Harbour Foods",),
                "email": (),
                "phone": (),
                "parent_id": (),
                "has_children": (True,),
            },
            "has_children",
        ),
        # a hotel guest's party
        ("guests", {**_PERSON, "email": (), "kids": (0, 2)}, "kids"),
    ],
)
def test_children_of_a_tree_a_referral_or_a_party(
    table: str, columns: dict[str, tuple[object, ...]], column: str
) -> None:
    types = {
        **_TYPES,
        "lft": "int",
        "rgt": "int",
        "children_count": "int",
        "kids": "int",
        "child_count": "int",
        "children": "text",
    }
    found = explanations(table, columns, types)[column]
    assert "DEMOGRAPHIC" not in found, found


@pytest.mark.parametrize(
    ("table", "columns", "column"),
    [
        # a course's, a service's and a game character's pay
        (
            "courses",
            {"id": (), "name": ("Pottery 101",), "email": ("desk@clay.example",), "wage": ()},
            "wage",
        ),
        (
            "services",
            {"id": (), "name": ("Lawn mowing",), "phone": (), "daily_wage": ()},
            "daily_wage",
        ),
        (
            "characters",
            {"id": (), "name": ("Velmora the Bold",), "email": (), "salary": ()},
            "salary",
        ),
    ],
)
def test_pay_of_a_thing_with_a_name(
    table: str, columns: dict[str, tuple[object, ...]], column: str
) -> None:
    found = explanations(table, columns, {**_TYPES, "daily_wage": "int"})[column]
    assert "FINANCIAL" not in found, found


# -- the cases the rules are for ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("table", "columns"),
    [
        ("tbl_webpage", _BAKERY_PAGE),
        (
            "cms_pages",
            {
                "id": (),
                "slug": ("contact",),
                "title": ("Contact",),
                "contact_email": ("desk@ferry.example",),
                "phone": ("555-0177",),
                "address": ("4 Quay Row",),
            },
        ),
        ("static_pages", {"id": (), "heading": ("Visit us",), "email": (), "phone": ()}),
    ],
)
def test_a_sites_page_holds_its_own_contact_details(
    table: str, columns: dict[str, tuple[object, ...]]
) -> None:
    found = explanations(table, columns, _TYPES)
    for column in columns:
        assert not set(found[column]) & set(_CONTACT), (column, found[column])


@pytest.mark.parametrize("table", ["tbl_webpage", "tblpage", "site_pages"])
def test_a_sites_page_text_is_no_persons(table: str) -> None:
    assert "FREE_TEXT" not in explanations(table, _BAKERY_PAGE, _TYPES)["pagebody"]


@pytest.mark.parametrize(
    ("table", "columns"),
    [
        (
            "newsletter_signups",
            {"id": (), "name": ("Tobias Grell", "Ana Lee"), "email": ("tg@mail.example",)},
        ),
        ("club_subscribe", {"id": (), "name": ("Marek Olsen",), "phone_number": ("555-0101",)}),
        ("workshop_signups", {"id": (), "name": (), "phone": (), "note": ()}),
        # the table's name read as the people signal reads it: no filler word, no year
        (
            "newsletter_signups_2023",
            {"id": (), "name": ("Tobias Grell", "Ana Lee"), "email": ("tg@mail.example",)},
        ),
        ("signup_list", {"id": (), "name": ("Marek Olsen",), "phone_number": ("555-0101",)}),
        ("signups_data", {"id": (), "name": (), "email": (), "note": ()}),
    ],
)
def test_a_sign_up_forms_name_is_a_persons(
    table: str, columns: dict[str, tuple[object, ...]]
) -> None:
    found = explanations(table, columns, _TYPES)["name"]
    assert "sign" in found.get("PERSON_NAME", ""), found


def test_a_sign_up_forms_note_is_the_persons() -> None:
    columns = {
        "id": (),
        "name": ("Marek Olsen",),
        "mobile_no": ("555-0101",),
        "note": ("555-0101",),
    }
    assert "FREE_TEXT" in explanations("choir_subscribe", columns, _TYPES)["note"]


@pytest.mark.parametrize(
    ("table", "columns"),
    [
        (
            "sso_users",
            {"id": (), "uid": ("c4f1-0a93-77be",), "name": ("Ines Marlow",), "email": ()},
        ),
        ("auth_accounts", {"id": (), "uid": ("ines.m", "t.grell"), "email": ("im@mail.example",)}),
    ],
)
def test_a_uid_at_an_authentication_system_is_the_persons_login(
    table: str, columns: dict[str, tuple[object, ...]]
) -> None:
    found = explanations(table, columns, _TYPES)["uid"]
    assert "USERNAME" in found, found


@pytest.mark.parametrize(
    ("table", "column", "values"),
    [
        ("tenants", "has_children", (True, False, True)),
        ("employees", "number_of_children", (0, 2, 3)),
        ("applicants", "num_kids", (1, 0)),
        ("lodgers", "haskids", (True, False)),
    ],
)
def test_whether_a_person_has_children_is_a_demographic(
    table: str, column: str, values: tuple[object, ...]
) -> None:
    columns = {**_PERSON, "birth_date": ("1980-02-03",), column: values}
    found = explanations(table, columns, {**_TYPES, "haskids": "boolean"})[column]
    assert "DEMOGRAPHIC" in found, found


@pytest.mark.parametrize(
    ("table", "columns", "column"),
    [
        (
            "lifeguards",
            {"id": (), "name": ("Ines Marlow", "Tobias Grell"), "phone": (), "salary": ()},
            "salary",
        ),
        ("porters", {"id": (), "full_name": (), "mobile_no": (), "wage": ()}, "wage"),
    ],
)
def test_a_named_reachable_persons_pay_is_financial(
    table: str, columns: dict[str, tuple[object, ...]], column: str
) -> None:
    found = explanations(table, columns, _TYPES)[column]
    assert "FINANCIAL" in found, found


@pytest.mark.parametrize(
    ("table", "column", "values"),
    [
        ("timesheets", "person", ("ines", "tobias", "ana", "marek")),
        ("tasks", "people", ("ines", "tobias", "ana", "marek")),
    ],
)
def test_a_bare_person_of_given_names_names_people(
    table: str, column: str, values: tuple[object, ...]
) -> None:
    found = explanations(table, {"id": (), column: values, "hours": ()}, _TYPES)[column]
    assert {"USERNAME", "PERSON_NAME"} & set(found), found


# -- round 39: a login's id at the identity provider named beside it ------------------------


@pytest.mark.parametrize(
    ("table", "columns", "column"),
    [
        # a storage provider's file id, a push provider's device id, a payment provider's
        ("users", {"id": (), "email": (), "storage_provider": ("s3",), "uid": ("f-19",)},
         "uid"),
        ("devices", {"id": (), "user_id": (), "push_provider": ("fcm",), "device_uid": ("a1",)},
         "device_uid"),
        ("payment_methods", {"id": (), "user_id": (), "provider": ("stripe",),
                             "provider_uid": ("cus_9f2",)}, "provider_uid"),
        # a file's owner at a provider, an account of no person, a system's numeric uid
        ("files", {"id": (), "name": (), "provider": ("dropbox",), "owner_uid": ("771",)},
         "owner_uid"),
        ("accounts", {"id": (), "provider": ("github",), "uid": ("881",), "is_admin": (True,)},
         "uid"),
        ("users", {"id": (), "email": (), "auth_provider": ("ldap",), "auth_uid": (1001,)},
         "auth_uid"),
        # service accounts at a provider
        ("users", {"id": (), "email": (), "auth_provider": ("oidc",),
                   "auth_uid": ("svc-backup", "svc-ci", "ci-bot")}, "auth_uid"),
    ],
)  # fmt: skip
def test_no_login_at_a_provider(
    table: str, columns: dict[str, tuple[object, ...]], column: str
) -> None:
    types = {"auth_uid": "int"} if columns.get("auth_uid") == (1001,) else {}
    found = explanations(table, columns, {**_TYPES, **types})
    assert "USERNAME" not in found[column], found[column]


@pytest.mark.parametrize(
    ("table", "columns", "column"),
    [
        # a site's users who sign in through an outside provider (OmniAuth's provider and uid)
        ("users", {"id": (), "email": (), "display_name": (), "auth_provider": ("openid",),
                   "auth_uid": ("4412", "https://id.example.org/ines")}, "auth_uid"),
        ("members", {"id": (), "first_name": (), "oauth_provider": ("google",),
                     "oauth_uid": ("10773",)}, "oauth_uid"),
    ],
)  # fmt: skip
def test_a_login_at_the_provider_named_beside_it(
    table: str, columns: dict[str, tuple[object, ...]], column: str
) -> None:
    found = explanations(table, columns, _TYPES)
    assert "USERNAME" in found[column], found[column]


# -- round 39, narrowed on review: a firm's, a bank's or a cloud's accounts at a provider -----


@pytest.mark.parametrize(
    ("table", "columns", "column"),
    [
        # a FinOps team's cloud accounts, a platform's merchants, ad accounts, a bank feed's,
        # a cloud's storage accounts, a brand's social pages: a bare provider beside a uid
        ("accounts", {"id": (), "name": ("prod-billing",), "email": ("root@corp.test",),
                      "provider": ("aws", "gcp"), "uid": ("123456789012", "data-lake-4432")},
         "uid"),
        ("accounts", {"id": (), "name": ("Acme Ltd",), "email": ("billing@acme.test",),
                      "provider": ("stripe",), "uid": ("acct_1Nv0FGQ9", "acct_1Mz2KLp0")},
         "uid"),
        ("ad_accounts", {"id": (), "name": ("Acme - Search EU",), "provider": ("meta",),
                         "uid": ("123-456-7890", "act_88120")}, "uid"),
        ("bank_accounts", {"id": (), "name": ("Payroll",), "provider": ("plaid",),
                           "uid": ("acc_8f2k", "acc_19zq")}, "uid"),
        ("storage_accounts", {"id": (), "name": ("stprodeu01",), "provider": ("azure",),
                              "uid": ("/subscriptions/9f1/storage/stprodeu01",)}, "uid"),
        # a brand's social accounts connected over OAuth: a bare name is the firm's
        ("accounts", {"id": (), "name": ("Acme Corp", "Globex"), "oauth_provider": ("twitter",),
                      "uid": ("acmecorp", "globexhq")}, "uid"),
    ],
)  # fmt: skip
def test_no_login_at_a_bare_provider_of_firms(
    table: str, columns: dict[str, tuple[object, ...]], column: str
) -> None:
    found = explanations(table, columns, _TYPES)
    assert "USERNAME" not in found[column], found[column]


@pytest.mark.parametrize(
    ("table", "columns", "column"),
    [
        # an SSO-qualified provider and uid, a uid beside an identity provider
        ("members", {"id": (), "first_name": (), "last_name": (), "sso_provider": ("okta",),
                     "sso_uid": ("tvoss@corp.test", "kbrand")}, "sso_uid"),
        ("users", {"id": (), "email": (), "identity_provider": ("google",),
                   "uid": ("108234987123", "ines.m")}, "uid"),
    ],
)  # fmt: skip
def test_a_login_at_an_identity_provider(
    table: str, columns: dict[str, tuple[object, ...]], column: str
) -> None:
    found = explanations(table, columns, _TYPES)
    assert "USERNAME" in found[column], found[column]
