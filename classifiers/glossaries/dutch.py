"""Dutch, as schemas in the Netherlands and Flanders name people, their records and the things
around them (``geboortedatum``, ``huisnummer``, ``tussenvoegsel``)."""

from __future__ import annotations

from .base import Glossary

DUTCH = Glossary(
    "Dutch",
    linkers="van de het der",
    head_first=False,
    joints=("s", "en", "e"),
    plurals=(("eren", ""), ("ven", "f"), ("zen", "s"), ("en", ""), ("s", "")),
    roles="""
    # people named by their role or trade: a table so named holds people (added for issue
    # 15's second pass)
    rechercheur, detective = detective
    schermer = fencer
    organisator = organiser
    scheidsrechter = referee
    mantelzorger, verzorger, verzorgster = caregiver
    trainer = trainer
    instructeur = instructor
    monteur = mechanic
    advocaat = lawyer
    notaris = notary
    kok = cook
    ober, serveerster = waiter
    kapper = hairdresser
    psycholoog = psychologist
    tandarts = dentist
    therapeut, fysiotherapeut = therapist
    verpleger, verpleegster = nurse
    passagier = passenger
    reiziger = traveller
    toerist = tourist
    gepensioneerde = pensioner
    stagiair = intern
    inwoner = resident
    schuldenaar = debtor
    koerier, bezorger = courier
    huismeester = caretaker
    directeur = director
    beheerder = manager
    secretaris = secretary
    penningmeester = treasurer
    voorzitter = chair
    auteur, schrijver = author
    kunstenaar = artist
    fotograaf = photographer
    boer = farmer
    piloot = pilot
    # a household: its rows are families
    gezin, huishouden = household
    """,
    words="""
    # people, and the tables named for them
    persoon = person
    personen = persons
    klant = customer
    gebruiker = user
    patient = patient
    leerling, scholier = student
    medewerker, werknemer = employee
    personeel = staff
    lid = member
    leden = members
    deelnemer = participant
    contactpersoon = contact person
    relatie = contact
    leverancier = supplier
    docent, leraar, lerares = teacher
    arts, dokter, huisarts = doctor
    verpleegkundige = nurse
    huurder = tenant
    verhuurder = landlord
    eigenaar = owner
    houder = holder
    ontvanger = recipient
    afzender = sender
    aanvrager = applicant
    kandidaat = candidate
    vrijwilliger = volunteer
    donateur = donor
    bezoeker = visitor
    bestuurder = driver
    verkoper = seller
    koper = buyer
    vertegenwoordiger = representative
    voogd = guardian
    vader = father
    moeder = mother
    ouder = parent
    echtgenoot, echtgenote = spouse
    kind, zoon, dochter = child
    kinderen = children
    broer, zus = sibling
    familielid = relative
    speler = player
    sporter = athlete
    gast = guest
    bewoner = resident
    verzekerde = policyholder
    # a person's name
    naam = name
    voornaam, roepnaam = first name
    achternaam = last name
    familienaam = family name
    # the Dutch registers' own spelling of a surname and its given names, as the
    # basisregistratie personen names them (added for issue 15's round 69)
    geslachtsnaam = family name
    voornamen = first name
    tussenvoegsel, tussenvoegsels = middle name
    volledige naam = full name
    bijnaam = nickname
    meisjesnaam = maiden name
    geboortenaam = birth name
    voorletters = initials
    aanhef = salutation
    titel = title
    gebruikersnaam, inlognaam = username
    inlog = login
    # birth and who a person is
    geboorte = birth
    geboorteplaats = birth place
    geboorteland = birth country
    leeftijd = age
    geslacht = gender
    nationaliteit = nationality
    burgerlijke staat, burgerlijk staat = marital status
    etniciteit, afkomst = ethnicity
    religie, geloof = religion
    taal, moedertaal = language
    opleiding, opleidingsniveau = education
    beroep = occupation
    functie = job title
    # an address
    adres = address
    adressen = addresses
    straat, straatnaam = street
    # one line of an address written out (``adresregel1``; added for issue 15's round 69)
    adresregel = address line
    straten = streets
    huisnummer, huisnr = house number
    toevoeging, huisnummertoevoeging = complement
    nummer = number
    woonplaats, plaats, stad = city
    gemeente = municipality
    wijk = suburb
    provincie = province
    land = country
    postbus = po box
    locatie = location
    # reaching a person
    telefoon, tel = phone
    telefoonnummer = phone number
    mobiel, gsm = mobile
    vast = landline
    telefoon prive = home phone
    telefoon werk = work phone
    prive = private
    werk = work
    email, e mail = email
    # home and work, after a phone or an address (added after seeing earlier benchmark sets)
    thuis = home
    kantoor = office
    historie, geschiedenis = history
    huis = house
    # logins
    wachtwoord = password
    sleutel = key
    # identity documents and numbers
    burgerservicenummer, sofinummer = bsn
    rijksregisternummer = national register number
    paspoort = passport
    identiteitskaart, id kaart = identity card
    identiteitsbewijs, legitimatiebewijs = identity document
    rijbewijs = driving licence
    btw = vat
    kvk nummer, kvk = company registration
    kenteken = licence plate
    # money
    rekening = account
    bankrekening = bank account
    rekeninghouder = account holder
    betaalkaart, pinpas = card
    creditcard = credit card
    vervaldatum = expiry date
    salaris, loon = salary
    inkomen = income
    betaling = payment
    bedrag = amount
    prijs = price
    aantal, hoeveelheid = quantity
    valuta = currency
    belasting = tax
    factuur = invoice
    bestelling = order
    artikel = product
    korting = discount
    saldo = balance
    waarde = value
    # health and the body
    bloedgroep = blood type
    allergie = allergy
    diagnose = diagnosis
    ziekte, aandoening = illness
    handicap, beperking = disability
    medicatie, medicijn = medication
    behandeling = treatment
    gewicht = weight
    lichaamslengte = height
    lengte = length
    zwangerschap = pregnancy
    zorgverzekering, zorgverzekeraar = health insurance
    verzekering = insurance
    polisnummer = policy number
    # what else is kept of a person
    foto, pasfoto = photo
    afbeelding = image
    handtekening = signature
    vingerafdruk = fingerprint
    opmerking, notitie = note
    commentaar = comment
    nood = emergency
    # the records around them
    datum = date
    tijd = time
    dag = day
    maand = month
    jaar = year
    week = week
    begin = start
    einde, eind = end
    aangemaakt = created
    gewijzigd = modified
    bijgewerkt = updated
    verwijderd = deleted
    actief = active
    soort = type
    categorie = category
    merk = brand
    omschrijving, beschrijving = description
    winkel = store
    vestiging = branch
    bedrijf, onderneming = company
    # an organisation's own register: its trade name, its founding and dissolution (added for
    # issue 15's round 69, second pass)
    organisatie = organisation
    handelsnaam = trading name
    oprichting = founding
    opheffing = dissolution
    gegevens = details
    afdeling = department
    klas = class
    cursus = course
    cijfer = grade
    afspraak = appointment
    levering, aflever = delivery
    verzending = shipping
    voertuig = vehicle
    # animals: a pet's table is no table of people
    dier = animal
    huisdier = pet
    apparaat = device
    groep = group
    """,
)
