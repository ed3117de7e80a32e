"""The name signal's rules, in the order :meth:`~classifiers.names.NameSignal.evaluate` runs them.

Each rule reads one :class:`~classifiers.name_view.FieldView` (the field, its words, its table,
its type's kind and the hits so far) and returns more hits: support the name's patterns missed,
or vetoes of what they found. A rule sees the hits of the rules before it, so the order is part
of the rules. It lives in the module of its subject, with the word judgements it asks.

>>> [rule.__name__ for rule in NAME_RULES[:3]]
['accounts_and_cards', 'business_contact', 'owned_contact']
"""

from __future__ import annotations

from . import (
    address_units,
    attachments_and_scans,
    audited_people,
    business_contacts,
    cache_keys,
    cases_and_registers,
    clinicians,
    counselling_notes,
    couples_and_repeats,
    criminal,
    details_and_slots,
    fixtures_and_accounts,
    greetings_and_benches,
    holders_and_records,
    households_and_logins,
    ids_codes_and_places,
    keyed_names_and_numbers,
    leads_and_numbers,
    local_units,
    lookup_numbers,
    mail_servers_and_codes,
    means_and_searches,
    members_and_lookups,
    networks,
    pages_and_signups,
    paroles_and_circumstances,
    prescriptions,
    profiles_and_logs,
    requests_and_permits,
    row_people,
    secrets_and_senders,
    short_names_and_vessels,
    signins_and_audiences,
    staff_and_kin,
    stops_and_licences,
    tagged_people,
    vehicles_and_licences,
    venues,
)
from .name_view import NameRule

#: Every rule of the name signal, in the order it runs them.
NAME_RULES: tuple[NameRule, ...] = (
    fixtures_and_accounts.accounts_and_cards,  # a platform's handle, a card's expiry
    business_contacts.business_contact,  # the contact details of a table of organisations
    business_contacts.owned_contact,  # ``store_phone``: the store's own
    business_contacts.issuer_contact,  # a bill's payee, an organisation's settings
    business_contacts.machine_credentials,  # a server's address and logins
    networks.network_addresses,  # a router's, a VLAN's, an address plan's IP addresses
    networks.routed_blocks,  # a network's routed prefixes
    networks.login_source,  # ``last_login_from``: where a person signed in from
    business_contacts.mass_mail_sender,  # a newsletter's sender, the application's mails
    business_contacts.campaign_contact,  # a campaign's own phone and e-mail
    members_and_lookups.linked_login,  # a login's name at an identity provider
    secrets_and_senders.delivery_address,  # where a person's notifications go
    secrets_and_senders.mailbox_address,  # a bare ``address`` of e-mail addresses
    row_people.people_in_row,  # a person's token, a contact person, an order's recipient
    row_people.row_customer,  # a sale's or a request's bare name and address beside its phone
    vehicles_and_licences.plates_and_licences,  # a vehicle's plate, a licence's number
    households_and_logins.login_secrets_and_senders,  # account secrets, senders, login attempts
    profiles_and_logs.word_forms,  # a word's male and female forms
    members_and_lookups.member_fields,  # a register's fields, vocabularies of sexes
    households_and_logins.factors_and_subjects,  # second factors, OpenID subjects
    cases_and_registers.case_fields,  # a case's account, an identity card, a settings login
    holders_and_records.dates_and_contacts,  # an event's dates, a bare contact's phones
    greetings_and_benches.greetings_and_benches,  # a letter's greeting, a case's judges
    clinicians.clinician_names,  # a doctor's, a nurse's or a guardian's name
    clinicians.practice_regions,  # a clinician's region is the practice's, no one's home
    counselling_notes.counselling_notes,  # a psychosocial session's comments and plans
    couples_and_repeats.wedding_couple,  # a bride's and a groom's names
    short_names_and_vessels.short_names_and_vessels,  # fn, mn, ln; a ship's own name
    criminal.criminal_records,  # a person's convictions, offences, arrests (GDPR Art. 10)
    mail_servers_and_codes.servers_and_codes,  # smtp_password, a settings table's cc
    means_and_searches.means_and_searches,  # a household's income, a search copy of a person
    paroles_and_circumstances.paroles_and_circumstances,  # court words beside parole, is_married
    paroles_and_circumstances.marital_states,  # a ``status`` holding Married, Janda
    staff_and_kin.staff_and_kin,  # teller_name, beneficiary_2, patname
    tagged_people.tagged_people,  # ``fa_name`` beside ``mo_name``: people marked by a tag
    pages_and_signups.pages_and_signups,  # a site's page's contacts, a sign-up's name, an auth uid
    signins_and_audiences.signins_and_audiences,  # google_id, a signature, who a class is for
    stops_and_licences.stops_and_licences,  # an account's uid, a role's licence, a bus stop
    requests_and_permits.requests_and_permits,  # a request's text and files, a held permit
    attachments_and_scans.identity_scans,  # ``passport_scan``: an identity document's copy
    details_and_slots.pages_and_address_parts,  # glued prefixes, pages, handles, address parts
    address_units.address_units,  # ``floor``, ``flatnumber``, ``cp`` beside a street line
    address_units.pin_code,  # ``perm_pin`` beside ``perm_addr``: India's postal code
    local_units.local_units,  # ``permanent_village``, ``upazila``: units below a district
    address_units.building_name,  # ``house_name``, ``soc_name`` beside a street line
    cache_keys.cache_keys,  # ``cache.key`` holding ``ann@example.org|203.0.113.9``
    prescriptions.eye_prescriptions,  # ``r_sph``, ``l_cyl``, ``pd``: a spectacle prescription
    leads_and_numbers.leads_and_numbers,  # bcustomer_name, a number, numero_documento, latitudes
    keyed_names_and_numbers.role_beside_key,  # ``case_manager`` beside ``case_manager_id``
    keyed_names_and_numbers.numbered_by_table,  # ``phones.number`` keyed to a person
    keyed_names_and_numbers.account_holder,  # ``bank_accounts.account_name`` keyed to a person
    keyed_names_and_numbers.person_file_content,  # a file's base64 keyed to a client
    audited_people.audited_people,  # an audit of a customer's calls: the request, the old record
    ids_codes_and_places.user_id_login,  # a text ``user_id`` or ``donor_id`` holding logins
    ids_codes_and_places.person_location,  # a person's ``location`` written in words
    business_contacts.role_mailbox,  # help@, info@ outside a table of people
    business_contacts.mail_text,  # a mail's or a page's text, no address
    ids_codes_and_places.code_no_phone,  # ``country_code``: no phone number
    ids_codes_and_places.nobodys_region,  # a state in a table of addresses with no person
    venues.gathering_places,  # an event's address lines and coordinates: its venue's
    ids_codes_and_places.workflow_region,  # a ``state`` holding draft, sent, paid
    ids_codes_and_places.no_web_page,  # a ``website`` holding no web address
    lookup_numbers.lookup_numbers,  # a phone's name over short integers: a lookup's key
)
