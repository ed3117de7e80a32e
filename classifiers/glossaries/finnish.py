"""Finnish, as schemas in Finland name people, their records and the things around them
(``syntymaaika``, ``henkilotunnus``, ``postinumero``, ``asiakkaan_nimi``). A modifier comes first
and compounds are glued (``syntyma-aika``, ``puhelin-numero``, ``sahko-posti``), as in German;
a modifier in the genitive takes ``-n`` (``henkilon``, a person's; ``isan``, the father's), read
as the word itself, and the plural is ``-t`` (``jasenet``, ``kayttajat``). ``ä`` and ``ö`` are
written folded (``syntymaaika``). The national number is the ``henkilotunnus`` (``hetu``)."""

from __future__ import annotations

from .base import Glossary

FINNISH = Glossary(
    "Finnish",
    head_first=False,
    plurals=(("set", "nen"), ("et", ""), ("t", "")),
    endings=(("en", ""), ("n", "")),
    # short words the table's other words must tell (``ika``, ``isa``, ``maa``, ``tie``)
    quiet="ika isa maa tie tyo",
    roles="""
    # people named by their role or trade: a table so named holds people
    etsiva = detective
    valmentaja = coach
    ohjaaja, kouluttaja = instructor
    mekaanikko, asentaja = mechanic
    asianajaja, lakimies = lawyer
    notaari = notary
    tuomari = judge
    erotuomari = referee
    kokki = cook
    tarjoilija = waiter
    kampaaja = hairdresser
    psykologi = psychologist
    hammaslaakari = dentist
    terapeutti, fysioterapeutti = therapist
    matkustaja = passenger
    turisti = tourist
    elakelainen = pensioner
    harjoittelija = intern
    lahetti = courier
    talonmies = caretaker
    johtaja, paallikko = manager
    sihteeri = secretary
    rahastonhoitaja = treasurer
    puheenjohtaja = chair
    kirjailija = author
    valokuvaaja = photographer
    maanviljelija = farmer
    lentaja = pilot
    omainen, omaishoitaja = caregiver
    kalastaja = angler
    metsastaja = hunter
    """,
    words="""
    # people, and the tables named for them
    henkilo, henkilot = person
    asiakas, asiakkaat, asiakkaan = customer
    kayttaja = user
    potilas, potilaat, potilaan = patient
    oppilas, oppilaat, oppilaan, opiskelija = student
    tyontekija = employee
    henkilosto, henkilokunta = staff
    jasen = member
    opettaja = teacher
    laakari = doctor
    sairaanhoitaja, hoitaja = nurse
    vuokralainen = tenant
    omistaja = owner
    hakija = applicant
    ehdokas, ehdokkaat = candidate
    vapaaehtoinen = volunteer
    lahjoittaja = donor
    vieras, vieraat = guest
    kavija = visitor
    kuljettaja = driver
    myyja = seller
    ostaja = buyer
    toimittaja = supplier
    vastaanottaja = recipient
    lahettaja = sender
    edustaja = representative
    huoltaja = guardian
    isa = father
    aiti, aidin = mother
    vanhempi, vanhemmat = parents
    puoliso = spouse
    lapsi, lapset, lapsen = child
    sisarus = sibling
    sukulainen = relative
    perhe = family
    kansalainen = citizen
    aanestaja = voter
    pelaaja = player
    urheilija = athlete
    osallistuja = participant
    asukas, asukkaat, asukkaan = resident
    # a person's name
    nimi, nimen = name
    etunimi, etunimet, kutsumanimi = first name
    sukunimi = last name
    toinen nimi = middle name
    koko nimi = full name
    lempinimi = nickname
    tyttonimi = maiden name
    titteli = title
    kayttajanimi, kayttajatunnus = username
    tunnus = identifier
    # birth and who a person is
    syntyma = birth
    syntymaaika, syntymapaiva = birth date
    syntymapaikka = birth place
    ika = age
    sukupuoli = sex
    kansalaisuus = nationality
    siviilisaaty = marital status
    uskonto = religion
    etninen tausta = ethnic origin
    kieli, aidinkieli = language
    koulutus = education
    ammatti = occupation
    tehtava, tyonimike = job title
    tyopaikka, tyonantaja = employer
    # an address
    osoite, osoitteet, osoitteen = address
    katuosoite, lahiosoite = street address
    kotiosoite = home address
    postiosoite = mailing address
    # where the post delivers (``jakeluosoite``): a member's or a club's postal address
    jakeluosoite = mailing address
    katu, tie = street
    talonumero, talon numero = house number
    huoneisto, asunto = flat
    kerros = floor
    postinumero, postinro = postcode
    postitoimipaikka, postitoimipaikan = city
    kaupunki, paikkakunta = city
    kunta, kotikunta = municipality
    maakunta = region
    maa, valtio = country
    # reaching a person
    puhelin, puhelimen, puh = phone
    puhelinnumero, puhnro = phone number
    matkapuhelin, kannykka = mobile
    sahkoposti, sposti, sahkopostiosoite = email
    kotisivu, verkkosivu, kotisivut = website
    # where something is, as a place's name or a point (``paikka_koordinaatti``)
    paikka = place
    sijainti = location
    koordinaatti, koordinaatit = coordinate
    # home and work, after a phone or an address
    koti = home
    tyo = work
    # logins
    salasana = password
    kirjautuminen = login
    # identity documents and numbers
    henkilotunnus, hetu, henkilotunnuksen = national id
    henkilokortti = identity card
    passi = passport
    ajokortti = driving licence
    ytunnus, y tunnus = company registration
    veronumero = tax number
    vero = tax
    vakuutus = insurance
    rekisterinumero = licence plate
    yritys, yritykset, yrityksen = company
    # money
    tili = account
    tilinumero, pankkitilinumero = bank account number
    pankkitili = bank account
    pankki = bank
    kortti = card
    luottokortti = credit card
    palkka = salary
    tulot = income
    maksu = payment
    summa = amount
    hinta = price
    maara, lukumaara = quantity
    valuutta = currency
    lasku = invoice
    tilaus, tilaukset, tilauksen = order
    tuote, tuotteet, tuotteen = product
    alennus = discount
    saldo = balance
    arvo = value
    # health and the body
    veriryhma = blood type
    allergia, allergiat = allergy
    diagnoosi = diagnosis
    # the state of one's health, whose ``tila`` alone is a record's status
    terveydentila, terveyden tila = health condition
    sairaus = illness
    vamma = disability
    laake, laakitys = medication
    hoito = treatment
    oire = symptom
    paino = weight
    pituus = height
    rokotus = vaccination
    raskaus = pregnancy
    # what else is kept of a person
    valokuva, kuva = photo
    allekirjoitus = signature
    huomautus, huomautukset, lisatiedot, lisatieto, muistiinpano = note
    kommentti = comment
    kuvaus = description
    historia = history
    yhteyshenkilo = contact person
    # the records around them
    paivamaara, pvm = date
    aika = time
    paiva = day
    kuukausi = month
    vuosi = year
    viikko = week
    alku = start
    loppu = end
    luotu = created
    muokattu, paivitetty = updated
    poistettu = deleted
    aktiivinen = active
    tila = status
    tyyppi, laji = type
    koodi = code
    numero, nro = number
    kategoria = category
    merkki = brand
    varasto = warehouse
    kauppa, myymala = store
    toimipiste = branch
    toimisto = office
    koulu = school
    luokka = class
    kurssi = course
    arvosana = grade
    ajanvaraus = appointment
    toimitus = delivery
    ajoneuvo = vehicle
    rekisterointi = registration
    # animals: a pet's table is no table of people
    # ``elaimen`` is the genitive (an animal's), whose stem the ending alone does not give
    elain, elaimen, koira, kissa = animal
    lemmikki = pet
    """,
)
