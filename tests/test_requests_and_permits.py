"""Rules on made-up tables of many domains: what a person's request, permit or sign-in link
keeps of them, the official who dealt with it, a clinician's practice's region, a person's
conditions and aids and a record of their health kept in a table of its own, an animal's sex
and age beside the column naming it, a national number beside a birth date, people named by a
pastime or a status, and glossary words; then look-alikes that must stay as they were."""

from __future__ import annotations

import pytest

from .table_verdicts import described_tests, found, leaked_values

_ROWS = 12
_IDS = tuple(range(1, _ROWS + 1))
_NAMES = ("Orla Fenwick", "Piet Hanssen", "Maren Dusk", "Idris Vale") * 3
_FIRST = ("Orla", "Piet", "Maren", "Idris") * 3
_LAST = ("Fenwick", "Hanssen", "Dusk", "Vale") * 3
_EMPTY: tuple[object, ...] = ()
Columns = dict[str, tuple[object, ...]]


# -- a person's conditions and aids, a health record of its own --------------------------------

_CARE_PLANS = {
    "plan_id": _IDS,
    "resident_id": _IDS,
    "patient_conditions": _EMPTY,
    "walking_aid": _EMPTY,
    "review_date": _EMPTY,
}
_TRANSPORT_BOOKINGS = {
    "booking_id": _IDS,
    "first_name": _FIRST,
    "last_name": _LAST,
    "date_of_birth": tuple(f"19{50 + i}-03-0{1 + i % 9}" for i in _IDS),
    "assistive_devices": _EMPTY,
}
_HEALTH_PROFILE = {
    "id": _IDS,
    "patient_condition": _EMPTY,
    "remarks": _EMPTY,
    "updated_at": _EMPTY,
}
_DRUG_CATALOGUE = {
    "id": _IDS,
    "name": ("Amoxil", "Ventolin", "Zyrtec") * 4,
    "dosage_form": ("tablet", "inhaler", "syrup") * 4,
    "remarks": _EMPTY,
}
_HERD_RECORDS = {"id": _IDS, "cow_id": _IDS, "remarks": _EMPTY, "patient_condition": _EMPTY}
_ASSESSMENTS = {"assessment_id": _IDS, "person_id": _IDS, "disability_percentage": _IDS}
_TARIFFS = {"tariff_id": _IDS, "disability_rate": _IDS, "valid_from": _EMPTY}

# -- an animal's sex and age beside the column naming it -----------------------------------

_CATCH_LOG = {
    "catch_id": _IDS,
    "ranger_id": _IDS,
    "species": ("pike", "perch", "zander") * 4,
    "sex": ("F", "M", "F") * 4,
    "age_class": ("adult", "juvenile") * 6,
}
_VET_VISITS = {
    "visit_id": _IDS,
    "owner_id": _IDS,
    "animal_type": ("dog", "cat") * 6,
    "gender": ("male", "female") * 6,
}
_SURVEY = {
    "response_id": _IDS,
    "respondent_id": _IDS,
    "gender": ("female", "male") * 6,
    "favourite_animal": ("otter", "fox", "owl") * 4,
}
_KEEPERS = {
    "keeper_id": _IDS,
    "first_name": _FIRST,
    "last_name": _LAST,
    "species": ("lynx", "bison") * 6,
    "gender": ("female", "male") * 6,
}
# Finnish: a birdwatching club's sightings and its members
_HAVAINNOT = {
    "havainto_id": _IDS,
    "jasen_id": _IDS,
    "elaimen_laji": ("kuikka", "kurki") * 6,
    "sukupuoli": ("koiras", "naaras") * 6,
    "koti_koordinaatti": tuple(f"62.{10 + i},25.{40 + i}" for i in _IDS),
}
_ASIAKKAAT = {
    "asiakas_id": _IDS,
    "etunimi": _FIRST,
    "sukunimi": _LAST,
    "jakeluosoite": tuple(f"Koivutie {i}" for i in _IDS),
    "postinumero": tuple(f"40{100 + i}" for i in _IDS),
    "tila": ("aktiivinen", "passiivinen") * 6,
}

# -- a national number beside a birth date; people named by a pastime or a status ----------

_SCREENINGS = {
    "screening_id": _IDS,
    "ssn": tuple(f"90{i:02d}-55-01{i:02d}" for i in _IDS),
    "name": _NAMES,
    "birth_date": tuple(f"19{60 + i}-05-1{i % 9}" for i in _IDS),
    "test_kind": ("mammogram", "colonoscopy") * 6,
}
_GUARANTEES = {
    "guarantee_id": _IDS,
    "guarantor_ssn": tuple(f"90{i:02d}-55-01{i:02d}" for i in _IDS),
    "name": ("Standard", "Extended") * 6,
    "signed_date": tuple(f"2023-02-{10 + i}" for i in _IDS),
}
_REFEREES = {
    "referee_id": _IDS,
    "name": _NAMES,
    "birth_place": ("Leeds", "Hull", "York") * 4,
}
_PENSIONERS = {"id": _IDS, "name": _NAMES, "city": ("Ghent", "Mons", "Liege") * 4}

# -- the glossaries' new words --------------------------------------------------------------

_TBLSISWA = {
    "id_siswa": _IDS,
    "nama": _NAMES,
    "jk": ("L", "P") * 6,
    "tgl_lahir": tuple(f"20{10 + i % 5}-01-0{1 + i % 9}" for i in _IDS),
    "alamat": tuple(f"Jl. Melati {i}" for i in _IDS),
}
_MASTERKLINIK = {
    "id_klinik": _IDS,
    "nama_klinik": ("Sukamaju", "Cibeureum") * 6,
    "alamat": tuple(f"Jl. Raya {i}" for i in _IDS),
    "lat": tuple(f"-6.{900 + i}" for i in _IDS),
    "lng": tuple(f"107.{600 + i}" for i in _IDS),
}
_KARTLAR = {
    "kart_id": _IDS,
    "kisi_id": _IDS,
    "kart_sahibi": _NAMES,
    "son_kullanma": _EMPTY,
}
# Hungarian: a hunting association's register of its hunters' licences
_VADASZJEGYEK = {
    "id": _IDS,
    "vadasz_id": _IDS,
    "vadaszjegy_szam": tuple(f"V{700100 + i}" for i in _IDS),
    "ervenyes": _EMPTY,
}

# -- a person's request: what was written, the files handed in -------------------------------

_CLAIMS = {
    "claim_id": _IDS,
    "claimant_id": _IDS,
    "incident_statement": _EMPTY,
    "adjuster_note": _EMPTY,
    "status": ("open", "closed") * 6,
}
_DEVELOPER_APPS = {
    "application_id": _IDS,
    "user_id": _IDS,
    "description": ("Weather widget for the home screen", "Chess clock") * 6,
    "release_notes": _EMPTY,
}
_STORE_APPS = {
    "application_id": _IDS,
    "developer_id": _IDS,
    "documents_url": tuple(f"https://apps.example.com/{i}/docs" for i in _IDS),
}
_HANDLED_COMPLAINTS = {
    "complaint_id": _IDS,
    "owner": ("caseworker-a", "caseworker-b") * 6,
    "description": _EMPTY,
}
_SHELTER_HEALTH = {
    "recordid": _IDS,
    "animalid": _IDS,
    "allergyinfo": _EMPTY,
    "notes": _EMPTY,
}
_IT_TENANTS = {
    "tenant_id": _IDS,
    "first_name": _FIRST,
    "msp_id": tuple(f"MSP-{i}" for i in _IDS),
}
# Turkish: a citizens' petitions to a town hall
_DILEKCELER = {
    "id": _IDS,
    "vatandas_id": _IDS,
    "konu_metni": _EMPTY,
    "tarih": _EMPTY,
}
_CAREGIVERS = {
    "caregiver_id": _IDS,
    "first_name": _FIRST,
    "last_name": _LAST,
    "certificate_path": tuple(f"certs/{i}/first-aid.pdf" for i in _IDS),
}
_LOAN_APPLICATIONS = {
    "loan_application_id": _IDS,
    "amount": _IDS,
    "proof_document_s3_key": _EMPTY,
}
_CLAIM_ATTACHMENTS = {
    "attachment_id": _IDS,
    "claim_id": _IDS,
    "file_url": _EMPTY,
    "uploaded_at": _EMPTY,
}
_DILEKCE_BELGELERI = {
    "id": _IDS,
    "dilekce_id": _IDS,
    "dosya_url": _EMPTY,
    "yuklenme_tarihi": _EMPTY,
}
_MANUALS = {
    "product_id": _IDS,
    "title": ("Kettle", "Toaster") * 6,
    "manual_document_url": tuple(f"https://cdn.example.com/m/{i}.pdf" for i in _IDS),
}
_VOLUNTEER_FORMS = {
    "volunteer_id": _IDS,
    "first_name": _FIRST,
    "last_name": _LAST,
    "consent_form_url": ("https://forms.example.org/consent-blank.pdf",) * _ROWS,
}

# -- a sign-in link's address; an official who dealt with a case -----------------------------

_VERIFICATION_TOKEN = {
    "identifier": tuple(f"walker{i}@example.net" for i in _IDS),
    "token": tuple(f"tok{i:04d}" for i in _IDS),
    "expires": _EMPTY,
}
_PHONE_VERIFICATIONS = {
    "identifier": tuple(f"+4420795{i:05d}" for i in _IDS),
    "token": tuple(f"{100000 + i}" for i in _IDS),
}
_API_KEYS = {"identifier": ("ci-bot", "backup-job") * 6, "token": tuple(f"k{i}" for i in _IDS)}
_INCIDENTS = {
    "incident_id": _IDS,
    "occurred_at": _EMPTY,
    "reporting_police_officer_name": _EMPTY,
    "summary": _EMPTY,
}
_HOME_VISITS = {
    "visit_id": _IDS,
    "household_id": _IDS,
    "assigned_social_worker_name": _NAMES,
}
_DUTY_ROSTER = {
    "roster_id": _IDS,
    "patrol_officer_name": ("Night shift", "Day shift") * 6,
}

# -- a held licence's number -----------------------------------------------------------------

_DIVING_PERMITS = {
    "permit_id": _IDS,
    "diver_id": _IDS,
    "licence_no": tuple(f"R{410200 + i}" for i in _IDS),
    "season": ("2024",) * _ROWS,
}
_SOFTWARE_LICENCES = {
    "license_id": _IDS,
    "customer_id": _IDS,
    "license_number": tuple(f"LIC-{9000 + i}" for i in _IDS),
    "product_id": _IDS,
}
_MEMBER_LICENCES = {
    "licence_id": _IDS,
    "member_id": _IDS,
    "licence_no": tuple(f"M{5000 + i}" for i in _IDS),
}
_KIND_LICENCES = {
    "permit_id": _IDS,
    "hunter_id": _IDS,
    "permit_number": ("SEASONAL", "DAY") * 6,
}

# -- a clinician's practice's region -------------------------------------------------------

_DOCTORS = {
    "doctor_id": _IDS,
    "first_name": _FIRST,
    "last_name": _LAST,
    "office_city": ("Halifax", "Moncton") * 6,
    "state": ("NS", "NB") * 6,
}
_REFERRALS = {
    "referral_id": _IDS,
    "patient_first_name": _FIRST,
    "patient_last_name": _LAST,
    "surgeon_region": ("ON", "QC") * 6,
}
_STAFF_DOCTORS = {
    "doctor_id": _IDS,
    "first_name": _FIRST,
    "last_name": _LAST,
    "home_address": tuple(f"{i} Birch Lane" for i in _IDS),
    "province": ("NS", "NB") * 6,
}
_PATIENTS = {
    "patient_id": _IDS,
    "first_name": _FIRST,
    "last_name": _LAST,
    "province": ("ON", "QC") * 6,
    "ohip_number": _EMPTY,
}


# -- look-alikes a review found (made-up tables and values) ---------------------------------

_OAUTH_APPS = {
    "id": _IDS,
    "client_id": tuple(f"cid_{i}q" for i in _IDS),
    "name": ("Wiki SSO", "Build bot", "Chat relay") * 4,
    "description": ("Sign-on for the wiki", "Runs nightly builds", "Relays pager alerts") * 4,
    "redirect_uri": tuple(f"https://svc{i}.example.org/callback" for i in _IDS),
}
_IT_PORTFOLIO = {
    "application_id": _IDS,
    "client_id": _IDS,
    "app_name": ("Ledger", "Rota", "Stock") * 4,
    "vendor_name": ("Umbra Ltd", "Kestrel plc", "Norrland AB") * 4,
    "license_document_url": tuple(f"https://files.example.org/eula/{i}.pdf" for i in _IDS),
    "architecture_notes": ("Two VMs behind a proxy", "Event driven", "Batch nightly") * 4,
}
_APP_SCREENSHOTS = {
    "attachment_id": _IDS,
    "application_id": _IDS,
    "file_url": tuple(f"https://static.example.org/shots/{i}.png" for i in _IDS),
    "mime_type": ("image/png", "image/webp") * 6,
}
_APP_MANIFESTS = {
    "id": _IDS,
    "application_id": _IDS,
    "file_path": tuple(f"/opt/pkgs/{i}/manifest.json" for i in _IDS),
}
_PHONES = {
    "device_id": _IDS,
    "user_id": _IDS,
    "model": ("Fairphone 5", "Nokia X30") * 6,
    "battery_health_percentage": (97, 88, 91) * 4,
}
_GAME_PLAYERS = {
    "player_id": _IDS,
    "username": tuple(f"raider{i}" for i in _IDS),
    "health_percentage": (100, 60, 35) * 4,
    "armor_grade": (1, 2, 3) * 4,
}
_STAFF_KIT = {
    "employee_id": _IDS,
    "first_name": _FIRST,
    "last_name": _LAST,
    "mobility_device": ("Moto G", "Pixel 7", "Latitude 5440") * 4,
}
_DISPATCH = {
    "unit_id": _IDS,
    "duty_officer_name": ("Red Team", "Blue Team", "Green Team") * 4,
    "zone": ("east", "west") * 6,
}
_STATUS_CHECKS = {
    "id": _IDS,
    "check_name": ("cache-ping", "queue-depth") * 6,
    "outcome": ("ok", "warn") * 6,
    "latency_ms": (9, 410) * 6,
    "notes": ("restarted worker", "disk nearly full") * 6,
}
_BUILDING_RECORDS = {
    "id": _IDS,
    "building_id": _IDS,
    "inspection_date": tuple(f"2023-0{1 + i % 9}-11" for i in _IDS),
    "notes": ("damp in cellar", "air flow fine") * 6,
}
_ORCHARD = {
    "id": _IDS,
    "orchard_block": ("N2", "S7", "E1") * 4,
    "chronic_condition": ("canker", "mildew") * 6,
    "remarks": ("graft", "burn prunings") * 6,
}
_SUPPLIES = {
    "id": _IDS,
    "sku": tuple(f"SUP{i}" for i in _IDS),
    "description": ("cotton swabs 200", "saline 500ml") * 6,
    "remarks": ("single use", "carton of 12") * 6,
}
_AGENT_LICENCES = {
    "license_id": _IDS,
    "agent_id": _IDS,
    "license_no": tuple(f"MON-{i}-{i * 3}" for i in _IDS),
}
_REPO_CHECKS = {
    "identifier": tuple(f"git@git.example.org:infra/tool{i}.git" for i in _IDS),
    "token": tuple(f"rv{i}xq" for i in _IDS),
    "expires": _EMPTY,
}
_SHOP_CUSTOMERS = {
    "customer_id": _IDS,
    "username": tuple(f"buyer{i}" for i in _IDS),
    "pet_breed": ("whippet", "ragdoll", "corgi") * 4,
    "gender": ("female", "male") * 6,
    "age_group": ("25-34", "45-54") * 6,
}
_KENNEL_MEMBERS = {
    "member_id": _IDS,
    "dog_name": ("Nell", "Biscuit", "Otto") * 4,
    "gender": ("F", "M") * 6,
    "age_group": ("18-24", "65+") * 6,
    "city": ("Derby", "Bath") * 6,
}
# German, Turkish, Finnish: a practice's patients and their state of health
_PATIENTEN = {
    "patient_id": _IDS,
    "vorname": ("Hanna", "Karl", "Vera") * 4,
    "nachname": ("Lang", "Kurz", "Klein") * 4,
    "gesundheitszustand": _EMPTY,
}
_HASTALAR = {
    "hasta_id": _IDS,
    "ad": ("Ayse", "Mehmet", "Ela") * 4,
    "soyad": ("Kaya", "Demir", "Sahin") * 4,
    "saglik_durumu": _EMPTY,
}
_POTILAAT = {
    "potilas_id": _IDS,
    "etunimi": ("Aino", "Eero", "Liisa") * 4,
    "sukunimi": ("Virtanen", "Korhonen", "Makinen") * 4,
    "terveydentila": _EMPTY,
}
# Czech: a clinic's patients and their state of health
_PACIENTI = {
    "id_pacienta": _IDS,
    "jmeno": ("Hana", "Karel", "Vera") * 4,
    "prijmeni": ("Dvorakova", "Kral", "Mala") * 4,
    "zdravotni_stav": ("astma", "migrena", "cukrovka") * 4,
}

POSITIVES = [
    ("a care home's patient conditions", "care_plans", _CARE_PLANS, "patient_conditions", None,
     "HEALTH"),
    ("a care home's walking aid", "care_plans", _CARE_PLANS, "walking_aid", None, "HEALTH"),
    ("a transport booking's assistive devices", "transport_bookings", _TRANSPORT_BOOKINGS,
     "assistive_devices", None, "HEALTH"),
    ("a health profile's condition, no key in its table", "health_profile", _HEALTH_PROFILE,
     "patient_condition", None, "HEALTH"),
    ("a health profile's remarks", "health_profile", _HEALTH_PROFILE, "remarks", None,
     "HEALTH"),
    ("a disability assessment's percentage, a number", "disability_assessments", _ASSESSMENTS,
     "disability_percentage", {"disability_percentage": "integer"}, "HEALTH"),
    ("a screening's name beside a national number and a birth date", "screenings",
     _SCREENINGS, "name", None, "PERSON_NAME"),
    ("a referee's name", "referees", _REFEREES, "name", None, "PERSON_NAME"),
    ("a referee's birth place", "referees", _REFEREES, "birth_place", None, "DEMOGRAPHIC"),
    ("a pensioner's name", "pensioners", _PENSIONERS, "name", None, "PERSON_NAME"),
    ("Finnish: a birdwatcher's home point", "havainnot", _HAVAINNOT, "koti_koordinaatti",
     None, "GEOLOCATION"),
    ("Finnish: a customer's mailing address", "asiakkaat", _ASIAKKAAT, "jakeluosoite", None,
     "STREET_ADDRESS"),
    ("Indonesian: a pupil's sex as jk in a glued tbl table", "tblsiswa", _TBLSISWA, "jk", None,
     "GENDER"),
    ("Indonesian: a pupil's name in a glued tbl table", "tblsiswa", _TBLSISWA, "nama", None,
     "PERSON_NAME"),
    ("Turkish: a card's owner", "kartlar", _KARTLAR, "kart_sahibi", None, "PERSON_NAME"),
    ("Hungarian: a hunter's licence number in a table of licences", "vadaszjegyek",
     _VADASZJEGYEK, "vadaszjegy_szam", None, "OTHER_PERSONAL_DATA"),
    ("an insurance claim's statement", "claims", _CLAIMS, "incident_statement", None,
     "FREE_TEXT"),
    ("an insurance claim's adjuster note", "claims", _CLAIMS, "adjuster_note", None,
     "FREE_TEXT"),
    ("Turkish: a petition's text", "dilekceler", _DILEKCELER, "konu_metni", None,
     "FREE_TEXT"),
    ("a caregiver's certificate file", "caregivers", _CAREGIVERS, "certificate_path", None,
     "OTHER_PERSONAL_DATA"),
    ("a loan application's proof document in object storage", "loan_applications",
     _LOAN_APPLICATIONS, "proof_document_s3_key", None, "OTHER_PERSONAL_DATA"),
    ("a claim's attachment's file", "claim_attachments", _CLAIM_ATTACHMENTS, "file_url", None,
     "OTHER_PERSONAL_DATA"),
    ("Turkish: a petition's document's file", "dilekce_belgeleri", _DILEKCE_BELGELERI,
     "dosya_url", None, "OTHER_PERSONAL_DATA"),
    ("a sign-in link's address", "verification_token", _VERIFICATION_TOKEN, "identifier", None,
     "EMAIL_ADDRESS"),
    ("an incident's reporting police officer, empty", "incidents", _INCIDENTS,
     "reporting_police_officer_name", None, "PERSON_NAME"),
    ("a home visit's social worker", "home_visits", _HOME_VISITS,
     "assigned_social_worker_name", None, "PERSON_NAME"),
    ("a diver's licence in a table of permits", "diving_permits", _DIVING_PERMITS,
     "licence_no", None, "OTHER_PERSONAL_DATA"),
    ("a patient's provincial health plan number", "patients", _PATIENTS, "ohip_number", None,
     "INSURANCE_ID"),
]  # fmt: skip


NEGATIVES = [
    ("a drug catalogue's remarks", "medication_information", _DRUG_CATALOGUE, "remarks",
     None, "HEALTH"),
    ("a herd's health records", "health_records", _HERD_RECORDS, "remarks", None, "HEALTH"),
    ("a tariff's disability rate", "tariffs", _TARIFFS, "disability_rate",
     {"disability_rate": "integer"}, "HEALTH"),
    ("a catch's sex", "catch_log", _CATCH_LOG, "sex", None, "GENDER"),
    ("a catch's age class", "catch_log", _CATCH_LOG, "age_class", None, "DEMOGRAPHIC"),
    ("a vet visit's animal's gender", "vet_visits", _VET_VISITS, "gender", None, "GENDER"),
    ("Finnish: a sighting's animal's sex", "havainnot", _HAVAINNOT, "sukupuoli", None,
     "GENDER"),
    ("Finnish: a customer's status, no region", "asiakkaat", _ASIAKKAAT, "tila", None,
     "REGION"),
    ("a guarantee's plan name beside a guarantor's number", "guarantees", _GUARANTEES, "name",
     None, "PERSON_NAME"),
    ("Indonesian: a clinic's latitude", "masterklinik", _MASTERKLINIK, "lat", None,
     "GEOLOCATION"),
    ("Indonesian: a clinic's longitude", "masterklinik", _MASTERKLINIK, "lng", None,
     "GEOLOCATION"),
    ("a developer's app's description", "applications", _DEVELOPER_APPS, "description", None,
     "FREE_TEXT"),
    ("a developer's app's release notes", "applications", _DEVELOPER_APPS, "release_notes",
     None, "FREE_TEXT"),
    ("an app store's app's documentation", "applications", _STORE_APPS, "documents_url", None,
     "OTHER_PERSONAL_DATA"),
    ("a complaint's description keyed to no complainant", "complaints", _HANDLED_COMPLAINTS,
     "description", None, "FREE_TEXT"),
    ("an animal shelter's health record", "healthrecord", _SHELTER_HEALTH, "allergyinfo", None,
     "HEALTH"),
    ("an animal shelter's health notes", "healthrecord", _SHELTER_HEALTH, "notes", None,
     "HEALTH"),
    ("an IT provider's id", "tenants", _IT_TENANTS, "msp_id", None, "INSURANCE_ID"),
    ("a product's manual", "manuals", _MANUALS, "manual_document_url", None,
     "OTHER_PERSONAL_DATA"),
    ("a volunteer's blank consent form, one for all", "volunteers", _VOLUNTEER_FORMS,
     "consent_form_url", None, "OTHER_PERSONAL_DATA"),
    ("a phone verification's number is no e-mail", "phone_verifications",
     _PHONE_VERIFICATIONS, "identifier", None, "EMAIL_ADDRESS"),
    ("an API key's identifier", "api_keys", _API_KEYS, "identifier", None, "EMAIL_ADDRESS"),
    ("a duty roster's shift", "duty_roster", _DUTY_ROSTER, "patrol_officer_name", None,
     "PERSON_NAME"),
    ("a software licence beside a product", "licenses", _SOFTWARE_LICENCES, "license_number",
     None, "OTHER_PERSONAL_DATA"),
    ("a member's bought licence", "licences", _MEMBER_LICENCES, "licence_no", None,
     "OTHER_PERSONAL_DATA"),
    ("a permit's kind", "permits", _KIND_LICENCES, "permit_number", None,
     "OTHER_PERSONAL_DATA"),
    ("a doctor's practice's state", "doctors", _DOCTORS, "state", None, "REGION"),
    ("a referral's surgeon's region", "referrals", _REFERRALS, "surgeon_region", None,
     "REGION"),
    ("an OAuth client's description", "oauth_applications", _OAUTH_APPS, "description", None,
     "FREE_TEXT"),
    ("an IT portfolio's application's notes", "applications", _IT_PORTFOLIO,
     "architecture_notes", None, "FREE_TEXT"),
    ("an app's screenshot", "application_attachments", _APP_SCREENSHOTS, "file_url", None,
     "OTHER_PERSONAL_DATA"),
    ("an app's manifest", "application_forms", _APP_MANIFESTS, "file_path", None,
     "OTHER_PERSONAL_DATA"),
    ("a phone's battery health", "devices", _PHONES, "battery_health_percentage",
     {"battery_health_percentage": "integer"}, "HEALTH"),
    ("a game's hit points", "game_players", _GAME_PLAYERS, "health_percentage",
     {"health_percentage": "integer"}, "HEALTH"),
    ("an employee's company phone", "employees", _STAFF_KIT, "mobility_device", None,
     "HEALTH"),
    ("a dispatch unit's team label", "dispatch_units", _DISPATCH, "duty_officer_name", None,
     "PERSON_NAME"),
    ("a status page's check outcome", "health_history", _STATUS_CHECKS, "outcome", None,
     "HEALTH"),
    ("a status page's check notes", "health_history", _STATUS_CHECKS, "notes", None, "HEALTH"),
    ("a building's health record", "health_records", _BUILDING_RECORDS, "notes", None,
     "HEALTH"),
    ("an orchard's block", "health_profiles", _ORCHARD, "orchard_block", None, "HEALTH"),
    ("an orchard's blight", "health_profiles", _ORCHARD, "chronic_condition", None, "HEALTH"),
    ("an orchard's remarks", "health_profiles", _ORCHARD, "remarks", None, "HEALTH"),
    ("a supplies catalogue's description", "medical_details", _SUPPLIES, "description", None,
     "HEALTH"),
    ("a supplies catalogue's remarks", "medical_details", _SUPPLIES, "remarks", None,
     "HEALTH"),
    ("a monitoring agent's licence", "plugin_licenses", _AGENT_LICENCES, "license_no", None,
     "OTHER_PERSONAL_DATA"),
    ("a repository's SSH remote is no e-mail", "repo_verifications", _REPO_CHECKS,
     "identifier", None, "EMAIL_ADDRESS"),
]  # fmt: skip


test_flagged, test_not_flagged = described_tests(POSITIVES, NEGATIVES)


KEPT = [
    ("a survey respondent's gender beside a favourite animal", "survey", _SURVEY, "gender",
     "GENDER"),
    ("a keeper's gender beside the species they keep", "keepers", _KEEPERS, "gender",
     "GENDER"),
    ("a doctor's province beside a home address", "doctors", _STAFF_DOCTORS, "province",
     "REGION"),
    ("a patient's province", "patients", _PATIENTS, "province", "REGION"),
    ("a shop customer's gender beside a pet's breed", "customers", _SHOP_CUSTOMERS, "gender",
     "GENDER"),
    ("a shop customer's age group beside a pet's breed", "customers", _SHOP_CUSTOMERS,
     "age_group", "DEMOGRAPHIC"),
    ("a kennel club member's gender beside the dog's name", "members", _KENNEL_MEMBERS,
     "gender", "GENDER"),
    ("a kennel club member's age group", "members", _KENNEL_MEMBERS, "age_group",
     "DEMOGRAPHIC"),
    ("Czech: a patient's state of health", "pacienti", _PACIENTI, "zdravotni_stav", "HEALTH"),
    ("German: a patient's state of health", "patienten", _PATIENTEN, "gesundheitszustand",
     "HEALTH"),
    ("Turkish: a patient's state of health", "hastalar", _HASTALAR, "saglik_durumu", "HEALTH"),
    ("Finnish: a patient's state of health", "potilaat", _POTILAAT, "terveydentila", "HEALTH"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("table", "columns", "column", "entity"),
    [case[1:] for case in KEPT],
    ids=[case[0] for case in KEPT],
)
def test_kept(table: str, columns: Columns, column: str, entity: str) -> None:
    assert entity in found(table, columns, column)


def test_explanations_name_no_sampled_value() -> None:
    tables = [
        ("diving_permits", _DIVING_PERMITS),
        ("verification_token", _VERIFICATION_TOKEN),
        ("home_visits", _HOME_VISITS),
        ("caregivers", _CAREGIVERS),
    ]
    assert leaked_values(tables, 3) == []
