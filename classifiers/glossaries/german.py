"""German, as schemas in Germany, Austria and Switzerland name people, their records and the
things around them (``Geburtsdatum``, ``Kundennummer``, ``PLZ``). Umlauts are written folded
(``schuler``); ``ae``, ``oe`` and ``ue`` for them are read too (``Schueler``)."""

from __future__ import annotations

from .base import Glossary

GERMAN = Glossary(
    "German",
    linkers="von vom der des",
    head_first=False,
    joints=("s", "n", "en", "e", "es"),
    plurals=(("innen", "in"), ("en", ""), ("n", ""), ("er", ""), ("e", ""), ("s", "")),
    roles="""
    # people named by their role or trade: a table so named holds people (added for issue
    # 15's second pass)
    detektiv, detektivin, ermittler, ermittlerin = detective
    fechter, fechterin = fencer
    veranstalter, veranstalterin, organisator, organisatorin = organiser
    schiedsrichter, schiedsrichterin = referee
    betreuer, betreuerin, pflegekraft, pflegeperson = caregiver
    trainer, trainerin = trainer
    ausbilder, ausbilderin = instructor
    mechaniker, mechanikerin = mechanic
    anwalt, anwaltin, rechtsanwalt, rechtsanwaltin = lawyer
    notar, notarin = notary
    richter, richterin = judge
    kellner, kellnerin = waiter
    friseur, friseurin, friseuse = hairdresser
    psychologe, psychologin = psychologist
    zahnarzt, zahnarztin = dentist
    therapeut, therapeutin, physiotherapeut, physiotherapeutin = therapist
    krankenschwester, pflegefachkraft = nurse
    passagier, passagierin, fahrgast = passenger
    reisende, reisender = traveller
    tourist, touristin = tourist
    rentner, rentnerin = pensioner
    praktikant, praktikantin = intern
    auszubildende, auszubildender, azubi, lehrling = apprentice
    miteigentumer, miteigentumerin = coowner
    einwohner, einwohnerin = resident
    schuldner, schuldnerin = debtor
    kurier, kurierin = courier
    hausmeister, hausmeisterin = caretaker
    koordinator, koordinatorin = coordinator
    direktor, direktorin = director
    geschaftsfuhrer, geschaftsfuhrerin = manager
    sekretar, sekretarin = secretary
    kassierer, kassiererin, kassenwart = treasurer
    vorsitzende, vorsitzender = chair
    autor, autorin = author
    kunstler, kunstlerin = artist
    fotograf, fotografin = photographer
    landwirt, landwirtin = farmer
    pilot, pilotin = pilot
    """,
    words="""
    # people, and the tables named for them
    person = person
    kunde, kundin = customer
    benutzer, nutzer, anwender = user
    patient, patientin = patient
    schuler, schulerin, studierende, student, studentin = student
    mitarbeiter, mitarbeiterin, angestellte, angestellter, arbeitnehmer, beschaftigte = employee
    personal = staff
    mitglied = member
    teilnehmer, teilnehmerin = participant
    ansprechpartner, ansprechpartnerin, kontaktperson = contact person
    kontakt = contact
    lieferant = supplier
    lehrer, lehrerin = teacher
    arzt, arztin = doctor
    pfleger, pflegerin = nurse
    mieter, mieterin = tenant
    vermieter = landlord
    eigentumer, besitzer = owner
    inhaber, inhaberin = holder
    empfanger = recipient
    absender = sender
    bewerber, bewerberin = applicant
    kandidat = candidate
    spender = donor
    besucher = visitor
    fahrer, fahrerin = driver
    verkaufer = seller
    kaufer = buyer
    vertreter = representative
    vormund, erziehungsberechtigter, erziehungsberechtigte = guardian
    vater = father
    mutter = mother
    eltern = parents
    ehepartner, ehegatte, ehefrau, ehemann, lebenspartner = spouse
    kind, sohn, tochter = child
    geschwister = sibling
    angehorige, angehoriger = relative
    burger = citizen
    wahler = voter
    spieler, spielerin = player
    sportler = athlete
    interessent = prospect
    gast = guest
    bewohner = resident
    versicherte, versicherter = policyholder
    # a person's name
    vorname, rufname = first name
    nachname, zuname = last name
    familienname = family name
    geburtsname = birth name
    madchenname = maiden name
    spitzname = nickname
    vollstandiger name = full name
    anrede = salutation
    titel = title
    benutzername, anmeldename = username
    # birth and who a person is
    geburt = birth
    geburtstag = birthday
    geburtsort = birth place
    geburtsland = birth country
    alter = age
    geschlecht = gender
    staatsangehorigkeit, nationalitat = nationality
    staatsburgerschaft = citizenship
    familienstand = marital status
    konfession, religionszugehorigkeit = religion
    ethnie = ethnicity
    ethnische herkunft = ethnic origin
    herkunft = origin
    sprache, muttersprache = language
    bildung, schulabschluss, bildungsabschluss = education
    beruf, tatigkeit = occupation
    # an address
    adresse, anschrift = address
    strasse, str = street
    hausnummer, hausnr = house number
    nummer, nr = number
    plz, postleitzahl = postcode
    ort, wohnort, stadt = city
    gemeinde = municipality
    ortsteil, stadtteil = suburb
    bezirk = district
    landkreis, kreis = county
    bundesland = state
    kanton = canton
    land, staat = country
    etage, stockwerk = floor
    wohnung = flat
    adresszusatz, zusatz = complement
    postfach = po box
    standort = location
    breitengrad = latitude
    langengrad = longitude
    # reaching a person
    telefon, tel, fon = phone
    mobil, handy, mobiltelefon = mobile
    festnetz = landline
    telefon privat = home phone
    telefon geschaftlich, telefon dienstlich = work phone
    email privat = personal email
    email geschaftlich = work email
    privat = private
    geschaftlich, dienstlich = business
    email, e mail = email
    telefax = fax
    webseite, internetseite = website
    # home and work, after a phone or an address (added after seeing earlier benchmark sets)
    arbeit = work
    buro = office
    historie, verlauf = history
    haus = house
    # logins
    passwort, kennwort = password
    anmeldung = login
    schlussel = key
    # identity documents and numbers
    personalausweis, ausweis = identity card
    reisepass = passport
    passnummer = passport number
    fuhrerschein = driving licence
    steuer = tax
    steuer id, steueridentifikationsnummer = tax id
    identifikation = identification
    sozialversicherung, rentenversicherung = social security
    krankenversicherung, krankenkasse = health insurance
    versicherung = insurance
    versichertennummer = insurance number
    umsatzsteuer = vat
    handelsregister = company registration
    kennzeichen = indicator
    kfz kennzeichen, autokennzeichen, amtliches kennzeichen = licence plate
    # money
    konto = account
    bankverbindung = bank account
    bank = bank
    bankleitzahl, blz = routing number
    karte = card
    kreditkarte = credit card
    ablauf = expiry
    gultig bis = valid until
    gehalt = salary
    lohn = wage
    einkommen = income
    zahlung = payment
    betrag = amount
    preis = price
    menge, anzahl = quantity
    wahrung = currency
    rechnung = invoice
    bestellung, auftrag = order
    artikel, produkt = product
    rabatt = discount
    kontostand, saldo = balance
    wert = value
    # health and the body
    blutgruppe = blood type
    allergie = allergy
    diagnose = diagnosis
    # the state of one's health, whose ``Zustand`` alone is a record's status
    gesundheitszustand = health condition
    krankheit, erkrankung = illness
    behinderung, schwerbehinderung = disability
    medikament, medikation = medication
    gewicht = weight
    korpergrosse = height
    grosse = size
    impfung = vaccination
    schwangerschaft = pregnancy
    befund = finding
    # what else is kept of a person
    foto, lichtbild = photo
    bild = picture
    unterschrift = signature
    fingerabdruck = fingerprint
    bemerkung, anmerkung, notiz = note
    kommentar = comment
    notfall = emergency
    verwandtschaft = relationship
    # the records around them
    datum = date
    zeit, uhrzeit = time
    monat = month
    jahr = year
    woche = week
    beginn = start
    ende = end
    erstellt, angelegt = created
    geandert = modified
    aktualisiert = updated
    geloscht = deleted
    aktiv = active
    zustand = status
    typ, art = type
    kategorie = category
    marke = brand
    beschreibung = description
    bezeichnung = label
    lager = stock
    lagerort = storage location
    filiale = branch
    geschaft, laden = store
    firma, unternehmen, betrieb = company
    abteilung = department
    schule = school
    klasse = class
    kurs = course
    note = grade
    termin = appointment
    lieferung, liefer = delivery
    versand = shipping
    fahrzeug = vehicle
    # animals: a pet's table is no table of people
    tier = animal
    haustier = pet
    sitzung = session
    gerat = device
    gruppe = group
    """,
)
