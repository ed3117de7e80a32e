"""Swedish, with the Norwegian and Danish forms where they differ, as schemas in Scandinavia
name people, their records and the things around them (``fodelsedatum``, ``personnummer``,
``postnummer``; Norwegian ``fodselsnummer``, ``etternavn``, ``passord``; Danish ``cpr_nummer``,
``efternavn``, ``adgangskode``). A modifier comes first and compounds are glued, perhaps with an
``s`` between their words (``medlem-s-nummer``, ``fodsel-s-dato``), as in German. ``å``, ``ä``,
``ö``, ``æ`` and ``ø`` are written folded (``fodelsedatum``, ``losenord``). National numbers:
the Swedish and Norwegian ``personnummer``, the Norwegian ``fodselsnummer``, the Danish CPR
number."""

from __future__ import annotations

from .base import Glossary

SWEDISH = Glossary(
    "Swedish",
    linkers="av for till til och og",
    head_first=False,
    joints=("s",),
    plurals=(
        ("erna", ""),
        ("arna", ""),
        ("orna", "a"),
        ("ene", ""),
        ("ar", ""),
        ("er", ""),
        ("or", "a"),
        ("e", ""),
        ("r", ""),
    ),
    # short words that are English ones too (``far``, ``mor``, ``barn``, ``tid``, ``bil``), or
    # that the Scandinavian languages share with German (``kon`` is a Swedish sex and the start
    # of many words)
    quiet="far mor barn tid kon lan bil hem maka vara slut kat chef",
    roles="""
    # people named by their role or trade: a table so named holds people
    detektiv = detective
    tranare, traener, trener = coach
    instruktor, instruktoer = instructor
    mekaniker = mechanic
    advokat = lawyer
    notarie = notary
    domare, dommer = judge
    kock, kokk = cook
    servitor, servitris = waiter
    frisor = hairdresser
    psykolog = psychologist
    tandlakare, tannlege, tandlaege = dentist
    terapeut, fysioterapeut, sjukgymnast = therapist
    passagerare, passasjer, passager = passenger
    turist = tourist
    pensionar, pensjonist, pensionist = pensioner
    praktikant = intern
    vaktmastare, vaktmester, pedel = caretaker
    chef, leder = manager
    direktor = director
    sekreterare, sekretaer = secretary
    kassor, kasserer = treasurer
    ordforande, formann, formand = chair
    forfattare, forfatter = author
    fotograf = photographer
    bonde, lantbrukare = farmer
    pilot = pilot
    fiskare, sportfiskare, lystfisker, sportsfisker = angler
    jagare, jeger, jaeger = hunter
    """,
    words="""
    # people, and the tables named for them
    personer = persons
    kund = customer
    kunder = customers
    anvandare, bruker, bruger = user
    elev = student
    studerande = student
    anstalld, anstallda, ansatt, ansatte, ansat, medarbetare, medarbeider, medarbejder = employee
    personal = staff
    medlem = member
    medlemmar, medlemmer = members
    larare, laerer = teacher
    lakare, lege, laege = doctor
    sjukskoterska, sykepleier, sygeplejerske = nurse
    hyresgast, leietaker, lejer = tenant
    agare, eier, ejer = owner
    sokande, soker, ansoger = applicant
    kandidat = candidate
    volontar, frivillig, frivillige = volunteer
    givare, donator = donor
    gast, gjest, gaest = guest
    besokare, besokende = visitor
    forare, sjafor, sjaafor, chauffor = driver
    saljare, selger, saelger = seller
    kopare, kjoper, kober = buyer
    leverantor, leverandor = supplier
    mottagare, mottaker, modtager = recipient
    avsandare, avsender, afsender = sender
    vardnadshavare, foresatt, foresatte, verge, vaerge = guardian
    far, fader = father
    mor, moder = mother
    foralder, foraldrar, forelder, foreldre, foraeldre = parents
    maka, ektefelle, aegtefaelle, sambo = spouse
    barn = child
    syskon, sosken, soskende = sibling
    slakting, slektning, slaegtning, anhorig, parorende, parorande = relative
    familj, familie = family
    medborgare = citizen
    valjare, velger, vaelger = voter
    spelare, spiller = player
    idrottare, idrettsutover = athlete
    deltagare, deltaker, deltager = participant
    invanare, innbygger, indbygger, boende = resident
    # a person's name
    namn, navn = name
    fornamn, fornavn, tilltalsnamn, fnamn = first name
    efternamn, etternavn, efternavn, enamn = last name
    mellannamn, mellomnavn, mellemnavn = middle name
    fullstandigt namn, fullt navn, fulde navn = full name
    smeknamn, kallenavn, kaelenavn = nickname
    flicknamn, pikenavn, pigenavn = maiden name
    titel = title
    anvandarnamn, brukernavn, brugernavn = username
    # birth and who a person is
    fodelse, fodsel = birth
    fodelsedatum, fodelsedag, fodselsdato, fodselsdag = birth date
    fodelseort, fodested, fodeort, fodselssted = birth place
    alder = age
    kon, kjonn = sex
    nationalitet = nationality
    medborgarskap, statsborgerskap, statsborgerskab = citizenship
    civilstand, sivilstand, civilstatus, sivilstatus = marital status
    etnicitet = ethnicity
    sprak, sprog = language
    utbildning, utdanning, uddannelse = education
    yrke, erhverv = occupation
    befattning, stilling = job title
    arbetsgivare, arbeidsgiver, arbejdsgiver = employer
    # an address
    adress, adresse = address
    gatuadress, gateadresse, gadeadresse = street address
    hemadress, hjemmeadresse, bopael = home address
    postadress, postadresse = mailing address
    gata, gatu, gade, vei, vej, veg = street
    gatunummer, husnummer = house number
    lagenhet, leilighet, lejlighed = flat
    lagenhetsnummer, leilighetsnummer = flat number
    vaning, etasje = floor
    postnummer, postnr = postcode
    postort, poststed, postdistrikt = city
    ort, stad, by, bynavn = city
    kommun, kommune = municipality
    lan, fylke = county
    region = region
    land = country
    # reaching a person
    telefon, tlf, tfn = phone
    telefonnummer, telefonnr, tlfnr = phone number
    mobil, mobilnummer, mobiltelefon, mobilnr = mobile
    e post, epost, mejl, e postadress, epostadress, mailadress, mailadresse, epostadresse = email
    hemsida, hjemmeside, nettside = website
    # home and work, after a phone or an address
    hem, hjem, bostad = home
    arbete, arbeid, arbejde, jobb = work
    privat = private
    # logins
    losenord, passord, adgangskode, kodeord = password
    inloggning, innlogging, login = login
    # identity documents and numbers
    personnummer, personnr, persnr, pnr = national id
    fodselsnummer, fodselsnr = national id
    cpr, cpr nummer, cprnr, cpr nr = national id
    samordningsnummer = national id
    legitimation, id kort, legitimasjon = identity card
    passnummer = passport number
    korkort, forerkort, korekort = driving licence
    organisationsnummer, orgnr, organisasjonsnummer, cvr = company registration
    skatt, skat = tax
    forsakring, forsikring = insurance
    registreringsnummer, regnr = licence plate
    # money
    konto = account
    kontonummer, kontonr, bankkontonummer = bank account number
    bankkonto = bank account
    clearingnummer, registreringsnr = bank code
    kort = card
    kortnummer = card number
    kreditkort = credit card
    lonn, manadslon, manedslonn = salary
    inkomst, inntekt, indkomst = income
    betalning, betaling = payment
    belopp, summa, belop, belob = amount
    pris = price
    antal, antall = quantity
    valuta = currency
    faktura = invoice
    bestallning, bestilling, order = order
    produkt, vara, artikel, vare = product
    rabatt, rabat = discount
    saldo = balance
    varde, verdi, vaerdi = value
    # health and the body
    blodgrupp, blodtype = blood type
    allergi = allergy
    diagnos, diagnose = diagnosis
    # the state of one's health, whose ``tillstand`` alone is a record's status
    halsotillstand, helsetilstand, helbredstilstand = health condition
    sjukdom, sykdom, sygdom = illness
    funktionsnedsattning, funksjonshemming, handicap = disability
    medicin, medisin, lakemedel, legemiddel, laegemiddel = medication
    behandling = treatment
    vikt, vekt, vaegt = weight
    langd, hoyde, hojde = height
    vaccin, vaksine, vaccination, vaksinasjon = vaccination
    graviditet = pregnancy
    # what else is kept of a person
    foto, bild, bilde, billede = photo
    underskrift, signatur = signature
    anteckning, anteckningar, notat, notater, bemerkning, anmarkning = note
    kommentar = comment
    beskrivning, beskrivelse = description
    historik, historikk = history
    kontaktperson = contact person
    # the records around them
    datum, dato = date
    tid, klockslag, tidspunkt = time
    dag = day
    manad, maned = month
    ar, aar = year
    vecka, uke, uge = week
    slut, slutt = end
    skapad, opprettet, oprettet = created
    andrad, endret, aendret, uppdaterad, oppdatert, opdateret = updated
    raderad, slettet = deleted
    aktiv = active
    tillstand, tilstand = status
    typ = type
    kod, kode = code
    nummer, nr = number
    kategori = category
    marke, merke, maerke = brand
    lager = stock
    butik, butikk = store
    filial = branch
    kontor = office
    foretag, bolag, bedrift, virksomhed = company
    skola, skole = school
    klass, klasse = class
    kurs = course
    betyg, karakter = grade
    bokning = booking
    leverans, levering = delivery
    fordon, kjoretoy, koretoj = vehicle
    bil = car
    registrering = registration
    # animals: a pet's table is no table of people
    djur, dyr, hund, katt, kat = animal
    husdjur, kjaeledyr, kaeledyr = pet
    """,
)
